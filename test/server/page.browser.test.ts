import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceRoutes } from '../../src/server/index.js';
import { loopbackService } from './helpers.js';

// Debian's chromium package (.ci/run installs it when missing). The page must work with no network but the
// service's own: every request to another host is aborted and recorded.
const CHROMIUM = '/usr/bin/chromium';
// SERVICE_SCREENSHOTS=1 npx vitest run test/server/page.browser.test.ts refreshes the guide's screenshots.
const screenshot = async (path: string): Promise<void> => {
  if (process.env.SERVICE_SCREENSHOTS === '1') await page.screenshot({ path, fullPage: false });
};

let service: Awaited<ReturnType<typeof loopbackService>>;
let browser: Browser;
let page: Page;
const foreign: string[] = [];

beforeAll(async () => {
  service = await loopbackService();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(service.url)) return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('the page at / in headless Chromium', () => {
  it('lists the endpoints, fills the adult eligibility form, submits it and shows the status and the reasons', async () => {
    await page.goto(`${service.url}/`);
    const link = page.getByRole('link', { name: 'POST /eligibility/adult' });
    await link.waitFor(); // the navigation is built from /openapi.json once it arrives
    expect(await page.getByRole('navigation', { name: 'Entry points' }).getByRole('link').count()).toBeGreaterThan(25);
    await link.click();
    await page.getByRole('heading', { name: /An adult's eligibility/ }).waitFor();

    // Labels are the schema's titles (src/eligibility/schemaDocs.ts); the keyboard reaches every control.
    await page.getByLabel('Date of the determination (required)').fill('2026-11-23');
    await page.getByLabel('Needs arise from an impairment or illness').selectOption('true');
    await page.locator('#f-outcomes-nutrition-unableToAchieve-unableWithoutAssistance').check();
    await page.locator('#f-outcomes-personalHygiene-unableToAchieve-significantPainDistressAnxiety').check();
    await page.locator('#f-wellbeing-significantImpact').selectOption('true');
    await page.locator('#f-wellbeing-areas-physicalMentalHealthEmotionalWellbeing').check();
    await page.getByRole('button', { name: 'Run', exact: true }).click();

    const result = page.locator('#result');
    await result.getByText('HTTP 200').waitFor();
    expect(await result.locator('[data-field="status"]').textContent()).toBe('eligible');
    const reasons = result.locator('ol.reasons li');
    expect(await reasons.count()).toBeGreaterThan(3);
    const text = (await reasons.allTextContents()).join('\n');
    expect(text).toMatch(/SI 2015\/313 reg 2\(1\)\(a\)/);
    expect(text).toMatch(/nutrition|Managing and maintaining nutrition/i);
    await page.locator('#result h3').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await screenshot('docs/images/service-eligibility.png');

    // The skip link jumps to the content without leaving the form.
    await page.locator('a.skip').focus();
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#view$/);
    expect(await result.locator('[data-field="status"]').textContent()).toBe('eligible');
  }, 60_000);

  it('shows what the service refused, field by field', async () => {
    // A new document (not just a new hash), so that the form starts empty.
    await page.goto(`${service.url}/?empty#/post/eligibility/adult`);
    await page.getByLabel('Date of the determination (required)').waitFor();
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const result = page.locator('#result');
    await result.getByText('HTTP 400').waitFor();
    expect(await result.getByText(/^asOf: /).count()).toBe(1);
  }, 60_000);

  it('builds a working form for every entry point: the example, filled in through the form, is answered 200', async () => {
    const failed: string[] = [];
    for (const r of serviceRoutes) {
      await page.goto(`${service.url}/?${encodeURIComponent(r.path)}#/post${r.path}`);
      await page.getByRole('button', { name: 'Fill in the example' }).click();
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const status = page.locator('#result .status-line');
      await status.waitFor();
      if (!/^HTTP 200/.test((await status.textContent()) ?? '')) failed.push(`${r.path}: ${await page.locator('#result').textContent()}`);
    }
    expect(failed).toEqual([]);
  }, 120_000);

  it('opens the parameters page for a date and shows the values in force with their citations', async () => {
    await page.goto(`${service.url}/`);
    await page.getByRole('link', { name: 'Parameters in force on a date' }).click();
    await page.getByLabel('Area').selectOption('eligibility');
    await page.getByLabel('In force on').fill('2026-11-23');
    await page.getByRole('button', { name: 'Show the parameters' }).click();
    const table = page.locator('#parameters table').first();
    await table.waitFor();
    expect(await table.locator('caption').textContent()).toMatch(/coventry-eligibility .* in force on 2026-11-23/);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(2);
    const kinds = await table.locator('tbody td:nth-child(2)').allTextContents();
    expect(kinds).toEqual(expect.arrayContaining(['law', 'policy']));
    expect((await table.textContent()) ?? '').toMatch(/SI 2015\/313|Care Act 2014/);
    await screenshot('docs/images/service-parameters.png');
    expect(foreign).toEqual([]);
  }, 60_000);
});

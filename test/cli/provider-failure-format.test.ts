// Issue 14: `asc-rules provider-failure --format csv` for the continuity operation (one row per person).
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';

const file = {
  operation: 'continuity',
  context: { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: true },
  people: [
    { ref: 'R-01', role: 'adult', arrangement: 'self-funded' },
    { ref: 'R-02', role: 'adult', arrangement: 'welsh-authority', fundingBody: 'Powys County Council' },
  ],
};

describe('asc-rules provider-failure --format csv', () => {
  it('gives one row per person, with the same basis and bodies as the JSON result', async () => {
    const c = fakeIo({ 'people.json': JSON.stringify(file) });
    expect(await runCli(['provider-failure', 'people.json', '--format', 'csv'], c.io)).toBe(0);
    const rows = parse(c.out(), { columns: true }) as Record<string, string>[];
    const j = fakeIo({ 'people.json': JSON.stringify(file) });
    expect(await runCli(['provider-failure', 'people.json'], j.io)).toBe(0);
    const json = JSON.parse(j.out()) as { results: { ref: string; basis: string; funder: { role: string; name?: string } }[] };
    expect(rows.map((r) => [r['ref'], r['basis'], r['funder'], r['funderName']])).toEqual(json.results.map((r) => [r.ref, r.basis, r.funder.role, r.funder.name ?? '']));
    expect(rows.map((r) => r['basis'])).toEqual(['s48-temporary-duty', 's49-cross-border']);
  });

  it('is refused for an operation that gives one result (exit 2, naming the operation)', async () => {
    const duty = {
      operation: 'temporary-duty',
      input: {
        asOf: '2026-03-02',
        provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] },
        activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
        events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
      },
    };
    const f = fakeIo({ 'm.json': JSON.stringify(duty) });
    expect(await runCli(['provider-failure', 'm.json', '--format', 'csv'], f.io)).toBe(2);
    expect(f.err()).toMatch(/continuity operation/);
  });
});

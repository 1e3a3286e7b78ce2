// Issue 13, footprint: a browser page that imports only determineAdultEligibility, bundled with esbuild as a
// page would be (minified ESM for the browser, zod left to the page as a shared dependency), must not carry
// decimal.js or date-fns (an adult determination computes no decimal and no time zone; only the
// fluctuating-needs share is compared, exactly, with integers), and must stay under a size limit.
//
// The issue's goal is 12,000 bytes min+gzip. The page met it (11,975 bytes) until issue 14's form-ready messages
// put the translation of zod's issues into sentences on every page that validates (about 570 bytes gzipped);
// after the pass that moved the pack values' descriptions out, it is 12,394 bytes. The limit below is set just
// above that, so the page cannot grow unnoticed; the 12,000-byte goal is NOT met and stays open (docs/eligibility.md
// #performance lists what each remaining part costs and the two ways to reach it, each a trade the maintainers
// must choose: the fast input check, −565 bytes, against the speed goal; or the pack parameters' descriptions,
// −311 bytes, out of the pack spec, an API change).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIMIT_BYTES = 12_450;
const entry = fileURLToPath(new URL('../../src/eligibility/index.ts', import.meta.url));

async function bundle(contents: string) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['zod'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  // The modules that put at least one byte into the page (esbuild reads more than it keeps).
  const kept = Object.values(result.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k));
  return { gzip: gzipSync(code, { level: 9 }).length, minified: code.length, inputs: kept };
}

describe('eligibility-only browser bundle', () => {
  it(`a page importing only determineAdultEligibility is under ${LIMIT_BYTES} bytes min+gzip, without decimal.js or date-fns`, async () => {
    const page = await bundle(`import { determineAdultEligibility } from ${JSON.stringify(entry)};\nconsole.log(determineAdultEligibility({ asOf: '2026-11-23' }).status);\n`);
    expect(page.inputs.filter((f) => /node_modules\/(decimal\.js|date-fns|@date-fns)\//.test(f))).toEqual([]);
    expect(page.inputs.some((f) => f.endsWith('src/eligibility/adult.ts'))).toBe(true);
    expect(page.gzip, `min+gzip ${page.gzip} bytes (minified ${page.minified})`).toBeLessThan(LIMIT_BYTES);
  }, 60_000);

  it('the measure can fail: the duty, which computes with decimals, brings decimal.js in and a bigger bundle', async () => {
    const duty = await bundle(`import { assessDutyToMeetNeeds } from ${JSON.stringify(entry)};\nconsole.log(assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult' }).status);\n`);
    expect(duty.inputs.some((f) => f.includes('node_modules/decimal.js/'))).toBe(true);
    expect(duty.gzip).toBeGreaterThan(LIMIT_BYTES);
  }, 60_000);
});

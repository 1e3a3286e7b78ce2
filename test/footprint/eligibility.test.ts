// Issue 13, footprint: a browser page that imports only determineAdultEligibility, bundled with esbuild as a
// page would be (minified ESM for the browser, zod left to the page as a shared dependency), must not carry
// decimal.js or date-fns (an adult determination computes no decimal and no time zone; only the
// fluctuating-needs share is compared, exactly, with integers), and must stay under a size limit.
//
// The limit is the issue's goal, 12,000 bytes min+gzip. Issue 14's form-ready messages (the translation of zod's
// issues into sentences, about 570 bytes) once put the page above it (12,394); it came back under by keeping
// words out of what a determination runs: the pack values' field descriptions live in eligibilitySchemaDocs, the
// pack parameters' descriptions in the public eligibilitySpec and eligibilityPack only (the rules use the same
// pack without them, src/eligibility/options.ts), and a missing field is told by the input zod reports rather
// than by walking the input again. A change that adds to the page must pay for it here (docs/eligibility.md
// #performance lists what each part costs).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eligibilitySpec } from '../../src/eligibility/index.js';

const LIMIT_BYTES = 12_000;
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
  return { gzip: gzipSync(code, { level: 9 }).length, minified: code.length, inputs: kept, text: new TextDecoder().decode(code) };
}

describe('eligibility-only browser bundle', () => {
  it(`a page importing only determineAdultEligibility is under ${LIMIT_BYTES} bytes min+gzip, without decimal.js or date-fns`, async () => {
    const page = await bundle(`import { determineAdultEligibility } from ${JSON.stringify(entry)};\nconsole.log(determineAdultEligibility({ asOf: '2026-11-23' }).status);\n`);
    expect(page.inputs.filter((f) => /node_modules\/(decimal\.js|date-fns|@date-fns)\//.test(f))).toEqual([]);
    expect(page.inputs.some((f) => f.endsWith('src/eligibility/adult.ts'))).toBe(true);
    // What each pack parameter means is for the CLI, the service and the docs, not for a page that runs a rule.
    const words = Object.values(eligibilitySpec).map((p) => p.description);
    expect(words.filter((w) => page.text.includes(JSON.stringify(w).slice(1, 40)) || page.text.includes(w.slice(0, 40)))).toEqual([]);
    expect(page.gzip, `min+gzip ${page.gzip} bytes (minified ${page.minified})`).toBeLessThan(LIMIT_BYTES);
  }, 60_000);

  it('the measure can fail: the duty, which computes with decimals, brings decimal.js in and a bigger bundle', async () => {
    const duty = await bundle(`import { assessDutyToMeetNeeds } from ${JSON.stringify(entry)};\nconsole.log(assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult' }).status);\n`);
    expect(duty.inputs.some((f) => f.includes('node_modules/decimal.js/'))).toBe(true);
    expect(duty.gzip).toBeGreaterThan(LIMIT_BYTES);
  }, 60_000);
});

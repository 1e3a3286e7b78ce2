// Runs every case file of test/cases through the same code as `asc-rules test`, one vitest test per case, so
// `npm test` checks the worked examples kept as data (and a broken file fails here with its line).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCase, packCache, readCaseFile, type LoadedCaseFile } from '../../src/cli/caseFiles.js';
import { showValue } from '../../src/cli/expectations.js';
import type { CliIo } from '../../src/cli/io.js';

const dir = 'test/cases';
const io: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  readText: async (path) => readFileSync(path, 'utf8'),
  openStream: () => {
    throw new Error('not used');
  },
  fileSize: async () => undefined,
  writeText: async () => undefined,
  stderrIsTTY: false,
};

const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

it('test/cases holds the case files', () => {
  expect(files.length).toBeGreaterThanOrEqual(7);
});

for (const name of files) {
  const path = join(dir, name);
  describe(path, async () => {
    const file: LoadedCaseFile = await readCaseFile(io, path);
    const packOf = packCache(io, file.area);
    for (const c of file.cases) {
      it(`${c.name} (line ${c.line})`, async () => {
        const verdict = checkCase(c, await packOf(c.packPaths));
        const diff = [verdict.problem ?? '', ...verdict.mismatches.map((m) => `${m.path}: expected ${showValue(m.expected)}, actual ${showValue(m.actual)}`)].filter((l) => l !== '');
        expect(diff).toEqual([]);
        expect(verdict.passed).toBe(true);
      });
    }
  });
}

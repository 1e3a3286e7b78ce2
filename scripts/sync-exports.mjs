// Writes package.json "exports" and "typesVersions" from the areas present: every src/<area>/index.ts
// (except core and cli) is a public subpath. Run `node scripts/sync-exports.mjs`; `--check` fails when
// package.json is out of date (npm test runs the check through test/package.test.ts).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const areas = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && d.name !== 'cli' && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort();

const entry = (base) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const exports = { '.': entry('index') };
for (const area of areas) exports[`./${area}`] = entry(`${area}/index`);
exports['./package.json'] = './package.json';
const typesVersions = { '*': Object.fromEntries(areas.map((a) => [a, [`./dist/${a}/index.d.cts`]])) };

const next = { ...pkg, exports, typesVersions };
const text = `${JSON.stringify(next, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (text !== readFileSync('package.json', 'utf8')) {
    console.error('package.json exports are out of date: run node scripts/sync-exports.mjs');
    process.exit(1);
  }
} else {
  writeFileSync('package.json', text);
  console.log(`exports: ${Object.keys(exports).join(', ')}`);
}

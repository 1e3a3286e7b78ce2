// `npm run bench:compare`: runs every side-by-side comparison in bench/compare/ (one process each, in turn,
// so two comparisons never share the machine) and prints each one's table. A comparison measures the library
// and its peer in alternating rounds of one run, so the ratio it prints is what to quote.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const only = process.argv.slice(2);
const files = readdirSync('bench/compare')
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `bench/compare/${file}`], { stdio: 'inherit' });
  if (run.status !== 0) failed += 1;
}
if (files.length === 0) console.log('no comparisons in bench/compare/');
process.exitCode = failed === 0 ? 0 : 1;

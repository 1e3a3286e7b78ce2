// Scale check for ASCOF from client-level data (issue 6): writes a 1,000,000-event CLD CSV file with the
// seeded generator, then runs `asc-rules ascof cld` on it with the heap capped, and checks that every row is
// accounted for. It proves on the CI machine that memory grows with people, not events.
// Run after `npm run build` (npm test does).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLD_FIELDS, csvField, generateSyntheticCld } from '../dist/ascof/index.js';

const EVENTS = Number(process.env.CLD_SCALE_EVENTS ?? 1_000_000);
const HEAP_MB = 1024;
const period = { start: '2024-04-01', end: '2025-03-31' };
const dir = mkdtempSync(join(tmpdir(), 'asc-rules-cld-'));
try {
  const file = join(dir, 'cld.csv');
  const out = createWriteStream(file);
  const write = async (line) => {
    if (!out.write(`${line}\r\n`)) await once(out, 'drain');
  };
  await write(CLD_FIELDS.join(','));
  let rows = 0;
  // About 2.2 events per person: ask for enough people, stop at the row count.
  for (const row of generateSyntheticCld({ seed: 2026, people: Math.ceil(EVENTS / 2), period, maxRows: EVENTS })) {
    await write(CLD_FIELDS.map((f) => csvField(row[f] === undefined ? '' : String(row[f]))).join(','));
    rows += 1;
  }
  out.end();
  await once(out, 'finish');
  const started = process.hrtime.bigint();
  const run = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, 'dist/cli.js', 'ascof', 'cld', file, '--period', `${period.start}/${period.end}`, '--pop-18-64', '210000', '--pop-65-plus', '62000', '--output', join(dir, 'out.csv')],
    { encoding: 'utf8' },
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`asc-rules ascof cld exited ${run.status}: ${run.stderr}`);
  // "<read> rows read: <used> used, <rejected> not used (...)": every row must be accounted for.
  const m = /(\d+) rows read: (\d+) used, (\d+) not used/.exec(run.stderr);
  if (!m) throw new Error(`no data-quality summary on stderr: ${run.stderr.slice(0, 500)}`);
  const [read, used, rejected] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (read !== EVENTS || used + rejected !== read) throw new Error(`rows read ${read}, used ${used}, rejected ${rejected}; expected ${EVENTS} read, all accounted for`);
  console.log(`cld scale: ${rows.toLocaleString('en-GB')} events (${(statSync(file).size / 1e6).toFixed(0)} MB CSV) through asc-rules ascof cld with a ${HEAP_MB} MB heap in ${seconds.toFixed(1)} s: ${read} read = ${used} used + ${rejected} not used`);
  if (rows !== EVENTS) throw new Error(`generated ${rows} rows, expected ${EVENTS}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

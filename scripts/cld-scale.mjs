// Scale check for ASCOF from client-level data (issues 6 and 13): writes a CLD CSV file of N events with the
// seeded generator, then runs `asc-rules ascof cld` on it with the heap capped, checks that every row is
// accounted for, and reports the time and the peak resident memory (RSS) of the CLI process.
// Run after `npm run build` (npm test does, with the default 1,000,000 events).
//
//   node scripts/cld-scale.mjs                                   1,000,000 events (CLD_SCALE_EVENTS to change)
//   node scripts/cld-scale.mjs --sizes 100000,1000000,5000000    several sizes, one table (npm run bench:cld-scale)
//   node scripts/cld-scale.mjs --write /tmp/cld-1m.csv           only write the file (for bench/ascof-cld-parsers.ts)
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CLD_FIELDS, csvField, generateSyntheticCld } from '../dist/ascof/index.js';

const { values } = parseArgs({ options: { sizes: { type: 'string' }, write: { type: 'string' }, workers: { type: 'string' } } });
const HEAP_MB = 1024;
const period = { start: '2024-04-01', end: '2025-03-31' };

async function writeCsv(file, events) {
  const out = createWriteStream(file);
  let buf = `${CLD_FIELDS.join(',')}\r\n`;
  let rows = 0;
  // About 2.2 events per person: ask for enough people, stop at the row count.
  for (const row of generateSyntheticCld({ seed: 2026, people: Math.ceil(events / 2), period, maxRows: events })) {
    buf += `${CLD_FIELDS.map((f) => csvField(row[f] === undefined ? '' : String(row[f]))).join(',')}\r\n`;
    rows += 1;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  if (rows !== events) throw new Error(`generated ${rows} rows, expected ${events}`);
}

// The CLI's own peak RSS, reported by the child as it exits (process.resourceUsage().maxRSS, in kB).
const REPORT_RSS = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nmaxRSS "+process.resourceUsage().maxRSS+"\\n"))';

function run(file, dir, events) {
  const started = process.hrtime.bigint();
  const args = [`--max-old-space-size=${HEAP_MB}`, '--import', REPORT_RSS, 'dist/cli.js', 'ascof', 'cld', file, '--period', `${period.start}/${period.end}`, '--pop-18-64', '210000', '--pop-65-plus', '62000', '--output', join(dir, 'out.csv')];
  if (values.workers !== undefined) args.push('--workers', values.workers);
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`asc-rules ascof cld exited ${child.status}: ${child.stderr}`);
  // "<read> rows read: <used> used, <rejected> not used (...)": every row must be accounted for.
  const m = /(\d+) rows read: (\d+) used, (\d+) not used/.exec(child.stderr);
  if (!m) throw new Error(`no data-quality summary on stderr: ${child.stderr.slice(0, 500)}`);
  const [read, used, rejected] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (read !== events || used + rejected !== read) throw new Error(`rows read ${read}, used ${used}, rejected ${rejected}; expected ${events} read, all accounted for`);
  const rss = Number(/maxRSS (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, read, used, rejected, rss };
}

if (values.write !== undefined) {
  const events = Number(process.env.CLD_SCALE_EVENTS ?? 1_000_000);
  await writeCsv(values.write, events);
  console.log(`wrote ${events} events to ${values.write}`);
} else {
  const sizes = values.sizes === undefined ? [Number(process.env.CLD_SCALE_EVENTS ?? 1_000_000)] : values.sizes.split(',').map(Number);
  const dir = mkdtempSync(join(tmpdir(), 'asc-rules-cld-'));
  const table = [];
  try {
    for (const events of sizes) {
      const file = join(dir, 'cld.csv');
      await writeCsv(file, events);
      const mb = statSync(file).size / 1e6;
      const r = run(file, dir, events);
      console.log(`cld scale: ${events.toLocaleString('en-GB')} events (${mb.toFixed(0)} MB CSV) through asc-rules ascof cld with a ${HEAP_MB} MB heap in ${r.seconds.toFixed(1)} s, peak RSS ${r.rss.toFixed(0)} MB: ${r.read} read = ${r.used} used + ${r.rejected} not used`);
      table.push({ events, mb, ...r });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (table.length > 1) {
    console.log('\n| events | CSV MB | seconds | events/s | µs per event | peak RSS MB |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const r of table) console.log(`| ${r.events.toLocaleString('en-GB')} | ${r.mb.toFixed(0)} | ${r.seconds.toFixed(1)} | ${Math.round(r.events / r.seconds).toLocaleString('en-GB')} | ${((r.seconds / r.events) * 1e6).toFixed(1)} | ${r.rss.toFixed(0)} |`);
  }
}

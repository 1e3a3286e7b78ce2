// Which CSV parser for `asc-rules ascof cld`? Measures csv-parse, papaparse, uDSV and csv-parser side by side on
// the same CLD file, in alternating rounds of one run (so the shared machine's noise falls on all four), each
// reading the file as a stream and producing one record per row, as the CLI needs them.
//
//   npx tsx bench/ascof-cld-parsers.ts /tmp/cld-1m.csv [rounds]
//
// (Write the file with `node scripts/cld-scale.mjs --write /tmp/cld-1m.csv`.)
import { createReadStream } from 'node:fs';
import { parse as csvParse } from 'csv-parse';
import csvParser from 'csv-parser';
import Papa from 'papaparse';
import { inferSchema, initParser } from 'udsv';

const file = process.argv[2];
const rounds = Number(process.argv[3] ?? 2);
if (file === undefined) throw new Error('usage: tsx bench/ascof-cld-parsers.ts <file.csv> [rounds]');

// Each returns the number of records and a checksum over one field, so nothing is optimised away.
type Run = () => Promise<{ rows: number; check: number }>;
// The default 64 kB reads, as the CLI reads the file.
const HIGH_WATER = 1 << 16;

const parsers: Record<string, Run> = {
  'csv-parse 6 (objects)': async () => {
    let rows = 0;
    let check = 0;
    for await (const r of createReadStream(file, { highWaterMark: HIGH_WATER }).pipe(csvParse({ columns: true, bom: true, relax_column_count: true })) as AsyncIterable<Record<string, string>>) {
      rows += 1;
      check += r.Event_Start_Date!.length;
    }
    return { rows, check };
  },
  'papaparse 5 (objects)': () =>
    new Promise((resolve, reject) => {
      let rows = 0;
      let check = 0;
      Papa.parse<Record<string, string>>(createReadStream(file, { highWaterMark: HIGH_WATER, encoding: 'utf8' }) as unknown as File, {
        header: true,
        skipEmptyLines: true,
        step: (r) => {
          rows += 1;
          check += r.data.Event_Start_Date!.length;
        },
        complete: () => resolve({ rows, check }),
        error: reject,
      });
    }),
  'uDSV 0.7 (string arrays, chunked)': async () => {
    let rows = 0;
    let check = 0;
    let parser: ReturnType<typeof initParser> | undefined;
    let col = -1;
    let skip = true;
    const onData = (r: string[]): void => {
      if (skip) {
        skip = false;
        col = r.indexOf('Event_Start_Date');
        return;
      }
      rows += 1;
      check += r[col]!.length;
    };
    for await (const chunk of createReadStream(file, { highWaterMark: HIGH_WATER, encoding: 'utf8' }) as AsyncIterable<string>) {
      if (parser === undefined) {
        const schema = inferSchema(chunk, { header: () => [] });
        parser = initParser(schema);
      }
      parser.chunk<string[]>(chunk, parser.stringArrs, onData);
    }
    parser?.end();
    return { rows, check };
  },
  'csv-parser 3 (objects)': async () => {
    let rows = 0;
    let check = 0;
    for await (const r of createReadStream(file, { highWaterMark: HIGH_WATER }).pipe(csvParser()) as AsyncIterable<Record<string, string>>) {
      rows += 1;
      check += r.Event_Start_Date!.length;
    }
    return { rows, check };
  },
};

const times: Record<string, number[]> = Object.fromEntries(Object.keys(parsers).map((k) => [k, []]));
const results: Record<string, string> = {};
for (let round = 0; round < rounds; round += 1) {
  // Alternate the order each round, so no parser always runs on a cold (or warm) cache.
  const names = round % 2 === 0 ? Object.keys(parsers) : Object.keys(parsers).reverse();
  for (const name of names) {
    const t0 = process.hrtime.bigint();
    const r = await parsers[name]!();
    times[name]!.push(Number(process.hrtime.bigint() - t0) / 1e9);
    results[name] = `${r.rows} rows, check ${r.check}`;
  }
}
const best = (name: string): number => Math.min(...times[name]!);
const fastest = Math.min(...Object.keys(parsers).map(best));
console.log(`CSV parsers on ${file}, ${rounds} alternating rounds (best round; rows/s; time relative to the fastest)`);
console.log('| parser | best s | rounds s | rows/s | × fastest | output |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const name of Object.keys(parsers)) {
  const rows = Number(results[name]!.split(' ')[0]);
  console.log(`| ${name} | ${best(name).toFixed(2)} | ${times[name]!.map((t) => t.toFixed(2)).join(', ')} | ${Math.round(rows / best(name)).toLocaleString('en-GB')} | ${(best(name) / fastest).toFixed(2)} | ${results[name]} |`);
}

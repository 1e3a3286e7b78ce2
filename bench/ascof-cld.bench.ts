// Speed of deriveAscofFromCld on generated CLD, streamed from the seeded generator (the rows are never
// held in memory). Peak memory per size is measured by bench/ascof-cld.memory.ts, in a process of its own
// (a heap figure read here would mix in the garbage of the previous runs).
// 5M events takes a minute or more on a shared 2-core machine: set ASCOF_CLD_BENCH_5M=1 to include it.
import { bench, describe } from 'vitest';
import { deriveAscofFromCld, generateSyntheticCld } from '../src/ascof/index.js';

const period = { start: '2024-04-01', end: '2025-03-31' };
const population = { aged18to64: 210_000, aged65plus: 62_000 };
const sizes = [100_000, 1_000_000, ...(process.env.ASCOF_CLD_BENCH_5M === '1' ? [5_000_000] : [])];

describe('deriveAscofFromCld (generate + derive, streamed)', () => {
  for (const events of sizes) {
    bench(
      `${events.toLocaleString('en-GB')} events`,
      async () => {
        const rows = generateSyntheticCld({ seed: 11, people: Math.ceil(events / 1.5), period, maxRows: events, duplicateRate: 0.01 });
        const r = await deriveAscofFromCld(rows, { period, population });
        if (r.dataQuality.rowsRead !== events) throw new Error(`read ${r.dataQuality.rowsRead} rows, expected ${events}`);
      },
      { iterations: events >= 1_000_000 ? 1 : 3, warmupIterations: 0, time: 0 },
    );
  }
});

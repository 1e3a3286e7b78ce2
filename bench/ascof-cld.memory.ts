// Throughput and peak memory of deriveAscofFromCld on N generated events, in a process of its own so the
// peak belongs to that size alone. Run: node --expose-gc --import tsx bench/ascof-cld.memory.ts 1000000
// Memory is sampled inline every 10,000 rows (the derivation is synchronous on a sync iterable, so a timer
// would never fire) and once more after the result is built.
import { deriveAscofFromCld, generateSyntheticCld } from '../src/ascof/index.js';

const events = Number(process.argv[2] ?? 100_000);
const period = { start: '2024-04-01', end: '2025-03-31' };
const options = { seed: 11, people: Math.ceil(events / 1.5), period, maxRows: events, duplicateRate: 0.01, invalidRate: 0.001 };
const mb = (n: number) => Math.round(n / 2 ** 20);

// 1. Generation alone, to separate its cost from the derivation's.
let t = performance.now();
let generated = 0;
for (const _ of generateSyntheticCld(options)) generated += 1;
const genMs = performance.now() - t;
(globalThis as { gc?: () => void }).gc?.();

// 2. Generation + derivation, sampling memory.
const base = process.memoryUsage();
let peakRss = base.rss;
let peakHeap = base.heapUsed;
function* sampled() {
  let n = 0;
  for (const row of generateSyntheticCld(options)) {
    if (++n % 10_000 === 0) {
      const m = process.memoryUsage();
      if (m.rss > peakRss) peakRss = m.rss;
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    }
    yield row;
  }
}
t = performance.now();
const result = await deriveAscofFromCld(sampled(), { period, population: { aged18to64: 210_000, aged65plus: 62_000 } });
const totalMs = performance.now() - t;
const end = process.memoryUsage();
peakRss = Math.max(peakRss, end.rss);
peakHeap = Math.max(peakHeap, end.heapUsed);
const deriveMs = totalMs - genMs;
console.log(
  JSON.stringify({
    events: generated,
    people: result.dataQuality.people,
    generateSeconds: +(genMs / 1000).toFixed(2),
    generatePlusDeriveSeconds: +(totalMs / 1000).toFixed(2),
    deriveEventsPerSecond: Math.round(generated / (deriveMs / 1000)),
    endToEndEventsPerSecond: Math.round(generated / (totalMs / 1000)),
    baselineRssMB: mb(base.rss),
    peakRssMB: mb(peakRss),
    peakHeapUsedMB: mb(peakHeap),
    twoA: result.measures[0]?.total?.published.value,
  }),
);

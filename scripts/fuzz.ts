// npm run fuzz [-- --inputs N --seed S]: throws N inputs (default 1,000,000) at every exported function and
// prints each throw that is not a RulesError, grouped by function and message. Exits 1 if there is any.
// The engine is scripts/fuzz/harness.ts; a 20,000-input run is in `npm test` (test/fuzz/exports.test.ts).
import { runFuzz } from './fuzz/harness.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const total = arg('inputs', 1_000_000);
const seed = arg('seed', 20261201);
const started = performance.now();
const report = await runFuzz({ total, seed, onProgress: (n) => n % 100_000 === 0 && process.stderr.write(`  ${n} inputs…\n`),
  onTarget: (id) => process.argv.includes('--verbose') && process.stderr.write(`  ${id}\n`),
  onSlow: (id, ms, args) => process.stderr.write(`  slow: ${id} took ${ms.toFixed(0)} ms on ${args}\n`),
});
const seconds = ((performance.now() - started) / 1000).toFixed(0);

console.log(`fuzz: ${report.inputs} inputs (seed ${seed}) at ${Object.keys(report.perTarget).length} functions in ${seconds} s`);
console.log(`excluded: ${report.excluded.join(', ') || 'none'}`);
const unseeded = Object.keys(report.perTarget).filter((id) => !report.seeded.includes(id));
console.log(`functions without a recorded valid call (near misses drawn from other functions' calls): ${unseeded.join(', ') || 'none'}`);
const other = report.throws.reduce((n, t) => n + t.count, 0);
console.log(`non-RulesError throws: ${other}`);
const skipped = Object.values(report.perTarget).reduce((n, s) => n + s.skippedHangs, 0);
console.log(`inputs skipped as known hangs (see KNOWN_HANGS in scripts/fuzz/harness.ts): ${skipped}`);
const callbacks = Object.values(report.perTarget).reduce((n, s) => n + s.callbackThrows, 0);
console.log(`thrown by the caller's own callback on junk and passed through as documented (not counted above): ${callbacks}`);
console.log('\nper function: inputs, RulesError, returned, other throws, skipped (known hang), thrown by a callback');
for (const [id, s] of Object.entries(report.perTarget)) console.log(`  ${id.padEnd(44)} ${String(s.inputs).padStart(7)} ${String(s.rulesErrors).padStart(7)} ${String(s.returned).padStart(7)} ${String(s.otherThrows).padStart(6)} ${String(s.skippedHangs).padStart(5)} ${String(s.callbackThrows).padStart(5)}`);
if (report.throws.length > 0) {
  console.log('\nnon-RulesError throws by function and message:');
  for (const t of report.throws.sort((a, b) => a.target.localeCompare(b.target) || b.count - a.count)) {
    console.log(`  ${t.target}: ${t.kind}: ${t.message}  (×${t.count})\n      e.g. args = ${t.example}`);
  }
}
process.exit(other > 0 ? 1 : 0);

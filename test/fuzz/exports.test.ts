// The small run of the fuzz (npm run fuzz throws 1,000,000): 20,000 inputs, arbitrary and near-miss, at every
// exported function of every entry. Any throw that is not a RulesError fails the test, except from the
// functions listed in KNOWN_THROWS below.
import { describe, expect, it } from 'vitest';
import { runFuzz, type FuzzReport } from '../../scripts/fuzz/harness.js';

/**
 * Functions whose non-RulesError throws are known and tolerated: none. The 13 core functions listed here
 * until issue 14 (addWorkingDays without options, renderTrace(undefined), packRef({}), …) now refuse junk
 * with a RulesError; test/core/refusals.test.ts pins each refusal. A name added here must come with its
 * reproduction (the test below fails when a listed function no longer throws, so the list cannot go stale).
 */
const KNOWN_THROWS: readonly string[] = [];

describe('fuzz: no TypeError from any export', async () => {
  const report: FuzzReport = await runFuzz({ total: 20_000, seed: 14 });

  it('reaches every exported function with 20,000 inputs', () => {
    expect(report.inputs).toBe(20_000);
    expect(Object.keys(report.perTarget).length).toBeGreaterThan(70);
    // near misses need valid calls: most functions have their own, recorded from their @example
    expect(report.seeded.length).toBeGreaterThan(60);
  });

  it('throws only RulesErrors (outside the known list)', () => {
    const unexpected = report.throws.filter((t) => !KNOWN_THROWS.includes(t.target)).map((t) => `${t.target}: ${t.kind}: ${t.message} (×${t.count}) e.g. ${t.example}`);
    expect(unexpected).toEqual([]);
  });

  it('lists no function in KNOWN_THROWS that never throws (so the list shrinks as core is fixed)', () => {
    const stale = KNOWN_THROWS.filter((id) => !report.throws.some((t) => t.target === id));
    expect(stale).toEqual([]);
  });
});

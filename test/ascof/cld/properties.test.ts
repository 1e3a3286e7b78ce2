// Invariants of the derivation on generated CLD (fast-check). None of these compares with a number the
// code produced in another way: each compares the derivation with itself under a change that the method
// says must not matter (order, duplicates, quarterly resubmission), or checks a bound.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSyntheticCld, type CldEventInput, type DeriveAscofFromCldResult } from '../../../src/ascof/index.js';
import { Y2425, derive } from './helpers.js';

const gen = (seed: number, people = 40) => [...generateSyntheticCld({ seed, people, period: Y2425, invalidRate: 0.02, duplicateRate: 0.05 })];
const figures = (r: DeriveAscofFromCldResult) => r.measures.map((m) => ({ code: m.code, d: m.disaggregations.map((x) => [x.level, x.figure.numerator, x.figure.denominator, x.figure.published.value]), b: m.breakdown }));
const seeds = fc.integer({ min: 0, max: 2 ** 31 - 1 });

function shuffle<T>(items: readonly T[], order: readonly number[]): T[] {
  return items.map((x, i) => [order[i % order.length]! + i * 1e-9, x] as const).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
}

describe('properties of deriveAscofFromCld', () => {
  it('numerator ≤ denominator for every percentage, and rejected + used = read', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const r = await derive(gen(seed));
        for (const m of r.measures) for (const d of m.disaggregations) if (d.figure.scale === 100) expect(d.figure.numerator).toBeLessThanOrEqual(d.figure.denominator);
        const dq = r.dataQuality;
        expect(dq.rowsRejected + dq.rowsUsed).toBe(dq.rowsRead);
        expect(dq.rejected.reduce((s, x) => s + x.rows, 0)).toBe(dq.rowsRejected);
      }),
      { numRuns: 25 },
    );
  });

  it('no row disappears: junk rows mixed in are all counted', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, fc.array(fc.anything(), { maxLength: 20 }), async (seed, junk) => {
        const rows = [...gen(seed, 10), ...junk];
        const r = await derive(rows);
        expect(r.dataQuality.rowsRead).toBe(rows.length);
        expect(r.dataQuality.rowsRejected + r.dataQuality.rowsUsed).toBe(rows.length);
      }),
      { numRuns: 25 },
    );
  });

  it('shuffling the rows changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), async (seed, order) => {
        const rows = gen(seed);
        const a = await derive(rows);
        const b = await derive(shuffle(rows, order));
        expect(figures(b)).toEqual(figures(a));
        expect(b.dataQuality).toEqual(a.dataQuality);
      }),
      { numRuns: 25 },
    );
  });

  it('duplicating every row changes no measure (and counts each copy as a duplicate)', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const rows = gen(seed);
        const a = await derive(rows);
        const b = await derive([...rows, ...rows.map((x) => ({ ...x }))]);
        expect(figures(b)).toEqual(figures(a));
        expect(b.dataQuality.rowsRead).toBe(2 * a.dataQuality.rowsRead);
        expect(b.dataQuality.rowsUsed).toBe(a.dataQuality.rowsUsed);
      }),
      { numRuns: 20 },
    );
  });

  it('splitting into quarterly submissions and joining them gives the same measures', async () => {
    // Quarter ends of the joined submissions; the last is the single file's own date (period end + 92 days).
    const quarters = ['2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31', '2025-07-01'];
    const split = (rows: readonly CldEventInput[]): CldEventInput[] => {
      const out: CldEventInput[] = [];
      for (const r of rows) {
        const end = r.Event_End_Date ?? undefined;
        if (r.Event_Type !== 'Service') {
          // A request, assessment or review is submitted once, in the quarter it is completed.
          out.push({ ...r, Reporting_Period_End_Date: quarters.find((q) => end !== undefined && end <= q) ?? quarters[4] });
          continue;
        }
        quarters.forEach((q, k) => {
          const previous = k === 0 ? '0000-00-00' : quarters[k - 1]!;
          if (r.Event_Start_Date > q || (end !== undefined && end <= previous)) return;
          // A service is resubmitted every quarter while it is active, open until the quarter it ends in.
          if (end !== undefined && end <= q) out.push({ ...r, Reporting_Period_End_Date: q });
          else {
            const open: Record<string, unknown> = { ...r, Reporting_Period_End_Date: q };
            delete open.Event_End_Date;
            delete open.Event_Outcome;
            out.push(open as CldEventInput);
          }
        });
      }
      return out;
    };
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const rows = [...generateSyntheticCld({ seed, people: 40, period: Y2425 })] as CldEventInput[];
        const single = await derive(rows);
        const joined = await derive(split(rows));
        expect(figures(joined)).toEqual(figures(single));
      }),
      { numRuns: 20 },
    );
  });

  it('an async stream of rows gives the same result as an array', async () => {
    await fc.assert(
      fc.asyncProperty(seeds, async (seed) => {
        const rows = gen(seed, 20);
        async function* stream() {
          for (const r of rows) yield await Promise.resolve(r);
        }
        const a = await derive(rows);
        const b = await derive(stream());
        expect(figures(b)).toEqual(figures(a));
        expect(b.dataQuality).toEqual(a.dataQuality);
      }),
      { numRuns: 10 },
    );
  });

  it('the same seed gives the same rows; another seed other rows', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(gen(seed, 5)).toEqual(gen(seed, 5));
        expect(gen(seed, 5)).not.toEqual(gen(seed + 1, 5));
      }),
      { numRuns: 20 },
    );
  });
});

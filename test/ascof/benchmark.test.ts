import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calculateAscofMeasure, compareToBenchmark, defaultAscofPack } from '../../src/ascof/index.js';
import { extendPack, isRulesError } from '../../src/index.js';

const asOf = '2024-04-01';

describe('compareToBenchmark', () => {
  // 2C is lower-is-better: 779.7 per 100,000 (1,547 / 198,400) against England 566.0 (LG Inform 4282, 2023-24).
  it('respects polarity: a higher admissions rate is worse than England', () => {
    const r = calculateAscofMeasure('2C', { numerator: 1547, denominator: 198400 }, { year: '2023-24' });
    const c = compareToBenchmark(r, { england: '566.0', region: '600.0' });
    expect(c.england).toEqual({ benchmark: '566.0', difference: '213.7', better: false });
    // No target: RAG against England (pack fallback). 213.7 worse, band 5% of 566 = 28.3 → red.
    expect(c.rag).toBe('red');
    expect(c.ragBasis).toBe('england');
  });

  it('green at or better than target, amber within 5% of it, red beyond (higher is better)', () => {
    const s = (value: string) => ({ value, polarity: 'higher-is-better' as const });
    expect(compareToBenchmark(s('80.0'), { target: '78.2', asOf }).rag).toBe('green');
    expect(compareToBenchmark(s('78.2'), { target: '78.2', asOf }).rag).toBe('green');
    // Coventry old 2D 75.0 against the LA median 78.2 (OFLOG, 2022-23): 3.2 short, band 3.91 → amber.
    expect(compareToBenchmark(s('75.0'), { target: '78.2', asOf }).rag).toBe('amber');
    expect(compareToBenchmark(s('74.2'), { target: '78.2', asOf }).rag).toBe('red');
  });

  it('ranks among comparators, 1 = best, ties sharing a rank', () => {
    const c = compareToBenchmark({ value: '500', polarity: 'lower-is-better' }, { comparators: [{ name: 'A', value: '600' }, { name: 'B', value: '450' }, { name: 'C', value: '500' }, { name: 'D', value: null }], asOf });
    expect(c.rank).toEqual({ position: 2, of: 4 });
  });

  it('gives no RAG for a suppressed value or a measure with no polarity', () => {
    expect(compareToBenchmark({ value: null, polarity: 'higher-is-better' }, { target: '1', asOf }).rag).toBeNull();
    expect(compareToBenchmark({ value: '1', polarity: 'no-polarity' }, { target: '1', asOf }).rag).toBeNull();
  });

  it('the amber band is policy: a council band of 10% turns 74.2 against 78.2 amber', () => {
    const pack = extendPack(defaultAscofPack, { id: 'x', version: '1', entries: { ragRule: [{ validFrom: '2014-04-01', value: { amberBandPercent: '10', fallback: 'england' }, citation: 'x', kind: 'policy' }] } });
    expect(compareToBenchmark({ value: '74.2', polarity: 'higher-is-better' }, { target: '78.2', asOf }, { pack }).rag).toBe('amber');
  });

  it('needs a date: from the result trace or asOf', () => {
    let caught: unknown;
    try { compareToBenchmark({ value: '1', polarity: 'higher-is-better' }, { target: '1' }); } catch (e) { caught = e; }
    expect(isRulesError(caught)).toBe(true);
  });

  it('flipping polarity and sign gives the same RAG (polarity is respected symmetrically)', () => {
    fc.assert(fc.property(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: -100000, max: 100000 }), (v, t) => {
      const up = compareToBenchmark({ value: (v / 10).toFixed(1), polarity: 'higher-is-better' }, { target: (t / 10).toFixed(1), asOf });
      const down = compareToBenchmark({ value: (-v / 10).toFixed(1), polarity: 'lower-is-better' }, { target: (-t / 10).toFixed(1), asOf });
      expect(down.rag).toBe(up.rag);
    }));
  });

  it('a better value never gets a worse RAG (monotone)', () => {
    const order = { red: 0, amber: 1, green: 2 };
    fc.assert(fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 1000 }), (v, d, t) => {
      const a = compareToBenchmark({ value: String(v), polarity: 'higher-is-better' }, { target: String(t), asOf }).rag!;
      const b = compareToBenchmark({ value: String(v + d), polarity: 'higher-is-better' }, { target: String(t), asOf }).rag!;
      expect(order[b]).toBeGreaterThanOrEqual(order[a]);
    }));
  });
});

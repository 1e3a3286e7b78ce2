import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CFAS_II_DEMENTIA_RATES, simulateDemand, projectDemand, type ProjectDemandInput } from '../../src/demand/index.js';
import { _mulberry32, _zForLevel, _quantileSorted } from '../../src/demand/random.js';
import { BANDS, SEXES } from './arbitraries.js';

function cfasInput(years = 3): ProjectDemandInput {
  const population: ProjectDemandInput['population'] = [];
  for (let y = 0; y < years; y += 1) for (const sex of SEXES) for (const ageBand of BANDS) population.push({ area: 'X', year: 2025 + y, sex, ageBand, people: 20000 + y * 1000 });
  return { asOf: '2026-11-23', measure: 'Dementia 65+ (CFAS II)', population, rates: CFAS_II_DEMENTIA_RATES };
}

describe('the seeded generator (mulberry32)', () => {
  it('matches an independent uint32 implementation of Ettinger\'s C reference (seeds 0 and 42, first three outputs)', () => {
    // Expected values computed separately in Python from the C reference:
    // z = (x += 0x6D2B79F5); z = (z ^ z >> 15) * (z | 1); z ^= z + (z ^ z >> 7) * (z | 61); return z ^ z >> 14.
    const first3 = (seed: number) => {
      const next = _mulberry32(seed);
      return [next(), next(), next()].map((u) => u * 4294967296);
    };
    expect(first3(0)).toEqual([1144304738, 1416247, 958946056]);
    expect(first3(42)).toEqual([2581720956, 1925393290, 3661312704]);
  });
  it('the same seed gives identical draws; every draw is in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = _mulberry32(seed);
        const b = _mulberry32(seed);
        for (let i = 0; i < 50; i += 1) {
          const u = a();
          expect(u).toBe(b());
          expect(u >= 0 && u < 1).toBe(true);
        }
      }),
    );
  });
  it('z for a 95% interval is 1.959964 (normal quantile 0.975)', () => {
    expect(_zForLevel(0.95)).toBeCloseTo(1.959964, 5);
    expect(_zForLevel(0.9)).toBeCloseTo(1.644854, 5);
    expect(_zForLevel(0.99)).toBeCloseTo(2.575829, 5);
  });
  it('quantiles interpolate between order statistics (R type 7)', () => {
    const s = Float64Array.from([1, 2, 3, 4]);
    expect(_quantileSorted(s, 0.5)).toBe(2.5);
    expect(_quantileSorted(s, 0.25)).toBe(1.75);
  });
});

describe('simulateDemand', () => {
  it('the same seed gives identical numbers, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(simulateDemand(cfasInput(1), { draws: 20, seed }).totals).toEqual(simulateDemand(cfasInput(1), { draws: 20, seed }).totals);
      }),
      { numRuns: 30 },
    );
  });

  it('the same seed gives identical numbers; another seed gives other numbers', () => {
    const a = simulateDemand(cfasInput(), { draws: 300, seed: 7 });
    const b = simulateDemand(cfasInput(), { draws: 300, seed: 7 });
    const c = simulateDemand(cfasInput(), { draws: 300, seed: 8 });
    expect(b.cells).toEqual(a.cells);
    expect(b.totals).toEqual(a.totals);
    expect(c.totals).not.toEqual(a.totals);
  });

  it('the Monte Carlo mean converges to the point projection (within 1% at 20,000 draws)', () => {
    const input = cfasInput(1);
    const point = Number(projectDemand(input).totals[0]!.people.exact);
    const sim = simulateDemand(input, { draws: 20000, seed: 2024, quantiles: [0.025, 0.975] });
    const mean = Number(sim.totals[0]!.mean);
    expect(Math.abs(mean - point) / point).toBeLessThan(0.01);
    expect(sim.totals[0]!.point).toBe(String(Math.round(point)));
    // The 95% band contains the point and has width.
    const [lo, hi] = sim.totals[0]!.quantiles.map((q) => Number(q.value)) as [number, number];
    expect(lo).toBeLessThan(point);
    expect(hi).toBeGreaterThan(point);
  });

  it('property: the mean is within 5 standard errors of the point projection, for any seed and population', () => {
    // The standard error is worked out here from the CFAS II intervals, not by the code under test: each
    // rate r is Normal(rate, (upper − lower) ÷ 3.92), drawn once per draw for all years, so a year's total
    // has variance Σ_r (sd_r × population of r's cells)².
    const sd = new Map(CFAS_II_DEMENTIA_RATES.rates.map((r) => [`${r.sex} ${r.ageBand}`, (Number(r.upper) - Number(r.lower)) / 100 / 3.92]));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.integer({ min: 0, max: 50000 }), { minLength: 12, maxLength: 12 }), (seed, pops) => {
        const population = SEXES.flatMap((sex, s) => BANDS.map((ageBand, b) => ({ area: 'X', year: 2030, sex, ageBand, people: pops[s * 6 + b]! })));
        const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'Dementia', population, rates: CFAS_II_DEMENTIA_RATES };
        const draws = 2000;
        const point = Number(projectDemand(input).totals[0]!.people.exact);
        const mean = Number(simulateDemand(input, { draws, seed }).totals[0]!.mean);
        const se = Math.sqrt(population.reduce((v, p) => v + (sd.get(`${p.sex} ${p.ageBand}`)! * p.people) ** 2, 0) / draws);
        expect(Math.abs(mean - point)).toBeLessThanOrEqual(5 * se + 0.5);
      }),
      { numRuns: 40 },
    );
  });

  it('turns an interval into Normal(estimate, (upper − lower) ÷ 2z): the draws\' quantiles land on the interval ends', () => {
    const one = (rate: string, lower: string, upper: string, intervalLevel: number, quantiles: number[]) =>
      simulateDemand(
        {
          asOf: '2026-11-23',
          measure: 'T',
          population: [{ area: 'X', year: 2030, sex: 'female', ageBand: '90+', people: 10000 }],
          rates: { kind: 'rates', name: 'T', source: 'T', baseYear: 2030, unit: 'percent', intervalLevel, rates: [{ sex: 'female', ageBand: '90+', rate, lower, upper }] },
        },
        { draws: 40000, seed: 99, quantiles },
      ).totals[0]!.quantiles.map((q) => Number(q.value));
    // 10% (8-12) of 10,000: the 95% interval is 800 to 1,200 people.
    const [lo, hi] = one('10', '8', '12', 0.95, [0.025, 0.975]);
    expect(Math.abs(lo! - 800)).toBeLessThanOrEqual(8);
    expect(Math.abs(hi! - 1200)).toBeLessThanOrEqual(8);
    // A 90% interval is read with z = 1.645: its ends are the 5% and 95% quantiles.
    const [lo90, hi90] = one('10', '8', '12', 0.9, [0.05, 0.95]);
    expect(Math.abs(lo90! - 800)).toBeLessThanOrEqual(8);
    expect(Math.abs(hi90! - 1200)).toBeLessThanOrEqual(8);
    // A skewed interval (CFAS II women 90+: 35.0, 28.4-42.3) is made symmetric: 3,500 ± 695.
    const [slo, shi] = one('35.0', '28.4', '42.3', 0.95, [0.025, 0.975]);
    expect(Math.abs(slo! - 2805)).toBeLessThanOrEqual(15);
    expect(Math.abs(shi! - 4195)).toBeLessThanOrEqual(15);
  });

  it('refuses more draws than fit in memory, as a RulesError naming options.draws', () => {
    expect(() => simulateDemand(cfasInput(60), { draws: 1_000_000, seed: 1 })).toThrow(expect.objectContaining({ name: 'RulesError', issues: [expect.objectContaining({ code: 'too_big', path: ['options', 'draws'] })] }));
  });

  it('quantiles are ordered for every cell, and rates without intervals give a band of zero width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const sim = simulateDemand(cfasInput(2), { draws: 50, seed, quantiles: [0.9, 0.1, 0.5] });
        for (const c of sim.cells) {
          const v = c.quantiles.map((q) => Number(q.value));
          expect(c.quantiles.map((q) => q.q)).toEqual([0.1, 0.5, 0.9]);
          expect(v[0]! <= v[1]! && v[1]! <= v[2]!).toBe(true);
        }
      }),
      { numRuns: 20 },
    );
    const fixed = simulateDemand(
      { ...cfasInput(1), rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.map(({ lower: _l, upper: _u, ...r }) => r) } },
      { draws: 20, seed: 1 },
    );
    for (const t of fixed.totals) expect(t.quantiles.every((q) => q.value === t.point)).toBe(true);
  });

  it('states the generator and the distribution assumption', () => {
    const sim = simulateDemand(cfasInput(1), { draws: 10, seed: 1 });
    expect(sim.generator).toMatch(/mulberry32/);
    expect(sim.method).toMatch(/Normal\(estimate, \(upper − lower\) ÷ 3\.92\)/);
    expect(sim.method).toMatch(/assumption/);
    expect(sim.trace.steps.at(-1)?.rule).toBe('demand.simulation');
  });

  it('refuses bad draws, seeds and quantiles', () => {
    for (const o of [{ draws: 0, seed: 1 }, { draws: 10, seed: -1 }, { draws: 10, seed: 1.5 }, { draws: 10, seed: 1, quantiles: [1] }]) {
      expect(() => simulateDemand(cfasInput(1), o)).toThrow(expect.objectContaining({ name: 'RulesError' }));
    }
  });
});

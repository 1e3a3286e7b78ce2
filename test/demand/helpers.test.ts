import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import { _D } from '../../src/core/decimal.js';
import {
  CFAS_II_DEMENTIA_RATES,
  collapseAgeBands,
  defaultDemandPack,
  grossUpSelfFunders,
  growthBetween,
  projectCareHomeStock,
  projectCosts,
  type CareHomeStockInput,
} from '../../src/demand/index.js';

describe('grossUpSelfFunders', () => {
  it('total × (1 − share) ≈ LA-funded, the three figures add up, and self-funders are the share of the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }), (la, permille) => {
        const share = new _D(permille).div(1000);
        const r = grossUpSelfFunders(la, share.toString());
        expect(new _D(r.laFunded).plus(r.selfFunded).eq(r.total)).toBe(true);
        // Rounding the total moves it by at most 0.5, so self-funded is within 0.5 of share × total.
        expect(new _D(r.selfFunded).minus(share.times(r.total)).abs().lte(0.5)).toBe(true);
        expect(new _D(r.total).gte(la)).toBe(true);
      }),
    );
  });
  it('share 0 adds no one', () => {
    expect(grossUpSelfFunders(500, 0)).toMatchObject({ total: '500', selfFunded: '0' });
  });
  it('refuses shares outside [0, 1) and negative counts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: -1e-9, noNaN: true })), (s) => {
        expect(() => grossUpSelfFunders(100, s)).toThrow(expect.objectContaining({ name: 'RulesError' }));
      }),
    );
    expect(() => grossUpSelfFunders(-1, '0.19')).toThrow(/0 or more/);
  });
});

describe('growthBetween', () => {
  it('growth and the ratio are consistent: (1 + g/100) × (ratio/100) = 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 1e6 }), fc.integer({ min: 1000, max: 1e6 }), (a, b) => {
        const r = growthBetween(a, b, { rounding: { places: 6, mode: 'half-even' } });
        const prod = new _D(1).plus(new _D(r.growthPercent!).div(100)).times(new _D(r.fromOverToPercent!).div(100));
        expect(prod.minus(1).abs().lt(1e-3)).toBe(true);
      }),
    );
  });
  it('is null from zero', () => expect(growthBetween(0, 5).growthPercent).toBeNull());
});

describe('collapseAgeBands (POPPI 90+ rule)', () => {
  it('joins 90-94 and 95+ into 90+ by weighting with the reference population', () => {
    const r = collapseAgeBands(
      { kind: 'rates', name: 'T', source: 'T', baseYear: 2013, unit: 'percent', rates: [
        { sex: 'male', ageBand: '85-89', rate: '16.7', lower: '15', upper: '18' },
        { sex: 'male', ageBand: '90-94', rate: '27.5', lower: '25', upper: '30' },
        { sex: 'male', ageBand: '95+', rate: '30.0', lower: '26', upper: '34' },
      ] },
      { source: 'England 2013 (illustrative)', population: [{ sex: 'male', ageBand: '90-94', people: 80000 }, { sex: 'male', ageBand: '95+', people: 20000 }] },
    );
    // (27.5 × 80,000 + 30.0 × 20,000) ÷ 100,000 = 28.0; lower (25 × 0.8 + 26 × 0.2) = 25.2; upper 30.8.
    expect(r.rates.rates).toEqual([
      { sex: 'male', ageBand: '85-89', rate: '16.7', lower: '15', upper: '18' },
      { sex: 'male', ageBand: '90+', rate: '28.0000', lower: '25.2000', upper: '30.8000' },
    ]);
    expect(r.joined).toEqual([{ group: '', sex: 'male', into: '90+', from: ['90-94', '95+'] }]);
  });
  it('the joined rate lies between its parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), (r1, r2, w1, w2) => {
        const r = collapseAgeBands(
          { kind: 'rates', name: 'T', source: 'T', baseYear: 2013, unit: 'per-1000', rates: [{ sex: 'female', ageBand: '90-94', rate: r1 }, { sex: 'female', ageBand: '95+', rate: r2 }] },
          { source: 'W', population: [{ sex: 'female', ageBand: '90-94', people: w1 }, { sex: 'female', ageBand: '95+', people: w2 }], places: 8 },
        );
        const v = Number(r.rates.rates[0]!.rate);
        expect(v).toBeGreaterThanOrEqual(Math.min(r1, r2) - 1e-8);
        expect(v).toBeLessThanOrEqual(Math.max(r1, r2) + 1e-8);
      }),
    );
  });
  it('refuses weights for a sex the rates do not have (persons weights for CFAS II rates by sex would join nothing)', () => {
    expect(() =>
      collapseAgeBands(CFAS_II_DEMENTIA_RATES, { source: 'W', population: [{ sex: 'persons', ageBand: '85-89', people: 1 }, { sex: 'persons', ageBand: '90+', people: 1 }] }),
    ).toThrow(/no persons rates/);
  });
  it('refuses bands that are not contiguous', () => {
    expect(() =>
      collapseAgeBands(CFAS_II_DEMENTIA_RATES, { source: 'W', population: [{ sex: 'male', ageBand: '65-69', people: 1 }, { sex: 'male', ageBand: '75-79', people: 1 }] }),
    ).toThrow(/not contiguous/);
  });
});

describe('projectCosts', () => {
  it('applies the pack uplift (2.9% a year, The Strategy Unit) from the price year and rounds each line to pence', () => {
    const r = projectCosts(
      [
        { service: 'Residential', year: 2025, quantity: 10 },
        { service: 'Residential', year: 2027, quantity: 10 },
        { service: 'Home care', year: 2027, quantity: '1000.5' },
      ],
      [
        { service: 'Residential', amount: '800', priceYear: 2025, unitsPerYear: 52 },
        { service: 'Home care', amount: '25.10', priceYear: 2025 },
      ],
      { asOf: '2026-11-23' },
    );
    // 10 × 52 × 800 = 416,000.00; × 1.029² = 440,477.856 → 440,477.86; home care 1000.5 × 25.10 × 1.029² = 26,590.19755… → 26,590.20.
    expect(r.lines.map((l) => l.cost)).toEqual(['416000.00', '440477.86', '26590.20']);
    expect(r.totals).toEqual([{ year: 2025, cost: '416000.00' }, { year: 2027, cost: '467068.06' }]);
    expect(r.upliftPerYear).toBe('0.029');
    expect(r.rounding.money).toEqual({ places: 2, mode: 'half-away-from-zero' });
  });
  it('a yearly total is the sum of its rounded lines; cost grows with the uplift', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 100 }), (qs, upPermille) => {
        const r = projectCosts(qs.map((q, i) => ({ service: `S${i}`, year: 2030, quantity: q })), qs.map((_, i) => ({ service: `S${i}`, amount: '123.45', priceYear: 2026 })), { asOf: '2026-11-23', upliftPerYear: upPermille / 1000 });
        expect(r.totals[0]!.cost).toBe(r.lines.reduce((s, l) => s.plus(l.cost), new _D(0)).toFixed(2));
        for (const l of r.lines) expect(new _D(l.unitCost).gte('123.45')).toBe(true);
      }),
    );
  });
  it('a council pack changes the uplift', () => {
    const pack = extendPack(defaultDemandPack, { id: 'c', version: '1', entries: { costUpliftPerYear: [{ validFrom: '2020-01-01', value: '0', citation: 'Constant prices', kind: 'policy' }] } });
    const r = projectCosts([{ service: 'S', year: 2030, quantity: 1 }], [{ service: 'S', amount: '100', priceYear: 2025 }], { asOf: '2026-11-23', pack });
    expect(r.lines[0]!.cost).toBe('100.00');
  });
  it('refuses a volume without a unit cost', () => {
    expect(() => projectCosts([{ service: 'S', year: 2030, quantity: 1 }], [{ service: 'T', amount: '1', priceYear: 2025 }], { asOf: '2026-11-23' })).toThrow(/no unit cost/);
  });
});

describe('projectCareHomeStock (stock-flow)', () => {
  const base = (over: Partial<CareHomeStockInput> = {}): CareHomeStockInput => ({
    asOf: '2026-11-23',
    population: [2026, 2027, 2028].map((year) => ({ year, people: 100000 })),
    admissionsPer10000: 120,
    meanLengthOfStayMonths: 28,
    initialOccupied: 2800,
    capacity: [{ fromYear: 2026, beds: 5000 }],
    ...over,
  });
  it('stays at the steady state admissions × length of stay (120/10,000 × 100,000 = 1,200 a year × 28/12 years = 2,800 beds)', () => {
    const r = projectCareHomeStock(base());
    expect(r.years.map((y) => y.occupiedEnd)).toEqual(['2800', '2800', '2800']);
    expect(r.firstYearWithWaitingList).toBeNull();
  });
  it('never exceeds capacity; unmet demand waits and the flows balance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 60 }), (beds, start, los) => {
        const r = projectCareHomeStock(base({ capacity: [{ fromYear: 2026, beds }], initialOccupied: Math.min(start, beds), meanLengthOfStayMonths: los, stepsPerYear: 12 }));
        let occupied = Math.min(start, beds);
        let waiting = 0;
        for (const y of r.years) {
          expect(Number(y.occupiedEnd)).toBeLessThanOrEqual(beds + 0.5);
          // Stock-flow balance, within rounding of the four published figures.
          expect(Math.abs(occupied + Number(y.admitted) - Number(y.leaving) - Number(y.occupiedEnd))).toBeLessThanOrEqual(2);
          expect(Math.abs(waiting + Number(y.newDemand) - Number(y.admitted) - Number(y.waitingEnd))).toBeLessThanOrEqual(2);
          occupied = Number(y.occupiedEnd);
          waiting = Number(y.waitingEnd);
        }
      }),
      { numRuns: 60 },
    );
  });
  it('builds a waiting list when beds run out, from the first year they do', () => {
    const r = projectCareHomeStock(base({ capacity: [{ fromYear: 2026, beds: 2800 }, { fromYear: 2027, beds: 2500 }] }));
    expect(r.years[0]!.waitingEnd).toBe('0');
    expect(Number(r.years[1]!.waitingEnd)).toBeGreaterThan(0);
    expect(r.firstYearWithWaitingList).toBe(2027);
    expect(r.years[1]!.occupancyPercent).toBe('100.0');
  });
  it('matches a hand calculation step by step (one step a year, stay of 24 months, 15 beds)', () => {
    // 10,000 people × 100 per 10,000 = 100 new demands a year; a 24-month stay is 2 steps, so half leave each step.
    // 2026: 10 occupied, 5 leave → 5; free 15 − 5 = 10; want 0 + 100; admit 10 → 15 occupied, 90 waiting.
    // 2027: 15 occupied, 7.5 leave → 7.5; free 7.5; want 90 + 100 = 190; admit 7.5 → 15 occupied, 182.5 → 183 waiting.
    const r = projectCareHomeStock({
      asOf: '2026-11-23',
      population: [{ year: 2026, people: 10000 }, { year: 2027, people: 10000 }],
      admissionsPer10000: 100,
      meanLengthOfStayMonths: 24,
      initialOccupied: 10,
      capacity: [{ fromYear: 2026, beds: 15 }],
      stepsPerYear: 1,
    });
    expect(r.years).toEqual([
      { year: 2026, capacity: '15', newDemand: '100', admitted: '10', leaving: '5', occupiedEnd: '15', waitingEnd: '90', occupancyPercent: '100.0' },
      { year: 2027, capacity: '15', newDemand: '100', admitted: '8', leaving: '8', occupiedEnd: '15', waitingEnd: '183', occupancyPercent: '100.0' },
    ]);
    expect(r.firstYearWithWaitingList).toBe(2026);
  });
  it('refuses a stay shorter than one time step (it would discharge more residents than there are)', () => {
    expect(() => projectCareHomeStock(base({ meanLengthOfStayMonths: '0.5' }))).toThrow(/at least one time step/);
    expect(() => projectCareHomeStock(base({ meanLengthOfStayMonths: 6, stepsPerYear: 1 }))).toThrow(/at least one time step/);
    expect(projectCareHomeStock(base({ meanLengthOfStayMonths: '0.5', stepsPerYear: 24 })).years.every((y) => Number(y.occupiedEnd) >= 0)).toBe(true);
  });
  it('occupancy is never negative and never above capacity, for any stay of at least one step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 52 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (stepsPerYear, losTenths, beds, start) => {
        const los = Math.max(losTenths / 10, 12 / stepsPerYear);
        const r = projectCareHomeStock(base({ stepsPerYear, meanLengthOfStayMonths: (Math.ceil(los * 1e4) / 1e4).toFixed(4), capacity: [{ fromYear: 2026, beds }], initialOccupied: Math.min(start, beds) }));
        for (const y of r.years) {
          expect(Number(y.occupiedEnd)).toBeGreaterThanOrEqual(0);
          expect(Number(y.occupiedEnd)).toBeLessThanOrEqual(beds);
          expect(Number(y.waitingEnd)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 40 },
    );
  });
  it('refuses a zero length of stay and gaps in the years', () => {
    expect(() => projectCareHomeStock(base({ meanLengthOfStayMonths: 0 }))).toThrow(/more than 0/);
    expect(() => projectCareHomeStock(base({ population: [{ year: 2026, people: 1 }, { year: 2028, people: 1 }] }))).toThrow(/consecutive/);
  });
});

describe('no entry point lets anything but a RulesError escape (fast-check anything)', () => {
  const entries: [string, (x: unknown, y: unknown) => unknown][] = [
    ['grossUpSelfFunders', (x, y) => grossUpSelfFunders(x as never, y as never)],
    ['growthBetween', (x, y) => growthBetween(x as never, y as never)],
    ['collapseAgeBands', (x, y) => collapseAgeBands(x as never, y as never)],
    ['projectCosts', (x, y) => projectCosts(x as never, y as never, { asOf: '2026-11-23' })],
    ['projectCareHomeStock', (x) => projectCareHomeStock(x as never)],
  ];
  for (const [name, f] of entries) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), (x, y) => {
          try {
            f(x, y);
          } catch (e) {
            expect(isRulesError(e)).toBe(true);
          }
        }),
      );
    });
  }
});

describe('every exported input schema converts to JSON Schema', () => {
  it('toJsonSchema does not throw and describes an object or array', async () => {
    const { toJsonSchema } = await import('../../src/index.js');
    const demand = await import('../../src/demand/index.js');
    const schemas = Object.entries(demand).filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object'); // not demandJsonSchema, a function
    expect(schemas.length).toBeGreaterThanOrEqual(20);
    for (const [name, schema] of schemas) {
      const json = toJsonSchema(schema as never);
      expect([name, json.$schema]).toEqual([name, 'https://json-schema.org/draft/2020-12/schema']);
    }
  });
});

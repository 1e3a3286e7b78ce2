import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import { _D } from '../../src/core/decimal.js';
import { CFAS_II_DEMENTIA_RATES, COVENTRY_LONG_TERM_SUPPORT_18_64, defaultDemandPack, projectDemand, type ProjectDemandInput } from '../../src/demand/index.js';
import { projectionInput } from './arbitraries.js';

const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), new _D(0));

describe('projectDemand properties', () => {
  it('each year\'s total is the exact sum of its cells', () => {
    fc.assert(
      fc.property(projectionInput, (input) => {
        const r = projectDemand(input);
        for (const t of r.totals) expect(t.people.exact).toBe(sum(r.cells.filter((c) => c.year === t.year).map((c) => c.people.exact)).toString());
      }),
    );
  });

  it('doubling the population doubles every cell', () => {
    fc.assert(
      fc.property(projectionInput, (input) => {
        const doubled = { ...input, population: input.population.map((p) => ({ ...p, people: Number(p.people) * 2 })) };
        const a = projectDemand(input).cells;
        const b = projectDemand(doubled).cells;
        expect(b.length).toBe(a.length);
        a.forEach((c, i) => expect(new _D(b[i]!.people.exact).eq(new _D(c.people.exact).times(2))).toBe(true));
      }),
    );
  });

  it('growth is zero when the population does not change', () => {
    fc.assert(
      fc.property(projectionInput, fc.integer({ min: 1, max: 5 }), (input, later) => {
        const base = input.population.filter((p) => p.year === input.rates.baseYear);
        const same = [...base, ...base.map((p) => ({ ...p, year: p.year + later }))];
        const r = projectDemand({ ...input, population: same });
        const t = r.totals[1]!;
        if (r.totals[0]!.people.exact === '0') expect(t.growth.growthPercent).toBeNull();
        else expect(t.growth.growthPercent).toBe('0.0');
      }),
    );
  });

  it('a cell is population × rate (CFAS II men 80-84: 10.6% of 10,000 = 1,060)', () => {
    const r = projectDemand({
      asOf: '2026-11-23',
      measure: 'Dementia',
      population: [{ area: 'X', year: 2030, sex: 'male', ageBand: '80-84', people: 10000 }],
      rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((x) => x.sex === 'male' && x.ageBand === '80-84') },
    });
    expect(r.cells[0]?.people).toEqual({ exact: '1060', rounded: '1060' });
    expect(r.cells[0]?.rate).toBe('0.106');
    expect(r.totals[0]?.growth.fromYear).toBe(2030); // base year 2011 not in the table: growth from the first year
  });
});

const one = (over: Partial<ProjectDemandInput> = {}): ProjectDemandInput => ({
  asOf: '2026-11-23',
  measure: 'Test',
  population: [
    { area: 'X', year: 2020, sex: 'female', ageBand: '85-89', people: 1000 },
    { area: 'X', year: 2022, sex: 'female', ageBand: '85-89', people: 1000 },
  ],
  rates: { kind: 'rates', name: 'T', source: 'Test', baseYear: 2020, unit: 'percent', rates: [{ sex: 'female', ageBand: '85-89', rate: 20 }] },
  ...over,
});

describe('bundled rate sets', () => {
  it('Coventry 18-64 long-term support, 720 per 100,000: 224,000 people → 1,612.8 → 1,613', () => {
    const r = projectDemand({
      asOf: '2026-11-23',
      measure: 'Long-term support 18-64',
      population: [{ area: 'Coventry', year: 2023, sex: 'persons', ageBand: '18-64', people: 224000 }],
      rates: COVENTRY_LONG_TERM_SUPPORT_18_64,
    });
    expect(r.totals[0]?.people).toEqual({ exact: '1612.8', rounded: '1613' });
  });
  it('CFAS II: 12 rates, each inside its 95% interval, women 90+ 35.0% (28.4-42.3)', () => {
    expect(CFAS_II_DEMENTIA_RATES.rates).toHaveLength(12);
    for (const r of CFAS_II_DEMENTIA_RATES.rates) expect(Number(r.lower) <= Number(r.rate) && Number(r.rate) <= Number(r.upper)).toBe(true);
    expect(CFAS_II_DEMENTIA_RATES.rates.find((r) => r.sex === 'female' && r.ageBand === '90+')).toEqual({ sex: 'female', ageBand: '90+', rate: '35.0', lower: '28.4', upper: '42.3' });
  });
});

describe('scenario levers, in order: trend, living alone, prevention, then self-funders', () => {
  it('lever 1: a -10% trend a year compounds from the base year (200 → 162 after 2 years)', () => {
    const r = projectDemand(one({ scenario: { rateTrendPerYear: '-0.1' } }));
    expect(r.totals.map((t) => t.people.exact)).toEqual(['200', '162']);
    expect(r.levers[0]).toMatchObject({ order: 1, name: 'rate trend per year', value: '-0.1', source: "Caller's scenario input" });
  });

  it('lever 2: the pack\'s 50% living-alone uplift (Leicestershire MPS 2013 s2.1b) raises packages, not people', () => {
    const r = projectDemand(one({ scenario: { livingAlone: { source: 'Test shares', shares: [{ sex: 'female', ageBand: '85-89', share: '0.6' }] } } }));
    // 200 people, 60% alone with 1.5× intensity: 200 × (1 + 0.5 × 0.6) = 260 package equivalents.
    expect(r.totals[0]?.people.exact).toBe('200');
    expect(r.totals[0]?.packages?.exact).toBe('260');
    const step = r.trace.steps.find((s) => s.rule === 'demand.lever2.livingAloneUplift');
    expect(step?.citation).toMatch(/2\.1b/);
    expect(step?.warnings?.length).toBe(1);
  });

  it('lever 3: prevention avoids a share from the year after the base year only', () => {
    const r = projectDemand(one({ scenario: { prevention: { shareAvoided: '0.25' } } }));
    expect(r.totals.map((t) => t.people.exact)).toEqual(['200', '150']);
    expect(r.levers[2]).toMatchObject({ order: 3, value: '0.25' });
  });

  it('levers that are off are named as off, and the trace says why (no living-alone shares, no self-funders asked for)', () => {
    const r = projectDemand(one());
    expect(r.levers.map((l) => [l.order, l.value])).toEqual([[1, '0'], [2, null], [3, '0'], [4, null]]);
    expect(r.levers[1]?.source).toBe('not applied');
    const off = r.trace.steps.filter((s) => s.outcome === 'not-met').map((s) => s.rule);
    expect(off).toEqual(['demand.lever2.livingAloneUplift', 'demand.selfFunders']);
    expect(r.totals[0]?.selfFunders).toBeUndefined();
    expect(r.totals[0]?.packages).toBeUndefined();
  });

  it('all levers together multiply in the stated order', () => {
    const r = projectDemand(
      one({ scenario: { rateTrendPerYear: '0.1', prevention: { shareAvoided: '0.5' }, livingAlone: { source: 'T', intensityUplift: '1', shares: [{ sex: 'female', ageBand: '85-89', share: '0.5' }] } } }),
    );
    // 2022: 1000 × 0.2 × 1.1² × (1 − 0.5) = 121 people; × (1 + 1 × 0.5) = 181.5 packages.
    expect(r.totals[1]?.people.exact).toBe('121');
    expect(r.totals[1]?.packages?.exact).toBe('181.5');
    expect(r.trace.steps.map((s) => s.rule).filter((x) => x.startsWith('demand.lever'))).toEqual(['demand.lever1.rateTrend', 'demand.lever2.livingAloneUplift', 'demand.lever3.prevention']);
  });

  it('a council pack (extendPack) changes the outcome: prevention 10% from 2025', () => {
    const pack = extendPack(defaultDemandPack, {
      id: 'my-council',
      version: '2026.1',
      entries: { preventionShareAvoided: [{ validFrom: '2025-04-01', value: '0.1', citation: 'My council prevention strategy 2025', kind: 'policy' }] },
    });
    const r = projectDemand(one(), { pack });
    expect(r.totals[1]?.people.exact).toBe('180');
    expect(r.levers[2]?.source).toBe('My council prevention strategy 2025');
    expect(r.pack.id).toBe('my-council');
    expect(projectDemand(one()).totals[1]?.people.exact).toBe('200');
  });

  it('a pack that changes the law (the adult age) is refused', () => {
    expect(() =>
      extendPack(defaultDemandPack, { id: 'x', version: '1', entries: { adultMinimumAge: [{ validFrom: '2025-04-01', value: 16, citation: 'Wishful', kind: 'law' }] } }),
    ).toThrow(/national law/);
    const forged = { ...defaultDemandPack, entries: { ...defaultDemandPack.entries, adultMinimumAge: [{ ...defaultDemandPack.entries.adultMinimumAge[0]!, value: 16 }] } };
    expect(() => projectDemand(one(), { pack: forged })).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'law_override' })] }));
  });
});

describe('bad input is one RulesError', () => {
  const code = (f: () => unknown): string[] => {
    try {
      f();
    } catch (e) {
      if (isRulesError(e)) return e.issues.map((i) => i.code);
      throw e;
    }
    return [];
  };
  it('a negative population', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: -1 }), (n) => {
        const input = one();
        expect(code(() => projectDemand({ ...input, population: [{ ...input.population[0]!, people: n }, input.population[1]!] }))).toContain('too_small');
      }),
    );
  });
  it('a self-funder or prevention share outside [0, 1)', () => {
    const outside = fc.oneof(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: -1e-9, noNaN: true }));
    fc.assert(
      fc.property(outside, (s) => {
        expect(code(() => projectDemand(one({ scenario: { selfFunders: { share: s } } })))).toContain('out_of_range');
        expect(code(() => projectDemand(one({ scenario: { prevention: { shareAvoided: s } } })))).toContain('out_of_range');
      }),
    );
  });
  it('an age band below 18 (Care Act 2014 s.2(8)), a missing population cell, an interval not containing its rate', () => {
    expect(code(() => projectDemand(one({ rates: { kind: 'rates', name: 'T', source: 'T', baseYear: 2020, unit: 'percent', rates: [{ sex: 'female', ageBand: '16-17', rate: 1 }] } })))).toContain('outside_scope');
    // A full ONS table may hold children's bands: they are not refused, just not used, and the trace says so.
    const withChildren = projectDemand(one({ population: [...one().population, { area: 'X', year: 2020, sex: 'female', ageBand: '0-4', people: 5 }] }));
    expect(withChildren.trace.steps.find((s) => s.rule === 'demand.adultScope')?.because).toMatch(/1 population rows match no rate/);
    expect(code(() => projectDemand(one({ population: [{ area: 'X', year: 2020, sex: 'male', ageBand: '85-89', people: 1 }] })))).toContain('missing_population');
    expect(code(() => projectDemand(one({ rates: { kind: 'rates', name: 'T', source: 'T', baseYear: 2020, unit: 'percent', rates: [{ sex: 'female', ageBand: '85-89', rate: 20, lower: 21, upper: 25 }] } })))).toContain('inconsistent_input');
  });
  it('a rate above 100% of the cell (often a unit mistake), a count above the population, a trend that pushes a rate past 100%', () => {
    const rates = (rate: number | string, unit: 'percent' | 'proportion' = 'percent') => ({ kind: 'rates' as const, name: 'T', source: 'T', baseYear: 2020, unit, rates: [{ sex: 'female' as const, ageBand: '85-89', rate }] });
    // CFAS II women 90+ written as 35.0 with the unit "proportion" instead of "percent".
    expect(code(() => projectDemand(one({ rates: rates('35.0', 'proportion') })))).toEqual(['out_of_range']);
    expect(code(() => projectDemand(one({ rates: rates(100) })))).toEqual([]);
    expect(code(() => projectDemand(one({ rates: { ...rates(20), rates: [{ sex: 'female', ageBand: '85-89', rate: 20, lower: 10, upper: 101 }] } })))).toEqual(['out_of_range']);
    const counts = (count: number) => ({ kind: 'service-counts' as const, name: 'T', source: 'T', baseYear: 2020, counts: [{ area: 'X', sex: 'female' as const, ageBand: '85-89', count }] });
    expect(code(() => projectDemand(one({ rates: counts(1001) })))).toEqual(['inconsistent_input']);
    expect(projectDemand(one({ rates: counts(1000) })).totals[1]?.people.exact).toBe('1000');
    // 20% × 1.5² = 45% is fine; 60% × 1.5² = 135% is not.
    expect(code(() => projectDemand(one({ scenario: { rateTrendPerYear: '0.5' } })))).toEqual([]);
    expect(code(() => projectDemand(one({ rates: rates(60), scenario: { rateTrendPerYear: '0.5' } })))).toEqual(['out_of_range']);
  });
  it('rows that cover the same people twice (persons with a sex, or overlapping bands, in one group)', () => {
    const rates = (rows: { sex: 'male' | 'female' | 'persons'; ageBand: string; group?: string }[]) => ({ kind: 'rates' as const, name: 'T', source: 'T', baseYear: 2020, unit: 'percent' as const, rates: rows.map((r) => ({ ...r, rate: 1 })) });
    const pop = ['male', 'female', 'persons'].flatMap((sex) => ['65-69', '65+', '70-74'].map((ageBand) => ({ area: 'X', year: 2020, sex: sex as 'male', ageBand, people: 10 })));
    const run = (rows: Parameters<typeof rates>[0]) => code(() => projectDemand(one({ population: pop, rates: rates(rows) })));
    expect(run([{ sex: 'female', ageBand: '65-69' }, { sex: 'persons', ageBand: '65-69' }])).toEqual(['overlapping']);
    expect(run([{ sex: 'male', ageBand: '65-69' }, { sex: 'male', ageBand: '65+' }])).toEqual(['overlapping']);
    expect(run([{ sex: 'male', ageBand: '65-69' }, { sex: 'female', ageBand: '65-69' }, { sex: 'male', ageBand: '70-74' }])).toEqual([]);
    expect(run([{ sex: 'male', ageBand: '65-69', group: 'Home care' }, { sex: 'persons', ageBand: '65+', group: 'Day care' }])).toEqual([]);
  });
  it('two living-alone shares for one cell', () => {
    const shares = [{ sex: 'female' as const, ageBand: '85-89', share: '0.5' }, { sex: 'female' as const, ageBand: '85-89', share: '0.6' }];
    expect(code(() => projectDemand(one({ scenario: { livingAlone: { source: 'T', shares } } })))).toEqual(['duplicate']);
  });
  it('a malformed pack (anything, or a forged one with junk entries) is a RulesError, never a TypeError', () => {
    const keys = Object.keys(defaultDemandPack.spec);
    const junkPack = fc.oneof(
      fc.anything(),
      fc.record({ spec: fc.anything(), entries: fc.anything() }),
      fc.record({ id: fc.string(), version: fc.string(), layers: fc.constant([]), spec: fc.constant(defaultDemandPack.spec), entries: fc.dictionary(fc.constantFrom(...keys), fc.anything()) }),
    );
    fc.assert(
      fc.property(junkPack, (pack) => {
        try {
          projectDemand(one(), { pack: pack as never });
        } catch (e) {
          expect(isRulesError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('an unknown field is refused, not dropped', () => {
    expect(code(() => projectDemand({ ...one(), extra: 1 } as ProjectDemandInput))).toContain('unrecognized_keys');
  });
});

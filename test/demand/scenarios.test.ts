import { describe, expect, it } from 'vitest';
import {
  CFAS_II_DEMENTIA_RATES,
  compareScenarios,
  comparisonChartData,
  comparisonCsv,
  projectCosts,
  projectCostsFromDemand,
  projectDemand,
  renderProjectionSvg,
  simulateDemand,
  simulationCsv,
  type ProjectDemandInput,
} from '../../src/demand/index.js';
import { isRulesError } from '../../src/index.js';

const BANDS = ['65-69', '70-74', '75-79', '80-84', '85-89', '90+'];
function population(scale: number, from = 2025, to = 2044): ProjectDemandInput['population'] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).flatMap((year) =>
    (['male', 'female'] as const).flatMap((sex) => BANDS.map((ageBand, b) => ({ area: 'E10000018', year, sex, ageBand, people: Math.round((20000 - b * 3000 + (year - from) * 200) * scale) }))),
  );
}
const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'People aged 65+ with dementia', population: population(1), rates: CFAS_II_DEMENTIA_RATES };

describe('simulateDemand: population variants, unit costs and self-funders', () => {
  const variants = [
    { name: 'high', population: population(1.1) },
    { name: 'low', population: population(0.9) },
  ];
  const sim = simulateDemand(input, { draws: 4000, seed: 7, populationVariants: variants });

  it('draws each table about a third of the time (equal weights) and says which tables were used', () => {
    expect(sim.populationVariants.map((v) => v.name)).toEqual(['principal', 'high', 'low']);
    for (const v of sim.populationVariants) expect(Math.abs(v.draws / 4000 - 1 / 3)).toBeLessThan(0.03);
    expect(sim.method).toMatch(/one of 3 population tables/);
  });

  it('the variants widen the interval around the same centre', () => {
    const plain = simulateDemand(input, { draws: 4000, seed: 7 });
    const last = (s: typeof sim) => s.totals.at(-1)!;
    const width = (s: typeof sim) => Number(last(s).quantiles[2]!.value) - Number(last(s).quantiles[0]!.value);
    expect(width(sim)).toBeGreaterThan(width(plain));
    expect(Math.abs(Number(last(sim).mean) / Number(last(plain).mean) - 1)).toBeLessThan(0.02);
    // A cell's quantiles come from the mixture of the three tables × the drawn rate; they bracket its mean.
    const cell = sim.cells.at(-1)!;
    expect(Number(cell.quantiles[0]!.value)).toBeLessThan(Number(cell.mean));
    expect(Number(cell.quantiles[2]!.value)).toBeGreaterThan(Number(cell.mean));
  });

  it('is reproducible for a seed, and a variant that does not match the input is refused with its path', () => {
    expect(simulateDemand(input, { draws: 500, seed: 3, populationVariants: variants })).toEqual(simulateDemand(input, { draws: 500, seed: 3, populationVariants: variants }));
    try {
      simulateDemand(input, { draws: 10, seed: 1, populationVariants: [{ name: 'short', population: population(1, 2025, 2030) }] });
      expect.unreachable();
    } catch (e) {
      expect(isRulesError(e) && e.issues[0]!.path).toEqual(['options', 'populationVariants', 0, 'population']);
    }
  });

  it('costs each draw with a triangular unit cost; the mean is close to people × (low + mode + high) ÷ 3', () => {
    const s = simulateDemand(input, { draws: 20000, seed: 11, unitCost: { service: 'Residential', low: '700', central: '850', high: '1150', unitsPerYear: 52, priceYear: 2025, upliftPerYear: '0', priceBase: 'real' } });
    const t = s.totals[0]!;
    const c = s.costs!.totals[0]!;
    const expected = Number(t.mean) * 52 * ((700 + 850 + 1150) / 3);
    expect(Math.abs(Number(c.mean) / expected - 1)).toBeLessThan(0.01);
    expect(c.point).toBe((Number(t.point) * 52 * 850).toFixed(2).replace(/\.\d+$/, (m) => m)); // exact at the point
    expect(s.costs!.defaultsApplied).toEqual([]);
    const d = simulateDemand(input, { draws: 10, seed: 1, unitCost: { service: 'Residential', low: '700', central: '850', high: '1150', priceYear: 2025 } });
    expect(d.costs!.defaultsApplied).toEqual(["unitCost.upliftPerYear: the pack's 0.029 a year (The Strategy Unit care-home-demand-simulator default uplift (NHS Payment Scheme cost uplift, 2.9% a year))", 'unitCost.priceBase: cash (the uplift is taken to include inflation)']);
  });

  it('adds self-funders to every draw when the scenario asks, and says plainly when it does not', () => {
    expect(sim.selfFunders).toBe('none');
    expect(sim.totals[0]!.selfFunders).toBeUndefined();
    const s = simulateDemand({ ...input, scenario: { selfFunders: { share: '0.19' } } }, { draws: 1000, seed: 5 });
    expect(s.selfFunders).toBe('included');
    const t = s.totals[0]!;
    expect(Math.abs(Number(t.selfFunders!.total.mean) - Number(t.mean) / 0.81)).toBeLessThanOrEqual(1);
    expect(Math.abs(Number(t.selfFunders!.selfFunded.quantiles[2]!.value) - (Number(t.quantiles[2]!.value) * 0.19) / 0.81)).toBeLessThanOrEqual(1);
    // The levers list and the figures agree: lever 4 is on and the CSV carries the self-funder columns.
    expect(s.levers[3]!.value).toBe('0.19');
    const csv = simulationCsv(s);
    expect(csv.split('\n').find((l) => l.startsWith('year,'))).toContain('selfFunded_point');
    expect(csv).toContain('# self-funders: included (share 0.19 of the total)\n');
    expect(simulationCsv(s, 'wide').split('\n').some((l) => l.startsWith('totalWithSelfFunders mean,'))).toBe(true);
  });
});

describe('projectCosts: the price base is named and defaults are stated', () => {
  it('cash by default, with the pack\'s uplift stated; real terms take no uplift unless given', () => {
    const cash = projectCosts([{ service: 'R', year: 2027, quantity: 1 }], [{ service: 'R', amount: '1000', priceYear: 2025 }], { asOf: '2026-11-23' });
    expect(cash.priceBase.kind).toBe('cash');
    expect(cash.lines[0]!.cost).toBe('1058.84');
    expect(cash.defaultsApplied).toEqual(['priceBase: cash (each year in its own prices)', "upliftPerYear: 0.029 a year, the pack's costUpliftPerYear"]);
    expect((cash.trace.steps.find((s) => s.rule === 'demand.costs.uplift')!.warnings ?? []).join(' ')).toMatch(/Defaults that change the figures/);
    const real = projectCosts([{ service: 'R', year: 2027, quantity: 1 }], [{ service: 'R', amount: '1000', priceYear: 2025 }], { asOf: '2026-11-23', priceBase: 'real' });
    expect(real.lines[0]!.cost).toBe('1000.00');
    expect(real.priceBase.meaning).toMatch(/2025 prices|prices of each unit cost's price year \(2025\)/);
  });

  it('projectCostsFromDemand: exact people × share × unit cost, per service and year', () => {
    const p = projectDemand({ ...input, population: population(1, 2025, 2027) });
    const c = projectCostsFromDemand(
      p,
      [
        { service: 'Residential', share: '0.3', unitCost: { amount: '900', priceYear: 2025, unitsPerYear: 52 } },
        { service: 'Home care hours', share: '0.5', unitCost: { amount: '25', priceYear: 2025, unitsPerYear: 520 } },
      ],
      { asOf: '2026-11-23', priceBase: 'real' },
    );
    const people = Number(p.totals[0]!.people.exact);
    expect(c.volumes[0]).toEqual({ service: 'Residential', year: 2025, quantity: String(Number((people * 0.3).toFixed(10))) });
    expect(Number(c.totals[0]!.cost)).toBeCloseTo(people * 0.3 * 52 * 900 + people * 0.5 * 520 * 25, 1);
    expect(c.mixShareTotal).toBe('0.8');
    expect(c.volumeBasis).toBe('people');
    try {
      projectCostsFromDemand(p, [{ service: 'X', share: '1.5', unitCost: { amount: '1', priceYear: 2025 } }], { asOf: '2026-11-23', basis: 'packages' });
      expect.unreachable();
    } catch (e) {
      expect(isRulesError(e) && e.issues.map((i) => i.code).sort()).toEqual(['inconsistent_input', 'out_of_range']);
    }
  });
});

describe('scenario comparison: table, CSV and chart', () => {
  const cmp = compareScenarios(input, {
    variants: [
      { name: 'Prevalence falling 1% a year', scenario: { rateTrendPerYear: '-0.01' } },
      { name: 'Prevention: 5% avoided from 2027', scenario: { prevention: { shareAvoided: '0.05', fromYear: 2027 } } },
    ],
  });

  it('differences are variant − baseline from the exact totals', () => {
    const row = cmp.table.find((r) => r.year === 2030)!;
    const base = Number(cmp.baseline.projection.totals.find((t) => t.year === 2030)!.people.exact);
    expect(Number(row.variants[1]!.difference)).toBe(Math.round(-0.05 * base));
    expect(cmp.table[0]!.variants.map((v) => v.difference)).toEqual(['0', '0']);
  });

  it('CSV wide and long, with each scenario\'s levers in the header block', () => {
    const wide = comparisonCsv(cmp);
    expect(wide).toContain('# Prevention: 5% avoided from 2027 lever 3: prevention: share avoided or delayed = 0.05 from 2027');
    expect(wide.split('\n').find((l) => l.startsWith('year,'))).toBe('year,Baseline,Prevalence falling 1% a year,Prevalence falling 1% a year: difference,Prevalence falling 1% a year: difference %,Prevention: 5% avoided from 2027,Prevention: 5% avoided from 2027: difference,Prevention: 5% avoided from 2027: difference %');
    expect(comparisonCsv(cmp, 'long').split('\n').filter((l) => /^\d{4},/.test(l))).toHaveLength(20 * 3);
  });

  it('the chart draws the three series with a legend that fits, labels the first year, and wraps a long title', () => {
    const longTitle = 'People aged 65 and over with dementia in Leicestershire: the baseline against a falling prevalence and a prevention programme, 2025 to 2044';
    const svg = renderProjectionSvg({ ...comparisonChartData(cmp, longTitle), yLabel: 'People aged 65+ with dementia (projected)' });
    expect(svg.match(/<polyline class="(central|series)"/g)).toHaveLength(3);
    for (const name of ['Baseline', 'Prevalence falling 1% a year', 'Prevention: 5% avoided from 2027']) expect(svg).toContain(`>${name}</text>`);
    // First year labelled although the ticks fall on multiples of the step.
    expect(svg).toMatch(/text-anchor="middle">2025<\/text>/);
    expect(svg).toMatch(/text-anchor="middle">2044<\/text>/);
    const titles = [...svg.matchAll(/<text class="title"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(titles.length).toBe(2);
    for (const t of titles) expect(t.length * 18 * 0.6).toBeLessThanOrEqual(760 - 32);
    // Every legend item starts inside the width and the estimated text ends inside it.
    for (const m of svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" font-size="12" fill="#1a1a1a">([^<]*)</g)) expect(Number(m[1]) + m[2]!.length * 7.2).toBeLessThanOrEqual(760);
    // The y-axis label sits left of the tick labels' estimated extent.
    const yLabelX = Number(/class="y-label" x="([\d.]+)"/.exec(svg)![1]);
    const ticks = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+" text-anchor="end" dominant-baseline="middle">([^<]*)</g)];
    for (const t of ticks) expect(yLabelX + 13 / 2).toBeLessThan(Number(t[1]) - t[2]!.length * 7.2);
  });
});

describe('fast order statistics used by the simulation', () => {
  it('_sortedCopy equals a numeric sort and _quantilesOf equals R type 7 on the sorted values, for any draws', async () => {
    const fc = (await import('fast-check')).default;
    const { _sortedCopy, _quantilesOf, _quantileSorted } = await import('../../src/demand/random.js');
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 300 }), fc.uniqueArray(fc.double({ min: 0.001, max: 0.999, noNaN: true }), { minLength: 1, maxLength: 5 }), (xs, qsRaw) => {
        const a = Float64Array.from(xs);
        const ref = Float64Array.from(xs).sort();
        expect(Array.from(_sortedCopy(a))).toEqual(Array.from(ref));
        const qs = [...qsRaw].sort((x, y) => x - y);
        const got = _quantilesOf(a, qs);
        qs.forEach((q, i) => expect(got[i]).toBeCloseTo(_quantileSorted(ref, q), 6));
        expect(Array.from(a)).toEqual(xs); // the input is left as it was
      }),
    );
  });
});

describe('_quantilesOf on simulation-sized draws', () => {
  it('matches R type 7 on a full sort, for random draws (bracketing path) and sorted or tied ones (exact fallback)', async () => {
    const { _quantilesOf, _quantileSorted, _mulberry32 } = await import('../../src/demand/random.js');
    const u = _mulberry32(99);
    const random = Float64Array.from({ length: 50_000 }, () => u() * 1000);
    const sorted = random.slice().sort();
    const ties = Float64Array.from({ length: 20_000 }, (_, i) => i % 7);
    const qs = [0.025, 0.1, 0.5, 0.975];
    for (const data of [random, sorted, sorted.slice().reverse(), ties]) {
      const ref = data.slice().sort();
      expect(_quantilesOf(data, qs)).toEqual(qs.map((q) => _quantileSorted(ref, q)));
    }
  });
});

import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CFAS_II_DEMENTIA_RATES,
  POPPI_STYLE_INDICATORS,
  aggregatePopulation,
  compareScenarios,
  indicatorCsv,
  projectDemand,
  projectIndicators,
  wideTable,
  type ProjectDemandInput,
} from '../../src/demand/index.js';
import { isRulesError } from '../../src/index.js';
import { readOnsPopulationCsv } from '../../src/readers/index.js';

// The fixtures have the exact layout of the ONS 2022-based SNPP files (see fixtures/README.md); their numbers
// are synthetic. The oracle below reads them with a different CSV parser (papaparse) and sums by hand.
const males = readFileSync('test/demand/fixtures/snpp-2022-shape-males.csv', 'utf8');
const females = readFileSync('test/demand/fixtures/snpp-2022-shape-females.csv', 'utf8');
const years = { from: 2025, to: 2040 };
const population = [...readOnsPopulationCsv(males, { fromAge: 65, years }).rows, ...readOnsPopulationCsv(females, { fromAge: 65, years }).rows];

/** Sum of the file's single years `from`..`to` (90 = "90 and over") for an area, sex file and year. */
function oracle(text: string, area: string, year: number, from: number, to: number): Decimal {
  const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
  let sum = new Decimal(0);
  for (const r of rows) {
    if (r.AREA_CODE !== area) continue;
    const age = r.AGE_GROUP === '90 and over' ? 90 : Number(r.AGE_GROUP);
    if (Number.isNaN(age) || age < from || age > to) continue;
    sum = sum.plus(r[String(year)]!);
  }
  return sum;
}

const areas = [
  { code: 'E07000129', name: 'Blaby', parent: 'E10000018' },
  { code: 'E07000130', name: 'Charnwood', parent: 'E10000018' },
  { code: 'E10000018', name: 'Leicestershire', parent: 'E12000004' },
  { code: 'E12000004', name: 'East Midlands', parent: 'E92000001' },
  { code: 'E92000001', name: 'England' },
];

describe('worked example: an ONS-shaped single-year-of-age file to a POPPI-style table', () => {
  const result = projectIndicators({
    asOf: '2026-11-23',
    population,
    populationVintage: 'ONS 2022-based SNPP layout (synthetic figures, test fixture)',
    areas,
    indicators: [...POPPI_STYLE_INDICATORS],
  });

  it('reads 2 areas × 2 sexes × ages 65-89 and 90+ × 16 years, skipping "All ages" and younger ages', () => {
    const m = readOnsPopulationCsv(males, { fromAge: 65, years });
    expect(m.layout).toBe('ons-snpp-wide');
    expect(m.rows).toHaveLength(2 * 26 * 16);
    expect(m.areas).toEqual([{ code: 'E07000129', name: 'Blaby' }, { code: 'E07000130', name: 'Charnwood' }]);
    expect(m.skipped.find((s) => s.reason === 'total over all ages')?.count).toBe(2 * 26);
    expect(m.rows[0]).toEqual({ area: 'E07000129', year: 2025, sex: 'male', ageBand: '65', people: expect.stringMatching(/^\d+\.\d{3}$/) });
  });

  it('dementia, women 65-69, 2030: the single years summed to the CFAS II band × 1.8%, over both districts (CFAS II table)', () => {
    const pop = oracle(females, 'E07000129', 2030, 65, 69).plus(oracle(females, 'E07000130', 2030, 65, 69));
    const row = result.table.find((r) => r.measure === 'People aged 65+ with dementia' && r.sex === 'female' && r.ageBand === '65-69')!;
    expect(row.values.find((v) => v.year === 2030)!.people).toBe(pop.times('0.018').toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString());
    expect(row.values.find((v) => v.year === 2030)!.sharePercent).toBe('1.8');
  });

  it('living alone, 2040: 27.0% of men and 40.9% of women aged 65+ (ONS 2024), the 5-year population summed up to the broad 65+ band', () => {
    let m = new Decimal(0);
    let f = new Decimal(0);
    for (const a of ['E07000129', 'E07000130']) {
      m = m.plus(oracle(males, a, 2040, 65, 90));
      f = f.plus(oracle(females, a, 2040, 65, 90));
    }
    const total = result.projections[1]!.totals.find((t) => t.year === 2040)!;
    expect(total.people.rounded).toBe(m.times('0.27').plus(f.times('0.409')).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString());
  });

  it('each measure keeps its own totals: dementia, living alone and ADL are never added together', () => {
    expect(result.projections.map((p) => p.measure)).toEqual(POPPI_STYLE_INDICATORS.map((i) => i.measure));
    for (const p of result.projections) {
      const totalRow = result.table.find((r) => r.measure === p.measure && r.ageBand === 'total')!;
      expect(totalRow.values.map((v) => v.people)).toEqual(p.totals.map((t) => t.people.rounded));
    }
    // 12 dementia bands + total, 2 living-alone rows + total, 4 ADL rows + total.
    expect(result.table).toHaveLength(13 + 3 + 5);
  });

  it('rolls the districts up through the caller\'s hierarchy to county, region and England', () => {
    const dementia = result.projections[0]!;
    for (const code of ['E10000018', 'E12000004', 'E92000001']) {
      const r = dementia.areaRollUp.find((a) => a.code === code && a.year === 2035)!;
      expect(r.people.exact).toBe(dementia.totals.find((t) => t.year === 2035)!.people.exact);
      expect(r.includes).toEqual(['E07000129', 'E07000130']);
    }
    expect(dementia.areaRollUp.find((a) => a.code === 'E07000129' && a.year === 2035)!.name).toBe('Blaby');
  });

  it('writes the table as CSV with a header block naming each measure, its source and the population vintage', () => {
    const csv = indicatorCsv(result);
    expect(csv).toContain('# indicator 1: People aged 65+ with dementia\n');
    expect(csv).toContain('# indicator 2 rate source: ONS, Families and households in the UK: 2024');
    expect(csv).toContain('# population vintage: ONS 2022-based SNPP layout (synthetic figures, test fixture)\n');
    const head = csv.split('\n').find((l) => !l.startsWith('#'))!;
    expect(head).toBe(`measure,sex,ageBand,figure,${Array.from({ length: 16 }, (_, i) => 2025 + i).join(',')}`);
  });

  it('refuses a population area that is not an ONS code of the hierarchy, a malformed code and a loop', () => {
    const bad = (extra: Partial<Parameters<typeof projectIndicators>[0]>): unknown => {
      try {
        projectIndicators({ asOf: '2026-11-23', population, indicators: [POPPI_STYLE_INDICATORS[0]], ...extra });
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const e1 = bad({ areas: areas.filter((a) => a.code !== 'E07000130') });
    expect(isRulesError(e1) && e1.issues.map((i) => i.code)).toEqual(['unknown_area']); // once for the area, not per row
    const e2 = bad({ areas: [...areas, { code: 'E1000018' }] });
    expect(isRulesError(e2) && e2.issues[0]!.message).toMatch(/ONS \(GSS\) area code/);
    const e3 = bad({ areas: [...areas.slice(0, 4), { code: 'E92000001', parent: 'E07000129' }] });
    expect(isRulesError(e3) && e3.issues.some((i) => /loop/.test(i.message))).toBe(true);
  });
});

// Properties ------------------------------------------------------------------------------------------

const SINGLE = Array.from({ length: 25 }, (_, i) => String(65 + i)).concat(['90+']);
const BROAD = ['65-74', '75-84', '85+'];
const broadOf = (age: string): string => (age === '90+' || Number(age) >= 85 ? '85+' : Number(age) >= 75 ? '75-84' : '65-74');

const fine = fc.record({
  pops: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 2 * 2 * SINGLE.length, maxLength: 2 * 2 * SINGLE.length }),
  rates: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 6, maxLength: 6 }),
});

function fineInput(pops: number[], rates: number[]): { population: ProjectDemandInput['population']; broad: ProjectDemandInput['rates']; expanded: ProjectDemandInput['rates'] } {
  const population: ProjectDemandInput['population'] = [];
  let i = 0;
  for (const year of [2025, 2026]) for (const sex of ['male', 'female'] as const) for (const ageBand of SINGLE) population.push({ area: 'E06000016', year, sex, ageBand, people: pops[i++]! });
  const broadRows = (['male', 'female'] as const).flatMap((sex, s) => BROAD.map((ageBand, b) => ({ sex, ageBand, rate: (rates[s * 3 + b]! / 10).toFixed(1) })));
  const rate = (sex: string, band: string): string => broadRows.find((r) => r.sex === sex && r.ageBand === band)!.rate;
  const base = { kind: 'rates' as const, name: 'Generated', source: 'Generated', baseYear: 2025, unit: 'percent' as const };
  return {
    population,
    broad: { ...base, rates: broadRows },
    expanded: { ...base, rates: (['male', 'female'] as const).flatMap((sex) => SINGLE.map((ageBand) => ({ sex, ageBand, rate: rate(sex, broadOf(ageBand)) }))) },
  };
}

describe('properties', () => {
  it('summing the population up to the bands then projecting equals projecting by single year then summing', () => {
    fc.assert(
      fc.property(fine, ({ pops, rates }) => {
        const { population, broad, expanded } = fineInput(pops, rates);
        const summedFirst = projectDemand({ asOf: '2026-11-23', measure: 'M', population: aggregatePopulation(population, { bands: BROAD }).map((r) => ({ area: r.area, year: r.year, sex: r.sex, ageBand: r.ageBand, people: r.people })), rates: broad });
        const direct = projectDemand({ asOf: '2026-11-23', measure: 'M', population, rates: broad });
        const projectedFirst = projectDemand({ asOf: '2026-11-23', measure: 'M', population, rates: expanded });
        for (const year of [2025, 2026]) {
          for (const sex of ['male', 'female']) {
            for (const band of BROAD) {
              const sum = projectedFirst.cells.filter((c) => c.year === year && c.sex === sex && broadOf(c.ageBand) === band).reduce((a, c) => a.plus(c.people.exact), new Decimal(0));
              const cell = summedFirst.cells.find((c) => c.year === year && c.sex === sex && c.ageBand === band)!;
              expect(new Decimal(cell.people.exact).minus(sum).abs().lte('1e-20')).toBe(true);
              expect(direct.cells.find((c) => c.year === year && c.sex === sex && c.ageBand === band)!.people.exact).toBe(cell.people.exact);
            }
          }
          expect(summedFirst.totals.find((t) => t.year === year)!.people.rounded).toBe(projectedFirst.totals.find((t) => t.year === year)!.people.rounded);
        }
      }),
      { numRuns: 25 },
    );
  });

  const years = Array.from({ length: 8 }, (_, i) => 2025 + i);
  const input: ProjectDemandInput = {
    asOf: '2026-11-23',
    measure: 'Dementia 65+',
    rates: CFAS_II_DEMENTIA_RATES,
    population: years.flatMap((year) => (['male', 'female'] as const).flatMap((sex) => ['65-69', '70-74', '75-79', '80-84', '85-89', '90+'].map((ageBand, b) => ({ area: 'E10000018', year, sex, ageBand, people: 20000 - b * 3000 + (year - 2025) * 150 })))),
  };

  it('a lever with fromYear after the first year leaves every earlier year unchanged (prevention and trend)', () => {
    const plain = projectDemand(input);
    fc.assert(
      fc.property(fc.integer({ min: 2026, max: 2032 }), fc.integer({ min: 1, max: 49 }), fc.integer({ min: -50, max: 50 }), fc.constantFrom<'first-year' | 'base-year'>('first-year', 'base-year'), (from, share, trend, leversFrom) => {
        const p = projectDemand({ ...input, scenario: { leversFrom, prevention: { shareAvoided: (share / 100).toFixed(2), fromYear: from }, rateTrendPerYear: (trend / 1000).toFixed(3), rateTrendFromYear: from } });
        for (const c of p.cells) {
          const q = plain.cells.find((x) => x.year === c.year && x.sex === c.sex && x.ageBand === c.ageBand)!;
          if (c.year < from) expect(c.people.exact).toBe(q.people.exact);
          else if (trend !== 0 || share !== 0) expect(c.people.exact).not.toBe(q.people.exact);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('levers start at the first projection year by default; the base-year behaviour is kept, named', () => {
    const plain = projectDemand(input).totals;
    const trend = projectDemand({ ...input, scenario: { rateTrendPerYear: '-0.01' } }).totals;
    // First year unchanged; 2026 is one year of −1% (CFAS II base year 2011 is not used).
    expect(trend[0]!.people.exact).toBe(plain[0]!.people.exact);
    expect(new Decimal(trend[1]!.people.exact).div(plain[1]!.people.exact).toString()).toBe('0.99');
    const old = projectDemand({ ...input, scenario: { leversFrom: 'base-year', rateTrendPerYear: '-0.01' } });
    expect(new Decimal(old.totals[0]!.people.exact).div(plain[0]!.people.exact).toString()).toBe(new Decimal('0.99').pow(14).toString());
    expect(old.leversFrom).toBe('base-year');
    // A trend from 2029 changes 2029 by one year of −1%, 2030 by two: no jump.
    const late = projectDemand({ ...input, scenario: { rateTrendPerYear: '-0.01', rateTrendFromYear: 2029 } }).totals;
    expect(new Decimal(late[4]!.people.exact).div(plain[4]!.people.exact).toString()).toBe('0.99');
    expect(new Decimal(late[5]!.people.exact).div(plain[5]!.people.exact).toString()).toBe('0.9801');
    // Prevention without fromYear starts the year after the first year, so it shows in the growth.
    const prev = projectDemand({ ...input, scenario: { prevention: { shareAvoided: '0.05' } } });
    expect(prev.totals[0]!.people.exact).toBe(plain[0]!.people.exact);
    expect(prev.levers[2]!.fromYear).toBe(2026);
    expect(Number(prev.totals[7]!.growth.growthPercent)).toBeLessThan(Number(plain[7]!.growth.growthPercent));
  });

  it('the scenario comparison\'s baseline equals a plain projection, for any baseline scenario', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -30, max: 30 }), (share, trend) => {
        const scenario = { prevention: { shareAvoided: (share / 100).toFixed(2) }, rateTrendPerYear: (trend / 1000).toFixed(3) };
        const cmp = compareScenarios({ ...input, scenario }, { variants: [{ name: 'V', scenario: { selfFunders: { share: '0.2' } } }] });
        expect(cmp.baseline.projection).toEqual(projectDemand({ ...input, scenario }));
        // The variant keeps the baseline's levers it does not set.
        expect(cmp.variants[0]!.projection.totals.map((t) => t.people.exact)).toEqual(cmp.baseline.projection.totals.map((t) => t.people.exact));
        expect(cmp.table.every((r) => r.variants[0]!.difference === '0')).toBe(true);
      }),
      { numRuns: 15 },
    );
  });

  it('wideTable: each band row sums its cells over areas; the share is people ÷ population', () => {
    const p = projectDemand(input);
    const rows = wideTable(p);
    const r = rows.find((x) => x.sex === 'female' && x.ageBand === '90+')!;
    expect(r.values[0]).toEqual({ year: 2025, people: String(Math.round(5000 * 0.35)), sharePercent: '35.0' });
    expect(rows.at(-1)!.values.map((v) => v.people)).toEqual(p.totals.map((t) => t.people.rounded));
  });
});

describe('counts and rates in broad bands against a population by sex and 5-year band', () => {
  it('a count for persons 65+ derives its rate from male + female summed over the bands (the analyst\'s case that was refused)', () => {
    const population: ProjectDemandInput['population'] = [2025, 2030].flatMap((year) =>
      (['male', 'female'] as const).flatMap((sex) => ['65-69', '70-74', '75-79', '80-84', '85-89', '90+'].map((ageBand) => ({ area: 'E10000018', year, sex, ageBand, people: year === 2025 ? 10000 : 12000 }))),
    );
    const p = projectDemand({ asOf: '2026-11-23', measure: 'People 65+ in long-term support', population, rates: { kind: 'service-counts', name: 'LTS 65+', source: 'SALT', baseYear: 2025, counts: [{ area: 'E10000018', sex: 'persons', ageBand: '65+', count: 6000 }] } });
    // 6,000 of 120,000 = 5%; 144,000 in 2030 × 5% = 7,200.
    expect(p.cells.map((c) => [c.year, c.population, c.people.exact])).toEqual([
      [2025, '120000', '6000'],
      [2030, '144000', '7200'],
    ]);
  });
});

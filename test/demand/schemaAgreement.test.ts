// Issue 14: the JSON Schema of every demand input agrees with its function at the schema stage (ajv 2020-12 with
// ajv-formats refuses exactly what the function refuses there); the function may refuse more only by the
// cross-field rules docs/schemas.md lists under "Demand".
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { _parse } from '../../src/core/errors.js';
import {
  aggregatePopulation,
  collapseAgeBands,
  compareScenarios,
  DEMAND_INPUTS,
  demandJsonSchema,
  growthBetween,
  grossUpSelfFunders,
  projectCareHomeStock,
  projectCosts,
  projectCostsFromDemand,
  projectDemand,
  projectIndicators,
  renderProjectionSvg,
  simulateDemand,
  wideTable,
  AggregatePopulationInputSchema,
  GrossUpSelfFundersInputSchema,
  GrowthBetweenInputSchema,
  CollapseAgeBandsInputSchema,
  CompareScenariosInputSchema,
  ProjectCostsFromDemandInputSchema,
  ProjectCostsInputSchema,
  SimulateDemandInputSchema,
  WideTableInputSchema,
  type DemandInputName,
  type DemandProjection,
  type ProjectDemandInput,
  type RateSetInput,
} from '../../src/demand/index.js';
import { _atLeastPattern } from '../../src/demand/schemaDocs.js';
import type { RulesIssue } from '../../src/index.js';
import { expectSchemaAgreement, undocumented, validatorOf } from '../helpers/schemaAgreement.js';
import { BANDS, SEXES, projectionInput } from './arbitraries.js';

// ---- The cross-field rules (docs/schemas.md, "Demand"): each compares two values of the input.
const CROSS_FIELD_CODES = new Set([
  'duplicate', // two rows for one cell, two variants or indicators with one name, one area listed twice
  'overlapping', // rate or count bands of one group and sex that overlap
  'missing_population', // a cell, year or band the population table does not cover
  'unknown_area', // a population area not in `areas`
  'missing_share', // a rate's sex and band with no living-alone share
  'missing_rate', // a band to join with no rate
  'not_contiguous', // bands to join that leave a gap
  'zero_weight', // weights of the bands to join that sum to 0
  'not_consecutive', // care-home population years with a gap
  'missing_capacity', // no capacity from the first population year
  'missing_unit_cost', // a volume's service with no unit cost
]);

const has = (i: RulesIssue, text: string) => i.message.includes(text);

function beyondSchema(i: RulesIssue): boolean {
  if (CROSS_FIELD_CODES.has(i.code)) return true;
  switch (i.code) {
    case 'inconsistent_input':
      // "give both lower and upper, or neither" is in the schema (dependentRequired); every other one compares
      // values: lower ≤ rate ≤ upper, a count above its cell's population, a parent loop, a series' length,
      // years in order, low ≤ central ≤ high, a variant population's cells, packages asked of a projection without.
      return !has(i, 'give both lower and upper, or neither');
    case 'invalid_value':
      return has(i, 'the age band ends before it starts');
    case 'out_of_range':
      return has(i, 'takes the') && has(i, 'above 100%'); // the trend compounds a rate above 100% in some year
    case 'too_small':
      return has(i, 'at least one time step'); // length of stay × stepsPerYear
    case 'too_big':
      return has(i, 'too many draws for this input'); // draws × the input's size
    default:
      return false;
  }
}

// ---- Valid inputs.
const AS_OF = fc.constantFrom('2015-04-01', '2024-06-30', '2026-11-23');
const share = (max: number) => fc.integer({ min: 0, max }).map((n) => (n / 100).toFixed(2));

const scenario = fc.record(
  {
    leversFrom: fc.constantFrom('first-year' as const, 'base-year' as const),
    rateTrendPerYear: fc.constantFrom('-0.01', '0', '0.005', -0.02),
    prevention: fc.record({ shareAvoided: share(30), fromYear: fc.integer({ min: 2020, max: 2035 }) }, { requiredKeys: ['shareAvoided'] }),
    selfFunders: fc.record({ share: share(50) }),
    livingAlone: share(100).map((s) => ({ source: 'ONS 2024', intensityUplift: '0.5', shares: SEXES.flatMap((sex) => BANDS.map((ageBand) => ({ sex, ageBand, share: s }))) })),
  },
  { requiredKeys: [] },
);

// Districts of Leicestershire under their county, for the area hierarchy.
const CODES: Record<string, string> = { A0: 'E07000129', A1: 'E07000130' };
const AREAS = [{ code: 'E10000018', name: 'Leicestershire' }, { code: 'E07000129', name: 'Blaby', parent: 'E10000018' }, { code: 'E07000130', parent: 'E10000018' }];

/** A projection input with published rates (arbitraries.ts) or base-year counts, maybe a scenario, maybe ONS codes and their hierarchy. */
const projectInput: fc.Arbitrary<ProjectDemandInput> = fc
  .tuple(projectionInput, fc.boolean(), fc.option(scenario, { nil: undefined }), fc.integer({ min: 0, max: 100 }), fc.boolean())
  .map(([plain, counts, sc, pct, coded]) => {
    const input: ProjectDemandInput = coded
      ? { ...plain, populationVintage: 'ONS 2022-based SNPP', areas: AREAS, population: plain.population.map((r) => ({ ...r, area: CODES[r.area]! })), rates: { ...(plain.rates as RateSetInput), intervalLevel: 0.9 } }
      : plain;
    const rates: ProjectDemandInput['rates'] = counts
      ? {
          kind: 'service-counts',
          name: 'Home care',
          source: 'SALT',
          baseYear: input.population[0]!.year,
          counts: input.population.filter((r) => r.year === input.population[0]!.year).map((r) => ({ area: r.area, sex: r.sex, ageBand: r.ageBand, count: Math.floor((Number(r.people) * pct) / 100) })),
        }
      : input.rates;
    return { ...input, rates, ...(sc === undefined ? {} : { scenario: sc }) };
  });

/** A small projection (1 area, 1-2 years, 2 sexes × 2 bands) with rate intervals: cheap to simulate. */
const smallInput: fc.Arbitrary<ProjectDemandInput> = fc
  .record({
    firstYear: fc.integer({ min: 2020, max: 2030 }),
    years: fc.integer({ min: 1, max: 2 }),
    people: fc.array(fc.integer({ min: 0, max: 50000 }), { minLength: 8, maxLength: 8 }),
    rates: fc.array(fc.integer({ min: 10, max: 900 }), { minLength: 4, maxLength: 4 }),
    asOf: AS_OF,
  })
  .map(({ firstYear, years, people, rates, asOf }) => {
    const bands = ['65-74', '75+'] as const;
    const population: ProjectDemandInput['population'] = [];
    for (let y = 0; y < years; y += 1) for (const sex of SEXES) for (const ageBand of bands) population.push({ area: 'E10000018', year: firstYear + y, sex, ageBand, people: people[population.length]! });
    return {
      asOf,
      measure: 'People with dementia',
      population,
      rates: {
        kind: 'rates' as const,
        name: 'Test',
        source: 'Generated',
        baseYear: firstYear,
        unit: 'per-1000' as const,
        rates: SEXES.flatMap((sex, s) => bands.map((ageBand, b) => ({ sex, ageBand, rate: String(rates[s * 2 + b]! / 10), lower: String(rates[s * 2 + b]! / 20), upper: String(rates[s * 2 + b]! / 10 + 5) }))),
      },
    };
  });

const simulateBody = fc.record(
  {
    input: smallInput,
    options: fc.record(
      {
        draws: fc.integer({ min: 1, max: 20 }),
        seed: fc.integer({ min: 0, max: 1000 }),
        quantiles: fc.constant([0.1, 0.5, 0.9]),
        unitCost: fc.constant({ service: 'Home care', low: '400', central: 500, high: '650.50', unitsPerYear: 52, priceYear: 2025, upliftPerYear: '0.02', priceBase: 'real' as const }),
      },
      { requiredKeys: ['draws', 'seed'] },
    ),
  },
  { requiredKeys: ['input', 'options'] },
);

const compareBody = fc.record({
  input: smallInput,
  options: fc.record(
    {
      baselineName: fc.constant('Now'),
      variants: fc.constant([
        { name: 'Prevention 10%', scenario: { prevention: { shareAvoided: '0.1' } } },
        { name: 'Trend -1%', scenario: { rateTrendPerYear: '-0.01' } },
      ]),
    },
    { requiredKeys: ['variants'] },
  ),
});

const indicatorsBody = smallInput.map((input) => ({
  asOf: input.asOf,
  population: input.population,
  indicators: [
    { measure: input.measure, rates: input.rates },
    { measure: 'Living alone', rates: { ...input.rates, name: 'Living alone', rates: input.rates.kind === 'rates' ? input.rates.rates.map(({ sex, ageBand }) => ({ sex, ageBand, rate: '300' })) : [] } },
  ],
  scenario: { prevention: { shareAvoided: '0.05' } },
}));

const costsBody = fc.record({
  volumes: fc.array(fc.record({ service: fc.constantFrom('Residential', 'Home care'), year: fc.integer({ min: 2024, max: 2030 }), quantity: fc.integer({ min: 0, max: 5000 }) }), { minLength: 1, maxLength: 4 }),
  unitCosts: fc.constant([
    { service: 'Residential', amount: '800.00', priceYear: 2025, unitsPerYear: 52, source: 'ASC-FR 2024-25' },
    { service: 'Home care', amount: 28.5, priceYear: 2025, unitsPerYear: '520' },
  ]),
  options: fc.record({ asOf: AS_OF, upliftPerYear: fc.constantFrom('0.029', '0', '-0.01'), priceBase: fc.constantFrom('cash' as const, 'real' as const) }, { requiredKeys: ['asOf'] }),
});

/** A projection as projectDemand answers it, sent back as JSON (without its trace, to keep the near misses on the figures). */
const projectionBody = smallInput.map((input) => {
  const { trace: _trace, pack: _pack, ...rest } = JSON.parse(JSON.stringify(projectDemand(input))) as DemandProjection;
  return rest;
});

const costsFromDemandBody = fc.record({
  projection: projectionBody,
  mix: fc.constant([
    { service: 'Residential', share: '0.1', unitCost: { amount: '800', priceYear: 2026, unitsPerYear: 52 } },
    { service: 'Home care', share: 0.35, unitCost: { amount: 28.5, priceYear: 2025, unitsPerYear: '520', source: 'ASC-FR' } },
  ]),
  options: fc.record({ asOf: AS_OF, priceBase: fc.constantFrom('cash' as const, 'real' as const), basis: fc.constant('people' as const) }, { requiredKeys: ['asOf'] }),
});

const careHomeStockInput = fc
  .record({
    asOf: AS_OF,
    first: fc.integer({ min: 2024, max: 2030 }),
    people: fc.array(fc.integer({ min: 0, max: 200000 }), { minLength: 1, maxLength: 4 }),
    admissionsPer10000: fc.constantFrom(120, '95.5', 0),
    meanLengthOfStayMonths: fc.constantFrom(28, '18.5', '1'),
    initialOccupied: fc.integer({ min: 0, max: 3000 }),
    beds: fc.integer({ min: 0, max: 4000 }),
  })
  .map(({ asOf, first, people, beds, ...rest }) => ({
    asOf,
    population: people.map((p, i) => ({ year: first + i, people: p })),
    ...rest,
    initialWaiting: '0',
    capacity: [{ fromYear: first, beds }],
    stepsPerYear: 12,
  }));

const rounding = fc.record({ places: fc.integer({ min: 0, max: 6 }), mode: fc.constantFrom('half-away-from-zero' as const, 'half-even' as const, 'down' as const, 'up' as const) });
const selfFundersInput = fc.record({ laFunded: fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.constant('10868')), selfFunderShare: share(99), rounding }, { requiredKeys: ['laFunded', 'selfFunderShare'] });
const growthInput = fc.record({ from: fc.integer({ min: 0, max: 100000 }), to: fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.constant('15697.5')), rounding }, { requiredKeys: ['from', 'to'] });

const collapseBody = fc.record({ a: fc.integer({ min: 0, max: 600 }), b: fc.integer({ min: 0, max: 600 }), w1: fc.integer({ min: 1, max: 9000 }), w2: fc.integer({ min: 0, max: 9000 }) }).map(({ a, b, w1, w2 }) => ({
  rates: {
    kind: 'rates' as const,
    name: 'Dementia prevalence',
    source: 'CFAS II',
    baseYear: 2013,
    unit: 'per-1000' as const,
    rates: [
      { sex: 'female' as const, ageBand: '85-89', rate: '200', lower: '150', upper: '250' },
      { sex: 'female' as const, ageBand: '90-94', rate: String(a), lower: String(a), upper: String(a) },
      { sex: 'female' as const, ageBand: '95+', rate: String(b), lower: String(b), upper: String(b) },
    ],
  },
  weights: { source: 'England 2013', population: [{ sex: 'female' as const, ageBand: '90-94', people: w1 }, { sex: 'female' as const, ageBand: '95+', people: w2 }], places: 2 },
}));

const populationBody = fc.array(fc.integer({ min: 0, max: 9000 }), { minLength: 6, maxLength: 6 }).map((people) => ({
  population: (['85-86', '87-89', '90+'] as const).flatMap((ageBand, b) => SEXES.map((sex, s) => ({ area: 'E10000018', year: 2030, sex, ageBand, people: people[b * 2 + s]! }))),
  options: { bands: ['85-89', '90+'], sexes: ['female', 'persons'] },
}));

const wideTableBody = projectionBody.map((projection) => ({ projection }));

const chartInput = fc.record({ n: fc.integer({ min: 1, max: 4 }), v: fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 4, maxLength: 4 }) }).map(({ n, v }) => ({
  title: 'People aged 65+ with dementia',
  yLabel: 'People',
  years: Array.from({ length: n }, (_, i) => 2025 + i),
  central: v.slice(0, n),
  centralLabel: 'Mean',
  lower: v.slice(0, n).map((x) => x / 2),
  upper: v.slice(0, n).map((x) => x * 2),
  bandLabel: '95% band',
  series: [{ label: 'Variant', values: v.slice(0, n) }],
  width: 640,
}));

// ---- How each input reaches its function: an object input directly; the input of a function of several
// arguments as the service's endpoint takes it (the body checked, then the function called with its parts).
function body<S extends z.ZodType>(entry: string, schema: S, run: (b: z.output<S>) => unknown): (x: unknown) => unknown {
  return (x) => run(_parse(entry, schema, x));
}

const CASES: Record<DemandInputName, { valid: fc.Arbitrary<unknown>; call: (x: unknown) => unknown; examples: unknown[] }> = {
  project: { valid: projectInput, call: (x) => projectDemand(x as ProjectDemandInput), examples: [] },
  simulate: {
    valid: simulateBody,
    call: body('simulateDemand', SimulateDemandInputSchema, (b) => simulateDemand(b.input, b.options)),
    examples: [],
  },
  'compare-scenarios': {
    valid: compareBody,
    call: body('compareScenarios', CompareScenariosInputSchema, (b) => compareScenarios(b.input, b.options)),
    examples: [],
  },
  indicators: { valid: indicatorsBody, call: (x) => projectIndicators(x as Parameters<typeof projectIndicators>[0]), examples: [] },
  costs: {
    valid: costsBody,
    call: body('projectCosts', ProjectCostsInputSchema, (b) => projectCosts(b.volumes, b.unitCosts, b.options)),
    examples: [],
  },
  'costs-from-demand': {
    valid: costsFromDemandBody,
    call: body('projectCostsFromDemand', ProjectCostsFromDemandInputSchema, (b) => projectCostsFromDemand(b.projection as unknown as DemandProjection, b.mix, b.options)),
    examples: [],
  },
  'care-home-stock': { valid: careHomeStockInput, call: (x) => projectCareHomeStock(x as Parameters<typeof projectCareHomeStock>[0]), examples: [] },
  'self-funders': {
    valid: selfFundersInput,
    call: body('grossUpSelfFunders', GrossUpSelfFundersInputSchema, (b) => grossUpSelfFunders(b.laFunded, b.selfFunderShare, { rounding: b.rounding })),
    examples: [],
  },
  growth: {
    valid: growthInput,
    call: body('growthBetween', GrowthBetweenInputSchema, (b) => growthBetween(b.from, b.to, { rounding: b.rounding })),
    examples: [],
  },
  'collapse-age-bands': {
    valid: collapseBody,
    call: body('collapseAgeBands', CollapseAgeBandsInputSchema, (b) => collapseAgeBands(b.rates, b.weights)),
    examples: [],
  },
  population: {
    valid: populationBody,
    call: body('aggregatePopulation', AggregatePopulationInputSchema, (b) => aggregatePopulation(b.population, b.options)),
    examples: [],
  },
  'wide-table': {
    valid: wideTableBody,
    call: body('wideTable', WideTableInputSchema, (b) => wideTable(b.projection as unknown as DemandProjection)),
    examples: [],
  },
  chart: { valid: chartInput, call: (x) => renderProjectionSvg(x as Parameters<typeof renderProjectionSvg>[0]), examples: [] },
};

// ---- The near misses issue 14 names for demand, and the area's own: a fixed input, then one fault.
const base: ProjectDemandInput = {
  asOf: '2026-11-23',
  measure: 'Women aged 90+ with dementia',
  population: [
    { area: 'E10000018', year: 2025, sex: 'female', ageBand: '90+', people: 2000 },
    { area: 'E10000018', year: 2030, sex: 'female', ageBand: '90+', people: '2500' },
  ],
  rates: { kind: 'rates', name: 'Dementia', source: 'CFAS II', baseYear: 2011, unit: 'percent', rates: [{ sex: 'female', ageBand: '90+', rate: '34.7', lower: '30', upper: '40' }] },
};
const baseRates = base.rates as RateSetInput;
const withRate = (row: Record<string, unknown>, unit = 'percent'): unknown => ({ ...base, rates: { ...base.rates, unit, rates: [{ sex: 'female', ageBand: '90+', ...row }] } });
const withPeople = (people: unknown): unknown => ({ ...base, population: [{ ...base.population[0], people }, base.population[1]] });

/** Refused by ajv and, at its schema stage, by the function. */
const REFUSED_BY_BOTH: Record<string, [DemandInputName, unknown]> = {
  'a negative population (number)': ['project', withPeople(-5)],
  'a negative population (decimal string)': ['project', withPeople('-5')],
  'a negative population in aggregatePopulation': ['population', { population: [{ area: 'E10000018', year: 2030, sex: 'female', ageBand: '90+', people: '-1' }], options: { bands: ['90+'] } }],
  'a negative population in projectCareHomeStock': ['care-home-stock', { asOf: '2026-11-23', population: [{ year: 2026, people: -100 }], admissionsPer10000: 120, meanLengthOfStayMonths: 28, initialOccupied: 0, capacity: [{ fromYear: 2026, beds: 10 }] }],
  'an asOf before the rules begin': ['project', { ...base, asOf: '2015-03-31' }],
  'an asOf before the rules begin (costs)': ['costs', { volumes: [{ service: 'R', year: 2026, quantity: 1 }], unitCosts: [{ service: 'R', amount: 1, priceYear: 2026 }], options: { asOf: '2014-01-01' } }],
  'a negative rate': ['project', withRate({ rate: '-0.5' })],
  'a rate over 100% in percent': ['project', withRate({ rate: '100.5' })],
  'a rate over 100% as a proportion': ['project', withRate({ rate: 1.2 }, 'proportion')],
  'a lower bound without an upper': ['project', withRate({ rate: '34.7', lower: '30' })],
  'a rate band of children': ['project', withRate({ ageBand: '5-9', rate: '1' })],
  'a blank measure': ['project', { ...base, measure: '   ' }],
  'a self-funder share of 1': ['self-funders', { laFunded: 100, selfFunderShare: '1' }],
  'a negative council-funded count': ['self-funders', { laFunded: '-1', selfFunderShare: '0.19' }],
  'a share avoided of 1': ['project', { ...base, scenario: { prevention: { shareAvoided: 1 } } }],
  'a fall of 100% a year': ['project', { ...base, scenario: { rateTrendPerYear: '-1' } }],
  'a negative growth figure': ['growth', { from: -1, to: 5 }],
  'a length of stay of 0': ['care-home-stock', { asOf: '2026-11-23', population: [{ year: 2026, people: 100 }], admissionsPer10000: 120, meanLengthOfStayMonths: '0', initialOccupied: 0, capacity: [{ fromYear: 2026, beds: 10 }] }],
  'a negative rate given to collapseAgeBands': ['collapse-age-bands', { rates: { ...base.rates, rates: [{ sex: 'female', ageBand: '90-94', rate: '-3' }, { sex: 'female', ageBand: '95+', rate: '40' }] }, weights: { source: 'E', population: [{ sex: 'female', ageBand: '90-94', people: 3 }, { sex: 'female', ageBand: '95+', people: 1 }] } }],
  'a service mix share above 1': ['costs-from-demand', { projection: { kind: 'demand-projection', measure: 'M', years: [], cells: [], totals: [], rounding: { counts: { places: 0, mode: 'up' }, percentages: { places: 1, mode: 'up' } } }, mix: [{ service: 'R', share: '1.5', unitCost: { amount: 1, priceYear: 2026 } }], options: { asOf: '2026-11-23' } }],
  'a negative figure in a projection sent back': ['wide-table', { projection: { kind: 'demand-projection', measure: 'M', years: [2030], cells: [{ year: 2030, area: 'A', sex: 'female', ageBand: '90+', population: '-10', people: { exact: '1' } }], totals: [], rounding: { counts: { places: 0, mode: 'up' }, percentages: { places: 1, mode: 'up' } } } }],
  'a chart band with a lower edge only': ['chart', { title: 'T', yLabel: 'People', years: [2025], central: [1], centralLabel: 'Mean', lower: [0] }],
};

/** Accepted by ajv, refused by the function by a cross-field rule only (listed in docs/schemas.md). */
const CROSS_FIELD: Record<string, [DemandInputName, unknown]> = {
  'an age band that ends before it starts': ['project', { ...base, population: [...base.population, { area: 'E10000018', year: 2025, sex: 'female', ageBand: '70-65', people: 1 }] }],
  'two scenario variants with one name': ['compare-scenarios', { input: base, options: { variants: [{ name: 'A', scenario: {} }, { name: 'A', scenario: { rateTrendPerYear: '0.01' } }] } }],
  'a variant named as the baseline': ['compare-scenarios', { input: base, options: { variants: [{ name: 'Baseline', scenario: {} }] } }],
  'two indicators with one measure': ['indicators', { asOf: '2026-11-23', population: base.population, indicators: [{ measure: 'M', rates: base.rates }, { measure: 'M', rates: base.rates }] }],
  'an interval that does not contain the rate': ['project', withRate({ rate: '34.7', lower: '35', upper: '40' })],
  'overlapping rate bands': ['project', { ...base, rates: { ...base.rates, rates: [{ sex: 'female', ageBand: '90+', rate: '30' }, { sex: 'female', ageBand: '95+', rate: '40' }] } }],
  'chart years out of order': ['chart', { title: 'T', yLabel: 'People', years: [2030, 2025], central: [1, 2], centralLabel: 'Mean' }],
  'a unit-cost range out of order': ['simulate', { input: base, options: { draws: 1, seed: 1, unitCost: { service: 'S', low: 5, central: 4, high: 6, priceYear: 2026 } } }],
  'care-home population years with a gap': ['care-home-stock', { asOf: '2026-11-23', population: [{ year: 2026, people: 1 }, { year: 2028, people: 1 }], admissionsPer10000: 120, meanLengthOfStayMonths: 28, initialOccupied: 0, capacity: [{ fromYear: 2026, beds: 10 }] }],
  'two population rows for one cell': ['project', { ...base, population: [...base.population, base.population[0]] }],
};

for (const [input, value] of [...Object.values(REFUSED_BY_BOTH), ...Object.values(CROSS_FIELD)]) CASES[input as DemandInputName].examples.push(value);

function outcome(input: DemandInputName, value: unknown): 'accepted' | RulesIssue[] {
  try {
    CASES[input].call(value);
    return 'accepted';
  } catch (e) {
    return (e as { issues: RulesIssue[] }).issues;
  }
}

describe('demand JSON Schemas agree with the functions (issue 14)', () => {
  for (const input of DEMAND_INPUTS) {
    it(`${input}: ajv and the function agree on valid inputs and near misses; every field is documented`, () => {
      const jsonSchema = demandJsonSchema(input);
      expect(undocumented(jsonSchema)).toEqual([]);
      const c = CASES[input];
      // DEMAND_RUNS=5000 npx vitest run test/demand/schemaAgreement.test.ts runs a longer search by hand.
      const tally = expectSchemaAgreement({ jsonSchema, valid: c.valid, call: c.call, beyondSchema, examples: c.examples, numRuns: Number(process.env['DEMAND_RUNS'] ?? 0) || (input === 'simulate' || input === 'compare-scenarios' ? 200 : 250) });
      expect(tally.accepted + tally.refused + tally.beyond).toBeGreaterThanOrEqual(200);
    });
  }

  for (const [name, [input, value]] of Object.entries(REFUSED_BY_BOTH)) {
    it(`refuses ${name} in the schema and in the function (${input})`, () => {
      expect(validatorOf(demandJsonSchema(input))(value)).toBe(false);
      const got = outcome(input, value);
      expect(got).not.toBe('accepted');
      expect((got as RulesIssue[]).filter((i) => !beyondSchema(i)).length).toBeGreaterThan(0);
    });
  }

  for (const [name, [input, value]] of Object.entries(CROSS_FIELD)) {
    it(`accepts ${name} in the schema; the function refuses it by a cross-field rule (${input})`, () => {
      expect(validatorOf(demandJsonSchema(input))(value)).toBe(true);
      const got = outcome(input, value);
      expect(got).not.toBe('accepted');
      expect((got as RulesIssue[]).every(beyondSchema)).toBe(true);
    });
  }

  it('gives each input a stable $id', () => {
    expect(demandJsonSchema('project').$id).toBe('urn:adult-social-care-rules:schema:ProjectDemandInput');
    expect(demandJsonSchema('compare-scenarios').$id).toBe('urn:adult-social-care-rules:schema:CompareScenariosInput');
    expect(demandJsonSchema('chart').$id).toBe('urn:adult-social-care-rules:schema:ProjectionChart');
    expect(new Set(DEMAND_INPUTS.map((n) => demandJsonSchema(n).$id)).size).toBe(DEMAND_INPUTS.length);
  });

  it('labels the sexes and rate units from the label tables, through $defs', () => {
    const schema = demandJsonSchema('project');
    const defs = schema.$defs as Record<string, { oneOf?: { const: string; title: string }[]; properties?: Record<string, { oneOf?: { const: string; title: string }[] }> }>;
    expect(defs['DemandSex']?.oneOf).toEqual([
      { const: 'male', title: 'Male' },
      { const: 'female', title: 'Female' },
      { const: 'persons', title: 'Persons (both sexes together)' },
    ]);
    expect(defs['DemandRateSet']?.properties?.['unit']?.oneOf?.find((o) => o.const === 'per-1000')?.title).toBe('Per 1,000 people (12)');
  });

  it('puts the first date in force and the adult age of the default pack in the schema', () => {
    const schema = demandJsonSchema('project');
    expect((schema.properties as Record<string, { formatMinimum?: string }>)['asOf']?.formatMinimum).toBe('2015-04-01');
    const adult = new RegExp(`^${_atLeastPattern(18)}(?:-|\\+|$)`);
    for (const band of ['18', '18-24', '018-64', '19', '65-69', '90+', '100+', '999']) expect(adult.test(band), band).toBe(true);
    for (const band of ['0', '5-9', '17', '017', '16-17', '9+']) expect(adult.test(band), band).toBe(false);
  });

  it('refuses an unknown input name with a RulesError', () => {
    expect(() => demandJsonSchema('nope' as DemandInputName)).toThrow(/must be one of: project, simulate/);
  });
});

describe('the checks the functions gained so that they refuse what the schemas refuse', () => {
  const weights = { source: 'England 2013', population: [{ sex: 'female' as const, ageBand: '90-94', people: 3000 }, { sex: 'female' as const, ageBand: '95+', people: 1000 }] };
  const rates = (rows: { sex: 'female'; ageBand: string; rate: string; lower?: string }[]) => ({ kind: 'rates' as const, name: 'Dementia', source: 'CFAS II', baseYear: 2013, unit: 'percent' as const, rates: rows });
  const issuesOf = (run: () => unknown): { code: string; path: readonly (string | number)[] }[] => {
    try {
      run();
    } catch (e) {
      return (e as { issues: RulesIssue[] }).issues.map(({ code, path }) => ({ code, path }));
    }
    return [];
  };

  it('collapseAgeBands checks each rate as projectDemand does: the same RateSetSchema, so a set it joins can be projected', () => {
    // A prevalence is a share of the cell's people: 0 to 100% (projectDemand, src/demand/model.ts _rateRow).
    expect(issuesOf(() => collapseAgeBands(rates([{ sex: 'female', ageBand: '90-94', rate: '-3' }, { sex: 'female', ageBand: '95+', rate: '40' }]), weights))).toEqual([{ code: 'too_small', path: ['rates', 'rates', 0, 'rate'] }]);
    expect(issuesOf(() => collapseAgeBands(rates([{ sex: 'female', ageBand: '90-94', rate: '30' }, { sex: 'female', ageBand: '95+', rate: '140' }]), weights))).toEqual([{ code: 'out_of_range', path: ['rates', 'rates', 1, 'rate'] }]);
    expect(issuesOf(() => collapseAgeBands(rates([{ sex: 'female', ageBand: '90-94', rate: '30', lower: '20' }, { sex: 'female', ageBand: '95+', rate: '40' }]), weights))).toEqual([{ code: 'inconsistent_input', path: ['rates', 'rates', 0] }]);
    // Only adults are in scope: Care Act 2014 s.2(8) ("adult" means a person aged 18 or over).
    expect(issuesOf(() => collapseAgeBands(rates([{ sex: 'female', ageBand: '16-17', rate: '1' }, { sex: 'female', ageBand: '90-94', rate: '30' }, { sex: 'female', ageBand: '95+', rate: '40' }]), weights))).toEqual([{ code: 'outside_scope', path: ['rates', 'rates', 0, 'ageBand'] }]);
    // A valid set is joined as before: (30 × 3000 + 40 × 1000) ÷ 4000 = 32.5.
    expect(collapseAgeBands(rates([{ sex: 'female', ageBand: '90-94', rate: '30' }, { sex: 'female', ageBand: '95+', rate: '40' }]), weights).rates.rates).toEqual([{ sex: 'female', ageBand: '90+', rate: '32.5000' }]);
  });

  it('compareScenarios reports a name used twice together with the faults of the input and of the variants', () => {
    const got = issuesOf(() => compareScenarios(withPeople(-5) as ProjectDemandInput, { variants: [{ name: 'A', scenario: { prevention: { shareAvoided: '1' } } }, { name: 'A', scenario: {} }] }));
    expect(got).toEqual([
      { code: 'too_small', path: ['population', 0, 'people'] },
      { code: 'out_of_range', path: ['variants', 0, 'scenario', 'prevention', 'shareAvoided'] },
      { code: 'duplicate', path: ['variants', 1, 'name'] },
    ]);
  });

  it('projectIndicators reports a fault of the shared population once, at its own path, with each indicator\'s own faults', () => {
    const got = issuesOf(() =>
      projectIndicators({
        asOf: '2026-11-23',
        population: (withPeople(-5) as ProjectDemandInput).population,
        indicators: [
          { measure: 'M', rates: base.rates },
          { measure: 'M', rates: { ...baseRates, rates: [{ sex: 'female', ageBand: '90+', rate: '-1' }] } },
        ],
      }),
    );
    expect(got).toEqual([
      { code: 'too_small', path: ['population', 0, 'people'] },
      { code: 'duplicate', path: ['indicators', 1, 'measure'] },
      { code: 'too_small', path: ['indicators', 1, 'rates', 'rates', 0, 'rate'] },
    ]);
  });

  it('simulateDemand reports a negative unit cost with the input\'s faults', () => {
    const got = issuesOf(() => simulateDemand({ ...base, population: [...base.population, base.population[0]!] }, { draws: 1, seed: 1, unitCost: { service: 'S', low: -1, central: 4, high: 6, priceYear: 2026 } }));
    expect(got).toEqual([
      { code: 'duplicate', path: ['population', 2] },
      { code: 'too_small', path: ['options', 'unitCost', 'low'] },
    ]);
  });
});

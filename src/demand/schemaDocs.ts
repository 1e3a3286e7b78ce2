// The words and JSON-Schema-only keywords of the demand inputs (docs/schemas.md), kept apart from the schemas
// that validate, so a page that only runs a projection does not carry every field's title. Every field of
// every input named in DEMAND_INPUTS has a title and a description here (or in its own `.describe()`); the
// closed lists take their labels from ./labels.ts; the rules the functions enforce on one value (a figure of 0
// or more, a share below 1, a yearly change above -1, a rate no more than 100% of its cell, an age band of
// adults, the first date in force) are written as JSON Schema keywords, checked against the functions by
// test/demand/schemaAgreement.test.ts.
import type * as z from 'zod';
import { schemaDocs, type SchemaDocs } from '../core/jsonSchema.js';
import { _startOf, resolve } from '../core/rulePack.js';
import { CareHomeStockInputSchema } from './careHomeStock.js';
import { ProjectionChartSchema } from './chart.js';
import { CollapseAgeBandsInputSchema, CollapseWeightsSchema } from './collapseAgeBands.js';
import { CompareScenariosOptionsSchema, ScenarioVariantSchema } from './compare.js';
import { IndicatorSchema, ProjectIndicatorsInputSchema } from './indicators.js';
import { CompareScenariosInputSchema, DemandProjectionOutlineSchema, ProjectCostsFromDemandInputSchema, SimulateDemandInputSchema, WideTableInputSchema } from './inputs.js';
import { LEVERS_FROM_LABELS, PRICE_BASE_LABELS, RATE_UNIT_LABELS, ROUNDING_MODE_LABELS, SEX_LABELS, VOLUME_BASIS_LABELS } from './labels.js';
import { defaultDemandPack } from './pack.js';
import { AggregatePopulationInputSchema, AggregatePopulationOptionsSchema } from './population.js';
import { CostVolumeRowSchema, ProjectCostsInputSchema, ProjectCostsOptionsSchema, ServiceMixRowSchema, UnitCostRowSchema } from './projectCosts.js';
import {
  AgeBandSchema,
  AreaSchema,
  IntervalLevelSchema,
  LivingAloneShareRowSchema,
  OnsAreaCodeSchema,
  PopulationRowSchema,
  ProjectDemandInputSchema,
  RateRowSchema,
  RateSetSchema,
  RateUnitSchema,
  ScenarioSchema,
  ServiceCountRowSchema,
  ServiceCountsSchema,
  SexSchema,
} from './schemas.js';
import { GrossUpSelfFundersInputSchema, GrowthBetweenInputSchema } from './selfFunders.js';
import { SimulateOptionsSchema } from './simulateDemand.js';

type Meta = Record<string, unknown>;

// ---- Decimal inputs (a decimal string or a JSON number): the bounds the functions check after the schema
// (src/demand/checks.ts), written for each branch: a pattern for the string, minimum/maximum for the number.
// "-0" and "-0.00" are zero, which the functions take as 0 or more.
const ZERO_NEG = '-0(?:\\.0+)?';
const UNSIGNED = '(?:0|[1-9]\\d*)(?:\\.\\d+)?';

function decimal(pattern: string, number: Meta): Meta {
  return { anyOf: [{ type: 'string', pattern: `^(?:${pattern})$` }, { type: 'number', ...number }] };
}

/** 0 or more (`_nonNegative`): a count, a population, a unit cost. */
const NON_NEGATIVE = decimal(`${ZERO_NEG}|${UNSIGNED}`, { minimum: 0 });
/** More than 0 (a length of stay). */
const POSITIVE = decimal('0\\.\\d*[1-9]\\d*|[1-9]\\d*(?:\\.\\d+)?', { exclusiveMinimum: 0 });
/** A share from 0 up to but not including 1 (`_share`): a self-funder share, a share avoided. */
const SHARE_BELOW_ONE = decimal(`${ZERO_NEG}|0(?:\\.\\d+)?`, { minimum: 0, exclusiveMaximum: 1 });
/** A share from 0 to 1 inclusive (`_share(…, closed)`): a living-alone share, a service mix share. */
const SHARE_TO_ONE = decimal(`${ZERO_NEG}|0(?:\\.\\d+)?|1(?:\\.0+)?`, { minimum: 0, maximum: 1 });
/** A yearly change of more than -1 (`_yearlyChange`): a trend, an uplift. */
const ABOVE_MINUS_ONE = decimal(`-0(?:\\.\\d+)?|${UNSIGNED}`, { exclusiveMinimum: -1 });

/** 0 up to `10^digits` inclusive (a rate no more than 100% of its cell in a unit): digits 0 for proportions. */
function upTo(digits: number): Meta {
  const whole = digits === 0 ? '0' : `(?:0|[1-9]\\d{0,${digits - 1}})`;
  return decimal(`${ZERO_NEG}|${whole}(?:\\.\\d+)?|1${'0'.repeat(digits)}(?:\\.0+)?`, { minimum: 0, maximum: 10 ** digits });
}

/** A pattern for a whole number written with 1 to 3 digits (leading zeros allowed) that is `min` or more. */
export function _atLeastPattern(min: number): string {
  if (min <= 0) return '\\d{1,3}';
  const n = String(min);
  const alternatives: string[] = [n];
  for (let i = 0; i < n.length; i += 1) {
    const d = Number(n[i]);
    if (d < 9) alternatives.push(`${n.slice(0, i)}[${d + 1}-9]${'\\d'.repeat(n.length - i - 1)}`);
  }
  for (let len = n.length + 1; len <= 3; len += 1) alternatives.push(`[1-9]${'\\d'.repeat(len - 1)}`);
  return `0*(?:${alternatives.join('|')})`;
}

/** A rate set's rates in the unit it names: no more than 100% of the cell's population. */
const UNIT_DIGITS = [
  ['proportion', 0],
  ['percent', 2],
  ['per-1000', 3],
  ['per-100000', 5],
] as const;
const ratesInUnit = (): Meta[] =>
  UNIT_DIGITS.map(([unit, digits]) => ({
    if: { type: 'object', required: ['unit'], properties: { unit: { const: unit } } },
    then: { type: 'object', properties: { rates: { type: 'array', items: { type: 'object', properties: { rate: upTo(digits), lower: upTo(digits), upper: upTo(digits) } } } } },
  }));

function text(title: string, description?: string): Meta {
  return description === undefined ? { title } : { title, description };
}

// A trimmed name (`z.string().trim().min(1)`): blank or spaces only is refused, so at least one non-space.
const NAMED: Meta = { pattern: '\\S' };

// Each schema instance is registered once: two fields sharing one instance would share its words.
function add(docs: SchemaDocs, schema: z.ZodType, meta: Meta): void {
  if (docs.has(schema)) throw new Error(`demandSchemaDocs: a schema is registered twice (${String(meta['title'])})`);
  docs.add(schema, meta);
}

function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  return (schema as unknown as { shape: Record<string, z.ZodType> }).shape;
}

function fields(docs: SchemaDocs, object: z.ZodType, metas: Record<string, Meta>): void {
  const shape = shapeOf(object);
  for (const [key, meta] of Object.entries(metas)) {
    const field = shape[key];
    if (field === undefined) throw new Error(`demandSchemaDocs: no field "${key}"`);
    add(docs, field, meta);
  }
}

/** The inner schema of an optional field (`z.X.optional()`). */
function inner(schema: z.ZodType | undefined): z.ZodType {
  return (schema as unknown as { unwrap: () => z.ZodType }).unwrap();
}

/** The item schema of an array field. */
function item(schema: z.ZodType | undefined): z.ZodType {
  let s = schema as unknown as { unwrap?: () => unknown; element?: z.ZodType };
  while (s.element === undefined && s.unwrap !== undefined) s = s.unwrap() as typeof s;
  return s.element as z.ZodType;
}

function build(): SchemaDocs {
  // The adult age and the first date in force come from the default pack (the age is law, which no council
  // pack can change; a council pack that starts later refuses earlier dates in the function only).
  const firstDay = _startOf(defaultDemandPack)!.validFrom;
  const adultAge = resolve(defaultDemandPack, 'adultMinimumAge', firstDay).value as number;
  const AS_OF: Meta = { formatMinimum: firstDay };
  const docs = schemaDocs();
  const d = (schema: z.ZodType, meta: Meta) => add(docs, schema, meta);
  const f = (object: z.ZodType, metas: Record<string, Meta>) => fields(docs, object, metas);

  // Shared parts ($defs).
  d(SexSchema, { id: 'DemandSex', title: 'Sex', labels: SEX_LABELS });
  d(AgeBandSchema, { id: 'DemandAgeBand', title: 'Age band' });
  d(OnsAreaCodeSchema, { id: 'OnsAreaCode', title: 'ONS area code' });
  d(RateRowSchema.shape.ageBand, { id: 'DemandAdultAgeBand', title: 'Age band (adults)', allOf: [{ type: 'string', pattern: `^${_atLeastPattern(adultAge)}(?:-|\\+|$)` }] });

  d(AreaSchema, { id: 'DemandArea', title: 'Area', description: 'One area of the hierarchy the totals roll up through (district → county → region → England).' });
  f(AreaSchema, {
    name: { ...text('Area name'), ...NAMED },
    parent: text('Parent area code'),
  });

  d(PopulationRowSchema, { id: 'DemandPopulationRow', title: 'Population cell', description: 'People of one area, year, sex and age band, e.g. a row of an ONS mid-year estimate or subnational population projection.' });
  f(PopulationRowSchema, {
    area: { ...text('Area'), ...NAMED },
    year: text('Year'),
    people: { ...text('People'), ...NON_NEGATIVE },
  });

  // Rates.
  d(RateRowSchema, { title: 'Rate', description: 'One rate of the set: the share of a sex and age band (and optionally a service or user group) that has the condition or uses the service.', dependentRequired: { lower: ['upper'], upper: ['lower'] } });
  f(RateRowSchema, {
    group: { ...text('Service or user group'), ...NAMED },
    rate: { ...text('Rate'), ...NON_NEGATIVE },
    lower: { ...text('Lower bound', 'Lower end of the confidence interval (same unit); give both lower and upper, or neither.'), ...NON_NEGATIVE },
    upper: { ...text('Upper bound', 'Upper end of the confidence interval (same unit); give both lower and upper, or neither.'), ...NON_NEGATIVE },
  });
  d(RateUnitSchema, { title: 'Unit of the rates', labels: RATE_UNIT_LABELS });
  d(IntervalLevelSchema, { title: 'Interval coverage' });
  d(RateSetSchema, {
    id: 'DemandRateSet',
    title: 'Published rates',
    description: 'A published rate set by sex and age band (e.g. the CFAS II dementia prevalence rates): the POPPI/PANSI method applies each rate to the population of its cell. A rate is at most 100% of its cell in the unit named.',
    allOf: ratesInUnit(),
  });
  f(RateSetSchema, {
    kind: text('Kind of rates', '"rates": published rates applied to the population.'),
    name: { ...text('Name'), ...NAMED },
    source: { ...text('Source'), ...NAMED },
    baseYear: text('Base year'),
    rates: text('Rates', 'One rate per sex and age band (and group); bands of one group and sex must not overlap.'),
  });

  d(ServiceCountRowSchema, { title: 'Service count', description: 'People using the service in the base year, in one area, sex and age band (and optionally group).' });
  f(ServiceCountRowSchema, {
    area: { ...text('Area'), ...NAMED },
    group: { ...text('Service or user group'), ...NAMED },
    count: { ...text('People counted'), ...NON_NEGATIVE },
  });
  d(ServiceCountsSchema, {
    id: 'DemandServiceCounts',
    title: 'Base-year service counts',
    description: 'Base-year service counts (e.g. a SALT or CLD return): each count divided by the base-year population of its cell gives a local rate.',
  });
  f(ServiceCountsSchema, {
    kind: text('Kind of rates', '"service-counts": local rates derived from base-year counts.'),
    name: { ...text('Name'), ...NAMED },
    source: { ...text('Source'), ...NAMED },
    baseYear: text('Base year'),
    counts: text('Counts', 'One count per area, sex and age band (and group); each needs the base-year population of its cell.'),
  });

  // Scenario levers.
  const scenario = shapeOf(ScenarioSchema);
  d(ScenarioSchema, {
    id: 'DemandScenario',
    title: 'Scenario',
    description: 'The levers, applied in this order: (1) rate trend, (2) living-alone intensity, (3) prevention; then self-funders are added to the totals. A lever left out takes its value from the rule pack.',
  });
  f(ScenarioSchema, {
    leversFrom: { title: 'Levers start from', labels: LEVERS_FROM_LABELS },
    rateTrendPerYear: { ...text('Rate trend per year'), ...ABOVE_MINUS_ONE },
    rateTrendFromYear: text('Trend from year'),
    livingAlone: text('Living alone', 'Lever 2: the share of each sex and age band living alone, and the package intensity uplift for them (Leicestershire MPS 2013 s.2.1b).'),
    prevention: text('Prevention', 'Lever 3: the share of demand avoided or delayed by prevention or reablement, and from when.'),
    selfFunders: text('Self-funders', 'Adds self-funders to the yearly totals as a share of the TOTAL (Leicestershire MPS 2013 s.2.1).'),
  });
  const livingAlone = inner(scenario['livingAlone']);
  f(livingAlone, {
    source: { ...text('Source of the shares'), ...NAMED },
    shares: text('Shares living alone', 'One share per sex and age band of the rates.'),
    intensityUplift: { ...text('Intensity uplift'), ...NON_NEGATIVE },
  });
  d(LivingAloneShareRowSchema, { title: 'Share living alone', description: 'The share of one sex and age band living alone.' });
  f(LivingAloneShareRowSchema, { share: { ...text('Share'), ...SHARE_TO_ONE } });
  f(inner(scenario['prevention']), {
    shareAvoided: { ...text('Share avoided or delayed'), ...SHARE_BELOW_ONE },
    fromYear: text('Prevention from year'),
  });
  f(inner(scenario['selfFunders']), { share: { ...text('Self-funder share of the total'), ...SHARE_BELOW_ONE } });

  // projectDemand.
  d(ProjectDemandInputSchema, {
    id: 'ProjectDemandInput',
    title: 'Demand projection',
    description: 'The input of projectDemand (and of simulateDemand and compareScenarios): a population table, the rates or base-year counts, and an optional scenario.',
  });
  f(ProjectDemandInputSchema, {
    asOf: { ...text('As of'), ...AS_OF },
    measure: { ...text('Measure', 'What is projected, e.g. "People aged 65+ with dementia".'), ...NAMED },
    population: text('Population', 'The population table: one row per area, year, sex and age band (single years of age or bands; other bands are summed from them).'),
    populationVintage: { ...text('Population release'), ...NAMED },
    areas: text('Area hierarchy'),
    rates: text('Rates or counts', 'Published rates ("kind": "rates") or base-year service counts ("kind": "service-counts").'),
    scenario: text('Scenario', 'The levers; every lever left out takes its value from the rule pack.'),
  });

  // simulateDemand.
  const sim = shapeOf(SimulateOptionsSchema);
  d(SimulateOptionsSchema, { title: 'Simulation options', description: 'The Monte Carlo settings: draws, seed, quantiles, population variants and a unit-cost range.' });
  f(SimulateOptionsSchema, {
    draws: text('Draws'),
    seed: text('Seed'),
    quantiles: text('Quantiles'),
    principal: text('Principal population'),
    populationVariants: text('Population variants'),
    unitCost: text('Unit-cost range'),
  });
  f(inner(sim['principal']), {
    name: { ...text('Name', 'The name of the input\'s own population table among the variants, e.g. "principal".'), ...NAMED },
    weight: text('Weight', 'Relative chance of this table being drawn; default 1.'),
  });
  f(item(sim['populationVariants']), {
    name: { ...text('Name'), ...NAMED },
    population: text('Population'),
    weight: text('Weight'),
  });
  f(inner(sim['unitCost']), {
    service: { ...text('Service'), ...NAMED },
    low: { ...text('Low unit cost'), ...NON_NEGATIVE },
    central: { ...text('Central unit cost'), ...NON_NEGATIVE },
    high: { ...text('High unit cost'), ...NON_NEGATIVE },
    unitsPerYear: { ...text('Units per year'), ...NON_NEGATIVE },
    priceYear: text('Price year', 'The year whose prices the unit costs are in; the uplift runs from it.'),
    upliftPerYear: { ...text('Uplift per year'), ...ABOVE_MINUS_ONE },
    priceBase: { title: 'Price base', labels: PRICE_BASE_LABELS },
  });
  d(SimulateDemandInputSchema, { id: 'SimulateDemandInput', title: 'Demand simulation', description: 'simulateDemand(input, options) as one object: the projection input and the Monte Carlo options.' });

  // compareScenarios.
  d(ScenarioVariantSchema, { title: 'Scenario variant', description: 'A named set of levers compared with the baseline.' });
  f(ScenarioVariantSchema, {
    name: { ...text('Variant name'), ...NAMED },
    scenario: text('Levers'),
  });
  d(CompareScenariosOptionsSchema, { title: 'Scenarios', description: 'The baseline\'s name and up to 8 variants; every name must differ from the others.' });
  f(CompareScenariosOptionsSchema, {
    baselineName: { ...text('Baseline name'), ...NAMED },
    variants: text('Variants', 'Up to 8 scenario variants, each with its own name.'),
  });
  d(CompareScenariosInputSchema, { id: 'CompareScenariosInput', title: 'Scenario comparison', description: 'compareScenarios(input, options) as one object: the baseline input and the variants.' });

  // projectIndicators.
  d(IndicatorSchema, { title: 'Indicator', description: 'One measure projected on the shared population, POPPI-style.' });
  f(IndicatorSchema, {
    measure: { ...text('Measure'), ...NAMED },
    rates: text('Rates or counts', 'Published rates ("kind": "rates") or base-year service counts ("kind": "service-counts").'),
    scenario: text('Scenario'),
  });
  d(ProjectIndicatorsInputSchema, { id: 'ProjectIndicatorsInput', title: 'Indicators', description: 'The input of projectIndicators: one population, several indicators (up to 50), each measure named once.' });
  f(ProjectIndicatorsInputSchema, {
    asOf: { ...text('As of'), ...AS_OF },
    population: text('Population', 'The population table shared by every indicator.'),
    populationVintage: { ...text('Population release', 'Which population release the table is, e.g. "ONS 2022-based SNPP".'), ...NAMED },
    areas: text('Area hierarchy', 'When given: every population area must be one of these ONS codes; totals roll up through the parents.'),
    indicators: text('Indicators', 'The measures to project, each with its own name.'),
    scenario: text('Scenario'),
  });

  // grossUpSelfFunders and growthBetween.
  const grossUp = shapeOf(GrossUpSelfFundersInputSchema);
  const rounding = inner(grossUp['rounding']);
  d(rounding, { id: 'DemandRounding', title: 'Rounding', description: 'How the published figures are rounded: decimal places and mode.' });
  f(rounding, {
    places: text('Decimal places', 'Decimal places kept, 0 to 6.'),
    mode: { title: 'Rounding mode', description: 'How the last kept place is chosen.', labels: ROUNDING_MODE_LABELS },
  });
  d(GrossUpSelfFundersInputSchema, { id: 'GrossUpSelfFundersInput', title: 'Self-funder gross-up', description: 'grossUpSelfFunders: council-funded people grossed up by the self-funder share of the total (Leicestershire MPS 2013 s.2.1).' });
  f(GrossUpSelfFundersInputSchema, {
    laFunded: { ...text('Council-funded people'), ...NON_NEGATIVE },
    selfFunderShare: { ...text('Self-funder share of the total'), ...SHARE_BELOW_ONE },
    rounding: text('Rounding'),
  });
  d(GrowthBetweenInputSchema, { id: 'GrowthBetweenInput', title: 'Growth between two figures', description: 'growthBetween: growth = (to − from) ÷ from, and the ratio from ÷ to that some tables label "% increase".' });
  f(GrowthBetweenInputSchema, {
    from: { ...text('From'), ...NON_NEGATIVE },
    to: { ...text('To'), ...NON_NEGATIVE },
    rounding: text('Rounding', 'Rounding of the percentages; 1 decimal place, half away from zero, by default.'),
  });

  // collapseAgeBands.
  const weights = shapeOf(CollapseWeightsSchema);
  d(CollapseWeightsSchema, { title: 'Reference population', description: 'The population that weights the bands being joined, e.g. England 2013 for 90-94 and 95+.' });
  f(CollapseWeightsSchema, {
    source: { ...text('Source'), ...NAMED },
    population: text('Bands to join', 'The contiguous bands to join, each with its people, by sex (at least two rows).'),
    places: text('Decimal places'),
  });
  const weightRow = item(weights['population']);
  d(weightRow, { title: 'Band weight', description: 'The people of one sex and age band in the reference population.' });
  f(weightRow, { people: { ...text('People'), ...NON_NEGATIVE } });
  d(CollapseAgeBandsInputSchema, { id: 'CollapseAgeBandsInput', title: 'Join age bands', description: 'collapseAgeBands(rates, weights) as one object: the rate set and the reference population.' });

  // projectCosts.
  d(CostVolumeRowSchema, { title: 'Volume', description: 'The volume of one service in one year.' });
  f(CostVolumeRowSchema, {
    service: { ...text('Service'), ...NAMED },
    year: text('Year'),
    quantity: { ...text('Quantity'), ...NON_NEGATIVE },
  });
  d(UnitCostRowSchema, { title: 'Unit cost', description: 'The cost of one unit of a service, at the prices of its price year.' });
  f(UnitCostRowSchema, {
    service: { ...text('Service'), ...NAMED },
    amount: { ...text('Amount (£)'), ...NON_NEGATIVE },
    priceYear: text('Price year'),
    unitsPerYear: { ...text('Units per year'), ...NON_NEGATIVE },
    source: { ...text('Source'), ...NAMED },
  });
  d(ProjectCostsOptionsSchema, { title: 'Cost options', description: 'The date the pack is applied as of, the yearly uplift and the price base.' });
  f(ProjectCostsOptionsSchema, {
    asOf: { ...text('As of'), ...AS_OF },
    upliftPerYear: { ...text('Uplift per year'), ...ABOVE_MINUS_ONE },
    priceBase: { title: 'Price base', labels: PRICE_BASE_LABELS },
  });
  d(ProjectCostsInputSchema, { id: 'ProjectCostsInput', title: 'Cost projection', description: 'projectCosts(volumes, unitCosts, options) as one object: volume × units per year × unit cost uplifted from its price year.' });
  f(ProjectCostsInputSchema, {
    volumes: text('Volumes', 'The volumes of each service in each year; every service needs a unit cost.'),
    unitCosts: text('Unit costs', 'One unit cost per service.'),
  });

  // projectCostsFromDemand.
  d(ServiceMixRowSchema, { title: 'Service', description: 'A service the projected people use: its share of them and its unit cost.' });
  f(ServiceMixRowSchema, {
    service: { ...text('Service'), ...NAMED },
    share: { ...text('Share of people'), ...SHARE_TO_ONE },
    unitCost: text('Unit cost', 'The cost of one unit of the service, at the prices of its price year.'),
  });
  const fromDemand = shapeOf(ProjectCostsFromDemandInputSchema);
  d(ProjectCostsFromDemandInputSchema, {
    id: 'ProjectCostsFromDemandInput',
    title: 'Costs of a projection',
    description: 'projectCostsFromDemand(projection, mix, options) as one object: the projected people (or packages) × each service\'s share × its unit cost.',
  });
  f(ProjectCostsFromDemandInputSchema, {
    mix: text('Service mix'),
    options: text('Options', 'The cost options and the volume basis.'),
  });
  f(fromDemand['options']!, { basis: { title: 'Volume basis', labels: VOLUME_BASIS_LABELS } });

  // A projection sent back (projectCostsFromDemand, wideTable).
  const outline = shapeOf(DemandProjectionOutlineSchema);
  d(DemandProjectionOutlineSchema, { id: 'DemandProjectionOutline', title: 'Demand projection (result)' });
  f(DemandProjectionOutlineSchema, {
    kind: text('Kind', 'Always "demand-projection".'),
    measure: text('Measure', 'What was projected.'),
    years: text('Years', 'The years projected.'),
    cells: text('Cells', 'Every cell in every year.'),
    totals: text('Totals', 'Totals per year.'),
  });
  const cell = item(outline['cells']);
  d(cell, { title: 'Cell', description: 'One projected cell: an area, sex and age band in one year.' });
  const cellShape = shapeOf(cell);
  f(cell, {
    year: text('Year', 'The year of the cell.'),
    area: text('Area', 'The area of the cell.'),
    sex: text('Sex', 'The sex of the cell.'),
    ageBand: text('Age band', 'The age band of the cell.'),
    population: text('Population'),
    people: text('People', 'People projected: the exact figure (and the rounded one).'),
  });
  const counted = cellShape['people']!;
  f(counted, { exact: text('Exact figure') });
  const total = item(outline['totals']);
  d(total, { title: 'Year total', description: 'The totals of one year over every cell.' });
  const totalShape = shapeOf(total);
  f(total, {
    year: text('Year', 'The year of the total.'),
    people: text('People', 'People: the exact sum of the cells and that sum rounded.'),
    packages: text('Packages', 'Care-package equivalents, when the living-alone lever was on.'),
    sharePercent: text('Share (%)', 'People as a percentage of the population, or null when it is 0.'),
  });
  f(totalShape['people']!, { rounded: text('Rounded figure', 'The exact figure rounded by the projection\'s count rule.') });
  const projectionRounding = shapeOf(outline['rounding']!);
  d(outline['rounding']!, { title: 'Rounding', description: 'The rounding rules of the published figures.' });
  d(projectionRounding['counts']!, { id: 'DemandProjectionRounding', title: 'Rounding rule', description: 'A rounding rule of the projection: decimal places and mode.' });
  f(projectionRounding['counts']!, {
    places: text('Decimal places', 'Decimal places kept, 0 to 20.'),
    mode: { title: 'Rounding mode', description: 'How the last kept place was chosen.', labels: ROUNDING_MODE_LABELS },
  });
  d(WideTableInputSchema, { id: 'WideTableInput', title: 'Wide table', description: 'wideTable(projection) as one object: the projection to lay out as POPPI does.' });

  // projectCareHomeStock.
  const stock = shapeOf(CareHomeStockInputSchema);
  d(CareHomeStockInputSchema, {
    id: 'CareHomeStockInput',
    title: 'Care-home stock-flow',
    description: 'The input of projectCareHomeStock: admissions × length of stay against bed capacity, with a waiting list (The Strategy Unit care-home-demand-simulator method).',
  });
  f(CareHomeStockInputSchema, {
    asOf: { ...text('As of'), ...AS_OF },
    population: text('Population'),
    admissionsPer10000: { ...text('Admissions per 10,000'), ...NON_NEGATIVE },
    meanLengthOfStayMonths: { ...text('Mean length of stay (months)'), ...POSITIVE },
    initialOccupied: { ...text('Beds occupied at the start'), ...NON_NEGATIVE },
    initialWaiting: { ...text('People waiting at the start'), ...NON_NEGATIVE },
    capacity: text('Bed capacity'),
    stepsPerYear: text('Steps per year'),
  });
  const stockPopulation = item(stock['population']);
  d(stockPopulation, { title: 'Population year', description: 'The population of one year.' });
  f(stockPopulation, { year: text('Year'), people: { ...text('People'), ...NON_NEGATIVE } });
  const capacity = item(stock['capacity']);
  d(capacity, { title: 'Capacity step', description: 'Beds available from a year until the next step.' });
  f(capacity, { fromYear: text('From year'), beds: { ...text('Beds'), ...NON_NEGATIVE } });

  // aggregatePopulation.
  d(AggregatePopulationOptionsSchema, { title: 'Bands wanted', description: 'The age bands (and sexes) the population is summed up to.' });
  f(AggregatePopulationOptionsSchema, {
    bands: text('Age bands'),
    sexes: text('Sexes'),
  });
  d(AggregatePopulationInputSchema, { id: 'AggregatePopulationInput', title: 'Population by band', description: 'aggregatePopulation(population, options) as one object: the rows and the bands wanted.' });
  f(AggregatePopulationInputSchema, {
    population: text('Population', 'The population table: one row per area, year, sex and age band.'),
  });

  // renderProjectionSvg.
  const chart = shapeOf(ProjectionChartSchema);
  d(ProjectionChartSchema, {
    id: 'ProjectionChart',
    title: 'Projection chart',
    description: 'The data of renderProjectionSvg: years, a central line, optional band and further lines, each with one value per year.',
    dependentRequired: { lower: ['upper'], upper: ['lower'] },
  });
  f(ProjectionChartSchema, {
    title: { ...text('Title'), ...NAMED },
    yLabel: { ...text('Vertical axis label'), ...NAMED },
    years: text('Years', 'The years of the horizontal axis, in increasing order.'),
    central: text('Central line'),
    centralLabel: { ...text('Central line label', 'The legend entry of the central line, e.g. "Mean".'), ...NAMED },
    point: text('Second line'),
    pointLabel: { ...text('Second line label', 'The legend entry of the second line.'), ...NAMED },
    lower: text('Band lower edge', 'Lower edge of the uncertainty band, one value per year; give both lower and upper, or neither.'),
    upper: text('Band upper edge', 'Upper edge of the uncertainty band, one value per year; give both lower and upper, or neither.'),
    bandLabel: { ...text('Band label', 'The legend entry of the band, e.g. "95% band".'), ...NAMED },
    series: text('Further lines'),
    width: text('Width', 'Width of the SVG in pixels, 320 to 2400.'),
    height: text('Height', 'Height of the SVG in pixels, 240 to 1600.'),
  });
  const line = item(chart['series']);
  d(line, { title: 'Line', description: 'A further line: its legend label and one value per year.' });
  f(line, {
    label: { ...text('Label', 'The legend entry of the line.'), ...NAMED },
    values: text('Values', 'One value per year, 0 or more.'),
  });
  return docs;
}

/**
 * The titles, descriptions, labels and JSON-Schema-only keywords of every demand input (a registry for
 * {@link adult-social-care-rules!toJsonSchema}); {@link demandJsonSchema} uses it, and so does
 * `asc-rules schema demand-…`.
 */
export const demandSchemaDocs: SchemaDocs = /* @__PURE__ */ build();

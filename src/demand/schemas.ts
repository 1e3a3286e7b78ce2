import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { DecimalInputSchema } from '../core/decimal.js';

/** Sex of a population or rate cell. `persons` is both sexes together (a table not split by sex). */
export const SexSchema = z.enum(['male', 'female', 'persons']).describe('male, female, or persons (both sexes together).');

/** What {@link SexSchema} accepts. */
export type Sex = z.output<typeof SexSchema>;

/**
 * An age band label: `"65-69"` (both ends inclusive, whole years), `"90+"` (open-ended) or `"67"` (a single
 * year of age, as in the ONS single-year-of-age tables).
 */
export const AgeBandSchema = z
  .string()
  .regex(/^\d{1,3}(-\d{1,3}|\+)?$/, { error: 'must be an age band such as "65-69", "90+" or a single year "67"' })
  .describe('An age band: "65-69" (inclusive), "90+" (open-ended) or "67" (one year of age).');

/**
 * A GSS area code as ONS publishes it (Government Statistical Service coding): a country letter (E, W, S, N,
 * or K for the UK and Great Britain groupings) and eight digits, the first two naming the entity (E06 unitary
 * authority, E07 non-metropolitan district, E08 metropolitan district, E09 London borough, E10 county, E12
 * region, E92 England). Checked by pattern only: whether the code is live is for the ONS register (Code
 * History Database) to say.
 */
export const OnsAreaCodeSchema = z
  .string()
  .regex(/^[EWSNK]\d{8}$/, { error: 'must be an ONS (GSS) area code: a letter E, W, S, N or K and 8 digits, e.g. "E10000018"' })
  .describe('ONS (GSS) area code, e.g. "E10000018" (Leicestershire).');

/** One area of a caller-supplied hierarchy: its ONS code, an optional name and an optional parent code. */
export const AreaSchema = z.strictObject({
  code: OnsAreaCodeSchema,
  name: z.string().trim().min(1).max(200).optional().describe('Area name, e.g. "Leicestershire".'),
  parent: OnsAreaCodeSchema.optional().describe('Code of the area this one rolls up into (district → county → region → England).'),
});

/** What {@link AreaSchema} accepts. */
export type AreaInput = z.input<typeof AreaSchema>;

const Name = z.string().trim().min(1).max(200);
const Year = z.int({ error: 'must be a whole year' }).min(1900).max(2200);

/** One cell of a population table (e.g. an ONS mid-year estimate or subnational projection). */
export const PopulationRowSchema = z.strictObject({
  /** Area name or ONS code, e.g. `"E10000018"` or `"Blaby"`. */
  area: Name.describe('Area name or ONS code.'),
  /** The year the population refers to (mid-year). */
  year: Year.describe('Year (mid-year) of the population figure.'),
  sex: SexSchema,
  ageBand: AgeBandSchema,
  /** People in the cell; 0 or more. */
  people: DecimalInputSchema.describe('People in the cell (0 or more).'),
});

/** What {@link PopulationRowSchema} accepts. */
export type PopulationRowInput = z.input<typeof PopulationRowSchema>;

/** How the numbers of a rate set are written. */
export const RateUnitSchema = z.enum(['proportion', 'percent', 'per-1000', 'per-100000']).describe('proportion (0.012), percent (1.2), per-1000 (12) or per-100000 (1200).');

/** What {@link RateUnitSchema} accepts. */
export type RateUnit = z.output<typeof RateUnitSchema>;

// The age band of a rate or a count: the same label, and it must start at the adult age (Care Act 2014 s.2(8));
// the function checks that against its pack, the JSON Schema against the default pack (src/demand/schemaDocs.ts).
const AdultAgeBandSchema = AgeBandSchema.describe('An age band of adults: "65-69" (inclusive), "90+" (open-ended) or "67"; it starts at 18 or over (Care Act 2014 s.2(8)).');

/** One rate of a rate set: for a sex and age band (and optionally a service or user group). */
export const RateRowSchema = z.strictObject({
  group: Name.optional().describe('Optional service line or user group, e.g. "Homecare".'),
  sex: SexSchema,
  ageBand: AdultAgeBandSchema,
  rate: DecimalInputSchema.describe('The point estimate, in the unit of the rate set.'),
  lower: DecimalInputSchema.optional().describe('Lower end of the confidence interval (same unit).'),
  upper: DecimalInputSchema.optional().describe('Upper end of the confidence interval (same unit).'),
});

/** What {@link RateRowSchema} accepts. */
export type RateRowInput = z.input<typeof RateRowSchema>;

/** What the interval of a rate set means, when its rates have one. */
export const IntervalLevelSchema = z.number().gt(0).lt(1).describe('Coverage of the confidence intervals, e.g. 0.95.');

/**
 * A published rate set: a rate per person by sex and age band, with its source and base year (e.g. the
 * CFAS II dementia prevalence rates), the POPPI/PANSI method.
 */
export const RateSetSchema = z.strictObject({
  kind: z.literal('rates'),
  name: Name.describe('What the rates measure, e.g. "Dementia prevalence (CFAS II)".'),
  source: Name.describe('Where the rates come from (publication, table).'),
  baseYear: Year.describe('The year the rates describe; growth is measured from it.'),
  unit: RateUnitSchema,
  intervalLevel: IntervalLevelSchema.optional(),
  rates: z.array(RateRowSchema).min(1),
});

/** What {@link RateSetSchema} accepts. */
export type RateSetInput = z.input<typeof RateSetSchema>;

/** One base-year service count, from which a local rate is derived. */
export const ServiceCountRowSchema = z.strictObject({
  area: Name.describe('Area name or ONS code, as in the population table.'),
  group: Name.optional().describe('Optional service line or user group.'),
  sex: SexSchema,
  ageBand: AdultAgeBandSchema,
  count: DecimalInputSchema.describe('People using the service in the base year (0 or more).'),
});

/** What {@link ServiceCountRowSchema} accepts. */
export type ServiceCountRowInput = z.input<typeof ServiceCountRowSchema>;

/**
 * Base-year service counts (e.g. RAP or SALT returns). Each count is divided by the base-year population
 * of its cell to give a local rate, which is then applied to the other years.
 */
export const ServiceCountsSchema = z.strictObject({
  kind: z.literal('service-counts'),
  name: Name.describe('What is counted, e.g. "65+ community-based services".'),
  source: Name.describe('Where the counts come from.'),
  baseYear: Year.describe('The year counted; each count is divided by the population of this year.'),
  counts: z.array(ServiceCountRowSchema).min(1),
});

/** What {@link ServiceCountsSchema} accepts. */
export type ServiceCountsInput = z.input<typeof ServiceCountsSchema>;

/** The share of people living alone in a cell (for the living-alone intensity lever). */
export const LivingAloneShareRowSchema = z.strictObject({
  sex: SexSchema,
  ageBand: AgeBandSchema,
  share: DecimalInputSchema.describe('Share of the cell living alone, 0 to 1.'),
});

/**
 * Scenario levers, applied in this order to each cell: (1) rate trend per year, (2) living-alone
 * intensity uplift, (3) prevention or reablement (share avoided or delayed). Self-funders are then added
 * to the yearly totals. A lever left out takes its value from the rule pack.
 */
export const ScenarioSchema = z.strictObject({
  leversFrom: z
    .enum(['first-year', 'base-year'])
    .optional()
    .describe('Where the trend compounds from and prevention starts: "first-year" (default) = the first year of the population table; "base-year" = the rates\' base year (the behaviour before version 2 of this schema).'),
  rateTrendPerYear: DecimalInputSchema.optional().describe('Compound change of every rate per year, e.g. -0.01; compounds from the first year of the projection (or the base year, see leversFrom).'),
  rateTrendFromYear: Year.optional().describe('First year the trend changes a rate; earlier years keep the base rate. Defaults to the year after the start (leversFrom).'),
  livingAlone: z
    .strictObject({
      source: Name.describe('Where the living-alone shares come from.'),
      shares: z.array(LivingAloneShareRowSchema).min(1),
      intensityUplift: DecimalInputSchema.optional().describe('Package intensity increase when living alone; defaults to the pack.'),
    })
    .optional(),
  prevention: z
    .strictObject({
      shareAvoided: DecimalInputSchema.optional().describe('Share of demand avoided or delayed beyond the year, in [0, 1); defaults to the pack.'),
      fromYear: Year.optional().describe('First year the effect applies; defaults to the year after the start (the first year of the projection, or the base year: see leversFrom).'),
    })
    .optional(),
  selfFunders: z
    .strictObject({
      share: DecimalInputSchema.optional().describe('Self-funders as a share of the TOTAL, in [0, 1); defaults to the pack.'),
    })
    .optional(),
});

/** What {@link ScenarioSchema} accepts. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** The input of {@link projectDemand} (and of {@link simulateDemand}). */
export const ProjectDemandInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the rule pack is applied as of (the caller\'s date); the default pack is in force from 2015-04-01.'),
  measure: Name.describe('What is projected, e.g. "People aged 65+ with dementia".'),
  population: z.array(PopulationRowSchema).min(1),
  populationVintage: Name.optional().describe('Which population release the table is, e.g. "ONS 2022-based SNPP (migration category variant)"; carried into the result and CSV headers.'),
  areas: z.array(AreaSchema).min(1).optional().describe('When given: every population area must be one of these ONS codes; names are reported and totals roll up through the parents.'),
  rates: z.discriminatedUnion('kind', [RateSetSchema, ServiceCountsSchema]),
  scenario: ScenarioSchema.optional(),
});

/** What {@link ProjectDemandInputSchema} accepts. */
export type ProjectDemandInput = z.input<typeof ProjectDemandInputSchema>;

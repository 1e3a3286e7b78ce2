// The inputs of the demand functions that take several arguments, each as one object: the body the service's
// endpoint takes and the schema `demandJsonSchema` and `asc-rules schema` write, so a form or an API client
// sends one document per call. src/server/bodies.ts names them for its routes.
import * as z from 'zod';
import { ROUNDING_MODES, type RoundingMode } from '../core/decimal.js';
import { CompareScenariosOptionsSchema } from './compare.js';
import { ProjectCostsOptionsSchema, ServiceMixRowSchema } from './projectCosts.js';
import { ProjectDemandInputSchema } from './schemas.js';
import { SimulateOptionsSchema } from './simulateDemand.js';

// A figure of a projection sent back: a decimal string of 0 or more, as projectDemand writes it (its decimal.js
// writes no exponent above 1e-40). wideTable adds the figures up and projectCostsFromDemand multiplies them
// into volumes, which projectCosts refuses below 0, so a negative figure is refused here, where it is; and a
// projection has at least one year (its population has a row), without which there is nothing to cost.
const Figure = z.string().regex(/^(?:-0(?:\.0+)?|(?:0|[1-9]\d*)(?:\.\d+)?)$/, { error: 'must be a decimal number of 0 or more written as a string, e.g. "12.50"' });
// A year of a projection is a year of its population table (1900 to 2200), which projectCosts also takes.
const Year = z.int().min(1900).max(2200);
const Counted = z.looseObject({ exact: Figure.describe('The unrounded figure, as projectDemand wrote it.') });
const Rounding = z.looseObject({ places: z.int().min(0).max(20), mode: z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]) });

/**
 * A demand projection sent back to the library: the answer of {@link projectDemand} as it is, checked for the
 * parts {@link wideTable} and {@link projectCostsFromDemand} read (other fields pass through).
 */
export const DemandProjectionOutlineSchema = z
  .looseObject({
    kind: z.literal('demand-projection'),
    measure: z.string(),
    years: z.array(Year).min(1),
    cells: z.array(z.looseObject({ year: Year.describe('The year of the cell.'), area: z.string(), sex: z.string(), ageBand: z.string(), population: Figure.describe('The population of the cell, as projectDemand wrote it.'), people: Counted })).min(1),
    totals: z.array(z.looseObject({ year: Year.describe('The year of the total.'), people: Counted.extend({ rounded: z.string() }), packages: Counted.optional(), sharePercent: z.string().nullable() })).min(1),
    rounding: z.looseObject({ counts: Rounding, percentages: Rounding }),
  })
  .describe('A result of projectDemand: the answer of POST /demand/project, as it is.');

/** What {@link DemandProjectionOutlineSchema} accepts. */
export type DemandProjectionOutline = z.input<typeof DemandProjectionOutlineSchema>;

/** `simulateDemand(input, options)` as one object: the projection input and the Monte Carlo options. */
export const SimulateDemandInputSchema = z.strictObject({ input: ProjectDemandInputSchema, options: SimulateOptionsSchema });

/** What {@link SimulateDemandInputSchema} accepts. */
export type SimulateDemandInput = z.input<typeof SimulateDemandInputSchema>;

/** `compareScenarios(input, options)` as one object: the baseline input and the variants. */
export const CompareScenariosInputSchema = z.strictObject({ input: ProjectDemandInputSchema, options: CompareScenariosOptionsSchema });

/** What {@link CompareScenariosInputSchema} accepts. */
export type CompareScenariosInput = z.input<typeof CompareScenariosInputSchema>;

/** `projectCostsFromDemand(projection, mix, options)` as one object. */
export const ProjectCostsFromDemandInputSchema = z.strictObject({
  projection: DemandProjectionOutlineSchema,
  mix: z.array(ServiceMixRowSchema).min(1).describe('The services, each with its share of the projected people and its unit cost.'),
  options: ProjectCostsOptionsSchema.extend({
    basis: z.enum(['people', 'packages']).optional().describe('people (default) or packages: the living-alone package equivalents.'),
  }),
});

/** What {@link ProjectCostsFromDemandInputSchema} accepts. */
export type ProjectCostsFromDemandInput = z.input<typeof ProjectCostsFromDemandInputSchema>;

/** `wideTable(projection)` as one object. */
export const WideTableInputSchema = z.strictObject({ projection: DemandProjectionOutlineSchema });

/** What {@link WideTableInputSchema} accepts. */
export type WideTableInput = z.input<typeof WideTableInputSchema>;

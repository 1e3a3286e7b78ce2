import * as z from 'zod';
import { ROUNDING_MODES, type RoundingMode } from '../core/decimal.js';
import {
  AggregatePopulationOptionsSchema,
  CompareScenariosOptionsSchema,
  PopulationRowSchema,
  ProjectCostsOptionsSchema,
  ProjectDemandInputSchema,
  ServiceMixRowSchema,
} from '../demand/index.js';
import { RiskDecisionRecordSchema, RiskRecommendationSchema } from '../risk/index.js';

// The request bodies of the endpoints whose function takes several arguments, named so that `asc-rules schema`
// prints the very schema the OpenAPI document describes (src/cli/schemas.ts imports them from here, not from
// the route table, so the CLI does not compute the table's examples at start-up).

/** The body of `POST /risk/confirm` (`confirmRiskDecision(recommendation, record)`); `asc-rules schema risk-confirm-input`. */
export const ConfirmRiskDecisionBodySchema = z.strictObject({
  recommendation: RiskRecommendationSchema.describe('The recommendation decided on: the answer of POST /risk/review as it is.'),
  record: RiskDecisionRecordSchema,
});

// A demand projection sent back to the service. projectCostsFromDemand and wideTable check only its outline,
// and a figure that is not a decimal (or a negative number of places) reaches decimal.js and throws a raw
// error, which the service would answer 500; so the service checks the figures they read before calling them.
// decimal.js writes a very small or very large exact figure with an exponent ("1.2e-8"), so that form is taken too.
const DecimalFigure = z.string().regex(/^-?(0|[1-9]\d*)(\.\d+)?(e[+-]?\d+)?$/, { error: 'must be a decimal number written as a string' });
const Figure = z.looseObject({ exact: DecimalFigure });
const Rounding = z.looseObject({ places: z.int().min(0).max(20), mode: z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]) });

/** A demand projection in a body: the answer of `POST /demand/project`, as it is. */
export const DemandProjectionBodySchema = z
  .looseObject({
    kind: z.literal('demand-projection'),
    measure: z.string(),
    years: z.array(z.int()),
    cells: z.array(z.looseObject({ year: z.int(), sex: z.string(), ageBand: z.string(), population: DecimalFigure, people: Figure })),
    totals: z.array(z.looseObject({ year: z.int(), people: Figure.extend({ rounded: z.string() }), packages: Figure.optional(), sharePercent: z.string().nullable() })),
    rounding: z.looseObject({ counts: Rounding, percentages: Rounding }),
  })
  .describe('A result of projectDemand: the answer of POST /demand/project, as it is.');

/** The body of `POST /demand/compare-scenarios` (`compareScenarios(input, options)`); `asc-rules schema demand-compare-scenarios`. */
export const CompareScenariosBodySchema = z.strictObject({ input: ProjectDemandInputSchema, options: CompareScenariosOptionsSchema });

/** The body of `POST /demand/costs-from-demand` (`projectCostsFromDemand(projection, mix, options)`); `asc-rules schema demand-costs-from-demand`. */
export const CostsFromDemandBodySchema = z.strictObject({
  projection: DemandProjectionBodySchema,
  mix: z.array(ServiceMixRowSchema).min(1).describe('The services, each with its share of the projected people and its unit cost.'),
  options: ProjectCostsOptionsSchema.extend({
    basis: z.enum(['people', 'packages']).optional().describe('people (default) or packages: the living-alone package equivalents.'),
  }),
});

/** The body of `POST /demand/population` (`aggregatePopulation(population, options)`); `asc-rules schema demand-population`. */
export const AggregatePopulationBodySchema = z.strictObject({ population: z.array(PopulationRowSchema).min(1), options: AggregatePopulationOptionsSchema });

/** The body of `POST /demand/wide-table` (`wideTable(projection)`); `asc-rules schema demand-wide-table`. */
export const WideTableBodySchema = z.strictObject({ projection: DemandProjectionBodySchema });

/** A demand projection as sent in a body. */
export type DemandProjectionBody = z.input<typeof DemandProjectionBodySchema>;

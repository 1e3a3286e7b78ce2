import type * as z from 'zod';
import {
  AggregatePopulationInputSchema,
  CompareScenariosInputSchema,
  DemandProjectionOutlineSchema,
  ProjectCostsFromDemandInputSchema,
  WideTableInputSchema,
} from '../demand/index.js';
import { ConfirmRiskDecisionInputSchema } from '../risk/index.js';

// The request bodies of the endpoints whose function takes several arguments, named so that `asc-rules schema`
// prints the very schema the OpenAPI document describes (src/cli/schemas.ts imports them from here, not from
// the route table, so the CLI does not compute the table's examples at start-up).

/**
 * The body of `POST /risk/confirm` (`confirmRiskDecision(recommendation, record)`); `asc-rules schema
 * risk-confirm-input`: the risk area's one-object input, so the document carries its words and the QPSG referral
 * rule of para 1.19 (`if`/`then`), as `riskJsonSchema('confirm')` does.
 */
export const ConfirmRiskDecisionBodySchema = ConfirmRiskDecisionInputSchema;

// The demand bodies are the demand area's one-object inputs (src/demand/inputs.ts), so that the OpenAPI
// document, `asc-rules schema` and `demandJsonSchema` describe one schema, with the area's docs registry
// (titles, labels and the rules on one value). A projection sent back is checked for the figures
// projectCostsFromDemand and wideTable read before they are called.

/** A demand projection in a body: the answer of `POST /demand/project`, as it is. */
export const DemandProjectionBodySchema = DemandProjectionOutlineSchema;

/** The body of `POST /demand/compare-scenarios` (`compareScenarios(input, options)`); `asc-rules schema demand-compare-scenarios`. */
export const CompareScenariosBodySchema = CompareScenariosInputSchema;

/** The body of `POST /demand/costs-from-demand` (`projectCostsFromDemand(projection, mix, options)`); `asc-rules schema demand-costs-from-demand`. */
export const CostsFromDemandBodySchema = ProjectCostsFromDemandInputSchema;

/** The body of `POST /demand/population` (`aggregatePopulation(population, options)`); `asc-rules schema demand-population`. */
export const AggregatePopulationBodySchema = AggregatePopulationInputSchema;

/** The body of `POST /demand/wide-table` (`wideTable(projection)`); `asc-rules schema demand-wide-table`. */
export const WideTableBodySchema = WideTableInputSchema;

/** A demand projection as sent in a body. */
export type DemandProjectionBody = z.input<typeof DemandProjectionBodySchema>;

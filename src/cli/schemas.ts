import type * as z from 'zod';
import { RulePackSourceSchema } from '../core/rulePack.js';
import { CareHomeStockInputSchema, ProjectCostsInputSchema, ProjectDemandInputSchema, ProjectionChartSchema } from '../demand/index.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points.
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
  'demand-project': { schema: ProjectDemandInputSchema, summary: 'input of asc-rules demand project|simulate (population, rates or counts, scenario)' },
  'demand-costs': { schema: ProjectCostsInputSchema, summary: 'volumes, unit costs and options of projectCosts' },
  'demand-care-home-stock': { schema: CareHomeStockInputSchema, summary: 'input of projectCareHomeStock (stock-flow of care-home beds)' },
  'demand-chart': { schema: ProjectionChartSchema, summary: 'data of renderProjectionSvg (a projection chart)' },
};

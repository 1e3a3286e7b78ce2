import type * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import { toJsonSchema, type JsonSchema } from '../core/jsonSchema.js';
import { CareHomeStockInputSchema } from './careHomeStock.js';
import { ProjectionChartSchema } from './chart.js';
import { CollapseAgeBandsInputSchema } from './collapseAgeBands.js';
import { ProjectIndicatorsInputSchema } from './indicators.js';
import { CompareScenariosInputSchema, ProjectCostsFromDemandInputSchema, SimulateDemandInputSchema, WideTableInputSchema } from './inputs.js';
import { AggregatePopulationInputSchema } from './population.js';
import { ProjectCostsInputSchema } from './projectCosts.js';
import { demandSchemaDocs } from './schemaDocs.js';
import { ProjectDemandInputSchema } from './schemas.js';
import { GrossUpSelfFundersInputSchema, GrowthBetweenInputSchema } from './selfFunders.js';

/**
 * The inputs of the demand area, one per entry point that takes input (a function of several arguments takes
 * them as one object, the body of its service endpoint). `asc-rules schema demand-<name>` prints the same.
 */
export const DEMAND_INPUTS = [
  'project',
  'simulate',
  'compare-scenarios',
  'indicators',
  'costs',
  'costs-from-demand',
  'care-home-stock',
  'self-funders',
  'growth',
  'collapse-age-bands',
  'population',
  'wide-table',
  'chart',
] as const;

/** One of {@link DEMAND_INPUTS}. */
export type DemandInputName = (typeof DEMAND_INPUTS)[number];

const SCHEMAS: Readonly<Record<DemandInputName, z.ZodType>> = {
  project: ProjectDemandInputSchema,
  simulate: SimulateDemandInputSchema,
  'compare-scenarios': CompareScenariosInputSchema,
  indicators: ProjectIndicatorsInputSchema,
  costs: ProjectCostsInputSchema,
  'costs-from-demand': ProjectCostsFromDemandInputSchema,
  'care-home-stock': CareHomeStockInputSchema,
  'self-funders': GrossUpSelfFundersInputSchema,
  growth: GrowthBetweenInputSchema,
  'collapse-age-bands': CollapseAgeBandsInputSchema,
  population: AggregatePopulationInputSchema,
  'wide-table': WideTableInputSchema,
  chart: ProjectionChartSchema,
};

/**
 * The JSON Schema (draft 2020-12) of an input of this area, for building forms and validating API requests:
 * every field with a title and a description, labelled choices, the rules on one value the function checks
 * (figures of 0 or more, shares below 1, rates no more than 100% of their cell, adult age bands, the first
 * date in force), and a stable `$id`. The rules that compare values with each other are listed in
 * `docs/schemas.md`.
 *
 * @param name - `project` ({@link projectDemand}), `simulate` ({@link simulateDemand}: `{ input, options }`),
 *   `compare-scenarios` ({@link compareScenarios}: `{ input, options }`), `indicators` ({@link projectIndicators}),
 *   `costs` ({@link projectCosts}: `{ volumes, unitCosts, options }`), `costs-from-demand`
 *   ({@link projectCostsFromDemand}: `{ projection, mix, options }`), `care-home-stock`
 *   ({@link projectCareHomeStock}), `self-funders` ({@link grossUpSelfFunders}), `growth` ({@link growthBetween}),
 *   `collapse-age-bands` ({@link collapseAgeBands}: `{ rates, weights }`), `population`
 *   ({@link aggregatePopulation}: `{ population, options }`), `wide-table` ({@link wideTable}: `{ projection }`)
 *   or `chart` ({@link renderProjectionSvg})
 * @returns the JSON Schema document
 * @throws {@link adult-social-care-rules!RulesError} for an unknown name (path `name`)
 *
 * @example
 * ```ts
 * import { demandJsonSchema } from 'adult-social-care-rules/demand';
 *
 * const schema = demandJsonSchema('project');
 * schema.$id; //=> 'urn:adult-social-care-rules:schema:ProjectDemandInput'
 * schema.required; //=> ['asOf', 'measure', 'population', 'rates']
 * ```
 */
export function demandJsonSchema(name: DemandInputName): JsonSchema {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new RulesError('demandJsonSchema', [_issue('invalid_value', ['name'], `must be one of: ${DEMAND_INPUTS.join(', ')}`)]);
  }
  return toJsonSchema(SCHEMAS[name], demandSchemaDocs);
}

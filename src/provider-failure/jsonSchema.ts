import type * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import { toJsonSchema, type JsonSchema } from '../core/jsonSchema.js';
import { providerFailureSchemaDocs } from './schemaDocs.js';
import { AffectedPersonSchema, ContinuityContextSchema, MarketOversightMetricsSchema, ResponsePlanInputSchema, TemporaryDutyInputSchema } from './schemas.js';

/**
 * The inputs of the provider-failure area, by the name `asc-rules schema provider-failure-<name>` also uses:
 * one per input of an entry point (determineContinuityBasis takes two, the person and the context).
 */
export const PROVIDER_FAILURE_INPUTS = ['temporary-duty', 'person', 'context', 'response-plan', 'market-oversight'] as const;

/** One of {@link PROVIDER_FAILURE_INPUTS}. */
export type ProviderFailureInputName = (typeof PROVIDER_FAILURE_INPUTS)[number];

const SCHEMAS: Readonly<Record<ProviderFailureInputName, z.ZodType>> = {
  'temporary-duty': TemporaryDutyInputSchema,
  person: AffectedPersonSchema,
  context: ContinuityContextSchema,
  'response-plan': ResponsePlanInputSchema,
  'market-oversight': MarketOversightMetricsSchema,
};

/**
 * The JSON Schema (draft 2020-12) of an input of this area, for building forms and validating API requests:
 * every field with a title and a description, enum values with their labels, a stable `$id`, and the rules a
 * JSON Schema can state (required-when as `if`/`then`, each authority once as `uniqueItems`, the first date the
 * law is in force as `formatMinimum`). The rules that compare two values (a date with `asOf`, a closure with the
 * notification) are the function's alone; `docs/schemas.md` lists them.
 *
 * @param name - `temporary-duty` ({@link assessTemporaryDuty}), `person` and `context` (the two inputs of
 *   {@link determineContinuityBasis}), `response-plan` ({@link planProviderFailureResponse}) or
 *   `market-oversight` ({@link isMarketOversightProvider})
 * @returns the JSON Schema document
 * @throws {@link adult-social-care-rules!RulesError} for an unknown name
 *
 * @example
 * ```ts
 * import { providerFailureJsonSchema } from 'adult-social-care-rules/provider-failure';
 *
 * const schema = providerFailureJsonSchema('temporary-duty');
 * schema.$id; //=> 'urn:adult-social-care-rules:schema:ProviderFailureTemporaryDutyInput'
 * ```
 */
export function providerFailureJsonSchema(name: ProviderFailureInputName): JsonSchema {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new RulesError('providerFailureJsonSchema', [_issue('invalid_value', ['name'], `must be one of: ${PROVIDER_FAILURE_INPUTS.join(', ')}`)]);
  }
  return toJsonSchema(SCHEMAS[name], providerFailureSchemaDocs);
}

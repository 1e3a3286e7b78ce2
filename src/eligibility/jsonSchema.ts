import type * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import { toJsonSchema, type JsonSchema } from '../core/jsonSchema.js';
import { eligibilitySchemaDocs } from './schemaDocs.js';
import { AdultEligibilityInputSchema, CarerEligibilityInputSchema, DutyInputSchema } from './schemas.js';
import { WrittenRecordInputSchema } from './writtenRecord.js';

/** The inputs of the eligibility area, by the name `asc-rules schema eligibility-<name>` also uses. */
export const ELIGIBILITY_INPUTS = ['adult', 'carer', 'duty', 'record'] as const;

/** One of {@link ELIGIBILITY_INPUTS}. */
export type EligibilityInputName = (typeof ELIGIBILITY_INPUTS)[number];

const SCHEMAS: Readonly<Record<EligibilityInputName, z.ZodType>> = {
  adult: AdultEligibilityInputSchema,
  carer: CarerEligibilityInputSchema,
  duty: DutyInputSchema,
  record: WrittenRecordInputSchema,
};

/**
 * The JSON Schema (draft 2020-12) of an input of this area, with the description and citation of every
 * field, for building assessment forms and validating API requests.
 *
 * @param name - `adult` ({@link determineAdultEligibility}), `carer` ({@link determineCarerEligibility}),
 *   `duty` ({@link assessDutyToMeetNeeds}) or `record` ({@link writtenRecord})
 * @returns the JSON Schema document
 * @throws {@link adult-social-care-rules!RulesError} for an unknown name
 *
 * @example
 * ```ts
 * import { eligibilityJsonSchema } from 'adult-social-care-rules/eligibility';
 *
 * const schema = eligibilityJsonSchema('adult');
 * schema.required; //=> ['asOf']
 * ```
 */
export function eligibilityJsonSchema(name: EligibilityInputName): JsonSchema {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new RulesError('eligibilityJsonSchema', [_issue('invalid_value', ['name'], `must be one of ${ELIGIBILITY_INPUTS.join(', ')}`)]);
  }
  return toJsonSchema(SCHEMAS[name], eligibilitySchemaDocs);
}

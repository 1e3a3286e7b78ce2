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
 * The JSON Schema (draft 2020-12) of an input of this area, for building assessment forms and validating API
 * requests: a stable `$id` (`urn:adult-social-care-rules:schema:AdultEligibilityInput`, `CarerEligibilityInput`,
 * `DutyToMeetNeedsInput`, `WrittenRecordInput`), a title and a cited description on every field, the labels of
 * the area's tables on every closed list, shared parts in `$defs`, and the rules the function checks after its
 * schema where JSON Schema can express them (the first date in force as ajv-formats' `formatMinimum`). The few
 * cross-field rules it cannot express (the dates of a fluctuating period) are listed in `docs/schemas.md`.
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
 * schema.$id; //=> 'urn:adult-social-care-rules:schema:AdultEligibilityInput'
 * schema.required; //=> ['asOf']
 * ```
 */
export function eligibilityJsonSchema(name: EligibilityInputName): JsonSchema {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new RulesError('eligibilityJsonSchema', [_issue('invalid_value', ['name'], `must be one of ${ELIGIBILITY_INPUTS.join(', ')}`)]);
  }
  return toJsonSchema(SCHEMAS[name], eligibilitySchemaDocs);
}

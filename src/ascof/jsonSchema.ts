import type * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import { toJsonSchema, type JsonSchema } from '../core/jsonSchema.js';
import { CldEventSchema, DeriveAscofFromCldOptionsSchema, HospitalDischargeSchema } from './cld/schema.js';
import { SyntheticCldOptionsSchema } from './cld/synthetic.js';
import { CompareToBenchmarkInputSchema, ScoreCarerSurveyInputSchema, ScoreUserSurveyInputSchema } from './inputs.js';
import { ComplaintsInputSchema } from './kpi/complaints.js';
import { FeeRatesInputSchema } from './kpi/feeRates.js';
import { LocalKpiInputSchema } from './kpi/localKpi.js';
import { ProviderQualityInputSchema } from './kpi/providerQuality.js';
import { RepresentationInputSchema } from './kpi/representation.js';
import { ShortTermSupportInputSchema } from './kpi/shortTermSupport.js';
import { WaitingTimeInputSchema } from './kpi/waitingTime.js';
import { ascofSchemaDocs } from './schemaDocs.js';
import { AscofMeasureInputSchema } from './schemas.js';

/**
 * The inputs of the ascof area, one per entry point. An entry that takes several arguments is described as
 * one object keyed by its arguments' names (`user-survey`: `{ responses, options }`), so an issue's path is
 * the same in the form as in the function's error; `measure` is `{ code, counts, year, disaggregation }`.
 */
export const ASCOF_INPUTS = [
  'measure',
  'user-survey',
  'carer-survey',
  'short-term-support',
  'provider-quality',
  'complaints',
  'fee-rates',
  'representation',
  'waiting-time',
  'local-kpi',
  'benchmark',
  'cld-event',
  'cld-options',
  'cld-discharge',
  'synthetic-cld',
] as const;

/** One of {@link ASCOF_INPUTS}. */
export type AscofInputName = (typeof ASCOF_INPUTS)[number];

const SCHEMAS: Readonly<Record<AscofInputName, z.ZodType>> = {
  measure: AscofMeasureInputSchema,
  'user-survey': ScoreUserSurveyInputSchema,
  'carer-survey': ScoreCarerSurveyInputSchema,
  'short-term-support': ShortTermSupportInputSchema,
  'provider-quality': ProviderQualityInputSchema,
  complaints: ComplaintsInputSchema,
  'fee-rates': FeeRatesInputSchema,
  representation: RepresentationInputSchema,
  'waiting-time': WaitingTimeInputSchema,
  'local-kpi': LocalKpiInputSchema,
  benchmark: CompareToBenchmarkInputSchema,
  'cld-event': CldEventSchema,
  'cld-options': DeriveAscofFromCldOptionsSchema,
  'cld-discharge': HospitalDischargeSchema,
  'synthetic-cld': SyntheticCldOptionsSchema,
};

/**
 * The JSON Schema (draft 2020-12) of an input of this area, for forms and API requests: every field with a
 * title and a description, the CLD defined lists and other closed lists with labels, a stable `$id`, and
 * every rule a JSON Schema can say (counts of zero or more, the ASCOF year's consecutive years, required-when
 * rules, the first date the default pack is in force as `formatMinimum`). The cross-field rules it cannot say
 * are listed in docs/schemas.md; the function checks them after the schema.
 *
 * @param name - `measure` ({@link calculateAscofMeasure}), `user-survey` ({@link scoreUserSurvey}),
 *   `carer-survey` ({@link scoreCarerSurvey}), the local KPIs `short-term-support`, `provider-quality`,
 *   `complaints`, `fee-rates`, `representation`, `waiting-time` and `local-kpi` ({@link calculateLocalKpi}),
 *   `benchmark` ({@link compareToBenchmark}), `cld-event` (a row of {@link deriveAscofFromCld}, see
 *   {@link parseCldEvent}), `cld-options` and `cld-discharge` (its options and one hospital discharge) or
 *   `synthetic-cld` ({@link generateSyntheticCld})
 * @returns the JSON Schema document
 * @throws {@link adult-social-care-rules!RulesError} for an unknown name
 *
 * @example
 * ```ts
 * import { ascofJsonSchema } from 'adult-social-care-rules/ascof';
 *
 * const schema = ascofJsonSchema('cld-event');
 * schema.$id; //=> 'urn:adult-social-care-rules:schema:CldEvent'
 * schema.required; //=> ['Client_Type', 'Event_Type', 'Event_Start_Date']
 * ```
 */
export function ascofJsonSchema(name: AscofInputName): JsonSchema {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new RulesError('ascofJsonSchema', [_issue('invalid_value', ['name'], `must be one of ${ASCOF_INPUTS.join(', ')}`)]);
  }
  return toJsonSchema(SCHEMAS[name], ascofSchemaDocs);
}

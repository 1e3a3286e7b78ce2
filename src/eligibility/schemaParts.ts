// The building blocks shared by the adult and the carer input schemas (SI 2015/313 reg 2 and reg 3). Their
// titles and descriptions live in schemaDocs.ts, so a page that only determines eligibility does not carry them.
import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { WELLBEING_AREAS } from './outcomes.js';

/** An object with one optional field per outcome: a missing field means "not assessed", never "able". */
export function perOutcome<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) {
  const shape = Object.fromEntries(keys.map((k) => [k, schema.optional()])) as { [P in K]: z.ZodOptional<S> };
  return z.strictObject(shape);
}

/** Condition (c): the practitioner's judgement of the impact on well-being (SI 2015/313 reg 2(1)(c), 3(1)(c)). */
export const WellbeingJudgementSchema = z.strictObject({
  significantImpact: z.boolean(),
  likelihood: z.enum(['is', 'is-likely']).optional(),
  areas: z.array(z.enum(WELLBEING_AREAS)),
});

/** Condition (c) as recorded. */
export type WellbeingJudgement = z.input<typeof WellbeingJudgementSchema>;

/** Dated observations of a fluctuating need over a period (reg 2(4), 3(4)). */
export function fluctuatingSchema<S extends z.ZodType>(observations: S) {
  // Each date field is its own copy of the date schema, so that each can carry its own title (schemaDocs.ts).
  return z.strictObject({
    periodFrom: IsoDateSchema.clone(),
    periodTo: IsoDateSchema.clone(),
    observations: z.array(z.strictObject({ date: IsoDateSchema.clone(), outcomes: observations })).min(1),
  });
}

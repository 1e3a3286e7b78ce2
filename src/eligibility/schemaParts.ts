// The building blocks shared by the adult and the carer input schemas (SI 2015/313 reg 2 and reg 3).
import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { WELLBEING_AREAS } from './outcomes.js';

/** An object with one optional field per outcome: a missing field means "not assessed", never "able". */
export function perOutcome<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S, what: string) {
  const shape = Object.fromEntries(keys.map((k) => [k, schema.optional()])) as { [P in K]: z.ZodOptional<S> };
  return z.strictObject(shape).describe(what);
}

/** The description of `needsPrompting`. */
export const PROMPTING_DESCRIPTION = 'The person needs prompting or reminding: statutory guidance counts this as being unable without assistance (limb (a)).';

/** Condition (c): the practitioner's judgement of the impact on well-being (SI 2015/313 reg 2(1)(c), 3(1)(c)). */
export const WellbeingJudgementSchema = z.strictObject({
  significantImpact: z.boolean().describe('The practitioner judges that there is, or is likely to be, a significant impact on well-being ("significant" in its everyday meaning).'),
  likelihood: z.enum(['is', 'is-likely']).optional().describe('Whether the significant impact already is, or is likely to be.'),
  areas: z.array(z.enum(WELLBEING_AREAS)).describe('The Care Act 2014 s.1(2) areas of well-being affected. A significant impact must name at least one.'),
});

/** Condition (c) as recorded. */
export type WellbeingJudgement = z.input<typeof WellbeingJudgementSchema>;

/** Dated observations of a fluctuating need over a period (reg 2(4), 3(4)). */
export function fluctuatingSchema<S extends z.ZodType>(observations: S, who: string) {
  return z
    .strictObject({
      periodFrom: IsoDateSchema.describe('First day of the period the council considered necessary to establish the level of need.'),
      periodTo: IsoDateSchema.describe('Last day of that period (inclusive), on or before asOf.'),
      observations: z
        .array(
          z.strictObject({
            date: IsoDateSchema.describe('The day observed, inside the period.'),
            outcomes: observations,
          }),
        )
        .min(1)
        .describe('Dated observations; an outcome missing from an observation was not observed that day.'),
    })
    .describe(`Fluctuating needs (${who}): dated observations over the period used.`);
}


import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS } from './outcomes.js';
import { PROMPTING_DESCRIPTION, WellbeingJudgementSchema, fluctuatingSchema, perOutcome } from './schemaParts.js';

export { WellbeingJudgementSchema, type WellbeingJudgement } from './schemaParts.js';
export { CarerOutcomeAssessmentSchema, CarerEligibilityInputSchema, type CarerOutcomeAssessment, type CarerEligibilityInput } from './carerSchemas.js';

const AdultLimbSchema = z.enum(ADULT_UNABLE_LIMBS, { error: 'must be one of the four limbs of SI 2015/313 reg 2(3)' });

const ADULT_LIMBS_DESCRIPTION =
  'The reg 2(3) limbs that apply: unableWithoutAssistance (a), significantPainDistressAnxiety (b), endangersHealthOrSafety (c), takesSignificantlyLonger (d). An empty list records that the adult is able to achieve the outcome.';

/** The assessment of one adult outcome (SI 2015/313 reg 2(2), 2(3)). */
export const AdultOutcomeAssessmentSchema = z.strictObject({
  unableToAchieve: z.array(AdultLimbSchema).describe(ADULT_LIMBS_DESCRIPTION),
  needsPrompting: z.boolean().optional().describe(PROMPTING_DESCRIPTION),
  metByCarer: z
    .boolean()
    .optional()
    .describe('A carer currently meets this need. Recorded for the duty (Care Act 2014 s.18); it never changes eligibility.'),
});

/** The assessment of one adult outcome. */
export type AdultOutcomeAssessment = z.input<typeof AdultOutcomeAssessmentSchema>;

/** One observation of an adult outcome on a given day (for fluctuating needs). */
export const AdultOutcomeObservationSchema = z.strictObject({
  unableToAchieve: z.array(AdultLimbSchema).describe(ADULT_LIMBS_DESCRIPTION),
  needsPrompting: z.boolean().optional().describe(PROMPTING_DESCRIPTION),
});

/** The input of {@link determineAdultEligibility}: an adult's needs assessment mapped onto SI 2015/313 reg 2. */
export const AdultEligibilityInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date of the determination (the rules in force that day apply).'),
  caseRef: z.string().min(1).max(100).optional().describe('The council\'s own case reference, copied to the result and the written record.'),
  needsArisingFromImpairmentOrIllness: z
    .boolean()
    .optional()
    .describe('Condition (a), reg 2(1)(a): the needs arise from or are related to a physical or mental impairment or illness.'),
  impairmentOrIllness: z
    .array(z.enum(['physical-impairment', 'mental-impairment', 'physical-illness', 'mental-illness']))
    .optional()
    .describe('Which kinds of impairment or illness the needs arise from (recorded; no diagnosis is required).'),
  outcomes: perOutcome(ADULT_OUTCOMES, AdultOutcomeAssessmentSchema, 'The ten reg 2(2) outcomes; an outcome left out is "not assessed".').optional(),
  fluctuating: fluctuatingSchema(perOutcome(ADULT_OUTCOMES, AdultOutcomeObservationSchema, 'Outcomes observed that day.'), 'SI 2015/313 reg 2(4)').optional(),
  wellbeing: WellbeingJudgementSchema.optional(),
});

/** What {@link determineAdultEligibility} accepts. */
export type AdultEligibilityInput = z.input<typeof AdultEligibilityInputSchema>;

// The schemas of the duty (s.18-s.20) live in dutySchemas.ts, so that a page that only determines eligibility
// does not carry them; they are re-exported here, so every import of them stays as it was.
export {
  ResidenceSchema,
  ChargeSchema,
  FinancialAssessmentSchema,
  AdultDutyInputSchema,
  CarerDutyInputSchema,
  DutyInputSchema,
  type AdultDutyInput,
  type CarerDutyInput,
  type DutyInput,
} from './dutySchemas.js';

import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS } from './outcomes.js';
import { WellbeingJudgementSchema, fluctuatingSchema, perOutcome } from './schemaParts.js';

export { WellbeingJudgementSchema, type WellbeingJudgement } from './schemaParts.js';
export { CarerOutcomeAssessmentSchema, CarerEligibilityInputSchema, type CarerOutcomeAssessment, type CarerEligibilityInput } from './carerSchemas.js';

const AdultLimbSchema = z.enum(ADULT_UNABLE_LIMBS, { error: 'must be one of the four limbs of SI 2015/313 reg 2(3)' });

// Titles and descriptions of these fields: schemaDocs.ts (kept off the determination's page).

/** The assessment of one adult outcome (SI 2015/313 reg 2(2), 2(3)). */
export const AdultOutcomeAssessmentSchema = z.strictObject({
  unableToAchieve: z.array(AdultLimbSchema),
  needsPrompting: z.boolean().optional(),
  metByCarer: z.boolean().optional(),
});

/** The assessment of one adult outcome. */
export type AdultOutcomeAssessment = z.input<typeof AdultOutcomeAssessmentSchema>;

/** One observation of an adult outcome on a given day (for fluctuating needs). */
export const AdultOutcomeObservationSchema = z.strictObject({
  unableToAchieve: z.array(AdultLimbSchema),
  needsPrompting: z.boolean().optional(),
});

/** The input of {@link determineAdultEligibility}: an adult's needs assessment mapped onto SI 2015/313 reg 2. */
export const AdultEligibilityInputSchema = z.strictObject({
  asOf: IsoDateSchema.clone(),
  caseRef: z.string().min(1).max(100).optional(),
  needsArisingFromImpairmentOrIllness: z.boolean().optional(),
  impairmentOrIllness: z.array(z.enum(['physical-impairment', 'mental-impairment', 'physical-illness', 'mental-illness'])).optional(),
  outcomes: perOutcome(ADULT_OUTCOMES, AdultOutcomeAssessmentSchema).optional(),
  fluctuating: fluctuatingSchema(perOutcome(ADULT_OUTCOMES, AdultOutcomeObservationSchema)).optional(),
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

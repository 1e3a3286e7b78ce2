// The input of the carer's determination (SI 2015/313 reg 3), apart from the adult's, so that a page that only
// determines adults' eligibility does not carry it. schemas.ts re-exports it.
import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { CARER_OUTCOMES, CARER_UNABLE_LIMBS } from './outcomes.js';
import { WellbeingJudgementSchema, fluctuatingSchema, perOutcome } from './schemaParts.js';

const CarerLimbSchema = z.enum(CARER_UNABLE_LIMBS, {
  error: 'must be one of the three limbs of SI 2015/313 reg 3(3) (a carer has no "takes significantly longer" limb; that is reg 2(3)(d), adults only)',
});
// Titles and descriptions of these fields: schemaDocs.ts.

/** The assessment of one carer outcome (SI 2015/313 reg 3(2)(b), 3(3)). */
export const CarerOutcomeAssessmentSchema = z.strictObject({
  unableToAchieve: z.array(CarerLimbSchema),
  needsPrompting: z.boolean().optional(),
});

/** The assessment of one carer outcome. */
export type CarerOutcomeAssessment = z.input<typeof CarerOutcomeAssessmentSchema>;

/** The input of {@link determineCarerEligibility}: a carer's assessment mapped onto SI 2015/313 reg 3. */
export const CarerEligibilityInputSchema = z.strictObject({
  asOf: IsoDateSchema.clone(),
  caseRef: z.string().min(1).max(100).optional(),
  needsArisingFromNecessaryCare: z.boolean().optional(),
  healthAtRisk: z.boolean().optional(),
  outcomes: perOutcome(CARER_OUTCOMES, CarerOutcomeAssessmentSchema).optional(),
  fluctuating: fluctuatingSchema(perOutcome(CARER_OUTCOMES, CarerOutcomeAssessmentSchema)).optional(),
  wellbeing: WellbeingJudgementSchema.optional(),
});

/** What {@link determineCarerEligibility} accepts. */
export type CarerEligibilityInput = z.input<typeof CarerEligibilityInputSchema>;


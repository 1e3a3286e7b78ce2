// The input of the carer's determination (SI 2015/313 reg 3), apart from the adult's, so that a page that only
// determines adults' eligibility does not carry it. schemas.ts re-exports it.
import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { CARER_OUTCOMES, CARER_UNABLE_LIMBS } from './outcomes.js';
import { PROMPTING_DESCRIPTION, WellbeingJudgementSchema, fluctuatingSchema, perOutcome } from './schemaParts.js';

const CarerLimbSchema = z.enum(CARER_UNABLE_LIMBS, {
  error: 'must be one of the three limbs of SI 2015/313 reg 3(3) (a carer has no "takes significantly longer" limb; that is reg 2(3)(d), adults only)',
});
const CARER_LIMBS_DESCRIPTION =
  'The reg 3(3) limbs that apply: unableWithoutAssistance (a), significantPainDistressAnxiety (b), endangersHealthOrSafety (c). An empty list records that the carer is able to achieve the outcome.';

/** The assessment of one carer outcome (SI 2015/313 reg 3(2)(b), 3(3)). */
export const CarerOutcomeAssessmentSchema = z.strictObject({
  unableToAchieve: z.array(CarerLimbSchema).describe(CARER_LIMBS_DESCRIPTION),
  needsPrompting: z.boolean().optional().describe(PROMPTING_DESCRIPTION),
});

/** The assessment of one carer outcome. */
export type CarerOutcomeAssessment = z.input<typeof CarerOutcomeAssessmentSchema>;

/** The input of {@link determineCarerEligibility}: a carer's assessment mapped onto SI 2015/313 reg 3. */
export const CarerEligibilityInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date of the determination (the rules in force that day apply).'),
  caseRef: z.string().min(1).max(100).optional().describe('The council\'s own case reference, copied to the result and the written record.'),
  needsArisingFromNecessaryCare: z
    .boolean()
    .optional()
    .describe('Condition (a), reg 3(1)(a): the needs arise as a consequence of providing necessary care for an adult.'),
  healthAtRisk: z
    .boolean()
    .optional()
    .describe("Reg 3(2)(a): the carer's physical or mental health is, or is at risk of, deteriorating."),
  outcomes: perOutcome(CARER_OUTCOMES, CarerOutcomeAssessmentSchema, 'The eight reg 3(2)(b) outcomes; an outcome left out is "not assessed".').optional(),
  fluctuating: fluctuatingSchema(perOutcome(CARER_OUTCOMES, CarerOutcomeAssessmentSchema, 'Outcomes observed that day.'), 'SI 2015/313 reg 3(4)').optional(),
  wellbeing: WellbeingJudgementSchema.optional(),
});

/** What {@link determineCarerEligibility} accepts. */
export type CarerEligibilityInput = z.input<typeof CarerEligibilityInputSchema>;


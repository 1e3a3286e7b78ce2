import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { DecimalInputSchema } from '../core/decimal.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, CARER_OUTCOMES, CARER_UNABLE_LIMBS, WELLBEING_AREAS } from './outcomes.js';

// An object with one optional field per outcome: a missing field means "not assessed", never "able".
function perOutcome<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S, what: string) {
  const shape = Object.fromEntries(keys.map((k) => [k, schema.optional()])) as { [P in K]: z.ZodOptional<S> };
  return z.strictObject(shape).describe(what);
}

const AdultLimbSchema = z.enum(ADULT_UNABLE_LIMBS, { error: 'expected one of the four limbs of SI 2015/313 reg 2(3)' });
const CarerLimbSchema = z.enum(CARER_UNABLE_LIMBS, {
  error: 'expected one of the three limbs of SI 2015/313 reg 3(3) (a carer has no "takes significantly longer" limb; that is reg 2(3)(d), adults only)',
});

const ADULT_LIMBS_DESCRIPTION =
  'The reg 2(3) limbs that apply: unableWithoutAssistance (a), significantPainDistressAnxiety (b), endangersHealthOrSafety (c), takesSignificantlyLonger (d). An empty list records that the adult is able to achieve the outcome.';
const CARER_LIMBS_DESCRIPTION =
  'The reg 3(3) limbs that apply: unableWithoutAssistance (a), significantPainDistressAnxiety (b), endangersHealthOrSafety (c). An empty list records that the carer is able to achieve the outcome.';
const PROMPTING_DESCRIPTION = 'The person needs prompting or reminding: statutory guidance counts this as being unable without assistance (limb (a)).';

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

/** The assessment of one carer outcome (SI 2015/313 reg 3(2)(b), 3(3)). */
export const CarerOutcomeAssessmentSchema = z.strictObject({
  unableToAchieve: z.array(CarerLimbSchema).describe(CARER_LIMBS_DESCRIPTION),
  needsPrompting: z.boolean().optional().describe(PROMPTING_DESCRIPTION),
});

/** The assessment of one carer outcome. */
export type CarerOutcomeAssessment = z.input<typeof CarerOutcomeAssessmentSchema>;

/** Condition (c): the practitioner's judgement of the impact on well-being (SI 2015/313 reg 2(1)(c), 3(1)(c)). */
export const WellbeingJudgementSchema = z.strictObject({
  significantImpact: z.boolean().describe('The practitioner judges that there is, or is likely to be, a significant impact on well-being ("significant" in its everyday meaning).'),
  likelihood: z.enum(['is', 'is-likely']).optional().describe('Whether the significant impact already is, or is likely to be.'),
  areas: z.array(z.enum(WELLBEING_AREAS)).describe('The Care Act 2014 s.1(2) areas of well-being affected. A significant impact must name at least one.'),
});

/** Condition (c) as recorded. */
export type WellbeingJudgement = z.input<typeof WellbeingJudgementSchema>;

function fluctuatingSchema<S extends z.ZodType>(observations: S, who: string) {
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

/** Where the person (or the adult needing care) lives, for Care Act 2014 s.18(1)(a), s.19 and s.20(1)(a). */
export const ResidenceSchema = z
  .enum(['ordinarily-resident', 'present-no-settled-residence', 'ordinarily-resident-elsewhere', 'other'])
  .describe('ordinarily-resident in this council\'s area; present here with no settled residence; ordinarily resident in another council\'s area; or none of these.');

/** Whether there is a charge under Care Act 2014 s.14 for meeting the needs (s.18(6)). */
export const ChargeSchema = z
  .enum(['no-charge', 'chargeable'])
  .describe('no-charge: the council may not, or decides not to, charge under s.14 for meeting these needs (s.18(6)); chargeable: it charges.');

/** The outcome of a financial assessment: the assessed capital, or that the person declined it. */
export const FinancialAssessmentSchema = z.union([
  z.strictObject({ capital: DecimalInputSchema.describe('Assessed capital in pounds, e.g. "18500.00".') }),
  z.strictObject({ declined: z.literal(true).describe('The person declined a financial assessment (treated as resources above the limit).') }),
]);

/** The input of {@link assessDutyToMeetNeeds} for an adult (Care Act 2014 s.18, s.19). */
export const AdultDutyInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the duty is considered (the financial limits in force that day apply).'),
  person: z.literal('adult'),
  needsAppearUrgent: z.boolean().optional().describe('s.19(3): the needs appear to the council to be urgent.'),
  determination: z
    .strictObject({
      status: z.enum(['eligible', 'not-eligible', 'undetermined']).describe('The status of the determination (undetermined: not yet made).'),
      eligibleOutcomes: z.array(z.enum(ADULT_OUTCOMES)).describe('The eligible needs: eligibleOutcomes of the result of determineAdultEligibility.'),
    })
    .optional()
    .describe('The s.13(1) determination; leave out when none has been made yet.'),
  residence: ResidenceSchema.optional(),
  notifiedAuthorityOfResidence: z.boolean().optional().describe('s.19(2): the council has notified the authority where the adult is ordinarily resident.'),
  charge: ChargeSchema.optional(),
  careHomeAccommodation: z.boolean().optional().describe('The needs are to be met by accommodation in a care home (condition 2 is then not available).'),
  financialAssessment: FinancialAssessmentSchema.optional().describe("The adult's financial assessment (s.18(2)-(3))."),
  asksAuthorityToMeetNeeds: z.boolean().optional().describe('s.18(3)(b): the adult asks the council to meet the needs.'),
  lacksCapacityToArrange: z.boolean().optional().describe('s.18(4)(a): the adult lacks capacity to arrange care and support.'),
  someoneAuthorisedOrAbleToArrange: z
    .boolean()
    .optional()
    .describe('s.18(4)(b): a person authorised under the Mental Capacity Act 2005, or otherwise in a position, can arrange it for the adult.'),
  needsMetByCarer: z.array(z.enum(ADULT_OUTCOMES)).optional().describe('Eligible needs a carer is currently meeting (excluded from the s.18 duty). Give [] when none.'),
});

/** What {@link assessDutyToMeetNeeds} accepts for an adult. */
export type AdultDutyInput = z.input<typeof AdultDutyInputSchema>;

/** The input of {@link assessDutyToMeetNeeds} for a carer (Care Act 2014 s.20). */
export const CarerDutyInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the duty is considered (the financial limits in force that day apply).'),
  person: z.literal('carer'),
  determination: z
    .strictObject({
      status: z.enum(['eligible', 'not-eligible', 'undetermined']).describe('The status of the determination (undetermined: not yet made).'),
      eligibleOutcomes: z.array(z.enum(CARER_OUTCOMES)).describe('The eligible needs: eligibleOutcomes of the result of determineCarerEligibility.'),
    })
    .optional()
    .describe("The s.13(1) determination on the carer's assessment; leave out when none has been made yet."),
  adultNeedingCareResidence: ResidenceSchema.optional().describe('s.20(1)(a): where the adult needing care lives.'),
  supportToCarer: z
    .strictObject({
      charge: ChargeSchema.optional(),
      financialAssessment: FinancialAssessmentSchema.optional().describe("The carer's financial assessment (conditions 1 and 2)."),
      carerAsks: z.boolean().optional().describe('Condition 2: the carer asks the council to meet the needs.'),
    })
    .optional()
    .describe('Give when meeting the needs involves support to the carer (s.20(1)(b)).'),
  careToAdultNeedingCare: z
    .strictObject({
      charge: ChargeSchema.optional(),
      careHomeAccommodation: z.boolean().optional().describe('The care and support to the adult needing care is accommodation in a care home.'),
      financialAssessment: FinancialAssessmentSchema.optional().describe("The adult needing care's financial assessment (conditions 3 and 4)."),
      adultAgrees: z.boolean().optional().describe('The adult needing care agrees to the needs being met in that way.'),
      adultAsks: z.boolean().optional().describe('Condition 4: the adult needing care asks the council to meet the needs in that way.'),
    })
    .optional()
    .describe('Give when meeting the needs involves care and support to the adult needing care (s.20(1)(c)).'),
});

/** What {@link assessDutyToMeetNeeds} accepts for a carer. */
export type CarerDutyInput = z.input<typeof CarerDutyInputSchema>;

/** The input of {@link assessDutyToMeetNeeds}: an adult's or a carer's case, told apart by `person`. */
export const DutyInputSchema = z.discriminatedUnion('person', [AdultDutyInputSchema, CarerDutyInputSchema]);

/** What {@link assessDutyToMeetNeeds} accepts. */
export type DutyInput = z.input<typeof DutyInputSchema>;

// The inputs of the duty to meet needs (Care Act 2014 s.18, s.19, s.20), apart from the determinations' schemas.
import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { DecimalInputSchema } from '../core/decimalInput.js';
import { ADULT_OUTCOMES, CARER_OUTCOMES } from './outcomes.js';
import type { AdultEligibilityResult, CarerEligibilityResult } from './types.js';

// The determination as the duty reads it: its status and eligible needs. The object may be the whole result of
// determineAdultEligibility / determineCarerEligibility as returned (loose: its other fields are ignored), but a
// determination about the other person (`person`) is refused, and status and eligibleOutcomes are checked as before.
function determinationSchema<const P extends 'adult' | 'carer', O extends readonly [string, ...string[]]>(person: P, outcomes: O, entry: string) {
  return z.looseObject({
    person: z.literal(person).optional().describe(`"${person}" when the object is the result of ${entry} as returned (its other fields are ignored).`),
    status: z.enum(['eligible', 'not-eligible', 'undetermined']).describe('The status of the determination (undetermined: not yet made).'),
    eligibleOutcomes: z.array(z.enum(outcomes)).describe(`The eligible needs: eligibleOutcomes of the result of ${entry}.`),
  });
}

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
  determination: determinationSchema('adult', ADULT_OUTCOMES, 'determineAdultEligibility')
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

/**
 * What {@link assessDutyToMeetNeeds} accepts for an adult: the schema's input, where `determination` may also be
 * the {@link AdultEligibilityResult} exactly as returned (its arrays are read-only).
 */
export type AdultDutyInput = Omit<z.input<typeof AdultDutyInputSchema>, 'determination'> & {
  determination?: z.input<typeof AdultDutyInputSchema>['determination'] | Pick<AdultEligibilityResult, 'person' | 'status' | 'eligibleOutcomes'>;
};

/** The input of {@link assessDutyToMeetNeeds} for a carer (Care Act 2014 s.20). */
export const CarerDutyInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the duty is considered (the financial limits in force that day apply).'),
  person: z.literal('carer'),
  determination: determinationSchema('carer', CARER_OUTCOMES, 'determineCarerEligibility')
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

/**
 * What {@link assessDutyToMeetNeeds} accepts for a carer: the schema's input, where `determination` may also be
 * the {@link CarerEligibilityResult} exactly as returned (its arrays are read-only).
 */
export type CarerDutyInput = Omit<z.input<typeof CarerDutyInputSchema>, 'determination'> & {
  determination?: z.input<typeof CarerDutyInputSchema>['determination'] | Pick<CarerEligibilityResult, 'person' | 'status' | 'eligibleOutcomes'>;
};

/** The input of {@link assessDutyToMeetNeeds}: an adult's or a carer's case, told apart by `person`. */
export const DutyInputSchema = z.discriminatedUnion('person', [AdultDutyInputSchema, CarerDutyInputSchema]);

/** What {@link assessDutyToMeetNeeds} accepts: an {@link AdultDutyInput} or a {@link CarerDutyInput}, told apart by `person`. */
export type DutyInput = AdultDutyInput | CarerDutyInput;

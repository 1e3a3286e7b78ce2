// The inputs of the duty to meet needs (Care Act 2014 s.18, s.19, s.20), apart from the determinations' schemas.
import * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { DecimalInputSchema } from '../core/decimalInput.js';
import { ADULT_OUTCOMES, CARER_OUTCOMES } from './outcomes.js';
import type { AdultEligibilityResult, CarerEligibilityResult } from './types.js';

// The determination as the duty reads it: its status and eligible needs. The object may be the whole result of
// determineAdultEligibility / determineCarerEligibility as returned (loose: its other fields are ignored), but a
// determination about the other person (`person`) is refused, and status and eligibleOutcomes are checked as before.
// Titles, descriptions and the JSON-Schema-only rules of every field: schemaDocs.ts.
function determinationSchema<const P extends 'adult' | 'carer', O extends readonly [string, ...string[]]>(person: P, outcomes: O) {
  return z.looseObject({
    person: z.literal(person).optional(),
    status: z.enum(['eligible', 'not-eligible', 'undetermined']),
    eligibleOutcomes: z.array(z.enum(outcomes)),
  });
}

/** Where the person (or the adult needing care) lives, for Care Act 2014 s.18(1)(a), s.19 and s.20(1)(a). */
export const ResidenceSchema = z.enum(['ordinarily-resident', 'present-no-settled-residence', 'ordinarily-resident-elsewhere', 'other']);

/** Whether there is a charge under Care Act 2014 s.14 for meeting the needs (s.18(6)). */
export const ChargeSchema = z.enum(['no-charge', 'chargeable']);

/** The outcome of a financial assessment: the assessed capital, or that the person declined it. */
export const FinancialAssessmentSchema = z.union([
  // Its own copy of the decimal schema, so that its words (schemaDocs.ts) stay on this field.
  z.strictObject({ capital: DecimalInputSchema.clone() }),
  z.strictObject({ declined: z.literal(true) }),
]);

/** The input of {@link assessDutyToMeetNeeds} for an adult (Care Act 2014 s.18, s.19). */
export const AdultDutyInputSchema = z.strictObject({
  asOf: IsoDateSchema.clone(),
  person: z.literal('adult'),
  needsAppearUrgent: z.boolean().optional(),
  determination: determinationSchema('adult', ADULT_OUTCOMES).optional(),
  residence: ResidenceSchema.optional(),
  notifiedAuthorityOfResidence: z.boolean().optional(),
  charge: ChargeSchema.optional(),
  careHomeAccommodation: z.boolean().optional(),
  financialAssessment: FinancialAssessmentSchema.optional(),
  asksAuthorityToMeetNeeds: z.boolean().optional(),
  lacksCapacityToArrange: z.boolean().optional(),
  someoneAuthorisedOrAbleToArrange: z.boolean().optional(),
  needsMetByCarer: z.array(z.enum(ADULT_OUTCOMES)).optional(),
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
  asOf: IsoDateSchema.clone(),
  person: z.literal('carer'),
  determination: determinationSchema('carer', CARER_OUTCOMES).optional(),
  adultNeedingCareResidence: ResidenceSchema.optional(),
  supportToCarer: z
    .strictObject({
      charge: ChargeSchema.optional(),
      financialAssessment: FinancialAssessmentSchema.optional(),
      carerAsks: z.boolean().optional(),
    })
    .optional(),
  careToAdultNeedingCare: z
    .strictObject({
      charge: ChargeSchema.optional(),
      careHomeAccommodation: z.boolean().optional(),
      financialAssessment: FinancialAssessmentSchema.optional(),
      adultAgrees: z.boolean().optional(),
      adultAsks: z.boolean().optional(),
    })
    .optional(),
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

import fc from 'fast-check';
import {
  ADULT_OUTCOMES,
  ADULT_UNABLE_LIMBS,
  CARER_OUTCOMES,
  CARER_UNABLE_LIMBS,
  WELLBEING_AREAS,
  type AdultDutyInput,
  type AdultEligibilityInput,
  type CarerDutyInput,
  type CarerEligibilityInput,
} from '../../src/eligibility/index.js';

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

export const adultOutcomeArb = fc.record(
  { unableToAchieve: fc.subarray([...ADULT_UNABLE_LIMBS]), needsPrompting: fc.boolean(), metByCarer: fc.boolean() },
  { requiredKeys: ['unableToAchieve'] },
);
export const carerOutcomeArb = fc.record({ unableToAchieve: fc.subarray([...CARER_UNABLE_LIMBS]), needsPrompting: fc.boolean() }, { requiredKeys: ['unableToAchieve'] });

export const adultOutcomesArb = fc.record(Object.fromEntries(ADULT_OUTCOMES.map((o) => [o, adultOutcomeArb])), { requiredKeys: [] });
export const carerOutcomesArb = fc.record(Object.fromEntries(CARER_OUTCOMES.map((o) => [o, carerOutcomeArb])), { requiredKeys: [] });

export const wellbeingArb = fc.oneof(
  fc.record({ significantImpact: fc.constant(true), areas: fc.subarray([...WELLBEING_AREAS], { minLength: 1 }) }),
  fc.record({ significantImpact: fc.constant(false), areas: fc.subarray([...WELLBEING_AREAS]) }),
);

export const dateArb = fc.date({ min: new Date('2015-04-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A valid adult input, with any field possibly missing. */
export const adultInputArb: fc.Arbitrary<AdultEligibilityInput> = fc.record(
  {
    asOf: dateArb,
    needsArisingFromImpairmentOrIllness: opt(fc.boolean()),
    outcomes: adultOutcomesArb,
    wellbeing: opt(wellbeingArb),
  },
  { requiredKeys: ['asOf'] },
) as fc.Arbitrary<AdultEligibilityInput>;

/** A valid carer input, with any field possibly missing. */
export const carerInputArb: fc.Arbitrary<CarerEligibilityInput> = fc.record(
  {
    asOf: dateArb,
    needsArisingFromNecessaryCare: opt(fc.boolean()),
    healthAtRisk: opt(fc.boolean()),
    outcomes: carerOutcomesArb,
    wellbeing: opt(wellbeingArb),
  },
  { requiredKeys: ['asOf'] },
) as fc.Arbitrary<CarerEligibilityInput>;

const residenceArb = fc.constantFrom(...(['ordinarily-resident', 'present-no-settled-residence', 'ordinarily-resident-elsewhere', 'other'] as const));
const chargeArb = fc.constantFrom(...(['no-charge', 'chargeable'] as const));
const financialArb = fc.oneof(fc.integer({ min: 0, max: 60_000 }).map((n) => ({ capital: String(n) })), fc.constant({ declined: true as const }));

/** A valid adult duty input (s.18, s.19), with any field possibly missing. */
export const adultDutyInputArb: fc.Arbitrary<AdultDutyInput> = fc
  .record(
    {
      asOf: dateArb,
      needsAppearUrgent: fc.boolean(),
      determination: fc.oneof(
        fc.uniqueArray(fc.constantFrom(...ADULT_OUTCOMES), { minLength: 2 }).map((eligibleOutcomes) => ({ status: 'eligible' as const, eligibleOutcomes })),
        fc.constantFrom(...(['not-eligible', 'undetermined'] as const)).map((status) => ({ status, eligibleOutcomes: [] })),
      ),
      residence: residenceArb,
      notifiedAuthorityOfResidence: fc.boolean(),
      charge: chargeArb,
      careHomeAccommodation: fc.boolean(),
      financialAssessment: financialArb,
      asksAuthorityToMeetNeeds: fc.boolean(),
      lacksCapacityToArrange: fc.boolean(),
      someoneAuthorisedOrAbleToArrange: fc.boolean(),
      needsMetByCarer: fc.subarray([...ADULT_OUTCOMES]),
    },
    { requiredKeys: ['asOf'] },
  )
  .map((r) => ({ ...r, person: 'adult' as const }));

/** A valid carer duty input (s.20), with any field possibly missing. */
export const carerDutyInputArb: fc.Arbitrary<CarerDutyInput> = fc
  .record(
    {
      asOf: dateArb,
      determination: fc.oneof(
        fc.subarray([...CARER_OUTCOMES]).map((eligibleOutcomes) => ({ status: 'eligible' as const, eligibleOutcomes })),
        fc.constantFrom(...(['not-eligible', 'undetermined'] as const)).map((status) => ({ status, eligibleOutcomes: [] })),
      ),
      adultNeedingCareResidence: residenceArb,
      supportToCarer: fc.record({ charge: chargeArb, financialAssessment: financialArb, carerAsks: fc.boolean() }, { requiredKeys: [] }),
      careToAdultNeedingCare: fc.record(
        { charge: chargeArb, careHomeAccommodation: fc.boolean(), financialAssessment: financialArb, adultAgrees: fc.boolean(), adultAsks: fc.boolean() },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['asOf'] },
  )
  .map((r) => ({ ...r, person: 'carer' as const }));

/**
 * Dated observations of a fluctuating need, valid against an asOf after October 2026: inside October 2026, one
 * per day (days 1 to `lastDay`), at most `maxLength` of them.
 */
export function observationsArb(outcomes: readonly string[], outcome: fc.Arbitrary<unknown>, options: { lastDay?: number; maxLength?: number } = {}) {
  const day = fc.integer({ min: 1, max: options.lastDay ?? 31 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`);
  return fc.record({
    periodFrom: fc.constant('2026-10-01'),
    periodTo: fc.constant('2026-10-31'),
    observations: fc.uniqueArray(fc.record({ date: day, outcomes: fc.record(Object.fromEntries(outcomes.map((o) => [o, outcome])), { requiredKeys: [] }) }), {
      minLength: 1,
      maxLength: options.maxLength ?? 3,
      selector: (o) => o.date,
    }),
  });
}

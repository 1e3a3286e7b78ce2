/**
 * Care Act 2014 eligibility determinations for adults (SI 2015/313 reg 2) and carers (reg 3), the duty or
 * power to meet needs that follows (s.18, s.19, s.20), and the s.13(2) written record. National law is fixed
 * in the default pack; the Coventry policy choices (fluctuating-needs aggregation, a higher non-residential
 * capital limit, the s.13(5) advice) can be replaced with `extendPack`.
 *
 * @module eligibility
 */
export { determineAdultEligibility } from './adult.js';
export { determineCarerEligibility } from './carer.js';
export { assessDutyToMeetNeeds, type DutyResult, type DutyRoute, type DutyStatus, type FinancialLimits } from './duty.js';
export { writtenRecord, WrittenRecordInputSchema, type WrittenRecordInput, type WrittenRecord, type RecordReason, type RecordedNeed } from './writtenRecord.js';
export { eligibilityJsonSchema, ELIGIBILITY_INPUTS, type EligibilityInputName } from './jsonSchema.js';
export { eligibilitySchemaDocs } from './schemaDocs.js';
export { eligibilityPack, eligibilitySpec, type EligibilitySpec, type EligibilityPack } from './pack.js';
export type { EligibilityOptions } from './options.js';
export {
  AdultEligibilityInputSchema,
  CarerEligibilityInputSchema,
  DutyInputSchema,
  AdultDutyInputSchema,
  CarerDutyInputSchema,
  AdultOutcomeAssessmentSchema,
  AdultOutcomeObservationSchema,
  CarerOutcomeAssessmentSchema,
  WellbeingJudgementSchema,
  ResidenceSchema,
  ChargeSchema,
  FinancialAssessmentSchema,
  type AdultEligibilityInput,
  type CarerEligibilityInput,
  type DutyInput,
  type AdultDutyInput,
  type CarerDutyInput,
  type AdultOutcomeAssessment,
  type CarerOutcomeAssessment,
  type WellbeingJudgement,
} from './schemas.js';
export {
  ADULT_OUTCOMES,
  ADULT_UNABLE_LIMBS,
  CARER_OUTCOMES,
  CARER_UNABLE_LIMBS,
  WELLBEING_AREAS,
  ADULT_OUTCOME_TEXT,
  ADULT_LIMB_TEXT,
  CARER_OUTCOME_TEXT,
  CARER_LIMB_TEXT,
  WELLBEING_AREA_TEXT,
  PROMPTING_CITATION,
  CARER_DISREGARD_CITATION,
  type AdultOutcome,
  type AdultUnableLimb,
  type CarerOutcome,
  type CarerUnableLimb,
  type WellbeingArea,
  type StatutoryItem,
} from './outcomes.js';
export type {
  EligibilityStatus,
  ConditionOutcome,
  ConditionFinding,
  LimbFinding,
  OutcomeFinding,
  FluctuationPeriod,
  AdultEligibilityResult,
  CarerEligibilityResult,
  EligibilityDetermination,
} from './types.js';

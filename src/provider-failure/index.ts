/**
 * Provider failure: whether the Care Act 2014 s.48 temporary duty is engaged when a registered care provider
 * fails (SI 2015/301 business-failure events), the one legal footing on which each affected person's care
 * continues (s.48, s.18/s.20, s.19(1), s.19(3), NHS Continuing Healthcare, s.49 cross-border, out-of-area
 * placement), the council's dated response plan (Coventry's Market and Provider Failure Approach: approaches 1
 * and 2, the 72-hour emergency closure, reviews within 4-6 weeks, regional ADASS coordination) and the CQC market
 * oversight criteria (SI 2015/314).
 *
 * @module provider-failure
 */
export {
  assessTemporaryDuty,
  type TemporaryDutyResult,
  type TemporaryDutyCriterion,
  type TemporaryDutyCriterionId,
  type BusinessFailureEvent,
  type OtherCause,
} from './temporaryDuty.js';
export {
  determineContinuityBasis,
  CONTINUITY_BASES,
  type ContinuityBasis,
  type ContinuityBasisResult,
  type ResponsibleBody,
  type CostRecovery,
} from './continuityBasis.js';
export {
  planProviderFailureResponse,
  type ResponsePlanResult,
  type Stakeholder,
  type ApproachOption,
  type PlannedAction,
} from './responsePlan.js';
export { isMarketOversightProvider, type MarketOversightResult, type MarketOversightLimb, type MarketOversightStatus } from './marketOversight.js';
export {
  TemporaryDutyInputSchema,
  ProviderEventSchema,
  AffectedPersonSchema,
  ContinuityContextSchema,
  ResponsePlanInputSchema,
  MarketOversightMetricsSchema,
  ARRANGEMENTS,
  type TemporaryDutyInput,
  type ProviderEventInput,
  type AffectedPersonInput,
  type ContinuityContextInput,
  type ResponsePlanInput,
  type MarketOversightMetricsInput,
  type Arrangement,
} from './schemas.js';
export {
  coventryProviderFailurePack,
  providerFailureSpec,
  ResponseActionIdSchema,
  RESPONSE_ACTION_IDS,
  type ProviderFailurePack,
  type ProviderFailureSpec,
  type ResponseActionId,
} from './pack.js';
export type { ProviderFailureOptions } from './options.js';
export { providerFailureJsonSchema, PROVIDER_FAILURE_INPUTS, type ProviderFailureInputName } from './jsonSchema.js';
export { providerFailureSchemaDocs } from './schemaDocs.js';
export {
  PROVIDER_EVENT_TYPES,
  PROVIDER_EVENT_LABELS,
  ProviderEventTypeSchema,
  SERVICE_TYPES,
  ServiceTypeSchema,
  ACTIVITY_TYPES,
  REGULATED_ACTIVITY_TYPES,
  type ProviderEventType,
  type ServiceType,
  type ActivityType,
  type RegulatedActivityType,
} from './vocabulary.js';

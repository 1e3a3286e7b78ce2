/**
 * Provider quality risk: the level (0-4) of a care provider from dated evidence, recommended over time
 * (escalate, hold, de-escalate) and confirmed by the oversight body (contract officer, QPSG, PEP), the response
 * each level calls for with its deadlines, concern response deadlines, a fast replay of a provider's history,
 * and portfolio figures. The default pack is Coventry City Council's quality assurance framework
 * (Table One, levels 0-4); every threshold in it is local policy a council replaces.
 *
 * @module risk
 */
export { assessProviderRisk, type AssessProviderRiskOptions, type ProviderRiskAssessment, type RiskDriver } from './assessProviderRisk.js';
export { reviewRiskLevel, type ReviewRiskLevelOptions, type ReviewAction, type RiskLevelDecision, type RiskLevelState } from './reviewRiskLevel.js';
export { confirmRiskDecision, type ConfirmRiskDecisionOptions, type RiskDecision } from './confirmRiskDecision.js';
export { replayRiskHistory, ReplayRiskHistoryInputSchema, type ReplayRiskHistoryInput, type RiskReplay, type RiskReplayReview } from './replayRiskHistory.js';
export { planRiskResponse, type PlanRiskResponseOptions, type PlannedAction, type ActionDeadline, type RiskResponsePlan } from './planRiskResponse.js';
export { concernResponseDeadline, type ConcernResponseDeadlineOptions, type ConcernResponseDeadline } from './concernResponseDeadline.js';
export { summarisePortfolio, type SummarisePortfolioOptions, type PortfolioSummary, type LevelCounts } from './summarisePortfolio.js';
export { type RiskPackOptions } from './packContext.js';
export { riskJsonSchema, RISK_INPUTS, type RiskInputName } from './jsonSchema.js';
export { riskSchemaDocs } from './schemaDocs.js';
export { RISK_LABELS } from './labels.js';
export { type EvidenceRef, type Finding, type RiskSignal, type SetAsideItem } from './evidence.js';
export { type LevelCriterion, type CriterionId } from './levelCriteria.js';
export {
  coventryRiskPack,
  riskSpec,
  COVENTRY_SERVICE_TYPES,
  ServiceTypeProfileSchema,
  type ServiceTypeProfile,
  type RiskPack,
  type RiskPackSpec,
  ActionTemplateSchema,
  ActionDueSchema,
  LevelResponseSchema,
} from './pack.js';
export {
  AssessProviderRiskInputSchema,
  EvidenceItemSchema,
  QualityTriggerEvidenceSchema,
  ManagerEvidenceSchema,
  CqcRatingEvidenceSchema,
  RegulatoryActionEvidenceSchema,
  ComplaintEvidenceSchema,
  ConcernEvidenceSchema,
  SafeguardingEvidenceSchema,
  FeedbackEvidenceSchema,
  MarketOversightEvidenceSchema,
  BusinessContinuityEvidenceSchema,
  OutbreakEvidenceSchema,
  RiskStateSchema,
  ReviewAssessmentSchema,
  ReviewRiskLevelInputSchema,
  PlanDecisionSchema,
  ConcernInputSchema,
  PortfolioEntrySchema,
  PortfolioInputSchema,
  BankHolidaysSchema,
  ServiceTypeIdSchema,
  RiskProfileSchema,
  OversightBodySchema,
  RiskDecisionRecordSchema,
  RiskRecommendationSchema,
  ConfirmRiskDecisionInputSchema,
  type ConfirmRiskDecisionInput,
  LevelEntrySchema,
  type LevelEntry,
  type RiskProfile,
  type RiskDecisionRecord,
  type RiskRecommendation,
  type AssessProviderRiskInput,
  type EvidenceItem,
  type RiskState,
  type ReviewAssessment,
  type ReviewRiskLevelInput,
  type PlanDecision,
  type ConcernInput,
  type PortfolioInput,
  type PortfolioEntry,
} from './schemas.js';
export {
  TRIGGER_DOMAINS,
  RISK_DOMAINS,
  RiskDomainSchema,
  SEVERITIES,
  SeveritySchema,
  SeverityOrNoneSchema,
  CQC_RATINGS,
  CqcRatingSchema,
  CQC_KEY_QUESTIONS,
  SAFEGUARDING_OUTCOMES,
  MARKET_SIGNALS,
  REGULATORY_ACTIONS,
  BCP_STATUSES,
  EVIDENCE_KINDS,
  OBSERVATION_KINDS,
  RISK_LEVELS,
  RiskLevelSchema,
  RISK_LEVEL_DESCRIPTIONS,
  OVERSIGHT_BODIES,
  type OversightBody,
  type TriggerDomain,
  type RiskDomain,
  type Severity,
  type SeverityOrNone,
  type CqcRating,
  type CqcKeyQuestion,
  type SafeguardingOutcome,
  type MarketSignal,
  type RegulatoryAction,
  type BcpStatus,
  type EvidenceKind,
  type ObservationKind,
  type RiskLevel,
} from './vocabulary.js';

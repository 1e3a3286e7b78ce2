/**
 * ASCOF measures: the dated registry of the Adult Social Care Outcomes Framework (old four-domain framework
 * 2014-15 to 2022-23, refreshed framework 2023-24 and 2024-25 onward), measures calculated from their counts
 * with the published rounding and suppression, the ASCS and SACE survey scores, Coventry's local KPIs, and
 * benchmarking with a RAG status that respects each measure's polarity; and the measures DHSC derives from
 * Client Level Data since April 2024 (2A, 2B, 2C, 2D, 2E, 3D), streamed from a council's CLD rows with every
 * row accounted for in a data-quality report.
 *
 * Measure definitions are national law in the pack (a council cannot change them); the local KPI choices
 * and RAG thresholds are policy. Codes the library could not verify carry `status: 'unverified'`.
 *
 * @module ascof
 */
export { AscofYearSchema, type AscofYear, type AscofFramework } from './years.js';
export {
  AscofMeasureDefinitionSchema,
  AscofMeasureListSchema,
  SuppressionRuleSchema,
  MeasureKindSchema,
  MeasureUnitSchema,
  PolaritySchema,
  VerificationSchema,
  type AscofMeasureDefinition,
  type MeasureKind,
  type MeasureUnit,
  type Polarity,
  type Verification,
  type SuppressionRule,
} from './registry/definition.js';
export { ascofMeasures, ascofMeasure, type AscofRegistry, type AscofRegistryOptions } from './registry/registry.js';
export { ascofSpec, defaultAscofPack, type AscofSpec } from './pack.js';
export {
  AscofCountsSchema,
  AscofMeasureInputSchema,
  GeographySchema,
  type AscofCounts,
  type AscofMeasureInput,
  type Geography,
} from './schemas.js';
export { calculateAscofMeasure, type CalculateAscofMeasureOptions, type AscofMeasureResult, type PublishedFigures } from './calculate.js';
export type { SurveyMeasureResult } from './survey/estimate.js';
export {
  scoreUserSurvey,
  UserSurveyAnswersSchema,
  UserSurveyResponseSchema,
  UserSurveyOptionsSchema,
  type UserSurveyResponse,
  type ScoreUserSurveyOptions,
  type UserSurveyResult,
} from './survey/userSurvey.js';
export {
  scoreCarerSurvey,
  CarerSurveyAnswersSchema,
  CarerSurveyResponseSchema,
  CarerSurveyOptionsSchema,
  type CarerSurveyResponse,
  type ScoreCarerSurveyOptions,
  type CarerSurveyResult,
} from './survey/carerSurvey.js';
export type { LocalKpiId, LocalKpiResult, KpiBreakdownRow } from './kpi/common.js';
export {
  calculateShortTermSupportOutcome,
  ShortTermSupportInputSchema,
  ShortTermOutcomeSchema,
  type ShortTermSupportInput,
  type LocalKpiOptions,
} from './kpi/shortTermSupport.js';
export { calculateProviderQualityShare, ProviderQualityInputSchema, CqcRatingSchema, type ProviderQualityInput } from './kpi/providerQuality.js';
export { calculateComplaintsUpheld, ComplaintsInputSchema, type ComplaintsInput } from './kpi/complaints.js';
export { compareFeeRates, FeeRatesInputSchema, type FeeRatesInput } from './kpi/feeRates.js';
export { compareRepresentation, RepresentationInputSchema, type RepresentationInput } from './kpi/representation.js';
export { calculateAverageWaitingTime, WaitingTimeInputSchema, type WaitingTimeInput } from './kpi/waitingTime.js';
export { calculateLocalKpi, LocalKpiInputSchema, type LocalKpiInput } from './kpi/localKpi.js';
export {
  compareToBenchmark,
  BenchmarkSubjectSchema,
  BenchmarksSchema,
  type BenchmarkSubject,
  type Benchmarks,
  type BenchmarkDifference,
  type BenchmarkComparison,
  type Rag,
} from './benchmark.js';
export { csvField, formatAscofCsv, toAscofCsvRows, ASCOF_CSV_HEADER, type AscofCsvRow, type CsvMeasureFigures } from './csv.js';

// Client Level Data (issue 6): derivation of the CLD-based measures.
export {
  deriveAscofFromCld,
  type DeriveAscofFromCldResult,
  type DeriveAscofFromCldOptionsTyped,
  type CldMeasure,
  type CldMeasureCode,
  type CldDisaggregation,
  type CldDataQuality,
  type CldRejection,
} from './cld/derive.js';
export {
  CldEventSchema,
  CLD_FIELDS,
  parseCldEvent,
  HospitalDischargeSchema,
  DeriveAscofFromCldOptionsSchema,
  type CldEvent,
  type CldEventInput,
  type HospitalDischargeInput,
  type DeriveAscofFromCldOptions,
} from './cld/schema.js';
export {
  CLD_EVENT_TYPES,
  CLD_CLIENT_TYPES,
  CLD_SERVICE_TYPES,
  CLD_EVENT_OUTCOMES,
  CLD_DELIVERY_MECHANISMS,
  CLD_SERVICE_COMPONENTS,
  CLD_ACCOMMODATION_STATUSES,
  CLD_PRIMARY_SUPPORT_REASONS,
  CLD_R2_EVENT_OUTCOMES,
  CLD_R2_SERVICE_TYPES,
  CLD_R1_TO_R2,
  SETTLED_ACCOMMODATION,
  UNCLASSIFIABLE_OUTCOMES,
  CLD_UNVERIFIED_LISTS,
  CLD_OUTCOME_NEAR_MISSES,
  type CldEventType,
  type CldClientType,
  type CldServiceType,
  type CldEventOutcome,
  type CldDeliveryMechanism,
  type CldServiceComponent,
  type CldAccommodationStatus,
  type CldPrimarySupportReason,
  type CldR2EventOutcome,
  type CldR2ServiceType,
} from './cld/lists.js';
export { cldPackSpec, defaultCldPack, type CldPackSpec } from './cld/pack.js';
export { generateSyntheticCld, SyntheticCldOptionsSchema, type SyntheticCldOptions, type SyntheticCldRow } from './cld/synthetic.js';
export { cldCsvRows } from './cld/output.js';
export type { CldFigure, CldPublishedAs } from './cld/value.js';
export type { TwoASequelStep, TwoAExclusion } from './cld/measure2A.js';
export type { TwoDAgeBand } from './cld/measure2D.js';
export type { AgeBand } from './cld/measuresPerson.js';

// JSON Schemas of the inputs, for forms and APIs (issue 14).
export { ascofJsonSchema, ASCOF_INPUTS, type AscofInputName } from './jsonSchema.js';
export { ascofSchemaDocs } from './schemaDocs.js';

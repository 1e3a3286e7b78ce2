/**
 * ASCOF, the Adult Social Care Outcomes Framework (England). This part derives the measures that come
 * from Client Level Data (CLD) since April 2024 (2A, 2B, 2C, 2D, 2E, 3D) as DHSC does, streaming a
 * council's CLD rows and accounting for every row in a data-quality report, so a council can compute its
 * figures before submission and explain any difference from the national ones.
 *
 * @module ascof
 */
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
export { generateSyntheticCld, SyntheticCldOptionsSchema, type SyntheticCldOptions } from './cld/synthetic.js';
export { formatAscofCsv, ASCOF_CSV_COLUMNS } from './cld/output.js';
export type { CldFigure, SuppressionRule } from './cld/value.js';
export type { TwoASequelStep, TwoAExclusion } from './cld/measure2A.js';
export type { TwoDAgeBand } from './cld/measure2D.js';
export type { AgeBand } from './cld/measuresPerson.js';

import * as z from 'zod';

/**
 * The quality triggers of the Coventry QA framework (seed 001, para 1.12): manager experience and competency,
 * duration in post, staffing levels, staff competencies and skills, dependency tools, IPC compliance,
 * medication management, nutrition and hydration compliance, leadership and governance.
 */
export const TRIGGER_DOMAINS = [
  'manager-competence',
  'manager-tenure',
  'staffing-levels',
  'staff-competence',
  'dependency-tools',
  'infection-prevention-control',
  'medication',
  'nutrition-hydration',
  'leadership',
  'governance',
] as const;

/** One of the seed's quality triggers; see {@link TRIGGER_DOMAINS}. */
export type TriggerDomain = (typeof TRIGGER_DOMAINS)[number];

/**
 * Every domain a finding can fall in: the seed's triggers plus the other sources para 1.12 and 1.10.3 name
 * (regulator, complaints, concerns, safeguarding, feedback, financial and business continuity, outbreaks).
 */
export const RISK_DOMAINS = [
  ...TRIGGER_DOMAINS,
  'regulator',
  'complaints',
  'concerns',
  'safeguarding',
  'feedback',
  'financial',
  'business-continuity',
  'outbreak',
] as const;

/** A domain of a finding; see {@link RISK_DOMAINS}. Used to decide whether concerns are "widespread". */
export type RiskDomain = (typeof RISK_DOMAINS)[number];

/** The zod enum of {@link RISK_DOMAINS}. */
export const RiskDomainSchema = z.enum(RISK_DOMAINS);

/** How serious one concern is, as the council's officer judged it (an ordinal judgement, not a score). */
export const SEVERITIES = ['low', 'moderate', 'serious', 'critical'] as const;

/** A severity; see {@link SEVERITIES}. */
export type Severity = (typeof SEVERITIES)[number];

/** The zod enum of {@link SEVERITIES}. */
export const SeveritySchema = z.enum(SEVERITIES);

/** A severity or `none`, for the pack tables that map a rating or a status to a severity. */
export const SeverityOrNoneSchema = z.enum(['none', ...SEVERITIES]);

/** A severity or `none`. */
export type SeverityOrNone = z.output<typeof SeverityOrNoneSchema>;

/** The rank of a severity: none 0, low 1, moderate 2, serious 3, critical 4. */
export function _severityRank(s: SeverityOrNone): number {
  return s === 'none' ? 0 : SEVERITIES.indexOf(s) + 1;
}

/** The four CQC ratings, best first. */
export const CQC_RATINGS = ['outstanding', 'good', 'requires-improvement', 'inadequate'] as const;

/** A CQC rating; see {@link CQC_RATINGS}. */
export type CqcRating = (typeof CQC_RATINGS)[number];

/** The zod enum of {@link CQC_RATINGS}. */
export const CqcRatingSchema = z.enum(CQC_RATINGS);

/** CQC's five key questions. */
export const CQC_KEY_QUESTIONS = ['safe', 'effective', 'caring', 'responsive', 'well-led'] as const;

/** A CQC key question; see {@link CQC_KEY_QUESTIONS}. */
export type CqcKeyQuestion = (typeof CQC_KEY_QUESTIONS)[number];

/** Safeguarding enquiry outcomes, in the case-conclusion vocabulary many local policies still use. */
export const SAFEGUARDING_OUTCOMES = ['open', 'substantiated', 'partly-substantiated', 'inconclusive', 'not-substantiated', 'ceased-at-request'] as const;

/** A safeguarding outcome; see {@link SAFEGUARDING_OUTCOMES}. */
export type SafeguardingOutcome = (typeof SAFEGUARDING_OUTCOMES)[number];

/**
 * Market-oversight, financial and closure signals (seed 001 Appendix 2 s.3 "Definition of failure"): from the
 * mildest to an urgent closure, then the provider's own decisions to exit the market or to change its
 * registered care status. They route to the provider-failure side (the contingency plan, market oversight),
 * never to quality letters.
 */
export const MARKET_SIGNALS = ['watch', 'financial-distress', 'failure-likely', 'urgent-closure', 'market-exit', 'registration-change'] as const;

/** A market-oversight signal; see {@link MARKET_SIGNALS}. */
export type MarketSignal = (typeof MARKET_SIGNALS)[number];

/**
 * Regulatory actions by CQC that a council hears of (para 1.12: "any regulatory action"), mildest first.
 * `registration-cancellation` is a CQC decision to remove a registration and `urgent-cancellation` one to require
 * immediate closure (Appendix 2 s.3).
 */
export const REGULATORY_ACTIONS = ['requirement-notice', 'warning-notice', 'conditions-imposed', 'suspension', 'registration-cancellation', 'urgent-cancellation'] as const;

/** A CQC regulatory action; see {@link REGULATORY_ACTIONS}. */
export type RegulatoryAction = (typeof REGULATORY_ACTIONS)[number];

/** Business continuity plan status (para 1.27: a BCP is a pre-requisite of every contracted organisation). */
export const BCP_STATUSES = ['tested', 'in-place', 'out-of-date', 'missing'] as const;

/** A BCP status; see {@link BCP_STATUSES}. */
export type BcpStatus = (typeof BCP_STATUSES)[number];

/** The kinds of evidence item. */
export const EVIDENCE_KINDS = [
  'quality-trigger',
  'manager',
  'cqc-rating',
  'regulatory-action',
  'complaint',
  'concern',
  'safeguarding',
  'feedback',
  'market-oversight',
  'business-continuity-plan',
  'outbreak',
] as const;

/** An evidence kind; see {@link EVIDENCE_KINDS}. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Kinds that are the council's own point-in-time observations: they go stale after the pack's limit. A CQC
 * rating is not one of them: it stays in force until CQC publishes a new one, however old. The others
 * (complaints, concerns, safeguarding, outbreaks, regulatory actions) are live records, current until closed.
 */
export const OBSERVATION_KINDS = ['quality-trigger', 'manager', 'feedback', 'market-oversight', 'business-continuity-plan'] as const;

/** An observation kind; see {@link OBSERVATION_KINDS}. */
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

/**
 * The oversight bodies of the seed (para 1.17-1.18): a contract officer (level 0), the Quality Peer Support
 * Group (levels 1-2), the Provider Escalation Panel (levels 3-4).
 */
export const OVERSIGHT_BODIES = ['contract-officer', 'qpsg', 'pep'] as const;

/** An oversight body; see {@link OVERSIGHT_BODIES}. */
export type OversightBody = (typeof OVERSIGHT_BODIES)[number];

/** The risk levels of Table One. */
export const RISK_LEVELS = [0, 1, 2, 3, 4] as const;

/** A risk level, 0 (no known concerns) to 4 (risk of urgent closure or failure, or significant risk to people). */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** A risk level as a schema. */
export const RiskLevelSchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Table One's description of each level (seed 001 para 1.16). */
export const RISK_LEVEL_DESCRIPTIONS: Readonly<Record<RiskLevel, string>> = Object.freeze({
  0: 'No known concerns',
  1: 'Concerns which are defined and/or single or time limited in cause and/or restricted in scope',
  2: 'Persistent or widespread low risk concerns: concerns continue, need formal action',
  3: 'Persistent serious concerns: significant and/or sustained concerns that require enforcement action',
  4: 'Persistent serious concerns where the provider is at risk of urgent closure or failure, or significant risk to service users',
});

import type {
  BCP_STATUSES,
  CQC_KEY_QUESTIONS,
  CQC_RATINGS,
  EVIDENCE_KINDS,
  MARKET_SIGNALS,
  OVERSIGHT_BODIES,
  REGULATORY_ACTIONS,
  RISK_DOMAINS,
  SAFEGUARDING_OUTCOMES,
  SEVERITIES} from './vocabulary.js';
import {
  RISK_LEVELS,
  RISK_LEVEL_DESCRIPTIONS
} from './vocabulary.js';

type Labels<T extends string | number> = Readonly<Record<T, string>>;
const table = <T extends string | number>(values: readonly T[], label: (v: T) => string): Labels<T> =>
  Object.freeze(Object.fromEntries(values.map((v) => [v, label(v)])) as Record<T, string>);

/**
 * The words a form or a report shows for each code of the risk area's vocabulary: one table per closed list,
 * in the seed's own words where it has them (seed 001 para 1.12 for the triggers, para 1.16 Table One for the
 * levels, para 1.17-1.18 for the oversight bodies) and CQC's for ratings and key questions. The JSON Schemas of
 * the risk inputs ({@link riskJsonSchema}) show them as the labels of enum values.
 *
 * @example
 * ```ts
 * import { RISK_LABELS } from 'adult-social-care-rules/risk';
 *
 * RISK_LABELS.cqcRating['requires-improvement']; //=> 'Requires improvement'
 * RISK_LABELS.level[3]; //=> 'Level 3: Persistent serious concerns: significant and/or sustained concerns that require enforcement action'
 * ```
 */
export const RISK_LABELS = Object.freeze({
  /** The domain of a finding: the seed's quality triggers (para 1.12), then the other sources it names. */
  domain: Object.freeze({
    'manager-competence': 'Manager experience and competency',
    'manager-tenure': 'Manager duration in post',
    'staffing-levels': 'Staffing levels',
    'staff-competence': 'Staff competencies and skills',
    'dependency-tools': 'Dependency tools',
    'infection-prevention-control': 'Infection, Prevention and Control (IPC) compliance',
    medication: 'Medication management',
    'nutrition-hydration': 'Nutrition and hydration compliance',
    leadership: 'Leadership',
    governance: 'Governance',
    regulator: 'Regulator (CQC)',
    complaints: 'Complaints',
    concerns: 'Concerns raised',
    safeguarding: 'Safeguarding',
    feedback: 'Professional, customer and family feedback',
    financial: 'Financial and market oversight',
    'business-continuity': 'Business continuity',
    outbreak: 'Outbreak',
  }) satisfies Labels<(typeof RISK_DOMAINS)[number]>,
  /** How serious a concern is, as the officer judged it. */
  severity: Object.freeze({ low: 'Low', moderate: 'Moderate', serious: 'Serious', critical: 'Critical' }) satisfies Labels<(typeof SEVERITIES)[number]>,
  /** A finding at a monitoring visit: assured, or a concern of a severity. */
  finding: Object.freeze({ assured: 'Assured (checked, no concern found)', low: 'Low concern', moderate: 'Moderate concern', serious: 'Serious concern', critical: 'Critical concern' }),
  /** CQC's ratings. */
  cqcRating: Object.freeze({ outstanding: 'Outstanding', good: 'Good', 'requires-improvement': 'Requires improvement', inadequate: 'Inadequate' }) satisfies Labels<(typeof CQC_RATINGS)[number]>,
  /** CQC's five key questions. */
  cqcKeyQuestion: Object.freeze({ safe: 'Safe', effective: 'Effective', caring: 'Caring', responsive: 'Responsive', 'well-led': 'Well-led' }) satisfies Labels<(typeof CQC_KEY_QUESTIONS)[number]>,
  /** Outcomes of a safeguarding enquiry. */
  safeguardingOutcome: Object.freeze({
    open: 'Open (enquiry in progress)',
    substantiated: 'Substantiated',
    'partly-substantiated': 'Partly substantiated',
    inconclusive: 'Inconclusive',
    'not-substantiated': 'Not substantiated',
    'ceased-at-request': 'Ceased at the individual\'s request',
  }) satisfies Labels<(typeof SAFEGUARDING_OUTCOMES)[number]>,
  /** Market-oversight, financial and closure signals (seed 001 Appendix 2 s.3). */
  marketSignal: Object.freeze({
    watch: 'Watch',
    'financial-distress': 'Financial distress',
    'failure-likely': 'Failure likely',
    'urgent-closure': 'Urgent closure',
    'market-exit': 'Decision to exit the market',
    'registration-change': 'Decision to change the registered care status',
  }) satisfies Labels<(typeof MARKET_SIGNALS)[number]>,
  /** CQC regulatory actions. */
  regulatoryAction: Object.freeze({
    'requirement-notice': 'Requirement notice',
    'warning-notice': 'Warning notice',
    'conditions-imposed': 'Conditions imposed on registration',
    suspension: 'Suspension of registration',
    'registration-cancellation': 'Cancellation of registration',
    'urgent-cancellation': 'Urgent cancellation (immediate closure)',
  }) satisfies Labels<(typeof REGULATORY_ACTIONS)[number]>,
  /** Status of the business continuity plan (para 1.27). */
  bcpStatus: Object.freeze({ tested: 'In place and tested', 'in-place': 'In place', 'out-of-date': 'Out of date', missing: 'Missing' }) satisfies Labels<(typeof BCP_STATUSES)[number]>,
  /** Kinds of evidence item. */
  evidenceKind: Object.freeze({
    'quality-trigger': 'Quality trigger finding',
    manager: 'Registered manager',
    'cqc-rating': 'CQC rating',
    'regulatory-action': 'CQC regulatory action',
    complaint: 'Complaint',
    concern: 'Quality concern',
    safeguarding: 'Safeguarding referral',
    feedback: 'Feedback',
    'market-oversight': 'Market oversight or financial signal',
    'business-continuity-plan': 'Business continuity plan',
    outbreak: 'Outbreak',
  }) satisfies Labels<(typeof EVIDENCE_KINDS)[number]>,
  /** Outcomes of a complaint. */
  complaintOutcome: Object.freeze({ pending: 'Pending', upheld: 'Upheld', 'partly-upheld': 'Partly upheld', 'not-upheld': 'Not upheld' }),
  /** Who raised a quality concern. */
  concernRaisedBy: Object.freeze({ professional: 'A professional', family: 'A family member', 'service-user': 'A person supported', staff: 'A member of staff', whistleblower: 'A whistleblower', cqc: 'CQC', other: 'Someone else' }),
  /** Who gave feedback. */
  feedbackFrom: Object.freeze({ professional: 'A professional', family: 'A family member', 'service-user': 'A person supported', 'cqc-inspector': 'A CQC inspector' }),
  /** The tone of feedback. */
  sentiment: Object.freeze({ positive: 'Positive', neutral: 'Neutral', negative: 'Negative' }),
  /** Complexity of service in the risk profile (para 1.10.3). */
  complexity: Object.freeze({ standard: 'Standard', complex: 'Complex (e.g. nursing, complex needs)' }),
  /** The priority of a quality concern (seed 003). */
  concernPriority: Object.freeze({ 'high-risk': 'High risk (within 24 hours)', further: 'Further concern (within 72 hours)' }),
  /** How the level in force was reached. */
  levelEntry: Object.freeze({ initial: 'First review', escalation: 'Escalation', 'de-escalation': 'Step down (de-escalation)' }),
  /** The oversight bodies (para 1.17-1.18). */
  oversightBody: Object.freeze({ 'contract-officer': 'Contract officer', qpsg: 'Quality Peer Support Group (QPSG)', pep: 'Provider Escalation Panel (PEP)' }) satisfies Labels<(typeof OVERSIGHT_BODIES)[number]>,
  /** The levels of Table One (para 1.16), from {@link RISK_LEVEL_DESCRIPTIONS}. */
  level: table(RISK_LEVELS, (l) => `Level ${l}: ${RISK_LEVEL_DESCRIPTIONS[l]}`),
});

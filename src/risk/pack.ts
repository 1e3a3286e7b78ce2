import * as z from 'zod';
import { defineRulePack, type RuleEntryInput, type RulePack } from '../core/rulePack.js';
import {
  BCP_STATUSES,
  CQC_RATINGS,
  CqcRatingSchema,
  EVIDENCE_KINDS,
  MARKET_SIGNALS,
  REGULATORY_ACTIONS,
  RiskDomainSchema,
  SAFEGUARDING_OUTCOMES,
  SeverityOrNoneSchema,
  SeveritySchema,
  TRIGGER_DOMAINS,
} from './vocabulary.js';

const days = z.number().int().min(0).max(3650);
const positiveDays = z.number().int().min(1).max(3650);
const level = z.number().int().min(0).max(4);
const perLevel = <T extends z.ZodType>(s: T) => z.strictObject({ '0': s, '1': s, '2': s, '3': s, '4': s });

/** When an action falls due, relative to the date the level took effect. */
export const ActionDueSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('working-days'), days }),
  z.strictObject({ kind: z.literal('calendar-days'), days }),
  z.strictObject({ kind: z.literal('recurring'), everyDays: positiveDays }),
]);

/** One action of a level's response, as a pack writes it. */
export const ActionTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected an id of lower-case letters, digits and "-"' }),
  category: z.enum(['oversight', 'monitoring', 'support', 'contractual', 'escalation']),
  title: z.string().min(1),
  owner: z.string().min(1),
  mode: z.enum(['required', 'option']),
  due: ActionDueSchema,
  citation: z.string().min(1),
  onDeEscalation: z
    .enum(['keep', 'omit'])
    .optional()
    .describe(
      'When the level was reached by a step down (de-escalation): "keep" lists the action again, "omit" does not issue it again (it belongs to a move up: letters, escalations, first visits). Omitted: "keep" for recurring actions, "omit" for one-off ones.',
    ),
});

/** The oversight and actions of one level (one row of Table One). */
export const LevelResponseSchema = z.strictObject({
  oversight: z.strictObject({ body: z.enum(['contract-officer', 'qpsg', 'pep']), description: z.string().min(1), citation: z.string().min(1) }),
  actions: z.array(ActionTemplateSchema),
});

/**
 * The parameters of the risk area. Every one is local **policy**: the seed (Coventry QA framework, seed 001
 * para 1.10-1.21 and Table One) gives the levels, triggers, oversight and actions but no weights, thresholds,
 * windows or de-escalation criteria, so the numbers below are this library's defaults, labelled as such, and a
 * council replaces them with {@link adult-social-care-rules!extendPack}. No parameter of this area is national law.
 */
export const riskSpec = {
  staleAfterDays: {
    kind: 'policy',
    schema: z.strictObject({
      'quality-trigger': positiveDays,
      manager: positiveDays,
      'cqc-rating': positiveDays,
      feedback: positiveDays,
      'market-oversight': positiveDays,
      'business-continuity-plan': positiveDays,
    }),
    description: 'Days after which an observation of each kind is stale: reported, not scored, and its domain counted as missing.',
  },
  persistence: {
    kind: 'policy',
    schema: z.strictObject({ openDays: positiveDays, recurrenceReviews: z.number().int().min(2).max(100), recurrenceWindowDays: positiveDays }),
    description: '"Persistent": a concern open longer than openDays, or a domain with concerns on at least recurrenceReviews distinct dates within recurrenceWindowDays.',
  },
  widespreadDomains: {
    kind: 'policy',
    schema: z.number().int().min(2).max(20),
    description: '"Widespread": current concerns in at least this many distinct domains.',
  },
  levelCriteria: {
    kind: 'policy',
    schema: z.strictObject({
      singleSeriousLevel: level,
      significantSeriousFindings: z.number().int().min(1).max(100),
      significantAdultsAffected: z.number().int().min(1).max(1000),
      criticalFindingLevel: level,
    }),
    description: 'Level set by one serious finding; serious findings, or adults affected by counted safeguarding, that make concerns "significant" (level 3); level set by a critical finding (significant risk to service users).',
  },
  cqcRatingSeverity: {
    kind: 'policy',
    schema: z.strictObject(Object.fromEntries(CQC_RATINGS.map((r) => [r, SeverityOrNoneSchema])) as Record<(typeof CQC_RATINGS)[number], typeof SeverityOrNoneSchema>),
    description: 'Severity of the concern a CQC rating (overall or a key question) represents.',
  },
  regulatoryActionSeverity: {
    kind: 'policy',
    schema: z.strictObject(Object.fromEntries(REGULATORY_ACTIONS.map((r) => [r, SeverityOrNoneSchema])) as Record<(typeof REGULATORY_ACTIONS)[number], typeof SeverityOrNoneSchema>),
    description: 'Severity of the concern each CQC regulatory action represents.',
  },
  closureRegulatoryActions: {
    kind: 'policy',
    schema: z.array(z.enum(REGULATORY_ACTIONS)),
    description: 'Regulatory actions that are an urgent-closure signal (straight to level 4, basis "closure or failure").',
  },
  marketSignalLevel: {
    kind: 'policy',
    schema: z.strictObject(Object.fromEntries(MARKET_SIGNALS.map((s) => [s, level])) as Record<(typeof MARKET_SIGNALS)[number], typeof level>),
    description: 'The lowest level each market-oversight or financial-distress signal sets. Only these signals (and closure regulatory actions) can give level 4 on the "closure or failure" basis.',
  },
  manager: {
    kind: 'policy',
    schema: z.strictObject({
      newManagerMonths: z.number().int().min(0).max(120),
      newManagerSeverity: SeverityOrNoneSchema,
      inexperiencedYears: z.number().min(0).max(50),
      inexperiencedSeverity: SeverityOrNoneSchema,
      noRegisteredManagerSeverity: SeverityOrNoneSchema,
    }),
    description: 'Manager triggers: months in post below which a manager is new, years of experience below which inexperienced, and the severity of each, and of having no registered manager.',
  },
  safeguarding: {
    kind: 'policy',
    schema: z.strictObject({ countedOutcomes: z.array(z.enum(SAFEGUARDING_OUTCOMES)), multipleAdultsThreshold: z.number().int().min(2).max(1000) }),
    description: 'Safeguarding referrals whose outcome counts as a concern, and the number of adults affected at which severity rises one step.',
  },
  complaintCountedOutcomes: {
    kind: 'policy',
    schema: z.array(z.enum(['upheld', 'partly-upheld', 'pending', 'not-upheld'])),
    description: 'Complaint outcomes that count as a concern.',
  },
  bcpSeverity: {
    kind: 'policy',
    schema: z.strictObject(Object.fromEntries(BCP_STATUSES.map((s) => [s, SeverityOrNoneSchema])) as Record<(typeof BCP_STATUSES)[number], typeof SeverityOrNoneSchema>),
    description: 'Severity of each business continuity plan status.',
  },
  outbreakSeverity: {
    kind: 'policy',
    schema: SeverityOrNoneSchema,
    description: 'Severity an active outbreak adds to the level (the placement stop it triggers is separate).',
  },
  requiredEvidence: {
    kind: 'policy',
    schema: z.strictObject({ domains: z.array(RiskDomainSchema), kinds: z.array(z.enum(EVIDENCE_KINDS)) }),
    description: 'Domains and kinds that must have current evidence; those without are reported as missing (never as "no concern").',
  },
  deEscalationSustainDays: {
    kind: 'policy',
    schema: z.strictObject({ '0': positiveDays, '1': positiveDays, '2': positiveDays, '3': positiveDays }),
    description: 'Days the criteria of the next level down (the key) must have held before a provider moves down to it.',
  },
  reviewEveryDays: {
    kind: 'policy',
    schema: perLevel(positiveDays),
    description: 'Days from one review of the level to the next, by level.',
  },
  concernResponseHours: {
    kind: 'policy',
    schema: z.strictObject({ 'high-risk': z.number().positive().max(8760), further: z.number().positive().max(8760) }),
    description: 'Clock hours within which a quality concern is dealt with.',
  },
  highRiskSeverities: {
    kind: 'policy',
    schema: z.array(SeveritySchema),
    description: 'Concern severities that are "high risk" (24-hour response) when the concern does not say.',
  },
  levelResponses: {
    kind: 'policy',
    schema: perLevel(LevelResponseSchema),
    description: 'Table One: the oversight, monitoring, support, contractual options and escalations of each level, each with its deadline.',
  },
  outbreakResponse: {
    kind: 'policy',
    schema: z.array(ActionTemplateSchema),
    description: 'Actions on notification of an outbreak, whatever the level.',
  },
  evidenceGapWorkingDays: {
    kind: 'policy',
    schema: days,
    description: 'Working days to obtain current evidence for a missing or stale domain.',
  },
  qualityStandard: {
    kind: 'policy',
    schema: z.strictObject({
      cqcRatings: z.array(CqcRatingSchema),
      maxLevel: level,
      unrated: z.enum(['exclude', 'not-meeting']),
      rounding: z.strictObject({ places: z.number().int().min(0).max(6), mode: z.enum(['half-away-from-zero', 'half-even', 'down', 'up']) }),
    }),
    description: '"Meeting quality standards": CQC ratings that meet it, the highest council risk level that meets it, how unrated services (and those that would meet it on incomplete evidence) count, and the rounding of the share.',
  },
} as const;

/** The spec type of the risk pack. */
export type RiskPackSpec = typeof riskSpec;

/** A risk rule pack: the Coventry default or a council's extension of it. */
export type RiskPack = RulePack<RiskPackSpec>;

const FROM = '2022-06-01';
const QA = 'Coventry QA framework (seed 001)';
const DEFAULT_WARNING = 'Local policy default chosen by this library: the Coventry framework gives the triggers but no value. Replace it with your council\'s own.';

function policy<T>(value: T, citation: string, warning: string | null = DEFAULT_WARNING): RuleEntryInput<T>[] {
  return [{ validFrom: FROM, value, citation, kind: 'policy', ...(warning === null ? {} : { warning }) }];
}

type Due = z.input<typeof ActionDueSchema>;
type Mode = 'required' | 'option';
const wd = (n: number): Due => ({ kind: 'working-days', days: n });
const now: Due = { kind: 'calendar-days', days: 0 };
const every = (n: number): Due => ({ kind: 'recurring', everyDays: n });
const T1 = `${QA} Table One`;
type Category = 'oversight' | 'monitoring' | 'support' | 'contractual' | 'escalation';
const act = (id: string, category: Category, title: string, owner: string, mode: Mode, due: Due, citation: string = T1) => ({ id, category, title, owner, mode, due, citation });
// A placement stop is a standing restriction, not a letter: after a step down the oversight body reviews whether
// it stays, is relaxed (imposed to voluntary) or is lifted, so the option is listed again.
const reviewOnStepDown = <T extends object>(a: T) => ({ ...a, onDeEscalation: 'keep' as const });

const CO = 'Contract officer / clinical nurse';
const QPSG = 'Quality Peer Support Group (QPSG)';
const PEP = 'Provider Escalation Panel (PEP)';
const signposting = (due: Due) => act('signposting', 'support', 'Signposting to key partners (Infection Prevention and Control, Medication Optimisation Team)', CO, 'required', due);

const shared34 = [
  act('monitor-data', 'monitoring', 'Ongoing monitoring of data', CO, 'required', every(7)),
  act('reactive-visit', 'monitoring', 'Reactive visit', CO, 'required', wd(2)),
  act('coordinate-intelligence', 'monitoring', 'Coordination of intelligence with key partners to monitor improvement', PEP, 'required', every(14)),
  act('service-user-reviews', 'monitoring', 'Undertake service user reviews', 'Social work team', 'required', wd(20)),
  act('monitor-safeguarding', 'monitoring', 'Review and monitor ongoing safeguarding concerns', PEP, 'required', every(14)),
  act('unannounced-visits', 'monitoring', 'Unannounced ongoing visits to monitor compliance with the action plan', CO, 'required', every(14)),
  act('strategy-meeting', 'escalation', 'Multi-agency strategy meeting instigated', PEP, 'required', wd(5)),
  act('head-of-service', 'escalation', 'Escalation to Head of Service', PEP, 'required', wd(1)),
  act('adass-cabinet-briefing', 'escalation', 'Escalation / briefing note to ADASS and the cabinet portfolio member', 'Head of Service', 'required', wd(5)),
  act('consult-legal', 'escalation', 'Consult with legal', 'Head of Service', 'required', wd(5)),
  act('action-plan', 'support', 'Monitored action plan', 'Provider, monitored by PEP', 'required', wd(14)),
  signposting(wd(5)),
  act('learning-development', 'support', 'Priority access to learning and development support', CO, 'required', wd(10)),
  act('formal-health-meeting', 'support', 'CCC/CWCCG formal meeting (senior managers)', PEP, 'required', wd(10)),
];

/** The Coventry default of `levelResponses`: Table One row by row. Deadlines are library defaults. */
const levelResponses = {
  '0': {
    oversight: { body: 'contract-officer' as const, description: 'Managed by individual contract officers and clinical nurses with oversight from their line managers; business as usual', citation: `${QA} para 1.18` },
    actions: [
      act('routine-monitoring', 'monitoring', 'Routine monitoring in line with contract provisions', CO, 'required', every(365)),
      act('continuous-improvement', 'support', 'Support with continuous improvement programmes', CO, 'option', every(365)),
    ],
  },
  '1': {
    oversight: { body: 'qpsg' as const, description: 'QPSG oversight of moderate concerns; ongoing monitoring by the contract officer and clinical nurse', citation: `${QA} para 1.18` },
    actions: [
      act('proactive-visit', 'monitoring', 'Proactive visit brought forward or frequency reviewed', CO, 'required', wd(20)),
      act('visits', 'monitoring', 'Ongoing monitoring by the contract officer / clinical nurse (visits)', CO, 'required', every(90)),
      act('improvement-plan', 'support', 'Monitored improvement plan', 'Provider, monitored by the contract officer', 'required', wd(14)),
      signposting(wd(10)),
      act('learning-development', 'support', 'Focus on and access to learning and development sessions', CO, 'option', wd(20)),
    ],
  },
  '2': {
    oversight: { body: 'qpsg' as const, description: 'QPSG oversight with support and challenge; two-weekly contract officer meetings', citation: `${QA} para 1.18` },
    actions: [
      act('monitor-data', 'monitoring', 'Ongoing monitoring of data', CO, 'required', every(14)),
      act('reactive-visit', 'monitoring', 'Reactive visit', CO, 'required', wd(5)),
      act('action-plan', 'monitoring', 'Develop and agree actions with the service and agree an action plan (a monitored action plan)', 'Provider, with the contract officer', 'required', wd(14)),
      act('scheduled-visits', 'monitoring', 'Scheduled ongoing visits to monitor compliance with the action plan', CO, 'required', every(28)),
      act('lead-officer', 'escalation', 'Escalate to lead officer / Quality Assurance officer / care home lead', CO, 'required', wd(2)),
      signposting(wd(5)),
      act('learning-development', 'support', 'Priority access to learning and development support', CO, 'required', wd(10)),
      act('manager-meetings', 'support', 'Regular virtual meeting with the manager and/or owners', CO, 'required', every(14)),
      reviewOnStepDown(act('voluntary-placement-stop', 'contractual', 'Voluntary placement stop / restriction of hours', QPSG, 'option', now)),
      act('notice-of-concern', 'contractual', 'Notice of concern letter issued (rectification required; placement stops notified)', QPSG, 'required', wd(5), `${T1}; market support offer (seed 003)`),
    ],
  },
  '3': {
    oversight: { body: 'pep' as const, description: 'Multi-agency oversight by the Provider Escalation Panel, which recommends contractual action to the Head of Commissioning and Quality', citation: `${QA} para 1.17` },
    actions: [
      ...shared34,
      act('quality-performance-meetings', 'support', 'Quality performance meetings with strategic directors / owners', PEP, 'required', every(28)),
      reviewOnStepDown(act('imposed-placement-stop', 'contractual', 'Imposed placement stop / restriction of hours', PEP, 'option', now)),
      act('breach-letter', 'contractual', 'Potential breach of contract letter (or notice of concern letter) issued', PEP, 'required', wd(5), `${T1}; market support offer (seed 003)`),
      act('decommission', 'contractual', 'Decommissioning / end of contract', 'Head of Commissioning and Quality', 'option', wd(20)),
    ],
  },
  '4': {
    oversight: { body: 'pep' as const, description: 'Multi-agency oversight by the Provider Escalation Panel; risk of urgent closure or failure, or significant risk to service users', citation: `${QA} para 1.17` },
    actions: [
      ...shared34,
      act('quality-performance-meetings', 'support', 'Quality performance meetings with directors / owners / managers', PEP, 'required', every(14)),
      act('imposed-placement-stop', 'contractual', 'Imposed placement stop / restriction of hours', PEP, 'required', now),
      act('termination-letter', 'contractual', 'Termination of contract letter issued (a last resort)', 'Head of Commissioning and Quality', 'option', wd(5), `${T1}; market support offer (seed 003)`),
      act('decommission', 'contractual', 'Decommissioning / end of contract', 'Head of Commissioning and Quality', 'option', wd(20)),
    ],
  },
};

const APPX2 = 'Coventry Market Failure Plan (seed 001 Appendix 2), "Coronavirus and other outbreaks"';

/**
 * The default (Coventry) risk pack. Sources: Coventry City Council report "Quality Assurance and Management of
 * Market Failure" (seed 001, para 1.10-1.21, Table One, Appendix 2) and its market support offer (seed 003).
 * Levels, triggers, oversight bodies and actions come from the seed; every number is a library default marked
 * with a warning, because the seed gives none.
 */
export const coventryRiskPack: RiskPack = defineRulePack(riskSpec, {
  id: 'coventry-risk',
  version: '2026.1',
  entries: {
    staleAfterDays: policy(
      { 'quality-trigger': 180, manager: 365, 'cqc-rating': 730, feedback: 180, 'market-oversight': 90, 'business-continuity-plan': 365 },
      `${QA} para 1.12 (triggers); ages are library defaults`,
    ),
    persistence: policy({ openDays: 28, recurrenceReviews: 3, recurrenceWindowDays: 180 }, `${QA} Table One levels 2-4 ("persistent")`),
    widespreadDomains: policy(3, `${QA} Table One level 2 ("widespread")`),
    levelCriteria: policy(
      { singleSeriousLevel: 2, significantSeriousFindings: 2, significantAdultsAffected: 3, criticalFindingLevel: 4 },
      `${QA} Table One levels 2-4 ("significant", "significant risk to service user")`,
    ),
    cqcRatingSeverity: policy({ outstanding: 'none', good: 'none', 'requires-improvement': 'moderate', inadequate: 'serious' }, `${QA} para 1.10.3, 1.12 (CQC rating and feedback)`),
    regulatoryActionSeverity: policy(
      { 'requirement-notice': 'low', 'warning-notice': 'moderate', 'conditions-imposed': 'serious', suspension: 'serious', 'urgent-cancellation': 'critical' },
      `${QA} para 1.12 ("any regulatory action")`,
    ),
    closureRegulatoryActions: policy(['urgent-cancellation'], `${QA} Appendix 2 para 3 (CQC removing a registration or requiring immediate closure)`),
    marketSignalLevel: policy({ watch: 1, 'financial-distress': 2, 'failure-likely': 4, 'urgent-closure': 4 }, `${QA} Table One level 4 ("at risk of urgent closure or failure")`),
    manager: policy(
      { newManagerMonths: 6, newManagerSeverity: 'low', inexperiencedYears: 2, inexperiencedSeverity: 'low', noRegisteredManagerSeverity: 'moderate' },
      `${QA} para 1.12 (manager experience and competency, duration in post)`,
    ),
    safeguarding: policy(
      { countedOutcomes: ['open', 'substantiated', 'partly-substantiated'], multipleAdultsThreshold: 2 },
      `${QA} para 1.12 (frequency, substantiated and severity of safeguarding referrals)`,
    ),
    complaintCountedOutcomes: policy(['upheld', 'partly-upheld', 'pending'], `${QA} para 1.10.3, 1.12 (complaints, concerns raised)`),
    bcpSeverity: policy({ tested: 'none', 'in-place': 'none', 'out-of-date': 'low', missing: 'moderate' }, `${QA} para 1.27 (a BCP is a pre-requisite of every contracted organisation)`),
    outbreakSeverity: policy('none', `${APPX2} (an outbreak is a temporary emergency, handled by a placement stop)`),
    requiredEvidence: policy({ domains: [...TRIGGER_DOMAINS], kinds: ['cqc-rating', 'business-continuity-plan'] }, `${QA} para 1.12, 1.27`),
    deEscalationSustainDays: policy({ '0': 84, '1': 56, '2': 56, '3': 28 }, `${QA} para 1.20-1.21 (criteria to move down; sustainable improvement)`),
    reviewEveryDays: policy({ '0': 365, '1': 90, '2': 28, '3': 14, '4': 7 }, `${QA} para 1.18, 1.20 (frequency of visits; two-weekly contract officer meetings)`),
    concernResponseHours: policy({ 'high-risk': 24, further: 72 }, 'Coventry market support offer (seed 003): "High risk quality concerns are dealt with within 24 hours; further concerns are dealt with within 72 hours"', null),
    highRiskSeverities: policy(['serious', 'critical'], 'Coventry market support offer (seed 003) ("high risk quality concerns")'),
    levelResponses: [{ validFrom: FROM, value: levelResponses, citation: `${T1}; para 1.17-1.18`, kind: 'policy', warning: 'Actions and oversight from Table One; the deadlines, visit frequencies, which actions are required rather than options, and which are listed again after a step down are library defaults (the seed gives none).' }],
    outbreakResponse: policy(
      [
        act('contact-provider', 'monitoring', 'Contact the provider to understand the extent of the outbreak, risks to service delivery and PPE stock', 'Commissioning', 'required', now, APPX2),
        act('temporary-placement-stop', 'contractual', 'Temporary placement stop: no new admissions for the duration of the outbreak; restrict visiting professionals', 'Commissioning, via adult social care teams', 'required', now, APPX2),
        act('business-continuity', 'support', 'Support the provider to activate its business continuity plan if staffing is at risk', 'Commissioning', 'option', now, APPX2),
      ],
      APPX2,
      'Actions from the seed; "immediately" is read as the same day.',
    ),
    evidenceGapWorkingDays: policy(10, `${QA} para 1.13 (monitoring visits based on risk)`),
    qualityStandard: policy(
      { cqcRatings: ['outstanding', 'good'], maxLevel: 1, unrated: 'exclude', rounding: { places: 1, mode: 'half-away-from-zero' } },
      'Coventry KPIs (seed 002): "Percentage of commissioned services meeting or exceeding agreed-upon quality standards (CQC ratings and Council\'s own risk ratings)"',
    ),
  },
});

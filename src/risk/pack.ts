import * as z from 'zod';
import { QualityStandardSchema } from '../core/qualityStandard.js';
import { defineRulePack, type RuleEntryInput, type RulePack } from '../core/rulePack.js';
import {
  BCP_STATUSES,
  CQC_RATINGS,
  EVIDENCE_KINDS,
  OVERSIGHT_BODIES,
  MARKET_SIGNALS,
  REGULATORY_ACTIONS,
  RiskDomainSchema,
  SAFEGUARDING_OUTCOMES,
  SeverityOrNoneSchema,
  SeveritySchema,
  TRIGGER_DOMAINS,
  type TriggerDomain,
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
  id: z.string().regex(/^[a-z0-9-]+$/, { error: 'must be an id of lower-case letters, digits and "-"' }),
  category: z.enum(['oversight', 'monitoring', 'support', 'contractual', 'escalation']),
  title: z.string().min(1),
  owner: z.string().min(1),
  mode: z.enum(['required', 'option']),
  due: ActionDueSchema,
  citation: z.string().min(1),
  recommendedBy: z.string().min(1).optional().describe('For an option: who may recommend it (e.g. the QPSG, the PEP).'),
  decidedBy: z.string().min(1).optional().describe('For an option: who decides it (e.g. the Head of Commissioning and Quality and Director of Nursing, para 1.17).'),
  when: z
    .literal('quality-concern')
    .optional()
    .describe('"quality-concern": issued only when the level rests on quality evidence (seed 003: a notice of concern is issued "in event of poor quality"), not when a financial or closure signal alone sets it.'),
  onDeEscalation: z
    .enum(['keep', 'omit'])
    .optional()
    .describe(
      'When the level was reached by a step down (de-escalation): "keep" lists the action again, "omit" does not issue it again (it belongs to a move up: letters, escalations, first visits). Omitted: "keep" for recurring actions, "omit" for one-off ones.',
    ),
});

/** The oversight and actions of one level (one row of Table One). */
export const LevelResponseSchema = z.strictObject({
  oversight: z.strictObject({ body: z.enum(OVERSIGHT_BODIES), description: z.string().min(1), citation: z.string().min(1) }),
  actions: z.array(ActionTemplateSchema),
});

/** The profile of one service type: whether CQC regulates it, the evidence it needs, and its monitoring cadence. */
export const ServiceTypeProfileSchema = z.strictObject({
  label: z.string().min(1).describe('The name in the council\'s own words, e.g. "Day Service (Local)".'),
  cqc: z.enum(['oversight', 'none']).describe('Whether CQC regulates it (section 8 table, CQC column): a "none" type is never asked for a CQC rating.'),
  evidence: z
    .strictObject({ domains: z.array(RiskDomainSchema), kinds: z.array(z.enum(EVIDENCE_KINDS)) })
    .describe('Domains and kinds that must have current evidence; those without are reported as missing (never as "no concern").'),
  visitEveryDays: positiveDays.describe('Routine monitoring visits at level 0: days between visits (para 1.13 "guided by type of care setting").'),
});

/** A service type's profile, as a pack writes it. */
export type ServiceTypeProfile = z.input<typeof ServiceTypeProfileSchema>;

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
      feedback: positiveDays,
      'market-oversight': positiveDays,
      'business-continuity-plan': positiveDays,
    }),
    description: 'Days after which the council\'s own observation of each kind is stale: reported, not scored, and its domain counted as missing. A CQC rating never goes stale: it is in force until CQC replaces it.',
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
    description: 'Regulatory actions that are a closure signal (level 4 on the basis "closure or failure"; routed to the provider-failure side).',
  },
  closureSignals: {
    kind: 'policy',
    schema: z.array(z.enum(MARKET_SIGNALS)),
    description: 'Market signals that are closure or failure signals (they set `failureSignal`; at level 4 the basis is "closure or failure"). Every market signal routes to the provider-failure side whatever its level.',
  },
  signalClearing: {
    kind: 'policy',
    schema: z.enum(['on-resolution', 'sustain']),
    description: 'How a level that only a financial or closure signal set comes down once the signal is resolved: at once to the level the evidence supports ("on-resolution"), or one step per sustain period like a quality level ("sustain").',
  },
  marketSignalLevel: {
    kind: 'policy',
    schema: z.strictObject(Object.fromEntries(MARKET_SIGNALS.map((s) => [s, level])) as Record<(typeof MARKET_SIGNALS)[number], typeof level>),
    description: 'The lowest level each market, financial or closure signal sets. Only closure signals (and closure regulatory actions) can give level 4 on the "closure or failure" basis.',
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
    schema: z.strictObject({
      countedOutcomes: z.array(z.enum(SAFEGUARDING_OUTCOMES)),
      multipleAdultsThreshold: z.number().int().min(2).max(1000),
      substantiatedOutcomes: z.array(z.enum(SAFEGUARDING_OUTCOMES)),
      substantiatedWindowDays: days,
      frequency: z.strictObject({ referrals: z.number().int().min(1).max(1000), windowDays: positiveDays, level }),
    }),
    description:
      'Safeguarding referrals (para 1.12 "frequency, substantiated and severity"): outcomes that count as a concern while open; the number of adults affected at which severity rises one step; substantiated outcomes, which keep counting for substantiatedWindowDays after the enquiry closes (substantiation is usually known only at closure); and the referral frequency (referrals received within windowDays, whatever their outcome) that sets a level.',
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
  serviceTypes: {
    kind: 'policy',
    schema: z.record(z.string().regex(/^[a-z0-9-]+$/, { error: 'must be an id of lower-case letters, digits and "-"' }), ServiceTypeProfileSchema).refine((r) => Object.keys(r).length > 0, { error: 'must have at least one service type' }),
    description: 'The service types of the council (seed 001 Appendix 2 section 8 table), each with whether CQC regulates it, the evidence it needs and its routine visit cadence. `serviceType` must be one of them; a council adds its own in its layer (spread COVENTRY_SERVICE_TYPES and add).',
  },
  profileVisitFrequency: {
    kind: 'policy',
    schema: z.strictObject({
      peopleSupportedAtLeast: z.number().int().min(1).nullable(),
      complexity: z.array(z.enum(['standard', 'complex'])),
      locations: z.array(z.string().min(1)),
      cqcBelowGood: z.boolean(),
      everyDays: positiveDays,
    }),
    description:
      'The risk profile of para 1.10.3 (people supported, location, complexity of service) and the focus on CQC ratings below Good (Appendix 2 s.7): a provider matching any of them is visited at least every everyDays at level 0 instead of its service type\'s cadence.',
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
    schema: QualityStandardSchema.extend({
      rounding: z.strictObject({ places: z.number().int().min(0).max(6), mode: z.enum(['half-away-from-zero', 'half-even', 'down', 'up']) }),
    }),
    description: '"Meeting quality standards" (the one definition of src/core/qualityStandard.ts, shared with the ascof KPI): CQC ratings and council risk levels that meet it, how unrated services count, and the rounding of the share.',
  },
  failureSignalResponse: {
    kind: 'policy',
    schema: z.array(ActionTemplateSchema),
    description: 'Actions when a financial or closure signal is in force, whatever the level: the provider-failure side (Market Failure Plan), not quality letters.',
  },
} as const;

/** The spec type of the risk pack. */
export type RiskPackSpec = typeof riskSpec;

/** A risk rule pack: the Coventry default or a council's extension of it. */
export type RiskPack = RulePack<RiskPackSpec>;

// The Cabinet Member for Adult Services approved the revised risk-based approach on 13 July 2022 (seed 001, the
// report to the meeting of 13 July 2022, recommendation 1; "implemented with immediate effect", s.4).
const FROM = '2022-07-13';
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
// Para 1.17: PEP "recommends contractual action to the Head of Commissioning and Quality and Director of Nursing
// and Clinical Transformation".
const HOCQ = 'Head of Commissioning and Quality and Director of Nursing and Clinical Transformation';
// Table One's "Support Options available" and "Contractual options" columns are options: the oversight body
// considers them (para 1.20 "the support options available ... consider any potential contractual actions").
const option = <T extends object>(a: T, recommendedBy: string, decidedBy: string) => ({ ...a, recommendedBy, decidedBy });
const qpsgSupport = <T extends object>(a: T) => option(a, QPSG, QPSG);
const pepSupport = <T extends object>(a: T) => option(a, PEP, PEP);
const pepContract = <T extends object>(a: T) => option(a, PEP, HOCQ);
const signposting = (due: Due) => act('signposting', 'support', 'Signposting to key partners (Infection Prevention and Control, Medication Optimisation Team)', CO, 'option', due);

// The "Level of oversight" column of levels 3 and 4: what oversight at that level is, so required.
const oversight34 = [
  act('monitor-data', 'monitoring', 'Ongoing monitoring of data', CO, 'required', every(7)),
  act('reactive-visit', 'monitoring', 'Reactive visit', CO, 'required', wd(2)),
  act('coordinate-intelligence', 'monitoring', 'Coordination of intelligence with key partners to monitor improvement', PEP, 'required', every(14)),
  act('service-user-reviews', 'monitoring', 'Undertake service user reviews', 'Social work team', 'required', wd(20)),
  act('monitor-safeguarding', 'monitoring', 'Review and monitor ongoing safeguarding concerns', PEP, 'required', every(14)),
  act('unannounced-visits', 'monitoring', 'Unannounced ongoing visits to monitor compliance with the action plan', CO, 'required', every(14)),
];
// The "Support Options available" column of levels 3 and 4.
const support34 = [
  pepSupport(act('strategy-meeting', 'escalation', 'Multi-agency strategy meeting instigated', PEP, 'option', wd(5))),
  pepSupport(act('head-of-service', 'escalation', 'Escalation to Head of Service', PEP, 'option', wd(1))),
  pepSupport(act('adass-cabinet-briefing', 'escalation', 'Escalation / briefing note to ADASS and the cabinet portfolio member', 'Head of Service', 'option', wd(5))),
  pepSupport(act('consult-legal', 'escalation', 'Consult with legal', 'Head of Service', 'option', wd(5))),
  pepSupport(act('action-plan', 'support', 'Monitored action plan', 'Provider, monitored by PEP', 'option', wd(14))),
  pepSupport(signposting(wd(5))),
  pepSupport(act('learning-development', 'support', 'Priority access to learning and development support', CO, 'option', wd(10))),
  pepSupport(act('formal-health-meeting', 'support', 'CCC/CWCCG formal meeting (senior managers)', PEP, 'option', wd(10))),
];

/**
 * The Coventry default of `levelResponses`: Table One row by row. The "Level of oversight" column is required
 * (it is what oversight at the level is); the "Support Options available" and "Contractual options" columns are
 * options, each naming who may recommend it and who decides (para 1.17-1.18, 1.20). The one required letter is
 * the level 2 notice of concern, and only when the level rests on quality evidence (Table One "concerns
 * continue, need formal action"; seed 003 "Notice of concern issued in event of poor quality"). Deadlines are
 * library defaults.
 */
const levelResponses = {
  '0': {
    oversight: { body: 'contract-officer' as const, description: 'Managed by individual contract officers and clinical nurses with oversight from their line managers; business as usual', citation: `${QA} para 1.18` },
    actions: [
      act('routine-monitoring', 'monitoring', 'Routine monitoring in line with contract provisions', CO, 'required', every(365)),
      option(act('continuous-improvement', 'support', 'Support with continuous improvement programmes', CO, 'option', every(365)), CO, CO),
    ],
  },
  '1': {
    oversight: { body: 'qpsg' as const, description: 'QPSG oversight of moderate concerns; ongoing monitoring by the contract officer and clinical nurse', citation: `${QA} para 1.18` },
    actions: [
      act('proactive-visit', 'monitoring', 'Proactive visit brought forward or frequency reviewed', CO, 'required', wd(20)),
      act('visits', 'monitoring', 'Ongoing monitoring by the contract officer / clinical nurse (visits)', CO, 'required', every(90)),
      qpsgSupport(act('improvement-plan', 'support', 'Monitored improvement plan', 'Provider, monitored by the contract officer', 'option', wd(14))),
      qpsgSupport(signposting(wd(10))),
      qpsgSupport(act('learning-development', 'support', 'Focus on and access to learning and development sessions', CO, 'option', wd(20))),
    ],
  },
  '2': {
    oversight: { body: 'qpsg' as const, description: 'QPSG oversight with support and challenge; two-weekly contract officer meetings', citation: `${QA} para 1.18` },
    actions: [
      act('monitor-data', 'monitoring', 'Ongoing monitoring of data', CO, 'required', every(14)),
      act('reactive-visit', 'monitoring', 'Reactive visit', CO, 'required', wd(5)),
      act('action-plan', 'monitoring', 'Develop and agree actions with the service and agree an action plan (a monitored action plan)', 'Provider, with the contract officer', 'required', wd(14)),
      act('scheduled-visits', 'monitoring', 'Scheduled ongoing visits to monitor compliance with the action plan', CO, 'required', every(28)),
      qpsgSupport(act('lead-officer', 'escalation', 'Escalate to lead officer / Quality Assurance officer / care home lead', CO, 'option', wd(2))),
      qpsgSupport(signposting(wd(5))),
      qpsgSupport(act('learning-development', 'support', 'Priority access to learning and development support', CO, 'option', wd(10))),
      qpsgSupport(act('manager-meetings', 'support', 'Regular virtual meeting with the manager and/or owners', CO, 'option', every(14))),
      reviewOnStepDown(option(act('voluntary-placement-stop', 'contractual', 'Voluntary placement stop / restriction of hours', QPSG, 'option', now), QPSG, 'Head of Commissioning and Quality, agreed with the provider')),
      { ...act('notice-of-concern', 'contractual', 'Notice of concern letter issued (rectification required; placement stops notified)', QPSG, 'required', wd(5), `${T1} level 2 ("need formal action"); market support offer (seed 003): "Notice of concern issued in event of poor quality"`), when: 'quality-concern' as const },
    ],
  },
  '3': {
    oversight: { body: 'pep' as const, description: 'Multi-agency oversight by the Provider Escalation Panel, which recommends contractual action to the Head of Commissioning and Quality and Director of Nursing', citation: `${QA} para 1.17` },
    actions: [
      ...oversight34,
      act('monitor-action-plan', 'monitoring', 'Monitoring action plan', PEP, 'required', every(14)),
      ...support34,
      pepSupport(act('quality-performance-meetings', 'support', 'Quality performance meetings with strategic directors / owners', PEP, 'option', every(28))),
      reviewOnStepDown(pepContract(act('imposed-placement-stop', 'contractual', 'Imposed placement stop / restriction of hours', PEP, 'option', now))),
      { ...pepContract(act('breach-letter', 'contractual', 'Potential breach of contract letter (or notice of concern letter) issued', PEP, 'option', wd(5), `${T1}; market support offer (seed 003)`)), when: 'quality-concern' as const },
      pepContract(act('decommission', 'contractual', 'Decommissioning / end of contract', 'Head of Commissioning and Quality', 'option', wd(20))),
    ],
  },
  '4': {
    oversight: { body: 'pep' as const, description: 'Multi-agency oversight by the Provider Escalation Panel; risk of urgent closure or failure, or significant risk to service users', citation: `${QA} para 1.17` },
    actions: [
      ...oversight34,
      ...support34,
      pepSupport(act('quality-performance-meetings', 'support', 'Quality performance meetings with directors / owners / managers', PEP, 'option', every(14))),
      reviewOnStepDown(pepContract(act('imposed-placement-stop', 'contractual', 'Imposed placement stop / restriction of hours', PEP, 'option', now))),
      { ...pepContract(act('termination-letter', 'contractual', 'Termination of contract letter issued (a last resort)', 'Head of Commissioning and Quality', 'option', wd(5), `${T1}; market support offer (seed 003)`)), when: 'quality-concern' as const },
      pepContract(act('decommission', 'contractual', 'Decommissioning / end of contract', 'Head of Commissioning and Quality', 'option', wd(20))),
    ],
  },
};

const S8 = `${QA} Appendix 2 s.8 table (service / provider type; CQC column)`;
const careHome: TriggerDomain[] = [...TRIGGER_DOMAINS];
// Care in a person's own home: no dependency tool (a care home's staffing instrument), no nutrition and
// hydration compliance check of a kitchen the provider does not run.
const ownHome: TriggerDomain[] = TRIGGER_DOMAINS.filter((d) => d !== 'dependency-tools' && d !== 'nutrition-hydration');
// A day service: not regulated by CQC; no dependency tool.
const dayService: TriggerDomain[] = TRIGGER_DOMAINS.filter((d) => d !== 'dependency-tools');
const information: TriggerDomain[] = ['leadership', 'governance'];
const regulated = (label: string, domains: TriggerDomain[], visitEveryDays: number) => ({ label, cqc: 'oversight' as const, evidence: { domains, kinds: ['cqc-rating' as const, 'business-continuity-plan' as const] }, visitEveryDays });
const notRegulated = (label: string, domains: TriggerDomain[], visitEveryDays: number) => ({ label, cqc: 'none' as const, evidence: { domains, kinds: ['business-continuity-plan' as const] }, visitEveryDays });

/**
 * The service types of the Coventry Market Failure Plan (seed 001 Appendix 2, section 8 table), regulated (CQC
 * "Oversight") and not (CQC "None"). The table gives the types and the CQC column; the evidence each needs and
 * the visit cadences are library defaults. A council adds its own types in its layer:
 * `serviceTypes: [{ validFrom, value: { ...COVENTRY_SERVICE_TYPES, 'supported-living': {...} }, ... }]`.
 */
export const COVENTRY_SERVICE_TYPES = Object.freeze({
  'residential-national': regulated('Residential (national)', careHome, 365),
  'residential-local': regulated('Residential (local)', careHome, 365),
  'nursing-national': regulated('Nursing (National)', careHome, 182),
  'nursing-local': regulated('Nursing (Local)', careHome, 182),
  'housing-with-care-national': regulated('Housing with Care (national)', ownHome, 365),
  'home-support-national': regulated('Home Support (National)', ownHome, 365),
  'home-support-local': regulated('Home Support (local)', ownHome, 365),
  'day-service-national': notRegulated('Day Service (National)', dayService, 365),
  'day-service-local': notRegulated('Day Service (Local)', dayService, 365),
  sheltered: notRegulated('Sheltered (non-social care)', information, 730),
  'third-sector-large': notRegulated('Third Sector (Large)', information, 730),
  'third-sector-small-local': notRegulated('Third Sector (small and local)', information, 730),
}) satisfies Record<string, ServiceTypeProfile>;

const APPX2 = 'Coventry Market Failure Plan (seed 001 Appendix 2), "Coronavirus and other outbreaks"';
const APPX2_S8 = 'Coventry Market Failure Plan (seed 001 Appendix 2) s.8 "Scope of risk mitigation by organisation", Coventry City Council "Initial scope"';

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
      { 'quality-trigger': 180, manager: 365, feedback: 180, 'market-oversight': 90, 'business-continuity-plan': 365 },
      `${QA} para 1.12 (triggers); ages are library defaults (a CQC rating stays in force until CQC replaces it and never goes stale)`,
    ),
    persistence: policy({ openDays: 28, recurrenceReviews: 3, recurrenceWindowDays: 180 }, `${QA} Table One levels 2-4 ("persistent")`),
    widespreadDomains: policy(3, `${QA} Table One level 2 ("widespread")`),
    levelCriteria: policy(
      { singleSeriousLevel: 2, significantSeriousFindings: 2, significantAdultsAffected: 3, criticalFindingLevel: 4 },
      `${QA} Table One levels 2-4 ("significant", "significant risk to service user")`,
    ),
    cqcRatingSeverity: policy({ outstanding: 'none', good: 'none', 'requires-improvement': 'moderate', inadequate: 'serious' }, `${QA} para 1.10.3, 1.12 (CQC rating and feedback)`),
    regulatoryActionSeverity: policy(
      { 'requirement-notice': 'low', 'warning-notice': 'moderate', 'conditions-imposed': 'serious', suspension: 'serious', 'registration-cancellation': 'serious', 'urgent-cancellation': 'critical' },
      `${QA} para 1.12 ("any regulatory action")`,
    ),
    closureRegulatoryActions: policy(['registration-cancellation', 'urgent-cancellation'], `${QA} Appendix 2 s.3 (CQC decisions "to remove a care registration or require immediate closure")`, null),
    closureSignals: policy(
      ['failure-likely', 'urgent-closure', 'market-exit', 'registration-change'],
      `${QA} Appendix 2 s.3 (business failure; the provider's decision "to change the registered care status or exit the market"); Table One level 4 ("at risk of urgent closure or failure")`,
      null,
    ),
    signalClearing: policy('on-resolution', `${QA} Appendix 2 (market failure is managed by the Market Failure Plan, not by the quality levels); Table One`),
    marketSignalLevel: policy(
      { watch: 0, 'financial-distress': 1, 'failure-likely': 4, 'urgent-closure': 4, 'market-exit': 1, 'registration-change': 1 },
      `${QA} Table One level 4 ("at risk of urgent closure or failure"); level 1 ("defined ... or time limited in cause") for a signal with no quality concern`,
    ),
    manager: policy(
      { newManagerMonths: 6, newManagerSeverity: 'low', inexperiencedYears: 2, inexperiencedSeverity: 'low', noRegisteredManagerSeverity: 'moderate' },
      `${QA} para 1.12 (manager experience and competency, duration in post)`,
    ),
    safeguarding: policy(
      {
        countedOutcomes: ['open', 'substantiated', 'partly-substantiated'],
        multipleAdultsThreshold: 2,
        substantiatedOutcomes: ['substantiated', 'partly-substantiated'],
        substantiatedWindowDays: 90,
        frequency: { referrals: 3, windowDays: 90, level: 2 },
      },
      `${QA} para 1.12 (frequency, substantiated and severity of safeguarding referrals)`,
    ),
    complaintCountedOutcomes: policy(['upheld', 'partly-upheld', 'pending'], `${QA} para 1.10.3, 1.12 (complaints, concerns raised)`),
    bcpSeverity: policy({ tested: 'none', 'in-place': 'none', 'out-of-date': 'low', missing: 'moderate' }, `${QA} para 1.27 (a BCP is a pre-requisite of every contracted organisation)`),
    outbreakSeverity: policy('none', `${APPX2} (an outbreak is a temporary emergency, handled by a placement stop)`),
    serviceTypes: policy({ ...COVENTRY_SERVICE_TYPES }, `${S8}; para 1.12 (triggers), 1.13 ("guided by type of care setting"), 1.27 (a BCP for every contracted organisation)`, 'The service types and their CQC column are the seed\'s (Appendix 2 s.8); the evidence each needs and the visit cadences are library defaults.'),
    profileVisitFrequency: policy(
      { peopleSupportedAtLeast: 50, complexity: ['complex'], locations: [], cqcBelowGood: true, everyDays: 90 },
      `${QA} para 1.10.3 (risk profile: CQC rating, number of people supported, location, complexity of service); Appendix 2 s.7 ("Provision with CQC ratings less than 'Good'": "Key focus in quality assurance regime")`,
    ),
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
    failureSignalResponse: policy(
      [
        act('record-failure-risk', 'monitoring', 'Identify and record provider delivery issues and risk of failure (Market Failure Plan)', 'Commissioning', 'required', now, APPX2_S8),
        act('senior-engagement', 'escalation', 'Engage with the provider through senior level meetings, including CQC (market oversight) where applicable', 'Commissioning', 'required', wd(5), APPX2_S8),
        act('identify-people', 'monitoring', 'Identify all people in receipt of services, including out of area placements', 'Commissioning', 'required', wd(5), APPX2_S8),
        act('alternative-capacity', 'monitoring', 'Market checks for alternative capacity (contingency plan)', 'Commissioning', 'required', wd(10), APPX2_S8),
        option(act('failure-strategy-meeting', 'escalation', 'Strategy meeting to review information, evaluate risk, co-ordinate urgent action and lead an action plan', 'Commissioning', 'option', wd(5), APPX2_S8), 'Commissioning', 'Head of Commissioning and Quality'),
      ],
      APPX2_S8,
      'Actions from the seed (Appendix 2 s.8 "Initial scope"); the deadlines are library defaults.',
    ),
    evidenceGapWorkingDays: policy(10, `${QA} para 1.13 (monitoring visits based on risk)`),
    qualityStandard: policy(
      { cqcRatings: ['outstanding', 'good'], councilRiskLevels: [0, 1], unrated: 'council-risk-only', rounding: { places: 1, mode: 'half-away-from-zero' } },
      'Coventry KPIs (seed 002): "Percentage of commissioned services meeting or exceeding agreed-upon quality standards (CQC ratings and Council\'s own risk ratings)"',
    ),
  },
});

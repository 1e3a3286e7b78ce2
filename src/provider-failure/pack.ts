import * as z from 'zod';
import { DecimalStringSchema } from '../core/decimal.js';
import { defineRulePack, type RulePack } from '../core/rulePack.js';
import { ProviderEventTypeSchema, ServiceTypeSchema } from './vocabulary.js';

const EventListSchema = z.array(z.strictObject({ type: ProviderEventTypeSchema, citation: z.string().min(1) })).min(1);

const StakeholderRoleSchema = z.enum(['financial-operational', 'operational', 'oversight', 'information', 'none']);

/**
 * The ids of the dated closure actions of a response plan, in the seed's order: the project team first (Appendix 2
 * section 10), Public Health's outbreak lead "once aware" (section 3), then the council's initial scope in the
 * order section 8 lists it (engage the provider, its insolvency practitioner and the CQC; identify all people;
 * strategy meeting; large-scale investigation, reviews and safeguarding; communications; placing authorities;
 * alternative capacity), the ICB's scope, the holistic actions (section 9) and transport (continuous scope).
 */
export const RESPONSE_ACTION_IDS = [
  'establish-project-team',
  'outbreak-management',
  'insolvency-practitioner-liaison',
  'cqc-liaison',
  'identify-everyone-affected',
  'strategy-meeting',
  'regional-adass-coordination',
  'safeguarding',
  'nhs-health-needs',
  'inform-people-and-families',
  'cabinet-member-briefing',
  'press-statement',
  'liaise-placing-authorities',
  'share-with-neighbouring-authorities',
  'alternative-provision',
  'transport',
] as const;

/** The ids of the dated actions of the emergency-closure part of a response plan. */
export type ResponseActionId = (typeof RESPONSE_ACTION_IDS)[number];

/** Schema of {@link ResponseActionId}. */
export const ResponseActionIdSchema = z.enum(RESPONSE_ACTION_IDS);

/**
 * The parameters of the provider-failure area. `law` values come from the Care Act 2014 and its regulations and
 * cannot be overridden; `policy` values are Coventry's Market and Provider Failure Approach (the default) and a
 * council replaces them with `extendPack`.
 */
export const providerFailureSpec = {
  businessFailureEventsOrganisation: {
    kind: 'law',
    schema: EventListSchema,
    description: 'The events that are business failure for a provider that is not an individual (SI 2015/301 reg 2(2)).',
  },
  businessFailureEventsIndividual: {
    kind: 'law',
    schema: EventListSchema,
    description: 'The events that are business failure for a provider who is an individual (SI 2015/301 reg 2(3), England).',
  },
  marketOversightPersonalCare: {
    kind: 'law',
    schema: z.strictObject({
      minHoursInWeek: z.number().int().positive(),
      minPeopleInWeek: z.number().int().positive(),
      intensityMinPeople: z.number().int().positive(),
      intensityHoursPerPersonAbove: DecimalStringSchema,
    }),
    description: 'Market oversight entry criteria for personal (non-residential) care, per week, anywhere in England (SI 2015/314 reg 2).',
  },
  marketOversightResidential: {
    kind: 'law',
    schema: z.strictObject({
      minBeds: z.number().int().positive(),
      spreadMinBeds: z.number().int().positive(),
      spreadMaxBeds: z.number().int().positive(),
      spreadMinAuthorities: z.number().int().positive(),
    }),
    description: 'Market oversight entry criteria for residential care by bed capacity in England (SI 2015/314 reg 3, first two limbs).',
  },
  marketOversightUnverifiedLimbMinBeds: {
    kind: 'policy',
    schema: z.number().int().min(0),
    description:
      'The smallest bed capacity to which the unverified third limb of SI 2015/314 reg 3 could apply: a residential provider at or above it that meets neither verified limb is reported as undetermined.',
  },
  outOfAreaCoordinator: {
    kind: 'policy',
    schema: z.enum(['host-authority', 'placing-authority']),
    description: 'Who coordinates continuity of care for a person placed by another authority when the service fails.',
  },
  approachByServiceType: {
    kind: 'policy',
    schema: z.record(ServiceTypeSchema, z.union([z.literal(1), z.literal(2)])),
    description: 'The response approach for each service type: 1 for building-based services, 2 for care delivered in people\'s own homes.',
  },
  stakeholdersByServiceType: {
    kind: 'policy',
    schema: z.record(ServiceTypeSchema, z.strictObject({ council: StakeholderRoleSchema, icb: StakeholderRoleSchema, cqc: StakeholderRoleSchema })),
    description: 'The role of the council, the NHS integrated care board and the CQC for each service type.',
  },
  emergencyClosureWindowHours: {
    kind: 'policy',
    schema: z.number().positive(),
    description: 'Hours after notification within which an emergency closure is handled.',
  },
  actionDueHours: {
    kind: 'policy',
    schema: z.record(ResponseActionIdSchema, z.number().positive()),
    description: 'Hours after notification by which each emergency-closure action is due (capped at emergencyClosureWindowHours).',
  },
  reviewWindowWeeks: {
    kind: 'policy',
    schema: z.strictObject({ from: z.number().int().min(0), to: z.number().int().positive() }).refine((w) => w.from <= w.to, { error: 'must open (from) no later than it closes (to)' }),
    description: 'The window, in weeks after the closure, for the review and wellbeing check of everyone affected.',
  },
  lessonsLearntAfterWeeks: {
    kind: 'policy',
    schema: z.number().int().positive(),
    description: 'Weeks after the closure by which the lessons-learnt review is held.',
  },
  regionalCoordination: {
    kind: 'policy',
    schema: z.strictObject({ minAuthorities: z.number().int().min(2), body: z.string().min(1) }),
    description:
      'How many authorities whose own local market the failure affects make it large-scale market failure, and the regional body that then coordinates the regional steps (placing authorities do not count; the host still leads its own response).',
  },
} as const;

/** The spec type of the provider-failure pack. */
export type ProviderFailureSpec = typeof providerFailureSpec;

/** A provider-failure rule pack: {@link coventryProviderFailurePack} or a council's extension of it. */
export type ProviderFailurePack = RulePack<ProviderFailureSpec>;

const SI301 = 'Care and Support (Business Failure) Regulations 2015 (SI 2015/301)';
const APPENDIX2 = 'Coventry Market and Provider Failure Approach v4.0 (Appendix 2)';

// Each emergency-closure step at its own point in the 72 hours, in the seed's order. The seed gives the window
// and the order, not the hours: these are the library's reading of Coventry's protocol, flagged in the pack.
const coventryActionHours: Record<ResponseActionId, number> = {
  'establish-project-team': 2,
  'outbreak-management': 4,
  'insolvency-practitioner-liaison': 6,
  'cqc-liaison': 6,
  'identify-everyone-affected': 8,
  'strategy-meeting': 12,
  'regional-adass-coordination': 12,
  safeguarding: 24,
  'nhs-health-needs': 24,
  'inform-people-and-families': 24,
  'cabinet-member-briefing': 36,
  'press-statement': 36,
  'liaise-placing-authorities': 36,
  'share-with-neighbouring-authorities': 48,
  'alternative-provision': 48,
  transport: 72,
};

/**
 * The default pack: national law from the Care Act 2014 regulations, and Coventry City Council's Market and
 * Provider Failure Approach (version 4.0, June 2022) as the local policy.
 *
 * @example
 * ```ts
 * import { resolve } from 'adult-social-care-rules';
 * import { coventryProviderFailurePack } from 'adult-social-care-rules/provider-failure';
 *
 * resolve(coventryProviderFailurePack, 'emergencyClosureWindowHours', '2026-11-23').value; //=> 72
 * ```
 */
export const coventryProviderFailurePack: ProviderFailurePack = defineRulePack(providerFailureSpec, {
  id: 'coventry-provider-failure',
  version: '2026.1',
  entries: {
    businessFailureEventsOrganisation: [
      {
        validFrom: '2015-04-01',
        kind: 'law',
        citation: `${SI301} reg 2(2)(a)-(j)`,
        value: [
          { type: 'administrator-appointed', citation: 'SI 2015/301 reg 2(2)(a)' },
          { type: 'receiver-appointed', citation: 'SI 2015/301 reg 2(2)(b)' },
          { type: 'administrative-receiver-appointed', citation: 'SI 2015/301 reg 2(2)(c)' },
          { type: 'creditors-voluntary-winding-up', citation: 'SI 2015/301 reg 2(2)(d)' },
          { type: 'winding-up-order', citation: 'SI 2015/301 reg 2(2)(e)' },
          { type: 'insolvent-partnership-order', citation: 'SI 2015/301 reg 2(2)(f)' },
          { type: 'insolvent-partnership-order-ni', citation: 'SI 2015/301 reg 2(2)(g)' },
          { type: 'charity-trustees-unable-to-pay-debts', citation: 'SI 2015/301 reg 2(2)(h)' },
          { type: 'all-partners-bankrupt', citation: 'SI 2015/301 reg 2(2)(i)' },
          { type: 'company-voluntary-arrangement-approved', citation: 'SI 2015/301 reg 2(2)(j)' },
        ],
      },
    ],
    businessFailureEventsIndividual: [
      {
        validFrom: '2015-04-01',
        kind: 'law',
        citation: `${SI301} reg 2(3)(a)-(b)`,
        value: [
          { type: 'bankruptcy', citation: 'SI 2015/301 reg 2(3)(a)' },
          { type: 'individual-voluntary-arrangement', citation: 'SI 2015/301 reg 2(3)(b)' },
        ],
      },
    ],
    marketOversightPersonalCare: [
      {
        validFrom: '2015-04-06',
        kind: 'law',
        citation: 'Care and Support (Market Oversight Criteria) Regulations 2015 (SI 2015/314) reg 2 (as summarised by its Explanatory Note)',
        value: { minHoursInWeek: 30000, minPeopleInWeek: 2000, intensityMinPeople: 800, intensityHoursPerPersonAbove: '30' },
      },
    ],
    marketOversightResidential: [
      {
        validFrom: '2015-04-06',
        kind: 'law',
        citation: 'Care and Support (Market Oversight Criteria) Regulations 2015 (SI 2015/314) reg 3 (first two limbs, as summarised by its Explanatory Note)',
        value: { minBeds: 2000, spreadMinBeds: 1000, spreadMaxBeds: 1999, spreadMinAuthorities: 16 },
      },
    ],
    marketOversightUnverifiedLimbMinBeds: [
      {
        validFrom: '2015-04-06',
        kind: 'policy',
        citation: 'Library assumption pending verification of SI 2015/314 reg 3 (third limb)',
        warning:
          'UNVERIFIED: the third limb of SI 2015/314 reg 3 was not available (the Explanatory Note is cut off after the second limb). It is believed to be a local-concentration test for providers with 1,000 beds or more; residential providers at or above this capacity that meet neither verified limb are reported as undetermined. Set 0 to treat every such provider as undetermined.',
        value: 1000,
      },
    ],
    outOfAreaCoordinator: [
      { validFrom: '2022-06-16', kind: 'policy', citation: `${APPENDIX2} section 5 (Role and Responsibilities)`, value: 'host-authority' },
    ],
    approachByServiceType: [
      {
        validFrom: '2022-06-16',
        kind: 'policy',
        citation: `${APPENDIX2} section 9 (Responses to managing market failure risk)`,
        value: { 'residential-care-home': 1, 'nursing-home': 1, 'housing-with-care': 1, 'home-support': 2, 'day-service': 1 },
      },
    ],
    stakeholdersByServiceType: [
      {
        validFrom: '2022-06-16',
        kind: 'policy',
        citation: `${APPENDIX2} section 8 (Scenarios / scope of market failure), stakeholder table; the ICB succeeded the CCG (CWCCG) on 1 July 2022`,
        value: {
          'residential-care-home': { council: 'financial-operational', icb: 'operational', cqc: 'oversight' },
          'nursing-home': { council: 'financial-operational', icb: 'financial-operational', cqc: 'oversight' },
          'housing-with-care': { council: 'financial-operational', icb: 'operational', cqc: 'oversight' },
          'home-support': { council: 'financial-operational', icb: 'operational', cqc: 'oversight' },
          'day-service': { council: 'financial-operational', icb: 'operational', cqc: 'none' },
        },
      },
    ],
    emergencyClosureWindowHours: [
      { validFrom: '2022-06-16', kind: 'policy', citation: `${APPENDIX2} section 10 (Emergency Closure (within 72 hours))`, value: 72 },
    ],
    actionDueHours: [
      {
        validFrom: '2022-06-16',
        kind: 'policy',
        citation: `${APPENDIX2} section 10 (emergency closure within 72 hours; a senior manager first establishes a project team) and section 8 (the order of the initial scope)`,
        warning:
          'The seed gives no hour for each step: only the 72-hour window (section 10) and the order of the steps (sections 8 and 10). The hours are the library\'s default reading of that order (project team 2, insolvency practitioner and CQC 6, identification 8, strategy meeting 12, safeguarding, ICB and letters 24, briefings, press and placing authorities 36, neighbours and alternative provision 48, transport 72): confirm or set your own.',
        value: coventryActionHours,
      },
    ],
    reviewWindowWeeks: [
      { validFrom: '2022-06-16', kind: 'policy', citation: `${APPENDIX2} section 10 flowchart: review / wellbeing check of all people impacted (4 to 6 weeks)`, value: { from: 4, to: 6 } },
    ],
    lessonsLearntAfterWeeks: [
      {
        validFrom: '2022-06-16',
        kind: 'policy',
        citation: `${APPENDIX2} section 10 flowchart: review of events leading to closure and lessons learnt`,
        warning: 'The seed gives no timescale for the lessons-learnt review; the library schedules it at the end of the review window (6 weeks). Set your own.',
        value: 6,
      },
    ],
    regionalCoordination: [
      {
        validFrom: '2022-06-16',
        kind: 'policy',
        citation: `${APPENDIX2} section 8 (Large Scale Market Failure): market failure affecting more than one local authority is co-ordinated regionally by the ADASS, which "would not replicate detailed local authority plans"`,
        value: { minAuthorities: 2, body: 'West Midlands ADASS' },
      },
    ],
  },
});

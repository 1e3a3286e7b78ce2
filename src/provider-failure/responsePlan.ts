import { addClockHours, londonDateOf, _addDays, _dayNumber, _instant, type IsoDate, type IsoDateTime } from '../core/dates.js';
import { RulesError, _issue, _parse, isRulesError, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _packFrom, _reader, type ProviderFailureOptions } from './options.js';
import { RESPONSE_ACTION_IDS, type ResponseActionId } from './pack.js';
import { ResponsePlanInputSchema, type ResponsePlanInput } from './schemas.js';
import { INSOLVENCY_PRACTITIONER_LABELS, SERVICE_TYPE_LABELS, type ServiceType } from './vocabulary.js';

const ENTRY = 'planProviderFailureResponse';
/** The day number of 9999-12-31, the last day a four-digit ISO year can write. */
const LAST_DAY = _dayNumber('9999-12-31');
const A2 = 'Coventry Market and Provider Failure Approach v4.0';

/** A body with a part in the response, and what it does. */
export interface Stakeholder {
  /** Which body. */
  readonly body: 'council' | 'icb' | 'cqc' | 'placing-authority' | 'regional-adass' | 'public-health' | 'insolvency-practitioner' | 'provider';
  /** Its name, when known. */
  readonly name: string | undefined;
  /** Its role for this service type, from the stakeholder table (financial / operational, operational, oversight…). */
  readonly role: string;
  /** What it does in the response. */
  readonly responsibilities: readonly string[];
  /** Where the role comes from. */
  readonly citation: string;
}

/** One option of the approach, with the factors the seed lists for it. */
export interface ApproachOption {
  /** The issue: accommodation, staff or the people using the service. */
  readonly issue: 'accommodation' | 'staff' | 'service-users';
  /** The option. */
  readonly option: string;
  /** The factors to weigh. */
  readonly factors: readonly string[];
}

/** One dated action of the plan. */
export interface PlannedAction {
  /** A stable id. */
  readonly id: ResponseActionId | 'review-and-wellbeing-checks' | 'lessons-learnt-review';
  /** When it happens: during the emergency closure, in the review window, or afterwards. */
  readonly phase: 'closure' | 'review' | 'follow-up';
  /** What is done. */
  readonly action: string;
  /** Who leads it. */
  readonly owner: string;
  /** The clock-hour deadline (Europe/London time with its offset), for closure actions. */
  readonly dueAt: IsoDateTime | undefined;
  /** The first day of the window, for the reviews. */
  readonly windowFrom: IsoDate | undefined;
  /** The last day by which it must be done, for the reviews and the lessons-learnt review. */
  readonly dueOn: IsoDate | undefined;
  /** The policy or law it comes from. */
  readonly citation: string;
}

/** The answer of {@link planProviderFailureResponse}. */
export interface ResponsePlanResult {
  /** Approach 1 (building-based services) or 2 (care in people's own homes). */
  readonly approach: 1 | 2;
  /**
   * Whether this is large-scale market failure: the failure affects the own local market of more than one authority
   * (`affectedAuthorities`), so the regional ADASS co-ordinates the regional steps. Placing authorities do not count.
   */
  readonly largeScale: boolean;
  /** Who leads the response: always the host council (the first of `affectedAuthorities`). */
  readonly coordinatedBy: string;
  /** For large-scale market failure, the regional body that co-ordinates the regional steps (it does not replace the local plans). */
  readonly regionalCoordinator: string | undefined;
  /** The bodies involved and their roles. */
  readonly stakeholders: readonly Stakeholder[];
  /** The options of the approach and their factors. */
  readonly options: readonly ApproachOption[];
  /** The dated actions, closure actions first, in deadline order within each phase. */
  readonly actions: readonly PlannedAction[];
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation, step by step. */
  readonly trace: Trace;
}

const ROLE_WORDS: Readonly<Record<string, string>> = {
  'financial-operational': 'financial / operational',
  operational: 'operational',
  oversight: 'oversight',
  information: 'information',
  none: 'none',
};

// A service type in a sentence: the form label, with an article where the noun is countable.
const SERVICE_WORDS = (t: ServiceType): string => `${t === 'housing-with-care' || t === 'home-support' ? '' : 'a '}${SERVICE_TYPE_LABELS[t].toLowerCase()}`;

const APPROACH_1_ACCOMMODATION: readonly ApproachOption[] = [
  { issue: 'accommodation', option: 'Source alternative accommodation', factors: ['Building availability within the council and private market', 'Cost of building (rent, charges)', 'Suitability of building and adaptations needed', 'Where no capacity exists, cross-border accommodation', 'Hotels'] },
  { issue: 'accommodation', option: 'Use the existing building(s)', factors: ['Suitability of building and adaptations needed', 'Arrangements with the current landlord (who may be a creditor)', 'Risk assessments (council health and safety mobilised)'] },
  { issue: 'accommodation', option: 'Re-provide the service in another building (e.g. housing with care or another vacant care home)', factors: ['Building availability', 'Increased staffing levels', 'Health input mobilised', 'Suitability and adaptations', 'Change of tenure or tenancy arrangements and their cost'] },
];

const STAFF_OPTIONS = (approach: 1 | 2): readonly ApproachOption[] => [
  { issue: 'staff', option: 'Council / ICB take on the staff (TUPE)', factors: ['Council staff and agency staff to support', 'Policies and processes implemented swiftly', 'Terms and conditions of transferred staff'] },
  {
    issue: 'staff',
    option: 'A new provider takes over the staffing',
    factors: ['Agree which provider takes over and the mobilisation period', 'Which terms, conditions, policies and procedures apply', ...(approach === 2 ? ['Integrate calls within the new provider\'s existing staff group'] : []), 'Longer term, line up providers through procurement for this scenario'],
  },
];

const SERVICE_USER_OPTIONS: readonly ApproachOption[] = [
  { issue: 'service-users', option: 'Reviews', factors: ['Social care reviews of all service users, including private clients where needed', 'Options appraisal / risk assessments', 'Advocates / IMCA arrangements in place'] },
  { issue: 'service-users', option: 'Health and wellbeing checks', factors: ['Health and wellbeing checks on all service users'] },
];

function checkConsistency(data: ReturnType<typeof ResponsePlanInputSchema.parse>): void {
  const issues: RulesIssue[] = [];
  // A skipped or repeated London time is one more issue, reported with the others.
  const instant = (value: string, path: string): number | undefined => {
    try {
      return _instant(value, [path], ENTRY);
    } catch (error) {
      if (!isRulesError(error)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  const start = instant(data.notifiedAt, 'notifiedAt');
  // closesAt with timescale is the schema's rule; the comparisons of two values below are not (docs/schemas.md).
  const end = data.closesAt === undefined ? undefined : instant(data.closesAt, 'closesAt');
  if (start !== undefined && end !== undefined && end <= start) issues.push(_issue('inconsistent_input', ['closesAt'], 'must be after notifiedAt'));
  (data.placingAuthorities ?? []).forEach((name, i) => {
    if (name === data.affectedAuthorities[0]) issues.push(_issue('inconsistent_input', ['placingAuthorities', i], 'must not be the host authority (the first of affectedAuthorities): list only other authorities'));
  });
  if (data.nhsFundedPeople !== undefined && data.nhsFundedPeople > data.peopleAffected) {
    issues.push(_issue('inconsistent_input', ['nhsFundedPeople'], 'must not exceed peopleAffected'));
  }
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
}

/**
 * Plans the council's response to a failing service: the approach (1 for building-based services, 2 for home
 * support), the stakeholders and their roles for the service type, and a dated action plan: the emergency-closure
 * steps within the 72-hour window (project team, identifying everyone affected, strategy meeting, safeguarding and
 * large-scale enquiry, alternative provision, transport, communications to people and families, cabinet member
 * briefing, press statement, placing authorities, NHS, CQC, the insolvency practitioner, neighbouring authorities,
 * regional ADASS for large-scale market failure, outbreak management), the review and wellbeing check of everyone
 * affected in the 4-6 week window, and the lessons-learnt review.
 *
 * The host council (the first of `affectedAuthorities`) always leads. The failure is large-scale market failure
 * when it affects the own local market of at least the pack's number (two) of authorities listed in
 * `affectedAuthorities`; the regional ADASS then co-ordinates the regional steps and "would not replicate detailed
 * local authority plans" (Appendix 2 section 8). Authorities that only placed people in the service are
 * stakeholders of the host's response (Appendix 2 section 5) and never make it large-scale.
 *
 * Emergency-closure actions fall due at their own points within the 72 hours, in the seed's order (project team,
 * identification, strategy meeting, safeguarding and reviews, communications, placing authorities, alternative
 * provision); the seed gives the order but not the hours, so the hours are Coventry policy in the pack, with a
 * warning, which a council overrides. Hour deadlines are elapsed clock hours in Europe/London time, right across a
 * clock change.
 *
 * @param input - the service, the cause, the timescale and the notification time (see {@link ResponsePlanInputSchema})
 * @param options - `pack`: a council's extension of the default pack
 * @returns the approach, stakeholders, options and dated actions, with the trace
 * @throws `RulesError` listing every problem: input that fails the schema, a planned closure without `closesAt`
 *   (or not after `notifiedAt`), a skipped or repeated London wall-clock time, the host listed as a placing
 *   authority, an authority listed twice, more NHS-funded people than people affected, a date before the pack's
 *   policy is in force, a notice so late that a deadline would fall after 9999-12-31, or a pack that changes the law
 *
 * @example
 * ```ts
 * import { planProviderFailureResponse } from 'adult-social-care-rules/provider-failure';
 *
 * const plan = planProviderFailureResponse({
 *   notifiedAt: '2026-03-27T18:00:00Z',
 *   serviceType: 'residential-care-home',
 *   cause: 'business-failure',
 *   timescale: 'emergency',
 *   peopleAffected: 38,
 *   affectedAuthorities: ['Coventry'],
 * });
 * plan.approach; //=> 1
 * plan.actions[0]?.id; //=> 'establish-project-team'
 * plan.actions[0]?.dueAt; //=> '2026-03-27T20:00:00+00:00'
 * // 72 elapsed hours later, across the clocks going forward
 * plan.actions.find((a) => a.id === 'transport')?.dueAt; //=> '2026-03-30T19:00:00+01:00'
 * ```
 */
export function planProviderFailureResponse(input: ResponsePlanInput, options?: ProviderFailureOptions): ResponsePlanResult {
  const data = _parse(ENTRY, ResponsePlanInputSchema, input);
  checkConsistency(data);
  const asOf = londonDateOf(data.notifiedAt);
  const pack = _packFrom(ENTRY, options);
  const read = _reader(ENTRY, pack, asOf, ['notifiedAt']);
  const steps: TraceStep[] = [];

  const approachEntry = read.get('approachByServiceType');
  const approach = approachEntry.value[data.serviceType];
  steps.push(_step('provider-failure.plan.approach', approachEntry.citation, 'applied', `${SERVICE_WORDS(data.serviceType)} is handled under approach ${approach} (${approach === 1 ? 'building-based services' : 'care delivered in people\'s own homes'}).`, [['serviceType', data.serviceType]], approachEntry.warnings));

  const table = read.get('stakeholdersByServiceType');
  const roles = table.value[data.serviceType];
  steps.push(_step('provider-failure.plan.stakeholders', table.citation, 'applied', `Council: ${ROLE_WORDS[roles.council]}; ICB: ${ROLE_WORDS[roles.icb]}; CQC: ${ROLE_WORDS[roles.cqc]}.`, [['serviceType', data.serviceType]], table.warnings));

  const regional = read.get('regionalCoordination');
  const placing = [...new Set(data.placingAuthorities ?? [])];
  // Only authorities whose own local market is affected count; a placing authority is a stakeholder of the
  // host's response, not a second market (Appendix 2 sections 5 and 8).
  const markets = [...new Set(data.affectedAuthorities)];
  const host = markets[0] as string;
  const largeScale = markets.length >= regional.value.minAuthorities;
  const placingOnly = placing.filter((a) => !markets.includes(a));
  steps.push(
    _step(
      'provider-failure.plan.largeScale',
      regional.citation,
      largeScale ? 'met' : 'not-met',
      largeScale
        ? `The failure affects the markets of ${markets.length} authorities (${markets.join(', ')}): large-scale market failure, so ${regional.value.body} co-ordinates the regional steps through a lead director (DASS); it does not replicate local plans, and ${host} still leads its own response.`
        : `The failure affects the market of ${host} only: ${host} leads the response${placingOnly.length > 0 ? `; ${placingOnly.join(', ')} placed people in the service and ${placingOnly.length === 1 ? 'is a stakeholder' : 'are stakeholders'}, which does not make the failure large-scale` : ''}.`,
      [
        ['affectedAuthorities', data.affectedAuthorities],
        ['placingAuthorities', placing],
      ],
      regional.warnings,
    ),
  );

  const stakeholders: Stakeholder[] = [
    {
      body: 'council',
      name: host,
      role: ROLE_WORDS[roles.council] as string,
      responsibilities: [
        'Lead the response and ensure continuity of care for everyone affected, funded or not',
        'Identify everyone receiving the service, including self-funders and out-of-area placements',
        'Strategy meeting and action plan monitored weekly; enhanced monitoring at the Provider Escalation Panel',
        'Safeguarding, and a large-scale enquiry where required',
        'Communications: letters to people and carers, press statement, cabinet member briefing',
        'Find alternative capacity in the market',
      ],
      citation: `${A2} section 8 (Coventry City Council, initial scope)`,
    },
  ];
  if (roles.icb !== 'none') {
    stakeholders.push({
      body: 'icb',
      name: undefined,
      role: ROLE_WORDS[roles.icb] as string,
      responsibilities: ['Joint meetings and communications with the council', 'Reviews of health-funded people (NHS Continuing Healthcare)', 'GP engagement and specialist nursing input', 'Continuity of medication supplies', 'Hospital capacity and discharge risks'],
      citation: `${A2} section 8 (CWCCG, initial scope; the integrated care board since 1 July 2022)`,
    });
  }
  if (roles.cqc !== 'none') {
    stakeholders.push({
      body: 'cqc',
      name: undefined,
      role: ROLE_WORDS[roles.cqc] as string,
      responsibilities: ['Joint meetings with the council', 'Establish and communicate enforcement action, including restricting or removing registration', 'Share inspection reports'],
      citation: `${A2} section 8 (CQC, initial scope)`,
    });
  }
  for (const name of placing) {
    stakeholders.push({
      body: 'placing-authority',
      name,
      role: 'funding and long-term care planning for its placements',
      responsibilities: [
        'Keep funding responsibility and longer-term care planning for the people it placed',
        // s.48(1) needs business failure: for any other cause the placing authority's own arrangements simply continue.
        data.cause === 'business-failure'
          ? `Where the s.48 temporary duty is engaged, ${host} pays the temporary costs under s.48 and recovers them from the placing authority`
          : 'Pay throughout under its own arrangements: without business failure s.48 is not engaged',
        `Work with ${host}, which leads the response and coordinates immediate welfare and any move`,
      ],
      citation: `${A2} sections 4 (Temporary Duty) and 5 (Role and Responsibilities); Care Act 2014 s.48(2)-(3) and Explanatory Notes para 304`,
    });
  }
  if (largeScale) {
    stakeholders.push({
      body: 'regional-adass',
      name: regional.value.body,
      role: 'regional co-ordination of large-scale market failure',
      responsibilities: [
        'Identify the steps to be taken regionally; it does not replicate the detailed local authority plans, which each council still leads',
        'Regional chair or vice chair names a DASS lead',
        'Key contacts and an initial meeting',
        'Governance, roles and a regional action plan',
        'Regional communications',
        'Capture and share lessons learnt across the region',
      ],
      citation: regional.citation,
    });
  }
  if (data.cause === 'infection-outbreak') {
    stakeholders.push({
      body: 'public-health',
      name: undefined,
      role: 'outbreak management lead',
      responsibilities: ['Lead outbreak management and contact tracing', 'Arrange an Incident Management Team meeting where needed', 'Arrange testing and recommend an infection control audit'],
      citation: `${A2} section 3 (Coronavirus and other outbreaks)`,
    });
  }
  // The insolvency practitioner decides whether the business trades on, is sold or closes (Appendix 2 section 3).
  const ip = data.insolvencyPractitioner;
  const hasPractitioner = ip !== undefined || data.cause === 'business-failure';
  const ipRole = ip === undefined ? 'insolvency practitioner' : INSOLVENCY_PRACTITIONER_LABELS[ip.role];
  const ipOwner = ip?.name === undefined ? `The ${ipRole}` : `${ip.name} (${ipRole})`;
  if (hasPractitioner) {
    stakeholders.push({
      body: 'insolvency-practitioner',
      name: ip?.name,
      role: ipRole,
      responsibilities: [
        'Decide, and tell the council, whether the business will keep trading, be sold or close the service, and when',
        'Keep care safe, staff paid and suppliers supplied while people move or the service transfers',
        'Give access to care records, staff information and the building; agree any use of the building (the landlord may be a creditor)',
        'Co-operate with any transfer of staff (TUPE) to a new provider or the council',
      ],
      citation: `${A2} section 3 (decisions of "any Corporate Insolvency Practitioner that has been appointed") and section 9 (arrangements with the current landlord, who may be a creditor)`,
    });
  }
  stakeholders.push({
    body: 'provider',
    name: undefined,
    role: 'engagement throughout',
    responsibilities: ['Send letters to people and families (content approved by the council) and lead meetings where possible', 'Activate its business continuity plan'],
    citation: `${A2} section 9 (Holistic actions across all approaches)`,
  });

  const buildingOptions =
    approach === 1
      ? data.buildingAvailable === true
        ? [APPROACH_1_ACCOMMODATION[1], APPROACH_1_ACCOMMODATION[2], APPROACH_1_ACCOMMODATION[0]]
        : data.buildingAvailable === false
          ? [APPROACH_1_ACCOMMODATION[0], APPROACH_1_ACCOMMODATION[2]]
          : APPROACH_1_ACCOMMODATION
      : [];
  const approachOptions: ApproachOption[] = [...(buildingOptions as ApproachOption[]), ...STAFF_OPTIONS(approach), ...SERVICE_USER_OPTIONS];

  // Closure actions: emergency deadlines run from notification; a planned closure needs everything in place by then.
  // Only an emergency closure reads (and warns about) the window and the step hours.
  const planned = data.timescale === 'planned' && data.closesAt !== undefined;
  const timing = planned ? undefined : { window: read.get('emergencyClosureWindowHours'), due: read.get('actionDueHours') };
  steps.push(
    _step(
      'provider-failure.plan.closureWindow',
      timing === undefined ? `${A2} section 9` : timing.window.citation,
      'applied',
      timing === undefined
        ? `A planned closure: every closure action is due before the closure at ${data.closesAt}.`
        : `An emergency closure: each closure action falls due at its own point within ${timing.window.value} hours of notification, in the seed's order, per the action timings of the pack.`,
      [
        ['notifiedAt', data.notifiedAt],
        ['timescale', data.timescale],
        ['closesAt', data.closesAt],
      ],
      timing === undefined ? [] : [...timing.window.warnings, ...timing.due.warnings],
    ),
  );
  // Every deadline must be a date an ISO string can write (the year 9999 at most): a notice or closure so late
  // that the plan would run past it is refused at that field (it depends on the pack's hours and weeks, so it is
  // the function's rule, not the JSON Schema's).
  const anchorField = planned ? 'closesAt' : 'notifiedAt';
  const tooLate = (): RulesError => new RulesError(ENTRY, [_issue('too_big', [anchorField], "must leave room for the plan's deadlines before the end of the year 9999")]);
  const dueAt = (id: ResponseActionId): IsoDateTime => {
    try {
      return timing === undefined ? addClockHours(data.closesAt as string, 0, { entry: ENTRY }) : addClockHours(data.notifiedAt, Math.min(timing.due.value[id], timing.window.value), { entry: ENTRY });
    } catch (error) {
      if (isRulesError(error) && error.issues.some((i) => i.code === 'too_big')) throw tooLate();
      throw error;
    }
  };

  const wantedById: Record<ResponseActionId, { include: boolean; action: string; owner: string; citation: string }> = {
    'establish-project-team': { include: true, action: 'A senior manager establishes a project team to coordinate the safety and wellbeing of everyone affected', owner: host, citation: `${A2} section 10` },
    'insolvency-practitioner-liaison': {
      include: hasPractitioner,
      action: `Senior-level meeting with the council: say whether the service will trade on, be sold or close and when; keep care safe and staff paid meanwhile; give access to records, staff and the building`,
      owner: ipOwner,
      citation: `${A2} section 3 and section 8 (engage with the provider through senior level meetings)`,
    },
    'identify-everyone-affected': {
      include: true,
      action: `Identify all ${data.peopleAffected} people receiving the service, including self-funders and out-of-area placements, and decide each person's continuity basis${data.cause === 'business-failure' ? ' (including whether the s.48 temporary duty is engaged)' : ''}`,
      owner: host,
      citation: `${A2} section 8; Care Act 2014 s.48 (seed para 5.2.2)`,
    },
    'strategy-meeting': { include: true, action: 'Strategy meeting to review information, evaluate risk, coordinate urgent action and agree the action plan (monitored weekly)', owner: host, citation: `${A2} section 8` },
    safeguarding: {
      include: true,
      action: 'Identify the social work resource to review everyone affected, invoke safeguarding processes where appropriate and consider a large-scale safeguarding enquiry',
      owner: host,
      citation: `${A2} section 8 and report para 1.26`,
    },
    'alternative-provision': {
      include: true,
      action:
        approach === 1
          ? data.buildingAvailable === true
            ? 'Secure continuity in the existing building where safe, or re-provide the service; check alternative capacity in the market'
            : 'Source alternative accommodation or re-provide the service in another building; check alternative capacity in the market'
          : 'Transfer care calls to alternative providers (a new provider takes over the staffing, or council / ICB staff under TUPE); check alternative capacity',
      owner: host,
      citation: `${A2} section 9 (Approach ${approach})`,
    },
    transport: { include: approach === 1, action: 'Arrange suitable transport for people who must move', owner: host, citation: `${A2} section 8 (continuous scope) and report para 1.29` },
    'inform-people-and-families': { include: true, action: 'Letters to people and families (from the provider if possible, content approved by the council) and meetings with them', owner: host, citation: `${A2} section 9 (Holistic actions)` },
    'cabinet-member-briefing': { include: true, action: 'Brief the cabinet member for adult services', owner: host, citation: `${A2} section 9 (Holistic actions)` },
    'press-statement': { include: true, action: 'Local media press release, or a plan for one', owner: host, citation: `${A2} section 9 (Holistic actions)` },
    'liaise-placing-authorities': {
      include: placing.length > 0,
      action: `Liaise with the placing authorities (${placing.join(', ')}), which keep funding responsibility and long-term planning${data.cause === 'business-failure' ? `; where s.48 is engaged, ${host} pays the temporary costs and recovers them from them` : ''}`,
      owner: host,
      citation: `${A2} sections 4, 5 and 8; Care Act 2014 s.48(2)-(3)`,
    },
    'nhs-health-needs': {
      include: roles.icb !== 'none',
      action: `Joint working with the ICB: health needs, GP engagement, medication${data.nhsFundedPeople ? `, and reviews of the ${data.nhsFundedPeople} NHS-funded people` : ''}`,
      owner: 'Integrated care board',
      citation: `${A2} sections 5 and 8`,
    },
    'cqc-liaison': { include: roles.cqc !== 'none', action: 'Joint meeting with the CQC on enforcement and registration', owner: 'CQC', citation: `${A2} section 8` },
    'share-with-neighbouring-authorities': { include: true, action: 'Share information with neighbouring authorities', owner: host, citation: `${A2} section 9 (Holistic actions)` },
    'regional-adass-coordination': {
      include: largeScale,
      action: `Escalate to ${regional.value.body}: the regional chair or vice chair names a DASS lead to co-ordinate the regional steps (the local plans stay with each council)`,
      owner: host,
      citation: regional.citation,
    },
    'outbreak-management': { include: data.cause === 'infection-outbreak', action: 'Public Health leads outbreak management; temporary placement stop (no new admissions); check PPE and staffing', owner: 'Public Health', citation: `${A2} section 3 (Coronavirus and other outbreaks)` },
  };
  // In the seed's order, so that equal deadlines (and a planned closure's single date) keep that order.
  const wanted = RESPONSE_ACTION_IDS.map((id) => ({ id, ...wantedById[id] }));
  const leftOut: Partial<Record<ResponseActionId, string>> = {
    transport: 'approach 2: people stay in their own homes',
    'liaise-placing-authorities': 'no placing authority was given',
    'nhs-health-needs': 'the ICB has no role for this service type',
    'cqc-liaison': 'the CQC has no role for this service type',
    'insolvency-practitioner-liaison': 'no insolvency practitioner was given and the cause is not business failure',
    'regional-adass-coordination': "the failure affects only one authority's market",
    'outbreak-management': 'the cause is not an infection outbreak',
  };
  const skipped = wanted.filter((w) => !w.include).map((w) => `${w.id} (${leftOut[w.id] ?? 'not applicable'})`);
  steps.push(
    _step(
      'provider-failure.plan.actions',
      `${A2} sections 8-10`,
      'applied',
      `${wanted.length - skipped.length} closure actions planned${skipped.length > 0 ? `; left out: ${skipped.join(', ')}` : ''}.`,
      [
        ['placingAuthorities', placing],
        ['cause', data.cause],
      ],
    ),
  );
  const closure: PlannedAction[] = wanted
    .filter((w) => w.include)
    .map((w) => ({ id: w.id, phase: 'closure' as const, action: w.action, owner: w.owner, dueAt: dueAt(w.id), windowFrom: undefined, dueOn: undefined, citation: w.citation }))
    .sort((a, b) => _instant(a.dueAt, ['dueAt'], ENTRY) - _instant(b.dueAt, ['dueAt'], ENTRY));

  // Reviews and the lessons-learnt review are dated in calendar weeks from the closure.
  const anchorDate = londonDateOf(planned ? (data.closesAt as string) : data.notifiedAt);
  const reviews = read.get('reviewWindowWeeks');
  const lessons = read.get('lessonsLearntAfterWeeks');
  const { from, to } = reviews.value;
  if (_dayNumber(anchorDate) + 7 * Math.max(to, lessons.value) > LAST_DAY) throw tooLate();
  const windowFrom = _addDays(anchorDate, 7 * from);
  const reviewBy = _addDays(anchorDate, 7 * to);
  const lessonsBy = _addDays(anchorDate, 7 * lessons.value);
  steps.push(_step('provider-failure.plan.reviews', reviews.citation, 'applied', `Review and wellbeing check of all ${data.peopleAffected} people between ${windowFrom} and ${reviewBy} (${from} to ${to} weeks after ${anchorDate}).`, [['peopleAffected', data.peopleAffected]], reviews.warnings));
  steps.push(_step('provider-failure.plan.lessonsLearnt', lessons.citation, 'applied', `Lessons-learnt review of the events leading to the closure by ${lessonsBy}.`, [], lessons.warnings));

  const later: PlannedAction[] = [
    {
      id: 'review-and-wellbeing-checks',
      phase: 'review',
      action: `Social work review and wellbeing check of all ${data.peopleAffected} people affected (with advocacy / IMCA where needed)`,
      owner: host,
      dueAt: undefined,
      windowFrom,
      dueOn: reviewBy,
      citation: reviews.citation,
    },
    {
      id: 'lessons-learnt-review',
      phase: 'follow-up',
      action: 'Review the events leading to the closure (warning signs, quality issues, financial pressures) and the success of the closure; record lessons learnt',
      owner: host,
      dueAt: undefined,
      windowFrom: undefined,
      dueOn: lessonsBy,
      citation: lessons.citation,
    },
  ];

  return {
    approach,
    largeScale,
    coordinatedBy: host,
    regionalCoordinator: largeScale ? regional.value.body : undefined,
    stakeholders,
    options: approachOptions,
    actions: [...closure, ...later],
    pack: packRef(pack),
    trace: _makeTrace({ entry: ENTRY, asOf, pack: packRef(pack), steps, used: read.used }),
  };
}

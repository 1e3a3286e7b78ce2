import type { IsoDate } from '../core/dates.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _assertLawInForce, _lawInForceFrom, _packFrom, _reader, type ProviderFailureOptions } from './options.js';
import { TemporaryDutyInputSchema, type TemporaryDutyInput } from './schemas.js';
import { PROVIDER_EVENT_LABELS, type ProviderEventType } from './vocabulary.js';

const ENTRY = 'assessTemporaryDuty';
const S48_1 = 'Care Act 2014 s.48(1)';
const GUIDANCE_CH5 = 'Care and Support Statutory Guidance ch.5 (provider failure and other service interruptions; paragraph numbers unverified)';

/** The five conditions of the s.48 temporary duty, in the order they are tested. */
export type TemporaryDutyCriterionId = 'registered' | 'regulated-activity' | 'unable-to-carry-on' | 'business-failure' | 'inability-follows-failure';

/** One condition of s.48 and how it came out. */
export interface TemporaryDutyCriterion {
  /** Which condition. */
  readonly id: TemporaryDutyCriterionId;
  /** Whether it holds. */
  readonly met: boolean;
  /** The provision it comes from. */
  readonly citation: string;
  /** Why it holds or not, in one sentence. */
  readonly because: string;
}

/** The business-failure event a decision relies on. */
export interface BusinessFailureEvent {
  /** The event type. */
  readonly type: ProviderEventType;
  /** When it happened. */
  readonly date: IsoDate;
  /** The regulation that lists it, e.g. `"SI 2015/301 reg 2(2)(a)"`. */
  readonly citation: string;
  /** What happened, in words. */
  readonly description: string;
}

/** Another cause of the service ending, which alone does not engage s.48. */
export interface OtherCause {
  /** The event type. */
  readonly type: ProviderEventType;
  /** When it happened. */
  readonly date: IsoDate;
  /** Why it is not business failure for this provider. */
  readonly because: string;
}

/** The answer of {@link assessTemporaryDuty}. */
export interface TemporaryDutyResult {
  /** Whether the s.48(2) temporary duty is engaged. */
  readonly engaged: boolean;
  /** The local authority where the activity was carried on: the one that has the duty when it is engaged (s.48(2)). */
  readonly authority: string;
  /** The business-failure event relied on (or, when not engaged, the first one found), if any. */
  readonly event: BusinessFailureEvent | undefined;
  /** Each condition, in order; all five must hold. */
  readonly criteria: readonly TemporaryDutyCriterion[];
  /** Why the duty is not engaged: the `because` of each condition that failed (empty when engaged). */
  readonly whyNot: readonly string[];
  /** Events that are not business failure for this provider and so, alone, do not engage s.48. */
  readonly otherCauses: readonly OtherCause[];
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation, step by step. */
  readonly trace: Trace;
}

const OTHER_CAUSE_REASON: Readonly<Partial<Record<ProviderEventType, string>>> = {
  'members-voluntary-winding-up': "a members' voluntary winding up is a solvent winding up, excluded from business failure by SI 2015/301 reg 2(2)(d)",
  'planned-exit': 'a solvent or planned exit from the market is not business failure; the council uses its existing duties and powers (statutory guidance ch.5)',
  'cqc-registration-cancelled': 'a CQC cancellation or enforced closure is regulatory action, not an event listed in SI 2015/301 reg 2',
  fire: 'an emergency such as a fire is a service interruption, not business failure (SI 2015/301 reg 2; statutory guidance ch.5)',
  flood: 'an emergency such as a flood is a service interruption, not business failure (SI 2015/301 reg 2; statutory guidance ch.5)',
  'loss-of-power': 'a loss of power is a service interruption, not business failure (SI 2015/301 reg 2)',
  'infection-outbreak': 'an infection outbreak is a service interruption, not business failure (statutory guidance ch.5)',
  'staff-shortage': 'a shortage of staff is a service interruption, not business failure (statutory guidance ch.5)',
  'debt-relief-order': 'a debt relief order is business failure only under the Welsh regulations (SI 2015/1920 reg 2(3)(c)); SI 2015/301 reg 2(3) for England has no such limb',
  other: 'the event is not one listed in SI 2015/301 reg 2',
};

// The events of reg 2(3) are an individual's insolvency; those of reg 2(2) an organisation's.
const INDIVIDUAL_EVENTS: ReadonlySet<ProviderEventType> = new Set(['bankruptcy', 'individual-voluntary-arrangement']);

/** Why an event listed for the other kind of provider is not business failure for this one, in words true of this one. */
function wrongKindReason(type: ProviderEventType, kind: 'organisation' | 'individual'): string {
  if (kind === 'organisation') {
    return INDIVIDUAL_EVENTS.has(type)
      ? `${PROVIDER_EVENT_LABELS[type]}: that is an individual's insolvency (SI 2015/301 reg 2(3)); for a provider that is not an individual the events are those of reg 2(2), and for a partnership it is every partner being adjudged bankrupt (reg 2(2)(i))`
      : `${PROVIDER_EVENT_LABELS[type]}: this event is not listed in SI 2015/301 reg 2(2) for a provider that is not an individual`;
  }
  return `${PROVIDER_EVENT_LABELS[type]}: that is an organisation's insolvency (SI 2015/301 reg 2(2)); for a provider who is an individual only bankruptcy or an individual voluntary arrangement counts (reg 2(3))`;
}

// Shown only where an individual voluntary arrangement is recorded: the rest of reg 2(3) is verified.
const IVA_WARNING =
  'UNVERIFIED: the closing words of SI 2015/301 reg 2(3)(b) (whether the individual voluntary arrangement must be proposed, entered into or approved) were not seen in the English text; the library counts the arrangement on the date it was made.';

const CHARITY_WARNING =
  'UNVERIFIED: SI 2015/301 reg 2(4)-(5) (who is a charity trustee, believed to be a trustee of an unincorporated charity, and when the trustees are deemed unable to pay their debts by reference to the "relevant amount") were seen only in the Welsh twin (SI 2015/1920); check that the provider is an unincorporated charity.';

function checkConsistency(data: ReturnType<typeof TemporaryDutyInputSchema.parse>): void {
  const issues: RulesIssue[] = [];
  const { activity, asOf } = data;
  // The required-when rules (ceasedOn with status, an unregistered provider's activities) are the schema's; what
  // is left compares dates with asOf, which no JSON Schema can do (docs/schemas.md).
  if (activity.ceasedOn !== undefined && activity.ceasedOn > asOf) {
    issues.push(_issue('inconsistent_input', ['activity', 'ceasedOn'], 'must not be after asOf: the decision can rely only on what has happened'));
  }
  data.events.forEach((e, i) => {
    if (e.date > asOf) issues.push(_issue('inconsistent_input', ['events', i, 'date'], 'must not be after asOf: the decision can rely only on what has happened'));
  });
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
}

/**
 * Decides whether the Care Act 2014 s.48 temporary duty is engaged: a provider registered under the Health and
 * Social Care Act 2008 in respect of a regulated activity has become unable to carry it on because of business
 * failure (an event of SI 2015/301 reg 2(2) for an organisation, reg 2(3) for an individual), the inability
 * following the event (reg 2(1)(b)).
 *
 * A solvent or planned exit, a members' voluntary winding up, a CQC cancellation, a fire, an outbreak or a staff
 * shortage do not engage it on their own; neither does business failure while an administrator or receiver keeps
 * the service running, because the provider is then not unable to carry on the activity. When engaged, the duty
 * falls on the authority where the activity was carried on, regardless of ordinary residence, assessment or
 * eligibility (s.48(2)-(4)).
 *
 * @param input - the provider, the activity, what happened and when (see {@link TemporaryDutyInputSchema})
 * @param options - `pack`: a council's extension of the default pack (law values cannot change)
 * @returns whether the duty is engaged, the event relied on, the authority, each condition and why not
 * @throws `RulesError` for input that fails the schema, a ceased activity without `ceasedOn`, dates after
 *   `asOf`, an unregistered provider with registered activities, an `asOf` before 1 April 2015 (s.48 and SI
 *   2015/301 were not in force), or a pack that changes the law
 *
 * @example
 * ```ts
 * import { assessTemporaryDuty } from 'adult-social-care-rules/provider-failure';
 *
 * const result = assessTemporaryDuty({
 *   asOf: '2026-03-02',
 *   provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] },
 *   activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
 *   events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
 * });
 * result.engaged; //=> true
 * result.event?.citation; //=> 'SI 2015/301 reg 2(2)(a)'
 * ```
 */
export function assessTemporaryDuty(input: TemporaryDutyInput, options?: ProviderFailureOptions): TemporaryDutyResult {
  const data = _parse(ENTRY, TemporaryDutyInputSchema, input);
  _assertLawInForce(ENTRY, 'businessFailureEventsOrganisation', data.asOf, ['asOf'], 'Care Act 2014 s.48 and the Care and Support (Business Failure) Regulations 2015 (SI 2015/301)');
  checkConsistency(data);
  const pack = _packFrom(ENTRY, options);
  const read = _reader(ENTRY, pack, data.asOf, ['asOf']);
  const { provider, activity } = data;
  const list = provider.kind === 'organisation' ? read.get('businessFailureEventsOrganisation') : read.get('businessFailureEventsIndividual');
  const listed = new Map(list.value.map((e) => [e.type, e.citation]));
  const regulation = provider.kind === 'organisation' ? 'SI 2015/301 reg 2(2)' : 'SI 2015/301 reg 2(3)';

  const steps: TraceStep[] = [];
  const criteria: TemporaryDutyCriterion[] = [];
  const record = (id: TemporaryDutyCriterionId, rule: string, citation: string, met: boolean, because: string, inputs: readonly (readonly [string, unknown])[], warnings: readonly string[] = []): void => {
    criteria.push({ id, met, citation, because });
    steps.push(_step(rule, citation, met ? 'met' : 'not-met', because, inputs, warnings));
  };

  // s.48(1): "a person registered under Chapter 2 of Part 1 of the Health and Social Care Act 2008".
  record(
    'registered',
    'provider-failure.s48.registered',
    `${S48_1}; Health and Social Care Act 2008 Part 1 Chapter 2`,
    provider.registeredUnderHsca2008,
    provider.registeredUnderHsca2008
      ? 'The provider is registered with the CQC under the Health and Social Care Act 2008 (a registered care provider).'
      : 'The provider is not registered under the Health and Social Care Act 2008, so it is not a registered care provider.',
    [['provider.registeredUnderHsca2008', provider.registeredUnderHsca2008]],
  );

  // s.48(1): "in respect of the carrying on of a regulated activity".
  const regulated = activity.type !== 'unregulated-service';
  const covered = activity.type !== 'unregulated-service' && provider.registeredActivities.includes(activity.type);
  record(
    'regulated-activity',
    'provider-failure.s48.regulatedActivity',
    `${S48_1}; Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 Sch 1`,
    covered,
    !regulated
      ? 'The service is not a regulated activity (e.g. a day centre or community meals), so s.48 does not reach it.'
      : covered
        ? 'The activity is a regulated activity that the provider is registered to carry on.'
        : 'The provider is not registered in respect of this regulated activity.',
    [
      ['activity.type', activity.type],
      ['provider.registeredActivities', provider.registeredActivities],
    ],
  );

  // s.48(1): "becomes unable to carry on that activity", which can only happen once s.48 is in force.
  const commenced = _lawInForceFrom('businessFailureEventsOrganisation') as IsoDate;
  const ceasedBeforeCommencement = activity.ceasedOn !== undefined && activity.ceasedOn < commenced;
  const unable = activity.status === 'ceased' && !ceasedBeforeCommencement;
  const keptBy = activity.continuedBy;
  record(
    'unable-to-carry-on',
    'provider-failure.s48.unable',
    ceasedBeforeCommencement ? `${S48_1} (in force from ${commenced})` : `${S48_1}; ${GUIDANCE_CH5}`,
    unable,
    unable
      ? `The provider became unable to carry on the activity on ${activity.ceasedOn}.`
      : ceasedBeforeCommencement
        ? `The provider became unable to carry on the activity on ${activity.ceasedOn}, before s.48 came into force on ${commenced}: the section applies only to an inability from that day.`
        : keptBy === 'administrator' || keptBy === 'receiver' || keptBy === 'liquidator'
        ? `The ${keptBy} keeps the service running, so the provider is not unable to carry on the activity: business failure does not by itself mean closure.`
        : 'The activity is still being carried on, so the provider has not become unable to carry it on.',
    [
      ['activity.status', activity.status],
      ['activity.ceasedOn', activity.ceasedOn],
      ['activity.continuedBy', keptBy],
    ],
  );

  // SI 2015/301 reg 2(2)/(3): the listed events, for this kind of provider.
  const failures = data.events
    .filter((e) => listed.has(e.type))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({ type: e.type, date: e.date, citation: listed.get(e.type) as string, description: PROVIDER_EVENT_LABELS[e.type] }));
  const otherCauses: OtherCause[] = data.events
    .filter((e) => !listed.has(e.type))
    .map((e) => ({
      type: e.type,
      date: e.date,
      because: OTHER_CAUSE_REASON[e.type] ?? wrongKindReason(e.type, provider.kind),
    }));
  const first = failures[0];
  record(
    'business-failure',
    'provider-failure.s48.businessFailure',
    first?.citation ?? regulation,
    first !== undefined,
    first !== undefined
      ? `Business failure: ${first.description} on ${first.date}.`
      : otherCauses.length > 0
        ? `No business-failure event listed in ${regulation}: ${otherCauses.map((c) => c.because).join('; ')}.`
        : `No business-failure event listed in ${regulation} has happened.`,
    [
      ['provider.kind', provider.kind],
      ['events', data.events],
    ],
    [
      ...list.warnings,
      ...(first?.type === 'charity-trustees-unable-to-pay-debts' ? [CHARITY_WARNING] : []),
      ...(provider.kind === 'individual' && data.events.some((e) => e.type === 'individual-voluntary-arrangement') ? [IVA_WARNING] : []),
    ],
  );

  // SI 2015/301 reg 2(1)(b): the inability must follow the business failure.
  const ceasedOn = activity.ceasedOn;
  const before = ceasedOn === undefined ? [] : failures.filter((f) => f.date <= ceasedOn);
  const relied = before[0];
  const follows = relied !== undefined;
  record(
    'inability-follows-failure',
    'provider-failure.s48.follows',
    'SI 2015/301 reg 2(1)(b)',
    follows,
    follows
      ? `The inability on ${ceasedOn} follows the business failure on ${relied.date}.`
      : ceasedOn === undefined
        ? 'There is no inability to carry on the activity for a business failure to have caused.'
        : first === undefined
          ? 'There is no business failure for the inability to follow.'
          : `The service stopped on ${ceasedOn}, before the business failure on ${first.date}: the inability did not follow business failure.`,
    [
      ['activity.ceasedOn', ceasedOn],
      ['events', failures.map((f) => ({ type: f.type, date: f.date }))],
    ],
  );

  const engaged = criteria.every((c) => c.met);
  steps.push(
    _step(
      'provider-failure.s48.duty',
      engaged ? 'Care Act 2014 s.48(2)-(4)' : 'Care Act 2014 s.48(1)-(2)',
      engaged ? 'applied' : 'not-met',
      engaged
        ? `${activity.authority} must, for so long as it considers necessary, meet the needs the provider was meeting in its area, regardless of ordinary residence, assessment or eligibility.`
        : 'The s.48 temporary duty is not engaged; existing duties and powers (s.18, s.19, s.20) apply to each person instead.',
      [['activity.authority', activity.authority]],
    ),
  );

  return {
    engaged,
    authority: activity.authority,
    event: relied ?? first,
    criteria,
    // The order test adds nothing when there is no inability or no business failure to compare.
    whyNot: criteria
      .filter((c) => !c.met && !(c.id === 'inability-follows-failure' && criteria.some((o) => !o.met && (o.id === 'unable-to-carry-on' || o.id === 'business-failure'))))
      .map((c) => c.because),
    otherCauses,
    pack: packRef(pack),
    trace: _makeTrace({ entry: ENTRY, asOf: data.asOf, pack: packRef(pack), steps, used: read.used }),
  };
}

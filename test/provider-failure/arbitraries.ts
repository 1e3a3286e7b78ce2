// Generators of well-formed provider-failure inputs for the schema-agreement properties. Well-formed means the
// schema accepts them; some still break a rule that compares two values (an event after asOf, a closure before
// the notification, a placing authority that is the host), which only the function checks, so both kinds of
// refusal are exercised.
import fc from 'fast-check';
import { ACTIVITY_TYPES, ARRANGEMENTS, PROVIDER_EVENT_TYPES, REGULATED_ACTIVITY_TYPES, SERVICE_TYPES } from '../../src/provider-failure/index.js';

const DAY = 86_400_000;

/** A calendar date from `from` (inclusive) for `days` days. */
export const isoDay = (from: string, days: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max: days }).map((n) => new Date(Date.parse(from) + n * DAY).toISOString().slice(0, 10));

// Names as councils write them, with the odd space around one (trimmed by the schema).
const AUTHORITIES = ['Coventry', 'Warwickshire', 'Solihull', 'E08000026', 'Powys County Council', ' Leeds ', 'Leeds'];
const authority = fc.constantFrom(...AUTHORITIES);

/** Inputs of assessTemporaryDuty, decided on or after s.48 came into force (some with an event after asOf). */
export const temporaryDutyInput: fc.Arbitrary<unknown> = fc
  .record({
    asOf: isoDay('2015-04-01', 5000),
    kind: fc.constantFrom('organisation', 'individual'),
    registered: fc.boolean(),
    activities: fc.subarray([...REGULATED_ACTIVITY_TYPES]),
    type: fc.constantFrom(...ACTIVITY_TYPES),
    authority,
    ceased: fc.boolean(),
    ceasedOn: isoDay('2014-06-01', 5300),
    continuedBy: fc.option(fc.constantFrom('provider', 'administrator', 'receiver', 'liquidator'), { nil: undefined }),
    events: fc.array(fc.record({ type: fc.constantFrom(...PROVIDER_EVENT_TYPES), date: isoDay('2014-06-01', 5300) }), { maxLength: 4 }),
  })
  .map((r) => ({
    asOf: r.asOf,
    provider: { kind: r.kind, registeredUnderHsca2008: r.registered, registeredActivities: r.registered ? r.activities : [] },
    activity: r.ceased
      ? { type: r.type, authority: r.authority, status: 'ceased', ceasedOn: r.ceasedOn }
      : { type: r.type, authority: r.authority, status: 'continuing', ...(r.continuedBy === undefined ? {} : { continuedBy: r.continuedBy }) },
    events: r.events,
  }));

const PLACING = ['other-english-authority', 'welsh-authority', 'scottish-authority', 'northern-ireland-trust'];

/** Affected people whose own fields agree with one another (the context may still require needsAppearUrgent). */
export const affectedPerson: fc.Arbitrary<unknown> = fc
  .record({
    ref: fc.constantFrom('P-001', 'R-02', ' C-9 '),
    role: fc.constantFrom('adult', 'carer'),
    arrangement: fc.constantFrom(...ARRANGEMENTS),
    duty: fc.boolean(),
    fundingBody: fc.option(fc.constantFrom('Warwickshire', 'Powys County Council', 'NHS Coventry and Warwickshire ICB'), { nil: undefined }),
    urgent: fc.option(fc.boolean(), { nil: undefined }),
  })
  .filter((r) => !(r.role === 'carer' && r.arrangement === 'nhs-continuing-healthcare'))
  .map((r) => {
    const basis = r.arrangement !== 'host-authority' ? undefined : r.role === 'adult' ? (r.duty ? 'section-18' : 'section-19-1') : r.duty ? 'section-20' : 'section-20-6';
    const fundingBody = PLACING.includes(r.arrangement) ? (r.fundingBody ?? 'Warwickshire') : r.arrangement === 'nhs-continuing-healthcare' ? r.fundingBody : undefined;
    return {
      ref: r.ref,
      role: r.role,
      arrangement: r.arrangement,
      ...(basis === undefined ? {} : { hostAuthorityBasis: basis }),
      ...(fundingBody === undefined ? {} : { fundingBody }),
      ...(r.urgent === undefined ? {} : { needsAppearUrgent: r.urgent }),
    };
  });

/** Contexts of determineContinuityBasis, on or after Part 1 of the Care Act came into force. */
export const continuityContext: fc.Arbitrary<unknown> = fc.record({
  asOf: isoDay('2015-04-01', 5000),
  hostAuthority: authority,
  setting: fc.constantFrom('care-home', 'community'),
  temporaryDutyEngaged: fc.boolean(),
});

// An instant from 2020 (before the Coventry policy began on 2022-06-16) to 2030, written with Z, with an offset,
// or as a London wall-clock time (which may fall in a clock-change hour).
const instant = fc.tuple(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 11, 31) }), fc.constantFrom('Z', '+01:00', 'local')).map(([ms, form]) => {
  const iso = new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
  return form === 'Z' ? iso.replace('.000Z', 'Z') : form === 'local' ? iso.slice(0, 16) : `${iso.slice(0, 19)}+01:00`;
});

/** Inputs of planProviderFailureResponse (some with the closure before the notice, or the host as a placer). */
export const responsePlanInput: fc.Arbitrary<unknown> = fc
  .record({
    notifiedAt: instant,
    serviceType: fc.constantFrom(...SERVICE_TYPES),
    cause: fc.constantFrom('business-failure', 'provider-exit', 'cqc-enforcement', 'emergency', 'infection-outbreak'),
    planned: fc.boolean(),
    closesAt: instant,
    buildingAvailable: fc.option(fc.boolean(), { nil: undefined }),
    peopleAffected: fc.integer({ min: 0, max: 500 }),
    affectedAuthorities: fc.uniqueArray(authority, { minLength: 1, maxLength: 3 }),
    placingAuthorities: fc.option(fc.uniqueArray(authority, { maxLength: 3 }), { nil: undefined }),
    insolvencyPractitioner: fc.option(
      fc.record({ role: fc.constantFrom('administrator', 'administrative-receiver', 'receiver', 'liquidator', 'cva-supervisor', 'trustee-in-bankruptcy'), name: fc.option(fc.constantFrom('Begbies', ' Interpath '), { nil: undefined }) }),
      { nil: undefined },
    ),
    nhsFundedPeople: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map((r) => {
    const out: Record<string, unknown> = {
      notifiedAt: r.notifiedAt,
      serviceType: r.serviceType,
      cause: r.cause,
      timescale: r.planned ? 'planned' : 'emergency',
      peopleAffected: r.peopleAffected,
      affectedAuthorities: r.affectedAuthorities,
    };
    if (r.planned) out['closesAt'] = r.closesAt;
    if (r.buildingAvailable !== undefined) out['buildingAvailable'] = r.buildingAvailable;
    if (r.placingAuthorities !== undefined) out['placingAuthorities'] = r.placingAuthorities;
    if (r.insolvencyPractitioner !== undefined) {
      const { role, name } = r.insolvencyPractitioner;
      out['insolvencyPractitioner'] = name === undefined ? { role } : { role, name };
    }
    if (r.nhsFundedPeople !== undefined) out['nhsFundedPeople'] = r.nhsFundedPeople;
    return out;
  });

/** Inputs of isMarketOversightProvider, from the day SI 2015/314 came into force (some with more areas than beds). */
export const marketOversightInput: fc.Arbitrary<unknown> = fc
  .record({
    asOf: isoDay('2015-04-06', 5000),
    isLocalAuthority: fc.boolean(),
    hours: fc.option(fc.double({ min: 0, max: 100_000, noNaN: true }), { nil: undefined }),
    people: fc.integer({ min: 1, max: 5000 }),
    beds: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
    areas: fc.integer({ min: 1, max: 200 }),
  })
  .filter((r) => r.hours !== undefined || r.beds !== undefined)
  .map((r) => ({
    asOf: r.asOf,
    isLocalAuthority: r.isLocalAuthority,
    ...(r.hours === undefined ? {} : { personalCare: { hoursInWeek: r.hours, peopleInWeek: r.hours === 0 ? 0 : r.people } }),
    ...(r.beds === undefined ? {} : { residential: { bedCapacity: r.beds, authoritiesWithBeds: r.beds === 0 ? 0 : r.areas } }),
  }));

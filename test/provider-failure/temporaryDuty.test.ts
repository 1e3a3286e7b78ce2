import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, whyNot } from '../../src/index.js';
import {
  assessTemporaryDuty,
  coventryProviderFailurePack,
  PROVIDER_EVENT_TYPES,
  type ProviderEventType,
  type TemporaryDutyInput,
} from '../../src/provider-failure/index.js';
import { careHomeAdministrationCloses, careHomeAdministratorTrades, homeSupportBranchOvernight, membersVoluntaryWindingUp } from './fixtures.js';

// The events SI 2015/301 reg 2(2) lists for an organisation and reg 2(3) for an individual, written out by hand.
const ORGANISATION_FAILURES: ProviderEventType[] = [
  'administrator-appointed',
  'receiver-appointed',
  'administrative-receiver-appointed',
  'creditors-voluntary-winding-up',
  'winding-up-order',
  'insolvent-partnership-order',
  'insolvent-partnership-order-ni',
  'charity-trustees-unable-to-pay-debts',
  'all-partners-bankrupt',
  'company-voluntary-arrangement-approved',
];
const INDIVIDUAL_FAILURES: ProviderEventType[] = ['bankruptcy', 'individual-voluntary-arrangement'];
// Causes named in the issue and the guidance that do not, alone, engage s.48.
const NOT_BUSINESS_FAILURE: ProviderEventType[] = [
  'members-voluntary-winding-up',
  'planned-exit',
  'cqc-registration-cancelled',
  'fire',
  'flood',
  'loss-of-power',
  'infection-outbreak',
  'staff-shortage',
  'debt-relief-order',
  'other',
];

describe('assessTemporaryDuty: scenario fixtures', () => {
  it(`${careHomeAdministrationCloses.name} engages s.48 (${careHomeAdministrationCloses.source})`, () => {
    const r = assessTemporaryDuty(careHomeAdministrationCloses.input);
    expect(r.engaged).toBe(true);
    expect(r.event).toMatchObject({ type: 'administrator-appointed', date: '2026-02-20', citation: 'SI 2015/301 reg 2(2)(a)' });
    expect(r.authority).toBe('Coventry');
    expect(r.whyNot).toEqual([]);
    expect(r.criteria.map((c) => c.met)).toEqual([true, true, true, true, true]);
    expect(r.trace.steps.at(-1)?.citation).toBe('Care Act 2014 s.48(2)-(4)');
  });

  it(`${careHomeAdministratorTrades.name} does not engage s.48: the provider is not unable (${careHomeAdministratorTrades.source})`, () => {
    const r = assessTemporaryDuty(careHomeAdministratorTrades.input);
    expect(r.engaged).toBe(false);
    expect(r.criteria.find((c) => c.id === 'unable-to-carry-on')?.met).toBe(false);
    expect(r.criteria.find((c) => c.id === 'business-failure')?.met).toBe(true);
    expect(r.whyNot.join(' ')).toContain('administrator keeps the service running');
    expect(r.event?.type).toBe('administrator-appointed');
  });

  it(`${membersVoluntaryWindingUp.name} does not engage s.48 (${membersVoluntaryWindingUp.source})`, () => {
    const r = assessTemporaryDuty(membersVoluntaryWindingUp.input);
    expect(r.engaged).toBe(false);
    expect(r.event).toBeUndefined();
    expect(r.otherCauses.map((c) => c.type)).toEqual(['planned-exit', 'members-voluntary-winding-up']);
    expect(r.otherCauses[1]?.because).toContain('reg 2(2)(d)');
    expect(whyNot(r.trace).map((s) => s.rule)).toContain('provider-failure.s48.businessFailure');
  });

  it(`${homeSupportBranchOvernight.name} engages s.48 on the winding up order (${homeSupportBranchOvernight.source})`, () => {
    const r = assessTemporaryDuty(homeSupportBranchOvernight.input);
    expect(r.engaged).toBe(true);
    expect(r.event?.citation).toBe('SI 2015/301 reg 2(2)(e)');
  });

  it('an individual provider adjudged bankrupt engages s.48 (SI 2015/301 reg 2(3)(a)), with no IVA warning (reg 2(3)(a) is verified)', () => {
    const r = assessTemporaryDuty({
      ...homeSupportBranchOvernight.input,
      provider: { kind: 'individual', registeredUnderHsca2008: true, registeredActivities: ['personal-care'] },
      events: [{ type: 'bankruptcy', date: '2026-10-20' }],
    });
    expect(r.engaged).toBe(true);
    expect(r.event?.citation).toBe('SI 2015/301 reg 2(3)(a)');
    expect(r.trace.steps.some((s) => (s.warnings ?? []).some((w) => w.includes('UNVERIFIED')))).toBe(false);
  });

  it('charity trustees unable to pay their debts engage s.48 (SI 2015/301 reg 2(2)(h)), with the reg 2(4)-(5) warning', () => {
    const r = assessTemporaryDuty({ ...careHomeAdministrationCloses.input, events: [{ type: 'charity-trustees-unable-to-pay-debts', date: '2026-02-20' }] });
    expect(r.engaged).toBe(true);
    expect(r.event?.citation).toBe('SI 2015/301 reg 2(2)(h)');
    expect(r.trace.steps.find((st) => st.rule === 'provider-failure.s48.businessFailure')?.warnings?.join(' ')).toContain('unincorporated charity');
    expect(assessTemporaryDuty(careHomeAdministrationCloses.input).trace.steps.find((st) => st.rule === 'provider-failure.s48.businessFailure')?.warnings ?? []).toEqual([]);
  });

  it('a debt relief order is not business failure in England (care-act.md §8.3: Welsh-only limb)', () => {
    const r = assessTemporaryDuty({
      ...homeSupportBranchOvernight.input,
      provider: { kind: 'individual', registeredUnderHsca2008: true, registeredActivities: ['personal-care'] },
      events: [{ type: 'debt-relief-order', date: '2026-10-20' }],
    });
    expect(r.engaged).toBe(false);
    expect(r.otherCauses[0]?.because).toContain('SI 2015/1920');
  });

  it('a winding up order is not an event for an individual provider (SI 2015/301 reg 2(2) is for non-individuals)', () => {
    const r = assessTemporaryDuty({
      ...homeSupportBranchOvernight.input,
      provider: { kind: 'individual', registeredUnderHsca2008: true, registeredActivities: ['personal-care'] },
    });
    expect(r.engaged).toBe(false);
    expect(r.otherCauses[0]?.because).toContain("an organisation's insolvency (SI 2015/301 reg 2(2))");
  });

  it('a closure before the business failure does not follow it (SI 2015/301 reg 2(1)(b))', () => {
    const r = assessTemporaryDuty({
      ...careHomeAdministrationCloses.input,
      activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-10' },
    });
    expect(r.engaged).toBe(false);
    expect(r.whyNot).toEqual(['The service stopped on 2026-02-10, before the business failure on 2026-02-20: the inability did not follow business failure.']);
  });

  it('a fire that closes a home already in administration engages s.48: the inability follows business failure (SI 2015/301 reg 2(1)(b))', () => {
    const r = assessTemporaryDuty({ ...careHomeAdministrationCloses.input, events: [{ type: 'administrator-appointed', date: '2026-02-20' }, { type: 'fire', date: '2026-02-26' }] });
    expect(r.engaged).toBe(true);
    expect(r.otherCauses.map((c) => c.type)).toEqual(['fire']);
  });

  it('an unregulated day centre is outside s.48 (s.48(1) "regulated activity")', () => {
    const r = assessTemporaryDuty({
      ...careHomeAdministrationCloses.input,
      activity: { type: 'unregulated-service', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
    });
    expect(r.engaged).toBe(false);
    expect(r.criteria.find((c) => c.id === 'regulated-activity')?.met).toBe(false);
  });
});

describe('assessTemporaryDuty: properties', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2015, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const engagedInput = fc
    .record({
      kind: fc.constantFrom('organisation' as const, 'individual' as const),
      activity: fc.constantFrom('personal-care' as const, 'accommodation-with-nursing-or-personal-care' as const, 'other-regulated-activity' as const),
      failureDay: day,
      gapDays: fc.integer({ min: 0, max: 60 }),
      pick: fc.nat(),
      others: fc.array(fc.record({ type: fc.constantFrom(...NOT_BUSINESS_FAILURE), date: day }), { maxLength: 3 }),
    })
    .map(({ kind, activity, failureDay, gapDays, pick, others }): TemporaryDutyInput => {
      const list = kind === 'organisation' ? ORGANISATION_FAILURES : INDIVIDUAL_FAILURES;
      const ceasedOn = new Date(Date.parse(failureDay) + gapDays * 86_400_000).toISOString().slice(0, 10);
      const asOf = '2024-01-01' > ceasedOn ? '2024-01-01' : ceasedOn;
      return {
        asOf: [ceasedOn, ...others.map((o) => o.date)].reduce((a, b) => (a > b ? a : b), asOf),
        provider: { kind, registeredUnderHsca2008: true, registeredActivities: [activity] },
        activity: { type: activity, authority: 'Coventry', status: 'ceased', ceasedOn },
        events: [{ type: list[pick % list.length] as ProviderEventType, date: failureDay }, ...others],
      };
    });

  it('every input with all five conditions engages the duty', () => {
    fc.assert(fc.property(engagedInput, (input) => assessTemporaryDuty(input).engaged));
  });

  it('removing any one s.48 condition disengages the duty, and names that condition', () => {
    const removals: Record<string, (i: TemporaryDutyInput) => TemporaryDutyInput> = {
      // An unregistered provider has no registered activities (refused otherwise).
      registered: (i) => ({ ...i, provider: { ...i.provider, registeredUnderHsca2008: false, registeredActivities: [] } }),
      'regulated-activity': (i) => ({ ...i, provider: { ...i.provider, registeredActivities: [] } }),
      'unable-to-carry-on': (i) => ({ ...i, activity: { type: i.activity.type, authority: i.activity.authority, status: 'continuing', continuedBy: 'administrator' } }),
      'business-failure': (i) => ({ ...i, events: i.events.filter((e) => NOT_BUSINESS_FAILURE.includes(e.type)) }),
      'inability-follows-failure': (i) => ({ ...i, activity: { ...i.activity, ceasedOn: new Date(Date.parse(i.events[0]!.date) - 86_400_000).toISOString().slice(0, 10) } }),
    };
    fc.assert(
      fc.property(engagedInput, fc.constantFrom(...Object.keys(removals)), (input, id) => {
        const r = assessTemporaryDuty(removals[id]!(input));
        return !r.engaged && r.criteria.find((c) => c.id === id)?.met === false && r.whyNot.length > 0;
      }),
    );
  });

  it('no cause other than business failure engages it on its own, whatever the dates', () => {
    fc.assert(
      fc.property(engagedInput, fc.array(fc.constantFrom(...NOT_BUSINESS_FAILURE), { minLength: 1, maxLength: 4 }), (input, causes) => {
        const only = { ...input, events: causes.map((type) => ({ type, date: input.events[0]!.date })) };
        const r = assessTemporaryDuty(only);
        return !r.engaged && r.event === undefined && r.otherCauses.length === causes.length;
      }),
    );
  });

  it('the duty falls on the authority where the activity was carried on (s.48(2))', () => {
    fc.assert(
      fc.property(engagedInput, fc.constantFrom('Coventry', 'Warwickshire', 'Solihull'), (input, authority) => {
        return assessTemporaryDuty({ ...input, activity: { ...input.activity, authority } }).authority === authority;
      }),
    );
  });
});

describe('assessTemporaryDuty: packs and bad input', () => {
  it('a council layer cannot redefine business failure (law)', () => {
    expect(() =>
      extendPack(coventryProviderFailurePack, {
        id: 'wishful',
        version: '1',
        entries: { businessFailureEventsOrganisation: [{ validFrom: '2026-01-01', kind: 'law', citation: 'x', value: [{ type: 'members-voluntary-winding-up', citation: 'x' }] }] },
      }),
    ).toThrow(/national law/);
  });

  it('a hand-built pack that changes the law is refused by the entry point', () => {
    const forged = {
      ...coventryProviderFailurePack,
      entries: { ...coventryProviderFailurePack.entries, businessFailureEventsOrganisation: [{ ...coventryProviderFailurePack.entries.businessFailureEventsOrganisation[0]!, value: [] }] },
    };
    expect(() => assessTemporaryDuty(careHomeAdministrationCloses.input, { pack: forged })).toThrow(expect.objectContaining({ issues: expect.arrayContaining([expect.objectContaining({ code: 'law_override' })]) }));
  });

  it('a ceased activity needs its date (a schema rule), and events cannot be after asOf (a cross-field rule)', () => {
    const issuesOf = (input: unknown): { code: string; path: unknown[] }[] => {
      try {
        assessTemporaryDuty(input as never);
      } catch (error) {
        expect(isRulesError(error)).toBe(true);
        return (error as { issues: { code: string; path: unknown[] }[] }).issues;
      }
      return expect.unreachable();
    };
    // The schema stage (what the JSON Schema's if/then also refuses) stops before the dates are compared.
    expect(issuesOf({ ...careHomeAdministrationCloses.input, activity: { type: 'personal-care', authority: 'Coventry', status: 'ceased' } })).toEqual([
      expect.objectContaining({ code: 'custom', path: ['activity', 'ceasedOn'] }),
    ]);
    expect(issuesOf({ ...careHomeAdministrationCloses.input, events: [{ type: 'winding-up-order', date: '2026-12-01' }] })).toEqual([
      expect.objectContaining({ code: 'inconsistent_input', path: ['events', 0, 'date'] }),
    ]);
  });

  it('a decision before s.48 came into force (1 April 2015) is refused at asOf, not answered', () => {
    try {
      assessTemporaryDuty({ ...careHomeAdministrationCloses.input, asOf: '2015-03-31', activity: { ...careHomeAdministrationCloses.input.activity, ceasedOn: '2015-03-30' }, events: [{ type: 'administrator-appointed', date: '2015-03-01' }] });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { code: string; path: unknown[] }[] }).issues).toEqual([expect.objectContaining({ code: 'no_value_in_force', path: ['asOf'] })]);
    }
  });

  it('the event vocabulary is exactly the business-failure events plus the other causes', () => {
    expect(PROVIDER_EVENT_TYPES.length).toBe(ORGANISATION_FAILURES.length + INDIVIDUAL_FAILURES.length + NOT_BUSINESS_FAILURE.length);
  });
});

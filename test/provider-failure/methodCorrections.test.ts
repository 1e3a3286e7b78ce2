// Issue 12, provider failure: each worked fixture cites the seed or law text it comes from. Expected values are
// written by hand from that text, never computed by the code under test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  RESPONSE_ACTION_IDS,
  SERVICE_TYPES,
  type ResponsePlanInput,
  type TemporaryDutyInput,
} from '../../src/provider-failure/index.js';
import { careHomeAdministrationCloses, careHomeContext, careHomePlan, homeSupportBranchOvernight, homeSupportBranchPlan, residents } from './fixtures.js';

const A2_S8_LARGE_SCALE =
  'Seed 001 Appendix 2 section 8 "Large Scale Market Failure": "For large scale market failure affecting more than one local authority ... co-ordinated by West Midlands regional ADASS. This would not replicate detailed local authority plans"';

/** One care home closing, with residents placed by two neighbouring councils: one authority's market is affected. */
const oneHomeWithPlacements: ResponsePlanInput = {
  notifiedAt: '2026-02-27T09:00:00Z',
  serviceType: 'nursing-home',
  cause: 'business-failure',
  timescale: 'emergency',
  buildingAvailable: false,
  peopleAffected: 42,
  affectedAuthorities: ['Coventry'],
  placingAuthorities: ['Warwickshire', 'Solihull'],
  nhsFundedPeople: 6,
};

describe('regional escalation only for market failure affecting more than one authority (issue 12)', () => {
  it(`placing authorities do not make one home's closure large-scale: the host leads, they are stakeholders (${A2_S8_LARGE_SCALE}; Appendix 2 section 5)`, () => {
    const plan = planProviderFailureResponse(oneHomeWithPlacements);
    expect(plan.largeScale).toBe(false);
    expect(plan.coordinatedBy).toBe('Coventry');
    expect(plan.regionalCoordinator).toBeUndefined();
    expect(plan.stakeholders.map((s) => s.body)).not.toContain('regional-adass');
    expect(plan.stakeholders.filter((s) => s.body === 'placing-authority').map((s) => s.name)).toEqual(['Warwickshire', 'Solihull']);
    expect(plan.actions.map((a) => a.id)).not.toContain('regional-adass-coordination');
    expect(plan.actions.find((a) => a.id === 'lessons-learnt-review')?.owner).toBe('Coventry');
  });

  it(`a provider group failing in two councils' own markets brings in regional ADASS, which does not replace the host's plan (${A2_S8_LARGE_SCALE})`, () => {
    const plan = planProviderFailureResponse({ ...oneHomeWithPlacements, affectedAuthorities: ['Coventry', 'Warwickshire'] });
    expect(plan.largeScale).toBe(true);
    expect(plan.coordinatedBy).toBe('Coventry');
    expect(plan.regionalCoordinator).toBe('West Midlands ADASS');
    const regional = plan.stakeholders.find((s) => s.body === 'regional-adass');
    expect(regional?.responsibilities.join(' ')).toContain('does not replicate');
    // The host's own actions stay with the host.
    for (const id of ['strategy-meeting', 'identify-everyone-affected', 'inform-people-and-families']) expect(plan.actions.find((a) => a.id === id)?.owner).toBe('Coventry');
    expect(plan.actions.find((a) => a.id === 'lessons-learnt-review')?.owner).toBe('Coventry');
  });

  it('property: large-scale exactly when the distinct market-affected authorities number two or more; placing authorities never count', () => {
    const names = ['Coventry', 'Warwickshire', 'Solihull', 'Birmingham'];
    fc.assert(
      fc.property(fc.subarray(names, { minLength: 1 }), fc.subarray(['Powys', 'Leicestershire', 'Walsall']), (affected, placing) => {
        const plan = planProviderFailureResponse({ ...homeSupportBranchPlan.input, affectedAuthorities: affected, placingAuthorities: placing });
        const large = new Set(affected).size >= 2;
        return plan.largeScale === large && plan.coordinatedBy === affected[0] && (plan.regionalCoordinator !== undefined) === large && plan.actions.some((a) => a.id === 'regional-adass-coordination') === large;
      }),
    );
  });
});

describe('closure timing: each emergency-closure action at its own point within the 72 hours (issue 12)', () => {
  const SEED_ORDER = 'Seed 001 Appendix 2 section 10 (a senior manager establishes a project team) and section 8 initial scope (identify all people; strategy meeting; reviews and safeguarding; communications; placing authorities; alternative capacity)';

  it(`the care home's actions fall due in the seed's order, not all at 72 hours (${SEED_ORDER})`, () => {
    const plan = planProviderFailureResponse(careHomePlan.input);
    const due = (id: string): string | undefined => plan.actions.find((a) => a.id === id)?.dueAt;
    // Notified 09:00 GMT Friday 27 February 2026; the Coventry default pack puts the project team at 2 hours,
    // identification at 8, the strategy meeting at 12, safeguarding and letters at 24 and alternative provision at 48.
    expect(due('establish-project-team')).toBe('2026-02-27T11:00:00+00:00');
    expect(due('identify-everyone-affected')).toBe('2026-02-27T17:00:00+00:00');
    expect(due('strategy-meeting')).toBe('2026-02-27T21:00:00+00:00');
    expect(due('safeguarding')).toBe('2026-02-28T09:00:00+00:00');
    expect(due('inform-people-and-families')).toBe('2026-02-28T09:00:00+00:00');
    expect(due('alternative-provision')).toBe('2026-03-01T09:00:00+00:00');
    expect(due('transport')).toBe('2026-03-02T09:00:00+00:00');
    const closure = plan.actions.filter((a) => a.phase === 'closure');
    expect(new Set(closure.map((a) => a.dueAt)).size).toBeGreaterThan(4);
  });

  it('the step timings are Coventry policy in the pack, with a warning that the seed gives no hours', () => {
    const plan = planProviderFailureResponse(careHomePlan.input);
    const param = plan.trace.parameters.find((p) => p.key === 'actionDueHours');
    expect(param?.warning).toMatch(/seed gives no hour/i);
  });

  it('property: with the default pack, the seed-ordered steps never fall due out of order, and every one is within the window', () => {
    const ordered = ['establish-project-team', 'identify-everyone-affected', 'strategy-meeting', 'safeguarding', 'inform-people-and-families', 'liaise-placing-authorities', 'alternative-provision'];
    fc.assert(
      fc.property(fc.constantFrom(...SERVICE_TYPES), fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }), (serviceType, ms) => {
        const notifiedAt = new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
        const plan = planProviderFailureResponse({ ...oneHomeWithPlacements, serviceType, notifiedAt });
        const times = ordered.map((id) => plan.actions.find((a) => a.id === id)?.dueAt).filter((t): t is string => t !== undefined).map((t) => Date.parse(t));
        const closure = plan.actions.filter((a) => a.phase === 'closure').map((a) => Date.parse(a.dueAt as string) - Date.parse(notifiedAt));
        return times.every((t, i) => i === 0 || t >= times[i - 1]!) && closure.every((h) => h > 0 && h <= 72 * 3_600_000);
      }),
    );
  });

  it('the action ids are listed in the seed order', () => {
    expect(RESPONSE_ACTION_IDS.indexOf('establish-project-team')).toBe(0);
    expect(RESPONSE_ACTION_IDS.indexOf('identify-everyone-affected')).toBeLessThan(RESPONSE_ACTION_IDS.indexOf('strategy-meeting'));
  });
});

describe('the administrator (or other insolvency practitioner) is a stakeholder with its own actions (issue 12)', () => {
  const source = 'Seed 001 Appendix 2 section 3 ("Decisions by the provider (or any Corporate Insolvency Practitioner that has been appointed) to change the registered care status or exit the market"); section 9 (landlord "may be a creditor")';

  it(`a named administrator appears with its role and owns its own action (${source})`, () => {
    const plan = planProviderFailureResponse({ ...careHomePlan.input, insolvencyPractitioner: { role: 'administrator', name: 'Begbies Example LLP' } });
    const ip = plan.stakeholders.find((s) => s.body === 'insolvency-practitioner');
    expect(ip).toMatchObject({ name: 'Begbies Example LLP', role: 'administrator' });
    expect(ip?.responsibilities.join(' ')).toMatch(/keep trading|sell|close/);
    const action = plan.actions.find((a) => a.id === 'insolvency-practitioner-liaison');
    expect(action?.owner).toBe('Begbies Example LLP (administrator)');
  });

  it('business failure with no practitioner named still lists one, unnamed; an outbreak with none does not', () => {
    const plan = planProviderFailureResponse(careHomePlan.input);
    expect(plan.stakeholders.find((s) => s.body === 'insolvency-practitioner')).toMatchObject({ name: undefined, role: 'insolvency practitioner' });
    const outbreak = planProviderFailureResponse({ ...careHomePlan.input, cause: 'infection-outbreak' });
    expect(outbreak.stakeholders.map((s) => s.body)).not.toContain('insolvency-practitioner');
    expect(outbreak.actions.map((a) => a.id)).not.toContain('insolvency-practitioner-liaison');
  });
});

describe('out-of-area placements: the host pays the temporary costs under s.48 and recovers them (issue 12)', () => {
  const source =
    'Care Act 2014 s.48(2)-(3) (the host "must ... meet" the needs regardless of ordinary residence); Explanatory Notes para 304 (the duty applies "where another local authority was paying for services"); seed 001 Appendix 2 section 4 ("the local authority can charge ... other local authorities") and section 5 (funding responsibility remains with the placing authority)';

  it(`a resident placed by Warwickshire: Coventry pays now and recovers from Warwickshire (${source})`, () => {
    const r = determineContinuityBasis(residents.placedByAnotherCouncil!.input, careHomeContext);
    expect(r.funder).toEqual({ role: 'host-authority', name: 'Coventry' });
    expect(r.costRecovery.from).toEqual(['arranging-authority']);
    expect(r.summary).toContain('Coventry pays the temporary costs under s.48 and recovers them from Warwickshire');
  });

  it('a Welsh placement: the host meets the needs under s.48 and pays, recovering from the Welsh authority (Care Act 2014 s.49(3)(c))', () => {
    const r = determineContinuityBasis(residents.welshPlacement!.input, careHomeContext);
    expect(r.funder).toEqual({ role: 'host-authority', name: 'Coventry' });
    expect(r.summary).toContain('recovers them from Powys County Council');
  });

  it('the response plan says the same to the placing authority', () => {
    const plan = planProviderFailureResponse(oneHomeWithPlacements);
    const w = plan.stakeholders.find((s) => s.name === 'Warwickshire');
    expect(w?.responsibilities.join(' ')).toContain('Coventry pays the temporary costs under s.48 and recovers them');
  });
});

describe('wording and validation (issue 12)', () => {
  const pc = (hoursInWeek: number, peopleInWeek: number) => isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek, peopleInWeek } });
  const intensity = (hours: number, people: number) => pc(hours, people).limbs.find((l) => l.id === 'personal-care-intensity')!;

  it('SI 2015/314 reg 2: 800 people at exactly 30 hours each is not "more than 30"; the wording says not met, unlike 850 at 31.76', () => {
    const notMet = intensity(24_000, 800);
    const met = intensity(27_000, 850);
    expect(notMet.outcome).toBe('not-met');
    expect(met.outcome).toBe('met');
    expect(notMet.because).toMatch(/not more than 30/);
    expect(met.because).toMatch(/more than 30/);
    expect(met.because).not.toMatch(/not more than/);
  });

  it('property: a not-met intensity limb with enough people always says "not more than", a met one never does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 800, max: 1_999 }), fc.integer({ min: 0, max: 60_000 }), (people, hours) => {
        const l = intensity(Math.min(hours, 29_999), people);
        return l.outcome === 'met' ? !/not more than/.test(l.because) && /more than/.test(l.because) : /not more than/.test(l.because);
      }),
    );
  });

  it('SI 2015/314 reg 3: a bed capacity spread over 0 local authority areas is refused', () => {
    expect(() => isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, residential: { bedCapacity: 1_500, authoritiesWithBeds: 0 } })).toThrow(/authoritiesWithBeds/);
    // No beds in no areas is consistent.
    expect(isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, residential: { bedCapacity: 0, authoritiesWithBeds: 0 } }).status).toBe('does-not-meet');
  });

  const organisation = (events: TemporaryDutyInput['events']): TemporaryDutyInput => ({ ...homeSupportBranchOvernight.input, events });
  const individual = (events: TemporaryDutyInput['events']): TemporaryDutyInput => ({ ...homeSupportBranchOvernight.input, provider: { kind: 'individual', registeredUnderHsca2008: true, registeredActivities: ['personal-care'] }, events });

  it('SI 2015/301 reg 2(2) vs 2(3): a bankruptcy recorded against a company is not described as the provider being an individual adjudged bankrupt', () => {
    const r = assessTemporaryDuty(organisation([{ type: 'bankruptcy', date: '2026-10-20' }]));
    expect(r.engaged).toBe(false);
    const because = r.otherCauses[0]!.because;
    expect(because).not.toContain('the individual provider');
    expect(because).toMatch(/individual's insolvency/);
    expect(because).toContain('reg 2(2)(i)');
  });

  it("SI 2015/301 reg 2(3): a company's administration recorded against an individual is described as an organisation's insolvency", () => {
    const r = assessTemporaryDuty(individual([{ type: 'administrator-appointed', date: '2026-10-20' }]));
    expect(r.otherCauses[0]!.because).toMatch(/organisation's insolvency/);
  });

  it('SI 2015/301 reg 2(3)(b): the IVA warning only where an individual voluntary arrangement is relied on or recorded', () => {
    const bankrupt = assessTemporaryDuty(individual([{ type: 'bankruptcy', date: '2026-10-20' }]));
    const all = [...bankrupt.trace.steps.flatMap((s) => s.warnings ?? []), ...bankrupt.trace.parameters.map((p) => p.warning ?? '')].join(' ');
    expect(all).not.toMatch(/voluntary arrangement/);
    const iva = assessTemporaryDuty(individual([{ type: 'individual-voluntary-arrangement', date: '2026-10-20' }]));
    expect(iva.engaged).toBe(true);
    expect(iva.trace.steps.find((s) => s.rule === 'provider-failure.s48.businessFailure')?.warnings?.join(' ')).toMatch(/UNVERIFIED.*2\(3\)\(b\)/);
  });

  it('Care Act 2014 s.48(1): "not registered" together with registered activities is refused', () => {
    const input = { ...careHomeAdministrationCloses.input, provider: { ...careHomeAdministrationCloses.input.provider, registeredUnderHsca2008: false } };
    expect(() => assessTemporaryDuty(input)).toThrow(/registeredActivities/);
    expect(assessTemporaryDuty({ ...input, provider: { ...input.provider, registeredActivities: [] } }).engaged).toBe(false);
  });

  it('a date before 1 April 2015 says s.48 and SI 2015/301 apply from that day, without naming a pack parameter', () => {
    // One issue at the date, saying from when the law applies ("must be on or after …, when <law> came into force").
    const check = (fn: () => unknown, path: string, law: RegExp): void => {
      try {
        fn();
        expect.unreachable();
      } catch (error) {
        const issues = (error as { issues: { code: string; path: unknown[]; message: string }[] }).issues;
        expect(issues).toHaveLength(1);
        expect(issues[0]?.path.join('.')).toBe(path);
        expect(issues[0]?.code).toBe('no_value_in_force');
        expect(issues[0]?.message).toMatch(law);
        expect(issues[0]?.message).not.toMatch(/businessFailureEvents|pack/);
      }
    };
    check(
      () => assessTemporaryDuty({ ...careHomeAdministrationCloses.input, asOf: '2015-03-31', activity: { ...careHomeAdministrationCloses.input.activity, ceasedOn: '2015-03-30' }, events: [{ type: 'administrator-appointed', date: '2015-03-20' }] }),
      'asOf',
      /^must be on or after 2015-04-01, when Care Act 2014 s\.48 and the Care and Support \(Business Failure\) Regulations 2015 \(SI 2015\/301\) came into force$/,
    );
    check(() => determineContinuityBasis(residents.selfFunder!.input, { ...careHomeContext, asOf: '2014-12-01' }), 'context.asOf', /^must be on or after 2015-04-01, when Part 1 of the Care Act 2014 .* came into force$/);
    check(() => isMarketOversightProvider({ asOf: '2015-04-05', isLocalAuthority: false, personalCare: { hoursInWeek: 31_000, peopleInWeek: 900 } }), 'asOf', /^must be on or after 2015-04-06, when the market oversight regime \(Care Act 2014 ss\.53-57 and SI 2015\/314\) came into force$/);
    // The first day in force works.
    expect(assessTemporaryDuty({ ...careHomeAdministrationCloses.input, asOf: '2015-04-01', activity: { ...careHomeAdministrationCloses.input.activity, ceasedOn: '2015-04-01' }, events: [{ type: 'administrator-appointed', date: '2015-03-20' }] }).engaged).toBe(true);
  });
});

describe('review of the area against the seed and the law (issue 12, same eyes)', () => {
  it('Care Act 2014 s.48(1) ("becomes unable", in force 1 April 2015): an inability that began before then does not engage the duty, even when decided later', () => {
    const r = assessTemporaryDuty({
      ...careHomeAdministrationCloses.input,
      asOf: '2026-03-02',
      activity: { ...careHomeAdministrationCloses.input.activity, ceasedOn: '2015-03-31' },
      events: [{ type: 'administrator-appointed', date: '2015-03-20' }],
    });
    expect(r.engaged).toBe(false);
    expect(r.criteria.find((c) => c.id === 'unable-to-carry-on')).toMatchObject({ met: false });
    expect(r.whyNot.join(' ')).toContain('before s.48 came into force on 2015-04-01');
  });

  it('seed Appendix 2 section 5: the local ICB co-ordinates for people funded by an out-of-area health body; that body still funds', () => {
    const r = determineContinuityBasis({ ref: 'R-09', role: 'adult', arrangement: 'nhs-continuing-healthcare', fundingBody: 'NHS Herefordshire and Worcestershire ICB' }, careHomeContext);
    expect(r.funder).toEqual({ role: 'nhs', name: 'NHS Herefordshire and Worcestershire ICB' });
    expect(r.coordinator).toEqual({ role: 'nhs', name: undefined });
    expect(r.summary).toContain('integrated care board for the area');
  });
});

describe('warnings only where they apply (review)', () => {
  it('a planned closure does not use, or warn about, the emergency step hours', () => {
    const plan = planProviderFailureResponse({ ...homeSupportBranchPlan.input, timescale: 'planned', notifiedAt: '2026-01-05T10:00:00Z', closesAt: '2026-04-03T17:00:00+01:00' });
    expect(plan.trace.parameters.map((p) => p.key)).not.toContain('actionDueHours');
    expect(plan.trace.steps.flatMap((s) => s.warnings ?? []).join(' ')).not.toMatch(/hour for each step/);
    expect(planProviderFailureResponse(homeSupportBranchPlan.input).trace.parameters.map((p) => p.key)).toContain('actionDueHours');
  });
});

describe('the s.48 cost statement only where s.48 can apply (review)', () => {
  it('a closure that is not business failure tells the placing authority it pays throughout (s.48(1) needs business failure)', () => {
    const plan = planProviderFailureResponse({ ...oneHomeWithPlacements, cause: 'cqc-enforcement' });
    const w = plan.stakeholders.find((s) => s.name === 'Warwickshire')!.responsibilities.join(' ');
    expect(w).not.toContain('pays the temporary costs under s.48');
    expect(w).toContain('s.48 is not engaged');
    expect(plan.actions.find((a) => a.id === 'liaise-placing-authorities')?.action).not.toContain('s.48');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack } from '../../src/index.js';
import { coventryProviderFailurePack, planProviderFailureResponse, SERVICE_TYPES, type ResponsePlanInput } from '../../src/provider-failure/index.js';
import { careHomePlan, homeSupportBranchPlan } from './fixtures.js';

describe('planProviderFailureResponse: scenario fixtures', () => {
  it(`${homeSupportBranchPlan.name}: approach 2, no transport, each deadline its elapsed hours on across the clocks going back (${homeSupportBranchPlan.source})`, () => {
    const plan = planProviderFailureResponse(homeSupportBranchPlan.input);
    expect(plan.approach).toBe(2);
    expect(plan.largeScale).toBe(false);
    expect(plan.coordinatedBy).toBe('Coventry');
    const ids = plan.actions.map((a) => a.id);
    expect(ids).not.toContain('transport');
    expect(ids).not.toContain('regional-adass-coordination');
    expect(ids).toContain('cabinet-member-briefing');
    expect(ids).toContain('press-statement');
    expect(ids).toContain('safeguarding');
    // 22:30 BST on Saturday 24 October 2026 (21:30 UTC); the clocks go back at 01:00 UTC on the 25th. The project
    // team (2 hours) is due at 00:30 BST, before the change; alternative provision (48 hours) at 21:30 GMT on the 26th.
    const closure = plan.actions.filter((a) => a.phase === 'closure');
    expect(closure[0]).toMatchObject({ id: 'establish-project-team', dueAt: '2026-10-25T00:30:00+01:00' });
    expect(plan.actions.find((a) => a.id === 'alternative-provision')?.dueAt).toBe('2026-10-26T21:30:00+00:00');
    // Approach 2 has no transport, the only step the default pack leaves to the 72nd hour.
    expect(closure.every((a) => Date.parse(a.dueAt as string) < Date.parse('2026-10-27T21:30:00Z'))).toBe(true);
    const reviews = plan.actions.find((a) => a.id === 'review-and-wellbeing-checks');
    expect(reviews).toMatchObject({ windowFrom: '2026-11-21', dueOn: '2026-12-05' });
    expect(plan.options.map((o) => o.issue)).not.toContain('accommodation');
    expect(plan.trace.steps.find((st) => st.rule === 'provider-failure.plan.actions')?.because).toContain('transport (approach 2');
    expect(plan.options.flatMap((o) => o.factors)).toContain("Integrate calls within the new provider's existing staff group");
  });

  it(`${careHomePlan.name}: approach 1, transport, placing authority, NHS, CQC and the insolvency practitioner; the host leads (${careHomePlan.source})`, () => {
    const plan = planProviderFailureResponse(careHomePlan.input);
    expect(plan.approach).toBe(1);
    expect(plan.largeScale).toBe(false);
    expect(plan.coordinatedBy).toBe('Coventry');
    const bodies = plan.stakeholders.map((s) => s.body);
    expect(bodies).toEqual(['council', 'icb', 'cqc', 'placing-authority', 'insolvency-practitioner', 'provider']);
    // Nursing homes: the ICB is "Financial / Operational" in the Appendix 2 section 8 table.
    expect(plan.stakeholders.find((s) => s.body === 'icb')?.role).toBe('financial / operational');
    expect(plan.stakeholders.find((s) => s.body === 'placing-authority')?.name).toBe('Warwickshire');
    const ids = plan.actions.map((a) => a.id);
    for (const id of ['transport', 'liaise-placing-authorities', 'nhs-health-needs', 'cqc-liaison', 'insolvency-practitioner-liaison', 'review-and-wellbeing-checks', 'lessons-learnt-review']) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('regional-adass-coordination');
    expect(plan.actions.find((a) => a.id === 'establish-project-team')?.dueAt).toBe('2026-02-27T11:00:00+00:00');
    expect(plan.actions.find((a) => a.id === 'transport')?.dueAt).toBe('2026-03-02T09:00:00+00:00');
    expect(plan.actions.find((a) => a.id === 'review-and-wellbeing-checks')).toMatchObject({ windowFrom: '2026-03-27', dueOn: '2026-04-10' });
    expect(plan.actions.find((a) => a.id === 'nhs-health-needs')?.action).toContain('6 NHS-funded people');
    // The building is not available: the existing-building option is not offered.
    expect(plan.options.filter((o) => o.issue === 'accommodation').map((o) => o.option)).not.toContain('Use the existing building(s)');
  });

  it('across the clocks going forward: 18:00 GMT Friday 27 March 2026 + 72 hours is 19:00 BST Monday 30 March (Appendix 2 s.10)', () => {
    const plan = planProviderFailureResponse({ ...careHomePlan.input, notifiedAt: '2026-03-27T18:00:00Z', affectedAuthorities: ['Coventry'] });
    expect(plan.actions.find((a) => a.id === 'transport')?.dueAt).toBe('2026-03-30T19:00:00+01:00');
  });

  it('a London wall-clock time without an offset is read as London time', () => {
    const plan = planProviderFailureResponse({ ...careHomePlan.input, notifiedAt: '2026-07-01T09:00' });
    expect(plan.actions[0]?.dueAt).toBe('2026-07-01T11:00:00+01:00');
    expect(plan.actions.find((a) => a.id === 'transport')?.dueAt).toBe('2026-07-04T09:00:00+01:00');
  });

  it('a council review window that closes before it opens is refused when the pack is built', () => {
    expect(() =>
      extendPack(coventryProviderFailurePack, { id: 'x', version: '1', entries: { reviewWindowWeeks: [{ validFrom: '2026-01-01', kind: 'policy', citation: 'x', value: { from: 6, to: 4 } }] } }),
    ).toThrow(/no later than/);
  });

  it('approach by service type follows Appendix 2 section 9: care homes, housing with care and day centres 1, home support 2', () => {
    const expected = { 'residential-care-home': 1, 'nursing-home': 1, 'housing-with-care': 1, 'home-support': 2, 'day-service': 1 } as const;
    for (const serviceType of SERVICE_TYPES) {
      expect(planProviderFailureResponse({ ...homeSupportBranchPlan.input, serviceType }).approach).toBe(expected[serviceType]);
    }
  });

  it('a day service has no CQC role (Appendix 2 section 8 table: "None")', () => {
    const plan = planProviderFailureResponse({ ...homeSupportBranchPlan.input, serviceType: 'day-service' });
    expect(plan.stakeholders.map((s) => s.body)).not.toContain('cqc');
    expect(plan.actions.map((a) => a.id)).not.toContain('cqc-liaison');
  });

  it('an outbreak brings in Public Health and a temporary placement stop (Appendix 2 section 3)', () => {
    const plan = planProviderFailureResponse({ ...careHomePlan.input, cause: 'infection-outbreak' });
    expect(plan.stakeholders.map((s) => s.body)).toContain('public-health');
    expect(plan.actions.find((a) => a.id === 'outbreak-management')?.action).toContain('placement stop');
  });

  it('a planned closure has every closure action due at the closure, and reviews counted from it', () => {
    const plan = planProviderFailureResponse({ ...homeSupportBranchPlan.input, timescale: 'planned', notifiedAt: '2026-01-05T10:00:00Z', closesAt: '2026-04-03T17:00:00+01:00' });
    expect(new Set(plan.actions.filter((a) => a.phase === 'closure').map((a) => a.dueAt))).toEqual(new Set(['2026-04-03T17:00:00+01:00']));
    expect(plan.actions.find((a) => a.id === 'review-and-wellbeing-checks')).toMatchObject({ windowFrom: '2026-05-01', dueOn: '2026-05-15' });
  });
});

describe('planProviderFailureResponse: properties', () => {
  // Any instant in 2026-2027, which holds four clock changes.
  const instant = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }).map((ms) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString());
  const input = fc.record({
    notifiedAt: instant,
    serviceType: fc.constantFrom(...SERVICE_TYPES),
    cause: fc.constantFrom('business-failure' as const, 'provider-exit' as const, 'cqc-enforcement' as const, 'emergency' as const, 'infection-outbreak' as const),
    timescale: fc.constant('emergency' as const),
    peopleAffected: fc.integer({ min: 0, max: 500 }),
    // Each authority once: a repeated name is refused (a duplicate, test/provider-failure/schemaAgreement.test.ts).
    affectedAuthorities: fc.uniqueArray(fc.constantFrom('Coventry', 'Warwickshire', 'Solihull'), { minLength: 1, maxLength: 3 }),
  });

  // London's UTC offset at an instant, read from the platform's time-zone data (not from the library).
  const londonOffset = (ms: number): string => {
    const name = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeZoneName: 'longOffset' }).formatToParts(ms).find((p) => p.type === 'timeZoneName')!.value;
    return name === 'GMT' ? '+00:00' : name.slice(3);
  };
  const londonWallClock = (ms: number): string => {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(ms).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
  };

  // The pack's hours for each step (data, read here, not recomputed by the library).
  const hours = coventryProviderFailurePack.entries.actionDueHours[0]!.value as Record<string, number>;

  it('deadlines given as London wall-clock times: each step its elapsed hours after, written with the London offset in force then (Appendix 2 s.10)', () => {
    // Instants within a few days of the four clock changes of 2026-2027, written without an offset.
    const changes = [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2027, 2, 28, 1), Date.UTC(2027, 9, 31, 1)];
    const near = fc.tuple(fc.constantFrom(...changes), fc.integer({ min: -4 * 24 * 60, max: 4 * 24 * 60 })).map(([c, minutes]) => c + minutes * 60_000);
    fc.assert(
      fc.property(near, (ms) => {
        const wall = londonWallClock(ms);
        // The hour repeated in October is ambiguous without an offset and is refused: skip it here.
        if (londonWallClock(ms - 3_600_000) === wall || londonWallClock(ms + 3_600_000) === wall) return true;
        const plan = planProviderFailureResponse({ ...homeSupportBranchPlan.input, notifiedAt: wall });
        return plan.actions
          .filter((a) => a.phase === 'closure')
          .every((a) => {
            const due = ms + hours[a.id]! * 3_600_000;
            return Date.parse(a.dueAt as string) === due && (a.dueAt as string).endsWith(londonOffset(due)) && (a.dueAt as string).slice(0, 16) === londonWallClock(due);
          });
      }),
    );
  });

  it('every closure deadline is after notification by exactly its elapsed hours, right across DST', () => {
    fc.assert(
      fc.property(input, (i: ResponsePlanInput) => {
        const start = Date.parse(i.notifiedAt);
        return planProviderFailureResponse(i)
          .actions.filter((a) => a.phase === 'closure')
          .every((a) => Date.parse(a.dueAt as string) - start === hours[a.id]! * 3_600_000 && hours[a.id]! <= 72);
      }),
    );
  });

  it('planned closures: every closure deadline is the closure time, after notification', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 1, max: 200 * 24 * 60 }), (i: ResponsePlanInput, minutes) => {
        const start = Date.parse(i.notifiedAt);
        const closesAt = new Date(start + minutes * 60_000).toISOString();
        const plan = planProviderFailureResponse({ ...i, timescale: 'planned', closesAt });
        return plan.actions.filter((a) => a.phase === 'closure').every((a) => Date.parse(a.dueAt as string) === start + minutes * 60_000 && Date.parse(a.dueAt as string) > start);
      }),
    );
  });

  it('review windows open after the notification day and close no earlier than they open', () => {
    fc.assert(
      fc.property(input, (i: ResponsePlanInput) => {
        const r = planProviderFailureResponse(i).actions.find((a) => a.id === 'review-and-wellbeing-checks')!;
        return (r.windowFrom as string) > i.notifiedAt.slice(0, 10) && (r.dueOn as string) >= (r.windowFrom as string);
      }),
    );
  });

  it('regional ADASS co-ordinates exactly when more than one distinct authority\'s own market is affected; placing authorities never count; the host always leads', () => {
    fc.assert(
      fc.property(input, fc.subarray(['Powys', 'Warwickshire', 'Solihull', 'Coventry']), (i: ResponsePlanInput, others) => {
        const placingAuthorities = others.filter((a) => a !== i.affectedAuthorities[0]);
        const plan = planProviderFailureResponse({ ...i, placingAuthorities });
        const markets = new Set(i.affectedAuthorities);
        return (
          plan.largeScale === markets.size > 1 &&
          plan.coordinatedBy === i.affectedAuthorities[0] &&
          plan.regionalCoordinator === (markets.size > 1 ? 'West Midlands ADASS' : undefined) &&
          plan.actions.some((a) => a.id === 'regional-adass-coordination') === markets.size > 1
        );
      }),
    );
  });
});

describe('planProviderFailureResponse: council override', () => {
  it('a council that wants people identified within 24 hours gets that deadline; the rest keep the pack\'s hours', () => {
    const local = extendPack(coventryProviderFailurePack, {
      id: 'faster-council',
      version: '1',
      entries: {
        actionDueHours: [
          {
            validFrom: '2026-01-01',
            kind: 'policy',
            citation: 'Faster council failure plan',
            value: { ...coventryProviderFailurePack.entries.actionDueHours[0]!.value, 'identify-everyone-affected': 24 },
          },
        ],
      },
    });
    const plan = planProviderFailureResponse(careHomePlan.input, { pack: local });
    expect(plan.actions.find((a) => a.id === 'identify-everyone-affected')?.dueAt).toBe('2026-02-28T09:00:00+00:00');
    expect(plan.actions.find((a) => a.id === 'strategy-meeting')?.dueAt).toBe('2026-02-27T21:00:00+00:00');
  });

  it('a planned closure without its date is refused', () => {
    expect(() => planProviderFailureResponse({ ...careHomePlan.input, timescale: 'planned' })).toThrow(/closesAt/);
  });

  it('a placing authority is a stakeholder, not a second market: one home\'s closure is not large-scale (Appendix 2 s.5 and s.8)', () => {
    const plan = planProviderFailureResponse({ ...careHomePlan.input, affectedAuthorities: ['Coventry'], placingAuthorities: ['Warwickshire'] });
    expect(plan.largeScale).toBe(false);
    expect(plan.coordinatedBy).toBe('Coventry');
    expect(plan.trace.steps.find((st) => st.rule === 'provider-failure.plan.largeScale')?.because).toContain('Warwickshire placed people in the service and is a stakeholder');
  });

  it('the host cannot be its own placing authority; every problem is reported at once', () => {
    try {
      planProviderFailureResponse({ ...careHomePlan.input, notifiedAt: '2026-03-29T01:30', placingAuthorities: ['Coventry'], nhsFundedPeople: 99 });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'))).toEqual(['notifiedAt', 'placingAuthorities.0', 'nhsFundedPeople']);
    }
  });

  it('a notice or closure so late that a deadline would fall after the year 9999 is refused at that field', () => {
    const issuesOf = (input: ResponsePlanInput) => {
      try {
        planProviderFailureResponse(input);
      } catch (error) {
        return (error as { issues: unknown[] }).issues;
      }
      return expect.unreachable();
    };
    // The 72-hour window would end in the year 10000; so would the reviews, 6 weeks after a planned closure.
    expect(issuesOf({ ...careHomePlan.input, notifiedAt: '9999-12-31T12:00:00Z' })).toEqual([expect.objectContaining({ code: 'too_big', path: ['notifiedAt'] })]);
    expect(issuesOf({ ...careHomePlan.input, notifiedAt: '9999-10-01T09:00:00Z', timescale: 'planned', closesAt: '9999-12-01T09:00:00Z' })).toEqual([expect.objectContaining({ code: 'too_big', path: ['closesAt'] })]);
    // Ten weeks before the end still fits: the lessons-learnt review is due 6 weeks after.
    expect(planProviderFailureResponse({ ...careHomePlan.input, notifiedAt: '9999-10-01T09:00:00Z' }).actions.at(-1)?.dueOn).toBe('9999-11-12');
  });

  it('a skipped London wall-clock time is refused, not guessed', () => {
    expect(() => planProviderFailureResponse({ ...careHomePlan.input, notifiedAt: '2026-03-29T01:30' })).toThrow(/does not exist/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extendPack, isRulesError } from '../../src/index.js';
import { determineAdultEligibility, determineCarerEligibility, eligibilityPack, type AdultEligibilityInput } from '../../src/eligibility/index.js';

// SI 2015/313 reg 2(4): circumstances over "such period as it considers necessary to establish accurately the
// adult's level of need". Example: a person with a relapsing condition observed on four days in October.
const fluctuating: AdultEligibilityInput = {
  asOf: '2026-11-02',
  needsArisingFromImpairmentOrIllness: true,
  fluctuating: {
    periodFrom: '2026-10-01',
    periodTo: '2026-10-31',
    observations: [
      { date: '2026-10-03', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, personalHygiene: { unableToAchieve: ['significantPainDistressAnxiety'] } } },
      { date: '2026-10-10', outcomes: { nutrition: { unableToAchieve: [] }, personalHygiene: { unableToAchieve: [] } } },
      { date: '2026-10-17', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, personalHygiene: { unableToAchieve: [] } } },
      { date: '2026-10-24', outcomes: { nutrition: { unableToAchieve: [] }, personalHygiene: { unableToAchieve: [] } } },
    ],
  },
  wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] },
};

describe('fluctuating needs (SI 2015/313 reg 2(4)), aggregated by local policy', () => {
  it('records the period used and the policy, with its warning, in the result and trace', () => {
    const r = determineAdultEligibility(fluctuating);
    expect(r.fluctuation).toEqual({ periodFrom: '2026-10-01', periodTo: '2026-10-31', days: 31, observations: 4, method: 'share-of-observations', minimumShare: '0.5', minimumObservations: 2 });
    const period = r.trace.steps.find((s) => s.rule === 'eligibility.adult.fluctuatingPeriod');
    expect(period?.citation).toBe('SI 2015/313 reg 2(4)');
    const policy = r.trace.steps.find((s) => s.rule === 'eligibility.adult.fluctuatingAggregation');
    expect(policy?.citation).toContain('local policy');
    expect(policy?.warnings?.[0]).toContain('POLICY PLACEHOLDER');
    expect(r.trace.parameters.find((p) => p.key === 'fluctuatingAggregation')?.kind).toBe('policy');
  });

  it('Coventry default: nutrition unable on 2 of 4 days counts (half), hygiene on 1 of 4 does not', () => {
    const r = determineAdultEligibility(fluctuating);
    expect(r.outcomes.find((o) => o.outcome === 'nutrition')).toMatchObject({ status: 'unable', source: 'observations', observations: { observed: 4, unable: 2 } });
    expect(r.outcomes.find((o) => o.outcome === 'personalHygiene')).toMatchObject({ status: 'able', observations: { observed: 4, unable: 1 } });
    expect(r.status).toBe('undetermined'); // one outcome unable so far, eight not assessed
  });

  it('a council override (any observation counts) changes the outcome; the period is unchanged', () => {
    const council = extendPack(eligibilityPack, {
      id: 'example-council',
      version: '2026.1',
      entries: { fluctuatingAggregation: [{ validFrom: '2026-04-01', value: { method: 'any-observation', minimumShare: '0', minimumObservations: 1 }, citation: 'Example council eligibility policy 2026', kind: 'policy' }] },
    });
    const r = determineAdultEligibility(fluctuating, { pack: council });
    expect(r.status).toBe('eligible');
    expect(r.unableOutcomes).toEqual(['nutrition', 'personalHygiene']);
    expect(r.pack.layers.map((l) => l.id)).toEqual(['coventry-eligibility', 'example-council']);
  });

  it('refuses observations outside the period and a period ending after the determination', () => {
    const bad = structuredClone(fluctuating);
    bad.fluctuating!.observations[0]!.date = '2026-09-30';
    bad.fluctuating!.periodTo = '2026-11-05';
    try {
      determineAdultEligibility(bad);
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error)).toBe(true);
      if (isRulesError(error)) expect(error.issues.map((i) => i.path.join('.'))).toEqual(['fluctuating.periodTo', 'fluctuating.observations.0.date']);
    }
  });

  it('refuses two observations on the same day (the policy counts observed days)', () => {
    const twice = structuredClone(fluctuating);
    twice.fluctuating!.observations[1]!.date = '2026-10-03';
    try {
      determineAdultEligibility(twice);
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error) && error.issues.map((i) => i.path.join('.'))).toEqual(['fluctuating.observations.1.date']);
    }
  });

  it('a council pack with a share outside 0-1 is refused', () => {
    expect(() =>
      extendPack(eligibilityPack, {
        id: 'x',
        version: '1',
        entries: { fluctuatingAggregation: [{ validFrom: '2026-04-01', value: { method: 'share-of-observations', minimumShare: '1.5', minimumObservations: 1 }, citation: 'x', kind: 'policy' }] },
      }),
    ).toThrow(/between 0 and 1/);
  });

  it('too few observations leave the outcome undetermined, listed as missing (never guessed able)', () => {
    const r = determineAdultEligibility({
      asOf: '2026-11-02',
      needsArisingFromImpairmentOrIllness: true,
      outcomes: { personalHygiene: { unableToAchieve: ['unableWithoutAssistance'] }, toiletNeeds: { unableToAchieve: [] }, appropriatelyClothed: { unableToAchieve: [] }, useHomeSafely: { unableToAchieve: [] }, habitableHome: { unableToAchieve: [] }, familyPersonalRelationships: { unableToAchieve: [] }, workTrainingEducationVolunteering: { unableToAchieve: [] }, communityFacilitiesServices: { unableToAchieve: [] }, caringResponsibilitiesForChild: { unableToAchieve: [] } },
      fluctuating: { periodFrom: '2026-10-01', periodTo: '2026-10-31', observations: [{ date: '2026-10-05', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } }] },
      wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] },
    });
    expect(r.outcomes[0]).toMatchObject({ outcome: 'nutrition', status: 'not-assessed', observations: { observed: 1, unable: 1 } });
    expect([r.status, r.missing]).toEqual(['undetermined', ['fluctuating.observations.outcomes.nutrition']]);
  });

  it('refuses an outcome given both as an assessment and as observations', () => {
    expect(() => determineAdultEligibility({ ...fluctuating, outcomes: { nutrition: { unableToAchieve: [] } } })).toThrow(/one way/);
  });

  it('adding an unable observation day never turns an unable outcome able', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (days) => {
        const obs = days.map((u, i) => ({ date: `2026-10-${String(i + 1).padStart(2, '0')}`, outcomes: { nutrition: { unableToAchieve: u ? (['unableWithoutAssistance'] as const) : [] } } }));
        const run = (o: typeof obs) =>
          determineAdultEligibility({ asOf: '2026-11-01', fluctuating: { periodFrom: '2026-10-01', periodTo: '2026-10-31', observations: o.map((x) => ({ date: x.date, outcomes: { nutrition: { unableToAchieve: [...x.outcomes.nutrition.unableToAchieve] } } })) } }).outcomes[0]!.status;
        const before = run(obs);
        const after = run([...obs, { date: '2026-10-30', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] as const } } }]);
        if (before === 'unable') expect(after).toBe('unable');
      }),
    );
  });
});

describe('fluctuating carer needs (SI 2015/313 reg 3(4))', () => {
  it('a carer unable to engage in work on 3 of 4 observed weeks: the outcome counts, the period is recorded', () => {
    const r = determineCarerEligibility({
      asOf: '2026-11-30',
      needsArisingFromNecessaryCare: true,
      healthAtRisk: false,
      fluctuating: {
        periodFrom: '2026-11-01',
        periodTo: '2026-11-28',
        observations: ['2026-11-07', '2026-11-14', '2026-11-21', '2026-11-28'].map((date, i) => ({ date, outcomes: { workTrainingEducationVolunteering: { unableToAchieve: i === 1 ? [] : (['significantPainDistressAnxiety'] as const).slice() } } })),
      },
      wellbeing: { significantImpact: true, areas: ['participationWorkEducationTrainingRecreation'] },
    });
    expect(r.status).toBe('eligible');
    expect(r.fluctuation?.days).toBe(28);
    expect(r.trace.steps.find((s) => s.rule === 'eligibility.carer.fluctuatingPeriod')?.citation).toBe('SI 2015/313 reg 3(4)');
    expect(r.outcomes.find((o) => o.outcome === 'workTrainingEducationVolunteering')?.observations).toEqual({ observed: 4, unable: 3 });
  });
});

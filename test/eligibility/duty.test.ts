import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, whyNot } from '../../src/index.js';
import { assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, eligibilityPack, type AdultDutyInput } from '../../src/eligibility/index.js';
import { adultDutyInputArb, adultInputArb, carerDutyInputArb, carerInputArb } from './arbitraries.js';
import { dutyExamples } from './fixtures.js';

describe('assessDutyToMeetNeeds: worked examples', () => {
  for (const ex of dutyExamples) {
    it(ex.source, () => {
      const r = assessDutyToMeetNeeds(ex.input);
      expect(r.status).toBe(ex.status);
      expect(r.routes.map((x) => x.section)).toEqual(ex.sections);
      if (ex.needsInDuty) expect(r.needsInDuty).toEqual(ex.needsInDuty);
    });
  }

  it('records the financial limits in force with their source (SI 2014/2672), and flags 2026-27 as unverified', () => {
    const in2024 = assessDutyToMeetNeeds({ asOf: '2024-06-01', person: 'adult', needsAppearUrgent: false });
    expect(in2024.financialLimits).toMatchObject({ upperCapitalLimit: '23250', lowerCapitalLimit: '14250', validFrom: '2024-04-01', validTo: '2025-04-01' });
    expect(in2024.financialLimits.citation).toContain('SI 2014/2672');
    expect(in2024.financialLimits.citation).toContain('circular 2024 to 2025');
    expect(in2024.financialLimits.warning).toBeUndefined();
    // Each year cites its own source: 2018 is not sourced from the 2024-25 circular.
    const in2018 = assessDutyToMeetNeeds({ asOf: '2018-06-01', person: 'adult', needsAppearUrgent: false });
    expect(in2018.financialLimits).toMatchObject({ upperCapitalLimit: '23250', lowerCapitalLimit: '14250', validFrom: '2015-04-01', validTo: '2024-04-01' });
    expect(in2018.financialLimits.citation).not.toContain('2024');
    const in2025 = assessDutyToMeetNeeds({ asOf: '2026-03-31', person: 'adult', needsAppearUrgent: false });
    expect(in2025.financialLimits).toMatchObject({ validFrom: '2025-04-01', validTo: '2026-04-01' });
    expect(in2025.financialLimits.warning).toBeUndefined();
    const in2026 = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', needsAppearUrgent: false });
    expect(in2026.financialLimits.validFrom).toBe('2026-04-01');
    expect(in2026.financialLimits.warning).toContain('UNVERIFIED');
    expect(in2026.trace.parameters.find((p) => p.key === 'capitalLimits')?.kind).toBe('law');
  });

  it('no determination and needs not urgent: no duty yet, with the why-not of s.18(1)', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', needsAppearUrgent: false });
    expect(r.status).toBe('none');
    expect(whyNot(r.trace).map((s) => s.citation)).toEqual(expect.arrayContaining(['Care Act 2014 s.18(1)', 'Care Act 2014 s.19(3)']));
  });

  it('undetermined lists what to complete, never guessing the charging limb', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'toiletNeeds'] }, residence: 'ordinarily-resident' });
    expect(r.status).toBe('undetermined');
    expect(r.routes).toEqual([]);
    expect(r.missing).toEqual(expect.arrayContaining(['charge', 'financialAssessment', 'asksAuthorityToMeetNeeds', 'lacksCapacityToArrange']));
  });

  it('needs met by a carer must be stated (give [] for none) before the duty is settled', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'toiletNeeds'] }, residence: 'ordinarily-resident', charge: 'no-charge' });
    expect(r.missing).toEqual(['needsMetByCarer']);
  });

  it('every eligible need met by a carer: no s.18 duty, the s.19(1) power covers them', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'toiletNeeds'] }, residence: 'ordinarily-resident', charge: 'no-charge', needsMetByCarer: ['nutrition', 'toiletNeeds'] });
    expect(r.status).toBe('power');
    expect(r.excludedAsMetByCarer).toEqual(['nutrition', 'toiletNeeds']);
    expect(r.routes[0]?.section).toBe('Care Act 2014 s.19(1)');
  });

  it('a carer\'s eligible needs with the adult needing care elsewhere: the s.20(6) power (no residence precondition)', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'carer', determination: { status: 'eligible', eligibleOutcomes: [] }, adultNeedingCareResidence: 'other', supportToCarer: { charge: 'no-charge' } });
    expect(r.status).toBe('power');
    expect(r.routes.map((x) => x.section)).toEqual(['Care Act 2014 s.20(6)']);
    expect(whyNot(r.trace).map((s) => s.citation)).toContain('Care Act 2014 s.20(1)(a)');
  });

  it('a carer with capital above the limit who asks (condition 2, s.20(3))', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'carer', determination: { status: 'eligible', eligibleOutcomes: ['workTrainingEducationVolunteering'] }, adultNeedingCareResidence: 'ordinarily-resident', supportToCarer: { charge: 'chargeable', financialAssessment: { capital: '40000' }, carerAsks: true } });
    expect(r.status).toBe('duty');
    expect(r.chargeBasis).toEqual(['condition-2']);
  });

  it('refuses an eligible adult determination with fewer than two outcomes, and negative capital', () => {
    try {
      assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition'] }, financialAssessment: { capital: '-1' } });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error)).toBe(true);
      if (isRulesError(error)) expect(error.issues.map((i) => i.path.join('.'))).toEqual(['financialAssessment.capital', 'determination.eligibleOutcomes']);
    }
  });

  it('an eligible adult determination listing the same outcome twice is still one outcome, and is refused', () => {
    expect(() => assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'nutrition'] } })).toThrow(/two or more different outcomes/);
  });

  it('s.18(1)(a): an eligible adult of no settled residence elsewhere ("other") gets neither the duty nor a power', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'toiletNeeds'] }, residence: 'other', charge: 'no-charge', needsMetByCarer: [] });
    expect(r.status).toBe('none');
    expect(whyNot(r.trace).map((s) => s.citation)).toEqual(expect.arrayContaining(['Care Act 2014 s.18(1)(a)', 'Care Act 2014 s.19(1)']));
  });

  it('s.19(2): ordinarily resident elsewhere but the other authority not yet notified: no power yet', () => {
    const r = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'toiletNeeds'] }, residence: 'ordinarily-resident-elsewhere', charge: 'no-charge', notifiedAuthorityOfResidence: false });
    expect(r.status).toBe('none');
    expect(whyNot(r.trace).map((s) => s.citation)).toContain('Care Act 2014 s.19(2)');
  });

  it('s.20(1)(b) condition 1 (s.20(2)): a carer with capital exactly at the upper limit', () => {
    const at = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'carer', determination: { status: 'eligible', eligibleOutcomes: [] }, adultNeedingCareResidence: 'ordinarily-resident', supportToCarer: { charge: 'chargeable', financialAssessment: { capital: '23250' }, carerAsks: false } });
    expect([at.status, at.chargeBasis]).toEqual(['duty', ['condition-1']]);
    const above = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'carer', determination: { status: 'eligible', eligibleOutcomes: [] }, adultNeedingCareResidence: 'ordinarily-resident', supportToCarer: { charge: 'chargeable', financialAssessment: { capital: '23250.01' }, carerAsks: false } });
    expect([above.status, above.routes.map((x) => x.section)]).toEqual(['power', ['Care Act 2014 s.20(6)']]);
  });
});

describe('assessDutyToMeetNeeds: from a determination', () => {
  it('an undetermined determination leaves the duty undetermined; an urgent need still opens s.19(3)', () => {
    const pending = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'undetermined', eligibleOutcomes: [] }, needsAppearUrgent: false });
    expect([pending.status, pending.missing]).toEqual(['undetermined', ['determination.status']]);
    const urgent = assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'undetermined', eligibleOutcomes: [] }, needsAppearUrgent: true });
    expect(urgent.status).toBe('undetermined');
    expect(urgent.routes.map((r) => r.section)).toEqual(['Care Act 2014 s.19(3)']);
  });

  it('property: an adult result fed to the duty (resident, no charge) gives duty / power / undetermined as eligible / not-eligible / undetermined', () => {
    const expected = { eligible: 'duty', 'not-eligible': 'power', undetermined: 'undetermined' } as const;
    fc.assert(
      fc.property(adultInputArb, (input) => {
        const r = determineAdultEligibility(input);
        const duty = assessDutyToMeetNeeds({ asOf: r.asOf, person: 'adult', determination: { status: r.status, eligibleOutcomes: [...r.eligibleOutcomes] }, residence: 'ordinarily-resident', charge: 'no-charge', needsAppearUrgent: false, needsMetByCarer: [] });
        expect(duty.status).toBe(expected[r.status]);
        if (duty.status === 'duty') expect(duty.needsInDuty).toEqual(r.eligibleOutcomes);
      }),
    );
  });

  it('property: a carer result fed to the duty (resident, support to the carer, no charge) gives duty / power / undetermined', () => {
    const expected = { eligible: 'duty', 'not-eligible': 'power', undetermined: 'undetermined' } as const;
    fc.assert(
      fc.property(carerInputArb, (input) => {
        const r = determineCarerEligibility(input);
        const duty = assessDutyToMeetNeeds({ asOf: r.asOf, person: 'carer', determination: { status: r.status, eligibleOutcomes: [...r.eligibleOutcomes] }, adultNeedingCareResidence: 'ordinarily-resident', supportToCarer: { charge: 'no-charge' } });
        expect(duty.status).toBe(expected[r.status]);
      }),
    );
  });

  // Issue 14: the duty accepts the determination exactly as returned, reading only status and eligibleOutcomes.
  it('property: the result passed as returned gives the same answer as its status and eligibleOutcomes copied out', () => {
    fc.assert(
      fc.property(adultInputArb, carerInputArb, (adultInput, carerInput) => {
        const a = determineAdultEligibility(adultInput);
        const adultCase = { asOf: a.asOf, person: 'adult' as const, residence: 'ordinarily-resident' as const, charge: 'no-charge' as const, needsMetByCarer: [] };
        const direct = assessDutyToMeetNeeds({ ...adultCase, determination: a });
        expect(direct).toEqual(assessDutyToMeetNeeds({ ...adultCase, determination: { status: a.status, eligibleOutcomes: [...a.eligibleOutcomes] } }));
        const c = determineCarerEligibility(carerInput);
        const carerCase = { asOf: c.asOf, person: 'carer' as const, adultNeedingCareResidence: 'ordinarily-resident' as const, supportToCarer: { charge: 'no-charge' as const } };
        expect(assessDutyToMeetNeeds({ ...carerCase, determination: c })).toEqual(assessDutyToMeetNeeds({ ...carerCase, determination: { status: c.status, eligibleOutcomes: [...c.eligibleOutcomes] } }));
      }),
      { numRuns: 50 },
    );
  });

  it('still refuses a determination about the other person, or one without a valid status or eligibleOutcomes', () => {
    const carer = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: false });
    const refusedAt = (f: () => unknown): string[] => {
      try {
        f();
      } catch (error) {
        if (!isRulesError(error)) throw error;
        return error.issues.map((i) => i.path.join('.'));
      }
      return expect.unreachable('accepted');
    };
    expect(refusedAt(() => assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: carer as never }))).toContain('determination.person');
    expect(refusedAt(() => assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible' } as never }))).toContain('determination.eligibleOutcomes');
    expect(refusedAt(() => assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'carer', determination: { person: 'carer', status: 'maybe', eligibleOutcomes: [] } as never }))).toContain('determination.status');
    expect(refusedAt(() => assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult', determination: { person: 'adult', status: 'eligible', eligibleOutcomes: ['shopping'] } as never }))).toContain('determination.eligibleOutcomes.0');
  });
});

describe('assessDutyToMeetNeeds: properties', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.oneof(adultDutyInputArb, carerDutyInputArb), (input) => {
        expect(assessDutyToMeetNeeds(structuredClone(input))).toEqual(assessDutyToMeetNeeds(input));
      }),
    );
  });

  it('undetermined always names missing inputs; a duty always names the needs and the charging basis', () => {
    fc.assert(
      fc.property(fc.oneof(adultDutyInputArb, carerDutyInputArb), (input) => {
        const r = assessDutyToMeetNeeds(input);
        if (r.status === 'undetermined') expect(r.missing.length).toBeGreaterThan(0);
        else expect(r.missing).toEqual([]);
        if (r.status === 'duty') expect(r.chargeBasis.length).toBeGreaterThan(0);
        if (r.status === 'duty' && r.person === 'adult') expect(r.needsInDuty.length).toBeGreaterThan(0);
      }),
    );
  });

  it('s.18(3): condition 2 applies to a self-funder who asks, except for care-home accommodation', () => {
    fc.assert(
      fc.property(adultDutyInputArb, fc.integer({ min: 23_251, max: 1_000_000 }), fc.boolean(), (input, capital, careHome) => {
        const r = assessDutyToMeetNeeds({
          ...input,
          determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'toiletNeeds'] },
          residence: 'ordinarily-resident',
          charge: 'chargeable',
          careHomeAccommodation: careHome,
          financialAssessment: { capital: String(capital) },
          asksAuthorityToMeetNeeds: true,
          needsMetByCarer: [],
        });
        expect(r.chargeBasis.includes('condition-2')).toBe(!careHome);
        if (!careHome) expect(r.status).toBe('duty');
      }),
    );
  });

  it('s.18(7): a need a carer is meeting is never in the duty, and is reported as excluded', () => {
    fc.assert(
      fc.property(adultDutyInputArb, (input) => {
        const r = assessDutyToMeetNeeds(input);
        for (const need of input.needsMetByCarer ?? []) expect(r.needsInDuty).not.toContain(need);
        for (const need of r.excludedAsMetByCarer) expect(input.needsMetByCarer).toContain(need);
      }),
    );
  });
});

describe('assessDutyToMeetNeeds: packs', () => {
  const selfFunderAtHome: AdultDutyInput = { asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'habitableHome'] }, residence: 'ordinarily-resident', charge: 'chargeable', careHomeAccommodation: false, financialAssessment: { capital: '30000' }, asksAuthorityToMeetNeeds: false, lacksCapacityToArrange: false, needsMetByCarer: [] };

  it('a council that sets a higher non-residential capital limit turns a power into a duty (condition 1)', () => {
    expect(assessDutyToMeetNeeds(selfFunderAtHome).status).toBe('power');
    const council = extendPack(eligibilityPack, {
      id: 'generous-council',
      version: '1',
      entries: { nonResidentialUpperCapitalLimit: [{ validFrom: '2026-04-01', value: '35000', citation: 'Example charging policy 2026', kind: 'policy' }] },
    });
    const r = assessDutyToMeetNeeds(selfFunderAtHome, { pack: council });
    expect(r.status).toBe('duty');
    expect(r.chargeBasis).toEqual(['condition-1']);
    expect(r.financialLimits.nonResidentialUpperCapitalLimit).toBe('35000');
  });

  it('a council limit below the national limit is refused', () => {
    const council = extendPack(eligibilityPack, {
      id: 'mean-council',
      version: '1',
      entries: { nonResidentialUpperCapitalLimit: [{ validFrom: '2026-04-01', value: '10000', citation: 'Example', kind: 'policy' }] },
    });
    expect(() => assessDutyToMeetNeeds(selfFunderAtHome, { pack: council })).toThrow(/never a lower one/);
  });

  it('lowering assessed capital never takes a duty away (other facts fixed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.boolean(), fc.boolean(), (x, y, careHome, asks) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const run = (capital: number) => assessDutyToMeetNeeds({ ...selfFunderAtHome, careHomeAccommodation: careHome, asksAuthorityToMeetNeeds: asks, financialAssessment: { capital: String(capital) } }).status;
        if (run(hi) === 'duty') expect(run(lo)).toBe('duty');
      }),
    );
  });
});

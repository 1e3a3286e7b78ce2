import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import { determineAdultEligibility, determineCarerEligibility, eligibilityPack, writtenRecord } from '../../src/eligibility/index.js';
import { adultInputArb } from './arbitraries.js';

describe('writtenRecord (Care Act 2014 s.13(2), s.13(5))', () => {
  it('an eligible adult: the record lists the eligible needs with their limbs and the s.13(3) next steps, and no s.13(5) section', () => {
    const d = determineAdultEligibility({
      asOf: '2026-11-23',
      caseRef: 'CAS-0001',
      needsArisingFromImpairmentOrIllness: true,
      outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, toiletNeeds: { unableToAchieve: ['significantPainDistressAnxiety'] } },
      wellbeing: { significantImpact: true, areas: ['personalDignity'] },
    });
    const r = writtenRecord(d);
    expect(r.citation).toBe('Care Act 2014 s.13(2)');
    expect(r.status).toBe('eligible');
    expect(r.eligibleNeeds.map((n) => [n.outcome, n.limbs])).toEqual([
      ['nutrition', ['SI 2015/313 reg 2(3)(a)']],
      ['toiletNeeds', ['SI 2015/313 reg 2(3)(b)']],
    ]);
    expect(r.adviceAndInformation).toBeUndefined();
    expect(r.reasons.map((x) => x.citation).slice(0, 3)).toEqual(['SI 2015/313 reg 2(1)(a)', 'SI 2015/313 reg 2(1)(b)', 'SI 2015/313 reg 2(1)(c)']);
    expect(r.nextSteps[1]).toContain('s.13(3)(b)');
    expect(r.text).toContain('Case reference: CAS-0001');
  });

  it('no eligible need: the s.13(5) advice and information, from the pack (Coventry by default)', () => {
    const r = writtenRecord(determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: false }));
    expect(r.adviceAndInformation?.citation).toBe('Care Act 2014 s.13(5)');
    expect(r.adviceAndInformation?.meetingOrReducingNeeds[0]).toContain('024 7683 3003');
    expect(r.text).toContain('Preventing or delaying needs in future:');
  });

  it('a carer eligible through the health circumstance alone (reg 3(2)(a)): the record says so', () => {
    const r = writtenRecord(determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: true, wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] } }));
    expect(r.status).toBe('eligible');
    expect(r.eligibleNeeds).toEqual([]);
    expect(r.healthCircumstance).toBe(true);
    expect(r.text).toContain('SI 2015/313 reg 3(2)(a)');
    expect(r.nextSteps[1]).toContain('s.13(4)(b)');
  });

  it('a council pack replaces the advice', () => {
    const pack = extendPack(eligibilityPack, {
      id: 'other-council',
      version: '1',
      entries: { adviceAndInformation: [{ validFrom: '2026-01-01', value: { meetingOrReducingNeeds: ['Call 0000'], preventingOrDelayingNeeds: ['Visit the hub'] }, citation: 'Other council offer', kind: 'policy' }] },
    });
    const r = writtenRecord(determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false }), { pack });
    expect(r.adviceAndInformation?.meetingOrReducingNeeds).toEqual(['Call 0000']);
  });

  it('refuses an undetermined determination, naming each missing input', () => {
    try {
      writtenRecord(determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true }));
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error)).toBe(true);
      if (isRulesError(error)) {
        expect(error.issues[0]?.code).toBe('not_determined');
        expect(error.issues.length).toBe(11);
      }
    }
  });

  it('refuses a stored determination whose status contradicts its conditions', () => {
    const d = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false });
    expect(() => writtenRecord({ ...d, status: 'eligible' })).toThrow(RegExp('all met'));
    const e = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: true, wellbeing: { significantImpact: true, areas: ['personalDignity'] } });
    expect(() => writtenRecord({ ...e, status: 'not-eligible' })).toThrow(/at least one not met/);
  });

  it('survives a JSON round trip of the determination', () => {
    const d = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false });
    expect(writtenRecord(JSON.parse(JSON.stringify(d)))).toEqual(writtenRecord(d));
  });

  it('property: advice appears exactly when no need is eligible', () => {
    fc.assert(
      fc.property(adultInputArb, (input) => {
        const d = determineAdultEligibility(input);
        if (d.status === 'undetermined') return;
        const r = writtenRecord(d);
        expect(r.adviceAndInformation !== undefined).toBe(d.status === 'not-eligible');
        expect(r.eligibleNeeds.length >= 2).toBe(d.status === 'eligible');
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { CARER_OUTCOMES, CARER_UNABLE_LIMBS, determineCarerEligibility, type CarerEligibilityInput } from '../../src/eligibility/index.js';
import { carerInputArb } from './arbitraries.js';
import { carerExamples } from './fixtures.js';

describe('determineCarerEligibility: worked examples', () => {
  for (const ex of carerExamples) {
    it(ex.source, () => {
      expect(determineCarerEligibility(ex.input).status).toBe(ex.status);
    });
  }

  it('SI 2015/313 reg 3(3): a carer claiming the "takes significantly longer" limb is a RulesError, not a silent drop', () => {
    let caught: unknown;
    try {
      determineCarerEligibility({ asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance', 'takesSignificantlyLonger'] } } } as never);
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught)).toBe(true);
    if (isRulesError(caught)) {
      expect(caught.issues[0]?.path).toEqual(['outcomes', 'nutrition', 'unableToAchieve', 1]);
      expect(caught.issues[0]?.message).toContain('reg 3(3)');
    }
  });

  it('records limbs with reg 3(3) citations and the health circumstance with reg 3(2)(a)', () => {
    const r = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: false, outcomes: { caringForChild: { unableToAchieve: ['endangersHealthOrSafety'] } } });
    expect(r.outcomes[0]).toMatchObject({ outcome: 'caringForChild', citation: 'SI 2015/313 reg 3(2)(b)(i)', limbs: [{ limb: 'endangersHealthOrSafety', citation: 'SI 2015/313 reg 3(3)(c)' }] });
    expect(r.trace.steps.find((s) => s.rule === 'eligibility.carer.healthAtRisk')?.citation).toBe('SI 2015/313 reg 3(2)(a)');
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['wellbeing']);
  });

  it('undetermined condition (b) lists the health question and the outcomes not assessed', () => {
    const r = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, wellbeing: { significantImpact: true, areas: ['personalDignity'] } });
    expect(r.status).toBe('undetermined');
    expect(r.missing[0]).toBe('healthAtRisk');
    expect(r.missing).toHaveLength(1 + CARER_OUTCOMES.length);
  });
});

describe('determineCarerEligibility: properties', () => {
  const allAble = Object.fromEntries(CARER_OUTCOMES.map((o) => [o, { unableToAchieve: [] }]));
  const base: CarerEligibilityInput = { asOf: '2026-11-23', needsArisingFromNecessaryCare: true, wellbeing: { significantImpact: true, areas: ['socialEconomicWellbeing'] } };

  it('exactly one carer outcome, or the health circumstance alone, meets condition (b)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CARER_OUTCOMES), fc.constantFrom(...CARER_UNABLE_LIMBS), fc.boolean(), (outcome, limb, viaHealth) => {
        const input: CarerEligibilityInput = viaHealth
          ? { ...base, healthAtRisk: true, outcomes: allAble }
          : { ...base, healthAtRisk: false, outcomes: { ...allAble, [outcome]: { unableToAchieve: [limb] } } };
        const r = determineCarerEligibility(input);
        expect(r.conditions[1]).toMatchObject({ citation: 'SI 2015/313 reg 3(1)(b)', outcome: 'met' });
        expect(r.status).toBe('eligible');
      }),
    );
  });

  it('with every outcome assessed, condition (b) is met exactly when health is at risk or at least one outcome is unable', () => {
    fc.assert(
      fc.property(fc.subarray([...CARER_OUTCOMES]), fc.constantFrom(...CARER_UNABLE_LIMBS), fc.boolean(), (unable, limb, health) => {
        const r = determineCarerEligibility({
          ...base,
          healthAtRisk: health,
          outcomes: Object.fromEntries(CARER_OUTCOMES.map((o) => [o, { unableToAchieve: unable.includes(o) ? [limb] : [] }])),
        });
        const met = health || unable.length >= 1;
        expect(r.conditions[1]?.outcome).toBe(met ? 'met' : 'not-met');
        expect(r.status).toBe(met ? 'eligible' : 'not-eligible');
        expect(r.eligibleOutcomes).toEqual(CARER_OUTCOMES.filter((o) => unable.includes(o)));
      }),
    );
  });

  it('needing prompting counts as reg 3(3)(a) for a carer too', () => {
    const r = determineCarerEligibility({ ...base, healthAtRisk: false, outcomes: { ...allAble, nutrition: { unableToAchieve: [], needsPrompting: true } } });
    expect(r.status).toBe('eligible');
    expect(r.outcomes.find((o) => o.outcome === 'nutrition')?.limbs).toEqual([{ limb: 'unableWithoutAssistance', citation: 'SI 2015/313 reg 3(3)(a)' }]);
  });

  it('any generated carer input claiming "takes significantly longer" is a RulesError naming that limb', () => {
    fc.assert(
      fc.property(carerInputArb, fc.constantFrom(...CARER_OUTCOMES), (input, outcome) => {
        let caught: unknown;
        try {
          determineCarerEligibility({ ...input, outcomes: { ...input.outcomes, [outcome]: { unableToAchieve: ['takesSignificantlyLonger'] } } });
        } catch (error) {
          caught = error;
        }
        expect(isRulesError(caught)).toBe(true);
        if (isRulesError(caught)) expect(caught.issues.map((i) => i.path.join('.'))).toContain(`outcomes.${outcome}.unableToAchieve.0`);
      }),
    );
  });

  it('adding an unable outcome or limb never turns eligible into not-eligible', () => {
    fc.assert(
      fc.property(carerInputArb, fc.constantFrom(...CARER_OUTCOMES), fc.constantFrom(...CARER_UNABLE_LIMBS), (input, outcome, limb) => {
        const before = determineCarerEligibility(input);
        const current = input.outcomes?.[outcome];
        const after = determineCarerEligibility({ ...input, outcomes: { ...input.outcomes, [outcome]: { ...current, unableToAchieve: [...(current?.unableToAchieve ?? []), limb] } } });
        if (before.status === 'eligible') expect(after.status).toBe('eligible');
        if (after.status === 'not-eligible') expect(before.status).toBe('not-eligible');
      }),
    );
  });

  it('condition (a) false is never eligible', () => {
    fc.assert(fc.property(carerInputArb, (input) => {
      expect(determineCarerEligibility({ ...input, needsArisingFromNecessaryCare: false }).status).toBe('not-eligible');
    }));
  });

  it('is deterministic', () => {
    fc.assert(fc.property(carerInputArb, (input) => {
      expect(determineCarerEligibility(structuredClone(input))).toEqual(determineCarerEligibility(input));
    }));
  });
});

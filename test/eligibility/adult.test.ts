import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError, whyNot } from '../../src/index.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, determineAdultEligibility, type AdultEligibilityInput } from '../../src/eligibility/index.js';
import { adultInputArb } from './arbitraries.js';
import { adultExamples } from './fixtures.js';

function refuses(fn: () => unknown): readonly { code: string; path: readonly (string | number)[]; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (isRulesError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a RulesError');
}

describe('determineAdultEligibility: worked examples', () => {
  for (const ex of adultExamples) {
    it(ex.source, () => {
      const r = determineAdultEligibility(ex.input);
      expect(r.status).toBe(ex.status);
      expect([...r.unableOutcomes].sort()).toEqual(ex.unable);
      if (ex.failing) expect(r.conditions.filter((c) => c.outcome === 'not-met').map((c) => c.condition)).toEqual(ex.failing);
    });
  }

  it('records which limbs apply, each with its reg 2(3) citation', () => {
    const r = determineAdultEligibility({
      asOf: '2026-11-23',
      needsArisingFromImpairmentOrIllness: true,
      outcomes: { useHomeSafely: { unableToAchieve: ['endangersHealthOrSafety', 'takesSignificantlyLonger'] } },
    });
    const f = r.outcomes.find((o) => o.outcome === 'useHomeSafely');
    expect(f?.limbs).toEqual([
      { limb: 'endangersHealthOrSafety', citation: 'SI 2015/313 reg 2(3)(c)' },
      { limb: 'takesSignificantlyLonger', citation: 'SI 2015/313 reg 2(3)(d)' },
    ]);
    expect(f?.citation).toBe('SI 2015/313 reg 2(2)(e)');
  });

  it('prompting alone is limb (a), citing the statutory guidance', () => {
    const r = determineAdultEligibility({ asOf: '2026-11-23', outcomes: { personalHygiene: { unableToAchieve: [], needsPrompting: true } } });
    const f = r.outcomes.find((o) => o.outcome === 'personalHygiene');
    expect(f?.status).toBe('unable');
    expect(f?.prompting).toBe(true);
    expect(f?.limbs.map((l) => l.citation)).toEqual(['SI 2015/313 reg 2(3)(a)']);
    expect(r.trace.steps.some((s) => s.citation.startsWith('Care and support statutory guidance ch.6') && s.rule.includes('prompting'))).toBe(true);
  });

  it('undetermined lists the missing inputs by path and never guesses', () => {
    const r = determineAdultEligibility({
      asOf: '2026-11-23',
      outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, personalHygiene: { unableToAchieve: ['unableWithoutAssistance'] } },
    });
    expect(r.status).toBe('undetermined');
    expect(r.missing).toEqual(['needsArisingFromImpairmentOrIllness', 'wellbeing']);
  });

  it('a decided condition is not held back by missing inputs elsewhere', () => {
    const r = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true, outcomes: Object.fromEntries(ADULT_OUTCOMES.map((o) => [o, { unableToAchieve: [] }])) });
    expect(r.status).toBe('not-eligible');
    expect(r.missing).toEqual([]);
  });

  it('keeps why-not steps with the citation of each failing condition', () => {
    const r = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false, outcomes: { nutrition: { unableToAchieve: [] } } });
    const citations = whyNot(r.trace).map((s) => s.citation);
    expect(citations).toContain('SI 2015/313 reg 2(1)(a)');
    expect(citations).toContain('SI 2015/313 reg 2(2)(a)');
    expect(r.trace.entry).toBe('determineAdultEligibility');
    expect(r.pack.id).toBe('coventry-eligibility');
  });

  it('refuses a "significant impact" that names no s.1(2) area', () => {
    const issues = refuses(() => determineAdultEligibility({ asOf: '2026-11-23', wellbeing: { significantImpact: true, areas: [] } }));
    expect(issues[0]?.path).toEqual(['wellbeing', 'areas']);
    expect(issues[0]?.message).toContain('s.1(2)');
  });

  it('refuses an unknown field and a bad date, naming the path', () => {
    const issues = refuses(() => determineAdultEligibility({ asOf: '2026-02-30', outcomes: { shopping: { unableToAchieve: [] } } } as never));
    expect(issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['asOf', 'outcomes']));
  });

  it('never echoes the case reference in an error message', () => {
    const issues = refuses(() => determineAdultEligibility({ asOf: 'x', caseRef: 'SECRET-123' }));
    expect(issues.every((i) => !i.message.includes('SECRET-123'))).toBe(true);
  });
});

describe('determineAdultEligibility: properties', () => {
  const rank = { 'not-eligible': 0, undetermined: 1, eligible: 2 } as const;

  it('adding an unable outcome or a limb never turns eligible into not-eligible (nor lowers the status)', () => {
    fc.assert(
      fc.property(adultInputArb, fc.constantFrom(...ADULT_OUTCOMES), fc.constantFrom(...ADULT_UNABLE_LIMBS), (input, outcome, limb) => {
        const before = determineAdultEligibility(input);
        const current = input.outcomes?.[outcome];
        const more: AdultEligibilityInput = {
          ...input,
          outcomes: { ...input.outcomes, [outcome]: { ...current, unableToAchieve: [...(current?.unableToAchieve ?? []), limb] } },
        };
        const after = determineAdultEligibility(more);
        if (before.status === 'eligible') expect(after.status).toBe('eligible');
        expect(rank[after.status]).toBeGreaterThanOrEqual(rank[before.status]);
      }),
    );
  });

  it('with (a) and (c) met and every outcome assessed, eligible exactly when two or more outcomes are unable', () => {
    fc.assert(
      fc.property(fc.subarray([...ADULT_OUTCOMES]), fc.constantFrom(...ADULT_UNABLE_LIMBS), (unable, limb) => {
        const r = determineAdultEligibility({
          asOf: '2026-11-23',
          needsArisingFromImpairmentOrIllness: true,
          outcomes: Object.fromEntries(ADULT_OUTCOMES.map((o) => [o, { unableToAchieve: unable.includes(o) ? [limb] : [] }])),
          wellbeing: { significantImpact: true, areas: ['controlOverDayToDayLife'] },
        });
        expect(r.conditions[1]?.outcome).toBe(unable.length >= 2 ? 'met' : 'not-met');
        expect(r.status).toBe(unable.length >= 2 ? 'eligible' : 'not-eligible');
      }),
    );
  });

  it('exactly two unable outcomes meet condition (b), whichever two', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ADULT_OUTCOMES), { minLength: 2, maxLength: 2 }), ([x, y]) => {
        const r = determineAdultEligibility({ asOf: '2026-11-23', outcomes: { [x as string]: { unableToAchieve: ['unableWithoutAssistance'] }, [y as string]: { unableToAchieve: ['takesSignificantlyLonger'] } } });
        expect(r.conditions[1]).toMatchObject({ condition: 'b', citation: 'SI 2015/313 reg 2(1)(b)', outcome: 'met' });
      }),
    );
  });

  it('condition (a) false is never eligible, and is decided whatever is missing', () => {
    fc.assert(
      fc.property(adultInputArb, (input) => {
        expect(determineAdultEligibility({ ...input, needsArisingFromImpairmentOrIllness: false }).status).toBe('not-eligible');
      }),
    );
  });

  it('whether a carer meets a need never changes eligibility', () => {
    fc.assert(
      fc.property(adultInputArb, fc.boolean(), (input, flag) => {
        const flipped = Object.fromEntries(Object.entries(input.outcomes ?? {}).map(([k, v]) => [k, { ...v, metByCarer: flag }]));
        const a = determineAdultEligibility(input);
        const b = determineAdultEligibility({ ...input, outcomes: flipped });
        expect(b.status).toBe(a.status);
        expect(b.unableOutcomes).toEqual(a.unableOutcomes);
      }),
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(adultInputArb, (input) => {
        expect(determineAdultEligibility(structuredClone(input))).toEqual(determineAdultEligibility(input));
      }),
    );
  });

  it('undetermined always names missing inputs; decided results name none', () => {
    fc.assert(
      fc.property(adultInputArb, (input) => {
        const r = determineAdultEligibility(input);
        if (r.status === 'undetermined') expect(r.missing.length).toBeGreaterThan(0);
        else expect(r.missing).toEqual([]);
      }),
    );
  });
});

// Issue 13: a determination shares the parts fixed by a few facts (condition findings, trace steps, outcome
// findings, pack reference and parameters) with every other determination of the same facts. Shared parts are
// deeply frozen, and every list of a result is its own, so one caller can never change what another is given.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, determineAdultEligibility, determineCarerEligibility, type AdultEligibilityInput } from '../../src/eligibility/index.js';
import { wellbeingArb } from './arbitraries.js';

function deeplyFrozen(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}

const inputs: AdultEligibilityInput[] = [
  { asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, toiletNeeds: { unableToAchieve: [], needsPrompting: true } }, wellbeing: { significantImpact: true, areas: ['personalDignity', 'personalDignity', 'controlOverDayToDayLife'] } },
  { asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: [] } } },
  { asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false, wellbeing: { significantImpact: false, areas: [] } },
];

describe('shared parts of a determination', () => {
  it.each(inputs.map((x, i) => [i, x] as const))('input %i: changing every list of one result does not reach the next, and shared parts refuse change', (_i, input) => {
    const before = JSON.stringify(determineAdultEligibility(input));
    const first = determineAdultEligibility(input);
    expect(JSON.stringify(first)).toBe(before);
    for (const list of [first.conditions, first.outcomes, first.unableOutcomes, first.eligibleOutcomes, first.wellbeingAreas, first.missing, first.trace.steps, first.trace.parameters]) {
      expect(Object.isFrozen(list)).toBe(false);
      (list as unknown[]).push('changed');
    }
    for (const part of [first.conditions[0], first.conditions[1], first.conditions[2], first.outcomes[0], first.trace.steps[0], first.trace.parameters[0], first.pack]) {
      expect(deeplyFrozen(part)).toBe(true);
      expect(() => {
        (part as { because?: string }).because = 'changed';
      }).toThrow(TypeError);
    }
    expect(JSON.stringify(determineAdultEligibility(input))).toBe(before);
  });

  it('the wellbeing part is shared between calls of the same person only: a carer gets the carer sentence', () => {
    const wellbeing = { significantImpact: true, areas: ['personalDignity' as const] };
    const adult = determineAdultEligibility({ asOf: '2026-11-23', wellbeing });
    const carer = determineCarerEligibility({ asOf: '2026-11-23', wellbeing });
    expect(adult.conditions[2]!.because).toContain("adult's well-being");
    expect(carer.conditions[2]!.because).toContain("carer's well-being");
    expect(carer.conditions[2]!.citation).toBe('SI 2015/313 reg 3(1)(c)');
  });

  it('a result served from the shared parts equals one built afresh: limbs in any order or repeated, prompting, carer note', async () => {
    const limbs = fc.array(fc.constantFrom(...ADULT_UNABLE_LIMBS), { maxLength: 5 });
    const outcome = fc.record({ unableToAchieve: limbs, needsPrompting: fc.boolean(), metByCarer: fc.boolean() }, { requiredKeys: ['unableToAchieve'] });
    const input = fc.record(
      { asOf: fc.constant('2026-11-23'), needsArisingFromImpairmentOrIllness: fc.boolean(), outcomes: fc.record(Object.fromEntries(ADULT_OUTCOMES.map((o) => [o, outcome])), { requiredKeys: [] }), wellbeing: wellbeingArb },
      { requiredKeys: ['asOf'] },
    );
    const xs = fc.sample(input, { seed: 13, numRuns: 400 }) as AdultEligibilityInput[];
    // Warm the shared parts with every case, then read each case back (its parts now come from the caches).
    for (const x of xs) determineAdultEligibility(x);
    for (const x of xs.slice(0, 30)) {
      // A fresh copy of the modules has empty caches: its answer is built afresh.
      vi.resetModules();
      const fresh = await import('../../src/eligibility/adult.js');
      expect(JSON.stringify(determineAdultEligibility(x))).toBe(JSON.stringify(fresh.determineAdultEligibility(x)));
    }
  }, 60_000);
});

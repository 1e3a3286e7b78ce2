import { bench, describe } from 'vitest';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, determineAdultEligibility, type AdultEligibilityInput } from '../src/eligibility/index.js';

// A spread of realistic adult assessments: every outcome assessed, some unable with one or two limbs, so each
// call validates the full input, evaluates all three conditions and builds a full trace (about 20 steps).
const inputs: AdultEligibilityInput[] = Array.from({ length: 64 }, (_, n) => ({
  asOf: '2026-11-23',
  caseRef: `BENCH-${n}`,
  needsArisingFromImpairmentOrIllness: n % 7 !== 0,
  outcomes: Object.fromEntries(
    ADULT_OUTCOMES.map((o, i) => [o, { unableToAchieve: (n + i) % 3 === 0 ? [ADULT_UNABLE_LIMBS[(n + i) % 4]!, ADULT_UNABLE_LIMBS[(n + 2 * i) % 4]!] : [], needsPrompting: (n + i) % 5 === 0 }]),
  ),
  wellbeing: { significantImpact: n % 4 !== 0, areas: ['personalDignity', 'controlOverDayToDayLife'] },
}));

let sink = 0;
describe('eligibility', () => {
  bench('determineAdultEligibility: 64 validated assessments with trace per iteration', () => {
    for (const input of inputs) {
      const r = determineAdultEligibility(input);
      sink += r.trace.steps.length;
    }
  }, { time: 2000 });
});
export { sink };

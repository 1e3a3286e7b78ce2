// Issue 13: the speed-ups change no result. Every fixture and a seeded spread of generated cases (assessments,
// fluctuating observations, duty cases, refused inputs) are run and their results (trace included) hashed; the
// hash was taken from the code as it stood after the issue 12 wording fixes (commit a8e0971), before any of
// the performance work. A change of wording or of a trace field is meant to change it: then re-take it.
// A refusal is hashed by its codes and paths: issue 14 rewrote the messages for forms (form-ready sentences,
// no path), and the hash was re-taken at commit 75aa4a9, before that rewrite, with refusals hashed this way.
// The library's own version, which every trace records, is hashed as "<version>" so that a release does not
// change the hash; it was re-taken that way at commit 3b13218, just before the 0.1.0 release.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError, packageInfo } from '../../src/index.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, CARER_OUTCOMES, CARER_UNABLE_LIMBS, assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, writtenRecord } from '../../src/eligibility/index.js';
import { adultDutyInputArb, adultInputArb, adultOutcomeArb, carerDutyInputArb, carerInputArb, carerOutcomeArb, wellbeingArb } from './arbitraries.js';
import { adultExamples, carerExamples, dutyExamples } from './fixtures.js';

// How every trace names the library; its version is hashed as "<version>".
const PACKAGE = JSON.stringify({ package: packageInfo }).slice(1, -1);

const GOLDEN = '6e4ce3ec600a8e86c26e35e77ac619d162209827028f1ce2d0b90c04636f5e1c';

function observations(outcomes: readonly string[], limbs: readonly string[]) {
  return fc.record({
    periodFrom: fc.constant('2026-10-01'),
    periodTo: fc.constantFrom('2026-10-31', '2026-11-23', '2026-12-01'),
    observations: fc.uniqueArray(
      fc.record({
        date: fc.integer({ min: 1, max: 31 }).map((d) => `2026-10-${String(d).padStart(2, '0')}`),
        outcomes: fc.record(Object.fromEntries(outcomes.slice(0, 4).map((o) => [o, fc.record({ unableToAchieve: fc.subarray([...limbs]), needsPrompting: fc.boolean() }, { requiredKeys: ['unableToAchieve'] })])), { requiredKeys: [] }),
      }),
      { minLength: 1, maxLength: 6, selector: (o) => o.date },
    ),
  });
}

describe('results are unchanged by the performance work', () => {
  it('the hash of every fixture and seeded generated result equals the one taken before it', () => {
    const hash = createHash('sha256');
    const run = (name: string, fn: () => unknown) => {
      try {
        hash.update(JSON.stringify([name, fn()]).replaceAll(PACKAGE, '"package":{"name":"adult-social-care-rules","version":"<version>"}'));
      } catch (error) {
        hash.update(JSON.stringify([name, 'error', isRulesError(error) ? error.issues.map((i) => [i.code, i.path]) : String(error)]));
      }
    };
    for (const x of adultExamples) run('adult', () => [determineAdultEligibility(x.input), writtenRecord(determineAdultEligibility(x.input))]);
    for (const x of carerExamples) run('carer', () => [determineCarerEligibility(x.input), writtenRecord(determineCarerEligibility(x.input))]);
    for (const x of dutyExamples) run('duty', () => assessDutyToMeetNeeds(x.input));
    const adultFl = fc.record(
      { asOf: fc.constant('2026-11-23'), needsArisingFromImpairmentOrIllness: fc.boolean(), outcomes: fc.record(Object.fromEntries(ADULT_OUTCOMES.slice(4).map((o) => [o, adultOutcomeArb])), { requiredKeys: [] }), fluctuating: observations(ADULT_OUTCOMES, ADULT_UNABLE_LIMBS), wellbeing: wellbeingArb },
      { requiredKeys: ['asOf', 'fluctuating'] },
    );
    const carerFl = fc.record(
      { asOf: fc.constant('2026-11-23'), needsArisingFromNecessaryCare: fc.boolean(), healthAtRisk: fc.boolean(), outcomes: fc.record(Object.fromEntries(CARER_OUTCOMES.slice(4).map((o) => [o, carerOutcomeArb])), { requiredKeys: [] }), fluctuating: observations(CARER_OUTCOMES, CARER_UNABLE_LIMBS), wellbeing: wellbeingArb },
      { requiredKeys: ['asOf', 'fluctuating'] },
    );
    const opts = { seed: 20261201, numRuns: 300 };
    for (const x of fc.sample(adultInputArb, opts)) run('adult-gen', () => determineAdultEligibility(x));
    for (const x of fc.sample(carerInputArb, opts)) run('carer-gen', () => determineCarerEligibility(x));
    for (const x of fc.sample(adultFl, opts)) run('adult-fl', () => determineAdultEligibility(x));
    for (const x of fc.sample(carerFl, opts)) run('carer-fl', () => determineCarerEligibility(x));
    for (const x of fc.sample(adultDutyInputArb, opts)) run('duty-a', () => assessDutyToMeetNeeds(x));
    for (const x of fc.sample(carerDutyInputArb, opts)) run('duty-c', () => assessDutyToMeetNeeds(x));
    for (const [i, x] of fc.sample(adultInputArb, { seed: 7, numRuns: 60 }).entries()) {
      run('adult-bad', () => determineAdultEligibility((i % 3 === 0 ? { ...x, extra: 1 } : i % 3 === 1 ? { ...x, asOf: '2026-02-30' } : { ...x, outcomes: { nutrition: { unableToAchieve: ['nope'] } } }) as never));
    }
    expect(hash.digest('hex')).toBe(GOLDEN);
  });
});

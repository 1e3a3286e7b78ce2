import { RulesError, _parse } from '../core/errors.js';
import { packRef } from '../core/rulePack.js';
import { _makeTrace, _step } from '../core/trace.js';
import { _packFor, _warningsOf, type EligibilityOptions } from './options.js';
import { ADULT_LIMB_TEXT, ADULT_OUTCOME_TEXT, ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, type AdultOutcome } from './outcomes.js';
import { AdultEligibilityInputSchema } from './schemas.js';
import type { AdultEligibilityResult, ConditionFinding } from './types.js';
import { _assessOutcomes, _checkObservations, type OutcomeLaw } from './unableToAchieve.js';
import { _checkWellbeing, _combine, _wellbeingCondition } from './wellbeing.js';

const ENTRY = 'determineAdultEligibility';

const ADULT_LAW: OutcomeLaw<AdultOutcome, (typeof ADULT_UNABLE_LIMBS)[number]> = {
  who: 'adult',
  outcomes: ADULT_OUTCOMES,
  outcomeText: ADULT_OUTCOME_TEXT,
  limbs: ADULT_UNABLE_LIMBS,
  limbText: ADULT_LIMB_TEXT,
  fluctuationCitation: 'SI 2015/313 reg 2(4)',
};

/**
 * Determines whether an adult's needs meet the eligibility criteria of the Care and Support (Eligibility
 * Criteria) Regulations 2015 (SI 2015/313 reg 2), under Care Act 2014 s.13(1).
 *
 * The three conditions are cumulative: (a) the needs arise from or are related to a physical or mental
 * impairment or illness; (b) as a result the adult is unable to achieve two or more of the ten outcomes of
 * reg 2(2), "unable" meaning any of the four limbs of reg 2(3) (needing prompting counts as limb (a), as the
 * statutory guidance says); (c) as a consequence there is, or is likely to be, a significant impact on
 * well-being, a practitioner's judgement recorded with the Care Act 2014 s.1(2) areas it affects.
 *
 * A missing input is never guessed: when the answer depends on it the status is `undetermined` and `missing`
 * lists the input paths to complete. A condition already known to fail decides `not-eligible` whatever else
 * is missing. Whether a carer meets a need is recorded but ignored here (it matters for the duty,
 * {@link assessDutyToMeetNeeds}). Fluctuating needs (reg 2(4)) may be given as dated observations over a
 * period; how they are combined is the pack's local policy.
 *
 * @param input - the needs assessment mapped onto the regulation; see {@link AdultEligibilityInputSchema}
 * @param options - a council pack (optional)
 * @returns the status, each condition and outcome with its citations, and a trace with the reasons why not
 * @throws {@link adult-social-care-rules!RulesError} for input that fails the schema, a significant impact naming no s.1(2) area,
 *   observations outside the period or two on one day, or a pack that changes national law
 *
 * @example
 * ```ts
 * import { determineAdultEligibility } from 'adult-social-care-rules/eligibility';
 *
 * const result = determineAdultEligibility({
 *   asOf: '2026-11-23',
 *   needsArisingFromImpairmentOrIllness: true,
 *   outcomes: {
 *     nutrition: { unableToAchieve: ['unableWithoutAssistance'] },
 *     personalHygiene: { unableToAchieve: [], needsPrompting: true },
 *   },
 *   wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] },
 * });
 * result.status; //=> 'eligible'
 * ```
 */
export function determineAdultEligibility(input: unknown, options?: EligibilityOptions): AdultEligibilityResult {
  const data = _parse(ENTRY, AdultEligibilityInputSchema, input);
  const issues = [..._checkObservations(data.asOf, data.outcomes, data.fluctuating, 'SI 2015/313 reg 2(4)'), ..._checkWellbeing(data.wellbeing, 'SI 2015/313 reg 2(1)(c)')];
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const { pack, values, used, byKey } = _packFor(ENTRY, options, data.asOf);

  const steps = [];
  // (a) impairment or illness
  const a = data.needsArisingFromImpairmentOrIllness;
  const kinds = data.impairmentOrIllness ?? [];
  const aBecause =
    a === undefined
      ? 'whether the needs arise from or are related to a physical or mental impairment or illness is not recorded'
      : a
        ? `the needs arise from or are related to ${kinds.length > 0 ? `a ${kinds.join(' / ').replaceAll('-', ' ')}` : 'a physical or mental impairment or illness'}`
        : 'the needs do not arise from, and are not related to, a physical or mental impairment or illness';
  const condA: ConditionFinding = {
    condition: 'a',
    citation: 'SI 2015/313 reg 2(1)(a)',
    outcome: a === undefined ? 'unknown' : a ? 'met' : 'not-met',
    because: aBecause,
    missing: a === undefined ? ['needsArisingFromImpairmentOrIllness'] : [],
  };
  steps.push(_step('eligibility.adult.impairmentOrIllness', condA.citation, condA.outcome, aBecause, [['needsArisingFromImpairmentOrIllness', a]]));

  // (b) two or more outcomes
  const agg = byKey('fluctuatingAggregation');
  const assessed = _assessOutcomes(ADULT_LAW, data.outcomes, data.fluctuating, values.fluctuatingAggregation, agg.citation, _warningsOf(agg));
  steps.push(...assessed.steps);
  const required = values.adultOutcomesRequired;
  const unable = assessed.findings.filter((f) => f.status === 'unable').map((f) => f.outcome);
  const notAssessed = assessed.findings.filter((f) => f.status === 'not-assessed').map((f) => f.outcome);
  const cited = (os: readonly AdultOutcome[]) => os.map((o) => ADULT_OUTCOME_TEXT[o].citation.replace('SI 2015/313 ', '')).join(', ');
  const bOutcome = unable.length >= required ? 'met' : unable.length + notAssessed.length < required ? 'not-met' : 'unknown';
  const bBecause =
    bOutcome === 'met'
      ? `the adult is unable to achieve ${unable.length} of the reg 2(2) outcomes (${cited(unable)}); ${required} or more are needed`
      : bOutcome === 'not-met'
        ? `the adult is unable to achieve ${unable.length === 0 ? 'none' : `only ${unable.length} (${cited(unable)})`} of the reg 2(2) outcomes; ${required} or more are needed${notAssessed.length > 0 ? ` even if the ${notAssessed.length} not assessed were unable` : ''}`
        : `the adult is unable to achieve ${unable.length} outcome(s) so far; ${required} or more are needed and ${notAssessed.length} outcome(s) are not assessed`;
  const condB: ConditionFinding = {
    condition: 'b',
    citation: 'SI 2015/313 reg 2(1)(b)',
    outcome: bOutcome,
    because: bBecause,
    missing: bOutcome === 'unknown' ? notAssessed.map((o) => assessed.missing.get(o) ?? `outcomes.${o}`) : [],
  };
  steps.push(_step('eligibility.adult.twoOrMoreOutcomes', condB.citation, bOutcome, bBecause, [['outcomes', unable], ['pack:adultOutcomesRequired', required]]));

  // (c) significant impact on well-being
  const c = _wellbeingCondition('adult', data.wellbeing, 'SI 2015/313 reg 2(1)(c)');
  steps.push(c.step);

  const conditions = [condA, condB, c.finding];
  const { status, missing } = _combine(conditions);
  const failing = conditions.filter((x) => x.outcome === 'not-met').map((x) => `(${x.condition})`);
  steps.push(
    _step(
      'eligibility.adult.determination',
      'Care Act 2014 s.13(1); SI 2015/313 reg 2(1)',
      status === 'eligible' ? 'met' : status === 'not-eligible' ? 'not-met' : 'unknown',
      status === 'eligible'
        ? "the adult's needs meet the eligibility criteria: conditions (a), (b) and (c) are all met"
        : status === 'not-eligible'
          ? `the adult's needs do not meet the eligibility criteria: condition ${failing.join(' and ')} of reg 2(1) is not met`
          : `not yet decidable: complete ${missing.join(', ')}`,
    ),
  );
  const ref = packRef(pack);
  return {
    person: 'adult',
    status,
    asOf: data.asOf,
    ...(data.caseRef !== undefined ? { caseRef: data.caseRef } : {}),
    conditions,
    outcomes: assessed.findings,
    unableOutcomes: unable,
    eligibleOutcomes: status === 'eligible' ? unable : [],
    wellbeingAreas: c.areas,
    ...(assessed.fluctuation ? { fluctuation: assessed.fluctuation } : {}),
    missing,
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: data.asOf, pack: ref, steps, used: used.filter((u) => u.key === 'adultOutcomesRequired' || (u.key === 'fluctuatingAggregation' && data.fluctuating !== undefined)) }),
  };
}

import { RulesError, _parse } from '../core/errors.js';
import { packRef } from '../core/rulePack.js';
import { _makeTrace, _step } from '../core/trace.js';
import { _packFor, _warningsOf, type EligibilityOptions } from './options.js';
import { ADULT_LIMB_TEXT, ADULT_OUTCOME_TEXT, ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, type AdultOutcome } from './outcomes.js';
import { AdultEligibilityInputSchema } from './schemas.js';
import { ADULT_CONDITION_A, ADULT_CONDITION_B, ADULT_DETERMINATION } from './sentences.js';
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
  const aBecause = a === undefined ? ADULT_CONDITION_A.unknown : a ? ADULT_CONDITION_A.met(kinds) : ADULT_CONDITION_A.notMet;
  const condA: ConditionFinding = {
    condition: 'a',
    citation: ADULT_CONDITION_A.citation,
    outcome: a === undefined ? 'unknown' : a ? 'met' : 'not-met',
    because: aBecause,
    missing: a === undefined ? ['needsArisingFromImpairmentOrIllness'] : [],
  };
  steps.push(_step(ADULT_CONDITION_A.rule, condA.citation, condA.outcome, aBecause, [['needsArisingFromImpairmentOrIllness', a]]));

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
      ? ADULT_CONDITION_B.met(unable.length, cited(unable), required)
      : bOutcome === 'not-met'
        ? ADULT_CONDITION_B.notMet(unable.length, cited(unable), required, notAssessed.length)
        : ADULT_CONDITION_B.unknown(unable.length, required, notAssessed.length);
  const condB: ConditionFinding = {
    condition: 'b',
    citation: ADULT_CONDITION_B.citation,
    outcome: bOutcome,
    because: bBecause,
    missing: bOutcome === 'unknown' ? notAssessed.map((o) => assessed.missing.get(o) ?? `outcomes.${o}`) : [],
  };
  steps.push(_step(ADULT_CONDITION_B.rule, condB.citation, bOutcome, bBecause, [['outcomes', unable], ['pack:adultOutcomesRequired', required]]));

  // (c) significant impact on well-being
  const c = _wellbeingCondition('adult', data.wellbeing, 'SI 2015/313 reg 2(1)(c)');
  steps.push(c.step);

  const conditions = [condA, condB, c.finding];
  const { status, missing } = _combine(conditions);
  const failing = conditions.filter((x) => x.outcome === 'not-met').map((x) => `(${x.condition})`);
  const dBecause = status === 'eligible' ? ADULT_DETERMINATION.met : status === 'not-eligible' ? ADULT_DETERMINATION.notMet(failing) : ADULT_DETERMINATION.unknown(missing);
  steps.push(_step(ADULT_DETERMINATION.rule, ADULT_DETERMINATION.citation, status === 'eligible' ? 'met' : status === 'not-eligible' ? 'not-met' : 'unknown', dBecause));
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

import { RulesError, _parse } from '../core/errors.js';
import { packRef } from '../core/rulePack.js';
import { _makeTrace, _step, type TraceStep } from '../core/trace.js';
import { _isAdultInput } from './fastCheck.js';
import { _packFor, type EligibilityOptions } from './options.js';
import { ADULT_LIMB_TEXT, ADULT_OUTCOME_TEXT, ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, type AdultOutcome } from './outcomes.js';
import { AdultEligibilityInputSchema, type AdultEligibilityInput } from './schemas.js';
import { ADULT_CONDITION_A, ADULT_CONDITION_B, ADULT_DETERMINATION } from './sentences.js';
import type { AdultEligibilityResult, ConditionFinding } from './types.js';
import { _assessOutcomes, _checkObservations, _outcomeTable, type OutcomeLaw } from './unableToAchieve.js';
import { _checkWellbeing, _combine, _failing, _wellbeingCondition } from './wellbeing.js';

const ENTRY = 'determineAdultEligibility';

const ADULT_LAW: OutcomeLaw<AdultOutcome, (typeof ADULT_UNABLE_LIMBS)[number]> = {
  who: 'adult',
  outcomes: ADULT_OUTCOMES,
  outcomeText: ADULT_OUTCOME_TEXT,
  limbs: ADULT_UNABLE_LIMBS,
  limbText: ADULT_LIMB_TEXT,
  fluctuationCitation: 'SI 2015/313 reg 2(4)',
};
const ADULT_TABLE = _outcomeTable(ADULT_LAW);

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
export function determineAdultEligibility(input: AdultEligibilityInput, options?: EligibilityOptions): AdultEligibilityResult {
  // The fast check accepts exactly what the schema accepts; zod runs only when it says no, to word the error.
  const data = _isAdultInput(input) ? input : _parse(ENTRY, AdultEligibilityInputSchema, input);
  // The date first: before the rules begin there is nothing to check the input against (one issue, as a form
  // validating with the JSON Schema's formatMinimum refuses it), then the rules across fields.
  const ctx = _packFor(ENTRY, options, data.asOf);
  const issues = data.fluctuating === undefined ? _checkWellbeing(data.wellbeing, 'SI 2015/313 reg 2(1)(c)') : [..._checkObservations(ADULT_OUTCOMES, data.asOf, data.outcomes, data.fluctuating, 'SI 2015/313 reg 2(4)'), ..._checkWellbeing(data.wellbeing, 'SI 2015/313 reg 2(1)(c)')];
  if (issues.length > 0) throw new RulesError(ENTRY, issues);

  // (a) impairment or illness
  const a = data.needsArisingFromImpairmentOrIllness;
  const aBecause = a === undefined ? ADULT_CONDITION_A.unknown : a ? ADULT_CONDITION_A.met(data.impairmentOrIllness ?? []) : ADULT_CONDITION_A.notMet;
  const condA: ConditionFinding = {
    condition: 'a',
    citation: ADULT_CONDITION_A.citation,
    outcome: a === undefined ? 'unknown' : a ? 'met' : 'not-met',
    because: aBecause,
    missing: a === undefined ? ['needsArisingFromImpairmentOrIllness'] : [],
  };
  const steps: TraceStep[] = [_step(ADULT_CONDITION_A.rule, condA.citation, condA.outcome, aBecause, [['needsArisingFromImpairmentOrIllness', a]])];

  // (b) two or more outcomes
  const agg = ctx.byKey('fluctuatingAggregation');
  const assessed = _assessOutcomes(ADULT_TABLE, data.outcomes, data.fluctuating, ctx.values.fluctuatingAggregation, agg.citation, ctx.aggregationWarnings, steps);
  const required = ctx.values.adultOutcomesRequired;
  const unable = assessed.unable;
  const notAssessed = assessed.notAssessed;
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
    missing: bOutcome === 'unknown' ? assessed.missing : [],
  };
  steps.push(_step(ADULT_CONDITION_B.rule, condB.citation, bOutcome, bBecause, [['outcomes', unable], ['pack:adultOutcomesRequired', required]]));

  // (c) significant impact on well-being
  const c = _wellbeingCondition('adult', data.wellbeing, 'SI 2015/313 reg 2(1)(c)');
  steps.push(c.step);

  const conditions = [condA, condB, c.finding];
  const { status, missing } = _combine(conditions);
  const dBecause = status === 'eligible' ? ADULT_DETERMINATION.met : status === 'not-eligible' ? ADULT_DETERMINATION.notMet(_failing(conditions)) : ADULT_DETERMINATION.unknown(missing);
  steps.push(_step(ADULT_DETERMINATION.rule, ADULT_DETERMINATION.citation, status === 'eligible' ? 'met' : status === 'not-eligible' ? 'not-met' : 'unknown', dBecause));
  const ref = packRef(ctx.pack);
  // Built field by field, in the order the result has always had (caseRef and fluctuation only when given).
  const result: { -readonly [K in keyof AdultEligibilityResult]: AdultEligibilityResult[K] } = { person: 'adult', status, asOf: data.asOf } as AdultEligibilityResult;
  if (data.caseRef !== undefined) result.caseRef = data.caseRef;
  result.conditions = conditions;
  result.outcomes = assessed.findings;
  result.unableOutcomes = unable;
  result.eligibleOutcomes = status === 'eligible' ? unable : [];
  result.wellbeingAreas = c.areas;
  if (assessed.fluctuation) result.fluctuation = assessed.fluctuation;
  result.missing = missing;
  result.pack = ref;
  result.trace = _makeTrace({ entry: ENTRY, asOf: data.asOf, pack: ref, steps, used: ctx.adult[data.fluctuating !== undefined ? 1 : 0] });
  return result;
}

// The reg 2(2) letters of outcomes, e.g. "reg 2(2)(a), reg 2(2)(c)" (each citation less its "SI 2015/313 "), for condition (b).
const cited = (os: readonly AdultOutcome[]): string => os.map((o) => ADULT_OUTCOME_TEXT[o].citation.slice(12)).join(', ');

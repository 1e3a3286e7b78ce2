import { RulesError, _parse } from '../core/errors.js';
import { _deepFreeze } from '../core/rulePack.js';
import { _plainStep, _plainTrace, type TraceStep } from '../core/trace.js';
import { _isAdultInput } from './fastCheck.js';
import { _packFor, type EligibilityOptions } from './options.js';
import { ADULT_LIMB_TEXT, ADULT_OUTCOME_TEXT, ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, type AdultOutcome, type AdultUnableLimb } from './outcomes.js';
import { AdultEligibilityInputSchema, type AdultEligibilityInput } from './schemas.js';
import { ADULT_CONDITION_A, ADULT_CONDITION_B, ADULT_DETERMINATION } from './sentences.js';
import type { AdultEligibilityResult, ConditionFinding } from './types.js';
import { _assessOutcomes, _checkObservations, _outcomeTable, type AssessedOutcomes, type OutcomeLaw } from './unableToAchieve.js';
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
  const fluct = data.fluctuating;
  const w = data.wellbeing;
  if (fluct !== undefined || (w !== undefined && w.significantImpact && w.areas.length === 0)) {
    const issues = [..._checkObservations(ADULT_OUTCOMES, data.asOf, data.outcomes, fluct, 'SI 2015/313 reg 2(4)'), ..._checkWellbeing(w, 'SI 2015/313 reg 2(1)(c)')];
    if (issues.length > 0) throw new RulesError(ENTRY, issues);
  }

  // (a) impairment or illness
  const condA = conditionA(data.needsArisingFromImpairmentOrIllness, data.impairmentOrIllness);
  const steps: TraceStep[] = [condA.step];

  // (b) two or more outcomes
  const agg = ctx.byKey('fluctuatingAggregation');
  const assessed = _assessOutcomes(ADULT_TABLE, data.outcomes, fluct, ctx.values.fluctuatingAggregation, agg.citation, ctx.aggregationWarnings, steps);
  const condB = conditionB(assessed, ctx.values.adultOutcomesRequired, fluct === undefined);
  steps.push(condB.step);

  // (c) significant impact on well-being
  const c = _wellbeingCondition('adult', w, 'SI 2015/313 reg 2(1)(c)');
  steps.push(c.step);

  const d = determination(condA.finding, condB.finding, c.finding, fluct === undefined ? assessed.notAssessedMask : -1);
  steps.push(d.step);
  const status = d.status;
  const unable = assessed.unable;
  // Built field by field, in the order the result has always had (caseRef and fluctuation only when given).
  // The findings and steps are shared and frozen; every list of the result and the trace is its own.
  const result: { -readonly [K in keyof AdultEligibilityResult]: AdultEligibilityResult[K] } = { person: 'adult', status, asOf: data.asOf } as AdultEligibilityResult;
  if (data.caseRef !== undefined) result.caseRef = data.caseRef;
  result.conditions = [condA.finding, condB.finding, c.finding];
  result.outcomes = assessed.findings;
  result.unableOutcomes = unable;
  result.eligibleOutcomes = status === 'eligible' ? unable : [];
  result.wellbeingAreas = c.areas.slice(); // the cache's own (unfrozen) list, copied
  if (assessed.fluctuation) result.fluctuation = assessed.fluctuation;
  result.missing = d.missing.slice(); // the cache's own (unfrozen) list, copied
  result.pack = ctx.ref;
  result.trace = _plainTrace({ entry: ENTRY, asOf: data.asOf, pack: ctx.ref, steps, parameters: ctx.adultParameters[fluct !== undefined ? 1 : 0] });
  return result;
}

/** A condition's finding and its trace step, worked out once and shared (deeply frozen). */
interface ConditionPart {
  readonly finding: ConditionFinding;
  readonly step: TraceStep;
}

// Caches of pure answers: each part below is fixed by a few facts, so it is built the first time those facts
// are met and shared by every later determination. What a result shows (findings, steps) is deeply frozen, so
// no caller can change what another is given; the cache's own lists are left unfrozen (V8 copies a frozen
// array several times slower) and are only ever copied into a result. Past 4,096 parts a cache starts afresh.
// (No closure is made per call: a determination runs hundreds of thousands of times a second.)
function keep<P>(memo: Map<number, P>, key: number, part: P): P {
  if (memo.size >= 4096) memo.clear();
  memo.set(key, part);
  return part;
}

const memoA = new Map<number, ConditionPart>();

/** Condition (a): fixed by the answer, unless kinds of impairment or illness are recorded (they are named). */
function conditionA(a: boolean | undefined, kinds: readonly string[] | undefined): ConditionPart {
  if (a === true && kinds !== undefined && kinds.length > 0) return buildA(a, kinds);
  const key = a === undefined ? 0 : a ? 1 : 2;
  return memoA.get(key) ?? keep(memoA, key, _deepFreeze(buildA(a, undefined)));
}

function buildA(a: boolean | undefined, kinds: readonly string[] | undefined): ConditionPart {
  const outcome = a === undefined ? 'unknown' : a ? 'met' : 'not-met';
  const because = a === undefined ? ADULT_CONDITION_A.unknown : a ? ADULT_CONDITION_A.met(kinds ?? []) : ADULT_CONDITION_A.notMet;
  return {
    finding: { condition: 'a', citation: ADULT_CONDITION_A.citation, outcome, because, missing: a === undefined ? ['needsArisingFromImpairmentOrIllness'] : [] },
    step: _plainStep(ADULT_CONDITION_A.rule, ADULT_CONDITION_A.citation, outcome, because, [['needsArisingFromImpairmentOrIllness', a]]),
  };
}

const memoB = new Map<number, ConditionPart>();

/**
 * Condition (b): fixed by the outcomes found unable and not assessed, and the number required (law); without
 * observations of a fluctuating need (`shareable`), the missing paths are fixed by the outcomes not assessed too.
 */
function conditionB(assessed: AssessedOutcomes<AdultOutcome, AdultUnableLimb>, required: number, shareable: boolean): ConditionPart {
  if (!shareable || !Number.isInteger(required) || required < 0 || required >= 64) return buildB(assessed, required);
  // Ten outcomes: ten bits each for the unable and the not assessed.
  const key = (required * 1024 + assessed.unableMask) * 1024 + assessed.notAssessedMask;
  return memoB.get(key) ?? keep(memoB, key, _deepFreeze(buildB(assessed, required)));
}

function buildB(assessed: AssessedOutcomes<AdultOutcome, AdultUnableLimb>, required: number): ConditionPart {
  const { unable, notAssessed } = assessed;
  const outcome = unable.length >= required ? 'met' : unable.length + notAssessed.length < required ? 'not-met' : 'unknown';
  const because =
    outcome === 'met'
      ? ADULT_CONDITION_B.met(unable.length, cited(unable), required)
      : outcome === 'not-met'
        ? ADULT_CONDITION_B.notMet(unable.length, cited(unable), required, notAssessed.length)
        : ADULT_CONDITION_B.unknown(unable.length, required, notAssessed.length);
  return {
    finding: { condition: 'b', citation: ADULT_CONDITION_B.citation, outcome, because, missing: outcome === 'unknown' ? assessed.missing.slice() : [] },
    step: _plainStep(ADULT_CONDITION_B.rule, ADULT_CONDITION_B.citation, outcome, because, [['outcomes', unable], ['pack:adultOutcomesRequired', required]]),
  };
}

/** The determination worked out: status, the paths missing (when undetermined) and its trace step. */
interface Determination {
  readonly status: AdultEligibilityResult['status'];
  readonly missing: readonly string[];
  readonly step: TraceStep;
}
const OUTCOME_CODE = { met: 0, 'not-met': 1, unknown: 2 } as const;
const memoD = new Map<number, Determination>();

/**
 * The determination: fixed by the three outcomes and, when undetermined, the paths missing, which (without
 * observations) are fixed by the outcomes not assessed (`notAssessedMask`; -1 with observations: not shared).
 */
function determination(a: ConditionFinding, b: ConditionFinding, c: ConditionFinding, notAssessedMask: number): Determination {
  if (notAssessedMask < 0) return buildD(a, b, c);
  const key = (notAssessedMask * 3 + OUTCOME_CODE[c.outcome]) * 9 + OUTCOME_CODE[b.outcome] * 3 + OUTCOME_CODE[a.outcome];
  return memoD.get(key) ?? keep(memoD, key, buildD(a, b, c));
}

function buildD(a: ConditionFinding, b: ConditionFinding, c: ConditionFinding): Determination {
  const conditions = [a, b, c];
  const { status, missing } = _combine(conditions);
  const because = status === 'eligible' ? ADULT_DETERMINATION.met : status === 'not-eligible' ? ADULT_DETERMINATION.notMet(_failing(conditions)) : ADULT_DETERMINATION.unknown(missing);
  // The step is frozen (results share it); `missing` is the cache's own list, only ever copied.
  return { status, missing, step: _deepFreeze(_plainStep(ADULT_DETERMINATION.rule, ADULT_DETERMINATION.citation, status === 'eligible' ? 'met' : status === 'not-eligible' ? 'not-met' : 'unknown', because)) };
}

// The reg 2(2) letters of outcomes, e.g. "reg 2(2)(a), reg 2(2)(c)" (each citation less its "SI 2015/313 "), for condition (b).
const cited = (os: readonly AdultOutcome[]): string => os.map((o) => ADULT_OUTCOME_TEXT[o].citation.slice(12)).join(', ');

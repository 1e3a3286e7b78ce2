import { RulesError, _parse } from '../core/errors.js';
import { packRef } from '../core/rulePack.js';
import { _makeTrace, _step } from '../core/trace.js';
import { _isCarerInput } from './carerFastCheck.js';
import { _packFor, type EligibilityOptions } from './options.js';
import { CARER_LIMB_TEXT, CARER_OUTCOME_TEXT, CARER_OUTCOMES, CARER_UNABLE_LIMBS, type CarerOutcome } from './outcomes.js';
import { CarerEligibilityInputSchema, type CarerEligibilityInput } from './carerSchemas.js';
import { CARER_CONDITION_A, CARER_CONDITION_B, CARER_DETERMINATION, CARER_HEALTH } from './sentences.js';
import type { CarerEligibilityResult, ConditionFinding } from './types.js';
import { _assessOutcomes, _checkObservations, _outcomeTable, type OutcomeLaw } from './unableToAchieve.js';
import { _checkWellbeing, _combine, _wellbeingCondition } from './wellbeing.js';

const ENTRY = 'determineCarerEligibility';

const CARER_LAW: OutcomeLaw<CarerOutcome, (typeof CARER_UNABLE_LIMBS)[number]> = {
  who: 'carer',
  outcomes: CARER_OUTCOMES,
  outcomeText: CARER_OUTCOME_TEXT,
  limbs: CARER_UNABLE_LIMBS,
  limbText: CARER_LIMB_TEXT,
  fluctuationCitation: 'SI 2015/313 reg 3(4)',
};
const CARER_TABLE = _outcomeTable(CARER_LAW);

/**
 * Determines whether a carer's needs meet the eligibility criteria of SI 2015/313 reg 3, under Care Act 2014
 * s.13(1).
 *
 * The three conditions are cumulative: (a) the needs arise as a consequence of providing necessary care for an
 * adult; (b) the carer's physical or mental health is, or is at risk of, deteriorating (reg 3(2)(a)), or the
 * carer is unable to achieve any one of the eight outcomes of reg 3(2)(b); (c) as a consequence there is, or
 * is likely to be, a significant impact on the carer's well-being. A carer has three "unable" limbs (reg
 * 3(3)(a)-(c)): a carer input claiming "takes significantly longer", the adult-only limb of reg 2(3)(d), is
 * refused with a {@link adult-social-care-rules!RulesError}, never dropped.
 *
 * Missing inputs are listed, never guessed; a condition known to fail decides `not-eligible`. Fluctuating
 * needs (reg 3(4)) may be given as dated observations; their aggregation is the pack's local policy.
 *
 * @param input - the carer's assessment mapped onto the regulation; see {@link CarerEligibilityInputSchema}
 * @param options - a council pack (optional)
 * @returns the status, each condition and outcome with its citations, and a trace with the reasons why not
 * @throws {@link adult-social-care-rules!RulesError} for input that fails the schema (including the adult-only limb), a significant
 *   impact naming no s.1(2) area, observations outside the period or two on one day, or a pack that changes national law
 *
 * @example
 * ```ts
 * import { determineCarerEligibility } from 'adult-social-care-rules/eligibility';
 *
 * const result = determineCarerEligibility({
 *   asOf: '2026-11-23',
 *   needsArisingFromNecessaryCare: true,
 *   healthAtRisk: true,
 *   wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] },
 * });
 * result.status; //=> 'eligible'
 * ```
 */
export function determineCarerEligibility(input: CarerEligibilityInput, options?: EligibilityOptions): CarerEligibilityResult {
  // The fast check accepts exactly what the schema accepts; zod runs only when it says no, to word the error.
  const data = _isCarerInput(input) ? input : _parse(ENTRY, CarerEligibilityInputSchema, input);
  // The date first (one issue before the rules begin, as the JSON Schema's formatMinimum), then the rules across fields.
  const { pack, values, byKey, aggregationWarnings, carer: parameters } = _packFor(ENTRY, options, data.asOf);
  const issues = [..._checkObservations(CARER_OUTCOMES, data.asOf, data.outcomes, data.fluctuating, 'SI 2015/313 reg 3(4)'), ..._checkWellbeing(data.wellbeing, 'SI 2015/313 reg 3(1)(c)')];
  if (issues.length > 0) throw new RulesError(ENTRY, issues);

  const steps = [];
  const a = data.needsArisingFromNecessaryCare;
  const aBecause = a === undefined ? CARER_CONDITION_A.unknown : a ? CARER_CONDITION_A.met : CARER_CONDITION_A.notMet;
  const condA: ConditionFinding = {
    condition: 'a',
    citation: CARER_CONDITION_A.citation,
    outcome: a === undefined ? 'unknown' : a ? 'met' : 'not-met',
    because: aBecause,
    missing: a === undefined ? ['needsArisingFromNecessaryCare'] : [],
  };
  steps.push(_step(CARER_CONDITION_A.rule, condA.citation, condA.outcome, aBecause, [['needsArisingFromNecessaryCare', a]]));

  // (b): the health circumstance, or any one outcome
  const health = data.healthAtRisk;
  steps.push(
    _step(
      CARER_HEALTH.rule,
      CARER_HEALTH.citation,
      health === undefined ? 'unknown' : health ? 'met' : 'not-met',
      health === undefined ? CARER_HEALTH.unknown : health ? CARER_HEALTH.met : CARER_HEALTH.notMet,
      [['healthAtRisk', health]],
    ),
  );
  const agg = byKey('fluctuatingAggregation');
  const assessed = _assessOutcomes(CARER_TABLE, data.outcomes, data.fluctuating, values.fluctuatingAggregation, agg.citation, aggregationWarnings);
  steps.push(...assessed.steps);
  const required = values.carerOutcomesRequired;
  const unable = assessed.unable;
  const notAssessed = assessed.notAssessed;
  const outcomesMet = unable.length >= required;
  const outcomesCannot = unable.length + notAssessed.length < required;
  const bOutcome = health === true || outcomesMet ? 'met' : health === false && outcomesCannot ? 'not-met' : 'unknown';
  const circumstances = [
    ...(health === true ? ['reg 3(2)(a) (health)'] : []),
    ...unable.map((o) => CARER_OUTCOME_TEXT[o].citation.replace('SI 2015/313 ', '')),
  ];
  const bBecause =
    bOutcome === 'met'
      ? CARER_CONDITION_B.met(circumstances.join(', '))
      : bOutcome === 'not-met'
        ? CARER_CONDITION_B.notMet
        : health === false
          ? CARER_CONDITION_B.unknownOutcomesOnly(notAssessed.length)
          : notAssessed.length > 0
            ? CARER_CONDITION_B.unknownHealthAndOutcomes(notAssessed.length)
            : CARER_CONDITION_B.unknownHealthOnly;
  const bMissing = bOutcome === 'unknown' ? [...(health === undefined ? ['healthAtRisk'] : []), ...assessed.missing] : [];
  const condB: ConditionFinding = { condition: 'b', citation: CARER_CONDITION_B.citation, outcome: bOutcome, because: bBecause, missing: bMissing };
  steps.push(_step(CARER_CONDITION_B.rule, condB.citation, bOutcome, bBecause, [['healthAtRisk', health], ['outcomes', unable], ['pack:carerOutcomesRequired', required]]));

  const c = _wellbeingCondition('carer', data.wellbeing, 'SI 2015/313 reg 3(1)(c)');
  steps.push(c.step);

  const conditions = [condA, condB, c.finding];
  const { status, missing } = _combine(conditions);
  const failing = conditions.filter((x) => x.outcome === 'not-met').map((x) => `(${x.condition})`);
  const dBecause = status === 'eligible' ? CARER_DETERMINATION.met : status === 'not-eligible' ? CARER_DETERMINATION.notMet(failing) : CARER_DETERMINATION.unknown(missing);
  steps.push(_step(CARER_DETERMINATION.rule, CARER_DETERMINATION.citation, status === 'eligible' ? 'met' : status === 'not-eligible' ? 'not-met' : 'unknown', dBecause));
  const ref = packRef(pack);
  return {
    person: 'carer',
    status,
    asOf: data.asOf,
    ...(data.caseRef !== undefined ? { caseRef: data.caseRef } : {}),
    conditions,
    healthAtRisk: health,
    outcomes: assessed.findings,
    unableOutcomes: unable,
    eligibleOutcomes: status === 'eligible' ? unable : [],
    wellbeingAreas: c.areas.slice(),
    ...(assessed.fluctuation ? { fluctuation: assessed.fluctuation } : {}),
    missing,
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: data.asOf, pack: ref, steps, used: parameters[data.fluctuating !== undefined ? 1 : 0] }),
  };
}

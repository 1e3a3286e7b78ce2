import { RulesError, _issue, type RulesIssue } from '../../core/errors.js';
import { _D, _dec, _round, type RoundedDecimal, type _Dec } from '../../core/decimal.js';
import type { RulePack, ResolvedRule } from '../../core/rulePack.js';
import { _step, type TraceStep } from '../../core/trace.js';
import { _publish, _publishCount, type AscofMeasureResult } from '../calculate.js';
import type { AscofSpec } from '../pack.js';
import type { AscofMeasureDefinition } from '../registry/definition.js';
import { FRAMEWORK_2014 } from '../registry/framework2014.js';
import type { AscofRegistry } from '../registry/registry.js';

/** One scored survey measure. */
export interface SurveyMeasureResult {
  /** The concept scored, e.g. `"scrqol"` or `"feel-safe"`. */
  readonly concept: string;
  /** False when the concept is not an ASCOF measure in the year asked: it is then scored with its 2014-15 framework definition and its code is `local:<concept>`. */
  readonly inFramework: boolean;
  /** Respondents whose answers count for this measure (the published base). */
  readonly base: number;
  /** The base as published: the marker when suppressed, otherwise to the nearest 5 as survey counts are. */
  readonly publishedBase: string;
  /** Respondents left out of this measure because an item it needs is missing or is an excluded answer. */
  readonly excluded: number;
  /** The 95% margin of error of a weighted estimate (same unit and rounding as the value); `null` when unweighted or when a stratum has fewer than two usable responses. */
  readonly marginOfError: RoundedDecimal | null;
  /** The published figures, value, suppression and trace of the measure. */
  readonly measure: AscofMeasureResult;
}

/** One usable answer for a measure: the respondent's stratum and value (a score, or 1/0 for a proportion). */
export interface SurveyObservation {
  /** The stratum (a single implicit stratum when unweighted). */
  readonly stratum: string;
  /** The person's score, or 1 (numerator) / 0 (denominator only). */
  readonly y: _Dec;
}

/** Finds the year's definition of a concept, or the old framework's as a fallback. */
export function _conceptDefinition(registry: AscofRegistry, concept: string): { def: AscofMeasureDefinition; inFramework: boolean } | undefined {
  const hit = registry.measures.find((m) => m.concept === concept);
  if (hit !== undefined) return { def: hit, inFramework: true };
  const old = FRAMEWORK_2014.find((m) => m.concept === concept);
  return old === undefined ? undefined : { def: old, inFramework: false };
}

/** Checks stratum labels against the populations given: every respondent in a known stratum, n_h ≤ N_h. */
export function _checkStrata(entry: string, strata: readonly (string | undefined)[], populations: Readonly<Record<string, number>> | undefined): void {
  if (populations === undefined) return;
  const issues: RulesIssue[] = [];
  const counts = new Map<string, number>();
  strata.forEach((s, i) => {
    if (s === undefined || !Object.prototype.hasOwnProperty.call(populations, s)) {
      issues.push(_issue('inconsistent_input', ['responses', i, 'stratum'], 'with strata populations given, every response needs a stratum that has a population'));
      return;
    }
    counts.set(s, (counts.get(s) ?? 0) + 1);
  });
  for (const [s, n] of counts) {
    if (n > (populations[s] ?? 0)) issues.push(_issue('inconsistent_input', ['options', 'strataPopulations', s], 'a stratum cannot have more respondents than its eligible population'));
  }
  if (issues.length > 0) throw new RulesError(entry, issues);
}

/**
 * Scores one measure from its usable observations: unweighted (sums and counts), or with the stratified
 * estimator Σ N_h·ȳ_h / Σ N_h over the strata that have usable answers, and its margin of error
 * 1.96·√(Σ N_h²(1 − n_h/N_h)s_h²/n_h) / Σ N_h (NHS England ASCS method).
 */
export function _scoreMeasure(args: {
  entry: string;
  concept: string;
  registry: AscofRegistry;
  observations: readonly SurveyObservation[];
  excluded: number;
  exclusionReason: string;
  itemCitation: string;
  populations: Readonly<Record<string, number>> | undefined;
  pack: RulePack<AscofSpec>;
  used: ResolvedRule[];
}): SurveyMeasureResult | undefined {
  const found = _conceptDefinition(args.registry, args.concept);
  if (found === undefined) return undefined;
  const { def, inFramework } = found;
  const obs = args.observations;
  const steps: TraceStep[] = [];
  if (!inFramework) {
    steps.push(_step('ascof.survey.notInFramework', args.registry.citation, 'not-met', `${args.concept} is not an ASCOF measure in ${args.registry.year}; it is scored with its old-framework definition (${def.code}) as a local measure.`));
  }
  steps.push(_step('ascof.survey.usable', args.itemCitation, 'applied', `${obs.length} respondent(s) count for ${def.code}; ${args.excluded} excluded (${args.exclusionReason}).`, [['responses', obs.length + args.excluded]]));
  const multiplier = def.kind === 'proportion' ? 100 : 1;
  let numerator: _Dec;
  let denominator: _Dec;
  let moe: RoundedDecimal | null = null;
  if (args.populations === undefined) {
    numerator = obs.reduce((a, o) => a.plus(o.y), new _D(0));
    denominator = new _D(obs.length);
  } else {
    const groups = new Map<string, _Dec[]>();
    for (const o of obs) groups.set(o.stratum, [...(groups.get(o.stratum) ?? []), o.y]);
    numerator = new _D(0);
    denominator = new _D(0);
    let variance = new _D(0);
    let varianceKnown = true;
    const strata = [...groups.keys()].sort();
    for (const h of strata) {
      const ys = groups.get(h)!;
      const n = ys.length;
      const N = _dec(args.populations[h] ?? 0);
      const sum = ys.reduce((a, y) => a.plus(y), new _D(0));
      numerator = numerator.plus(N.times(sum).div(n));
      denominator = denominator.plus(N);
      if (n < 2) {
        varianceKnown = false;
        continue;
      }
      const mean = sum.div(n);
      const s2 = ys.reduce((a, y) => a.plus(y.minus(mean).pow(2)), new _D(0)).div(n - 1);
      variance = variance.plus(N.pow(2).times(new _D(1).minus(_dec(n).div(N))).times(s2).div(n));
    }
    if (varianceKnown && denominator.greaterThan(0)) {
      moe = _round(variance.sqrt().times('1.96').div(denominator).times(multiplier), def.rounding);
    }
    steps.push(_step('ascof.survey.weighting', 'NHSDigital/ASC-User-Survey docs/maths.md (stratified estimator)', 'applied',
      `Weighted by stratum: each stratum's mean is scaled to its eligible population (${strata.length} stratum/strata with usable answers); margin of error ${moe === null ? 'not estimable (a stratum has fewer than two usable answers)' : `±${moe.value}`}.`,
      strata.map((h) => [`strataPopulations.${h}`, args.populations?.[h]] as const)));
  }
  const measure = _publish({
    entry: args.entry, measure: def, year: args.registry.year, framework: args.registry.framework, asOf: args.registry.asOf, disaggregation: 'Total',
    numerator, denominator, base: obs.length, pack: args.pack, used: [...args.used], steps,
  });
  // Outside its framework the old code would collide with a refreshed one (old 3A satisfaction, new 3A information).
  const measureWithNote = inFramework
    ? measure
    : { ...measure, code: `local:${args.concept}`, warnings: [`Not an ASCOF measure in ${args.registry.year}: scored as a local measure with the definition of old ${def.code} (2014-15 framework).`, ...measure.warnings] };
  const publishedBase = measure.suppressed ? (measure.published.outcome) : _publishCount(new _D(obs.length), def.countRounding);
  return { concept: args.concept, inFramework, base: obs.length, publishedBase, excluded: args.excluded, marginOfError: measure.suppressed ? null : moe, measure: measureWithNote };
}

/** Builds the 0/1 observations of a proportion measure from one answer per respondent. */
export function _proportionObservations(
  answers: readonly { stratum: string; code: number | undefined }[],
  mapping: { numerator: readonly number[]; denominatorOnly: readonly number[] },
): { obs: SurveyObservation[]; excluded: number } {
  const obs: SurveyObservation[] = [];
  let excluded = 0;
  for (const a of answers) {
    if (a.code !== undefined && mapping.numerator.includes(a.code)) obs.push({ stratum: a.stratum, y: new _D(1) });
    else if (a.code !== undefined && mapping.denominatorOnly.includes(a.code)) obs.push({ stratum: a.stratum, y: new _D(0) });
    else excluded += 1;
  }
  return { obs, excluded };
}

import { RulesError, _issue, type RulesIssue } from '../../core/errors.js';
import { _D, _dec, _round, type RoundedDecimal, type _Dec } from '../../core/decimal.js';
import type { RulePack, ResolvedRule } from '../../core/rulePack.js';
import { _step, type TraceStep } from '../../core/trace.js';
import { _publish, _publishCount, type AscofMeasureResult } from '../calculate.js';
import type { AscofSpec } from '../pack.js';
import type { AscofMeasureDefinition } from '../registry/definition.js';
import { FRAMEWORK_2014 } from '../registry/framework2014.js';
import { _usedDefinition, type AscofRegistry } from '../registry/registry.js';

/** One scored survey measure. */
export interface SurveyMeasureResult {
  /** The concept scored, e.g. `"scrqol"` or `"feel-safe"`. */
  readonly concept: string;
  /** False when the concept is not an ASCOF measure in the year asked: it is then scored with its 2014-15 framework definition and its code is `local:<concept>`. */
  readonly inFramework: boolean;
  /** `"Total"`, or the age band or sex of a split row (`"18 to 64"`, `"65 and over"`, `"Male"`, `"Female"`). */
  readonly disaggregation: string;
  /** Respondents whose answers count for this measure (the published base). */
  readonly base: number;
  /** The base as published: the marker when suppressed, otherwise to the nearest 5 as survey counts are. */
  readonly publishedBase: string;
  /** Respondents left out of this measure because an item it needs is missing or is an excluded answer (on the total row; 0 on splits). */
  readonly excluded: number;
  /** The 95% margin of error of a weighted total (same unit and rounding as the value); `null` when unweighted, on split rows, or when a stratum has fewer than two usable responses. */
  readonly marginOfError: RoundedDecimal | null;
  /**
   * How the estimate was formed: `stratified` (each stratum scaled to its eligible population, as published) or
   * `unweighted` (a plain mean or share of the respondents). An unweighted ASCS figure is not the published one
   * and carries a warning saying so.
   */
  readonly weighting: 'stratified' | 'unweighted';
  /** The published figures, value, suppression and trace of the measure. */
  readonly measure: AscofMeasureResult;
}

/** One usable answer for a measure: the respondent's stratum and value (a score, or 1/0 for a proportion). */
export interface SurveyObservation {
  /** The respondent's age, for the age rows. */
  readonly age?: number | undefined;
  /** The respondent's sex, for the sex rows. */
  readonly sex?: 'male' | 'female' | undefined;
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

/** The CSV label of the younger age band (gov.uk 2024-25 "how to use the CSV file"). */
const AGE_YOUNGER = '18 to 64';
/** The CSV label of the older age band (NHS England ASCS pipeline, C1 ascs.py). */
const AGE_OLDER = '65 and over';

/** The split a survey row is for: an age band or a sex, and the other row of its pair. */
interface Split {
  readonly label: string;
  /** The other row of the same split (the other age band, the other sex), whose base a paired rule also tests. */
  readonly pair: string | undefined;
  readonly keep: (o: SurveyObservation) => boolean;
}

/** The splits a measure publishes (registry `ageBands` and `sexSplit`) that the responses can fill. */
function splitsOf(def: AscofMeasureDefinition): Split[] {
  const out: Split[] = [];
  const bothAges = def.ageBands.includes(AGE_YOUNGER) && def.ageBands.includes(AGE_OLDER);
  if (def.ageBands.includes(AGE_YOUNGER)) out.push({ label: AGE_YOUNGER, pair: bothAges ? AGE_OLDER : undefined, keep: (o) => o.age !== undefined && o.age < 65 });
  if (def.ageBands.includes(AGE_OLDER)) out.push({ label: AGE_OLDER, pair: bothAges ? AGE_YOUNGER : undefined, keep: (o) => o.age !== undefined && o.age >= 65 });
  if (def.sexSplit) {
    out.push({ label: 'Male', pair: 'Female', keep: (o) => o.sex === 'male' });
    out.push({ label: 'Female', pair: 'Male', keep: (o) => o.sex === 'female' });
  }
  return out;
}

/**
 * The estimate for a subset of the usable observations. Unweighted: sums and counts. Weighted: each
 * respondent carries w_h = N_h / n_h, n_h being the usable answers of the whole stratum to this question, so
 * a subgroup's population is estimated as N_h × (its respondents / n_h) (NHS England ASCS method).
 */
function estimate(subset: readonly SurveyObservation[], strata: ReadonlyMap<string, { N: _Dec; n: number }> | undefined): { numerator: _Dec; denominator: _Dec } {
  if (strata === undefined) {
    return { numerator: subset.reduce((a, o) => a.plus(o.y), new _D(0)), denominator: new _D(subset.length) };
  }
  // Exact sums per stratum first, then one multiplication and division each, strata in sorted order: the
  // result does not depend on the order of the respondents, and N_h × S / n_h is exact whenever it can be.
  const sums = new Map<string, { s: _Dec; k: number }>();
  for (const o of subset) {
    const cur = sums.get(o.stratum) ?? { s: new _D(0), k: 0 };
    sums.set(o.stratum, { s: cur.s.plus(o.y), k: cur.k + 1 });
  }
  let numerator = new _D(0);
  let denominator = new _D(0);
  for (const h of [...sums.keys()].sort()) {
    const { s, k } = sums.get(h)!;
    const { N, n } = strata.get(h)!;
    numerator = numerator.plus(N.times(s).div(n));
    denominator = denominator.plus(N.times(k).div(n));
  }
  return { numerator, denominator };
}

/**
 * Scores one measure from its usable observations: unweighted (sums and counts), or with the stratified
 * estimator Σ N_h·ȳ_h / Σ N_h over the strata that have usable answers, and its margin of error
 * 1.96·√(Σ N_h²(1 − n_h/N_h)s_h²/n_h) / Σ N_h (NHS England ASCS method). With `disaggregate`, the age and
 * sex rows the registry publishes follow the total (margin of error on the total only).
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
  disaggregate: boolean;
  pack: RulePack<AscofSpec>;
  used: ResolvedRule[];
  /** Set for surveys whose published figures are weighted by sampling stratum (ASCS): the warning an unweighted run carries. */
  unweightedWarning?: string | undefined;
}): SurveyMeasureResult[] {
  const found = _conceptDefinition(args.registry, args.concept);
  if (found === undefined) return [];
  const { def, inFramework } = found;
  const obs = args.observations;
  const baseSteps: TraceStep[] = [];
  if (!inFramework) {
    baseSteps.push(_step('ascof.survey.notInFramework', args.registry.citation, 'not-met', `${args.concept} is not an ASCOF measure in ${args.registry.year}; it is scored with its old-framework definition (${def.code}) as a local measure.`));
  }
  baseSteps.push(_step('ascof.survey.usable', args.itemCitation, 'applied', `${obs.length} respondent(s) count for ${def.code}; ${args.excluded} excluded (${args.exclusionReason}).`, [['responses', obs.length + args.excluded]]));
  const multiplier = def.kind === 'proportion' ? 100 : 1;

  let weights: Map<string, { N: _Dec; n: number }> | undefined;
  let moe: RoundedDecimal | null = null;
  const weightSteps: TraceStep[] = [];
  if (args.populations !== undefined) {
    const groups = new Map<string, _Dec[]>();
    for (const o of obs) groups.set(o.stratum, [...(groups.get(o.stratum) ?? []), o.y]);
    weights = new Map();
    let variance = new _D(0);
    let total = new _D(0);
    let varianceKnown = true;
    const strata = [...groups.keys()].sort();
    for (const h of strata) {
      const ys = groups.get(h)!;
      const n = ys.length;
      const N = _dec(args.populations[h] ?? 0);
      weights.set(h, { N, n });
      total = total.plus(N);
      if (n < 2) {
        varianceKnown = false;
        continue;
      }
      const mean = ys.reduce((a, y) => a.plus(y), new _D(0)).div(n);
      const s2 = ys.reduce((a, y) => a.plus(y.minus(mean).pow(2)), new _D(0)).div(n - 1);
      variance = variance.plus(N.pow(2).times(new _D(1).minus(_dec(n).div(N))).times(s2).div(n));
    }
    if (varianceKnown && total.greaterThan(0)) moe = _round(variance.sqrt().times('1.96').div(total).times(multiplier), def.rounding);
    weightSteps.push(_step('ascof.survey.weighting', 'NHSDigital/ASC-User-Survey docs/maths.md (stratified estimator)', 'applied',
      `Weighted by stratum: each respondent counts N_h / n_h (${strata.length} stratum/strata with usable answers); margin of error ${moe === null ? 'not estimable (a stratum has fewer than two usable answers)' : `±${moe.value}`}.`,
      strata.map((h) => [`strataPopulations.${h}`, args.populations?.[h]] as const)));
  }

  const unweighted = args.populations === undefined && args.unweightedWarning !== undefined;
  if (unweighted) {
    weightSteps.push(_step('ascof.survey.unweighted', args.itemCitation, 'not-met', `Unweighted: ${def.code} is the plain ${def.kind === 'proportion' ? 'share' : 'mean'} of the respondents, not the published stratified estimate (no strata populations were given).`, [], [args.unweightedWarning as string]));
  }

  const rows: { split: string; pair: string | undefined; subset: readonly SurveyObservation[] }[] = [{ split: 'Total', pair: undefined, subset: obs }];
  if (args.disaggregate) for (const sp of splitsOf(def)) rows.push({ split: sp.label, pair: sp.pair, subset: obs.filter(sp.keep) });
  const baseOf = new Map(rows.map((r) => [r.split, r.subset.length] as const));
  return rows.map(({ split, pair, subset }) => {
    const { numerator, denominator } = estimate(subset, weights);
    const steps = [...baseSteps, ...weightSteps];
    if (split !== 'Total') steps.push(_step('ascof.survey.split', def.citation, 'applied', `${split}: ${subset.length} of the ${obs.length} usable respondent(s).`));
    const published = _publish({
      entry: args.entry, measure: def, year: args.registry.year, framework: args.registry.framework, asOf: args.registry.asOf, disaggregation: split,
      numerator, denominator, base: subset.length, pairBase: pair === undefined ? undefined : baseOf.get(pair),
      pack: args.pack, used: args.used.map((u) => (u.key === 'measureDefinitions' ? _usedDefinition(u, def) : u)), steps,
    });
    const measure = unweighted ? { ...published, warnings: [...published.warnings, args.unweightedWarning as string] } : published;
    // Outside its framework the old code would collide with a refreshed one (old 3A satisfaction, new 3A information).
    const withNote = inFramework
      ? measure
      : { ...measure, code: `local:${args.concept}`, warnings: [`Not an ASCOF measure in ${args.registry.year}: scored as a local measure with the definition of old ${def.code} (2014-15 framework).`, ...measure.warnings] };
    const publishedBase = measure.suppressed ? measure.published.outcome : _publishCount(new _D(subset.length), def.countRounding);
    const rowMoe = split === 'Total' && !measure.suppressed ? moe : null;
    return {
      concept: args.concept, inFramework, disaggregation: split, base: subset.length, publishedBase, excluded: split === 'Total' ? args.excluded : 0, marginOfError: rowMoe,
      weighting: args.populations === undefined ? 'unweighted' : 'stratified', measure: withNote,
    };
  });
}

/** Builds the 0/1 observations of a proportion measure from one answer per respondent. */
export function _proportionObservations(
  answers: readonly { stratum: string; code: number | undefined; age?: number | undefined; sex?: 'male' | 'female' | undefined }[],
  mapping: { numerator: readonly number[]; denominatorOnly: readonly number[] },
): { obs: SurveyObservation[]; excluded: number } {
  const obs: SurveyObservation[] = [];
  let excluded = 0;
  for (const a of answers) {
    if (a.code !== undefined && mapping.numerator.includes(a.code)) obs.push({ stratum: a.stratum, age: a.age, sex: a.sex, y: new _D(1) });
    else if (a.code !== undefined && mapping.denominatorOnly.includes(a.code)) obs.push({ stratum: a.stratum, age: a.age, sex: a.sex, y: new _D(0) });
    else excluded += 1;
  }
  return { obs, excluded };
}

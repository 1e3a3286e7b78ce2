import * as z from 'zod';
import { RulesError, _issue, isRulesError, type RulesIssue } from '../core/errors.js';
import { _dec, _round, describeRounding, type RoundedDecimal, type _Dec } from '../core/decimal.js';
import { packRef, resolve, type PackRef, type ResolvedRule, type RulePack } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import type { AscofSpec } from './pack.js';
import type { AscofMeasureDefinition, MeasureKind, MeasureUnit, Polarity, SuppressionRule, Verification } from './registry/definition.js';
import { _definitionsFor, _findMeasure, _usedDefinition } from './registry/registry.js';
import { AscofCountsSchema, type AscofCounts } from './schemas.js';
import { AscofYearSchema, type AscofFramework, type AscofYear } from './years.js';
import { _optionsRecord, _packFrom, _parseArg } from './internal.js';

/** Options of {@link calculateAscofMeasure}. */
export interface CalculateAscofMeasureOptions {
  /** The reporting year, `YYYY-YY`: it selects the framework and the published definition. */
  year: AscofYear;
  /** The disaggregation the counts are for: `"Total"` (default) or a split such as `"65+"` or `"Female"`. */
  disaggregation?: string | undefined;
  /** A pack extended from the default (the definitions are law; policy may differ). */
  pack?: RulePack<AscofSpec> | undefined;
}

/** The three figures of a published row: a decimal string, or the marker published in its place. */
export interface PublishedFigures {
  /** The numerator as published, or a suppression marker such as `"[c]"`. */
  readonly numerator: string;
  /** The denominator as published, or a marker. */
  readonly denominator: string;
  /** The outcome as published (rounded), or a marker (`"[c]"` suppressed, `"[x]"` zero denominator). */
  readonly outcome: string;
}

/** The outcome of one ASCOF measure calculated from its counts. */
export interface AscofMeasureResult {
  /** The reporting year. */
  readonly year: AscofYear;
  /** The framework version of that year. */
  readonly framework: AscofFramework;
  /** The measure code as published that year. */
  readonly code: string;
  /** The measure title. */
  readonly title: string;
  /** The concept id that links the measure across frameworks. */
  readonly concept: string;
  /** How the value was formed. */
  readonly kind: MeasureKind;
  /** The published unit. */
  readonly unit: MeasureUnit;
  /** Whether higher is better (used by `compareToBenchmark`). */
  readonly polarity: Polarity;
  /** The disaggregation the counts are for (`"Total"` by default). */
  readonly disaggregation: string;
  /** The numerator given, as a decimal string. */
  readonly numerator: string;
  /** The denominator given, as a decimal string. */
  readonly denominator: string;
  /** The outcome rounded by the published rule; `null` when suppressed or the denominator is zero. */
  readonly value: RoundedDecimal | null;
  /** True when the published rule withholds the outcome. */
  readonly suppressed: boolean;
  /** The figures as they would be published: markers where withheld, survey counts to the nearest 5. */
  readonly published: PublishedFigures;
  /** Whether the measure's definition is verified. */
  readonly status: Verification;
  /** Every warning that applies (unverified code, rounding or suppression rule). */
  readonly warnings: readonly string[];
  /** The pack used. */
  readonly pack: PackRef;
  /** How the figure was reached. */
  readonly trace: Trace;
}

const ENTRY = 'calculateAscofMeasure';
const OptionsSchema = z.strictObject({
  year: AscofYearSchema,
  disaggregation: z.string().min(1).max(60).optional(),
  pack: z.unknown().optional(),
});

const MULTIPLIER: Record<MeasureKind, string> = { proportion: '100', rate: '100000', 'mean-score': '1' };

/** Reads a count as a non-negative Decimal, or records an issue. */
export function _count(value: unknown, path: (string | number)[], issues: RulesIssue[]): _Dec | undefined {
  // `value === 0` is also true of the JSON number -0, which is zero, not negative (JSON Schema's minimum 0 takes it).
  const d = _dec(value === 0 ? 0 : (value as string | number));
  if (d.isNegative()) {
    issues.push(_issue('too_small', path, 'must be a count of zero or more'));
    return undefined;
  }
  return d;
}

/** The suppression rules of a measure (its published rules, else the pack's policy), and where they come from. */
export function _suppressionRules(m: AscofMeasureDefinition, pack: RulePack<AscofSpec>, asOf: string): { rules: readonly SuppressionRule[]; used: ResolvedRule | undefined } {
  if (m.suppressionChoice === 'salt-2023-small-numbers' && m.suppression !== null) {
    const choice = resolve(pack, 'salt2023SmallNumbers', asOf);
    return { rules: choice.value === 'every-count-measure' ? m.suppression : [], used: choice };
  }
  if (m.suppression !== null) return { rules: m.suppression, used: undefined };
  const used = resolve(pack, 'unpublishedSuppression', asOf);
  return { rules: used.value, used };
}

/** A figure as the published rule makes it, before it is wrapped in a result. */
export interface _PublishedFigure {
  /** The outcome rounded by the published rule, whether or not it is withheld; `null` when the denominator is zero. */
  readonly value: RoundedDecimal | null;
  /** True when the published rule withholds the outcome. */
  readonly suppressed: boolean;
  /** The figures as they would be published. */
  readonly published: PublishedFigures;
  /** The warnings of the definition, its rounding rule and the suppression policy used. */
  readonly warnings: readonly string[];
}

/**
 * The one place where counts become a published ASCOF figure: value = numerator / denominator × scale,
 * rounded by the measure's published rule, then the published suppression rules (or, where none could be
 * read, the pack's `unpublishedSuppression` policy). Used by {@link calculateAscofMeasure}, the survey
 * scores and the CLD derivation, so rounding and suppression are defined once. Steps and pack values used
 * are appended to `steps` and `used`.
 * @internal
 */
export function _publishFigure(args: {
  measure: AscofMeasureDefinition;
  asOf: string;
  disaggregation: string;
  numerator: _Dec;
  denominator: _Dec;
  base: number | undefined;
  /** Split rows: the base of the other row of the pair (the other sex or age band), for a paired rule. */
  pairBase?: number | undefined;
  pack: RulePack<AscofSpec>;
  used: ResolvedRule[];
  steps: TraceStep[];
}): _PublishedFigure {
  const { measure: m, numerator: num, denominator: den, steps, used } = args;
  const warnings: string[] = [];
  if (m.warning !== undefined) warnings.push(m.warning);
  if (m.roundingStatus === 'unverified') warnings.push(`UNVERIFIED rounding rule for ${m.code}: ${describeRounding(m.rounding)}.`);
  const cite = m.citation;

  let value: RoundedDecimal | null = null;
  if (den.isZero()) {
    steps.push(_step('ascof.outcome.zeroDenominator', cite, 'not-met', `The denominator is zero, so no outcome exists; it is published as ${m.zeroDenominatorMarker}.`, [['denominator', '0']]));
  } else {
    const exact = num.div(den).times(MULTIPLIER[m.kind]);
    value = _round(exact, m.rounding);
    const formula = m.kind === 'mean-score' ? `${num.toString()} / ${den.toString()}` : `${num.toString()} / ${den.toString()} × ${MULTIPLIER[m.kind]}`;
    steps.push(_step('ascof.outcome.calculate', cite, 'applied', `${m.code} = ${formula} = ${exact.toSignificantDigits(12).toString()}, ${describeRounding(m.rounding)}: ${value.value}.`, [
      ['numerator', num.toString()],
      ['denominator', den.toString()],
    ], m.roundingStatus === 'unverified' ? [`UNVERIFIED rounding rule for ${m.code}.`] : undefined));
  }

  const { rules, used: suppressionUsed } = _suppressionRules(m, args.pack, args.asOf);
  if (suppressionUsed !== undefined) {
    used.push(suppressionUsed);
    if (suppressionUsed.warning !== undefined) warnings.push(suppressionUsed.warning);
  }
  const isTotal = args.disaggregation.toLowerCase() === 'total';
  const withheld = new Map<string, string>();
  const suppressionCite = suppressionUsed?.citation ?? cite;
  const applicable = rules.filter((r) => r.appliesTo === 'all' || (r.appliesTo === 'total') === isTotal);
  for (const r of applicable) {
    const basisValue = r.basis === 'base' ? _dec(args.base ?? den.toNumber()) : den;
    const basisName = r.basis === 'base' ? (args.base === undefined ? 'base (taken as the denominator)' : 'base') : 'denominator';
    if (basisValue.lessThan(r.below)) {
      for (const f of r.suppress) if (!withheld.has(f)) withheld.set(f, r.marker);
      steps.push(_step('ascof.suppression', suppressionCite, 'met', `The ${basisName} ${basisValue.toString()} is below ${r.below}: ${r.suppress.join(', ')} withheld as ${r.marker}.`, [[r.basis, basisValue.toString()]], suppressionUsed?.warning === undefined ? undefined : [suppressionUsed.warning]));
    } else if (r.pair === true && !isTotal && args.pairBase !== undefined && args.pairBase < r.below) {
      // Complementary suppression (C1 carers.py): published, this row and the total would give the other row away.
      for (const f of r.suppress) if (!withheld.has(f)) withheld.set(f, r.marker);
      steps.push(_step('ascof.suppression.pair', suppressionCite, 'met',
        `The ${basisName} ${basisValue.toString()} is not below ${r.below}, but the other row of its pair has a base of ${args.pairBase}: both rows are withheld (${r.suppress.join(', ')} as ${r.marker}) so neither can be recovered from the total.`,
        [[r.basis, basisValue.toString()], ['pairBase', args.pairBase]]));
    } else {
      steps.push(_step('ascof.suppression', suppressionCite, 'not-met', `The ${basisName} ${basisValue.toString()} is not below ${r.below}, so nothing is withheld under this rule.`, [[r.basis, basisValue.toString()]], suppressionUsed?.warning === undefined ? undefined : [suppressionUsed.warning]));
    }
  }
  if (applicable.length === 0) steps.push(_step('ascof.suppression', suppressionCite, 'not-met', `No suppression rule applies to ${m.code} (${args.disaggregation}).`));
  if (!isTotal && args.pairBase === undefined && applicable.some((r) => r.pair === true)) {
    warnings.push(`${m.code} (${args.disaggregation}): the published rule withholds both rows of a pair when either base is under the threshold, and the base of the other row was not given (pairBase), so only this row's own base was tested.`);
  }

  const outcomeWithheld = withheld.get('outcome');
  const published: PublishedFigures = {
    numerator: withheld.get('numerator') ?? _publishCount(num, m.countRounding),
    denominator: withheld.get('denominator') ?? _publishCount(den, m.countRounding),
    outcome: den.isZero() ? m.zeroDenominatorMarker : (outcomeWithheld ?? value?.value ?? m.zeroDenominatorMarker),
  };
  return { value, suppressed: outcomeWithheld !== undefined, published, warnings };
}

/**
 * The core calculation shared by every entry that publishes a measure (counts already validated).
 * @internal
 */
export function _publish(args: {
  entry: string;
  measure: AscofMeasureDefinition;
  year: AscofYear;
  framework: AscofFramework;
  asOf: string;
  disaggregation: string;
  numerator: _Dec;
  denominator: _Dec;
  base: number | undefined;
  pairBase?: number | undefined;
  pack: RulePack<AscofSpec>;
  used: ResolvedRule[];
  steps: TraceStep[];
}): AscofMeasureResult {
  const { measure: m, numerator: num, denominator: den } = args;
  const f = _publishFigure(args);
  return {
    year: args.year,
    framework: args.framework,
    code: m.code,
    title: m.title,
    concept: m.concept,
    kind: m.kind,
    unit: m.unit,
    polarity: m.polarity,
    disaggregation: args.disaggregation,
    numerator: num.toString(),
    denominator: den.toString(),
    value: f.suppressed ? null : f.value,
    suppressed: f.suppressed,
    published: f.published,
    status: m.status,
    warnings: [...f.warnings],
    pack: packRef(args.pack),
    trace: _makeTrace({ entry: args.entry, asOf: args.asOf, pack: packRef(args.pack), steps: args.steps, used: args.used }),
  };
}

/** Writes a count as published: as counted, or to the nearest 5 by the survey rule of the measure. */
export function _publishCount(x: _Dec, rule: AscofMeasureDefinition['countRounding']): string {
  if (rule === 'none') return x.toString();
  // ASCS (C1 ascs.py): 5 × round(int(x) / 5); the whole part makes ties impossible. SACE (C1 my_round5): ties go up.
  const basis = rule === 'nearest-5-truncated' ? x.trunc() : x;
  return _dec(_round(basis.div(5), { places: 0, mode: 'half-away-from-zero' }).value).times(5).toString();
}

/** Checks counts against a measure's kind: proportions need numerator ≤ denominator; scores stay in range. */
export function _checkCounts(m: AscofMeasureDefinition, num: _Dec, den: _Dec, path: (string | number)[], issues: RulesIssue[]): void {
  if (m.kind === 'proportion' && num.greaterThan(den)) {
    issues.push(_issue('inconsistent_input', [...path, 'numerator'], `the numerator of ${m.code} (a proportion) cannot exceed its denominator`));
  }
  if (m.kind === 'mean-score' && m.scale !== undefined) {
    if (num.greaterThan(den.times(m.scale.max)) || num.lessThan(den.times(m.scale.min))) {
      issues.push(_issue('inconsistent_input', [...path, 'numerator'], `the sum of scores of ${m.code} must lie between ${m.scale.min} and ${m.scale.max} times the number of respondents`));
    }
  }
  if (m.kind === 'mean-score' && den.isZero() && !num.isZero()) {
    issues.push(_issue('inconsistent_input', [...path, 'numerator'], `must be 0 when there are no respondents (${m.code} is a sum of scores)`));
  }
}

/**
 * Calculates one ASCOF measure from its numerator and denominator: the value rounded by the published rule
 * of that year, the unit, and suppression when the published rule withholds the figure.
 *
 * - Proportions: numerator / denominator × 100; the numerator may not exceed the denominator.
 * - Rates (2B, 2C; old 2A(1), 2A(2), 2C): numerator / population × 100,000.
 * - Mean scores (1A, 1D, adjusted SCRQoL): sum of person scores / respondents, kept inside the scale.
 *
 * A denominator of zero gives no value and the outcome marker `[x]`. Survey measures test their base (the
 * respondents) against the suppression threshold: pass `base` when the counts are weighted, otherwise the
 * denominator is taken as the base. A carer-survey (SACE) split row is withheld with its pair: pass the other
 * row's base as `pairBase` (without it the result warns). Of the SALT measures only 1E and 1G (2023-24: 1E and
 * 2E) carry the denominator-under-5 rule. Where no published suppression rule could be read (2024-25 CLD
 * measures), the pack's `unpublishedSuppression` policy applies and the result warns.
 *
 * @param code - the measure code as published that year, e.g. `"2C"`
 * @param counts - numerator, denominator (and optionally base), as decimal strings or numbers
 * @param options - the reporting year, the disaggregation and an optional pack
 * @returns the value, the published figures, the suppression decision and the trace
 * @throws {@link adult-social-care-rules!RulesError} for an unknown code, negative counts, a numerator above the denominator of a
 *   proportion, or a sum of scores outside the scale
 *
 * @example
 * ```ts
 * import { calculateAscofMeasure } from 'adult-social-care-rules/ascof';
 *
 * // 2C: 1,123 admissions of people aged 65+ over an ONS population of 198,400
 * const r = calculateAscofMeasure('2C', { numerator: 1123, denominator: 198400 }, { year: '2023-24' });
 * r.value?.value; //=> '566.0'
 * r.unit; //=> 'per-100000'
 * ```
 */
export function calculateAscofMeasure(code: string, counts: AscofCounts, options: CalculateAscofMeasureOptions): AscofMeasureResult {
  const codeOk = _parseArg(ENTRY, 'code', z.string().min(1).max(20), code);
  const c = _parseArg(ENTRY, 'counts', AscofCountsSchema, counts);
  if (options === undefined) throw new RulesError(ENTRY, [_issue('invalid_type', ['options'], 'must be an options object with the year')]);
  const pack = _packFrom(ENTRY, options);
  const o = _parseArg(ENTRY, 'options', OptionsSchema, _optionsRecord(options));
  const { registry, used } = _definitionsFor(ENTRY, o.year, pack);
  // An unknown code and a negative count are reported together: a form learns of both at once, and the count
  // (a rule of the JSON Schema) is never hidden behind the code (a rule of the year's registry).
  const issues: RulesIssue[] = [];
  let m: AscofMeasureDefinition | undefined;
  try {
    m = _findMeasure(ENTRY, registry, codeOk, ['code']);
  } catch (error) {
    if (!isRulesError(error)) throw error;
    issues.push(...error.issues);
  }
  const num = _count(c.numerator, ['counts', 'numerator'], issues);
  const den = _count(c.denominator, ['counts', 'denominator'], issues);
  if (m !== undefined && num !== undefined && den !== undefined) _checkCounts(m, num, den, ['counts'], issues);
  if (issues.length > 0 || m === undefined || num === undefined || den === undefined) throw new RulesError(ENTRY, issues);
  const steps: TraceStep[] = [
    _step('ascof.registry', used.citation, 'applied', `${m.code} in ${o.year} (${registry.framework}): ${m.title}; unit ${m.unit}, ${m.polarity}.`, [['code', codeOk], ['year', o.year]], m.warning === undefined ? undefined : [m.warning]),
  ];
  if (m.kind === 'proportion') steps.push(_step('ascof.counts.proportion', m.citation, 'met', 'The numerator does not exceed the denominator, as a proportion requires.', [['numerator', num.toString()], ['denominator', den.toString()]]));
  return _publish({ entry: ENTRY, measure: m, year: o.year, framework: registry.framework, asOf: registry.asOf, disaggregation: o.disaggregation ?? 'Total', numerator: num, denominator: den, base: c.base, pairBase: c.pairBase, pack, used: [_usedDefinition(used, m)], steps });
}

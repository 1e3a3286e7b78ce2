import * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import { DecimalInputSchema, DecimalStringSchema, _dec, _round, type _Dec } from '../core/decimal.js';
import { IsoDateSchema } from '../core/dates.js';
import { packRef, resolve, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _packFrom, _parseArg } from './internal.js';
import { PolaritySchema, type Polarity } from './registry/definition.js';
import type { LocalKpiOptions } from './kpi/shortTermSupport.js';

/**
 * What `compareToBenchmark` reads from a result: its value (a `RoundedDecimal`, a decimal string, or `null`
 * when suppressed) and its polarity. Any result of this area fits; other fields are ignored, which is why
 * this one schema is not strict.
 */
export const BenchmarkSubjectSchema = z.object({
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  value: z.union([z.object({ value: DecimalStringSchema.clone() }), DecimalStringSchema.clone(), z.null()]),
  polarity: PolaritySchema,
  code: z.string().optional(),
  trace: z.object({ asOf: IsoDateSchema.clone() }).optional(),
});

/** The benchmarks to compare with. */
export const BenchmarksSchema = z.strictObject({
  /** The England value. */
  england: DecimalInputSchema.clone().optional(),
  /** The region's value. */
  region: DecimalInputSchema.clone().optional(),
  /** Comparator councils (e.g. CIPFA nearest neighbours); `null` for a suppressed value. */
  comparators: z.array(z.strictObject({ name: z.string().min(1).max(200), value: DecimalInputSchema.clone().nullable() })).max(500).optional(),
  /** The local target. */
  target: DecimalInputSchema.clone().optional(),
  /** The date the RAG policy is read on; defaults to the result's trace date. */
  asOf: IsoDateSchema.clone().optional(),
});

/** A result (or any object with `value` and `polarity`) as `compareToBenchmark` reads it. */
export type BenchmarkSubject = z.input<typeof BenchmarkSubjectSchema>;
/** What a caller passes as the benchmarks. */
export type Benchmarks = z.input<typeof BenchmarksSchema>;

/** The comparison with one benchmark. */
export interface BenchmarkDifference {
  /** The benchmark value. */
  readonly benchmark: string;
  /** Value minus benchmark, exact. */
  readonly difference: string;
  /** Whether the value is better (by the polarity); `null` for measures with no polarity, `false` when equal. */
  readonly better: boolean | null;
}

/** A red, amber or green status. */
export type Rag = 'green' | 'amber' | 'red';

/** The comparison of one result with its benchmarks. */
export interface BenchmarkComparison {
  /** The value compared (`null` when suppressed: nothing is compared). */
  readonly value: string | null;
  /** The polarity used. */
  readonly polarity: Polarity;
  /** Against England, when given. */
  readonly england: BenchmarkDifference | null;
  /** Against the region, when given. */
  readonly region: BenchmarkDifference | null;
  /** Against the target, when given. */
  readonly target: BenchmarkDifference | null;
  /** Rank among the comparators and the council (1 = best by polarity; ties share a rank); `null` without comparators or polarity. */
  readonly rank: { readonly position: number; readonly of: number } | null;
  /** The RAG status, or `null` when there is no value, no polarity or nothing to compare with. */
  readonly rag: Rag | null;
  /** What the RAG compared with. */
  readonly ragBasis: 'target' | 'england' | 'region' | null;
  /** Warnings from the RAG policy. */
  readonly warnings: readonly string[];
  /** The pack used. */
  readonly pack: PackRef;
  /** How the comparison was made. */
  readonly trace: Trace;
}

const ENTRY = 'compareToBenchmark';

function isBetter(a: _Dec, b: _Dec, polarity: Polarity): boolean | null {
  if (polarity === 'no-polarity') return null;
  return polarity === 'higher-is-better' ? a.greaterThan(b) : a.lessThan(b);
}

/**
 * Compares a result with England, the region, comparator councils and a target: the difference from each,
 * the rank among comparators, and a RAG status that respects the measure's polarity (for 2B/2C and waiting
 * times, lower is better).
 *
 * RAG (pack policy `ragRule`, a library default because the seed sets none): green when at or better than
 * the target; amber when worse by no more than `amberBandPercent` % of the target; red beyond. Without a
 * target, the fallback benchmark (England by default) is used. A suppressed value, or a measure with no
 * polarity, gets no RAG.
 *
 * @param result - a result of this area (or any `{ value, polarity }`)
 * @param benchmarks - England, region, comparators, target, and optionally the as-of date
 * @param options - an optional pack
 * @returns the differences, rank and RAG with its trace
 * @throws {@link adult-social-care-rules!RulesError} for malformed input or when no as-of date can be found
 *
 * @example
 * ```ts
 * import { calculateAscofMeasure, compareToBenchmark } from 'adult-social-care-rules/ascof';
 *
 * const r = calculateAscofMeasure('2C', { numerator: 1547, denominator: 198400 }, { year: '2023-24' });
 * const c = compareToBenchmark(r, { england: '566.0', target: '600.0' });
 * // 779.7 admissions per 100,000 is worse than England's 566.0: for 2C lower is better.
 * c.england?.better; //=> false
 * c.rag; //=> 'red'
 * ```
 */
export function compareToBenchmark(result: BenchmarkSubject, benchmarks: Benchmarks, options?: LocalKpiOptions): BenchmarkComparison {
  const s = _parseArg(ENTRY, 'result', BenchmarkSubjectSchema, result);
  const b = _parseArg(ENTRY, 'benchmarks', BenchmarksSchema, benchmarks);
  const pack = _packFrom(ENTRY, options);
  const asOf = b.asOf ?? s.trace?.asOf;
  if (asOf === undefined) throw new RulesError(ENTRY, [_issue('invalid_type', ['benchmarks', 'asOf'], 'is required, unless the result carries a trace')]);
  const rule = resolve(pack, 'ragRule', asOf, { entry: ENTRY, datePath: b.asOf === undefined ? ['result', 'trace', 'asOf'] : ['benchmarks', 'asOf'] });
  const raw = s.value === null ? null : typeof s.value === 'string' ? s.value : s.value.value;
  const steps: TraceStep[] = [];
  const warnings = rule.warning ? [rule.warning] : [];
  const diff = (bench: z.output<typeof DecimalInputSchema> | undefined): BenchmarkDifference | null => {
    if (bench === undefined || raw === null) return null;
    const v = _dec(raw);
    const d = _dec(bench);
    // Subtraction of two decimals is exact; write it with the places of the more precise figure ("0.0", not "0").
    const places = Math.max(v.decimalPlaces(), d.decimalPlaces(), raw.includes('.') ? raw.split('.')[1]!.length : 0, typeof bench === 'string' && bench.includes('.') ? bench.split('.')[1]!.length : 0);
    return { benchmark: typeof bench === 'string' ? bench : d.toString(), difference: _round(v.minus(d), { places, mode: 'half-away-from-zero' }).value, better: isBetter(v, d, s.polarity) };
  };
  const england = diff(b.england);
  const region = diff(b.region);
  const target = diff(b.target);
  const label = { england: 'England', region: 'region', target: 'target' } as const;
  for (const [name, d] of [['England', england], ['region', region], ['target', target]] as const) {
    if (d !== null) steps.push(_step(`ascof.benchmark.${name.toLowerCase()}`, 'ASCOF benchmark comparison', 'applied', `Against the ${name} (${d.benchmark}): difference ${d.difference}; ${d.better === null ? 'no polarity' : d.better ? 'better' : 'not better'} (${s.polarity}).`));
  }

  let rank: BenchmarkComparison['rank'] = null;
  const peers = (b.comparators ?? []).filter((c) => c.value !== null).map((c) => _dec(c.value as string | number));
  if (raw !== null && peers.length > 0 && s.polarity !== 'no-polarity') {
    const v = _dec(raw);
    const position = 1 + peers.filter((p) => isBetter(p, v, s.polarity) === true).length;
    rank = { position, of: peers.length + 1 };
    steps.push(_step('ascof.benchmark.rank', 'ASCOF benchmark comparison', 'applied', `Rank ${position} of ${peers.length + 1} (1 = best, ${s.polarity}); ${(b.comparators ?? []).length - peers.length} comparator(s) without a value left out.`));
  }

  let rag: Rag | null = null;
  let ragBasis: BenchmarkComparison['ragBasis'] = null;
  const fallback = rule.value.fallback === 'none' ? undefined : rule.value.fallback;
  const reference = b.target !== undefined ? 'target' : fallback !== undefined && b[fallback] !== undefined ? fallback : undefined;
  if (raw === null) steps.push(_step('ascof.benchmark.rag', rule.citation, 'unknown', 'The value is suppressed or missing, so no RAG is given.'));
  else if (s.polarity === 'no-polarity') steps.push(_step('ascof.benchmark.rag', rule.citation, 'unknown', 'The measure has no polarity, so no RAG is given.'));
  else if (reference === undefined) steps.push(_step('ascof.benchmark.rag', rule.citation, 'unknown', 'No target and no fallback benchmark was given, so no RAG is given.'));
  else {
    const ref = _dec(b[reference] as string | number);
    const v = _dec(raw);
    const shortfall = s.polarity === 'higher-is-better' ? ref.minus(v) : v.minus(ref);
    const band = ref.abs().times(rule.value.amberBandPercent).div(100);
    rag = !shortfall.greaterThan(0) ? 'green' : shortfall.lessThanOrEqualTo(band) ? 'amber' : 'red';
    ragBasis = reference;
    steps.push(_step('ascof.benchmark.rag', rule.citation, rag === 'green' ? 'met' : 'not-met',
      rag === 'green' ? `${raw} is at or better than the ${label[reference]} ${ref.toString()} (${s.polarity}): green.`
        : `${raw} is worse than the ${label[reference]} ${ref.toString()} by ${shortfall.toString()}, ${rag === 'amber' ? 'within' : 'beyond'} the amber band of ${band.toString()} (${rule.value.amberBandPercent}%): ${rag}.`,
      [[`benchmarks.${reference}`, ref.toString()]], warnings));
  }
  return {
    value: raw, polarity: s.polarity, england, region, target, rank, rag, ragBasis, warnings,
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf, pack: packRef(pack), steps, used: [rule] }),
  };
}

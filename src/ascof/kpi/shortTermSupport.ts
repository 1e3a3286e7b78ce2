import * as z from 'zod';
import { RulesError, _issue, _parse } from '../../core/errors.js';
import { _D, _round } from '../../core/decimal.js';
import { IsoDateSchema } from '../../core/dates.js';
import { packRef, resolve, type RulePack } from '../../core/rulePack.js';
import { _makeTrace, _step } from '../../core/trace.js';
import { _packFrom } from '../internal.js';
import type { AscofSpec } from '../pack.js';
import type { LocalKpiResult } from './common.js';

/** The outcome of a short-term home support (reablement) episode, as councils record it. */
export const ShortTermOutcomeSchema = z.enum([
  'no-long-term-support',
  'reduced-long-term-support',
  'same-long-term-support',
  'increased-long-term-support',
  'new-long-term-support',
  'deceased',
  'admitted-to-hospital',
  'still-open',
]);

/** Input of `calculateShortTermSupportOutcome`: episodes ended in the period, counted by outcome. */
export const ShortTermSupportInputSchema = z.strictObject({
  /** The date the pack is resolved on (usually the period end). */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  asOf: IsoDateSchema.clone(),
  /** Episodes by outcome (whole numbers); outcomes not given count as zero. */
  outcomes: z.partialRecord(ShortTermOutcomeSchema, z.number().int().min(0)),
});

/** What a caller passes to `calculateShortTermSupportOutcome`. */
export type ShortTermSupportInput = z.input<typeof ShortTermSupportInputSchema>;

/** Options of the local KPI functions. */
export interface LocalKpiOptions {
  /** A pack extended from the default (the KPI choices are policy a council may change). */
  pack?: RulePack<AscofSpec> | undefined;
}

const ENTRY = 'calculateShortTermSupportOutcome';

/**
 * The Coventry KPI "% of people receiving short term home support who need no/reduced long term support"
 * (76.7% at the 2023/24 outturn). Which outcomes form the numerator and the denominator is pack policy.
 *
 * @param input - the as-of date and the episodes counted by outcome
 * @param options - an optional pack
 * @returns the percentage, rounded by the pack's KPI rule, with its counts and trace
 * @throws {@link adult-social-care-rules!RulesError} for malformed input
 *
 * @example
 * ```ts
 * import { calculateShortTermSupportOutcome } from 'adult-social-care-rules/ascof';
 *
 * const r = calculateShortTermSupportOutcome({
 *   asOf: '2024-03-31',
 *   outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52, deceased: 12 },
 * });
 * r.value?.value; //=> '76.7'
 * ```
 */
export function calculateShortTermSupportOutcome(input: ShortTermSupportInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse(ENTRY, ShortTermSupportInputSchema, input);
  const pack = _packFrom(ENTRY, options);
  const rule = resolve(pack, 'shortTermSupportOutcomes', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const rounding = resolve(pack, 'kpiRounding', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const count = (list: readonly string[]) => list.reduce((a, k) => a + ((i.outcomes as Record<string, number | undefined>)[k] ?? 0), 0);
  const num = count(rule.value.numerator);
  const den = count(rule.value.denominator);
  if (num > den) throw new RulesError(ENTRY, [_issue('inconsistent_input', ['outcomes'], 'the pack counts an outcome in the numerator that is not in the denominator')]);
  const all = Object.values(i.outcomes).reduce<number>((a, n) => a + (n ?? 0), 0);
  const value = den === 0 ? null : _round(new _D(num).div(den).times(100), rounding.value);
  const steps = [
    _step('ascof.kpi.shortTerm.numerator', rule.citation, 'applied', `${num} episode(s) ended with ${rule.value.numerator.join(' or ')}.`, [['outcomes', i.outcomes]], rule.warning ? [rule.warning] : undefined),
    _step('ascof.kpi.shortTerm.denominator', rule.citation, 'applied', `${den} episode(s) in the denominator; ${all - den} left out (${Object.keys(i.outcomes).filter((k) => !rule.value.denominator.includes(k)).join(', ') || 'none'}).`),
    den === 0
      ? _step('ascof.kpi.shortTerm.value', rounding.citation, 'unknown', 'No episode is in the denominator, so no percentage exists.')
      : _step('ascof.kpi.shortTerm.value', rounding.citation, 'applied', `${num} / ${den} × 100 = ${value?.value}%.`),
  ];
  return {
    kpi: 'short-term-support', title: '% of people receiving short term home support who need no/reduced long term support', unit: 'percentage', polarity: 'higher-is-better',
    value, numerator: String(num), denominator: String(den), breakdown: [], warnings: rule.warning ? [rule.warning] : [],
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: i.asOf, pack: packRef(pack), steps, used: [rule, rounding] }),
  };
}

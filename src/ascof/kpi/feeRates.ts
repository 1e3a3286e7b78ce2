import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../../core/errors.js';
import { DecimalStringSchema, _dec, _round } from '../../core/decimal.js';
import { IsoDateSchema } from '../../core/dates.js';
import { packRef, resolve } from '../../core/rulePack.js';
import { _makeTrace, _step } from '../../core/trace.js';
import { _packFrom } from '../internal.js';
import type { LocalKpiResult } from './common.js';
import type { LocalKpiOptions } from './shortTermSupport.js';

/** Input of `compareFeeRates`: the council's rate and the regional average for each service. Money is a decimal string in pounds. */
export const FeeRatesInputSchema = z.strictObject({
  /** The date the rates apply (resolves the pack). */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  asOf: IsoDateSchema.clone(),
  /** The region compared with, e.g. `"West Midlands"`. */
  region: z.string().min(1).max(100),
  /** One row per service and unit. */
  rates: z.array(z.strictObject({
    /** The service, e.g. `"Homecare"`. */
    service: z.string().min(1).max(100),
    /** The unit priced, e.g. `"hour"` or `"week"`. */
    unit: z.string().min(1).max(40),
    /** The council's rate in pounds, e.g. `"21.50"`. */
    council: DecimalStringSchema.clone(),
    /** The regional average in pounds. */
    regionalAverage: DecimalStringSchema.clone(),
  })).min(1).max(1000),
});

/** What a caller passes to `compareFeeRates`. */
export type FeeRatesInput = z.input<typeof FeeRatesInputSchema>;

const ENTRY = 'compareFeeRates';

/**
 * The Coventry KPI "Coventry fee rates compared to West Midlands average rates": for each service, the
 * difference in pounds (2 dp) and in percent of the regional average (1 dp), and whether the council pays
 * below, at or above the average. The headline is the number of services priced below the average.
 *
 * @param input - the date, the region and the rates (decimal strings in pounds)
 * @param options - an optional pack
 * @returns the comparison per service
 * @throws {@link adult-social-care-rules!RulesError} for malformed input, a negative rate or a zero regional average
 *
 * @example
 * ```ts
 * import { compareFeeRates } from 'adult-social-care-rules/ascof';
 *
 * const r = compareFeeRates({ asOf: '2025-04-01', region: 'West Midlands', rates: [
 *   { service: 'Homecare', unit: 'hour', council: '21.50', regionalAverage: '22.10' },
 * ] });
 * r.breakdown[0]?.figures.difference; //=> '-0.60'
 * r.breakdown[0]?.figures.percentDifference; //=> '-2.7'
 * ```
 */
export function compareFeeRates(input: FeeRatesInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse(ENTRY, FeeRatesInputSchema, input);
  const pack = _packFrom(ENTRY, options);
  const rounding = resolve(pack, 'kpiRounding', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const issues: RulesIssue[] = [];
  i.rates.forEach((r, n) => {
    if (_dec(r.council).isNegative()) issues.push(_issue('too_small', ['rates', n, 'council'], 'a fee rate cannot be negative'));
    if (!_dec(r.regionalAverage).greaterThan(0)) issues.push(_issue('too_small', ['rates', n, 'regionalAverage'], 'the regional average must be more than zero'));
  });
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const money = { places: 2, mode: 'half-away-from-zero' } as const;
  let below = 0;
  const breakdown = i.rates.map((r) => {
    const diff = _dec(r.council).minus(r.regionalAverage);
    const pct = diff.div(r.regionalAverage).times(100);
    const position = diff.isNegative() ? 'below' : diff.isZero() ? 'equal' : 'above';
    if (position === 'below') below += 1;
    return {
      group: `${r.service} (per ${r.unit})`,
      figures: { council: _round(_dec(r.council), money).value, regionalAverage: _round(_dec(r.regionalAverage), money).value, difference: _round(diff, money).value, percentDifference: _round(pct, rounding.value).value, position },
    };
  });
  const steps = breakdown.map((b) => _step('ascof.kpi.feeRates.compare', 'Coventry ASC commissioning strategy, "Coventry fee rates compared to West Midlands average rates"', 'applied',
    `${b.group}: £${b.figures.council} against the ${i.region} average £${b.figures.regionalAverage}, ${b.figures.position} by £${b.figures.difference.replace('-', '')} (${b.figures.percentDifference}%).`));
  return {
    kpi: 'fee-rates', title: `Fee rates compared to ${i.region} average rates`, unit: 'count', polarity: 'no-polarity',
    value: { value: String(below), rounding: { places: 0, mode: 'half-away-from-zero' } }, numerator: String(below), denominator: String(i.rates.length), breakdown, warnings: [],
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: i.asOf, pack: packRef(pack), steps, used: [rounding] }),
  };
}

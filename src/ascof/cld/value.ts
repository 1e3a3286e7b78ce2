// The one place where counts become a published figure: value = numerator / denominator × scale, rounded
// once with a named rule, then suppressed by the pack's rule. Kept small so it can later delegate to the
// ASCOF measure registry (calculateAscofMeasure) without touching the CLD rules.
import { _dec, _round, describeRounding, type RoundedDecimal, type RoundingRule } from '../../core/decimal.js';

/** How small counts are hidden (a pack value). */
export interface CldSuppressionRule {
  /** Counts and value are hidden when the denominator is positive and below this. */
  readonly minDenominator: number;
  /** What replaces a hidden figure, e.g. `"[c]"`. */
  readonly marker: string;
  /** The value shown when the denominator is zero, e.g. `"[x]"`. */
  readonly zeroDenominatorMarker: string;
}

/** A figure of one measure and disaggregation: exact counts, the rounded value and what is published. */
export interface CldFigure {
  /** The count of the numerator (exact, never rounded). */
  readonly numerator: number;
  /** The count (or population) of the denominator. */
  readonly denominator: number;
  /** numerator / denominator × scale, rounded; undefined when the denominator is 0. */
  readonly value: RoundedDecimal | undefined;
  /** 100 for a percentage, 100000 for a rate per 100,000. */
  readonly scale: 100 | 100000;
  /** True when the pack's suppression rule hides the figure in publication. */
  readonly suppressed: boolean;
  /** What a published table shows: the counts and the value as text, or the suppression marker. */
  readonly published: { readonly numerator: string; readonly denominator: string; readonly value: string };
  /** The rule, in words. */
  readonly rule: string;
}

/**
 * Builds a figure from counts.
 *
 * @param numerator - people or episodes counted in the numerator
 * @param denominator - people, episodes or population in the denominator
 * @param scale - 100 (percentage) or 100000 (rate per 100,000)
 * @param rounding - the rounding rule of the value
 * @param suppression - the suppression rule
 */
export function _figure(numerator: number, denominator: number, scale: 100 | 100000, rounding: RoundingRule, suppression: CldSuppressionRule): CldFigure {
  const value = denominator === 0 ? undefined : _round(_dec(numerator).div(denominator).times(scale), rounding);
  const suppressed = denominator > 0 && denominator < suppression.minDenominator;
  const unit = scale === 100 ? 'percentage' : 'rate per 100,000';
  const rule = `${unit} = numerator / denominator × ${scale}, ${describeRounding(rounding)}; suppressed when 0 < denominator < ${suppression.minDenominator}`;
  const published = suppressed
    ? { numerator: suppression.marker, denominator: suppression.marker, value: suppression.marker }
    : { numerator: String(numerator), denominator: String(denominator), value: value?.value ?? suppression.zeroDenominatorMarker };
  return { numerator, denominator, value, scale, suppressed, published, rule };
}

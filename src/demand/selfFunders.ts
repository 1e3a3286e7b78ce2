import * as z from 'zod';
import { _dec, _round, DecimalInputSchema, type DecimalInput, type RoundingRule, ROUNDING_MODES, type RoundingMode } from '../core/decimal.js';
import { RulesError, _parse, type RulesIssue } from '../core/errors.js';
import { _nonNegative, _share } from './checks.js';
import { _grossUp, _growth } from './model.js';

const RoundingSchema = z.strictObject({ places: z.int().min(0).max(6), mode: z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]) });

/** The arguments of {@link grossUpSelfFunders}, as one object (for forms and JSON Schema). */
export const GrossUpSelfFundersInputSchema = z.strictObject({
  laFunded: DecimalInputSchema.describe('People funded (or commissioned) by the local authority, 0 or more.'),
  selfFunderShare: DecimalInputSchema.describe('Self-funders as a share of the TOTAL, in [0, 1).'),
  rounding: RoundingSchema.optional().describe('Rounding of the published figures; whole people by default.'),
});

/** What {@link GrossUpSelfFundersInputSchema} accepts. */
export type GrossUpSelfFundersInput = z.input<typeof GrossUpSelfFundersInputSchema>;

/** Options of {@link grossUpSelfFunders}. */
export interface GrossUpSelfFundersOptions {
  /** Rounding of the published figures; whole people, half away from zero, by default. */
  rounding?: RoundingRule | undefined;
}

/** The result of {@link grossUpSelfFunders}. */
export interface SelfFunderGrossUp {
  /** LA-funded people, rounded. */
  readonly laFunded: string;
  /** Self-funders: total − LA-funded, so the three figures always add up. */
  readonly selfFunded: string;
  /** LA-funded ÷ (1 − share), rounded. */
  readonly total: string;
  /** The share used (of the total). */
  readonly share: string;
  /** The rounding applied. */
  readonly rounding: RoundingRule;
  /** One sentence on the method. */
  readonly because: string;
}

const WHOLE: RoundingRule = { places: 0, mode: 'half-away-from-zero' };

/**
 * Adds self-funders to a count of LA-funded people when the self-funder share is a share of the TOTAL
 * (the usual way it is published): total = LA-funded ÷ (1 − share), rounded; self-funded = total −
 * LA-funded. It is not LA-funded × share: with 19% and 10,868 LA-funded people that would give 2,065
 * self-funders, while the Leicestershire 2013 table, which uses 19% of the total, shows 2,549 and a total
 * of 13,417.
 *
 * @param laFunded - LA-funded people (0 or more)
 * @param selfFunderShare - self-funders as a share of the total, from 0 up to but not including 1
 * @param options - the rounding of the published figures
 * @returns LA-funded, self-funded and total figures that add up, with the rule used
 * @throws {@link adult-social-care-rules!RulesError} for a negative count or a share outside [0, 1)
 *
 * @example
 * ```ts
 * import { grossUpSelfFunders } from 'adult-social-care-rules/demand';
 *
 * const r = grossUpSelfFunders(10868, '0.19');
 * r.total; //=> '13417'
 * r.selfFunded; //=> '2549'
 * ```
 */
export function grossUpSelfFunders(laFunded: DecimalInput, selfFunderShare: DecimalInput, options?: GrossUpSelfFundersOptions): SelfFunderGrossUp {
  const input = _parse('grossUpSelfFunders', GrossUpSelfFundersInputSchema, { laFunded, selfFunderShare, ...(options?.rounding === undefined ? {} : { rounding: options.rounding }) });
  const issues: RulesIssue[] = [];
  const la = _nonNegative(input.laFunded, ['laFunded'], 'the LA-funded count', issues);
  const share = _share(input.selfFunderShare, ['selfFunderShare'], 'the self-funder share', issues);
  if (issues.length > 0) throw new RulesError('grossUpSelfFunders', issues);
  const rounding = input.rounding ?? WHOLE;
  const g = _grossUp(la, share, rounding);
  return {
    laFunded: _round(la, rounding).value,
    selfFunded: _round(g.selfFunded, rounding).value,
    total: _round(g.total, rounding).value,
    share: share.toString(),
    rounding,
    because: `Self-funders are ${share.times(100).toString()}% of the total, so the total is the LA-funded count divided by ${_dec(1).minus(share).toString()} and self-funders are the difference.`,
  };
}

/** The arguments of {@link growthBetween}. */
export const GrowthBetweenInputSchema = z.strictObject({
  from: DecimalInputSchema.describe('The earlier figure, 0 or more.'),
  to: DecimalInputSchema.describe('The later figure, 0 or more.'),
  rounding: RoundingSchema.optional(),
});

/** What {@link GrowthBetweenInputSchema} accepts. */
export type GrowthBetweenInput = z.input<typeof GrowthBetweenInputSchema>;

/** The result of {@link growthBetween}. */
export interface GrowthComparison {
  /** Growth: (to − from) ÷ from × 100; `null` when `from` is 0. */
  readonly growthPercent: string | null;
  /** The ratio from ÷ to × 100 (NOT growth; what some tables label "% Increase"); `null` when `to` is 0. */
  readonly fromOverToPercent: string | null;
  /** The rounding applied. */
  readonly rounding: RoundingRule;
}

/**
 * Growth between two figures, with the ratio that is often mistaken for it named separately. The
 * Leicestershire 2013 dementia table shows "% Increase 54.0%" for 8,483 (2012) and 15,697 (2030): that is
 * 8,483 ÷ 15,697; the growth is 85.0%.
 *
 * @param from - the earlier figure (0 or more)
 * @param to - the later figure (0 or more)
 * @param options - the rounding of the percentages (1 decimal place, half away from zero, by default)
 * @returns growth in percent and the from ÷ to ratio in percent
 * @throws {@link adult-social-care-rules!RulesError} for a negative or malformed figure
 *
 * @example
 * ```ts
 * import { growthBetween } from 'adult-social-care-rules/demand';
 *
 * growthBetween(8483, 15697).growthPercent; //=> '85.0'
 * growthBetween(8483, 15697).fromOverToPercent; //=> '54.0'
 * ```
 */
export function growthBetween(from: DecimalInput, to: DecimalInput, options?: { rounding?: RoundingRule | undefined }): GrowthComparison {
  const input = _parse('growthBetween', GrowthBetweenInputSchema, { from, to, ...(options?.rounding === undefined ? {} : { rounding: options.rounding }) });
  const issues: RulesIssue[] = [];
  const a = _nonNegative(input.from, ['from'], 'a figure', issues);
  const b = _nonNegative(input.to, ['to'], 'a figure', issues);
  if (issues.length > 0) throw new RulesError('growthBetween', issues);
  const rounding = input.rounding ?? { places: 1, mode: 'half-away-from-zero' };
  const g = _growth(a, b);
  return {
    growthPercent: g.growth === undefined ? null : _round(g.growth, rounding).value,
    fromOverToPercent: g.ratio === undefined ? null : _round(g.ratio, rounding).value,
    rounding,
  };
}


import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../../core/errors.js';
import { DecimalInputSchema, _D, _dec, _round } from '../../core/decimal.js';
import { IsoDateSchema } from '../../core/dates.js';
import { packRef, resolve } from '../../core/rulePack.js';
import { _makeTrace, _step } from '../../core/trace.js';
import { _packFrom } from '../internal.js';
import type { LocalKpiResult } from './common.js';
import type { LocalKpiOptions } from './shortTermSupport.js';

/** Input of `compareRepresentation`: each group's share of people supported and of the population (Census). */
export const RepresentationInputSchema = z.strictObject({
  /** The date the comparison is made (resolves the pack). */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  asOf: IsoDateSchema.clone(),
  /** The comparison population, e.g. `"Census 2021"`. */
  population: z.string().min(1).max(100),
  /** Every group, so that each column sums to 100 (add an "all other groups" row if needed). */
  groups: z.array(z.strictObject({
    /** The group, e.g. `"Asian/Asian British: Indian"`. */
    group: z.string().min(1).max(200),
    /** Share of people supported, in percent (e.g. `"5.9"`). */
    supportedShare: DecimalInputSchema.clone(),
    /** Share of the population, in percent (e.g. `"9.5"`). */
    populationShare: DecimalInputSchema.clone(),
  })).min(2).max(200),
});

/** What a caller passes to `compareRepresentation`. */
export type RepresentationInput = z.input<typeof RepresentationInputSchema>;

const ENTRY = 'compareRepresentation';

/**
 * The Coventry KPI "Diversity of service users in commissioned services against diversity in the community":
 * for each group, the representation ratio (share supported ÷ share of the population, 2 dp: 1.00 means
 * represented in proportion) and the gap in percentage points. Both columns must be shares of a whole that
 * sum to 100 within the pack's tolerance: figures that are not shares (the seed's £m "percentages" that sum
 * to 106.1) are refused.
 *
 * @param input - the date, the population label and every group's two shares
 * @param options - an optional pack (the tolerance is policy)
 * @returns the ratio and gap per group; the headline is the lowest ratio
 * @throws {@link adult-social-care-rules!RulesError} `shares_do_not_sum` when a column does not sum to 100, or for negative shares
 *
 * @example
 * ```ts
 * import { compareRepresentation } from 'adult-social-care-rules/ascof';
 *
 * const r = compareRepresentation({ asOf: '2024-03-31', population: 'Census 2021', groups: [
 *   { group: 'Black, Black British, Caribbean or African', supportedShare: '1.4', populationShare: '6.2' },
 *   { group: 'All other groups', supportedShare: '98.6', populationShare: '93.8' },
 * ] });
 * r.breakdown[0]?.figures.ratio; //=> '0.23'
 * ```
 */
export function compareRepresentation(input: RepresentationInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse(ENTRY, RepresentationInputSchema, input);
  const pack = _packFrom(ENTRY, options);
  const tolerance = resolve(pack, 'shareSumTolerance', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const issues: RulesIssue[] = [];
  i.groups.forEach((g, n) => {
    // `=== 0` is also true of the JSON number -0: zero, not a negative share (JSON Schema's minimum 0 takes it).
    if ((g.supportedShare !== 0 && _dec(g.supportedShare).isNegative()) || _dec(g.supportedShare).greaterThan(100)) issues.push(_issue('invalid_value', ['groups', n, 'supportedShare'], 'a share must be between 0 and 100 percent'));
    if ((g.populationShare !== 0 && _dec(g.populationShare).isNegative()) || _dec(g.populationShare).greaterThan(100)) issues.push(_issue('invalid_value', ['groups', n, 'populationShare'], 'a share must be between 0 and 100 percent'));
  });
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  for (const column of ['supportedShare', 'populationShare'] as const) {
    const sum = i.groups.reduce((a, g) => a.plus(_dec(g[column])), new _D(0));
    if (sum.minus(100).abs().greaterThan(tolerance.value)) {
      issues.push(_issue('shares_do_not_sum', ['groups', column], `the ${column} values sum to ${sum.toString()}, not 100 (±${tolerance.value}); they are not shares of one whole (${tolerance.citation})`));
    }
  }
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const ratioRule = { places: 2, mode: 'half-away-from-zero' } as const;
  let lowest: ReturnType<typeof _round> | null = null;
  const breakdown = i.groups.map((g) => {
    const pop = _dec(g.populationShare);
    const ratio = pop.isZero() ? null : _round(_dec(g.supportedShare).div(pop), ratioRule);
    if (ratio !== null && (lowest === null || _dec(ratio.value).lessThan(lowest.value))) lowest = ratio;
    return { group: g.group, figures: { supportedShare: _dec(g.supportedShare).toString(), populationShare: pop.toString(), ratio: ratio?.value ?? null, gapPoints: _dec(g.supportedShare).minus(pop).toString() } };
  });
  const steps = [
    _step('ascof.kpi.representation.sum', tolerance.citation, 'met', `Both columns sum to 100 within ±${tolerance.value} points, so they are shares of one whole.`),
    ...breakdown.map((b) => _step('ascof.kpi.representation.ratio', 'Coventry ASC commissioning strategy, "Diversity of service users in commissioned services against diversity in the community"', 'applied',
      `${b.group}: ${b.figures.supportedShare}% of people supported against ${b.figures.populationShare}% of the ${i.population} population, ratio ${b.figures.ratio ?? 'undefined (no one in the population group)'}.`)),
  ];
  return {
    kpi: 'representation', title: `Representation of groups among people supported against ${i.population}`, unit: 'ratio', polarity: 'no-polarity',
    value: lowest, numerator: null, denominator: null, breakdown, warnings: [],
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: i.asOf, pack: packRef(pack), steps, used: [tolerance] }),
  };
}

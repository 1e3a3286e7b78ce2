import * as z from 'zod';
import { _D, _round, DecimalInputSchema, type _Dec } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { _startOf, resolve } from '../core/rulePack.js';
import { _joinBands, _readBand } from './bands.js';
import { _nonNegative } from './checks.js';
import { _rateRow } from './model.js';
import { defaultDemandPack } from './pack.js';
import { AgeBandSchema, RateSetSchema, SexSchema, type RateSetInput, type Sex } from './schemas.js';

/** The reference population that weights the bands being joined (e.g. England 2013 for 90-94 and 95+). */
export const CollapseWeightsSchema = z.strictObject({
  source: z.string().trim().min(1).max(200).describe('Where the reference population comes from.'),
  population: z.array(z.strictObject({ sex: SexSchema, ageBand: AgeBandSchema, people: DecimalInputSchema.describe('People in the band in the reference population, 0 or more.') })).min(2),
  places: z.int().min(0).max(12).optional().describe('Decimal places of the joined rates, in the unit of the set (4 by default).'),
});

/** What {@link collapseAgeBands} accepts as weights. */
export type CollapseWeightsInput = z.input<typeof CollapseWeightsSchema>;

/** `collapseAgeBands(rates, weights)` as one object: the rate set and the reference population. */
export const CollapseAgeBandsInputSchema = z.strictObject({ rates: RateSetSchema, weights: CollapseWeightsSchema });

/** What {@link CollapseAgeBandsInputSchema} accepts. */
export type CollapseAgeBandsInput = z.input<typeof CollapseAgeBandsInputSchema>;

/** One band join that was made. */
export interface BandJoin {
  /** The group of the rates joined (`""` when none). */
  readonly group: string;
  /** The sex. */
  readonly sex: Sex;
  /** The new band. */
  readonly into: string;
  /** The bands joined. */
  readonly from: readonly string[];
}

/** The result of {@link collapseAgeBands}: a rate set with the joined band in place of its parts. */
export interface CollapsedRateSet {
  /** The new rate set (same kind, unit and base year), ready for {@link projectDemand}. */
  readonly rates: RateSetInput & { readonly rates: readonly { group?: string; sex: Sex; ageBand: string; rate: string; lower?: string; upper?: string }[] };
  /** The joins made. */
  readonly joined: readonly BandJoin[];
  /** How the joined rates and intervals were computed. */
  readonly method: string;
}

/**
 * Joins contiguous age bands of a rate set into one, weighting each band's rate by a reference population
 * (the POPPI rule for dementia at 90+: rates for 90-94 and 95+ are applied to the England 2013
 * population, and the sum is expressed as a percentage of the 90+ population). The bands to join are those
 * listed in `weights`; they must be contiguous, and the new label runs from the first to the last
 * (`"90-94"` + `"95+"` → `"90+"`). Interval ends are joined the same way, which treats the bands' errors as
 * perfectly correlated (a wider, cautious interval).
 *
 * @param rates - a rate set (see {@link RateSetSchema})
 * @param weights - the reference population of each band to join, by sex, and its source
 * @returns the new rate set and the joins made
 * @throws {@link adult-social-care-rules!RulesError} when bands are not contiguous, a rate for a weighted band is missing, a
 *   weight is negative, a sex's weights sum to 0, or weights are given for a sex the rate set does not have (e.g.
 *   `persons` weights for rates by sex)
 *
 * @example
 * ```ts
 * import { collapseAgeBands } from 'adult-social-care-rules/demand';
 *
 * const joined = collapseAgeBands(
 *   { kind: 'rates', name: 'Example', source: 'Example', baseYear: 2013, unit: 'percent',
 *     rates: [{ sex: 'female', ageBand: '90-94', rate: 30 }, { sex: 'female', ageBand: '95+', rate: 40 }] },
 *   { source: 'Reference population', population: [
 *     { sex: 'female', ageBand: '90-94', people: 3000 }, { sex: 'female', ageBand: '95+', people: 1000 }] },
 * );
 * joined.rates.rates[0]; //=> { sex: 'female', ageBand: '90+', rate: '32.5000' }
 * ```
 */
export function collapseAgeBands(rates: RateSetInput, weights: CollapseWeightsInput): CollapsedRateSet {
  const set = _parse('collapseAgeBands', CollapseAgeBandsInputSchema, { rates, weights });
  const issues: RulesIssue[] = [];
  // The rate set is the one projectDemand takes, so each rate is checked as it would check it (a rate of 0 or
  // more, no more than 100% of its cell, an adult age band in order, both interval ends or neither): a rate
  // set that projectDemand refuses is not joined into one that hides the fault. The adult age is law (Care Act
  // 2014 s.2(8)), the same in every pack.
  const adultAge = resolve(defaultDemandPack, 'adultMinimumAge', _startOf(defaultDemandPack)!.validFrom).value as number;
  set.rates.rates.forEach((r, i) => _rateRow(r, ['rates', 'rates', i], set.rates.unit, adultAge, issues));
  const places = set.weights.places ?? 4;
  const rule = { places, mode: 'half-away-from-zero' } as const;
  const bySex = new Map<Sex, Map<string, _Dec>>();
  set.weights.population.forEach((w, i) => {
    const m = bySex.get(w.sex) ?? new Map<string, _Dec>();
    if (m.has(w.ageBand)) issues.push(_issue('duplicate', ['weights', 'population', i], `two weights for ${w.sex} ${w.ageBand}`));
    m.set(w.ageBand, _nonNegative(w.people, ['weights', 'population', i, 'people'], 'a weight', issues));
    bySex.set(w.sex, m);
  });
  const out: { group?: string; sex: Sex; ageBand: string; rate: string; lower?: string; upper?: string }[] = [];
  const joined: BandJoin[] = [];
  const groups = [...new Set(set.rates.rates.map((r) => `${r.group ?? ''}\u0000${r.sex}`))];
  for (const gs of groups) {
    const [group, sexText] = gs.split('\u0000') as [string, Sex];
    const sex = sexText;
    const rows = set.rates.rates.filter((r) => (r.group ?? '') === group && r.sex === sex);
    const w = bySex.get(sex);
    if (w === undefined) {
      for (const r of rows) out.push({ ...(group ? { group } : {}), sex, ageBand: r.ageBand, rate: String(r.rate), ...(r.lower === undefined ? {} : { lower: String(r.lower), upper: String(r.upper) }) });
      continue;
    }
    const bands = [...w.keys()];
    const into = _joinBands(bands);
    if (into === undefined) {
      issues.push(_issue('not_contiguous', ['weights', 'population'], `the ${sex} bands to join are not contiguous`));
      continue;
    }
    const parts = bands.map((b) => rows.find((r) => r.ageBand === b));
    if (parts.some((p) => p === undefined)) {
      issues.push(_issue('missing_rate', ['rates', 'rates'], `a ${sex} band listed in the weights has no rate${group ? ` for ${group}` : ''}`));
      continue;
    }
    const total = bands.reduce((s, b) => s.plus(w.get(b)!), new _D(0));
    if (total.isZero()) {
      issues.push(_issue('zero_weight', ['weights', 'population'], `the ${sex} weights sum to 0`));
      continue;
    }
    const avg = (pick: (r: (typeof rows)[number]) => string | number | undefined): _Dec | undefined => {
      let acc = new _D(0);
      for (const [i, b] of bands.entries()) {
        const v = pick(parts[i]!);
        if (v === undefined) return undefined;
        acc = acc.plus(new _D(v).times(w.get(b)!));
      }
      return acc.div(total);
    };
    const rate = avg((r) => r.rate)!;
    const lower = avg((r) => r.lower);
    const upper = avg((r) => r.upper);
    const mine: (typeof out)[number][] = [];
    for (const r of rows) {
      if (bands.includes(r.ageBand)) continue;
      mine.push({ ...(group ? { group } : {}), sex, ageBand: r.ageBand, rate: String(r.rate), ...(r.lower === undefined ? {} : { lower: String(r.lower), upper: String(r.upper) }) });
    }
    mine.push({
      ...(group ? { group } : {}),
      sex,
      ageBand: into,
      rate: _round(rate, rule).value,
      ...(lower !== undefined && upper !== undefined ? { lower: _round(lower, rule).value, upper: _round(upper, rule).value } : {}),
    });
    out.push(...mine.sort((a, b) => _readBand(a.ageBand).from - _readBand(b.ageBand).from));
    joined.push({ group, sex, into, from: bands });
  }
  const rateSexes = new Set(set.rates.rates.map((r) => r.sex));
  for (const sex of bySex.keys()) {
    if (!rateSexes.has(sex)) issues.push(_issue('missing_rate', ['weights', 'population'], `the weights are for ${sex} but the rate set has no ${sex} rates, so they would join nothing`));
  }
  if (issues.length > 0) throw new RulesError('collapseAgeBands', issues);
  const r = set.rates;
  return {
    rates: { ...r, source: `${r.source}; bands joined weighting by ${set.weights.source}`, rates: out },
    joined,
    method: `Each joined rate is the population-weighted mean of its bands' rates (weights: ${set.weights.source}), rounded half away from zero to ${places} decimal places in the set's unit; interval ends are joined the same way.`,
  };
}


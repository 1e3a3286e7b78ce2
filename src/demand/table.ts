import { _D, _round, DecimalStringSchema, ROUNDING_MODES, type _Dec } from '../core/decimal.js';
import { _parse } from '../core/errors.js';
import * as z from 'zod';
import { _readBand } from './bands.js';
import type { DemandProjection } from './projectDemand.js';
import type { Sex } from './schemas.js';

/** One row of a POPPI-style table: a measure, a sex and an age band (or a total), with one figure per year. */
export interface WideRow {
  /** What is projected. */
  readonly measure: string;
  /** The sex, or `"all"` on a total row. */
  readonly sex: Sex | 'all';
  /** The age band, or `"total"` on a total row. */
  readonly ageBand: string;
  /** One figure per year, in the order of the projection's years: people (rounded) and share of the population. */
  readonly values: readonly { readonly year: number; readonly people: string; readonly sharePercent: string | null }[];
}

// the rule _round takes: 0 to 20 places (as roundDecimal checks) and a known mode
const RoundingShape = z.looseObject({ places: z.int().min(0).max(20), mode: z.enum(ROUNDING_MODES) });

const ProjectionShape = z.looseObject({
  kind: z.literal('demand-projection'),
  measure: z.string(),
  years: z.array(z.int()),
  cells: z.array(z.looseObject({ year: z.int(), area: z.string(), sex: z.string(), ageBand: z.string(), population: DecimalStringSchema, people: z.looseObject({ exact: DecimalStringSchema }) })),
  totals: z.array(z.looseObject({ year: z.int(), people: z.looseObject({ rounded: z.string() }), sharePercent: z.string().nullable() })),
  rounding: z.looseObject({ counts: RoundingShape, percentages: RoundingShape }),
});

/**
 * A projection as POPPI lays it out: one row per sex and age band (summed over areas and groups), one
 * column per year, then a total row. Each figure is the exact sum rounded once by the projection's rule;
 * the share is people ÷ population of the row × 100 (each cell's population counted once, whatever the
 * number of groups), rounded by the percentage rule.
 *
 * @param projection - a result of {@link projectDemand}
 * @returns the rows, band rows sorted by sex (male, female, persons) then age
 * @throws {@link adult-social-care-rules!RulesError} when `projection` is not a projection result
 *
 * @example
 * ```ts
 * import { projectDemand, wideTable, CFAS_II_DEMENTIA_RATES } from 'adult-social-care-rules/demand';
 *
 * const p = projectDemand({
 *   asOf: '2026-11-23', measure: 'Women 90+ with dementia',
 *   population: [{ area: 'E10000018', year: 2030, sex: 'female', ageBand: '90+', people: 2000 }],
 *   rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'female' && r.ageBand === '90+') },
 * });
 * wideTable(p)[0]?.values[0]; //=> { year: 2030, people: '700', sharePercent: '35.0' }
 * ```
 */
export function wideTable(projection: DemandProjection): WideRow[] {
  _parse('wideTable', ProjectionShape, projection);
  const counts = projection.rounding.counts;
  const pct = projection.rounding.percentages;
  const zero = new _D(0);
  const acc = new Map<string, { sex: Sex; ageBand: string; byYear: Map<number, { people: _Dec; pop: _Dec; seen: Set<string> }> }>();
  for (const c of projection.cells) {
    const k = `${c.sex}\u0000${c.ageBand}`;
    const row = acc.get(k) ?? { sex: c.sex, ageBand: c.ageBand, byYear: new Map() };
    const y = row.byYear.get(c.year) ?? { people: zero, pop: zero, seen: new Set<string>() };
    y.people = y.people.plus(c.people.exact);
    if (!y.seen.has(c.area)) {
      y.seen.add(c.area);
      y.pop = y.pop.plus(c.population);
    }
    row.byYear.set(c.year, y);
    acc.set(k, row);
  }
  const sexOrder: Record<string, number> = { male: 0, female: 1, persons: 2 };
  const rows: WideRow[] = [...acc.values()]
    .sort((a, b) => (sexOrder[a.sex] ?? 3) - (sexOrder[b.sex] ?? 3) || _readBand(a.ageBand).from - _readBand(b.ageBand).from)
    .map((r) => ({
      measure: projection.measure,
      sex: r.sex,
      ageBand: r.ageBand,
      values: projection.years.map((year) => {
        const y = r.byYear.get(year);
        const people = y?.people ?? zero;
        const pop = y?.pop ?? zero;
        return { year, people: _round(people, counts).value, sharePercent: pop.isZero() ? null : _round(people.div(pop).times(100), pct).value };
      }),
    }));
  rows.push({
    measure: projection.measure,
    sex: 'all',
    ageBand: 'total',
    values: projection.totals.map((t) => ({ year: t.year, people: t.people.rounded, sharePercent: t.sharePercent })),
  });
  return rows;
}

import * as z from 'zod';
import { _D, type _Dec } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { _readBand, type _Band } from './bands.js';
import { _nonNegative } from './checks.js';
import { AgeBandSchema, PopulationRowSchema, SexSchema, type PopulationRowInput, type Sex } from './schemas.js';

const key = (...parts: (string | number)[]): string => parts.join('\u0000');

interface Row {
  readonly band: _Band;
  readonly label: string;
  readonly people: _Dec;
}

/** Whether band `inner` lies wholly inside band `outer`. */
function within(inner: _Band, outer: _Band): boolean {
  if (inner.from < outer.from) return false;
  if (outer.to === undefined) return true;
  return inner.to !== undefined && inner.to <= outer.to;
}

/**
 * A population table indexed for look-up by area, year, sex and any age band: a band not in the table is
 * summed from the rows that tile it exactly (single years or 5-year bands up to the rate's band), and
 * `persons` is male + female when the table has no persons row. This is the reverse of collapsing rates:
 * rates cannot be split, but populations can always be added up.
 */
export interface _PopulationIndex {
  /** The people of a cell, or `undefined` when the table cannot give it; `from` lists the rows summed. */
  get(area: string, year: number, sex: Sex, band: string): { people: _Dec; from: readonly string[] } | undefined;
}

/** Builds the index; rows are assumed validated (non-negative, no duplicates: the caller checks). */
export function _indexPopulation(rows: readonly { area: string; year: number; sex: Sex; ageBand: string; people: _Dec }[]): _PopulationIndex {
  const exact = new Map<string, _Dec>();
  const bySex = new Map<string, Row[]>();
  for (const r of rows) {
    exact.set(key(r.area, r.year, r.sex, r.ageBand), r.people);
    const k = key(r.area, r.year, r.sex);
    const list = bySex.get(k) ?? [];
    list.push({ band: _readBand(r.ageBand), label: r.ageBand, people: r.people });
    bySex.set(k, list);
  }
  for (const list of bySex.values()) list.sort((a, b) => a.band.from - b.band.from || (b.band.to ?? Infinity) - (a.band.to ?? Infinity));

  /** Sums rows of one sex that tile `target` exactly, widest row first at each step. */
  const tile = (area: string, year: number, sex: Sex, label: string): { people: _Dec; from: string[] } | undefined => {
    const hit = exact.get(key(area, year, sex, label));
    if (hit !== undefined) return { people: hit, from: [label] };
    const target = _readBand(label);
    const list = (bySex.get(key(area, year, sex)) ?? []).filter((r) => within(r.band, target));
    let cursor = target.from;
    let sum = new _D(0);
    const from: string[] = [];
    for (;;) {
      const next = list.find((r) => r.band.from === cursor);
      if (next === undefined) return undefined;
      sum = sum.plus(next.people);
      from.push(next.label);
      if (next.band.to === undefined) return target.to === undefined ? { people: sum, from } : undefined;
      if (next.band.to === target.to) return { people: sum, from };
      cursor = next.band.to + 1;
    }
  };
  return {
    get(area, year, sex, band) {
      const own = tile(area, year, sex, band);
      if (own !== undefined || sex !== 'persons') return own;
      const m = tile(area, year, 'male', band);
      const f = tile(area, year, 'female', band);
      if (m === undefined || f === undefined) return undefined;
      return { people: m.people.plus(f.people), from: [...m.from.map((b) => `male ${b}`), ...f.from.map((b) => `female ${b}`)] };
    },
  };
}

/** The options of {@link aggregatePopulation}. */
export const AggregatePopulationOptionsSchema = z.strictObject({
  bands: z.array(AgeBandSchema).min(1).describe('The age bands wanted, e.g. ["65-74", "75-84", "85+"] (the bands of the rates).'),
  sexes: z.array(SexSchema).min(1).optional().describe('The sexes wanted; default: those of the table. "persons" is male + female when the table has no persons rows.'),
});

/** What {@link aggregatePopulation} accepts as options. */
export type AggregatePopulationOptions = z.input<typeof AggregatePopulationOptionsSchema>;

/** `aggregatePopulation(population, options)` as one object: the rows and the bands wanted. */
export const AggregatePopulationInputSchema = z.strictObject({ population: z.array(PopulationRowSchema).min(1), options: AggregatePopulationOptionsSchema });

/** What {@link AggregatePopulationInputSchema} accepts. */
export type AggregatePopulationInput = z.input<typeof AggregatePopulationInputSchema>;

/** One row of an aggregated population, with the rows it was summed from. */
export interface AggregatedPopulationRow {
  /** The area. */
  readonly area: string;
  /** The year. */
  readonly year: number;
  /** The sex. */
  readonly sex: Sex;
  /** The wanted band. */
  readonly ageBand: string;
  /** The sum, exact, as a decimal string. */
  readonly people: string;
  /** The bands of the input summed (prefixed by sex when persons were made from male + female). */
  readonly from: readonly string[];
}

/**
 * Sums a population table up to the age bands (and sexes) a rate set uses: the reverse of
 * {@link collapseAgeBands}. Single years of age or 5-year bands are added up to any band they tile exactly
 * (`"65"` … `"74"` → `"65-74"`; `"85-89"` + `"90+"` → `"85+"`); `persons` is male + female when the table
 * has no persons rows. Exact decimal sums: no rounding. {@link projectDemand} does the same by itself, so a
 * population by single year of age can be given to it directly; this function is for inspecting or saving
 * the banded table.
 *
 * @param population - population rows (area, year, sex, band, people)
 * @param options - the wanted bands and, optionally, sexes
 * @returns one row per area, year, wanted sex and wanted band, with the bands summed
 * @throws {@link adult-social-care-rules!RulesError} for malformed rows, a negative or repeated row, or a wanted band that the
 *   table's rows do not tile exactly (a gap, or rows that straddle the band's edge) in some area, year and sex
 *
 * @example
 * ```ts
 * import { aggregatePopulation } from 'adult-social-care-rules/demand';
 *
 * const rows = aggregatePopulation(
 *   [
 *     { area: 'E10000018', year: 2030, sex: 'female', ageBand: '85-89', people: 9000 },
 *     { area: 'E10000018', year: 2030, sex: 'female', ageBand: '90+', people: 5000 },
 *   ],
 *   { bands: ['85+'] },
 * );
 * rows[0]?.people; //=> '14000'
 * ```
 */
export function aggregatePopulation(population: readonly PopulationRowInput[], options: AggregatePopulationOptions): AggregatedPopulationRow[] {
  const input = _parse('aggregatePopulation', AggregatePopulationInputSchema, { population, options });
  const issues: RulesIssue[] = [];
  const seen = new Set<string>();
  const rows = input.population.map((r, i) => {
    const k = key(r.area, r.year, r.sex, r.ageBand);
    if (seen.has(k)) issues.push(_issue('duplicate', ['population', i], `two rows for ${r.area} ${r.year} ${r.sex} ${r.ageBand}`));
    seen.add(k);
    return { area: r.area, year: r.year, sex: r.sex, ageBand: r.ageBand, people: _nonNegative(r.people, ['population', i, 'people'], 'a population', issues) };
  });
  if (issues.length > 0) throw new RulesError('aggregatePopulation', issues);
  const index = _indexPopulation(rows);
  const cells = [...new Map(rows.map((r) => [key(r.area, r.year), { area: r.area, year: r.year }])).values()];
  const sexes = input.options.sexes ?? [...new Set(rows.map((r) => r.sex))];
  const out: AggregatedPopulationRow[] = [];
  for (const { area, year } of cells) {
    for (const sex of sexes) {
      for (const band of input.options.bands) {
        const got = index.get(area, year, sex, band);
        if (got === undefined) {
          issues.push(_issue('missing_population', ['options', 'bands'], `the ${area} ${year} ${sex} rows do not add up to the band ${band} (a gap, or a row that straddles its edge)`));
          continue;
        }
        out.push({ area, year, sex, ageBand: band, people: got.people.toString(), from: got.from });
      }
    }
  }
  if (issues.length > 0) throw new RulesError('aggregatePopulation', [...new Map(issues.map((i) => [i.message, i])).values()]);
  return out;
}

/**
 * Readers for the files an analyst downloads, turned into the plain rows the areas' schemas accept. Kept
 * apart from the areas so that `adult-social-care-rules/demand` stays free of a CSV parser: this entry uses
 * `csv-parse` (its synchronous API), the areas only zod, decimal.js and date-fns. It keeps csv-parse, not the
 * faster uDSV the CLI streams client-level data with, because a reader must refuse a malformed file: uDSV reads an
 * unclosed quote as an empty row and folds a surplus cell into the last column, where csv-parse throws.
 *
 * Layouts read (each seen in published files, cited at {@link readOnsPopulationCsv}):
 * - the ONS subnational population projection (SNPP) CSV, wide by year: `AREA_CODE, AREA_NAME, COMPONENT,
 *   SEX, AGE_GROUP, 2022, 2023, …`, with `SEX` persons / males / females and `AGE_GROUP` single years
 *   `"0"` … `"89"`, `"90 and over"` and `"All ages"` (or 5-year bands);
 * - the NOMIS API CSV, long: `GEOGRAPHY_CODE, GEOGRAPHY_NAME, GENDER` or `GENDER_NAME`, `C_AGE_NAME`
 *   (`"Age 65"`, `"Aged 65 - 69"`, `"Aged 90+"`), `PROJECTED_YEAR_NAME` or `DATE_NAME` or `DATE`,
 *   `OBS_VALUE`, with `MEASURES_NAME` (only `"Value"` rows are kept).
 *
 * @module readers
 */
import { parse } from 'csv-parse/sync';
import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import type { PopulationRowInput, Sex } from '../demand/schemas.js';

/** The options of {@link readOnsPopulationCsv}. */
export const ReadPopulationOptionsSchema = z.strictObject({
  fromAge: z.int().min(0).max(130).optional().describe('Drop ages (and bands) that end below this age, e.g. 65 for a POPPI table; default: keep every age.'),
  years: z
    .strictObject({ from: z.int().min(1900).max(2200), to: z.int().min(1900).max(2200) })
    .optional()
    .describe('Keep only these years (inclusive).'),
  areas: z.array(z.string().trim().min(1)).min(1).optional().describe('Keep only these areas, by code or by name.'),
  area: z.enum(['code', 'name']).optional().describe('What goes in each row\'s `area`: the ONS code (default) or the name.'),
});

/** What {@link readOnsPopulationCsv} accepts as options. */
export type ReadPopulationOptions = z.input<typeof ReadPopulationOptionsSchema>;

/** The result of {@link readOnsPopulationCsv}. */
export interface PopulationCsv {
  /** The layout recognised from the header. */
  readonly layout: 'ons-snpp-wide' | 'nomis-long';
  /** One row per area, year, sex and age, ready for `projectDemand`'s `population`. */
  readonly rows: PopulationRowInput[];
  /** The areas met, code and name, in order of appearance (ready for `projectDemand`'s `areas`). */
  readonly areas: { readonly code: string; readonly name?: string }[];
  /** The years met, ascending. */
  readonly years: readonly number[];
  /** Rows of the file not turned into population rows, and why (totals such as "All ages", other components). */
  readonly skipped: { readonly reason: string; readonly count: number }[];
}

/**
 * The sex codes met in ONS and NOMIS files and survey extracts: 1/2 (NOMIS `GENDER`, ONS microdata),
 * M/F, male/female, males/females; 0, persons, total and all for both sexes together.
 */
const SEX_CODES: Record<string, Sex> = {
  '0': 'persons',
  '1': 'male',
  '2': 'female',
  m: 'male',
  f: 'female',
  p: 'persons',
  male: 'male',
  males: 'male',
  female: 'female',
  females: 'female',
  persons: 'persons',
  person: 'persons',
  'all persons': 'persons',
  total: 'persons',
  all: 'persons',
};

/**
 * Reads a sex code of the ONS and NOMIS files (1/2, M/F, male(s)/female(s), 0/persons/total), or `undefined`.
 *
 * @param text - the code as written in the file
 * @returns the sex, or `undefined` for a code the reader does not know
 *
 * @example
 * ```ts
 * import { readSexCode } from 'adult-social-care-rules/readers';
 *
 * readSexCode('2'); //=> 'female'
 * ```
 */
export function readSexCode(text: string): Sex | undefined {
  _parse('readSexCode', z.string({ error: 'must be the text of a sex code' }), text);
  return SEX_CODES[text.trim().toLowerCase()];
}

/**
 * Reads an age label of the ONS and NOMIS files into a band label the demand schemas accept:
 * `"67"`, `"Age 67"` → `"67"`; `"90 and over"`, `"Aged 90+"`, `"90+"` → `"90+"`; `"65-69"`, `"Aged 65 - 69"`,
 * `"65 to 69"` → `"65-69"`. Totals (`"All ages"`, `"Total"`) give `null`; anything else `undefined`.
 *
 * @param text - the label as written in the file
 * @returns the band label, `null` for a total, or `undefined` for a label the reader does not know
 *
 * @example
 * ```ts
 * import { readAgeLabel } from 'adult-social-care-rules/readers';
 *
 * readAgeLabel('90 and over'); //=> '90+'
 * ```
 */
export function readAgeLabel(text: string): string | null | undefined {
  _parse('readAgeLabel', z.string({ error: 'must be the text of an age label' }), text);
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (t === 'all ages' || t === 'total' || t === 'all' || t === 'aged 16+' || t === 'all persons') return null;
  const s = t.replace(/^aged? /, '').replace(/ years?$/, '');
  let m = /^(\d{1,3})$/.exec(s);
  if (m) return String(Number(m[1]));
  m = /^(\d{1,3}) ?(?:\+|and over|& over|or over|plus)$/.exec(s);
  if (m) return `${Number(m[1])}+`;
  m = /^(\d{1,3}) ?(?:-|to|–) ?(\d{1,3})$/.exec(s);
  if (m) return `${Number(m[1])}-${Number(m[2])}`;
  return undefined;
}

const NUMBER = /^\d+(\.\d+)?$/;

/** The last age of a band label (undefined when open-ended). */
function bandEnd(label: string): number | undefined {
  if (label.endsWith('+')) return undefined;
  const parts = label.split('-');
  return Number(parts[parts.length - 1]);
}

/**
 * Reads a population CSV as ONS and NOMIS publish it into population rows for `projectDemand`: the ONS
 * subnational population projection files (wide: one column per year) and the NOMIS API CSV (long: one
 * row per observation). Sex codes 1/2, M/F, male(s)/female(s) and persons/total are read; single years of
 * age and 5-year bands both pass through (`projectDemand` sums them up to the bands of the rates, and
 * `aggregatePopulation` does it on its own). Totals ("All ages") are skipped and counted; people stay the
 * decimal strings of the file (SNPP figures have three decimals), never floats.
 *
 * Layouts, as published: ONS "2022 SNPP Population persons.csv" / "males" / "females" (Population projections
 * for local authorities by single year of age and sex, England, 2022-based, ONS 24 June 2025; the header
 * `"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2022",…,"2047"` and rows such as
 * `E06000047,County Durham,Population,persons,0,4642.000,…`, as mirrored in MastodonC/witan.population
 * resources/2022snpppopulationsyoa); the 2018-based SNPP files have the same columns (ending `"90 and over"`
 * and `"All ages"`, read by MastodonC/witan.population src/witan/population/england/snpp_2018.clj). The NOMIS
 * API CSV columns `GEOGRAPHY_CODE`, `GEOGRAPHY_NAME`, `GENDER_NAME`, `C_AGE_NAME` ("Age 65", "Aged 90+"),
 * `PROJECTED_YEAR_NAME`, `OBS_VALUE` are those of dataset NM_2006_1 (SNPP) and NM_2002_1 (mid-year
 * estimates), as used by published council scripts. The 5-year-band labels ("65-69", "Aged 65 - 69",
 * "90+") follow the same files' conventions; a label the reader does not know is refused with its line.
 *
 * @param text - the CSV text (a leading byte-order mark is allowed)
 * @param options - ages, years and areas to keep, and whether `area` is the code or the name
 * @returns the rows, the areas and years met, and what was skipped
 * @throws {@link adult-social-care-rules!RulesError} for a header that is neither layout, an unknown sex code or age label,
 *   a count that is not a number of 0 or more, or a file with no rows left
 *
 * @example
 * ```ts
 * import { readOnsPopulationCsv } from 'adult-social-care-rules/readers';
 *
 * const csv = [
 *   '"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2024","2025"',
 *   'E07000129,Blaby,Population,females,90 and over,1000.000,1040.500',
 *   'E07000129,Blaby,Population,females,All ages,52000.000,52400.000',
 * ].join('\n');
 * const { rows } = readOnsPopulationCsv(csv, { fromAge: 65 });
 * rows[1]; //=> { area: 'E07000129', year: 2025, sex: 'female', ageBand: '90+', people: '1040.500' }
 * ```
 */
export function readOnsPopulationCsv(text: string, options?: ReadPopulationOptions): PopulationCsv {
  const input = _parse('readOnsPopulationCsv', z.strictObject({ text: z.string().min(1), options: ReadPopulationOptionsSchema.optional() }), { text, ...(options === undefined ? {} : { options }) });
  const opts = input.options ?? {};
  let records: string[][];
  try {
    records = parse(input.text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true }) as string[][];
  } catch (e) {
    throw new RulesError('readOnsPopulationCsv', [_issue('invalid_csv', ['text'], `the CSV cannot be read: ${(e as Error).message.split('\n')[0] ?? 'malformed'}`)]);
  }
  const header = (records[0] ?? []).map((h) => h.trim().toUpperCase());
  const col = (...names: string[]): number => header.findIndex((h) => names.includes(h));
  const issues: RulesIssue[] = [];
  const rows: PopulationRowInput[] = [];
  const areas = new Map<string, string | undefined>();
  const years = new Set<number>();
  const skipped = new Map<string, number>();
  const skip = (reason: string): void => void skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const keepArea = (code: string, name: string | undefined): boolean => opts.areas === undefined || opts.areas.includes(code) || (name !== undefined && opts.areas.includes(name));
  const keepYear = (y: number): boolean => opts.years === undefined || (y >= opts.years.from && y <= opts.years.to);
  const keepAge = (band: string): boolean => {
    if (opts.fromAge === undefined) return true;
    const end = bandEnd(band);
    return end === undefined || end >= opts.fromAge;
  };
  /** Adds one observation, or an issue naming the line and column. */
  const add = (line: number, code: string, name: string | undefined, sexText: string, ageText: string, year: number, value: string, valueColumn: string): void => {
    const sex = readSexCode(sexText);
    if (sex === undefined) {
      issues.push(_issue('invalid_value', ['csv', line, 'SEX'], 'must be a sex code: 1/2, M/F, male(s)/female(s) or persons/total'));
      return;
    }
    const band = readAgeLabel(ageText);
    if (band === undefined) {
      issues.push(_issue('invalid_value', ['csv', line, 'AGE'], 'must be an age label: a single year ("67", "Age 67"), a band ("65-69", "Aged 65 - 69") or an open band ("90 and over", "Aged 90+")'));
      return;
    }
    if (band === null) return skip('total over all ages');
    if (!keepArea(code, name) || !keepYear(year)) return skip('area or year not asked for');
    if (!keepAge(band)) return skip(`ages below ${opts.fromAge}`);
    if (!NUMBER.test(value)) {
      issues.push(_issue('invalid_value', ['csv', line, valueColumn], 'must be a count of people: a number of 0 or more'));
      return;
    }
    if (!areas.has(code)) areas.set(code, name);
    years.add(year);
    rows.push({ area: opts.area === 'name' && name !== undefined ? name : code, year, sex, ageBand: band, people: value });
  };

  let layout: PopulationCsv['layout'];
  const yearCols = header.map((h, i) => (/^\d{4}$/.test(h) ? i : -1)).filter((i) => i >= 0);
  const ageCol = col('AGE_GROUP', 'AGE');
  const sexCol = col('SEX', 'GENDER');
  if (col('AREA_CODE') >= 0 && ageCol >= 0 && sexCol >= 0 && yearCols.length > 0) {
    layout = 'ons-snpp-wide';
    const codeCol = col('AREA_CODE');
    const nameCol = col('AREA_NAME');
    const compCol = col('COMPONENT');
    records.slice(1).forEach((r, i) => {
      const line = i + 2;
      if (compCol >= 0 && (r[compCol] ?? '').toLowerCase() !== 'population') return skip('component other than Population');
      for (const c of yearCols) add(line, r[codeCol] ?? '', nameCol >= 0 ? r[nameCol] : undefined, r[sexCol] ?? '', r[ageCol] ?? '', Number(header[c]), r[c] ?? '', header[c]!);
    });
  } else if (col('GEOGRAPHY_CODE') >= 0 && col('OBS_VALUE') >= 0 && col('C_AGE_NAME') >= 0) {
    layout = 'nomis-long';
    const codeCol = col('GEOGRAPHY_CODE');
    const nameCol = col('GEOGRAPHY_NAME');
    const genderCol = col('GENDER_NAME') >= 0 ? col('GENDER_NAME') : col('GENDER');
    const cAge = col('C_AGE_NAME');
    const yearCol = [col('PROJECTED_YEAR_NAME'), col('DATE_NAME'), col('DATE'), col('PROJECTED_YEAR')].find((c) => c >= 0) ?? -1;
    const valueCol = col('OBS_VALUE');
    const measuresCol = col('MEASURES_NAME');
    if (genderCol < 0 || yearCol < 0) {
      throw new RulesError('readOnsPopulationCsv', [_issue('invalid_csv', ['text'], 'a NOMIS CSV needs GENDER or GENDER_NAME and a year column (PROJECTED_YEAR_NAME, DATE_NAME or DATE)')]);
    }
    records.slice(1).forEach((r, i) => {
      const line = i + 2;
      if (measuresCol >= 0 && (r[measuresCol] ?? '').toLowerCase() !== 'value') return skip('measure other than Value (e.g. Percent)');
      const yearText = (r[yearCol] ?? '').slice(0, 4);
      if (!/^\d{4}$/.test(yearText)) {
        issues.push(_issue('invalid_value', ['csv', line, header[yearCol]!], 'must be a year'));
        return;
      }
      add(line, r[codeCol] ?? '', nameCol >= 0 ? r[nameCol] : undefined, r[genderCol] ?? '', r[cAge] ?? '', Number(yearText), r[valueCol] ?? '', 'OBS_VALUE');
    });
  } else {
    throw new RulesError('readOnsPopulationCsv', [
      _issue('invalid_csv', ['text'], 'the header is neither the ONS SNPP layout (AREA_CODE, AREA_NAME, COMPONENT, SEX, AGE_GROUP and one column per year) nor the NOMIS layout (GEOGRAPHY_CODE, GENDER or GENDER_NAME, C_AGE_NAME, a year column, OBS_VALUE)'),
    ]);
  }
  if (issues.length > 0) {
    // One issue per kind of problem, at its first line, with the number of lines it affects.
    const first = new Map<string, { issue: RulesIssue; count: number }>();
    for (const i of issues) {
      const k = `${String(i.path[2])}\u0000${i.message}`;
      const e = first.get(k);
      if (e) e.count += 1;
      else first.set(k, { issue: i, count: 1 });
    }
    throw new RulesError('readOnsPopulationCsv', [...first.values()].map(({ issue, count }) => (count === 1 ? issue : { ...issue, message: `${issue.message} (and ${count - 1} more lines like it)` })));
  }
  if (rows.length === 0) throw new RulesError('readOnsPopulationCsv', [_issue('too_small', ['text'], 'no population rows are left after the options\' filters')]);
  return {
    layout,
    rows,
    areas: [...areas].map(([code, name]) => (name === undefined || name === '' ? { code } : { code, name })),
    years: [...years].sort((a, b) => a - b),
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
  };
}

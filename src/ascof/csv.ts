import * as z from 'zod';
import { RulesError, _parse } from '../core/errors.js';
import { GeographySchema, type Geography } from './schemas.js';

/** One row of the official ASCOF CSV layout (gov.uk 2024-25 "how to use the CSV file"). */
export interface AscofCsvRow {
  /** Geographical code. */
  readonly geographyCode: string;
  /** Geographical description, e.g. `"Coventry"`. */
  readonly geographyDescription: string;
  /** Geographical level, e.g. `"Local authority"`, `"Regional"`, `"Council type"`, `"England"`. */
  readonly geographyLevel: string;
  /** ONS code. */
  readonly onsCode: string;
  /** ASCOF measure code (or a local KPI id). */
  readonly measureCode: string;
  /** Disaggregation level, e.g. `"Total"`, `"18 to 64"`, `"65 and over"`, `"Female"`. */
  readonly disaggregation: string;
  /** Measure type: `Numerator`, `Denominator`, `Outcome`, `Base`, `Margin of error`. */
  readonly measureType: string;
  /** Measure value: a decimal string or a marker such as `[c]` or `[x]`. */
  readonly value: string;
}

/** The header of the official layout, in order. */
export const ASCOF_CSV_HEADER = ['Geographical code', 'Geographical description', 'Geographical level', 'ONS code', 'ASCOF measure code', 'Disaggregation level', 'Measure type', 'Measure value'] as const;

/**
 * Quotes one CSV field (RFC 4180): a field holding a comma, a double quote, a carriage return or a line feed,
 * or with a space at either end, is wrapped in double quotes and its quotes doubled; any other field is
 * written as it is.
 *
 * @param field - the text of the field
 * @returns the field as it goes in the file
 *
 * @example
 * ```ts
 * import { csvField } from 'adult-social-care-rules/ascof';
 *
 * csvField('Bristol, City of'); //=> '"Bristol, City of"'
 * csvField('say "hi"'); //=> '"say ""hi"""'
 * csvField('566.0'); //=> '566.0'
 * ```
 */
export function csvField(field: string): string {
  if (typeof field !== 'string' && typeof field !== 'number' && typeof field !== 'bigint' && typeof field !== 'boolean') {
    throw new RulesError('csvField', [{ code: 'invalid_type', path: [], message: 'must be the text of a field' }]);
  }
  const text = String(field);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const RowsSchema = z.array(z.strictObject({
  geographyCode: z.string(), geographyDescription: z.string(), geographyLevel: z.string(), onsCode: z.string(),
  measureCode: z.string(), disaggregation: z.string(), measureType: z.string(), value: z.string(),
}));

/**
 * Writes rows in the official ASCOF CSV layout: the header, then one line per row, lines ending CRLF as
 * RFC 4180 says.
 *
 * @param rows - the rows
 * @returns the CSV text
 * @throws {@link adult-social-care-rules!RulesError} when a row is malformed
 *
 * @example
 * ```ts
 * import { formatAscofCsv } from 'adult-social-care-rules/ascof';
 *
 * formatAscofCsv([{ geographyCode: 'E08000026', geographyDescription: 'Coventry', geographyLevel: 'local authority', onsCode: 'E08000026',
 *   measureCode: '2C', disaggregation: 'Total', measureType: 'Outcome', value: '566.0' }]).split('\r\n')[1];
 * //=> 'E08000026,Coventry,Local authority,E08000026,2C,Total,Outcome,566.0'
 * ```
 */
export function formatAscofCsv(rows: readonly AscofCsvRow[]): string {
  const list = _parse('formatAscofCsv', RowsSchema, rows);
  const lines = [ASCOF_CSV_HEADER.map(csvField).join(',')];
  for (const r of list) {
    lines.push([r.geographyCode, r.geographyDescription, r.geographyLevel, r.onsCode, r.measureCode, r.disaggregation, r.measureType, r.value].map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The figures of one published measure, as `toAscofCsvRows` reads them. */
export interface CsvMeasureFigures {
  /** The measure code (or KPI id). */
  readonly code: string;
  /** The disaggregation (default `"Total"`). */
  readonly disaggregation?: string | undefined;
  /** Survey base (respondents), when published. */
  readonly base?: string | number | undefined;
  /** The numerator as published (value or marker). */
  readonly numerator?: string | undefined;
  /** The denominator as published. */
  readonly denominator?: string | undefined;
  /** The outcome as published. */
  readonly outcome: string;
  /** The margin of error, when weighted. */
  readonly marginOfError?: string | undefined;
}

// Not strict: callers spread a result's `published` figures next to extra fields such as `code`.
const FiguresSchema = z.object({
  code: z.string().min(1), disaggregation: z.string().optional(), base: z.union([z.string(), z.number()]).optional(),
  numerator: z.string().optional(), denominator: z.string().optional(), outcome: z.string(), marginOfError: z.string().optional(),
});

/**
 * Turns one measure's published figures into rows of the official layout (Base, Numerator, Denominator,
 * Outcome, Margin of error, in that order, each only when given).
 *
 * @param geography - the place the figures are for
 * @param figures - the measure's published figures (e.g. `result.published` plus its code)
 * @returns the rows
 * @throws {@link adult-social-care-rules!RulesError} when the geography is malformed
 *
 * @example
 * ```ts
 * import { calculateAscofMeasure, toAscofCsvRows } from 'adult-social-care-rules/ascof';
 *
 * const r = calculateAscofMeasure('2C', { numerator: 1123, denominator: 198400 }, { year: '2023-24' });
 * toAscofCsvRows({ code: 'E08000026', description: 'Coventry' }, { code: r.code, ...r.published }).length; //=> 3
 * ```
 */
export function toAscofCsvRows(geography: Geography, figures: CsvMeasureFigures): AscofCsvRow[] {
  const g = _parse('toAscofCsvRows', GeographySchema, geography);
  const f = _parse('toAscofCsvRows', FiguresSchema, figures);
  const row = (measureType: string, value: string): AscofCsvRow => ({
    geographyCode: g.code, geographyDescription: g.description ?? '', geographyLevel: g.level ?? 'Local authority', onsCode: g.onsCode ?? g.code,
    measureCode: f.code, disaggregation: f.disaggregation ?? 'Total', measureType, value,
  });
  const rows: AscofCsvRow[] = [];
  if (f.base !== undefined) rows.push(row('Base', String(f.base)));
  if (f.numerator !== undefined) rows.push(row('Numerator', f.numerator));
  if (f.denominator !== undefined) rows.push(row('Denominator', f.denominator));
  rows.push(row('Outcome', f.outcome));
  if (f.marginOfError !== undefined) rows.push(row('Margin of error', f.marginOfError));
  return rows;
}

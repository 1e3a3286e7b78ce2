import * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';

/** The first calendar year of the first ASCOF reporting year this library covers (2014-15). */
export const _FIRST_YEAR = 2014;

/**
 * An ASCOF reporting year, written as the financial year `YYYY-YY` (e.g. `"2024-25"`, 1 April 2024 to
 * 31 March 2025). The second part must be the year after the first. The first year this library knows
 * is 2014-15, when the old four-domain framework was last substantively revised.
 */
export const AscofYearSchema = z
  .string()
  .regex(/^20\d{2}-\d{2}$/, { error: 'must be an ASCOF year written YYYY-YY, e.g. "2024-25"' })
  .refine((y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5, 7)), { error: 'must be consecutive years, e.g. "2024-25"' })
  .refine((y) => Number(y.slice(0, 4)) >= _FIRST_YEAR, { error: 'must be 2014-15 or later (earlier ASCOF years are not covered)' })
  .describe('ASCOF reporting year, e.g. "2024-25".');

/** An ASCOF reporting year written `YYYY-YY`; see {@link AscofYearSchema}. */
export type AscofYear = string;

/**
 * The three framework versions the registry holds.
 *
 * - `ascof-2014`: the old four-domain framework, 2014-15 to 2022-23 (SALT, ASCS, SACE, HES, ONS).
 * - `ascof-2023`: the refreshed six-objective framework in its first year, 2023-24 (still SALT-based).
 * - `ascof-2024`: the refreshed framework from 2024-25 onward (client-level data replaces SALT).
 */
export type AscofFramework = 'ascof-2014' | 'ascof-2023' | 'ascof-2024';

/** The first day of a reporting year: 1 April of its first calendar year. */
export function _yearStart(year: AscofYear): IsoDate {
  return `${year.slice(0, 4)}-04-01`;
}

/** The framework version in force for a (validated) year. */
export function _frameworkOf(year: AscofYear): AscofFramework {
  const start = Number(year.slice(0, 4));
  if (start <= 2022) return 'ascof-2014';
  if (start === 2023) return 'ascof-2023';
  return 'ascof-2024';
}

/**
 * Every year {@link AscofYearSchema} accepts, as one regular expression: `20dd-dd` with consecutive years from
 * 2014-15 to 2099-00 (the schema's own pattern allows no other century). The JSON Schema carries it, since
 * "the second part is the year after the first" compares two parts of one string, which a plain pattern
 * like the schema's cannot say but an alternation of the 86 years can.
 */
export function _yearPattern(): string {
  const years: string[] = [];
  for (let y = _FIRST_YEAR; y <= 2099; y += 1) years.push(`${y}-${String((y + 1) % 100).padStart(2, '0')}`);
  return `^(?:${years.join('|')})$`;
}

/** Compares two years written `YYYY-YY` (they sort as strings). */
export function _yearCompare(a: AscofYear, b: AscofYear): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks a year and throws a RulesError naming `entry` and `path` when it is malformed. */
export function _checkYear(entry: string, year: unknown, path: (string | number)[]): AscofYear {
  const r = AscofYearSchema.safeParse(year);
  if (!r.success) throw new RulesError(entry, [_issue('invalid_format', path, r.error.issues[0]?.message ?? 'must be an ASCOF year')]);
  return r.data;
}

/** The ASCOF reporting year (1 April to 31 March) that contains a (validated) ISO date. */
export function _yearOf(date: IsoDate): AscofYear {
  const y = Number(date.slice(0, 4));
  const first = Number(date.slice(5, 7)) >= 4 ? y : y - 1;
  return `${first}-${String((first + 1) % 100).padStart(2, '0')}`;
}

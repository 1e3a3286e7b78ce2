import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, format, isWeekend } from 'date-fns';
import * as z from 'zod';
import { RulesError, _issue, _parse } from './errors.js';
import { IsoDateSchema, type IsoDate, _addDays, _dayNumber, _daysBetween } from './calendar.js';

// The calendar-date schema and day arithmetic live in calendar.ts, which imports no date library, so that a
// bundle that needs only them (an eligibility page) leaves date-fns and @date-fns/tz out.
export { IsoDateSchema, type IsoDate, _addDays, _dayNumber, _daysBetween } from './calendar.js';

/** The time zone of every clock-hour deadline: England's civil time, GMT in winter and BST in summer. */
export const LONDON = 'Europe/London';

/**
 * A moment in time written in ISO 8601: either with an offset (`2026-03-28T09:15:00Z`,
 * `2026-03-28T09:15:00+00:00`) or as a Europe/London wall-clock time with no offset (`2026-03-28T09:15`).
 * A wall-clock time that does not exist (the hour skipped in March) or occurs twice (the hour repeated in
 * October) is refused by the functions that read it, never guessed.
 */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true, local: true, error: 'must be an ISO date-time, e.g. 2026-03-28T09:15:00Z' });

/** A moment in time written in ISO 8601; see {@link IsoDateTimeSchema}. */
export type IsoDateTime = string;

const HOUR = 3_600_000;

/** The most clock hours {@link addClockHours} adds: 1,000,000 hours, about 114 years (any deadline is far shorter). */
const MAX_CLOCK_HOURS = 1_000_000;
/** The last instant an ISO date-time of four-digit years can write: 9999-12-31T23:59:59.999Z. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** The most working days {@link addWorkingDays} adds: 10,000, about 38 years (any statutory deadline is far shorter). */
const MAX_WORKING_DAYS = 10_000;

// The calling function's name for errors: only a string is used, so a malformed option cannot break the error.
function entryOf(options: unknown, fallback: string): string {
  const entry = typeof options === 'object' && options !== null ? (options as { entry?: unknown }).entry : undefined;
  return typeof entry === 'string' ? entry : fallback;
}

function londonFormat(ms: number): string {
  return format(new TZDate(ms, LONDON), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** Parses a validated ISO date into a UTC-midnight TZDate, where date-fns day arithmetic is exact. */
export function _utcDate(date: IsoDate): TZDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new TZDate(y, m - 1, d, 'UTC');
}

/** Writes a TZDate's calendar date as `YYYY-MM-DD`. */
export function _isoDate(date: Date): IsoDate {
  return format(date, 'yyyy-MM-dd');
}


/**
 * Reads an ISO date-time as an instant (milliseconds since the epoch). Times with no offset are read as
 * Europe/London wall-clock time and refused when that time is skipped or repeated by a clock change.
 */
export function _instant(value: IsoDateTime, path: readonly (string | number)[], entry: string): number {
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) return Date.parse(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/.exec(value);
  if (!m) throw new RulesError(entry, [_issue('invalid_format', path, 'must be an ISO date-time')]);
  const [, y, mo, d, h, mi, s, frac] = m;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((frac ?? '0').padEnd(3, '0')));
  // London is UTC+0 or UTC+1: try both offsets and keep those that read back as the same wall time.
  const candidates = [0, 60].map((offsetMin) => wall - offsetMin * 60_000).filter((ms) => tzOffset(LONDON, new Date(ms)) * 60_000 === wall - ms);
  if (candidates.length === 1) return candidates[0] as number;
  if (candidates.length === 0) {
    throw new RulesError(entry, [_issue('nonexistent_local_time', path, 'this Europe/London time does not exist (the clocks went forward); give the time with an offset')]);
  }
  throw new RulesError(entry, [_issue('ambiguous_local_time', path, 'this Europe/London time happens twice (the clocks went back); give the time with an offset, +01:00 or +00:00')]);
}

/**
 * Options of {@link addClockHours}.
 */
export interface AddClockHoursOptions {
  /** Name of the calling function, used in error messages. */
  entry?: string | undefined;
}

/**
 * The instant a number of clock hours after a moment, written in Europe/London time with its offset.
 *
 * "Within 24 hours" is elapsed time: exactly 24 × 3,600 seconds, whatever the clocks do. Across the change to
 * BST the local reading moves on by 25 hours (09:00 Saturday → 10:00 Sunday); across the change back, by 23.
 *
 * @param from - when the clock starts (ISO date-time; a time without an offset is London wall-clock time)
 * @param hours - whole or fractional hours, from 0 to 1,000,000 (about 114 years)
 * @returns the deadline, e.g. `"2026-03-29T10:00:00+01:00"`
 * @throws {@link RulesError} for a malformed, skipped or repeated wall-clock time, negative hours, more than
 *   1,000,000 hours, or a deadline after the year 9999 (path `hours`)
 *
 * @example
 * ```ts
 * import { addClockHours } from 'adult-social-care-rules';
 *
 * addClockHours('2026-03-28T09:00:00Z', 24); //=> '2026-03-29T10:00:00+01:00'
 * ```
 */
export function addClockHours(from: IsoDateTime, hours: number, options?: AddClockHoursOptions): IsoDateTime {
  const entry = entryOf(options, 'addClockHours');
  const at = _parse(entry, IsoDateTimeSchema, from);
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0) throw new RulesError(entry, [_issue('too_small', ['hours'], 'must be a number of hours of 0 or more')]);
  if (hours > MAX_CLOCK_HOURS) throw new RulesError(entry, [_issue('too_big', ['hours'], `must be at most ${MAX_CLOCK_HOURS.toLocaleString('en-GB')} hours`)]);
  const due = _instant(at, ['from'], entry) + hours * HOUR;
  if (due > LAST_INSTANT) throw new RulesError(entry, [_issue('too_big', ['hours'], 'the deadline would fall after the year 9999')]);
  return londonFormat(due);
}

/**
 * Writes an instant in Europe/London time with its offset, e.g. `"2026-10-25T01:30:00+00:00"`.
 *
 * @param at - an ISO date-time (a time without an offset is London wall-clock time)
 * @returns the same instant in London time
 * @throws {@link RulesError} for a malformed, skipped or repeated wall-clock time
 *
 * @example
 * ```ts
 * import { toLondonTime } from 'adult-social-care-rules';
 *
 * toLondonTime('2026-07-01T12:00:00Z'); //=> '2026-07-01T13:00:00+01:00'
 * ```
 */
export function toLondonTime(at: IsoDateTime): IsoDateTime {
  const value = _parse('toLondonTime', IsoDateTimeSchema, at);
  return londonFormat(_instant(value, ['at'], 'toLondonTime'));
}

/**
 * The Europe/London calendar date of an instant (what a diary in England shows for that moment).
 *
 * @param at - an ISO date-time
 * @returns the London date, `YYYY-MM-DD`
 * @throws {@link RulesError} for a malformed, skipped or repeated wall-clock time
 *
 * @example
 * ```ts
 * import { londonDateOf } from 'adult-social-care-rules';
 *
 * londonDateOf('2026-06-30T23:30:00Z'); //=> '2026-07-01'
 * ```
 */
export function londonDateOf(at: IsoDateTime): IsoDate {
  const value = _parse('londonDateOf', IsoDateTimeSchema, at);
  return _isoDate(new TZDate(_instant(value, ['at'], 'londonDateOf'), LONDON));
}

/** Options of {@link addWorkingDays}. */
export interface AddWorkingDaysOptions {
  /**
   * The bank holidays to skip, as ISO dates. The library ships none: England's bank holidays are set by
   * proclamation year by year, so the caller supplies the list it trusts (e.g. from GOV.UK).
   */
  bankHolidays: readonly IsoDate[];
  /** Name of the calling function, used in error messages. */
  entry?: string | undefined;
}

const WorkingDaysSchema = z.strictObject({
  from: IsoDateSchema,
  days: z
    .number()
    .int({ error: 'must be a whole number of working days' })
    .min(0, { error: 'must be 0 or more working days' })
    .max(MAX_WORKING_DAYS, { error: `must be at most ${MAX_WORKING_DAYS.toLocaleString('en-GB')} working days` }),
  bankHolidays: z.array(IsoDateSchema),
});

/**
 * The date a number of working days after a date. Working days are Monday to Friday less the bank holidays
 * given. The start date itself is never counted: 1 working day after a Friday is the Monday.
 *
 * @param from - the start date (e.g. when a concern was received)
 * @param days - working days to add, a whole number from 0 to 10,000 (0 returns `from`)
 * @param options - the bank holidays to skip (required: the library ships none; pass `[]` to skip weekends only)
 * @returns the deadline date
 * @throws {@link RulesError} for a malformed date, a negative, fractional or too large count (more than
 *   10,000), missing options (path `options`), or a missing or malformed holiday list
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'adult-social-care-rules';
 *
 * // Friday 18 December 2026 + 5 working days, skipping Christmas Day and Boxing Day (substitute, 28th)
 * addWorkingDays('2026-12-18', 5, { bankHolidays: ['2026-12-25', '2026-12-28'] }); //=> '2026-12-29'
 * ```
 */
export function addWorkingDays(from: IsoDate, days: number, options: AddWorkingDaysOptions): IsoDate {
  const entry = entryOf(options, 'addWorkingDays');
  if (typeof options !== 'object' || options === null) {
    // Not "no bank holidays": the library ships none, so an absent list would silently move deadlines.
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'must be { bankHolidays: [...] }: the library ships no bank holidays, so give the list you trust (or [] to skip weekends only)')]);
  }
  const input = _parse(entry, WorkingDaysSchema, { from, days, bankHolidays: options.bankHolidays });
  const holidays = new Set(input.bankHolidays);
  let date = _utcDate(input.from);
  let left = input.days;
  while (left > 0) {
    date = addDays(date, 1);
    if (!isWeekend(date) && !holidays.has(_isoDate(date))) left -= 1;
  }
  return _isoDate(date);
}

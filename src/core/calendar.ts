// Calendar dates (`YYYY-MM-DD`) and whole-day arithmetic, with no date library: a calendar date has no time
// zone, so plain UTC day numbers are exact. dates.ts re-exports all of it beside its time-zone functions.
import * as z from 'zod';

/**
 * A calendar date written `YYYY-MM-DD` (ISO 8601), checked to exist (no 30 February).
 */
export const IsoDateSchema = z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' });

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = string;

// A calendar date has no time zone, so day arithmetic on validated ISO dates uses plain UTC day numbers:
// exact, and far cheaper than a time-zone lookup per call (the risk benchmark runs 1.5 million reviews).
// test/core/dates.test.ts checks these against date-fns.
const DAY = 86_400_000;

/** Days since 1970-01-01 of a validated `YYYY-MM-DD` date (proleptic Gregorian, years 0000 to 9999). */
export function _dayNumber(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  // Date.UTC reads years 0-99 as 1900-1999: such a date is read 400 years on, where the calendar repeats
  // (146,097 days a cycle), and brought back.
  const cycles = y < 100 ? 1 : 0;
  return Date.UTC(y + 400 * cycles, Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY - 146_097 * cycles;
}

/** Adds whole calendar days to a validated ISO date (negative days go back). */
export function _addDays(date: IsoDate, days: number): IsoDate {
  return new Date((_dayNumber(date) + days) * DAY).toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function _daysBetween(from: IsoDate, to: IsoDate): number {
  return _dayNumber(to) - _dayNumber(from);
}

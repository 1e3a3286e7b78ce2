import type { IsoDate } from '../core/dates.js';

// Calendar-day arithmetic on validated ISO dates with plain UTC epoch days. The core helpers (`_addDays`,
// `_daysBetween`) go through TZDate, which costs a time-zone lookup per call; the risk area does this for
// every evidence item of every weekly review (1.5 million reviews in the benchmark), and a calendar date has
// no time zone, so UTC day numbers give the same answers far faster.
const DAY = 86_400_000;

/** Days since 1970-01-01 of a validated `YYYY-MM-DD` date. */
export function _dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function _daysFrom(from: IsoDate, to: IsoDate): number {
  return _dayNumber(to) - _dayNumber(from);
}

/** The date a number of calendar days after `date` (negative goes back). */
export function _plusDays(date: IsoDate, days: number): IsoDate {
  return new Date((_dayNumber(date) + days) * DAY).toISOString().slice(0, 10);
}

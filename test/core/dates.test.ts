import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import { _addDays, _dayNumber, _daysBetween, _instant } from '../../src/core/dates.js';
import { _replayDayNumber } from '../../src/risk/replayRiskHistory.js';
import { addClockHours, addWorkingDays, isRulesError, londonDateOf, toLondonTime } from '../../src/index.js';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (isRulesError(error)) return error.issues[0]?.code;
    throw error;
  }
  return undefined;
}

describe('addClockHours (Europe/London)', () => {
  // Clock changes in 2026: forward at 01:00 GMT on Sunday 29 March, back at 01:00 GMT on Sunday 25 October.
  it('24 hours across the spring change reads 25 hours later on the wall clock', () => {
    expect(addClockHours('2026-03-28T09:00:00Z', 24)).toBe('2026-03-29T10:00:00+01:00');
    expect(addClockHours('2026-03-28T09:00', 24)).toBe('2026-03-29T10:00:00+01:00');
  });

  it('24 hours across the autumn change reads 23 hours later on the wall clock', () => {
    expect(addClockHours('2026-10-24T09:00', 24)).toBe('2026-10-25T08:00:00+00:00');
  });

  it('72 hours from a summer time carries the BST offset', () => {
    expect(addClockHours('2026-07-01T16:30:00+01:00', 72)).toBe('2026-07-04T16:30:00+01:00');
  });

  it('refuses a wall-clock time skipped in spring and one repeated in autumn', () => {
    expect(code(() => addClockHours('2026-03-29T01:30', 24))).toBe('nonexistent_local_time');
    expect(code(() => addClockHours('2026-10-25T01:30', 24))).toBe('ambiguous_local_time');
    // With an offset, the repeated hour is unambiguous.
    expect(addClockHours('2026-10-25T01:30:00+01:00', 1)).toBe('2026-10-25T01:30:00+00:00');
  });

  it('refuses negative hours and malformed times', () => {
    expect(code(() => addClockHours('2026-01-01T00:00:00Z', -1))).toBe('too_small');
    expect(code(() => addClockHours('2026-13-01T00:00Z', 1))).toBe('invalid_format');
    expect(code(() => addClockHours(42 as never, 1))).toBe('invalid_type');
  });

  it('property: the deadline is exactly hours × 3,600 s after the start, whatever the clocks do', () => {
    const start = Date.UTC(2020, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 365 * 24 * 60 }), fc.integer({ min: 0, max: 24 * 30 }), (minutes, hours) => {
        const from = new Date(start + minutes * 60_000).toISOString();
        const due = addClockHours(from, hours);
        expect(Date.parse(due) - Date.parse(from)).toBe(hours * 3_600_000);
        expect(Date.parse(due)).toBeGreaterThanOrEqual(Date.parse(from));
      }),
    );
  });

  it('property: a London wall-clock time reads back as itself (round trip), or is refused at a clock change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 * 365 * 24 * 4 }), (quarterHours) => {
        const wall = new Date(Date.UTC(2020, 0, 1) + quarterHours * 900_000).toISOString().slice(0, 16);
        try {
          const ms = _instant(wall, ['t'], 't');
          expect(toLondonTime(new Date(ms).toISOString()).slice(0, 16)).toBe(wall);
        } catch (error) {
          if (!isRulesError(error)) throw error;
          // Only the hour after 01:00 on a clock-change Sunday may be refused.
          expect(wall.slice(11, 13)).toBe('01');
        }
      }),
    );
  });
});

describe('londonDateOf and toLondonTime', () => {
  it('gives the London date of late UTC evenings in summer', () => {
    expect(londonDateOf('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(londonDateOf('2026-12-31T23:30:00Z')).toBe('2026-12-31');
    expect(toLondonTime('2026-01-15T12:00:00Z')).toBe('2026-01-15T12:00:00+00:00');
  });
});

describe('addWorkingDays', () => {
  it('skips weekends and the bank holidays given (England and Wales 2026 Christmas)', () => {
    expect(addWorkingDays('2026-12-18', 5, { bankHolidays: ['2026-12-25', '2026-12-28'] })).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-18', 5, { bankHolidays: [] })).toBe('2026-12-25');
  });

  it('counts from the day after: 1 working day after a Friday is the Monday; 0 days is the same day', () => {
    expect(addWorkingDays('2026-11-20', 1, { bankHolidays: [] })).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 0, { bankHolidays: [] })).toBe('2026-11-21');
  });

  it('refuses fractional or negative days and malformed holidays', () => {
    expect(code(() => addWorkingDays('2026-11-20', 1.5, { bankHolidays: [] }))).toBe('invalid_type');
    expect(code(() => addWorkingDays('2026-11-20', -1, { bankHolidays: [] }))).toBe('too_small');
    expect(code(() => addWorkingDays('2026-11-20', 1, { bankHolidays: ['25/12/2026'] }))).toBe('invalid_format');
  });

  it('property: the deadline is a weekday, not a holiday, and exactly n working days away', () => {
    const holidayArb = fc.uniqueArray(fc.integer({ min: 0, max: 200 }), { maxLength: 15 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000 }), fc.integer({ min: 1, max: 60 }), holidayArb, (startDay, n, offsets) => {
        const iso = (d: number) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
        const from = iso(startDay);
        const bankHolidays = offsets.map((o) => iso(startDay + o));
        const due = addWorkingDays(from, n, { bankHolidays });
        const weekday = new Date(`${due}T00:00:00Z`).getUTCDay();
        expect(weekday).not.toBe(0);
        expect(weekday).not.toBe(6);
        expect(bankHolidays).not.toContain(due);
        // Count working days strictly after `from` up to and including `due`, independently.
        let count = 0;
        for (let d = 1; d <= _daysBetween(from, due); d += 1) {
          const day = iso(startDay + d);
          const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
          if (wd !== 0 && wd !== 6 && !bankHolidays.includes(day)) count += 1;
        }
        expect(count).toBe(n);
      }),
    );
  });
});

describe('calendar-day arithmetic (_addDays, _daysBetween)', () => {
  it('property: agrees with date-fns on UTC dates, and the two are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 60_000 }), fc.integer({ min: -5_000, max: 5_000 }), (n, k) => {
        const date = new Date(n * 86_400_000).toISOString().slice(0, 10);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const oracle = format(addDays(new TZDate(y, m - 1, d, 'UTC'), k), 'yyyy-MM-dd');
        expect(_addDays(date, k)).toBe(oracle);
        expect(_daysBetween(date, oracle)).toBe(differenceInCalendarDays(new TZDate(`${oracle}T00:00:00Z`, 'UTC'), new TZDate(`${date}T00:00:00Z`, 'UTC')));
        expect(_daysBetween(date, _addDays(date, k))).toBe(k);
      }),
    );
  });

  it('property: every date the schema accepts, years 0000 to 9999, has its proleptic Gregorian day number', () => {
    // The oracle sets the full year (Date.UTC would read years 0-99 as 1900-1999).
    const oracle = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m - 1, d) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 400_000 }), (y, m, d, k) => {
        const date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(_dayNumber(date)).toBe(oracle(y, m, d));
        expect(_replayDayNumber(date)).toBe(_dayNumber(date));
        if (_dayNumber(date) + k <= _dayNumber('9999-12-31')) expect(_daysBetween(date, _addDays(date, k))).toBe(k);
      }),
    );
    expect(_dayNumber('0000-01-01')).toBe(-719_528);
    expect(_addDays('0000-02-28', 1)).toBe('0000-02-29'); // year 0 is a leap year (divisible by 400); 1900 is not
    expect(_daysBetween('0099-12-31', '0100-01-01')).toBe(1);
    expect(_daysBetween('0050-01-01', '2026-01-01')).toBe(721_719); // 1,976 years, 479 of them leap
  });

  it('crosses leap days and the clock changes without drift', () => {
    expect(_addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(_addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(_daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });
});

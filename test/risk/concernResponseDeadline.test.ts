import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { concernResponseDeadline } from '../../src/risk/index.js';

// Seed 003 (Coventry market support offer): "High risk quality concerns are dealt with within 24 hours;
// further concerns are dealt with within 72 hours." The Coventry pack is in force from 13 July 2022 (the Cabinet Member's decision, seed 001).
describe('concernResponseDeadline: worked examples across the clock changes (Europe/London)', () => {
  it('high risk, received 09:00 GMT Sat 28 March 2026: due 10:00 BST Sun 29 March (clocks went forward)', () => {
    const r = concernResponseDeadline({ id: 'C1', receivedAt: '2026-03-28T09:00:00Z', priority: 'high-risk' });
    expect(r).toMatchObject({ hours: 24, priority: 'high-risk', prioritySource: 'given', receivedAt: '2026-03-28T09:00:00+00:00', respondBy: '2026-03-29T10:00:00+01:00' });
  });

  it('high risk, received 09:00 BST Sat 24 October 2026: due 08:00 GMT Sun 25 October (clocks went back)', () => {
    expect(concernResponseDeadline({ id: 'C2', receivedAt: '2026-10-24T09:00', priority: 'high-risk' }).respondBy).toBe('2026-10-25T08:00:00+00:00');
  });

  it('further concern (72 h), received 12:00 BST Fri 23 October 2026: due 11:00 GMT Mon 26 October', () => {
    expect(concernResponseDeadline({ id: 'C3', receivedAt: '2026-10-23T12:00', priority: 'further' }).respondBy).toBe('2026-10-26T11:00:00+00:00');
  });

  it('the priority follows from severity when not given: serious is high risk, moderate is a further concern', () => {
    expect(concernResponseDeadline({ id: 'C4', receivedAt: '2026-06-01T10:00', severity: 'serious' })).toMatchObject({ priority: 'high-risk', prioritySource: 'severity', respondBy: '2026-06-02T10:00:00+01:00' });
    expect(concernResponseDeadline({ id: 'C5', receivedAt: '2026-06-01T10:00', severity: 'moderate' })).toMatchObject({ priority: 'further', respondBy: '2026-06-04T10:00:00+01:00' });
  });

  it('refuses a wall-clock time skipped by the clocks, and a concern with neither priority nor severity', () => {
    expect(() => concernResponseDeadline({ id: 'C6', receivedAt: '2026-03-29T01:30', priority: 'further' })).toThrow(/does not exist/);
    expect(() => concernResponseDeadline({ id: 'C7', receivedAt: '2026-06-01T10:00' })).toThrow(/priority/);
  });
});

describe('concernResponseDeadline: properties', () => {
  it('the deadline is after receipt by exactly 24 or 72 elapsed hours, whatever the clocks do', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2022, 6, 14), max: Date.UTC(2032, 0, 1) }), fc.constantFrom('high-risk', 'further' as const), (ms, priority) => {
        const receivedAt = new Date(ms - (ms % 1000)).toISOString();
        const r = concernResponseDeadline({ id: 'C', receivedAt, priority });
        expect(Date.parse(r.respondBy) - Date.parse(receivedAt)).toBe((priority === 'high-risk' ? 24 : 72) * 3_600_000);
        expect(Date.parse(r.respondBy)).toBeGreaterThan(Date.parse(receivedAt));
      }),
    );
  });

  it('around every clock change from 2022 to 2031 (within 4 days either side), the deadline is exact to the second', () => {
    // The clocks change at 01:00 UTC on the last Sunday of March and October.
    const lastSunday = (y: number, m: number) => {
      const d = new Date(Date.UTC(y, m + 1, 0, 1));
      return d.getTime() - d.getUTCDay() * 86_400_000;
    };
    const changes = Array.from({ length: 10 }, (_, i) => 2022 + i).flatMap((y) => [lastSunday(y, 2), lastSunday(y, 9)]).filter((ms) => ms > Date.UTC(2022, 6, 14));
    expect(changes).toContain(Date.UTC(2026, 2, 29, 1));
    expect(changes).toContain(Date.UTC(2026, 9, 25, 1));
    fc.assert(
      fc.property(fc.constantFrom(...changes), fc.integer({ min: -4 * 86_400, max: 4 * 86_400 }), fc.constantFrom('high-risk', 'further' as const), fc.boolean(), (change, offsetS, priority, local) => {
        const ms = change + offsetS * 1000;
        const utc = new Date(ms).toISOString();
        // The same instant written as London wall-clock time with its offset, as a council system might send it.
        const receivedAt = local ? concernResponseDeadline({ id: 'X', receivedAt: utc, priority }).receivedAt : utc;
        const r = concernResponseDeadline({ id: 'C', receivedAt, priority });
        expect(Date.parse(r.receivedAt)).toBe(ms);
        expect(Date.parse(r.respondBy) - ms).toBe((priority === 'high-risk' ? 24 : 72) * 3_600_000);
        // The offset written is London's at that instant: +01:00 in summer time, +00:00 otherwise.
        const month = new Date(Date.parse(r.respondBy)).getUTCMonth();
        if (month >= 4 && month <= 8) expect(r.respondBy.endsWith('+01:00')).toBe(true);
        if (month === 0 || month === 1 || month === 10 || month === 11) expect(r.respondBy.endsWith('+00:00')).toBe(true);
      }),
    );
  });

  it('invalid input of any shape yields only RulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        try {
          concernResponseDeadline(a as never, b as never);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });
});

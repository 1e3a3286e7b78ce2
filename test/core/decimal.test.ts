import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { describeRounding, isRulesError, roundDecimal, type RoundingMode } from '../../src/index.js';

describe('roundDecimal', () => {
  it('rounds half away from zero, as ONS and NHS England publish (76.65 → 76.7, -2.45 → -2.5)', () => {
    const rule = { places: 1, mode: 'half-away-from-zero' } as const;
    expect(roundDecimal('76.65', rule)).toEqual({ value: '76.7', rounding: rule });
    expect(roundDecimal('-2.45', rule).value).toBe('-2.5');
  });

  it('rounds half to even when asked (2.45 → 2.4, 2.55 → 2.6)', () => {
    expect(roundDecimal('2.45', { places: 1, mode: 'half-even' }).value).toBe('2.4');
    expect(roundDecimal('2.55', { places: 1, mode: 'half-even' }).value).toBe('2.6');
  });

  it('keeps trailing zeros and never prints a negative zero', () => {
    expect(roundDecimal('3', { places: 2, mode: 'down' }).value).toBe('3.00');
    expect(roundDecimal('-0.04', { places: 1, mode: 'half-away-from-zero' }).value).toBe('0.0');
  });

  it('is exact where binary floating point is not (1.005 to 2 places)', () => {
    expect(roundDecimal('1.005', { places: 2, mode: 'half-away-from-zero' }).value).toBe('1.01');
  });

  it('is not affected by an application changing the global Decimal settings', () => {
    Decimal.set({ rounding: Decimal.ROUND_DOWN, precision: 2 });
    try {
      expect(roundDecimal('12345.65', { places: 1, mode: 'half-away-from-zero' }).value).toBe('12345.7');
    } finally {
      Decimal.set({ rounding: Decimal.ROUND_HALF_UP, precision: 20 });
    }
  });

  it('refuses malformed numbers and impossible rules with a RulesError naming the field', () => {
    for (const [value, rule, path] of [
      ['1e5', { places: 1, mode: 'half-even' }, 'value'],
      [Number.NaN, { places: 1, mode: 'half-even' }, 'value'],
      ['1', { places: -1, mode: 'half-even' }, 'rule'],
      ['1', { places: 1, mode: 'nearest' }, 'rule'],
    ] as const) {
      try {
        roundDecimal(value as never, rule as never);
        expect.unreachable();
      } catch (error) {
        expect(isRulesError(error)).toBe(true);
        if (isRulesError(error)) expect(error.issues[0]?.path[0]).toBe(path);
      }
    }
  });

  const modes: RoundingMode[] = ['half-away-from-zero', 'half-even', 'down', 'up'];

  it('property: the result has exactly the places asked and is within half a unit (or one unit for down/up)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.constantFrom(...modes), (int, scale, places, mode) => {
        const value = new Decimal(int).div(10 ** scale).toFixed();
        const out = roundDecimal(value, { places, mode }).value;
        expect(out.split('.')[1]?.length ?? 0).toBe(places);
        const diff = new Decimal(out).minus(value).abs();
        const unit = new Decimal(10).pow(-places);
        expect(diff.lte(mode.startsWith('half') ? unit.div(2) : unit)).toBe(true);
      }),
    );
  });

  it('property: rounding is monotone (a ≤ b ⇒ round(a) ≤ round(b))', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(...modes), (a, d, mode) => {
        const ra = new Decimal(roundDecimal(String(a / 1000), { places: 1, mode }).value);
        const rb = new Decimal(roundDecimal(String((a + d) / 1000), { places: 1, mode }).value);
        expect(ra.lte(rb)).toBe(true);
      }),
    );
  });
});

describe('describeRounding', () => {
  it('names the rule in words', () => {
    expect(describeRounding({ places: 1, mode: 'half-away-from-zero' })).toBe('rounded half away from zero to 1 decimal place');
    expect(describeRounding({ places: 2, mode: 'down' })).toBe('rounded towards zero to 2 decimal places');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRulesError } from '../../src/index.js';
import { calculateAscofMeasure } from '../../src/ascof/index.js';
import { issuesOf } from '../helpers/refusal.js';

function rulesError(fn: () => unknown): { code: string; message: string }[] {
  try { fn(); } catch (e) { if (isRulesError(e)) return e.issues.map((i) => ({ code: i.code, message: i.message })); throw e; }
  throw new Error('expected a RulesError');
}

describe('worked examples', () => {
  // Rate per 100,000 (DHSC 2B2C script: ROUND(num/den*100000, 1)): 55 / 186,000 × 100,000 = 29.5698… → 29.6.
  it('2B 2024-25: 55 admissions over 186,000 people aged 18-64 is 29.6 per 100,000', () => {
    const r = calculateAscofMeasure('2B', { numerator: 55, denominator: 186000 }, { year: '2024-25' });
    expect(r.value?.value).toBe('29.6');
    expect(r.unit).toBe('per-100000');
    expect(r.trace.steps.map((s) => s.rule)).toContain('ascof.outcome.calculate');
  });

  // England 2C 2023-24 is 566.0 (LG Inform 4282): 1,123 / 198,400 × 100,000 = 566.028… → 566.0.
  it('2C 2023-24 from counts gives 566.0 per 100,000', () => {
    expect(calculateAscofMeasure('2C', { numerator: '1123', denominator: '198400' }, { year: '2023-24' }).value?.value).toBe('566.0');
  });

  // NHS my_round (survey measures) rounds half away from zero: 1/16 = 6.25% → 6.3 (half-even would give 6.2).
  it('rounds a survey proportion half away from zero at 1 dp: 1/16 = 6.25% → 6.3', () => {
    expect(calculateAscofMeasure('1B', { numerator: 1, denominator: 16 }, { year: '2022-23' }).value?.value).toBe('6.3');
    // 2024-25 CLD measures follow the DHSC T-SQL ROUND (half away from zero) too.
    expect(calculateAscofMeasure('2A', { numerator: 1, denominator: 16 }, { year: '2024-25' }).value?.value).toBe('6.3');
  });

  // The 2022-23 SALT pipeline used pandas .round(1), i.e. half to even: 6.25 → 6.2.
  it('rounds an old SALT proportion half to even: 1/16 = 6.25% → 6.2', () => {
    const r = calculateAscofMeasure('2D', { numerator: 1, denominator: 16 }, { year: '2022-23' });
    expect(r.value).toEqual({ value: '6.2', rounding: { places: 1, mode: 'half-even' } });
  });

  // Survey suppression (C1/C2/C8): base under 3 → "[c]"; a base of 3 is published.
  it('suppresses a survey measure below 3 respondents and publishes it at 3', () => {
    const two = calculateAscofMeasure('4A', { numerator: 1, denominator: 2 }, { year: '2022-23' });
    expect(two.suppressed).toBe(true);
    expect(two.value).toBeNull();
    expect(two.published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '[c]' });
    const three = calculateAscofMeasure('4A', { numerator: 1, denominator: 3 }, { year: '2022-23' });
    expect(three.published.outcome).toBe('33.3');
  });

  it('tests the survey base, not a weighted denominator, when the base is given', () => {
    const r = calculateAscofMeasure('4A', { numerator: '410.5', denominator: '820.25', base: 2 }, { year: '2022-23' });
    expect(r.published.outcome).toBe('[c]');
  });

  // SALT 2022-23 (C1 ons_hes_salt.py): den < 5 withholds counts on the total, and the outcome too on splits.
  it('SALT totals under 5 withhold the counts only; splits withhold the outcome as well', () => {
    const total = calculateAscofMeasure('1G', { numerator: 3, denominator: 4 }, { year: '2022-23' });
    expect(total.published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '75.0' });
    const split = calculateAscofMeasure('1G', { numerator: 3, denominator: 4 }, { year: '2022-23', disaggregation: 'Female' });
    expect(split.published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '[c]' });
  });

  // C1 ascs.py: 5 × round(int(x) / 5); carers.py my_round5: nearest 5, ties up. SALT/CLD counts are published as counted.
  it('publishes survey counts to the nearest 5 and other counts as counted', () => {
    const ascs = calculateAscofMeasure('4A', { numerator: '412.7', denominator: '822.9', base: 40 }, { year: '2022-23' });
    expect([ascs.published.numerator, ascs.published.denominator]).toEqual(['410', '820']);
    expect(ascs.numerator).toBe('412.7');
    // 412.7 / 822.9 = 50.1519…% → 50.2 (the outcome uses the exact counts, not the rounded ones)
    expect(ascs.published.outcome).toBe('50.2');
    const sace = calculateAscofMeasure('3C', { numerator: '22.5', denominator: '47.4' }, { year: '2022-23' });
    expect([sace.published.numerator, sace.published.denominator]).toEqual(['25', '45']);
    const salt = calculateAscofMeasure('1G', { numerator: 412, denominator: 823 }, { year: '2022-23' });
    expect([salt.published.numerator, salt.published.denominator]).toEqual(['412', '823']);
  });

  it('a zero denominator gives no value and the marker [x]', () => {
    const r = calculateAscofMeasure('2A', { numerator: 0, denominator: 0 }, { year: '2023-24' });
    expect(r.value).toBeNull();
    expect(r.published.outcome).toBe('[x]');
  });

  it('CLD measures without a published suppression rule use the pack policy and warn', () => {
    const r = calculateAscofMeasure('2E(2)', { numerator: 3, denominator: 4 }, { year: '2024-25' });
    expect(r.published.outcome).toBe('[c]');
    expect(r.warnings.join(' ')).toMatch(/UNVERIFIED/);
    expect(r.trace.parameters.map((p) => p.key)).toContain('unpublishedSuppression');
  });

  it('mean scores: 1A is the sum of scores over respondents, inside 0-24', () => {
    expect(calculateAscofMeasure('1A', { numerator: 57, denominator: 3 }, { year: '2024-25' }).value?.value).toBe('19.0');
    expect(rulesError(() => calculateAscofMeasure('1A', { numerator: 73, denominator: 3 }, { year: '2024-25' }))[0]?.code).toBe('inconsistent_input');
  });

  it('names the argument in every issue path (counts.numerator, options.year)', () => {
    expect(issuesOf(() => calculateAscofMeasure('2A', { numerator: 'x', denominator: 1 }, { year: '2024-25' }))[0]).toEqual({
      code: 'invalid_format',
      path: ['counts', 'numerator'],
      message: 'must be a decimal number written as a string, e.g. "12.50"',
    });
    expect(issuesOf(() => calculateAscofMeasure('2A', { numerator: 1, denominator: 1 }, { year: '2024' }))[0]).toMatchObject({ path: ['options', 'year'], message: 'must be an ASCOF year written YYYY-YY, e.g. "2024-25"' });
  });

  it('refuses negative counts and unknown codes, naming the field', () => {
    const issues = rulesError(() => calculateAscofMeasure('2B', { numerator: -1, denominator: 10 }, { year: '2024-25' }));
    expect(issuesOf(() => calculateAscofMeasure('2B', { numerator: -1, denominator: 10 }, { year: '2024-25' }))[0]).toMatchObject({ path: ['counts', 'numerator'], message: 'must be a count of zero or more' });
    expect(issues[0]?.message).toBe('must be a count of zero or more');
    expect(rulesError(() => calculateAscofMeasure('9Z', { numerator: 1, denominator: 10 }, { year: '2024-25' }))[0]?.code).toBe('unknown_measure');
  });
});

describe('properties', () => {
  it('a proportion whose numerator exceeds its denominator is a RulesError', () => {
    fc.assert(fc.property(fc.nat(100000), fc.integer({ min: 1, max: 1000 }), fc.constantFrom('2A', '2E(2)', '3D(1a)'), (den, extra, code) => {
      const issues = rulesError(() => calculateAscofMeasure(code, { numerator: den + extra, denominator: den }, { year: '2024-25' }));
      expect(issues.some((i) => i.code === 'inconsistent_input')).toBe(true);
    }));
  });

  it('a published proportion lies between 0 and 100', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (den, f) => {
      const num = Math.floor(den * f);
      const r = calculateAscofMeasure('2A', { numerator: num, denominator: den }, { year: '2023-24' });
      if (r.value !== null) {
        expect(Number(r.value.value)).toBeGreaterThanOrEqual(0);
        expect(Number(r.value.value)).toBeLessThanOrEqual(100);
      }
    }));
  });

  it('a mean score lies inside its scale (1A 0-24, 1D 0-12)', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 24 }), { minLength: 3, maxLength: 50 }), (scores) => {
      const a = calculateAscofMeasure('1A', { numerator: scores.reduce((x, y) => x + y, 0), denominator: scores.length }, { year: '2024-25' });
      expect(Number(a.value?.value)).toBeGreaterThanOrEqual(0);
      expect(Number(a.value?.value)).toBeLessThanOrEqual(24);
      const d = calculateAscofMeasure('1D', { numerator: scores.reduce((x, y) => x + Math.floor(y / 2), 0), denominator: scores.length }, { year: '2022-23' });
      expect(Number(d.value?.value)).toBeLessThanOrEqual(12);
    }));
  });

  it('a rate is linear in its numerator (exact when 100,000 / population is whole)', () => {
    fc.assert(fc.property(fc.nat(1_000_000), fc.nat(1_000_000), (a, b) => {
      const rate = (n: number) => Number(calculateAscofMeasure('2C', { numerator: n, denominator: 1000 }, { year: '2024-25' }).value?.value);
      expect(rate(a + b)).toBe(rate(a) + rate(b));
      expect(rate(3 * a)).toBe(3 * rate(a));
    }));
  });

  it('a rate is linear in its numerator up to rounding for any population', () => {
    fc.assert(fc.property(fc.nat(100_000), fc.nat(100_000), fc.integer({ min: 5, max: 10_000_000 }), (a, b, pop) => {
      const rate = (n: number) => Number(calculateAscofMeasure('2B', { numerator: n, denominator: pop }, { year: '2024-25' }).value?.value);
      expect(Math.abs(rate(a + b) - rate(a) - rate(b))).toBeLessThanOrEqual(0.15 + 1e-9);
    }));
  });

  it('more admissions never lower the rate (monotone in the numerator)', () => {
    fc.assert(fc.property(fc.nat(100_000), fc.nat(1000), fc.integer({ min: 1, max: 10_000_000 }), (a, d, pop) => {
      const rate = (n: number) => Number(calculateAscofMeasure('2C', { numerator: n, denominator: pop }, { year: '2023-24' }).value?.value);
      expect(rate(a + d)).toBeGreaterThanOrEqual(rate(a));
    }));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRulesError } from '../../src/index.js';
import { ascofMeasure, ascofMeasures, AscofMeasureListSchema } from '../../src/ascof/index.js';
import { issuesOf } from '../helpers/refusal.js';

const YEARS = ['2014-15', '2015-16', '2016-17', '2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25', '2025-26', '2030-31'];

describe('registry by framework year', () => {
  it('selects the framework by year: old to 2022-23, refreshed 2023-24, CLD-based from 2024-25', () => {
    expect(ascofMeasures('2022-23').framework).toBe('ascof-2014');
    expect(ascofMeasures('2023-24').framework).toBe('ascof-2023');
    expect(ascofMeasures('2024-25').framework).toBe('ascof-2024');
    expect(ascofMeasures('2027-28').framework).toBe('ascof-2024');
  });

  // Lineage, domain brief §2.1 and §10.4 (C3, C4, S10).
  it.each([
    ['2A', ['2D']],
    ['2B', ['2A(1)']],
    ['2C', ['2A(2)']],
    ['2E(1)', ['1G']],
    ['3D(1a)', ['1C(1A)']],
    ['3D(2b)', ['1C(2B)']],
  ])('2024-25 %s was formerly %j', (code, formerly) => {
    expect(ascofMeasure(code, '2024-25').formerly).toEqual(formerly);
  });

  it('keys codes on the framework: old 2A is admissions, new 2A is short-term services', () => {
    expect(ascofMeasure('2A(1)', '2022-23').unit).toBe('per-100000');
    expect(ascofMeasure('2A', '2024-25').unit).toBe('percentage');
    const issues = issuesOf(() => ascofMeasure('2A(1)', '2024-25'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'unknown_measure', path: ['code'] });
    expect(issues[0]!.message).toMatch(/^must be one of the ASCOF codes of 2024-25 \(.*\): .*\b2A\b/);
  });

  it('matches codes ignoring brackets and case, as in the old CSV ("2A1", "1c2a")', () => {
    expect(ascofMeasure('2A1', '2019-20').code).toBe('2A(1)');
    expect(ascofMeasure('1c2a', '2019-20').code).toBe('1C(2A)');
  });

  it('flags the codes the domain brief marks UNVERIFIED, and not the verified ones', () => {
    const reg = ascofMeasures('2024-25');
    const status = Object.fromEntries(reg.measures.map((m) => [m.code, m.status]));
    for (const c of ['1B', '1C', '1D', '3A', '3B', '3C', '4A', '4B', '5A', '5B', '6A', '6B']) expect(status[c], c).toBe('unverified');
    for (const c of ['1A', '2A', '2B', '2C', '2E(1)', '3D(1a)']) expect(status[c], c).toBe('verified');
    for (const m of reg.measures.filter((x) => x.status === 'unverified')) expect(m.warning, m.code).toMatch(/UNVERIFIED/);
    expect(reg.warning).toMatch(/UNVERIFIED/);
  });

  it('has six CLD-derived measure groups in 2024-25 (2A, 2B, 2C, 2D, 2E, 3D) and no 1E', () => {
    const cld = ascofMeasures('2024-25').measures.filter((m) => m.dataSources.includes('CLD')).map((m) => m.code.slice(0, 2));
    expect([...new Set(cld)].sort()).toEqual(['2A', '2B', '2C', '2D', '2E', '3D']);
    expect(() => ascofMeasure('1E', '2024-25')).toThrow();
  });

  it('dates measures inside a framework: 1J from 2016-17, old 2C to 2019-20 (UNVERIFIED years)', () => {
    expect(() => ascofMeasure('1J', '2015-16')).toThrow();
    expect(ascofMeasure('1J', '2016-17').warning).toMatch(/UNVERIFIED/);
    expect(ascofMeasure('2C(1)', '2019-20').code).toBe('2C(1)');
    expect(() => ascofMeasure('2C(1)', '2020-21')).toThrow();
  });

  it('states units, scales, polarity and rounding: 1A 0-24, 1D 0-12, 2B/2C lower is better', () => {
    expect(ascofMeasure('1A', '2024-25').scale).toEqual({ min: '0', max: '24' });
    expect(ascofMeasure('1D', '2022-23').scale).toEqual({ min: '0', max: '12' });
    expect(ascofMeasure('2B', '2024-25').polarity).toBe('lower-is-better');
    expect(ascofMeasure('1A', '2024-25').rounding).toEqual({ places: 1, mode: 'half-away-from-zero' });
    expect(ascofMeasure('2A', '2024-25').suppression).toBeNull();
  });

  it('the 2024-25 CLD rounding rule is UNVERIFIED (ascof.md §10.5: only DHSC code ROUND(x, 1) was read), and results say so', () => {
    for (const m of ascofMeasures('2024-25').measures.filter((x) => x.dataSources.includes('CLD'))) {
      expect(m.rounding, m.code).toEqual({ places: 1, mode: 'half-away-from-zero' });
      expect(m.roundingStatus, m.code).toBe('unverified');
      expect(m.suppressionStatus, m.code).toBe('unverified');
    }
    expect(ascofMeasure('1A', '2024-25').roundingStatus).toBe('verified');
  });

  it('every year from 2014-15 gives a list that passes the definition schema, with unique codes', () => {
    fc.assert(fc.property(fc.constantFrom(...YEARS), (year) => {
      const list = ascofMeasures(year).measures;
      expect(AscofMeasureListSchema.safeParse(list).success).toBe(true);
      expect(new Set(list.map((m) => m.code)).size).toBe(list.length);
    }));
  });

  it('refuses malformed years', () => {
    for (const y of ['2024-26', '2013-14', '2024/25', '24-25']) {
      let caught: unknown;
      try { ascofMeasures(y); } catch (e) { caught = e; }
      expect(isRulesError(caught), y).toBe(true);
    }
  });
});

it('returns frozen definitions: editing one cannot change the law for the next call', () => {
  const m = ascofMeasure('2A', '2024-25');
  expect(() => {
    (m.rounding as { places: number }).places = 3;
  }).toThrow(TypeError);
  expect(ascofMeasure('2A', '2024-25').rounding.places).toBe(1);
});

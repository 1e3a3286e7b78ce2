import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import { assessProviderRisk, coventryRiskPack, summarisePortfolio } from '../../src/risk/index.js';
import { visit } from './fixtures.js';

const entry = (providerId: string, serviceType: string, level: 0 | 1 | 2 | 3 | 4, overall: 'good' | 'outstanding' | 'requires-improvement' | 'inadequate' | null, asOf = '2026-05-01') => ({
  providerId,
  serviceType,
  asOf,
  level,
  cqcRating: overall === null ? null : { overall, date: '2025-01-01' },
});

describe('summarisePortfolio (Coventry KPI, seed 002: services meeting quality standards)', () => {
  it('counts by level and service type; the share meeting standards needs CQC Good/Outstanding and level 0-1', () => {
    const s = summarisePortfolio([
      entry('A', 'home-support', 0, 'good'),
      entry('B', 'home-support', 2, 'good'),
      entry('C', 'care-home-older-people', 1, 'outstanding'),
      entry('D', 'care-home-older-people', 0, 'requires-improvement'),
      entry('E', 'supported-living', 0, null),
    ]);
    expect(s.byLevel).toEqual({ '0': 3, '1': 1, '2': 1, '3': 0, '4': 0 });
    expect(s.byServiceType['home-support']).toEqual({ '0': 1, '1': 0, '2': 1, '3': 0, '4': 0, total: 2 });
    // A and C meet; B (level 2) and D (RI) do not; E is unrated and excluded: 2 / 4 = 50.0%.
    expect(s.meetingQualityStandards).toEqual({ meeting: 2, counted: 4, unrated: 1, evidenceIncomplete: 0, percent: { value: '50.0', rounding: { places: 1, mode: 'half-away-from-zero' } } });
  });

  it('two of three is 66.7% (rounded half away from zero to 1 place)', () => {
    const s = summarisePortfolio([entry('A', 'x', 0, 'good'), entry('B', 'x', 3, 'good'), entry('C', 'x', 1, 'good')]);
    expect(s.meetingQualityStandards.percent?.value).toBe('66.7');
  });

  it('each provider counts once: its latest assessment', () => {
    const s = summarisePortfolio([entry('A', 'x', 3, 'good', '2026-01-01'), entry('A', 'x', 0, 'good', '2026-04-01')]);
    expect(s).toMatchObject({ services: 1, supersededAssessments: 1, byLevel: { '0': 1, '3': 0 } });
  });

  it('takes assessment results as they are; level 0 on incomplete evidence is not read as meeting the standard', () => {
    const cqc = { kind: 'cqc-rating' as const, id: 'Q', date: '2025-05-01', source: 'CQC', overall: 'good' as const };
    const full = [...visit('V', '2026-04-20'), cqc, { kind: 'business-continuity-plan' as const, id: 'B', date: '2026-04-20', source: 'visit', status: 'tested' as const }];
    const a = assessProviderRisk({ providerId: 'A', serviceType: 'home-support', asOf: '2026-05-01', evidence: full });
    const b = assessProviderRisk({ providerId: 'B', serviceType: 'home-support', asOf: '2026-05-01', evidence: [cqc] });
    expect([a.level, a.evidenceComplete, b.level, b.evidenceComplete]).toEqual([0, true, 0, false]);
    // B has a Good rating and no known concern, but no visit evidence: excluded like an unrated service (1 of 1).
    expect(summarisePortfolio([a, b]).meetingQualityStandards).toMatchObject({ meeting: 1, counted: 1, unrated: 0, evidenceIncomplete: 1, percent: { value: '100.0' } });
    // A council that counts unrated services as not meeting counts B as not meeting too (1 of 2).
    const strict = extendPack(coventryRiskPack, { id: 's', version: '1', entries: { qualityStandard: [{ validFrom: '2022-06-01', value: { ...coventryRiskPack.entries.qualityStandard[0]!.value, unrated: 'not-meeting' }, citation: 'Local', kind: 'policy' }] } });
    expect(summarisePortfolio([a, b], { pack: strict }).meetingQualityStandards).toMatchObject({ meeting: 1, counted: 2, percent: { value: '50.0' } });
    // A service that fails the standard anyway is counted as not meeting, whatever its evidence.
    expect(summarisePortfolio([{ ...entry('C', 'x', 2, 'good'), evidenceComplete: false }]).meetingQualityStandards).toMatchObject({ meeting: 0, counted: 1, evidenceIncomplete: 0 });
  });

  it('an empty portfolio needs options.asOf and has no share', () => {
    expect(() => summarisePortfolio([])).toThrow(/asOf/);
    expect(summarisePortfolio([], { asOf: '2026-05-01' }).meetingQualityStandards.percent).toBeNull();
  });

  it('property: level counts sum to the services; meeting never exceeds counted', () => {
    const arb = fc.array(
      fc.record({ id: fc.integer({ min: 0, max: 30 }), type: fc.constantFrom('a', 'b', 'c'), level: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, cqc: fc.constantFrom('good', 'outstanding', 'requires-improvement', 'inadequate', null) as fc.Arbitrary<'good' | null> }),
      { minLength: 1 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const s = summarisePortfolio(rows.map((r) => entry(`P${r.id}`, r.type, r.level, r.cqc)));
        expect(Object.values(s.byLevel).reduce((x, y) => x + y, 0)).toBe(s.services);
        expect(s.services).toBe(new Set(rows.map((r) => r.id)).size);
        expect(s.meetingQualityStandards.meeting).toBeLessThanOrEqual(s.meetingQualityStandards.counted);
      }),
    );
  });

  it('invalid input of any shape yields only RulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        try {
          summarisePortfolio(a as never, b as never);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import { calculateProviderQualityShare } from '../../src/ascof/index.js';
import { assessProviderRisk, coventryRiskPack, summarisePortfolio } from '../../src/risk/index.js';
import { visit } from './fixtures.js';
import { issuesOf } from '../helpers/refusal.js';

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
      entry('A', 'home-support-local', 0, 'good'),
      entry('B', 'home-support-local', 2, 'good'),
      entry('C', 'residential-local', 1, 'outstanding'),
      entry('D', 'residential-local', 0, 'requires-improvement'),
      entry('E', 'day-service-local', 0, null),
    ]);
    expect(s.byLevel).toEqual({ '0': 3, '1': 1, '2': 1, '3': 0, '4': 0 });
    expect(s.byServiceType['home-support-local']).toEqual({ '0': 1, '1': 0, '2': 1, '3': 0, '4': 0, total: 2 });
    // A and C meet; B (level 2) and D (RI) do not; E, a day service CQC does not regulate, is judged on its
    // council risk level alone (the shared definition, src/core/qualityStandard.ts): 3 / 5 = 60.0%.
    expect(s.meetingQualityStandards).toEqual({ meeting: 3, counted: 5, unrated: 1, evidenceIncomplete: 0, percent: { value: '60.0', rounding: { places: 1, mode: 'half-away-from-zero' } } });
  });

  it('two of three is 66.7% (rounded half away from zero to 1 place)', () => {
    const s = summarisePortfolio([entry('A', 'residential-local', 0, 'good'), entry('B', 'residential-local', 3, 'good'), entry('C', 'residential-local', 1, 'good')]);
    expect(s.meetingQualityStandards.percent?.value).toBe('66.7');
  });

  it('each provider counts once: its latest assessment', () => {
    const s = summarisePortfolio([entry('A', 'residential-local', 3, 'good', '2026-01-01'), entry('A', 'residential-local', 0, 'good', '2026-04-01')]);
    expect(s).toMatchObject({ services: 1, supersededAssessments: 1, byLevel: { '0': 1, '3': 0 } });
  });

  it('takes assessment results as they are; level 0 on incomplete evidence is not read as meeting the standard', () => {
    const cqc = { kind: 'cqc-rating' as const, id: 'Q', date: '2025-05-01', source: 'CQC', overall: 'good' as const };
    const full = [...visit('V', '2026-04-20'), cqc, { kind: 'business-continuity-plan' as const, id: 'B', date: '2026-04-20', source: 'visit', status: 'tested' as const }];
    const a = assessProviderRisk({ providerId: 'A', serviceType: 'home-support-local', asOf: '2026-05-01', evidence: full });
    const b = assessProviderRisk({ providerId: 'B', serviceType: 'home-support-local', asOf: '2026-05-01', evidence: [cqc] });
    expect([a.level, a.evidenceComplete, b.level, b.evidenceComplete]).toEqual([0, true, 0, false]);
    // B has a Good rating and no known concern, but no visit evidence: excluded like an unrated service (1 of 1).
    expect(summarisePortfolio([a, b]).meetingQualityStandards).toMatchObject({ meeting: 1, counted: 1, unrated: 0, evidenceIncomplete: 1, percent: { value: '100.0' } });
    // A council that counts unrated services as not meeting counts B as not meeting too (1 of 2).
    const strict = extendPack(coventryRiskPack, { id: 's', version: '1', entries: { qualityStandard: [{ validFrom: '2022-07-13', value: { ...coventryRiskPack.entries.qualityStandard[0]!.value, unrated: 'not-meeting' }, citation: 'Local', kind: 'policy' }] } });
    expect(summarisePortfolio([a, b], { pack: strict }).meetingQualityStandards).toMatchObject({ meeting: 1, counted: 2, percent: { value: '50.0' } });
    // A service that fails the standard anyway is counted as not meeting, whatever its evidence.
    expect(summarisePortfolio([{ ...entry('C', 'residential-local', 2, 'good'), evidenceComplete: false }]).meetingQualityStandards).toMatchObject({ meeting: 0, counted: 1, evidenceIncomplete: 0 });
  });

  it('an empty portfolio needs options.asOf and has no share', () => {
    expect(() => summarisePortfolio([])).toThrow(/asOf/);
    expect(summarisePortfolio([], { asOf: '2026-05-01' }).meetingQualityStandards.percent).toBeNull();
  });

  it('property: level counts sum to the services; meeting never exceeds counted', () => {
    const arb = fc.array(
      fc.record({ id: fc.integer({ min: 0, max: 30 }), type: fc.constantFrom('residential-local', 'home-support-local', 'day-service-local'), level: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, cqc: fc.constantFrom('good', 'outstanding', 'requires-improvement', 'inadequate', null) as fc.Arbitrary<'good' | null> }),
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

  it('the issue\'s three services: summarisePortfolio and calculateProviderQualityShare give the same share (one definition)', () => {
    // Good at level 0, Good at level 2, and a day service (no CQC rating, section 8 table) at level 1. Before,
    // the risk area excluded the unrated service (1 of 2 = 50.0%) while the ascof KPI judged it on its risk
    // level (2 of 3 = 66.7%). Both now apply src/core/qualityStandard.ts.
    const services = [entry('A', 'residential-local', 0, 'good'), entry('B', 'residential-local', 2, 'good'), entry('C', 'day-service-local', 1, null)];
    const risk = summarisePortfolio(services).meetingQualityStandards.percent?.value;
    const kpi = calculateProviderQualityShare({ asOf: '2026-05-01', services: services.map((x) => ({ cqcRating: x.cqcRating?.overall ?? null, councilRiskLevel: x.level })) }).value?.value;
    expect([risk, kpi]).toEqual(['66.7', '66.7']);
  });

  it('property: for any portfolio, the two areas agree on the share (incomplete evidence included)', () => {
    const arb = fc.array(
      fc.record({ level: fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, cqc: fc.constantFrom('good', 'outstanding', 'requires-improvement', 'inadequate', null) as fc.Arbitrary<'good' | null>, complete: fc.boolean() }),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const list = rows.map((r, i) => ({ ...entry(`P${i}`, 'residential-local', r.level, r.cqc), evidenceComplete: r.complete }));
        const risk = summarisePortfolio(list).meetingQualityStandards;
        const kpi = calculateProviderQualityShare({ asOf: '2026-05-01', services: list.map((x) => ({ cqcRating: x.cqcRating?.overall ?? null, councilRiskLevel: x.level, evidenceComplete: x.evidenceComplete })) });
        expect(risk.percent?.value ?? null).toBe(kpi.value?.value ?? null);
        expect([String(risk.meeting), String(risk.counted)]).toEqual([kpi.numerator, kpi.denominator]);
      }),
    );
  });

  it('a service type outside the pack\'s vocabulary is refused with a RulesError naming the field', () => {
    const issues = issuesOf(() => summarisePortfolio([entry('A', 'care home', 0, 'good')]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_value', path: [0, 'serviceType'] });
    expect(issues[0]!.message).toMatch(/^must be one of the pack's service types: residential-national, /);
    // The value given is not repeated (it may be typed by a person).
    expect(issues[0]!.message).not.toContain('care home');
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

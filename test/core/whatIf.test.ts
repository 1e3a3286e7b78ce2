import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { compareUnderPacks, defineRulePack, extendPack, isRulesError, resolve, type RulePack } from '../../src/index.js';
import { assessProviderRisk, coventryRiskPack, type AssessProviderRiskInput, type RiskPack } from '../../src/risk/index.js';
import { visit } from '../risk/fixtures.js';

const spec = { threshold: { kind: 'policy', schema: z.number(), description: 'Score at which to act.' } } as const;
type Spec = typeof spec;
const base = defineRulePack(spec, { id: 'base', version: '1', entries: { threshold: [{ validFrom: '2020-01-01', value: 10, citation: 'Policy', kind: 'policy' }] } });
const withThreshold = (t: number) => extendPack(base, { id: `t${t}`, version: '1', entries: { threshold: [{ validFrom: '2020-01-01', value: t, citation: 'Draft', kind: 'policy' }] } });
const decide = (score: number, pack: RulePack<Spec>) => ({ status: score >= resolve(pack, 'threshold', '2026-01-01').value ? 'act' : 'watch', score });

describe('compareUnderPacks', () => {
  it('reports exactly the cases whose outcome moves when a threshold is lowered (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 30 }), fc.integer({ min: 0, max: 20 }), (scores, t) => {
        const r = compareUnderPacks(decide, scores.map((s, i) => ({ name: `c${i}`, input: s })), base, withThreshold(t));
        // Hand rule: a case changes exactly when the score lies between the two thresholds.
        const expected = scores.flatMap((s, i) => ((s >= 10) !== (s >= t) ? [`c${i}`] : []));
        expect(r.changed.map((c) => c.name)).toEqual(expected);
        expect(r.total).toBe(scores.length);
        expect(r.transitions.reduce((n, x) => n + x.count, 0)).toBe(expected.length);
      }),
    );
  });

  it('writes the summary line with the moves of the headline field', () => {
    const r = compareUnderPacks(decide, [9, 8, 12, 3, 9].map((s, i) => ({ name: `c${i}`, input: s })), base, withThreshold(8), { noun: 'providers' });
    expect(r.summary).toBe('3 of 5 providers change; 3 watch → act');
    expect(r.changed[0]).toEqual({ name: 'c0', changes: [{ field: 'status', before: 'watch', after: 'act' }], steps: [], parameters: [] });
    expect(compareUnderPacks(decide, [{ name: 'a', input: 1 }], base, base).summary).toBe('0 of 1 cases change');
  });

  it('a case one pack refuses is a change, not a crash', () => {
    const dated = extendPack(base, { id: 'later', version: '1', entries: { threshold: [{ validFrom: '2020-01-01', validTo: '2026-01-01', value: 10, citation: 'x', kind: 'policy' }, { validFrom: '2026-01-01', value: 5, citation: 'y', kind: 'policy' }] } });
    const onDate = (input: { score: number; on: string }, pack: RulePack<Spec>) => ({ status: input.score >= resolve(pack, 'threshold', input.on).value ? 'act' : 'watch' });
    const r = compareUnderPacks(onDate, [{ name: 'bad date', input: { score: 7, on: '2019-01-01' } }, { name: 'ok', input: { score: 7, on: '2026-06-01' } }], base, dated);
    expect(r.changed.map((c) => c.name)).toEqual(['ok']);
    const earlier = extendPack(base, { id: 'earlier', version: '1', entries: { threshold: [{ validFrom: '2019-01-01', value: 1, citation: 'z', kind: 'policy' }] } });
    const refusedOnOneSide = compareUnderPacks(onDate, [{ name: 'x', input: { score: 7, on: '2019-06-01' } }], base, earlier);
    expect(refusedOnOneSide.changed[0]?.changes).toEqual([
      { field: 'refused', before: 'no_value_in_force', after: undefined },
      { field: 'status', before: undefined, after: 'act' },
    ]);
    expect(refusedOnOneSide.summary).toBe('1 of 1 cases change; 1 refused → act');
  });

  it('names the trace steps and pack values that differ (risk: significant serious findings lowered from 2 to 1)', () => {
    const evidence = [...visit('V0', '2026-01-05'), { kind: 'business-continuity-plan' as const, id: 'BCP', date: '2026-01-05', source: 'visit', status: 'tested' as const }];
    const serious = { kind: 'quality-trigger' as const, id: 'S', date: '2026-03-12', source: 'visit', domain: 'staffing-levels' as const, finding: 'serious' as const };
    const safeguarding = { kind: 'safeguarding' as const, id: 'SG', date: '2026-03-10', source: 'hub', severity: 'serious' as const, outcome: 'substantiated' as const, adultsAffected: 1 };
    const at = (providerId: string, ev: AssessProviderRiskInput['evidence']): AssessProviderRiskInput => ({ providerId, serviceType: 'residential-local', asOf: '2026-03-16', evidence: ev });
    const lowered = extendPack(coventryRiskPack, { id: 'lowered', version: '1', entries: { levelCriteria: [{ validFrom: '2022-06-01', value: { singleSeriousLevel: 2, significantSeriousFindings: 1, significantAdultsAffected: 3, criticalFindingLevel: 4 }, citation: 'Draft policy', kind: 'policy' }] } });
    const cases = [
      { name: 'no concern', input: at('A', evidence) },
      { name: 'one serious finding', input: at('B', [...evidence, serious]) },
      { name: 'two serious findings', input: at('C', [...evidence, serious, safeguarding]) },
    ];
    const r = compareUnderPacks((i: AssessProviderRiskInput, pack: RiskPack) => assessProviderRisk(i, { pack }), cases, coventryRiskPack, lowered, { outcome: (x) => ({ level: x.level }), noun: 'providers' });
    expect(r.changed.map((c) => c.name)).toEqual(['one serious finding']);
    expect(r.changed[0]!.changes).toEqual([{ field: 'level', before: 2, after: 3 }]);
    expect(r.changed[0]!.steps.length).toBeGreaterThan(0);
    expect(r.changed[0]!.parameters).toEqual([expect.objectContaining({ key: 'levelCriteria', layer: 'lowered@1', after: expect.objectContaining({ significantSeriousFindings: 1 }) })]);
    expect(r.summary).toBe('1 of 3 providers change; 1 level 2 → 3');
  });

  it('refuses cases without names, a non-pack and packs of different areas', () => {
    const refuse = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return isRulesError(error) ? error.issues[0]?.path : 'not a RulesError';
      }
      return 'no error';
    };
    expect(refuse(() => compareUnderPacks(decide, [{ name: '', input: 1 }], base, base))).toEqual([0, 'name']);
    expect(refuse(() => compareUnderPacks(decide, [], base, {} as never))).toEqual(['proposal']);
    expect(refuse(() => compareUnderPacks(decide as never, [], base, coventryRiskPack as never))).toEqual(['proposal']);
  });
});

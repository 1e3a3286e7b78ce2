import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, type RulePack } from '../../src/index.js';
import { ascofMeasures, calculateAscofMeasure, defaultAscofPack, scoreUserSurvey, type AscofSpec } from '../../src/ascof/index.js';

function issueCodes(fn: () => unknown): string[] {
  try { fn(); } catch (e) { if (isRulesError(e)) return e.issues.map((i) => i.code); throw e; }
  return [];
}

describe('law and policy in the ascof pack', () => {
  it('refuses a council layer that changes the ASCOF definitions (law)', () => {
    expect(issueCodes(() => extendPack(defaultAscofPack, {
      id: 'x', version: '1', entries: { measureDefinitions: [{ validFrom: '2024-04-01', value: [], citation: 'wish', kind: 'law' }] },
    }))).toContain('law_override');
    expect(issueCodes(() => extendPack(defaultAscofPack, {
      id: 'x', version: '1', entries: { scrqolItems: [{ validFrom: '2024-04-01', value: { items: ['q3a'], pointsByAnswer: [9, 0] }, citation: 'wish', kind: 'law' }] },
    }))).toContain('law_override');
  });

  it('refuses a hand-built pack whose law differs (e.g. a changed suppression threshold)', () => {
    const entries = { ...defaultAscofPack.entries } as Record<string, unknown>;
    entries.userProportions = defaultAscofPack.entries.userProportions.map((e) => ({ ...e, value: { ...e.value, control: { item: 'q3a', numerator: [1], denominatorOnly: [2, 3, 4] } } }));
    const forged = { ...defaultAscofPack, entries } as unknown as RulePack<AscofSpec>;
    expect(issueCodes(() => scoreUserSurvey([], { year: '2024-25', pack: forged }))).toContain('law_override');
    expect(issueCodes(() => ascofMeasures('2024-25', { pack: forged }))).toContain('law_override');
  });

  it('a council override of the unpublished-suppression policy changes the published outcome', () => {
    const pack = extendPack(defaultAscofPack, {
      id: 'open-data-council', version: '1',
      entries: { unpublishedSuppression: [{ validFrom: '2024-04-01', value: [], citation: 'Publishes all counts', kind: 'policy' }] },
    });
    expect(calculateAscofMeasure('2A', { numerator: 3, denominator: 4 }, { year: '2024-25' }).published.outcome).toBe('[c]');
    expect(calculateAscofMeasure('2A', { numerator: 3, denominator: 4 }, { year: '2024-25', pack }).published.outcome).toBe('75.0');
  });

  it('every trace lists the pack values it used with their citations', () => {
    const r = calculateAscofMeasure('2A', { numerator: 3, denominator: 40 }, { year: '2024-25' });
    const keys = r.trace.parameters.map((p) => p.key);
    expect(keys).toEqual(['measureDefinitions', 'unpublishedSuppression']);
    expect(r.trace.parameters[0]?.kind).toBe('law');
    expect(r.trace.parameters[1]?.kind).toBe('policy');
  });
});

// Issue 13, footprint: the default eligibility pack is built without the pack parser (_trustedPack), so a page
// that only determines eligibility does not carry it. Here the parser checks the very same source and must
// build the very same pack: every value, citation, period, warning and layer, frozen, and marked as built.
import { describe, expect, it } from 'vitest';
import { _isBuiltPack, _trustedPack, defineRulePack, type RulePackSource } from '../../src/core/rulePack.js';
import { extendPack, resolveAll } from '../../src/index.js';
import { determineAdultEligibility, determineCarerEligibility, eligibilityPack, eligibilitySpec } from '../../src/eligibility/index.js';
import { _eligibilityRulesPack } from '../../src/eligibility/options.js';
import { _eligibilityPackSource, _eligibilityRulesSpec } from '../../src/eligibility/packRules.js';

function deeplyFrozen(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  return Object.isFrozen(v) && Object.values(v).every(deeplyFrozen);
}

describe('the default eligibility pack, built without the parser', () => {
  it('equals what defineRulePack builds from the same source (fields, key order, undefineds), frozen and marked as built', () => {
    const checked = defineRulePack(eligibilitySpec, _eligibilityPackSource);
    expect(eligibilityPack).toStrictEqual(checked);
    expect(JSON.stringify(eligibilityPack)).toBe(JSON.stringify(checked));
    for (const key of Object.keys(eligibilitySpec) as (keyof typeof eligibilitySpec)[]) {
      expect(eligibilityPack.entries[key].map((e) => Object.keys(e))).toEqual(checked.entries[key].map((e) => Object.keys(e)));
    }
    expect(deeplyFrozen(eligibilityPack.entries)).toBe(true);
    expect(Object.isFrozen(eligibilityPack) && Object.isFrozen(eligibilityPack.layers)).toBe(true);
    expect(_isBuiltPack(eligibilityPack)).toBe(true);
    expect(resolveAll(eligibilityPack, '2026-11-23').values).toEqual(resolveAll(checked, '2026-11-23').values);
    // extendPack takes it as a built pack (no shape check) and layers on it as on a checked one.
    const layer = { id: 'x', version: '1', entries: { fluctuatingAggregation: [{ validFrom: '2026-01-01', value: { method: 'any-observation' as const, minimumShare: '0', minimumObservations: 1 }, citation: 'X', kind: 'policy' as const }] } };
    expect(extendPack(eligibilityPack, layer)).toStrictEqual(extendPack(checked, layer));
  });

  it('the comparison can fail: a source the parser would change or refuse builds a different pack', () => {
    const spec = { n: { kind: 'law', schema: eligibilitySpec.adultOutcomesRequired.schema, description: 'N.' } } as const;
    const padded: RulePackSource<typeof spec> = { id: 't', version: '1', entries: { n: [{ validFrom: '2020-01-01', value: 2, citation: ' padded ', kind: 'law' }] } };
    expect(_trustedPack(spec, padded)).not.toStrictEqual(defineRulePack(spec, padded)); // the parser trims citations
    const invalid: RulePackSource<typeof spec> = { id: 't', version: '1', entries: { n: [{ validFrom: '2020-01-01', value: 0, citation: 'C', kind: 'law' }] } };
    expect(() => defineRulePack(spec, invalid)).toThrow();
    expect(_trustedPack(spec, invalid).entries.n[0]!.value).toBe(0); // unchecked: why the default's source is checked here
  });

  it('the pack the rules use by default is the public pack without the words: same entries, kinds and schemas, no descriptions', () => {
    const { spec: wordless, ...rulesRest } = _eligibilityRulesPack;
    const { spec: described, ...publicRest } = eligibilityPack;
    expect(rulesRest).toStrictEqual(publicRest);
    expect(JSON.stringify(_eligibilityRulesPack.entries)).toBe(JSON.stringify(eligibilityPack.entries));
    expect(Object.keys(wordless)).toEqual(Object.keys(described));
    for (const key of Object.keys(described) as (keyof typeof eligibilitySpec)[]) {
      expect(wordless[key]).toStrictEqual(_eligibilityRulesSpec[key]);
      expect(wordless[key].schema).toBe(described[key].schema);
      expect(wordless[key].kind).toBe(described[key].kind);
      expect('description' in wordless[key]).toBe(false);
      expect(described[key].description.length).toBeGreaterThan(20);
    }
    expect(_isBuiltPack(_eligibilityRulesPack)).toBe(true);
  });

  it('passing eligibilityPack gives the very results and traces of passing no pack (adult and carer, with observations)', () => {
    const adult = {
      asOf: '2026-11-23',
      needsArisingFromImpairmentOrIllness: true,
      outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance' as const] } },
      fluctuating: { periodFrom: '2026-10-01', periodTo: '2026-11-01', observations: [{ date: '2026-10-02', outcomes: { toiletNeeds: { unableToAchieve: ['endangersHealthOrSafety' as const] } } }, { date: '2026-10-09', outcomes: { toiletNeeds: { unableToAchieve: [] } } }] },
      wellbeing: { significantImpact: true, areas: ['personalDignity' as const] },
    };
    expect(JSON.stringify(determineAdultEligibility(adult, { pack: eligibilityPack }))).toBe(JSON.stringify(determineAdultEligibility(adult)));
    const carer = { asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: true, wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing' as const] } };
    const result = determineCarerEligibility(carer, { pack: eligibilityPack });
    expect(result.status).toBe('eligible');
    expect(JSON.stringify(result)).toBe(JSON.stringify(determineCarerEligibility(carer)));
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, toJsonSchema } from '../../src/index.js';
import * as risk from '../../src/risk/index.js';
import { assessProviderRisk, concernResponseDeadline, coventryRiskPack, reviewRiskLevel, type RiskPack } from '../../src/risk/index.js';
import { issuesOf } from '../helpers/refusal.js';

const medication20Days = { providerId: 'P', serviceType: 'home-support-local', asOf: '2026-06-30', evidence: [{ kind: 'quality-trigger' as const, id: 'M', date: '2026-06-10', source: 'visit', domain: 'medication' as const, finding: 'moderate' as const }] };

const SEED_WORDS = ['concernResponseHours', 'closureRegulatoryActions', 'closureSignals'];

describe('the Coventry pack and council overrides', () => {
  it('every parameter is policy, cited, and those the seed gives no value for carry a warning', () => {
    for (const [key, list] of Object.entries(coventryRiskPack.entries)) {
      for (const e of list) {
        expect(e.kind).toBe('policy');
        expect(e.citation.length).toBeGreaterThan(0);
        if (!SEED_WORDS.includes(key)) expect(e.warning, key).toBeDefined();
      }
    }
    // 24 h / 72 h are the seed's own figures (seed 003), and the closure signals are the words of Appendix 2
    // s.3 ("remove a care registration or require immediate closure"; "change the registered care status or
    // exit the market"), so no warning.
    for (const key of SEED_WORDS) expect(coventryRiskPack.entries[key as 'concernResponseHours'][0]?.warning, key).toBeUndefined();
  });

  it('is in force from 13 July 2022, the date of the Cabinet Member decision (seed 001), and refuses earlier dates', () => {
    for (const list of Object.values(coventryRiskPack.entries)) expect(list[0]?.validFrom).toBe('2022-07-13');
    expect(assessProviderRisk({ ...medication20Days, asOf: '2022-07-13', evidence: [] }).level).toBe(0);
    // One issue at asOf naming the first day of the rules (not one per parameter, and not the date given).
    const issues = issuesOf(() => assessProviderRisk({ ...medication20Days, asOf: '2022-07-12', evidence: [] }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'no_value_in_force', path: ['asOf'] });
    expect(issues[0]!.message).toMatch(/^must be on or after 2022-07-13, when Coventry QA framework \(seed 001\).* took effect$/);
  });

  it('a council that calls a concern "persistent" after 14 days (not 28) gets level 2 for a 20-day-old finding', () => {
    expect(assessProviderRisk(medication20Days).level).toBe(1);
    const leeds = extendPack(coventryRiskPack, {
      id: 'example-council-risk',
      version: '2026.1',
      entries: { persistence: [{ validFrom: '2026-04-01', value: { openDays: 14, recurrenceReviews: 3, recurrenceWindowDays: 180 }, citation: 'Example council QA policy 2026 s.4', kind: 'policy' }] },
    });
    const a = assessProviderRisk(medication20Days, { pack: leeds });
    expect(a.level).toBe(2);
    expect(a.pack.layers.map((l) => l.id)).toEqual(['coventry-risk', 'example-council-risk']);
    expect(a.trace.parameters.find((p) => p.key === 'persistence')).toMatchObject({ citation: 'Example council QA policy 2026 s.4', layer: 'example-council-risk@2026.1' });
    // Before the council's value takes effect, the Coventry default applies.
    expect(assessProviderRisk({ ...medication20Days, asOf: '2026-03-30', evidence: [{ ...medication20Days.evidence[0]!, date: '2026-03-10' }] }, { pack: leeds }).level).toBe(1);
  });

  it('a council that puts one serious concern at level 4 gets it as a risk to service users, never as failure', () => {
    const strict = extendPack(coventryRiskPack, { id: 'strict', version: '1', entries: { levelCriteria: [{ validFrom: '2022-07-13', value: { ...coventryRiskPack.entries.levelCriteria[0]!.value, singleSeriousLevel: 4 }, citation: 'Local', kind: 'policy' }] } });
    const a = assessProviderRisk({ ...medication20Days, evidence: [{ ...medication20Days.evidence[0]!, finding: 'serious' as const }] }, { pack: strict });
    expect(a).toMatchObject({ level: 4, level4Basis: ['significant-risk-to-service-users'], failureSignal: false });
  });

  it('a council can shorten the de-escalation sustain period', () => {
    const fast = extendPack(coventryRiskPack, { id: 'fast', version: '1', entries: { deEscalationSustainDays: [{ validFrom: '2022-07-13', value: { '0': 7, '1': 7, '2': 7, '3': 7 }, citation: 'Local', kind: 'policy' }] } });
    const prev = { providerId: 'P', level: 2 as const, effectiveFrom: '2026-01-05', reviewedOn: '2026-01-05', lowerCriteriaSince: '2026-01-05' };
    expect(reviewRiskLevel(prev, { providerId: 'P', asOf: '2026-01-12', level: 0 }).action).toBe('hold');
    expect(reviewRiskLevel(prev, { providerId: 'P', asOf: '2026-01-12', level: 0 }, { pack: fast }).action).toBe('de-escalate');
  });

  it('a council can set its own concern response hours', () => {
    const p = extendPack(coventryRiskPack, { id: 'x', version: '1', entries: { concernResponseHours: [{ validFrom: '2022-07-13', value: { 'high-risk': 12, further: 48 }, citation: 'Local', kind: 'policy' }] } });
    expect(concernResponseDeadline({ id: 'C', receivedAt: '2026-06-01T10:00', priority: 'high-risk' }, { pack: p }).respondBy).toBe('2026-06-01T22:00:00+01:00');
  });

  it('refuses an override that claims to be law, a value that breaks the schema, and a hand-built pack missing a parameter', () => {
    expect(() => extendPack(coventryRiskPack, { id: 'x', version: '1', entries: { widespreadDomains: [{ validFrom: '2022-07-13', value: 2, citation: 'x', kind: 'law' }] } })).toThrow(/✖ entries\.widespreadDomains\[0\]\.kind: must be "policy", the kind the parameter is declared with/);
    expect(() => extendPack(coventryRiskPack, { id: 'x', version: '1', entries: { widespreadDomains: [{ validFrom: '2022-07-13', value: 1, citation: 'x', kind: 'policy' }] } })).toThrow();
    const { widespreadDomains: _drop, ...entries } = coventryRiskPack.entries;
    const broken = { ...coventryRiskPack, entries } as unknown as RiskPack;
    try {
      assessProviderRisk(medication20Days, { pack: broken });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error) && error.issues[0]?.code).toBe('missing_key');
    }
    const badValue = { ...coventryRiskPack, entries: { ...coventryRiskPack.entries, widespreadDomains: [{ ...coventryRiskPack.entries.widespreadDomains[0]!, value: 'three' }] } } as unknown as RiskPack;
    expect(() => assessProviderRisk(medication20Days, { pack: badValue })).toThrow(/widespreadDomains/);
  });

  it('a malformed hand-built pack of any shape yields only RulesError', () => {
    const e = coventryRiskPack.entries;
    const weird: unknown[] = [
      { ...coventryRiskPack, layers: 5 },
      { ...coventryRiskPack, entries: { ...e, persistence: [null] } },
      { ...coventryRiskPack, entries: { ...e, persistence: [{ ...e.persistence[0]!, layer: undefined }] } },
      { ...coventryRiskPack, entries: { ...e, persistence: 'x' } },
      { ...coventryRiskPack, spec: [] },
    ];
    for (const pack of weird) expect(() => assessProviderRisk(medication20Days, { pack: pack as RiskPack })).toThrow(expect.objectContaining({ name: 'RulesError' }));
    fc.assert(
      fc.property(fc.anything(), (pack) => {
        try {
          assessProviderRisk(medication20Days, { pack: pack as RiskPack });
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });

  it('the JSON Schema of every exported input schema can be generated', () => {
    // riskJsonSchema is a function, not a schema; every zod schema is written with and without the area's docs.
    const schemas = Object.entries(risk).filter(([name, value]) => name.endsWith('Schema') && typeof value === 'object');
    expect(schemas.length).toBeGreaterThan(20);
    for (const [, schema] of schemas) {
      expect(typeof toJsonSchema(schema as never)).toBe('object');
      expect(typeof toJsonSchema(schema as never, risk.riskSchemaDocs)).toBe('object');
    }
  });
});

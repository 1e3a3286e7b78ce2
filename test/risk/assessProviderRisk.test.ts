import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { assessProviderRisk, reviewRiskLevel, type EvidenceItem } from '../../src/risk/index.js';
import { AS_OF, STATUS_KINDS, evidenceBody, evidenceList, worsen } from './arbitraries.js';
import { visit } from './fixtures.js';
import { issuesOf } from '../helpers/refusal.js';

const assess = (evidence: EvidenceItem[], asOf = AS_OF) => assessProviderRisk({ providerId: 'P1', serviceType: 'residential-local', asOf, evidence });

describe('assessProviderRisk: worked examples (Coventry QA framework, seed 001 Table One)', () => {
  it('level 0 "no known concerns" with a full assured visit, a Good CQC rating and a tested BCP', () => {
    const a = assess([
      ...visit('V', '2026-06-01'),
      { kind: 'cqc-rating', id: 'Q', date: '2025-06-01', source: 'CQC', overall: 'good' },
      { kind: 'business-continuity-plan', id: 'B', date: '2026-06-01', source: 'visit', status: 'tested' },
    ]);
    expect(a.level).toBe(0);
    expect(a.drivers).toEqual([]);
    expect(a.evidenceComplete).toBe(true);
    expect(a.cqcRating).toEqual({ overall: 'good', date: '2025-06-01', ageDays: 394, evidenceId: 'Q' });
  });

  it('missing evidence is reported, never read as "no concern" (level 0 says evidence incomplete)', () => {
    const a = assess([]);
    expect(a.level).toBe(0);
    expect(a.evidenceComplete).toBe(false);
    expect(a.missing.domains).toContain('medication');
    expect(a.missing.kinds).toEqual(['cqc-rating', 'business-continuity-plan']);
    expect(a.trace.steps.find((s) => s.rule === 'risk.evidence.missing')?.outcome).toBe('unknown');
    expect(a.trace.steps.at(-1)?.because).toContain('evidence incomplete');
  });

  it('stale evidence (older than the pack limit, 180 days for a visit finding) is set aside and reported with its age', () => {
    const a = assess([{ kind: 'quality-trigger', id: 'OLD', date: '2025-12-01', source: 'visit', domain: 'medication', finding: 'serious' }]);
    expect(a.level).toBe(0);
    expect(a.setAside).toEqual([{ evidence: { id: 'OLD', kind: 'quality-trigger', source: 'visit', date: '2025-12-01', ageDays: 211 }, reason: 'stale', limitDays: 180 }]);
    expect(a.missing.domains).toContain('medication');
  });

  it('a domain known only from stale evidence is reported missing even when the pack does not require it', () => {
    // An urgent-closure signal 120 days old, never resolved (limit 90 days), and family feedback 200 days old.
    const a = assess([
      { kind: 'market-oversight', id: 'MO', date: '2026-03-02', source: 'finance', signal: 'urgent-closure' },
      { kind: 'feedback', id: 'F', date: '2025-12-12', source: 'family', from: 'family', sentiment: 'negative', domain: 'nutrition-hydration' },
    ]);
    expect(a.setAside.map((s) => `${s.evidence.id}:${s.reason}:${s.limitDays}`)).toEqual(['MO:stale:90', 'F:stale:180']);
    expect(a.missing.domains).toContain('financial');
    expect(a.missing.domains).toContain('nutrition-hydration');
    expect(a.evidenceComplete).toBe(false);
    // The plan then asks for current evidence of the market position.
    expect(reviewRiskLevel(null, a).evidenceGaps).toContain('financial');
    // A current item in the domain covers it.
    const b = assess([
      { kind: 'market-oversight', id: 'MO', date: '2026-03-02', source: 'finance', signal: 'urgent-closure' },
      { kind: 'market-oversight', id: 'MO2', date: '2026-06-01', source: 'finance', signal: 'watch' },
    ]);
    expect(b.missing.domains).not.toContain('financial');
  });

  it('a single moderate finding is level 1; drivers list the evidence id and its age in days', () => {
    const a = assess([{ kind: 'quality-trigger', id: 'M1', date: '2026-06-20', source: 'visit', domain: 'medication', finding: 'moderate' }]);
    expect(a.level).toBe(1);
    expect(a.drivers).toHaveLength(1);
    expect(a.drivers[0]?.evidence).toEqual([{ id: 'M1', kind: 'quality-trigger', source: 'visit', date: '2026-06-20', ageDays: 10 }]);
  });

  it('"persistent": open longer than 28 days gives level 2 (29 days) but not at 28 days', () => {
    const at = (date: string) => assess([{ kind: 'concern', id: 'C', date, source: 'family', severity: 'low', raisedBy: 'family' }]).level;
    expect(at('2026-06-01')).toBe(2); // 29 days
    expect(at('2026-06-02')).toBe(1); // 28 days
  });

  it('"persistent": recurring on 3 distinct dates within 180 days, even when each was closed, gives level 2', () => {
    const c = (id: string, date: string, closedOn: string): EvidenceItem => ({ kind: 'complaint', id, date, source: 'complaints', severity: 'low', outcome: 'upheld', domain: 'nutrition-hydration', closedOn });
    expect(assess([c('a', '2026-02-01', '2026-02-10'), c('b', '2026-04-01', '2026-04-05'), c('c', '2026-06-01', '2026-06-03')]).level).toBe(2);
    expect(assess([c('a', '2026-02-01', '2026-02-10'), c('b', '2026-04-01', '2026-04-05')]).level).toBe(0);
  });

  it('"widespread": open concerns in 3 domains give level 2; in 2 domains, level 1', () => {
    const f = (d: 'ipc' | 'medication' | 'governance'): EvidenceItem => ({ kind: 'quality-trigger', id: d, date: '2026-06-25', source: 'visit', domain: d === 'ipc' ? 'infection-prevention-control' : d, finding: 'low' });
    expect(assess([f('ipc'), f('medication'), f('governance')]).level).toBe(2);
    expect(assess([f('ipc'), f('medication')]).level).toBe(1);
  });

  it('two open serious concerns are "significant" (level 3); one is level 2', () => {
    const s = (id: string): EvidenceItem => ({ kind: 'concern', id, date: '2026-06-25', source: 'GP', severity: 'serious', raisedBy: 'professional' });
    expect(assess([s('a')]).level).toBe(2);
    expect(assess([s('a'), s('b')]).level).toBe(3);
  });

  it('a safeguarding referral affecting 2+ adults rises one severity step (moderate becomes serious)', () => {
    const a = assess([{ kind: 'safeguarding', id: 'S', date: '2026-06-25', source: 'hub', severity: 'moderate', outcome: 'substantiated', adultsAffected: 2 }]);
    expect(a.findings[0]?.severity).toBe('serious');
    expect(a.level).toBe(2);
  });

  it('an unsubstantiated safeguarding referral is not a concern', () => {
    expect(assess([{ kind: 'safeguarding', id: 'S', date: '2026-06-25', source: 'hub', severity: 'critical', outcome: 'not-substantiated', adultsAffected: 1 }]).level).toBe(0);
  });

  it('an urgent-closure signal goes straight to 4 on the "closure or failure" basis', () => {
    const a = assess([{ kind: 'market-oversight', id: 'MO', date: '2026-06-29', source: 'provider', signal: 'urgent-closure' }]);
    expect(a.level).toBe(4);
    expect(a.level4Basis).toEqual(['closure-or-failure']);
    expect(a.failureSignal).toBe(true);
  });

  it('a critical quality concern gives 4 as "significant risk to service users", never as failure', () => {
    const a = assess([{ kind: 'concern', id: 'X', date: '2026-06-29', source: 'paramedic', severity: 'critical', raisedBy: 'professional' }]);
    expect(a.level).toBe(4);
    expect(a.level4Basis).toEqual(['significant-risk-to-service-users']);
    expect(a.failureSignal).toBe(false);
  });

  it('a CQC Inadequate rating is one serious concern (level 2); a newer Good rating replaces it', () => {
    const bad: EvidenceItem = { kind: 'cqc-rating', id: 'Q1', date: '2025-09-01', source: 'CQC', overall: 'inadequate' };
    expect(assess([bad]).level).toBe(2);
    const a = assess([bad, { kind: 'cqc-rating', id: 'Q2', date: '2026-05-01', source: 'CQC', overall: 'good' }]);
    expect(a.level).toBe(0);
    expect(a.setAside[0]).toMatchObject({ reason: 'superseded', evidence: { id: 'Q1' } });
  });

  it('an active outbreak is reported (for the temporary placement stop) without raising the level', () => {
    const a = assess([{ kind: 'outbreak', id: 'OB', date: '2026-06-28', source: 'Public Health' }]);
    expect(a.activeOutbreaks.map((r) => r.id)).toEqual(['OB']);
    expect(a.level).toBe(0);
  });

  it('a new manager (under 6 months) is a low concern; no registered manager is moderate', () => {
    const a = assess([{ kind: 'manager', id: 'M', date: '2026-06-01', source: 'visit', registeredManager: false, monthsInPost: 2, yearsExperience: 1 }]);
    expect(a.findings.map((f) => `${f.domain}:${f.severity}`).sort()).toEqual(['leadership:moderate', 'manager-competence:low', 'manager-tenure:low']);
    expect(a.level).toBe(2); // three domains: widespread
  });

  it('each id counts once: exact duplicates are ignored, conflicting duplicates refused', () => {
    const item: EvidenceItem = { kind: 'concern', id: 'C', date: '2026-06-25', source: 'GP', severity: 'serious', raisedBy: 'professional' };
    const a = assess([item, item, { ...item }]);
    expect(a.duplicatesIgnored).toEqual(['C', 'C']);
    expect(a.level).toBe(2);
    expect(issuesOf(() => assess([item, { ...item, severity: 'low' }]))).toEqual([
      { code: 'inconsistent_input', path: ['evidence', 1, 'id'], message: 'is already used by evidence[0] with different content: each id must be one record' },
    ]);
  });

  it('a CQC rating never goes stale: it stays in force until CQC replaces it, however old (seed 001 para 1.10.3)', () => {
    const a = assess([{ kind: 'cqc-rating', id: 'Q', date: '2024-06-01', source: 'CQC', overall: 'good' }]);
    expect(a.cqcRating).toMatchObject({ overall: 'good', ageDays: 759, evidenceId: 'Q' });
    expect(a.missing.kinds).not.toContain('cqc-rating');
    expect(a.setAside).toEqual([]);
  });

  it('the trace cites Table One and the pack entries, keeps criteria not met, and lists the parameters used with warnings', () => {
    const a = assess([{ kind: 'concern', id: 'C', date: '2026-06-25', source: 'GP', severity: 'serious', raisedBy: 'professional' }]);
    const step = a.trace.steps.find((s) => s.rule === 'risk.level2.single-serious')!;
    expect(step).toMatchObject({ outcome: 'met', citation: 'Coventry QA framework (seed 001) Table One level 2; pack: levelCriteria' });
    expect(step.warnings?.[0]).toMatch(/^levelCriteria: Local policy default/);
    expect(a.trace.steps.find((s) => s.rule === 'risk.level3.significant')?.outcome).toBe('not-met');
    expect(a.trace.parameters.map((p) => p.key)).toContain('persistence');
    expect(a.trace.parameters.every((p) => p.kind === 'policy' && p.layer === 'coventry-risk@2026.1')).toBe(true);
    expect(a.pack).toEqual({ id: 'coventry-risk', version: '2026.1', layers: [{ id: 'coventry-risk', version: '2026.1' }] });
  });

  it('evidence dated after asOf, or closed before it was raised, is refused', () => {
    expect(issuesOf(() => assess([{ kind: 'concern', id: 'C', date: '2026-07-01', source: 'GP', severity: 'low', raisedBy: 'professional' }]))).toEqual([
      { code: 'inconsistent_input', path: ['evidence', 0, 'date'], message: 'must be on or before asOf; assess as of a later date' },
    ]);
    expect(issuesOf(() => assess([{ kind: 'concern', id: 'C', date: '2026-06-01', source: 'GP', severity: 'low', raisedBy: 'professional', closedOn: '2026-05-01' }]))).toEqual([
      { code: 'inconsistent_input', path: ['evidence', 0, 'closedOn'], message: "must be on or after the item's own date" },
    ]);
  });
});

describe('assessProviderRisk: properties', () => {
  it('the level is always 0-4 and is the highest level of the criteria met', () => {
    fc.assert(
      fc.property(evidenceList('e'), (ev) => {
        const a = assess(ev);
        expect([0, 1, 2, 3, 4]).toContain(a.level);
        expect(a.level).toBe(Math.max(0, ...a.criteria.filter((c) => c.met).map((c) => c.level)));
        expect(a.drivers.length > 0).toBe(a.level > 0);
      }),
    );
  });

  it('more evidence never lowers the level (a newer status of a kind already present replaces it, so is excluded)', () => {
    fc.assert(
      fc.property(evidenceList('a'), evidenceList('b', 10), (base, extra) => {
        const latest = new Map<string, string>();
        for (const e of base) if (STATUS_KINDS.has(e.kind) && e.date > (latest.get(e.kind) ?? '')) latest.set(e.kind, e.date);
        const more = extra.filter((e) => !STATUS_KINDS.has(e.kind) || !latest.has(e.kind) || e.date <= latest.get(e.kind)!);
        expect(assess([...base, ...more]).level).toBeGreaterThanOrEqual(assess(base).level);
      }),
    );
  });

  it('worse evidence (higher severity, worse rating or status, reopened, more adults) never lowers the level', () => {
    fc.assert(
      fc.property(evidenceList('a').filter((l) => l.length > 0), fc.nat(), (base, pick) => {
        const i = pick % base.length;
        const worse = base.map((e, j) => (j === i ? worsen(e) : e));
        expect(assess(worse).level).toBeGreaterThanOrEqual(assess(base).level);
      }),
    );
  });

  it('quality evidence alone is never read as financial failure', () => {
    fc.assert(
      fc.property(evidenceList('q'), (ev) => {
        const quality = ev.filter((e) => e.kind !== 'market-oversight' && e.kind !== 'regulatory-action');
        const a = assess(quality);
        expect(a.failureSignal).toBe(false);
        expect(a.level4Basis).not.toContain('closure-or-failure');
      }),
    );
  });

  it('every unresolved observation older than its limit is set aside as stale and scores nothing', () => {
    fc.assert(
      fc.property(evidenceList('s'), (ev) => {
        const a = assess(ev);
        const stale = new Set(a.setAside.filter((s) => s.reason === 'stale').map((s) => s.evidence.id));
        for (const s of a.setAside) if (s.reason === 'stale') expect(s.evidence.ageDays).toBeGreaterThan(s.limitDays!);
        for (const f of a.findings) expect(stale.has(f.evidence.id)).toBe(false);
      }),
    );
  });

  it('giving every item twice changes nothing but the duplicate list', () => {
    fc.assert(
      fc.property(evidenceList('d', 12), (ev) => {
        const once = assess(ev);
        const twice = assess([...ev, ...ev]);
        expect(twice.level).toBe(once.level);
        expect(twice.findings).toEqual(once.findings);
        expect(twice.duplicatesIgnored).toHaveLength(ev.length);
      }),
    );
  });

  it('invalid input of any shape yields only RulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        try {
          assessProviderRisk(input as never, options as never);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(evidenceBody, fc.anything(), (body, junk) => {
        try {
          assessProviderRisk({ providerId: 'P', serviceType: 'x', asOf: AS_OF, evidence: [{ ...body, id: 'x', date: junk } as never] });
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });
});

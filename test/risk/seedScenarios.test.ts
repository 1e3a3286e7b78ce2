// Worked scenarios from the Coventry report (seed 001: para 1.10-1.21, Table One, Appendix 2) and its market
// support offer (seed 003), each as a council quality-assurance officer would meet it, with the paragraph it
// follows. Then the properties the reading of evidence must keep.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import {
  COVENTRY_SERVICE_TYPES,
  assessProviderRisk,
  confirmRiskDecision,
  coventryRiskPack,
  planRiskResponse,
  reviewRiskLevel,
  type EvidenceItem,
} from '../../src/risk/index.js';
import { AS_OF, evidenceList } from './arbitraries.js';
import { BANK_HOLIDAYS_2026, visit } from './fixtures.js';
import { issuesOf } from '../helpers/refusal.js';

const bcp: EvidenceItem = { kind: 'business-continuity-plan', id: 'BCP', date: '2026-06-01', source: 'visit', status: 'tested' };
const good: EvidenceItem = { kind: 'cqc-rating', id: 'CQC', date: '2025-03-01', source: 'CQC', overall: 'good' };
const clean = [...visit('V', '2026-06-01'), bcp, good];
const assess = (evidence: EvidenceItem[], serviceType = 'residential-local', asOf = AS_OF) => assessProviderRisk({ providerId: 'P', serviceType, asOf, evidence });
const plan = (d: Parameters<typeof planRiskResponse>[0]) => planRiskResponse(d, { bankHolidays: BANK_HOLIDAYS_2026 });

describe('evidence read by kind (para 1.12 "frequency, substantiated and severity of safeguarding referrals")', () => {
  it('a closed, substantiated, critical enquiry two weeks old still counts: level 4, significant risk to service users', () => {
    const sg: EvidenceItem = { kind: 'safeguarding', id: 'SG-1', date: '2026-06-16', source: 'safeguarding hub', severity: 'critical', outcome: 'substantiated', adultsAffected: 1, closedOn: '2026-06-26' };
    const a = assess([...clean, sg]);
    expect(a).toMatchObject({ level: 4, level4Basis: ['significant-risk-to-service-users'], failureSignal: false });
    expect(a.findings.find((f) => f.evidence.id === 'SG-1')).toMatchObject({ open: false, current: true, closedOn: '2026-06-26' });
    // It counts for the pack's window after closure (default 90 days, a warned library default), then no more.
    expect(assess([...clean, sg], 'residential-local', '2026-09-24').level).toBe(4);
    expect(assess([...clean, { ...sg, date: '2026-06-16' }], 'residential-local', '2026-09-25').level).toBe(0);
    expect(a.trace.steps.find((s) => s.rule === 'risk.level4.significant-risk-to-service-users')?.warnings?.join(' ')).toMatch(/Local policy default/);
  });

  it('an enquiry closed as not substantiated stops counting at closure', () => {
    const sg: EvidenceItem = { kind: 'safeguarding', id: 'SG-2', date: '2026-06-16', source: 'hub', severity: 'critical', outcome: 'not-substantiated', adultsAffected: 1, closedOn: '2026-06-26' };
    expect(assess([...clean, sg]).level).toBe(0);
  });

  it('a run of five inconclusive referrals in three months gives level 2 (frequency counts whatever the outcome)', () => {
    const run: EvidenceItem[] = ['2026-04-08', '2026-04-29', '2026-05-20', '2026-06-03', '2026-06-24'].map((date, i) => ({ kind: 'safeguarding', id: `SG-R${i}`, date, source: 'hub', severity: 'moderate', outcome: 'inconclusive', adultsAffected: 1, closedOn: date }));
    const a = assess([...clean, ...run]);
    expect(a.level).toBe(2);
    expect(a.drivers.map((d) => d.criterion)).toEqual(['safeguarding-frequency']);
    expect(a.drivers[0]?.evidence.map((e) => e.id)).toEqual(['SG-R0', 'SG-R1', 'SG-R2', 'SG-R3', 'SG-R4']);
    // Two referrals are not "frequent" (default 3 within 90 days): no concern is read from inconclusive outcomes.
    expect(assess([...clean, ...run.slice(3)]).level).toBe(0);
  });
});

describe('a CQC rating stays in force until CQC replaces it (para 1.10.3; Appendix 2 s.7)', () => {
  it('an Inadequate rating 810 days old: level 2, a key focus, visits every 90 days, and no request for "current" CQC evidence', () => {
    const inadequate: EvidenceItem = { kind: 'cqc-rating', id: 'CQC-OLD', date: '2024-04-11', source: 'CQC', overall: 'inadequate' };
    const a = assess([...visit('V', '2026-06-01'), bcp, inadequate]);
    expect(a.cqcRating).toMatchObject({ overall: 'inadequate', ageDays: 810 });
    expect(a).toMatchObject({ level: 2, cqcFocus: true, evidenceComplete: true, setAside: [], monitoring: { visitEveryDays: 90 } });
    const d = reviewRiskLevel(null, a);
    expect(plan(d).actions.some((x) => x.id.startsWith('obtain-evidence'))).toBe(false);
  });
});

describe('service-type profiles (Appendix 2 s.8 table; para 1.13 "guided by type of care setting")', () => {
  it('a day service (CQC: None) is never asked for a CQC rating, and home support is not asked for a dependency tool or nutrition', () => {
    const dayVisit = visit('V', '2026-06-01').filter((e) => e.kind === 'quality-trigger' && e.domain !== 'dependency-tools');
    const day = assess([...dayVisit, bcp], 'day-service-local');
    expect(day).toMatchObject({ level: 0, evidenceComplete: true, missing: { domains: [], kinds: [] }, serviceProfile: { cqc: 'none', label: 'Day Service (Local)' } });
    const homeVisit = visit('V', '2026-06-01').filter((e) => e.kind === 'quality-trigger' && e.domain !== 'dependency-tools' && e.domain !== 'nutrition-hydration');
    expect(assess([...homeVisit, bcp, good], 'home-support-local').evidenceComplete).toBe(true);
    // The same evidence for a care home lacks the CQC rating and the two care-home triggers.
    expect(assess([...homeVisit, bcp], 'residential-local').missing).toEqual({ domains: ['dependency-tools', 'nutrition-hydration'], kinds: ['cqc-rating'] });
  });

  it('the vocabulary is the section 8 table; "care home" is refused with the field and the known types; a council adds its own type', () => {
    expect(Object.keys(COVENTRY_SERVICE_TYPES)).toHaveLength(12);
    const issues = issuesOf(() => assess(clean, 'care home'));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_value', path: ['serviceType'] });
    expect(issues[0]!.message).toMatch(/^must be one of the pack's service types: residential-national, .*\(seed 001 Appendix 2 s\.8\)/);
    const withSupportedLiving = extendPack(coventryRiskPack, {
      id: 'council',
      version: '1',
      entries: {
        serviceTypes: [
          {
            validFrom: '2026-01-01',
            value: { ...COVENTRY_SERVICE_TYPES, 'supported-living': { label: 'Supported living', cqc: 'oversight', evidence: { domains: ['medication'], kinds: ['cqc-rating'] }, visitEveryDays: 180 } },
            citation: 'Council QA policy 2026',
            kind: 'policy',
          },
        ],
      },
    });
    const a = assessProviderRisk({ providerId: 'P', serviceType: 'supported-living', asOf: AS_OF, evidence: clean }, { pack: withSupportedLiving });
    expect(a).toMatchObject({ serviceType: 'supported-living', evidenceComplete: true, monitoring: { visitEveryDays: 180 } });
  });

  it('the risk profile of para 1.10.3 (people supported, location, complexity) may shorten the visit cadence', () => {
    const base = assessProviderRisk({ providerId: 'P', serviceType: 'residential-local', asOf: AS_OF, evidence: clean, riskProfile: { peopleSupported: 20, complexity: 'standard' } });
    expect(base.monitoring).toEqual({ visitEveryDays: 365, basis: [] });
    const big = assessProviderRisk({ providerId: 'P', serviceType: 'residential-local', asOf: AS_OF, evidence: clean, riskProfile: { peopleSupported: 64, complexity: 'complex' } });
    expect(big.monitoring).toEqual({ visitEveryDays: 90, basis: ['64 people supported (at least 50)', 'complexity of service: complex'] });
    expect(big.level).toBe(base.level);
  });
});

describe('governance: the level is a recommendation; the panels decide (para 1.17-1.21)', () => {
  const previous = { providerId: 'P', level: 2 as const, effectiveFrom: '2026-03-02', reviewedOn: '2026-06-15', lowerCriteriaSince: null, enteredBy: 'escalation' as const };
  const serious: EvidenceItem[] = [
    { kind: 'concern', id: 'C1', date: '2026-06-20', source: 'district nurse', severity: 'serious', raisedBy: 'professional', domain: 'medication' },
    { kind: 'concern', id: 'C2', date: '2026-06-22', source: 'family', severity: 'serious', raisedBy: 'family', domain: 'staffing-levels' },
  ];
  const rec = reviewRiskLevel(previous, assess([...clean, ...serious]));

  it('a level 3 recommendation goes to PEP via a QPSG referral and is confirmed by PEP', () => {
    expect(rec).toMatchObject({ status: 'recommendation', action: 'escalate', level: 3, confirmBy: 'pep', qpsgReferralRequired: true });
    const d = confirmRiskDecision(rec, { confirmedBy: 'pep', decidedOn: '2026-07-03', qpsgReferral: { referredOn: '2026-07-01' }, reference: 'PEP minutes 3 July 2026, item 4' });
    expect(d).toMatchObject({ level: 3, recommendedLevel: 3, departure: null, confirmedBy: 'pep', qpsgReferral: { referredOn: '2026-07-01' }, effectiveFrom: '2026-07-03', enteredBy: 'escalation' });
    expect(d.state).toMatchObject({ level: 3, effectiveFrom: '2026-07-03', reviewedOn: '2026-07-03' });
    // The plan for it starts with the QPSG referral (para 1.19).
    expect(plan(rec).escalations[0]).toMatchObject({ id: 'qpsg-referral-to-pep', mode: 'required' });
  });

  it('a level 3 recommendation the QPSG does not refer: level 2 kept, with the reason recorded', () => {
    const d = confirmRiskDecision(rec, { confirmedBy: 'qpsg', decidedOn: '2026-07-01', level: 2, reason: 'Both concerns were addressed at an unannounced visit on 30 June; QPSG keeps oversight for four weeks.' });
    expect(d).toMatchObject({ level: 2, recommendedLevel: 3, confirmedBy: 'qpsg', departure: { recommendedLevel: 3, decidedLevel: 2, reason: expect.stringMatching(/unannounced visit/) }, effectiveFrom: '2026-03-02', enteredBy: 'escalation' });
    expect(d.trace.steps.find((s) => s.rule === 'risk.decision.departure')?.outcome).toBe('met');
    // The next review starts from the level decided.
    expect(reviewRiskLevel(d.state, assess([...clean, ...serious], 'residential-local', '2026-07-06')).fromLevel).toBe(2);
  });

  it('refuses the wrong body, a jump to PEP with no QPSG step, and a departure with no reason', () => {
    const err = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        if (isRulesError(e)) return e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
      }
      return '';
    };
    expect(err(() => confirmRiskDecision(rec, { confirmedBy: 'qpsg', decidedOn: '2026-07-03', qpsgReferral: { referredOn: '2026-07-01' } }))).toMatch(/record\.confirmedBy: a move from level 2 to 3 is decided by the Provider Escalation Panel/);
    expect(err(() => confirmRiskDecision(rec, { confirmedBy: 'pep', decidedOn: '2026-07-03' }))).toMatch(/record\.qpsgReferral: level 3 from level 2 goes to PEP via a QPSG referral/);
    expect(err(() => confirmRiskDecision(rec, { confirmedBy: 'pep', decidedOn: '2026-07-03', level: 4, qpsgReferral: { referredOn: '2026-07-01' } }))).toMatch(/record\.reason/);
    // A first review straight to PEP also needs the QPSG step (0 to PEP is not possible without it).
    const first = reviewRiskLevel(null, assess([...clean, ...serious]));
    expect(first).toMatchObject({ level: 3, qpsgReferralRequired: true });
  });
});

describe('governance properties', () => {
  const level = fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>;
  it('any recommendation confirmed by the right body (via QPSG into PEP) keeps its level; any departure with a reason gives the level decided; a wrong body is refused', () => {
    fc.assert(
      fc.property(fc.option(level, { nil: null }), level, level, (from, assessed, decided) => {
        const previous = from === null ? null : { providerId: 'P', level: from, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null };
        const rec = reviewRiskLevel(previous, { providerId: 'P', asOf: '2026-03-09', level: assessed });
        const via = (to: number) => (to >= 3 && (from === null || from < 3) ? { qpsgReferral: { referredOn: '2026-03-10' } } : {});
        const bodyFor = (to: number) => (Math.max(from ?? to, to) >= 3 ? 'pep' : Math.max(from ?? to, to) >= 1 ? 'qpsg' : 'contract-officer') as 'pep' | 'qpsg' | 'contract-officer';
        expect(rec.confirmBy).toBe(bodyFor(rec.level));
        const ok = confirmRiskDecision(rec, { confirmedBy: rec.confirmBy, decidedOn: '2026-03-11', ...via(rec.level) });
        expect([ok.level, ok.departure, ok.state.level]).toEqual([rec.level, null, rec.level]);
        const d = confirmRiskDecision(rec, { confirmedBy: bodyFor(decided), decidedOn: '2026-03-11', level: decided, reason: 'panel judgement', ...via(decided) });
        expect(d.level).toBe(decided);
        expect(d.state.level).toBe(decided);
        expect(d.departure === null).toBe(decided === rec.level);
        const wrong = (['contract-officer', 'qpsg', 'pep'] as const).find((b) => b !== bodyFor(decided))!;
        expect(() => confirmRiskDecision(rec, { confirmedBy: wrong, decidedOn: '2026-03-11', level: decided, reason: 'x', ...via(decided) })).toThrow(/record\.confirmedBy/);
        // The state of a decision is accepted by the next review.
        expect(() => reviewRiskLevel(d.state, { providerId: 'P', asOf: '2026-03-16', level: assessed })).not.toThrow();
      }),
    );
  });
});

describe('financial and closure signals route to the provider-failure side (seed 003; Appendix 2 s.3, s.8)', () => {
  it('financial distress alone: level 1 (policy), no quality notice of concern, the Market Failure Plan actions instead', () => {
    const fd: EvidenceItem = { kind: 'market-oversight', id: 'MO-1', date: '2026-06-20', source: 'finance', signal: 'financial-distress' };
    const a = assess([...clean, fd]);
    expect(a).toMatchObject({ level: 1, qualityLevel: 0, failureSignal: false, providerFailureSignals: [{ signal: 'financial-distress', route: 'provider-failure' }] });
    const p = plan(reviewRiskLevel(null, a));
    expect(p.actions.some((x) => x.id === 'notice-of-concern')).toBe(false);
    expect(p.actions.filter((x) => x.reason === 'failure-signal').map((x) => x.id)).toContain('alternative-capacity');
    // Even a council that puts financial distress at level 2 gets no notice of concern: it is issued "in event of poor quality".
    const two = extendPack(coventryRiskPack, { id: 'c', version: '1', entries: { marketSignalLevel: [{ validFrom: '2026-01-01', value: { ...coventryRiskPack.entries.marketSignalLevel[0]!.value, 'financial-distress': 2 }, citation: 'x', kind: 'policy' }] } });
    const p2 = planRiskResponse(reviewRiskLevel(null, assessProviderRisk({ providerId: 'P', serviceType: 'residential-local', asOf: AS_OF, evidence: [...clean, fd] }, { pack: two }), { pack: two }), { bankHolidays: [], pack: two });
    expect(p2.level).toBe(2);
    expect(p2.notIssuedWithoutQualityConcern.map((x) => x.id)).toEqual(['notice-of-concern']);
  });

  it('a resolved signal with no quality concern clears at once, not after weeks or months of sustain periods', () => {
    const urgent: EvidenceItem = { kind: 'market-oversight', id: 'MO-2', date: '2026-06-08', source: 'provider notice', signal: 'urgent-closure' };
    const up = reviewRiskLevel(null, assess([...clean, urgent], 'residential-local', '2026-06-08'));
    expect(up).toMatchObject({ level: 4, qualityLevel: 0, state: { signalHeld: true } });
    const down = reviewRiskLevel(up.state, assess([...clean, { ...urgent, resolvedOn: '2026-06-12' } as EvidenceItem], 'residential-local', '2026-06-15'));
    expect(down).toMatchObject({ action: 'de-escalate', level: 0, pendingDeEscalation: null, confirmBy: 'pep' });
    // A council that wants signal levels to come down like quality ones says so in its pack.
    const sustain = extendPack(coventryRiskPack, { id: 'c', version: '1', entries: { signalClearing: [{ validFrom: '2026-01-01', value: 'sustain', citation: 'x', kind: 'policy' }] } });
    const held = reviewRiskLevel(up.state, assess([...clean, { ...urgent, resolvedOn: '2026-06-12' } as EvidenceItem], 'residential-local', '2026-06-15'), { pack: sustain });
    expect(held).toMatchObject({ action: 'hold', level: 4 });
  });

  it('a planned market exit is a closure signal: routed to the contingency plan, at the level the pack sets (1 by default)', () => {
    const exit: EvidenceItem = { kind: 'market-oversight', id: 'EXIT', date: '2026-06-12', source: 'provider notice: owner retiring, home to close in 6 months', signal: 'market-exit' };
    const a = assess([...clean, exit]);
    expect(a).toMatchObject({ level: 1, qualityLevel: 0, failureSignal: true, level4Basis: [], providerFailureSignals: [{ signal: 'market-exit', closureOrFailure: true }] });
    const p = plan(reviewRiskLevel(null, a));
    expect(p.actions.filter((x) => x.reason === 'failure-signal').map((x) => x.id)).toEqual(['record-failure-risk', 'senior-engagement', 'identify-people', 'failure-strategy-meeting', 'alternative-capacity']);
    expect(p.contractual).toEqual([]);
  });

  it('a CQC decision to remove the registration is a closure signal (level 4, closure or failure)', () => {
    const cancel: EvidenceItem = { kind: 'regulatory-action', id: 'NOD', date: '2026-06-20', source: 'CQC', action: 'registration-cancellation' };
    expect(assess([...clean, cancel])).toMatchObject({ level: 4, failureSignal: true, level4Basis: expect.arrayContaining(['closure-or-failure']) });
  });
});

describe('properties of the evidence reading', () => {
  const substantiated = fc.record({
    day: fc.integer({ min: 0, max: 400 }),
    closeAfter: fc.integer({ min: 0, max: 300 }),
    severity: fc.constantFrom('low', 'moderate', 'serious', 'critical' as const),
    outcome: fc.constantFrom('substantiated', 'partly-substantiated' as const),
    adults: fc.integer({ min: 1, max: 4 }),
  });
  const dayIso = (d: number) => new Date(Date.UTC(2026, 5, 30) - d * 86_400_000).toISOString().slice(0, 10);

  it('closing a substantiated enquiry never lowers the level within the window', () => {
    fc.assert(
      fc.property(evidenceList('E', 15), substantiated, (list, s) => {
        const date = dayIso(s.day);
        const closedDay = Math.max(0, s.day - s.closeAfter);
        const open: EvidenceItem = { kind: 'safeguarding', id: 'SG', date, source: 'hub', severity: s.severity, outcome: s.outcome, adultsAffected: s.adults };
        const closed = { ...open, closedOn: dayIso(closedDay) } as EvidenceItem;
        const within = closedDay <= 90; // the default window: days from closure to AS_OF
        const before = assess([...list, open]).level;
        const after = assess([...list, closed]).level;
        if (within) expect(after).toBeGreaterThanOrEqual(before);
        else expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('the age of an in-force CQC rating never changes the level', () => {
    fc.assert(
      fc.property(evidenceList('E', 20), fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate' as const), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (list, overall, d1, d2) => {
        const others = list.filter((e) => e.kind !== 'cqc-rating');
        const rating = (d: number): EvidenceItem => ({ kind: 'cqc-rating', id: 'CQC', date: dayIso(d), source: 'CQC', overall });
        const a = assess([...others, rating(d1)]);
        const b = assess([...others, rating(d2)]);
        expect(b.level).toBe(a.level);
        expect(b.missing).toEqual(a.missing);
      }),
    );
  });

  it('more safeguarding referrals, of any outcome, never lower the level', () => {
    fc.assert(
      fc.property(evidenceList('E', 15), fc.integer({ min: 0, max: 120 }), fc.constantFrom('inconclusive', 'not-substantiated', 'ceased-at-request', 'open' as const), (list, d, outcome) => {
        const extra: EvidenceItem = { kind: 'safeguarding', id: 'SG+', date: dayIso(d), source: 'hub', severity: 'low', outcome, adultsAffected: 1 };
        expect(assess([...list, extra]).level).toBeGreaterThanOrEqual(assess(list).level);
      }),
    );
  });
});

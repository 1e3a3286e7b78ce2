import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError } from '../../src/index.js';
import { assessProviderRisk, coventryRiskPack, replayRiskHistory, reviewRiskLevel, type EvidenceItem, type RiskLevelDecision, type RiskLevelState, type RiskPack } from '../../src/risk/index.js';
import { IsoDateSchema, _dayNumber } from '../../src/core/dates.js';
import { _replayDayNumber } from '../../src/risk/replayRiskHistory.js';
import { EvidenceItemSchema, _isEvidenceItem, _isIsoDate } from '../../src/risk/schemas.js';
import { evidenceBody, evidenceList } from './arbitraries.js';
import { elmHouseWalk, walkInput } from './fixtures.js';
import { _formatPath } from '../../src/core/errors.js';

const CLOSURE = ['closedOn', 'resolvedOn', 'endedOn'] as const;

/**
 * The evidence known on a date: items dated by then, their closure only once it has happened, and, before a
 * closure, the outcome not yet known (a safeguarding enquiry "open", a complaint "pending").
 */
function known(history: readonly EvidenceItem[], asOf: string): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const item of history) {
    if (item.date > asOf) continue;
    const x = { ...item } as Record<string, unknown>;
    for (const f of CLOSURE) {
      if (typeof x[f] === 'string' && (x[f] as string) > asOf) {
        delete x[f];
        if (item.kind === 'safeguarding') x.outcome = 'open';
        if (item.kind === 'complaint') x.outcome = 'pending';
      }
    }
    out.push(x as EvidenceItem);
  }
  return out;
}

const pick = (d: RiskLevelDecision) => ({
  asOf: d.asOf,
  action: d.action,
  fromLevel: d.fromLevel,
  assessedLevel: d.assessedLevel,
  qualityLevel: d.qualityLevel,
  level: d.level,
  effectiveFrom: d.effectiveFrom,
  enteredBy: d.enteredBy,
  nextReviewDate: d.nextReviewDate,
  pendingDeEscalation: d.pendingDeEscalation,
  confirmBy: d.confirmBy,
  qpsgReferralRequired: d.qpsgReferralRequired,
  failureSignal: d.failureSignal,
  failureRoute: d.failureRoute,
  activeOutbreak: d.activeOutbreak,
  outbreakNotifiedOn: d.outbreakNotifiedOn,
  evidenceGaps: d.evidenceGaps,
  lowerCriteriaSince: d.state.lowerCriteriaSince,
  signalHeld: d.state.signalHeld,
});

function perWeek(history: readonly EvidenceItem[], serviceType: string, dates: readonly string[], pack?: RiskPack) {
  let state: RiskLevelState | null = null;
  return dates.map((asOf) => {
    const a = assessProviderRisk({ providerId: 'P', serviceType, asOf, evidence: known(history, asOf) }, { pack });
    const d = reviewRiskLevel(state, a, { pack });
    state = d.state;
    return pick(d);
  });
}

const weekly = (start: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * 7 * 86_400_000).toISOString().slice(0, 10));

describe('replayRiskHistory: a provider\'s history, validated once, equal to the per-week calls', () => {
  it('property: review by review, the replay equals assessProviderRisk then reviewRiskLevel on the evidence known each week', () => {
    fc.assert(
      fc.property(
        evidenceList('E', 30),
        fc.constantFrom('residential-local', 'home-support-local', 'day-service-local', 'sheltered'),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 40 }),
        (history, serviceType, offset, n) => {
          const dates = weekly(new Date(Date.UTC(2025, 5, 2) + offset * 7 * 86_400_000).toISOString().slice(0, 10), n).filter((d) => d <= '2026-06-30');
          if (dates.length === 0) return;
          const replay = replayRiskHistory({ providerId: 'P', serviceType, evidence: history, reviewDates: dates });
          const expected = perWeek(history, serviceType, dates);
          expect(replay.reviews).toEqual(expected);
          // The flat state of each review is the state reviewRiskLevel returns.
          const last = expected[expected.length - 1]!;
          expect(replay.finalState).toEqual({ providerId: 'P', level: last.level, effectiveFrom: last.effectiveFrom, reviewedOn: last.asOf, lowerCriteriaSince: last.lowerCriteriaSince, enteredBy: last.enteredBy, signalHeld: last.signalHeld });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('property: the same with a council pack (short windows, sustain clearing, other thresholds)', () => {
    const base = coventryRiskPack.entries;
    const council = extendPack(coventryRiskPack, {
      id: 'council',
      version: '1',
      entries: {
        persistence: [{ validFrom: '2025-01-01', value: { openDays: 10, recurrenceReviews: 2, recurrenceWindowDays: 60 }, citation: 'x', kind: 'policy' }],
        signalClearing: [{ validFrom: '2025-01-01', value: 'sustain', citation: 'x', kind: 'policy' }],
        safeguarding: [{ validFrom: '2025-01-01', value: { ...base.safeguarding[0]!.value, substantiatedWindowDays: 30, frequency: { referrals: 2, windowDays: 60, level: 3 } }, citation: 'x', kind: 'policy' }],
        deEscalationSustainDays: [{ validFrom: '2025-01-01', value: { '0': 14, '1': 14, '2': 7, '3': 7 }, citation: 'x', kind: 'policy' }],
        widespreadDomains: [{ validFrom: '2026-01-01', value: 2, citation: 'x (a new period mid-replay)', kind: 'policy' }],
      },
    });
    fc.assert(
      fc.property(evidenceList('E', 30), fc.integer({ min: 5, max: 60 }), (history, n) => {
        const dates = weekly('2025-09-01', n);
        const replay = replayRiskHistory({ providerId: 'P', serviceType: 'nursing-local', evidence: history, reviewDates: dates }, { pack: council });
        expect(replay.reviews).toEqual(perWeek(history, 'nursing-local', dates, council));
      }),
      { numRuns: 80 },
    );
  });

  it('property: equal at every boundary, reviewing daily over a dense history (closures, windows, sustain periods)', () => {
    const day = (d: number) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const sev = fc.constantFrom('low', 'moderate', 'serious', 'critical' as const);
    const item = fc.oneof(
      fc.record({ d: fc.integer({ min: 0, max: 150 }), c: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), severity: sev, outcome: fc.constantFrom('open', 'substantiated', 'partly-substantiated', 'inconclusive', 'not-substantiated' as const), adults: fc.integer({ min: 1, max: 3 }) }).map(
        ({ d, c, severity, outcome, adults }) => ({ kind: 'safeguarding', id: '', date: day(d), source: 'hub', severity, outcome, adultsAffected: adults, ...(c === undefined ? {} : { closedOn: day(d + c) }) }) as EvidenceItem,
      ),
      fc.record({ d: fc.integer({ min: 0, max: 150 }), c: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), severity: sev, outcome: fc.constantFrom('pending', 'upheld', 'not-upheld' as const) }).map(
        ({ d, c, severity, outcome }) => ({ kind: 'complaint', id: '', date: day(d), source: 'team', severity, outcome, domain: 'medication', ...(c === undefined ? {} : { closedOn: day(d + c) }) }) as EvidenceItem,
      ),
      fc.record({ d: fc.integer({ min: 0, max: 150 }), c: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), signal: fc.constantFrom('financial-distress', 'urgent-closure', 'market-exit' as const) }).map(
        ({ d, c, signal }) => ({ kind: 'market-oversight', id: '', date: day(d), source: 'finance', signal, ...(c === undefined ? {} : { resolvedOn: day(d + c) }) }) as EvidenceItem,
      ),
      fc.record({ d: fc.integer({ min: 0, max: 150 }), c: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }), severity: sev }).map(
        ({ d, c, severity }) => ({ kind: 'quality-trigger', id: '', date: day(d), source: 'visit', domain: 'staffing-levels', finding: severity, ...(c === undefined ? {} : { resolvedOn: day(d + c) }) }) as EvidenceItem,
      ),
    );
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 8 }), (raw) => {
        const history = raw.map((x, i) => ({ ...x, id: `H${i}` }) as EvidenceItem);
        const dates = Array.from({ length: 170 }, (_, i) => day(40 + i));
        const replay = replayRiskHistory({ providerId: 'P', serviceType: 'residential-local', evidence: history, reviewDates: dates });
        expect(replay.reviews).toEqual(perWeek(history, 'residential-local', dates));
      }),
      { numRuns: 25 },
    );
  });

  it('Elm House: the replay of the whole walk gives the walk\'s decisions', () => {
    // The walk's evidence, as its final history (each item as it finally stands).
    const byId = new Map<string, EvidenceItem>();
    for (const step of elmHouseWalk) for (const item of walkInput(step).evidence) byId.set(item.id, item);
    const history = [...byId.values()];
    const dates = elmHouseWalk.map((s) => s.asOf);
    const replay = replayRiskHistory({ providerId: 'ELM-HOUSE', serviceType: 'residential-local', evidence: history, reviewDates: dates });
    expect(replay.reviews.map((r) => [r.asOf, r.assessedLevel, r.action, r.level])).toEqual(elmHouseWalk.map((s) => [s.asOf, s.assessed, s.action, s.level]));
    expect(replay.finalState).toMatchObject({ level: 0, enteredBy: 'de-escalation' });
    expect(replay.trace.steps.map((s) => s.rule)).toEqual(['risk.replay.evidence', 'risk.replay.reviews']);
  });

  it('continues from a previous state, and refuses dates out of order, an unknown service type, conflicting ids and dates before the pack', () => {
    const prev = { providerId: 'P', level: 2 as const, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null };
    const r = replayRiskHistory({ providerId: 'P', serviceType: 'residential-local', evidence: [], reviewDates: ['2026-03-09'], previous: prev });
    expect(r.reviews[0]).toMatchObject({ fromLevel: 2, assessedLevel: 0, action: 'hold', level: 2, pendingDeEscalation: { toLevel: 1, eligibleOn: '2026-05-04' } });
    const issues = (input: unknown) => {
      try {
        replayRiskHistory(input as never);
      } catch (e) {
        if (isRulesError(e)) return e.issues.map((i) => `${_formatPath(i.path)}: ${i.message}`).join('\n');
        throw e;
      }
      return '';
    };
    expect(issues({ providerId: 'P', serviceType: 'residential-local', evidence: [], reviewDates: ['2026-03-09', '2026-03-09'] })).toMatch(/^reviewDates\[1\]: must be after the review date before it \(review dates are strictly increasing\)$/);
    expect(issues({ providerId: 'P', serviceType: 'care home', evidence: [], reviewDates: ['2026-03-09'] })).toMatch(/^serviceType: must be one of the pack's service types: residential-national, /);
    const c: EvidenceItem = { kind: 'concern', id: 'X', date: '2026-01-01', source: 's', severity: 'low', raisedBy: 'family' };
    expect(issues({ providerId: 'P', serviceType: 'residential-local', evidence: [c, { ...c, severity: 'serious' }], reviewDates: ['2026-03-09'] })).toMatch(/^evidence\[1\]\.id: is already used by evidence\[0\] with different content/);
    expect(issues({ providerId: 'P', serviceType: 'residential-local', evidence: [], reviewDates: ['2022-07-12'] })).toBe('reviewDates[0]: must be on or after 2022-07-13, when Coventry QA framework (seed 001) para 1.12 (triggers); ages are library defaults (a CQC rating stays in force until CQC replaces it and never goes stale) took effect');
    expect(issues({ providerId: 'P', serviceType: 'residential-local', evidence: [{ ...c, closedOn: '2025-12-01' }], reviewDates: ['2026-03-09'] })).toBe("evidence[0].closedOn: must be on or after the item's own date");
  });

  it('invalid input of any shape yields only RulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        try {
          replayRiskHistory(a as never, b as never);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });

  it('property: over three years of weekly reviews (items settle: closed, past every window, or stale for good), the replay still equals the per-week calls', () => {
    const council = extendPack(coventryRiskPack, {
      id: 'council-short',
      version: '1',
      entries: { persistence: [{ validFrom: '2023-01-01', value: { openDays: 14, recurrenceReviews: 2, recurrenceWindowDays: 42 }, citation: 'x', kind: 'policy' }] },
    });
    fc.assert(
      fc.property(evidenceList('L', 40), fc.boolean(), fc.constantFrom('residential-local', 'home-support-local', 'day-service-local'), (history, short, serviceType) => {
        const dates = weekly('2024-01-01', 130);
        const pack = short ? council : undefined;
        const replay = replayRiskHistory({ providerId: 'P', serviceType, evidence: history, reviewDates: dates }, { pack });
        expect(replay.reviews).toEqual(perWeek(history, serviceType, dates, pack));
      }),
      { numRuns: 12 },
    );
  });

  it('property: the input checked without zod gives the same replay as the input checked by the schema', () => {
    fc.assert(
      fc.property(evidenceList('Z', 25), fc.integer({ min: 1, max: 30 }), (history, n) => {
        const dates = weekly('2025-10-06', n);
        const fast = replayRiskHistory({ providerId: 'P', serviceType: 'residential-local', evidence: history, reviewDates: dates });
        // A risk profile is left to the schema: the whole input then goes through zod.
        const slow = replayRiskHistory({ providerId: 'P', serviceType: 'residential-local', evidence: history, reviewDates: dates, riskProfile: {} });
        expect(fast).toEqual(slow);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the evidence fast check accepts exactly what EvidenceItemSchema accepts (on plain objects; any other object is left to the schema)', () => {
  const odd = fc.constantFrom<unknown>(undefined, null, '', 'x', 'x'.repeat(200), 'x'.repeat(201), '2026-02-29', '2024-02-29', '2026-13-01', '2026-1-01', ' 2026-01-01', 0, -1, 1, 1.5, 80, 80.5, 1200, 1201, 10000, 10001, Number.NaN, Infinity, true, false, {}, [], { safe: 'good' }, { safe: 'bad' }, { unknown: 'good' }, 'good', 'inadequate', 'low', 'assured', 'open', 'medication', 'governance', 'complaints', 'tested', 'family', 'negative', 'watch', 'warning-notice', 'quality-trigger', 'outbreak');
  const fields = ['kind', 'id', 'date', 'source', 'domain', 'finding', 'resolvedOn', 'closedOn', 'endedOn', 'registeredManager', 'monthsInPost', 'yearsExperience', 'overall', 'keyQuestions', 'action', 'severity', 'outcome', 'raisedBy', 'adultsAffected', 'from', 'sentiment', 'signal', 'status', 'extra'];
  const agree = (x: unknown): void => {
    expect(_isEvidenceItem(x)).toBe(EvidenceItemSchema.safeParse(x).success);
  };

  it('property: on generated valid items, and on the same items with one field changed, removed or added', () => {
    fc.assert(
      fc.property(evidenceBody, fc.array(fc.tuple(fc.constantFrom(...fields), fc.option(odd, { nil: 'remove' as const })), { maxLength: 3 }), (item, edits) => {
        const valid = { ...item, id: 'E1' };
        expect(_isEvidenceItem(valid)).toBe(true);
        agree(valid);
        const changed: Record<string, unknown> = { ...valid };
        for (const [field, value] of edits) {
          if (value === 'remove') delete changed[field];
          else changed[field] = value;
        }
        agree(changed);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: on values of any shape', () => {
    fc.assert(fc.property(fc.anything(), agree), { numRuns: 1000 });
    agree(Object.assign(Object.create(null), { kind: 'outbreak', id: 'X', date: '2026-01-01', source: 's' }));
    // An object whose fields come from its prototype: the schema accepts it; the fast check leaves it to the schema.
    const inherited: unknown = Object.create({ kind: 'outbreak', id: 'X', date: '2026-01-01', source: 's' });
    expect(EvidenceItemSchema.safeParse(inherited).success).toBe(true);
    expect(_isEvidenceItem(inherited)).toBe(false);
    agree([{ kind: 'outbreak', id: 'X', date: '2026-01-01', source: 's' }]);
  });

  it('property: dates checked character by character are exactly those IsoDateSchema accepts', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((a) => a.join(''));
    const dateLike = fc.tuple(digits(4), fc.constantFrom('-', '/', '0'), digits(2), fc.constantFrom('-', '-', 'x'), digits(2)).map((p) => p.join(''));
    const agreeDate = (s: string): void => {
      expect(_isIsoDate(s)).toBe(IsoDateSchema.safeParse(s).success);
    };
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), agreeDate), { numRuns: 5000 });
    for (const s of ['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '0000-02-29', '0100-02-29', '2026-04-31', '2026-12-31', '2026-00-10', '2026-01-00', '9999-12-31', '２０２６-01-01']) agreeDate(s);
  });

  it('property: dates read digit by digit give the same day numbers as the core helper', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(_replayDayNumber(iso)).toBe(_dayNumber(iso));
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { extendPack } from '../../src/index.js';
import { assessProviderRisk, coventryRiskPack, planRiskResponse, reviewRiskLevel } from '../../src/risk/index.js';
import { BANK_HOLIDAYS_2026 } from './fixtures.js';

const decision = (level: 0 | 1 | 2 | 3 | 4, asOf = '2026-12-18', effectiveFrom = asOf) => ({ providerId: 'P', asOf, level, effectiveFrom });

describe('planRiskResponse: worked examples', () => {
  it('oversight follows para 1.17-1.18: contract officer at 0, QPSG at 1-2, PEP at 3-4', () => {
    const bodies = ([0, 1, 2, 3, 4] as const).map((l) => planRiskResponse(decision(l), { bankHolidays: [] }).oversight.body);
    expect(bodies).toEqual(['contract-officer', 'qpsg', 'qpsg', 'pep', 'pep']);
  });

  it('working days skip the caller\'s bank holidays: notice of concern from Fri 18 Dec 2026 + 5 = Tue 29 Dec', () => {
    const p = planRiskResponse(decision(2), { bankHolidays: BANK_HOLIDAYS_2026 });
    expect(p.contractual.find((a) => a.id === 'notice-of-concern')?.due).toEqual({ kind: 'working-days', days: 5, from: '2026-12-18', date: '2026-12-29' });
    const none = planRiskResponse(decision(2), { bankHolidays: [] });
    expect(none.contractual.find((a) => a.id === 'notice-of-concern')?.due).toMatchObject({ date: '2026-12-25' });
  });

  it('an outbreak notification yields a temporary placement stop the same day, at any level (seed 001 Appendix 2)', () => {
    const p = planRiskResponse({ ...decision(0), activeOutbreak: true }, { bankHolidays: [] });
    expect(p.temporaryPlacementStop).toBe(true);
    expect(p.contractual.find((a) => a.id === 'temporary-placement-stop')).toMatchObject({ mode: 'required', reason: 'outbreak', due: { date: '2026-12-18' } });
    expect(planRiskResponse(decision(0), { bankHolidays: [] }).temporaryPlacementStop).toBe(false);
  });

  it('missing evidence becomes an action to obtain it within 10 working days', () => {
    const p = planRiskResponse({ ...decision(0, '2026-06-01'), evidenceGaps: ['medication'] }, { bankHolidays: [] });
    expect(p.monitoring.find((a) => a.reason === 'evidence-gap')).toMatchObject({ id: 'obtain-evidence-medication', due: { date: '2026-06-15' } });
  });

  it('recurring actions give the next date after the decision on the cadence that began with the level', () => {
    const p = planRiskResponse(decision(3, '2026-04-20', '2026-03-23'), { bankHolidays: [] });
    // Unannounced visits every 14 days from 23 March: 6 April, 20 April, then 4 May.
    expect(p.monitoring.find((a) => a.id === 'unannounced-visits')?.due).toEqual({ kind: 'recurring', everyDays: 14, from: '2026-03-23', nextDate: '2026-05-04' });
  });

  it('an outbreak\'s temporary placement stop is due on the day it was notified, not the later review date', () => {
    const a = assessProviderRisk({ providerId: 'P', serviceType: 'residential-local', asOf: '2026-06-05', evidence: [{ kind: 'outbreak', id: 'OB', date: '2026-06-02', source: 'Public Health' }] });
    const d = reviewRiskLevel(null, a);
    expect(d).toMatchObject({ activeOutbreak: true, outbreakNotifiedOn: '2026-06-02' });
    const p = planRiskResponse(d, { bankHolidays: [] });
    expect(p.contractual.find((x) => x.id === 'temporary-placement-stop')?.due).toEqual({ kind: 'calendar-days', days: 0, from: '2026-06-02', date: '2026-06-02' });
    expect(() => planRiskResponse({ ...decision(0, '2026-06-01'), activeOutbreak: true, outbreakNotifiedOn: '2026-06-02' }, { bankHolidays: [] })).toThrow(/notified after/);
  });

  it('refuses to guess bank holidays: they must be given (or [] for none)', () => {
    expect(() => planRiskResponse(decision(2))).toThrow(/bankHolidays/);
  });

  it('refuses a level that takes effect after the decision', () => {
    expect(() => planRiskResponse(decision(2, '2026-01-01', '2026-02-01'), { bankHolidays: [] })).toThrow(/after the decision/);
  });
});

describe('planRiskResponse: the direction the level was reached from', () => {
  const ids = (list: readonly { id: string }[]) => list.map((a) => a.id).sort();

  it('a step down to 2 issues no notice of concern and no escalation; a move up to 2 does', () => {
    const up = planRiskResponse({ ...decision(2), enteredBy: 'escalation' }, { bankHolidays: [] });
    const down = planRiskResponse({ ...decision(2), enteredBy: 'de-escalation' }, { bankHolidays: [] });
    expect(ids(up.contractual)).toEqual(['notice-of-concern', 'voluntary-placement-stop']);
    expect(ids(up.escalations)).toEqual(['lead-officer']);
    expect(ids(down.contractual)).toEqual(['voluntary-placement-stop']);
    expect(down.escalations).toEqual([]);
    expect(down.notReissued.map((a) => a.id)).toContain('notice-of-concern');
    expect(down.trace.steps.find((s) => s.rule === 'risk.plan.direction')).toMatchObject({ outcome: 'met' });
  });

  it('a decision that does not say how the level was reached lists every action, and the trace says so', () => {
    const p = planRiskResponse(decision(3), { bankHolidays: [] });
    expect(p.enteredBy).toBeNull();
    expect(ids(p.contractual)).toEqual(['breach-letter', 'decommission', 'imposed-placement-stop']);
    expect(p.trace.steps.find((s) => s.rule === 'risk.plan.direction')).toMatchObject({ outcome: 'unknown' });
  });

  it('a council can list an action again after a step down (onDeEscalation: keep)', () => {
    const rows = coventryRiskPack.entries.levelResponses[0]!.value;
    const two = { ...rows['2'], actions: rows['2'].actions.map((a) => (a.id === 'notice-of-concern' ? { ...a, onDeEscalation: 'keep' as const } : a)) };
    const pack = extendPack(coventryRiskPack, { id: 'x', version: '1', entries: { levelResponses: [{ validFrom: '2022-07-13', value: { ...rows, '2': two }, citation: 'Local', kind: 'policy' }] } });
    const down = planRiskResponse({ ...decision(2), enteredBy: 'de-escalation' }, { bankHolidays: [], pack });
    expect(ids(down.contractual)).toEqual(['notice-of-concern', 'voluntary-placement-stop']);
  });

  it('property: after a step down the plan is the level\'s recurring regime and placement-stop options; nothing is lost', () => {
    const dates = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2022, 6, 13) + d * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, dates, (level, asOf) => {
        const up = planRiskResponse({ ...decision(level, asOf), enteredBy: 'escalation' }, { bankHolidays: BANK_HOLIDAYS_2026 });
        const down = planRiskResponse({ ...decision(level, asOf), enteredBy: 'de-escalation' }, { bankHolidays: BANK_HOLIDAYS_2026 });
        // The step-down plan is the escalation plan less the actions not reissued, with the same deadlines.
        expect([...ids(down.actions), ...ids(down.notReissued)].sort()).toEqual(ids(up.actions));
        for (const a of down.actions) expect(up.actions.find((u) => u.id === a.id)).toEqual(a);
        expect(down.escalations).toEqual([]);
        for (const a of down.actions) expect(a.due.kind === 'recurring' || a.id.endsWith('placement-stop')).toBe(true);
        expect(down.oversight).toEqual(up.oversight);
      }),
    );
  });
});

describe('planRiskResponse: properties', () => {
  const dates = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2022, 6, 13) + d * 86_400_000).toISOString().slice(0, 10));
  it('every deadline is on or after the date its clock starts, and working-day deadlines never fall on a weekend or a bank holiday', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, dates, fc.boolean(), (level, asOf, outbreak) => {
        const p = planRiskResponse({ ...decision(level, asOf), activeOutbreak: outbreak }, { bankHolidays: BANK_HOLIDAYS_2026 });
        for (const a of p.actions) {
          const due = a.due.kind === 'recurring' ? a.due.nextDate : a.due.date;
          expect(due >= a.due.from).toBe(true);
          if (a.due.kind === 'working-days' && a.due.days > 0) {
            const dow = new Date(`${due}T00:00:00Z`).getUTCDay();
            expect(dow === 0 || dow === 6 || BANK_HOLIDAYS_2026.includes(due)).toBe(false);
          }
        }
        expect(p.actions.length).toBe(p.monitoring.length + p.support.length + p.contractual.length + p.escalations.length);
      }),
    );
  });

  it('invalid input of any shape yields only RulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        try {
          planRiskResponse(a as never, b as never);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (b) => {
        try {
          planRiskResponse(decision(3), { bankHolidays: b as never });
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });
});

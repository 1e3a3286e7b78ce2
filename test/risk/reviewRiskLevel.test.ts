import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { reviewRiskLevel, type RiskLevelState } from '../../src/risk/index.js';

// Default Coventry pack (library defaults): sustain 28 days to move down to 3, 56 to 2 and to 1, 84 to 0.
const SUSTAIN: Record<number, number> = { 3: 28, 2: 56, 1: 56, 0: 84 };
const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY;
const at = (asOf: string, level: 0 | 1 | 2 | 3 | 4) => ({ providerId: 'P', asOf, level });

describe('reviewRiskLevel: worked examples (seed 001 para 1.19-1.21)', () => {
  it('a first review adopts the assessed level from the assessment date', () => {
    const d = reviewRiskLevel(null, at('2026-01-05', 2));
    expect(d).toMatchObject({ action: 'initial', level: 2, effectiveFrom: '2026-01-05', nextReviewDate: '2026-02-02' });
  });

  it('escalation is immediate and may skip levels (0 straight to 4)', () => {
    const prev: RiskLevelState = { providerId: 'P', level: 0, effectiveFrom: '2025-01-01', reviewedOn: '2026-01-05', lowerCriteriaSince: null, enteredBy: 'initial', signalHeld: false };
    const d = reviewRiskLevel(prev, at('2026-01-12', 4));
    expect(d).toMatchObject({ action: 'escalate', fromLevel: 0, level: 4, effectiveFrom: '2026-01-12', nextReviewDate: '2026-01-19' });
    expect(d.reason).toContain('skipping levels');
  });

  it('a lower assessment waits for the sustain period, with the date a move down becomes possible', () => {
    const prev: RiskLevelState = { providerId: 'P', level: 3, effectiveFrom: '2026-01-05', reviewedOn: '2026-01-05', lowerCriteriaSince: null, enteredBy: 'escalation', signalHeld: false };
    const d = reviewRiskLevel(prev, at('2026-01-12', 0));
    expect(d).toMatchObject({ action: 'hold', level: 3, effectiveFrom: '2026-01-05', pendingDeEscalation: { toLevel: 2, criteriaHeldSince: '2026-01-12', eligibleOn: '2026-03-09' } });
    expect(d.state.lowerCriteriaSince).toBe('2026-01-12');
    // 56 days later: one level down only, and the clock restarts because the evidence supports 0.
    // 55 days: not yet.
    expect(reviewRiskLevel(d.state, at('2026-03-08', 0))).toMatchObject({ action: 'hold', level: 3 });
    const e = reviewRiskLevel(d.state, at('2026-03-09', 0));
    expect(e).toMatchObject({ action: 'de-escalate', fromLevel: 3, level: 2, effectiveFrom: '2026-03-09' });
    expect(e.state.lowerCriteriaSince).toBe('2026-03-09');
  });

  it('a rise back to the current level resets the de-escalation clock', () => {
    const prev: RiskLevelState = { providerId: 'P', level: 2, effectiveFrom: '2026-01-05', reviewedOn: '2026-02-02', lowerCriteriaSince: '2026-01-12', enteredBy: 'escalation', signalHeld: false };
    const d = reviewRiskLevel(prev, at('2026-02-09', 2));
    expect(d.action).toBe('hold');
    expect(d.state.lowerCriteriaSince).toBeNull();
  });

  it('the state records how the level was reached, and a hold carries it over', () => {
    const first = reviewRiskLevel(null, at('2026-01-05', 3));
    expect(first.state.enteredBy).toBe('initial');
    const up = reviewRiskLevel(first.state, at('2026-01-12', 4));
    expect(up).toMatchObject({ action: 'escalate', enteredBy: 'escalation' });
    const down = reviewRiskLevel({ ...up.state, lowerCriteriaSince: '2026-01-12' }, at('2026-02-09', 3));
    expect(down).toMatchObject({ action: 'de-escalate', level: 3, enteredBy: 'de-escalation' });
    expect(reviewRiskLevel(down.state, at('2026-02-16', 3))).toMatchObject({ action: 'hold', enteredBy: 'de-escalation' });
    // A hand-written state that does not say: not known.
    const manual: RiskLevelState = { providerId: 'P', level: 2, effectiveFrom: '2026-01-05', reviewedOn: '2026-01-05', lowerCriteriaSince: null, enteredBy: null, signalHeld: false };
    expect(reviewRiskLevel(manual, at('2026-01-12', 2)).enteredBy).toBeNull();
  });

  it('refuses a level 4 reached by a step down and a level 0 reached by an escalation', () => {
    const base = { providerId: 'P', effectiveFrom: '2026-01-05', reviewedOn: '2026-01-05', lowerCriteriaSince: null };
    expect(() => reviewRiskLevel({ ...base, level: 4, enteredBy: 'de-escalation' }, at('2026-01-12', 4))).toThrow(/step down/);
    expect(() => reviewRiskLevel({ ...base, level: 0, enteredBy: 'escalation' }, at('2026-01-12', 0))).toThrow(/escalation/);
  });

  it('refuses a different provider or an assessment dated before the last review', () => {
    const prev: RiskLevelState = { providerId: 'P', level: 1, effectiveFrom: '2026-01-05', reviewedOn: '2026-02-02', lowerCriteriaSince: null, enteredBy: 'escalation', signalHeld: false };
    expect(() => reviewRiskLevel(prev, { providerId: 'Q', asOf: '2026-02-09', level: 1 })).toThrow(/different provider/);
    expect(() => reviewRiskLevel(prev, at('2026-01-30', 1))).toThrow(/before the previous review/);
  });
});

const levels = fc.array(fc.constantFrom(0, 1, 2, 3, 4) as fc.Arbitrary<0 | 1 | 2 | 3 | 4>, { minLength: 1, maxLength: 80 });
// Review intervals of 1 to 35 days, so sparse and dense review patterns are both exercised.
const gaps = fc.array(fc.integer({ min: 1, max: 35 }), { minLength: 80, maxLength: 80 });

function run(assessed: readonly (0 | 1 | 2 | 3 | 4)[], gapDays: readonly number[]) {
  let prev: RiskLevelState | null = null;
  let t = Date.UTC(2026, 0, 5);
  const out = [];
  for (let i = 0; i < assessed.length; i += 1) {
    const asOf = new Date(t).toISOString().slice(0, 10);
    const d = reviewRiskLevel(prev, at(asOf, assessed[i]!));
    out.push({ asOf, assessed: assessed[i]!, d, prev });
    prev = d.state;
    t += gapDays[i]! * DAY;
  }
  return out;
}

describe('reviewRiskLevel: properties over sequences of reviews', () => {
  it('the level is 0-4, never below the evidence, and escalation is immediate', () => {
    fc.assert(
      fc.property(levels, gaps, (assessed, g) => {
        for (const { d, prev, assessed: a } of run(assessed, g)) {
          expect([0, 1, 2, 3, 4]).toContain(d.level);
          expect(d.level).toBeGreaterThanOrEqual(a);
          if (prev !== null && a > prev.level) expect(d).toMatchObject({ action: 'escalate', level: a, effectiveFrom: d.asOf });
          // How the level was reached follows the action, and a hold carries it over.
          const entered = { initial: 'initial', escalate: 'escalation', 'de-escalate': 'de-escalation', hold: prev?.enteredBy } as const;
          expect(d.enteredBy).toBe(entered[d.action]);
          expect(d.state.enteredBy).toBe(d.enteredBy);
        }
      }),
    );
  });

  it('de-escalation is one level per review, never faster than the sustain period of the lower level', () => {
    // Uniform levels, and long runs of good reviews after a high level (where steps down happen).
    const improving = fc.array(fc.oneof({ weight: 1, arbitrary: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4> }, { weight: 8, arbitrary: fc.constant(0 as const) }), { minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(fc.oneof(levels, improving), gaps, (assessed, g) => {
        const steps = run(assessed, g);
        let lastChange = 0;
        steps.forEach(({ d, asOf }, i) => {
          if (d.action === 'de-escalate') {
            expect(d.level).toBe(d.fromLevel! - 1);
            const sustain = SUSTAIN[d.level]!;
            // The unbroken run of reviews, since the last change of level, that assessed the lower level or below:
            // the first of them is the earliest date the lower level's criteria are known to have held from.
            let first = i;
            // (A step down on evidence already below the new level restarts the clock on that review's date.)
            while (first - 1 >= lastChange && steps[first - 1]!.assessed <= d.level) first -= 1;
            expect(steps[i]!.assessed).toBeLessThanOrEqual(d.level);
            expect(daysBetween(steps[first]!.asOf, asOf)).toBeGreaterThanOrEqual(sustain);
          }
          if (d.action === 'escalate' || d.action === 'de-escalate') lastChange = i;
        });
      }),
    );
  });

  it('at the boundary: a step down to level t happens on the day the sustain period of t is reached, not a day before', () => {
    fc.assert(
      // k: days from the first lower assessment, around the sustain period (mostly within 2 days of it).
      fc.property(fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>, fc.integer({ min: 0, max: 2000 }), fc.oneof(fc.integer({ min: -2, max: 2 }), fc.integer({ min: -60, max: 60 })), (t, startDay, delta) => {
        const k = Math.max(1, SUSTAIN[t]! + delta);
        const day = (n: number) => new Date(Date.UTC(2023, 0, 2) + n * DAY).toISOString().slice(0, 10);
        const top = (t + 1) as 1 | 2 | 3 | 4;
        const first = reviewRiskLevel(null, at(day(startDay), top));
        const low = reviewRiskLevel(first.state, at(day(startDay + 1), t));
        const later = reviewRiskLevel(low.state, at(day(startDay + 1 + k), t));
        expect(later.action).toBe(k >= SUSTAIN[t]! ? 'de-escalate' : 'hold');
        expect(later.level).toBe(k >= SUSTAIN[t]! ? t : top);
      }),
    );
  });

  it('a level held long enough does come down (de-escalation is not blocked for ever)', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, (top) => {
        const weeks = [top, ...Array.from({ length: 60 }, () => 0 as const)];
        const last = run(weeks, Array.from({ length: 61 }, () => 7)).at(-1)!;
        expect(last.d.level).toBe(0);
      }),
    );
  });

  it('reviewing twice with the same inputs changes nothing', () => {
    fc.assert(
      fc.property(levels, gaps, (assessed, g) => {
        for (const { d, prev, asOf, assessed: a } of run(assessed, g)) {
          expect(reviewRiskLevel(prev, at(asOf, a))).toEqual(d);
          const again = reviewRiskLevel(d.state, at(asOf, a));
          expect(again.state).toEqual(d.state);
          expect(again.level).toBe(d.level);
          expect(again.action).toBe('hold');
        }
      }),
    );
  });

  it('the next review date is after the review', () => {
    fc.assert(
      fc.property(levels, gaps, (assessed, g) => {
        for (const { d } of run(assessed, g)) expect(d.nextReviewDate > d.asOf).toBe(true);
      }),
    );
  });

  it('invalid input of any shape yields only RulesError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        try {
          reviewRiskLevel(a as never, b as never, c as never);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });
});

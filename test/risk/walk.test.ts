// One care home walked from level 0 to 4 and back (fixtures.ts), checking at each level the response that
// Table One of the Coventry QA framework (seed 001 para 1.16-1.18) requires.
import { describe, expect, it } from 'vitest';
import { assessProviderRisk, planRiskResponse, reviewRiskLevel, type RiskLevelDecision, type RiskLevelState } from '../../src/risk/index.js';
import { BANK_HOLIDAYS_2026, elmHouseWalk, walkInput } from './fixtures.js';

function walk(): RiskLevelDecision[] {
  let prev: RiskLevelState | null = null;
  return elmHouseWalk.map((step) => {
    const d = reviewRiskLevel(prev, assessProviderRisk(walkInput(step)));
    prev = d.state;
    return d;
  });
}

const plan = (d: RiskLevelDecision) => planRiskResponse(d, { bankHolidays: BANK_HOLIDAYS_2026 });
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id);

describe('Elm House: level 0 to 4 and back', () => {
  const decisions = walk();

  it.each(elmHouseWalk.map((s, i) => [s.asOf, s, i] as const))('%s: assessed, action and level as the fixture says', (_asOf, step, i) => {
    const d = decisions[i]!;
    expect({ assessed: d.assessedLevel, action: d.action, level: d.level }).toEqual({ assessed: step.assessed, action: step.action, level: step.level });
  });

  it('level 0 (2026-01-05): routine monitoring by the contract officer; no contractual options', () => {
    const p = plan(decisions[0]!);
    expect(p.oversight.body).toBe('contract-officer');
    expect(ids(p.monitoring)).toEqual(['routine-monitoring']);
    expect(p.contractual).toEqual([]);
    expect(p.escalations).toEqual([]);
  });

  it('level 1 (2026-02-02): QPSG; proactive visit brought forward; monitored improvement plan in 14 working days', () => {
    const p = plan(decisions[1]!);
    expect(p.oversight.body).toBe('qpsg');
    expect(ids(p.monitoring)).toContain('proactive-visit');
    // Mon 2 Feb 2026 + 14 working days (no bank holiday in between) = Fri 20 Feb.
    expect(p.support.find((a) => a.id === 'improvement-plan')?.due).toEqual({ kind: 'working-days', days: 14, from: '2026-02-02', date: '2026-02-20' });
    expect(p.contractual).toEqual([]);
  });

  it('level 2 (2026-03-02): QPSG; action plan; notice of concern letter within 5 working days; voluntary placement stop an option', () => {
    const p = plan(decisions[2]!);
    expect(p.oversight.body).toBe('qpsg');
    expect(ids(p.contractual).sort()).toEqual(['notice-of-concern', 'voluntary-placement-stop']);
    const notice = p.contractual.find((a) => a.id === 'notice-of-concern')!;
    expect(notice).toMatchObject({ mode: 'required', due: { date: '2026-03-09' } });
    expect(p.contractual.find((a) => a.id === 'voluntary-placement-stop')?.mode).toBe('option');
    expect(ids(p.escalations)).toEqual(['lead-officer']);
  });

  it('level 3 (2026-03-16): PEP; head of service, ADASS and cabinet member briefing, legal; breach letter; imposed placement stop an option', () => {
    const p = plan(decisions[3]!);
    expect(p.oversight.body).toBe('pep');
    expect(ids(p.escalations).sort()).toEqual(['adass-cabinet-briefing', 'consult-legal', 'head-of-service', 'strategy-meeting']);
    expect(p.escalations.find((a) => a.id === 'head-of-service')?.due).toMatchObject({ date: '2026-03-17' });
    expect(p.contractual.find((a) => a.id === 'breach-letter')).toMatchObject({ mode: 'required', due: { date: '2026-03-23' } });
    expect(p.contractual.find((a) => a.id === 'imposed-placement-stop')?.mode).toBe('option');
    expect(ids(p.contractual)).not.toContain('termination-letter');
  });

  it('level 4 (2026-03-23): urgent-closure signal; imposed placement stop required; termination letter an option', () => {
    const d = decisions[4]!;
    expect(d.failureSignal).toBe(true);
    const p = plan(d);
    expect(p.oversight.body).toBe('pep');
    expect(p.contractual.find((a) => a.id === 'imposed-placement-stop')).toMatchObject({ mode: 'required', due: { date: '2026-03-23' } });
    expect(p.contractual.find((a) => a.id === 'termination-letter')).toMatchObject({ mode: 'option', due: { date: '2026-03-30' } });
  });

  it('back down: 4 to 3 only after 28 days; the level-3 one-off deadlines run again from 4 May', () => {
    expect(decisions[5]!.pendingDeEscalation).toEqual({ toLevel: 3, criteriaHeldSince: '2026-04-06', eligibleOn: '2026-05-04' });
    const p = plan(decisions[7]!);
    expect(p.level).toBe(3);
    expect(p.contractual.find((a) => a.id === 'breach-letter')?.due).toEqual({ kind: 'working-days', days: 5, from: '2026-05-04', date: '2026-05-11' });
  });

  it('back to level 0 on 2026-11-23, one level at a time', () => {
    const downs = decisions.filter((d) => d.action === 'de-escalate').map((d) => `${d.asOf}:${d.fromLevel}->${d.level}`);
    expect(downs).toEqual(['2026-05-04:4->3', '2026-07-06:3->2', '2026-08-31:2->1', '2026-11-23:1->0']);
    expect(plan(decisions.at(-1)!).oversight.body).toBe('contract-officer');
  });
});

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
const ids = (list: readonly { id: string }[]) => list.map((a) => a.id).sort();

// Table One (seed 001 para 1.16), cell by cell, as the seed words it: every phrase must be the title of an
// action of the level's plan (compared without case, "&" read as "and", "optimisation" spelt either way).
const TABLE_ONE: Record<number, { oversight: string; phrases: string[]; contractual: string[]; escalations: string[] }> = {
  0: {
    oversight: 'contract-officer',
    phrases: ['Routine monitoring in line with contract provisions', 'Support with continuous improvement programmes'],
    contractual: [], // "Not applicable"
    escalations: [],
  },
  1: {
    oversight: 'qpsg',
    phrases: ['Ongoing monitoring by the contract officer / clinical nurse', 'Proactive visit brought forward or frequency reviewed', 'Monitored improvement plan', 'Signposting to key partners', 'access to learning and development sessions'],
    contractual: [], // "Not applicable"
    escalations: [],
  },
  2: {
    oversight: 'qpsg',
    phrases: [
      'Ongoing monitoring of data',
      'Reactive visit',
      'Develop and agree actions with the service and agree an action plan',
      'Scheduled ongoing visits to monitor compliance with the action plan',
      'Escalate to lead officer / Quality Assurance officer / care home lead',
      'monitored action plan',
      'Signposting to key partners',
      'Priority access to learning and development support',
      'Regular virtual meeting with the manager and/or owners',
      'Voluntary placement stop / restriction of hours',
      'Notice of concern letter issued',
    ],
    contractual: ['notice-of-concern', 'voluntary-placement-stop'],
    escalations: ['lead-officer'],
  },
  3: {
    oversight: 'pep',
    phrases: [
      'Ongoing monitoring of data',
      'Reactive visit',
      'Coordination of intelligence with key partners to monitor improvement',
      'Undertake service user reviews',
      'Review and monitor ongoing safeguarding concerns',
      'Monitoring action plan',
      'Monitored action plan',
      'Unannounced ongoing visits to monitor compliance with the action plan',
      'Multi-agency strategy meeting instigated',
      'Escalation to Head of Service',
      'briefing note to ADASS and the cabinet portfolio member',
      'Consult with legal',
      'Signposting to key partners',
      'Priority access to learning and development support',
      'Quality performance meetings with strategic directors / owners',
      'CCC/CWCCG formal meeting (senior managers)',
      'Imposed placement stop / restriction of hours',
      'Decommissioning / end of contract',
      'Potential breach of contract letter (or notice of concern letter) issued',
    ],
    contractual: ['breach-letter', 'decommission', 'imposed-placement-stop'],
    escalations: ['adass-cabinet-briefing', 'consult-legal', 'head-of-service', 'strategy-meeting'],
  },
  4: {
    oversight: 'pep',
    phrases: [
      'Ongoing monitoring of data',
      'Reactive visit',
      'Coordination of intelligence with key partners to monitor improvement',
      'Undertake service user reviews',
      'Review and monitor ongoing safeguarding concerns',
      'Unannounced ongoing visits to monitor compliance with the action plan',
      'Multi-agency strategy meeting instigated',
      'Escalation to Head of Service',
      'briefing note to ADASS and the cabinet portfolio member',
      'Consult with legal',
      'Monitored action plan',
      'Signposting to key partners',
      'Priority access to learning and development support',
      'Quality performance meetings with directors / owners / managers',
      'CCC/CWCCG formal meeting (senior managers)',
      'Imposed placement stop / restriction of hours',
      'Termination of contract letter issued',
      'Decommissioning / end of contract',
    ],
    contractual: ['decommission', 'imposed-placement-stop', 'termination-letter'],
    escalations: ['adass-cabinet-briefing', 'consult-legal', 'head-of-service', 'strategy-meeting'],
  },
};
const norm = (t: string) => t.toLowerCase().replace(/&/g, 'and');

function expectTableOne(p: ReturnType<typeof plan>, level: number): void {
  const row = TABLE_ONE[level]!;
  expect(p.oversight.body).toBe(row.oversight);
  // A quality letter not issued because the level rests on a financial or closure signal is still accounted for.
  const titles = [...p.actions, ...p.notIssuedWithoutQualityConcern].map((a) => norm(a.title));
  for (const phrase of row.phrases) expect(titles.some((t) => t.includes(norm(phrase))), `level ${level}: "${phrase}"`).toBe(true);
  expect(ids([...p.contractual, ...p.notIssuedWithoutQualityConcern.filter((a) => a.category === 'contractual')])).toEqual(row.contractual);
  expect(ids(p.escalations.filter((a) => a.reason === 'level'))).toEqual(row.escalations);
  // Nothing in the plan that Table One does not have: each action of the level answers one of the row's
  // phrases (the QPSG referral into PEP, para 1.19, is the only addition).
  for (const a of p.actions.filter((x) => x.reason === 'level')) expect(row.phrases.some((phrase) => norm(a.title).includes(norm(phrase))), `level ${level}: extra action ${a.id}`).toBe(true);
}

describe('Elm House: level 0 to 4 and back', () => {
  const decisions = walk();

  it.each(elmHouseWalk.map((s, i) => [s.asOf, s, i] as const))('%s: assessed, action and level as the fixture says', (_asOf, step, i) => {
    const d = decisions[i]!;
    expect({ assessed: d.assessedLevel, action: d.action, level: d.level }).toEqual({ assessed: step.assessed, action: step.action, level: step.level });
  });

  it('on the way up, each level\'s plan is its Table One row, no more and no less', () => {
    const up = decisions.filter((d) => d.action === 'initial' || d.action === 'escalate');
    expect(up.map((d) => d.level)).toEqual([0, 1, 2, 3, 4]);
    for (const d of up) {
      expect(d.enteredBy).toBe(d.action === 'initial' ? 'initial' : 'escalation');
      const p = plan(d);
      expectTableOne(p, d.level);
      expect(p.notReissued).toEqual([]);
    }
  });

  it('level 0 (2026-01-05): routine monitoring by the contract officer; no contractual options', () => {
    const p = plan(decisions[0]!);
    expect(ids(p.monitoring)).toEqual(['routine-monitoring']);
    expect(p.contractual).toEqual([]);
  });

  it('level 1 (2026-02-02): QPSG; proactive visit brought forward; monitored improvement plan in 14 working days', () => {
    const p = plan(decisions[1]!);
    // Mon 2 Feb 2026 + 14 working days (no bank holiday in between) = Fri 20 Feb.
    expect(p.support.find((a) => a.id === 'improvement-plan')?.due).toEqual({ kind: 'working-days', days: 14, from: '2026-02-02', date: '2026-02-20' });
  });

  it('level 2 (2026-03-02): notice of concern letter within 5 working days (Mon 9 March), required on quality evidence; voluntary placement stop an option QPSG recommends', () => {
    const p = plan(decisions[2]!);
    expect(p.contractual.find((a) => a.id === 'notice-of-concern')).toMatchObject({ mode: 'required', recommendedBy: null, due: { date: '2026-03-09' } });
    expect(p.contractual.find((a) => a.id === 'voluntary-placement-stop')).toMatchObject({ mode: 'option', recommendedBy: 'Quality Peer Support Group (QPSG)' });
  });

  it('level 3 (2026-03-16): reached from 2 via a QPSG referral; head of service and breach letter are options PEP recommends to the Head of Commissioning and Quality (para 1.17)', () => {
    const p = plan(decisions[3]!);
    expect(p.escalations.find((a) => a.id === 'qpsg-referral-to-pep')).toMatchObject({ mode: 'required', reason: 'qpsg-referral', due: { date: '2026-03-16' } });
    expect(p.escalations.find((a) => a.id === 'head-of-service')).toMatchObject({ mode: 'option', due: { date: '2026-03-17' } });
    expect(p.contractual.find((a) => a.id === 'breach-letter')).toMatchObject({
      mode: 'option',
      recommendedBy: 'Provider Escalation Panel (PEP)',
      decidedBy: 'Head of Commissioning and Quality and Director of Nursing and Clinical Transformation',
      due: { date: '2026-03-23' },
    });
    expect(p.contractual.find((a) => a.id === 'imposed-placement-stop')?.mode).toBe('option');
    // Table One's support and contractual columns are options; only the oversight column is required.
    expect(p.actions.filter((a) => a.mode === 'required' && a.reason === 'level').every((a) => a.category === 'monitoring')).toBe(true);
  });

  it('level 4 (2026-03-23): urgent-closure signal routed to the provider-failure side; imposed placement stop and termination are options; no quality letter on a signal alone', () => {
    const d = decisions[4]!;
    expect(d).toMatchObject({ failureSignal: true, failureRoute: true, qualityLevel: 3, qpsgReferralRequired: false, confirmBy: 'pep' });
    const p = plan(d);
    expect(p.contractual.find((a) => a.id === 'imposed-placement-stop')).toMatchObject({ mode: 'option', due: { date: '2026-03-23' } });
    expect(p.contractual.find((a) => a.id === 'termination-letter')).toBeUndefined();
    expect(ids(p.notIssuedWithoutQualityConcern)).toEqual(['termination-letter']);
    expect(p.actions.filter((a) => a.reason === 'failure-signal').map((a) => a.id)).toEqual(['record-failure-risk', 'senior-engagement', 'identify-people', 'failure-strategy-meeting', 'alternative-capacity']);
  });

  it('back down: the level 4 rested on the closure signal alone, so it comes down to 3 at once when the signal is resolved; no fresh breach letter or escalations', () => {
    const d = decisions[5]!;
    expect(d).toMatchObject({ action: 'de-escalate', fromLevel: 4, level: 3, enteredBy: 'de-escalation', effectiveFrom: '2026-04-06', pendingDeEscalation: null });
    expect(d.trace.steps.some((s) => s.rule === 'risk.review.signal-cleared' && s.outcome === 'met')).toBe(true);
    const p = plan(d);
    expect(p.oversight.body).toBe('pep');
    expect(ids(p.contractual)).toEqual(['imposed-placement-stop']); // PEP keeps, relaxes or lifts the stop
    expect(p.contractual[0]).toMatchObject({ mode: 'option', due: { date: '2026-04-06' } });
    expect(p.escalations).toEqual([]);
    expect(ids(p.notReissued)).toEqual(['action-plan', 'adass-cabinet-briefing', 'breach-letter', 'consult-legal', 'decommission', 'formal-health-meeting', 'head-of-service', 'learning-development', 'reactive-visit', 'service-user-reviews', 'signposting', 'strategy-meeting']);
    // The recurring regime continues, on a cadence from the date of the step down.
    expect(p.monitoring.find((a) => a.id === 'unannounced-visits')?.due).toEqual({ kind: 'recurring', everyDays: 14, from: '2026-04-06', nextDate: '2026-04-20' });
    expect(ids(p.monitoring)).toEqual(['coordinate-intelligence', 'monitor-action-plan', 'monitor-data', 'monitor-safeguarding', 'unannounced-visits']);
    expect(ids(p.support)).toEqual(['quality-performance-meetings']);
    // The reviews that hold at 3 afterwards plan the same (the way the level was reached is carried over).
    for (const hold of [decisions[6]!, decisions[7]!, decisions[8]!, decisions[9]!]) {
      expect(hold).toMatchObject({ action: 'hold', level: 3, enteredBy: 'de-escalation' });
      expect(ids(plan(hold).actions)).toEqual(ids(p.actions));
    }
  });

  it('3 to 2 (2026-07-06): no fresh notice of concern, no escalation to the lead officer; voluntary placement stop still an option', () => {
    const d = decisions[10]!;
    expect(d).toMatchObject({ action: 'de-escalate', fromLevel: 3, level: 2, enteredBy: 'de-escalation' });
    const p = plan(d);
    expect(p.oversight.body).toBe('qpsg');
    expect(ids(p.contractual)).toEqual(['voluntary-placement-stop']);
    expect(p.escalations).toEqual([]);
    expect(ids(p.notReissued)).toContain('notice-of-concern');
    expect(ids(p.monitoring)).toEqual(['monitor-data', 'scheduled-visits']);
    expect(ids(p.support)).toEqual(['manager-meetings']);
    expect(ids(plan(decisions[11]!).contractual)).toEqual(['voluntary-placement-stop']);
  });

  it('2 to 1 and 1 to 0: the ongoing visits of level 1, then routine monitoring', () => {
    const one = plan(decisions[12]!);
    expect(one).toMatchObject({ level: 1, enteredBy: 'de-escalation', oversight: { body: 'qpsg' } });
    expect(ids(one.actions)).toEqual(['visits']);
    expect(ids(one.notReissued)).toEqual(['improvement-plan', 'learning-development', 'proactive-visit', 'signposting']);
    const zero = plan(decisions[14]!);
    expect(zero.oversight.body).toBe('contract-officer');
    expect(ids(zero.actions)).toEqual(['continuous-improvement', 'routine-monitoring']);
    expect(zero.notReissued).toEqual([]);
  });

  it('back to level 0 on 2026-11-23, one level at a time', () => {
    const downs = decisions.filter((d) => d.action === 'de-escalate').map((d) => `${d.asOf}:${d.fromLevel}->${d.level}`);
    expect(downs).toEqual(['2026-04-06:4->3', '2026-07-06:3->2', '2026-08-31:2->1', '2026-11-23:1->0']);
  });
});

import {
  TRIGGER_DOMAINS,
  assessProviderRisk,
  concernResponseDeadline,
  planRiskResponse,
  reviewRiskLevel,
  summarisePortfolio,
  type EvidenceItem,
  type ProviderRiskAssessment,
  type RiskLevelState,
} from '../../risk/index.js';
import type { DemoSection } from '../command.js';

// England's 2026 bank holidays, as a caller supplies them (the library ships none).
const BANK_HOLIDAYS = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'];

const visit = (id: string, date: string): EvidenceItem[] =>
  TRIGGER_DOMAINS.map((domain) => ({ kind: 'quality-trigger', id: `${id}-${domain}`, date, source: 'contract monitoring visit', domain, finding: 'assured' }));

const baseline: EvidenceItem[] = [
  ...visit('V0', '2026-01-05'),
  { kind: 'cqc-rating', id: 'CQC-2025', date: '2025-02-14', source: 'CQC', overall: 'good' },
  { kind: 'business-continuity-plan', id: 'BCP', date: '2026-01-05', source: 'visit', status: 'tested' },
];
const medication: EvidenceItem = { kind: 'quality-trigger', id: 'V1-medication', date: '2026-01-30', source: 'focused visit', domain: 'medication', finding: 'moderate' };
const safeguarding: EvidenceItem = { kind: 'safeguarding', id: 'SG-311', date: '2026-03-10', source: 'safeguarding hub', severity: 'serious', outcome: 'substantiated', adultsAffected: 1 };
const staffing: EvidenceItem = { kind: 'quality-trigger', id: 'V2-staffing', date: '2026-03-12', source: 'enhanced visit', domain: 'staffing-levels', finding: 'serious' };
const closure: EvidenceItem = { kind: 'market-oversight', id: 'MO-9', date: '2026-03-20', source: 'provider notice', signal: 'urgent-closure' };
const averted: EvidenceItem = { ...closure, resolvedOn: '2026-04-03' };
const resolved: EvidenceItem[] = [{ ...medication, resolvedOn: '2026-05-08' }, { ...safeguarding, closedOn: '2026-05-10' }, { ...staffing, resolvedOn: '2026-05-08' }, averted];

const reviews: [string, EvidenceItem[]][] = [
  ['2026-01-05', baseline],
  ['2026-02-02', [...baseline, medication]],
  ['2026-03-02', [...baseline, medication]],
  ['2026-03-16', [...baseline, medication, safeguarding, staffing]],
  ['2026-03-23', [...baseline, medication, safeguarding, staffing, closure]],
  ['2026-04-06', [...baseline, medication, safeguarding, staffing, averted]],
  ['2026-05-04', [...baseline, medication, safeguarding, staffing, averted]],
  ['2026-05-11', [...baseline, ...resolved]],
  ['2026-07-06', [...baseline, ...visit('V7', '2026-07-01'), ...resolved]],
  ['2026-08-31', [...baseline, ...visit('V7', '2026-07-01'), ...resolved]],
  ['2026-11-23', [...baseline, ...visit('V7', '2026-07-01'), ...resolved]],
];

/** The risk walkthrough: one care home from level 0 to 4 and back, a concern deadline across DST, a portfolio. */
export const riskDemo: DemoSection = {
  title: 'Risk: provider quality levels 0-4 (Coventry QA framework, Table One)',
  run(io) {
    io.stdout('Elm House (a fictional older people\'s care home), reviewed over 2026:\n\n');
    let previous: RiskLevelState | null = null;
    const assessments: ProviderRiskAssessment[] = [];
    for (const [asOf, evidence] of reviews) {
      const a = assessProviderRisk({ providerId: 'ELM-HOUSE', serviceType: 'residential-local', asOf, evidence });
      assessments.push(a);
      const d = reviewRiskLevel(previous, a);
      previous = d.state;
      io.stdout(`${asOf}  evidence says ${a.level}, ${d.action.padEnd(11)} -> level ${d.level}. ${d.reason}.\n`);
      for (const driver of a.drivers) io.stdout(`            driver ${driver.criterion}: ${driver.evidence.map((e) => `${e.id} (${e.ageDays} days old)`).join(', ')}\n`);
      if (d.action !== 'hold') {
        const plan = planRiskResponse(d, { bankHolidays: BANK_HOLIDAYS });
        const list = [...plan.contractual, ...plan.escalations].map((x) => `${x.title} [${x.mode}] by ${x.due.kind === 'recurring' ? x.due.nextDate : x.due.date}`);
        io.stdout(`            oversight: ${plan.oversight.body.toUpperCase()}; a recommendation for ${d.confirmBy.toUpperCase()} to confirm${d.qpsgReferralRequired ? ' after a QPSG referral' : ''}; next review ${d.nextReviewDate}\n`);
        for (const line of list) io.stdout(`            - ${line}\n`);
        if (plan.notReissued.length > 0) io.stdout(`            (a step down: not issued again: ${plan.notReissued.map((x) => x.id).join(', ')})\n`);
      }
    }
    const high = concernResponseDeadline({ id: 'C-77', receivedAt: '2026-03-28T09:00:00Z', priority: 'high-risk' });
    const further = concernResponseDeadline({ id: 'C-78', receivedAt: '2026-10-23T12:00', priority: 'further' });
    io.stdout(`\nA high-risk concern received ${high.receivedAt} is due by ${high.respondBy} (24 elapsed hours; the clocks went forward).\n`);
    io.stdout(`A further concern received ${further.receivedAt} is due by ${further.respondBy} (72 elapsed hours; the clocks went back).\n`);
    const portfolio = summarisePortfolio([
      assessments[3]!,
      { providerId: 'OAK-CARE', serviceType: 'home-support-local', asOf: '2026-03-16', level: 0, cqcRating: { overall: 'good', date: '2025-09-01' } },
      { providerId: 'ASH-LIVING', serviceType: 'housing-with-care-national', asOf: '2026-03-16', level: 1, cqcRating: { overall: 'outstanding', date: '2024-05-20' } },
    ]);
    io.stdout(`\nPortfolio on 16 March 2026: by level ${JSON.stringify(portfolio.byLevel)}; ${portfolio.meetingQualityStandards.meeting} of ${portfolio.meetingQualityStandards.counted} services meet quality standards (${portfolio.meetingQualityStandards.percent?.value}%).\n`);
  },
};

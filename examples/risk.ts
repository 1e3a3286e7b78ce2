// Provider quality risk with adult-social-care-rules: one care home's evidence, its level, the review decision,
// the response Table One requires (with deadlines), and a concern deadline across the clock change.
// Run: npx tsup && npx tsx examples/risk.ts
import { renderTrace } from 'adult-social-care-rules';
import { assessProviderRisk, concernResponseDeadline, confirmRiskDecision, planRiskResponse, reviewRiskLevel, type EvidenceItem } from 'adult-social-care-rules/risk';

// England's 2026 bank holidays as published on GOV.UK: the caller supplies them, the library ships none.
const bankHolidays = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'];

const evidence: EvidenceItem[] = [
  { kind: 'cqc-rating', id: 'CQC-1-234', date: '2025-02-14', source: 'CQC', overall: 'requires-improvement', keyQuestions: { safe: 'requires-improvement' } },
  { kind: 'quality-trigger', id: 'VISIT-0130-med', date: '2026-01-30', source: 'focused monitoring visit', domain: 'medication', finding: 'moderate' },
  { kind: 'safeguarding', id: 'SG-311', date: '2026-03-10', source: 'safeguarding hub', severity: 'serious', outcome: 'substantiated', adultsAffected: 1 },
  { kind: 'quality-trigger', id: 'VISIT-0312-staff', date: '2026-03-12', source: 'enhanced visit', domain: 'staffing-levels', finding: 'serious' },
  { kind: 'outbreak', id: 'PH-OB-17', date: '2026-03-13', source: 'Public Health' },
];

const assessment = assessProviderRisk({ providerId: 'ELM-HOUSE', serviceType: 'residential-local', asOf: '2026-03-16', evidence });
console.log(`Level ${assessment.level}: ${assessment.description}`);
for (const d of assessment.drivers) console.log(`  because ${d.criterion}: ${d.evidence.map((e) => `${e.id} (${e.ageDays} days old)`).join(', ')}`);
console.log(`  missing evidence: ${[...assessment.missing.domains, ...assessment.missing.kinds].join(', ') || 'none'}`);

const decision = reviewRiskLevel({ providerId: 'ELM-HOUSE', level: 2, effectiveFrom: '2026-03-02', reviewedOn: '2026-03-09', lowerCriteriaSince: null }, assessment);
console.log(`\nReview: ${decision.action} -> level ${decision.level} from ${decision.effectiveFrom}; next review ${decision.nextReviewDate}`);
console.log(`  ${decision.reason}`);
console.log(`  a recommendation: to be confirmed by ${decision.confirmBy.toUpperCase()}${decision.qpsgReferralRequired ? ', after a QPSG referral (para 1.19)' : ''}`);

// PEP meets two days later, after the QPSG referral, and confirms the recommendation.
const confirmed = confirmRiskDecision(decision, { confirmedBy: decision.confirmBy, decidedOn: '2026-03-18', ...(decision.qpsgReferralRequired ? { qpsgReferral: { referredOn: '2026-03-17' } } : {}) });
console.log(`Decision: level ${confirmed.level}, confirmed by ${confirmed.confirmedBy.toUpperCase()} on ${confirmed.decidedOn}${confirmed.departure === null ? '' : ` (departing: ${confirmed.departure.reason})`}`);

const plan = planRiskResponse(decision, { bankHolidays });
console.log(`\nResponse (oversight: ${plan.oversight.body.toUpperCase()}, ${plan.oversight.citation})`);
for (const a of plan.actions) {
  const who = a.mode === 'option' ? ` (recommended by ${a.recommendedBy}; decided by ${a.decidedBy})` : '';
  console.log(`  ${a.due.kind === 'recurring' ? `every ${a.due.everyDays} days, next ${a.due.nextDate}` : `by ${a.due.date}`}  [${a.category}, ${a.mode}] ${a.title}${who}`);
}

const concern = concernResponseDeadline({ id: 'C-77', receivedAt: '2026-03-28T09:00:00Z', severity: 'serious' });
console.log(`\nConcern C-77 (${concern.priority}) received ${concern.receivedAt}: deal with it by ${concern.respondBy}`);

console.log('\nHow the level was reached:');
console.log(renderTrace(assessment.trace).join('\n'));

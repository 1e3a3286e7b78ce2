// Fixtures: one (fictional) older people's care home, "Elm House", walked from level 0 to 4 and back through
// the Coventry QA framework (seed 001 para 1.16 Table One). Dates are 2026; the bank holidays are England's
// for 2026 as a caller would supply them from GOV.UK (the library ships none).
import type { AssessProviderRiskInput, EvidenceItem } from '../../src/risk/index.js';
import { TRIGGER_DOMAINS } from '../../src/risk/index.js';

export const BANK_HOLIDAYS_2026 = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'];

/** A full monitoring visit with every seed trigger (para 1.12) assured, except the findings given. */
export function visit(id: string, date: string, findings: Partial<Record<(typeof TRIGGER_DOMAINS)[number], 'low' | 'moderate' | 'serious' | 'critical'>> = {}): EvidenceItem[] {
  return TRIGGER_DOMAINS.map((domain) => ({ kind: 'quality-trigger', id: `${id}-${domain}`, date, source: 'contract monitoring visit', domain, finding: findings[domain] ?? 'assured' }));
}

const baseline: EvidenceItem[] = [
  ...visit('V0', '2026-01-05'),
  { kind: 'cqc-rating', id: 'CQC-2025', date: '2025-02-14', source: 'CQC', overall: 'good', keyQuestions: { safe: 'good', 'well-led': 'good' } },
  { kind: 'business-continuity-plan', id: 'BCP-2026', date: '2026-01-05', source: 'contract monitoring visit', status: 'tested' },
  { kind: 'manager', id: 'MGR-2026', date: '2026-01-05', source: 'contract monitoring visit', registeredManager: true, monthsInPost: 40, yearsExperience: 12 },
];

const medication: EvidenceItem = { kind: 'quality-trigger', id: 'V1-medication', date: '2026-01-30', source: 'focused visit', domain: 'medication', finding: 'moderate' };
const safeguarding: EvidenceItem = { kind: 'safeguarding', id: 'SG-311', date: '2026-03-10', source: 'safeguarding hub', severity: 'serious', outcome: 'open', adultsAffected: 1 };
// The enquiry concludes on 10 May as inconclusive: it stops counting (a substantiated one would count for the
// pack's window after closure; see seedScenarios.test.ts).
const safeguardingConcluded: EvidenceItem = { ...safeguarding, outcome: 'inconclusive', closedOn: '2026-05-10' } as EvidenceItem;
const staffing: EvidenceItem = { kind: 'quality-trigger', id: 'V2-staffing', date: '2026-03-12', source: 'enhanced visit', domain: 'staffing-levels', finding: 'serious' };
const closure: EvidenceItem = { kind: 'market-oversight', id: 'MO-9', date: '2026-03-20', source: 'provider notice of intended closure', signal: 'urgent-closure' };

const closed = <T extends EvidenceItem>(item: T, field: 'closedOn' | 'resolvedOn', on: string): T => ({ ...item, [field]: on });

/** One review of the walk: the evidence on the date, and what Table One should give. */
export interface WalkStep {
  readonly asOf: string;
  readonly evidence: EvidenceItem[];
  readonly assessed: number;
  readonly action: 'initial' | 'hold' | 'escalate' | 'de-escalate';
  readonly level: number;
}

const summer = visit('V7', '2026-07-01');

export const elmHouseWalk: readonly WalkStep[] = [
  { asOf: '2026-01-05', evidence: baseline, assessed: 0, action: 'initial', level: 0 },
  // A moderate medication finding: a defined, single concern (level 1).
  { asOf: '2026-02-02', evidence: [...baseline, medication], assessed: 1, action: 'escalate', level: 1 },
  // Still open after 31 days (> 28): persistent (level 2).
  { asOf: '2026-03-02', evidence: [...baseline, medication], assessed: 2, action: 'escalate', level: 2 },
  // Two open serious concerns: significant (level 3).
  { asOf: '2026-03-16', evidence: [...baseline, medication, safeguarding, staffing], assessed: 3, action: 'escalate', level: 3 },
  // The provider gives notice of urgent closure: straight to 4.
  { asOf: '2026-03-23', evidence: [...baseline, medication, safeguarding, staffing, closure], assessed: 4, action: 'escalate', level: 4 },
  // Closure averted (signal resolved 3 April): level 4 rested only on the signal (the quality evidence supports
  // 3), so it comes down to 3 at once (pack signalClearing "on-resolution"), not after a sustain period.
  { asOf: '2026-04-06', evidence: [...baseline, medication, safeguarding, staffing, closed(closure, 'resolvedOn', '2026-04-03')], assessed: 3, action: 'de-escalate', level: 3 },
  { asOf: '2026-04-20', evidence: [...baseline, medication, safeguarding, staffing, closed(closure, 'resolvedOn', '2026-04-03')], assessed: 3, action: 'hold', level: 3 },
  { asOf: '2026-05-04', evidence: [...baseline, medication, safeguarding, staffing, closed(closure, 'resolvedOn', '2026-04-03')], assessed: 3, action: 'hold', level: 3 },
  // Everything resolved by 10 May: the evidence supports 0, but each step down waits for its sustain period.
  ...(['2026-05-11', '2026-06-08'] as const).map((asOf) => ({
    asOf,
    evidence: [...baseline, closed(medication, 'resolvedOn', '2026-05-08'), safeguardingConcluded, closed(staffing, 'resolvedOn', '2026-05-08'), closed(closure, 'resolvedOn', '2026-04-03')],
    assessed: 0,
    action: 'hold' as const,
    level: 3,
  })),
  ...(
    [
      ['2026-07-06', 'de-escalate', 2],
      ['2026-08-03', 'hold', 2],
      ['2026-08-31', 'de-escalate', 1],
      ['2026-10-26', 'hold', 1],
      ['2026-11-23', 'de-escalate', 0],
    ] as const
  ).map(([asOf, action, level]) => ({
    asOf,
    evidence: [...baseline, ...summer, closed(medication, 'resolvedOn', '2026-05-08'), safeguardingConcluded, closed(staffing, 'resolvedOn', '2026-05-08'), closed(closure, 'resolvedOn', '2026-04-03')],
    assessed: 0,
    action,
    level,
  })),
];

export function walkInput(step: WalkStep): AssessProviderRiskInput {
  return { providerId: 'ELM-HOUSE', serviceType: 'residential-local', asOf: step.asOf, evidence: step.evidence };
}

import fc from 'fast-check';
import {
  BCP_STATUSES,
  CQC_RATINGS,
  MARKET_SIGNALS,
  REGULATORY_ACTIONS,
  RISK_DOMAINS,
  SAFEGUARDING_OUTCOMES,
  SEVERITIES,
  TRIGGER_DOMAINS,
  type EvidenceItem,
} from '../../src/risk/index.js';

export const AS_OF = '2026-06-30';
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2026, 5, 30);

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A date and an optional closure date between it and AS_OF. */
const dated = fc
  .tuple(fc.integer({ min: 0, max: (END - START) / DAY }), fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }))
  .map(([d, c]) => {
    const date = START + d * DAY;
    const closed = c === undefined ? undefined : iso(date + Math.floor(c * ((END - date) / DAY)) * DAY);
    return { date: iso(date), closed };
  });

const sev = fc.constantFrom(...SEVERITIES);

/** Any evidence item body (the id is set afterwards so ids are unique). */
export const evidenceBody: fc.Arbitrary<EvidenceItem> = fc.oneof(
  fc.record({ d: dated, domain: fc.constantFrom(...TRIGGER_DOMAINS), finding: fc.constantFrom('assured', ...SEVERITIES) }).map(({ d, domain, finding }) => ({ kind: 'quality-trigger', id: '', date: d.date, source: 'visit', domain, finding, ...(d.closed ? { resolvedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, reg: fc.boolean(), months: fc.integer({ min: 0, max: 120 }), years: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }) }).map(({ d, reg, months, years }) => ({ kind: 'manager', id: '', date: d.date, source: 'visit', registeredManager: reg, monthsInPost: months, ...(years === undefined ? {} : { yearsExperience: years }) }) as EvidenceItem),
  fc.record({ d: dated, overall: fc.constantFrom(...CQC_RATINGS), safe: fc.option(fc.constantFrom(...CQC_RATINGS), { nil: undefined }) }).map(({ d, overall, safe }) => ({ kind: 'cqc-rating', id: '', date: d.date, source: 'CQC', overall, ...(safe ? { keyQuestions: { safe } } : {}) }) as EvidenceItem),
  fc.record({ d: dated, action: fc.constantFrom(...REGULATORY_ACTIONS) }).map(({ d, action }) => ({ kind: 'regulatory-action', id: '', date: d.date, source: 'CQC', action, ...(d.closed ? { closedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, severity: sev, outcome: fc.constantFrom('pending', 'upheld', 'partly-upheld', 'not-upheld' as const), domain: fc.option(fc.constantFrom(...RISK_DOMAINS), { nil: undefined }) }).map(({ d, severity, outcome, domain }) => ({ kind: 'complaint', id: '', date: d.date, source: 'complaints team', severity, outcome, ...(domain ? { domain } : {}), ...(d.closed ? { closedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, severity: sev, domain: fc.option(fc.constantFrom(...RISK_DOMAINS), { nil: undefined }) }).map(({ d, severity, domain }) => ({ kind: 'concern', id: '', date: d.date, source: 'district nurse', severity, raisedBy: 'professional', ...(domain ? { domain } : {}), ...(d.closed ? { closedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, severity: sev, outcome: fc.constantFrom(...SAFEGUARDING_OUTCOMES), adults: fc.integer({ min: 1, max: 6 }) }).map(({ d, severity, outcome, adults }) => ({ kind: 'safeguarding', id: '', date: d.date, source: 'safeguarding hub', severity, outcome, adultsAffected: adults, ...(d.closed ? { closedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, sentiment: fc.constantFrom('positive', 'neutral', 'negative' as const), severity: fc.option(sev, { nil: undefined }) }).map(({ d, sentiment, severity }) => ({ kind: 'feedback', id: '', date: d.date, source: 'family', from: 'family', sentiment, ...(severity ? { severity } : {}), ...(d.closed ? { resolvedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, signal: fc.constantFrom(...MARKET_SIGNALS) }).map(({ d, signal }) => ({ kind: 'market-oversight', id: '', date: d.date, source: 'market oversight', signal, ...(d.closed ? { resolvedOn: d.closed } : {}) }) as EvidenceItem),
  fc.record({ d: dated, status: fc.constantFrom(...BCP_STATUSES) }).map(({ d, status }) => ({ kind: 'business-continuity-plan', id: '', date: d.date, source: 'visit', status }) as EvidenceItem),
  fc.record({ d: dated }).map(({ d }) => ({ kind: 'outbreak', id: '', date: d.date, source: 'Public Health', ...(d.closed ? { endedOn: d.closed } : {}) }) as EvidenceItem),
);

/** A list of evidence with unique ids (prefix keeps two lists apart). */
export const evidenceList = (prefix: string, maxLength = 25): fc.Arbitrary<EvidenceItem[]> =>
  fc.array(evidenceBody, { maxLength }).map((items) => items.map((item, i) => ({ ...item, id: `${prefix}${i}` }) as EvidenceItem));

/** Kinds whose newer item replaces the older one ("status" kinds). */
export const STATUS_KINDS = new Set(['cqc-rating', 'manager', 'business-continuity-plan']);

const worseSev = (s: (typeof SEVERITIES)[number]) => SEVERITIES[Math.min(3, SEVERITIES.indexOf(s) + 1)]!;

/** The same item made worse: higher severity, worse rating or status, reopened, more adults affected. */
export function worsen(item: EvidenceItem): EvidenceItem {
  const x = { ...item } as Record<string, unknown>;
  delete x.closedOn;
  delete x.resolvedOn;
  delete x.endedOn;
  switch (item.kind) {
    case 'quality-trigger':
      x.finding = item.finding === 'assured' ? 'low' : worseSev(item.finding);
      break;
    case 'manager':
      x.registeredManager = false;
      x.monthsInPost = 0;
      break;
    case 'cqc-rating':
      x.overall = CQC_RATINGS[Math.min(3, CQC_RATINGS.indexOf(item.overall) + 1)];
      break;
    case 'regulatory-action':
      x.action = REGULATORY_ACTIONS[Math.min(REGULATORY_ACTIONS.length - 1, REGULATORY_ACTIONS.indexOf(item.action) + 1)];
      break;
    case 'complaint':
      x.severity = worseSev(item.severity);
      x.outcome = 'upheld';
      break;
    case 'concern':
      x.severity = worseSev(item.severity);
      break;
    case 'safeguarding':
      x.severity = worseSev(item.severity);
      x.outcome = 'substantiated';
      x.adultsAffected = item.adultsAffected + 1;
      break;
    case 'feedback':
      x.sentiment = 'negative';
      x.severity = worseSev(item.severity ?? 'low');
      break;
    case 'market-oversight':
      x.signal = MARKET_SIGNALS[Math.min(3, MARKET_SIGNALS.indexOf(item.signal) + 1)];
      break;
    case 'business-continuity-plan':
      x.status = BCP_STATUSES[Math.min(3, BCP_STATUSES.indexOf(item.status) + 1)];
      break;
    case 'outbreak':
      break;
  }
  return x as EvidenceItem;
}

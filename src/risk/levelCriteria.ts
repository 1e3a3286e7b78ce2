import type { PackValues } from '../core/rulePack.js';
import type { EvidenceRef, Finding, _ReadEvidence } from './evidence.js';
import type { RiskPackSpec } from './pack.js';
import { _severityRank, type RiskLevel } from './vocabulary.js';

/** The rule a criterion implements. */
export type CriterionId =
  | 'level4.closure-or-failure'
  | 'level4.significant-risk-to-service-users'
  | 'level3.sustained-serious'
  | 'level3.significant'
  | 'level3.widespread-serious'
  | 'level2.persistent'
  | 'level2.widespread'
  | 'level2.single-serious'
  | 'level1.concern'
  | 'safeguarding-frequency'
  | 'market-signal';

/** One level criterion, evaluated: whether it is met, the level it sets, and the evidence it read. */
export interface LevelCriterion {
  /** The rule. */
  readonly id: CriterionId;
  /** The level it sets when met. */
  readonly level: RiskLevel;
  /** Whether it is met. */
  readonly met: boolean;
  /** Why it is, or is not, met. */
  readonly because: string;
  /** The evidence that meets it (empty when not met). */
  readonly evidence: readonly EvidenceRef[];
  /** The pack keys it read. */
  readonly packKeys: readonly (keyof RiskPackSpec)[];
}

const SNAPSHOT = new Set(['cqc-rating', 'manager', 'business-continuity-plan']);

const clampLevel = (n: number): RiskLevel => Math.max(0, Math.min(4, Math.trunc(n))) as RiskLevel;

function uniqueRefs(fs: readonly { evidence: EvidenceRef }[]): EvidenceRef[] {
  const seen = new Set<string>();
  const out: EvidenceRef[] = [];
  for (const f of fs) {
    if (seen.has(f.evidence.id)) continue;
    seen.add(f.evidence.id);
    out.push(f.evidence);
  }
  return out;
}

/**
 * "Persistent" at a minimum severity: a concern (other than a status snapshot) open longer than `openDays`, or a domain with concerns on at
 * least `recurrenceReviews` distinct dates within the last `recurrenceWindowDays` (open or closed).
 */
function persistent(findings: readonly Finding[], minRank: number, p: PackValues<RiskPackSpec>): { refs: EvidenceRef[]; detail: string } {
  const { openDays, recurrenceReviews, recurrenceWindowDays } = p.persistence;
  // A status (CQC rating, manager, BCP) is a snapshot: its age measures the inspection, not how long a concern
  // has gone unaddressed, so it counts towards recurrence but not towards "open longer than".
  const long = findings.filter((f) => f.current && !SNAPSHOT.has(f.evidence.kind) && _severityRank(f.severity) >= minRank && f.evidence.ageDays > openDays);
  const byDomain = new Map<string, Finding[]>();
  for (const f of findings) {
    // A CQC rating's date is the inspection's, and the rating stays in force whatever its age: it never counts
    // towards recurrence, so the age of an in-force rating cannot change the level.
    if (_severityRank(f.severity) < minRank || f.evidence.ageDays >= recurrenceWindowDays || f.evidence.kind === 'cqc-rating') continue;
    const list = byDomain.get(f.domain) ?? [];
    list.push(f);
    byDomain.set(f.domain, list);
  }
  const recurring: Finding[] = [];
  const domains: string[] = [];
  for (const [domain, list] of byDomain) {
    if (new Set(list.map((f) => f.evidence.date)).size >= recurrenceReviews) {
      recurring.push(...list);
      domains.push(domain);
    }
  }
  const parts: string[] = [];
  if (long.length > 0) parts.push(`${long.length} open longer than ${openDays} days`);
  if (domains.length > 0) parts.push(`recurring on ${recurrenceReviews}+ dates within ${recurrenceWindowDays} days in ${domains.join(', ')}`);
  return { refs: uniqueRefs([...long, ...recurring]), detail: parts.join('; ') };
}

function widespread(open: readonly Finding[], minRank: number): { refs: EvidenceRef[]; domains: string[] } {
  const hits = open.filter((f) => _severityRank(f.severity) >= minRank);
  return { refs: uniqueRefs(hits), domains: [...new Set(hits.map((f) => f.domain))] };
}

/** The Table One row a criterion belongs to, for its citation. */
export function _criterionRow(c: LevelCriterion): string {
  if (c.id === 'market-signal') return 'Table One (market, financial or closure signal; Appendix 2 s.3)';
  if (c.id === 'safeguarding-frequency') return 'para 1.12 ("frequency ... of safeguarding referrals")';
  return `Table One level ${c.id.slice(5, 6)}`;
}

/** Evaluates every level criterion of the pack on the evidence read. */
export function _evaluateCriteria(read: _ReadEvidence, p: PackValues<RiskPackSpec>): LevelCriterion[] {
  const open = read.findings.filter((f) => f.current);
  const critical = open.filter((f) => f.severity === 'critical');
  const serious = open.filter((f) => _severityRank(f.severity) >= 3);
  const c = p.levelCriteria;
  const out: LevelCriterion[] = [];

  const closure = read.signals.filter((s) => s.closureOrFailure && s.level >= 4);
  out.push({
    id: 'level4.closure-or-failure',
    level: 4,
    met: closure.length > 0,
    because: closure.length > 0 ? `urgent-closure or failure signal in force: ${closure.map((s) => s.signal).join(', ')}` : 'no market-oversight, financial-failure or urgent-closure signal in force (quality evidence is never read as financial failure)',
    evidence: closure.map((s) => s.evidence),
    packKeys: ['marketSignalLevel', 'closureSignals', 'closureRegulatoryActions'],
  });
  out.push({
    id: 'level4.significant-risk-to-service-users',
    level: clampLevel(c.criticalFindingLevel),
    met: critical.length > 0,
    because: critical.length > 0 ? `${critical.length} open critical concern(s): significant risk to service users` : 'no open critical concern',
    evidence: uniqueRefs(critical),
    packKeys: ['levelCriteria'],
  });
  const sustained = persistent(read.findings, 3, p);
  out.push({
    id: 'level3.sustained-serious',
    level: 3,
    met: sustained.refs.length > 0,
    because: sustained.refs.length > 0 ? `serious concerns are sustained: ${sustained.detail}` : `no serious concern open longer than ${p.persistence.openDays} days or recurring on ${p.persistence.recurrenceReviews} dates within ${p.persistence.recurrenceWindowDays} days`,
    evidence: sustained.refs,
    packKeys: ['persistence'],
  });
  const sigFindings = serious.length >= c.significantSeriousFindings;
  const sigAdults = read.safeguardingAdults.adults >= c.significantAdultsAffected;
  out.push({
    id: 'level3.significant',
    level: 3,
    met: sigFindings || sigAdults,
    because: `${serious.length} open serious concern(s) (significant at ${c.significantSeriousFindings}); ${read.safeguardingAdults.adults} adult(s) affected by open counted safeguarding referrals (significant at ${c.significantAdultsAffected})`,
    evidence: [...(sigFindings ? uniqueRefs(serious) : []), ...(sigAdults ? read.safeguardingAdults.refs : [])],
    packKeys: ['levelCriteria', 'safeguarding'],
  });
  const wideSerious = widespread(open, 3);
  out.push({
    id: 'level3.widespread-serious',
    level: 3,
    met: wideSerious.domains.length >= p.widespreadDomains,
    because: `open serious concerns in ${wideSerious.domains.length} domain(s) (widespread at ${p.widespreadDomains})`,
    evidence: wideSerious.domains.length >= p.widespreadDomains ? wideSerious.refs : [],
    packKeys: ['widespreadDomains'],
  });
  const pers = persistent(read.findings, 1, p);
  out.push({
    id: 'level2.persistent',
    level: 2,
    met: pers.refs.length > 0,
    because: pers.refs.length > 0 ? `concerns persist: ${pers.detail}` : `no concern open longer than ${p.persistence.openDays} days or recurring on ${p.persistence.recurrenceReviews} dates within ${p.persistence.recurrenceWindowDays} days`,
    evidence: pers.refs,
    packKeys: ['persistence'],
  });
  const wide = widespread(open, 1);
  out.push({
    id: 'level2.widespread',
    level: 2,
    met: wide.domains.length >= p.widespreadDomains,
    because: `open concerns in ${wide.domains.length} domain(s) (widespread at ${p.widespreadDomains})${wide.domains.length > 0 ? `: ${wide.domains.join(', ')}` : ''}`,
    evidence: wide.domains.length >= p.widespreadDomains ? wide.refs : [],
    packKeys: ['widespreadDomains'],
  });
  out.push({
    id: 'level2.single-serious',
    level: clampLevel(c.singleSeriousLevel),
    met: serious.length > 0,
    because: serious.length > 0 ? `${serious.length} open serious or critical concern(s) needing formal action` : 'no open serious concern',
    evidence: uniqueRefs(serious),
    packKeys: ['levelCriteria'],
  });
  const freq = p.safeguarding.frequency;
  const often = read.referrals.length >= freq.referrals;
  out.push({
    id: 'safeguarding-frequency',
    level: clampLevel(freq.level),
    met: often,
    because: `${read.referrals.length} safeguarding referral(s) received within ${freq.windowDays} days, whatever their outcome (frequent at ${freq.referrals})`,
    evidence: often ? read.referrals : [],
    packKeys: ['safeguarding'],
  });
  const other = read.signals.filter((s) => !(s.closureOrFailure && s.level >= 4));
  const signalLevel = other.reduce((m, s) => Math.max(m, s.level), 0);
  out.push({
    id: 'market-signal',
    level: clampLevel(signalLevel),
    met: other.length > 0 && signalLevel > 0,
    because: other.length > 0 ? `market, financial or closure signal(s) in force, routed to the provider-failure side: ${other.map((s) => s.signal).join(', ')}` : 'no market, financial or closure signal in force',
    evidence: other.map((s) => s.evidence),
    packKeys: ['marketSignalLevel'],
  });
  out.push({
    id: 'level1.concern',
    level: 1,
    met: open.length > 0,
    because: open.length > 0 ? `${open.length} open concern(s), defined or single in cause` : 'no open concern in current evidence',
    evidence: uniqueRefs(open),
    packKeys: [],
  });
  return out;
}

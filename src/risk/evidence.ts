import type * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { _dayNumber } from '../core/dates.js';
import { _issue, type RulesIssue } from '../core/errors.js';
import type { PackValues } from '../core/rulePack.js';
import type { RiskPackSpec } from './pack.js';
import type { EvidenceItemSchema } from './schemas.js';
import {
  CQC_RATINGS,
  OBSERVATION_KINDS,
  type CqcRating,
  SEVERITIES,
  _severityRank,
  type EvidenceKind,
  type MarketSignal,
  type RiskDomain,
  type Severity,
  type SeverityOrNone,
} from './vocabulary.js';

type Item = z.output<typeof EvidenceItemSchema>;

/** An evidence item as results cite it: id, kind, source, date and age on the assessment date. */
export interface EvidenceRef {
  /** The item's id. */
  readonly id: string;
  /** The item's kind. */
  readonly kind: EvidenceKind;
  /** Where it came from. */
  readonly source: string;
  /** Its date. */
  readonly date: IsoDate;
  /** Whole days from its date to the assessment date. */
  readonly ageDays: number;
}

/** One concern read from the evidence: what it is about, how serious, and whether it is still open. */
export interface Finding {
  /** The item it comes from. */
  readonly evidence: EvidenceRef;
  /** The domain it falls in. */
  readonly domain: RiskDomain;
  /** Its severity after the pack's mapping. */
  readonly severity: Severity;
  /** `true` while open (not closed or resolved, not stale). */
  readonly open: boolean;
  /**
   * `true` when it counts towards the level now: while open, and for a substantiated safeguarding enquiry also
   * for the pack's window after its closure (`safeguarding.substantiatedWindowDays`).
   */
  readonly current: boolean;
  /** When it was closed or resolved, or `null` while open. */
  readonly closedOn: IsoDate | null;
}

/** A market-oversight signal or closure regulatory action in force, with the lowest level it sets. */
export interface RiskSignal {
  /** The item it comes from. */
  readonly evidence: EvidenceRef;
  /** The signal (a market-oversight signal, or `regulatory:<action>`). */
  readonly signal: MarketSignal | `regulatory:${string}`;
  /** The lowest level it sets. */
  readonly level: number;
  /** Whether it is a closure or failure signal (only these can give level 4 on that basis). */
  readonly closureOrFailure: boolean;
  /** Where it is handled: always the provider-failure side (Market Failure Plan), never quality letters. */
  readonly route: 'provider-failure';
}

/** An evidence item that was not scored, and why. */
export interface SetAsideItem {
  /** The item. */
  readonly evidence: EvidenceRef;
  /** `stale`: older than the pack's limit for its kind. `superseded`: a newer status of the same kind exists. */
  readonly reason: 'stale' | 'superseded';
  /** For stale items: the limit in days that it exceeded. */
  readonly limitDays?: number | undefined;
}

/** The evidence after deduplication, staleness and mapping: what the level rules read. */
export interface _ReadEvidence {
  readonly findings: readonly Finding[];
  readonly signals: readonly RiskSignal[];
  readonly setAside: readonly SetAsideItem[];
  readonly covered: ReadonlySet<string>;
  /** Domains read only from stale items: unknown, reported as missing when no current item covers them. */
  readonly staleDomains: ReadonlySet<string>;
  readonly kindsPresent: ReadonlySet<string>;
  readonly activeOutbreaks: readonly EvidenceRef[];
  readonly safeguardingAdults: { readonly adults: number; readonly refs: readonly EvidenceRef[] };
  /** Safeguarding referrals received within the pack's frequency window, whatever their outcome. */
  readonly referrals: readonly EvidenceRef[];
  readonly latestCqc: { readonly overall: string; readonly date: IsoDate; readonly ref: EvidenceRef } | null;
}

const STATUS_KINDS = new Set<EvidenceKind>(['cqc-rating', 'manager', 'business-continuity-plan']);

type ObservationItem = Extract<Item, { kind: (typeof OBSERVATION_KINDS)[number] }>;

/** The domains an observation speaks to: those that become unknown when it goes stale. */
function observedDomains(item: ObservationItem): RiskDomain[] {
  switch (item.kind) {
    case 'quality-trigger':
      return [item.domain];
    case 'manager':
      return ['manager-tenure', 'manager-competence'];
    case 'feedback':
      return [item.domain ?? 'feedback'];
    case 'market-oversight':
      return ['financial'];
    case 'business-continuity-plan':
      return ['business-continuity'];
  }
}
const OBSERVATIONS = new Set<string>(OBSERVATION_KINDS);

function closeDate(item: Item): IsoDate | undefined {
  switch (item.kind) {
    case 'quality-trigger':
    case 'feedback':
    case 'market-oversight':
      return item.resolvedOn;
    case 'regulatory-action':
    case 'complaint':
    case 'concern':
    case 'safeguarding':
      return item.closedOn;
    case 'outbreak':
      return item.endedOn;
    default:
      return undefined;
  }
}

/** The field that closes an item of this kind (`closedOn`, `resolvedOn` or `endedOn`), for messages. */
export function _closureField(item: Item): 'closedOn' | 'resolvedOn' | 'endedOn' {
  return item.kind === 'outbreak' ? 'endedOn' : item.kind === 'quality-trigger' || item.kind === 'feedback' || item.kind === 'market-oversight' ? 'resolvedOn' : 'closedOn';
}

/** A key-order-independent text of a value, to tell a true duplicate from a conflicting item with the same id. */
export function _canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(_canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${_canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Checks the evidence against the assessment date and removes exact duplicates. Two items with one id and
 * different content are refused: the library cannot tell which record is true.
 */
export function _dedupe(evidence: readonly Item[], asOf: IsoDate): { items: Item[]; duplicates: string[]; issues: RulesIssue[] } {
  // The canonical form is only computed when an id repeats: most evidence lists have no duplicates.
  const seen = new Map<string, { index: number; item: Item; key?: string }>();
  const items: Item[] = [];
  const duplicates: string[] = [];
  const issues: RulesIssue[] = [];
  evidence.forEach((item, i) => {
    if (item.date > asOf) issues.push(_issue('inconsistent_input', ['evidence', i, 'date'], 'must be on or before asOf; assess as of a later date'));
    const closed = closeDate(item);
    const closedField = _closureField(item);
    if (closed !== undefined && closed < item.date) issues.push(_issue('inconsistent_input', ['evidence', i, closedField], 'must be on or after the item\'s own date'));
    if (closed !== undefined && closed > asOf) issues.push(_issue('inconsistent_input', ['evidence', i, closedField], 'must be on or before asOf; leave it open or assess as of a later date'));
    const prior = seen.get(item.id);
    if (prior === undefined) {
      seen.set(item.id, { index: i, item });
      items.push(item);
    } else if ((prior.key ??= _canonical(prior.item)) === _canonical(item)) {
      duplicates.push(item.id);
    } else {
      issues.push(_issue('inconsistent_input', ['evidence', i, 'id'], `is already used by evidence[${prior.index}] with different content: each id must be one record`));
    }
  });
  return { items, duplicates, issues };
}

function bump(s: Severity): Severity {
  return SEVERITIES[Math.min(SEVERITIES.length - 1, SEVERITIES.indexOf(s) + 1)] as Severity;
}

function worst(a: SeverityOrNone, b: SeverityOrNone): SeverityOrNone {
  return _severityRank(a) >= _severityRank(b) ? a : b;
}

/** Reads deduplicated evidence into findings and signals with the pack's mappings. */
export function _readEvidence(items: readonly Item[], asOf: IsoDate, p: PackValues<RiskPackSpec>): _ReadEvidence {
  const findings: Finding[] = [];
  const signals: RiskSignal[] = [];
  const setAside: SetAsideItem[] = [];
  const covered = new Set<string>();
  const staleDomains = new Set<string>();
  const kindsPresent = new Set<string>();
  const activeOutbreaks: EvidenceRef[] = [];
  let adults = 0;
  const adultRefs: EvidenceRef[] = [];
  const referrals: EvidenceRef[] = [];
  let latestCqc: _ReadEvidence['latestCqc'] = null;
  const asOfDay = _dayNumber(asOf);

  // A status (CQC rating, manager, BCP) is replaced by a newer one of its kind; same-day statuses all count.
  const latestStatus = new Map<string, IsoDate>();
  for (const item of items) {
    if (!STATUS_KINDS.has(item.kind)) continue;
    const d = latestStatus.get(item.kind);
    if (d === undefined || item.date > d) latestStatus.set(item.kind, item.date);
  }

  const add = (ref: EvidenceRef, domain: RiskDomain, severity: SeverityOrNone, closedOn: IsoDate | undefined, current = closedOn === undefined): void => {
    covered.add(domain);
    if (severity === 'none') return;
    findings.push({ evidence: ref, domain, severity, open: closedOn === undefined, current, closedOn: closedOn ?? null });
  };

  for (const item of items) {
    const ref: EvidenceRef = { id: item.id, kind: item.kind, source: item.source, date: item.date, ageDays: asOfDay - _dayNumber(item.date) };
    if (STATUS_KINDS.has(item.kind) && item.date < (latestStatus.get(item.kind) ?? item.date)) {
      setAside.push({ evidence: ref, reason: 'superseded' });
      continue;
    }
    if (OBSERVATIONS.has(item.kind)) {
      const limit = p.staleAfterDays[item.kind as keyof typeof p.staleAfterDays];
      // Only the council's own observations age; a CQC rating is a status in force until CQC replaces it.
      // An observation already resolved is history, not a current reading: it never goes "stale".
      if (ref.ageDays > limit && closeDate(item) === undefined) {
        setAside.push({ evidence: ref, reason: 'stale', limitDays: limit });
        for (const d of observedDomains(item as ObservationItem)) staleDomains.add(d);
        continue;
      }
    }
    kindsPresent.add(item.kind);
    switch (item.kind) {
      case 'quality-trigger':
        add(ref, item.domain, item.finding === 'assured' ? 'none' : item.finding, item.resolvedOn);
        break;
      case 'manager': {
        add(ref, 'manager-tenure', item.monthsInPost < p.manager.newManagerMonths ? p.manager.newManagerSeverity : 'none', undefined);
        if (!item.registeredManager) add(ref, 'leadership', p.manager.noRegisteredManagerSeverity, undefined);
        if (item.yearsExperience !== undefined) {
          add(ref, 'manager-competence', item.yearsExperience < p.manager.inexperiencedYears ? p.manager.inexperiencedSeverity : 'none', undefined);
        }
        break;
      }
      case 'cqc-rating': {
        let sev = p.cqcRatingSeverity[item.overall];
        for (const r of Object.values(item.keyQuestions ?? {})) if (r !== undefined) sev = worst(sev, p.cqcRatingSeverity[r]);
        add(ref, 'regulator', sev, undefined);
        // Two ratings published the same day: the worse one is reported.
        if (latestCqc === null || CQC_RATINGS.indexOf(item.overall) > CQC_RATINGS.indexOf(latestCqc.overall as CqcRating)) latestCqc = { overall: item.overall, date: item.date, ref };
        break;
      }
      case 'regulatory-action': {
        add(ref, 'regulator', p.regulatoryActionSeverity[item.action], item.closedOn);
        if (item.closedOn === undefined && p.closureRegulatoryActions.includes(item.action)) {
          signals.push({ evidence: ref, signal: `regulatory:${item.action}`, level: 4, closureOrFailure: true, route: 'provider-failure' });
        }
        break;
      }
      case 'complaint':
        covered.add('complaints');
        if (p.complaintCountedOutcomes.includes(item.outcome)) add(ref, item.domain ?? 'complaints', item.severity, item.closedOn);
        break;
      case 'concern':
        add(ref, item.domain ?? 'concerns', item.severity, item.closedOn);
        break;
      case 'safeguarding': {
        covered.add('safeguarding');
        const sg = p.safeguarding;
        // Para 1.12 "frequency": every referral received within the window counts, whatever its outcome.
        if (ref.ageDays < sg.frequency.windowDays) referrals.push(ref);
        const substantiated = sg.substantiatedOutcomes.includes(item.outcome);
        if (!sg.countedOutcomes.includes(item.outcome) && !substantiated) break;
        // Para 1.12 "substantiated": substantiation is usually known only at closure, so a substantiated
        // enquiry keeps counting for the pack's window after it closes.
        const current =
          item.closedOn === undefined ? sg.countedOutcomes.includes(item.outcome) : substantiated && asOfDay - _dayNumber(item.closedOn) <= sg.substantiatedWindowDays;
        const sev = item.adultsAffected >= sg.multipleAdultsThreshold ? bump(item.severity) : item.severity;
        add(ref, 'safeguarding', sev, item.closedOn, current);
        if (current) {
          adults += item.adultsAffected;
          adultRefs.push(ref);
        }
        break;
      }
      case 'feedback':
        add(ref, item.domain ?? 'feedback', item.sentiment === 'negative' ? (item.severity ?? 'low') : 'none', item.resolvedOn);
        break;
      case 'market-oversight': {
        covered.add('financial');
        if (item.resolvedOn !== undefined) break;
        const level = p.marketSignalLevel[item.signal];
        signals.push({ evidence: ref, signal: item.signal, level, closureOrFailure: p.closureSignals.includes(item.signal), route: 'provider-failure' });
        break;
      }
      case 'business-continuity-plan':
        add(ref, 'business-continuity', p.bcpSeverity[item.status], undefined);
        break;
      case 'outbreak':
        if (item.endedOn === undefined) activeOutbreaks.push(ref);
        add(ref, 'outbreak', p.outbreakSeverity, item.endedOn);
        break;
    }
  }
  return { findings, signals, setAside, covered, staleDomains, kindsPresent, activeOutbreaks, safeguardingAdults: { adults, refs: adultRefs }, referrals, latestCqc };
}

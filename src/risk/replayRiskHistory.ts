import * as z from 'zod';
import { IsoDateSchema, type IsoDate } from '../core/dates.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _serviceProfile } from './assessProviderRisk.js';
import { _canonical, _closureField } from './evidence.js';
import { _riskContext, _used, type RiskPackOptions, type _RiskContext } from './packContext.js';
import { _confirmingBody, _decide, _needsQpsgReferral, type RiskLevelState, type ReviewAction, type _DateOps, type _Decided, type _PrevState } from './reviewRiskLevel.js';
import { EvidenceItemSchema, RiskProfileSchema, RiskStateSchema, ServiceTypeIdSchema, _isEvidenceItem, _isIsoDate, type LevelEntry } from './schemas.js';
import { EVIDENCE_KINDS, RISK_DOMAINS, SEVERITIES, _severityRank, type OversightBody, type RiskLevel, type SeverityOrNone } from './vocabulary.js';

// A portfolio replay passes the same review dates for every provider: a date string already found valid by
// IsoDateSchema is not checked again (strings are immutable, so the memo cannot go out of date).
const validDates = new Set<string>();
const ReviewDateSchema = z.string().refine(
  (d) => {
    if (validDates.has(d)) return true;
    const ok = IsoDateSchema.safeParse(d).success;
    if (ok && validDates.size < 100_000) validDates.add(d);
    return ok;
  },
  { error: 'must be a calendar date written YYYY-MM-DD' },
).meta({ format: 'date' });

/** The input of {@link replayRiskHistory}: one provider's dated evidence, given once, and the review dates. */
export const ReplayRiskHistoryInputSchema = z.strictObject({
  providerId: z.string().min(1).max(200),
  serviceType: ServiceTypeIdSchema,
  riskProfile: RiskProfileSchema.optional(),
  evidence: z
    .array(EvidenceItemSchema)
    .max(100_000)
    .describe('The whole history: each item as it finally stands. At each review an item counts from its date, and its closure (closedOn, resolvedOn, endedOn) from the closure date.'),
  reviewDates: z.array(ReviewDateSchema).min(1).max(10_000).describe('Review dates (YYYY-MM-DD), strictly increasing.'),
  previous: RiskStateSchema.nullable().optional().describe('The state before the first review (null or omitted: the first review is an initial one).'),
});

/** What {@link replayRiskHistory} accepts. */
export type ReplayRiskHistoryInput = z.input<typeof ReplayRiskHistoryInputSchema>;

/**
 * One review of a replay: the fields of the {@link RiskLevelDecision} that `reviewRiskLevel` would return, without
 * the words and trace. The state after the review is flat, to keep a portfolio replay light: it is
 * `{ providerId, level, effectiveFrom, reviewedOn: asOf, lowerCriteriaSince, enteredBy, signalHeld }`
 * (`finalState` gives it for the last review).
 */
export interface RiskReplayReview {
  /** The review date. */
  readonly asOf: IsoDate;
  /** What the review recommended. */
  readonly action: ReviewAction;
  /** The level before the review. */
  readonly fromLevel: RiskLevel | null;
  /** The level the evidence supports on the date (`assessProviderRisk`'s level). */
  readonly assessedLevel: RiskLevel;
  /** The level the quality evidence alone supports. */
  readonly qualityLevel: RiskLevel;
  /** The level recommended. */
  readonly level: RiskLevel;
  /** When that level took effect. */
  readonly effectiveFrom: IsoDate;
  /** How it was reached. */
  readonly enteredBy: LevelEntry | null;
  /** When to review again. */
  readonly nextReviewDate: IsoDate;
  /** A move down waiting for its sustain period. */
  readonly pendingDeEscalation: { readonly toLevel: RiskLevel; readonly criteriaHeldSince: IsoDate; readonly eligibleOn: IsoDate } | null;
  /** Who confirms it. */
  readonly confirmBy: OversightBody;
  /** Whether it goes to PEP via a QPSG referral. */
  readonly qpsgReferralRequired: boolean;
  /** A closure or failure signal in force. */
  readonly failureSignal: boolean;
  /** A financial or closure signal in force (routed to the provider-failure side). */
  readonly failureRoute: boolean;
  /** An outbreak in progress. */
  readonly activeOutbreak: boolean;
  /** When the earliest outbreak in progress was notified. */
  readonly outbreakNotifiedOn: IsoDate | null;
  /** Required domains and kinds with no current evidence. */
  readonly evidenceGaps: readonly string[];
  /** The de-escalation clock after the review (the state's `lowerCriteriaSince`). */
  readonly lowerCriteriaSince: IsoDate | null;
  /** Whether only a financial or closure signal has supported the level (the state's `signalHeld`). */
  readonly signalHeld: boolean;
}

/** The result of {@link replayRiskHistory}. */
export interface RiskReplay {
  /** The service. */
  readonly providerId: string;
  /** Its service type. */
  readonly serviceType: string;
  /** One entry per review date, in order. */
  readonly reviews: readonly RiskReplayReview[];
  /** The state after the last review. */
  readonly finalState: RiskLevelState;
  /** The pack used. */
  readonly pack: PackRef;
  /** How the replay was run (one trace for the whole history; call `assessProviderRisk` on a date for the reasons of one review). */
  readonly trace: Trace;
}

const ENTRY = 'replayRiskHistory';
type Item = z.output<typeof EvidenceItemSchema>;
type P = _RiskContext['values'];

const DOMAIN_INDEX = new Map<string, number>(RISK_DOMAINS.map((d, i) => [d, i]));
const KIND_INDEX = new Map<string, number>(EVIDENCE_KINDS.map((k, i) => [k, i]));
const dom = (d: string): number => DOMAIN_INDEX.get(d) ?? 0;
const rank = (s: SeverityOrNone): number => _severityRank(s);
const bumpRank = (r: number): number => Math.min(SEVERITIES.length, r + 1);

/** One evidence item compiled for one pack period: day numbers and what it gives when read. */
interface Compiled {
  readonly day: number;
  readonly close: number;
  /** 0 none, 1 CQC rating, 2 manager, 3 BCP: kinds where a newer item supersedes an older one. */
  readonly status: number;
  readonly staleLimit: number;
  readonly staleDomains: readonly number[];
  readonly kindBit: number;
  readonly covers: readonly number[];
  /** Findings (domain, rank) given when read; safeguarding ones use the safeguarding rule for "current". */
  readonly finds: readonly { readonly domain: number; readonly rank: number }[];
  /** Domains covered only while the findings are read. */
  readonly coversPresent: readonly number[];
  /** Whether the findings are read before the closure date (outcome not yet known) and after it. */
  readonly presentOpen: boolean;
  readonly presentClosed: boolean;
  /** Before closure: whether the finding counts (a safeguarding enquiry read as "open", a complaint as "pending"). */
  readonly countsOpen: boolean;
  readonly snapshot: boolean;
  readonly isCqc: boolean;
  readonly sg: null | { readonly substantiated: boolean; readonly adults: number };
  /** A signal: its level and whether it is a closure or failure signal; `null` when none. */
  readonly signal: null | { readonly level: number; readonly closure: boolean };
  readonly outbreak: boolean;
  readonly date: IsoDate;
}

/** Records that an item covers a domain, and its finding when the severity is above none. */
function addTo(covers: number[], finds: { domain: number; rank: number }[], domain: string, sev: SeverityOrNone): void {
  const d = dom(domain);
  covers.push(d);
  const r = rank(sev);
  if (r > 0) finds.push({ domain: d, rank: r });
}

function compile(item: Item, p: P): Compiled {
  const day = dayNumber(item.date);
  const closeDate = item.kind === 'outbreak' ? item.endedOn : item.kind === 'quality-trigger' || item.kind === 'feedback' || item.kind === 'market-oversight' ? item.resolvedOn : 'closedOn' in item ? item.closedOn : undefined;
  const close = closeDate === undefined ? Infinity : dayNumber(closeDate);
  const finds: { domain: number; rank: number }[] = [];
  const covers: number[] = [];
  const coversPresent: number[] = [];
  let staleLimit = Infinity;
  let staleDomains: number[] = [];
  let status = 0;
  let sg: Compiled['sg'] = null;
  let signal: Compiled['signal'] = null;
  let presentOpen = true;
  let presentClosed = true;
  let countsOpen = true;
  switch (item.kind) {
    case 'quality-trigger':
      staleLimit = p.staleAfterDays['quality-trigger'];
      staleDomains = [dom(item.domain)];
      addTo(covers, finds, item.domain, item.finding === 'assured' ? 'none' : item.finding);
      break;
    case 'manager':
      status = 2;
      staleLimit = p.staleAfterDays.manager;
      staleDomains = [dom('manager-tenure'), dom('manager-competence')];
      addTo(covers, finds, 'manager-tenure', item.monthsInPost < p.manager.newManagerMonths ? p.manager.newManagerSeverity : 'none');
      if (!item.registeredManager) addTo(covers, finds, 'leadership', p.manager.noRegisteredManagerSeverity);
      if (item.yearsExperience !== undefined) addTo(covers, finds, 'manager-competence', item.yearsExperience < p.manager.inexperiencedYears ? p.manager.inexperiencedSeverity : 'none');
      break;
    case 'cqc-rating': {
      status = 1;
      let sev = p.cqcRatingSeverity[item.overall];
      for (const r of Object.values(item.keyQuestions ?? {})) if (r !== undefined && rank(p.cqcRatingSeverity[r]) > rank(sev)) sev = p.cqcRatingSeverity[r];
      addTo(covers, finds, 'regulator', sev);
      break;
    }
    case 'regulatory-action':
      addTo(covers, finds, 'regulator', p.regulatoryActionSeverity[item.action]);
      if (p.closureRegulatoryActions.includes(item.action)) signal = { level: 4, closure: true };
      break;
    case 'complaint': {
      covers.push(dom('complaints'));
      // An outcome is known at closure: before its closure date a complaint reads as "pending".
      presentClosed = p.complaintCountedOutcomes.includes(item.outcome);
      presentOpen = p.complaintCountedOutcomes.includes(item.closedOn === undefined ? item.outcome : 'pending');
      countsOpen = presentOpen;
      if (presentOpen || presentClosed) finds.push({ domain: dom(item.domain ?? 'complaints'), rank: rank(item.severity) });
      coversPresent.push(dom(item.domain ?? 'complaints'));
      break;
    }
    case 'concern':
      addTo(covers, finds, item.domain ?? 'concerns', item.severity);
      break;
    case 'safeguarding': {
      covers.push(dom('safeguarding'));
      // Substantiation is known at closure: before its closure date an enquiry reads as "open".
      const counted = p.safeguarding.countedOutcomes.includes(item.outcome);
      const substantiated = p.safeguarding.substantiatedOutcomes.includes(item.outcome);
      sg = { substantiated, adults: item.adultsAffected };
      presentClosed = counted || substantiated;
      const openOutcome = item.closedOn === undefined ? item.outcome : 'open';
      countsOpen = p.safeguarding.countedOutcomes.includes(openOutcome);
      presentOpen = countsOpen || p.safeguarding.substantiatedOutcomes.includes(openOutcome);
      if (presentOpen || presentClosed) {
        const r = item.adultsAffected >= p.safeguarding.multipleAdultsThreshold ? bumpRank(rank(item.severity)) : rank(item.severity);
        if (r > 0) finds.push({ domain: dom('safeguarding'), rank: r });
      }
      break;
    }
    case 'feedback':
      staleLimit = p.staleAfterDays.feedback;
      staleDomains = [dom(item.domain ?? 'feedback')];
      addTo(covers, finds, item.domain ?? 'feedback', item.sentiment === 'negative' ? (item.severity ?? 'low') : 'none');
      break;
    case 'market-oversight':
      staleLimit = p.staleAfterDays['market-oversight'];
      staleDomains = [dom('financial')];
      covers.push(dom('financial'));
      signal = { level: p.marketSignalLevel[item.signal], closure: p.closureSignals.includes(item.signal) };
      break;
    case 'business-continuity-plan':
      status = 3;
      staleLimit = p.staleAfterDays['business-continuity-plan'];
      staleDomains = [dom('business-continuity')];
      addTo(covers, finds, 'business-continuity', p.bcpSeverity[item.status]);
      break;
    case 'outbreak':
      addTo(covers, finds, 'outbreak', p.outbreakSeverity);
      break;
  }
  return {
    day,
    close,
    status,
    staleLimit,
    staleDomains,
    kindBit: 1 << (KIND_INDEX.get(item.kind) ?? 0),
    covers,
    finds,
    coversPresent,
    presentOpen,
    presentClosed,
    countsOpen,
    snapshot: status !== 0,
    isCqc: status === 1,
    sg,
    signal,
    outbreak: item.kind === 'outbreak',
    date: item.date,
  };
}

/**
 * Days since 1970-01-01 of a validated `YYYY-MM-DD` date: the same number as core's `_dayNumber`, read digit by
 * digit (the days-from-civil formula of the proleptic Gregorian calendar) rather than through `Date.UTC`, since a
 * portfolio reads a million dates. test/risk/replayRiskHistory.test.ts checks it against `_dayNumber`.
 */
export function _replayDayNumber(iso: IsoDate): number {
  return dayNumber(iso);
}
function dayNumber(iso: IsoDate): number {
  const c = (i: number): number => iso.charCodeAt(i) - 48;
  let y = c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3);
  const m = c(5) * 10 + c(6);
  const d = c(8) * 10 + c(9);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const confirmTables = new WeakMap<P, readonly OversightBody[]>();
/** `_confirmingBody` for every move, once per set of pack values: index (from level + 1, or 0 for none) × 5 + to level. */
function confirmTable(p: P): readonly OversightBody[] {
  let t = confirmTables.get(p);
  if (t === undefined) {
    t = Object.freeze(Array.from({ length: 30 }, (_, k) => _confirmingBody(p, k < 5 ? null : ((Math.floor(k / 5) - 1) as RiskLevel), (k % 5) as RiskLevel)));
    confirmTables.set(p, t);
  }
  return t;
}

/** Day numbers and ISO dates, memoised: a replay turns the same few hundred dates over millions of times. */
let isoByDay: IsoDate[] | null = null;
const dayByIso = new Map<IsoDate, number>();
function isoOf(day: number): IsoDate {
  // Days 0-99,999 (1970 to 2243) in a packed array (filled up front, so that it stays a fast array); any other
  // day is written afresh.
  const inRange = day >= 0 && day < 100_000 && Number.isInteger(day);
  isoByDay ??= new Array<IsoDate>(100_000).fill('');
  let s = inRange ? isoByDay[day]! : '';
  if (s === '') {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (inRange) isoByDay[day] = s;
  }
  return s;
}
let lastIso = '';
let lastDay = 0;
function dayOf(iso: IsoDate): number {
  // The review date asked again and again within one review comes first.
  if (iso === lastIso) return lastDay;
  let d = dayByIso.get(iso);
  if (d === undefined) {
    d = dayNumber(iso);
    if (dayByIso.size < 200_000) dayByIso.set(iso, d);
  }
  lastIso = iso;
  lastDay = d;
  return d;
}
const FAST_DATES: _DateOps = { add: (d, n) => isoOf(dayOf(d) + n), between: (a, b) => dayOf(b) - dayOf(a) };

/** A key naming the pack values in force for a context: dates in one period share it (values are frozen objects). */
const valueIds = new WeakMap<object, number>();
let nextValueId = 1;
const periodKeys = new WeakMap<_RiskContext, string>();
function periodKey(ctx: _RiskContext): string {
  let k = periodKeys.get(ctx);
  if (k === undefined) {
    k = ctx.used
      .map((r) => {
        const v = r.value;
        if (typeof v !== 'object' || v === null) return `${r.key}=${String(v)}`;
        let id = valueIds.get(v);
        if (id === undefined) {
          id = nextValueId++;
          valueIds.set(v, id);
        }
        return `${r.key}#${id}`;
      })
      .join('|');
    periodKeys.set(ctx, k);
  }
  return k;
}

/** The numeric parameters the level rules read, per pack period. */
interface Params {
  readonly p: P;
  readonly items: readonly Compiled[];
  readonly profileDomains: readonly number[];
  readonly profileKinds: readonly number[];
  readonly profileDomainNames: readonly string[];
  readonly profileKindNames: readonly string[];
  /** The profile's domains as a mask. */
  readonly profileMask: number;
  /** Who confirms a move, by (from level + 1, or 0 for none) × 5 + to level: `_confirmingBody` worked out once. */
  readonly confirmBy: readonly OversightBody[];
  /** The days on which what the evidence supports can change, sorted: between two of them nothing is re-read. */
  readonly events: Int32Array;
  /** For each item, the day from which what it adds no longer changes ({@link settleDay}). */
  readonly settle: Float64Array;
  /** The items of kinds where a newer one supersedes an older one. */
  readonly statusItems: readonly number[];
  /** The items added up so far, and those still read at each evaluation. */
  readonly state: { settled: Acc; active: Int32Array; nActive: number; nextSettle: number; lastDay: number };
}

/** Every day on which an item's reading can change (see evaluate): appearing, closing, going stale, leaving a window. */
function eventDays(items: readonly Compiled[], p: P): Int32Array {
  const days: number[] = [];
  const { openDays, recurrenceWindowDays } = p.persistence;
  for (const c of items) {
    days.push(c.day);
    // Age matters only to an item that gives findings: "open longer than" and the recurrence window.
    if (c.finds.length > 0) days.push(c.day + openDays + 1, c.day + recurrenceWindowDays);
    if (c.close !== Infinity) days.push(c.close);
    if (c.staleLimit !== Infinity) days.push(c.day + c.staleLimit + 1);
    if (c.sg !== null) {
      days.push(c.day + p.safeguarding.frequency.windowDays);
      if (c.close !== Infinity) days.push(c.close + p.safeguarding.substantiatedWindowDays + 1);
    }
  }
  const sorted = Int32Array.from(days).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.subarray(0, n);
}



/** Counts domains with findings on at least `need` distinct dates in a buffer of (domain << 16 | day) keys. */
function recurring(buf: Int32Array, n: number, need: number): boolean {
  if (n < need) return false;
  // Insertion sort in place: a few dozen keys at most.
  for (let i = 1; i < n; i += 1) {
    const v = buf[i]!;
    let j = i - 1;
    while (j >= 0 && buf[j]! > v) {
      buf[j + 1] = buf[j]!;
      j -= 1;
    }
    buf[j + 1] = v;
  }
  let run = 1;
  for (let i = 1; i < n; i += 1) {
    const a = buf[i - 1]!;
    const b = buf[i]!;
    if (a >> 16 !== b >> 16) run = 1;
    else if (a !== b) run += 1;
    else continue;
    if (run >= need) return true;
  }
  return false;
}

function popcount(m: number): number {
  let k = 0;
  for (let x = m; x !== 0; x &= x - 1) k += 1;
  return k;
}

function clamp(n: number): RiskLevel {
  return Math.max(0, Math.min(4, Math.trunc(n))) as RiskLevel;
}

/** Scratch space and memo of one replay. */
interface Scratch {
  readonly BUF1: Int32Array;
  readonly BUF3: Int32Array;
  readonly statusLatest: number[];
  lastGapKey: number;
  lastGaps: readonly string[];
  /** The stale domains outside the profile of one evaluation, and of the last list of gaps built. */
  readonly extra: number[];
  lastExtra: readonly number[];
  /** The running total of one evaluation, and its result. */
  readonly acc: Acc;
  readonly ev: Evaluation;
}

/** What the evidence supports on one day: assessProviderRisk's figures that the review and the replay read. */
interface Evaluation {
  assessedLevel: RiskLevel;
  qualityLevel: RiskLevel;
  gaps: readonly string[];
  failureSignal: boolean;
  failureRoute: boolean;
  outbreakDate: IsoDate | null;
}

/** What the items read so far add up to: counters, domain masks and signals (see {@link addItem}). */
interface Acc {
  covered: number;
  staleMask: number;
  /** For each stale domain, the index of the first item that left it stale (it orders the stale domains). */
  readonly staleFirst: Int32Array;
  kinds: number;
  current: number;
  serious: number;
  critical: boolean;
  wide1: number;
  wide3: number;
  long1: boolean;
  long3: boolean;
  n1: number;
  n3: number;
  adults: number;
  referrals: number;
  closure4: boolean;
  otherSignals: number;
  otherLevel: number;
  failureSignal: boolean;
  signals: number;
  outbreakFrom: number;
  outbreakDate: IsoDate | null;
}
const emptyAcc = (): Acc => ({ covered: 0, staleMask: 0, staleFirst: new Int32Array(RISK_DOMAINS.length), kinds: 0, current: 0, serious: 0, critical: false, wide1: 0, wide3: 0, long1: false, long3: false, n1: 0, n3: 0, adults: 0, referrals: 0, closure4: false, otherSignals: 0, otherLevel: 0, failureSignal: false, signals: 0, outbreakFrom: Infinity, outbreakDate: null });
function copyAcc(from: Acc, to: Acc): void {
  to.covered = from.covered;
  to.staleMask = from.staleMask;
  to.staleFirst.set(from.staleFirst);
  to.kinds = from.kinds;
  to.current = from.current;
  to.serious = from.serious;
  to.critical = from.critical;
  to.wide1 = from.wide1;
  to.wide3 = from.wide3;
  to.long1 = from.long1;
  to.long3 = from.long3;
  to.n1 = from.n1;
  to.n3 = from.n3;
  to.adults = from.adults;
  to.referrals = from.referrals;
  to.closure4 = from.closure4;
  to.otherSignals = from.otherSignals;
  to.otherLevel = from.otherLevel;
  to.failureSignal = from.failureSignal;
  to.signals = from.signals;
  to.outbreakFrom = from.outbreakFrom;
  to.outbreakDate = from.outbreakDate;
}

/**
 * The day from which what an item adds no longer changes: closed (or never closing and never going stale), past
 * the "open longer than" age, the recurrence window, the referral-frequency window and the substantiated window;
 * or, open with a staleness limit, once past it. Superseded kinds (ratings, manager, BCP) never settle.
 */
function settleDay(c: Compiled, p: P): number {
  if (c.status !== 0) return Infinity;
  // Open and past its staleness limit: stale for good, it adds only its stale domains from then on.
  if (c.close === Infinity && c.staleLimit !== Infinity) return c.day + c.staleLimit + 1;
  let s = Math.max(c.day + p.persistence.openDays + 1, c.day + p.persistence.recurrenceWindowDays);
  if (c.close !== Infinity) s = Math.max(s, c.close);
  if (c.sg !== null) {
    s = Math.max(s, c.day + p.safeguarding.frequency.windowDays);
    if (c.close !== Infinity) s = Math.max(s, c.close + p.safeguarding.substantiatedWindowDays + 1);
  }
  return s;
}

/** Adds what one item (dated on or before D, not superseded) gives on day D: the rules of evidence.ts, on numbers. */
function addItem(c: Compiled, index: number, D: number, p: P, a: Acc, sc: Scratch): void {
  const closed = c.close <= D;
  const age = D - c.day;
  if (age > c.staleLimit && !closed) {
    for (let j = 0; j < c.staleDomains.length; j += 1) {
      const d = c.staleDomains[j]!;
      const at = index * 4 + j;
      if ((a.staleMask & (1 << d)) === 0) {
        a.staleMask |= 1 << d;
        a.staleFirst[d] = at;
      } else if (at < a.staleFirst[d]!) a.staleFirst[d] = at;
    }
    return;
  }
  a.kinds |= c.kindBit;
  for (const d of c.covers) a.covered |= 1 << d;
  let isCurrent = !closed;
  if (c.sg !== null) {
    const sgp = p.safeguarding;
    if (age < sgp.frequency.windowDays) a.referrals += 1;
    isCurrent = closed ? c.sg.substantiated && D - c.close <= sgp.substantiatedWindowDays : c.countsOpen;
    if (isCurrent && (closed ? c.presentClosed : c.presentOpen)) a.adults += c.sg.adults;
  }
  const present = closed ? c.presentClosed : c.presentOpen;
  if (present) for (const d of c.coversPresent) a.covered |= 1 << d;
  if (present) {
    const { openDays, recurrenceWindowDays } = p.persistence;
    for (const f of c.finds) {
      if (isCurrent) {
        a.current += 1;
        a.wide1 |= 1 << f.domain;
        if (f.rank >= 3) {
          a.serious += 1;
          a.wide3 |= 1 << f.domain;
        }
        if (f.rank >= 4) a.critical = true;
        if (!c.snapshot && age > openDays) {
          a.long1 = true;
          if (f.rank >= 3) a.long3 = true;
        }
      }
      if (age < recurrenceWindowDays && !c.isCqc) {
        const key = (f.domain << 16) | (c.day & 0xffff);
        sc.BUF1[a.n1++] = key;
        if (f.rank >= 3) sc.BUF3[a.n3++] = key;
      }
    }
  }
  if (c.signal !== null && !closed) {
    a.signals += 1;
    if (c.signal.closure) a.failureSignal = true;
    if (c.signal.closure && c.signal.level >= 4) a.closure4 = true;
    else {
      a.otherSignals += 1;
      if (c.signal.level > a.otherLevel) a.otherLevel = c.signal.level;
    }
  }
  if (c.outbreak && !closed && c.day < a.outbreakFrom) {
    a.outbreakFrom = c.day;
    a.outbreakDate = c.date;
  }
}

/** The items' indices in date order: an evaluation stops at the first item dated after its day. */
function byDay(compiled: readonly Compiled[]): Int32Array {
  // Insertion sort, stable: a few dozen items, often given in date order already.
  const out = new Int32Array(compiled.length);
  for (let i = 0; i < compiled.length; i += 1) {
    const day = compiled[i]!.day;
    let k = i;
    while (k > 0 && compiled[out[k - 1]!]!.day > day) {
      out[k] = out[k - 1]!;
      k -= 1;
    }
    out[k] = i;
  }
  return out;
}

/**
 * Reads the compiled evidence on day D: the same rules as evidence.ts and levelCriteria.ts, on numbers. Days
 * only go forward within a replay, so an item whose contribution can no longer change is added once to the
 * settled total and not read again. Items are read in date order (nothing read depends on the order: the stale
 * domains are ordered by item index, recurrence keys are sorted, the earliest outbreak is a minimum).
 */
function evaluate(params: Params, D: number, sc: Scratch): Evaluation {
  const { p, items: compiled, profileDomains, profileKinds, profileDomainNames, profileKindNames } = params;
  const { BUF1, BUF3, statusLatest } = sc;
  const { recurrenceReviews } = p.persistence;
  const sgp = p.safeguarding;
  const st = params.state;
  if (D < st.lastDay) {
    // Not reached by the replay (its dates increase), kept so that the settled total is never read backwards.
    st.settled = emptyAcc();
    st.active = byDay(compiled);
    st.nActive = compiled.length;
    st.nextSettle = Math.min(...params.settle, Infinity);
  }
  st.lastDay = D;
  if (D >= st.nextSettle) {
    let w = 0;
    let next = Infinity;
    for (let k = 0; k < st.nActive; k += 1) {
      const i = st.active[k]!;
      const s = params.settle[i]!;
      if (s <= D) addItem(compiled[i]!, i, D, p, st.settled, sc);
      else {
        st.active[w++] = i;
        if (s < next) next = s;
      }
    }
    st.nActive = w;
    st.nextSettle = next;
  }
  statusLatest[1] = statusLatest[2] = statusLatest[3] = -Infinity;
  for (const i of params.statusItems) {
    const c = compiled[i]!;
    if (c.day <= D && c.day > statusLatest[c.status]!) statusLatest[c.status] = c.day;
  }
  const a = sc.acc;
  copyAcc(st.settled, a);
  for (let k = 0; k < st.nActive; k += 1) {
    const i = st.active[k]!;
    const c = compiled[i]!;
    if (c.day > D) break;
    if (c.status !== 0 && c.day < statusLatest[c.status]!) continue;
    addItem(c, i, D, p, a, sc);
  }

  const { covered, current, serious, critical, wide1, wide3, long1, long3, n1, n3, adults, referrals, closure4, otherSignals, otherLevel, failureSignal, signals, outbreakDate } = a;
  const kinds = a.kinds;
  // The criteria of levelCriteria.ts, highest level wins; the costly recurrence checks only run when they
  // could still raise the level.
  const lc = p.levelCriteria;
  let quality = 0;
  if (critical) quality = clamp(lc.criticalFindingLevel);
  if (serious > 0) quality = Math.max(quality, clamp(lc.singleSeriousLevel));
  if (referrals >= sgp.frequency.referrals) quality = Math.max(quality, clamp(sgp.frequency.level));
  if (current > 0) quality = Math.max(quality, 1);
  if (quality < 3 && (serious >= lc.significantSeriousFindings || adults >= lc.significantAdultsAffected || popcount(wide3) >= p.widespreadDomains || long3 || recurring(BUF3, n3, recurrenceReviews))) quality = 3;
  if (quality < 2 && (long1 || popcount(wide1) >= p.widespreadDomains || recurring(BUF1, n1, recurrenceReviews))) quality = 2;
  const qualityLevel = quality as RiskLevel;
  let assessed = qualityLevel as number;
  if (closure4) assessed = 4;
  if (otherSignals > 0 && otherLevel > 0 && clamp(otherLevel) > assessed) assessed = clamp(otherLevel);
  const assessedLevel = assessed as RiskLevel;

  // Missing evidence, in the order assessProviderRisk reports it: the profile's domains, stale-only domains, kinds.
  let gapKey = 0;
  for (let i = 0; i < profileDomains.length; i += 1) if ((covered & (1 << profileDomains[i]!)) === 0) gapKey |= 1 << i;
  let kindGap = 0;
  for (let i = 0; i < profileKinds.length; i += 1) if ((kinds & (1 << profileKinds[i]!)) === 0) kindGap |= 1 << i;
  // Stale domains neither covered nor in the profile, in the order of the items that left them stale (and,
  // within an item, its own order): assessProviderRisk lists them between the profile's domains and kinds.
  const extra = sc.extra;
  let ne = 0;
  for (let m = a.staleMask & ~covered & ~params.profileMask; m !== 0; m &= m - 1) {
    const d = 31 - Math.clz32(m & -m);
    let k = ne++;
    while (k > 0 && a.staleFirst[extra[k - 1]!]! > a.staleFirst[d]!) {
      extra[k] = extra[k - 1]!;
      k -= 1;
    }
    extra[k] = d;
  }
  const numericKey = gapKey * 4096 + kindGap;
  let same = numericKey === sc.lastGapKey && ne === sc.lastExtra.length;
  for (let k = 0; same && k < ne; k += 1) if (extra[k] !== sc.lastExtra[k]) same = false;
  let gaps: readonly string[];
  if (same) gaps = sc.lastGaps;
  else {
    const out: string[] = [];
    for (let i = 0; i < profileDomains.length; i += 1) if ((gapKey & (1 << i)) !== 0) out.push(profileDomainNames[i]!);
    for (let k = 0; k < ne; k += 1) if (!out.includes(RISK_DOMAINS[extra[k]!]!)) out.push(RISK_DOMAINS[extra[k]!]!);
    for (let i = 0; i < profileKinds.length; i += 1) if ((kindGap & (1 << i)) !== 0) out.push(profileKindNames[i]!);
    gaps = out;
    sc.lastGapKey = numericKey;
    sc.lastExtra = extra.slice(0, ne);
    sc.lastGaps = out;
  }

  // One object per replay, overwritten: the review copies its fields at once.
  const e = sc.ev;
  e.assessedLevel = assessedLevel;
  e.qualityLevel = qualityLevel;
  e.gaps = gaps;
  e.failureSignal = failureSignal;
  e.failureRoute = signals > 0;
  e.outbreakDate = outbreakDate;
  return e;
}

type Data = z.output<typeof ReplayRiskHistoryInputSchema>;
/** The last list of review dates found valid: a portfolio passes the same list for every provider. */
let lastValidDates: readonly IsoDate[] = [];
function sameDates(a: readonly unknown[], b: readonly IsoDate[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
const INPUT_KEYS = new Set(['providerId', 'serviceType', 'riskProfile', 'evidence', 'reviewDates', 'previous']);

/**
 * The input as the schema would return it, checked without zod when it is plainly well formed (the usual case
 * of a portfolio replay); `null` sends it to the schema, which gives the error or, for what this shortcut does
 * not cover (a risk profile, a previous state), the data. Items are used as given: the replay only reads them.
 */
function fastInput(input: unknown): Data | null {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input) || Object.getPrototypeOf(input) !== Object.prototype) return null;
    const x = input as Record<string, unknown>;
    for (const k in x) if (!INPUT_KEYS.has(k)) return null;
    const { providerId, serviceType, evidence, reviewDates } = x;
    if (x.riskProfile !== undefined || (x.previous !== undefined && x.previous !== null)) return null;
    if (typeof providerId !== 'string' || providerId.length < 1 || providerId.length > 200) return null;
    if (typeof serviceType !== 'string' || serviceType.length < 1 || serviceType.length > 100) return null;
    if (!Array.isArray(evidence) || evidence.length > 100_000) return null;
    for (let i = 0; i < evidence.length; i += 1) if (!_isEvidenceItem(evidence[i])) return null;
    if (!Array.isArray(reviewDates) || reviewDates.length < 1 || reviewDates.length > 10_000) return null;
    if (!sameDates(reviewDates, lastValidDates)) {
      for (let i = 0; i < reviewDates.length; i += 1) if (!_isIsoDate(reviewDates[i])) return null;
      lastValidDates = [...(reviewDates as IsoDate[])];
    }
    return { providerId, serviceType, evidence: evidence as Item[], reviewDates: reviewDates as IsoDate[], ...(x.previous === null ? { previous: null } : {}) };
  } catch {
    return null;
  }
}

/**
 * What a list of review dates needs from a pack, worked out once: a portfolio replays every provider on the same
 * dates. Kept per pack for the last list seen, and used only when the new list is the same date by date.
 */
interface DatePlan {
  readonly dates: readonly IsoDate[];
  readonly days: Float64Array;
  readonly ctxs: readonly _RiskContext[];
  /** For each date, the index of its pack period (dates with the same values in force share it). */
  readonly periods: Int32Array;
  readonly periodCount: number;
  /** The first date with no pack in force, and its error (thrown when the replay reaches it). */
  readonly failAt: number;
  readonly failure: unknown;
}
const plans = new WeakMap<object, DatePlan>();
function datePlan(options: RiskPackOptions | undefined, first: _RiskContext, dates: readonly IsoDate[]): DatePlan {
  const cached = plans.get(first.pack);
  if (cached !== undefined && sameDates(dates, cached.dates)) return cached;
  const days = new Float64Array(dates.length);
  const ctxs: _RiskContext[] = [];
  const periods = new Int32Array(dates.length);
  const keys = new Map<string, number>();
  let failAt = -1;
  let failure: unknown = null;
  for (let r = 0; r < dates.length; r += 1) {
    let ctx: _RiskContext;
    try {
      ctx = r === 0 ? first : _riskContext(ENTRY, options, dates[r]!, ['reviewDates', r]);
    } catch (e) {
      failAt = r;
      failure = e;
      break;
    }
    ctxs.push(ctx);
    days[r] = dayOf(dates[r]!);
    const key = periodKey(ctx);
    let i = keys.get(key);
    if (i === undefined) {
      i = keys.size;
      keys.set(key, i);
    }
    periods[r] = i;
  }
  const plan: DatePlan = { dates: [...dates], days, ctxs, periods, periodCount: keys.size, failAt, failure };
  if (failAt < 0) plans.set(first.pack, plan);
  return plan;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** The parts of a replay's trace that depend only on the pack in force: built once per context, frozen, shared. */
const traceParts = new WeakMap<_RiskContext, { readonly ref: PackRef; readonly base: Trace }>();
function tracePartsOf(ctx: _RiskContext): { readonly ref: PackRef; readonly base: Trace } {
  let t = traceParts.get(ctx);
  if (t === undefined) {
    const ref = deepFreeze(packRef(ctx.pack));
    // The level thresholds and the review periods (assessProviderRisk on one date lists every parameter).
    const base = deepFreeze(_makeTrace({ entry: ENTRY, asOf: '', pack: ref, steps: [], used: _used(ctx, ['persistence', 'widespreadDomains', 'levelCriteria', 'deEscalationSustainDays', 'reviewEveryDays', 'signalClearing']) }));
    t = { ref, base };
    traceParts.set(ctx, t);
  }
  return t;
}

/**
 * Replays one provider's history: the recommendation after each review date, from the evidence given once.
 * Each review equals calling {@link assessProviderRisk} on the evidence known that day (items dated on or before
 * it, closures dated on or before it) and then {@link reviewRiskLevel} on the previous review's state; only the
 * words and the per-review trace are left out. Each item is validated once, and each review costs microseconds,
 * so a council can replay a whole portfolio's history (10,000 providers × 156 weekly reviews in seconds).
 *
 * @param input - the provider, its service type, its whole evidence history, the review dates, and optionally the state before the first
 * @param options - `pack`: a council's pack
 * @returns one review per date, and the final state
 * @throws {@link adult-social-care-rules!RulesError} for a malformed item, an unknown service type, review dates out of order or before the pack, one id used for two records, or a closure before its item's date
 *
 * @example
 * ```ts
 * import { replayRiskHistory } from 'adult-social-care-rules/risk';
 *
 * const r = replayRiskHistory({
 *   providerId: 'CH-017', serviceType: 'residential-local',
 *   evidence: [
 *     { kind: 'quality-trigger', id: 'V1-med', date: '2026-04-20', source: 'monitoring visit', domain: 'medication', finding: 'moderate', resolvedOn: '2026-05-20' },
 *   ],
 *   reviewDates: ['2026-04-13', '2026-04-20', '2026-05-25'],
 * });
 * r.reviews.map((x) => x.level); //=> [0, 1, 1]
 * r.reviews[2]?.pendingDeEscalation?.eligibleOn; //=> '2026-08-17'
 * ```
 */
export function replayRiskHistory(input: ReplayRiskHistoryInput, options?: RiskPackOptions): RiskReplay {
  const data = fastInput(input) ?? _parse(ENTRY, ReplayRiskHistoryInputSchema, input);
  // The first date in force belongs to the schema stage (the JSON Schema's formatMinimum on every review date):
  // the earliest date is resolved first, so that a date before the rules begin is refused for that alone,
  // before the cross-field rules below (in order, only the first date can be the earliest).
  let earliest = 0;
  for (let i = 1; i < data.reviewDates.length; i += 1) if (data.reviewDates[i]! < data.reviewDates[earliest]!) earliest = i;
  if (earliest !== 0) _riskContext(ENTRY, options, data.reviewDates[earliest]!, ['reviewDates', earliest]);
  const firstCtx = _riskContext(ENTRY, options, data.reviewDates[0]!, ['reviewDates', 0]);
  // So is the service type (the JSON Schema's list of the default pack's types): checked before the cross-field
  // rules too, against the pack of the first date (and again for each later period of the pack).
  _serviceProfile(ENTRY, firstCtx, data.serviceType, ['serviceType']);
  const issues: RulesIssue[] = [];
  for (let i = 1; i < data.reviewDates.length; i += 1) {
    if (data.reviewDates[i]! <= data.reviewDates[i - 1]!) issues.push(_issue('inconsistent_input', ['reviewDates', i], 'must be after the review date before it (review dates are strictly increasing)'));
  }
  const prev0 = data.previous ?? null;
  if (prev0 !== null) {
    if (prev0.providerId !== data.providerId) issues.push(_issue('inconsistent_input', ['previous', 'providerId'], 'must be the same provider as providerId'));
    if (data.reviewDates[0]! < prev0.reviewedOn) issues.push(_issue('inconsistent_input', ['reviewDates', 0], 'must be on or after previous.reviewedOn: reviews go forward in time'));
  }
  // Each id is one record: exact duplicates count once, two different records with one id are refused.
  const seen = new Map<string, { index: number; item: Item; key?: string }>();
  const items: Item[] = [];
  data.evidence.forEach((item, i) => {
    const field = _closureField(item);
    const closed = (item as Record<string, unknown>)[field] as IsoDate | undefined;
    if (closed !== undefined && closed < item.date) issues.push(_issue('inconsistent_input', ['evidence', i, field], 'must be on or after the item\'s own date'));
    const prior = seen.get(item.id);
    if (prior === undefined) {
      seen.set(item.id, { index: i, item });
      items.push(item);
    } else if ((prior.key ??= _canonical(prior.item)) !== _canonical(item)) {
      issues.push(_issue('inconsistent_input', ['evidence', i, 'id'], `is already used by evidence[${prior.index}] with different content: each id must be one record`));
    }
  });
  if (issues.length > 0) throw new RulesError(ENTRY, issues);

  const plan = datePlan(options, firstCtx, data.reviewDates);
  const byPeriod: (Params | undefined)[] = new Array<Params | undefined>(plan.periodCount).fill(undefined);
  const paramsFor = (ctx: _RiskContext, period: number): Params => {
    let params = byPeriod[period];
    if (params === undefined) {
      const p = ctx.values;
      const profile = _serviceProfile(ENTRY, ctx, data.serviceType, ['serviceType']);
      const compiled = items.map((it) => compile(it, p));
      params = {
        p,
        items: compiled,
        events: eventDays(compiled, p),
        settle: Float64Array.from(compiled, (c) => settleDay(c, p)),
        statusItems: compiled.flatMap((c, i) => (c.status !== 0 ? [i] : [])),
        state: { settled: emptyAcc(), active: byDay(compiled), nActive: compiled.length, nextSettle: -Infinity, lastDay: -Infinity },
        profileDomains: profile.evidence.domains.map(dom),
        profileKinds: profile.evidence.kinds.map((k) => KIND_INDEX.get(k) ?? 0),
        profileDomainNames: profile.evidence.domains,
        profileMask: profile.evidence.domains.reduce((m, d) => m | (1 << dom(d)), 0),
        confirmBy: confirmTable(p),
        profileKindNames: profile.evidence.kinds,
      };
      byPeriod[period] = params;
    }
    return params;
  };

  // Scratch buffers for the recurrence keys: at most three findings per item (a manager record).
  const scratch: Scratch = {
    BUF1: new Int32Array(3 * items.length + 1),
    BUF3: new Int32Array(3 * items.length + 1),
    statusLatest: [0, -Infinity, -Infinity, -Infinity],
    lastGapKey: -1,
    lastGaps: [],
    extra: [],
    lastExtra: [],
    acc: emptyAcc(),
    ev: { assessedLevel: 0, qualityLevel: 0, gaps: [], failureSignal: false, failureRoute: false, outbreakDate: null },
  };
  const reviews: RiskReplayReview[] = [];
  let prev: _PrevState | null = prev0 === null ? null : { level: prev0.level as RiskLevel, effectiveFrom: prev0.effectiveFrom, lowerCriteriaSince: prev0.lowerCriteriaSince, enteredBy: prev0.enteredBy ?? null, signalHeld: prev0.signalHeld ?? false };
  let ev: Evaluation | null = null;
  let lastParams: Params | null = null;
  let nextEvent = 0;
  const decided: _Decided = { action: 'initial', level: 0, effectiveFrom: '', enteredBy: null, lowerSince: null, signalHeld: false, signalCleared: false, pending: null, nextReviewDate: '', since: null, heldDays: 0, sustain: 0 };
  for (let r = 0; r < data.reviewDates.length; r += 1) {
    const asOf = data.reviewDates[r]!;
    if (r === plan.failAt) throw plan.failure;
    const D = plan.days[r]!;
    const params = paramsFor(plan.ctxs[r]!, plan.periods[r]!);
    // Re-read the evidence only when a day on which something can change has passed since the last review.
    if (ev === null || params !== lastParams || (nextEvent < params.events.length && params.events[nextEvent]! <= D)) {
      if (params !== lastParams) nextEvent = 0;
      while (nextEvent < params.events.length && params.events[nextEvent]! <= D) nextEvent += 1;
      ev = evaluate(params, D, scratch);
      lastParams = params;
    }
    const { assessedLevel, qualityLevel, gaps, failureSignal, failureRoute, outbreakDate } = ev;
    const p = params.p;
    const dec = _decide(prev, assessedLevel, qualityLevel, asOf, p, FAST_DATES, decided);
    const fromLevel = prev === null ? null : prev.level;
    const review: RiskReplayReview = {
      asOf,
      action: dec.action,
      fromLevel,
      assessedLevel,
      qualityLevel,
      level: dec.level,
      effectiveFrom: dec.effectiveFrom,
      enteredBy: dec.enteredBy,
      nextReviewDate: dec.nextReviewDate,
      pendingDeEscalation: dec.pending,
      confirmBy: params.confirmBy[(fromLevel === null ? 0 : fromLevel + 1) * 5 + dec.level]!,
      qpsgReferralRequired: _needsQpsgReferral(fromLevel, dec.level),
      failureSignal,
      failureRoute,
      activeOutbreak: outbreakDate !== null,
      outbreakNotifiedOn: outbreakDate,
      evidenceGaps: gaps,
      lowerCriteriaSince: dec.lowerSince,
      signalHeld: dec.signalHeld,
    };
    reviews.push(review);
    prev = review;
  }
  const { ref, base } = tracePartsOf(firstCtx);
  const last = reviews[reviews.length - 1]!;
  const levels = [0, 0, 0, 0, 0];
  for (const x of reviews) levels[x.level]! += 1;
  return {
    providerId: data.providerId,
    serviceType: data.serviceType,
    reviews,
    finalState: { providerId: data.providerId, level: last.level, effectiveFrom: last.effectiveFrom, reviewedOn: last.asOf, lowerCriteriaSince: last.lowerCriteriaSince, enteredBy: last.enteredBy, signalHeld: last.signalHeld },
    pack: ref,
    // The same trace as _makeTrace builds, its pack-dependent parts built once and shared (frozen).
    trace: {
      ...base,
      asOf: last.asOf,
      steps: [
        _step('risk.replay.evidence', 'adult-social-care-rules: each evidence id counts once, validated once', 'applied', `${items.length} distinct item(s) read once for ${reviews.length} review(s); at each review an item counts from its date and its closure from the closure date`, [['evidence.length', data.evidence.length]]),
        _step(
          'risk.replay.reviews',
          'Coventry QA framework (seed 001) para 1.16-1.21; the same rules as assessProviderRisk then reviewRiskLevel',
          'applied',
          `${reviews.length} review(s) from ${data.reviewDates[0]} to ${last.asOf}: reviews at levels 0-4 ${levels.join(' / ')}; level ${last.level} recommended at the last`,
          [['reviewDates.length', reviews.length]],
        ),
      ],
    },
  };
}

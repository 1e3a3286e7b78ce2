import * as z from 'zod';
import { IsoDateSchema, _dayNumber, type IsoDate } from '../core/dates.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _serviceProfile } from './assessProviderRisk.js';
import { _riskContext, _used, type RiskPackOptions, type _RiskContext } from './packContext.js';
import { _confirmingBody, _decide, _needsQpsgReferral, type RiskLevelState, type ReviewAction, type _DateOps, type _PrevState } from './reviewRiskLevel.js';
import { EvidenceItemSchema, RiskProfileSchema, RiskStateSchema, ServiceTypeIdSchema, type LevelEntry } from './schemas.js';
import { EVIDENCE_KINDS, RISK_DOMAINS, SEVERITIES, _severityRank, type OversightBody, type RiskLevel, type SeverityOrNone } from './vocabulary.js';

/** The input of {@link replayRiskHistory}: one provider's dated evidence, given once, and the review dates. */
export const ReplayRiskHistoryInputSchema = z.strictObject({
  providerId: z.string().min(1).max(200),
  serviceType: ServiceTypeIdSchema,
  riskProfile: RiskProfileSchema.optional(),
  evidence: z
    .array(EvidenceItemSchema)
    .max(100_000)
    .describe('The whole history: each item as it finally stands. At each review an item counts from its date, and its closure (closedOn, resolvedOn, endedOn) from the closure date.'),
  reviewDates: z.array(IsoDateSchema).min(1).max(10_000).describe('Review dates, strictly increasing.'),
  previous: RiskStateSchema.nullable().optional().describe('The state before the first review (null or omitted: the first review is an initial one).'),
});

/** What {@link replayRiskHistory} accepts. */
export type ReplayRiskHistoryInput = z.input<typeof ReplayRiskHistoryInputSchema>;

/** One review of a replay: the fields of the {@link RiskLevelDecision} that `reviewRiskLevel` would return, without the words and trace. */
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
  /** The state after the review. */
  readonly state: RiskLevelState;
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

function compile(item: Item, p: P): Compiled {
  const day = _dayNumber(item.date);
  const closeDate = item.kind === 'outbreak' ? item.endedOn : item.kind === 'quality-trigger' || item.kind === 'feedback' || item.kind === 'market-oversight' ? item.resolvedOn : 'closedOn' in item ? item.closedOn : undefined;
  const close = closeDate === undefined ? Infinity : _dayNumber(closeDate);
  const finds: { domain: number; rank: number }[] = [];
  const covers: number[] = [];
  const coversPresent: number[] = [];
  const add = (domain: string, sev: SeverityOrNone): void => {
    covers.push(dom(domain));
    const r = rank(sev);
    if (r > 0) finds.push({ domain: dom(domain), rank: r });
  };
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
      add(item.domain, item.finding === 'assured' ? 'none' : item.finding);
      break;
    case 'manager':
      status = 2;
      staleLimit = p.staleAfterDays.manager;
      staleDomains = [dom('manager-tenure'), dom('manager-competence')];
      add('manager-tenure', item.monthsInPost < p.manager.newManagerMonths ? p.manager.newManagerSeverity : 'none');
      if (!item.registeredManager) add('leadership', p.manager.noRegisteredManagerSeverity);
      if (item.yearsExperience !== undefined) add('manager-competence', item.yearsExperience < p.manager.inexperiencedYears ? p.manager.inexperiencedSeverity : 'none');
      break;
    case 'cqc-rating': {
      status = 1;
      let sev = p.cqcRatingSeverity[item.overall];
      for (const r of Object.values(item.keyQuestions ?? {})) if (r !== undefined && rank(p.cqcRatingSeverity[r]) > rank(sev)) sev = p.cqcRatingSeverity[r];
      add('regulator', sev);
      break;
    }
    case 'regulatory-action':
      add('regulator', p.regulatoryActionSeverity[item.action]);
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
      add(item.domain ?? 'concerns', item.severity);
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
      add(item.domain ?? 'feedback', item.sentiment === 'negative' ? (item.severity ?? 'low') : 'none');
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
      add('business-continuity', p.bcpSeverity[item.status]);
      break;
    case 'outbreak':
      add('outbreak', p.outbreakSeverity);
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

/** Day numbers and ISO dates, memoised: a replay turns the same few hundred dates over millions of times. */
const isoByDay = new Map<number, IsoDate>();
const dayByIso = new Map<IsoDate, number>();
function isoOf(day: number): IsoDate {
  let s = isoByDay.get(day);
  if (s === undefined) {
    s = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (isoByDay.size < 200_000) isoByDay.set(day, s);
  }
  return s;
}
function dayOf(iso: IsoDate): number {
  let d = dayByIso.get(iso);
  if (d === undefined) {
    d = _dayNumber(iso);
    if (dayByIso.size < 200_000) dayByIso.set(iso, d);
  }
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
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function closureField(item: Item): 'closedOn' | 'resolvedOn' | 'endedOn' {
  return item.kind === 'outbreak' ? 'endedOn' : item.kind === 'quality-trigger' || item.kind === 'feedback' || item.kind === 'market-oversight' ? 'resolvedOn' : 'closedOn';
}

/** Counts domains with findings on at least `need` distinct dates in a buffer of (domain << 16 | day) keys. */
function recurringDomains(buf: Int32Array, n: number, need: number): boolean {
  if (n < need) return false;
  const view = buf.subarray(0, n).sort();
  let run = 1;
  for (let i = 1; i < n; i += 1) {
    const a = view[i - 1]!;
    const b = view[i]!;
    if (a >> 16 !== b >> 16) run = 1;
    else if (a !== b) run += 1;
    else continue;
    if (run >= need) return true;
  }
  return need <= 1;
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
 * r.reviews[2]?.pendingDeEscalation?.eligibleOn; //=> '2026-07-20'
 * ```
 */
export function replayRiskHistory(input: ReplayRiskHistoryInput, options?: RiskPackOptions): RiskReplay {
  const data = _parse(ENTRY, ReplayRiskHistoryInputSchema, input);
  const issues: RulesIssue[] = [];
  for (let i = 1; i < data.reviewDates.length; i += 1) {
    if (data.reviewDates[i]! <= data.reviewDates[i - 1]!) issues.push(_issue('inconsistent_input', ['reviewDates', i], 'review dates must be strictly increasing'));
  }
  const prev0 = data.previous ?? null;
  if (prev0 !== null) {
    if (prev0.providerId !== data.providerId) issues.push(_issue('inconsistent_input', ['previous', 'providerId'], 'a different provider from providerId'));
    if (data.reviewDates[0]! < prev0.reviewedOn) issues.push(_issue('inconsistent_input', ['reviewDates', 0], 'before previous.reviewedOn; reviews go forward in time'));
  }
  // Each id is one record: exact duplicates count once, two different records with one id are refused.
  const seen = new Map<string, { index: number; item: Item; key?: string }>();
  const items: Item[] = [];
  data.evidence.forEach((item, i) => {
    const field = closureField(item);
    const closed = (item as Record<string, unknown>)[field] as IsoDate | undefined;
    if (closed !== undefined && closed < item.date) issues.push(_issue('inconsistent_input', ['evidence', i, field], 'closed before the item\'s own date'));
    const prior = seen.get(item.id);
    if (prior === undefined) {
      seen.set(item.id, { index: i, item });
      items.push(item);
    } else if ((prior.key ??= canonical(prior.item)) !== canonical(item)) {
      issues.push(_issue('inconsistent_input', ['evidence', i, 'id'], `the same id as evidence[${prior.index}] with different content; each id must be one record`));
    }
  });
  if (issues.length > 0) throw new RulesError(ENTRY, issues);

  const byPeriod = new Map<string, Params>();
  const paramsFor = (ctx: _RiskContext): Params => {
    const key = periodKey(ctx);
    let params = byPeriod.get(key);
    if (params === undefined) {
      const p = ctx.values;
      const profile = _serviceProfile(ENTRY, ctx, data.serviceType, ['serviceType']);
      params = {
        p,
        items: items.map((it) => compile(it, p)),
        profileDomains: profile.evidence.domains.map(dom),
        profileKinds: profile.evidence.kinds.map((k) => KIND_INDEX.get(k) ?? 0),
        profileDomainNames: profile.evidence.domains,
        profileKindNames: profile.evidence.kinds,
      };
      byPeriod.set(key, params);
    }
    return params;
  };

  // Scratch buffers for the recurrence keys: at most three findings per item (a manager record).
  const BUF1 = new Int32Array(3 * items.length + 1);
  const BUF3 = new Int32Array(3 * items.length + 1);
  const reviews: RiskReplayReview[] = [];
  let prev: _PrevState | null = prev0 === null ? null : { level: prev0.level as RiskLevel, effectiveFrom: prev0.effectiveFrom, lowerCriteriaSince: prev0.lowerCriteriaSince, enteredBy: prev0.enteredBy ?? null, signalHeld: prev0.signalHeld ?? false };
  let lastGapKey = -1;
  let lastGaps: readonly string[] = [];
  let firstCtx: _RiskContext | null = null;
  const statusLatest = [0, -Infinity, -Infinity, -Infinity];
  const staleOrder: number[] = [];
  for (let r = 0; r < data.reviewDates.length; r += 1) {
    const asOf = data.reviewDates[r]!;
    const ctx = _riskContext(ENTRY, options, asOf, ['reviewDates', r]);
    firstCtx ??= ctx;
    const { p, items: compiled, profileDomains, profileKinds, profileDomainNames, profileKindNames } = paramsFor(ctx);
    const D = dayOf(asOf);
    const { openDays, recurrenceReviews, recurrenceWindowDays } = p.persistence;
    const sgp = p.safeguarding;
    statusLatest[1] = statusLatest[2] = statusLatest[3] = -Infinity;
    for (const c of compiled) if (c.status !== 0 && c.day <= D && c.day > statusLatest[c.status]!) statusLatest[c.status] = c.day;
    let covered = 0;
    let staleMask = 0;
    staleOrder.length = 0;
    let kinds = 0;
    let current = 0;
    let serious = 0;
    let critical = false;
    let wide1 = 0;
    let wide3 = 0;
    let long1 = false;
    let long3 = false;
    let n1 = 0;
    let n3 = 0;
    let adults = 0;
    let referrals = 0;
    let closure4 = false;
    let otherSignals = 0;
    let otherLevel = 0;
    let failureSignal = false;
    let signals = 0;
    let outbreakFrom = Infinity;
    let outbreakDate: IsoDate | null = null;
    for (const c of compiled) {
      if (c.day > D) continue;
      const closed = c.close <= D;
      if (c.status !== 0 && c.day < statusLatest[c.status]!) continue;
      const age = D - c.day;
      if (age > c.staleLimit && !closed) {
        for (const d of c.staleDomains) {
          if ((staleMask & (1 << d)) === 0) {
            staleMask |= 1 << d;
            staleOrder.push(d);
          }
        }
        continue;
      }
      kinds |= c.kindBit;
      for (const d of c.covers) covered |= 1 << d;
      let isCurrent = !closed;
      if (c.sg !== null) {
        if (age < sgp.frequency.windowDays) referrals += 1;
        isCurrent = closed ? c.sg.substantiated && D - c.close <= sgp.substantiatedWindowDays : c.countsOpen;
        if (isCurrent && (closed ? c.presentClosed : c.presentOpen)) adults += c.sg.adults;
      }
      const present = closed ? c.presentClosed : c.presentOpen;
      if (present) for (const d of c.coversPresent) covered |= 1 << d;
      if (present) for (const f of c.finds) {
        if (isCurrent) {
          current += 1;
          wide1 |= 1 << f.domain;
          if (f.rank >= 3) {
            serious += 1;
            wide3 |= 1 << f.domain;
          }
          if (f.rank >= 4) critical = true;
          if (!c.snapshot && age > openDays) {
            long1 = true;
            if (f.rank >= 3) long3 = true;
          }
        }
        if (age < recurrenceWindowDays && !c.isCqc) {
          const key = (f.domain << 16) | (c.day & 0xffff);
          BUF1[n1++] = key;
          if (f.rank >= 3) BUF3[n3++] = key;
        }
      }
      if (c.signal !== null && !closed) {
        signals += 1;
        if (c.signal.closure) failureSignal = true;
        if (c.signal.closure && c.signal.level >= 4) closure4 = true;
        else {
          otherSignals += 1;
          if (c.signal.level > otherLevel) otherLevel = c.signal.level;
        }
      }
      if (c.outbreak && !closed && c.day < outbreakFrom) {
        outbreakFrom = c.day;
        outbreakDate = c.date;
      }
    }
    const lc = p.levelCriteria;
    const popcount = (m: number): number => {
      let k = 0;
      for (let x = m; x !== 0; x &= x - 1) k += 1;
      return k;
    };
    let quality = 0;
    const meet = (cond: boolean, level: number): void => {
      if (cond && level > quality) quality = level;
    };
    meet(critical, lc.criticalFindingLevel);
    meet(long3 || recurringDomains(BUF3, n3, recurrenceReviews), 3);
    meet(serious >= lc.significantSeriousFindings || adults >= lc.significantAdultsAffected, 3);
    meet(popcount(wide3) >= p.widespreadDomains, 3);
    meet(long1 || recurringDomains(BUF1, n1, recurrenceReviews), 2);
    meet(popcount(wide1) >= p.widespreadDomains, 2);
    meet(serious > 0, lc.singleSeriousLevel);
    meet(referrals >= sgp.frequency.referrals, sgp.frequency.level);
    meet(current > 0, 1);
    const clamp = (n: number): RiskLevel => Math.max(0, Math.min(4, Math.trunc(n))) as RiskLevel;
    const qualityLevel = clamp(quality);
    let assessed = qualityLevel as number;
    if (closure4) assessed = 4;
    if (otherSignals > 0 && otherLevel > 0 && clamp(otherLevel) > assessed) assessed = clamp(otherLevel);
    const assessedLevel = assessed as RiskLevel;

    // Missing evidence, in the order assessProviderRisk reports it: the profile's domains, stale-only domains, kinds.
    let gapKey = 0;
    for (let i = 0; i < profileDomains.length; i += 1) if ((covered & (1 << profileDomains[i]!)) === 0) gapKey |= 1 << i;
    let kindGap = 0;
    for (let i = 0; i < profileKinds.length; i += 1) if ((kinds & (1 << profileKinds[i]!)) === 0) kindGap |= 1 << i;
    let staleExtra = false;
    for (const d of staleOrder) if ((covered & (1 << d)) === 0 && !profileDomains.includes(d)) staleExtra = true;
    let gaps: readonly string[];
    const numericKey = gapKey * 4096 + kindGap;
    if (!staleExtra && numericKey === lastGapKey) gaps = lastGaps;
    else {
      const out: string[] = [];
      for (let i = 0; i < profileDomains.length; i += 1) if ((gapKey & (1 << i)) !== 0) out.push(profileDomainNames[i]!);
      for (const d of staleOrder) if ((covered & (1 << d)) === 0 && !out.includes(RISK_DOMAINS[d]!)) out.push(RISK_DOMAINS[d]!);
      for (let i = 0; i < profileKinds.length; i += 1) if ((kindGap & (1 << i)) !== 0) out.push(profileKindNames[i]!);
      gaps = out;
      lastGapKey = staleExtra ? -1 : numericKey;
      lastGaps = out;
    }

    const dec = _decide(prev, assessedLevel, qualityLevel, asOf, p, FAST_DATES);
    const fromLevel = prev === null ? null : prev.level;
    const state: RiskLevelState = { providerId: data.providerId, level: dec.level, effectiveFrom: dec.effectiveFrom, reviewedOn: asOf, lowerCriteriaSince: dec.lowerSince, enteredBy: dec.enteredBy, signalHeld: dec.signalHeld };
    reviews.push({
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
      confirmBy: _confirmingBody(p, fromLevel, dec.level),
      qpsgReferralRequired: _needsQpsgReferral(fromLevel, dec.level),
      failureSignal,
      failureRoute: signals > 0,
      activeOutbreak: outbreakDate !== null,
      outbreakNotifiedOn: outbreakDate,
      evidenceGaps: gaps,
      state,
    });
    prev = { level: dec.level, effectiveFrom: dec.effectiveFrom, lowerCriteriaSince: dec.lowerSince, enteredBy: dec.enteredBy, signalHeld: dec.signalHeld };
  }
  const ctx = firstCtx!;
  const ref = packRef(ctx.pack);
  const last = reviews[reviews.length - 1]!;
  const levels = [0, 0, 0, 0, 0];
  for (const x of reviews) levels[x.level]! += 1;
  return {
    providerId: data.providerId,
    serviceType: data.serviceType,
    reviews,
    finalState: last.state,
    pack: ref,
    trace: _makeTrace({
      entry: ENTRY,
      asOf: last.asOf,
      pack: ref,
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
      used: _used(ctx, ['staleAfterDays', 'persistence', 'widespreadDomains', 'levelCriteria', 'safeguarding', 'marketSignalLevel', 'closureSignals', 'serviceTypes', 'deEscalationSustainDays', 'reviewEveryDays', 'signalClearing']),
    }),
  };
}

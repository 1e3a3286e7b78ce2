import type { IsoDate } from '../core/dates.js';
import { _addDays, _daysBetween } from '../core/dates.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import type { ProviderRiskAssessment } from './assessProviderRisk.js';
import { _cite, _riskContext, _used, _warnings, type RiskPackOptions } from './packContext.js';
import { ReviewRiskLevelInputSchema, type LevelEntry, type ReviewAssessment, type RiskState } from './schemas.js';
import type { PackValues } from '../core/rulePack.js';
import type { RiskPackSpec } from './pack.js';
import { RISK_LEVEL_DESCRIPTIONS, type OversightBody, type RiskLevel } from './vocabulary.js';

/** Options of {@link reviewRiskLevel}. */
export type ReviewRiskLevelOptions = RiskPackOptions;

/** What a review decided. */
export type ReviewAction = 'initial' | 'hold' | 'escalate' | 'de-escalate';

/** The state a review leaves: pass it as `previous` to the next review. */
export interface RiskLevelState {
  /** The service. */
  readonly providerId: string;
  /** The level now in force. */
  readonly level: RiskLevel;
  /** When that level took effect. */
  readonly effectiveFrom: IsoDate;
  /** The date of this review. */
  readonly reviewedOn: IsoDate;
  /** Since when every review has assessed a lower level (the de-escalation clock), or `null`. */
  readonly lowerCriteriaSince: IsoDate | null;
  /** How the level in force was reached (`null` when a hand-written previous state did not say). */
  readonly enteredBy: LevelEntry | null;
  /** `true` when, since the level took effect, only a financial or closure signal has supported it. */
  readonly signalHeld: boolean;
}

/** The result of {@link reviewRiskLevel}. */
export interface RiskLevelDecision {
  /** The service. */
  readonly providerId: string;
  /** Its service type, when the assessment gave one. */
  readonly serviceType: string | null;
  /** The date of the review (the assessment's date). */
  readonly asOf: IsoDate;
  /** What the review decided. */
  readonly action: ReviewAction;
  /** The level before the review (`null` at a first review). */
  readonly fromLevel: RiskLevel | null;
  /** The level the evidence supports today. */
  readonly assessedLevel: RiskLevel;
  /** The level in force after the review. */
  readonly level: RiskLevel;
  /** Table One's description of that level. */
  readonly description: string;
  /** Why, in one sentence. */
  readonly reason: string;
  /** When the level in force took effect. */
  readonly effectiveFrom: IsoDate;
  /**
   * How the level in force was reached: `initial`, `escalation` or `de-escalation` (carried over on a hold;
   * `null` when a hand-written previous state did not say). {@link planRiskResponse} reads it.
   */
  readonly enteredBy: LevelEntry | null;
  /** When to review again. */
  readonly nextReviewDate: IsoDate;
  /** A move down that waits for the sustain period, or `null`. */
  readonly pendingDeEscalation: { readonly toLevel: RiskLevel; readonly criteriaHeldSince: IsoDate; readonly eligibleOn: IsoDate } | null;
  /**
   * Always `recommendation`: the level is what the framework recommends. The oversight body confirms it or
   * departs from it with a reason ({@link confirmRiskDecision}); pass the confirmed decision's state on when
   * your records follow the decisions taken.
   */
  readonly status: 'recommendation';
  /** Who decides (para 1.17-1.18): the body overseeing the higher of the level before and the level recommended. */
  readonly confirmBy: OversightBody;
  /** `true` when the recommendation takes a provider below level 3 to PEP: it goes there via a QPSG referral (para 1.19). */
  readonly qpsgReferralRequired: boolean;
  /** The level the quality evidence alone supports (carried from the assessment). */
  readonly qualityLevel: RiskLevel;
  /** `true` when a financial or closure signal is in force: the provider-failure side is engaged (carried from the assessment). */
  readonly failureRoute: boolean;
  /** The state to pass to the next review (the recommendation's; a confirmation returns its own). */
  readonly state: RiskLevelState;
  /** The state before the review (`null` at a first review): a decision that keeps the level keeps its start. */
  readonly previousState: RiskLevelState | null;
  /** Whether an outbreak is in progress (carried from the assessment, for the plan). */
  readonly activeOutbreak: boolean;
  /** When the earliest outbreak in progress was notified, or `null` (carried from the assessment, for the plan). */
  readonly outbreakNotifiedOn: IsoDate | null;
  /** Whether a failure or urgent-closure signal is in force (carried from the assessment). */
  readonly failureSignal: boolean;
  /** Required domains and kinds without current evidence (carried from the assessment, for the plan). */
  readonly evidenceGaps: readonly string[];
  /** The pack used. */
  readonly pack: PackRef;
  /** How the decision was reached. */
  readonly trace: Trace;
}

const ENTRY = 'reviewRiskLevel';

/** Date arithmetic for {@link _decide}: the core helpers by default; the replay passes memoised ones. */
export interface _DateOps {
  add(date: IsoDate, days: number): IsoDate;
  between(from: IsoDate, to: IsoDate): number;
}
const CORE_DATES: _DateOps = { add: _addDays, between: _daysBetween };

/** The previous state as {@link _decide} reads it. */
export interface _PrevState {
  readonly level: RiskLevel;
  readonly effectiveFrom: IsoDate;
  readonly lowerCriteriaSince: IsoDate | null;
  readonly enteredBy: LevelEntry | null;
  readonly signalHeld: boolean;
}

/** What a review decides, without words: shared by {@link reviewRiskLevel} and the replay. */
export interface _Decided {
  action: ReviewAction;
  level: RiskLevel;
  effectiveFrom: IsoDate;
  enteredBy: LevelEntry | null;
  lowerSince: IsoDate | null;
  signalHeld: boolean;
  signalCleared: boolean;
  pending: RiskLevelDecision['pendingDeEscalation'];
  nextReviewDate: IsoDate;
  since: IsoDate | null;
  heldDays: number;
  sustain: number;
}

/**
 * The review rule (para 1.19-1.21; periods are pack policy): escalation at once; de-escalation one level per
 * review once the lower criteria have held for the sustain period; a level that only a financial or closure
 * signal supported comes down as the pack's `signalClearing` says.
 */
export function _decide(prev: _PrevState | null, assessed: RiskLevel, qualityLevel: RiskLevel, asOf: IsoDate, p: PackValues<RiskPackSpec>, dates: _DateOps = CORE_DATES, out?: _Decided): _Decided {
  let action: ReviewAction;
  let level: RiskLevel;
  let effectiveFrom: IsoDate;
  let enteredBy: LevelEntry | null;
  let lowerSince: IsoDate | null = null;
  let pending: _Decided['pending'] = null;
  let signalHeld: boolean;
  let signalCleared = false;
  let since: IsoDate | null = null;
  let heldDays = 0;
  let sustain = 0;
  if (prev === null) {
    action = 'initial';
    level = assessed;
    effectiveFrom = asOf;
    enteredBy = 'initial';
    signalHeld = qualityLevel < level;
  } else if (assessed > prev.level) {
    action = 'escalate';
    level = assessed;
    effectiveFrom = asOf;
    enteredBy = 'escalation';
    signalHeld = qualityLevel < level;
  } else if (assessed === prev.level) {
    action = 'hold';
    level = prev.level;
    effectiveFrom = prev.effectiveFrom;
    enteredBy = prev.enteredBy;
    signalHeld = prev.signalHeld && qualityLevel < level;
  } else if (prev.signalHeld && p.signalClearing === 'on-resolution') {
    action = 'de-escalate';
    level = assessed;
    effectiveFrom = asOf;
    enteredBy = 'de-escalation';
    signalHeld = qualityLevel < level;
    signalCleared = true;
  } else {
    const target = (prev.level - 1) as RiskLevel;
    since = prev.lowerCriteriaSince ?? asOf;
    sustain = p.deEscalationSustainDays[String(target) as '0' | '1' | '2' | '3'];
    heldDays = dates.between(since, asOf);
    if (heldDays >= sustain) {
      action = 'de-escalate';
      level = target;
      effectiveFrom = asOf;
      enteredBy = 'de-escalation';
      lowerSince = assessed < target ? asOf : null;
      signalHeld = prev.signalHeld && qualityLevel < level;
    } else {
      action = 'hold';
      level = prev.level;
      effectiveFrom = prev.effectiveFrom;
      enteredBy = prev.enteredBy;
      lowerSince = since;
      signalHeld = prev.signalHeld;
      pending = { toLevel: target, criteriaHeldSince: since, eligibleOn: dates.add(since, sustain) };
    }
  }
  const every = p.reviewEveryDays[String(level) as '0' | '1' | '2' | '3' | '4'];
  let nextReviewDate = dates.add(asOf, every);
  if (pending !== null && pending.eligibleOn < nextReviewDate && pending.eligibleOn > asOf) nextReviewDate = pending.eligibleOn;
  if (out === undefined) return { action, level, effectiveFrom, enteredBy, lowerSince, signalHeld, signalCleared, pending, nextReviewDate, since, heldDays, sustain };
  // The replay reuses one result object for millions of reviews.
  out.action = action;
  out.level = level;
  out.effectiveFrom = effectiveFrom;
  out.enteredBy = enteredBy;
  out.lowerSince = lowerSince;
  out.signalHeld = signalHeld;
  out.signalCleared = signalCleared;
  out.pending = pending;
  out.nextReviewDate = nextReviewDate;
  out.since = since;
  out.heldDays = heldDays;
  out.sustain = sustain;
  return out;
}

/** The body that decides a move from `from` to `to`: the one overseeing the higher of the two levels (pack `levelResponses`). */
export function _confirmingBody(p: PackValues<RiskPackSpec>, from: RiskLevel | null, to: RiskLevel): OversightBody {
  const top = from === null ? to : Math.max(from, to);
  return p.levelResponses[String(top) as '0' | '1' | '2' | '3' | '4'].oversight.body;
}

/** Para 1.19: a provider below level 3 reaches PEP (levels 3-4) via a QPSG referral. */
export function _needsQpsgReferral(from: RiskLevel | null, to: RiskLevel): boolean {
  return to >= 3 && (from === null || from < 3);
}
const QA = 'Coventry QA framework (seed 001)';

/**
 * Recommends a provider's level over time: escalate, hold or de-escalate, with the reason, the date the level
 * takes effect and the next review date. The result is a **recommendation** (`status`): `confirmBy` names the
 * body that decides (contract officer, QPSG or PEP, para 1.17-1.18) and `qpsgReferralRequired` says when the
 * provider goes to PEP via a QPSG referral (para 1.19); record the decision with {@link confirmRiskDecision}.
 * A level that only a financial or closure signal set comes down, once the signal is resolved, as the pack's
 * `signalClearing` says (at once by default).
 *
 * Escalation takes effect at once, on the assessment date, and may skip levels (an urgent-closure signal goes
 * straight to 4). De-escalation goes down one level per review, and only when every review since a date at
 * least the pack's sustain period ago (for the level moved down to) has assessed that level or lower; the clock
 * restarts after each move. Reviewing again with the same inputs changes nothing. The decision says how the
 * level in force was reached (`enteredBy`), so that {@link planRiskResponse} does not issue a level's letters
 * and escalations again after a step down. Source: seed 001 para
 * 1.19-1.21 (escalation via QPSG to PEP; "criteria for providers to move up or down the levels";
 * "sustainable improvements ... leading to de-escalation"); the periods are pack policy.
 *
 * @param previous - the state the last review returned (`decision.state`), or `null` for a first review
 * @param assessment - the current assessment (the result of {@link assessProviderRisk} can be passed as it is)
 * @param options - `pack`: a council's pack
 * @returns the decision, with `state` to pass to the next review
 * @throws {@link adult-social-care-rules!RulesError} for invalid input, a different provider, or an assessment dated before the last review
 *
 * @example
 * ```ts
 * import { reviewRiskLevel } from 'adult-social-care-rules/risk';
 *
 * const d = reviewRiskLevel(
 *   { providerId: 'CH-017', level: 3, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: '2026-01-12' },
 *   { providerId: 'CH-017', asOf: '2026-03-09', level: 1 },
 * );
 * d.action; //=> 'de-escalate'
 * d.level; //=> 2
 * d.confirmBy; //=> 'pep'
 * ```
 */
export function reviewRiskLevel(previous: RiskState | RiskLevelState | null, assessment: ReviewAssessment | ProviderRiskAssessment, options?: ReviewRiskLevelOptions): RiskLevelDecision {
  const { previous: prev, assessment: a } = _parse(ENTRY, ReviewRiskLevelInputSchema, { previous, assessment });
  // The first date in force is part of the schema stage (the JSON Schema's formatMinimum, docs/schemas.md):
  // an assessment dated before the rules begin is refused for that alone, before the cross-field rules.
  const ctx = _riskContext(ENTRY, options, a.asOf, ['assessment', 'asOf']);
  const issues: RulesIssue[] = [];
  if (prev !== null) {
    if (prev.providerId !== a.providerId) issues.push(_issue('inconsistent_input', ['assessment', 'providerId'], 'the assessment is of a different provider from previous.providerId'));
    if (a.asOf < prev.reviewedOn) issues.push(_issue('inconsistent_input', ['assessment', 'asOf'], 'the assessment is dated before the previous review; reviews go forward in time'));
    if (prev.effectiveFrom > prev.reviewedOn) issues.push(_issue('inconsistent_input', ['previous', 'effectiveFrom'], 'must be on or before previous.reviewedOn'));
    if (prev.lowerCriteriaSince !== null && (prev.lowerCriteriaSince > prev.reviewedOn || prev.lowerCriteriaSince < prev.effectiveFrom)) {
      issues.push(_issue('inconsistent_input', ['previous', 'lowerCriteriaSince'], 'must lie between previous.effectiveFrom and previous.reviewedOn'));
    }
    if (prev.lowerCriteriaSince !== null && prev.level === 0) issues.push(_issue('inconsistent_input', ['previous', 'lowerCriteriaSince'], 'level 0 has no lower level'));
    if (prev.enteredBy === 'de-escalation' && prev.level === 4) issues.push(_issue('inconsistent_input', ['previous', 'enteredBy'], 'level 4 cannot be reached by a step down'));
    if (prev.enteredBy === 'escalation' && prev.level === 0) issues.push(_issue('inconsistent_input', ['previous', 'enteredBy'], 'level 0 cannot be reached by an escalation'));
  }
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const p = ctx.values;
  const assessed = a.level as RiskLevel;
  const qualityLevel = Math.min(assessed, (a.qualityLevel ?? assessed) as RiskLevel) as RiskLevel;
  const r = _decide(prev === null ? null : { ...prev, level: prev.level as RiskLevel, enteredBy: prev.enteredBy ?? null, signalHeld: prev.signalHeld ?? false }, assessed, qualityLevel, a.asOf, p);
  const { action, level, effectiveFrom, enteredBy, pending, nextReviewDate } = r;
  const steps: TraceStep[] = [];
  let reason: string;
  if (prev === null) {
    reason = `first review: level ${level} is recommended from ${a.asOf}`;
    steps.push(_step('risk.review.initial', `${QA} para 1.16, 1.20`, 'applied', reason, [['assessment.level', assessed]]));
  } else if (action === 'escalate') {
    reason = `escalation recommended from level ${prev.level} to ${level} at once${level - prev.level > 1 ? ', skipping levels' : ''}: the criteria of level ${level} are met`;
    steps.push(_step('risk.review.escalate', `${QA} para 1.14 (clear escalation within shorter time-scales), 1.19-1.21`, 'met', reason, [['previous.level', prev.level], ['assessment.level', assessed]]));
  } else if (r.signalCleared) {
    reason = `de-escalation recommended from level ${prev.level} to ${level} at once: the level rested only on a financial or closure signal, now resolved, and the quality evidence supports level ${qualityLevel}`;
    steps.push(_step('risk.review.signal-cleared', _cite(ctx, 'signalClearing'), 'met', reason, [['previous.signalHeld', true], ['assessment.level', assessed], ['assessment.qualityLevel', qualityLevel]], _warnings(ctx, 'signalClearing')));
  } else if (assessed === prev.level) {
    reason = `held at level ${level}: the evidence still meets its criteria`;
    steps.push(_step('risk.review.hold', `${QA} para 1.20-1.21`, 'applied', reason, [['previous.level', prev.level], ['assessment.level', assessed]]));
  } else if (action === 'de-escalate') {
    const target = level;
    reason = `de-escalation recommended one level, from ${prev.level} to ${target}: the criteria of level ${target} or lower have held since ${r.since} (${r.heldDays} days; sustain period ${r.sustain})${assessed < target ? `; the evidence supports level ${assessed}, so the clock restarts for the next step` : ''}`;
    steps.push(_step('risk.review.de-escalate', _cite(ctx, 'deEscalationSustainDays'), 'met', reason, [['previous.lowerCriteriaSince', r.since], ['assessment.level', assessed], ['pack:risk.deEscalationSustainDays', r.sustain]], _warnings(ctx, 'deEscalationSustainDays')));
  } else {
    reason = `held at level ${level}: the evidence supports level ${assessed}, but the criteria of level ${pending?.toLevel} have held only ${r.heldDays} of ${r.sustain} days (eligible to move down on ${pending?.eligibleOn})`;
    steps.push(_step('risk.review.de-escalate', _cite(ctx, 'deEscalationSustainDays'), 'not-met', reason, [['previous.lowerCriteriaSince', r.since], ['assessment.level', assessed], ['pack:risk.deEscalationSustainDays', r.sustain]], _warnings(ctx, 'deEscalationSustainDays')));
  }
  const every = p.reviewEveryDays[String(level) as '0' | '1' | '2' | '3' | '4'];
  steps.push(
    _step('risk.review.next', _cite(ctx, 'reviewEveryDays'), 'applied', `next review by ${nextReviewDate} (every ${every} days at level ${level}${nextReviewDate === pending?.eligibleOn ? '; brought forward to the date a move down becomes possible' : ''})`, [['pack:risk.reviewEveryDays', every]], _warnings(ctx, 'reviewEveryDays')),
  );
  const fromLevel = prev === null ? null : (prev.level as RiskLevel);
  const confirmBy = _confirmingBody(p, fromLevel, level);
  const qpsgReferralRequired = _needsQpsgReferral(fromLevel, level);
  steps.push(
    _step(
      'risk.review.governance',
      `${QA} para 1.17-1.21 (QPSG oversees levels 1-2, PEP levels 3-4; "Providers are escalated to the Panel via the Quality Peer Support Group")`,
      'applied',
      `a recommendation, not a decision: to be confirmed (or departed from, with a reason) by ${confirmBy}${qpsgReferralRequired ? ', after a QPSG referral to PEP' : ''}`,
      [['fromLevel', fromLevel], ['level', level]],
    ),
  );
  const ref = packRef(ctx.pack);
  const gaps = a.missing === undefined ? [] : [...a.missing.domains, ...a.missing.kinds];
  return {
    providerId: a.providerId,
    serviceType: a.serviceType ?? null,
    asOf: a.asOf,
    action,
    fromLevel,
    assessedLevel: assessed,
    level,
    description: RISK_LEVEL_DESCRIPTIONS[level],
    reason,
    effectiveFrom,
    enteredBy,
    nextReviewDate,
    pendingDeEscalation: pending,
    status: 'recommendation',
    confirmBy,
    qpsgReferralRequired,
    qualityLevel,
    failureRoute: (a.providerFailureSignals?.length ?? 0) > 0,
    state: { providerId: a.providerId, level, effectiveFrom, reviewedOn: a.asOf, lowerCriteriaSince: r.lowerSince, enteredBy, signalHeld: r.signalHeld },
    previousState:
      prev === null
        ? null
        : { providerId: prev.providerId, level: prev.level as RiskLevel, effectiveFrom: prev.effectiveFrom, reviewedOn: prev.reviewedOn, lowerCriteriaSince: prev.lowerCriteriaSince, enteredBy: prev.enteredBy ?? null, signalHeld: prev.signalHeld ?? false },
    activeOutbreak: (a.activeOutbreaks?.length ?? 0) > 0,
    outbreakNotifiedOn: (a.activeOutbreaks ?? []).reduce<IsoDate | null>((m, o) => (m === null || o.date < m ? o.date : m), null),
    failureSignal: a.failureSignal ?? false,
    evidenceGaps: gaps,
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: a.asOf, pack: ref, steps, used: _used(ctx, ['deEscalationSustainDays', 'reviewEveryDays']) }),
  };
}

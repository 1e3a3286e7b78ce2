import type { IsoDate } from '../core/dates.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _riskContext, _used, type RiskPackOptions } from './packContext.js';
import { _confirmingBody, _needsQpsgReferral, type RiskLevelDecision, type RiskLevelState } from './reviewRiskLevel.js';
import { RiskDecisionRecordSchema, RiskRecommendationSchema, type LevelEntry, type RiskDecisionRecord, type RiskRecommendation } from './schemas.js';
import { RISK_LABELS } from './labels.js';
import { RISK_LEVEL_DESCRIPTIONS, type OversightBody, type RiskLevel } from './vocabulary.js';

/** Options of {@link confirmRiskDecision}. */
export type ConfirmRiskDecisionOptions = RiskPackOptions;

/** The decision taken on a recommendation: who decided, when, the level decided, and any departure with its reason. */
export interface RiskDecision {
  /** The service. */
  readonly providerId: string;
  /** The date of the recommendation (the review). */
  readonly recommendedOn: IsoDate;
  /** The date of the decision. */
  readonly decidedOn: IsoDate;
  /** The level before the review (`null` at a first review). */
  readonly fromLevel: RiskLevel | null;
  /** The level recommended. */
  readonly recommendedLevel: RiskLevel;
  /** The level decided: the level in force from now. */
  readonly level: RiskLevel;
  /** Table One's description of the level decided. */
  readonly description: string;
  /** Who decided. */
  readonly confirmedBy: OversightBody;
  /** A departure from the recommendation, with its reason, or `null` when the recommendation was confirmed. */
  readonly departure: { readonly recommendedLevel: RiskLevel; readonly decidedLevel: RiskLevel; readonly reason: string } | null;
  /** The QPSG referral to PEP, when the decision took the provider to PEP from below level 3 (para 1.19). */
  readonly qpsgReferral: { readonly referredOn: IsoDate; readonly note: string | null } | null;
  /** The minute or case reference, when given. */
  readonly reference: string | null;
  /** When the level decided took effect. */
  readonly effectiveFrom: IsoDate;
  /** How it was reached. */
  readonly enteredBy: LevelEntry | null;
  /** The state to pass to the next review when your records follow decisions. */
  readonly state: RiskLevelState;
  /** The pack used. */
  readonly pack: PackRef;
  /** How the decision was recorded. */
  readonly trace: Trace;
}

const ENTRY = 'confirmRiskDecision';
const QA = 'Coventry QA framework (seed 001)';
// The bodies' names in a sentence, from the area's label table.
const BODY_NAME: Record<OversightBody, string> = { 'contract-officer': 'the contract officer', qpsg: `the ${RISK_LABELS.oversightBody.qpsg}`, pep: `the ${RISK_LABELS.oversightBody.pep}` };

/**
 * Records the decision on a recommendation of {@link reviewRiskLevel}: the assessment and the review only
 * recommend; the oversight body decides (seed 001 para 1.17-1.21). The decision names who confirmed it, on what
 * date, and any departure from the recommended level with its reason.
 *
 * Rules: the body that decides is the one overseeing the higher of the level before and the level decided
 * (contract officer 0, QPSG 1-2, PEP 3-4; para 1.17-1.18), so a de-escalation out of PEP is PEP's decision;
 * a provider below level 3 reaches PEP only via a QPSG referral (para 1.19 "Providers are escalated to the
 * Panel via the Quality Peer Support Group"; para 1.20), dated between the recommendation and the decision;
 * a departure needs a reason.
 *
 * @param recommendation - the result of {@link reviewRiskLevel} (or its `providerId`, `asOf`, `fromLevel`, `level`, `state`)
 * @param record - who decided, when, the level decided (default: as recommended), the reason for a departure, the QPSG referral
 * @param options - `pack`
 * @returns the decision, with the state to pass to the next review
 * @throws {@link adult-social-care-rules!RulesError} for the wrong body, a missing QPSG referral, a departure without a reason, or dates out of order
 *
 * @example
 * ```ts
 * import { confirmRiskDecision, reviewRiskLevel } from 'adult-social-care-rules/risk';
 *
 * const rec = reviewRiskLevel(
 *   { providerId: 'CH-017', level: 2, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null },
 *   { providerId: 'CH-017', asOf: '2026-03-09', level: 3 },
 * );
 * rec.qpsgReferralRequired; //=> true
 * const d = confirmRiskDecision(rec, { confirmedBy: 'pep', decidedOn: '2026-03-12', qpsgReferral: { referredOn: '2026-03-10' } });
 * d.level; //=> 3
 * d.departure; //=> null
 * ```
 */
export function confirmRiskDecision(recommendation: RiskRecommendation | RiskLevelDecision, record: RiskDecisionRecord, options?: ConfirmRiskDecisionOptions): RiskDecision {
  const rec = _parse(ENTRY, RiskRecommendationSchema, recommendation);
  const r = _parse(ENTRY, RiskDecisionRecordSchema, record);
  const ctx = _riskContext(ENTRY, options, rec.asOf, ['recommendation', 'asOf']);
  const p = ctx.values;
  const from = rec.fromLevel as RiskLevel | null;
  const recommended = rec.level as RiskLevel;
  const level = (r.level ?? recommended) as RiskLevel;
  const issues: RulesIssue[] = [];
  if (rec.state.level !== rec.level || rec.state.providerId !== rec.providerId) issues.push(_issue('inconsistent_input', ['recommendation', 'state'], 'the state must be the recommendation\'s own (same provider and level)'));
  if (r.decidedOn < rec.asOf) issues.push(_issue('inconsistent_input', ['record', 'decidedOn'], 'a decision cannot precede the recommendation it decides'));
  const body = _confirmingBody(p, from, level);
  if (r.confirmedBy !== body) {
    issues.push(_issue('inconsistent_input', ['record', 'confirmedBy'], `a move from level ${from ?? '(none)'} to ${level} is decided by ${BODY_NAME[body]} (para 1.17-1.18), not ${BODY_NAME[r.confirmedBy]}`));
  }
  const needsReferral = _needsQpsgReferral(from, level);
  if (needsReferral && r.qpsgReferral === undefined) {
    issues.push(_issue('missing_key', ['record', 'qpsgReferral'], `level ${level} from ${from === null ? 'a first review' : `level ${from}`} goes to PEP via a QPSG referral (para 1.19); record its date`));
  }
  if (r.qpsgReferral !== undefined && (r.qpsgReferral.referredOn < rec.asOf || r.qpsgReferral.referredOn > r.decidedOn)) {
    issues.push(_issue('inconsistent_input', ['record', 'qpsgReferral', 'referredOn'], 'must lie between the recommendation and the decision'));
  }
  const departs = level !== recommended;
  if (departs && r.reason === undefined) issues.push(_issue('missing_key', ['record', 'reason'], `the decision departs from the recommended level ${recommended}: give the reason`));
  if (issues.length > 0) throw new RulesError(ENTRY, issues);

  // The level in force follows the decision. A level unchanged from before keeps its start; a change takes
  // effect on the decision date.
  const unchanged = from !== null && level === from;
  const keepsRecState = !departs && rec.state.level === level;
  const before = rec.previousState ?? null;
  const keptBefore = unchanged && !keepsRecState && before !== null && before.level === level ? before : null;
  const effectiveFrom: IsoDate = keepsRecState && unchanged ? rec.state.effectiveFrom : keptBefore !== null ? keptBefore.effectiveFrom : r.decidedOn;
  const enteredBy: LevelEntry | null =
    from === null ? 'initial' : level > from ? 'escalation' : level < from ? 'de-escalation' : keepsRecState ? (rec.state.enteredBy ?? null) : (keptBefore?.enteredBy ?? null);
  const since = keepsRecState ? rec.state.lowerCriteriaSince : null;
  const state: RiskLevelState = {
    providerId: rec.providerId,
    level,
    effectiveFrom,
    reviewedOn: r.decidedOn,
    lowerCriteriaSince: since === null || level === 0 ? null : since < effectiveFrom ? effectiveFrom : since,
    enteredBy,
    signalHeld: keepsRecState ? (rec.state.signalHeld ?? false) : false,
  };
  const steps: TraceStep[] = [
    _step('risk.decision.recommendation', `${QA} para 1.20 ("Recommendations to escalate providers ... to PEP is made by the QPSG")`, 'applied', `level ${recommended} was recommended on ${rec.asOf}${from === null ? '' : ` (from level ${from})`}`, [['recommendation.level', recommended]]),
    _step('risk.decision.body', `${QA} para 1.17-1.18`, 'met', `decided by ${BODY_NAME[r.confirmedBy]} on ${r.decidedOn}, the body overseeing level ${Math.max(from ?? 0, level)}`, [['record.confirmedBy', r.confirmedBy]]),
    _step(
      'risk.decision.qpsg-referral',
      `${QA} para 1.19 ("Providers are escalated to the Panel via the Quality Peer Support Group")`,
      needsReferral ? 'met' : 'not-met',
      needsReferral ? `referred by the QPSG to PEP on ${r.qpsgReferral?.referredOn}` : 'no escalation into PEP from below level 3: no QPSG referral needed',
      [['record.qpsgReferral', r.qpsgReferral ?? null]],
    ),
    _step(
      'risk.decision.departure',
      `${QA} para 1.20 (PEP considers the level "based on progress or the lack of assurance")`,
      departs ? 'met' : 'not-met',
      departs ? `departs from the recommended level ${recommended}: level ${level} decided because "${r.reason}"` : 'the recommendation is confirmed',
      [['record.level', level], ['record.reason', r.reason ?? null]],
    ),
  ];
  const ref = packRef(ctx.pack);
  return {
    providerId: rec.providerId,
    recommendedOn: rec.asOf,
    decidedOn: r.decidedOn,
    fromLevel: from,
    recommendedLevel: recommended,
    level,
    description: RISK_LEVEL_DESCRIPTIONS[level],
    confirmedBy: r.confirmedBy,
    departure: departs ? { recommendedLevel: recommended, decidedLevel: level, reason: r.reason ?? '' } : null,
    qpsgReferral: r.qpsgReferral === undefined ? null : { referredOn: r.qpsgReferral.referredOn, note: r.qpsgReferral.note ?? null },
    reference: r.reference ?? null,
    effectiveFrom,
    enteredBy,
    state,
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: r.decidedOn, pack: ref, steps, used: _used(ctx, ['levelResponses']) }),
  };
}

import type * as z from 'zod';
import { addWorkingDays, type IsoDate } from '../core/dates.js';
import { _addDays, _daysBetween } from '../core/dates.js';
import { RulesError, _issue, _parse } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import type { ActionTemplateSchema } from './pack.js';
import type { RiskLevelDecision } from './reviewRiskLevel.js';
import { _cite, _riskContext, _used, _warnings, type RiskPackOptions } from './packContext.js';
import { BankHolidaysSchema, PlanDecisionSchema, type LevelEntry, type PlanDecision } from './schemas.js';
import { RISK_LEVEL_DESCRIPTIONS, type RiskLevel } from './vocabulary.js';

/** Options of {@link planRiskResponse}. */
export interface PlanRiskResponseOptions extends RiskPackOptions {
  /**
   * England's bank holidays to skip in working-day deadlines, as ISO dates. Required whenever the plan has a
   * working-day deadline (the default pack always does); pass `[]` to assume none.
   */
  bankHolidays?: readonly IsoDate[] | undefined;
}

/** When an action is due. */
export type ActionDeadline =
  | { readonly kind: 'working-days'; readonly days: number; readonly from: IsoDate; readonly date: IsoDate }
  | { readonly kind: 'calendar-days'; readonly days: number; readonly from: IsoDate; readonly date: IsoDate }
  | { readonly kind: 'recurring'; readonly everyDays: number; readonly from: IsoDate; readonly nextDate: IsoDate };

/** One action of a response plan. */
export interface PlannedAction {
  /** A stable id from the pack, e.g. `"notice-of-concern"`. */
  readonly id: string;
  /** Its group. */
  readonly category: 'oversight' | 'monitoring' | 'support' | 'contractual' | 'escalation';
  /** What to do. */
  readonly title: string;
  /** Who does it. */
  readonly owner: string;
  /** `required` at this level, or an `option` the oversight body considers (Table One's support and contractual options). */
  readonly mode: 'required' | 'option';
  /** For an option: who may recommend it (e.g. the PEP); `null` for a required action. */
  readonly recommendedBy: string | null;
  /** For an option: who decides it (e.g. the Head of Commissioning and Quality, para 1.17); `null` for a required action. */
  readonly decidedBy: string | null;
  /** When it is due. */
  readonly due: ActionDeadline;
  /** Why: the Table One row, appendix or pack entry. */
  readonly citation: string;
  /** What called for it: the level, an outbreak, missing evidence, a financial or closure signal, or the QPSG step to PEP. */
  readonly reason: 'level' | 'outbreak' | 'evidence-gap' | 'failure-signal' | 'qpsg-referral';
}

/** The result of {@link planRiskResponse}. */
export interface RiskResponsePlan {
  /** The service. */
  readonly providerId: string;
  /** The level planned for. */
  readonly level: RiskLevel;
  /** Table One's description of the level. */
  readonly description: string;
  /** The date of the decision. */
  readonly asOf: IsoDate;
  /** When the level took effect (one-off deadlines run from it). */
  readonly effectiveFrom: IsoDate;
  /** How the level was reached, as the decision says (`null` when it does not: every action is listed). */
  readonly enteredBy: LevelEntry | null;
  /**
   * The level's actions not issued again because the level was reached by a step down (their `onDeEscalation`
   * is `omit`): the letters, escalations and first visits of a move up. Empty unless `enteredBy` is
   * `de-escalation`.
   */
  readonly notReissued: readonly { readonly id: string; readonly title: string; readonly category: PlannedAction['category'] }[];
  /**
   * The level's quality letters not issued because the level rests on a financial or closure signal, not on
   * quality evidence (actions with `when: 'quality-concern'`; seed 003: a notice of concern is issued "in event
   * of poor quality"). Empty unless the decision's `qualityLevel` is below its level.
   */
  readonly notIssuedWithoutQualityConcern: readonly { readonly id: string; readonly title: string; readonly category: PlannedAction['category'] }[];
  /** Who oversees the provider at this level (contract officer, QPSG or PEP). */
  readonly oversight: { readonly body: 'contract-officer' | 'qpsg' | 'pep'; readonly description: string; readonly citation: string };
  /** Monitoring and visit regime. */
  readonly monitoring: readonly PlannedAction[];
  /** Support options. */
  readonly support: readonly PlannedAction[];
  /** Contractual options and letters. */
  readonly contractual: readonly PlannedAction[];
  /** Escalations (head of service, ADASS and cabinet member briefing, legal). */
  readonly escalations: readonly PlannedAction[];
  /** Every action, earliest deadline first. */
  readonly actions: readonly PlannedAction[];
  /** Whether a temporary placement stop is in force for an outbreak. */
  readonly temporaryPlacementStop: boolean;
  /** The pack used. */
  readonly pack: PackRef;
  /** How the plan was built. */
  readonly trace: Trace;
}

const ENTRY = 'planRiskResponse';
type Template = z.output<typeof ActionTemplateSchema>;

function dueOf(t: Template, from: IsoDate, asOf: IsoDate, holidays: readonly IsoDate[]): ActionDeadline {
  switch (t.due.kind) {
    case 'working-days':
      return { kind: 'working-days', days: t.due.days, from, date: addWorkingDays(from, t.due.days, { bankHolidays: holidays, entry: ENTRY }) };
    case 'calendar-days':
      return { kind: 'calendar-days', days: t.due.days, from, date: _addDays(from, t.due.days) };
    case 'recurring': {
      // The next occurrence strictly after the decision date, on the cadence that started with the level.
      const k = Math.ceil((_daysBetween(from, asOf) + 1) / t.due.everyDays);
      return { kind: 'recurring', everyDays: t.due.everyDays, from, nextDate: _addDays(from, k * t.due.everyDays) };
    }
  }
}

const dateOf = (d: ActionDeadline): IsoDate => (d.kind === 'recurring' ? d.nextDate : d.date);

/** Whether an action of the level is listed when the level was reached by a step down (the pack's `onDeEscalation`). */
const keptOnStepDown = (t: Template): boolean => (t.onDeEscalation ?? (t.due.kind === 'recurring' ? 'keep' : 'omit')) === 'keep';

/**
 * The response a risk level calls for (Table One of the Coventry QA framework, seed 001 para 1.16-1.18): who
 * oversees the provider (contract officer at level 0, QPSG at 1-2, PEP at 3-4), the monitoring and visit
 * regime, support options, contractual options (voluntary or imposed placement stop, restriction of hours,
 * notice of concern, potential breach letter, termination letter) and escalations (head of service, ADASS and
 * cabinet member briefing, legal), each with its deadline. An active outbreak adds a temporary placement stop
 * (seed 001 Appendix 2); missing or stale evidence adds an action to obtain it. Table One's oversight column is
 * required; its support and contractual columns are options, each with who may recommend it and who decides
 * (para 1.17: PEP recommends contractual action to the Head of Commissioning and Quality and Director of Nursing).
 * A financial or closure signal (`failureRoute`) adds the Market Failure Plan's actions, and when the level rests
 * on the signal alone (`qualityLevel` below the level) no quality letter is issued. An escalation into PEP from
 * below level 3 (`fromLevel`) adds the QPSG referral (para 1.19).
 *
 * The plan depends on how the level was reached (`enteredBy`, which {@link reviewRiskLevel} returns). After an
 * escalation or a first review every action of the level is listed. After a step down (de-escalation) the
 * level's ongoing regime (recurring monitoring, visits and meetings) continues from the new effective date, and
 * the one-off actions of a move up (notice of concern, breach or termination letters, escalations to the head
 * of service, ADASS and legal, reactive visits) are not issued again: they are listed in `notReissued`, and
 * letters already sent stand. Each action's `onDeEscalation` in the pack decides (the Coventry pack lists the
 * placement-stop options again, for the oversight body to keep, relax or lift the stop). A decision without
 * `enteredBy` lists every action.
 *
 * One-off deadlines run from the date the level took effect; recurring ones give the next date after the
 * decision. Working days skip weekends and the bank holidays the caller passes.
 *
 * @param decision - the review decision (the result of {@link reviewRiskLevel} can be passed as it is)
 * @param options - `bankHolidays` (required for working-day deadlines; `[]` for none) and `pack`
 * @returns the plan, grouped, with every action and its deadline
 * @throws {@link adult-social-care-rules!RulesError} for an invalid decision, malformed bank holidays, or missing bank holidays
 *
 * @example
 * ```ts
 * import { planRiskResponse } from 'adult-social-care-rules/risk';
 *
 * const plan = planRiskResponse(
 *   { providerId: 'CH-017', asOf: '2026-12-18', level: 2, effectiveFrom: '2026-12-18' },
 *   { bankHolidays: ['2026-12-25', '2026-12-28'] },
 * );
 * plan.oversight.body; //=> 'qpsg'
 * plan.contractual.find((a) => a.id === 'notice-of-concern')?.due; // 5 working days: 2026-12-29
 * ```
 */
export function planRiskResponse(decision: PlanDecision | RiskLevelDecision, options?: PlanRiskResponseOptions): RiskResponsePlan {
  const d = _parse(ENTRY, PlanDecisionSchema, decision);
  // The first date in force belongs to the schema stage (formatMinimum in the JSON Schema): checked first.
  const ctx = _riskContext(ENTRY, options, d.asOf, ['asOf']);
  const dateIssues = [];
  if (d.effectiveFrom > d.asOf) dateIssues.push(_issue('inconsistent_input', ['effectiveFrom'], 'the level cannot take effect after the decision date'));
  if (d.outbreakNotifiedOn != null && d.outbreakNotifiedOn > d.asOf) dateIssues.push(_issue('inconsistent_input', ['outbreakNotifiedOn'], 'an outbreak cannot be notified after the decision date'));
  if (dateIssues.length > 0) throw new RulesError(ENTRY, dateIssues);
  const rawHolidays = (options as { bankHolidays?: unknown } | undefined)?.bankHolidays;
  const holidays = rawHolidays === undefined ? undefined : _parse(ENTRY, BankHolidaysSchema, rawHolidays);
  const p = ctx.values;
  const level = d.level as RiskLevel;
  const row = p.levelResponses[String(level) as '0' | '1' | '2' | '3' | '4'];
  const gaps = d.evidenceGaps ?? [];
  const outbreak = d.activeOutbreak === true;
  const enteredBy = d.enteredBy ?? null;
  const stepDown = enteredBy === 'de-escalation';
  const signalOnly = d.qualityLevel !== undefined && d.qualityLevel < level;
  const afterDirection = stepDown ? row.actions.filter(keptOnStepDown) : row.actions;
  const notReissued = stepDown ? row.actions.filter((t) => !keptOnStepDown(t)).map((t) => ({ id: t.id, title: t.title, category: t.category })) : [];
  const levelActions = signalOnly ? afterDirection.filter((t) => t.when !== 'quality-concern') : afterDirection;
  const notIssuedWithoutQualityConcern = signalOnly ? afterDirection.filter((t) => t.when === 'quality-concern').map((t) => ({ id: t.id, title: t.title, category: t.category })) : [];
  const templates: { t: Template; from: IsoDate; reason: PlannedAction['reason'] }[] = levelActions.map((t) => ({ t, from: d.effectiveFrom, reason: 'level' as const }));
  // Para 1.19: "Providers are escalated to the Panel via the Quality Peer Support Group".
  const viaQpsg = level >= 3 && enteredBy !== 'de-escalation' && (d.fromLevel === undefined ? false : d.fromLevel === null || d.fromLevel < 3);
  if (viaQpsg) {
    templates.unshift({
      t: { id: 'qpsg-referral-to-pep', category: 'escalation', title: 'QPSG referral of the provider to the Provider Escalation Panel', owner: 'Quality Peer Support Group (QPSG)', mode: 'required', due: { kind: 'calendar-days', days: 0 }, citation: 'Coventry QA framework (seed 001) para 1.19-1.20' },
      from: d.effectiveFrom,
      reason: 'qpsg-referral',
    });
  }
  const failure = d.failureRoute === true;
  if (failure) for (const t of p.failureSignalResponse) templates.push({ t, from: d.asOf, reason: 'failure-signal' });
  // Appendix 2: "upon notification of an outbreak" the stop is issued at once, so its clock starts on notification.
  const outbreakFrom = d.outbreakNotifiedOn ?? d.asOf;
  if (outbreak) for (const t of p.outbreakResponse) templates.push({ t, from: outbreakFrom, reason: 'outbreak' });
  for (const g of gaps) {
    templates.push({
      t: { id: `obtain-evidence-${g}`.replace(/[^a-z0-9-]/g, '-'), category: 'monitoring', title: `Obtain current evidence for "${g}" (missing or stale: unknown, not "no concern")`, owner: 'Contract officer / clinical nurse', mode: 'required', due: { kind: 'working-days', days: p.evidenceGapWorkingDays }, citation: _cite(ctx, 'evidenceGapWorkingDays') },
      from: d.asOf,
      reason: 'evidence-gap',
    });
  }
  if (holidays === undefined && templates.some(({ t }) => t.due.kind === 'working-days')) {
    throw new RulesError(ENTRY, [_issue('missing_key', ['options', 'bankHolidays'], 'required to compute working-day deadlines; pass [] to assume no bank holidays')]);
  }
  const actions: PlannedAction[] = templates.map(({ t, from, reason }) => ({
    id: t.id,
    category: t.category,
    title: t.title,
    owner: t.owner,
    mode: t.mode,
    recommendedBy: t.mode === 'option' ? (t.recommendedBy ?? row.oversight.body) : null,
    decidedBy: t.mode === 'option' ? (t.decidedBy ?? row.oversight.body) : null,
    due: dueOf(t, from, d.asOf, holidays ?? []),
    citation: t.citation,
    reason,
  }));
  const sorted = [...actions].sort((x, y) => (dateOf(x.due) < dateOf(y.due) ? -1 : dateOf(x.due) > dateOf(y.due) ? 1 : 0));
  const steps: TraceStep[] = [
    _step('risk.plan.oversight', row.oversight.citation, 'applied', `level ${level} is overseen by ${row.oversight.body}: ${row.oversight.description}`, [['level', level]]),
    _step('risk.plan.table-one', _cite(ctx, 'levelResponses'), 'applied', `${levelActions.length} action(s) of Table One level ${level}; one-off deadlines from ${d.effectiveFrom}`, [['effectiveFrom', d.effectiveFrom], ['bankHolidays', holidays ?? null]], _warnings(ctx, 'levelResponses')),
    _step(
      'risk.plan.direction',
      `Coventry QA framework (seed 001) para 1.20-1.21 (de-escalation on sustainable improvement); ${_cite(ctx, 'levelResponses')} (onDeEscalation)`,
      stepDown ? 'met' : enteredBy === null ? 'unknown' : 'not-met',
      stepDown
        ? `level ${level} was reached by a step down: its ongoing regime continues from ${d.effectiveFrom}, and ${notReissued.length} one-off action(s) of a move up are not issued again (${notReissued.map((a) => a.id).join(', ') || 'none'}); letters already sent stand`
        : enteredBy === null
          ? 'how the level was reached is not known (no enteredBy): every action of the level is listed'
          : `level ${level} was reached ${enteredBy === 'initial' ? 'at a first review' : 'by an escalation'}: every action of the level is listed`,
      [['enteredBy', enteredBy]],
    ),
    _step(
      'risk.plan.provider-failure',
      _cite(ctx, 'failureSignalResponse'),
      failure ? 'met' : 'not-met',
      failure
        ? `a financial or closure signal is in force: the provider-failure actions of the Market Failure Plan are added${signalOnly ? `, and the level rests on the signal (quality evidence supports level ${d.qualityLevel}), so no quality letter is issued (${notIssuedWithoutQualityConcern.map((a) => a.id).join(', ') || 'none at this level'})` : ''}`
        : 'no financial or closure signal in force',
      [['failureRoute', failure], ['qualityLevel', d.qualityLevel ?? null]],
      failure ? _warnings(ctx, 'failureSignalResponse') : [],
    ),
    _step('risk.plan.qpsg-referral', 'Coventry QA framework (seed 001) para 1.19-1.20', viaQpsg ? 'met' : 'not-met', viaQpsg ? `the provider comes to PEP from ${d.fromLevel === null ? 'a first review' : `level ${d.fromLevel}`}: via a QPSG referral` : 'no escalation into PEP from below level 3', [['fromLevel', d.fromLevel ?? null]]),
    _step('risk.plan.outbreak', _cite(ctx, 'outbreakResponse'), outbreak ? 'met' : 'not-met', outbreak ? `an outbreak is in progress (notified ${outbreakFrom}): temporary placement stop from that day, no new admissions for its duration` : 'no outbreak in progress', [['activeOutbreak', outbreak], ['outbreakNotifiedOn', d.outbreakNotifiedOn ?? null]], outbreak ? _warnings(ctx, 'outbreakResponse') : []),
    _step('risk.plan.evidence-gaps', _cite(ctx, 'evidenceGapWorkingDays'), gaps.length > 0 ? 'met' : 'not-met', gaps.length > 0 ? `current evidence to obtain for ${gaps.join(', ')}` : 'no evidence gap reported', [['evidenceGaps', gaps]], gaps.length > 0 ? _warnings(ctx, 'evidenceGapWorkingDays') : []),
  ];
  const ref = packRef(ctx.pack);
  const group = (c: PlannedAction['category']) => sorted.filter((a) => a.category === c);
  return {
    providerId: d.providerId,
    level,
    description: RISK_LEVEL_DESCRIPTIONS[level],
    asOf: d.asOf,
    effectiveFrom: d.effectiveFrom,
    enteredBy,
    notReissued,
    notIssuedWithoutQualityConcern,
    oversight: row.oversight,
    monitoring: [...group('oversight'), ...group('monitoring')],
    support: group('support'),
    contractual: group('contractual'),
    escalations: group('escalation'),
    actions: sorted,
    temporaryPlacementStop: outbreak && actions.some((a) => a.id === 'temporary-placement-stop'),
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: d.asOf, pack: ref, steps, used: _used(ctx, ['levelResponses', 'outbreakResponse', 'failureSignalResponse', 'evidenceGapWorkingDays']) }),
  };
}

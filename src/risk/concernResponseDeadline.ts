import { addClockHours, londonDateOf, toLondonTime, type IsoDateTime } from '../core/dates.js';
import { RulesError, _issue, _parse } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _cite, _riskContext, _used, _warnings, type RiskPackOptions } from './packContext.js';
import { ConcernInputSchema, type ConcernInput } from './schemas.js';

/** Options of {@link concernResponseDeadline}. */
export type ConcernResponseDeadlineOptions = RiskPackOptions;

/** The result of {@link concernResponseDeadline}. */
export interface ConcernResponseDeadline {
  /** The concern. */
  readonly concernId: string;
  /** When it was received, in Europe/London time with its offset. */
  readonly receivedAt: IsoDateTime;
  /** `high-risk` (24 hours by default) or `further` (72 hours). */
  readonly priority: 'high-risk' | 'further';
  /** Whether the priority was given by the officer or followed from the severity. */
  readonly prioritySource: 'given' | 'severity';
  /** Elapsed clock hours allowed. */
  readonly hours: number;
  /** The instant by which the concern must be dealt with, Europe/London time with its offset. */
  readonly respondBy: IsoDateTime;
  /** The pack used. */
  readonly pack: PackRef;
  /** How the deadline was set. */
  readonly trace: Trace;
}

const ENTRY = 'concernResponseDeadline';

/**
 * When a quality concern must be dealt with: "High risk quality concerns are dealt with within 24 hours;
 * further concerns are dealt with within 72 hours" (Coventry market support offer, seed 003). Hours are
 * elapsed time, so across a clock change the London reading moves by 23 or 25 hours for a day.
 *
 * @param concern - the concern id, when it was received, and its priority or severity
 * @param options - `pack`: a council's pack (its own hours or high-risk severities)
 * @returns the deadline instant with the hours and the basis
 * @throws {@link adult-social-care-rules!RulesError} for a malformed or non-existent time, or when neither priority nor severity is given
 *
 * @example
 * ```ts
 * import { concernResponseDeadline } from 'adult-social-care-rules/risk';
 *
 * // Received 09:00 GMT on Saturday 28 March 2026; the clocks go forward that night.
 * const r = concernResponseDeadline({ id: 'C-1', receivedAt: '2026-03-28T09:00:00Z', priority: 'high-risk' });
 * r.respondBy; //=> '2026-03-29T10:00:00+01:00'
 * ```
 */
export function concernResponseDeadline(concern: ConcernInput, options?: ConcernResponseDeadlineOptions): ConcernResponseDeadline {
  const c = _parse(ENTRY, ConcernInputSchema, concern);
  if (c.priority === undefined && c.severity === undefined) {
    throw new RulesError(ENTRY, [_issue('missing_key', ['priority'], 'give the priority ("high-risk" or "further") or the severity it follows from')]);
  }
  let receivedAt: IsoDateTime;
  try {
    receivedAt = toLondonTime(c.receivedAt);
  } catch (error) {
    if (error instanceof RulesError) throw new RulesError(ENTRY, error.issues.map((i) => _issue(i.code, ['receivedAt'], i.message)));
    throw error;
  }
  const ctx = _riskContext(ENTRY, options, londonDateOf(receivedAt), ['receivedAt']);
  const p = ctx.values;
  const steps: TraceStep[] = [];
  let priority: 'high-risk' | 'further';
  let prioritySource: 'given' | 'severity';
  if (c.priority !== undefined) {
    priority = c.priority;
    prioritySource = 'given';
    steps.push(_step('risk.concern.priority', 'Coventry market support offer (seed 003)', 'applied', `the officer set the concern as ${priority}`, [['priority', priority]]));
  } else {
    const high = p.highRiskSeverities.includes(c.severity!);
    priority = high ? 'high-risk' : 'further';
    prioritySource = 'severity';
    steps.push(_step('risk.concern.priority', _cite(ctx, 'highRiskSeverities'), high ? 'met' : 'not-met', `severity ${c.severity} ${high ? 'is' : 'is not'} high risk`, [['severity', c.severity], ['pack:risk.highRiskSeverities', p.highRiskSeverities]], _warnings(ctx, 'highRiskSeverities')));
  }
  const hours = p.concernResponseHours[priority];
  const respondBy = addClockHours(receivedAt, hours, { entry: ENTRY });
  steps.push(_step('risk.concern.deadline', _cite(ctx, 'concernResponseHours'), 'applied', `${priority} concerns are dealt with within ${hours} hours: by ${respondBy}`, [['receivedAt', receivedAt], ['pack:risk.concernResponseHours', hours]], _warnings(ctx, 'concernResponseHours')));
  const ref = packRef(ctx.pack);
  return {
    concernId: c.id,
    receivedAt,
    priority,
    prioritySource,
    hours,
    respondBy,
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: londonDateOf(receivedAt), pack: ref, steps, used: _used(ctx, ['concernResponseHours', 'highRiskSeverities']) }),
  };
}

import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../../core/errors.js';
import { _D, _round } from '../../core/decimal.js';
import { IsoDateSchema, _daysBetween } from '../../core/dates.js';
import { packRef, resolve } from '../../core/rulePack.js';
import { _makeTrace, _step } from '../../core/trace.js';
import { _packFrom } from '../internal.js';
import type { LocalKpiResult } from './common.js';
import type { LocalKpiOptions } from './shortTermSupport.js';

/** Input of `calculateAverageWaitingTime`: each wait's start and (when over) end. */
export const WaitingTimeInputSchema = z.strictObject({
  /** The date the figure is for; open waits are measured to it when the pack includes them. */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  asOf: IsoDateSchema.clone(),
  /** The waits: `from` (request or assessment date) and `to` (when the wait ended), omitted while waiting. */
  waits: z.array(z.strictObject({ from: IsoDateSchema.clone(), to: IsoDateSchema.optional() })).max(1_000_000),
});

/** What a caller passes to `calculateAverageWaitingTime`. */
export type WaitingTimeInput = z.input<typeof WaitingTimeInputSchema>;

const ENTRY = 'calculateAverageWaitingTime';

/**
 * The Coventry KPI "The average length of time (in days) people have had to wait (IR 21)": the mean wait in
 * calendar days, with the median and the longest in the breakdown. Whether people still waiting count
 * (measured to `asOf`) is pack policy; the default counts completed waits only.
 *
 * @param input - the date and the waits
 * @param options - an optional pack
 * @returns the mean in days (rounded by the pack's KPI rule), or `null` when no wait counts
 * @throws {@link adult-social-care-rules!RulesError} when a wait ends before it starts or starts after `asOf`
 *
 * @example
 * ```ts
 * import { calculateAverageWaitingTime } from 'adult-social-care-rules/ascof';
 *
 * const r = calculateAverageWaitingTime({ asOf: '2025-03-31', waits: [
 *   { from: '2025-01-06', to: '2025-01-20' },
 *   { from: '2025-02-03', to: '2025-02-24' },
 *   { from: '2025-03-03' },
 * ] });
 * r.value?.value; //=> '17.5'
 * ```
 */
export function calculateAverageWaitingTime(input: WaitingTimeInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse(ENTRY, WaitingTimeInputSchema, input);
  const pack = _packFrom(ENTRY, options);
  const basis = resolve(pack, 'waitingTimeBasis', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const rounding = resolve(pack, 'kpiRounding', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const issues: RulesIssue[] = [];
  i.waits.forEach((w, n) => {
    if (w.from > i.asOf) issues.push(_issue('inconsistent_input', ['waits', n, 'from'], 'a wait cannot start after the as-of date'));
    if (w.to !== undefined && w.to < w.from) issues.push(_issue('inconsistent_input', ['waits', n, 'to'], 'a wait cannot end before it starts'));
  });
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const open = i.waits.filter((w) => w.to === undefined).length;
  const days = i.waits
    .filter((w) => w.to !== undefined || basis.value === 'include-open')
    .map((w) => _daysBetween(w.from, w.to ?? i.asOf))
    .sort((a, b) => a - b);
  const n = days.length;
  const mean = n === 0 ? null : _round(new _D(days.reduce((a, d) => a + d, 0)).div(n), rounding.value);
  const median = n === 0 ? null : _round(n % 2 === 1 ? new _D(days[(n - 1) / 2]!) : new _D(days[n / 2 - 1]!).plus(days[n / 2]!).div(2), rounding.value);
  const warnings = basis.warning ? [basis.warning] : [];
  const steps = [
    _step('ascof.kpi.waiting.basis', basis.citation, 'applied', `Basis: ${basis.value}; ${i.waits.length - open} completed wait(s), ${open} still waiting; ${n} counted.`, [], warnings),
    mean === null
      ? _step('ascof.kpi.waiting.mean', rounding.citation, 'unknown', 'No wait is counted, so no average exists.')
      : _step('ascof.kpi.waiting.mean', rounding.citation, 'applied', `Mean wait ${mean.value} days (median ${median?.value}, longest ${days[n - 1]}).`),
  ];
  return {
    kpi: 'waiting-time', title: 'The average length of time (in days) people have had to wait (IR 21)', unit: 'days', polarity: 'lower-is-better',
    value: mean, numerator: null, denominator: String(n),
    breakdown: [{ group: 'all counted waits', figures: { median: median?.value ?? null, longest: n === 0 ? null : String(days[n - 1]), stillWaiting: String(open) } }],
    warnings, pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: i.asOf, pack: packRef(pack), steps, used: [basis, rounding] }),
  };
}

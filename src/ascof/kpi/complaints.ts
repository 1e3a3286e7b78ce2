import * as z from 'zod';
import { _parse } from '../../core/errors.js';
import { _D, _round } from '../../core/decimal.js';
import { IsoDateSchema } from '../../core/dates.js';
import { packRef, resolve } from '../../core/rulePack.js';
import { _makeTrace, _step } from '../../core/trace.js';
import { _packFrom } from '../internal.js';
import type { LocalKpiResult } from './common.js';
import type { LocalKpiOptions } from './shortTermSupport.js';

/** Input of `calculateComplaintsUpheld`: the complaints of the period with their investigation and outcome. */
export const ComplaintsInputSchema = z.strictObject({
  /** The period end (resolves the pack). */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  asOf: IsoDateSchema.clone(),
  /** The complaints. */
  complaints: z.array(z.strictObject({
    /** True when formally investigated by the council (the KPI counts only these). */
    formallyInvestigated: z.boolean(),
    /** The outcome; `open` while undecided, `withdrawn` when withdrawn. */
    outcome: z.enum(['upheld', 'partially-upheld', 'not-upheld', 'withdrawn', 'open']),
  })).max(1_000_000),
});

/** What a caller passes to `calculateComplaintsUpheld`. */
export type ComplaintsInput = z.input<typeof ComplaintsInputSchema>;

const ENTRY = 'calculateComplaintsUpheld';

/**
 * The Coventry KPI "Number of service user complaints formally investigated by the Council and
 * Upheld/Partially Upheld". The headline is the count; the share of decided formal investigations is given
 * alongside (open and withdrawn complaints are not decided).
 *
 * @param input - the period end and the complaints
 * @param options - an optional pack (which outcomes count is policy)
 * @returns the count (value), the share in the breakdown, and the trace
 * @throws {@link adult-social-care-rules!RulesError} for malformed input
 *
 * @example
 * ```ts
 * import { calculateComplaintsUpheld } from 'adult-social-care-rules/ascof';
 *
 * const r = calculateComplaintsUpheld({ asOf: '2025-03-31', complaints: [
 *   { formallyInvestigated: true, outcome: 'upheld' },
 *   { formallyInvestigated: true, outcome: 'partially-upheld' },
 *   { formallyInvestigated: true, outcome: 'not-upheld' },
 *   { formallyInvestigated: false, outcome: 'upheld' },
 * ] });
 * r.value?.value; //=> '2'
 * ```
 */
export function calculateComplaintsUpheld(input: ComplaintsInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse(ENTRY, ComplaintsInputSchema, input);
  const pack = _packFrom(ENTRY, options);
  const counted = resolve(pack, 'complaintOutcomesCounted', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const rounding = resolve(pack, 'kpiRounding', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const formal = i.complaints.filter((c) => c.formallyInvestigated);
  const decided = formal.filter((c) => c.outcome === 'upheld' || c.outcome === 'partially-upheld' || c.outcome === 'not-upheld');
  const hits = decided.filter((c) => (counted.value as readonly string[]).includes(c.outcome)).length;
  const share = decided.length === 0 ? null : _round(new _D(hits).div(decided.length).times(100), rounding.value);
  const steps = [
    _step('ascof.kpi.complaints.formal', counted.citation, 'applied', `${formal.length} of ${i.complaints.length} complaint(s) were formally investigated; ${decided.length} have a decided outcome.`),
    _step('ascof.kpi.complaints.count', counted.citation, 'applied', `${hits} formally investigated complaint(s) were ${counted.value.join(' or ')}${share === null ? '' : ` (${share.value}% of decided investigations)`}.`),
  ];
  return {
    kpi: 'complaints-upheld', title: 'Service user complaints formally investigated by the Council and upheld or partially upheld', unit: 'count', polarity: 'lower-is-better',
    value: { value: String(hits), rounding: { places: 0, mode: 'half-away-from-zero' } }, numerator: String(hits), denominator: String(decided.length),
    breakdown: [{ group: 'share of decided formal investigations (%)', figures: { share: share?.value ?? null } }], warnings: [],
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: i.asOf, pack: packRef(pack), steps, used: [counted, rounding] }),
  };
}

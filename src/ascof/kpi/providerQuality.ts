import * as z from 'zod';
import { _parse } from '../../core/errors.js';
import { _D, _round } from '../../core/decimal.js';
import { IsoDateSchema } from '../../core/dates.js';
import { _describeQualityStandard, _qualityStandardOutcome, type QualityStandard } from '../../core/qualityStandard.js';
import { packRef, resolve } from '../../core/rulePack.js';
import { _makeTrace, _step } from '../../core/trace.js';
import { _packFrom } from '../internal.js';
import type { LocalKpiResult } from './common.js';
import type { LocalKpiOptions } from './shortTermSupport.js';

/** A CQC overall rating (or none yet). */
export const CqcRatingSchema = z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate']);

/** Input of `calculateProviderQualityShare`: each commissioned service's CQC rating and council risk level. */
export const ProviderQualityInputSchema = z.strictObject({
  /** The date of the snapshot (resolves the pack). */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  asOf: IsoDateSchema.clone(),
  /** The commissioned services. */
  services: z.array(z.strictObject({
    /** The service or location, for the caller's own reference (not used in the figures). */
    id: z.string().min(1).max(100).optional(),
    /** The CQC overall rating; `null` when not rated (not registered, or not yet inspected). */
    cqcRating: CqcRatingSchema.nullable(),
    /** The council's own risk level, 0 (no concerns) to 4 (highest), Coventry QA framework Table One. */
    councilRiskLevel: z.number().int().min(0).max(4),
    /** `false` when the risk level rests on missing or stale evidence (the risk assessment's `evidenceComplete`); omitted: complete. */
    evidenceComplete: z.boolean().optional(),
  })).max(100_000),
});

/** What a caller passes to `calculateProviderQualityShare`. */
export type ProviderQualityInput = z.input<typeof ProviderQualityInputSchema>;

const ENTRY = 'calculateProviderQualityShare';

/**
 * The Coventry KPI "Percentage of commissioned services meeting or exceeding agreed-upon quality standards
 * (CQC ratings and Council's own risk ratings)". A service meets the standard when its CQC rating and its
 * council risk level are both in the pack's lists; an unrated service is judged on its risk level alone or
 * left out, as the pack says; a service that would meet it on incomplete evidence is left out. This is the one
 * definition shared with the risk area's `summarisePortfolio` (src/core/qualityStandard.ts): the same
 * services give the same share in both.
 *
 * @param input - the snapshot date and the services
 * @param options - an optional pack
 * @returns the share meeting the standard, with a breakdown by CQC rating and by risk level
 * @throws {@link adult-social-care-rules!RulesError} for malformed input
 *
 * @example
 * ```ts
 * import { calculateProviderQualityShare } from 'adult-social-care-rules/ascof';
 *
 * const r = calculateProviderQualityShare({ asOf: '2026-03-31', services: [
 *   { cqcRating: 'good', councilRiskLevel: 0 },
 *   { cqcRating: 'outstanding', councilRiskLevel: 1 },
 *   { cqcRating: 'good', councilRiskLevel: 3 },
 *   { cqcRating: 'requires-improvement', councilRiskLevel: 1 },
 * ] });
 * r.value?.value; //=> '50.0'
 * ```
 */
export function calculateProviderQualityShare(input: ProviderQualityInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse(ENTRY, ProviderQualityInputSchema, input);
  const pack = _packFrom(ENTRY, options);
  const std = resolve(pack, 'qualityStandard', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  const rounding = resolve(pack, 'kpiRounding', i.asOf, { entry: ENTRY, datePath: ['asOf'] });
  // The ascof pack names its lists after the KPI; the rule itself is the shared one.
  const q: QualityStandard = { cqcRatings: std.value.cqcRatingsMeeting, councilRiskLevels: std.value.councilRiskLevelsMeeting, unrated: std.value.unrated };
  let meeting = 0;
  let counted = 0;
  const byRating = new Map<string, { n: number; meeting: number }>();
  for (const s of i.services) {
    const o = _qualityStandardOutcome(s, q);
    if (!o.counted) continue;
    counted += 1;
    const ok = o.meeting;
    if (ok) meeting += 1;
    const key = s.cqcRating ?? 'not rated';
    const row = byRating.get(key) ?? { n: 0, meeting: 0 };
    byRating.set(key, { n: row.n + 1, meeting: row.meeting + (ok ? 1 : 0) });
  }
  const value = counted === 0 ? null : _round(new _D(meeting).div(counted).times(100), rounding.value);
  const order = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'not rated'];
  const breakdown = order.filter((k) => byRating.has(k)).map((k) => ({ group: k, figures: { services: String(byRating.get(k)!.n), meeting: String(byRating.get(k)!.meeting) } }));
  const steps = [
    _step('ascof.kpi.quality.rule', `${std.citation}; the shared definition of src/core/qualityStandard.ts`, 'applied', `${_describeQualityStandard(q)}.`, [], std.warning ? [std.warning] : undefined),
    value === null
      ? _step('ascof.kpi.quality.value', rounding.citation, 'unknown', 'No service is counted, so no percentage exists.')
      : _step('ascof.kpi.quality.value', rounding.citation, 'applied', `${meeting} of ${counted} service(s) meet the standard: ${value.value}%.`, [['services', i.services.length]]),
  ];
  return {
    kpi: 'provider-quality', title: 'Percentage of commissioned services meeting or exceeding agreed-upon quality standards', unit: 'percentage', polarity: 'higher-is-better',
    value, numerator: String(meeting), denominator: String(counted), breakdown, warnings: std.warning ? [std.warning] : [],
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: i.asOf, pack: packRef(pack), steps, used: [std, rounding] }),
  };
}

import { IsoDateSchema, type IsoDate } from '../core/dates.js';
import { _D, _round, type RoundedDecimal } from '../core/decimal.js';
import { _describeQualityStandard, _qualityStandardOutcome } from '../core/qualityStandard.js';
import { RulesError, _issue, _parse } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _cite, _riskContext, _used, _warnings, type RiskPackOptions } from './packContext.js';
import { _serviceProfile, type ProviderRiskAssessment } from './assessProviderRisk.js';
import { PortfolioInputSchema, type PortfolioEntry, type PortfolioInput } from './schemas.js';

/** Options of {@link summarisePortfolio}. */
export interface SummarisePortfolioOptions extends RiskPackOptions {
  /** The date the pack is read as of; the latest assessment date when omitted. */
  asOf?: IsoDate | undefined;
}

/** Counts by level, every level 0-4 present. */
export type LevelCounts = { readonly [L in '0' | '1' | '2' | '3' | '4']: number };

/** The result of {@link summarisePortfolio}. */
export interface PortfolioSummary {
  /** The date the pack was read as of. */
  readonly asOf: IsoDate;
  /** Services counted (each provider once, its latest assessment). */
  readonly services: number;
  /** Providers given more than once: only the latest assessment of each was counted. */
  readonly supersededAssessments: number;
  /** Services at each level. */
  readonly byLevel: LevelCounts;
  /** Services at each level, by service type. */
  readonly byServiceType: Readonly<Record<string, LevelCounts & { readonly total: number }>>;
  /**
   * The share of commissioned services meeting quality standards (seed 002 KPI: CQC ratings and the council's
   * own risk ratings), as a percentage.
   */
  readonly meetingQualityStandards: {
    /** Services meeting the standard (src/core/qualityStandard.ts: a CQC rating and a council risk level in the pack's lists). */
    readonly meeting: number;
    /** The denominator. */
    readonly counted: number;
    /** Services with no CQC rating (judged on the council risk level alone, excluded, or counted as not meeting, per the pack). */
    readonly unrated: number;
    /**
     * Services that would meet the standard but whose assessment reported missing or stale evidence
     * (`evidenceComplete: false`): "no known concerns" is not "no concerns", so they count as unrated ones do.
     */
    readonly evidenceIncomplete: number;
    /** `meeting / counted × 100`, rounded by the pack's rule; `null` when nothing is counted. */
    readonly percent: RoundedDecimal | null;
  };
  /** The pack used. */
  readonly pack: PackRef;
  /** How the figures were made. */
  readonly trace: Trace;
}

const ENTRY = 'summarisePortfolio';
const zero = (): { '0': number; '1': number; '2': number; '3': number; '4': number } => ({ '0': 0, '1': 0, '2': 0, '3': 0, '4': 0 });

/**
 * Counts a portfolio of assessed services by level and by service type, and the share meeting quality
 * standards (Coventry KPI, seed 002: "Percentage of commissioned services meeting or exceeding agreed-upon
 * quality standards (CQC ratings and Council's own risk ratings)"). Each provider counts once: its latest
 * assessment. "Meeting quality standards" is the one definition shared with the ascof KPI
 * `calculateProviderQualityShare` (src/core/qualityStandard.ts), so the same services give the same share.
 * Each `serviceType` must be one of the pack's service types.
 *
 * @param assessments - assessments (results of {@link assessProviderRisk} can be passed as they are)
 * @param options - `pack` and the `asOf` date to read it as of
 * @returns the counts and the share, with the rounding rule named
 * @throws {@link adult-social-care-rules!RulesError} for invalid input
 *
 * @example
 * ```ts
 * import { summarisePortfolio } from 'adult-social-care-rules/risk';
 *
 * const s = summarisePortfolio([
 *   { providerId: 'A', serviceType: 'home-support-local', asOf: '2026-05-01', level: 0, cqcRating: { overall: 'good', date: '2025-01-10' } },
 *   { providerId: 'B', serviceType: 'home-support-local', asOf: '2026-05-01', level: 2, cqcRating: { overall: 'good', date: '2024-06-02' } },
 *   { providerId: 'C', serviceType: 'residential-local', asOf: '2026-05-01', level: 1, cqcRating: { overall: 'outstanding', date: '2023-03-03' } },
 * ]);
 * s.byLevel; //=> { '0': 1, '1': 1, '2': 1, '3': 0, '4': 0 }
 * s.meetingQualityStandards.percent?.value; //=> '66.7'
 * ```
 */
export function summarisePortfolio(assessments: PortfolioInput | readonly (PortfolioEntry | ProviderRiskAssessment)[], options?: SummarisePortfolioOptions): PortfolioSummary {
  const list = _parse(ENTRY, PortfolioInputSchema, assessments);
  const rawAsOf = (options as { asOf?: unknown } | undefined)?.asOf;
  const asOf = rawAsOf === undefined ? list.reduce<IsoDate>((m, a) => (a.asOf > m ? a.asOf : m), list[0]?.asOf ?? '') : _parse(ENTRY, IsoDateSchema, rawAsOf);
  if (asOf === '') throw new RulesError(ENTRY, [_issue('missing_key', ['options', 'asOf'], 'required for an empty portfolio')]);
  const ctx = _riskContext(ENTRY, options, asOf, ['options', 'asOf']);
  const q = ctx.values.qualityStandard;
  const latest = new Map<string, (typeof list)[number]>();
  list.forEach((a, i) => _serviceProfile(ENTRY, ctx, a.serviceType, [i, 'serviceType']));
  for (const a of list) {
    const prior = latest.get(a.providerId);
    if (prior === undefined || a.asOf > prior.asOf || (a.asOf === prior.asOf && a.level > prior.level)) latest.set(a.providerId, a);
  }
  const byLevel = zero();
  const byServiceType: Record<string, ReturnType<typeof zero> & { total: number }> = {};
  let meeting = 0;
  let counted = 0;
  let unrated = 0;
  let incomplete = 0;
  for (const a of latest.values()) {
    const key = String(a.level) as '0';
    byLevel[key] += 1;
    const row = (byServiceType[a.serviceType] ??= { ...zero(), total: 0 });
    row[key] += 1;
    row.total += 1;
    const o = _qualityStandardOutcome({ cqcRating: a.cqcRating?.overall ?? null, councilRiskLevel: a.level, evidenceComplete: a.evidenceComplete }, q);
    if (o.unrated) unrated += 1;
    if (o.incompleteEvidence) incomplete += 1;
    if (o.counted) counted += 1;
    if (o.meeting) meeting += 1;
  }
  const percent = counted === 0 ? null : _round(new _D(meeting).times(100).div(counted), q.rounding);
  const ref = packRef(ctx.pack);
  const steps = [
    _step('risk.portfolio.once', 'adult-social-care-rules: each provider counts once (latest assessment)', 'applied', `${latest.size} service(s) from ${list.length} assessment(s)`, [['assessments.length', list.length]]),
    _step(
      'risk.portfolio.quality-standards',
      _cite(ctx, 'qualityStandard'),
      'applied',
      `${meeting} of ${counted} service(s) meet quality standards (${_describeQualityStandard(q)}; ${unrated} unrated, ${incomplete} otherwise meeting on incomplete evidence): ${percent === null ? 'no figure' : `${percent.value}%`}`,
      [['pack:risk.qualityStandard', q]],
      _warnings(ctx, 'qualityStandard'),
    ),
  ];
  return {
    asOf,
    services: latest.size,
    supersededAssessments: list.length - latest.size,
    byLevel,
    byServiceType,
    meetingQualityStandards: { meeting, counted, unrated, evidenceIncomplete: incomplete, percent },
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf, pack: ref, steps, used: _used(ctx, ['qualityStandard']) }),
  };
}

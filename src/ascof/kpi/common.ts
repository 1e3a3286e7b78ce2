import type { RoundedDecimal } from '../../core/decimal.js';
import type { PackRef } from '../../core/rulePack.js';
import type { Trace } from '../../core/trace.js';
import type { MeasureUnit, Polarity } from '../registry/definition.js';

/** The local KPIs of the Coventry commissioning strategy that this library calculates. */
export type LocalKpiId = 'short-term-support' | 'provider-quality' | 'complaints-upheld' | 'fee-rates' | 'representation' | 'waiting-time';

/** One row of a KPI broken down by group (a CQC rating, a service, an ethnic group). */
export interface KpiBreakdownRow {
  /** The group, e.g. `"good"`, `"Homecare"` or `"Black, Black British"`. */
  readonly group: string;
  /** The figures of the row, by name (decimal strings), e.g. `{ ratio: "0.23" }`. */
  readonly figures: Readonly<Record<string, string | null>>;
}

/** The result of a local KPI: a headline figure, its breakdown, and the trace. */
export interface LocalKpiResult {
  /** Which KPI. */
  readonly kpi: LocalKpiId;
  /** Its title as in the seed. */
  readonly title: string;
  /** The unit of the headline value (`score` is used for counts and days). */
  readonly unit: MeasureUnit | 'count' | 'days' | 'ratio';
  /** Whether higher is better. */
  readonly polarity: Polarity;
  /** The headline value; `null` when nothing can be calculated (e.g. no completed waits). */
  readonly value: RoundedDecimal | null;
  /** The numerator, when the KPI is a proportion or a count. */
  readonly numerator: string | null;
  /** The denominator, when the KPI is a proportion. */
  readonly denominator: string | null;
  /** The breakdown rows. */
  readonly breakdown: readonly KpiBreakdownRow[];
  /** Warnings from unverified pack values. */
  readonly warnings: readonly string[];
  /** The pack used. */
  readonly pack: PackRef;
  /** How the figure was reached. */
  readonly trace: Trace;
}

/** The citation of the seed's KPI list. */
export const SEED_KPI = 'Coventry ASC commissioning strategy, "Key Performance Indicators"';

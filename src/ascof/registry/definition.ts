import * as z from 'zod';
import { ROUNDING_MODES } from '../../core/decimal.js';

/** How a measure's value is formed from its counts. */
export const MeasureKindSchema = z.enum(['proportion', 'rate', 'mean-score']).describe(
  'proportion: numerator / denominator × 100; rate: numerator / population × 100,000; mean-score: sum of person scores / respondents.',
);

/** The unit a measure is published in. */
export const MeasureUnitSchema = z.enum(['percentage', 'per-100000', 'score']);

/** Whether a higher value is the better outcome. */
export const PolaritySchema = z.enum(['higher-is-better', 'lower-is-better', 'no-polarity']);

/** How certain the library is of a fact: read in an official source, or reconstructed. */
export const VerificationSchema = z.enum(['verified', 'unverified']);

/** A published suppression rule: when the basis count is below the threshold, the listed figures are withheld. */
export const SuppressionRuleSchema = z.strictObject({
  /** Which count is tested: `base` (survey respondents) or `denominator`. */
  basis: z.enum(['base', 'denominator']),
  /** Suppress when the basis is strictly below this number. */
  below: z.number().int().positive(),
  /** Which figures are withheld. */
  suppress: z.array(z.enum(['numerator', 'denominator', 'outcome'])).min(1),
  /** Whether the rule applies to the total row, to split rows (age, sex), or both. */
  appliesTo: z.enum(['all', 'total', 'split']),
  /** The marker published in place of a withheld figure. */
  marker: z.string().min(1),
  /**
   * Split rows only: the rule also fires when the other row of the pair (the other sex, the other age band) is
   * below the threshold, so both rows are withheld together and neither can be recovered from the published total
   * and the other row (NHS England ASCOF pipeline, carers.py `suppression`).
   */
  pair: z.boolean().optional(),
});

/** The published definition of one ASCOF measure in one framework version. */
export const AscofMeasureDefinitionSchema = z.strictObject({
  code: z.string().min(1),
  title: z.string().min(1),
  domain: z.string().min(1),
  concept: z.string().min(1),
  kind: MeasureKindSchema,
  unit: MeasureUnitSchema,
  scale: z.strictObject({ min: z.string(), max: z.string() }).optional(),
  polarity: PolaritySchema,
  dataSources: z.array(z.string().min(1)).min(1),
  ageBands: z.array(z.string().min(1)),
  sexSplit: z.boolean(),
  rounding: z.strictObject({ places: z.number().int().min(0).max(6), mode: z.enum(ROUNDING_MODES as unknown as ['half-away-from-zero', 'half-even', 'down', 'up']) }),
  roundingStatus: VerificationSchema,
  suppression: z.array(SuppressionRuleSchema).nullable(),
  suppressionStatus: VerificationSchema,
  suppressionChoice: z.enum(['salt-2023-small-numbers']).optional(),
  zeroDenominatorMarker: z.string().min(1),
  countRounding: z.enum(['none', 'nearest-5-truncated', 'nearest-5-half-up']),
  firstYear: z.string().optional(),
  lastYear: z.string().optional(),
  formerly: z.array(z.string()),
  status: VerificationSchema,
  warning: z.string().optional(),
  citation: z.string().min(1),
  notes: z.array(z.string()),
  limitations: z.array(z.string()),
});

/** The list of measures of one framework version (the value of the `measureDefinitions` law parameter). */
export const AscofMeasureListSchema = z.array(AscofMeasureDefinitionSchema).min(1);

/** How a measure's value is formed: `proportion`, `rate` (per 100,000) or `mean-score`. */
export type MeasureKind = z.output<typeof MeasureKindSchema>;
/** The published unit: `percentage`, `per-100000` or `score`. */
export type MeasureUnit = z.output<typeof MeasureUnitSchema>;
/** Whether a higher value is better: `higher-is-better`, `lower-is-better` or `no-polarity`. */
export type Polarity = z.output<typeof PolaritySchema>;
/** `verified` (read in an official source) or `unverified` (reconstructed; see the warning). */
export type Verification = z.output<typeof VerificationSchema>;
/** A published suppression rule; see {@link SuppressionRuleSchema}. */
export type SuppressionRule = z.output<typeof SuppressionRuleSchema>;

/**
 * The published definition of one ASCOF measure in one framework version: the machine-readable registry
 * entry. Measures are keyed on (framework, code), never on code alone: old 2A and new 2A are different
 * measures.
 */
export interface AscofMeasureDefinition {
  /** The code as published in that framework, e.g. `"2A"`, `"2A(1)"`, `"3D(1a)"`. */
  readonly code: string;
  /** The title as published (one canonical wording; publishers vary it slightly). */
  readonly title: string;
  /** The old-framework domain or the refreshed framework's objective. */
  readonly domain: string;
  /** A stable concept id that links the same idea across frameworks, e.g. `"scrqol"`. */
  readonly concept: string;
  /** How the value is formed from the counts. */
  readonly kind: MeasureKind;
  /** The published unit. */
  readonly unit: MeasureUnit;
  /** For scores: the published range, e.g. 0 to 24. */
  readonly scale?: { readonly min: string; readonly max: string } | undefined;
  /** Whether higher is better. */
  readonly polarity: Polarity;
  /** The collections the measure is built from, e.g. `["ASCS"]`, `["CLD", "ONS mid-year estimates"]`. */
  readonly dataSources: readonly string[];
  /** The age disaggregations published (empty when only a total is published). */
  readonly ageBands: readonly string[];
  /** Whether a split by sex is published. */
  readonly sexSplit: boolean;
  /** How the outcome is rounded when published. */
  readonly rounding: { readonly places: number; readonly mode: 'half-away-from-zero' | 'half-even' | 'down' | 'up' };
  /** Whether the rounding rule was read in an official source. */
  readonly roundingStatus: Verification;
  /** The published suppression rules; `null` when no published rule could be read (a pack policy then applies). */
  readonly suppression: readonly SuppressionRule[] | null;
  /** Whether the suppression rule was read in an official source. */
  readonly suppressionStatus: Verification;
  /**
   * Set when the published rule of this entry was not read and a named pack policy chooses between the readings:
   * `salt-2023-small-numbers` (2023-24 SALT count measures other than 1E and 2E; policy `salt2023SmallNumbers`).
   */
  readonly suppressionChoice?: 'salt-2023-small-numbers' | undefined;
  /** The marker published as the outcome when the denominator is zero. */
  readonly zeroDenominatorMarker: string;
  /**
   * How published counts (numerator, denominator, base) are rounded: `none` (published as counted, SALT and
   * CLD), `nearest-5-truncated` (ASCS: whole part, then nearest 5), `nearest-5-half-up` (SACE: nearest 5,
   * ties up).
   */
  readonly countRounding: 'none' | 'nearest-5-truncated' | 'nearest-5-half-up';
  /** The first reporting year of this measure inside its framework, when later than the framework's first year. */
  readonly firstYear?: string | undefined;
  /** The last reporting year of this measure inside its framework, when earlier than the framework's last year. */
  readonly lastYear?: string | undefined;
  /** The codes this measure had in the previous framework (lineage), e.g. new 2A was `["2D"]`. */
  readonly formerly: readonly string[];
  /** `unverified` when the code, title or definition could not be read in an official source. */
  readonly status: Verification;
  /** Why the entry is unverified, repeated by every result that uses it. */
  readonly warning?: string | undefined;
  /** The source the definition comes from. */
  readonly citation: string;
  /** Method notes (who counts, what is excluded). */
  readonly notes: readonly string[];
  /** Known limitations of the measure or of this library's reconstruction of it. */
  readonly limitations: readonly string[];
}

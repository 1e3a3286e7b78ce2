import type { AscofMeasureDefinition, SuppressionRule } from './definition.js';

/** An entry as written in the data files (optional fields may be left out). */
export type MeasureSource = Omit<AscofMeasureDefinition, 'notes' | 'limitations' | 'formerly' | 'ageBands' | 'sexSplit' | 'zeroDenominatorMarker' | 'countRounding'> & {
  countRounding?: AscofMeasureDefinition['countRounding'];
  notes?: string[];
  limitations?: string[];
  formerly?: string[];
  ageBands?: string[];
  sexSplit?: boolean;
};

/** Fills the defaults shared by every entry. */
export function _measure(m: MeasureSource): AscofMeasureDefinition {
  return {
    ...m,
    formerly: m.formerly ?? [],
    ageBands: m.ageBands ?? [],
    sexSplit: m.sexSplit ?? false,
    zeroDenominatorMarker: '[x]',
    // Survey counts are published to the nearest 5 (C1 ascs.py, carers.py); other counts as counted.
    countRounding: m.countRounding ?? (m.dataSources.some((d) => d.startsWith('ASCS')) ? 'nearest-5-truncated' : m.dataSources.some((d) => d.startsWith('SACE')) ? 'nearest-5-half-up' : 'none'),
    notes: m.notes ?? [],
    limitations: m.limitations ?? [],
  } as AscofMeasureDefinition;
}

/**
 * ASCS measures: a row of 1 or 2 respondents is withheld as "[c]" (NHS England ASCOF pipeline, ascs.py, which
 * applies the `suppress` flag the ASCS pipeline computed for each row).
 */
export const SURVEY_SUPPRESSION: SuppressionRule[] = [
  { basis: 'base', below: 3, suppress: ['numerator', 'denominator', 'outcome'], appliesTo: 'all', marker: '[c]' },
];

/**
 * SACE measures (NHS England ASCOF pipeline, carers.py `suppression` and `consolidate`): the total is withheld
 * when its base is under 3; both sex rows are withheld when either the male or the female base is under 3, and
 * both age rows when either the 18-64 or the 65+ base is under 3, so a withheld row cannot be recovered from
 * the total and the other row.
 */
export const CARER_SURVEY_SUPPRESSION: SuppressionRule[] = [
  { basis: 'base', below: 3, suppress: ['numerator', 'denominator', 'outcome'], appliesTo: 'total', marker: '[c]' },
  { basis: 'base', below: 3, suppress: ['numerator', 'denominator', 'outcome'], appliesTo: 'split', marker: '[c]', pair: true },
];

/**
 * The SALT small-number rule of the 2022-23 pipeline (C1 ons_hes_salt.py `clean_council`), which it applies to
 * 1E and 1G only: on the total row the numerator and denominator are withheld when the denominator is under 5;
 * on the sex rows the outcome too. Every other SALT measure is published unsuppressed (a zero denominator gives
 * "[x]"); 2B(2) has its own HES rule (denominator under 8).
 */
export const SALT_SMALL_NUMBERS: SuppressionRule[] = [
  { basis: 'denominator', below: 5, suppress: ['numerator', 'denominator'], appliesTo: 'total', marker: '[c]' },
  { basis: 'denominator', below: 5, suppress: ['numerator', 'denominator', 'outcome'], appliesTo: 'split', marker: '[c]' },
];

/** SALT measures other than 1E and 1G: no small-number suppression (C1 ons_hes_salt.py `clean_council`). */
export const SALT_NO_SUPPRESSION: SuppressionRule[] = [];

/** Outcomes rounded half away from zero to 1 dp (NHS `my_round`, T-SQL `ROUND(x, 1)`). */
export const HALF_AWAY_1 = { places: 1, mode: 'half-away-from-zero' } as const;
/** Outcomes rounded half to even to 1 dp (pandas `.round(1)` in the SALT pipeline). */
export const HALF_EVEN_1 = { places: 1, mode: 'half-even' } as const;

/** Citation of the NHS England ASCOF pipeline (rounding, suppression, survey conversions). */
export const C1 = 'NHSDigital/ASC-Outcomes-Framework @812779e (ascof/rounding.py, ascs.py, carers.py, ons_hes_salt.py)';
/** Citation of the NHS England ASCS code (answer conversions, weighting). */
export const C2 = 'NHSDigital/ASC-User-Survey @b1280aa (generate_ascof_scores.py, params_json/2020-21.json, docs/maths.md)';
/** Citation of the DHSC CLD ASCOF code, 2024-25 onward. */
export const C4 = 'DataS-DHSC/ASC-CLD-LA-Dashboard @9bee728 ASCOF_measures';
/** Citation of NHS England's 2023-24 SALT sources for ASCOF. */
export const S10 = 'NHS England, SALT sources for ASCOF 2023-24 (social-care-collection-materials-2024/salt-sources-for-ascof)';
/** The handbooks. */
export const HANDBOOK_2023 = 'DHSC, ASCOF 2023 to 2024: handbook of definitions (21 Dec 2023)';
/** The generic handbook used for 2024-25. */
export const HANDBOOK_2024 = 'DHSC, ASCOF: handbook of definitions (19 Dec 2024)';

/** The warning carried by every reconstructed code of the refreshed framework. */
export const RECONSTRUCTED =
  'UNVERIFIED: the code, title and source of this refreshed measure were reconstructed from the old framework; the per-measure pages of the DHSC handbook were not read.';

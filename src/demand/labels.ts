// The words a form shows for the demand area's closed lists: one table per list, read by the JSON Schemas
// (src/demand/schemaDocs.ts turns each into `oneOf` of `const` + `title`). No import of the schemas, so a page
// that only shows a select box does not bring zod in.
import type { RoundingMode } from '../core/decimal.js';

/** The label of each sex of a population or rate cell (`persons`: a table not split by sex, ONS's word). */
export const SEX_LABELS = {
  male: 'Male',
  female: 'Female',
  persons: 'Persons (both sexes together)',
} as const satisfies Readonly<Record<'male' | 'female' | 'persons', string>>;

/** The label of each way the numbers of a rate set are written. */
export const RATE_UNIT_LABELS = {
  proportion: 'Proportion (0.012)',
  percent: 'Percent (1.2)',
  'per-1000': 'Per 1,000 people (12)',
  'per-100000': 'Per 100,000 people (1,200)',
} as const satisfies Readonly<Record<'proportion' | 'percent' | 'per-1000' | 'per-100000', string>>;

/** The label of each starting point of the scenario levers (`scenario.leversFrom`). */
export const LEVERS_FROM_LABELS = {
  'first-year': 'The first year of the population table',
  'base-year': "The rates' base year",
} as const satisfies Readonly<Record<'first-year' | 'base-year', string>>;

/** The label of each price base of a cost projection. */
export const PRICE_BASE_LABELS = {
  cash: 'Cash (each year in its own prices)',
  real: 'Real terms (prices of the price year)',
} as const satisfies Readonly<Record<'cash' | 'real', string>>;

/** The label of each volume basis of a costed projection (`projectCostsFromDemand`'s `basis`). */
export const VOLUME_BASIS_LABELS = {
  people: 'People projected',
  packages: 'Care-package equivalents (living-alone uplift)',
} as const satisfies Readonly<Record<'people' | 'packages', string>>;

/** The label of each rounding mode of a published figure (the modes of `roundDecimal`). */
export const ROUNDING_MODE_LABELS = {
  'half-away-from-zero': 'Half away from zero (2.45 → 2.5)',
  'half-even': "Half to even, banker's rounding (2.45 → 2.4)",
  down: 'Towards zero',
  up: 'Away from zero',
} as const satisfies Readonly<Record<RoundingMode, string>>;

import * as z from 'zod';
import { DecimalInputSchema } from '../core/decimal.js';
import { IsoDateSchema } from '../core/dates.js';
import { AscofYearSchema } from './years.js';

/** A count or a weighted count: a decimal string or a finite number, zero or more. */
export const CountSchema = DecimalInputSchema.describe('A count, or a weighted count, of zero or more (decimal string preferred).');

/** The counts behind one measure. */
export const AscofCountsSchema = z.strictObject({
  /** People in the numerator (or, for a mean score, the sum of person scores). */
  // `.clone()`: a field of its own, so src/ascof/schemaDocs.ts can word it (a shared schema carries one title).
  numerator: CountSchema.clone(),
  /** People in the denominator (population for a rate; respondents for a mean score). */
  denominator: CountSchema.clone(),
  /** Survey respondents behind the figure, when the suppression rule tests the base and the counts are weighted. */
  base: z.number().int().min(0).optional(),
  /**
   * Split rows of a carer-survey (SACE) measure: the base of the other row of the pair (the other sex, or the
   * other age band). Both rows are withheld when either base is under 3 (NHS England ASCOF pipeline, carers.py).
   */
  pairBase: z.number().int().min(0).optional(),
});

/** What a caller passes as the counts of {@link AscofCountsSchema}. */
export type AscofCounts = z.input<typeof AscofCountsSchema>;

/** The input of `calculateAscofMeasure`, as one object (the CLI's and JSON Schema's view). */
export const AscofMeasureInputSchema = z.strictObject({
  code: z.string().min(1).max(20),
  counts: AscofCountsSchema,
  year: AscofYearSchema,
  disaggregation: z.string().min(1).max(60).optional(),
});

/** What a caller passes to `calculateAscofMeasure`, as one object. */
export type AscofMeasureInput = z.input<typeof AscofMeasureInputSchema>;

/** A place the figures are for (the ASCOF CSV geography columns). */
export const GeographySchema = z.strictObject({
  /** The geographical code used in the CSV, e.g. a council's ONS code `E08000026`. */
  code: z.string().min(1).max(20),
  /** Its name, e.g. `"Coventry"`. */
  description: z.string().min(1).max(200).optional(),
  /** The geographical level as the CSV writes it, e.g. `"Local authority"` (default), `"Regional"`, `"Council type"`, `"England"`. */
  level: z.string().min(1).max(40).optional(),
  /** The ONS code, when it differs from `code`. */
  onsCode: z.string().min(1).max(20).optional(),
});

/** A geography for the CSV output. */
export type Geography = z.input<typeof GeographySchema>;

/** An ISO date input (re-exported here so each area schema file is self-contained). */
export const AscofDateSchema = IsoDateSchema;

// Decimal numbers as strings at the library's boundary: the schemas only (no arithmetic, no decimal.js).
import * as z from 'zod';

/**
 * A decimal number written as a string (`"12.50"`, `"-3"`, `"0.19"`): the form money, rates and shares take
 * at the library's boundary. Exponents, spaces and thousands separators are refused.
 */
export const DecimalStringSchema = z
  .string()
  .regex(/^-?(0|[1-9]\d*)(\.\d+)?$/, { error: 'must be a decimal number written as a string, e.g. "12.50"' })
  .describe('A decimal number written as a string, e.g. "12.50".');

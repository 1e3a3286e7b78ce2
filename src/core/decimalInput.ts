// A decimal input: a decimal string or a finite JSON number (schema only, no decimal.js).
import * as z from 'zod';
import { DecimalStringSchema } from './decimalString.js';

/** A decimal number given as a string (preferred, exact) or as a finite JSON number. */
export const DecimalInputSchema = z.union([DecimalStringSchema, z.number().finite()]);

/** What {@link DecimalInputSchema} accepts. */
export type DecimalInput = z.input<typeof DecimalInputSchema>;


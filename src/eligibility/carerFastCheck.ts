// The fast check of the carer's input (see fastCheck.ts), apart from the adult's so that a page that only
// determines adults' eligibility does not compile it.
import type * as z from 'zod';
import { CarerEligibilityInputSchema } from './carerSchemas.js';
import { _compile } from './fastCheck.js';

/** True exactly when {@link CarerEligibilityInputSchema} accepts `v` (for plain data; false otherwise). */
export const _isCarerInput = _compile(CarerEligibilityInputSchema) as (v: unknown) => v is z.output<typeof CarerEligibilityInputSchema>;

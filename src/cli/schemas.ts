import type * as z from 'zod';
import { RulePackSourceSchema } from '../core/rulePack.js';
import { CldEventSchema, DeriveAscofFromCldOptionsSchema, HospitalDischargeSchema } from '../ascof/index.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points.
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
  'ascof-cld-event': { schema: CldEventSchema, summary: 'one Client Level Data row (Release 1 field names and defined lists)' },
  'ascof-cld-options': { schema: DeriveAscofFromCldOptionsSchema, summary: 'the options of deriveAscofFromCld (period, population, discharges)' },
  'ascof-cld-discharge': { schema: HospitalDischargeSchema, summary: 'one SUS hospital discharge for ASCOF 2D' },
};

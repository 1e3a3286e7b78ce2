import type * as z from 'zod';
import { RulePackSourceSchema } from '../core/rulePack.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points.
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
};

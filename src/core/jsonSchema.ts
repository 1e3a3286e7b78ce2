import * as z from 'zod';
import { RulesError, _issue } from './errors.js';

/** A JSON Schema document (draft 2020-12), as plain data. */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of one of the library's input schemas, for forms and APIs.
 *
 * It describes what a caller may send (the schema's *input* side, draft 2020-12), with the field
 * descriptions and citations the library attaches.
 *
 * @param schema - one of the exported zod schemas, e.g. `RulePackSourceSchema`
 * @returns a JSON Schema document
 * @throws {@link RulesError} (path `schema`) when `schema` is not a zod schema or cannot be written as JSON Schema
 *
 * @example
 * ```ts
 * import { RulePackSourceSchema, toJsonSchema } from 'adult-social-care-rules';
 *
 * toJsonSchema(RulePackSourceSchema).type; //=> 'object'
 * ```
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  // Every zod 4 schema carries its definition in `_zod`; anything else is refused before zod reads it.
  const zod = typeof schema === 'object' && schema !== null ? (schema as { _zod?: unknown })._zod : undefined;
  if (typeof zod !== 'object' || zod === null || typeof (zod as { def?: unknown }).def !== 'object') {
    throw new RulesError('toJsonSchema', [_issue('invalid_type', ['schema'], 'expected a zod schema, e.g. RulePackSourceSchema')]);
  }
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch (error) {
    // A malformed definition (a hand-made `_zod`) fails inside zod: the caller's value is at fault.
    throw new RulesError('toJsonSchema', [_issue('invalid_value', ['schema'], `cannot be written as JSON Schema (${error instanceof Error ? error.message : 'zod refused it'})`)]);
  }
}

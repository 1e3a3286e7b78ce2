import * as z from 'zod';

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
 *
 * @example
 * ```ts
 * import { RulePackSourceSchema, toJsonSchema } from 'adult-social-care-rules';
 *
 * toJsonSchema(RulePackSourceSchema).type; //=> 'object'
 * ```
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

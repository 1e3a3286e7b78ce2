import * as z from 'zod';

// The shapes the service answers with, as zod schemas so that the OpenAPI document takes their JSON Schema
// from `toJsonSchema` like every input (none is written as JSON Schema by hand). The trace mirrors the
// `Trace` interface of src/core/trace.ts (format version 1).

const LayerSchema = z.object({ id: z.string(), version: z.string() });
const PackRefSchema = z.object({ id: z.string(), version: z.string(), layers: z.array(LayerSchema) });

/** A decision's trace (`Trace`, format version 1): the steps in the order applied and the pack values used. */
export const TraceSchema = z
  .object({
    traceVersion: z.literal(1),
    package: z.object({ name: z.string(), version: z.string() }),
    pack: PackRefSchema,
    asOf: z.string().describe('The date the rules were applied as of.'),
    entry: z.string().describe('The public function that decided.'),
    steps: z.array(
      z.object({
        rule: z.string().describe('A stable rule id.'),
        citation: z.string().describe('The legal or policy authority.'),
        inputs: z.array(z.object({ path: z.string(), value: z.unknown().optional() })),
        outcome: z.enum(['met', 'not-met', 'unknown', 'applied']),
        because: z.string().describe('Why it came out so, in one sentence.'),
        warnings: z.array(z.string()).optional(),
      }),
    ),
    parameters: z.array(
      z.object({
        key: z.string(),
        value: z.unknown(),
        validFrom: z.string(),
        validTo: z.string().optional(),
        kind: z.enum(['law', 'policy']),
        citation: z.string(),
        layer: z.string(),
        warning: z.string().optional(),
      }),
    ),
  })
  .describe('Why the result is what it is: every rule applied, with its citation, and the pack values used.');

/** What an entry point answers: exactly what the library function returns (its TypeScript type is in the API reference). */
export function resultSchema(entry: string): z.ZodType {
  return z.looseObject({ trace: TraceSchema.optional() }).describe(`Exactly what ${entry} returns, trace included; its type is documented in the API reference.`);
}

/** The body of every error answer. */
export const ErrorBodySchema = z
  .object({
    error: z
      .enum(['malformed-json', 'invalid-input', 'unsupported-media-type', 'payload-too-large', 'not-found', 'method-not-allowed', 'internal'])
      .describe('A stable code for the kind of failure.'),
    message: z.string().describe('A short English sentence; it never repeats a value that was sent.'),
    entry: z.string().optional().describe('invalid-input: the function or endpoint that refused the input.'),
    issues: z
      .array(
        z.object({
          code: z.string().describe('A stable code, e.g. invalid_type, too_small, no_value_in_force.'),
          path: z.array(z.union([z.string(), z.number()])).describe('Where, inside the body: the keys and list indexes of the field (join them for a form).'),
          message: z.string().describe('The rule the field breaks, as a sentence without its path ("is required", "must be one of: …"); never the value given.'),
        }),
      )
      .optional()
      .describe('invalid-input: every problem (the RulesError issues).'),
  })
  .describe('An error answer.');

/** `GET /health`. */
export const HealthSchema = z.object({
  status: z.literal('ok'),
  package: z.object({ name: z.string(), version: z.string() }),
  packs: z.record(z.string(), PackRefSchema).describe('Every served pack, by name, with its layers.'),
});

/** `GET /parameters/{area}`. */
export const AreaParametersSchema = z.object({
  area: z.string(),
  on: z.string().describe('The date the values are in force on.'),
  packs: z.array(
    z.object({
      name: z.string(),
      pack: PackRefSchema,
      parameters: z.array(
        z.object({
          key: z.string(),
          kind: z.enum(['law', 'policy']).describe('law: national law, a council cannot change it; policy: a council choice.'),
          description: z.string(),
          value: z.unknown(),
          validFrom: z.string(),
          validTo: z.string().optional().describe('First day after the period; absent when open-ended.'),
          citation: z.string(),
          warning: z.string().optional().describe('Present when the value is not verified.'),
          layer: z.string().describe('The layer that supplied the value, id@version.'),
        }),
      ),
    }),
  ),
});

import * as z from 'zod';
import { RulesError, _issue } from './errors.js';

/** A JSON Schema document (draft 2020-12), as plain data. */
export type JsonSchema = Record<string, unknown>;

/** The base of every schema's `$id`: a URN, so that nobody mistakes it for an address to fetch. */
export const SCHEMA_ID_BASE = 'urn:adult-social-care-rules:schema:';

type Node = Record<string, unknown>;

/**
 * The words and JSON-Schema-only keywords of an area's inputs, kept apart from the schemas that validate (so
 * a page that only runs a rule does not carry every field's title): a zod registry from schema to metadata.
 * Build one with {@link schemaDocs}; each area keeps its own in `src/<area>/schemaDocs.ts`.
 */
export type SchemaDocs = z.core.$ZodRegistry<Record<string, unknown>>;

/**
 * A new, empty {@link SchemaDocs} registry: `docs.add(schema, { title, description, labels, id, … })`.
 *
 * @returns an empty registry
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { schemaDocs, toJsonSchema } from 'adult-social-care-rules';
 *
 * const Visit = z.strictObject({ day: z.iso.date() });
 * const docs = schemaDocs().add(Visit.shape.day, { title: 'Day of the visit' });
 * const properties = toJsonSchema(Visit, docs).properties as Record<string, { title?: string }>;
 * properties.day?.title; //=> 'Day of the visit'
 * ```
 */
export function schemaDocs(): SchemaDocs {
  return z.registry<Record<string, unknown>>();
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// The library's schemas carry three kinds of metadata beside title and description (see docs/schemas.md):
// `labels` (enum value → label, from the areas' label tables), `id` (a shared definition, which zod moves to
// `$defs`) and plain JSON Schema keywords zod cannot infer (`uniqueItems`, `if`/`then`, `formatMinimum`).
// This pass turns labels into `oneOf` of `const` + `title`, and marks discriminated unions.
function override(ctx: { zodSchema: unknown; jsonSchema: Node }): void {
  const json = ctx.jsonSchema;
  const labels = json['labels'];
  if (isNode(labels)) {
    delete json['labels'];
    const values = Array.isArray(json['enum']) ? (json['enum'] as unknown[]) : 'const' in json ? [json['const']] : undefined;
    if (values !== undefined) {
      delete json['enum'];
      delete json['const'];
      json['oneOf'] = values.map((v) => ({ const: v, title: typeof v === 'string' && typeof labels[v] === 'string' ? labels[v] : String(v) }));
    }
  }
  const def = (ctx.zodSchema as { _zod?: { def?: { type?: string; discriminator?: unknown } } })._zod?.def;
  if (def?.type === 'union' && typeof def.discriminator === 'string' && Array.isArray(json['oneOf'])) {
    // OpenAPI's keyword, which ajv also reads (`discriminator: true`): a validator checks only the branch the
    // discriminator names, so it reports that branch's problems rather than every branch's.
    json['type'] = 'object';
    json['discriminator'] = { propertyName: def.discriminator };
  }
}

/**
 * The JSON Schema of one of the library's input schemas, for forms and APIs.
 *
 * It describes what a caller may send (the schema's *input* side, draft 2020-12): every field has a `title`
 * and a `description`; enum values carry labels (`oneOf` of `const` + `title`); shared parts are `$defs`;
 * a discriminated union is marked with `discriminator`; rules JSON Schema can express (bounds, patterns,
 * `uniqueItems`, `if`/`then`, the first date in force as `formatMinimum` of ajv-formats) are in it. A named
 * input has a stable `$id`, `urn:adult-social-care-rules:schema:<Name>`. The cross-field rules no JSON
 * Schema can express are listed in `docs/schemas.md`: the function checks them after the schema.
 *
 * @param schema - one of the exported zod schemas, e.g. `RulePackSourceSchema`
 * @param docs - the area's titles, labels and JSON-Schema-only keywords ({@link SchemaDocs}), or several (later
 *   ones win); each area's own function (`eligibilityJsonSchema`, `riskJsonSchema`, …) passes its own, and so do
 *   `asc-rules schema` and the service's OpenAPI document
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
export function toJsonSchema(schema: z.ZodType, docs?: SchemaDocs | readonly SchemaDocs[]): JsonSchema {
  // Every zod 4 schema carries its definition in `_zod`; anything else is refused before zod reads it.
  const zod = typeof schema === 'object' && schema !== null ? (schema as { _zod?: unknown })._zod : undefined;
  if (typeof zod !== 'object' || zod === null || typeof (zod as { def?: unknown }).def !== 'object') {
    throw new RulesError('toJsonSchema', [_issue('invalid_type', ['schema'], 'must be a zod schema, e.g. RulePackSourceSchema')]);
  }
  const layers = docs === undefined ? [] : Array.isArray(docs) ? (docs as readonly unknown[]) : [docs];
  const bad = layers.findIndex((d) => typeof (d as { get?: unknown } | null)?.get !== 'function');
  if (bad >= 0) throw new RulesError('toJsonSchema', [_issue('invalid_type', Array.isArray(docs) ? ['docs', bad] : ['docs'], 'must be a docs registry made with schemaDocs()')]);
  let out: JsonSchema;
  try {
    out = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12', override, metadata: merged(docs) }) as JsonSchema;
  } catch (error) {
    // A malformed definition (a hand-made `_zod`) fails inside zod: the caller's value is at fault.
    throw new RulesError('toJsonSchema', [_issue('invalid_value', ['schema'], `cannot be written as JSON Schema (${error instanceof Error ? error.message : 'zod refused it'})`)]);
  }
  return named(schema, out, docs);
}

// zod reads one metadata registry: the schemas' own `.describe()`/`.meta()` (zod's global registry), with the
// area's docs laid over them.
function merged(docs: SchemaDocs | readonly SchemaDocs[] | undefined): SchemaDocs {
  if (docs === undefined) return z.globalRegistry as unknown as SchemaDocs;
  const layers = [z.globalRegistry as unknown as SchemaDocs, ...(Array.isArray(docs) ? (docs as readonly SchemaDocs[]) : [docs as SchemaDocs])];
  return {
    get: (s: z.core.$ZodType) => {
      let out: Record<string, unknown> | undefined;
      for (const layer of layers) {
        const meta = layer.get(s) as Record<string, unknown> | undefined;
        if (meta !== undefined) out = { ...out, ...meta };
      }
      return out;
    },
  } as unknown as SchemaDocs;
}

// A schema registered with an `id` comes out as `{ $ref: '#/$defs/<id>' }`: its body is put back at the root,
// under a stable `$id`, so a form library sees the fields at once.
function named(schema: z.ZodType, out: JsonSchema, docs: SchemaDocs | readonly SchemaDocs[] | undefined): JsonSchema {
  const id = (merged(docs).get(schema) as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string') return out;
  const { $schema: _dialect, $defs, ...top } = out;
  let defs: Node = isNode($defs) ? $defs : {};
  let body: Node = top;
  const ref = `#/$defs/${id}`;
  // Inlined unless something (the root itself included) refers to it: a recursive schema keeps its $ref.
  if (top['$ref'] === ref && isNode(defs[id]) && !JSON.stringify(defs).includes(`"${ref}"`)) {
    const { [id]: root, ...others } = defs;
    body = root as Node;
    defs = others;
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: `${SCHEMA_ID_BASE}${id}`, ...body, ...(Object.keys(defs).length > 0 ? { $defs: defs } : {}) };
}

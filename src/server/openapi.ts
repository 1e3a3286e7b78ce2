import type * as z from 'zod';
import { toJsonSchema, type JsonSchema } from '../core/jsonSchema.js';
import { serviceDocs } from './docs.js';
import { packageInfo } from '../core/packageInfo.js';
import { AREA_PACKS, type ServedPacks } from './packs.js';
import type { ServiceRoute } from './routes.js';
import { AreaParametersSchema, ErrorBodySchema, HealthSchema, resultSchema } from './schemas.js';

/** An OpenAPI 3.1 document, as plain data. */
export type OpenApiDocument = Record<string, unknown>;

/** `/eligibility/adult` → `EligibilityAdult`: the component name of a route's body and result. */
export function _componentName(path: string): string {
  return path
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

// A JSON Schema from toJsonSchema is a document of its own: its "$defs" (if zod ever emits them) move to
// components under a prefixed name and their "#/$defs/…" references follow, so the schema stays valid
// once embedded in the OpenAPI document.
function component(name: string, schema: z.ZodType, schemas: Record<string, unknown>): { $ref: string } {
  // The $id goes too: inside the document it would change the base that the "#/components/…" references resolve against.
  const { $schema: _dialect, $id: _id, $defs, ...body } = toJsonSchema(schema, serviceDocs) as JsonSchema & { $defs?: Record<string, unknown> };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/components/schemas/${name}_${v.slice('#/$defs/'.length)}` : rewrite(v);
    }
    return out;
  };
  for (const [def, s] of Object.entries($defs ?? {})) schemas[`${name}_${def}`] = rewrite(s);
  schemas[name] = rewrite(body);
  return { $ref: `#/components/schemas/${name}` };
}

const json = (schema: unknown, example?: unknown): Record<string, unknown> => ({
  'application/json': example === undefined ? { schema } : { schema, example },
});
const errorRef = (name: string): { $ref: string } => ({ $ref: `#/components/responses/${name}` });

/**
 * The OpenAPI 3.1 description of the service, generated from the route table and the zod schemas (through
 * `toJsonSchema`, as `asc-rules schema` prints them). Each endpoint's request example is its documented
 * example, and its response example is what the served packs answer to it.
 *
 * @param routes - the route table
 * @param packs - the served packs (for the response examples)
 * @returns the document
 */
export async function _openApiDocument(routes: readonly ServiceRoute[], packs: ServedPacks): Promise<OpenApiDocument> {
  const schemas: Record<string, unknown> = {};
  const errorBody = component('Error', ErrorBodySchema, schemas);
  const paths: Record<string, unknown> = {};
  for (const r of routes) {
    const name = _componentName(r.path);
    let answer: unknown;
    try {
      answer = await r.run(r.example, packs);
    } catch {
      answer = undefined; // an example the served packs refuse gets no response example
    }
    paths[r.path] = {
      post: {
        operationId: r.entry,
        tags: [r.area],
        summary: r.summary,
        description: `Runs \`${r.entry}\` from \`adult-social-care-rules/${r.area}\` on the body and answers with its result, trace included.`,
        requestBody: { required: true, content: json(component(`${name}Input`, r.input, schemas), r.example) },
        responses: {
          '200': { description: `The result of ${r.entry}.`, content: json(component(`${name}Result`, resultSchema(r.entry), schemas), answer) },
          '400': errorRef('BadRequest'),
          '413': errorRef('PayloadTooLarge'),
          '415': errorRef('UnsupportedMediaType'),
          '500': errorRef('Internal'),
        },
      },
    };
  }
  paths['/parameters/{area}'] = {
    get: {
      operationId: 'parametersInForce',
      tags: ['parameters'],
      summary: 'Every parameter in force on a date under the served pack: kind, value, period, citation, warning',
      parameters: [
        { name: 'area', in: 'path', required: true, schema: { type: 'string', enum: Object.keys(AREA_PACKS) } },
        { name: 'on', in: 'query', required: true, description: 'The date, YYYY-MM-DD.', schema: { type: 'string', format: 'date' }, example: '2026-11-23' },
      ],
      responses: { '200': { description: 'The parameters, pack by pack.', content: json(component('AreaParameters', AreaParametersSchema, schemas)) }, '400': errorRef('BadRequest') },
    },
  };
  paths['/health'] = {
    get: { operationId: 'health', tags: ['service'], summary: 'The package and pack versions served', responses: { '200': { description: 'Serving.', content: json(component('Health', HealthSchema, schemas)) } } },
  };
  paths['/openapi.json'] = {
    get: { operationId: 'openapi', tags: ['service'], summary: 'This document', responses: { '200': { description: 'The OpenAPI 3.1 document.', content: { 'application/json': {} } } } },
  };
  paths['/'] = {
    get: { operationId: 'page', tags: ['service'], summary: 'A page to try every endpoint and browse the parameters (works offline)', responses: { '200': { description: 'HTML.', content: { 'text/html': {} } } } },
  };
  const error = (description: string): Record<string, unknown> => ({ description, content: json(errorBody) });
  return {
    openapi: '3.1.0',
    info: {
      title: 'adult-social-care-rules service',
      version: packageInfo.version,
      description:
        'The rules of English adult social care over HTTP: every entry point of every area as `POST /<area>/<what>` with a JSON body, answering with exactly what the library function returns (trace included). Bodies are `application/json`; problems are answered with 400 and every issue with its path.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    tags: [...new Set(routes.map((r) => r.area)), 'parameters', 'service'].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: error('Malformed JSON (error "malformed-json"), or an input the entry point refused (error "invalid-input", with every issue and its path).'),
        PayloadTooLarge: error('The body is over the size limit (1 MB unless configured).'),
        UnsupportedMediaType: error('The body is not sent as application/json.'),
        Internal: error('An unexpected failure (never caused by bad input); no detail is given.'),
      },
    },
  };
}

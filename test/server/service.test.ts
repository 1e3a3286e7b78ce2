import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import fc from 'fast-check';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { cliSchemas } from '../../src/cli/schemas.js';
import { serviceDocs } from '../../src/server/docs.js';
import { toJsonSchema } from '../../src/index.js';
import { AdultEligibilityInputSchema, eligibilityPack } from '../../src/eligibility/index.js';
import { coventryRiskPack } from '../../src/risk/index.js';
import { applyPackFile, createServiceApp, defaultServedPacks, serviceRoutes, type ServiceRoute } from '../../src/server/index.js';
import pkg from '../../package.json' with { type: 'json' };
import { fakeIo } from '../cli/fakeIo.js';
import { getJson, loopbackService, post, rawRequest, type Json } from './helpers.js';

type Service = Awaited<ReturnType<typeof loopbackService>>;
let service: Service;

beforeAll(async () => {
  service = await loopbackService();
});
afterAll(async () => {
  await service.close();
});

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('every entry point over HTTP (one real request each, on a loopback port)', () => {
  it('serves more than one entry point of every area, each path /<area>/<what>', () => {
    const areas = new Set(serviceRoutes.map((r) => r.area));
    expect([...areas].sort()).toEqual(['ascof', 'demand', 'eligibility', 'provider-failure', 'risk']);
    for (const r of serviceRoutes) expect(r.path).toMatch(new RegExp(`^/${r.area}/[a-z][a-z-]*$`));
    expect(new Set(serviceRoutes.map((r) => r.path)).size).toBe(serviceRoutes.length);
  });

  it.each(serviceRoutes.map((r) => [r.path, r] as const))('POST %s answers exactly what the function returns', async (_path, r: ServiceRoute) => {
    const answer = await post(service.url, r.path, r.example);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.json).toEqual(plain(await r.run(r.example, defaultServedPacks())));
    if (typeof answer.json === 'object' && answer.json !== null && 'trace' in answer.json) {
      // calculateLocalKpi hands over to the KPI's own function, and projectCostsFromDemand to projectCosts,
      // which sign the trace.
      if (r.entry === 'projectCostsFromDemand') expect(answer.json.trace.entry).toBe('projectCosts');
      else if (r.entry !== 'calculateLocalKpi') expect(answer.json.trace.entry).toBe(r.entry);
      expect(answer.json.trace.steps.length).toBeGreaterThan(0);
    }
  });

  it('POST /eligibility/adult gives the status and the trace with its citations', async () => {
    const answer = await post(service.url, '/eligibility/adult', serviceRoutes[0]!.example);
    expect(answer.json.status).toBe('eligible');
    expect(answer.json.trace.steps.map((s: { citation: string }) => s.citation)).toEqual(expect.arrayContaining([expect.stringMatching(/^SI 2015\/313 reg 2/)]));
    expect(service.logs.some((l) => l.method === 'POST' && l.route === '/eligibility/adult' && l.status === 200 && typeof l.ms === 'number')).toBe(true);
  });
});

describe('the areas stay apart from the server', () => {
  it('no file of an area or of the core imports src/server or hono', () => {
    const files = readdirSync('src', { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && f.name.endsWith('.ts'))
      .map((f) => join(f.parentPath, f.name))
      .filter((f) => !f.startsWith(join('src', 'server')) && !f.startsWith(join('src', 'cli')));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '(\.\.?\/)+server\/|from 'hono|from '@hono\//);
  });
});

describe('docs/service.md', () => {
  it('lists every endpoint the service answers', () => {
    const guide = readFileSync('docs/service.md', 'utf8');
    for (const r of serviceRoutes) expect(guide, r.path).toContain(`| \`POST ${r.path}\` | \`${r.entry}\` |`);
  });
});

describe('GET /health and GET /parameters/{area}', () => {
  it('/health names the package and every served pack', async () => {
    const health = await getJson(`${service.url}/health`);
    expect(health.status).toBe('ok');
    expect(health.package).toEqual({ name: pkg.name, version: pkg.version });
    expect(health.packs.risk).toEqual({ id: coventryRiskPack.id, version: coventryRiskPack.version, layers: [{ id: coventryRiskPack.id, version: coventryRiskPack.version }] });
    expect(Object.keys(health.packs).sort()).toEqual(['ascof', 'ascof-cld', 'demand', 'eligibility', 'provider-failure', 'risk']);
  });

  it('/parameters/eligibility lists every parameter in force on the date with kind, value, period, citation and layer', async () => {
    const response = await fetch(`${service.url}/parameters/eligibility?on=2026-11-23`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Json;
    expect(body.on).toBe('2026-11-23');
    const params = body.packs[0].parameters as { key: string; kind: string; validFrom: string; validTo?: string; citation: string; layer: string }[];
    expect(params.map((p) => p.key).sort()).toEqual(Object.keys(eligibilityPack.spec).sort());
    for (const p of params) {
      expect(p.validFrom <= '2026-11-23').toBe(true);
      if (p.validTo !== undefined) expect(p.validTo > '2026-11-23').toBe(true);
      expect(p.citation.length).toBeGreaterThan(0);
      expect(p.kind).toBe((eligibilityPack.spec as Record<string, { kind: string }>)[p.key]!.kind);
    }
    expect(params.some((p) => p.kind === 'law') && params.some((p) => p.kind === 'policy')).toBe(true);
  });

  it('/parameters/ascof lists both packs ASCOF reads', async () => {
    const body = await getJson(`${service.url}/parameters/ascof?on=2025-03-31`);
    expect(body.packs.map((p: { name: string }) => p.name)).toEqual(['ascof', 'ascof-cld']);
  });

  it('refuses an unknown area, a missing or malformed date, and a date with no value in force (400, the date not repeated)', async () => {
    for (const path of ['/parameters/housing?on=2026-11-23', '/parameters/risk', '/parameters/risk?on=23/11/2026', '/parameters/ascof?on=1999-01-01']) {
      const response = await fetch(`${service.url}${path}`);
      const text = await response.text();
      expect(response.status, path).toBe(400);
      expect(JSON.parse(text).error).toBe('invalid-input');
      expect(text).not.toMatch(/1999-01-01|23\/11\/2026|housing/);
    }
  });
});

describe('the page at GET /', () => {
  it('is one self-contained HTML document (nothing fetched from another host)', async () => {
    const response = await fetch(`${service.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<html lang="en">/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(|<link /);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*connect-src 'self'/);
  });
});

describe('GET /openapi.json', () => {
  let document: Json;
  beforeAll(async () => {
    document = await getJson(`${service.url}/openapi.json`);
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
  });

  it('lists exactly the endpoints the server answers, and each one it lists answers', async () => {
    // What the app routes, read from Hono's own table (405 fallbacks are registered as ALL).
    const served = createServiceApp()
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`);
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect([...new Set(served)].sort()).toEqual(documented.sort());
    for (const [path, ops] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
      const url = `${service.url}${path.replace('{area}', 'risk')}${path.includes('{area}') ? '?on=2026-11-23' : ''}`;
      const example = ops.post?.requestBody.content['application/json'].example;
      const response = await fetch(url, ops.post === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(example) });
      expect(response.status, path).toBe(200);
      if (ops.post !== undefined) expect(ops.post.responses['200'].content['application/json'].example, path).toEqual(await response.json());
    }
  });

  it('asc-rules schema prints the request schema of every endpoint that has a CLI entry, and every endpoint whose body is a function\'s whole input or a named body has one', async () => {
    const byCli = new Map(Object.entries(cliSchemas).map(([name, e]) => [e.schema, name] as const));
    const covered: string[] = [];
    for (const r of serviceRoutes) {
      const cliName = byCli.get(r.input);
      if (cliName === undefined) continue;
      covered.push(r.path);
      const io = fakeIo();
      expect(await runCli(['schema', cliName], io), cliName).toBe(0);
      const { $schema: _s, ...printed } = JSON.parse(io.out());
      const { $schema: _o, ...own } = toJsonSchema(r.input, serviceDocs);
      expect(printed, r.path).toEqual(own);
    }
    // The endpoints added with the risk and demand areas' new entry points (and the earlier whole-input ones).
    expect(covered).toEqual(
      expect.arrayContaining([
        '/eligibility/adult',
        '/risk/assess',
        '/risk/review',
        '/risk/confirm',
        '/risk/replay',
        '/demand/project',
        '/demand/costs',
        '/demand/care-home-stock',
        '/demand/compare-scenarios',
        '/demand/indicators',
        '/demand/costs-from-demand',
        '/demand/population',
        '/demand/wide-table',
        '/provider-failure/response-plan',
      ]),
    );
  });

  it('takes each request schema from the zod schema through toJsonSchema, as asc-rules schema prints it', async () => {
    // A component is the JSON Schema without $schema and $id, its $defs moved beside it as `<name>_<def>`.
    const asComponents = (name: string, schema: Record<string, unknown>) => {
      const { $schema: _d, $id: _i, $defs, ...body } = schema as Record<string, unknown> & { $defs?: Record<string, unknown> };
      const moved = (v: unknown): unknown => JSON.parse(JSON.stringify(v).replaceAll('"#/$defs/', `"#/components/schemas/${name}_`));
      return { [name]: moved(body), ...Object.fromEntries(Object.entries($defs ?? {}).map(([k, d]) => [`${name}_${k}`, moved(d)])) };
    };
    const pick = (name: string) => Object.fromEntries(Object.entries(document.components.schemas as Record<string, unknown>).filter(([k]) => k === name || k.startsWith(`${name}_`)));
    const ref = document.paths['/eligibility/adult'].post.requestBody.content['application/json'].schema.$ref as string;
    const adultName = ref.split('/').pop()!;
    expect(pick(adultName)).toEqual(asComponents(adultName, toJsonSchema(AdultEligibilityInputSchema, serviceDocs)));
    const io = fakeIo();
    expect(await runCli(['schema', 'eligibility-adult'], io)).toBe(0);
    expect(pick(adultName)).toEqual(asComponents(adultName, JSON.parse(io.out())));
    // The words reach the document: every field of the adult input has a title.
    expect(Object.values((document.components.schemas[adultName] as { properties: Record<string, { title?: string }> }).properties).every((p) => typeof p.title === 'string')).toBe(true);
    for (const r of serviceRoutes) {
      const name = document.paths[r.path].post.requestBody.content['application/json'].schema.$ref.split('/').pop();
      expect(pick(name), r.path).toEqual(asComponents(name, toJsonSchema(r.input, serviceDocs)));
    }
    // /risk/confirm takes the risk area's input, with the QPSG referral rule of para 1.19 (if/then).
    const confirm = document.paths['/risk/confirm'].post.requestBody.content['application/json'].schema.$ref.split('/').pop();
    expect(document.components.schemas[confirm]).toMatchObject({ title: 'Risk level decision', then: { properties: { record: { required: ['qpsgReferral'] } } } });
  });

  it('documents the error answers of every entry point', () => {
    for (const r of serviceRoutes) {
      const responses = document.paths[r.path].post.responses;
      for (const status of ['200', '400', '413', '415', '500']) expect(responses[status], `${r.path} ${status}`).toBeDefined();
    }
    expect(document.components.responses.BadRequest.content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
  });
});

describe('bad requests', () => {
  const secret = 'SECRET-CASE-REF-7731';

  it('malformed JSON is 400 malformed-json, without quoting the body', async () => {
    const answer = await post(service.url, '/eligibility/adult', `{"caseRef": "${secret}", `);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: 'malformed-json', message: 'the body is not valid JSON' });
    expect(answer.text).not.toContain(secret);
  });

  it('JSON nested deeper than any rule input is refused as malformed, not a crash', async () => {
    const answer = await post(service.url, '/ascof/cld', `{"events": [{"x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}], "options": {}}`);
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('malformed-json');
  });

  it('a schema failure is 400 with the RulesError issues (code, path, message), never the value sent', async () => {
    const answer = await post(service.url, '/eligibility/adult', { asOf: '2026-02-30', caseRef: secret, outcomes: { nutrition: { unableToAchieve: [secret] } }, surname: secret });
    expect(answer.status).toBe(400);
    expect(answer.json.error).toBe('invalid-input');
    expect(answer.json.entry).toBe('determineAdultEligibility');
    const paths = answer.json.issues.map((i: { path: unknown[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['asOf', 'outcomes.nutrition.unableToAchieve.0']));
    expect(answer.json.issues.every((i: { code: string; message: string }) => i.code.length > 0 && i.message.length > 0)).toBe(true);
    expect(answer.text).not.toContain(secret);
  });

  it('a date before any rule was in force is 400 no_value_in_force, the date not repeated', async () => {
    const answer = await post(service.url, '/eligibility/adult', { asOf: '2001-01-01' });
    expect(answer.status).toBe(400);
    expect(answer.json.issues.map((i: { code: string }) => i.code)).toContain('no_value_in_force');
    expect(answer.text).not.toContain('2001-01-01');
  });

  it('a body not sent as application/json is 415', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const answer = await post(service.url, '/eligibility/adult', JSON.stringify({ asOf: '2026-11-23' }), type);
      expect(answer.status, type).toBe(415);
      expect(answer.json.error).toBe('unsupported-media-type');
    }
    expect((await post(service.url, '/eligibility/adult', { asOf: '2026-11-23' }, 'application/json; charset=utf-8')).status).toBe(200);
  });

  it('a body over the default limit of 1 MB is 413', async () => {
    const big = JSON.stringify({ asOf: '2026-11-23', caseRef: 'x'.repeat(1_048_600) });
    const answer = await post(service.url, '/eligibility/adult', big);
    expect(answer.status).toBe(413);
    expect(answer.json.error).toBe('payload-too-large');
    const under = await post(service.url, '/eligibility/adult', JSON.stringify({ asOf: '2026-11-23', caseRef: 'x'.repeat(100) }) + ' '.repeat(1_000_000));
    expect(under.status).toBe(200);
  });

  it('the limit is configurable, and holds for a chunked body with no Content-Length', async () => {
    const small = await loopbackService({ bodyLimit: 2000 });
    try {
      const body = JSON.stringify({ asOf: '2026-11-23', caseRef: 'y'.repeat(3000) });
      expect((await post(small.url, '/eligibility/adult', body)).status).toBe(413);
      const chunked = await rawRequest(`${small.url}/eligibility/adult`, { headers: { 'content-type': 'application/json' }, first: body.slice(0, 1000), rest: body.slice(1000) });
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.text).error).toBe('payload-too-large');
      expect((await post(small.url, '/eligibility/adult', { asOf: '2026-11-23' })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('an unknown path is 404 and a wrong method 405 with Allow', async () => {
    const missing = await fetch(`${service.url}/eligibility/child`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Json).error).toBe('not-found');
    expect((await fetch(`${service.url}/nothing/here`)).status).toBe(404);
    const wrong = await fetch(`${service.url}/eligibility/adult`);
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(((await wrong.json()) as Json).error).toBe('method-not-allowed');
    const put = await fetch(`${service.url}/health`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${service.url}/parameters/risk?on=2026-11-23`, { method: 'DELETE' })).status).toBe(405);
  });

  it('no log line carries a value sent, a query or a stack trace', () => {
    const lines = service.logs.map((l) => JSON.stringify(l));
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toMatch(/2001-01-01|on=|\bat .*:\d+:\d+/);
    }
  });

  it('any JSON value posted to any entry point is answered 200 or 400, never 500', async () => {
    const app = createServiceApp();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...serviceRoutes), fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constant(null)), async (r, body) => {
        const response = await app.request(r.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
  });

  it('a projection sent back with a figure that is not a decimal is answered 400, not 500 (the functions reading it leave that to decimal.js)', async () => {
    const app = createServiceApp();
    for (const path of ['/demand/costs-from-demand', '/demand/wide-table']) {
      const body = structuredClone(serviceRoutes.find((r) => r.path === path)!.example) as Json;
      body.projection.totals[0].people.exact = 'x';
      body.projection.cells[0].people.exact = '';
      body.projection.rounding.counts.places = -1;
      const response = await app.request(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status, path).toBe(400);
      const paths = ((await response.json()) as Json).issues.map((i: { path: (string | number)[] }) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['projection.totals.0.people.exact', 'projection.cells.0.people.exact', 'projection.rounding.counts.places']));
    }
  });

  it('mangled versions of each example are answered 200 or 400, never 500', async () => {
    const app = createServiceApp();
    // Replace one leaf of a valid example with another JSON value: the likeliest way to reach deep code.
    const leaves = (value: unknown, path: (string | number)[] = []): (string | number)[][] =>
      value !== null && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, Array.isArray(value) ? Number(k) : k])) : [path];
    const withLeaf = (value: unknown, path: (string | number)[], leaf: unknown): unknown => {
      if (path.length === 0) return leaf;
      const copy: Json = Array.isArray(value) ? [...value] : { ...(value as object) };
      copy[path[0]!] = withLeaf(copy[path[0]!], path.slice(1), leaf);
      return copy;
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...serviceRoutes.filter((r) => r.path !== '/ascof/cld')), fc.nat(), fc.jsonValue({ maxDepth: 2 }), async (r, pick, leaf) => {
        const all = leaves(r.example);
        const body = withLeaf(r.example, all[pick % all.length]!, leaf);
        const response = await app.request(r.path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 300 },
    );
  });

  it('an unexpected failure is 500 with no detail, and the log names only the error type', async () => {
    const logs: string[] = [];
    const broken = route({ path: '/broken/entry', area: 'broken', entry: 'broken', summary: 'fails', input: z.object({}), example: {}, run: () => { throw new TypeError(`cannot read ${secret}`); } });
    const app = createServiceApp({ routes: [broken], log: (e) => logs.push(JSON.stringify(e)) });
    const response = await app.request('/broken/entry', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ error: 'internal', message: 'an unexpected failure; it has been logged' });
    expect(text).not.toContain(secret);
    expect(logs).toEqual([JSON.stringify({ method: 'POST', route: '/broken/entry', status: 500, error: 'TypeError' })]);
  });
});

describe('council packs (serve --pack)', () => {
  // The pack-file format of asc-rules params/compare/test (issue 16), in YAML and in JSON.
  const leedsYaml = ['area: risk', 'base: coventry-risk', 'id: leeds-risk', 'version: "2026.1"', 'entries:', '  widespreadDomains:', '    - validFrom: 2026-04-01', '      value: 4', '      citation: Leeds QA policy 2026 s.3', '      kind: policy', ''].join('\n');
  const leedsJson = JSON.stringify({ area: 'risk', base: 'coventry-risk', id: 'leeds-risk', version: '2026.1', entries: { widespreadDomains: [{ validFrom: '2026-04-01', value: 4, citation: 'Leeds QA policy 2026 s.3', kind: 'policy' }] } }, null, 2);

  it('a pack file layers a council policy on the area pack, and the service reads it', async () => {
    const packs = applyPackFile(defaultServedPacks(), leedsYaml, { format: 'yaml', file: 'leeds-risk.yaml' });
    expect(applyPackFile(defaultServedPacks(), leedsJson, { format: 'json', file: 'leeds-risk.json' }).risk.layers).toEqual(packs.risk.layers);
    const leeds = await loopbackService({ packs });
    try {
      const health = await getJson(`${leeds.url}/health`);
      expect(health.packs.risk.layers).toEqual([{ id: 'coventry-risk', version: '2026.1' }, { id: 'leeds-risk', version: '2026.1' }]);
      const after = await getJson(`${leeds.url}/parameters/risk?on=2026-11-23`);
      expect(after.packs[0].parameters.find((p: { key: string }) => p.key === 'widespreadDomains')).toMatchObject({ value: 4, citation: 'Leeds QA policy 2026 s.3', layer: 'leeds-risk@2026.1' });
      const before = await getJson(`${leeds.url}/parameters/risk?on=2026-03-31`);
      expect(before.packs[0].parameters.find((p: { key: string }) => p.key === 'widespreadDomains').layer).toBe('coventry-risk@2026.1');
      const assessed = await post(leeds.url, '/risk/assess', serviceRoutes.find((r) => r.path === '/risk/assess')!.example);
      expect(assessed.json.trace.pack.layers.map((l: { id: string }) => l.id)).toEqual(['coventry-risk', 'leeds-risk']);
    } finally {
      await leeds.close();
    }
  });

  it('reads the example packs of every area, and files of one area chain in order (each names the previous as its base)', () => {
    let packs = defaultServedPacks();
    for (const area of ['eligibility', 'risk', 'ascof', 'demand', 'provider-failure']) {
      const file = `examples/packs/${area}.yaml`;
      packs = applyPackFile(packs, readFileSync(file, 'utf8'), { format: 'yaml', file });
    }
    for (const name of ['eligibility', 'risk', 'ascof', 'demand', 'provider-failure'] as const) expect(packs[name].layers.map((l) => l.id)).toEqual([defaultServedPacks()[name].id, `example-council-${name}`]);
    const second = ['area: risk', 'base: example-council-risk', 'id: leeds-risk', 'version: "2026.2"', 'entries: {}'].join('\n');
    expect(applyPackFile(packs, second, { format: 'yaml', file: 'second.yaml' }).risk.layers.map((l) => l.id)).toEqual(['coventry-risk', 'example-council-risk', 'leeds-risk']);
    // The same file laid on the library pack names the wrong base.
    expect(() => applyPackFile(defaultServedPacks(), second, { format: 'yaml', file: 'second.yaml' })).toThrow(/^pack file second\.yaml: invalid input\n✖ base: line 2: the file is laid on "example-council-risk" but is being applied to "coventry-risk"$/);
  });

  it('a pack file that changes national law, names an unknown area or is malformed is refused, naming the file, the line and the key', () => {
    const lawKey = Object.entries(eligibilityPack.spec).find(([, p]) => p.kind === 'law')![0];
    const lawFile = ['area: eligibility', `base: ${eligibilityPack.id}`, 'id: bad', 'version: "1"', 'entries:', `  ${lawKey}:`, '    - validFrom: 2026-04-01', '      value: 1', '      citation: x', '      kind: law', ''].join('\n');
    const refused = (fn: () => unknown): { message: string; issues: { code: string; path: unknown[]; message: string }[] } => {
      try {
        fn();
      } catch (error) {
        return error as { message: string; issues: { code: string; path: unknown[]; message: string }[] };
      }
      throw new Error('not refused');
    };
    const law = refused(() => applyPackFile(defaultServedPacks(), lawFile, { format: 'yaml', file: 'law.yaml' }));
    expect(law).toMatchObject({ name: 'RulesError' });
    expect(law.issues).toEqual([{ code: 'law_override', path: ['entries', lawKey], message: 'line 6: is national law and cannot be overridden by a local pack' }]);
    expect(law.message).toContain('law.yaml');
    const housing = refused(() => applyPackFile(defaultServedPacks(), leedsYaml.replace('area: risk', 'area: housing'), { format: 'yaml', file: 'housing.yaml' }));
    expect(housing.issues[0]).toMatchObject({ path: ['area'], message: expect.stringMatching(/^line 1: must be /) });
    // The interim format of the first service ({"area", "layer"}) is no pack file.
    const interim = refused(() => applyPackFile(defaultServedPacks(), JSON.stringify({ area: 'risk', layer: {} }), { format: 'json', file: 'old.json' }));
    expect(interim).toMatchObject({ name: 'RulesError' });
    expect(refused(() => applyPackFile(defaultServedPacks(), '{"area": ', { format: 'json', file: 'broken.json' })).message).toContain('broken.json');
  });

  it('asc-rules serve refuses a bad --pack file or flag with exit code 2 before listening, naming the file, line and key', async () => {
    const io = fakeIo({ 'leeds-risk.yaml': leedsYaml.replace('widespreadDomains', 'nope') });
    expect(await runCli(['serve', '--port', '0', '--pack', 'leeds-risk.yaml'], io)).toBe(2);
    expect(io.err()).toMatch(/leeds-risk\.yaml/);
    expect(io.err()).toMatch(/line 6, entries\.nope/);
    expect(io.err()).toMatch(/unknown_key/);
    const io1 = fakeIo({ 'leeds.txt': leedsYaml });
    expect(await runCli(['serve', '--port', '0', '--pack', 'leeds.txt'], io1)).toBe(2);
    expect(io1.err()).toMatch(/\.yaml, \.yml or \.json/);
    const io2 = fakeIo();
    expect(await runCli(['serve', '--port', '99999'], io2)).toBe(2);
    expect(io2.err()).toMatch(/--port/);
    const io3 = fakeIo();
    expect(await runCli(['serve', '--help'], io3)).toBe(0);
    expect(io3.out()).toMatch(/--pack FILE/);
  });
});

function route<S extends z.ZodType>(row: ServiceRoute<S>): ServiceRoute {
  return row as unknown as ServiceRoute;
}

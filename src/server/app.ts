import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import { RulesError, _fromZodIssues, _parse, isRulesError } from '../core/errors.js';
import { packageInfo } from '../core/packageInfo.js';
import { _openApiDocument, type OpenApiDocument } from './openapi.js';
import { _assertServedPacks, defaultServedPacks, servedPackRefs, type ServedPacks } from './packs.js';
import { _pageHtml } from './page.js';
import { parametersInForce } from './parameters.js';
import { serviceRoutes, type ServiceRoute } from './routes.js';

/** One line of the service's request log: never the body, the query or a value sent. */
export interface ServiceLogEntry {
  /** The HTTP method. */
  readonly method: string;
  /** The route template that answered (`/parameters/{area}`), or `(unmatched)`. */
  readonly route: string;
  /** The status answered. */
  readonly status: number;
  /** Milliseconds taken, when a clock was given. */
  readonly ms?: number | undefined;
  /** For a 500 only: the name of the error (never its message or stack). */
  readonly error?: string | undefined;
}

/** Options of {@link createServiceApp}. */
export interface ServiceOptions {
  /** The packs to serve; the library defaults when omitted (see `applyPackFile` for council layers). */
  readonly packs?: ServedPacks | undefined;
  /** The largest request body accepted, in bytes (1 MB, 1,048,576, by default); larger gets 413. */
  readonly bodyLimit?: number | undefined;
  /** The endpoints; {@link serviceRoutes} by default. */
  readonly routes?: readonly ServiceRoute[] | undefined;
  /** Called once per request, after the answer. */
  readonly log?: ((entry: ServiceLogEntry) => void) | undefined;
  /** A clock in milliseconds for the log's durations (the host passes `performance.now`); none by default. */
  readonly now?: (() => number) | undefined;
}

/** The Hono environment of the service: the name of an unexpected error, kept for the log line. */
export type ServiceEnv = { Variables: { failure?: string | undefined } };

/** The default body limit: 1 MB. */
export const DEFAULT_BODY_LIMIT = 1_048_576;

/** Deeper JSON than this is refused as malformed: no rule input nests anywhere near it. */
const MAX_DEPTH = 64;

type ErrorCode = 'malformed-json' | 'invalid-input' | 'unsupported-media-type' | 'payload-too-large' | 'not-found' | 'method-not-allowed' | 'internal';

function fail(c: Context<ServiceEnv>, status: 400 | 404 | 405 | 413 | 415 | 500, error: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return c.json({ error, message, ...extra }, status);
}

function refused(c: Context<ServiceEnv>, e: RulesError) {
  return fail(c, 400, 'invalid-input', `${e.entry} refused the input (${e.issues.length} problem${e.issues.length === 1 ? '' : 's'})`, {
    entry: e.entry,
    // Messages never repeat a value given (a date before the rules names the pack's first date, not the caller's).
    issues: e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })),
  });
}

// Whether a JSON text nests arrays and objects deeper than MAX_DEPTH (strings are skipped).
function tooDeep(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92) i += 1; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 || ch === 123) {
      depth += 1;
      if (depth > MAX_DEPTH) return true;
    } else if (ch === 93 || ch === 125) depth -= 1;
  }
  return false;
}

function isJson(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return media === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(media);
}

// What createServiceApp accepts, checked before anything is built (packs are checked as built packs).
const ServiceOptionsSchema = z.object({
  packs: z.unknown().optional(),
  bodyLimit: z.number().int().positive().optional(),
  routes: z.array(z.object({ path: z.string() }).loose()).optional(),
  log: z.function().optional(),
  now: z.function().optional(),
});

/**
 * The HTTP service of the library as a Hono app (web-standard `fetch`, so it runs on Node through
 * `asc-rules serve`, and on Deno, Bun or an edge runtime). Every entry point of every area is
 * `POST /<area>/<what>` with a JSON body and answers with exactly what the function returns; `GET /openapi.json`
 * describes them; `GET /parameters/{area}?on=YYYY-MM-DD` lists the parameters in force; `GET /health` names the
 * package and pack versions; `GET /` is a page to try them.
 *
 * Bad requests never get a 500: malformed JSON and refused input are 400 (the latter with the `RulesError`
 * issues), a body not sent as JSON is 415, a body over the limit 413, an unknown path 404 and a wrong method
 * 405. No answer or log entry carries a stack trace or a value that was sent.
 *
 * @param options - packs, body limit, routes, log
 * @returns the app; `app.fetch(request)` answers a `Request`
 *
 * @example
 * ```ts
 * import { createServiceApp } from 'adult-social-care-rules/server';
 *
 * const app = createServiceApp();
 * const answer = await app.request('/eligibility/adult', {
 *   method: 'POST',
 *   headers: { 'content-type': 'application/json' },
 *   body: JSON.stringify({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false }),
 * });
 * answer.status; //=> 200
 * ((await answer.json()) as { status: string }).status; //=> 'not-eligible'
 * ```
 */
export function createServiceApp(options: ServiceOptions = {}): Hono<ServiceEnv> {
  _parse('createServiceApp', ServiceOptionsSchema, options);
  if (options.packs !== undefined) _assertServedPacks('createServiceApp', options.packs, ['packs']);
  const packs = options.packs ?? defaultServedPacks();
  const routes = options.routes ?? serviceRoutes;
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const now = options.now;
  let openapi: Promise<OpenApiDocument> | undefined;
  const app = new Hono<ServiceEnv>();

  if (options.log !== undefined) {
    const log = options.log;
    app.use(async (c, next) => {
      const start = now?.();
      await next();
      const matched = c.req.routePath;
      const route = matched === '/*' || matched === '*' ? '(unmatched)' : matched.replace(/:([A-Za-z]+)/g, '{$1}');
      const error = c.get('failure');
      log({ method: c.req.method, route, status: c.res.status, ...(start === undefined ? {} : { ms: Math.round((now!() - start) * 10) / 10 }), ...(error === undefined ? {} : { error }) });
    });
  }

  const overLimit = (c: Context<ServiceEnv>) => {
    // The rest of the body is never read, so the connection cannot carry another request.
    c.header('Connection', 'close');
    return fail(c, 413, 'payload-too-large', `the body is over the limit of ${limit} bytes`);
  };
  // A chunked body is counted as it streams in (Hono's bodyLimit). A body with a Content-Length is judged by
  // the header alone and then read by the adapter's direct path: Hono's bodyLimit would touch the request's
  // body stream, which makes @hono/node-server build a full web Request for every call.
  const streamLimit = bodyLimit({ maxSize: limit, onError: overLimit });
  const tooLarge: MiddlewareHandler<ServiceEnv> = (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamLimit(c, next);
    return Number(length) > limit ? Promise.resolve(overLimit(c)) : next();
  };
  const mediaType: MiddlewareHandler<ServiceEnv> = async (c, next) => {
    if (!isJson(c.req.header('content-type'))) return fail(c, 415, 'unsupported-media-type', 'send the body as application/json');
    return next();
  };

  for (const r of routes) {
    app.post(r.path, mediaType, tooLarge, async (c) => {
      const text = await c.req.text();
      let body: unknown;
      try {
        if (tooDeep(text)) throw new SyntaxError('too deep');
        body = JSON.parse(text);
      } catch {
        // The parser's message quotes the text, so it is never passed on.
        return fail(c, 400, 'malformed-json', 'the body is not valid JSON');
      }
      const checked = r.input.safeParse(body);
      if (!checked.success) return refused(c, new RulesError(r.entry, _fromZodIssues(checked.error.issues)));
      try {
        // The function receives the body as sent (it validates it again itself), not zod's parsed output.
        return c.json((await r.run(body, packs)) as object);
      } catch (e) {
        if (isRulesError(e)) return refused(c, e);
        throw e;
      }
    });
  }

  app.get('/openapi.json', async (c) => c.json(await (openapi ??= _openApiDocument(routes, packs))));
  app.get('/health', (c) => c.json({ status: 'ok', package: { name: packageInfo.name, version: packageInfo.version }, packs: servedPackRefs(packs) }));
  app.get('/parameters/:area', (c) => {
    try {
      return c.json(parametersInForce(packs, c.req.param('area'), c.req.query('on') ?? ''));
    } catch (e) {
      if (isRulesError(e)) return refused(c, e);
      throw e;
    }
  });
  const page = _pageHtml(packageInfo.version);
  app.get('/', (c) => {
    // The browser enforces what the page promises: nothing is loaded from another host.
    c.header('Content-Security-Policy', "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(page);
  });

  // A known path asked with another method: 405 with the methods it answers.
  const allowed = new Map<string, string>([...routes.map((r) => [r.path, 'POST'] as const), ['/openapi.json', 'GET, HEAD'], ['/health', 'GET, HEAD'], ['/parameters/:area', 'GET, HEAD'], ['/', 'GET, HEAD']]);
  for (const [path, allow] of allowed) {
    app.all(path, (c) => {
      c.header('Allow', allow);
      return fail(c, 405, 'method-not-allowed', `${path.replace(/:([A-Za-z]+)/g, '{$1}')} answers ${allow}`);
    });
  }

  app.notFound((c) => fail(c, 404, 'not-found', 'no such path; GET /openapi.json lists them'));
  app.onError((e, c) => {
    // Only the error's name is kept (for the log): its message or stack could quote the input.
    c.set('failure', e instanceof Error ? e.name : 'unknown');
    return fail(c, 500, 'internal', 'an unexpected failure; it has been logged');
  });
  return app;
}

import { request } from 'node:http';
import { startService, type RunningService } from '../../src/cli/serve.js';
import type { ServedPacks, ServiceLogEntry } from '../../src/server/index.js';

/** A parsed JSON answer, read field by field in the tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are checked by value, not by type
export type Json = any;

/** A service on a loopback port chosen by the system, with its log lines captured. */
export async function loopbackService(options: { packs?: ServedPacks; bodyLimit?: number } = {}): Promise<RunningService & { logs: ServiceLogEntry[] }> {
  const logs: ServiceLogEntry[] = [];
  const service = await startService({ port: 0, host: '127.0.0.1', log: (e) => logs.push(e), ...options });
  return Object.assign(service, { logs });
}

/** GETs a URL and parses the JSON answer. */
export async function getJson(url: string): Promise<Json> {
  return (await fetch(url)).json();
}

/** POSTs JSON (or raw text with a content type) and returns the status, headers and parsed answer. */
export async function post(base: string, path: string, body: unknown, contentType = 'application/json'): Promise<{ status: number; json: Json; text: string; headers: Headers }> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

/**
 * Sends a request with node:http so that the body can be streamed in parts: `first` is written at once,
 * `rest` after `beforeRest` resolves. Without `contentLength` the body goes chunked.
 */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string>; first: string; rest?: string; beforeRest?: () => Promise<void> }): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    req.write(options.first);
    if (options.rest === undefined) req.end();
    else
      void (options.beforeRest ?? (async () => undefined))().then(() => {
        req.end(options.rest);
      });
  });
}

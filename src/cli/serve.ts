import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createAdaptorServer } from '@hono/node-server';
import { applyPackFile, createServiceApp, DEFAULT_BODY_LIMIT, defaultServedPacks, PACK_NAMES, type ServedPacks, type ServiceLogEntry } from '../server/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, type CliIo } from './io.js';
import { formatOf, readTextFile } from './packFiles.js';

const USAGE = `Usage: asc-rules serve [--port 8080] [--host 127.0.0.1] [--pack FILE …] [--body-limit BYTES]

Serves every entry point of every area over HTTP as JSON (POST /<area>/<what>), with
  GET /openapi.json               the OpenAPI 3.1 description (request and response bodies, examples)
  GET /parameters/{area}?on=DATE  every parameter in force on DATE under the served packs
  GET /health                     the package and pack versions
  GET /                           a page to try each entry point and browse the parameters (works offline)

Options:
  --port N          port to listen on (default 8080; 0 picks a free one)
  --host H          address to listen on (default 127.0.0.1; use 0.0.0.0 to serve the network)
  --pack FILE       a council pack file (.yaml, .yml or .json), as for asc-rules params, compare and test:
                    area, base, id, version and dated entries (asc-rules schema pack-file); repeat for
                    several, applied in order (the later wins). National law cannot be changed.
  --body-limit N    largest request body in bytes (default ${DEFAULT_BODY_LIMIT}, 1 MB)
  -h, --help        show this help

One line per request goes to stderr (method, route, status, milliseconds): never a body, a query or a value.
SIGTERM or SIGINT stops accepting connections, finishes the requests in flight, then exits.
`;

/** A running service. */
export interface RunningService {
  /** The base URL, e.g. `http://127.0.0.1:8080`. */
  readonly url: string;
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** Stops accepting connections, lets the requests in flight finish, then resolves. */
  readonly close: () => Promise<void>;
}

/** Options of {@link startService}. */
export interface StartServiceOptions {
  readonly port: number;
  readonly host: string;
  readonly packs?: ServedPacks | undefined;
  readonly bodyLimit?: number | undefined;
  readonly log?: ((entry: ServiceLogEntry) => void) | undefined;
}

/** Starts the service on Node (`@hono/node-server`) and resolves once it listens. */
export function startService(options: StartServiceOptions): Promise<RunningService> {
  const app = createServiceApp({ packs: options.packs, bodyLimit: options.bodyLimit, log: options.log, now: () => performance.now() });
  return new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch: app.fetch }) as Server;
    // A deep accept queue, so that a burst of connections (a thousand clients at once) waits instead of being
    // refused; Node's default is 511. The kernel caps it at net.core.somaxconn.
    server.listen({ port: options.port, host: options.host, backlog: 4096 }, () => {
      const info = server.address() as AddressInfo;
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      let closing: Promise<void> | undefined;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          (closing ??= new Promise<void>((done) => {
            // close() stops accepting and waits for the requests in flight; idle keep-alive sockets are closed
            // now, and each busy one as soon as its answer is sent.
            server.close(() => done());
            server.closeIdleConnections();
          })),
      });
    });
    server.once('error', reject);
  });
}

function wholeNumber(text: string | undefined, flag: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max) throw new UsageError(`${flag} must be a whole number from 0 to ${max}`);
  return Number(text);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, host: { type: 'string' }, pack: { type: 'string', multiple: true }, 'body-limit': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('serve takes no file; council packs go in --pack FILE');
  const port = wholeNumber(values.port, '--port', 8080, 65535);
  const bodyLimit = wholeNumber(values['body-limit'], '--body-limit', DEFAULT_BODY_LIMIT, 1024 * 1024 * 1024);
  if (bodyLimit < 1) throw new UsageError('--body-limit must be at least 1 byte');
  const host = values.host ?? '127.0.0.1';
  // The same pack files as asc-rules params/compare/test (formatOf, readTextFile), laid on in order.
  let packs = defaultServedPacks();
  for (const file of values.pack ?? []) packs = applyPackFile(packs, await readTextFile(io, file), { format: formatOf(file), file });

  const log = (e: ServiceLogEntry): void =>
    io.stderr(`${new Date().toISOString()} ${e.method} ${e.route} ${e.status}${e.ms === undefined ? '' : ` ${e.ms}ms`}${e.error === undefined ? '' : ` error=${e.error}`}\n`);
  const service = await startService({ port, host, packs, bodyLimit, log });
  const layered = PACK_NAMES.filter((name) => packs[name].layers.length > 1).map((name) => `${name}: ${packs[name].layers.map((l) => `${l.id}@${l.version}`).join(' + ')}`);
  io.stdout(`asc-rules serve: listening on ${service.url} (page at ${service.url}/, OpenAPI at ${service.url}/openapi.json)\n`);
  if (layered.length > 0) io.stdout(`council packs: ${layered.join('; ')}\n`);

  await new Promise<void>((done) => {
    const stop = (signal: string): void => {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
      io.stderr(`${signal}: finishing the requests in flight, then exiting\n`);
      void service.close().then(done);
    };
    const onTerm = (): void => stop('SIGTERM');
    const onInt = (): void => stop('SIGINT');
    process.once('SIGTERM', onTerm);
    process.once('SIGINT', onInt);
  });
  io.stderr('asc-rules serve: stopped\n');
  return EXIT.ok;
}

/** `asc-rules serve`: the rules over HTTP. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'serve every entry point over HTTP (JSON, OpenAPI 3.1, parameters, a page to try them)',
  usage: USAGE,
  run,
};

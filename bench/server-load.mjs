// The service's load figure (a benchmark, not a test): `npm run bench:server`.
//
// Starts the service as its own process on 127.0.0.1 (port chosen by the system; bench/server-process.ts runs
// the same startService as `asc-rules serve`), warms it up, then drives POST /eligibility/adult with 1,000
// concurrent connections for 10 s (autocannon), and reports requests per second, p99 latency, errors and the
// server's memory before and after (heap after a full collection, and resident set). The same load then runs against a peer on the same stack: a bare Hono app on @hono/node-server that
// parses the same body and answers a constant, so the ratio shows what the rules cost over the HTTP stack.
// Everything stays on loopback, and each run stops by itself after its duration.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const CONNECTIONS = 1000;
const DURATION_S = 10;
// The warm-up runs at the same load, so that 'before' is a heap already sized for it: growth after is a leak.
const WARMUP_S = 5;

const body = JSON.stringify({
  asOf: '2026-11-23',
  needsArisingFromImpairmentOrIllness: true,
  outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, personalHygiene: { unableToAchieve: [], needsPrompting: true } },
  wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] },
});

const PEER = `
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
const app = new Hono();
app.post('/eligibility/adult', async (c) => { JSON.parse(await c.req.text()); return c.json({ status: 'eligible' }); });
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log('listening on http://127.0.0.1:' + info.port + ' '));
process.on('message', () => { globalThis.gc?.(); const m = process.memoryUsage(); process.send({ heapUsed: m.heapUsed, rss: m.rss }); });
process.once('SIGTERM', () => process.exit(0));
process.once('disconnect', () => process.exit(0));
`;

function start(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore', 'ipc'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+) /.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code} before listening`)));
  });
}

const MiB = 1024 * 1024;

// The server's memory: heap in use after a full collection (asked over IPC) when it can tell, and its resident set.
function memory(child) {
  const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))[1]) / 1024;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ rss, heap: undefined }), 15_000);
    child.once('message', (m) => {
      clearTimeout(timer);
      resolve({ rss: m.rss / MiB, heap: m.heapUsed / MiB });
    });
    child.send('memory');
  });
}
const show = (m) => `heap ${m.heap === undefined ? 'n/a' : `${m.heap.toFixed(1)} MiB`}, RSS ${m.rss.toFixed(1)} MiB`;

function load(url, seconds, failures = {}) {
  const run = autocannon({
    url: `${url}/eligibility/adult`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  run.on('reqError', (e) => (failures[e.code ?? e.message] = (failures[e.code ?? e.message] ?? 0) + 1));
  return run;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function measure(name, args) {
  const { child, url } = await start(args);
  try {
    await load(url, WARMUP_S);
    await sleep(1000);
    const before = await memory(child);
    const failures = {};
    const r = await load(url, DURATION_S, failures);
    await sleep(2000);
    const after = await memory(child);
    // autocannon counts timeouts among its errors; answers other than 2xx are errors here too.
    const errors = r.errors + r.non2xx;
    return { name, rps: r.requests.average, p99: r.latency.p99, total: r.requests.total, errors, failures, timeouts: r.timeouts, before, after };
  } finally {
    child.kill('SIGTERM');
  }
}

const service = await measure('asc-rules serve', ['--expose-gc', '--import', 'tsx', 'bench/server-process.ts']);
const peer = await measure('bare Hono peer', ['--expose-gc', '--input-type=module', '-e', PEER]);
for (const m of [service, peer]) {
  console.log(
    `${m.name.padEnd(16)} POST /eligibility/adult, ${CONNECTIONS} connections, ${DURATION_S} s: ${Math.round(m.rps)} req/s, p99 ${m.p99} ms, ` +
      `${m.total} requests, errors ${m.errors}${m.errors > 0 ? ` ${JSON.stringify({ ...m.failures, timeouts: m.timeouts })}` : ''}, server memory before: ${show(m.before)}; after: ${show(m.after)}`,
  );
}
console.log(`ratio: the service answers ${(service.rps / peer.rps).toFixed(2)}× the requests per second of the bare peer (same run, same machine)`);
if (service.errors > 0) {
  console.error('errors under load: the figure is not valid');
  process.exitCode = 1;
}

// The service's load figure (a benchmark, not a test): `npm run bench:server`.
//
// Starts `asc-rules serve` as its own process on 127.0.0.1 (port chosen by the system), warms it up, then
// drives POST /eligibility/adult with 1,000 concurrent connections for 10 s (autocannon), and reports
// requests per second, p99 latency, errors and the server's memory (resident set from /proc) before and
// after. The same load then runs against a peer on the same stack: a bare Hono app on @hono/node-server that
// parses the same body and answers a constant, so the ratio shows what the rules cost over the HTTP stack.
// Everything stays on loopback, and each run stops by itself after its duration.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

const CONNECTIONS = 1000;
const DURATION_S = 10;
const WARMUP_S = 2;

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
`;

function start(args) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'] });
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

function rssMiB(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) / 1024;
}

function load(url, seconds) {
  return autocannon({
    url: `${url}/eligibility/adult`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function measure(name, args) {
  const { child, url } = await start(args);
  try {
    await load(url, WARMUP_S);
    await sleep(1000);
    const before = rssMiB(child.pid);
    const r = await load(url, DURATION_S);
    await sleep(2000);
    const after = rssMiB(child.pid);
    const errors = r.errors + r.timeouts + r.non2xx;
    return { name, rps: r.requests.average, p99: r.latency.p99, total: r.requests.total, errors, before, after };
  } finally {
    child.kill('SIGTERM');
  }
}

const service = await measure('asc-rules serve', ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0']);
const peer = await measure('bare Hono peer', ['--input-type=module', '-e', PEER]);
for (const m of [service, peer]) {
  console.log(
    `${m.name.padEnd(16)} POST /eligibility/adult, ${CONNECTIONS} connections, ${DURATION_S} s: ${Math.round(m.rps)} req/s, p99 ${m.p99} ms, ` +
      `${m.total} requests, errors ${m.errors}, server RSS ${m.before.toFixed(1)} MiB before, ${m.after.toFixed(1)} MiB after`,
  );
}
console.log(`ratio: the service answers ${(service.rps / peer.rps).toFixed(2)}× the requests per second of the bare peer (same run, same machine)`);
if (service.errors > 0) {
  console.error('errors under load: the figure is not valid');
  process.exitCode = 1;
}

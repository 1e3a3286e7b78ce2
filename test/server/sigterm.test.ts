import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serviceRoutes } from '../../src/server/index.js';
import { getJson, rawRequest } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('asc-rules serve as a process', () => {
  it('listens on the port asked (0: a free one) with --pack, and on SIGTERM finishes the request in flight, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'asc-serve-'));
    // A YAML pack file in the format asc-rules params/compare/test read (issue 16).
    const packFile = join(dir, 'leeds-risk.yaml');
    writeFileSync(
      packFile,
      ['area: risk', 'base: coventry-risk', 'id: leeds-risk', 'version: "2026.1"', 'entries:', '  widespreadDomains:', '    - validFrom: 2026-04-01', '      value: 4', '      citation: Leeds QA policy 2026 s.3', '      kind: policy', ''].join('\n'),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve', '--port', '0', '--host', '127.0.0.1', '--pack', packFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 200 && !/listening on (http:\/\/\S+?) /.test(stdout); i += 1) await sleep(50);
      const url = /listening on (http:\/\/\S+?) /.exec(stdout)?.[1];
      expect(url, stderr).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(stdout).toMatch(/council packs: risk: coventry-risk@2026\.1 \+ leeds-risk@2026\.1/);
      const health = await getJson(`${url}/health`);
      expect(health.packs.risk.layers.map((l: { id: string }) => l.id)).toEqual(['coventry-risk', 'leeds-risk']);

      // A request whose body is only half sent when SIGTERM arrives.
      const body = JSON.stringify({ ...(serviceRoutes[0]!.example as object), caseRef: 'CASE-SENT-IN-FLIGHT' });
      const half = Math.floor(body.length / 2);
      const inFlight = rawRequest(`${url}/eligibility/adult`, {
        headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), connection: 'close' },
        first: body.slice(0, half),
        rest: body.slice(half),
        beforeRest: async () => {
          await sleep(200);
          child.kill('SIGTERM');
          for (let i = 0; i < 100 && !stderr.includes('SIGTERM'); i += 1) await sleep(20);
          // Stopped accepting: a new connection is refused while the request in flight goes on.
          await expect(fetch(`${url}/health`)).rejects.toThrow();
        },
      });
      const answer = await inFlight;
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.text).status).toBe('eligible');
      expect(await exited).toBe(0);
      expect(stderr).toMatch(/SIGTERM: finishing the requests in flight/);
      expect(stderr).toMatch(/POST \/eligibility\/adult 200/);
      expect(stderr).toMatch(/stopped/);
      expect(stderr).not.toContain('CASE-SENT-IN-FLIGHT');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});

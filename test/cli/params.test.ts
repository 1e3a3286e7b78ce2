import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { riskSpec } from '../../src/risk/index.js';
import { fakeIo } from './fakeIo.js';

const riskPack = readFileSync('examples/packs/risk.yaml', 'utf8');

describe('asc-rules params <area>', () => {
  it('lists every parameter in force on a date, with the layer that set it', async () => {
    const f = fakeIo({ 'risk.yaml': riskPack });
    expect(await runCli(['params', 'risk', '--on', '2026-11-23', '--pack', 'risk.yaml', '--format', 'json'], f.io)).toBe(0);
    const r = JSON.parse(f.out());
    expect(r.pack.layers.map((l: { id: string }) => l.id)).toEqual(['coventry-risk', 'example-council-risk']);
    expect(r.parameters.map((p: { key: string }) => p.key)).toEqual(Object.keys(riskSpec));
    expect(r.parameters.find((p: { key: string }) => p.key === 'concernResponseHours')).toMatchObject({ kind: 'policy', value: { 'high-risk': 12, further: 72 }, validFrom: '2026-04-01', validTo: null, layer: 'example-council-risk@2026.1', citation: 'Example Council market support offer 2026' });
    expect(r.parameters.find((p: { key: string }) => p.key === 'widespreadDomains')).toMatchObject({ layer: 'coventry-risk@2026.1', warning: expect.stringContaining('Local policy default') });
  });

  it('without --on lists every dated value, so the Coventry period before the council layer shows too', async () => {
    const f = fakeIo({ 'risk.yaml': riskPack });
    expect(await runCli(['params', 'risk', '--pack', 'risk.yaml', '--format', 'csv'], f.io)).toBe(0);
    const rows = f.out().trimEnd().split('\n');
    expect(rows[0]).toBe('key,kind,value,validFrom,validTo,citation,warning,layer,description');
    const hours = rows.filter((r) => r.startsWith('concernResponseHours,'));
    expect(hours).toHaveLength(2);
    expect(hours[0]).toContain(',2022-07-13,2026-04-01,');
    expect(hours[1]).toContain(',2026-04-01,,Example Council market support offer 2026,,example-council-risk@2026.1,');
  });

  it('text output shows law as law, with its citation (eligibility)', async () => {
    const f = fakeIo();
    expect(await runCli(['params', 'eligibility', '--on', '2026-11-23'], f.io)).toBe(0);
    expect(f.out()).toContain('adultOutcomesRequired  [law]  set by coventry-eligibility@');
    expect(f.out()).toContain('  citation: SI 2015/313 reg 2(1)(b)');
  });

  it('--format pack writes a starting pack of the policy values in force, which reads back unchanged', async () => {
    for (const area of ['eligibility', 'risk', 'ascof', 'demand', 'provider-failure']) {
      const f = fakeIo();
      expect(await runCli(['params', area, '--on', '2026-04-01', '--format', 'pack'], f.io)).toBe(0);
      const g = fakeIo({ 'start.yaml': f.out() });
      expect(await runCli(['params', area, '--on', '2026-05-01', '--pack', 'start.yaml', '--format', 'json'], g.io)).toBe(0);
      const before = fakeIo();
      await runCli(['params', area, '--on', '2026-05-01', '--format', 'json'], before.io);
      const strip = (text: string) => JSON.parse(text).parameters.map((p: { key: string; kind: string; value: unknown }) => ({ key: p.key, kind: p.kind, value: p.value }));
      expect(strip(g.out())).toEqual(strip(before.out()));
      expect(f.out()).not.toContain('kind: law');
    }
    expect(await runCli(['params', 'risk', '--format', 'pack'], fakeIo().io)).toBe(2);
  });

  it('asc-rules schema pack-file and case-file print their JSON Schemas', async () => {
    const f = fakeIo();
    expect(await runCli(['schema', 'pack-file'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ type: 'object', required: expect.arrayContaining(['area', 'base', 'id', 'version', 'entries']) });
    const g = fakeIo();
    expect(await runCli(['schema', 'case-file'], g.io)).toBe(0);
    expect(JSON.parse(g.out()).properties.cases.type).toBe('array');
  });

  it('refuses a pack that changes the law, naming its line; and bad usage', async () => {
    const f = fakeIo({ 'law.yaml': 'area: eligibility\nbase: coventry-eligibility\nid: x\nversion: "1"\nentries:\n  carerOutcomesRequired:\n    - { validFrom: 2026-04-01, value: 2, citation: x, kind: law }\n' });
    expect(await runCli(['params', 'eligibility', '--pack', 'law.yaml'], f.io)).toBe(2);
    expect(f.err()).toContain('error: pack file law.yaml refused the input (1 problem):\n  - line 6, entries.carerOutcomesRequired: is national law and cannot be overridden by a local pack [law_override]');
    expect(await runCli(['params', 'housing'], f.io)).toBe(2);
    expect(await runCli(['params', 'risk', '--on', 'tomorrow'], f.io)).toBe(2);
    expect(await runCli(['params', 'risk', '--pack', 'law.yaml'], f.io)).toBe(2);
    expect(f.err()).toContain('line 1, area: the file adapts "eligibility" but is being laid on "coventry-risk", a pack of another area');
  });
});

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { CFAS_II_DEMENTIA_RATES, type ProjectDemandInput } from '../../src/demand/index.js';
import { fakeIo } from './fakeIo.js';

const input: ProjectDemandInput = {
  asOf: '2026-11-23',
  measure: 'Dementia, men 80-84',
  population: [2025, 2026, 2027].map((year, i) => ({ area: 'X, the "city"', year, sex: 'male' as const, ageBand: '80-84', people: 10000 + i * 1000 })),
  rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'male' && r.ageBand === '80-84') },
};
const files = { 'in.json': JSON.stringify(input), 'bad.json': '{"asOf":"2026-11-23"}', 'broken.json': '{' };

describe('asc-rules demand', () => {
  it('project prints the projection as JSON', async () => {
    const io = fakeIo(files);
    expect(await runCli(['demand', 'project', 'in.json'], io)).toBe(0);
    const out = JSON.parse(io.out()) as { kind: string; totals: { people: { rounded: string } }[] };
    expect(out.kind).toBe('demand-projection');
    // CFAS II men 80-84: 10.6% of 10,000, 11,000 and 12,000.
    expect(out.totals.map((t) => t.people.rounded)).toEqual(['1060', '1166', '1272']);
  });

  it('project --format csv prints cells then totals, quoting fields with commas and quotes', async () => {
    const io = fakeIo(files);
    expect(await runCli(['demand', 'project', 'in.json', '--format', 'csv'], io)).toBe(0);
    const all = io.out().trim().split('\n');
    const meta = all.filter((l) => l.startsWith('# '));
    expect(meta).toContain('# measure: Dementia, men 80-84');
    expect(meta.some((l) => l.startsWith('# rate source: Matthews et al. (2013)'))).toBe(true);
    expect(meta).toContain('# population vintage: not stated');
    expect(meta).toContain('# lever 1: rate trend per year = 0 (POPPI/PANSI method: national rates held constant over the projection (IPC user guides))');
    const lines = all.filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe('year,area,group,sex,ageBand,population,rate,people,sharePercent,growthPercent');
    expect(lines[1]).toBe('2025,"X, the ""city""",,male,80-84,10000,0.106,1060,10.6,');
    expect(lines.at(-1)).toBe('2027,(total),,,,12000,,1272,10.6,20.0');
  });

  it('project --format csv adds the self-funder columns to the totals when the scenario asks for them', async () => {
    const io = fakeIo({ 'sf.json': JSON.stringify({ ...input, scenario: { selfFunders: { share: '0.19' } } }) });
    expect(await runCli(['demand', 'project', 'sf.json', '--format', 'csv'], io)).toBe(0);
    const lines = io.out().trim().split('\n').filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe('year,area,group,sex,ageBand,population,rate,people,sharePercent,growthPercent,selfFunded,totalWithSelfFunders');
    expect(lines[1]).toBe('2025,"X, the ""city""",,male,80-84,10000,0.106,1060,10.6,,,');
    // 1,060 ÷ 0.81 = 1,308.6 → 1,309 in all, 249 self-funded.
    expect(lines[4]).toBe('2025,(total),,,,10000,,1060,10.6,0.0,249,1309');
  });

  it('simulate --chart writes an SVG with the band; the same seed gives the same output', async () => {
    const a = fakeIo(files);
    expect(await runCli(['demand', 'simulate', 'in.json', '--seed', '5', '--draws', '200', '--format', 'csv', '--chart', 'out.svg'], a)).toBe(0);
    const b = fakeIo(files);
    expect(await runCli(['demand', 'simulate', 'in.json', '--seed', '5', '--draws', '200', '--format', 'csv'], b)).toBe(0);
    expect(a.out()).toBe(b.out());
    expect(a.out().split('\n').filter((l) => !l.startsWith('#'))[0]).toBe('year,area,group,sex,ageBand,point,mean,q0.025,q0.5,q0.975');
    expect(a.out()).toContain('# seed: 5\n');
    expect(a.out()).toContain('# self-funders: none: the scenario does not ask for them\n');
    const svg = a.written['out.svg'];
    expect(svg).toMatch(/^<svg /);
    expect(svg).toContain('<polygon class="band"');
    expect(a.err()).toContain('chart written to out.svg');
  });

  it('simulate needs a seed; bad flags are usage errors (exit 2)', async () => {
    const io = fakeIo(files);
    expect(await runCli(['demand', 'simulate', 'in.json'], io)).toBe(2);
    expect(io.err()).toMatch(/--seed/);
    expect(await runCli(['demand', 'project', 'in.json', '--format', 'xml'], fakeIo(files))).toBe(2);
    expect(await runCli(['demand', 'project', 'in.json', '--seed', '1'], fakeIo(files))).toBe(2);
    expect(await runCli(['demand', 'estimate', 'in.json'], fakeIo(files))).toBe(2);
    expect(await runCli(['demand', 'simulate', 'in.json', '--seed', 'x'], fakeIo(files))).toBe(2);
    expect(await runCli(['demand', 'project', 'broken.json'], fakeIo(files))).toBe(2);
  });

  it('refused input prints the problems and exits 2', async () => {
    const io = fakeIo(files);
    expect(await runCli(['demand', 'project', 'bad.json'], io)).toBe(2);
    expect(io.err()).toMatch(/projectDemand refused the input/);
    expect(io.err()).toMatch(/measure/);
  });

  it('--help prints the usage; schema demand-project is a JSON Schema', async () => {
    const io = fakeIo();
    expect(await runCli(['demand', '--help'], io)).toBe(0);
    expect(io.out()).toMatch(/asc-rules demand project/);
    const s = fakeIo();
    expect(await runCli(['schema', 'demand-project'], s)).toBe(0);
    expect((JSON.parse(s.out()) as { required: string[] }).required).toEqual(['asOf', 'measure', 'population', 'rates']);
  });

  it('demo prints the demand section', async () => {
    const io = fakeIo();
    expect(await runCli(['demo'], io)).toBe(0);
    expect(io.out()).toContain('=== Demand: projections, self-funders, uncertainty, care-home beds and costs ===');
    expect(io.out()).toContain('2020      13,322        3,125   16,447');
    expect(io.out()).toContain('the growth is 85.0%');
  });
});

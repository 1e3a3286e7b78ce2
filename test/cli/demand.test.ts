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

  it('project --format text prints the trace as numbered lines with citations', async () => {
    const io = fakeIo(files);
    expect(await runCli(['demand', 'project', 'in.json', '--format', 'text'], io)).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^Decision by projectDemand as of 2026-11-23/);
    expect(lines.some((l) => /^1\. \[.+\] /.test(l))).toBe(true);
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

describe('asc-rules demand: indicators, compare, costs, care-home-stock and ONS files', () => {
  const snpp = ['"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2025","2026"', 'E07000129,Blaby,Population,males,80,1000.000,1100.000', 'E07000129,Blaby,Population,males,81,1000.000,1100.000', 'E07000129,Blaby,Population,males,82,1000.000,1100.000', 'E07000129,Blaby,Population,males,83,1000.000,1100.000', 'E07000129,Blaby,Population,males,84,1000.000,1100.000', 'E07000129,Blaby,Population,males,All ages,50000.000,51000.000'].join('\n');
  const noPop = { asOf: '2026-11-23', measure: 'Dementia, men 80-84', population: [], rates: input.rates };
  const more = {
    ...files,
    'snpp.csv': snpp,
    'nopop.json': JSON.stringify(noPop),
    'variants.json': JSON.stringify({ variants: [{ name: 'Prevention 10%', scenario: { prevention: { shareAvoided: '0.1' } } }] }),
    'ind.json': JSON.stringify({ asOf: '2026-11-23', population: [], indicators: [{ measure: 'Dementia', rates: input.rates }, { measure: 'Living alone', rates: { kind: 'rates', name: 'LA', source: 'S', baseYear: 2024, unit: 'percent', rates: [{ sex: 'male', ageBand: '80-84', rate: '30' }] } }] }),
    'mix.json': JSON.stringify({ mix: [{ service: 'Residential', share: '0.5', unitCost: { amount: '1000', priceYear: 2025, unitsPerYear: 52 } }], options: { asOf: '2026-11-23', priceBase: 'real' } }),
    'costs.json': JSON.stringify({ volumes: [{ service: 'R', year: 2026, quantity: 10 }], unitCosts: [{ service: 'R', amount: '800.00', priceYear: 2025, unitsPerYear: 52 }], options: { asOf: '2026-11-23' } }),
    'beds.json': JSON.stringify({ asOf: '2026-11-23', population: [{ year: 2026, people: 100000 }, { year: 2027, people: 104000 }], admissionsPer10000: 120, meanLengthOfStayMonths: 28, initialOccupied: 2800, capacity: [{ fromYear: 2026, beds: 2950 }] }),
  };

  it('project --population reads an ONS SNPP file (single years summed to the 80-84 band)', async () => {
    const io = fakeIo(more);
    expect(await runCli(['demand', 'project', 'nopop.json', '--population', 'snpp.csv', '--from-age', '65', '--format', 'csv', '--layout', 'wide'], io)).toBe(0);
    const lines = io.out().trim().split('\n').filter((l) => !l.startsWith('#'));
    // 5,000 men 80-84 × 10.6% = 530; 5,500 × 10.6% = 583.
    expect(lines).toEqual(['measure,sex,ageBand,figure,2025,2026', 'Dementia, men 80-84,male,80-84,people,530,583', 'Dementia, men 80-84,male,80-84,sharePercent,10.6,10.6', 'Dementia, men 80-84,all,total,people,530,583', 'Dementia, men 80-84,all,total,sharePercent,10.6,10.6'].map((l) => l.replace('Dementia, men 80-84', '"Dementia, men 80-84"')));
  });

  it('indicators prints the POPPI-style table, one total per measure', async () => {
    const io = fakeIo(more);
    expect(await runCli(['demand', 'indicators', 'ind.json', '--population', 'snpp.csv', '--format', 'csv'], io)).toBe(0);
    const totals = io.out().split('\n').filter((l) => l.includes(',all,total,people,'));
    expect(totals).toEqual(['Dementia,all,total,people,530,583', 'Living alone,all,total,people,1500,1650']);
  });

  it('compare prints the comparison and draws the chart with both series', async () => {
    const io = fakeIo(more);
    expect(await runCli(['demand', 'compare', 'in.json', '--variants', 'variants.json', '--format', 'csv', '--chart', 'cmp.svg'], io)).toBe(0);
    const rows = io.out().split('\n').filter((l) => /^\d{4},/.test(l));
    expect(rows[1]).toBe('2026,1166,1049,-117,-10.0');
    expect(io.written['cmp.svg']!.match(/<polyline class="(central|series)"/g)).toHaveLength(2);
  });

  it('costs: volumes as given, or a projection through a service mix; the price base is in the header', async () => {
    const a = fakeIo(more);
    expect(await runCli(['demand', 'costs', 'costs.json', '--format', 'csv'], a)).toBe(0);
    expect(a.out()).toContain('# price base: cash');
    expect(a.out()).toContain("# defaults applied: priceBase: cash (each year in its own prices); upliftPerYear: 0.029 a year, the pack's costUpliftPerYear\n");
    expect(a.out()).toContain('R,2026,10,823.20,428064.00');
    const b = fakeIo(more);
    expect(await runCli(['demand', 'costs', 'in.json', '--mix', 'mix.json'], b)).toBe(0);
    const r = JSON.parse(b.out()) as { priceBase: { kind: string }; totals: { year: number; cost: string }[] };
    expect(r.priceBase.kind).toBe('real');
    // 1,060 people × 0.5 × 52 weeks × £1,000.
    expect(r.totals[0]).toEqual({ year: 2025, cost: '27560000.00' });
  });

  it('care-home-stock prints the yearly stock as CSV', async () => {
    const io = fakeIo(more);
    expect(await runCli(['demand', 'care-home-stock', 'beds.json', '--format', 'csv'], io)).toBe(0);
    expect(io.out().split('\n').find((l) => !l.startsWith('#'))).toBe('year,capacity,newDemand,admitted,leaving,occupiedEnd,waitingEnd,occupancyPercent');
    expect(io.out().split('\n').filter((l) => /^202[67],/.test(l))).toHaveLength(2);
  });

  it('simulate --variant draws among the ONS tables; flags of other subcommands are usage errors', async () => {
    const io = fakeIo(more);
    expect(await runCli(['demand', 'simulate', 'nopop.json', '--population', 'snpp.csv', '--variant', 'high=snpp.csv', '--seed', '3', '--draws', '100'], io)).toBe(0);
    expect((JSON.parse(io.out()) as { populationVariants: { name: string }[] }).populationVariants.map((v) => v.name)).toEqual(['principal', 'high']);
    expect(await runCli(['demand', 'project', 'in.json', '--variants', 'variants.json'], fakeIo(more))).toBe(2);
    expect(await runCli(['demand', 'compare', 'in.json'], fakeIo(more))).toBe(2);
    expect(await runCli(['demand', 'costs', 'costs.json', '--chart', 'x.svg'], fakeIo(more))).toBe(2);
    expect(await runCli(['demand', 'project', 'in.json', '--layout', 'tall'], fakeIo(more))).toBe(2);
  });
});

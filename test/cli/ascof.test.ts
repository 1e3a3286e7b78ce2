import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';


const geography = { code: 'E08000026', description: 'Coventry' };

describe('asc-rules ascof', () => {
  it('measure: reports every bad row with its place in the file, not only the first', async () => {
    const f = fakeIo({ 'bad.json': JSON.stringify({ year: '2024-25', geography, measures: [{ code: '2C', numerator: 1, denominator: 2 }, { code: '9Z', numerator: 1, denominator: 2 }, { code: '2A', numerator: 5, denominator: 4 }] }) });
    expect(await runCli(['ascof', 'measure', 'bad.json'], f.io)).toBe(2);
    expect(f.err()).toMatch(/measures\[1\]\.code/);
    expect(f.err()).toMatch(/measures\[2\]\.numerator/);
    expect(f.out()).toBe('');
  });

  it('measure --format text prints each measure\'s trace in plain English', async () => {
    const f = fakeIo({ 'm.json': JSON.stringify({ year: '2023-24', geography, measures: [{ code: '2C', numerator: 1123, denominator: 198400 }, { code: '2B', numerator: 55, denominator: 186000 }] }) });
    expect(await runCli(['ascof', 'measure', 'm.json', '--format', 'text'], f.io)).toBe(0);
    expect(f.out().match(/^Decision by /gm)?.length).toBe(2);
    expect(f.out()).toMatch(/\n1\. \[/);
  });

  it('measure: prints the official CSV layout', async () => {
    const f = fakeIo({ 'm.json': JSON.stringify({ year: '2023-24', geography, measures: [{ code: '2C', numerator: 1123, denominator: 198400 }, { code: '2A', numerator: 3, denominator: 4, disaggregation: '65+' }] }) });
    expect(await runCli(['ascof', 'measure', 'm.json'], f.io)).toBe(0);
    const lines = f.out().split('\r\n');
    expect(lines[0]).toBe('Geographical code,Geographical description,Geographical level,ONS code,ASCOF measure code,Disaggregation level,Measure type,Measure value');
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,2C,Total,Outcome,566.0');
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,2A,65+,Outcome,[c]');
  });

  it('measure --format json prints results with traces', async () => {
    const f = fakeIo({ 'm.json': JSON.stringify({ year: '2024-25', geography, measures: [{ code: '2B', numerator: 55, denominator: 186000 }] }) });
    expect(await runCli(['ascof', 'measure', 'm.json', '--format', 'json'], f.io)).toBe(0);
    const parsed = JSON.parse(f.out()) as { value: { value: string }; trace: { entry: string } }[];
    expect(parsed[0]?.value.value).toBe('29.6');
    expect(parsed[0]?.trace.entry).toBe('calculateAscofMeasure');
  });

  it('survey: scores ASCS responses into Base, Numerator, Denominator and Outcome rows', async () => {
    const answers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
    const f = fakeIo({ 's.json': JSON.stringify({ survey: 'ascs', year: '2024-25', geography, responses: [{ answers }, { answers }, { answers }] }) });
    expect(await runCli(['ascof', 'survey', 's.json'], f.io)).toBe(0);
    const lines = f.out().split('\r\n');
    // Survey counts are published to the nearest 5 (C1 ascs.py): base 3 → 5, numerator 57 → 55.
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,1A,Total,Base,5');
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,1A,Total,Numerator,55');
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,1A,Total,Outcome,19.0');
  });

  it('kpi: prints headline and breakdown rows, quoting group names with commas', async () => {
    const f = fakeIo({ 'k.json': JSON.stringify({ geography, kpis: [
      { kpi: 'short-term-support', asOf: '2024-03-31', outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52 } },
      { kpi: 'representation', asOf: '2024-03-31', population: 'Census 2021', groups: [{ group: 'Black, Black British', supportedShare: '1.4', populationShare: '6.2' }, { group: 'Other', supportedShare: '98.6', populationShare: '93.8' }] },
    ] }) });
    expect(await runCli(['ascof', 'kpi', 'k.json'], f.io)).toBe(0);
    const lines = f.out().split('\r\n');
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,short-term-support,Total,Outcome,76.7');
    expect(lines).toContain('E08000026,Coventry,Local authority,E08000026,representation,"Black, Black British",ratio,0.23');
  });

  it('bad input exits 2 with the issues printed; bad usage exits 2', async () => {
    const f = fakeIo({ 'bad.json': JSON.stringify({ year: '2024-25', geography, measures: [{ code: '2A', numerator: 5, denominator: 4 }] }) });
    expect(await runCli(['ascof', 'measure', 'bad.json'], f.io)).toBe(2);
    expect(f.err()).toMatch(/cannot exceed its denominator/);
    const g = fakeIo({});
    expect(await runCli(['ascof', 'nope', 'x.json'], g.io)).toBe(2);
    expect(g.err()).toMatch(/measure, survey, kpi/);
    expect(await runCli(['ascof', 'measure', 'x.json', '--format', 'xml'], g.io)).toBe(2);
    expect(await runCli(['ascof', 'measure'], g.io)).toBe(2);
  });

  it('--help prints the usage, and the schemas are listed', async () => {
    const f = fakeIo({});
    expect(await runCli(['ascof', '--help'], f.io)).toBe(0);
    expect(f.out()).toMatch(/measure\|survey\|kpi|Subcommands/);
    const g = fakeIo({});
    expect(await runCli(['schema', 'ascof-survey-file'], g.io)).toBe(0);
    expect(JSON.parse(g.out())).toHaveProperty('oneOf');
  });
});

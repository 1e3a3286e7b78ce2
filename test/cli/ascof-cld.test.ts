// `asc-rules ascof-cld`: CSV in (through uDSV), the official ASCOF CSV layout or JSON out.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';


const HEADER = 'LA_Code,LA_Person_Unique_Identifier,Der_Birth_Year,Der_Birth_Month,Client_Type,Event_Type,Service_Type,Service_Component,Event_Start_Date,Event_End_Date,Event_Outcome,Ethnicity_Free_Text';
const CSV = [
  HEADER,
  'E1,P1,1950,1,Service User,Service,Short Term Support: ST-Max,Reablement,2024-06-01,2024-06-20,"NFA - Information & Advice / Signposting only",x',
  'E1,P2,1950,1,Service User,Service,Short Term Support: ST-Max,Reablement,2024-06-01,2024-06-20,Service ended as planned,y',
  'E1,P3,1950,1,Service User,Service,Short Term Support: ST-Max,Reablement,2024-06-01,2024-06-20,NFA - Support declined,',
  'E1,P4,1950,1,Service User,Service,Long Term Support: Community Care,,2024-06-01,,,',
  '',
].join('\r\n');
const POP = JSON.stringify({ aged18to64: 100000, aged65plus: 40000 });

describe('asc-rules ascof cld', () => {
  it('writes the official CSV layout and a data-quality summary on stderr', async () => {
    const { io, out, err } = fakeIo({ 'cld.csv': CSV, 'pop.json': POP });
    const code = await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--population', 'pop.json', '--la-code', 'E1', '--la-name', 'Test'], io);
    expect(code).toBe(0);
    const lines = out().split('\r\n');
    expect(lines[0]).toBe('Geographical code,Geographical description,Geographical level,ONS code,ASCOF measure code,Disaggregation level,Measure type,Measure value');
    // Two episodes in the numerator and denominator (I&A, ended as planned); "declined" is excluded. Denominator 2 < 5: suppressed.
    expect(lines).toContain('E1,Test,Local authority,E1,2A,Total,Numerator,[c]');
    expect(lines).toContain('E1,Test,Local authority,E1,2D(1),Total,Outcome,[z]');
    expect(lines).toContain('E1,Test,Local authority,E1,2C,Total,Outcome,0.0');
    const e = err();
    expect(e).toMatch(/4 rows read: 3 used, 1 not used \(1 invalid_value Service_Type\)/);
    expect(e).toMatch(/Ethnicity_Free_Text/);
  });

  it('writes JSON with --format json and accepts the population as flags and the period as --from/--to', async () => {
    const { io, out } = fakeIo({ 'cld.csv': CSV });
    const code = await runCli(['ascof', 'cld', 'cld.csv', '--from', '2024-04-01', '--to', '2025-03-31', '--pop-18-64', '100000', '--pop-65-plus', '40000', '--format', 'json'], io);
    expect(code).toBe(0);
    const json = JSON.parse(out()) as { measures: { code: string; total?: { numerator: number; denominator: number } }[]; dataQuality: { rowsRead: number } };
    expect(json.measures.find((m) => m.code === '2A')?.total).toMatchObject({ numerator: 2, denominator: 2 });
    expect(json.dataQuality.rowsRead).toBe(4);
  });

  it('shows progress on stderr when asked, and writes to --output', async () => {
    const { io, err, written } = fakeIo({ 'cld.csv': CSV, 'pop.json': POP });
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--population', 'pop.json', '--progress', '--output', 'out.csv'], io)).toBe(0);
    expect(err()).toMatch(/\r4 rows read \(100%\)\n/);
    expect(written['out.csv']).toMatch(/^Geographical code/);
  });

  it('refuses bad usage with exit code 2', async () => {
    const { io, err } = fakeIo({ 'cld.csv': CSV, 'pop.json': POP });
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--population', 'pop.json'], io)).toBe(2);
    expect(err()).toMatch(/reporting period/);
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31'], io)).toBe(2);
    expect(await runCli(['ascof', 'cld', 'missing.csv', '--period', '2024-04-01/2025-03-31', '--population', 'pop.json'], io)).toBe(2);
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--pop-18-64', '-1', '--pop-65-plus', '3'], io)).toBe(2);
  });

  it('refuses a population file that is not a count, through the RulesError printer', async () => {
    const { io, err } = fakeIo({ 'cld.csv': CSV, 'pop.json': JSON.stringify({ aged18to64: 'many', aged65plus: 1 }) });
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--population', 'pop.json'], io)).toBe(2);
    expect(err()).toMatch(/population\.aged18to64/);
  });

  it('--pack is a council layer over the ascof pack: it changes suppression for every figure', async () => {
    const layer = JSON.stringify({
      area: 'ascof', base: 'coventry-ascof', id: 'my-council', version: '1',
      entries: { unpublishedSuppression: [{ validFrom: '2014-04-01', value: [], citation: 'Local publication policy', kind: 'policy' }] },
    });
    const { io, out } = fakeIo({ 'cld.csv': CSV, 'pop.json': POP, 'pack.json': layer });
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--population', 'pop.json', '--la-code', 'E1', '--pack', 'pack.json'], io)).toBe(0);
    const lines = out().split('\r\n');
    // 2 of 2 episodes: published in full when the council suppresses nothing.
    expect(lines).toContain('E1,,Local authority,E1,2A,Total,Numerator,2');
    expect(lines).toContain('E1,,Local authority,E1,2A,Total,Outcome,100.0');
    const { io: io2, err } = fakeIo({ 'cld.csv': CSV, 'pop.json': POP, 'pack.json': JSON.stringify({ area: 'ascof', base: 'coventry-ascof', id: 'x', version: '1', entries: { suppression: [] } }) });
    expect(await runCli(['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--population', 'pop.json', '--pack', 'pack.json'], io2)).toBe(2);
    expect(err()).toMatch(/suppression/);
  });

  it('prints its usage', async () => {
    const { io, out } = fakeIo({});
    expect(await runCli(['ascof', 'cld', '--help'], io)).toBe(0);
    expect(out()).toMatch(/--period/);
  });
});

describe('asc-rules ascof cld --accept-near-misses', () => {
  const near = [HEADER, 'E1,P1,1950,1,Service User,Service,Short Term Support: ST-Max,Reablement,2024-06-01,2024-06-20,NFA - Other,x', ''].join('\r\n');
  it('refuses "NFA - Other" (the list has "NFA- Other") unless asked, then reads it and counts the recoded row', async () => {
    const args = ['ascof', 'cld', 'cld.csv', '--period', '2024-04-01/2025-03-31', '--pop-18-64', '100000', '--pop-65-plus', '40000', '--format', 'json'];
    const strict = fakeIo({ 'cld.csv': near });
    expect(await runCli(args, strict.io)).toBe(0);
    expect((JSON.parse(strict.out()) as { dataQuality: { rowsUsed: number } }).dataQuality.rowsUsed).toBe(0);
    const lenient = fakeIo({ 'cld.csv': near });
    expect(await runCli([...args, '--accept-near-misses'], lenient.io)).toBe(0);
    const dq = (JSON.parse(lenient.out()) as { dataQuality: { rowsUsed: number; recoded: unknown } }).dataQuality;
    expect(dq.rowsUsed).toBe(1);
    expect(dq.recoded).toEqual([{ column: 'Event_Outcome', rows: 1 }]);
  });
});

describe('asc-rules ascof cld --workers', () => {
  it('two worker threads, each reading a byte range, give exactly the result of one thread (partial states merged)', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { CLD_FIELDS, csvField, generateSyntheticCld } = await import('../../src/ascof/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'cld-workers-'));
    try {
      const lines = [CLD_FIELDS.join(',')];
      for (const r of generateSyntheticCld({ seed: 7, people: 1500, period: { start: '2024-04-01', end: '2025-03-31' }, duplicateRate: 0.05 })) {
        const row = r as Record<string, unknown>;
        lines.push(CLD_FIELDS.map((f) => csvField(row[f] === undefined ? '' : String(row[f]))).join(','));
      }
      const file = join(dir, 'cld.csv');
      const text = `${lines.join('\r\n')}\r\n`;
      writeFileSync(file, text);
      const run = async (workers: string) => {
        const { io, out } = fakeIo({ [file]: text });
        expect(await runCli(['ascof', 'cld', file, '--period', '2024-04-01/2025-03-31', '--pop-18-64', '100000', '--pop-65-plus', '40000', '--format', 'json', '--workers', workers], io)).toBe(0);
        return JSON.parse(out()) as { measures: unknown; dataQuality: { rowsRead: number }; trace: unknown };
      };
      const one = await run('1');
      const two = await run('2');
      expect(two.dataQuality.rowsRead).toBe(lines.length - 1);
      expect(two).toEqual(one);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

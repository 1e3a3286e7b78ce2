// Issue 14: `asc-rules risk --format json|text|csv`, where each makes sense.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';

const input = {
  providerId: 'CH-1',
  serviceType: 'residential-local',
  asOf: '2026-03-16',
  evidence: [
    { kind: 'concern', id: 'C1', date: '2026-03-10', source: 'GP', severity: 'serious', raisedBy: 'professional' },
    { kind: 'safeguarding', id: 'S1', date: '2026-03-11', source: 'hub', severity: 'serious', outcome: 'substantiated', adultsAffected: 1 },
  ],
};
const replay = { operation: 'replay', input: { providerId: 'CH-1', serviceType: 'residential-local', evidence: input.evidence, reviewDates: ['2026-03-09', '2026-03-16'] } };

describe('asc-rules risk --format', () => {
  it('csv gives one row per review of a replay, read back by a CSV parser with the JSON result\'s figures', async () => {
    const f = fakeIo({ 'r.json': JSON.stringify(replay) });
    expect(await runCli(['risk', 'r.json', '--format', 'csv'], f.io)).toBe(0);
    const rows = parse(f.out(), { columns: true }) as Record<string, string>[];
    const j = fakeIo({ 'r.json': JSON.stringify(replay) });
    expect(await runCli(['risk', 'r.json'], j.io)).toBe(0);
    const json = JSON.parse(j.out()) as { reviews: { asOf: string; level: number; action: string }[] };
    expect(rows.map((r) => [r['asOf'], Number(r['level']), r['action']])).toEqual(json.reviews.map((r) => [r.asOf, r.level, r.action]));
    expect(rows[0]?.['providerId']).toBe('CH-1');
  });

  it('csv gives one row per service of a portfolio and per step of a timeline', async () => {
    const p = fakeIo({ 'p.json': JSON.stringify({ operation: 'portfolio', inputs: [input, { ...input, providerId: 'CH-2', evidence: [] }] }) });
    expect(await runCli(['risk', 'p.json', '--format', 'csv'], p.io)).toBe(0);
    const rows = parse(p.out(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['providerId'], r['level']])).toEqual([['CH-1', '3'], ['CH-2', '0']]);
    const later = { ...input, asOf: '2026-03-23' };
    const t = fakeIo({ 't.json': JSON.stringify({ operation: 'timeline', reviews: [input, later], bankHolidays: [] }) });
    expect(await runCli(['risk', 't.json', '--format', 'csv'], t.io)).toBe(0);
    expect((parse(t.out(), { columns: true }) as Record<string, string>[]).map((r) => r['asOf'])).toEqual(['2026-03-16', '2026-03-23']);
  });

  it('text gives the trace in plain English; csv of a single result is a usage error (exit 2)', async () => {
    const a = fakeIo({ 'a.json': JSON.stringify({ operation: 'assess', input }) });
    expect(await runCli(['risk', 'a.json', '--format', 'text'], a.io)).toBe(0);
    expect(a.out()).toMatch(/assessProviderRisk/);
    expect(a.out()).not.toMatch(/^\s*\{/);
    const b = fakeIo({ 'a.json': JSON.stringify({ operation: 'assess', input }) });
    expect(await runCli(['risk', 'a.json', '--format', 'csv'], b.io)).toBe(2);
    expect(b.err()).toMatch(/replay, timeline and portfolio/);
    const c = fakeIo({ 'a.json': JSON.stringify({ operation: 'assess', input }) });
    expect(await runCli(['risk', 'a.json', '--format', 'xml'], c.io)).toBe(2);
  });
});

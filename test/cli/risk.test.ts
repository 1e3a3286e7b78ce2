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

describe('asc-rules risk <file.json>', () => {
  it('"assess" prints the assessment', async () => {
    const f = fakeIo({ 'a.json': JSON.stringify({ operation: 'assess', input }) });
    expect(await runCli(['risk', 'a.json'], f.io)).toBe(0);
    const r = JSON.parse(f.out());
    expect(r.level).toBe(3);
    expect(r.trace.entry).toBe('assessProviderRisk');
  });

  it('"plan" runs assess, review and plan; --brief drops traces', async () => {
    const f = fakeIo({ 'p.json': JSON.stringify({ operation: 'plan', previous: null, input, bankHolidays: ['2026-04-03'] }) });
    expect(await runCli(['risk', 'p.json', '--brief'], f.io)).toBe(0);
    const r = JSON.parse(f.out());
    expect(r.decision).toMatchObject({ action: 'initial', level: 3 });
    expect(r.plan.oversight.body).toBe('pep');
    expect(r.plan.trace).toBeUndefined();
    expect(r.plan.contractual.find((a: { id: string }) => a.id === 'breach-letter').due.date).toBe('2026-03-23');
  });

  it('"timeline" feeds each decision into the next review', async () => {
    const later = { ...input, asOf: '2026-03-23', evidence: [...input.evidence, { kind: 'market-oversight', id: 'M', date: '2026-03-20', source: 'provider', signal: 'urgent-closure' }] };
    const f = fakeIo({ 't.json': JSON.stringify({ operation: 'timeline', reviews: [input, later], bankHolidays: [] }) });
    expect(await runCli(['risk', 't.json', '--brief'], f.io)).toBe(0);
    const r = JSON.parse(f.out());
    expect(r.steps.map((s: { decision: { action: string; level: number } }) => `${s.decision.action}:${s.decision.level}`)).toEqual(['initial:3', 'escalate:4']);
    expect(r.state.level).toBe(4);
  });

  it('"concern-deadline" and "portfolio", with a council override', async () => {
    const override = { id: 'my-council', version: '1', entries: { concernResponseHours: [{ validFrom: '2022-06-01', value: { 'high-risk': 12, further: 48 }, citation: 'Local', kind: 'policy' }] } };
    const g = fakeIo({ 'c.json': JSON.stringify({ operation: 'concern-deadline', concern: { id: 'C', receivedAt: '2026-03-28T09:00:00Z', priority: 'high-risk' }, override }) });
    expect(await runCli(['risk', 'c.json'], g.io)).toBe(0);
    expect(JSON.parse(g.out()).respondBy).toBe('2026-03-28T21:00:00+00:00');
    const h = fakeIo({ 'f.json': JSON.stringify({ operation: 'portfolio', inputs: [input, { ...input, providerId: 'CH-2', evidence: [] }] }) });
    expect(await runCli(['risk', 'f.json', '--brief'], h.io)).toBe(0);
    expect(JSON.parse(h.out()).summary.byLevel).toEqual({ '0': 1, '1': 0, '2': 0, '3': 1, '4': 0 });
  });

  it('bad input exits 2 with the problems; bad usage exits 2', async () => {
    const f = fakeIo({ 'b.json': JSON.stringify({ operation: 'assess', input: { ...input, asOf: 'yesterday' } }) });
    expect(await runCli(['risk', 'b.json'], f.io)).toBe(2);
    expect(f.err()).toContain('input.asOf');
    const g = fakeIo({ 'x.json': JSON.stringify({ operation: 'guess' }) });
    expect(await runCli(['risk', 'x.json'], g.io)).toBe(2);
    const h = fakeIo({});
    expect(await runCli(['risk'], h.io)).toBe(2);
    expect(await runCli(['risk', 'missing.json'], h.io)).toBe(2);
    expect(h.err()).toContain('cannot read missing.json');
  });

  it('--help prints the usage, and the schemas are listed', async () => {
    const f = fakeIo({});
    expect(await runCli(['risk', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('"operation"');
    const g = fakeIo({});
    expect(await runCli(['schema', 'risk-file'], g.io)).toBe(0);
    expect(JSON.parse(g.out())).toHaveProperty('oneOf');
  });

  it('"decide" records the PEP decision on the recommendation; "replay" gives every review of a history', async () => {
    const f = fakeIo({ 'd.json': JSON.stringify({ operation: 'decide', previous: null, input, record: { confirmedBy: 'pep', decidedOn: '2026-03-18', qpsgReferral: { referredOn: '2026-03-17' } } }) });
    expect(await runCli(['risk', 'd.json', '--brief'], f.io)).toBe(0);
    const r = JSON.parse(f.out());
    expect(r.recommendation).toMatchObject({ status: 'recommendation', level: 3, qpsgReferralRequired: true });
    expect(r.decision).toMatchObject({ level: 3, confirmedBy: 'pep', departure: null });
    const g = fakeIo({ 'r.json': JSON.stringify({ operation: 'replay', input: { providerId: 'CH-1', serviceType: 'residential-local', evidence: input.evidence, reviewDates: ['2026-03-09', '2026-03-16'] } }) });
    expect(await runCli(['risk', 'r.json', '--brief'], g.io)).toBe(0);
    expect(JSON.parse(g.out()).reviews.map((x: { level: number }) => x.level)).toEqual([0, 3]);
  });
});

// Issue 14: --format json|text|csv, where each makes sense.
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

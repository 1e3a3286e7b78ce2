import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';


const duty = {
  operation: 'temporary-duty',
  input: {
    asOf: '2026-03-02',
    provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] },
    activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
    events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
  },
};

const continuity = {
  operation: 'continuity',
  context: { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: true },
  people: [
    { ref: 'R-01', role: 'adult', arrangement: 'self-funded' },
    { ref: 'R-02', role: 'adult', arrangement: 'welsh-authority', fundingBody: 'Powys County Council' },
  ],
};

describe('asc-rules provider-failure', () => {
  it('runs the operation the file names: temporary-duty', async () => {
    const f = fakeIo({ 'duty.json': JSON.stringify(duty) });
    expect(await runCli(['provider-failure', 'duty.json'], f.io)).toBe(0);
    const result = JSON.parse(f.out());
    expect(result.engaged).toBe(true);
    expect(result.event.citation).toBe('SI 2015/301 reg 2(2)(a)');
  });

  it('--format text prints the trace in plain English, with the citations; a bad --format is a usage error', async () => {
    const f = fakeIo({ 'duty.json': JSON.stringify(duty) });
    expect(await runCli(['provider-failure', 'duty.json', '--format', 'text'], f.io)).toBe(0);
    expect(f.out()).toMatch(/^Decision by assessTemporaryDuty as of 2026-03-02/);
    expect(f.out()).toMatch(/\n1\. \[/);
    expect(f.out()).toContain('SI 2015/301 reg 2(2)(a)');
    expect(() => JSON.parse(f.out())).toThrow();
    const g = fakeIo({ 'duty.json': JSON.stringify(duty) });
    expect(await runCli(['provider-failure', 'duty.json', '--format', 'csv'], g.io)).toBe(2);
  });

  it('continuity: one result per person', async () => {
    const f = fakeIo({ 'people.json': JSON.stringify(continuity) });
    expect(await runCli(['provider-failure', 'people.json'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).results.map((r: { basis: string }) => r.basis)).toEqual(['s48-temporary-duty', 's49-cross-border']);
  });

  it('continuity: the problems of every person are reported at once, each at its place in the file', async () => {
    const file = {
      operation: 'continuity',
      context: { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: false },
      people: [
        { ref: 'R-01', role: 'adult', arrangement: 'self-funded', needsAppearUrgent: false },
        // Both need the context (s.48 not engaged) to be refused, so both are found when the people are decided; a
        // person's own inconsistent fields are refused earlier, with the file's schema.
        { ref: 'R-02', role: 'adult', arrangement: 'self-funded' },
        { ref: 'R-03', role: 'adult', arrangement: 'self-funded' },
      ],
    };
    const f = fakeIo({ 'people.json': JSON.stringify(file) });
    expect(await runCli(['provider-failure', 'people.json'], f.io)).toBe(2);
    expect(f.err()).toContain('people[1].needsAppearUrgent');
    expect(f.err()).toContain('people[2].needsAppearUrgent');
    expect(f.err()).not.toContain('R-02');
  });

  it('response-plan with a council override pack', async () => {
    const plan = { operation: 'response-plan', input: { notifiedAt: '2026-02-27T09:00:00Z', serviceType: 'home-support', cause: 'emergency', timescale: 'emergency', peopleAffected: 10, affectedAuthorities: ['Leeds'] } };
    const layer = { area: 'provider-failure', base: 'coventry-provider-failure', id: 'leeds', version: '1', entries: { emergencyClosureWindowHours: [{ validFrom: '2026-01-01', kind: 'policy', citation: 'Leeds plan', value: 48 }] } };
    const f = fakeIo({ 'plan.json': JSON.stringify(plan), 'leeds.json': JSON.stringify(layer) });
    expect(await runCli(['provider-failure', 'plan.json', '--pack', 'leeds.json'], f.io)).toBe(0);
    const result = JSON.parse(f.out());
    expect(result.approach).toBe(2);
    // The council's 48-hour window caps every step: the last one falls due at the 48th hour.
    const closure = result.actions.filter((a: { phase: string }) => a.phase === 'closure').map((a: { dueAt: string }) => a.dueAt);
    expect(closure.at(-1)).toBe('2026-03-01T09:00:00+00:00');
    expect(closure.every((d: string) => Date.parse(d) <= Date.parse('2026-03-01T09:00:00Z'))).toBe(true);
    expect(result.pack.id).toBe('leeds');
  });

  it('market-oversight', async () => {
    const f = fakeIo({ 'mo.json': JSON.stringify({ operation: 'market-oversight', input: { asOf: '2026-04-01', isLocalAuthority: false, residential: { bedCapacity: 2500, authoritiesWithBeds: 30 } } }) });
    expect(await runCli(['provider-failure', 'mo.json'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).status).toBe('meets');
  });

  it('an unknown operation or bad input exits 2 with the problems listed', async () => {
    const f = fakeIo({ 'bad.json': JSON.stringify({ operation: 'guess', input: {} }), 'bad2.json': JSON.stringify({ ...duty, input: { ...duty.input, asOf: 'yesterday' } }) });
    expect(await runCli(['provider-failure', 'bad.json'], f.io)).toBe(2);
    expect(f.err()).toContain('operation');
    expect(await runCli(['provider-failure', 'bad2.json'], f.io)).toBe(2);
    expect(f.err()).toContain('input.asOf');
  });

  it('a council layer that touches the law exits 2', async () => {
    const layer = { area: 'provider-failure', base: 'coventry-provider-failure', id: 'x', version: '1', entries: { businessFailureEventsOrganisation: [{ validFrom: '2026-01-01', kind: 'law', citation: 'x', value: [] }] } };
    const f = fakeIo({ 'duty.json': JSON.stringify(duty), 'x.json': JSON.stringify(layer) });
    expect(await runCli(['provider-failure', 'duty.json', '--pack', 'x.json'], f.io)).toBe(2);
    expect(f.err()).toContain('law_override');
  });

  it('usage errors: no file, two files, a missing file; --help prints usage', async () => {
    const f = fakeIo({});
    expect(await runCli(['provider-failure'], f.io)).toBe(2);
    expect(await runCli(['provider-failure', 'a.json', 'b.json'], f.io)).toBe(2);
    expect(await runCli(['provider-failure', 'missing.json'], f.io)).toBe(2);
    expect(f.err()).toContain('cannot read missing.json');
    expect(await runCli(['provider-failure', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('"operation"');
  });

  it('the file schema is printed by asc-rules schema', async () => {
    const f = fakeIo({});
    expect(await runCli(['schema', 'provider-failure-file'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).oneOf ?? JSON.parse(f.out()).anyOf).toBeDefined();
  });
});

// Issue 14: --format csv for the continuity operation (one row per person).
describe('asc-rules provider-failure --format csv', () => {
  it('gives one row per person, with the same basis and bodies as the JSON result', async () => {
    const c = fakeIo({ 'people.json': JSON.stringify(continuity) });
    expect(await runCli(['provider-failure', 'people.json', '--format', 'csv'], c.io)).toBe(0);
    const rows = parse(c.out(), { columns: true }) as Record<string, string>[];
    const j = fakeIo({ 'people.json': JSON.stringify(continuity) });
    expect(await runCli(['provider-failure', 'people.json'], j.io)).toBe(0);
    const json = JSON.parse(j.out()) as { results: { ref: string; basis: string; funder: { role: string; name?: string } }[] };
    expect(rows.map((r) => [r['ref'], r['basis'], r['funder'], r['funderName']])).toEqual(json.results.map((r) => [r.ref, r.basis, r.funder.role, r.funder.name ?? '']));
    expect(rows.map((r) => r['basis'])).toEqual(['s48-temporary-duty', 's49-cross-border']);
  });

  it('is refused for an operation that gives one result (exit 2, naming the operation)', async () => {
    const f = fakeIo({ 'duty.json': JSON.stringify(duty) });
    expect(await runCli(['provider-failure', 'duty.json', '--format', 'csv'], f.io)).toBe(2);
    expect(f.err()).toMatch(/continuity operation/);
  });
});

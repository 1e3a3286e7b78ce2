// `--pack FILE` on every command that applies rules (issue 14): the same pack-file loader as `asc-rules params`,
// `compare` and `test` (YAML or JSON, checked against the rule-pack schema and the law floor, problems named by
// file, line and key), a pack of another area refused, and the pack changing the result it should.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';

const example = (area: string): string => readFileSync(new URL(`../../examples/packs/${area}.yaml`, import.meta.url), 'utf8');
const geography = { code: 'E08000026', description: 'Coventry' };

/** Runs the command; its exit code, stdout and stderr. */
async function run(args: string[], files: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const f = fakeIo(files);
  const code = await runCli(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

/** A YAML pack file whose line 6 sets `key` (a national-law parameter) in `area`. */
function lawPack(area: string, base: string, key: string, value: string): string {
  return [`area: ${area}`, `base: ${base}`, 'id: our-council', 'version: "1"', 'entries:', `  ${key}:`, '    - validFrom: 2026-04-01', `      value: ${value}`, '      citation: our cabinet', '      kind: law', ''].join('\n');
}

describe('--pack reads each file once', () => {
  it('a pack file is read once: the area check and the rules see the same text, even if the file changes meanwhile', async () => {
    const duty = JSON.stringify({ asOf: '2026-06-01', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'personalHygiene'] }, residence: 'ordinarily-resident', charge: 'chargeable', careHomeAccommodation: false, financialAssessment: { capital: '25000' }, asksAuthorityToMeetNeeds: false, lacksCapacityToArrange: false, needsMetByCarer: [] });
    const f = fakeIo({ 'd.json': duty, 'council.yaml': example('eligibility') });
    const reads: string[] = [];
    const io = {
      ...f.io,
      // The second read of the pack file finds it rewritten as a pack of another area.
      readText: async (path: string) => (reads.push(path), path === 'council.yaml' && reads.filter((p) => p === path).length > 1 ? 'area: risk\n' : f.io.readText(path)),
    };
    const code = await runCli(['eligibility', 'd.json', '--pack', 'council.yaml'], io);
    expect(f.err()).toBe('');
    expect(code).toBe(0);
    expect(reads.filter((p) => p === 'council.yaml')).toEqual(['council.yaml']);
    expect(JSON.parse(f.out()).trace.pack.id).toBe('example-council-eligibility');
  });
});

describe('asc-rules eligibility --pack', () => {
  // test/cases/example-council-eligibility.yaml: £25,000 at home is under the council's £30,000 limit.
  const duty = JSON.stringify({
    asOf: '2026-06-01', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'personalHygiene'] }, residence: 'ordinarily-resident',
    charge: 'chargeable', careHomeAccommodation: false, financialAssessment: { capital: '25000' }, asksAuthorityToMeetNeeds: false, lacksCapacityToArrange: false, needsMetByCarer: [],
  });

  it("a council's higher non-residential capital limit turns a power into a duty (Care Act 2014 s.18(2))", async () => {
    const files = { 'd.json': duty, 'council.yaml': example('eligibility') };
    const base = await run(['eligibility', 'd.json'], files);
    expect(base.code).toBe(0);
    expect(JSON.parse(base.out).status).toBe('power');
    const adapted = await run(['eligibility', 'd.json', '--pack', 'council.yaml'], files);
    expect(adapted.code).toBe(0);
    const result = JSON.parse(adapted.out);
    expect(result.status).toBe('duty');
    expect(result.trace.pack.id).toBe('example-council-eligibility');
  });

  it('a pack that changes the law (the capital limits, SI 2014/2672) is refused with its file, line and key: exit 2', async () => {
    const r = await run(['eligibility', 'd.json', '--pack', 'law.yaml'], { 'd.json': duty, 'law.yaml': lawPack('eligibility', 'coventry-eligibility', 'capitalLimits', '{ upper: "99999" }') });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/law\.yaml/);
    expect(r.err).toMatch(/line \d+, entries\.capitalLimits/);
  });

  it('a pack file of another area is refused with a message naming both areas', async () => {
    const r = await run(['eligibility', 'd.json', '--pack', 'risk.yaml'], { 'd.json': duty, 'risk.yaml': example('risk') });
    expect(r.code).toBe(2);
    expect(r.err).toContain('risk.yaml is a pack file for "risk": asc-rules eligibility applies the eligibility rules');
  });
});

describe('asc-rules risk --pack', () => {
  // A substantiated low-severity safeguarding enquiry affecting two adults.
  const input = { providerId: 'CH-1', serviceType: 'residential-local', asOf: '2026-06-16', evidence: [{ kind: 'safeguarding', id: 'S1', date: '2026-06-11', source: 'hub', severity: 'low', outcome: 'substantiated', adultsAffected: 2 }] };
  const file = JSON.stringify({ operation: 'assess', input });

  it('a lower "significant" threshold (two adults affected, not three) raises the level from 1 to 3', async () => {
    const files = { 'a.json': file, 'council.yaml': example('risk') };
    const base = await run(['risk', 'a.json', '--brief'], files);
    expect(base.code).toBe(0);
    expect(JSON.parse(base.out).level).toBe(1);
    const adapted = await run(['risk', 'a.json', '--brief', '--pack', 'council.yaml'], files);
    expect(adapted.code).toBe(0);
    expect(JSON.parse(adapted.out).level).toBe(3);
    expect(adapted.err).toBe('');
  });

  it('a bad pack (a parameter the pack does not have) is refused with its line: exit 2', async () => {
    const r = await run(['risk', 'a.json', '--pack', 'bad.yaml'], { 'a.json': file, 'bad.yaml': lawPack('risk', 'coventry-risk', 'tableOneLevels', '1') });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pack file bad\.yaml[\s\S]*line 6, entries\.tableOneLevels/);
  });

  it('the deprecated "override" key is still read, with a warning pointing to --pack', async () => {
    const override = { id: 'my-council', version: '1', entries: { concernResponseHours: [{ validFrom: '2022-06-01', value: { 'high-risk': 12, further: 48 }, citation: 'Local', kind: 'policy' }] } };
    const concern = { id: 'C', receivedAt: '2026-03-28T09:00:00Z', priority: 'high-risk' };
    const r = await run(['risk', 'c.json'], { 'c.json': JSON.stringify({ operation: 'concern-deadline', concern, override }) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).respondBy).toBe('2026-03-28T21:00:00+00:00');
    expect(r.err).toMatch(/^warning: the "override" key of a risk file is deprecated .* pass it with --pack FILE\n$/);
    const none = await run(['risk', 'c.json'], { 'c.json': JSON.stringify({ operation: 'concern-deadline', concern }) });
    expect(none.err).toBe('');
  });
});

describe('asc-rules ascof measure|survey|kpi|cld --pack', () => {
  const kpis = JSON.stringify({ geography, kpis: [{ kpi: 'short-term-support', asOf: '2024-03-31', outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52 } }] });
  const twoPlaces = JSON.stringify({ area: 'ascof', base: 'coventry-ascof', id: 'two-places', version: '1', entries: { kpiRounding: [{ validFrom: '2014-04-01', value: { places: 2, mode: 'half-away-from-zero' }, citation: 'Local KPI report', kind: 'policy' }] } });
  const measures = JSON.stringify({ year: '2024-25', geography, measures: [{ code: '2A', numerator: 3, denominator: 8 }] });
  const underTen = [
    'area: ascof', 'base: coventry-ascof', 'id: under-ten', 'version: "1"', 'entries:', '  unpublishedSuppression:', '    - validFrom: 2014-04-01', '      value:',
    '        - { basis: denominator, below: 10, suppress: [numerator, denominator, outcome], appliesTo: all, marker: "[c]" }', '      citation: Local disclosure policy', '      kind: policy', '',
  ].join('\n');

  it('kpi: a pack rounding to 2 places gives 76.68 where the default gives 76.7', async () => {
    const files = { 'k.json': kpis, 'p.json': twoPlaces };
    expect((await run(['ascof', 'kpi', 'k.json'], files)).out).toContain(',short-term-support,Total,Outcome,76.7\r\n');
    const adapted = await run(['ascof', 'kpi', 'k.json', '--pack', 'p.json'], files);
    expect(adapted.code).toBe(0);
    expect(adapted.out).toContain(',short-term-support,Total,Outcome,76.68\r\n');
  });

  it('measure: a council suppressing counts under 10 hides a figure the default publishes', async () => {
    const files = { 'm.json': measures, 'p.yaml': underTen };
    expect((await run(['ascof', 'measure', 'm.json'], files)).out).toContain(',2A,Total,Outcome,37.5\r\n');
    const adapted = await run(['ascof', 'measure', 'm.json', '--pack', 'p.yaml'], files);
    expect(adapted.code).toBe(0);
    expect(adapted.out).toContain(',2A,Total,Outcome,[c]\r\n');
  });

  it('measure, survey, kpi and cld refuse a law-changing pack with its line, and a pack of another area', async () => {
    const law = lawPack('ascof', 'coventry-ascof', 'measureDefinitions', '[]');
    const survey = JSON.stringify({ survey: 'sace', year: '2024-25', geography, responses: [] });
    const cld = ['cld.csv', '--period', '2024-04-01/2025-03-31', '--pop-18-64', '1000', '--pop-65-plus', '1000'];
    for (const args of [['measure', 'm.json'], ['survey', 's.json'], ['kpi', 'k.json'], ['cld', ...cld]]) {
      const files = { 'm.json': measures, 's.json': survey, 'k.json': kpis, 'cld.csv': 'LA_Code\n', 'law.yaml': law, 'demand.yaml': example('demand') };
      const r = await run(['ascof', ...args, '--pack', 'law.yaml'], files);
      expect(r.code, args[0]).toBe(2);
      expect(r.err, args[0]).toMatch(/pack file law\.yaml[\s\S]*line 6, entries\.measureDefinitions: .*national law/);
      const other = await run(['ascof', ...args, '--pack', 'demand.yaml'], files);
      expect(other.code, args[0]).toBe(2);
      expect(other.err, args[0]).toContain(`demand.yaml is a pack file for "demand": asc-rules ascof ${args[0]} applies the ascof rules`);
    }
  });
});

describe('asc-rules demand --pack', () => {
  const costs = JSON.stringify({ volumes: [{ service: 'R', year: 2027, quantity: 10 }], unitCosts: [{ service: 'R', amount: '800.00', priceYear: 2025, unitsPerYear: 52 }], options: { asOf: '2026-11-23' } });

  it("costs: the council's 3.5% uplift replaces Leicestershire's 2.9%", async () => {
    const files = { 'c.json': costs, 'council.yaml': example('demand') };
    const base = await run(['demand', 'costs', 'c.json', '--format', 'csv'], files);
    expect(base.out).toContain('# uplift per year: 0.029\n');
    const adapted = await run(['demand', 'costs', 'c.json', '--format', 'csv', '--pack', 'council.yaml'], files);
    expect(adapted.code).toBe(0);
    expect(adapted.out).toContain('# uplift per year: 0.035\n');
    expect(adapted.out).toContain('# rule pack: example-council-demand@2026.1\n');
    // 800 × 52 × 1.035² = 44,562.96 a year for each of 10 people.
    expect(adapted.out).toContain('R,2027,10,856.98,445629.60\n');
  });

  it('a law-changing pack (the adult minimum age) is refused with its line: exit 2', async () => {
    const r = await run(['demand', 'costs', 'c.json', '--pack', 'law.yaml'], { 'c.json': costs, 'law.yaml': lawPack('demand', 'leicestershire-demand', 'adultMinimumAge', '16') });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pack file law\.yaml[\s\S]*line 6, entries\.adultMinimumAge/);
  });
});

describe('asc-rules provider-failure --pack', () => {
  const plan = JSON.stringify({ operation: 'response-plan', input: { notifiedAt: '2026-02-27T09:00:00Z', serviceType: 'home-support', cause: 'emergency', timescale: 'emergency', peopleAffected: 10, affectedAuthorities: ['Leeds'] } });
  const window = ['area: provider-failure', 'base: coventry-provider-failure', 'id: leeds', 'version: "1"', 'entries:', '  emergencyClosureWindowHours:', '    - { validFrom: 2026-01-01, value: 24, citation: Leeds plan, kind: policy }', ''].join('\n');

  it("a YAML pack with a 24-hour emergency window brings the plan's last closure step forward", async () => {
    const files = { 'p.json': plan, 'leeds.yaml': window };
    const last = (out: string): string => JSON.parse(out).actions.filter((a: { phase: string }) => a.phase === 'closure').map((a: { dueAt: string }) => a.dueAt).at(-1);
    const base = await run(['provider-failure', 'p.json'], files);
    const adapted = await run(['provider-failure', 'p.json', '--pack', 'leeds.yaml'], files);
    expect(adapted.code).toBe(0);
    expect(last(base.out)).toBe('2026-03-01T09:00:00+00:00');
    expect(last(adapted.out)).toBe('2026-02-28T09:00:00+00:00');
  });

  it('a law-changing pack (the s.48 business failure events) is refused with its line: exit 2', async () => {
    const r = await run(['provider-failure', 'p.json', '--pack', 'law.yaml'], { 'p.json': plan, 'law.yaml': lawPack('provider-failure', 'coventry-provider-failure', 'businessFailureEventsOrganisation', '[]') });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pack file law\.yaml[\s\S]*line 6, entries\.businessFailureEventsOrganisation/);
  });
});

describe('--help of every command that applies rules documents --pack', () => {
  it.each([['eligibility'], ['risk'], ['ascof'], ['ascof', 'cld'], ['demand'], ['provider-failure']])('%s', async (...cmd) => {
    const r = await run([...cmd, '--help'], {});
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--pack (FILE|<file>)/);
  });
});

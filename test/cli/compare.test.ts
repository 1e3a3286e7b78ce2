import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { fakeIo } from './fakeIo.js';

/** fakeIo plus directories: a path ending in "/" lists the files under it. */
function withDirs(files: Record<string, string>) {
  const f = fakeIo(files);
  const io: CliIo = {
    ...f.io,
    listDir: async (path) => {
      const prefix = `${path.replace(/\/+$/, '')}/`;
      const names = Object.keys(files).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
      return names.length > 0 ? names : undefined;
    },
  };
  return { io, out: f.out, err: f.err };
}

// A risk threshold lowered: one serious finding, rather than two, makes concerns "significant" (level 3).
const lowered = [
  'area: risk',
  'base: coventry-risk',
  'id: draft-risk',
  'version: "2026.2"',
  'entries:',
  '  levelCriteria:',
  '    - validFrom: 2026-01-01',
  '      value: { singleSeriousLevel: 2, significantSeriousFindings: 1, significantAdultsAffected: 3, criticalFindingLevel: 4 }',
  '      citation: Draft QA policy, para 3',
  '      kind: policy',
].join('\n');

describe('asc-rules compare', () => {
  it('reports exactly the cases a lowered risk threshold changes, with the steps and values that differ', async () => {
    const { TRIGGER_DOMAINS } = await import('../../src/risk/index.js');
    const base = [
      ...TRIGGER_DOMAINS.map((domain) => ({ kind: 'quality-trigger', id: `V0-${domain}`, date: '2026-01-05', source: 'visit', domain, finding: 'assured' })),
      { kind: 'business-continuity-plan', id: 'BCP', date: '2026-01-05', source: 'visit', status: 'tested' },
    ];
    const serious = { kind: 'quality-trigger', id: 'S', date: '2026-03-12', source: 'visit', domain: 'staffing-levels', finding: 'serious' };
    const moderate = { kind: 'quality-trigger', id: 'M', date: '2026-03-01', source: 'visit', domain: 'medication', finding: 'moderate' };
    const safeguarding = { kind: 'safeguarding', id: 'SG', date: '2026-03-10', source: 'hub', severity: 'serious', outcome: 'substantiated', adultsAffected: 1 };
    const provider = (providerId: string, evidence: unknown[]) => ({ name: providerId, input: { providerId, serviceType: 'residential-local', evidence }, date: '2026-03-16' });
    const cases = { area: 'risk', operation: 'assess', cases: [provider('Ash House', base), provider('Birch Court', [...base, moderate]), provider('Cedar Lodge', [...base, serious]), provider('Damson Place', [...base, serious, safeguarding])] };
    const f = withDirs({ 'draft.yaml': lowered, 'last-year/q1.json': JSON.stringify(cases, null, 2) });
    expect(await runCli(['compare', 'risk', '--pack', 'draft.yaml', 'last-year/'], f.io)).toBe(0);
    const out = f.out();
    expect(out).toContain('Cedar Lodge  (last-year/q1.json line');
    expect(out).toContain('  level: 2 → 3');
    expect(out).toContain('  parameter levelCriteria.significantSeriousFindings: 2 → 1 (set by draft-risk@2026.2)\n');
    expect(out).not.toContain('Ash House');
    expect(out).not.toContain('Damson Place');
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 of 4 assessments change; 1 level 2 → 3');

    const j = withDirs({ 'draft.yaml': lowered, 'q1.json': JSON.stringify(cases) });
    expect(await runCli(['compare', 'risk', '--pack', 'draft.yaml', 'q1.json', '--format', 'json'], j.io)).toBe(0);
    const r = JSON.parse(j.out());
    expect(r.changed.map((c: { name: string }) => c.name)).toEqual(['Cedar Lodge']);
    expect(r.changed[0].steps.length).toBeGreaterThan(0);
    expect(r.transitions).toEqual([{ field: 'level', from: 2, to: 3, count: 1 }]);
  });

  it('compares figures for demand: the example pack changes the self-funder totals of the Leicestershire projection only', async () => {
    const files = {
      'examples/packs/demand.yaml': readFileSync('examples/packs/demand.yaml', 'utf8'),
      'test/cases/demand-leicestershire.yaml': readFileSync('test/cases/demand-leicestershire.yaml', 'utf8'),
    };
    const f = withDirs(files);
    expect(await runCli(['compare', 'demand', '--pack', 'examples/packs/demand.yaml', 'test/cases/demand-leicestershire.yaml', '--format', 'json'], f.io)).toBe(0);
    const r = JSON.parse(f.out());
    expect(r.changed).toHaveLength(1);
    expect(r.changed[0].name).toMatch(/^section 2\.1 through projectDemand/);
    // 13,322 LA-funded people in 2020 are 75% of the total at a 25% self-funder share: 13,322 ÷ 0.75 = 17,762.67 → 17,763.
    expect(r.changed[0].changes).toContainEqual({ field: 'withSelfFunders.2020', before: '16447', after: '17763' });
    expect(r.summary).toMatch(/^1 of 20 projections change/);
  });

  it("eligibility: the example pack's higher capital limit for care at home turns one determination from power to duty", async () => {
    const files = {
      'examples/packs/eligibility.yaml': readFileSync('examples/packs/eligibility.yaml', 'utf8'),
      'test/cases/example-council-eligibility.yaml': readFileSync('test/cases/example-council-eligibility.yaml', 'utf8'),
    };
    const f = withDirs(files);
    expect(await runCli(['compare', 'eligibility', '--pack', 'examples/packs/eligibility.yaml', 'test/cases/'], f.io)).toBe(0);
    const out = f.out();
    expect(out).toContain('at home with £25,000 of capital, not asking the council to arrange care  (test/cases/example-council-eligibility.yaml line 10)\n  status: power → duty\n');
    expect(out).toContain('  parameter nonResidentialUpperCapitalLimit: null → 30000.00 (set by example-council-eligibility@2026.1)');
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 of 3 determinations change; 1 power → duty');
    // Decided as of a day after the council's limit starts, the case dated before it changes too.
    const g = withDirs(files);
    expect(await runCli(['compare', 'eligibility', '--pack', 'examples/packs/eligibility.yaml', '--on', '2026-05-01', 'test/cases/example-council-eligibility.yaml'], g.io)).toBe(0);
    expect(g.out().trimEnd().split('\n').at(-1)).toBe('2 of 3 determinations change; 2 power → duty');
    expect(await runCli(['compare', 'eligibility', '--pack', 'examples/packs/eligibility.yaml', '--on', 'soon', 'test/cases/'], g.io)).toBe(2);
  });

  it('needs an area, a pack and cases; refuses cases of another area', async () => {
    const f = withDirs({ 'draft.yaml': lowered, 'c.yaml': 'area: eligibility\ncases:\n  - name: x\n    input: {}\n' });
    expect(await runCli(['compare', 'housing', '--pack', 'draft.yaml', 'c.yaml'], f.io)).toBe(2);
    expect(await runCli(['compare', 'risk', 'c.yaml'], f.io)).toBe(2);
    expect(await runCli(['compare', 'risk', '--pack', 'draft.yaml', 'c.yaml'], f.io)).toBe(2);
    expect(f.err()).toContain('c.yaml holds eligibility cases, not risk cases');
  });
});

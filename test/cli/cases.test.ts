import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpectations, splitPath } from '../../src/cli/expectations.js';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';

const carers = readFileSync('test/cases/eligibility-carer.yaml', 'utf8');

describe('asc-rules test <cases>', () => {
  it('passes a file whose expectations hold: one line per case, then "N passed, 0 failed", exit 0', async () => {
    const f = fakeIo({ 'carers.yaml': carers });
    expect(await runCli(['test', 'carers.yaml'], f.io)).toBe(0);
    const lines = f.out().trimEnd().split('\n');
    expect(lines[0]).toBe('carers.yaml (eligibility, 4 cases)');
    expect(lines.filter((l) => l.startsWith('  ✓ '))).toHaveLength(4);
    expect(lines.at(-1)).toBe('4 passed, 0 failed');
  });

  it('a case file with one wrong expectation fails with a readable diff and exit 1', async () => {
    // The health circumstance alone meets reg 3(2)(a): "undetermined" is the wrong expectation.
    const wrong = carers.replace('status: eligible', 'status: undetermined');
    expect(wrong).not.toBe(carers);
    const f = fakeIo({ 'carers.yaml': wrong });
    expect(await runCli(['test', 'carers.yaml'], f.io)).toBe(1);
    const out = f.out();
    const line = wrong.split('\n').findIndex((l) => l.startsWith('  - name: the health circumstance alone')) + 1;
    expect(out).toContain(`  ✗ the health circumstance alone meets condition (b)  (line ${line})\n      status\n        expected: undetermined\n        actual:   eligible\n`);
    expect(out.trimEnd().split('\n').at(-1)).toBe('3 passed, 1 failed');
  });

  it('matches paths, lists, figures written as numbers, and expected refusals; shows each mismatch', async () => {
    const file = {
      area: 'demand',
      cases: [
        { name: 'figures', operation: 'growth', input: { from: 8483, to: 15697 }, expect: { growthPercent: 85, fromOverToPercent: '54.0', 'rounding.places': 1 } },
        { name: 'a wrong figure and a wrong text', operation: 'growth', input: { from: 100, to: 110 }, expect: { growthPercent: '11.0', fromOverToPercent: 'x' } },
        { name: 'refused as expected', operation: 'self-funders', input: { laFunded: 10, asOf: '2001-01-01' }, expect: { error: 'no_value_in_force' } },
        { name: 'refused unexpectedly', operation: 'self-funders', input: { laFunded: -1, selfFunderShare: '0.19' }, expect: { total: '0' } },
      ],
    };
    const f = fakeIo({ 'd.json': JSON.stringify(file, null, 2) });
    expect(await runCli(['test', 'd.json'], f.io)).toBe(1);
    const out = f.out();
    expect(out).toContain('  ✓ figures\n');
    expect(out).toContain('      growthPercent\n        expected: 11.0\n        actual:   10.0\n      fromOverToPercent\n        expected: x\n        actual:   90.9\n');
    expect(out).toContain('  ✓ refused as expected\n');
    expect(out).toMatch(/✗ refused unexpectedly {2}\(line \d+\)\n {6}refused:\n {8}- line \d+, input\.laFunded: /);
    expect(out.trimEnd().split('\n').at(-1)).toBe('2 passed, 2 failed');
    const j = fakeIo({ 'd.json': JSON.stringify(file) });
    expect(await runCli(['test', 'd.json', '--format', 'json'], j.io)).toBe(1);
    expect(JSON.parse(j.out())).toMatchObject({ passed: 2, failed: 2 });
  });

  it("a refused case's problems are named at the lines of its input, and asOf at its date", async () => {
    const text = [
      'area: provider-failure',
      'operation: market-oversight',
      'cases:',
      '  - name: before SI 2015/314 was in force',
      '    date: 2014-01-01',
      '    input:',
      '      isLocalAuthority: false',
      '      residential: { bedCapacity: -5, authoritiesWithBeds: 1 }',
      '    expect: { status: meets }',
    ].join('\n');
    const f = fakeIo({ 'mo.yaml': text });
    expect(await runCli(['test', 'mo.yaml'], f.io)).toBe(1);
    expect(f.out()).toMatch(/refused:\n {8}- line 8, input\.residential\.bedCapacity: /);
  });

  it('reads paths with indexes and list selectors', () => {
    expect(splitPath('totals[2].selfFunders.total')).toEqual(['totals', 2, 'selfFunders', 'total']);
    expect(splitPath('actions[id=press-statement].dueAt')).toEqual(['actions', { field: 'id', equals: 'press-statement' }, 'dueAt']);
    expect(splitPath('cells.0.people')).toEqual(['cells', 0, 'people']);
    expect(checkExpectations({ 'xs[k=b].v': 2, 'xs[k=c]': null }, { xs: [{ k: 'a', v: 1 }, { k: 'b', v: 3 }] })).toEqual([{ path: 'xs[k=b].v', expected: 2, actual: 3 }]);
  });

  it('a malformed case file names the file, the line and the key (exit 2)', async () => {
    const bad = carers.replace('operation: carer', 'operation: carers').replace('date: 2026-11-23', 'date: 2026-11-31');
    const f = fakeIo({ 'carers.yaml': bad });
    expect(await runCli(['test', 'carers.yaml'], f.io)).toBe(2);
    expect(f.err()).toContain('error: case file carers.yaml refused the input');
    expect(f.err()).toMatch(/line \d+, cases\[0\]\.date: /);
    const g = fakeIo({ 'c.yaml': 'area: risk\noperation: plan\ncases:\n  - name: x\n    input: {}\n' });
    expect(await runCli(['test', 'c.yaml'], g.io)).toBe(2);
    expect(g.err()).toContain('line 2, operation: "plan" is not an operation of risk: use assess, replay, concern-deadline');
    expect(g.err().match(/is not an operation/g)).toHaveLength(1); // once, not again for the case that inherits it
    const h = fakeIo({ 'c.txt': '' });
    expect(await runCli(['test', 'c.txt'], h.io)).toBe(2);
    expect(await runCli(['test'], h.io)).toBe(2);
  });

  it('runs cases under the pack their file names, relative to the file', async () => {
    const f = fakeIo({
      'cases/council.yaml': readFileSync('test/cases/example-council-risk.yaml', 'utf8').replace('../../examples/packs/risk.yaml', '../packs/risk.yaml'),
      'packs/risk.yaml': readFileSync('examples/packs/risk.yaml', 'utf8'),
    });
    expect(await runCli(['test', 'cases/council.yaml'], f.io)).toBe(0);
    expect(f.out()).toContain('3 passed, 0 failed');
  });
});

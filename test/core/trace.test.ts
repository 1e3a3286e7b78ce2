import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { _makeTrace, _step } from '../../src/core/trace.js';
import { defineRulePack, packageInfo, packRef, renderTrace, resolveAll, TRACE_VERSION, whyNot } from '../../src/index.js';
import pkg from '../../package.json' with { type: 'json' };

const pack = defineRulePack(
  { threshold: { kind: 'policy', schema: z.number(), description: 'A threshold.' } },
  { id: 'p', version: '3', entries: { threshold: [{ validFrom: '2020-01-01', value: 2, citation: 'Local policy 2020', kind: 'policy', warning: 'UNVERIFIED sample' }] } },
);

const trace = _makeTrace({
  entry: 'determineSomething',
  asOf: '2026-11-23',
  pack: packRef(pack),
  used: resolveAll(pack, '2026-11-23').used,
  steps: [
    _step('a.first', 'SI 2015/313 reg 2(1)(a)', 'met', 'the needs arise from a physical impairment.', [['impairment', 'physical']]),
    _step('a.second', 'SI 2015/313 reg 2(1)(b)', 'not-met', 'only one outcome is unable to be achieved; two are needed.', [['outcomes.nutrition', true], ['name', undefined]]),
    _step('a.third', 'SI 2015/313 reg 2(1)(c)', 'unknown', 'the impact on wellbeing was not recorded.', [], ['judgement missing']),
  ],
});

describe('traces', () => {
  it('record the format version, the package, the pack, the date, the steps and the parameters used', () => {
    expect(trace.traceVersion).toBe(TRACE_VERSION);
    expect(trace.package).toEqual({ name: pkg.name, version: pkg.version });
    // packageInfo writes the name and version out (no JSON import, for bundle size): it must follow package.json.
    expect(packageInfo).toEqual({ name: pkg.name, version: pkg.version });
    expect(trace.pack).toEqual({ id: 'p', version: '3', layers: [{ id: 'p', version: '3' }] });
    expect(trace.asOf).toBe('2026-11-23');
    expect(trace.steps.map((s) => s.rule)).toEqual(['a.first', 'a.second', 'a.third']);
    expect(trace.parameters).toEqual([{ key: 'threshold', value: 2, validFrom: '2020-01-01', kind: 'policy', citation: 'Local policy 2020', layer: 'p@3', warning: 'UNVERIFIED sample' }]);
  });

  it('keep inputs read, leaving out values not given', () => {
    expect(trace.steps[1]?.inputs).toEqual([{ path: 'outcomes.nutrition', value: true }, { path: 'name' }]);
  });

  it('are JSON round-trippable', () => {
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it('answer "why not" with the failing and undecided steps, in order', () => {
    expect(whyNot(trace).map((s) => s.rule)).toEqual(['a.second', 'a.third']);
  });

  it('render as plain English lines', () => {
    expect(renderTrace(trace)).toEqual([
      `Decision by determineSomething as of 2026-11-23 (pack p 3; adult-social-care-rules ${pkg.version})`,
      '1. [SI 2015/313 reg 2(1)(a)] met: the needs arise from a physical impairment.',
      '2. [SI 2015/313 reg 2(1)(b)] NOT met: only one outcome is unable to be achieved; two are needed.',
      '3. [SI 2015/313 reg 2(1)(c)] unknown: the impact on wellbeing was not recorded.',
      '   warning: judgement missing',
      'Parameter threshold (Local policy 2020): UNVERIFIED sample',
    ]);
  });
});

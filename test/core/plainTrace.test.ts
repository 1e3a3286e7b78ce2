// Issue 13, footprint: the `_plain…` trace builders (used by the eligibility determinations, so that a page that
// only determines eligibility does not carry the general copier) record exactly what the general ones record:
// JSON's reading of each value, JSON.parse(JSON.stringify(value)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _plainStep, _plainTraceParameters, _step, _traceParameters } from '../../src/core/trace.js';
import { eligibilityPack } from '../../src/eligibility/index.js';
import { resolveAll } from '../../src/index.js';

function outcome(build: () => unknown): { ok: unknown } | { error: string } {
  try {
    return { ok: build() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('plain trace builders', () => {
  it('property: for any value (boxed, null-prototype, sparse, Dates, toJSON, lists of strings), _plainStep records what _step records', () => {
    const anything = fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withObjectString: true, maxDepth: 3 });
    const value = fc.oneof(anything, fc.array(fc.string()), fc.array(fc.oneof(fc.string(), fc.constant(undefined))), fc.string(), fc.boolean());
    fc.assert(
      fc.property(value, (v) => {
        expect(outcome(() => _plainStep('r', 'c', 'met', 'b', [['p', v]]))).toStrictEqual(outcome(() => _step('r', 'c', 'met', 'b', [['p', v]])));
      }),
      { numRuns: 3000 },
    );
  });

  it('edge cases: an array with toJSON, an Array subclass, a hole, -0 and NaN take JSON', () => {
    class List extends Array<string> {}
    // eslint-disable-next-line no-sparse-arrays
    const cases: unknown[] = [Object.assign(['a'], { toJSON: () => 'json' }), List.from(['a', 'b']), ['a', , 'b'], [-0, NaN], -0, { a: ['x'] }];
    for (const v of cases) expect(_plainStep('r', 'c', 'met', 'b', [['p', v]])).toStrictEqual(_step('r', 'c', 'met', 'b', [['p', v]]));
    const list = ['a'];
    const step = _plainStep('r', 'c', 'met', 'b', [['p', list]]);
    list.push('b');
    expect(step.inputs[0]!.value).toEqual(['a']);
  });

  it('the pack parameters of a trace are the same record', () => {
    const { used } = resolveAll(eligibilityPack, '2026-11-23');
    expect(_plainTraceParameters(used)).toStrictEqual(_traceParameters(used));
  });
});

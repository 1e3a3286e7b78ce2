// The core's fast paths (issue 13) give exactly the answers of the plain code they replace.
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { _step } from '../../src/core/trace.js';
import { defineRulePack, isRulesError, resolve, resolveAll } from '../../src/index.js';

function viaJson(v: unknown): { ok: unknown } | { error: string } {
  try {
    return { ok: JSON.parse(JSON.stringify(v ?? null)) as unknown };
  } catch (error) {
    return { error: (error as Error).name };
  }
}
function viaStep(v: unknown): { ok: unknown } | { error: string } {
  try {
    return { ok: _step('r', 'c', 'met', 'b', [['p', v]]).inputs[0]!.value ?? null };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('trace inputs are the JSON reading of the value, copied without the text round trip', () => {
  it('property: for any value (boxed, null-prototype, sparse, -0, NaN, undefined inside, Dates, toJSON), the step records what JSON.parse(JSON.stringify()) gives', () => {
    const anything = fc.anything({ withBoxedValues: true, withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withObjectString: true, maxDepth: 4 });
    fc.assert(
      fc.property(anything, (v) => {
        if (v === undefined) return; // an undefined input records no value at all (covered below)
        expect(viaStep(v)).toStrictEqual(viaJson(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('edge cases: -0, NaN, functions, toJSON with its key, nested undefined, cycles and bigints keep JSON behaviour', () => {
    expect(viaStep(-0)).toStrictEqual({ ok: 0 });
    expect(viaStep([NaN, Infinity, undefined, () => 1])).toStrictEqual({ ok: [null, null, null, null] });
    expect(viaStep({ a: undefined, b: Symbol('x'), c: 1 })).toStrictEqual({ ok: { c: 1 } });
    expect(viaStep({ k: { toJSON: (key: string) => `key=${key}` } })).toStrictEqual({ ok: { k: 'key=k' } });
    expect(viaStep([{ toJSON: (key: string) => key }])).toStrictEqual({ ok: ['0'] });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(viaStep(cyclic)).toStrictEqual(viaJson(cyclic));
    expect(viaStep({ n: 1n })).toStrictEqual(viaJson({ n: 1n }));
    expect(viaStep(() => 1)).toStrictEqual(viaJson(() => 1));
    expect(_step('r', 'c', 'met', 'b', [['p', undefined]]).inputs).toEqual([{ path: 'p' }]);
  });

  it('a recorded array or object is a copy: changing the input afterwards does not change the trace', () => {
    const list = ['a', 'b'];
    const obj = { x: [1] };
    const step = _step('r', 'c', 'met', 'b', [['list', list], ['obj', obj]]);
    list.push('c');
    obj.x.push(2);
    expect(step.inputs).toEqual([{ path: 'list', value: ['a', 'b'] }, { path: 'obj', value: { x: [1] } }]);
  });
});

describe('resolution memos never change an answer', () => {
  const spec = { a: { kind: 'policy', schema: z.number(), description: 'A.' }, b: { kind: 'law', schema: z.object({ n: z.number() }), description: 'B.' } } as const;
  const pack = defineRulePack(spec, {
    id: 'm',
    version: '1',
    entries: {
      a: [
        { validFrom: '2020-01-01', validTo: '2021-01-01', value: 1, citation: 'A1', kind: 'policy' },
        { validFrom: '2021-01-01', value: 2, citation: 'A2', kind: 'policy' },
      ],
      b: [{ validFrom: '2020-01-01', value: { n: 5 }, citation: 'B', kind: 'law' }],
    },
  });

  it('resolveAll hands out fresh values and lists each call: changing one result does not reach the next', () => {
    const first = resolveAll(pack, '2021-06-01');
    (first.values as Record<string, unknown>).a = 99;
    (first.used as unknown[]).length = 0;
    const second = resolveAll(pack, '2021-06-01');
    expect(second.values).toEqual({ a: 2, b: { n: 5 } });
    expect(second.used.map((u) => u.key)).toEqual(['a', 'b']);
    expect(resolveAll(pack, '2020-06-01').values.a).toBe(1);
  });

  it('errors are never remembered: each call names its own entry and date path', () => {
    for (const [entry, path] of [['one', ['asOf']], ['two', ['x', 'when']]] as const) {
      try {
        resolveAll(pack, '2019-12-31', { entry, datePath: path });
        expect.unreachable();
      } catch (error) {
        expect(isRulesError(error) && error.entry).toBe(entry);
        expect(isRulesError(error) && error.issues[0]!.path).toEqual(path);
      }
    }
    expect(() => resolve(pack, 'a', '2021-02-30')).toThrow(/calendar date/);
    expect(() => resolve(pack, 'a', 20210101 as unknown as string)).toThrow(/calendar date/);
  });

  it('property: on any date, resolve and resolveAll (memoised) equal a plain search of the timeline', () => {
    const dates = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (d) => {
        const plain = (k: 'a' | 'b') => pack.entries[k].find((e) => e.validFrom <= d && (e.validTo === undefined || d < e.validTo))!;
        expect(resolve(pack, 'a', d)).toEqual({ key: 'a', ...plain('a') });
        expect(resolveAll(pack, d).values).toEqual({ a: plain('a').value, b: plain('b').value });
      }),
    );
  });

  it('a hand-made (unfrozen) pack is never memoised: a change to it is seen at once', () => {
    const handMade = JSON.parse(JSON.stringify(pack)) as typeof pack;
    expect(resolveAll(handMade, '2021-06-01').values.a).toBe(2);
    (handMade.entries.a[1] as { value: number }).value = 3;
    expect(resolveAll(handMade, '2021-06-01').values.a).toBe(3);
    expect(resolve(handMade, 'a', '2021-06-01').value).toBe(3);
  });
});

// Issue 14, "No TypeError from any export": each core function that once threw a raw TypeError (or RangeError,
// or hung) on junk now refuses it with a RulesError naming the argument or field path and the reason. One test
// per refusal, with the reproduction the fuzz run (scripts/fuzz) found; valid calls are unchanged (the other
// test files of test/core pin them).
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import {
  addClockHours,
  addWorkingDays,
  compareUnderPacks,
  defineRulePack,
  describeRounding,
  extendPack,
  isRulesError,
  packRef,
  renderTrace,
  resolve,
  resolveAll,
  roundDecimal,
  toJsonSchema,
  whyNot,
  type RulesIssue,
} from '../../src/index.js';

/** Calls `fn`, expects a RulesError from `entry`, returns its issues (fails the test on any other outcome). */
function refusal(entry: string, fn: () => unknown): readonly RulesIssue[] {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught, 'expected a throw').toBeDefined();
  if (!isRulesError(caught)) throw new Error(`expected a RulesError, got ${String(caught)}`);
  expect(caught.entry).toBe(entry);
  return caught.issues;
}

const junk = (v: unknown): never => v as never;

const spec = { threshold: { kind: 'policy', schema: z.number(), description: 'Score at which to act.' } } as const;
const pack = defineRulePack(spec, {
  id: 'p',
  version: '1',
  entries: { threshold: [{ validFrom: '2020-01-01', value: 10, citation: 'Policy', kind: 'policy' }] },
});

describe('addWorkingDays refuses', () => {
  it('a missing options object, saying the library ships no bank holidays (never assumes none)', () => {
    const issues = refusal('addWorkingDays', () => addWorkingDays('2026-12-18', 5, junk(undefined)));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: ['options'] });
    expect(issues[0]!.message).toMatch(/^must be \{ bankHolidays: \[\.\.\.\] \}: .*ships no bank holidays/);
  });

  it('options that are not an object (null, a number, a list)', () => {
    for (const options of [null, 5, 'x']) {
      expect(refusal('addWorkingDays', () => addWorkingDays('2026-12-18', 5, junk(options)))[0]).toMatchObject({ code: 'invalid_type', path: ['options'] });
    }
  });

  it('more than 10,000 working days, at once (2^53 - 1 once ran for ever)', () => {
    const t0 = performance.now();
    const issues = refusal('addWorkingDays', () => addWorkingDays('2026-01-05', 2 ** 53 - 1, { bankHolidays: [] }));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(issues).toEqual([{ code: 'too_big', path: ['days'], message: 'must be at most 10,000 working days' }]);
    expect(refusal('addWorkingDays', () => addWorkingDays('2026-01-05', 10_001, { bankHolidays: [] }))[0]).toMatchObject({ code: 'too_big', path: ['days'] });
  });

  it('but still counts exactly 10,000 working days (the documented maximum is accepted)', () => {
    // 10,000 weekdays = 2,000 whole weeks = 14,000 calendar days from a Monday, landing on a Monday.
    const expected = new Date(Date.UTC(2026, 0, 5) + 14_000 * 86_400_000);
    expect(expected.getUTCDay()).toBe(1);
    expect(addWorkingDays('2026-01-05', 10_000, { bankHolidays: [] })).toBe(expected.toISOString().slice(0, 10));
  });

  it('a malformed entry name is ignored for the message, never a TypeError', () => {
    expect(refusal('addWorkingDays', () => addWorkingDays('2026-01-05', -1, { bankHolidays: [], entry: junk(Symbol('x')) }))[0]).toMatchObject({ path: ['days'] });
  });
});

describe('addClockHours refuses', () => {
  it('more than 1,000,000 hours (Number.MAX_SAFE_INTEGER once gave a RangeError)', () => {
    expect(refusal('addClockHours', () => addClockHours('2026-03-28T09:00:00Z', Number.MAX_SAFE_INTEGER))).toEqual([
      { code: 'too_big', path: ['hours'], message: 'must be at most 1,000,000 hours' },
    ]);
  });

  it('a deadline after the year 9999, which no ISO date-time of four-digit years can write', () => {
    expect(refusal('addClockHours', () => addClockHours('9999-12-31T12:00:00Z', 24))).toEqual([
      { code: 'too_big', path: ['hours'], message: 'the deadline would fall after the year 9999' },
    ]);
    expect(addClockHours('9999-12-30T12:00:00Z', 24)).toBe('9999-12-31T12:00:00+00:00');
  });

  it('hours that are not a number', () => {
    expect(refusal('addClockHours', () => addClockHours('2026-03-28T09:00:00Z', junk('24')))[0]).toMatchObject({ code: 'too_small', path: ['hours'] });
  });
});

describe('traces: renderTrace and whyNot check the shape they read', () => {
  it('renderTrace(undefined) names the trace', () => {
    expect(refusal('renderTrace', () => renderTrace(junk(undefined)))[0]).toMatchObject({ code: 'invalid_type', path: ['trace'] });
  });

  it('whyNot({}) names trace.steps', () => {
    const issues = refusal('whyNot', () => whyNot(junk({})));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid_type', path: ['trace', 'steps'] });
    expect(issues[0]!.message).toBe('is required');
  });

  it('a step with an unknown outcome is named by its index', () => {
    const steps = [{ rule: 'r', citation: 'c', inputs: [], outcome: 'maybe', because: 'b' }];
    expect(refusal('whyNot', () => whyNot(junk({ steps })))[0]).toMatchObject({ code: 'invalid_value', path: ['trace', 'steps', 0, 'outcome'] });
    const trace = { entry: 'e', asOf: '2026-01-01', pack: { id: 'p', version: '1' }, package: { name: 'n', version: '1' }, steps, parameters: [] };
    expect(refusal('renderTrace', () => renderTrace(junk(trace)))[0]).toMatchObject({ path: ['trace', 'steps', 0, 'outcome'] });
  });

  it('property: on any value, both answer or refuse with a RulesError, never another error', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        for (const fn of [() => whyNot(junk(v)), () => renderTrace(junk(v))]) {
          try {
            fn();
          } catch (error) {
            expect(isRulesError(error)).toBe(true);
          }
        }
      }),
    );
  });
});

describe('toJsonSchema refuses a value that is not a zod schema', () => {
  it.each([[{}], [undefined], [null], ['string'], [{ _zod: 1 }]])('%j', (value) => {
    expect(refusal('toJsonSchema', () => toJsonSchema(junk(value)))).toEqual([{ code: 'invalid_type', path: ['schema'], message: 'must be a zod schema, e.g. RulePackSourceSchema' }]);
  });
});

describe('rounding rules are parsed before use', () => {
  it('describeRounding({ places: 0, mode: 9 }) names rule.mode', () => {
    expect(refusal('describeRounding', () => describeRounding(junk({ places: 0, mode: 9 })))).toEqual([
      { code: 'invalid_value', path: ['rule', 'mode'], message: 'must be one of: half-away-from-zero, half-even, down, up' },
    ]);
  });

  it('describeRounding refuses impossible places and a missing rule', () => {
    expect(refusal('describeRounding', () => describeRounding(junk({ places: 1.5, mode: 'up' })))[0]).toMatchObject({ path: ['rule', 'places'] });
    expect(refusal('describeRounding', () => describeRounding(junk(undefined)))[0]).toMatchObject({ code: 'invalid_type', path: ['rule'] });
  });

  it("roundDecimal('1') without a rule names the rule", () => {
    expect(refusal('roundDecimal', () => roundDecimal('1', junk(undefined)))).toEqual([{ code: 'invalid_type', path: ['rule'], message: 'must be a rounding rule { places, mode }' }]);
  });

  it('a mode inherited from Object.prototype ("toString") is not a mode', () => {
    expect(refusal('roundDecimal', () => roundDecimal('1', junk({ places: 0, mode: 'toString' })))[0]).toMatchObject({ path: ['rule', 'mode'] });
  });
});

describe('rule packs: every operation checks the pack or spec it is given', () => {
  it('packRef({})', () => {
    expect(refusal('packRef', () => packRef(junk({})))).toEqual([{ code: 'invalid_type', path: ['pack'], message: 'must be a rule pack built with defineRulePack or extendPack' }]);
  });

  it("resolveAll({}, '2026-01-01') and resolve({}, 'threshold', '2026-01-01')", () => {
    expect(refusal('resolveAll', () => resolveAll(junk({}), '2026-01-01'))[0]).toMatchObject({ code: 'invalid_type', path: ['pack'] });
    expect(refusal('resolve', () => resolve(junk({}), 'threshold', '2026-01-01'))[0]).toMatchObject({ code: 'invalid_type', path: ['pack'] });
  });

  it('a malformed pack is reported against the caller named in `at`', () => {
    expect(refusal('myFunction', () => resolveAll(junk(undefined), '2026-01-01', { entry: 'myFunction', datePath: ['asOf'] }))[0]).toMatchObject({ path: ['pack'] });
  });

  it('a malformed `at` (it only words errors) is set aside: the error is resolve\'s own, never a TypeError', () => {
    expect(refusal('resolve', () => resolve(pack, 'threshold', '1999-01-01', junk({ entry: 5, datePath: 5 })))).toEqual([
      { code: 'no_value_in_force', path: ['onDate'], message: 'must be on or after 2020-01-01, when Policy took effect' },
    ]);
  });

  it('a key that is not a string, and a hand-made pack whose entries for the key are not a list', () => {
    expect(refusal('resolve', () => resolve(pack, junk(Symbol('k')), '2026-01-01'))[0]).toMatchObject({ code: 'invalid_type', path: ['key'] });
    const handMade = { ...JSON.parse(JSON.stringify(pack)), spec: pack.spec, entries: { threshold: 'x' } } as typeof pack;
    expect(refusal('resolve', () => resolve(handMade, 'threshold', '2026-01-01'))[0]).toMatchObject({ code: 'invalid_type', path: ['pack', 'entries', 'threshold'] });
  });

  it('a key that is an object without a prototype (which cannot become a string) is refused before it is looked up', () => {
    const plain = JSON.parse(JSON.stringify(pack)) as typeof pack;
    for (const p of [pack, plain]) expect(refusal('resolve', () => resolve(p, junk(Object.create(null)), '2026-01-01'))[0]).toMatchObject({ code: 'invalid_type', path: ['key'] });
  });

  it('compareUnderPacks refuses options of the wrong type by name (options.noun)', () => {
    const decide = (score: number, p: typeof pack) => ({ status: score >= resolve(p, 'threshold', '2026-01-01').value ? 'act' : 'watch' });
    expect(refusal('compareUnderPacks', () => compareUnderPacks(decide, [{ name: 'A', input: 9 }], pack, pack, junk({ noun: Symbol('x') })))[0]).toMatchObject({ code: 'invalid_type', path: ['options', 'noun'] });
    expect(refusal('compareUnderPacks', () => compareUnderPacks(decide, [{ name: 'A', input: 9 }], pack, pack, junk({ outcome: 'status' })))[0]).toMatchObject({ path: ['options', 'outcome'] });
  });

  it('a plain-object pack (parsed from JSON) is still read, as before', () => {
    const plain = JSON.parse(JSON.stringify(pack)) as typeof pack;
    expect(resolve(plain, 'threshold', '2026-01-01').value).toBe(10);
    expect(resolveAll(plain, '2026-01-01').values).toEqual({ threshold: 10 });
    expect(packRef(plain)).toEqual(packRef(pack));
  });

  it('extendPack() names the base', () => {
    expect(refusal('extendPack', () => extendPack(junk(undefined), junk(undefined)))).toEqual([{ code: 'invalid_type', path: ['base'], message: 'must be a rule pack built with defineRulePack or extendPack' }]);
  });

  it('defineRulePack with a schema that is not a zod schema names spec.<key>.schema', () => {
    const issues = refusal('defineRulePack', () =>
      defineRulePack(junk({ a: { kind: 'policy', schema: {}, description: 'A.' } }), junk({ id: 'p', version: '1', entries: { a: [{ validFrom: '2020-01-01', value: 1, citation: 'c', kind: 'policy' }] } })),
    );
    expect(issues).toEqual([{ code: 'invalid_type', path: ['spec', 'a', 'schema'], message: 'must be a zod schema' }]);
  });

  it('defineRulePack lists every malformed declaration, and refuses a missing spec', () => {
    const issues = refusal('defineRulePack', () => defineRulePack(junk({ a: 1, b: { kind: 'both', schema: z.number(), description: 2 } }), junk({ id: 'p', version: '1', entries: {} })));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['spec.a', 'spec.b.kind', 'spec.b.description']);
    expect(refusal('defineRulePack', () => defineRulePack(junk(undefined), junk(undefined)))[0]).toMatchObject({ code: 'invalid_type', path: ['spec'] });
  });

  it('compareUnderPacks with a pack that has no entries names it', () => {
    const { entries: _dropped, ...noEntries } = pack;
    const decide = (score: number, p: typeof pack) => ({ status: score >= resolve(p, 'threshold', '2026-01-01').value ? 'act' : 'watch' });
    expect(refusal('compareUnderPacks', () => compareUnderPacks(decide, [{ name: 'A', input: 9 }], pack, junk(noEntries)))[0]).toMatchObject({ code: 'invalid_type', path: ['proposal'] });
  });
});

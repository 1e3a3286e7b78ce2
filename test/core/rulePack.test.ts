import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { _assertLawIntact } from '../../src/core/rulePack.js';
import { defineRulePack, extendPack, isRulesError, packRef, resolve, resolveAll, RulesError, type RulePack, type RulePackSource } from '../../src/index.js';

const spec = {
  upperCapital: { kind: 'law', schema: z.number().int().positive(), description: 'Upper capital limit, pounds.' },
  visitEveryDays: { kind: 'policy', schema: z.number().int().positive(), description: 'Days between monitoring visits.' },
  staleAfterDays: { kind: 'policy', schema: z.number().int().positive(), description: 'Days after which evidence is stale.' },
} as const;
type Spec = typeof spec;

const baseSource = {
  id: 'base',
  version: '1',
  entries: {
    upperCapital: [{ validFrom: '2015-04-01', value: 23250, citation: 'SI 2014/2672 reg 12', kind: 'law' }],
    visitEveryDays: [
      { validFrom: '2020-04-01', validTo: '2024-04-01', value: 120, citation: 'Policy 2020', kind: 'policy' },
      { validFrom: '2024-04-01', value: 90, citation: 'Policy 2024', kind: 'policy' },
    ],
    staleAfterDays: [{ validFrom: '2020-04-01', value: 365, citation: 'Policy 2020', kind: 'policy' }],
  },
} satisfies RulePackSource<Spec>;
const base: RulePack<Spec> = defineRulePack(spec, baseSource);

function issuesOf(fn: () => unknown): unknown[] {
  try {
    fn();
  } catch (error) {
    if (isRulesError(error)) return [...error.issues];
    throw error;
  }
  return [];
}

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (isRulesError(error)) return error.issues.map((i) => i.code);
    throw error;
  }
  return [];
}

/** Days since 2000-01-01 → ISO date. */
const day = (n: number) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** A contiguous timeline from sorted, distinct cut points (the last period may be open). */
const timelineArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 2, maxLength: 8 })
  .chain((cuts) => fc.tuple(fc.constant([...cuts].sort((a, b) => a - b)), fc.boolean(), fc.array(fc.integer({ min: 1, max: 999 }), { minLength: cuts.length, maxLength: cuts.length })));

describe('defineRulePack', () => {
  it('builds a frozen pack that records its id, version and one layer', () => {
    expect(packRef(base)).toEqual({ id: 'base', version: '1', layers: [{ id: 'base', version: '1' }] });
    expect(Object.isFrozen(base)).toBe(true);
    expect(Object.isFrozen(base.entries.visitEveryDays)).toBe(true);
  });

  it('refuses unknown keys, missing keys, wrong kinds, bad values and missing citations, all at once', () => {
    const found = codes(() =>
      defineRulePack(spec, {
        id: 'bad',
        version: '1',
        entries: {
          upperCapital: [{ validFrom: '2015-04-01', value: -1, citation: 'x', kind: 'policy' }],
          visitEveryDays: [{ validFrom: '2020-04-01', value: 90, citation: ' ', kind: 'policy' }],
          // @ts-expect-error: not a parameter of the spec
          speling: [{ validFrom: '2020-04-01', value: 1, citation: 'x', kind: 'policy' }],
        },
      }),
    );
    expect(found).toEqual(expect.arrayContaining(['unknown_key', 'missing_key', 'kind_mismatch', 'too_small']));
  });

  it('refuses a period that ends before it starts', () => {
    expect(codes(() => defineRulePack(spec, { ...sourceWith([{ validFrom: '2024-01-01', validTo: '2024-01-01', value: 1 }]) }))).toContain('empty_period');
  });

  it('property: any overlapping pair of periods is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 499 }), (start, len, into) => {
        const a = { validFrom: day(start), validTo: day(start + len), value: 1 };
        const b = { validFrom: day(start + Math.min(into, len - 1)), value: 2 };
        expect(codes(() => defineRulePack(spec, sourceWith([a, b])))).toContain('overlapping_period');
      }),
    );
  });

  it('property: any gap between periods is refused', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), (start, len, gap) => {
        const a = { validFrom: day(start), validTo: day(start + len), value: 1 };
        const b = { validFrom: day(start + len + gap), value: 2 };
        expect(codes(() => defineRulePack(spec, sourceWith([a, b])))).toEqual(['gap_in_period']);
      }),
    );
  });

  it('property: any unknown key is refused', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((k) => !(k in spec) && k !== '__proto__'), (key) => {
        const source = sourceWith([{ validFrom: '2020-01-01', value: 1 }]);
        const entries = { ...source.entries, [key]: [{ validFrom: '2020-01-01', value: 1, citation: 'x', kind: 'policy' }] };
        expect(codes(() => defineRulePack(spec, { ...source, entries } as never))).toContain('unknown_key');
      }),
    );
  });
});

function sourceWith(periods: { validFrom: string; validTo?: string; value: number }[]) {
  return {
    id: 't',
    version: '1',
    entries: {
      upperCapital: [{ validFrom: '2015-04-01', value: 23250, citation: 'SI 2014/2672 reg 12', kind: 'law' as const }],
      visitEveryDays: periods.map((p) => ({ ...p, citation: 'Policy', kind: 'policy' as const })),
      staleAfterDays: [{ validFrom: '2020-04-01', value: 365, citation: 'Policy', kind: 'policy' as const }],
    },
  };
}

describe('resolve', () => {
  it('takes validFrom as inclusive and validTo as exclusive', () => {
    expect(resolve(base, 'visitEveryDays', '2024-03-31').value).toBe(120);
    expect(resolve(base, 'visitEveryDays', '2024-04-01').value).toBe(90);
    expect(resolve(base, 'visitEveryDays', '2024-04-01').citation).toBe('Policy 2024');
  });

  it('refuses a date before any value, an unknown key and a malformed date', () => {
    expect(codes(() => resolve(base, 'visitEveryDays', '2019-12-31'))).toEqual(['no_value_in_force']);
    expect(codes(() => resolve(base, 'nope' as 'visitEveryDays', '2024-01-01'))).toEqual(['unknown_key']);
    expect(codes(() => resolve(base, 'visitEveryDays', '2024-02-30'))).toEqual(['invalid_format']);
  });

  it('property: for any contiguous timeline, resolve returns the entry whose period contains the date', () => {
    fc.assert(
      fc.property(timelineArb, fc.integer({ min: 0, max: 21_000 }), ([cuts, openEnd, values], probe) => {
        const periods = cuts.slice(0, openEnd ? cuts.length : cuts.length - 1).map((c, i) => ({
          validFrom: day(c),
          ...(cuts[i + 1] === undefined ? {} : { validTo: day(cuts[i + 1]!) }),
          value: values[i]!,
        }));
        const pack = defineRulePack(spec, sourceWith(periods));
        const first = cuts[0]!;
        const last = openEnd ? Infinity : cuts[cuts.length - 1]!;
        if (probe < first || probe >= last) {
          expect(codes(() => resolve(pack, 'visitEveryDays', day(probe)))).toEqual(['no_value_in_force']);
        } else {
          // The expected index is found independently of resolve: the last cut at or before the probe.
          const index = cuts.filter((c) => c <= probe).length - 1;
          expect(resolve(pack, 'visitEveryDays', day(probe)).value).toBe(values[index]);
        }
      }),
    );
  });
});

describe('resolveAll', () => {
  it('returns every value in force with its provenance', () => {
    const { values, used } = resolveAll(base, '2025-01-01');
    expect(values).toEqual({ upperCapital: 23250, visitEveryDays: 90, staleAfterDays: 365 });
    expect(used.map((u) => u.key)).toEqual(['upperCapital', 'visitEveryDays', 'staleAfterDays']);
  });

  it('a date before the rules begin is one issue at the date, naming the day the last parameter starts', () => {
    // upperCapital starts in 2015, visitEveryDays and staleAfterDays in 2020: one problem with the date, not two.
    expect(issuesOf(() => resolveAll(base, '2016-01-01'))).toEqual([
      { code: 'no_value_in_force', path: ['onDate'], message: 'must be on or after 2020-04-01, when Policy 2020 took effect' },
    ]);
    // A law parameter that starts last "came into force".
    const lawLast = defineRulePack(spec, { ...baseSource, entries: { ...baseSource.entries, upperCapital: [{ validFrom: '2021-04-01', value: 23250, citation: 'SI 2014/2672 reg 12', kind: 'law' }] } });
    expect(issuesOf(() => resolveAll(lawLast, '2020-05-01'))).toEqual([
      { code: 'no_value_in_force', path: ['onDate'], message: 'must be on or after 2021-04-01, when SI 2014/2672 reg 12 came into force' },
    ]);
  });

  it('a malformed date is one issue at the date, not one per parameter (also at a caller\'s path)', () => {
    for (const bad of ['2025-13-01', '2025-02-30', '1 April 2025', 20250101, undefined]) {
      expect(issuesOf(() => resolveAll(base, bad as never))).toEqual([
        { code: bad === undefined ? 'invalid_type' : expect.any(String), path: ['onDate'], message: bad === undefined ? 'must be a calendar date written YYYY-MM-DD' : expect.stringMatching(/^must be/) },
      ]);
    }
    expect(issuesOf(() => resolveAll(base, '2025-13-01', { entry: 'assessProviderRisk', datePath: ['asOf'] }))).toEqual([
      { code: 'invalid_format', path: ['asOf'], message: 'must be a calendar date written YYYY-MM-DD' },
    ]);
  });

  it('lists every parameter with no value in force after the rules end', () => {
    const ending = defineRulePack(spec, {
      ...baseSource,
      entries: {
        ...baseSource.entries,
        visitEveryDays: [{ validFrom: '2020-04-01', validTo: '2030-01-01', value: 120, citation: 'Policy 2020', kind: 'policy' }],
        staleAfterDays: [{ validFrom: '2020-04-01', validTo: '2031-01-01', value: 365, citation: 'Policy 2020', kind: 'policy' }],
      },
    });
    expect(issuesOf(() => resolveAll(ending, '2032-01-01'))).toEqual([
      { code: 'no_value_in_force', path: ['onDate'], message: 'must be before 2030-01-01, when "visitEveryDays" of pack base 1 ends' },
      { code: 'no_value_in_force', path: ['onDate'], message: 'must be before 2031-01-01, when "staleAfterDays" of pack base 1 ends' },
    ]);
  });
});

describe('extendPack', () => {
  const local = extendPack(base, {
    id: 'leeds',
    version: '2026.1',
    entries: { visitEveryDays: [{ validFrom: '2025-04-01', validTo: '2026-04-01', value: 60, citation: 'Leeds policy', kind: 'policy' }] },
  });

  it('replaces the base only on the days the layer covers, and records both layers', () => {
    expect(resolve(local, 'visitEveryDays', '2025-03-31').value).toBe(90);
    expect(resolve(local, 'visitEveryDays', '2025-04-01')).toMatchObject({ value: 60, layer: { id: 'leeds', version: '2026.1' } });
    expect(resolve(local, 'visitEveryDays', '2026-04-01')).toMatchObject({ value: 90, layer: { id: 'base', version: '1' } });
    expect(packRef(local)).toEqual({ id: 'leeds', version: '2026.1', layers: [{ id: 'base', version: '1' }, { id: 'leeds', version: '2026.1' }] });
  });

  it('applies layers in order: the later layer wins', () => {
    const a = { id: 'a', version: '1', entries: { staleAfterDays: [{ validFrom: '2020-04-01', value: 100, citation: 'A', kind: 'policy' as const }] } };
    const b = { id: 'b', version: '1', entries: { staleAfterDays: [{ validFrom: '2020-04-01', value: 200, citation: 'B', kind: 'policy' as const }] } };
    expect(resolve(extendPack(extendPack(base, a), b), 'staleAfterDays', '2025-01-01').value).toBe(200);
    expect(resolve(extendPack(extendPack(base, b), a), 'staleAfterDays', '2025-01-01').value).toBe(100);
  });

  it('refuses a layer that would leave a gap', () => {
    const ended = defineRulePack(spec, sourceWith([{ validFrom: '2020-01-01', validTo: '2021-01-01', value: 1 }]));
    expect(
      codes(() => extendPack(ended, { id: 'x', version: '1', entries: { visitEveryDays: [{ validFrom: '2022-01-01', value: 2, citation: 'x', kind: 'policy' }] } })),
    ).toEqual(['gap_in_period']);
  });

  it('property: no generated override ever changes a law value; each attempt is refused as law_override', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.option(fc.integer({ min: 1, max: 2_000 }), { nil: undefined }), fc.integer(), fc.constantFrom('law', 'policy'), (from, len, value, kind) => {
        const entry = { validFrom: day(from), ...(len === undefined ? {} : { validTo: day(from + len) }), value, citation: 'Council', kind };
        const found = codes(() => extendPack(base, { id: 'council', version: '1', entries: { upperCapital: [entry] } } as never));
        expect(found).toContain('law_override');
        expect(resolve(base, 'upperCapital', '2025-01-01').value).toBe(23250);
      }),
    );
  });

  it('property: policy overrides are kept within their dates and the timeline stays contiguous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7_400, max: 12_000 }), fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 7_400, max: 16_000 }), (from, len, value, probe) => {
        const layered = extendPack(base, { id: 'c', version: '1', entries: { visitEveryDays: [{ validFrom: day(from), validTo: day(from + len), value, citation: 'C', kind: 'policy' }] } });
        const inside = probe >= from && probe < from + len;
        const expected = inside ? value : resolve(base, 'visitEveryDays', day(probe)).value;
        expect(resolve(layered, 'visitEveryDays', day(probe)).value).toBe(expected);
      }),
    );
  });

  it('refuses unknown keys in a layer', () => {
    expect(codes(() => extendPack(base, { id: 'x', version: '1', entries: { nope: [] } } as never))).toEqual(['unknown_key']);
  });
});

describe('_assertLawIntact', () => {
  it('accepts the base pack and any extension of it', () => {
    expect(_assertLawIntact('t', base, base)).toBe(base);
    const local = extendPack(base, { id: 'c', version: '1', entries: { staleAfterDays: [{ validFrom: '2020-04-01', value: 30, citation: 'C', kind: 'policy' }] } });
    expect(_assertLawIntact('t', local, base)).toBe(local);
  });

  it('refuses a hand-built pack that changes the law', () => {
    const forged = defineRulePack(spec, { ...sourceWith([{ validFrom: '2020-04-01', value: 90 }]), entries: { ...sourceWith([{ validFrom: '2020-04-01', value: 90 }]).entries, upperCapital: [{ validFrom: '2015-04-01', value: 99999, citation: 'forged', kind: 'law' }] } });
    expect(codes(() => _assertLawIntact('t', forged, base))).toEqual(['law_override']);
    expect(() => _assertLawIntact('t', 'junk' as never, base)).toThrow(RulesError);
  });

  it('refuses a hand-edited pack whose policy value breaks the schema or whose timeline has a gap', () => {
    const badValue = { ...base, entries: { ...base.entries, staleAfterDays: [{ ...base.entries.staleAfterDays[0]!, value: -5 }] } };
    expect(codes(() => _assertLawIntact('t', badValue as never, base))).toEqual(['too_small']);
    const gap = { ...base, entries: { ...base.entries, visitEveryDays: [base.entries.visitEveryDays[0]!, { ...base.entries.visitEveryDays[1]!, validFrom: '2025-01-01' }] } };
    expect(codes(() => _assertLawIntact('t', gap as never, base))).toEqual(['gap_in_period']);
  });

  it('refuses an entry whose layer or warning is not what traces read', () => {
    const first = base.entries.staleAfterDays[0]!;
    for (const bad of [{ ...first, layer: undefined }, { ...first, layer: { id: 1 } }, { ...first, warning: 7 }]) {
      expect(codes(() => _assertLawIntact('t', { ...base, entries: { ...base.entries, staleAfterDays: [bad] } } as never, base))).toEqual(['invalid_type']);
    }
  });

  it('property: a malformed hand-built pack is a RulesError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (entries, spec) => {
        const first = base.entries.staleAfterDays[0]!;
        const forgedEntries = [
          { ...base, entries },
          { ...base, spec },
          { ...base, entries: { ...base.entries, upperCapital: [entries] } },
          // Traces read each entry's layer and warning: a forged one must be caught here, not later.
          { ...base, entries: { ...base.entries, staleAfterDays: [{ ...first, layer: entries }] } },
          { ...base, entries: { ...base.entries, staleAfterDays: [{ ...first, warning: entries }] } },
        ];
        for (const forged of forgedEntries) {
          try {
            _assertLawIntact('t', forged as never, base);
          } catch (error) {
            expect(error).toBeInstanceOf(RulesError);
          }
        }
      }),
    );
  });
});

describe('immutability', () => {
  it('freezes every value of a built pack, so a check once made stays true', () => {
    const spec2 = { limits: { kind: 'policy', schema: z.object({ low: z.number() }), description: 'Limits.' } } as const;
    const pack = defineRulePack(spec2, { id: 'f', version: '1', entries: { limits: [{ validFrom: '2020-01-01', value: { low: 1 }, citation: 'P', kind: 'policy' }] } });
    const value = resolve(pack, 'limits', '2021-01-01').value;
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => {
      (value as { low: number }).low = 99;
    }).toThrow(TypeError);
    expect(resolve(pack, 'limits', '2021-01-01').value.low).toBe(1);
  });
});

describe('resolve at a caller', () => {
  it("reports a date with no value in force at the caller's entry and field", () => {
    try {
      resolveAll(base, '2010-01-01', { entry: 'assessSomething', datePath: ['input', 'asOf'] });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error)).toBe(true);
      if (!isRulesError(error)) return;
      expect(error.entry).toBe('assessSomething');
      // One issue for the date, at the caller's path (not one per parameter).
      expect(error.issues).toEqual([{ code: 'no_value_in_force', path: ['input', 'asOf'], message: 'must be on or after 2020-04-01, when Policy 2020 took effect' }]);
    }
    expect(codes(() => resolve(base, 'visitEveryDays', 'not a date', { entry: 'x', datePath: ['when'] }))).toEqual(['invalid_format']);
  });
});

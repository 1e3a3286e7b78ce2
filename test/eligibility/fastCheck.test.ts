// Issue 13: the fast input check in front of the zod schemas accepts exactly what the schemas accept. Proven
// here on generated valid inputs and on invalid ones made by breaking a valid input at one random place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import {
  ADULT_OUTCOMES,
  ADULT_UNABLE_LIMBS,
  AdultEligibilityInputSchema,
  CARER_OUTCOMES,
  CarerEligibilityInputSchema,
  determineAdultEligibility,
  determineCarerEligibility,
} from '../../src/eligibility/index.js';
import { _isCarerInput } from '../../src/eligibility/carerFastCheck.js';
import { _isAdultInput } from '../../src/eligibility/fastCheck.js';
import { adultInputArb, adultOutcomeArb, carerInputArb, carerOutcomeArb, observationsArb, wellbeingArb } from './arbitraries.js';

// Observations inside October 2026 (days 1-28), up to four.
const observations = (outcomes: readonly string[], outcome: fc.Arbitrary<unknown>) => observationsArb(outcomes, outcome, { lastDay: 28, maxLength: 4 });
const adultArb = fc.oneof(
  adultInputArb,
  fc.record(
    {
      asOf: fc.constant('2026-11-23'),
      caseRef: fc.string({ minLength: 1, maxLength: 100 }),
      impairmentOrIllness: fc.subarray(['physical-impairment', 'mental-impairment', 'physical-illness', 'mental-illness']),
      fluctuating: observations(ADULT_OUTCOMES, fc.record({ unableToAchieve: fc.subarray([...ADULT_UNABLE_LIMBS]), needsPrompting: fc.boolean() }, { requiredKeys: ['unableToAchieve'] })),
      wellbeing: fc.tuple(wellbeingArb, fc.constantFrom('is', 'is-likely', undefined)).map(([w, likelihood]) => (likelihood === undefined ? w : { ...w, likelihood })),
      outcomes: fc.record({ nutrition: adultOutcomeArb }, { requiredKeys: [] }),
    },
    { requiredKeys: ['asOf'] },
  ),
);
const carerArb = fc.oneof(
  carerInputArb,
  fc.record(
    {
      asOf: fc.constant('2026-11-23'),
      caseRef: fc.string({ minLength: 1, maxLength: 100 }),
      fluctuating: observations(CARER_OUTCOMES, carerOutcomeArb),
      wellbeing: wellbeingArb,
      outcomes: fc.record({ nutrition: carerOutcomeArb }, { requiredKeys: [] }),
    },
    { requiredKeys: ['asOf'] },
  ),
);

// Values a form might send by mistake: near misses of every rule of the schemas, and anything at all.
const NEAR_MISSES = ['2026-02-30', '2026-2-01', '26-11-23', '2026-11-23T00:00', '', 'x'.repeat(101), 'takesSignificantlyLonger', 'unableWithoutassistance', 'maybe', 'is', 'personalDignity', 'physical impairment', [], [1], {}, null, 0, 1, true, 'true', undefined];
const junk = fc.oneof(fc.constantFrom(...NEAR_MISSES), fc.anything({ maxDepth: 2, withNullPrototype: true, withBoxedValues: true, withSparseArray: true }));

/** Plain data: every object has Object.prototype or no prototype (no class instance, no boxed value). */
function plainData(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return true;
  if (Array.isArray(v)) return v.every(plainData);
  const p = Object.getPrototypeOf(v) as unknown;
  return (p === Object.prototype || p === null) && Object.values(v).every(plainData);
}
/** On plain data the fast check and zod agree; on anything else the fast check says no and zod decides. */
function agree(fast: boolean, zod: boolean, x: unknown): void {
  if (plainData(x)) expect(fast).toBe(zod);
  else expect(fast).toBe(false);
}

type Path = (string | number)[];
function places(v: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => places(x, [...path, i], out));
  else if (typeof v === 'object' && v !== null) for (const k of Object.keys(v)) places((v as Record<string, unknown>)[k], [...path, k], out);
  return out;
}
/** Breaks `v` at one place: replaces a value, deletes a key or element, or adds a key or element. */
function broken(v: unknown, pick: number, how: number, value: unknown, key: string): unknown {
  const copy = structuredClone(v) as Record<string, unknown>;
  const all = places(copy);
  const path = all[pick % all.length]!;
  if (path.length === 0) return how % 2 === 0 ? value : { ...copy, [key]: value };
  const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], copy) as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how % 3 === 0) parent[last] = value;
  else if (how % 3 === 1) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else {
    const target = parent[last];
    if (Array.isArray(target)) target.push(value);
    else if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)[key] = value;
    else parent[last] = value;
  }
  return copy;
}
/** Sets one field of the schema (creating the objects on the way) to a near miss. */
function setField(v: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = typeof k === 'number' ? [] : {};
    o = o[k] as Record<string | number, unknown>;
  }
  o[path[path.length - 1]!] = value;
  return copy;
}
const FIELDS: Path[] = [
  ['asOf'], ['caseRef'], ['needsArisingFromImpairmentOrIllness'], ['needsArisingFromNecessaryCare'], ['healthAtRisk'], ['impairmentOrIllness', 0],
  ['outcomes', 'nutrition', 'unableToAchieve', 0], ['outcomes', 'nutrition', 'needsPrompting'], ['outcomes', 'nutrition', 'metByCarer'], ['outcomes', 'toiletNeeds'],
  ['wellbeing', 'likelihood'], ['wellbeing', 'areas', 0], ['wellbeing', 'significantImpact'],
  ['fluctuating', 'periodFrom'], ['fluctuating', 'periodTo'], ['fluctuating', 'observations'], ['fluctuating', 'observations', 0, 'date'],
  ['fluctuating', 'observations', 0, 'outcomes', 'nutrition', 'unableToAchieve', 0], ['fluctuating', 'observations', 0, 'outcomes', 'nutrition', 'metByCarer'],
];
const breakArb = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    fc.tuple(valid, fc.nat(), fc.nat(), junk, fc.oneof(fc.constantFrom('metByCarer', 'likelihood', 'needsPrompting', 'extra', 'healthAtRisk', 'caseRef'), fc.string())).map(([v, pick, how, value, key]) => broken(v, pick, how, value, key)),
    fc.tuple(valid, fc.constantFrom(...FIELDS), fc.constantFrom(...NEAR_MISSES)).map(([v, path, value]) => setField(v, path, value)),
  );

describe('the fast input check accepts exactly what the zod schema accepts', () => {
  it('the generators reach both answers: valid inputs and broken ones zod refuses', () => {
    const xs = fc.sample(fc.oneof(adultArb, breakArb(adultArb)), { numRuns: 2000, seed: 13 });
    const accepted = xs.filter((x) => AdultEligibilityInputSchema.safeParse(x).success).length;
    expect(accepted).toBeGreaterThan(400);
    expect(xs.length - accepted).toBeGreaterThan(400);
  });

  it('property: adult inputs, valid and broken', () => {
    fc.assert(
      fc.property(fc.oneof(adultArb, breakArb(adultArb)), (x) => {
        agree(_isAdultInput(x), AdultEligibilityInputSchema.safeParse(x).success, x);
      }),
      { numRuns: 4000 },
    );
  });

  it('property: carer inputs, valid and broken', () => {
    fc.assert(
      fc.property(fc.oneof(carerArb, breakArb(carerArb)), (x) => {
        agree(_isCarerInput(x), CarerEligibilityInputSchema.safeParse(x).success, x);
      }),
      { numRuns: 4000 },
    );
  });

  it('property: an input taken as it is gives the very result of its zod-parsed copy (keys in another order, same JSON)', () => {
    fc.assert(
      fc.property(adultArb, (x) => {
        const run = (v: unknown) => {
          try {
            return JSON.stringify(determineAdultEligibility(v as never));
          } catch (error) {
            return isRulesError(error) ? JSON.stringify(error.issues) : 'other error';
          }
        };
        const parsed = AdultEligibilityInputSchema.safeParse(x);
        expect(parsed.success).toBe(true);
        expect(run(x)).toBe(run(parsed.data));
      }),
      { numRuns: 500 },
    );
  });

  it('edge cases where a check written out by hand could part from zod: bounds, undefined, inherited, hidden and __proto__ keys', () => {
    const valid = { asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } }, wellbeing: { significantImpact: true, areas: ['personalDignity'] } };
    const period = { periodFrom: '2026-10-01', periodTo: '2026-10-31' };
    const cases: [unknown, boolean][] = [
      [valid, true],
      [{ ...valid, caseRef: 'x'.repeat(100) }, true],
      [{ ...valid, caseRef: 'x'.repeat(101) }, false],
      [{ ...valid, caseRef: '' }, false],
      [{ ...valid, caseRef: undefined, wellbeing: undefined, fluctuating: undefined, impairmentOrIllness: undefined }, true],
      [{ ...valid, outcomes: { nutrition: undefined, toiletNeeds: { unableToAchieve: [], needsPrompting: undefined, metByCarer: undefined } } }, true],
      [{ ...valid, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance', 'unableWithoutAssistance'] } } }, true],
      // eslint-disable-next-line no-sparse-arrays
      [{ ...valid, outcomes: { nutrition: { unableToAchieve: [, 'unableWithoutAssistance'] } } }, false],
      [{ ...valid, outcomes: { nutrition: { unableToAchieve: 'unableWithoutAssistance' } } }, false],
      [{ ...valid, outcomes: { nutrition: {} } }, false],
      [{ ...valid, outcomes: { toString: { unableToAchieve: [] } } }, false],
      [{ ...valid, fluctuating: { ...period, observations: [] } }, false],
      [{ ...valid, fluctuating: { ...period, observations: [{ date: '2026-10-02', outcomes: {} }] } }, true],
      [{ ...valid, fluctuating: { ...period, observations: [{ date: '2026-10-02', outcomes: { nutrition: { unableToAchieve: [], metByCarer: true } } }] } }, false],
      [{ ...valid, fluctuating: { ...period, periodTo: '2026-10-32', observations: [{ date: '2026-10-02', outcomes: {} }] } }, false],
      [{ ...valid, wellbeing: { significantImpact: true, areas: ['personalDignity'], likelihood: 'is-likely' } }, true],
      [{ ...valid, wellbeing: { significantImpact: true, areas: ['personalDignity'], likelihood: 'maybe' } }, false],
      [{ ...valid, wellbeing: { significantImpact: 'true', areas: [] } }, false],
      [{ ...valid, impairmentOrIllness: ['physical-impairment', 'mental-illness'] }, true],
      [{ ...valid, impairmentOrIllness: ['physical-impairment', 'physical impairment'] }, false],
      [{ ...valid, needsArisingFromImpairmentOrIllness: null }, false],
      [{ ...valid, asOf: '2028-02-29' }, true],
      [{ ...valid, asOf: '2026-02-29' }, false],
      [JSON.parse('{"asOf":"2026-11-23","__proto__":{"x":1}}'), false],
      [Object.assign(Object.create(null) as object, valid, { wellbeing: Object.assign(Object.create(null) as object, valid.wellbeing) }), true],
      // zod reads every field of the shape, enumerable or not, and finds unknown keys with for...in
      [Object.defineProperty({ ...valid }, 'outcomes', { value: 'not an object', enumerable: false }), false],
      [Object.defineProperty({ ...valid }, 'extra', { value: 1, enumerable: false }), true],
    ];
    for (const [x, expected] of cases) {
      expect(AdultEligibilityInputSchema.safeParse(x).success, JSON.stringify(x)).toBe(expected);
      expect(_isAdultInput(x), JSON.stringify(x)).toBe(expected);
    }
    // Not plain data: the fast check says no and zod decides (here, accepts).
    expect(_isAdultInput(Object.create({ asOf: '2026-11-23' }))).toBe(false);
    expect(determineAdultEligibility(Object.create({ asOf: '2026-11-23' }) as never).status).toBe('undetermined');
  });

  it('input that is not plain data goes to zod, which decides (a class instance with valid fields is accepted as before)', () => {
    class Form {
      asOf = '2026-11-23';
      needsArisingFromNecessaryCare = true;
    }
    expect(_isCarerInput(new Form())).toBe(false);
    expect(determineCarerEligibility(new Form()).conditions[0]!.outcome).toBe('met');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, eligibilityJsonSchema, eligibilityPack, writtenRecord } from '../../src/eligibility/index.js';
import { adultDutyInputArb, adultInputArb, carerDutyInputArb, carerInputArb } from './arbitraries.js';

function onlyRulesError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!isRulesError(error)) throw error;
  }
}

const refusal = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false });
const entries: [string, (x: unknown, o?: unknown) => unknown, unknown][] = [
  ['determineAdultEligibility', (x, o) => determineAdultEligibility(x as never, o as never), { asOf: '2026-11-23' }],
  ['determineCarerEligibility', (x, o) => determineCarerEligibility(x as never, o as never), { asOf: '2026-11-23' }],
  ['assessDutyToMeetNeeds', (x, o) => assessDutyToMeetNeeds(x as never, o as never), { asOf: '2026-11-23', person: 'adult' }],
  ['writtenRecord', (x, o) => writtenRecord(x as never, o as never), refusal],
];

// Packs that look almost right: the spec of the real pack with junk timelines.
const junkPackArb = fc.record({
  id: fc.anything(),
  version: fc.anything(),
  layers: fc.anything(),
  spec: fc.constant(eligibilityPack.spec),
  entries: fc.dictionary(fc.constantFrom(...Object.keys(eligibilityPack.spec)), fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 3 }))),
});

describe('any invalid input yields only a RulesError', () => {
  for (const [name, fn, valid] of entries) {
    it(`${name}: arbitrary junk`, () => {
      fc.assert(fc.property(fc.anything(), (x) => onlyRulesError(() => fn(x))));
    });
    it(`${name}: junk options and junk packs`, () => {
      expect(() => fn(valid)).not.toThrow();
      fc.assert(fc.property(fc.anything(), (o) => onlyRulesError(() => fn(valid, o))));
      fc.assert(fc.property(junkPackArb, (pack) => onlyRulesError(() => fn(valid, { pack }))));
    });
  }

  it('valid inputs with one field replaced by junk are refused with a RulesError (never a TypeError)', () => {
    const corrupt = <T extends object>(arb: fc.Arbitrary<T>) =>
      fc.tuple(arb, fc.string({ maxLength: 30 }), fc.anything()).map(([input, key, junk]) => {
        const keys = Object.keys(input);
        const k = keys.length > 0 ? (keys[key.length % keys.length] as string) : key;
        return { ...input, [k]: junk };
      });
    fc.assert(fc.property(corrupt(adultInputArb), (x) => onlyRulesError(() => determineAdultEligibility(x))));
    fc.assert(fc.property(corrupt(carerInputArb), (x) => onlyRulesError(() => determineCarerEligibility(x))));
    fc.assert(fc.property(corrupt(fc.oneof(adultDutyInputArb, carerDutyInputArb)), (x) => onlyRulesError(() => assessDutyToMeetNeeds(x))));
  });

  it('fluctuating observations with junk anywhere inside are refused with a RulesError', () => {
    const base = {
      asOf: '2026-11-02',
      fluctuating: { periodFrom: '2026-10-01', periodTo: '2026-10-31', observations: [{ date: '2026-10-03', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } }] },
    };
    const slots: ((j: unknown) => unknown)[] = [
      (j) => ({ ...base, fluctuating: { ...base.fluctuating, periodFrom: j } }),
      (j) => ({ ...base, fluctuating: { ...base.fluctuating, observations: j } }),
      (j) => ({ ...base, fluctuating: { ...base.fluctuating, observations: [{ date: j, outcomes: {} }] } }),
      (j) => ({ ...base, fluctuating: { ...base.fluctuating, observations: [{ date: '2026-10-03', outcomes: j }] } }),
      (j) => ({ ...base, fluctuating: { ...base.fluctuating, observations: [{ date: '2026-10-03', outcomes: { nutrition: j } }] } }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...slots), fc.anything(), (slot, junk) => {
        onlyRulesError(() => determineAdultEligibility(slot(junk) as never));
        onlyRulesError(() => determineCarerEligibility(slot(junk) as never));
      }),
    );
  });

  it('invalid values inside otherwise valid inputs are refused with a RulesError naming a path', () => {
    const refusedWithPath = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(isRulesError(error)).toBe(true);
        if (isRulesError(error)) expect(error.issues.every((i) => Array.isArray(i.path))).toBe(true);
        return;
      }
      expect.unreachable();
    };
    fc.assert(
      fc.property(adultInputArb, fc.constantFrom(...ADULT_OUTCOMES), fc.string({ minLength: 1, maxLength: 12 }), (input, outcome, junk) => {
        fc.pre(!(ADULT_UNABLE_LIMBS as readonly string[]).includes(junk));
        refusedWithPath(() => determineAdultEligibility({ ...input, outcomes: { ...input.outcomes, [outcome]: { unableToAchieve: [junk] } } }));
      }),
    );
    fc.assert(
      fc.property(adultDutyInputArb, fc.integer({ min: 1, max: 1_000_000 }), (input, n) => {
        refusedWithPath(() => assessDutyToMeetNeeds({ ...input, financialAssessment: { capital: String(-n) } }));
      }),
    );
  });

  it('a determination with junk in it is refused by writtenRecord with a RulesError', () => {
    const d = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false });
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(d)), fc.anything(), (key, junk) => {
        onlyRulesError(() => writtenRecord({ ...d, [key]: junk }));
      }),
    );
  });

  it('eligibilityJsonSchema: arbitrary junk names', () => {
    fc.assert(fc.property(fc.anything(), (x) => onlyRulesError(() => eligibilityJsonSchema(x as never))));
  });

  it('refusals are RulesErrors naming the entry point', () => {
    try {
      assessDutyToMeetNeeds({ person: 'robot' } as never);
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error) && error.entry).toBe('assessDutyToMeetNeeds');
    }
  });
});

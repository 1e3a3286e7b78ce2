import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, resolve, toJsonSchema, type RuleEntry } from '../../src/index.js';
import { eligibilitySchemaDocs } from '../../src/eligibility/schemaDocs.js';
import {
  AdultDutyInputSchema,
  AdultEligibilityInputSchema,
  CarerDutyInputSchema,
  CarerEligibilityInputSchema,
  DutyInputSchema,
  WrittenRecordInputSchema,
  ELIGIBILITY_INPUTS,
  assessDutyToMeetNeeds,
  determineAdultEligibility,
  determineCarerEligibility,
  eligibilityJsonSchema,
  eligibilityPack,
  eligibilitySpec,
  writtenRecord,
  type EligibilityPack,
} from '../../src/eligibility/index.js';

function codes(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (isRulesError(error)) return error.issues.map((i) => i.code);
    throw error;
  }
  return [];
}

describe('eligibility pack: law versus policy', () => {
  it('the eligibility criteria and the financial limits are law; aggregation, local limits and advice are policy', () => {
    const kinds = Object.fromEntries(Object.entries(eligibilitySpec).map(([k, v]) => [k, v.kind]));
    expect(kinds).toEqual({
      adultOutcomesRequired: 'law',
      carerOutcomesRequired: 'law',
      capitalLimits: 'law',
      conditionTwoForCareHomes: 'law',
      capOnCareCostsInForce: 'law',
      fluctuatingAggregation: 'policy',
      nonResidentialUpperCapitalLimit: 'policy',
      adviceAndInformation: 'policy',
    });
  });

  it('SI 2015/313 reg 2(1)(b) "two or more" and reg 3(2)(b) "any" are the values in force', () => {
    expect(resolve(eligibilityPack, 'adultOutcomesRequired', '2015-04-01').value).toBe(2);
    expect(resolve(eligibilityPack, 'carerOutcomesRequired', '2030-01-01').value).toBe(1);
  });

  it('a council layer may not change the law (extendPack refuses it)', () => {
    expect(
      codes(() =>
        extendPack(eligibilityPack, {
          id: 'x',
          version: '1',
          entries: { adultOutcomesRequired: [{ validFrom: '2026-01-01', value: 1, citation: 'wishful', kind: 'law' }] },
        }),
      ),
    ).toEqual(['law_override']);
  });

  it('a hand-built pack that changes the law is refused by every entry point', () => {
    const entries = { ...eligibilityPack.entries, adultOutcomesRequired: [{ ...(eligibilityPack.entries.adultOutcomesRequired[0] as RuleEntry<number>), value: 1 }] };
    const forged = { ...eligibilityPack, entries } as EligibilityPack;
    expect(codes(() => determineAdultEligibility({ asOf: '2026-11-23' }, { pack: forged }))).toEqual(['law_override']);
    // The financial limit and the care-home rule of s.18(3) are law too, for the carer, duty and record entry points.
    const lowered = { ...eligibilityPack, entries: { ...eligibilityPack.entries, capitalLimits: eligibilityPack.entries.capitalLimits.map((e) => ({ ...e, value: { upper: '1000', lower: '0' } })) } } as EligibilityPack;
    const careHome = { ...eligibilityPack, entries: { ...eligibilityPack.entries, conditionTwoForCareHomes: eligibilityPack.entries.conditionTwoForCareHomes.map((e) => ({ ...e, value: true })) } } as EligibilityPack;
    for (const pack of [lowered, careHome]) {
      expect(codes(() => determineCarerEligibility({ asOf: '2026-11-23' }, { pack }))).toEqual(['law_override']);
      expect(codes(() => assessDutyToMeetNeeds({ asOf: '2026-11-23', person: 'adult' }, { pack }))).toEqual(['law_override']);
      expect(codes(() => writtenRecord(determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false }), { pack }))).toEqual(['law_override']);
    }
  });

  it('a date before the regulations came into force is refused with the asOf path', () => {
    try {
      determineAdultEligibility({ asOf: '2014-01-01' });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error) && error.issues[0]?.path).toEqual(['asOf']);
    }
  });

  it('every input schema converts to JSON Schema (for forms)', () => {
    for (const schema of [AdultEligibilityInputSchema, CarerEligibilityInputSchema, DutyInputSchema, AdultDutyInputSchema, CarerDutyInputSchema, WrittenRecordInputSchema]) {
      const json = toJsonSchema(schema);
      expect(typeof json).toBe('object');
    }
    const adult = toJsonSchema(AdultEligibilityInputSchema) as { properties: Record<string, unknown>; required: string[] };
    expect(adult.required).toEqual(['asOf']);
    expect(Object.keys(adult.properties)).toContain('fluctuating');
    for (const name of ELIGIBILITY_INPUTS) expect(eligibilityJsonSchema(name)).toEqual(toJsonSchema({ adult: AdultEligibilityInputSchema, carer: CarerEligibilityInputSchema, duty: DutyInputSchema, record: WrittenRecordInputSchema }[name], eligibilitySchemaDocs));
    expect(() => eligibilityJsonSchema('toString' as never)).toThrow(/✖ name: must be one of:? adult, carer, duty, record/);
  });

  it('the carer JSON Schema offers only the three reg 3(3) limbs', () => {
    const text = JSON.stringify(eligibilityJsonSchema('carer'));
    expect(text).toContain('endangersHealthOrSafety');
    expect(text).not.toContain('takesSignificantlyLonger');
  });
});

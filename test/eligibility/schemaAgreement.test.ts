// Issue 14, "JSON Schemas that agree with the functions", for the eligibility area: a form or an API that
// validates with eligibilityJsonSchema(name) (ajv, draft 2020-12, ajv-formats) accepts exactly what the function
// accepts at its schema stage; the function refuses more only by the cross-field rules docs/schemas.md lists
// (dates of a fluctuating need compared with each other and with asOf).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _startOf } from '../../src/core/rulePack.js';
import type { RulesIssue } from '../../src/index.js';
import {
  ADULT_LIMB_TEXT,
  ADULT_OUTCOMES,
  ADULT_UNABLE_LIMBS,
  CARER_OUTCOMES,
  CARER_UNABLE_LIMBS,
  ELIGIBILITY_INPUTS,
  assessDutyToMeetNeeds,
  determineAdultEligibility,
  determineCarerEligibility,
  eligibilityJsonSchema,
  eligibilityPack,
  writtenRecord,
  type EligibilityInputName,
} from '../../src/eligibility/index.js';
import { expectSchemaAgreement, undocumented, validatorOf } from '../helpers/schemaAgreement.js';
import { adultDutyInputArb, adultInputArb, adultOutcomeArb, carerDutyInputArb, carerInputArb, carerOutcomeArb, observationsArb, wellbeingArb } from './arbitraries.js';

const likely = (w: fc.Arbitrary<Record<string, unknown>>) => fc.tuple(w, fc.constantFrom('is', 'is-likely', undefined)).map(([x, l]) => (l === undefined ? x : { ...x, likelihood: l }));
// Case references of any characters (zod and JSON Schema both count code points, so emoji count once).
const caseRefArb = fc.string({ minLength: 1, maxLength: 100, unit: 'binary' });

const adultArb = fc.oneof(
  adultInputArb,
  fc.record(
    {
      asOf: fc.constant('2026-11-23'),
      caseRef: caseRefArb,
      needsArisingFromImpairmentOrIllness: fc.boolean(),
      impairmentOrIllness: fc.subarray(['physical-impairment', 'mental-impairment', 'physical-illness', 'mental-illness']),
      // Observed outcomes apart from the assessed one (nutrition): an outcome is given one way only.
      fluctuating: observationsArb(
        ADULT_OUTCOMES.filter((o) => o !== 'nutrition'),
        fc.record({ unableToAchieve: fc.subarray([...ADULT_UNABLE_LIMBS]), needsPrompting: fc.boolean() }, { requiredKeys: ['unableToAchieve'] }),
      ),
      wellbeing: likely(wellbeingArb),
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
      caseRef: caseRefArb,
      needsArisingFromNecessaryCare: fc.boolean(),
      healthAtRisk: fc.boolean(),
      fluctuating: observationsArb(
        CARER_OUTCOMES.filter((o) => o !== 'nutrition'),
        carerOutcomeArb,
      ),
      wellbeing: likely(wellbeingArb),
      outcomes: fc.record({ nutrition: carerOutcomeArb }, { requiredKeys: [] }),
    },
    { requiredKeys: ['asOf'] },
  ),
);
// The duty also takes a determination exactly as returned, and capital as a JSON number.
const dutyArb = fc.oneof(
  adultDutyInputArb,
  carerDutyInputArb,
  fc.tuple(adultInputArb, fc.integer({ min: 0, max: 60_000 })).map(([input, capital]) => ({
    asOf: input.asOf,
    person: 'adult' as const,
    determination: structuredClone(determineAdultEligibility(input)),
    financialAssessment: { capital },
  })),
);
// A determination as returned (less its trace, to keep the near misses on the fields the record reads).
const withoutTrace = (r: object): Record<string, unknown> => {
  const { trace: _trace, ...rest } = structuredClone(r) as Record<string, unknown>;
  return rest;
};
const recordArb = fc.oneof(adultArb.map((i) => withoutTrace(determineAdultEligibility(i as never))), carerArb.map((i) => withoutTrace(determineCarerEligibility(i as never))));

// The only issues beyond the JSON Schema: the fluctuating period's dates (unableToAchieve.ts).
const fluctuatingDates = (i: RulesIssue): boolean => i.code === 'inconsistent_input' && i.path[0] === 'fluctuating';
const none = (): boolean => false;

const eligible = determineAdultEligibility({
  asOf: '2026-11-23',
  needsArisingFromImpairmentOrIllness: true,
  outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, toiletNeeds: { unableToAchieve: ['endangersHealthOrSafety'] } },
  wellbeing: { significantImpact: true, areas: ['personalDignity'] },
});
const notEligible = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: false });
const fluct = { periodFrom: '2026-10-01', periodTo: '2026-10-31', observations: [{ date: '2026-10-03', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } }] };

// The near misses issue 14 names for this area, each refused by both ajv and the function.
const refusedByBoth: Record<EligibilityInputName, readonly unknown[]> = {
  adult: [
    { asOf: '2026-11-23', wellbeing: { significantImpact: true, areas: [] } }, // a significant impact with no areas
    { asOf: '2014-01-01' }, // an asOf before the rules begin
    { asOf: '2015-03-31', fluctuating: fluct }, // … even with a period after it: one issue, the date
    { asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: [] } }, fluctuating: fluct }, // an outcome given both ways
  ],
  carer: [
    { asOf: '2026-11-23', wellbeing: { significantImpact: true, areas: [] } },
    { asOf: '2014-01-01' },
    { asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: [] } }, fluctuating: fluct },
    { asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: ['takesSignificantlyLonger'] } } }, // the adult-only limb
  ],
  duty: [
    { asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'nutrition'] } }, // duplicate outcomes
    { asOf: '2026-11-23', person: 'adult', determination: { status: 'eligible', eligibleOutcomes: ['nutrition'] } },
    { asOf: '2026-11-23', person: 'carer', determination: { status: 'not-eligible', eligibleOutcomes: ['nutrition'] } },
    { asOf: '2026-11-23', person: 'adult', financialAssessment: { capital: '-1' } }, // a negative capital
    { asOf: '2026-11-23', person: 'adult', financialAssessment: { capital: '-0.00' } },
    { asOf: '2026-11-23', person: 'adult', financialAssessment: { capital: -0.01 } },
    { asOf: '2026-11-23', person: 'carer', careToAdultNeedingCare: { financialAssessment: { capital: '-250' } } },
    { asOf: '2014-01-01', person: 'adult' },
  ],
  record: [
    withoutTrace(determineAdultEligibility({ asOf: '2026-11-23' })), // undetermined: no written record yet
    { ...withoutTrace(eligible), status: 'not-eligible' }, // status disagrees with the conditions
    { ...withoutTrace(notEligible), status: 'eligible' },
    { ...withoutTrace(eligible), conditions: [...eligible.conditions].reverse() }, // conditions out of order
    { ...withoutTrace(eligible), asOf: '2014-01-01' },
  ],
};

const CASES: Record<EligibilityInputName, { valid: fc.Arbitrary<unknown>; call: (x: unknown) => unknown; beyondSchema: (i: RulesIssue) => boolean }> = {
  adult: { valid: adultArb, call: (x) => determineAdultEligibility(x as never), beyondSchema: fluctuatingDates },
  carer: { valid: carerArb, call: (x) => determineCarerEligibility(x as never), beyondSchema: fluctuatingDates },
  duty: { valid: dutyArb, call: (x) => assessDutyToMeetNeeds(x as never), beyondSchema: none },
  record: { valid: recordArb, call: (x) => writtenRecord(x as never), beyondSchema: none },
};

const IDS: Record<EligibilityInputName, string> = {
  adult: 'urn:adult-social-care-rules:schema:AdultEligibilityInput',
  carer: 'urn:adult-social-care-rules:schema:CarerEligibilityInput',
  duty: 'urn:adult-social-care-rules:schema:DutyToMeetNeedsInput',
  record: 'urn:adult-social-care-rules:schema:WrittenRecordInput',
};

function refusedIssues(call: () => unknown): readonly RulesIssue[] {
  try {
    call();
  } catch (error) {
    return (error as { issues: RulesIssue[] }).issues;
  }
  return [];
}

describe('eligibility: the JSON Schemas agree with the functions', () => {
  for (const name of ELIGIBILITY_INPUTS) {
    it(`${name}: ajv and the function agree on generated inputs and near misses`, () => {
      const jsonSchema = eligibilityJsonSchema(name);
      const validate = validatorOf(jsonSchema);
      for (const x of refusedByBoth[name]) {
        expect(validate(x), JSON.stringify(x)).toBe(false);
        expect(refusedIssues(() => CASES[name].call(x)).filter((i) => !CASES[name].beyondSchema(i)).length, JSON.stringify(x)).toBeGreaterThan(0);
      }
      const tally = expectSchemaAgreement({ jsonSchema, ...CASES[name], examples: refusedByBoth[name], numRuns: 300 });
      expect(tally.accepted + tally.refused).toBeGreaterThan(300);
    });

    it(`${name}: every field has a title and a description, every closed list its labels`, () => {
      expect(undocumented(eligibilityJsonSchema(name))).toEqual([]);
    });

    it(`${name}: a stable $id`, () => {
      expect(eligibilityJsonSchema(name).$id).toBe(IDS[name]);
    });
  }

  it('enum values carry the labels of the area tables', () => {
    const adult = eligibilityJsonSchema('adult') as { $defs: Record<string, { oneOf: { const: string; title: string }[] }> };
    const limb = adult.$defs['AdultUnableLimb']!.oneOf.find((o) => o.const === 'unableWithoutAssistance');
    expect(limb?.title).toBe('Unable to achieve it without assistance');
    expect(ADULT_LIMB_TEXT.unableWithoutAssistance.text).toBe('is unable to achieve it without assistance');
    const duty = eligibilityJsonSchema('duty') as { $defs: Record<string, { oneOf: { const: string; title: string }[] }> };
    expect(duty.$defs['EligibilityResidence']!.oneOf.map((o) => o.title)).toContain("Ordinarily resident in the council's area");
  });

  it('each outcome refers to one shared definition, and the duty marks its discriminator', () => {
    const adult = eligibilityJsonSchema('adult') as { properties: { outcomes: { properties: Record<string, { $ref?: string }> } } };
    for (const o of ADULT_OUTCOMES) expect(adult.properties.outcomes.properties[o]?.$ref).toBe('#/$defs/AdultOutcomeAssessment');
    expect(eligibilityJsonSchema('duty').discriminator).toEqual({ propertyName: 'person' });
    expect(JSON.stringify(eligibilityJsonSchema('carer'))).not.toContain('takesSignificantlyLonger');
    expect(CARER_UNABLE_LIMBS).toHaveLength(3);
  });

  it("the first date in force is the default pack's, as formatMinimum on the decision date", () => {
    const first = _startOf(eligibilityPack)!.validFrom;
    expect(first).toBe('2015-04-01');
    for (const name of ['adult', 'carer', 'record'] as const) {
      expect((eligibilityJsonSchema(name) as { properties: { asOf: { formatMinimum?: string } } }).properties.asOf.formatMinimum).toBe(first);
    }
    const duty = eligibilityJsonSchema('duty') as { oneOf: { properties: { asOf: { formatMinimum?: string } } }[] };
    expect(duty.oneOf.map((b) => b.properties.asOf.formatMinimum)).toEqual([first, first]);
    // One issue, at asOf, saying when the rules start (even with a fluctuating period that is also out of place).
    expect(refusedIssues(() => determineAdultEligibility({ asOf: '2015-03-31', fluctuating: fluct } as never))).toEqual([
      { code: 'no_value_in_force', path: ['asOf'], message: 'must be on or after 2015-04-01, when SI 2015/313 reg 2(1)(b) came into force' },
    ]);
  });

  it('negative capital means a minus sign in the string or a number below zero, for ajv and the duty alike', () => {
    const validate = validatorOf(eligibilityJsonSchema('duty'));
    const at = (capital: unknown) => ({ asOf: '2026-11-23', person: 'adult', financialAssessment: { capital } });
    // The number -0 is zero in JSON Schema (minimum: 0), and in the duty; "-0" written as a string is refused by both.
    for (const capital of [0, -0, '0', '0.00', 18500, '18500.00']) {
      expect(validate(at(capital)), String(capital)).toBe(true);
      expect(refusedIssues(() => assessDutyToMeetNeeds(at(capital) as never)), String(capital)).toEqual([]);
    }
    for (const capital of ['-0', '-0.01', -1]) {
      expect(validate(at(capital)), String(capital)).toBe(false);
      expect(refusedIssues(() => assessDutyToMeetNeeds(at(capital) as never)).map((i) => [i.code, i.path])).toEqual([['too_small', ['financialAssessment', 'capital']]]);
    }
  });

  // docs/schemas.md, "Eligibility": the rules JSON Schema cannot express. ajv accepts these; the function
  // refuses each with the code and path the table gives.
  it('the cross-field rules listed in docs/schemas.md are accepted by ajv and refused by the function', () => {
    const rows: [unknown, (string | number)[]][] = [
      [{ asOf: '2026-11-23', fluctuating: { ...fluct, periodFrom: '2026-11-01' } }, ['fluctuating', 'periodTo']], // a period ending before it starts
      [{ asOf: '2026-10-15', fluctuating: { ...fluct, observations: [{ ...fluct.observations[0], date: '2026-10-03' }] } }, ['fluctuating', 'periodTo']], // ending after asOf
      [{ asOf: '2026-11-23', fluctuating: { ...fluct, observations: [{ ...fluct.observations[0], date: '2026-11-05' }] } }, ['fluctuating', 'observations', 0, 'date']], // outside the period
      [{ asOf: '2026-11-23', fluctuating: { ...fluct, observations: [fluct.observations[0], fluct.observations[0]] } }, ['fluctuating', 'observations', 1, 'date']], // two on one day
    ];
    for (const name of ['adult', 'carer'] as const) {
      const validate = validatorOf(eligibilityJsonSchema(name));
      for (const [input, path] of rows) {
        expect(validate(input), JSON.stringify(input)).toBe(true);
        const issues = refusedIssues(() => CASES[name].call(input));
        expect(issues.map((i) => [i.code, i.path])).toContainEqual(['inconsistent_input', path]);
        expect(issues.every(fluctuatingDates)).toBe(true);
      }
    }
  });
});

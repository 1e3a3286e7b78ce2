// Issue 14, "JSON Schemas that agree with the functions", for provider failure: ajv with each exported JSON
// Schema refuses exactly what the function refuses at its schema stage; the function may also refuse by the
// rules that compare two values, which docs/schemas.md lists (section "Provider failure") and `beyond` names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toJsonSchema, type RulesIssue } from '../../src/index.js';
import { _parse } from '../../src/core/errors.js';
import { ProviderFailureFileSchema } from '../../src/cli/provider-failure.js';
import {
  assessTemporaryDuty,
  coventryProviderFailurePack,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  PROVIDER_FAILURE_INPUTS,
  providerFailureJsonSchema,
  providerFailureSchemaDocs,
  type ProviderFailureInputName,
} from '../../src/provider-failure/index.js';
import { expectSchemaAgreement, undocumented, validatorOf } from '../helpers/schemaAgreement.js';
import { affectedPerson, continuityContext, marketOversightInput, responsePlanInput, temporaryDutyInput } from './arbitraries.js';
import { careHomeAdministrationCloses, careHomeContext, careHomePlan, residents } from './fixtures.js';

const same = (path: readonly (string | number)[], ...pattern: (string | typeof Number)[]): boolean =>
  path.length === pattern.length && pattern.every((p, i) => (p === Number ? typeof path[i] === 'number' : path[i] === p));

// A self-funding adult: with a context where s.48 is not engaged, the context-dependent rule (needsAppearUrgent
// required) refuses it, which no JSON Schema of the context alone can see.
const selfFunder = { ref: 'P-1', role: 'adult', arrangement: 'self-funded' };
const notEngaged = { ...careHomeContext, temporaryDutyEngaged: false };
const needsUrgency = (i: RulesIssue): boolean => i.code === 'inconsistent_input' && same(i.path, 'person', 'needsAppearUrgent');

// For a person placed by another English authority the coordinator is Coventry policy, in force from 2022-06-16:
// an earlier context.asOf is refused for that person only (a rule between the person and the context). The
// law's own start (2015-04-01) has the same code and path, so the policy's date in the message tells them apart.
const outOfAreaPolicyNotYet = (i: RulesIssue): boolean =>
  i.code === 'no_value_in_force' && same(i.path, 'context', 'asOf') && i.message.includes(coventryProviderFailurePack.entries.outOfAreaCoordinator[0]!.validFrom);

const duty = careHomeAdministrationCloses.input;
const plan = careHomePlan.input;
const oversight = { asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek: 27000, peopleInWeek: 850 }, residential: { bedCapacity: 1200, authoritiesWithBeds: 3 } };

interface Case {
  readonly valid: fc.Arbitrary<unknown>;
  readonly call: (input: unknown) => unknown;
  readonly beyondSchema: (issue: RulesIssue) => boolean;
  /** The near misses the issue names for this area, and the other rules each input has: each is refused by both. */
  readonly refusedByBoth: readonly unknown[];
  /** Inputs only a cross-field rule refuses: ajv accepts them, the function refuses them with `beyondSchema` issues. */
  readonly crossField: readonly unknown[];
}

const CASES: Readonly<Record<ProviderFailureInputName, Case>> = {
  'temporary-duty': {
    valid: temporaryDutyInput,
    call: (input) => assessTemporaryDuty(input as never),
    beyondSchema: (i) => i.code === 'inconsistent_input' && (same(i.path, 'activity', 'ceasedOn') || same(i.path, 'events', Number, 'date')),
    refusedByBoth: [
      // status 'ceased' without ceasedOn (issue 14), and the other required-when rules of the activity
      { ...duty, activity: { type: 'personal-care', authority: 'Coventry', status: 'ceased' } },
      { ...duty, activity: { type: 'personal-care', authority: 'Coventry', status: 'continuing', ceasedOn: '2026-02-27' } },
      { ...duty, activity: { ...duty.activity, continuedBy: 'administrator' } },
      // an asOf before s.48 and SI 2015/301 came into force (1 April 2015)
      { ...duty, asOf: '2015-03-31', activity: { ...duty.activity, ceasedOn: '2015-03-30' }, events: [{ type: 'administrator-appointed', date: '2015-03-01' }] },
      // an unregistered provider with registered activities
      { ...duty, provider: { ...duty.provider, registeredUnderHsca2008: false } },
      // a blank authority
      { ...duty, activity: { ...duty.activity, authority: '   ' } },
    ],
    crossField: [
      { ...duty, activity: { ...duty.activity, ceasedOn: '2026-03-03' } },
      { ...duty, events: [{ type: 'winding-up-order', date: '2026-12-01' }] },
    ],
  },
  person: {
    valid: affectedPerson,
    call: (input) => determineContinuityBasis(input as never, notEngaged),
    beyondSchema: needsUrgency,
    refusedByBoth: [
      { ref: 'P-1', role: 'adult', arrangement: 'host-authority' },
      { ref: 'P-1', role: 'adult', arrangement: 'self-funded', hostAuthorityBasis: 'section-18', needsAppearUrgent: true },
      { ref: 'P-1', role: 'carer', arrangement: 'host-authority', hostAuthorityBasis: 'section-18' },
      { ref: 'P-1', role: 'adult', arrangement: 'host-authority', hostAuthorityBasis: 'section-20-6' },
      { ref: 'P-1', role: 'carer', arrangement: 'nhs-continuing-healthcare' },
      { ref: 'P-1', role: 'adult', arrangement: 'welsh-authority' },
      { ref: 'P-1', role: 'adult', arrangement: 'self-funded', fundingBody: 'Nobody', needsAppearUrgent: false },
      { ref: ' ', role: 'adult', arrangement: 'self-funded', needsAppearUrgent: false },
    ],
    crossField: [selfFunder],
  },
  context: {
    valid: continuityContext,
    call: (input) => determineContinuityBasis(selfFunder as never, input as never),
    beyondSchema: needsUrgency,
    refusedByBoth: [{ ...careHomeContext, asOf: '2015-03-31' }, { ...careHomeContext, hostAuthority: '' }],
    crossField: [notEngaged],
  },
  'response-plan': {
    valid: responsePlanInput,
    call: (input) => planProviderFailureResponse(input as never),
    beyondSchema: (i) =>
      (i.code === 'inconsistent_input' && (same(i.path, 'closesAt') || same(i.path, 'nhsFundedPeople') || same(i.path, 'placingAuthorities', Number) || same(i.path, 'affectedAuthorities', Number))) ||
      ((i.code === 'nonexistent_local_time' || i.code === 'ambiguous_local_time') && (same(i.path, 'notifiedAt') || same(i.path, 'closesAt'))) ||
      (i.code === 'no_value_in_force' && same(i.path, 'notifiedAt')) ||
      (i.code === 'too_big' && (same(i.path, 'notifiedAt') || same(i.path, 'closesAt'))),
    refusedByBoth: [
      // a planned closure without its date, and an emergency with one
      { ...plan, timescale: 'planned' },
      { ...plan, closesAt: '2026-04-30T12:00:00Z' },
      // an authority named twice (in either list), a blank one, none
      { ...plan, affectedAuthorities: ['Coventry', 'Coventry'] },
      { ...plan, placingAuthorities: ['Warwickshire', 'Warwickshire'] },
      { ...plan, affectedAuthorities: ['Coventry', ' '] },
      { ...plan, affectedAuthorities: [] },
      { ...plan, peopleAffected: -1 },
    ],
    crossField: [
      // the closure before the notice (dates in order), the host as a placer, more NHS-funded people than people
      { ...plan, timescale: 'planned', closesAt: '2026-02-01T09:00:00Z' },
      { ...plan, placingAuthorities: ['Coventry'] },
      { ...plan, nhsFundedPeople: 1000 },
      // one authority twice, written with and without spaces around it
      { ...plan, affectedAuthorities: ['Coventry', ' Coventry'] },
      // a London time the clocks skip, and a notice before Coventry's policy took effect (2022-06-16, London time)
      { ...plan, notifiedAt: '2026-03-29T01:30' },
      { ...plan, notifiedAt: '2022-06-15T22:59:00Z' },
      // a notice so late that the plan's deadlines would run past the year 9999
      { ...plan, notifiedAt: '9999-12-31T23:59:59Z' },
    ],
  },
  'market-oversight': {
    valid: marketOversightInput,
    call: (input) => isMarketOversightProvider(input as never),
    beyondSchema: (i) => i.code === 'inconsistent_input' && same(i.path, 'residential', 'authoritiesWithBeds'),
    refusedByBoth: [
      { asOf: '2026-04-01', isLocalAuthority: false },
      { ...oversight, personalCare: { hoursInWeek: 10, peopleInWeek: 0 } },
      { ...oversight, residential: { bedCapacity: 10, authoritiesWithBeds: 0 } },
      { ...oversight, asOf: '2015-04-05' },
      { ...oversight, residential: { bedCapacity: -1, authoritiesWithBeds: 0 } },
    ],
    crossField: [{ ...oversight, residential: { bedCapacity: 2, authoritiesWithBeds: 3 } }],
  },
};

describe('provider-failure JSON Schemas agree with the functions (issue 14)', () => {
  for (const name of PROVIDER_FAILURE_INPUTS) {
    const c = CASES[name];
    const schema = providerFailureJsonSchema(name);

    it(`${name}: ajv and the function accept and refuse the same inputs at the schema stage`, () => {
      const tally = expectSchemaAgreement({ jsonSchema: schema, valid: c.valid, call: c.call, beyondSchema: c.beyondSchema, examples: [...c.refusedByBoth, ...c.crossField], numRuns: 300 });
      expect(tally.beyond, 'no generated or listed input reached a cross-field rule').toBeGreaterThan(0);
    });

    it(`${name}: the named near misses are refused by both, the cross-field ones by the function alone`, () => {
      const validate = validatorOf(schema);
      for (const input of c.refusedByBoth) expect(validate(input), JSON.stringify(input)).toBe(false);
      for (const input of c.crossField) {
        expect(validate(input), JSON.stringify(input)).toBe(true);
        expect(() => c.call(input), JSON.stringify(input)).toThrow();
      }
    });

    it(`${name}: every field has a title and a description, every closed list its labels`, () => {
      expect(undocumented(schema)).toEqual([]);
    });
  }

  it('each input has a stable $id', () => {
    expect(PROVIDER_FAILURE_INPUTS.map((n) => providerFailureJsonSchema(n).$id)).toEqual([
      'urn:adult-social-care-rules:schema:ProviderFailureTemporaryDutyInput',
      'urn:adult-social-care-rules:schema:ProviderFailureAffectedPerson',
      'urn:adult-social-care-rules:schema:ProviderFailureContinuityContext',
      'urn:adult-social-care-rules:schema:ProviderFailureResponsePlanInput',
      'urn:adult-social-care-rules:schema:ProviderFailureMarketOversightMetrics',
    ]);
  });

  it('enum values show the labels of the vocabulary tables', () => {
    const events = (providerFailureJsonSchema('temporary-duty').properties as Record<string, { items: { properties: { type: { oneOf: { const: string; title: string }[] } } } }>).events;
    expect(events?.items.properties.type.oneOf).toContainEqual({ const: 'administrator-appointed', title: 'the appointment of an administrator took effect' });
    const serviceType = (providerFailureJsonSchema('response-plan').properties as Record<string, { oneOf: { const: string; title: string }[] }>).serviceType;
    expect(serviceType?.oneOf).toContainEqual({ const: 'nursing-home', title: 'Nursing home' });
  });

  it('the first date in force is the one the functions check, read from the default pack', () => {
    const asOf = (name: ProviderFailureInputName) => (providerFailureJsonSchema(name).properties as Record<string, { formatMinimum?: string }>).asOf?.formatMinimum;
    // Care Act 2014 s.48 and SI 2015/301 from 1 April 2015; SI 2015/314 (market oversight) from 6 April 2015.
    expect(asOf('temporary-duty')).toBe('2015-04-01');
    expect(asOf('context')).toBe('2015-04-01');
    expect(asOf('market-oversight')).toBe('2015-04-06');
    expect(asOf('temporary-duty')).toBe(coventryProviderFailurePack.entries.businessFailureEventsOrganisation[0]?.validFrom);
    expect(asOf('market-oversight')).toBe(coventryProviderFailurePack.entries.marketOversightPersonalCare[0]?.validFrom);
  });

  it('an authority shared by both lists is one definition, referenced twice', () => {
    const schema = providerFailureJsonSchema('response-plan');
    const props = schema.properties as Record<string, { items?: { $ref?: string }; uniqueItems?: boolean }>;
    expect(props.affectedAuthorities?.items?.$ref).toBe('#/$defs/ProviderFailureAuthorityName');
    expect(props.placingAuthorities?.items?.$ref).toBe('#/$defs/ProviderFailureAuthorityName');
    expect(props.affectedAuthorities?.uniqueItems).toBe(true);
  });

  it('an unknown name is a RulesError', () => {
    expect(() => providerFailureJsonSchema('plan' as never)).toThrow(/must be one of/);
  });

  it('residents of the fixtures are valid people for the JSON Schema', () => {
    const validate = validatorOf(providerFailureJsonSchema('person'));
    for (const r of Object.values(residents)) expect(validate(r.input), r.name).toBe(true);
  });
});

describe('the file of asc-rules provider-failure agrees with what the command runs', () => {
  const schema = toJsonSchema(ProviderFailureFileSchema, providerFailureSchemaDocs);
  // What the command does with a file (src/cli/provider-failure.ts): parse it, then call the entry point it names.
  const run = (input: unknown): unknown => {
    const file = _parse('asc-rules provider-failure', ProviderFailureFileSchema, input);
    switch (file.operation) {
      case 'temporary-duty':
        return assessTemporaryDuty(file.input);
      case 'continuity':
        return file.people.map((p) => determineContinuityBasis(p, file.context));
      case 'response-plan':
        return planProviderFailureResponse(file.input);
      case 'market-oversight':
        return isMarketOversightProvider(file.input);
    }
  };
  const valid = fc.oneof(
    CASES['temporary-duty'].valid.map((input) => ({ operation: 'temporary-duty', input })),
    fc.tuple(continuityContext, fc.uniqueArray(affectedPerson, { minLength: 1, maxLength: 3, selector: (p) => (p as { ref: string }).ref.trim() })).map(([context, people]) => ({ operation: 'continuity', context, people })),
    CASES['response-plan'].valid.map((input) => ({ operation: 'response-plan', input })),
    CASES['market-oversight'].valid.map((input) => ({ operation: 'market-oversight', input })),
  );
  const twice = { ref: 'P-1', role: 'adult', arrangement: 'self-funded', needsAppearUrgent: true };

  it('ajv and the command accept and refuse the same files at the schema stage', () => {
    expectSchemaAgreement({
      jsonSchema: schema,
      valid,
      call: run,
      beyondSchema: (i) =>
        // The file's parse reports paths under `input`; the entry points within their own input.
        [i, { ...i, path: i.path[0] === 'input' ? i.path.slice(1) : [] }].some((j) => CASES['temporary-duty'].beyondSchema(j) || CASES['response-plan'].beyondSchema(j) || CASES['market-oversight'].beyondSchema(j)) ||
        needsUrgency(i) ||
        outOfAreaPolicyNotYet(i) ||
        (i.code === 'duplicate' && same(i.path, 'people', Number, 'ref')),
      examples: [
        { operation: 'guess', input: {} },
        { operation: 'continuity', context: careHomeContext, people: [] },
        { operation: 'continuity', context: careHomeContext, people: [twice, { ...twice, ref: ' P-1' }] },
        { operation: 'response-plan', input: { ...plan, timescale: 'planned' } },
      ],
      numRuns: 300,
    });
  });

  it('each person once: two people with one reference are refused by the command, which JSON Schema cannot see', () => {
    const file = { operation: 'continuity', context: careHomeContext, people: [twice, { ...twice, ref: ' P-1', needsAppearUrgent: false }] };
    expect(validatorOf(schema)(file)).toBe(true);
    expect(() => run(file)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'duplicate', path: ['people', 1, 'ref'] })] }));
  });

  it('the file is documented, with a stable $id and the operation as discriminator', () => {
    expect(undocumented(schema)).toEqual([]);
    expect(schema.$id).toBe('urn:adult-social-care-rules:schema:ProviderFailureFile');
    expect(schema.discriminator).toEqual({ propertyName: 'operation' });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError, toJsonSchema } from '../../src/index.js';
import {
  AffectedPersonSchema,
  assessTemporaryDuty,
  ContinuityContextSchema,
  determineContinuityBasis,
  isMarketOversightProvider,
  MarketOversightMetricsSchema,
  planProviderFailureResponse,
  ResponsePlanInputSchema,
  TemporaryDutyInputSchema,
} from '../../src/provider-failure/index.js';
import { careHomeAdministrationCloses, careHomeContext, careHomePlan, residents } from './fixtures.js';

const onlyRulesError = (run: () => unknown): boolean => {
  try {
    run();
    return true;
  } catch (error) {
    return isRulesError(error);
  }
};

describe('every entry point throws only RulesError on junk', () => {
  it('assessTemporaryDuty', () => {
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => assessTemporaryDuty(junk as never))));
  });
  it('determineContinuityBasis (junk person, junk context)', () => {
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => determineContinuityBasis(junk as never, careHomeContext))));
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => determineContinuityBasis(residents.selfFunder!.input, junk as never))));
  });
  it('planProviderFailureResponse', () => {
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => planProviderFailureResponse(junk as never))));
  });
  it('isMarketOversightProvider', () => {
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => isMarketOversightProvider(junk as never))));
  });
  it('junk options (a pack that is not a pack)', () => {
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => planProviderFailureResponse(careHomePlan.input, junk as never))));
    fc.assert(fc.property(fc.anything(), (junk) => onlyRulesError(() => planProviderFailureResponse(careHomePlan.input, { pack: junk as never }))));
  });
  it('near-miss inputs of the other entry points: one field, at any depth, replaced by junk', () => {
    // Every path to a value in a valid input, e.g. ['activity', 'ceasedOn'] or ['events', 0, 'type'].
    const paths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => [[...prefix, Array.isArray(value) ? Number(k) : k], ...paths(v, [...prefix, Array.isArray(value) ? Number(k) : k])]) : [];
    const replace = (value: unknown, path: (string | number)[], junk: unknown): unknown => {
      if (path.length === 0) return junk;
      const [head, ...rest] = path;
      const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
      copy[head!] = replace(copy[head!], rest, junk);
      return copy;
    };
    const cases: [unknown, (input: never) => unknown][] = [
      [careHomeAdministrationCloses.input, (i) => assessTemporaryDuty(i)],
      [{ person: residents.welshPlacement!.input, context: careHomeContext }, (i: { person: never; context: never }) => determineContinuityBasis(i.person, i.context)],
      [{ asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek: 100, peopleInWeek: 10 }, residential: { bedCapacity: 1200, authoritiesWithBeds: 3 } }, (i) => isMarketOversightProvider(i)],
    ];
    for (const [base, run] of cases) {
      fc.assert(fc.property(fc.constantFrom(...paths(base)), fc.anything(), (path, junk) => onlyRulesError(() => run(replace(base, path, junk) as never))));
    }
  });

  it('near-miss inputs: one field replaced by junk', () => {
    const base = careHomePlan.input as Record<string, unknown>;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(base)), fc.anything(), (key, junk) => onlyRulesError(() => planProviderFailureResponse({ ...base, [key]: junk } as never))),
    );
  });
});

describe('JSON Schemas', () => {
  it('each input schema converts to an object JSON Schema', () => {
    for (const schema of [TemporaryDutyInputSchema, AffectedPersonSchema, ContinuityContextSchema, ResponsePlanInputSchema, MarketOversightMetricsSchema]) {
      expect(toJsonSchema(schema).type).toBe('object');
    }
  });
  it('unknown fields are refused, not dropped', () => {
    expect(() => isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, residential: { bedCapacity: 1, authoritiesWithBeds: 1 }, beds: 5 } as never)).toThrow(/unknown field/);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRulesError, toJsonSchema } from '../../src/index.js';
import * as ascof from '../../src/ascof/index.js';

/** Calls fn and passes when it returns or throws a RulesError; anything else (a TypeError) fails. */
function onlyRulesError(fn: () => unknown): void {
  try { fn(); } catch (e) { if (!isRulesError(e)) throw e; }
}

const entries: [string, (a: unknown, b: unknown) => unknown][] = [
  ['ascofMeasures', (a, b) => ascof.ascofMeasures(a as string, b as never)],
  ['ascofMeasure', (a, b) => ascof.ascofMeasure(a as string, b as string)],
  ['calculateAscofMeasure', (a, b) => ascof.calculateAscofMeasure('2A', a as never, b as never)],
  ['calculateAscofMeasure(code)', (a, b) => ascof.calculateAscofMeasure(a as string, { numerator: 1, denominator: 2 }, b as never)],
  ['scoreUserSurvey', (a, b) => ascof.scoreUserSurvey(a as never, b as never)],
  ['scoreCarerSurvey', (a, b) => ascof.scoreCarerSurvey(a as never, b as never)],
  ['calculateShortTermSupportOutcome', (a, b) => ascof.calculateShortTermSupportOutcome(a as never, b as never)],
  ['calculateProviderQualityShare', (a, b) => ascof.calculateProviderQualityShare(a as never, b as never)],
  ['calculateComplaintsUpheld', (a, b) => ascof.calculateComplaintsUpheld(a as never, b as never)],
  ['compareFeeRates', (a, b) => ascof.compareFeeRates(a as never, b as never)],
  ['compareRepresentation', (a, b) => ascof.compareRepresentation(a as never, b as never)],
  ['calculateAverageWaitingTime', (a, b) => ascof.calculateAverageWaitingTime(a as never, b as never)],
  ['calculateLocalKpi', (a, b) => ascof.calculateLocalKpi(a as never, b as never)],
  ['compareToBenchmark', (a, b) => ascof.compareToBenchmark(a as never, b as never)],
  ['formatAscofCsv', (a) => ascof.formatAscofCsv(a as never)],
  ['toAscofCsvRows', (a, b) => ascof.toAscofCsvRows(a as never, b as never)],
];

describe('arbitrary junk throws only RulesError', () => {
  it.each(entries)('%s', (_name, fn) => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (a, b) => onlyRulesError(() => fn(a, b))));
  });

  it('near-miss inputs (valid shapes with junk inside) throw only RulesError', () => {
    fc.assert(fc.property(fc.anything(), fc.anything(), (x, y) => {
      onlyRulesError(() => ascof.calculateAscofMeasure('2A', { numerator: x as number, denominator: y as number }, { year: '2024-25' }));
      onlyRulesError(() => ascof.scoreUserSurvey([{ answers: { q3a: x as number } }], { year: '2024-25', strataPopulations: y as never }));
      onlyRulesError(() => ascof.scoreCarerSurvey([{ stratum: x as string, answers: {} }], { year: '2024-25', strataPopulations: y as never }));
      onlyRulesError(() => ascof.compareToBenchmark({ value: x as string, polarity: 'higher-is-better' }, { target: y as string, asOf: '2025-01-01' }));
      onlyRulesError(() => ascof.ascofMeasures('2024-25', { pack: x as never }));
    }));
  });
});

it('every exported input schema converts to JSON Schema', () => {
  for (const schema of [
    ascof.AscofCountsSchema, ascof.AscofMeasureInputSchema, ascof.GeographySchema, ascof.UserSurveyResponseSchema, ascof.UserSurveyOptionsSchema,
    ascof.CarerSurveyResponseSchema, ascof.CarerSurveyOptionsSchema, ascof.ShortTermSupportInputSchema, ascof.ProviderQualityInputSchema,
    ascof.ComplaintsInputSchema, ascof.FeeRatesInputSchema, ascof.RepresentationInputSchema, ascof.WaitingTimeInputSchema, ascof.LocalKpiInputSchema,
    ascof.BenchmarkSubjectSchema, ascof.BenchmarksSchema, ascof.AscofMeasureDefinitionSchema, ascof.AscofYearSchema,
  ]) {
    expect(typeof toJsonSchema(schema)).toBe('object');
  }
});

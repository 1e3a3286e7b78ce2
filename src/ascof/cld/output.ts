import * as z from 'zod';
import { _parse } from '../../core/errors.js';
import { toAscofCsvRows, type AscofCsvRow } from '../csv.js';
import type { DeriveAscofFromCldResult } from './derive.js';

// The parts of a result the rows read (a loose object: a result has more fields).
const figure = z.object({ published: z.object({ numerator: z.string(), denominator: z.string(), value: z.string() }) });
const ResultShape = z.object({
  geography: z.object({ code: z.string(), name: z.string().optional() }),
  measures: z.array(z.object({ code: z.string(), computable: z.boolean(), disaggregations: z.array(z.object({ level: z.string(), figure })) })),
});

/**
 * The figures of {@link deriveAscofFromCld} as rows of the official ASCOF CSV layout, for
 * {@link formatAscofCsv}: one row per measure, disaggregation and measure type (Numerator, Denominator,
 * Outcome). Suppressed figures carry the pack's marker (`[c]`), a zero denominator `[x]`; a measure that
 * could not be computed (2D without discharge records) is one Outcome row `[z]` ("not applicable").
 *
 * @param result - a derivation result
 * @returns the rows, in measure order
 * @throws `RulesError` (from `adult-social-care-rules`) when `result` is not a derivation result
 *
 * @example
 * ```ts
 * import { cldCsvRows, deriveAscofFromCld, formatAscofCsv, generateSyntheticCld } from 'adult-social-care-rules/ascof';
 *
 * const period = { start: '2024-04-01', end: '2025-03-31' };
 * const result = await deriveAscofFromCld(generateSyntheticCld({ seed: 7, people: 100, period }), {
 *   period, population: { aged18to64: 4000, aged65plus: 1200 },
 * });
 * console.log(formatAscofCsv(cldCsvRows(result)).split('\r\n')[0]);
 * ```
 */
export function cldCsvRows(result: DeriveAscofFromCldResult): AscofCsvRow[] {
  _parse('cldCsvRows', ResultShape, result);
  const geography = { code: result.geography.code, ...(result.geography.name === undefined ? {} : { description: result.geography.name }) };
  return result.measures.flatMap((m) =>
    m.computable
      ? m.disaggregations.flatMap((d) => toAscofCsvRows(geography, { code: m.code, disaggregation: d.level, numerator: d.figure.published.numerator, denominator: d.figure.published.denominator, outcome: d.figure.published.value }))
      : toAscofCsvRows(geography, { code: m.code, outcome: '[z]' }),
  );
}

import * as z from 'zod';
import { _parse } from '../../core/errors.js';
import type { DeriveAscofFromCldResult } from './derive.js';

// The parts of a result the CSV reads (a loose object: a result has more fields).
const figure = z.object({ published: z.object({ numerator: z.string(), denominator: z.string(), value: z.string() }) });
const ResultShape = z.object({
  geography: z.object({ code: z.string(), name: z.string().optional() }),
  measures: z.array(z.object({ code: z.string(), computable: z.boolean(), disaggregations: z.array(z.object({ level: z.string(), figure })) })),
});

/** The columns of the official ASCOF CSV layout (gov.uk "How to use the CSV file", 2024-25). */
export const ASCOF_CSV_COLUMNS = ['Geographical code', 'Geographical description', 'Geographical level', 'ASCOF measure code', 'Disaggregation level', 'Measure type', 'Measure value'] as const;

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes the figures of {@link deriveAscofFromCld} in the official ASCOF CSV layout: one row per
 * geography, measure, disaggregation and measure type (Numerator, Denominator, Outcome). Suppressed
 * figures carry the pack's marker (`[c]`), a zero denominator `[x]`; a measure that could not be
 * computed is written with `[z]` ("not applicable") and no counts.
 *
 * @param result - a derivation result
 * @returns the CSV text, with a header row and CRLF line ends (RFC 4180)
 * @throws `RulesError` (from `adult-social-care-rules`) when `result` is not a derivation result
 *
 * @example
 * ```ts
 * import { deriveAscofFromCld, formatAscofCsv, generateSyntheticCld } from 'adult-social-care-rules/ascof';
 *
 * const period = { start: '2024-04-01', end: '2025-03-31' };
 * const result = await deriveAscofFromCld(generateSyntheticCld({ seed: 7, people: 100, period }), {
 *   period, population: { aged18to64: 4000, aged65plus: 1200 },
 * });
 * console.log(formatAscofCsv(result).split('\r\n')[0]);
 * ```
 */
export function formatAscofCsv(result: DeriveAscofFromCldResult): string {
  _parse('formatAscofCsv', ResultShape, result);
  const lines = [ASCOF_CSV_COLUMNS.join(',')];
  const geo = [result.geography.code, result.geography.name ?? '', 'Local authority'];
  for (const m of result.measures) {
    if (!m.computable) {
      lines.push([...geo, m.code, 'Total', 'Outcome', '[z]'].map(cell).join(','));
      continue;
    }
    for (const d of m.disaggregations) {
      const p = d.figure.published;
      for (const [type, value] of [['Numerator', p.numerator], ['Denominator', p.denominator], ['Outcome', p.value]] as const) {
        lines.push([...geo, m.code, d.level, type, value].map(cell).join(','));
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

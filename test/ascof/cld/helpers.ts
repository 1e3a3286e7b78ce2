// Small builders for hand-written CLD fixtures. Every expected number in the tests is worked out by hand
// from the method (ascof.md §4), never read back from the code.
import { deriveAscofFromCld, type CldEventInput, type CldMeasureCode, type DeriveAscofFromCldOptionsTyped, type DeriveAscofFromCldResult } from '../../../src/ascof/index.js';

export const Y2425 = { start: '2024-04-01', end: '2025-03-31' } as const;
export const Y2324 = { start: '2023-04-01', end: '2024-03-31' } as const;
export const POP = { aged18to64: 100_000, aged65plus: 40_000 } as const;

/** A service user's row with sensible defaults: person P1, born January 1950 (aged 75 in 2025). */
type Over = { [K in keyof CldEventInput]?: string };
export function row(over: Over & { Event_Start_Date: string }): CldEventInput {
  return {
    LA_Code: 'E1',
    LA_Person_Unique_Identifier: 'P1',
    Der_Birth_Year: '1950',
    Der_Birth_Month: '1',
    Client_Type: 'Service User',
    Reporting_Period_End_Date: '2025-06-30',
    ...over,
  } as CldEventInput;
}

/** An ST-Max (reablement) service row. */
export function stmax(start: string, end: string | undefined, outcome: CldEventInput['Event_Outcome'], over: Over = {}): CldEventInput {
  return row({ Event_Type: 'Service', Service_Type: 'Short Term Support: ST-Max', Service_Component: 'Reablement', Event_Start_Date: start, ...(end ? { Event_End_Date: end } : {}), ...(outcome ? { Event_Outcome: outcome } : {}), ...over });
}

/** Any service row. */
export function service(type: NonNullable<CldEventInput['Service_Type']>, start: string, end?: string, over: Over = {}): CldEventInput {
  return row({ Event_Type: 'Service', Service_Type: type, Event_Start_Date: start, ...(end ? { Event_End_Date: end } : {}), ...over });
}

export async function derive(rows: Iterable<unknown> | AsyncIterable<unknown>, over: Partial<DeriveAscofFromCldOptionsTyped> = {}): Promise<DeriveAscofFromCldResult> {
  return deriveAscofFromCld(rows, { period: Y2425, population: POP, ...over });
}

/** [numerator, denominator] of a measure's disaggregation (Total by default). */
export function nd(r: DeriveAscofFromCldResult, code: CldMeasureCode, level = 'Total'): [number, number] {
  const m = r.measures.find((x) => x.code === code);
  const f = m?.disaggregations.find((d) => d.level === level)?.figure;
  if (f === undefined) throw new Error(`no figure ${code} ${level}`);
  return [f.numerator, f.denominator];
}

/** The 2A breakdown as a map "outcome (step n)" → episodes. */
export function sequels(r: DeriveAscofFromCldResult): Record<string, number> {
  return Object.fromEntries(r.measures.find((m) => m.code === '2A')!.breakdown.map((b) => [b.label, b.count]));
}

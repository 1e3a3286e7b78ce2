import * as z from 'zod';
import { IsoDateSchema } from '../../core/dates.js';
import { RulesError, _issue, _parse } from '../../core/errors.js';
import type { CldAccommodationStatus, CldDeliveryMechanism, CldEventOutcome, CldPrimarySupportReason, CldServiceComponent, CldServiceType } from './lists.js';
import { _day, _iso } from './model.js';
import type { CldEventInput } from './schema.js';

/**
 * A row of {@link generateSyntheticCld}: a {@link CldEventInput} whose cells are strings, never `null` (a blank
 * cell is left out), as a CSV reader gives them.
 */
export type SyntheticCldRow = { [K in keyof CldEventInput]: Exclude<CldEventInput[K], null> };

/** The options of {@link generateSyntheticCld}. */
export const SyntheticCldOptionsSchema = z.strictObject({
  seed: z.int().describe('The seed: the same seed and options give the same rows.'),
  people: z.int().min(0).max(50_000_000).describe('How many people to invent.'),
  period: z.strictObject({ start: IsoDateSchema.clone(), end: IsoDateSchema.clone() }).describe('The reporting period the stories are set around.'),
  laCode: z.string().min(1).max(20).optional().describe('Council code written in LA_Code (default "E99999999", not a real council).'),
  maxRows: z.int().min(0).optional().describe('Stop after this many rows (for benchmarks).'),
  invalidRate: z.number().min(0).max(1).optional().describe('Share of rows given a value outside a defined list (default 0).'),
  duplicateRate: z.number().min(0).max(1).optional().describe('Share of rows written twice (default 0).'),
});

/** The options of {@link generateSyntheticCld}. */
export type SyntheticCldOptions = z.input<typeof SyntheticCldOptionsSchema>;

// sfc32: a small, fast, well-tested 32-bit generator. Deterministic from the seed; no Math.random.
function sfc32(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = (): number => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next();
  return next;
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]![0];
}
const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

const ACCOMMODATION: readonly (readonly [CldAccommodationStatus, number])[] = [
  ['Owner occupier or shared ownership scheme', 30],
  ['Tenant', 20],
  ['Tenant - private landlord', 6],
  ['Settled mainstream housing with family / friends', 14],
  ['Supported accommodation / supported lodgings / supported group home', 5],
  ['Shared Lives scheme', 1],
  ['Sheltered housing / extra care housing / other sheltered housing', 6],
  ['Registered care home', 5],
  ['Registered nursing home', 3],
  ['Staying with family / friends as a short-term guest', 1],
  ['Other temporary accommodation', 1],
  ['Unknown', 8],
];
const PSR: readonly (readonly [CldPrimarySupportReason, number])[] = [
  ['Physical Support: Personal care support', 50],
  ['Physical Support: Access & mobility only', 8],
  ['Support with Memory & Cognition', 12],
  ['Learning Disability Support', 12],
  ['Mental Health Support', 10],
  ['Social Support: Support for Social Isolation/Other', 4],
  ['Unknown', 4],
];
const AFTER_REABLEMENT: readonly (readonly [string, number])[] = [
  ['none', 30],
  ['ongoing', 15],
  ['community', 20],
  ['residential', 4],
  ['hospital', 8],
  ['died', 3],
  ['declined', 4],
  ['continuation', 4],
  ['advice', 12],
];

/** One row under construction (string values as a CSV gives them). */
type Row = SyntheticCldRow & Record<string, unknown>;

/**
 * Generates realistic synthetic Client Level Data: people with requests, assessments, reablement (ST-Max)
 * episodes and what followed them, long-term community support with direct payments or personal budgets,
 * care-home admissions, reviews and carers' support, set around a reporting period. Rows use the CLD
 * Release 1 field names and defined lists, as strings (as read from a CSV file).
 *
 * Deterministic: the same options give the same rows, from a seeded sfc32 generator (no `Math.random`).
 * The rows are produced lazily, person by person, so millions of rows never sit in memory; iterate the
 * result again to get the same rows again. The people, identifiers and dates are invented.
 *
 * @param options - the seed, the number of people, the period, and optional error and duplicate rates
 * @returns a re-iterable sequence of CLD rows
 * @throws `RulesError` (from `adult-social-care-rules`) when the options are invalid or the period ends before it starts
 *
 * @example
 * ```ts
 * import { generateSyntheticCld } from 'adult-social-care-rules/ascof';
 *
 * const rows = [...generateSyntheticCld({ seed: 42, people: 3, period: { start: '2024-04-01', end: '2025-03-31' } })];
 * console.log(rows.length, rows[0]?.Event_Type);
 * ```
 */
export function generateSyntheticCld(options: SyntheticCldOptions): Iterable<SyntheticCldRow> {
  const o = _parse('generateSyntheticCld', SyntheticCldOptionsSchema, options);
  // A period that ends before it starts has no days to set stories in (the same rule as deriveAscofFromCld's);
  // it used to give rows dated around a negative span (issue 14).
  if (o.period.end < o.period.start) throw new RulesError('generateSyntheticCld', [_issue('inconsistent_input', ['period', 'end'], 'must be on or after the period start')]);
  return {
    [Symbol.iterator]: () => rows(o),
  };
}

function* rows(o: z.output<typeof SyntheticCldOptionsSchema>): Generator<SyntheticCldRow> {
  const rng = sfc32(o.seed);
  const start = _day(o.period.start);
  const end = _day(o.period.end);
  const asAt = end + 92;
  const span = end - start + 1;
  const la = o.laCode ?? 'E99999999';
  const submitted = _iso(asAt);
  let emitted = 0;
  const max = o.maxRows ?? Infinity;
  for (let n = 0; n < o.people && emitted < max; n += 1) {
    const laId = `P${String(n + 1).padStart(7, '0')}`;
    const nhs = rng() < 0.85 ? String(4_000_000_000 + Math.floor(rng() * 999_999_999)) : undefined;
    const age = weighted(rng, [[between(rng, 18, 64), 35], [between(rng, 65, 84), 45], [between(rng, 85, 100), 20]] as const);
    const birthYear = Number(o.period.end.slice(0, 4)) - age;
    const birthMonth = between(rng, 1, 12);
    const died = rng() < 0.05 ? between(rng, start, end + 60) : undefined;
    const person: Partial<Row> = {
      LA_Code: la,
      LA_Person_Unique_Identifier: laId,
      Der_Birth_Year: String(birthYear),
      Der_Birth_Month: String(birthMonth),
      Client_Type: 'Service User',
      Accommodation_Status: weighted(rng, ACCOMMODATION),
      Primary_Support_Reason: weighted(rng, PSR),
      Reporting_Period_Start_Date: _iso(asAt - 365),
      Reporting_Period_End_Date: submitted,
      ...(nhs === undefined ? {} : { NHS_Number: nhs }),
      ...(died === undefined ? {} : { Date_of_Death: _iso(died) }),
    };
    const out: Row[] = [];
    const event = (type: 'Request' | 'Assessment' | 'Service' | 'Review', s: number, e: number | undefined, extra: Partial<Row>): void => {
      // Nothing happens after death, and nothing is known after the submission date.
      if (s > asAt || (died !== undefined && s > died)) return;
      const stop = died !== undefined && (e === undefined || e > died) && type === 'Service' ? died : e;
      const ended = stop !== undefined && stop <= asAt ? stop : undefined;
      const row = { ...person, ...extra, Event_Type: type, Event_Start_Date: _iso(s) } as Row;
      if (ended !== undefined) row.Event_End_Date = _iso(ended);
      else delete row.Event_Outcome;
      out.push(row);
    };
    const service = (s: number, e: number | undefined, type: CldServiceType, outcome: CldEventOutcome, component?: CldServiceComponent, delivery?: CldDeliveryMechanism): void =>
      event('Service', s, e, { Service_Type: type, Event_Outcome: outcome, ...(component ? { Service_Component: component } : {}), ...(delivery ? { Delivery_Mechanism: delivery } : {}) });
    const story = weighted(rng, [['reablement', 35], ['longTerm', 30], ['careHome', 8], ['carer', 10], ['request', 17]] as const);
    const day0 = start - 90 + Math.floor(rng() * (span + 90));
    if (story === 'carer') {
      person.Client_Type = 'Carer';
      delete person.Accommodation_Status;
      event('Assessment', day0, day0 + between(rng, 5, 30), { Assessment_Type: 'Carer assessment', Event_Outcome: 'Progress to Support Planning / Services' });
      const delivery = weighted(rng, [['Direct Payment', 50], ['CASSR Managed Personal Budget', 15], ['CASSR Commissioned Support', 25], [undefined, 10]] as const);
      service(day0 + 35, day0 + 35 + between(rng, 1, 200), 'Carer Support: Direct to Carer', 'Service ended as planned', delivery === 'Direct Payment' ? 'Direct Payment' : 'Other', delivery);
    } else if (story === 'request') {
      event('Request', day0, day0 + between(rng, 0, 20), {
        Request_Route_of_Access: pick(rng, ['Community', 'Hospital', 'Self-funder']),
        Event_Outcome: weighted(rng, [['NFA - Information & Advice / Signposting only', 50], ['NFA - Support declined', 10], ['NFA - Self-funded client (inc. 12wk disregard)', 10], ['Progress to Assessment', 30]] as const),
      });
    } else if (story === 'reablement') {
      const route = rng() < 0.5 ? 'Hospital' : 'Community';
      event('Request', day0 - 3, day0 - 1, { Request_Route_of_Access: route, Event_Outcome: 'Progress to Reablement/ST-Max' });
      const len = between(rng, 7, 42);
      const reEnd = day0 + len;
      const next = weighted(rng, AFTER_REABLEMENT);
      const reOutcome: CldEventOutcome =
        next === 'hospital' ? 'Admitted to Hospital' : next === 'declined' ? 'NFA - Support declined' : next === 'continuation' ? 'No change in package' : next === 'advice' ? 'NFA - Information & Advice / Signposting only' : next === 'none' ? 'Service ended as planned' : 'Progress to Support Planning / Services';
      // Some episodes are recorded as two events a few days apart: the method clusters them into one.
      if (rng() < 0.2) {
        const mid = day0 + Math.floor(len / 2);
        service(day0, mid, 'Short Term Support: ST-Max', 'Progress to Reablement/ST-Max', 'Reablement');
        service(mid + between(rng, 0, 3), reEnd, 'Short Term Support: ST-Max', reOutcome, 'Reablement');
      } else service(day0, reEnd, 'Short Term Support: ST-Max', reOutcome, 'Reablement');
      if (rng() < 0.15) service(day0 + 2, day0 + 3, 'Short Term Support: Other Short Term', 'Service ended as planned', 'Equipment');
      const after = reEnd + between(rng, 0, 5);
      if (next === 'ongoing') service(after, after + between(rng, 30, 300), 'Short Term Support: Ongoing Low Level', 'Service ended as planned', 'Equipment');
      if (next === 'community') service(after, rng() < 0.7 ? undefined : after + between(rng, 60, 400), 'Long Term Support: Community', 'NFA - Support ended – other reason', 'Home Support', pick(rng, ['Direct Payment', 'CASSR Managed Personal Budget', 'CASSR Commissioned Support'] as const));
      if (next === 'residential') service(after, undefined, 'Long Term Support: Residential Care', 'NFA - Deceased', 'Residential care');
      if (next === 'none') event('Review', reEnd - 2, reEnd - 1, { Review_Reason: 'Planned', Event_Outcome: 'Service ended as planned' });
    } else if (story === 'longTerm') {
      const since = start - between(rng, 30, 2000);
      const delivery = weighted(rng, [['Direct Payment', 25], ['CASSR Managed Personal Budget', 10], ['CASSR Commissioned Support', 55], [undefined, 10]] as const);
      const stop = rng() < 0.15 ? between(rng, start, end + 30) : undefined;
      service(since, stop, 'Long Term Support: Community', 'NFA - Support ended – other reason', delivery === 'Direct Payment' && rng() < 0.3 ? 'Direct Payment' : pick(rng, ['Home Support', 'Day care', 'Community Supported Living', 'Extra care housing']), delivery);
      const review = between(rng, start, end);
      if (review > since) event('Review', review, review + between(rng, 0, 14), { Review_Reason: 'Planned', Event_Outcome: 'No change in package' });
    } else {
      const admitted = between(rng, start - 200, end);
      event('Assessment', admitted - 20, admitted - 5, { Assessment_Type: 'Long term assessment', Event_Outcome: 'Progress to Support Planning / Services' });
      const nursing = rng() < 0.35;
      service(admitted, died, nursing ? 'Long Term Support: Nursing Care' : 'Long Term Support: Residential Care', rng() < 0.08 ? 'NFA - Self-funded client (inc. 12wk disregard)' : 'NFA - Deceased', nursing ? 'Nursing care' : 'Residential care');
    }
    for (const row of out) {
      if (emitted >= max) return;
      if (o.invalidRate !== undefined && rng() < o.invalidRate) row.Service_Type = 'Long Term Support: Community Care' as CldServiceType;
      emitted += 1;
      yield row;
      if (o.duplicateRate !== undefined && rng() < o.duplicateRate && emitted < max) {
        emitted += 1;
        yield { ...row };
      }
    }
  }
}

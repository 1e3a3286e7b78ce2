// The compact per-person state the streaming derivation keeps: numbers, not rows. Dates are day numbers
// (days since 1970-01-01, UTC), defined lists are indexes into the Release 2 lists.
import { CLD_R2_EVENT_OUTCOMES, CLD_R2_SERVICE_TYPES, UNCLASSIFIABLE_OUTCOMES, type CldR2EventOutcome, type CldR2ServiceType } from './lists.js';

/** A day number for "no end date" (a service still open): later than any real date. */
export const OPEN = 9_999_999;

/** A day number for "no date" (no birth or death recorded): a small integer, so V8 stores it unboxed. */
export const NONE = -999_999;

const DAY = 86_400_000;

/** Day number of a validated ISO date `YYYY-MM-DD` (no Date object, no clock). */
export function _day(iso: string): number {
  // `| 0` keeps day numbers small integers, which V8 stores unboxed (a division would give a boxed double).
  return (Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY) | 0;
}

/** Day number of the first day of a month (the proxy birth date of the CLD method). */
export function _monthStart(year: number, month: number): number {
  return (Date.UTC(year, month - 1, 1) / DAY) | 0;
}

/** ISO date of a day number. */
export function _iso(day: number): string {
  const d = new Date(day * DAY);
  return d.toISOString().slice(0, 10);
}

/** Event types, as stored (index into CLD_EVENT_TYPES). */
export const _T = { Request: 0, Assessment: 1, Service: 2, Review: 3 } as const;

/** One distinct event of one person, after mapping to Release 2 wording. */
export interface CompactEvent {
  /** Event type (see `_T`). */
  type: number;
  /** 0 service user, 1 carer, 2 carer known by association. */
  client: number;
  /** Start day. */
  start: number;
  /** End day ({@link OPEN} when open): as submitted while rows are read, then the derived end date (death, cropping). */
  end: number;
  /** Index into CLD_R2_SERVICE_TYPES, -1 when none. */
  service: number;
  /** Index into CLD_SERVICE_COMPONENTS, -1 when none. */
  component: number;
  /** Index into CLD_DELIVERY_MECHANISMS, -1 when none. */
  delivery: number;
  /** Index into CLD_R2_EVENT_OUTCOMES; "Invalid and not mapped" when none was recorded. */
  outcome: number;
  /** Route of access, assessment type or review reason: part of the event key. */
  detail: string;
  /** Day of the submission's reporting period end (-1 when not given): the latest submission wins. */
  submittedUpTo: number;
  /** Accommodation status index of the row (-1 when none), for 2E. */
  accommodation: number;
  /** Primary support reason index of the row (-1 when none), for 2E part 1. */
  psr: number;
}

/** What the derivation keeps for one person. */
export interface PersonState {
  /** Identifier as derived (for 2D linkage). */
  readonly id: string;
  /** 'N' when the identifier is an NHS number, 'L' when it is the council's person identifier. */
  readonly idSource: 'N' | 'L';
  /** The council code. */
  readonly la: string;
  /** Proxy birth day (first of the birth month), NONE when unknown. */
  birth: number;
  /** The submission the birth date came from (-2 when none). */
  birthFrom: number;
  /** Date of death day, NONE when none. */
  death: number;
  /** The submission the date of death came from (-2 when none). */
  deathFrom: number;
  /** Rows read for this person (before deduplication). */
  rows: number;
  /** Distinct events. */
  events: CompactEvent[];
}

/** Hierarchy of an R2 outcome: its place in the list, plus 100 when it cannot classify a sequel (DHSC 2A code). */
export function _outcomeRank(outcome: number): number {
  const name = CLD_R2_EVENT_OUTCOMES[outcome] as CldR2EventOutcome | undefined;
  if (name === undefined || name === 'Invalid and not mapped') return 999;
  return (UNCLASSIFIABLE_OUTCOMES.includes(name) ? 100 : 0) + outcome + 1;
}

/** Index of an R2 service type. */
export const _S = Object.fromEntries(CLD_R2_SERVICE_TYPES.map((s, i) => [s, i])) as Record<CldR2ServiceType, number>;
/** Index of an R2 outcome. */
export const _O = Object.fromEntries(CLD_R2_EVENT_OUTCOMES.map((s, i) => [s, i])) as Record<CldR2EventOutcome, number>;

/** Long-term support service types (any setting). */
export function _isLts(service: number): boolean {
  return service >= _S['Long term support: Nursing care'] && service <= _S['Long term support: Prison'];
}

/** Age in whole years from a proxy birth day: FLOOR(days / daysPerYear), or undefined when unknown. */
export function _age(birth: number, on: number, daysPerYear: number): number | undefined {
  if (birth === NONE) return undefined;
  return Math.floor((on - birth) / daysPerYear);
}

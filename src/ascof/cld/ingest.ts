// Streaming ingestion: each row is checked, assigned to a person and folded into that person's compact
// state; a resubmitted or duplicated event replaces (or loses to) the copy already held, so memory grows
// with people and their distinct events, never with the number of rows or submissions.
import { _formatPath } from '../../core/errors.js';
import { CLD_ACCOMMODATION_STATUSES, CLD_CLIENT_TYPES, CLD_DELIVERY_MECHANISMS, CLD_EVENT_TYPES, CLD_PRIMARY_SUPPORT_REASONS, CLD_R1_TO_R2, CLD_SERVICE_COMPONENTS } from './lists.js';
import { NONE, OPEN, _O, _S, _T, _day, _monthStart, _outcomeRank, type CompactEvent, type PersonState } from './model.js';
import { _checkCldRow, type CldEvent } from './schema.js';

/** How rows are assigned to people (a pack value). */
export type _IdentifierRule = 'nhs-number-first-exclude-linked-la-id' | 'traced-then-la-nhs-then-la-id';

/** What ingestion needs to know. */
export interface _IngestContext {
  /** First and last day of the reporting period (day numbers). */
  readonly periodStart: number;
  readonly periodEnd: number;
  /** Rows wholly outside [windowStart, windowEnd] cannot affect any measure and are counted as outside the period. */
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly identifierRule: _IdentifierRule;
  readonly laCode: string | undefined;
  /** Services are the same event only when their delivery mechanisms match too (NHSE 2023-24 key). */
  readonly serviceKeyWithDelivery: boolean;
  /** Drop events that start after the date of death (DHSC), or keep them ending on their start day. */
  readonly dropEventsAfterDeath: boolean;
  /** Explicit spellings to accept, per column (never applied without the caller asking). */
  readonly recode?: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> | undefined;
}

/** Identifier fallback counts (rows). */
export interface _Fallbacks {
  tracedNhsNumber: number;
  laNhsNumber: number;
  laPersonId: number;
}

/** The state of one streaming run. */
export interface _Ingest {
  add(row: unknown): void;
  /** Ends the stream: applies the cross-row rules (2023-24 exclusion, cropping, death) and returns the people. */
  finish(): _Ingested;
}

/** The result of ingestion. */
export interface _Ingested {
  readonly people: PersonState[];
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rejections: Map<string, number>;
  readonly duplicatesRemoved: number;
  readonly fallbacks: _Fallbacks;
  readonly laCodes: string[];
  /** Rows with a value recoded through the caller's `recode` table, by column. */
  readonly recoded: Map<string, number>;
}

const EVENT_TYPE = Object.fromEntries(CLD_EVENT_TYPES.map((s, i) => [s, i])) as Record<string, number>;
const CLIENT = Object.fromEntries(CLD_CLIENT_TYPES.map((s, i) => [s, i])) as Record<string, number>;
const COMPONENT = Object.fromEntries(CLD_SERVICE_COMPONENTS.map((s, i) => [s, i])) as Record<string, number>;
const DELIVERY = Object.fromEntries(CLD_DELIVERY_MECHANISMS.map((s, i) => [s, i])) as Record<string, number>;
const ACCOMMODATION = Object.fromEntries(CLD_ACCOMMODATION_STATUSES.map((s, i) => [s, i])) as Record<string, number>;
const PSR = Object.fromEntries(CLD_PRIMARY_SUPPORT_REASONS.map((s, i) => [s, i])) as Record<string, number>;
const INVALID_OUTCOME = _O['Invalid and not mapped'];
/** Marks an event dropped in finish() (a day number no real event has). */
const DROPPED = -2 * OPEN;

/** The key of a rejection in the data-quality report. */
export function _rejectionKey(reason: string, path: string): string {
  return `${reason}\u0000${path}`;
}

function toEvent(e: CldEvent): CompactEvent {
  const detail = e.Event_Type === 'Request' ? e.Request_Route_of_Access : e.Event_Type === 'Assessment' ? e.Assessment_Type : e.Event_Type === 'Review' ? e.Review_Reason : undefined;
  const end = e.Event_End_Date === undefined ? OPEN : _day(e.Event_End_Date);
  return {
    type: EVENT_TYPE[e.Event_Type]!,
    client: CLIENT[e.Client_Type]!,
    start: _day(e.Event_Start_Date),
    end,
    service: e.Service_Type === undefined ? -1 : _S[CLD_R1_TO_R2.serviceType[e.Service_Type]],
    component: e.Service_Component === undefined ? -1 : COMPONENT[e.Service_Component]!,
    delivery: e.Delivery_Mechanism === undefined ? -1 : DELIVERY[e.Delivery_Mechanism]!,
    outcome: e.Event_Outcome === undefined ? INVALID_OUTCOME : _O[CLD_R1_TO_R2.eventOutcome[e.Event_Outcome]],
    detail: detail ?? '',
    submittedUpTo: e.Reporting_Period_End_Date === undefined ? -1 : _day(e.Reporting_Period_End_Date),
    accommodation: e.Accommodation_Status === undefined ? -1 : ACCOMMODATION[e.Accommodation_Status]!,
    psr: e.Primary_Support_Reason === undefined ? -1 : PSR[e.Primary_Support_Reason]!,
  };
}

// Same event? Services are keyed without their end date, so a later submission that closes an open
// service replaces it (NHSE SERVICE_CONC); other events are keyed with it (DHSC unique event key).
// The 2024-25 joined-submission key of a service is type and component only (DHSC Main_tables/docs/methodology/
// 6-deduplication.md, step 1; create_GetDerivedFields_procedure.sql, Der_Unique_Event_Ref): a copy resubmitted with
// another delivery mechanism is the same service. The NHSE 2023-24 key also held the delivery mechanism.
function sameEvent(a: CompactEvent, b: CompactEvent, withDelivery: boolean): boolean {
  if (a.type !== b.type || a.client !== b.client || a.start !== b.start) return false;
  if (a.type === _T.Service) return a.service === b.service && a.component === b.component && (!withDelivery || a.delivery === b.delivery);
  return a.end === b.end && a.detail === b.detail;
}

// Which copy of an event to keep: the latest submission, an open end first, the outcome highest in the
// hierarchy; then a fixed order on every remaining field, so the choice never depends on row order.
function better(a: CompactEvent, b: CompactEvent): boolean {
  if (a.submittedUpTo !== b.submittedUpTo) return a.submittedUpTo > b.submittedUpTo;
  if (a.end !== b.end) return a.end > b.end;
  const ra = _outcomeRank(a.outcome);
  const rb = _outcomeRank(b.outcome);
  if (ra !== rb) return ra < rb;
  if (a.accommodation !== b.accommodation) return a.accommodation > b.accommodation;
  if (a.psr !== b.psr) return a.psr > b.psr;
  // DHSC's last key is the load record (the latest row loaded); rows have no load order here, so the choice is
  // fixed on the delivery mechanism instead (direct payment first), and never depends on row order.
  if (a.delivery !== b.delivery) return b.delivery === -1 || (a.delivery !== -1 && a.delivery < b.delivery);
  return a.detail < b.detail;
}

interface MutablePerson extends PersonState {
  dups: number;
}

/** Starts a streaming ingestion. */
export function _createIngest(ctx: _IngestContext): _Ingest {
  // People by council and identifier source ('N' NHS number, 'L' council ID), then by the identifier itself,
  // so the identifier string is the only key held per person.
  const people = new Map<string, Map<string, MutablePerson>>();
  const councils = new Map<string, string>();
  const rejections = new Map<string, number>();
  const laIdsWithNhs = new Set<string>();
  const latestSubmission = new Map<string, number>();
  let rowsRead = 0;
  const fallbacks: _Fallbacks = { tracedNhsNumber: 0, laNhsNumber: 0, laPersonId: 0 };
  const reject = (reason: string, path: string): void => {
    const k = _rejectionKey(reason, path);
    rejections.set(k, (rejections.get(k) ?? 0) + 1);
  };

  const recodeColumns = ctx.recode === undefined ? [] : Object.entries(ctx.recode).filter((e): e is [string, Readonly<Record<string, string>>] => e[1] !== undefined);
  const recoded = new Map<string, number>();
  function recode(row: unknown): unknown {
    if (typeof row !== 'object' || row === null) return row;
    let out: Record<string, unknown> | undefined;
    for (const [column, table] of recodeColumns) {
      const value = (row as Record<string, unknown>)[column];
      if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(table, value)) continue;
      out ??= { ...(row as Record<string, unknown>) };
      out[column] = table[value];
      recoded.set(column, (recoded.get(column) ?? 0) + 1);
    }
    return out ?? row;
  }

  function add(input: unknown): void {
    rowsRead += 1;
    const row = recodeColumns.length === 0 ? input : recode(input);
    const check = _checkCldRow(row);
    if (!check.ok) {
      reject(check.issue.code, _formatPath(check.issue.path));
      return;
    }
    const e = check.event;
    const rowLa = e.LA_Code ?? '';
    let la = councils.get(rowLa);
    if (la === undefined) {
      la = rowLa;
      councils.set(la, la);
    }
    if (ctx.laCode !== undefined && la !== ctx.laCode) {
      reject('other_local_authority', 'LA_Code');
      return;
    }
    const event = toEvent(e);
    if (event.start > ctx.windowEnd || event.end < ctx.windowStart) {
      reject('outside_period', event.start > ctx.windowEnd ? 'Event_Start_Date' : 'Event_End_Date');
      return;
    }
    // Person identifier (ascof.md §4.1): traced NHS number, else the council's NHS number, else its own ID.
    const nhs = e.Der_NHS_Number_Traced ?? e.NHS_Number;
    const laId = e.LA_Person_Unique_Identifier;
    if (nhs === undefined && laId === undefined) {
      reject('no_person_identifier', 'LA_Person_Unique_Identifier');
      return;
    }
    if (nhs !== undefined && laId !== undefined && ctx.identifierRule === 'nhs-number-first-exclude-linked-la-id') laIdsWithNhs.add(`${la}\u0000${laId}`);
    const idSource = nhs !== undefined ? 'N' : 'L';
    const id = nhs ?? (laId as string);
    const group = `${la}\u0000${idSource}`;
    let byId = people.get(group);
    if (byId === undefined) {
      byId = new Map();
      people.set(group, byId);
    }
    let person = byId.get(id);
    if (person === undefined) {
      person = { id, idSource, la, birth: NONE, birthFrom: -2, death: NONE, deathFrom: -2, rows: 0, dups: 0, events: [] };
      byId.set(id, person);
    }
    person.rows += 1;
    if (e.Der_NHS_Number_Traced !== undefined) fallbacks.tracedNhsNumber += 1;
    else if (e.NHS_Number !== undefined) fallbacks.laNhsNumber += 1;
    else fallbacks.laPersonId += 1;
    const from = event.submittedUpTo;
    const latest = latestSubmission.get(la);
    if (latest === undefined || from > latest) latestSubmission.set(la, from);
    if (e.Der_Birth_Year !== undefined && e.Der_Birth_Month !== undefined) {
      const dob = _monthStart(Number(e.Der_Birth_Year), Number(e.Der_Birth_Month));
      if (from > person.birthFrom || (from === person.birthFrom && dob < person.birth)) {
        person.birth = dob;
        person.birthFrom = from;
      }
    }
    if (e.Date_of_Death !== undefined) {
      const dod = _day(e.Date_of_Death);
      if (from > person.deathFrom || (from === person.deathFrom && dod < person.death)) {
        person.death = dod;
        person.deathFrom = from;
      }
    }
    const list = person.events;
    for (let i = 0; i < list.length; i += 1) {
      const held = list[i]!;
      if (sameEvent(held, event, ctx.serviceKeyWithDelivery)) {
        person.dups += 1;
        if (better(event, held)) list[i] = event;
        return;
      }
    }
    // An exact-size copy: most people have a handful of events, and push() would reserve 17 slots.
    person.events = [...list, event];
  }

  function finish(): _Ingested {
    const kept: PersonState[] = [];
    let rowsUsed = 0;
    let duplicatesRemoved = 0;
    for (const p of [...people.values()].flatMap((m) => [...m.values()])) {
      // NHSE 2023-24: a council ID that appears with an NHS number on another row cannot be trusted alone.
      if (ctx.identifierRule === 'nhs-number-first-exclude-linked-la-id' && p.idSource === 'L' && laIdsWithNhs.has(`${p.la}\u0000${p.id}`)) {
        const k = _rejectionKey('identifier_excluded', 'NHS_Number');
        rejections.set(k, (rejections.get(k) ?? 0) + p.rows);
        // Every row of a person known only by the council ID came through that fallback.
        fallbacks.laPersonId -= p.rows;
        continue;
      }
      const latest = latestSubmission.get(p.la) ?? -1;
      let afterDeath = 0;
      for (const ev of p.events) {
        let end = ev.end;
        // A service open in an older submission and absent from the latest is cropped to that submission's end.
        if (end === OPEN && ev.type === _T.Service && ev.submittedUpTo >= 0 && ev.submittedUpTo < latest) end = ev.submittedUpTo;
        // An event starting after the date of death: DHSC keeps a row only when "Der_Date_of_Death IS NULL OR
        // Der_Date_of_Death >= Event_Start_Date" (create_FilterToEventsInPeriod_procedure.sql), so it is dropped.
        if (p.death !== NONE && ev.start > p.death && ctx.dropEventsAfterDeath) {
          ev.end = DROPPED;
          afterDeath += 1;
          continue;
        }
        // Derived end date: the date of death when it is earlier (same procedure, Der_Event_End_Date).
        if (p.death !== NONE && p.death < end) end = Math.max(p.death, ev.start);
        ev.end = end;
      }
      if (afterDeath > 0) {
        p.events = p.events.filter((ev) => ev.end !== DROPPED);
        const k = _rejectionKey('event_after_death', 'Event_Start_Date');
        rejections.set(k, (rejections.get(k) ?? 0) + afterDeath);
      }
      rowsUsed += p.rows - p.dups - afterDeath;
      duplicatesRemoved += p.dups;
      kept.push(p);
    }
    if (duplicatesRemoved > 0) rejections.set(_rejectionKey('duplicate_event', 'event key'), duplicatesRemoved);
    return { people: kept, rowsRead, rowsUsed, rejections, duplicatesRemoved, fallbacks, laCodes: [...latestSubmission.keys()].sort(), recoded };
  }

  return { add, finish };
}

// Streaming ingestion: each row is checked, assigned to a person and folded into that person's compact
// state; a resubmitted or duplicated event replaces (or loses to) the copy already held, so memory grows
// with people and their distinct events, never with the number of rows or submissions.
//
// The state is columnar (issue 13): every distinct event is six 32-bit integers in shared typed arrays, chained
// per person; every person is a few integers and its identifier. Events become objects (CompactEvent) only one
// person at a time, while the measures read that person (`people()`).
import { _formatPath } from '../../core/errors.js';
import {
  CLD_ACCOMMODATION_STATUSES,
  CLD_CLIENT_TYPES,
  CLD_DELIVERY_MECHANISMS,
  CLD_EVENT_OUTCOMES,
  CLD_EVENT_TYPES,
  CLD_PRIMARY_SUPPORT_REASONS,
  CLD_R1_TO_R2,
  CLD_SERVICE_COMPONENTS,
  CLD_SERVICE_TYPES,
} from './lists.js';
import { NONE, OPEN, _O, _S, _T, _day, _monthStart, _outcomeRank, type CompactEvent, type PersonState } from './model.js';
import { CLD_FIELDS, _checkCldRow, _isoDateOk, type CldEvent } from './schema.js';

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
  /** Adds one row given as an object keyed by CLD column name. */
  add(row: unknown): void;
  /** Declares the columns of the records given to {@link _Ingest.addRecord} (a CSV header; unknown names are ignored). */
  columns(header: readonly string[]): void;
  /** Adds one CSV record (cell texts in header order): checked and converted in one pass, with the same outcome as `add`. */
  addRecord(values: readonly string[]): void;
  /** The state so far, as plain data and typed arrays (transferable to another thread), for {@link _Ingest.merge}. */
  exportState(): _IngestState;
  /** Adds a partial state ingested elsewhere (same options), as if its rows had been read here. */
  merge(state: _IngestState): void;
  /** Ends the stream: applies the cross-row rules (2023-24 exclusion, cropping, death) and returns the people. */
  finish(): _Ingested;
}

/** The mergeable state of a partial ingestion (see `_Ingest.exportState`). */
export interface _IngestState {
  readonly rowsRead: number;
  readonly fallbacks: _Fallbacks;
  readonly rejections: readonly (readonly [string, number])[];
  readonly recoded: readonly (readonly [string, number])[];
  readonly councils: readonly string[];
  readonly latest: readonly (readonly [number, number])[];
  readonly laIdsWithNhs: readonly string[];
  readonly details: readonly string[];
  readonly pId: readonly string[];
  readonly pLa: Int32Array;
  readonly pRows: Int32Array;
  readonly pDups: Int32Array;
  readonly pBirth: Int32Array;
  readonly pBirthFrom: Int32Array;
  readonly pDeath: Int32Array;
  readonly pDeathFrom: Int32Array;
  readonly pHead: Int32Array;
  readonly evPacked: Int32Array;
  readonly evStart: Int32Array;
  readonly evEnd: Int32Array;
  readonly evFrom: Int32Array;
  readonly evDetail: Int32Array;
  readonly evNext: Int32Array;
}

/** The result of ingestion. */
export interface _Ingested {
  /** The people kept, decoded one at a time (iterate once). */
  people(): Iterable<PersonState>;
  readonly peopleCount: number;
  readonly rowsRead: number;
  readonly rowsUsed: number;
  readonly rejections: Map<string, number>;
  readonly duplicatesRemoved: number;
  readonly fallbacks: _Fallbacks;
  readonly laCodes: string[];
  /** Rows with a value recoded through the caller's `recode` table, by column. */
  readonly recoded: Map<string, number>;
}

const index = (list: readonly string[]): Map<string, number> => new Map(list.map((s, i) => [s, i]));
const EVENT_TYPE = index(CLD_EVENT_TYPES);
const CLIENT = index(CLD_CLIENT_TYPES);
const COMPONENT = index(CLD_SERVICE_COMPONENTS);
const DELIVERY = index(CLD_DELIVERY_MECHANISMS);
const ACCOMMODATION = index(CLD_ACCOMMODATION_STATUSES);
const PSR = index(CLD_PRIMARY_SUPPORT_REASONS);
// Release 1 values straight to their Release 2 indexes: one lookup checks and converts.
const SERVICE_R2 = new Map<string, number>(CLD_SERVICE_TYPES.map((s) => [s, _S[CLD_R1_TO_R2.serviceType[s]]]));
const OUTCOME_R2 = new Map<string, number>(CLD_EVENT_OUTCOMES.map((s) => [s, _O[CLD_R1_TO_R2.eventOutcome[s]]]));
const INVALID_OUTCOME = _O['Invalid and not mapped'];
const BIRTH_YEAR = /^\d{4}$/;
const BIRTH_MONTH = /^(0?[1-9]|1[0-2])$/;

/** The key of a rejection in the data-quality report. */
export function _rejectionKey(reason: string, path: string): string {
  return `${reason}\u0000${path}`;
}

// Event fields packed in one integer (each index + 1, so "none" is 0): type 2 bits, client 2, service 4,
// component 5, delivery 2, outcome 5, accommodation 5, primary support reason 4 (29 bits).
const pack = (type: number, client: number, service: number, component: number, delivery: number, outcome: number, accommodation: number, psr: number): number =>
  type | (client << 2) | ((service + 1) << 4) | ((component + 1) << 8) | ((delivery + 1) << 13) | (outcome << 15) | ((accommodation + 1) << 20) | ((psr + 1) << 25);
const TYPE = (p: number): number => p & 3;
const CLIENT_OF = (p: number): number => (p >>> 2) & 3;
const SERVICE = (p: number): number => ((p >>> 4) & 15) - 1;
const COMPONENT_OF = (p: number): number => ((p >>> 8) & 31) - 1;
const DELIVERY_OF = (p: number): number => ((p >>> 13) & 3) - 1;
const OUTCOME = (p: number): number => (p >>> 15) & 31;
const ACCOMMODATION_OF = (p: number): number => ((p >>> 20) & 31) - 1;
const PSR_OF = (p: number): number => ((p >>> 25) & 15) - 1;
// Service type and component (and delivery mechanism) bits: the part of a service's key held in `packed`.
const SERVICE_KEY = (15 << 4) | (31 << 8);
const SERVICE_KEY_DELIVERY = SERVICE_KEY | (3 << 13);

type I32 = Int32Array<ArrayBuffer>;
function grow(a: I32, size: number): I32 {
  const b = new Int32Array(Math.max(size, Math.ceil(a.length * 1.5)));
  b.set(a);
  return b;
}

/** Starts a streaming ingestion. */
export function _createIngest(ctx: _IngestContext): _Ingest {
  // Events: packed fields, start, end (OPEN when open), submission end (-1 none), detail (interned), next event of the person (-1 last).
  let evPacked = new Int32Array(1 << 16);
  let evStart = new Int32Array(1 << 16);
  let evEnd = new Int32Array(1 << 16);
  let evFrom = new Int32Array(1 << 16);
  let evDetail = new Int32Array(1 << 16);
  let evNext = new Int32Array(1 << 16);
  let events = 0;
  // People: first and last event, birth and death (with the submission each came from), rows, duplicates, council, source.
  let pHead = new Int32Array(1 << 14);
  let pTail = new Int32Array(1 << 14);
  let pBirth = new Int32Array(1 << 14);
  let pBirthFrom = new Int32Array(1 << 14);
  let pDeath = new Int32Array(1 << 14);
  let pDeathFrom = new Int32Array(1 << 14);
  let pRows = new Int32Array(1 << 14);
  let pDups = new Int32Array(1 << 14);
  let pLa = new Int32Array(1 << 14);
  const pId: string[] = [];
  let people = 0;
  // People by council and identifier source (2 × council index + 0 NHS number / 1 council ID), then identifier.
  const groups: Map<string, number>[] = [];
  const councils = new Map<string, number>();
  const councilNames: string[] = [];
  const details = new Map<string, number>([['', 0]]);
  const detailNames: string[] = [''];
  const rejections = new Map<string, number>();
  const laIdsWithNhs = new Set<string>();
  const latestSubmission = new Map<number, number>();
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

  // One checked row, as numbers: filled by either entry (`add`, `addRecord`), then placed.
  const r = { la: '', traced: '', laNhs: '', laId: '', birthYear: -1, birthMonth: 0, death: NONE, type: 0, client: 0, start: 0, end: OPEN, service: -1, component: -1, delivery: -1, outcome: INVALID_OUTCOME, detail: '', from: -1, accommodation: -1, psr: -1 };

  function council(code: string): number {
    let i = councils.get(code);
    if (i === undefined) {
      i = councilNames.length;
      councils.set(code, i);
      councilNames.push(code);
      groups.push(new Map(), new Map());
    }
    return i;
  }

  function internDetail(text: string): number {
    let i = details.get(text);
    if (i === undefined) {
      i = detailNames.length;
      details.set(text, i);
      detailNames.push(text);
    }
    return i;
  }

  // Which copy of an event to keep: the latest submission, an open end first, the outcome highest in the
  // hierarchy; then a fixed order on every remaining field, so the choice never depends on row order.
  function better(packed: number, end: number, from: number, detail: number, j: number): boolean {
    if (from !== evFrom[j]) return from > evFrom[j]!;
    if (end !== evEnd[j]) return end > evEnd[j]!;
    const held = evPacked[j]!;
    const ra = _outcomeRank(OUTCOME(packed));
    const rb = _outcomeRank(OUTCOME(held));
    if (ra !== rb) return ra < rb;
    if (ACCOMMODATION_OF(packed) !== ACCOMMODATION_OF(held)) return ACCOMMODATION_OF(packed) > ACCOMMODATION_OF(held);
    if (PSR_OF(packed) !== PSR_OF(held)) return PSR_OF(packed) > PSR_OF(held);
    // DHSC's last key is the load record (the latest row loaded); rows have no load order here, so the choice is
    // fixed on the delivery mechanism instead (direct payment first), and never depends on row order.
    const da = DELIVERY_OF(packed);
    const db = DELIVERY_OF(held);
    if (da !== db) return db === -1 || (da !== -1 && da < db);
    return detailNames[detail]! < detailNames[evDetail[j]!]!;
  }

  function place(): void {
    if (ctx.laCode !== undefined && r.la !== ctx.laCode) {
      reject('other_local_authority', 'LA_Code');
      return;
    }
    if (r.start > ctx.windowEnd || r.end < ctx.windowStart) {
      reject('outside_period', r.start > ctx.windowEnd ? 'Event_Start_Date' : 'Event_End_Date');
      return;
    }
    // Person identifier (ascof.md §4.1): traced NHS number, else the council's NHS number, else its own ID.
    const nhs = r.traced !== '' ? r.traced : r.laNhs;
    if (nhs === '' && r.laId === '') {
      reject('no_person_identifier', 'LA_Person_Unique_Identifier');
      return;
    }
    const la = council(r.la);
    if (nhs !== '' && r.laId !== '' && ctx.identifierRule === 'nhs-number-first-exclude-linked-la-id') laIdsWithNhs.add(`${la}\u0000${r.laId}`);
    const source = nhs !== '' ? 0 : 1;
    const p = person(la, source, nhs !== '' ? nhs : r.laId);
    pRows[p] = pRows[p]! + 1;
    if (r.traced !== '') fallbacks.tracedNhsNumber += 1;
    else if (r.laNhs !== '') fallbacks.laNhsNumber += 1;
    else fallbacks.laPersonId += 1;
    const from = r.from;
    const latest = latestSubmission.get(la);
    if (latest === undefined || from > latest) latestSubmission.set(la, from);
    if (r.birthYear >= 0) birth(p, _monthStart(r.birthYear, r.birthMonth), from);
    if (r.death !== NONE) death(p, r.death, from);
    placeEvent(p, pack(r.type, r.client, r.service, r.component, r.delivery, r.outcome, r.accommodation, r.psr), r.start, r.end, from, r.type === _T.Service ? 0 : internDetail(r.detail));
  }

  /** The index of a person (created when new). */
  function person(la: number, source: number, id: string): number {
    const byId = groups[2 * la + source]!;
    let p = byId.get(id);
    if (p !== undefined) return p;
    p = people;
    people += 1;
    if (p >= pHead.length) {
      const size = p + 1;
      pHead = grow(pHead, size);
      pTail = grow(pTail, size);
      pBirth = grow(pBirth, size);
      pBirthFrom = grow(pBirthFrom, size);
      pDeath = grow(pDeath, size);
      pDeathFrom = grow(pDeathFrom, size);
      pRows = grow(pRows, size);
      pDups = grow(pDups, size);
      pLa = grow(pLa, size);
    }
    byId.set(id, p);
    pId.push(id);
    pHead[p] = -1;
    pTail[p] = -1;
    pBirth[p] = NONE;
    pBirthFrom[p] = -2;
    pDeath[p] = NONE;
    pDeathFrom[p] = -2;
    pRows[p] = 0;
    pDups[p] = 0;
    pLa[p] = 2 * la + source;
    return p;
  }

  // Birth and death: the latest submission's, the earliest date on a tie (an order on (submission, date), so
  // folding rows, or merging partial states, in any order gives the same value).
  function birth(p: number, dob: number, from: number): void {
    if (from > pBirthFrom[p]! || (from === pBirthFrom[p] && dob < pBirth[p]!)) {
      pBirth[p] = dob;
      pBirthFrom[p] = from;
    }
  }
  function death(p: number, dod: number, from: number): void {
    if (from > pDeathFrom[p]! || (from === pDeathFrom[p] && dod < pDeath[p]!)) {
      pDeath[p] = dod;
      pDeathFrom[p] = from;
    }
  }

  function placeEvent(p: number, packed: number, start: number, end: number, from: number, detail: number): void {
    // Same event? The 2024-25 joined-submission key of a service is type and component only (DHSC Main_tables/docs/
    // methodology/6-deduplication.md, step 1; create_GetDerivedFields_procedure.sql, Der_Unique_Event_Ref): a copy
    // resubmitted with another delivery mechanism is the same service (the NHSE 2023-24 key also held it). Services
    // are keyed without their end date, so a later submission that closes an open service replaces it; other
    // events are keyed with it.
    const keyMask = ctx.serviceKeyWithDelivery ? SERVICE_KEY_DELIVERY : SERVICE_KEY;
    const service = TYPE(packed) === _T.Service;
    for (let j = pHead[p]!; j !== -1; j = evNext[j]!) {
      const held = evPacked[j]!;
      if (((held ^ packed) & 15) !== 0 || evStart[j] !== start) continue;
      const same = service ? ((held ^ packed) & keyMask) === 0 : evEnd[j] === end && evDetail[j] === detail;
      if (!same) continue;
      pDups[p] = pDups[p]! + 1;
      if (better(packed, end, from, detail, j)) {
        evPacked[j] = packed;
        evEnd[j] = end;
        evFrom[j] = from;
        evDetail[j] = detail;
      }
      return;
    }
    const e = events;
    events += 1;
    if (e >= evPacked.length) {
      const size = e + 1;
      evPacked = grow(evPacked, size);
      evStart = grow(evStart, size);
      evEnd = grow(evEnd, size);
      evFrom = grow(evFrom, size);
      evDetail = grow(evDetail, size);
      evNext = grow(evNext, size);
    }
    evPacked[e] = packed;
    evStart[e] = start;
    evEnd[e] = end;
    evFrom[e] = from;
    evDetail[e] = detail;
    evNext[e] = -1;
    if (pTail[p] === -1) pHead[p] = e;
    else evNext[pTail[p]!] = e;
    pTail[p] = e;
  }

  // --- Partial states: a part of the rows ingested elsewhere (a worker thread, another job) is exported as plain
  // data and typed arrays, and merged here by the same rules as rows, so the merge of parts equals one run.
  function exportState(): _IngestState {
    const cut = (a: I32, n: number): I32 => a.slice(0, n);
    return {
      rowsRead, fallbacks: { ...fallbacks }, rejections: [...rejections], recoded: [...recoded], councils: [...councilNames],
      latest: [...latestSubmission], laIdsWithNhs: [...laIdsWithNhs], details: [...detailNames], pId: [...pId],
      pLa: cut(pLa, people), pRows: cut(pRows, people), pDups: cut(pDups, people), pBirth: cut(pBirth, people), pBirthFrom: cut(pBirthFrom, people),
      pDeath: cut(pDeath, people), pDeathFrom: cut(pDeathFrom, people), pHead: cut(pHead, people),
      evPacked: cut(evPacked, events), evStart: cut(evStart, events), evEnd: cut(evEnd, events), evFrom: cut(evFrom, events), evDetail: cut(evDetail, events), evNext: cut(evNext, events),
    };
  }

  function merge(s: _IngestState): void {
    rowsRead += s.rowsRead;
    fallbacks.tracedNhsNumber += s.fallbacks.tracedNhsNumber;
    fallbacks.laNhsNumber += s.fallbacks.laNhsNumber;
    fallbacks.laPersonId += s.fallbacks.laPersonId;
    for (const [k, n] of s.rejections) rejections.set(k, (rejections.get(k) ?? 0) + n);
    for (const [k, n] of s.recoded) recoded.set(k, (recoded.get(k) ?? 0) + n);
    const la = s.councils.map((name) => council(name));
    for (const [i, d] of s.latest) {
      const held = latestSubmission.get(la[i]!);
      if (held === undefined || d > held) latestSubmission.set(la[i]!, d);
    }
    for (const key of s.laIdsWithNhs) {
      const cut = key.indexOf('\u0000');
      laIdsWithNhs.add(`${la[Number(key.slice(0, cut))]}${key.slice(cut)}`);
    }
    const detail = s.details.map((d) => internDetail(d));
    for (let q = 0; q < s.pId.length; q += 1) {
      const p = person(la[s.pLa[q]! >> 1]!, s.pLa[q]! & 1, s.pId[q]!);
      pRows[p] = pRows[p]! + s.pRows[q]!;
      pDups[p] = pDups[p]! + s.pDups[q]!;
      if (s.pBirthFrom[q]! > -2) birth(p, s.pBirth[q]!, s.pBirthFrom[q]!);
      if (s.pDeathFrom[q]! > -2) death(p, s.pDeath[q]!, s.pDeathFrom[q]!);
      for (let j = s.pHead[q]!; j !== -1; j = s.evNext[j]!) placeEvent(p, s.evPacked[j]!, s.evStart[j]!, s.evEnd[j]!, s.evFrom[j]!, detail[s.evDetail[j]!]!);
    }
  }

  function fromEvent(e: CldEvent): void {
    r.la = e.LA_Code ?? '';
    r.traced = e.Der_NHS_Number_Traced ?? '';
    r.laNhs = e.NHS_Number ?? '';
    r.laId = e.LA_Person_Unique_Identifier ?? '';
    const known = e.Der_Birth_Year !== undefined && e.Der_Birth_Month !== undefined;
    r.birthYear = known ? Number(e.Der_Birth_Year) : -1;
    r.birthMonth = known ? Number(e.Der_Birth_Month) : 0;
    r.death = e.Date_of_Death === undefined ? NONE : _day(e.Date_of_Death);
    r.type = EVENT_TYPE.get(e.Event_Type)!;
    r.client = CLIENT.get(e.Client_Type)!;
    r.start = _day(e.Event_Start_Date);
    r.end = e.Event_End_Date === undefined ? OPEN : _day(e.Event_End_Date);
    r.service = e.Service_Type === undefined ? -1 : SERVICE_R2.get(e.Service_Type)!;
    r.component = e.Service_Component === undefined ? -1 : COMPONENT.get(e.Service_Component)!;
    r.delivery = e.Delivery_Mechanism === undefined ? -1 : DELIVERY.get(e.Delivery_Mechanism)!;
    r.outcome = e.Event_Outcome === undefined ? INVALID_OUTCOME : OUTCOME_R2.get(e.Event_Outcome)!;
    r.detail = (e.Event_Type === 'Request' ? e.Request_Route_of_Access : e.Event_Type === 'Assessment' ? e.Assessment_Type : e.Event_Type === 'Review' ? e.Review_Reason : undefined) ?? '';
    r.from = e.Reporting_Period_End_Date === undefined ? -1 : _day(e.Reporting_Period_End_Date);
    r.accommodation = e.Accommodation_Status === undefined ? -1 : ACCOMMODATION.get(e.Accommodation_Status)!;
    r.psr = e.Primary_Support_Reason === undefined ? -1 : PSR.get(e.Primary_Support_Reason)!;
  }

  function add(input: unknown): void {
    rowsRead += 1;
    const row = recodeColumns.length === 0 ? input : recode(input);
    const check = _checkCldRow(row);
    if (!check.ok) {
      reject(check.issue.code, _formatPath(check.issue.path));
      return;
    }
    fromEvent(check.event);
    place();
  }

  // --- CSV records: one pass, lookups, a date cache; anything unusual goes through `add` for the exact issue.
  let header: readonly string[] = [];
  const col = new Map<string, number>();
  let c = {
    la: -1, laId: -1, nhs: -1, traced: -1, year: -1, month: -1, death: -1, client: -1, psr: -1, accommodation: -1, type: -1, start: -1, end: -1, outcome: -1,
    route: -1, assessment: -1, review: -1, service: -1, component: -1, delivery: -1, from: -1, fromStart: -1, text: [] as number[],
  };
  const dates = new Map<string, number>();
  const BAD = -2_147_483_648;
  /** Day number of a date cell, NONE when blank, BAD when not a calendar date (cached: a file has few distinct dates). */
  function dateCell(v: string): number {
    if (v === '') return NONE;
    let d = dates.get(v);
    if (d === undefined) {
      d = _isoDateOk(v) ? _day(v) : BAD;
      dates.set(v, d);
    }
    return d;
  }
  const cell = (values: readonly string[], i: number): string => (i < 0 ? '' : (values[i] ?? ''));

  function columns(names: readonly string[]): void {
    header = names;
    col.clear();
    const known = new Set(CLD_FIELDS);
    names.forEach((n, i) => {
      if (known.has(n) && !col.has(n)) col.set(n, i);
    });
    const at = (n: string): number => col.get(n) ?? -1;
    c = {
      la: at('LA_Code'), laId: at('LA_Person_Unique_Identifier'), nhs: at('NHS_Number'), traced: at('Der_NHS_Number_Traced'), year: at('Der_Birth_Year'), month: at('Der_Birth_Month'),
      death: at('Date_of_Death'), client: at('Client_Type'), psr: at('Primary_Support_Reason'), accommodation: at('Accommodation_Status'), type: at('Event_Type'),
      start: at('Event_Start_Date'), end: at('Event_End_Date'), outcome: at('Event_Outcome'), route: at('Request_Route_of_Access'), assessment: at('Assessment_Type'),
      review: at('Review_Reason'), service: at('Service_Type'), component: at('Service_Component'), delivery: at('Delivery_Mechanism'), from: at('Reporting_Period_End_Date'),
      fromStart: at('Reporting_Period_Start_Date'),
      text: ['LA_Code', 'LA_Person_Unique_Identifier', 'NHS_Number', 'Der_NHS_Number_Traced', 'Gender', 'Ethnicity', 'Event_Reference_Number', 'Request_Route_of_Access', 'Assessment_Type', 'Review_Reason'].map(at).filter((i) => i >= 0),
    };
  }

  /** The record as an object of its non-blank cells (the exact path, for rows the fast checks are unsure of). */
  function slow(values: readonly string[]): void {
    const row: Record<string, string> = {};
    for (const [name, i] of col) {
      const v = values[i];
      if (v !== undefined && v !== '') Object.defineProperty(row, name, { value: v, enumerable: true, writable: true, configurable: true });
    }
    add(row);
  }

  function addRecord(values: readonly string[]): void {
    if (recodeColumns.length > 0 || values.length !== header.length) return slow(values);
    for (const i of c.text) if (values[i]!.length > 200) return slow(values);
    const type = EVENT_TYPE.get(cell(values, c.type));
    const client = CLIENT.get(cell(values, c.client));
    const start = dateCell(cell(values, c.start));
    if (type === undefined || client === undefined || start === NONE || start === BAD) return slow(values);
    const end = dateCell(cell(values, c.end));
    const death = dateCell(cell(values, c.death));
    const from = dateCell(cell(values, c.from));
    if (end === BAD || death === BAD || from === BAD || dateCell(cell(values, c.fromStart)) === BAD || (end !== NONE && end < start)) return slow(values);
    const serviceText = cell(values, c.service);
    const service = serviceText === '' ? -1 : SERVICE_R2.get(serviceText);
    if (service === undefined || (type === _T.Service && service === -1)) return slow(values);
    const lookup = (map: Map<string, number>, i: number): number | undefined => {
      const v = cell(values, i);
      return v === '' ? -1 : map.get(v);
    };
    const component = lookup(COMPONENT, c.component);
    const delivery = lookup(DELIVERY, c.delivery);
    const outcome = lookup(OUTCOME_R2, c.outcome);
    const accommodation = lookup(ACCOMMODATION, c.accommodation);
    const psr = lookup(PSR, c.psr);
    if (component === undefined || delivery === undefined || outcome === undefined || accommodation === undefined || psr === undefined) return slow(values);
    const year = cell(values, c.year);
    const month = cell(values, c.month);
    if ((year === '') !== (month === '') || (year !== '' && (!BIRTH_YEAR.test(year) || !BIRTH_MONTH.test(month)))) return slow(values);
    rowsRead += 1;
    r.la = cell(values, c.la);
    r.traced = cell(values, c.traced);
    r.laNhs = cell(values, c.nhs);
    r.laId = cell(values, c.laId);
    r.birthYear = year === '' ? -1 : Number(year);
    r.birthMonth = month === '' ? 0 : Number(month);
    r.death = death;
    r.type = type;
    r.client = client;
    r.start = start;
    r.end = end === NONE ? OPEN : end;
    r.service = service;
    r.component = component;
    r.delivery = delivery;
    r.outcome = outcome === -1 ? INVALID_OUTCOME : outcome;
    r.detail = type === _T.Request ? cell(values, c.route) : type === _T.Assessment ? cell(values, c.assessment) : type === _T.Review ? cell(values, c.review) : '';
    r.from = from === NONE ? -1 : from;
    r.accommodation = accommodation;
    r.psr = psr;
    place();
  }

  function finish(): _Ingested {
    let rowsUsed = 0;
    let duplicatesRemoved = 0;
    const excluded = new Uint8Array(people);
    for (let p = 0; p < people; p += 1) {
      const la = pLa[p]! >> 1;
      // NHSE 2023-24: a council ID that appears with an NHS number on another row cannot be trusted alone.
      if (ctx.identifierRule === 'nhs-number-first-exclude-linked-la-id' && (pLa[p]! & 1) === 1 && laIdsWithNhs.has(`${la}\u0000${pId[p]}`)) {
        const k = _rejectionKey('identifier_excluded', 'NHS_Number');
        rejections.set(k, (rejections.get(k) ?? 0) + pRows[p]!);
        // Every row of a person known only by the council ID came through that fallback.
        fallbacks.laPersonId -= pRows[p]!;
        excluded[p] = 1;
        continue;
      }
      // An event starting after the date of death: DHSC keeps a row only when "Der_Date_of_Death IS NULL OR
      // Der_Date_of_Death >= Event_Start_Date" (create_FilterToEventsInPeriod_procedure.sql), so it is dropped.
      let afterDeath = 0;
      const death = pDeath[p]!;
      if (death !== NONE && ctx.dropEventsAfterDeath) for (let j = pHead[p]!; j !== -1; j = evNext[j]!) if (evStart[j]! > death) afterDeath += 1;
      if (afterDeath > 0) {
        const k = _rejectionKey('event_after_death', 'Event_Start_Date');
        rejections.set(k, (rejections.get(k) ?? 0) + afterDeath);
      }
      rowsUsed += pRows[p]! - pDups[p]! - afterDeath;
      duplicatesRemoved += pDups[p]!;
    }
    if (duplicatesRemoved > 0) rejections.set(_rejectionKey('duplicate_event', 'event key'), duplicatesRemoved);
    const latestOf = new Map([...latestSubmission].map(([la, d]) => [la, d]));
    let peopleCount = 0;
    for (let p = 0; p < people; p += 1) if (excluded[p] === 0) peopleCount += 1;

    function* decoded(): Generator<PersonState> {
      for (let p = 0; p < people; p += 1) {
        if (excluded[p] === 1) continue;
        const la = pLa[p]! >> 1;
        const latest = latestOf.get(la) ?? -1;
        const death = pDeath[p]!;
        const list: CompactEvent[] = [];
        for (let j = pHead[p]!; j !== -1; j = evNext[j]!) {
          const start = evStart[j]!;
          if (death !== NONE && start > death && ctx.dropEventsAfterDeath) continue;
          const packed = evPacked[j]!;
          const type = TYPE(packed);
          let end = evEnd[j]!;
          // A service open in an older submission and absent from the latest is cropped to that submission's end.
          if (end === OPEN && type === _T.Service && evFrom[j]! >= 0 && evFrom[j]! < latest) end = evFrom[j]!;
          // Derived end date: the date of death when it is earlier (same procedure, Der_Event_End_Date).
          if (death !== NONE && death < end) end = Math.max(death, start);
          list.push({
            type, client: CLIENT_OF(packed), start, end, service: SERVICE(packed), component: COMPONENT_OF(packed), delivery: DELIVERY_OF(packed),
            outcome: OUTCOME(packed), detail: detailNames[evDetail[j]!]!, submittedUpTo: evFrom[j]!, accommodation: ACCOMMODATION_OF(packed), psr: PSR_OF(packed),
          });
        }
        yield { id: pId[p]!, idSource: (pLa[p]! & 1) === 0 ? 'N' : 'L', la: councilNames[la]!, birth: pBirth[p]!, birthFrom: pBirthFrom[p]!, death, deathFrom: pDeathFrom[p]!, rows: pRows[p]!, events: list };
      }
    }
    const laCodes = [...latestSubmission.keys()].map((i) => councilNames[i]!).sort();
    return { people: decoded, peopleCount, rowsRead, rowsUsed, rejections, duplicatesRemoved, fallbacks, laCodes, recoded };
  }

  return { add, columns, addRecord, finish, exportState, merge };
}

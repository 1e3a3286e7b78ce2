import * as z from 'zod';
import { IsoDateSchema } from '../../core/dates.js';
import { RulesError, _fromZodIssues, _issue, type RulesIssue } from '../../core/errors.js';
import {
  CLD_ACCOMMODATION_STATUSES,
  CLD_CLIENT_TYPES,
  CLD_DELIVERY_MECHANISMS,
  CLD_EVENT_OUTCOMES,
  CLD_EVENT_TYPES,
  CLD_PRIMARY_SUPPORT_REASONS,
  CLD_SERVICE_COMPONENTS,
  CLD_SERVICE_TYPES,
} from './lists.js';

const text = z.string().min(1).max(200);
/**
 * A blank cell: `""` as a CSV writes "not recorded", or `null` as a JSON export or a database driver writes it.
 * {@link parseCldEvent} has always read both as absent (issue 12); the schema says so too, so that the JSON
 * Schema of a row accepts exactly the rows the function accepts (issue 14).
 */
const absent = (): undefined => undefined;
/** An optional column that may also be blank: a blank reads as absent. */
const blankable = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(absent), z.null().transform(absent), schema]).optional();
/** An optional defined-list column: one of the values, or blank (read as absent); a wrong value stays `invalid_value`. */
const blankList = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z
    .enum([...values, ''] as unknown as readonly [T[number] | '', ...(T[number] | '')[]], { error: `must be a value of the CLD defined list of ${field}` })
    .nullable()
    .transform((v): T[number] | undefined => (v === '' || v === null ? undefined : (v as T[number])))
    .optional();
const definedList = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z.enum(values, { error: `must be a value of the CLD defined list of ${field}` });

/**
 * One row of a Client Level Data (CLD) submission, with the Release 1 field names as NHS England's and
 * DHSC's processing code spells them (`LA_Code`, `Event_Start_Date`, …) and the Release 1 defined lists.
 *
 * A value outside a defined list is refused, never corrected. A field that is blank in the file is absent
 * here (see {@link parseCldEvent}). Columns the ASCOF measures do not read (ethnicity, costs, …) may be
 * given and are ignored; other names are refused, so a misspelt column is noticed.
 */
export const CldEventSchema = z
  .strictObject({
    LA_Code: blankable(text).describe('Council (CASSR) code.'),
    LA_Person_Unique_Identifier: blankable(text).describe('The council\'s own person identifier (personal).'),
    NHS_Number: blankable(text).describe('NHS number as supplied by the council (personal; may be pseudonymised).'),
    Der_NHS_Number_Traced: blankable(text).describe('NHS number traced by NHS England (personal; pseudonymised). Takes precedence when present.'),
    Der_Birth_Year: blankable(z.union([z.int().min(1880).max(2200), z.string().regex(/^\d{4}$/)])).describe('Year of birth (personal).'),
    Der_Birth_Month: blankable(z.union([z.int().min(1).max(12), z.string().regex(/^(0?[1-9]|1[0-2])$/)])).describe('Month of birth, 1-12 (personal).'),
    Date_of_Death: blankable(IsoDateSchema).describe('Date of death (personal).'),
    Gender: blankable(text).describe('Not read by the ASCOF measures.'),
    Ethnicity: blankable(text).describe('Not read by the ASCOF measures.'),
    Client_Type: definedList(CLD_CLIENT_TYPES, 'Client_Type'),
    Primary_Support_Reason: blankList(CLD_PRIMARY_SUPPORT_REASONS, 'Primary_Support_Reason'),
    Accommodation_Status: blankList(CLD_ACCOMMODATION_STATUSES, 'Accommodation_Status'),
    Event_Type: definedList(CLD_EVENT_TYPES, 'Event_Type'),
    Event_Reference_Number: blankable(text).describe('Not used for deduplication (a derived key is used, as NHS England does).'),
    Event_Start_Date: IsoDateSchema.clone(),
    Event_End_Date: blankable(IsoDateSchema).describe('Blank while a service is open.'),
    Event_Outcome: blankList(CLD_EVENT_OUTCOMES, 'Event_Outcome'),
    Request_Route_of_Access: blankable(text),
    Assessment_Type: blankable(text),
    Review_Reason: blankable(text),
    Service_Type: blankList(CLD_SERVICE_TYPES, 'Service_Type'),
    Service_Component: blankList(CLD_SERVICE_COMPONENTS, 'Service_Component'),
    Delivery_Mechanism: blankList(CLD_DELIVERY_MECHANISMS, 'Delivery_Mechanism'),
    Reporting_Period_Start_Date: blankable(IsoDateSchema).describe('Start of the submission\'s reporting period.'),
    Reporting_Period_End_Date: blankable(IsoDateSchema).describe('End of the submission\'s reporting period: the latest submission of an event wins.'),
  })
  .describe('One CLD event row (Release 1 field names and defined lists).');

/** A CLD row as a caller may give it. */
export type CldEventInput = z.input<typeof CldEventSchema>;
/** A checked CLD row. */
export type CldEvent = z.output<typeof CldEventSchema>;

/** The CLD column names {@link CldEventSchema} knows. */
export const CLD_FIELDS: readonly string[] = Object.keys(CldEventSchema.shape);

/** The outcome of checking one row: the event, or the first problem found (for the data-quality report). */
export type _RowCheck = { ok: true; event: CldEvent } | { ok: false; issue: RulesIssue; issues: readonly RulesIssue[] };

function withoutBlanks(row: unknown): unknown {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return row;
  const out: Record<string, unknown> = {};
  // defineProperty, so a column named "__proto__" stays a column (and is refused as unknown) instead of vanishing.
  for (const [k, v] of Object.entries(row)) if (v !== '' && v !== undefined && v !== null) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
}

// A fast path for the common case, a well-formed row: plain checks that accept only what CldEventSchema
// accepts (a property test holds them to that). Anything it is unsure of goes to zod for the exact issues.
const TEXT = new Set(['LA_Code', 'LA_Person_Unique_Identifier', 'NHS_Number', 'Der_NHS_Number_Traced', 'Gender', 'Ethnicity', 'Event_Reference_Number', 'Request_Route_of_Access', 'Assessment_Type', 'Review_Reason']);
const DATES = new Set(['Date_of_Death', 'Event_Start_Date', 'Event_End_Date', 'Reporting_Period_Start_Date', 'Reporting_Period_End_Date']);
const LISTS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries({
  Client_Type: new Set(CLD_CLIENT_TYPES),
  Primary_Support_Reason: new Set(CLD_PRIMARY_SUPPORT_REASONS),
  Accommodation_Status: new Set(CLD_ACCOMMODATION_STATUSES),
  Event_Type: new Set(CLD_EVENT_TYPES),
  Event_Outcome: new Set(CLD_EVENT_OUTCOMES),
  Service_Type: new Set(CLD_SERVICE_TYPES),
  Service_Component: new Set(CLD_SERVICE_COMPONENTS),
  Delivery_Mechanism: new Set(CLD_DELIVERY_MECHANISMS),
}));
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `v` is a calendar date written YYYY-MM-DD (what IsoDateSchema accepts). */
export function _isoDateOk(v: string): boolean {
  if (!DATE_SHAPE.test(v)) return false;
  const y = Number(v.slice(0, 4));
  const m = Number(v.slice(5, 7));
  const d = Number(v.slice(8, 10));
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

function fastValue(key: string, v: unknown): boolean {
  if (TEXT.has(key)) return typeof v === 'string' && v.length >= 1 && v.length <= 200;
  if (DATES.has(key)) return typeof v === 'string' && _isoDateOk(v);
  // A Map, not an object: a column named "valueOf" or "constructor" must not find Object.prototype.
  const list = LISTS.get(key);
  if (list !== undefined) return typeof v === 'string' && list.has(v);
  if (key === 'Der_Birth_Year') return typeof v === 'string' ? /^\d{4}$/.test(v) : Number.isInteger(v) && (v as number) >= 1880 && (v as number) <= 2200;
  if (key === 'Der_Birth_Month') return typeof v === 'string' ? /^(0?[1-9]|1[0-2])$/.test(v) : Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12;
  return false;
}

/** The row as a CldEvent when the fast checks prove it valid; undefined when zod must decide. */
export function _fastParse(row: unknown): CldEvent | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
  const proto: unknown = Object.getPrototypeOf(row);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const out: Record<string, unknown> = {};
  for (const key in row) {
    if (!Object.prototype.hasOwnProperty.call(row, key)) continue;
    const v = (row as Record<string, unknown>)[key];
    if (v === '' || v === undefined || v === null) continue;
    if (!fastValue(key, v)) return undefined;
    out[key] = v;
  }
  if (out.Client_Type === undefined || out.Event_Type === undefined || out.Event_Start_Date === undefined) return undefined;
  return out as CldEvent;
}

/** Checks a row without throwing: schema first, then the cross-field rules. */
export function _checkCldRow(row: unknown): _RowCheck {
  let e = _fastParse(row);
  if (e === undefined) {
    const parsed = CldEventSchema.safeParse(withoutBlanks(row));
    if (!parsed.success) {
      const issues = _fromZodIssues(parsed.error.issues);
      return { ok: false, issue: issues[0] ?? _issue('custom', [], 'is not a valid CLD row'), issues };
    }
    e = parsed.data;
  }
  const issues: RulesIssue[] = [];
  if (e.Event_End_Date !== undefined && e.Event_End_Date < e.Event_Start_Date) {
    issues.push(_issue('end_before_start', ['Event_End_Date'], 'the event ends before it starts (DHSC ASCOF code drops such rows)'));
  }
  if (e.Event_Type === 'Service' && e.Service_Type === undefined) {
    issues.push(_issue('missing_key', ['Service_Type'], 'a Service event needs a Service_Type'));
  }
  if ((e.Der_Birth_Year === undefined) !== (e.Der_Birth_Month === undefined)) {
    issues.push(_issue('inconsistent_input', [e.Der_Birth_Year === undefined ? 'Der_Birth_Year' : 'Der_Birth_Month'], 'give both the year and the month of birth, or neither'));
  }
  if (issues.length > 0) return { ok: false, issue: issues[0]!, issues };
  return { ok: true, event: e };
}

/**
 * Checks one CLD row against the Release 1 field names and defined lists.
 *
 * Blank values (`""`) mean "not recorded" and are treated as absent, as a CSV export writes them. A value
 * outside a defined list, an end date before the start date, or a Service event without a service type is
 * refused. Messages name the field and never repeat a personal value.
 *
 * @param row - one row, e.g. one CSV record keyed by column name
 * @returns the checked event
 * @throws `RulesError` (from `adult-social-care-rules`) listing every problem with its field path
 *
 * @example
 * ```ts
 * import { parseCldEvent } from 'adult-social-care-rules/ascof';
 *
 * const event = parseCldEvent({
 *   LA_Code: '141', LA_Person_Unique_Identifier: 'P1', Client_Type: 'Service User',
 *   Event_Type: 'Service', Service_Type: 'Short Term Support: ST-Max', Event_Start_Date: '2024-05-01', Event_End_Date: '',
 * });
 * // A blank end date means the event is still open.
 * event.Event_End_Date; //=> undefined
 * ```
 */
export function parseCldEvent(row: unknown): CldEvent {
  const check = _checkCldRow(row);
  if (!check.ok) throw new RulesError('parseCldEvent', check.issues);
  return check.event;
}

/**
 * One hospital discharge (an SUS admitted-patient spell) for ASCOF 2D. The caller links SUS to CLD:
 * `personId` must be the same identifier the CLD rows resolve to (the traced NHS number, pseudonymised the
 * same way). The council-of-residence mapping (LSOA to upper-tier authority) is the caller's.
 */
export const HospitalDischargeSchema = z.strictObject({
  personId: text.describe('The person identifier, as in CLD (personal).'),
  admissionDate: IsoDateSchema.clone(),
  dischargeDate: IsoDateSchema.clone(),
  ageAtDischarge: z.int().min(0).max(130),
  admissionMethod: z.string().max(10).optional().describe('SUS admission method code; 31, 32, 82, 83 (maternity, births) are excluded.'),
  dischargeMethod: z.string().max(10).optional().describe('SUS discharge method; 4 and 5 (died, stillbirth) are excluded.'),
  dischargeDestination: z.string().max(10).optional().describe('SUS discharge destination; 49-52, 79, 87, 88 are excluded.'),
  treatmentFunctionCode: z.string().max(10).optional().describe('Treatment function of the last episode; some specialties are excluded.'),
  managementType: z.string().max(10).optional().describe('Der_Management_Type; EM or NE marks an emergency admission (a readmission for 2D).'),
  lastEpisodeOfSpell: z.boolean().optional().describe('APCS_Last_Ep_Ind = 1; taken as true when absent.'),
});

/** A hospital discharge as a caller gives it. */
export type HospitalDischargeInput = z.input<typeof HospitalDischargeSchema>;

// A recode table of one defined-list column: the spelling met in a file → the value of the list it means.
const recodeTable = <T extends readonly [string, ...string[]]>(values: T) => z.record(z.string(), z.enum(values)).optional();

/**
 * The options of {@link deriveAscofFromCld}.
 */
export const DeriveAscofFromCldOptionsSchema = z.strictObject({
  period: z.strictObject({
    start: IsoDateSchema.describe('First day of the reporting period, e.g. 2024-04-01.'),
    end: IsoDateSchema.describe('Last day of the reporting period (inclusive), e.g. 2025-03-31.'),
  }),
  population: z.strictObject({
    aged18to64: z.int().min(0).describe('ONS mid-year population aged 18-64 of the council (mid-2024 for 2024-25).'),
    aged65plus: z.int().min(0).describe('ONS mid-year population aged 65 and over.'),
  }),
  laCode: text.optional().describe('Keep only rows of this council; rows of other councils are rejected and counted.'),
  geography: z.strictObject({ code: text.clone(), name: text.optional() }).optional().describe('How the council is labelled in the output.'),
  hospitalDischarges: z.array(HospitalDischargeSchema).optional().describe('SUS discharges for 2D; without them 2D is not computable.'),
  recode: z
    .strictObject({
      Client_Type: recodeTable(CLD_CLIENT_TYPES),
      Primary_Support_Reason: recodeTable(CLD_PRIMARY_SUPPORT_REASONS),
      Accommodation_Status: recodeTable(CLD_ACCOMMODATION_STATUSES),
      Event_Type: recodeTable(CLD_EVENT_TYPES),
      Event_Outcome: recodeTable(CLD_EVENT_OUTCOMES),
      Service_Type: recodeTable(CLD_SERVICE_TYPES),
      Service_Component: recodeTable(CLD_SERVICE_COMPONENTS),
      Delivery_Mechanism: recodeTable(CLD_DELIVERY_MECHANISMS),
    })
    .optional()
    .describe('Explicit spellings to accept, per defined-list column: { "Event_Outcome": { "NFA - Other": "NFA- Other" } }. Each target must be a value of the list. Nothing is recoded without it; CLD_OUTCOME_NEAR_MISSES is a ready table for the common outcome near-misses. Recoded rows are counted in the data-quality report.'),
  pack: z.unknown().optional().describe('A rule pack built from the default CLD pack with extendPack (its parameters are national law).'),
  ascofPack: z.unknown().optional().describe('A rule pack built from the default ascof pack with extendPack: the registry and the suppression policy that publish the figures.'),
});

/** The options of {@link deriveAscofFromCld} as a caller gives them. */
export type DeriveAscofFromCldOptions = z.input<typeof DeriveAscofFromCldOptionsSchema>;

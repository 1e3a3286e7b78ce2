// Per-person rules of ASCOF 2B/2C, 2E and 3D. Each function reads one person's compact state and says how
// that person counts; the derivation adds the people up.
import { CLD_ACCOMMODATION_STATUSES, CLD_DELIVERY_MECHANISMS, CLD_PRIMARY_SUPPORT_REASONS, CLD_SERVICE_COMPONENTS, type CldAccommodationStatus } from './lists.js';
import { NONE, OPEN, _O, _S, _T, _age, type CompactEvent, type PersonState } from './model.js';

/** An age band of the published disaggregation. */
export type AgeBand = '18 to 64' | '65 and above';

function band(age: number): AgeBand {
  return age <= 64 ? '18 to 64' : '65 and above';
}

const NURSING = _S['Long term support: Nursing care'];
const RESIDENTIAL = _S['Long term support: Residential care'];
const COMMUNITY = _S['Long term support: Community'];
const PRISON = _S['Long term support: Prison'];
const CARER_DIRECT = _S['Unpaid carer support: Direct to unpaid carer'];
const comp = (name: (typeof CLD_SERVICE_COMPONENTS)[number]): number => CLD_SERVICE_COMPONENTS.indexOf(name);
const dm = (name: (typeof CLD_DELIVERY_MECHANISMS)[number]): number => CLD_DELIVERY_MECHANISMS.indexOf(name);
const SELF_FUNDED = _O['NFA: Self-funded client or under 12wk disregard'];
const UNKNOWN_ACCOMMODATION = CLD_ACCOMMODATION_STATUSES.indexOf('Unknown');
const LD = CLD_PRIMARY_SUPPORT_REASONS.indexOf('Learning Disability Support');

// ---------------------------------------------------------------------------------------------------------
// 2B / 2C: admissions to residential and nursing care (DHSC Create_ASCOF_2B2C_2425_Onwards.sql, ascof.md §4.3)

/** Parameters of 2B/2C. */
export interface _AdmissionContext {
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly lookbackDays: number;
  readonly ageAt: 'admission-start' | 'period-end';
  readonly daysPerYear: number;
}

/** How a person counts for 2B/2C: the age band of their youngest new admission, or why they do not count. */
export type _AdmissionOutcome = { counted: AgeBand } | { counted: false; reason?: 'under 18' | 'age unknown' | undefined };

function isCareHome(e: CompactEvent): boolean {
  return e.type === _T.Service && e.client === 0 && (e.service === RESIDENTIAL || e.service === NURSING) && (e.component === -1 || e.component === comp('Residential care') || e.component === comp('Nursing care'));
}

/** The 2B/2C outcome of one person. */
export function _admission(p: PersonState, ctx: _AdmissionContext): _AdmissionOutcome {
  if (p.death !== NONE && p.death < ctx.periodStart) return { counted: false };
  const homes = p.events.filter(isCareHome);
  let youngest: number | undefined;
  let any = false;
  for (const a of homes) {
    if (a.start < ctx.periodStart || a.start > ctx.periodEnd || a.outcome === SELF_FUNDED) continue;
    // New: no other care-home placement that started earlier and is open or ended fewer than lookback days before.
    if (homes.some((o) => o !== a && o.start < a.start && (o.end === OPEN || a.start - o.end < ctx.lookbackDays))) continue;
    any = true;
    const age = _age(p.birth, ctx.ageAt === 'admission-start' ? a.start : ctx.periodEnd, ctx.daysPerYear);
    if (age !== undefined && (youngest === undefined || age < youngest)) youngest = age;
  }
  if (!any) return { counted: false };
  if (youngest === undefined) return { counted: false, reason: 'age unknown' };
  if (youngest < 18) return { counted: false, reason: 'under 18' };
  return { counted: band(youngest) };
}

// ---------------------------------------------------------------------------------------------------------
// 2E: long-term support clients in settled accommodation (DHSC Create_ASCOF_2E_2425_Onwards.sql, ascof.md §4.5)

/** Parameters of 2E. */
export interface _SettledContext {
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly daysPerYear: number;
  readonly settled: ReadonlySet<string>;
}

/** How a person counts for 2E. */
export interface _SettledOutcome {
  readonly band: AgeBand;
  readonly learningDisability: boolean;
  readonly settled: boolean;
  /** The status used (a CLD value, or one inferred from the latest service, e.g. "Unknown: presumed at home"). */
  readonly status: string;
  readonly inferred: boolean;
}

// DHSC Create_personal_details_table.sql, "#REF_Service_Type": the hierarchy used to find the latest service
// (nursing 1 … other short term 7; anything else, carers' support included, 99 = "Not useful").
const OTHER_SHORT_TERM = _S['Short term support: Other short term'];
function serviceRank(e: CompactEvent): number {
  return e.service >= NURSING && e.service <= OTHER_SHORT_TERM ? e.service - NURSING + 1 : 99;
}
// The components the script can map to an accommodation ("Shared Lives", "Community supported living",
// "Extra care housing", "Home support or domiciliary care"; R1 "Home Support").
const HOME_SUPPORT = comp('Home Support');
const MAPPABLE = new Set([comp('Shared Lives'), comp('Community Supported Living'), comp('Extra care housing'), HOME_SUPPORT]);

/** The status DHSC constructs for community support without a component that names an accommodation: not settled. */
export const PRESUMED_IN_COMMUNITY = 'Unknown: presumed in the community';
/** The status DHSC constructs for community home support: settled. */
export const PRESUMED_AT_HOME = 'Unknown: presumed at home';

/**
 * An unknown accommodation status inferred from the person's latest service, as DHSC's person-details script
 * does (Create_personal_details_table.sql, "#Service_Row1" to "#Unknowns_Services_Mapped"): service events only,
 * ranked by end (open first), then service hierarchy, then a mappable component, then the latest start; all
 * events tied on rank 1 count, and a component is used only when exactly one mappable component is among them.
 * Nursing → registered nursing home; residential → registered care home; Shared Lives, extra care housing and
 * community supported living → their settled statuses; community home support → "presumed at home"
 * (settled); other community support → "presumed in the community" (NOT settled); prison → prison.
 */
export function _inferFromService(events: readonly CompactEvent[]): { status: string; settled: boolean } {
  let best: CompactEvent | undefined;
  let ties: CompactEvent[] = [];
  const cmp = (a: CompactEvent, b: CompactEvent): number =>
    b.end - a.end || serviceRank(a) - serviceRank(b) || Number(MAPPABLE.has(b.component)) - Number(MAPPABLE.has(a.component)) || b.start - a.start;
  for (const e of events) {
    if (e.type !== _T.Service) continue;
    const c = best === undefined ? -1 : cmp(e, best);
    if (c < 0) {
      best = e;
      ties = [e];
    } else if (c === 0) ties.push(e);
  }
  if (best === undefined) return { status: 'Unknown', settled: false };
  const rank = serviceRank(best);
  const components = new Set(ties.filter((e) => MAPPABLE.has(e.component)).map((e) => e.component));
  const component = components.size === 1 ? [...components][0]! : -1;
  if (rank === 1) return { status: 'Registered nursing home', settled: false };
  if (rank === 2) return { status: 'Registered care home', settled: false };
  if (component === comp('Shared Lives')) return { status: 'Shared Lives scheme', settled: true };
  if (component === comp('Extra care housing')) return { status: 'Sheltered housing / extra care housing / other sheltered housing', settled: true };
  if (component === comp('Community Supported Living')) return { status: 'Supported accommodation / supported lodgings / supported group home', settled: true };
  if (rank === 3 && component === HOME_SUPPORT) return { status: PRESUMED_AT_HOME, settled: true };
  if (rank === 3 && component === -1) return { status: PRESUMED_IN_COMMUNITY, settled: false };
  if (rank === 4) return { status: 'Prison / Young offenders institution / detention centre', settled: false };
  return { status: 'Unknown', settled: false };
}

/** The 2E outcome of one person, or undefined when the person is not in the cohort. */
export function _settled(p: PersonState, ctx: _SettledContext): _SettledOutcome | undefined {
  if (p.death !== NONE && p.death < ctx.periodStart) return undefined;
  // Cohort: any long-term support in the year, prison included (DHSC #ASCOF_2E_Build); age at the end of the
  // person's latest such service, capped at the period end (Person_Capped_LTS_Service_End_Date).
  let latestEnd: number | undefined;
  for (const e of p.events) {
    if (e.type !== _T.Service || e.client !== 0 || e.service < NURSING || e.service > PRISON || e.start > ctx.periodEnd || e.end < ctx.periodStart) continue;
    const end = Math.min(e.end, ctx.periodEnd);
    if (latestEnd === undefined || end > latestEnd) latestEnd = end;
  }
  if (latestEnd === undefined) return undefined;
  const age = _age(p.birth, latestEnd, ctx.daysPerYear);
  if (age === undefined || age < 18) return undefined;
  // Latest known status at the period end: known beats Unknown, later beats earlier, a same-day conflict is Unknown.
  let bestDay = -Infinity;
  let bestKnown = false;
  let status = -1;
  let psrDay = -Infinity;
  let psr = -1;
  for (const e of p.events) {
    if (e.start > ctx.periodEnd) continue;
    const day = Math.min(e.end === OPEN ? ctx.periodEnd : e.end, ctx.periodEnd);
    if (e.psr >= 0 && (day > psrDay || (day === psrDay && e.psr < psr))) {
      psrDay = day;
      psr = e.psr;
    }
    if (e.accommodation < 0) continue;
    const known = e.accommodation !== UNKNOWN_ACCOMMODATION;
    if (known && !bestKnown) {
      bestKnown = true;
      bestDay = day;
      status = e.accommodation;
    } else if (known === bestKnown && day > bestDay) {
      bestDay = day;
      status = e.accommodation;
    } else if (known && bestKnown && day === bestDay && e.accommodation !== status) {
      status = UNKNOWN_ACCOMMODATION;
      bestKnown = true;
    }
  }
  let name: string;
  let settled: boolean;
  let inferred = false;
  if (status >= 0 && status !== UNKNOWN_ACCOMMODATION) {
    name = CLD_ACCOMMODATION_STATUSES[status] as CldAccommodationStatus;
    settled = ctx.settled.has(name);
  } else {
    ({ status: name, settled } = _inferFromService(p.events));
    inferred = true;
  }
  return { band: band(age), learningDisability: psr === LD, settled, status: name, inferred };
}

// ---------------------------------------------------------------------------------------------------------
// 3D: self-directed support and direct payments (DHSC Create_ASCOF_3D_2425_Onwards.sql, ascof.md §4.6)

/** How a service user counts for 3D at the period end. */
export interface _SelfDirectedOutcome {
  readonly band: AgeBand | 'Unknown';
  /** 'direct-payment', 'personal-budget', 'commissioned' or 'unknown' for community clients; undefined when the top setting is not community. */
  readonly community: 'direct-payment' | 'personal-budget' | 'commissioned' | 'unknown' | undefined;
}

const DP = dm('Direct Payment');
const PB = dm('CASSR Managed Personal Budget');
const COMMISSIONED = dm('CASSR Commissioned Support');
const DP_COMPONENT = comp('Direct Payment');

/** Setting and delivery hierarchy: nursing 1, residential 2, community DP 3, PB 4, commissioned 5, unknown 6, prison 7-9. */
function settingRank(e: CompactEvent): number {
  if (e.service === NURSING) return 1;
  if (e.service === RESIDENTIAL) return 2;
  const delivery = e.component === DP_COMPONENT ? DP : e.delivery;
  if (e.service === COMMUNITY) return delivery === DP ? 3 : delivery === PB ? 4 : delivery === COMMISSIONED ? 5 : 6;
  return delivery === PB ? 7 : delivery === COMMISSIONED ? 8 : 9;
}

/** The 3D (users) outcome of one person, or undefined when no long-term service is open at the period end. */
export function _selfDirected(p: PersonState, periodEnd: number, daysPerYear: number): _SelfDirectedOutcome | undefined {
  if (p.death !== NONE && p.death < periodEnd) return undefined;
  let best = 99;
  for (const e of p.events) {
    if (e.type !== _T.Service || e.client !== 0 || e.service < NURSING || e.service > PRISON) continue;
    if (e.start > periodEnd || e.end < periodEnd) continue;
    best = Math.min(best, settingRank(e));
  }
  if (best === 99) return undefined;
  const age = _age(p.birth, periodEnd, daysPerYear);
  if (age !== undefined && age < 18) return undefined;
  const community = best === 3 ? 'direct-payment' : best === 4 ? 'personal-budget' : best === 5 ? 'commissioned' : best === 6 ? 'unknown' : undefined;
  return { band: age === undefined ? 'Unknown' : band(age), community };
}

/** The 3D (carers) support of one carer in the year: 1 DP only, 2 managed personal budget, 3 commissioned only, 4 unknown; undefined when none. */
export function _carerSupport(p: PersonState, periodStart: number, periodEnd: number): 1 | 2 | 3 | 4 | undefined {
  // A carer who died before the period is not in the cohort (DHSC Create_ASCOF_3D_2425_Onwards.sql, carers build:
  // "Date_of_Death_Latest >= @ReportingPeriodStartDate OR Date_of_Death_Latest is NULL").
  if (p.death !== NONE && p.death < periodStart) return undefined;
  let best: 1 | 2 | 3 | 4 | undefined;
  for (const e of p.events) {
    if (e.type !== _T.Service || e.client === 0 || e.service !== CARER_DIRECT || e.start > periodEnd || e.end < periodStart) continue;
    const delivery = e.component === DP_COMPONENT ? DP : e.delivery;
    const rank = delivery === DP ? 1 : delivery === PB ? 2 : delivery === COMMISSIONED ? 3 : 4;
    if (best === undefined || rank < best) best = rank;
  }
  return best;
}

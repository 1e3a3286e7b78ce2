// A fast path in front of the zod schema of the adult determination (issue 13): a straight-line check, written
// out field by field from AdultEligibilityInputSchema, that accepts exactly what the schema accepts, for input
// that is plain data (objects with Object.prototype or no prototype, true arrays). No closure per field and no
// walk of the schema's definition: a few small functions V8 inlines, with each enum and each strict object's
// fields as a Set (compact, for the browser page). The per-field closures it replaces took 35-40% of a
// determination; a determination now takes about a third of the time, of which this check is about 38%.
//
// When the check says yes, the input is used as it is: the schema transforms nothing, the determination never
// changes or keeps its input (the trace copies what it records), and every loop over an input object follows
// the law's order, not the input's key order. When it says no, or the input is not plain data, zod runs and
// decides: it builds the RulesError, or accepts what the fast path was too strict to (a class instance, a boxed
// value), so the public answer is always zod's. test/eligibility/fastCheck.test.ts proves on generated valid and
// invalid inputs that the check and zod agree; a change to the adult schema must be made here too (that test
// fails otherwise). The carer's check is compiled from its schema (carerFastCheck.ts).
//
// Like zod: every field of a shape is read (own or inherited, enumerable or not), and `for...in` finds the keys
// a strict object refuses; an optional field given as `undefined` counts as absent.
import type * as z from 'zod';
import { IsoDateSchema } from '../core/calendar.js';
import { ADULT_OUTCOMES, WELLBEING_AREAS } from './outcomes.js';
import type { AdultEligibilityInputSchema } from './schemas.js';

/** An object with Object.prototype or no prototype (not an array, not a class instance, not boxed). */
export function _plain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
}

// zod's own ISO date pattern (z.iso.date), read from the schema so the two can never differ.
const DATE = (IsoDateSchema._zod.def as unknown as { pattern: RegExp }).pattern;
// The last date accepted is remembered (a batch shares its asOf): a cache of a pure answer.
let lastDate: unknown = 0;
const isDate = (v: unknown): boolean => v === lastDate || (typeof v === 'string' && DATE.test(v) && ((lastDate = v), true));
const optBool = (v: unknown): boolean => v === undefined || v === true || v === false;

// The values of each enum and the fields of each strict object, as the schemas declare them.
const KINDS = new Set<unknown>(['physical-impairment', 'mental-impairment', 'physical-illness', 'mental-illness']);
const AREAS = new Set<unknown>(WELLBEING_AREAS);
const OUTCOMES = new Set<unknown>(ADULT_OUTCOMES);
const INPUT = new Set<unknown>(['asOf', 'caseRef', 'needsArisingFromImpairmentOrIllness', 'impairmentOrIllness', 'outcomes', 'fluctuating', 'wellbeing']);
const PERIOD = new Set<unknown>(['periodFrom', 'periodTo', 'observations']);
const OBSERVATION = new Set<unknown>(['date', 'outcomes']);
const WELLBEING = new Set<unknown>(['significantImpact', 'likelihood', 'areas']);

/** A plain object with no key but `fields` (a strict object's unknown keys). */
function strict(v: unknown, fields: ReadonlySet<unknown>): v is Record<string, unknown> {
  if (!_plain(v)) return false;
  for (const k in v) if (!fields.has(k)) return false;
  return true;
}

/** An array of values of an enum. */
function listOf(v: unknown, values: ReadonlySet<unknown>): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i += 1) if (!values.has(v[i])) return false;
  return true;
}

const isLimb = (v: unknown): boolean => v === 'unableWithoutAssistance' || v === 'significantPainDistressAnxiety' || v === 'endangersHealthOrSafety' || v === 'takesSignificantlyLonger';

/** AdultOutcomeAssessmentSchema, or AdultOutcomeObservationSchema (`observed`): the hot path, written out (its own loops, so each sees one kind of object). */
function outcome(o: unknown, observed: boolean): boolean {
  if (!_plain(o)) return false;
  for (const k in o) if (k !== 'unableToAchieve' && k !== 'needsPrompting' && (k !== 'metByCarer' || observed)) return false;
  const limbs = o.unableToAchieve;
  if (!Array.isArray(limbs)) return false;
  for (let i = 0; i < limbs.length; i += 1) if (!isLimb(limbs[i])) return false;
  return optBool(o.needsPrompting) && (observed || optBool(o.metByCarer));
}

/** perOutcome(ADULT_OUTCOMES, …): every field optional. */
function outcomes(v: unknown, observed: boolean): boolean {
  if (!_plain(v)) return false;
  for (const k in v) if (!OUTCOMES.has(k)) return false;
  for (let i = 0; i < ADULT_OUTCOMES.length; i += 1) {
    const o = v[ADULT_OUTCOMES[i]!];
    if (o !== undefined && !outcome(o, observed)) return false;
  }
  return true;
}

/** fluctuatingSchema(…): the period and at least one dated observation. */
function fluctuating(v: unknown): boolean {
  if (!strict(v, PERIOD) || !isDate(v.periodFrom) || !isDate(v.periodTo)) return false;
  const list = v.observations;
  if (!Array.isArray(list) || list.length < 1) return false;
  for (let i = 0; i < list.length; i += 1) {
    const o: unknown = list[i];
    if (!strict(o, OBSERVATION) || !isDate(o.date) || !outcomes(o.outcomes, true)) return false;
  }
  return true;
}

/** WellbeingJudgementSchema. */
function wellbeing(v: unknown): boolean {
  if (!strict(v, WELLBEING)) return false;
  const s = v.significantImpact;
  const l = v.likelihood;
  return (s === true || s === false) && (l === undefined || l === 'is' || l === 'is-likely') && listOf(v.areas, AREAS);
}

function adult(v: unknown): boolean {
  if (!strict(v, INPUT)) return false;
  const ref = v.caseRef;
  return (
    isDate(v.asOf) &&
    (ref === undefined || (typeof ref === 'string' && ref.length >= 1 && ref.length <= 100)) &&
    optBool(v.needsArisingFromImpairmentOrIllness) &&
    (v.impairmentOrIllness === undefined || listOf(v.impairmentOrIllness, KINDS)) &&
    (v.outcomes === undefined || outcomes(v.outcomes, false)) &&
    (v.fluctuating === undefined || fluctuating(v.fluctuating)) &&
    (v.wellbeing === undefined || wellbeing(v.wellbeing))
  );
}

/** True exactly when {@link AdultEligibilityInputSchema} accepts `v` (for plain data; false otherwise). */
export const _isAdultInput = adult as (v: unknown) => v is z.output<typeof AdultEligibilityInputSchema>;

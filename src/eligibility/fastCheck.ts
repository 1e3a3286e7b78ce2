// A fast path in front of the zod schemas of the two determinations: a plain check that accepts exactly what
// AdultEligibilityInputSchema / CarerEligibilityInputSchema accept, for input that is plain data (objects
// with Object.prototype or no prototype, true arrays). When it says yes, the input is used as it is: the
// schemas transform nothing, the determinations never change or keep their input (the trace copies what it
// records), and every loop over an input object follows the law's order, not the input's key order. When it
// says no, or the input is not plain data, zod runs and decides: it builds the RulesError, or accepts what the
// fast path was too strict to (a class instance, say), so the public answer is always zod's.
// test/eligibility/fastCheck.test.ts proves on generated valid and invalid inputs that the two agree.
import { IsoDateSchema } from '../core/calendar.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, WELLBEING_AREAS } from './outcomes.js';
import type { AdultEligibilityInputSchema } from './schemas.js';
import type * as z from 'zod';

// The schema's own pattern, so a date is well formed here exactly when zod says so.
const ISO_DATE: RegExp = (IsoDateSchema._zod.def as { pattern: RegExp }).pattern;

type Obj = Record<string, unknown>;
export const plain = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const p = Object.getPrototypeOf(v) as unknown;
  return p === Object.prototype || p === null;
};
export const isDate = (v: unknown): boolean => typeof v === 'string' && ISO_DATE.test(v);
export const optBool = (v: unknown): boolean => v === undefined || typeof v === 'boolean';
/** Every own key is one of `allowed` (a strictObject refuses any other). */
export const onlyKeys = (o: Obj, allowed: ReadonlySet<string>): boolean => {
  for (const k of Object.keys(o)) if (!allowed.has(k)) return false;
  return true;
};
const listOf = (v: unknown, allowed: ReadonlySet<string>): boolean => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i += 1) if (!allowed.has(v[i] as string)) return false;
  return true;
};

const WELLBEING_KEYS = new Set(['significantImpact', 'likelihood', 'areas']);
const AREAS = new Set<string>(WELLBEING_AREAS);
export function wellbeingOk(v: unknown): boolean {
  if (v === undefined) return true;
  if (!plain(v) || !onlyKeys(v, WELLBEING_KEYS)) return false;
  const l = v.likelihood;
  return typeof v.significantImpact === 'boolean' && (l === undefined || l === 'is' || l === 'is-likely') && listOf(v.areas, AREAS);
}

/** One recorded outcome: `{ unableToAchieve, needsPrompting?, metByCarer? }` with the keys the schema allows. */
function outcomeOk(v: unknown, keys: ReadonlySet<string>, limbs: ReadonlySet<string>): boolean {
  if (!plain(v) || !onlyKeys(v, keys)) return false;
  return listOf(v.unableToAchieve, limbs) && optBool(v.needsPrompting) && optBool(v.metByCarer);
}
export function outcomesOk(v: unknown, outcomes: ReadonlySet<string>, keys: ReadonlySet<string>, limbs: ReadonlySet<string>): boolean {
  if (!plain(v)) return false;
  for (const k of Object.keys(v)) {
    if (!outcomes.has(k)) return false;
    const r = v[k];
    if (r !== undefined && !outcomeOk(r, keys, limbs)) return false;
  }
  return true;
}

const FLUCT_KEYS = new Set(['periodFrom', 'periodTo', 'observations']);
const OBS_KEYS = new Set(['date', 'outcomes']);
export function fluctuatingOk(v: unknown, outcomes: ReadonlySet<string>, keys: ReadonlySet<string>, limbs: ReadonlySet<string>): boolean {
  if (v === undefined) return true;
  if (!plain(v) || !onlyKeys(v, FLUCT_KEYS) || !isDate(v.periodFrom) || !isDate(v.periodTo)) return false;
  const list = v.observations;
  if (!Array.isArray(list) || list.length < 1) return false;
  for (let i = 0; i < list.length; i += 1) {
    const o = list[i] as unknown;
    if (!plain(o) || !onlyKeys(o, OBS_KEYS) || !isDate(o.date) || !outcomesOk(o.outcomes, outcomes, keys, limbs)) return false;
  }
  return true;
}

export const caseRefOk = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.length >= 1 && v.length <= 100);

const ADULT_KEYS = new Set(['asOf', 'caseRef', 'needsArisingFromImpairmentOrIllness', 'impairmentOrIllness', 'outcomes', 'fluctuating', 'wellbeing']);
const ADULT_OUTCOME_SET = new Set<string>(ADULT_OUTCOMES);
const ADULT_LIMB_SET = new Set<string>(ADULT_UNABLE_LIMBS);
const ADULT_ASSESSMENT_KEYS = new Set(['unableToAchieve', 'needsPrompting', 'metByCarer']);
const ADULT_OBSERVATION_KEYS = new Set(['unableToAchieve', 'needsPrompting']);
const KINDS = new Set(['physical-impairment', 'mental-impairment', 'physical-illness', 'mental-illness']);

/** True exactly when {@link AdultEligibilityInputSchema} accepts `v` (for plain data; false otherwise). */
export function _isAdultInput(v: unknown): v is z.output<typeof AdultEligibilityInputSchema> {
  return (
    plain(v) &&
    onlyKeys(v, ADULT_KEYS) &&
    isDate(v.asOf) &&
    caseRefOk(v.caseRef) &&
    optBool(v.needsArisingFromImpairmentOrIllness) &&
    (v.impairmentOrIllness === undefined || listOf(v.impairmentOrIllness, KINDS)) &&
    (v.outcomes === undefined || outcomesOk(v.outcomes, ADULT_OUTCOME_SET, ADULT_ASSESSMENT_KEYS, ADULT_LIMB_SET)) &&
    fluctuatingOk(v.fluctuating, ADULT_OUTCOME_SET, ADULT_OBSERVATION_KEYS, ADULT_LIMB_SET) &&
    wellbeingOk(v.wellbeing)
  );
}

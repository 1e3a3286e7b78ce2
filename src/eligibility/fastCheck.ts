// A fast path in front of the zod schema of the adult determination (issue 13): a straight-line check, written
// out field by field from AdultEligibilityInputSchema, that accepts exactly what the schema accepts, for input
// that is plain data (objects with Object.prototype or no prototype, true arrays). No closure per field and no
// table walk: one function per object of the schema, so V8 inlines the whole check into a few compare chains.
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

const isLimb = (v: unknown): boolean =>
  v === 'unableWithoutAssistance' || v === 'significantPainDistressAnxiety' || v === 'endangersHealthOrSafety' || v === 'takesSignificantlyLonger';
const optBool = (v: unknown): boolean => v === undefined || v === true || v === false;

function limbs(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i += 1) if (!isLimb(v[i])) return false;
  return true;
}

/** AdultOutcomeAssessmentSchema (`withCarer`) or AdultOutcomeObservationSchema. */
function outcome(v: unknown, withCarer: boolean): boolean {
  if (!_plain(v)) return false;
  for (const k in v) if (k !== 'unableToAchieve' && k !== 'needsPrompting' && (k !== 'metByCarer' || !withCarer)) return false;
  return limbs(v.unableToAchieve) && optBool(v.needsPrompting) && (!withCarer || optBool(v.metByCarer));
}

/** perOutcome(ADULT_OUTCOMES, …): every field optional. */
function outcomes(v: unknown, withCarer: boolean): boolean {
  if (!_plain(v)) return false;
  for (const k in v) {
    switch (k) {
      case 'nutrition':
      case 'personalHygiene':
      case 'toiletNeeds':
      case 'appropriatelyClothed':
      case 'useHomeSafely':
      case 'habitableHome':
      case 'familyPersonalRelationships':
      case 'workTrainingEducationVolunteering':
      case 'communityFacilitiesServices':
      case 'caringResponsibilitiesForChild':
        continue;
      default:
        return false;
    }
  }
  const o = v;
  return (
    (o.nutrition === undefined || outcome(o.nutrition, withCarer)) &&
    (o.personalHygiene === undefined || outcome(o.personalHygiene, withCarer)) &&
    (o.toiletNeeds === undefined || outcome(o.toiletNeeds, withCarer)) &&
    (o.appropriatelyClothed === undefined || outcome(o.appropriatelyClothed, withCarer)) &&
    (o.useHomeSafely === undefined || outcome(o.useHomeSafely, withCarer)) &&
    (o.habitableHome === undefined || outcome(o.habitableHome, withCarer)) &&
    (o.familyPersonalRelationships === undefined || outcome(o.familyPersonalRelationships, withCarer)) &&
    (o.workTrainingEducationVolunteering === undefined || outcome(o.workTrainingEducationVolunteering, withCarer)) &&
    (o.communityFacilitiesServices === undefined || outcome(o.communityFacilitiesServices, withCarer)) &&
    (o.caringResponsibilitiesForChild === undefined || outcome(o.caringResponsibilitiesForChild, withCarer))
  );
}

const isKind = (v: unknown): boolean => v === 'physical-impairment' || v === 'mental-impairment' || v === 'physical-illness' || v === 'mental-illness';

function kinds(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i += 1) if (!isKind(v[i])) return false;
  return true;
}

/** fluctuatingSchema(…): the period and at least one dated observation. */
function fluctuating(v: unknown): boolean {
  if (v === undefined) return true;
  if (!_plain(v)) return false;
  for (const k in v) if (k !== 'periodFrom' && k !== 'periodTo' && k !== 'observations') return false;
  if (!isDate(v.periodFrom) || !isDate(v.periodTo)) return false;
  const list = v.observations;
  if (!Array.isArray(list) || list.length < 1) return false;
  for (let i = 0; i < list.length; i += 1) {
    const o: unknown = list[i];
    if (!_plain(o)) return false;
    for (const k in o) if (k !== 'date' && k !== 'outcomes') return false;
    if (!isDate(o.date) || !outcomes(o.outcomes, false)) return false;
  }
  return true;
}

const isArea = (v: unknown): boolean =>
  v === 'personalDignity' ||
  v === 'physicalMentalHealthEmotionalWellbeing' ||
  v === 'protectionFromAbuseNeglect' ||
  v === 'controlOverDayToDayLife' ||
  v === 'participationWorkEducationTrainingRecreation' ||
  v === 'socialEconomicWellbeing' ||
  v === 'domesticFamilyPersonalRelationships' ||
  v === 'suitabilityOfLivingAccommodation' ||
  v === 'contributionToSociety';

/** WellbeingJudgementSchema. */
function wellbeing(v: unknown): boolean {
  if (v === undefined) return true;
  if (!_plain(v)) return false;
  for (const k in v) if (k !== 'significantImpact' && k !== 'likelihood' && k !== 'areas') return false;
  const s = v.significantImpact;
  const l = v.likelihood;
  if ((s !== true && s !== false) || (l !== undefined && l !== 'is' && l !== 'is-likely')) return false;
  const areas = v.areas;
  if (!Array.isArray(areas)) return false;
  for (let i = 0; i < areas.length; i += 1) if (!isArea(areas[i])) return false;
  return true;
}

function adult(v: unknown): boolean {
  if (!_plain(v)) return false;
  for (const k in v) {
    switch (k) {
      case 'asOf':
      case 'caseRef':
      case 'needsArisingFromImpairmentOrIllness':
      case 'impairmentOrIllness':
      case 'outcomes':
      case 'fluctuating':
      case 'wellbeing':
        continue;
      default:
        return false;
    }
  }
  const ref = v.caseRef;
  return (
    isDate(v.asOf) &&
    (ref === undefined || (typeof ref === 'string' && ref.length >= 1 && ref.length <= 100)) &&
    optBool(v.needsArisingFromImpairmentOrIllness) &&
    kinds(v.impairmentOrIllness) &&
    (v.outcomes === undefined || outcomes(v.outcomes, true)) &&
    fluctuating(v.fluctuating) &&
    wellbeing(v.wellbeing)
  );
}

/** True exactly when {@link AdultEligibilityInputSchema} accepts `v` (for plain data; false otherwise). */
export const _isAdultInput = adult as (v: unknown) => v is z.output<typeof AdultEligibilityInputSchema>;

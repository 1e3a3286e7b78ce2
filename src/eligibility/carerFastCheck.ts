// The fast check of the carer's input (see fastCheck.ts): accepts exactly what CarerEligibilityInputSchema accepts,
// for plain data. Apart from the adult's, so that a page that only determines adults' eligibility does not carry it.
import type * as z from 'zod';
import type { CarerEligibilityInputSchema } from './carerSchemas.js';
import { caseRefOk, fluctuatingOk, isDate, onlyKeys, optBool, outcomesOk, plain, wellbeingOk } from './fastCheck.js';
import { CARER_OUTCOMES, CARER_UNABLE_LIMBS } from './outcomes.js';

const CARER_KEYS = new Set(['asOf', 'caseRef', 'needsArisingFromNecessaryCare', 'healthAtRisk', 'outcomes', 'fluctuating', 'wellbeing']);
const CARER_OUTCOME_SET = new Set<string>(CARER_OUTCOMES);
const CARER_LIMB_SET = new Set<string>(CARER_UNABLE_LIMBS);
const CARER_ASSESSMENT_KEYS = new Set(['unableToAchieve', 'needsPrompting']);

/** True exactly when {@link CarerEligibilityInputSchema} accepts `v` (for plain data; false otherwise). */
export function _isCarerInput(v: unknown): v is z.output<typeof CarerEligibilityInputSchema> {
  return (
    plain(v) &&
    onlyKeys(v, CARER_KEYS) &&
    isDate(v.asOf) &&
    caseRefOk(v.caseRef) &&
    optBool(v.needsArisingFromNecessaryCare) &&
    optBool(v.healthAtRisk) &&
    (v.outcomes === undefined || outcomesOk(v.outcomes, CARER_OUTCOME_SET, CARER_ASSESSMENT_KEYS, CARER_LIMB_SET)) &&
    fluctuatingOk(v.fluctuating, CARER_OUTCOME_SET, CARER_ASSESSMENT_KEYS, CARER_LIMB_SET) &&
    wellbeingOk(v.wellbeing)
  );
}

// The words of the eligibility inputs for forms and APIs: every field's title and description (with its
// citation), the labels of every closed list, the ids of the shared parts, and the rules the functions enforce
// after parsing that JSON Schema can still express (docs/schemas.md lists the ones it cannot). Kept apart from
// the validating schemas: only jsonSchema.ts (and the CLI's schema command) import this file, so a page that
// only determines eligibility carries none of it.
//
// The labels come from the area's own tables (outcomes.ts, dutyLogic.ts); the few lists without a table
// (statuses, charge, kinds of impairment) get theirs here, once.
import type * as z from 'zod';
import { schemaDocs, type SchemaDocs } from '../core/jsonSchema.js';
import { _startOf } from '../core/rulePack.js';
import { CarerEligibilityInputSchema, CarerOutcomeAssessmentSchema } from './carerSchemas.js';
import { RES_TEXT } from './dutyLogic.js';
import { AdultDutyInputSchema, CarerDutyInputSchema, ChargeSchema, DutyInputSchema, FinancialAssessmentSchema, ResidenceSchema } from './dutySchemas.js';
import {
  ADULT_LIMB_TEXT,
  ADULT_OUTCOME_TEXT,
  ADULT_OUTCOMES,
  CARER_LIMB_TEXT,
  CARER_OUTCOME_TEXT,
  CARER_OUTCOMES,
  PROMPTING_CITATION,
  WELLBEING_AREA_TEXT,
  type StatutoryItem,
} from './outcomes.js';
import { eligibilityPack, eligibilitySpec } from './pack.js';
import { WellbeingJudgementSchema } from './schemaParts.js';
import { AdultEligibilityInputSchema, AdultOutcomeAssessmentSchema, AdultOutcomeObservationSchema } from './schemas.js';
import { WrittenRecordInputSchema } from './writtenRecord.js';

type Meta = Record<string, unknown>;

const docs = schemaDocs();
const add = (schema: z.ZodType, title: string, description: string, more: Meta = {}): void => {
  docs.add(schema, { title, description, ...more });
};

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** The labels of a statutory list: its wording, capitalised ("Managing and maintaining nutrition"). */
const labelsOf = (table: Readonly<Record<string, StatutoryItem>>): Record<string, string> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [k, cap(v.text.replace(/^is /, ''))]));

// The first day the default pack's rules are all in force (SI 2015/313 came into force on 2015-04-01): a date
// of decision before it is refused by the functions (no_value_in_force), and by the JSON Schema as formatMinimum.
const FIRST = _startOf(eligibilityPack)!;
const addDate = (schema: z.ZodType, title: string, what: string): void =>
  add(schema, title, `${what} Must be on or after ${FIRST.validFrom}, when ${FIRST.citation} came into force.`, { formatMinimum: FIRST.validFrom });

// Lists without a label table elsewhere in the area.
const STATUS_LABELS = { eligible: 'Eligible', 'not-eligible': 'Not eligible', undetermined: 'Undetermined (not yet decided)' };
const CHARGE_LABELS = { 'no-charge': 'No charge for meeting the needs (s.18(6))', chargeable: 'The council charges under s.14' };
const IMPAIRMENT_LABELS = { 'physical-impairment': 'Physical impairment', 'mental-impairment': 'Mental impairment', 'physical-illness': 'Physical illness', 'mental-illness': 'Mental illness' };
const CONDITION_OUTCOME_LABELS = { met: 'Met', 'not-met': 'Not met', unknown: 'Not decided' };

const CASE_REF = "The council's own case reference (1 to 100 characters), copied to the result and the written record.";
const PROMPTING = `The person needs prompting or reminding: statutory guidance counts this as being unable without assistance, limb (a). Source: ${PROMPTING_CITATION}.`;
const NOT_ASSESSED = 'Leave out when not assessed: the result then lists it as missing ("not assessed", never "able").';

// ---- Shared by the adult's and the carer's determinations -------------------------------------------------

// A significant impact names at least one area (wellbeing.ts, code too_small at wellbeing.areas).
add(WellbeingJudgementSchema, 'Impact on well-being', "Condition (c): the practitioner's judgement of the impact on well-being and the Care Act 2014 s.1(2) areas it affects.", {
  if: { properties: { significantImpact: { const: true } }, required: ['significantImpact'] },
  then: { properties: { areas: { type: 'array', minItems: 1 } } },
});
add(
  WellbeingJudgementSchema.shape.significantImpact,
  'Significant impact on well-being',
  'The practitioner judges that there is, or is likely to be, a significant impact on well-being ("significant" in its everyday meaning).',
);
add(WellbeingJudgementSchema.shape.likelihood, 'Is, or is likely to be', 'Whether the significant impact already is, or is likely to be (optional).');
docs.add(WellbeingJudgementSchema.shape.likelihood.unwrap(), { labels: { is: 'There is a significant impact', 'is-likely': 'There is likely to be a significant impact' } });
add(WellbeingJudgementSchema.shape.areas, 'Areas of well-being affected', 'The Care Act 2014 s.1(2) areas of well-being affected. A significant impact must name at least one.');
add(WellbeingJudgementSchema.shape.areas.element, 'Area of well-being', 'One area of well-being of Care Act 2014 s.1(2)(a)-(i).', { labels: labelsOf(WELLBEING_AREA_TEXT) });

/** Each outcome key of a per-outcome object, titled by the outcome's statutory wording. */
function outcomeFields(shape: Readonly<Record<string, z.ZodType>>, table: Readonly<Record<string, StatutoryItem>>, note: string): void {
  for (const [key, item] of Object.entries(table)) add(shape[key]!, cap(item.text), `${item.citation}: ${item.text}. ${note}`);
}

// An outcome is given as an assessment or as fluctuating observations, not both (unableToAchieve.ts, code
// inconsistent_input at outcomes.<outcome>): for each outcome, present under `outcomes` => absent from every observation.
const givenOnce = (outcomes: readonly string[]): Meta[] =>
  outcomes.map((o) => ({
    if: { properties: { outcomes: { type: 'object', required: [o] } }, required: ['outcomes'] },
    then: {
      properties: {
        fluctuating: {
          type: 'object',
          properties: { observations: { type: 'array', items: { type: 'object', properties: { outcomes: { type: 'object', not: { type: 'object', required: [o] } } } } } },
        },
      },
    },
  }));

/** The fields of a determination's input both kinds share: date, reference, outcomes, fluctuation, well-being. */
function determinationFields(
  schema: typeof AdultEligibilityInputSchema | typeof CarerEligibilityInputSchema,
  who: 'adult' | 'carer',
  table: Readonly<Record<string, StatutoryItem>>,
): void {
  const reg = who === 'adult' ? 'reg 2' : 'reg 3';
  const s = schema.shape;
  addDate(s.asOf, 'Date of the determination', 'The date of the determination: the rules in force that day apply.');
  add(s.caseRef, 'Case reference', CASE_REF);
  add(
    s.outcomes,
    who === 'adult' ? 'Outcomes (reg 2(2))' : 'Outcomes (reg 3(2)(b))',
    `The ${who === 'adult' ? 'ten outcomes of SI 2015/313 reg 2(2)' : 'eight outcomes of SI 2015/313 reg 3(2)(b)'}, each as assessed. An outcome left out is "not assessed".`,
  );
  outcomeFields(s.outcomes.unwrap().shape, table, NOT_ASSESSED);
  const f = s.fluctuating.unwrap().shape;
  add(
    s.fluctuating,
    'Fluctuating needs',
    `SI 2015/313 ${reg}(4): where the level of need fluctuates, dated observations over the period the council considered necessary to establish it. How they are combined is the pack's local policy (fluctuatingAggregation).`,
  );
  add(f.periodFrom, 'First day of the period', `The first day of the period the council considered necessary to establish the level of need (SI 2015/313 ${reg}(4)).`);
  add(f.periodTo, 'Last day of the period', 'The last day of that period (inclusive): not before periodFrom, and not after asOf.');
  add(f.observations, 'Observations', 'Dated observations over the period: at least one, one per day, each inside the period.');
  const observation = f.observations.element;
  add(observation, 'Observation', 'What was observed on one day.');
  add(observation.shape.date, 'Day observed', 'The day observed: inside the period periodFrom..periodTo, one observation per day.');
  add(
    observation.shape.outcomes,
    'Outcomes observed that day',
    'The outcomes observed that day; an outcome left out was not observed that day. An outcome is given either here or under outcomes, not both.',
  );
  outcomeFields(observation.shape.outcomes.shape, table, 'Leave out when not observed that day.');
  add(
    s.wellbeing,
    'Impact on well-being',
    `Condition (c), SI 2015/313 ${reg}(1)(c): whether there is, or is likely to be, a significant impact on the ${who}'s well-being, with the Care Act 2014 s.1(2) areas it affects. Leave out when not yet judged.`,
  );
}

// ---- determineAdultEligibility -----------------------------------------------------------------------------

const ADULT_LIMBS = `The limbs of SI 2015/313 reg 2(3) that apply: ${Object.values(ADULT_LIMB_TEXT)
  .map((l) => `${l.citation.slice(-3)} ${l.text.replace(/^is /, '')}`)
  .join('; ')}. An empty list records that the adult is able to achieve the outcome.`;

add(
  AdultEligibilityInputSchema,
  'Adult eligibility determination',
  "An adult's needs assessment mapped onto the eligibility criteria of SI 2015/313 reg 2, for determineAdultEligibility (Care Act 2014 s.13(1)). Leave out what is not yet known: the result lists it as missing.",
  { id: 'AdultEligibilityInput', allOf: givenOnce(ADULT_OUTCOMES) },
);
determinationFields(AdultEligibilityInputSchema, 'adult', ADULT_OUTCOME_TEXT);
add(
  AdultEligibilityInputSchema.shape.needsArisingFromImpairmentOrIllness,
  'Needs arise from an impairment or illness',
  'Condition (a), SI 2015/313 reg 2(1)(a): the needs arise from or are related to a physical or mental impairment or illness. Leave out when not yet decided.',
);
add(
  AdultEligibilityInputSchema.shape.impairmentOrIllness,
  'Kinds of impairment or illness',
  'Which kinds of impairment or illness the needs arise from (recorded; no diagnosis is required).',
);
add(AdultEligibilityInputSchema.shape.impairmentOrIllness.unwrap().element, 'Kind of impairment or illness', 'Physical or mental, impairment or illness (SI 2015/313 reg 2(1)(a)).', {
  labels: IMPAIRMENT_LABELS,
});

add(AdultOutcomeAssessmentSchema, 'Assessment of an outcome', 'Whether, and how, the adult is unable to achieve this outcome (SI 2015/313 reg 2(2), 2(3)).', { id: 'AdultOutcomeAssessment' });
add(AdultOutcomeAssessmentSchema.shape.unableToAchieve, 'Unable to achieve it because', ADULT_LIMBS);
add(AdultOutcomeAssessmentSchema.shape.unableToAchieve.element, 'Limb of reg 2(3)', 'One of the four ways an adult is to be regarded as unable to achieve an outcome (SI 2015/313 reg 2(3)(a)-(d)).', {
  id: 'AdultUnableLimb',
  labels: labelsOf(ADULT_LIMB_TEXT),
});
add(AdultOutcomeAssessmentSchema.shape.needsPrompting, 'Needs prompting', PROMPTING);
add(
  AdultOutcomeAssessmentSchema.shape.metByCarer,
  'A carer meets this need',
  'A carer currently meets this need. Recorded for the duty (Care Act 2014 s.18(7)); it never changes eligibility.',
);
add(AdultOutcomeObservationSchema, 'Outcome observed', 'Whether, and how, the adult was unable to achieve this outcome on the day observed (SI 2015/313 reg 2(3), 2(4)).', {
  id: 'AdultOutcomeObservation',
});
add(AdultOutcomeObservationSchema.shape.unableToAchieve, 'Unable to achieve it because', ADULT_LIMBS);
add(AdultOutcomeObservationSchema.shape.needsPrompting, 'Needs prompting', PROMPTING);

// ---- determineCarerEligibility -----------------------------------------------------------------------------

add(
  CarerEligibilityInputSchema,
  'Carer eligibility determination',
  "A carer's assessment mapped onto the eligibility criteria of SI 2015/313 reg 3, for determineCarerEligibility (Care Act 2014 s.13(1)). Leave out what is not yet known: the result lists it as missing.",
  { id: 'CarerEligibilityInput', allOf: givenOnce(CARER_OUTCOMES) },
);
determinationFields(CarerEligibilityInputSchema, 'carer', CARER_OUTCOME_TEXT);
add(
  CarerEligibilityInputSchema.shape.needsArisingFromNecessaryCare,
  'Needs arise from providing necessary care',
  'Condition (a), SI 2015/313 reg 3(1)(a): the needs arise as a consequence of providing necessary care for an adult. Leave out when not yet decided.',
);
add(CarerEligibilityInputSchema.shape.healthAtRisk, "Carer's health at risk", "SI 2015/313 reg 3(2)(a): the carer's physical or mental health is, or is at risk of, deteriorating.");
add(CarerOutcomeAssessmentSchema, 'Assessment of an outcome', 'Whether, and how, the carer is unable to achieve this outcome (SI 2015/313 reg 3(2)(b), 3(3)).', { id: 'CarerOutcomeAssessment' });
add(
  CarerOutcomeAssessmentSchema.shape.unableToAchieve,
  'Unable to achieve it because',
  `The limbs of SI 2015/313 reg 3(3) that apply: ${Object.values(CARER_LIMB_TEXT)
    .map((l) => `${l.citation.slice(-3)} ${l.text.replace(/^is /, '')}`)
    .join('; ')}. An empty list records that the carer is able to achieve the outcome. A carer has no "takes significantly longer" limb.`,
);
add(CarerOutcomeAssessmentSchema.shape.unableToAchieve.element, 'Limb of reg 3(3)', 'One of the three ways a carer is to be regarded as unable to achieve an outcome (SI 2015/313 reg 3(3)(a)-(c)).', {
  labels: labelsOf(CARER_LIMB_TEXT),
});
add(CarerOutcomeAssessmentSchema.shape.needsPrompting, 'Needs prompting', PROMPTING);

// ---- assessDutyToMeetNeeds ---------------------------------------------------------------------------------

add(ResidenceSchema, 'Residence', "Where the person lives, for the duty and powers to meet needs (Care Act 2014 s.18(1)(a), s.19, s.20(1)(a)).", {
  id: 'EligibilityResidence',
  labels: Object.fromEntries(Object.entries(RES_TEXT).map(([k, v]) => [k, cap(v.replace(/^is /, ''))])),
});
add(ChargeSchema, 'Charge', 'Whether the council charges under Care Act 2014 s.14 for meeting the needs: no-charge when it may not or decides not to (s.18(6)).', {
  id: 'EligibilityCharge',
  labels: CHARGE_LABELS,
});
add(FinancialAssessmentSchema, 'Financial assessment', 'The outcome of a financial assessment: the assessed capital, or that the person declined one.', {
  id: 'EligibilityFinancialAssessment',
});
const [assessed, declined] = FinancialAssessmentSchema.options;
add(assessed, 'Capital assessed', 'The financial assessment was made.');
// Not negative (duty.ts, code too_small at …financialAssessment.capital): a decimal string with no minus sign,
// or a number from 0. The string pattern is the decimal pattern of DecimalStringSchema without its minus sign.
add(assessed.shape.capital, 'Assessed capital', 'Assessed capital in pounds, e.g. "18500.00": a decimal string (exact, preferred) or a number, not negative.', {
  anyOf: [
    { type: 'string', pattern: '^(0|[1-9]\\d*)(\\.\\d+)?$' },
    { type: 'number', minimum: 0 },
  ],
});
add(declined, 'Assessment declined', 'The person declined a financial assessment.');
add(declined.shape.declined, 'Declined', 'The person declined a financial assessment (treated as resources above the upper capital limit).');

/**
 * The determination as the duty reads it, with the rules duty.ts checks after the schema (code
 * inconsistent_input at determination.eligibleOutcomes): an eligible adult names two or more different outcomes
 * (SI 2015/313 reg 2(1)(b)); a determination that is not `eligible` names none.
 */
function dutyDetermination(field: typeof AdultDutyInputSchema.shape.determination | typeof CarerDutyInputSchema.shape.determination, who: 'adult' | 'carer', entry: string): void {
  const d = field.unwrap();
  const outcomes: readonly string[] = who === 'adult' ? ADULT_OUTCOMES : CARER_OUTCOMES;
  add(field, 'Eligibility determination', `The s.13(1) determination${who === 'carer' ? " on the carer's assessment" : ''}: the result of ${entry} as returned, or its status and eligibleOutcomes. Leave out when none has been made yet.`);
  add(d, 'Eligibility determination', `The status and eligible needs of the determination (other fields of the result of ${entry} are allowed and ignored).`, {
    if: { properties: { status: { const: 'eligible' } }, required: ['status'] },
    // Two or more different outcomes: at least two, and not all the same one.
    ...(who === 'adult' ? { then: { properties: { eligibleOutcomes: { type: 'array', minItems: 2, not: { anyOf: outcomes.map((o) => ({ type: 'array', items: { const: o } })) } } } } } : {}),
    else: { properties: { eligibleOutcomes: { type: 'array', maxItems: 0 } } },
  });
  add(d.shape.person, 'Person', `"${who}" when the object is the result of ${entry} as returned.`);
  add(d.shape.status, 'Status', 'The status of the determination (undetermined: not yet made).', { labels: STATUS_LABELS });
  add(
    d.shape.eligibleOutcomes,
    'Eligible needs',
    `The eligible needs: eligibleOutcomes of the result of ${entry}. ${who === 'adult' ? 'An eligible adult has two or more different ones (SI 2015/313 reg 2(1)(b)); ' : ''}a determination that is not eligible has none.`,
  );
  add(d.shape.eligibleOutcomes.element, 'Outcome', `One outcome of SI 2015/313 ${who === 'adult' ? 'reg 2(2)' : 'reg 3(2)(b)'}.`, {
    labels: labelsOf(who === 'adult' ? ADULT_OUTCOME_TEXT : CARER_OUTCOME_TEXT),
  });
}

add(DutyInputSchema, 'Duty to meet needs', "An adult's or a carer's case for assessDutyToMeetNeeds (Care Act 2014 s.18-20), told apart by person.", { id: 'DutyToMeetNeedsInput' });

const ad = AdultDutyInputSchema.shape;
add(AdultDutyInputSchema, "An adult's case", 'Whether the council must or may meet an adult\'s needs (Care Act 2014 s.18, s.19).');
addDate(ad.asOf, 'Date considered', 'The date the duty is considered: the financial limits in force that day apply.');
add(ad.person, 'Person', '"adult" for an adult\'s needs (s.18, s.19).');
add(ad.needsAppearUrgent, 'Needs appear urgent', 's.19(3): the needs appear to the council to be urgent.');
dutyDetermination(ad.determination, 'adult', 'determineAdultEligibility');
add(ad.residence, "Adult's residence", 's.18(1)(a), s.19(2): where the adult lives.');
add(ad.notifiedAuthorityOfResidence, 'Authority of residence notified', 's.19(2): the council has notified the authority where the adult is ordinarily resident.');
add(ad.charge, 'Charge', 's.18(1)(c), s.18(6): whether the council charges under s.14 for meeting the needs.');
add(ad.careHomeAccommodation, 'Care home accommodation', 'The needs are to be met by accommodation in a care home (condition 2 of s.18(3) is then not available).');
add(ad.financialAssessment, "Adult's financial assessment", "The adult's financial assessment (s.18(2)-(3)).");
add(ad.asksAuthorityToMeetNeeds, 'Asks the council to meet the needs', 's.18(3)(b): the adult asks the council to meet the needs.');
add(ad.lacksCapacityToArrange, 'Lacks capacity to arrange care', 's.18(4)(a): the adult lacks capacity to arrange care and support.');
add(
  ad.someoneAuthorisedOrAbleToArrange,
  'Someone can arrange it',
  's.18(4)(b): a person authorised under the Mental Capacity Act 2005, or otherwise in a position, can arrange it for the adult.',
);
add(ad.needsMetByCarer, 'Needs a carer is meeting', 'Eligible needs a carer is currently meeting (excluded from the s.18 duty, s.18(7)). Give [] when none.');
add(ad.needsMetByCarer.unwrap().element, 'Outcome', 'One outcome of SI 2015/313 reg 2(2).', { labels: labelsOf(ADULT_OUTCOME_TEXT) });

const cd = CarerDutyInputSchema.shape;
add(CarerDutyInputSchema, "A carer's case", "Whether the council must or may meet a carer's needs (Care Act 2014 s.20).");
addDate(cd.asOf, 'Date considered', 'The date the duty is considered: the financial limits in force that day apply.');
add(cd.person, 'Person', '"carer" for a carer\'s needs (s.20).');
dutyDetermination(cd.determination, 'carer', 'determineCarerEligibility');
add(cd.adultNeedingCareResidence, 'Residence of the adult needing care', 's.20(1)(a): where the adult needing care lives.');
const support = cd.supportToCarer.unwrap().shape;
add(cd.supportToCarer, 'Support to the carer', 'Give when meeting the needs involves support to the carer (s.20(1)(b)).');
add(support.charge, 'Charge', 's.20(1)(b): whether the council charges under s.14 for the support to the carer.');
add(support.financialAssessment, "Carer's financial assessment", "The carer's financial assessment (conditions 1 and 2, s.20(2)-(3)).");
add(support.carerAsks, 'Carer asks', 'Condition 2, s.20(3): the carer asks the council to meet the needs.');
const care = cd.careToAdultNeedingCare.unwrap().shape;
add(cd.careToAdultNeedingCare, 'Care to the adult needing care', 'Give when meeting the needs involves care and support to the adult needing care (s.20(1)(c)).');
add(care.charge, 'Charge', 's.20(1)(c): whether the council charges under s.14 for the care and support to the adult needing care.');
add(care.careHomeAccommodation, 'Care home accommodation', 'The care and support to the adult needing care is accommodation in a care home.');
add(care.financialAssessment, "Financial assessment of the adult needing care", "The adult needing care's financial assessment (conditions 3 and 4, s.20(4)-(5)).");
add(care.adultAgrees, 'Adult agrees', 'The adult needing care agrees to the needs being met in that way.');
add(care.adultAsks, 'Adult asks', 'Condition 4, s.20(5): the adult needing care asks the council to meet the needs in that way.');

// ---- writtenRecord -----------------------------------------------------------------------------------------

const r = WrittenRecordInputSchema.shape;
// writtenRecord refuses an undetermined determination (code not_determined) and one whose status disagrees
// with its conditions or lists them out of order (code inconsistent_input at status): both said here.
add(
  WrittenRecordInputSchema,
  'Determination for the written record',
  'A result of determineAdultEligibility or determineCarerEligibility (or the same data stored as JSON and read back), for writtenRecord (Care Act 2014 s.13(2)). Other fields, such as the trace, are allowed and ignored.',
  {
    id: 'WrittenRecordInput',
    if: { properties: { status: { const: 'eligible' } }, required: ['status'] },
    then: { properties: { conditions: { type: 'array', items: { type: 'object', properties: { outcome: { const: 'met' } } } } } },
    else: { properties: { conditions: { type: 'array', contains: { type: 'object', properties: { outcome: { const: 'not-met' } }, required: ['outcome'] } } } },
  },
);
add(r.person, 'Adult or carer', 'Whose determination it is.', { labels: { adult: 'Adult (SI 2015/313 reg 2)', carer: 'Carer (SI 2015/313 reg 3)' } });
add(r.status, 'Status', 'The decision: eligible or not eligible. An undetermined determination has no written record yet (complete what it lists as missing and determine again).', {
  enum: ['eligible', 'not-eligible'],
  labels: STATUS_LABELS,
});
addDate(r.asOf, 'Date of the determination', 'The date of the determination; the s.13(5) advice in force that day is given.');
add(r.caseRef, 'Case reference', CASE_REF);
add(r.conditions, 'Conditions', 'Conditions (a), (b) and (c) of SI 2015/313 reg 2(1) or 3(1), in that order: all met when eligible, at least one not met when not eligible.', {
  // In an allOf: beside `items` in the same object, prefixItems would take the first three items from `items`.
  allOf: [
    {
      type: 'array',
      minItems: 3,
      maxItems: 3,
      prefixItems: (['a', 'b', 'c'] as const).map((c, i) => ({
        type: 'object',
        properties: { condition: { const: c, title: `Condition (${c})`, description: `Item ${i + 1} is condition (${c}).` } },
      })),
    },
  ],
});
const condition = r.conditions.element.shape;
add(condition.condition, 'Condition', 'The letter of the condition.', { labels: { a: 'Condition (a)', b: 'Condition (b)', c: 'Condition (c)' } });
add(condition.citation, 'Citation', 'The paragraph of the regulations, e.g. "SI 2015/313 reg 2(1)(a)".');
add(condition.outcome, 'Finding', 'Whether the condition is met.', { labels: CONDITION_OUTCOME_LABELS });
add(condition.because, 'Reason', 'The reason, in plain English.');
add(condition.missing, 'Missing inputs', 'The input paths still to complete for this condition.');
add(r.outcomes, 'Outcomes', 'The finding on each outcome, in the order of the regulations.');
const outcome = r.outcomes.element.shape;
add(outcome.outcome, 'Outcome', 'The outcome id, e.g. "nutrition".');
add(outcome.citation, 'Citation', 'The outcome\'s paragraph, e.g. "SI 2015/313 reg 2(2)(a)".');
add(outcome.text, 'Wording', 'The statutory wording of the outcome.');
add(outcome.status, 'Finding', 'Whether the person is unable to achieve the outcome.', { labels: { unable: 'Unable to achieve', able: 'Able to achieve', 'not-assessed': 'Not assessed' } });
add(outcome.limbs, 'Limbs', 'The limbs of reg 2(3) or 3(3) that apply.');
const limb = outcome.limbs.element.shape;
add(limb.limb, 'Limb', 'The limb id, e.g. "unableWithoutAssistance".');
add(limb.citation, 'Citation', 'The limb\'s paragraph, e.g. "SI 2015/313 reg 2(3)(a)".');
add(r.healthAtRisk, "Carer's health at risk", "A carer's reg 3(2)(a) circumstance, as given to the determination.");
add(r.wellbeingAreas, 'Areas of well-being', 'The Care Act 2014 s.1(2) areas of well-being the determination names.');
add(r.wellbeingAreas.element, 'Area of well-being', 'One area of well-being of Care Act 2014 s.1(2)(a)-(i).', { labels: labelsOf(WELLBEING_AREA_TEXT) });
const fl = r.fluctuation.unwrap().shape;
add(r.fluctuation, 'Fluctuating needs', 'The period over which fluctuating needs were observed (SI 2015/313 reg 2(4), 3(4)), when there was one.');
add(fl.periodFrom, 'First day of the period', 'The first day of the period considered.');
add(fl.periodTo, 'Last day of the period', 'The last day of the period considered (inclusive).');
add(fl.days, 'Days', 'The number of days of the period.');
add(r.missing, 'Missing inputs', 'The input paths still to complete (empty once decided).');
const pk = r.pack.shape;
add(r.pack, 'Rule pack', 'The rule pack the determination used.');
add(pk.id, 'Pack id', 'The id of the pack.');
add(pk.version, 'Pack version', 'The version of the pack.');

// ---- The values of the eligibility pack (eligibilitySpec), described here rather than in pack.ts ---------------

const capital = eligibilitySpec.capitalLimits.schema.shape;
docs.add(capital.upper, { description: 'Upper capital limit (£): the s.18(2) financial limit.' });
docs.add(capital.lower, { description: 'Lower capital limit (£): below it capital is ignored in the charge.' });
const aggregation = eligibilitySpec.fluctuatingAggregation.schema.shape;
docs.add(aggregation.method, {
  description: 'any-observation: unable on any observed day counts; share-of-observations: unable on at least minimumShare of the observed days.',
});
docs.add(aggregation.minimumShare, { description: 'For share-of-observations: the share of observed days (0-1) on which the outcome must be unable.' });
docs.add(aggregation.minimumObservations, { description: 'Fewer observations of an outcome than this leave it undetermined.' });
const advice = eligibilitySpec.adviceAndInformation.schema.shape;
docs.add(advice.meetingOrReducingNeeds, { description: 's.13(5)(a): what can be done to meet or reduce the needs.' });
docs.add(advice.preventingOrDelayingNeeds, { description: 's.13(5)(b): what can be done to prevent or delay needs in future.' });

/**
 * The titles, descriptions, labels, ids and JSON-Schema-only rules of every eligibility input (see
 * `docs/schemas.md`), for {@link adult-social-care-rules!toJsonSchema}: {@link eligibilityJsonSchema} and
 * `asc-rules schema eligibility-<name>` pass it.
 */
export const eligibilitySchemaDocs: SchemaDocs = docs;

import * as z from 'zod';
import { ROUNDING_MODES } from '../core/decimal.js';
import { defineRulePack, type RulePack } from '../core/rulePack.js';
import { AscofMeasureListSchema, SuppressionRuleSchema, type AscofMeasureDefinition } from './registry/definition.js';
import { FRAMEWORK_2014 } from './registry/framework2014.js';
import { FRAMEWORK_2023, FRAMEWORK_2024 } from './registry/frameworkRefreshed.js';
import { C2 } from './registry/shared.js';

const AnswerCode = z.number().int().min(1).max(9);

/** One proportion measure's answer mapping: which answers count in the numerator, which only in the denominator. */
const ProportionMappingSchema = z.strictObject({
  item: z.string().min(1),
  numerator: z.array(AnswerCode).min(1),
  denominatorOnly: z.array(AnswerCode),
});

const ItemScoresSchema = z.strictObject({
  items: z.array(z.string().min(1)).min(1),
  pointsByAnswer: z.array(z.number().int().min(0)).min(2),
});

const AdjustedScrqolSchema = z.strictObject({
  preferenceWeights: z.record(z.string(), z.array(z.string()).length(4)),
  scale: z.string(),
  constant: z.string(),
  health: z.strictObject({ item: z.string(), byAnswer: z.array(z.string()) }),
  q17: z.strictObject({ item: z.string(), byAnswer: z.array(z.string()) }),
  q18: z.strictObject({ item: z.string(), byAnswer: z.array(z.string()) }),
  olderAgeFrom: z.number().int(),
  olderAgeTerm: z.string(),
  assistance: z.strictObject({ items: z.array(z.string()), constant: z.string(), perStep: z.string() }),
});

const RoundingSchema = z.strictObject({ places: z.number().int().min(0).max(6), mode: z.enum(ROUNDING_MODES as unknown as ['half-away-from-zero', 'half-even', 'down', 'up']) });

/**
 * The parameters of the ascof area. National ASCOF definitions and survey scoring are `law` (published
 * definitions a council cannot change); the local KPIs and benchmarking choices are `policy`.
 */
export const ascofSpec = {
  measureDefinitions: {
    kind: 'law',
    schema: AscofMeasureListSchema,
    description: 'The ASCOF measures of the framework in force: codes, titles, units, polarity, sources, disaggregations, rounding, suppression and lineage.',
  },
  scrqolItems: {
    kind: 'law',
    schema: ItemScoresSchema,
    description: 'ASCS items of SCRQoL (1A) and the points of answer codes 1, 2, 3, 4 (32 minus the sum of codes).',
  },
  adjustedScrqol: {
    kind: 'law',
    schema: AdjustedScrqolSchema,
    description: 'Preference weights and adjustment terms of the adjusted SCRQoL (old 1J).',
  },
  adjustedScrqolExclusions: {
    kind: 'law',
    schema: z.strictObject({
      primarySupportReasons: z.array(z.enum(['physical', 'sensory', 'memory-and-cognition', 'learning-disability', 'mental-health', 'social'])),
      supportSettings: z.array(z.enum(['community', 'residential', 'nursing'])),
    }),
    description: 'Respondents left out of the adjusted SCRQoL (old 1J, new 1C): the primary support reasons and support settings whose people are not asked, or not scored on, the questions of the adjustment.',
  },
  adjustedScrqolUnknownScope: {
    kind: 'policy',
    schema: z.enum(['keep', 'exclude']),
    description: 'Adjusted SCRQoL: whether a respondent with no primary support reason or no support setting is kept (the NHS England code keeps them) or left out.',
  },
  userProportions: {
    kind: 'law',
    schema: z.record(z.string(), ProportionMappingSchema),
    description: 'ASCS proportion measures by concept: the item and the answer codes counted in the numerator and in the denominator only (other codes are excluded).',
  },
  carerQolItems: {
    kind: 'law',
    schema: ItemScoresSchema,
    description: 'SACE items of the carer-reported quality of life score (1D) and the points of each answer (first option 2, second 1, last 0).',
  },
  carerProportions: {
    kind: 'policy',
    schema: z.record(z.string(), ProportionMappingSchema),
    description: 'SACE proportion measures by concept: item and answer codes (the published conversions were not read, so they are policy).',
  },
  salt2023SmallNumbers: {
    kind: 'policy',
    schema: z.enum(['every-count-measure', '1E-and-2E-only']),
    description: '2023-24 SALT count measures: whether the denominator-under-5 rule, which the 2022-23 NHS England pipeline applies to 1E and 1G only, also covers the others (NHS England\'s 2023-24 pipeline was not read).',
  },
  unpublishedSuppression: {
    kind: 'policy',
    schema: z.array(SuppressionRuleSchema),
    description: 'Suppression applied to measures whose published rule could not be read (2024-25 CLD measures, 6A/6B).',
  },
  kpiRounding: {
    kind: 'policy',
    schema: RoundingSchema,
    description: 'How local KPI percentages and averages are rounded.',
  },
  shortTermSupportOutcomes: {
    kind: 'policy',
    schema: z.strictObject({ numerator: z.array(z.string()).min(1), denominator: z.array(z.string()).min(1) }),
    description: 'Short-term home support KPI: the outcomes that count as "no or reduced long-term need" and those that form the denominator.',
  },
  qualityStandard: {
    kind: 'policy',
    schema: z.strictObject({
      cqcRatingsMeeting: z.array(z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate'])),
      councilRiskLevelsMeeting: z.array(z.number().int().min(0).max(4)),
      unrated: z.enum(['council-risk-only', 'exclude']),
    }),
    description: 'Which CQC ratings and council risk levels count as "meeting or exceeding agreed quality standards"; both must hold.',
  },
  complaintOutcomesCounted: {
    kind: 'policy',
    schema: z.array(z.enum(['upheld', 'partially-upheld', 'not-upheld'])).min(1),
    description: 'Complaint outcomes counted by the complaints KPI.',
  },
  shareSumTolerance: {
    kind: 'policy',
    schema: z.string().regex(/^\d+(\.\d+)?$/),
    description: 'How far (percentage points) a set of published shares may sum from 100 before it is refused.',
  },
  waitingTimeBasis: {
    kind: 'policy',
    schema: z.enum(['completed-only', 'include-open']),
    description: 'Average waiting time: count completed waits only, or also people still waiting (measured to the as-of date).',
  },
  ragRule: {
    kind: 'policy',
    schema: z.strictObject({ amberBandPercent: z.string().regex(/^\d+(\.\d+)?$/), fallback: z.enum(['england', 'region', 'none']) }),
    description: 'RAG: green when at or better than the target; amber when worse by no more than amberBandPercent % of the target; red beyond. Without a target, compare to the fallback benchmark.',
  },
} as const;

/** The parameter spec of the ascof area. */
export type AscofSpec = typeof ascofSpec;

/** The registry lists are read-only data; the schema re-checks them when the pack is built. */
const defs = (list: readonly AscofMeasureDefinition[]) => list as unknown as z.input<typeof AscofMeasureListSchema>;

const F2014 = 'ASCOF 2014-15 (DH, Nov 2013) and NHS Digital ASCOF publications to 2022-23';
const REFRESH = 'DHSC, Care data matters, Annex B (refreshed ASCOF from April 2023)';
const SEED_KPI = 'Coventry ASC commissioning strategy, "Key Performance Indicators"';

/**
 * The default pack: national ASCOF definitions as law, and the Coventry choices from its commissioning
 * strategy (or, where the seed is silent, a library default with a warning) as policy.
 */
export const defaultAscofPack: RulePack<AscofSpec> = withFrozenValues(defineRulePack(ascofSpec, {
  id: 'coventry-ascof',
  version: '2026.1',
  entries: {
    measureDefinitions: [
      { validFrom: '2014-04-01', validTo: '2023-04-01', value: defs(FRAMEWORK_2014), citation: F2014, kind: 'law' },
      {
        validFrom: '2023-04-01', validTo: '2024-04-01', value: defs(FRAMEWORK_2023), citation: `${REFRESH}; DHSC ASCOF 2023 to 2024 handbook of definitions`, kind: 'law',
        warning: 'Codes 1B, 1C, 1D, 1E, 3A, 3B, 3C, 4A, 4B, 5A, 5B, 6A and 6B of the refreshed framework are UNVERIFIED reconstructions (see each measure).',
      },
      {
        validFrom: '2024-04-01', value: defs(FRAMEWORK_2024), citation: `${REFRESH}; DHSC ASCOF handbook of definitions (19 Dec 2024)`, kind: 'law',
        warning: 'Codes 1B, 1C, 1D, 3A, 3B, 3C, 4A, 4B, 5A, 5B, 6A and 6B of the refreshed framework are UNVERIFIED reconstructions (see each measure).',
      },
    ],
    scrqolItems: [{ validFrom: '2014-04-01', value: { items: ['q3a', 'q4a', 'q5a', 'q6a', 'q7a', 'q8a', 'q9a', 'q11'], pointsByAnswer: [3, 2, 1, 0] }, citation: `${C2}: ASCOF_1A = 32 − Σ codes`, kind: 'law' }],
    adjustedScrqol: [{
      validFrom: '2014-04-01',
      value: {
        preferenceWeights: {
          q3a: ['1', '0.919', '0.541', '0'], q4a: ['0.911', '0.789', '0.265', '0.195'], q5a: ['0.879', '0.775', '0.294', '0.184'], q6a: ['0.863', '0.780', '0.374', '0.288'],
          q7a: ['0.880', '0.452', '0.298', '0.114'], q8a: ['0.873', '0.748', '0.497', '0.241'], q9a: ['0.962', '0.927', '0.567', '0.170'], q11: ['0.847', '0.637', '0.295', '0.263'],
        },
        scale: '0.203', constant: '0.466',
        health: { item: 'q13', byAnswer: ['0', '0', '-0.0148', '-0.1090', '-0.1090'] },
        q17: { item: 'q17', byAnswer: ['0', '-0.0308', '-0.1250', '-0.1250', '-0.1250'] },
        q18: { item: 'q18', byAnswer: ['0', '-0.0603', '-0.1100', '-0.1100'] },
        olderAgeFrom: 65, olderAgeTerm: '0.0473',
        assistance: { items: ['q15a', 'q15b', 'q15c', 'q15d', 'q16a', 'q16b', 'q16c'], constant: '0.5798', perStep: '0.0202' },
      },
      citation: `${C2} (ASCOF 1J, 2020-21 parameters)`, kind: 'law',
      warning: 'UNVERIFIED for years other than 2020-21: NHS Digital refined 1J in 2017-18 and changed the formula in 2021-22; the 2020-21 parameters are applied to every year.',
    }],
    // NHSDigital/ASC-User-Survey q2c_preprocessing.py add_can_answer_2c_column: "Learning Disability Support", or a
    // "Residential Care" / "Nursing Care" setting, cannot answer 2c; generate_ascof_scores.py
    // set_1J_to_nan_for_invalid_responses then sets ASCOF_1J to missing for them. An unknown reason or setting is
    // not excluded there (the comparison is false), so the library keeps such respondents too, with a warning.
    adjustedScrqolExclusions: [{
      validFrom: '2014-04-01',
      value: { primarySupportReasons: ['learning-disability'], supportSettings: ['residential', 'nursing'] },
      citation: `${C2}: q2c_preprocessing.py (can_answer_2c) and generate_ascof_scores.py (set_1J_to_nan_for_invalid_responses)`, kind: 'law',
      warning: 'Read in the 2020-21 NHS England code; applied to every year of 1J (from 2016-17) and of the refreshed 1C, whose handbook pages were not read.',
    }],
    adjustedScrqolUnknownScope: [{
      validFrom: '2014-04-01', value: 'keep',
      citation: `${C2}: q2c_preprocessing.py compares the grouped reason and setting with the excluded values, so an unknown one is kept`, kind: 'policy',
    }],
    userProportions: [{
      validFrom: '2014-04-01',
      value: {
        control: { item: 'q3a', numerator: [1, 2], denominatorOnly: [3, 4] },
        'social-contact-users': { item: 'q8a', numerator: [1], denominatorOnly: [2, 3, 4] },
        'satisfaction-users': { item: 'q1Comb', numerator: [1], denominatorOnly: [2, 3, 4, 5] },
        'info-users': { item: 'q12', numerator: [2, 3], denominatorOnly: [4, 5] },
        'feel-safe': { item: 'q7a', numerator: [1], denominatorOnly: [2, 3, 4] },
        'services-safe': { item: 'q7b', numerator: [1], denominatorOnly: [2] },
      },
      citation: `${C2} ASCOF_CONVERSIONS`, kind: 'law',
    }],
    carerQolItems: [{
      validFrom: '2014-04-01',
      value: { items: ['occupation', 'control', 'selfCare', 'safety', 'socialParticipation', 'encouragement'], pointsByAnswer: [2, 1, 0] },
      citation: 'LG Inform metric 10671 (ASCOF 1D); Nuffield Trust, carer-reported quality of life', kind: 'law',
    }],
    carerProportions: [{
      validFrom: '2014-04-01',
      value: {
        // 5B / old 1I(2) is read from the social-participation question of 1D (three options, the first "I have as
        // much social contact as I want with people I like"), over every carer who answered it: ascof.md §5.4, §11;
        // LG Inform metric 10678.
        'social-contact-carers': { item: 'socialParticipation', numerator: [1], denominatorOnly: [2, 3] },
        'info-carers': { item: 'information', numerator: [1, 2], denominatorOnly: [3, 4] },
        'carers-included': { item: 'included', numerator: [1, 2], denominatorOnly: [3, 4] },
        'satisfaction-carers': { item: 'satisfaction', numerator: [1, 2], denominatorOnly: [3, 4, 5, 6, 7] },
      },
      citation: 'Library reconstruction from the SACE questionnaire and LG Inform metric 10678', kind: 'policy',
      warning: 'UNVERIFIED: the published SACE answer conversions were not read; only social contact (5B: the first option of the social-participation question of 1D, over all answering; LG Inform 10678) is confirmed. Check the other codes against your SACE edition.',
    }],
    // The 2022-23 pipeline (NHSDigital/ASC-Outcomes-Framework ons_hes_salt.py clean_council) limits the rule to
    // 1E and 1G; the 2023-24 one was not read. The default keeps the rule on every 2023-24 SALT count measure.
    salt2023SmallNumbers: [{
      validFrom: '2023-04-01', value: 'every-count-measure',
      citation: 'Library choice for an unread pipeline: NHS England 2022-23 ASCOF pipeline (ons_hes_salt.py) applies the denominator-under-5 rule to 1E and 1G only', kind: 'policy',
      warning: 'UNVERIFIED: NHS England\'s 2023-24 suppression was not read; the denominator-under-5 rule is kept on every SALT count measure (it withholds more than the 2022-23 pipeline, never less). Choose "1E-and-2E-only" to follow the 2022-23 pipeline.',
    }],
    unpublishedSuppression: [{
      validFrom: '2014-04-01',
      value: [{ basis: 'denominator', below: 5, suppress: ['numerator', 'denominator', 'outcome'], appliesTo: 'all', marker: '[c]' }],
      citation: 'Library default after the SALT 2022-23 rule (denominator under 5)', kind: 'policy',
      warning: 'UNVERIFIED: no published suppression rule was read for this measure; the SALT 2022-23 threshold is applied as local policy.',
    }],
    kpiRounding: [{ validFrom: '2014-04-01', value: { places: 1, mode: 'half-away-from-zero' }, citation: `${SEED_KPI} (76.7% published to 1 dp)`, kind: 'policy' }],
    shortTermSupportOutcomes: [{
      validFrom: '2014-04-01',
      value: {
        numerator: ['no-long-term-support', 'reduced-long-term-support'],
        denominator: ['no-long-term-support', 'reduced-long-term-support', 'same-long-term-support', 'increased-long-term-support', 'new-long-term-support'],
      },
      citation: `${SEED_KPI}: "% of people receiving short term home support who need no/reduced long term support" (76.7% at 2023/24 outturn)`, kind: 'policy',
      warning: 'The seed does not say who is excluded; the default leaves deaths, hospital admissions and open episodes out of the denominator.',
    }],
    qualityStandard: [{
      validFrom: '2014-04-01', value: { cqcRatingsMeeting: ['outstanding', 'good'], councilRiskLevelsMeeting: [0, 1], unrated: 'council-risk-only' },
      citation: `${SEED_KPI}: "commissioned services meeting or exceeding agreed-upon quality standards (CQC ratings and Council's own risk ratings)"; Coventry QA framework Table One (levels 0-4)`, kind: 'policy',
      warning: 'The seed does not say which ratings or levels "meet" the standard; Good/Outstanding and risk levels 0-1 are a library default.',
    }],
    complaintOutcomesCounted: [{ validFrom: '2014-04-01', value: ['upheld', 'partially-upheld'], citation: `${SEED_KPI}: "complaints formally investigated by the Council and Upheld/Partially Upheld"`, kind: 'policy' }],
    shareSumTolerance: [{ validFrom: '2014-04-01', value: '0.5', citation: 'Library default: up to ten shares each rounded to 1 dp can drift 0.5 points from 100', kind: 'policy' }],
    waitingTimeBasis: [{
      validFrom: '2014-04-01', value: 'completed-only', citation: `${SEED_KPI}: "The average length of time (in days) people have had to wait (IR 21)"`, kind: 'policy',
      warning: 'The IR 21 definition was not read; completed waits only is a library default.',
    }],
    ragRule: [{
      validFrom: '2014-04-01', value: { amberBandPercent: '5', fallback: 'england' }, citation: 'Library default (the seed sets no RAG thresholds)', kind: 'policy',
      warning: 'The seed sets no RAG thresholds: amber within 5% of the target, else compared with England, is a library default.',
    }],
  },
}));

/** Freezes a parsed value all the way down. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/**
 * Freezes every value of a pack. The registry objects are handed to callers (`ascofMeasure` returns one):
 * frozen, a caller that edits a returned definition cannot change the law for the next calculation.
 */
function withFrozenValues<P extends RulePack<AscofSpec>>(pack: P): P {
  for (const list of Object.values(pack.entries) as readonly (readonly { readonly value: unknown }[])[]) for (const e of list) deepFreeze(e.value);
  return pack;
}

// The reason sentences of the determinations (SI 2015/313 reg 2 and reg 3), one table per rule, one entry per
// way the rule can come out. The logic in adult.ts, carer.ts, unableToAchieve.ts and wellbeing.ts decides the
// outcome and picks the entry; the wording lives here only, so it can be read against the regulation in one
// place. Fixed sentences are strings; a sentence that names what was found is a function of those findings.

/** Condition (a) of reg 2(1): the needs arise from or are related to an impairment or illness. */
export const ADULT_CONDITION_A = {
  rule: 'eligibility.adult.impairmentOrIllness',
  citation: 'SI 2015/313 reg 2(1)(a)',
  /** reg 2(1)(a) met; `kinds` are the recorded kinds of impairment or illness (may be empty). */
  met: (kinds: readonly string[]): string =>
    kinds.length === 0 ? 'the needs arise from or are related to a physical or mental impairment or illness' : `the needs arise from or are related to a ${kinds.join(' / ').replaceAll('-', ' ')}`,
  notMet: 'the needs do not arise from, and are not related to, a physical or mental impairment or illness',
  unknown: 'whether the needs arise from or are related to a physical or mental impairment or illness is not recorded',
} as const;

/** Condition (b) of reg 2(1): unable to achieve two or more of the reg 2(2) outcomes. */
export const ADULT_CONDITION_B = {
  rule: 'eligibility.adult.twoOrMoreOutcomes',
  citation: 'SI 2015/313 reg 2(1)(b)',
  /** `cited`: the reg 2(2) letters of the outcomes the adult is unable to achieve, e.g. "reg 2(2)(a), reg 2(2)(c)". */
  met: (unable: number, cited: string, required: number): string => `the adult is unable to achieve ${unable} of the reg 2(2) outcomes (${cited}); ${required} or more are needed`,
  notMet: (unable: number, cited: string, required: number, notAssessed: number): string =>
    `the adult is unable to achieve ${unable === 0 ? 'none' : `only ${unable} (${cited})`} of the reg 2(2) outcomes; ${required} or more are needed${notAssessed > 0 ? ` even if the ${notAssessed} not assessed were unable` : ''}`,
  unknown: (unable: number, required: number, notAssessed: number): string =>
    `the adult is unable to achieve ${unable} outcome(s) so far; ${required} or more are needed and ${notAssessed} outcome(s) are not assessed`,
} as const;

/** The determination of an adult's needs under Care Act 2014 s.13(1) and reg 2(1). */
export const ADULT_DETERMINATION = {
  rule: 'eligibility.adult.determination',
  citation: 'Care Act 2014 s.13(1); SI 2015/313 reg 2(1)',
  met: "the adult's needs meet the eligibility criteria: conditions (a), (b) and (c) are all met",
  /** `failing`: the letters of the conditions not met, e.g. ["(a)", "(c)"]. */
  notMet: (failing: readonly string[]): string => `the adult's needs do not meet the eligibility criteria: condition ${failing.join(' and ')} of reg 2(1) is not met`,
  unknown: (missing: readonly string[]): string => `not yet decidable: complete ${missing.join(', ')}`,
} as const;

/** Condition (a) of reg 3(1): the needs arise as a consequence of providing necessary care for an adult. */
export const CARER_CONDITION_A = {
  rule: 'eligibility.carer.necessaryCare',
  citation: 'SI 2015/313 reg 3(1)(a)',
  met: 'the needs arise as a consequence of providing necessary care for an adult',
  notMet: 'the needs do not arise as a consequence of providing necessary care for an adult',
  unknown: 'whether the needs arise as a consequence of providing necessary care for an adult is not recorded',
} as const;

/** The first circumstance of reg 3(2): "(a) the carer's physical or mental health is, or is at risk of, deteriorating". */
export const CARER_HEALTH = {
  rule: 'eligibility.carer.healthAtRisk',
  citation: 'SI 2015/313 reg 3(2)(a)',
  met: "the carer's physical or mental health is, or is at risk of, deteriorating",
  notMet: "the carer's physical or mental health is not deteriorating and not at risk of it",
  unknown: "whether the carer's physical or mental health is, or is at risk of, deteriorating is not recorded",
} as const;

/**
 * Condition (b) of reg 3(1): "any of the circumstances specified in paragraph (2) apply", that is (a) the
 * health circumstance or (b) being unable to achieve any one of the eight outcomes. Either alone is enough, so
 * when it is not yet decidable the sentence names only the circumstances that could still apply: health
 * recorded as not at risk cannot.
 */
export const CARER_CONDITION_B = {
  rule: 'eligibility.carer.circumstance',
  citation: 'SI 2015/313 reg 3(1)(b)',
  /** `circumstances`: those that apply, e.g. "reg 3(2)(a) (health), reg 3(2)(b)(iv)". */
  met: (circumstances: string): string => `a circumstance of reg 3(2) applies: ${circumstances}`,
  notMet: "no circumstance of reg 3(2) applies: the carer's health is not at risk and the carer can achieve every outcome of reg 3(2)(b)",
  /** Health not recorded, outcomes still to assess: both circumstances could still apply. */
  unknownHealthAndOutcomes: (notAssessed: number): string =>
    `not yet decidable: whether the carer's health is, or is at risk of, deteriorating (reg 3(2)(a)) is not recorded, and ${notAssessed} outcome(s) of reg 3(2)(b) not yet assessed could still apply`,
  /** Health not recorded, every outcome assessed and achievable: only the health circumstance could apply. */
  unknownHealthOnly:
    "not yet decidable: the carer can achieve every outcome of reg 3(2)(b), so it turns on whether the carer's health is, or is at risk of, deteriorating (reg 3(2)(a)), which is not recorded",
  /** Health recorded as not at risk: reg 3(2)(a) cannot apply, only an outcome not yet assessed can. */
  unknownOutcomesOnly: (notAssessed: number): string =>
    `not yet decidable: the carer's health is not at risk, so reg 3(2)(a) does not apply; ${notAssessed} outcome(s) of reg 3(2)(b) not yet assessed could still apply (being unable to achieve any one is enough)`,
} as const;

/** The determination of a carer's needs under Care Act 2014 s.13(1) and reg 3(1). */
export const CARER_DETERMINATION = {
  rule: 'eligibility.carer.determination',
  citation: 'Care Act 2014 s.13(1); SI 2015/313 reg 3(1)',
  met: "the carer's needs meet the eligibility criteria: conditions (a), (b) and (c) are all met",
  notMet: (failing: readonly string[]): string => `the carer's needs do not meet the eligibility criteria: condition ${failing.join(' and ')} of reg 3(1) is not met`,
  unknown: (missing: readonly string[]): string => `not yet decidable: complete ${missing.join(', ')}`,
} as const;

/** Observations of one outcome over a fluctuating-needs period. */
export interface Observed {
  readonly observed: number;
  readonly unable: number;
}

/** One outcome of reg 2(2) / 3(2)(b), its limbs (reg 2(3) / 3(3)), prompting and the carer note; `text` is the statutory wording. */
export const OUTCOME_SENTENCES = {
  /** `letters`: the limbs that apply, e.g. "reg 2(3)(a), reg 2(3)(d)". */
  unable: (text: string, letters: string, obs: Observed | undefined): string =>
    `unable to achieve "${text}" (${letters})${obs ? `: unable on ${obs.unable} of ${obs.observed} observed days` : ''}`,
  able: (who: 'adult' | 'carer', text: string, obs: Observed | undefined): string =>
    `able to achieve "${text}": no limb of ${who === 'adult' ? 'reg 2(3)' : 'reg 3(3)'} applies${obs ? ` on enough days (unable on ${obs.unable} of ${obs.observed})` : ''}`,
  notAssessed: (text: string): string => `"${text}" was not assessed`,
  tooFewObservations: (text: string, obs: Observed, minimum: number): string => `"${text}" was observed on ${obs.observed} day(s), fewer than the ${minimum} the policy needs`,
  /** `limbText`: the wording of the limb, e.g. "is unable to achieve it without assistance". */
  limb: (who: 'adult' | 'carer', limbText: string): string => `the ${who} ${limbText}`,
  prompting: (text: string): string => `needing prompting counts as being unable to achieve "${text}" without assistance (limb (a))`,
  carerDisregarded: (metByCarer: boolean): string =>
    `whether a carer meets this need (${metByCarer ? 'yes' : 'no'}) is ignored for eligibility; it matters only for the duty (Care Act 2014 s.18)`,
} as const;

/** The fluctuating-needs period (reg 2(4), 3(4)) and the pack's aggregation policy. */
export const FLUCTUATION_SENTENCES = {
  period: (who: 'adult' | 'carer', days: number, from: string, to: string, observations: number): string =>
    `the ${who}'s circumstances were taken into account over ${days} days (${from} to ${to}), with ${observations} dated observations`,
  aggregation: (method: 'any-observation' | 'share-of-observations', minimumShare: string, minimumObservations: number): string =>
    `local policy, not law: ${
      method === 'any-observation' ? 'an outcome counts as unable when it was unable on any observed day' : `an outcome counts as unable when it was unable on at least ${minimumShare} of the days it was observed`
    }, with at least ${minimumObservations} observation(s)`,
} as const;

/** Condition (c) of reg 2(1) / 3(1): a significant impact on well-being, with the Care Act 2014 s.1(2) areas. */
export const WELLBEING_SENTENCES = {
  /** `named`: the s.1(2) areas, e.g. "personal dignity (s.1(2)(a))". */
  met: (who: 'adult' | 'carer', likelihood: 'is' | 'is-likely' | undefined, named: string): string =>
    `as a consequence there ${likelihood === 'is-likely' ? 'is likely to be' : likelihood === 'is' ? 'is' : 'is, or is likely to be,'} a significant impact on the ${who}'s well-being: ${named}`,
  notMet: (who: 'adult' | 'carer', named: string): string =>
    `the practitioner judged that there is not, and is not likely to be, a significant impact on the ${who}'s well-being${named !== '' ? ` (areas considered: ${named})` : ''}`,
  unknown: (who: 'adult' | 'carer'): string => `the practitioner's judgement of the impact on the ${who}'s well-being is not recorded`,
} as const;

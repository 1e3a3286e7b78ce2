// The enumerations of SI 2015/313 and Care Act 2014 s.1(2), in the order the law lists them.
// Ids are stable camelCase names; `ref` is the paragraph letter, `text` the statutory wording.

/** The ten outcomes of an adult who needs care and support, SI 2015/313 reg 2(2)(a)-(j). */
export const ADULT_OUTCOMES = [
  'nutrition',
  'personalHygiene',
  'toiletNeeds',
  'appropriatelyClothed',
  'useHomeSafely',
  'habitableHome',
  'familyPersonalRelationships',
  'workTrainingEducationVolunteering',
  'communityFacilitiesServices',
  'caringResponsibilitiesForChild',
] as const;

/** One of the ten adult outcomes of SI 2015/313 reg 2(2). */
export type AdultOutcome = (typeof ADULT_OUTCOMES)[number];

/** The four ways an adult "is to be regarded as being unable to achieve" an outcome, SI 2015/313 reg 2(3)(a)-(d). */
export const ADULT_UNABLE_LIMBS = ['unableWithoutAssistance', 'significantPainDistressAnxiety', 'endangersHealthOrSafety', 'takesSignificantlyLonger'] as const;

/** One limb of SI 2015/313 reg 2(3). */
export type AdultUnableLimb = (typeof ADULT_UNABLE_LIMBS)[number];

/** The eight outcomes of a carer, SI 2015/313 reg 3(2)(b)(i)-(viii). */
export const CARER_OUTCOMES = [
  'caringForChild',
  'caringForOthers',
  'habitableHome',
  'nutrition',
  'familyPersonalRelationships',
  'workTrainingEducationVolunteering',
  'communityFacilitiesServices',
  'recreationalActivities',
] as const;

/** One of the eight carer outcomes of SI 2015/313 reg 3(2)(b). */
export type CarerOutcome = (typeof CARER_OUTCOMES)[number];

/** The three limbs of SI 2015/313 reg 3(3)(a)-(c). Carers have no "takes significantly longer" limb. */
export const CARER_UNABLE_LIMBS = ['unableWithoutAssistance', 'significantPainDistressAnxiety', 'endangersHealthOrSafety'] as const;

/** One limb of SI 2015/313 reg 3(3). */
export type CarerUnableLimb = (typeof CARER_UNABLE_LIMBS)[number];

/** The nine areas of well-being of Care Act 2014 s.1(2)(a)-(i). */
export const WELLBEING_AREAS = [
  'personalDignity',
  'physicalMentalHealthEmotionalWellbeing',
  'protectionFromAbuseNeglect',
  'controlOverDayToDayLife',
  'participationWorkEducationTrainingRecreation',
  'socialEconomicWellbeing',
  'domesticFamilyPersonalRelationships',
  'suitabilityOfLivingAccommodation',
  'contributionToSociety',
] as const;

/** One area of well-being of Care Act 2014 s.1(2). */
export type WellbeingArea = (typeof WELLBEING_AREAS)[number];

/** How a statutory list item is cited and worded. */
export interface StatutoryItem {
  /** The citation, e.g. `"SI 2015/313 reg 2(2)(a)"`. */
  readonly citation: string;
  /** The statutory wording. */
  readonly text: string;
}

/** Citation and wording of each adult outcome. */
export const ADULT_OUTCOME_TEXT: Readonly<Record<AdultOutcome, StatutoryItem>> = {
  nutrition: { citation: 'SI 2015/313 reg 2(2)(a)', text: 'managing and maintaining nutrition' },
  personalHygiene: { citation: 'SI 2015/313 reg 2(2)(b)', text: 'maintaining personal hygiene' },
  toiletNeeds: { citation: 'SI 2015/313 reg 2(2)(c)', text: 'managing toilet needs' },
  appropriatelyClothed: { citation: 'SI 2015/313 reg 2(2)(d)', text: 'being appropriately clothed' },
  useHomeSafely: { citation: 'SI 2015/313 reg 2(2)(e)', text: "being able to make use of the adult's home safely" },
  habitableHome: { citation: 'SI 2015/313 reg 2(2)(f)', text: 'maintaining a habitable home environment' },
  familyPersonalRelationships: { citation: 'SI 2015/313 reg 2(2)(g)', text: 'developing and maintaining family or other personal relationships' },
  workTrainingEducationVolunteering: { citation: 'SI 2015/313 reg 2(2)(h)', text: 'accessing and engaging in work, training, education or volunteering' },
  communityFacilitiesServices: {
    citation: 'SI 2015/313 reg 2(2)(i)',
    text: 'making use of necessary facilities or services in the local community including public transport, and recreational facilities or services',
  },
  caringResponsibilitiesForChild: { citation: 'SI 2015/313 reg 2(2)(j)', text: 'carrying out any caring responsibilities the adult has for a child' },
};

/** Citation and wording of each adult limb. */
export const ADULT_LIMB_TEXT: Readonly<Record<AdultUnableLimb, StatutoryItem>> = {
  unableWithoutAssistance: { citation: 'SI 2015/313 reg 2(3)(a)', text: 'is unable to achieve it without assistance' },
  significantPainDistressAnxiety: { citation: 'SI 2015/313 reg 2(3)(b)', text: 'is able to achieve it without assistance but doing so causes the adult significant pain, distress or anxiety' },
  endangersHealthOrSafety: {
    citation: 'SI 2015/313 reg 2(3)(c)',
    text: 'is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the adult, or of others',
  },
  takesSignificantlyLonger: { citation: 'SI 2015/313 reg 2(3)(d)', text: 'is able to achieve it without assistance but takes significantly longer than would normally be expected' },
};

/** Citation and wording of each carer outcome. */
export const CARER_OUTCOME_TEXT: Readonly<Record<CarerOutcome, StatutoryItem>> = {
  caringForChild: { citation: 'SI 2015/313 reg 3(2)(b)(i)', text: 'carrying out any caring responsibilities the carer has for a child' },
  caringForOthers: { citation: 'SI 2015/313 reg 3(2)(b)(ii)', text: 'providing care to other persons for whom the carer provides care' },
  habitableHome: {
    citation: 'SI 2015/313 reg 3(2)(b)(iii)',
    text: "maintaining a habitable home environment in the carer's home (whether or not this is also the home of the adult needing care)",
  },
  nutrition: { citation: 'SI 2015/313 reg 3(2)(b)(iv)', text: 'managing and maintaining nutrition' },
  familyPersonalRelationships: { citation: 'SI 2015/313 reg 3(2)(b)(v)', text: 'developing and maintaining family or other personal relationships' },
  workTrainingEducationVolunteering: { citation: 'SI 2015/313 reg 3(2)(b)(vi)', text: 'engaging in work, training, education or volunteering' },
  communityFacilitiesServices: {
    citation: 'SI 2015/313 reg 3(2)(b)(vii)',
    text: 'making use of necessary facilities or services in the local community, including recreational facilities or services',
  },
  recreationalActivities: { citation: 'SI 2015/313 reg 3(2)(b)(viii)', text: 'engaging in recreational activities' },
};

/** Citation and wording of each carer limb. */
export const CARER_LIMB_TEXT: Readonly<Record<CarerUnableLimb, StatutoryItem>> = {
  unableWithoutAssistance: { citation: 'SI 2015/313 reg 3(3)(a)', text: 'is unable to achieve it without assistance' },
  significantPainDistressAnxiety: { citation: 'SI 2015/313 reg 3(3)(b)', text: 'is able to achieve it without assistance but doing so causes the carer significant pain, distress or anxiety' },
  endangersHealthOrSafety: {
    citation: 'SI 2015/313 reg 3(3)(c)',
    text: 'is able to achieve it without assistance but doing so endangers or is likely to endanger the health or safety of the carer, or of others',
  },
};

/** Citation and wording of each area of well-being. */
export const WELLBEING_AREA_TEXT: Readonly<Record<WellbeingArea, StatutoryItem>> = {
  personalDignity: { citation: 'Care Act 2014 s.1(2)(a)', text: 'personal dignity (including treatment of the individual with respect)' },
  physicalMentalHealthEmotionalWellbeing: { citation: 'Care Act 2014 s.1(2)(b)', text: 'physical and mental health and emotional well-being' },
  protectionFromAbuseNeglect: { citation: 'Care Act 2014 s.1(2)(c)', text: 'protection from abuse and neglect' },
  controlOverDayToDayLife: {
    citation: 'Care Act 2014 s.1(2)(d)',
    text: 'control by the individual over day-to-day life (including over care and support, or support, provided to the individual and the way in which it is provided)',
  },
  participationWorkEducationTrainingRecreation: { citation: 'Care Act 2014 s.1(2)(e)', text: 'participation in work, education, training or recreation' },
  socialEconomicWellbeing: { citation: 'Care Act 2014 s.1(2)(f)', text: 'social and economic well-being' },
  domesticFamilyPersonalRelationships: { citation: 'Care Act 2014 s.1(2)(g)', text: 'domestic, family and personal relationships' },
  suitabilityOfLivingAccommodation: { citation: 'Care Act 2014 s.1(2)(h)', text: 'suitability of living accommodation' },
  contributionToSociety: { citation: 'Care Act 2014 s.1(2)(i)', text: "the individual's contribution to society" },
};

/**
 * The statutory guidance on prompting: an adult who needs prompting is "unable to achieve the outcome without
 * assistance" (reg 2(3)(a)). Paragraph number unverified; wording as reproduced by SCIE.
 */
export const PROMPTING_CITATION = 'Care and support statutory guidance ch.6 (prompting is assistance; SCIE reproduction)';

/** The guidance that eligibility is decided without regard to whether a carer meets the needs. */
export const CARER_DISREGARD_CITATION = 'Care and support statutory guidance ch.6 (determination without regard to a carer meeting needs; SCIE key messages)';

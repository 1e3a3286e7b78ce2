// Worked examples taken from the regulations, the statutory guidance (as reproduced by SCIE) and the Coventry
// offer. Each names its source; expected values are written by hand from that source, not computed.
import type { AdultDutyInput, AdultEligibilityInput, CarerEligibilityInput, DutyInput, WellbeingJudgement } from '../../src/eligibility/index.js';

export interface AdultExample {
  source: string;
  input: AdultEligibilityInput;
  status: 'eligible' | 'not-eligible' | 'undetermined';
  unable: string[];
  failing?: string[];
}

const A = { asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true } as const;
const SIGNIFICANT: WellbeingJudgement = { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] };

export const adultExamples: AdultExample[] = [
  {
    source: 'SI 2015/313 reg 2(1)(b): "two or more" outcomes - one outcome alone is not enough',
    input: { ...A, outcomes: Object.fromEntries(['nutrition', 'personalHygiene', 'toiletNeeds', 'appropriatelyClothed', 'useHomeSafely', 'habitableHome', 'familyPersonalRelationships', 'workTrainingEducationVolunteering', 'communityFacilitiesServices', 'caringResponsibilitiesForChild'].map((o) => [o, { unableToAchieve: o === 'nutrition' ? ['unableWithoutAssistance'] : [] }])), wellbeing: SIGNIFICANT },
    status: 'not-eligible',
    unable: ['nutrition'],
    failing: ['b'],
  },
  {
    source: 'SI 2015/313 reg 2(1)(b): two outcomes, different limbs (reg 2(3)(b) and 2(3)(d))',
    input: { ...A, outcomes: { habitableHome: { unableToAchieve: ['significantPainDistressAnxiety'] }, appropriatelyClothed: { unableToAchieve: ['takesSignificantlyLonger'] } }, wellbeing: SIGNIFICANT },
    status: 'eligible',
    unable: ['appropriatelyClothed', 'habitableHome'],
  },
  {
    source: 'Statutory guidance ch.6 (SCIE): "some adults may be physically able to wash but need reminding of the importance of personal hygiene" - prompting is reg 2(3)(a)',
    input: { ...A, outcomes: { personalHygiene: { unableToAchieve: [], needsPrompting: true }, nutrition: { unableToAchieve: [], needsPrompting: true } }, wellbeing: SIGNIFICANT },
    status: 'eligible',
    unable: ['nutrition', 'personalHygiene'],
  },
  {
    source: 'Coventry Adult Social Care Offer part three lists "personal care" as one area; the law counts maintaining personal hygiene (reg 2(2)(b)) and managing toilet needs (reg 2(2)(c)) as two outcomes',
    input: { ...A, outcomes: { personalHygiene: { unableToAchieve: ['unableWithoutAssistance'] }, toiletNeeds: { unableToAchieve: ['unableWithoutAssistance'] } }, wellbeing: SIGNIFICANT },
    status: 'eligible',
    unable: ['personalHygiene', 'toiletNeeds'],
  },
  {
    source: 'SI 2015/313 reg 2(1)(a): needs not arising from impairment or illness are not eligible, whatever else is missing',
    input: { asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false },
    status: 'not-eligible',
    unable: [],
    failing: ['a'],
  },
  {
    source: 'SI 2015/313 reg 2(1)(c): unable to achieve three outcomes but no significant impact on well-being (professional judgement)',
    input: {
      ...A,
      outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, habitableHome: { unableToAchieve: ['unableWithoutAssistance'] }, useHomeSafely: { unableToAchieve: ['endangersHealthOrSafety'] } },
      wellbeing: { significantImpact: false, areas: ['suitabilityOfLivingAccommodation'] },
    },
    status: 'not-eligible',
    unable: ['habitableHome', 'nutrition', 'useHomeSafely'],
    failing: ['c'],
  },
  {
    source: 'SI 2015/313 reg 2(1)(c): a significant impact that already "is" meets condition (c) (the Coventry offer says only "likely to be"; the law says "is, or is likely to be")',
    input: { ...A, outcomes: { toiletNeeds: { unableToAchieve: ['unableWithoutAssistance'] }, useHomeSafely: { unableToAchieve: ['endangersHealthOrSafety'] } }, wellbeing: { significantImpact: true, likelihood: 'is', areas: ['personalDignity'] } },
    status: 'eligible',
    unable: ['toiletNeeds', 'useHomeSafely'],
  },
  {
    source: 'Statutory guidance ch.6 (SCIE key messages): the determination is made without regard to whether a carer is meeting the needs',
    input: { ...A, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'], metByCarer: true }, familyPersonalRelationships: { unableToAchieve: ['significantPainDistressAnxiety'], metByCarer: true } }, wellbeing: SIGNIFICANT },
    status: 'eligible',
    unable: ['familyPersonalRelationships', 'nutrition'],
  },
];

export interface CarerExample {
  source: string;
  input: CarerEligibilityInput;
  status: 'eligible' | 'not-eligible' | 'undetermined';
}

const C = { asOf: '2026-11-23', needsArisingFromNecessaryCare: true } as const;

export const carerExamples: CarerExample[] = [
  {
    source: 'SI 2015/313 reg 3(2)(a): the health circumstance alone meets condition (b)',
    input: { ...C, healthAtRisk: true, wellbeing: SIGNIFICANT },
    status: 'eligible',
  },
  {
    source: 'SI 2015/313 reg 3(2)(b): unable to achieve "any" one outcome (engaging in recreational activities, (viii)) meets condition (b)',
    input: { ...C, healthAtRisk: false, outcomes: { recreationalActivities: { unableToAchieve: ['significantPainDistressAnxiety'] } }, wellbeing: { significantImpact: true, areas: ['participationWorkEducationTrainingRecreation'] } },
    status: 'eligible',
  },
  {
    source: 'SI 2015/313 reg 3(1)(a): needs that do not arise from providing necessary care are not eligible',
    input: { asOf: '2026-11-23', needsArisingFromNecessaryCare: false, healthAtRisk: true },
    status: 'not-eligible',
  },
  {
    source: 'SI 2015/313 reg 3(2): health not at risk and every carer outcome achievable',
    input: { ...C, healthAtRisk: false, outcomes: Object.fromEntries(['caringForChild', 'caringForOthers', 'habitableHome', 'nutrition', 'familyPersonalRelationships', 'workTrainingEducationVolunteering', 'communityFacilitiesServices', 'recreationalActivities'].map((o) => [o, { unableToAchieve: [] }])), wellbeing: SIGNIFICANT },
    status: 'not-eligible',
  },
];

export interface DutyExample {
  source: string;
  input: DutyInput;
  status: 'duty' | 'power' | 'none' | 'undetermined';
  sections: string[];
  needsInDuty?: string[];
}

const ELIGIBLE: NonNullable<AdultDutyInput['determination']> = { status: 'eligible', eligibleOutcomes: ['nutrition', 'personalHygiene'] };

export const dutyExamples: DutyExample[] = [
  {
    source: 'Care Act 2014 s.18(1), s.18(2) condition 1: capital of exactly £23,250 is "at or below" the upper capital limit (DHSC circular 2024-25)',
    input: { asOf: '2024-06-01', person: 'adult', determination: ELIGIBLE, residence: 'ordinarily-resident', charge: 'chargeable', careHomeAccommodation: true, financialAssessment: { capital: '23250.00' }, needsMetByCarer: [] },
    status: 'duty',
    sections: ['Care Act 2014 s.18(1)'],
    needsInDuty: ['nutrition', 'personalHygiene'],
  },
  {
    source: 'Care Act 2014 s.18(3): condition 2 is not available for care-home accommodation (B&NES: "If you do not live in a care home, you have the right to ask the Council to arrange")',
    input: { asOf: '2024-06-01', person: 'adult', determination: ELIGIBLE, residence: 'ordinarily-resident', charge: 'chargeable', careHomeAccommodation: true, financialAssessment: { capital: '23250.01' }, asksAuthorityToMeetNeeds: true, lacksCapacityToArrange: false, needsMetByCarer: [] },
    status: 'power',
    sections: ['Care Act 2014 s.19(1)'],
  },
  {
    source: 'Care Act 2014 s.18(3): a self-funder at home who asks the council to meet the needs (condition 2)',
    input: { asOf: '2024-06-01', person: 'adult', determination: ELIGIBLE, residence: 'ordinarily-resident', charge: 'chargeable', careHomeAccommodation: false, financialAssessment: { capital: '250000' }, asksAuthorityToMeetNeeds: true, needsMetByCarer: [] },
    status: 'duty',
    sections: ['Care Act 2014 s.18(1)'],
    needsInDuty: ['nutrition', 'personalHygiene'],
  },
  {
    source: 'Care Act 2014 s.18(4): condition 3, an adult who lacks capacity to arrange care with no one able to arrange it',
    input: { asOf: '2026-11-23', person: 'adult', determination: ELIGIBLE, residence: 'present-no-settled-residence', charge: 'chargeable', careHomeAccommodation: true, financialAssessment: { capital: '90000' }, lacksCapacityToArrange: true, someoneAuthorisedOrAbleToArrange: false, needsMetByCarer: [] },
    status: 'duty',
    sections: ['Care Act 2014 s.18(1)'],
    needsInDuty: ['nutrition', 'personalHygiene'],
  },
  {
    source: 'Care Act 2014 s.18(7) as explained by Explanatory Notes para 126: eligible needs a carer is meeting are outside the duty (s.19(1) power)',
    input: { asOf: '2026-11-23', person: 'adult', determination: ELIGIBLE, residence: 'ordinarily-resident', charge: 'no-charge', needsMetByCarer: ['nutrition'] },
    status: 'duty',
    sections: ['Care Act 2014 s.18(1)', 'Care Act 2014 s.19(1)'],
    needsInDuty: ['personalHygiene'],
  },
  {
    source: 'Care Act 2014 s.19(3): urgent needs may be met before any assessment, regardless of ordinary residence',
    input: { asOf: '2026-11-23', person: 'adult', needsAppearUrgent: true },
    status: 'power',
    sections: ['Care Act 2014 s.19(3)'],
  },
  {
    source: 'Care Act 2014 s.19(2): an adult ordinarily resident elsewhere, after the other authority is notified',
    input: { asOf: '2026-11-23', person: 'adult', determination: ELIGIBLE, residence: 'ordinarily-resident-elsewhere', charge: 'no-charge', notifiedAuthorityOfResidence: true },
    status: 'power',
    sections: ['Care Act 2014 s.19(2)'],
  },
  {
    source: 'Care Act 2014 s.19(1): needs that are not eligible may still be met',
    input: { asOf: '2026-11-23', person: 'adult', determination: { status: 'not-eligible', eligibleOutcomes: [] }, residence: 'ordinarily-resident' },
    status: 'power',
    sections: ['Care Act 2014 s.19(1)'],
  },
  {
    source: 'Care Act 2014 s.20(1) with condition 3 (s.20(4)): replacement care for the adult needing care, who agrees and has capital below the limit',
    input: {
      asOf: '2026-11-23',
      person: 'carer',
      determination: { status: 'eligible', eligibleOutcomes: ['recreationalActivities'] },
      adultNeedingCareResidence: 'ordinarily-resident',
      careToAdultNeedingCare: { charge: 'chargeable', careHomeAccommodation: false, financialAssessment: { capital: '5000' }, adultAgrees: true },
    },
    status: 'duty',
    sections: ['Care Act 2014 s.20(1)'],
    needsInDuty: ['recreationalActivities'],
  },
  {
    source: 'Care Act 2014 s.20(1)(c)(i) and s.20(6): no charge but the adult needing care does not agree, so only the power remains',
    input: {
      asOf: '2026-11-23',
      person: 'carer',
      determination: { status: 'eligible', eligibleOutcomes: ['caringForOthers'] },
      adultNeedingCareResidence: 'ordinarily-resident',
      careToAdultNeedingCare: { charge: 'no-charge', careHomeAccommodation: false, financialAssessment: { capital: '50000' }, adultAgrees: false, adultAsks: false },
    },
    status: 'power',
    sections: ['Care Act 2014 s.20(6)'],
  },
];

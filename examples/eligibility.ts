// Run: npx tsup && npx tsx examples/eligibility.ts
import { renderTrace, whyNot } from 'adult-social-care-rules';
import { assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, writtenRecord } from 'adult-social-care-rules/eligibility';

// An adult's needs assessment mapped onto SI 2015/313 reg 2.
const adult = determineAdultEligibility({
  asOf: '2026-11-23',
  caseRef: 'EX-42',
  needsArisingFromImpairmentOrIllness: true,
  impairmentOrIllness: ['mental-illness'],
  outcomes: {
    nutrition: { unableToAchieve: ['unableWithoutAssistance'], metByCarer: true },
    personalHygiene: { unableToAchieve: [], needsPrompting: true },
    habitableHome: { unableToAchieve: ['significantPainDistressAnxiety'] },
    familyPersonalRelationships: { unableToAchieve: [] },
  },
  wellbeing: { significantImpact: true, likelihood: 'is-likely', areas: ['physicalMentalHealthEmotionalWellbeing', 'suitabilityOfLivingAccommodation'] },
});
console.log(`Adult: ${adult.status}; unable to achieve ${adult.unableOutcomes.join(', ')}`);
console.log(renderTrace(adult.trace).slice(0, 4).join('\n'));

// What the council must or may do next (s.18): the husband keeps cooking, so nutrition is outside the duty.
const duty = assessDutyToMeetNeeds({
  asOf: '2026-11-23',
  person: 'adult',
  determination: { status: adult.status, eligibleOutcomes: [...adult.eligibleOutcomes] },
  residence: 'ordinarily-resident',
  charge: 'chargeable',
  careHomeAccommodation: false,
  financialAssessment: { capital: '9800.00' },
  needsMetByCarer: ['nutrition'],
});
console.log(`\nDuty: ${duty.status}`);
for (const r of duty.routes) console.log(`  ${r.kind} (${r.section}): ${r.needs.join(', ')}`);

// A carer whose own outcomes are all achievable and whose health is not at risk.
const carer = determineCarerEligibility({
  asOf: '2026-11-23',
  needsArisingFromNecessaryCare: true,
  healthAtRisk: false,
  outcomes: { caringForChild: { unableToAchieve: [] }, caringForOthers: { unableToAchieve: [] }, habitableHome: { unableToAchieve: [] }, nutrition: { unableToAchieve: [] }, familyPersonalRelationships: { unableToAchieve: [] }, workTrainingEducationVolunteering: { unableToAchieve: [] }, communityFacilitiesServices: { unableToAchieve: [] }, recreationalActivities: { unableToAchieve: [] } },
});
console.log(`\nCarer: ${carer.status}`);
for (const s of whyNot(carer.trace).filter((x) => x.rule.endsWith('circumstance') || x.rule.endsWith('determination'))) console.log(`  why not [${s.citation}]: ${s.because}`);

// The s.13(2) written record, with s.13(5) advice because no need is eligible.
console.log(`\n${writtenRecord(carer).text}`);

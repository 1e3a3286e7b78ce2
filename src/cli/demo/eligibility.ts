import { whyNot } from '../../core/trace.js';
import { assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, writtenRecord } from '../../eligibility/index.js';
import type { DemoSection } from '../command.js';

/** The eligibility walkthrough: an adult, a carer, the duty that follows and the written record. */
export const eligibilityDemo: DemoSection = {
  title: 'Eligibility: Care Act determinations and the duty to meet needs',
  run(io) {
    const out = (s = '') => io.stdout(`${s}\n`);
    out('Coventry\'s Adult Social Care Offer lists "personal care" as one area; the regulations count');
    out('maintaining personal hygiene (reg 2(2)(b)) and managing toilet needs (reg 2(2)(c)) as two outcomes.');
    const adult = determineAdultEligibility({
      asOf: '2026-11-23',
      caseRef: 'DEMO-1',
      needsArisingFromImpairmentOrIllness: true,
      impairmentOrIllness: ['physical-illness'],
      outcomes: {
        personalHygiene: { unableToAchieve: [], needsPrompting: true },
        toiletNeeds: { unableToAchieve: ['significantPainDistressAnxiety'], metByCarer: true },
        nutrition: { unableToAchieve: [] },
      },
      wellbeing: { significantImpact: true, likelihood: 'is', areas: ['personalDignity', 'physicalMentalHealthEmotionalWellbeing'] },
    });
    out(`\nAdult (prompting to wash; toileting causes significant pain; a daughter helps with toileting): ${adult.status}`);
    for (const o of adult.outcomes.filter((x) => x.status === 'unable')) out(`  unable: ${o.text} [${o.citation}; ${o.limbs.map((l) => l.citation.replace('SI 2015/313 ', '')).join(', ')}]${o.prompting ? ' (prompting)' : ''}`);

    const duty = assessDutyToMeetNeeds({
      asOf: '2026-11-23',
      person: 'adult',
      determination: { status: adult.status, eligibleOutcomes: [...adult.eligibleOutcomes] },
      residence: 'ordinarily-resident',
      charge: 'chargeable',
      careHomeAccommodation: false,
      financialAssessment: { capital: '16000' },
      needsMetByCarer: ['toiletNeeds'],
    });
    out(`\nWhat the council must or may do (capital £16,000 at home; the daughter keeps helping with toileting): ${duty.status}`);
    for (const r of duty.routes) out(`  ${r.kind} under ${r.section}: ${r.needs.join(', ')}`);
    out(`  financial limit: upper £${duty.financialLimits.upperCapitalLimit} (${duty.financialLimits.citation})`);
    if (duty.financialLimits.warning) out(`  warning: ${duty.financialLimits.warning}`);

    const self = assessDutyToMeetNeeds({
      asOf: '2026-11-23',
      person: 'adult',
      determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'habitableHome'] },
      residence: 'ordinarily-resident',
      charge: 'chargeable',
      careHomeAccommodation: true,
      financialAssessment: { capital: '60000' },
      asksAuthorityToMeetNeeds: true,
      lacksCapacityToArrange: false,
      needsMetByCarer: [],
    });
    out(`\nA self-funder with £60,000 who asks the council to arrange a care home place: ${self.status} (${self.routes.map((r) => r.section).join('; ')})`);
    for (const s of whyNot(self.trace)) out(`  why not [${s.citation}]: ${s.because}`);

    const carer = determineCarerEligibility({
      asOf: '2026-11-23',
      needsArisingFromNecessaryCare: true,
      healthAtRisk: false,
      outcomes: { recreationalActivities: { unableToAchieve: ['unableWithoutAssistance'] }, workTrainingEducationVolunteering: { unableToAchieve: [] } },
      wellbeing: { significantImpact: true, areas: ['participationWorkEducationTrainingRecreation'] },
    });
    out(`\nCarer unable to engage in recreational activities (one outcome is enough, reg 3(2)(b)): ${carer.status}`);

    const refused = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } }, wellbeing: { significantImpact: true, areas: ['personalDignity'] } });
    out(`\nOne outcome unable, nine not yet assessed: ${refused.status}; to complete: ${refused.missing.slice(0, 3).join(', ')} …`);

    const none = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false });
    out('\nWritten record where no need is eligible (Care Act 2014 s.13(2) and s.13(5)):\n');
    out(writtenRecord(none).text);
  },
};

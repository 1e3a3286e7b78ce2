// Issue 14: every entry point is typed with the input type of its schema (z.input), so a misspelt field is a
// compile error, not only a run-time RulesError. This file is never run: `tsc -p tsconfig.node.json` (part of
// `npm run typecheck`) checks it, and an unused `@ts-expect-error` is itself an error, so each line marked below
// fails the typecheck the day its entry point goes back to `unknown`. Each misspelt call has a correct twin beside
// it, so the expected error is the spelling and nothing else.
import { assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, writtenRecord } from 'adult-social-care-rules/eligibility';
import { concernResponseDeadline } from 'adult-social-care-rules/risk';
import { calculateComplaintsUpheld } from 'adult-social-care-rules/ascof';
import { collapseAgeBands } from 'adult-social-care-rules/demand';
import { isMarketOversightProvider } from 'adult-social-care-rules/provider-failure';
import { parseRulePack } from 'adult-social-care-rules/pack-files';
import { createServiceApp } from 'adult-social-care-rules/server';

const asOf = '2026-11-23';

export function eligibility(): void {
  const d = determineAdultEligibility({ asOf, needsArisingFromImpairmentOrIllness: true, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } });
  // @ts-expect-error misspelt outcome: nutrtion
  determineAdultEligibility({ asOf, needsArisingFromImpairmentOrIllness: true, outcomes: { nutrtion: { unableToAchieve: ['unableWithoutAssistance'] } } });
  // @ts-expect-error misspelt field: needsArisingFromImpairment (the field is needsArisingFromImpairmentOrIllness)
  determineAdultEligibility({ asOf, needsArisingFromImpairment: true });
  const c = determineCarerEligibility({ asOf, needsArisingFromNecessaryCare: true, healthAtRisk: true });
  // @ts-expect-error misspelt field: healthAtRsk
  determineCarerEligibility({ asOf, needsArisingFromNecessaryCare: true, healthAtRsk: true });
  // The determination passes to the duty as returned (issue 14), for an adult and for a carer.
  assessDutyToMeetNeeds({ asOf, person: 'adult', determination: d, residence: 'ordinarily-resident' });
  assessDutyToMeetNeeds({ asOf, person: 'carer', determination: c, adultNeedingCareResidence: 'ordinarily-resident' });
  // @ts-expect-error misspelt field: residance
  assessDutyToMeetNeeds({ asOf, person: 'adult', determination: d, residance: 'ordinarily-resident' });
  // @ts-expect-error a carer's determination is not an adult's
  assessDutyToMeetNeeds({ asOf, person: 'adult', determination: c });
  writtenRecord(d);
  // @ts-expect-error a duty result is not a determination
  writtenRecord(assessDutyToMeetNeeds({ asOf, person: 'adult' }));
}

export function risk(): void {
  concernResponseDeadline({ id: 'C1', receivedAt: '2026-11-23T10:00:00', severity: 'serious' });
  // @ts-expect-error misspelt field: recievedAt
  concernResponseDeadline({ id: 'C1', recievedAt: '2026-11-23T10:00:00', severity: 'serious' });
}

export function ascof(): void {
  calculateComplaintsUpheld({ asOf, complaints: [{ formallyInvestigated: true, outcome: 'upheld' }] });
  // @ts-expect-error misspelt field: formalyInvestigated
  calculateComplaintsUpheld({ asOf, complaints: [{ formalyInvestigated: true, outcome: 'upheld' }] });
}

export function demand(): void {
  const rates = { kind: 'rates', name: 'Example', source: 'Example', baseYear: 2013, unit: 'percent', rates: [{ sex: 'female', ageBand: '95+', rate: 40 }] } as const;
  collapseAgeBands({ ...rates, rates: [...rates.rates] }, { source: 'Reference population', population: [{ sex: 'female', ageBand: '95+', people: 1000 }] });
  // @ts-expect-error misspelt field: poeple
  collapseAgeBands({ ...rates, rates: [...rates.rates] }, { source: 'Reference population', population: [{ sex: 'female', ageBand: '95+', poeple: 1000 }] });
}

export function providerFailure(): void {
  isMarketOversightProvider({ asOf, isLocalAuthority: false, personalCare: { hoursInWeek: 27000, peopleInWeek: 850 } });
  // @ts-expect-error misspelt field: hoursInAWeek
  isMarketOversightProvider({ asOf, isLocalAuthority: false, personalCare: { hoursInAWeek: 27000, peopleInWeek: 850 } });
}

export function packFiles(text: string): void {
  parseRulePack(text, { format: 'yaml', file: 'coventry.yaml' });
  // @ts-expect-error misspelt option: fromat
  parseRulePack(text, { fromat: 'yaml', file: 'coventry.yaml' });
}

export function server(): void {
  createServiceApp({ bodyLimit: 65536 });
  // @ts-expect-error misspelt option: bodyLimt
  createServiceApp({ bodyLimt: 65536 });
}

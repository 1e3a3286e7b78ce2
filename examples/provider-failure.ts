// A Coventry nursing home goes into administration and closes: is the s.48 duty engaged, who is responsible for
// each resident, and what must happen by when? Run with: npx tsup && npx tsx examples/provider-failure.ts
import { renderTrace } from 'adult-social-care-rules';
import {
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  type AffectedPersonInput,
} from 'adult-social-care-rules/provider-failure';

const duty = assessTemporaryDuty({
  asOf: '2026-03-02',
  provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] },
  activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
  events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
});
console.log(`s.48 temporary duty engaged: ${duty.engaged} (${duty.event?.description}, ${duty.event?.citation}); duty on ${duty.authority}`);
console.log(renderTrace(duty.trace).join('\n'));

const residents: AffectedPersonInput[] = [
  { ref: 'R-01', role: 'adult', arrangement: 'self-funded' },
  { ref: 'R-02', role: 'adult', arrangement: 'host-authority', hostAuthorityBasis: 'section-18' },
  { ref: 'R-03', role: 'adult', arrangement: 'other-english-authority', fundingBody: 'Warwickshire' },
  { ref: 'R-04', role: 'adult', arrangement: 'nhs-continuing-healthcare' },
  { ref: 'R-05', role: 'adult', arrangement: 'welsh-authority', fundingBody: 'Powys County Council' },
];
console.log('\nEach resident:');
for (const person of residents) {
  const r = determineContinuityBasis(person, { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: duty.engaged });
  console.log(`  ${r.ref}: ${r.basis} — coordinator ${r.coordinator.name ?? r.coordinator.role}, funder ${r.funder.name ?? r.funder.role}, cost recovery ${r.costRecovery.possible ? `from ${r.costRecovery.from.join(' and ')} (${r.costRecovery.citation})` : 'none'}`);
}

const plan = planProviderFailureResponse({
  notifiedAt: '2026-02-27T09:00:00Z',
  serviceType: 'nursing-home',
  cause: 'business-failure',
  timescale: 'emergency',
  buildingAvailable: false,
  peopleAffected: 42,
  affectedAuthorities: ['Coventry'],
  placingAuthorities: ['Warwickshire'],
  insolvencyPractitioner: { role: 'administrator' },
  nhsFundedPeople: 6,
});
console.log(`\nResponse: approach ${plan.approach}, led by ${plan.coordinatedBy}${plan.regionalCoordinator ? `; regional steps co-ordinated by ${plan.regionalCoordinator}` : ''}`);
for (const a of plan.actions) console.log(`  ${a.dueAt ?? (a.windowFrom ? `${a.windowFrom} to ${a.dueOn}` : `by ${a.dueOn}`)}  ${a.owner}: ${a.action}`);

const mo = isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, residential: { bedCapacity: 1500, authoritiesWithBeds: 12 } });
console.log(`\nMarket oversight (1,500 beds in 12 areas): ${mo.status} — ${mo.reason}`);

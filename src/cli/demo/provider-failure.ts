import { renderTrace } from '../../core/trace.js';
import {
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  type AffectedPersonInput,
  type TemporaryDutyInput,
} from '../../provider-failure/index.js';
import type { DemoSection } from '../command.js';

// Sample data from the Coventry Market and Provider Failure Approach (seed 001, Appendix 2) and the Care Act 2014 s.48.
const residents: { label: string; person: AffectedPersonInput }[] = [
  { label: 'self-funder', person: { ref: 'R-01', role: 'adult', arrangement: 'self-funded' } },
  { label: 'council-funded (s.18)', person: { ref: 'R-02', role: 'adult', arrangement: 'host-authority', hostAuthorityBasis: 'section-18' } },
  { label: 'placed by Warwickshire', person: { ref: 'R-03', role: 'adult', arrangement: 'other-english-authority', fundingBody: 'Warwickshire' } },
  { label: 'NHS Continuing Healthcare', person: { ref: 'R-04', role: 'adult', arrangement: 'nhs-continuing-healthcare', fundingBody: 'NHS Coventry and Warwickshire ICB' } },
  { label: 'placed by Powys (Wales)', person: { ref: 'R-05', role: 'adult', arrangement: 'welsh-authority', fundingBody: 'Powys County Council' } },
];

/** The provider-failure walkthrough: a nursing home in administration, from trigger to dated plan. */
export const providerFailureDemo: DemoSection = {
  title: 'Provider failure: the s.48 temporary duty, who is responsible, and the response plan',
  run(io) {
    const provider: TemporaryDutyInput['provider'] = { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] };
    const closes = assessTemporaryDuty({
      asOf: '2026-03-02',
      provider,
      activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
      events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
    });
    io.stdout('A Coventry nursing home enters administration on 20 February 2026 and closes on the 27th:\n');
    io.stdout(`${renderTrace(closes.trace).map((l) => `  ${l}`).join('\n')}\n`);

    const trading = assessTemporaryDuty({
      asOf: '2026-03-02',
      provider,
      activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'continuing', continuedBy: 'administrator' },
      events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
    });
    io.stdout(`\nHad the administrator kept trading: engaged = ${trading.engaged}. Why not: ${trading.whyNot.join(' ')}\n`);
    const mvl = assessTemporaryDuty({
      asOf: '2026-06-30',
      provider,
      activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-06-30' },
      events: [{ type: 'members-voluntary-winding-up', date: '2026-06-01' }],
    });
    io.stdout(`A solvent owner retiring (members' voluntary winding up): engaged = ${mvl.engaged}; ${mvl.otherCauses[0]?.because}.\n`);

    io.stdout('\nWho is responsible for each resident:\n');
    const context = { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: closes.engaged } as const;
    for (const { label, person } of residents) {
      const r = determineContinuityBasis(person, context);
      io.stdout(`  ${label.padEnd(26)} ${r.basis.padEnd(26)} ${r.summary}\n`);
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
    io.stdout(`\nResponse plan: approach ${plan.approach}, led by ${plan.coordinatedBy}${plan.regionalCoordinator ? `, with ${plan.regionalCoordinator} co-ordinating the regional steps` : ' (one market affected: no regional escalation)'}.\n`);
    io.stdout(`  Stakeholders: ${plan.stakeholders.map((s) => `${s.name ?? s.body} (${s.role})`).join('; ')}\n`);
    for (const a of plan.actions) {
      const when = a.dueAt ?? (a.windowFrom ? `${a.windowFrom} to ${a.dueOn}` : `by ${a.dueOn}`);
      io.stdout(`  ${String(when).padEnd(27)} ${a.owner}: ${a.action}\n`);
    }

    const home = planProviderFailureResponse({
      notifiedAt: '2026-10-24T22:30:00+01:00',
      serviceType: 'home-support',
      cause: 'business-failure',
      timescale: 'emergency',
      peopleAffected: 140,
      affectedAuthorities: ['Coventry'],
    });
    const homeClosure = home.actions.filter((a) => a.phase === 'closure');
    io.stdout(`\nA home support branch closes overnight (notified 22:30 BST, Saturday 24 October 2026): approach ${home.approach}; the project team is due at ${homeClosure[0]?.dueAt} and the last step at ${homeClosure.at(-1)?.dueAt} (the clocks went back in between).\n`);

    const mo = isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, residential: { bedCapacity: 1500, authoritiesWithBeds: 12 } });
    io.stdout(`\nMarket oversight for a 1,500-bed group in 12 areas: ${mo.status}. ${mo.reason}\n`);
  },
};

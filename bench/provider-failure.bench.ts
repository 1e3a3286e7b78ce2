import { bench, describe } from 'vitest';
import {
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  type AffectedPersonInput,
} from '../src/provider-failure/index.js';

// A large home-care failure: 2,000 people to place, the scale of a market-oversight provider (SI 2015/314 reg 2).
const arrangements = ['self-funded', 'host-authority', 'other-english-authority', 'nhs-continuing-healthcare', 'welsh-authority'] as const;
const people: AffectedPersonInput[] = Array.from({ length: 2_000 }, (_, i) => {
  const arrangement = arrangements[i % arrangements.length]!;
  return {
    ref: `P-${i}`,
    role: 'adult',
    arrangement,
    ...(arrangement === 'host-authority' ? { hostAuthorityBasis: 'section-18' as const } : {}),
    ...(arrangement === 'other-english-authority' || arrangement === 'welsh-authority' ? { fundingBody: 'Elsewhere' } : {}),
  };
});
const context = { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'community', temporaryDutyEngaged: true } as const;

describe('provider-failure', () => {
  bench('assessTemporaryDuty (one provider)', () => {
    assessTemporaryDuty({
      asOf: '2026-03-02',
      provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['personal-care'] },
      activity: { type: 'personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
      events: [{ type: 'administrator-appointed', date: '2026-02-20' }, { type: 'staff-shortage', date: '2026-02-01' }],
    });
  });

  bench('determineContinuityBasis for 2,000 people', () => {
    for (const person of people) determineContinuityBasis(person, context);
  });

  bench('planProviderFailureResponse (care home, two authorities)', () => {
    planProviderFailureResponse({
      notifiedAt: '2026-03-27T18:00:00Z',
      serviceType: 'nursing-home',
      cause: 'business-failure',
      timescale: 'emergency',
      peopleAffected: 42,
      affectedAuthorities: ['Coventry', 'Warwickshire'],
      placingAuthorities: ['Warwickshire'],
    });
  });

  bench('isMarketOversightProvider', () => {
    isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek: 27_000, peopleInWeek: 850 }, residential: { bedCapacity: 1_500, authoritiesWithBeds: 12 } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack } from '../../src/index.js';
import { coventryProviderFailurePack, isMarketOversightProvider, type MarketOversightStatus } from '../../src/provider-failure/index.js';

const asOf = '2026-04-01';
const care = (hoursInWeek: number, peopleInWeek: number) => isMarketOversightProvider({ asOf, isLocalAuthority: false, personalCare: { hoursInWeek, peopleInWeek } });
const beds = (bedCapacity: number, authoritiesWithBeds: number) => isMarketOversightProvider({ asOf, isLocalAuthority: false, residential: { bedCapacity, authoritiesWithBeds } });

describe('isMarketOversightProvider: SI 2015/314 reg 2 (personal care), from its Explanatory Note', () => {
  it('30,000 hours in a week meets it; 29,999 alone does not', () => {
    expect(care(30_000, 100).status).toBe('meets');
    expect(care(29_999, 100).status).toBe('does-not-meet');
  });
  it('2,000 people meets it; 1,999 at low intensity does not', () => {
    expect(care(10_000, 2_000).status).toBe('meets');
    expect(care(10_000, 1_999).status).toBe('does-not-meet');
  });
  it('800 people at more than 30 hours each meets it; exactly 30 hours each does not ("exceeds 30")', () => {
    expect(care(24_001, 800).status).toBe('meets');
    expect(care(24_000, 800).status).toBe('does-not-meet');
    expect(care(29_000, 799).status).toBe('does-not-meet');
  });
  it('a local authority is outside the regime whatever its size', () => {
    expect(isMarketOversightProvider({ asOf, isLocalAuthority: true, personalCare: { hoursInWeek: 90_000, peopleInWeek: 9_000 } }).status).toBe('does-not-meet');
  });
});

describe('isMarketOversightProvider: SI 2015/314 reg 3 (residential)', () => {
  it('2,000 beds meets it', () => {
    expect(beds(2_000, 1).status).toBe('meets');
  });
  it('1,000 to 1,999 beds in at least 16 authorities meets it', () => {
    expect(beds(1_000, 16).status).toBe('meets');
    expect(beds(1_999, 16).status).toBe('meets');
  });
  it('1,500 beds in 15 authorities could turn on the unverified third limb: undetermined, saying so', () => {
    const r = beds(1_500, 15);
    expect(r.status).toBe('undetermined');
    expect(r.inRegime).toBe(false);
    expect(r.reason).toContain('unverified third limb');
    expect(r.limbs.at(-1)).toMatchObject({ id: 'residential-unverified-limb', outcome: 'unknown' });
    expect(r.trace.steps.at(-1)?.warnings?.[0]).toContain('UNVERIFIED');
  });
  it('999 beds meets no limb (the library assumes the third limb needs 1,000 beds: a flagged policy), and the reason says the "no" rests on that assumption', () => {
    const r = beds(999, 40);
    expect(r.status).toBe('does-not-meet');
    expect(r.reason).toContain('assumption');
    expect(r.reason).toContain('1000 beds');
    expect(r.trace.steps.at(-1)?.warnings?.[0]).toContain('UNVERIFIED');
    // Personal care alone involves no unverified limb: a plain "no".
    expect(care(100, 10).reason).toBe('Does not meet any market oversight criterion of SI 2015/314.');
  });
  it('a council that sets the assumption to 0 gets undetermined for small providers too', () => {
    const cautious = extendPack(coventryProviderFailurePack, {
      id: 'cautious',
      version: '1',
      entries: { marketOversightUnverifiedLimbMinBeds: [{ validFrom: '2015-04-06', kind: 'policy', citation: 'Cautious reading', value: 0 }] },
    });
    expect(isMarketOversightProvider({ asOf, isLocalAuthority: false, residential: { bedCapacity: 999, authoritiesWithBeds: 40 } }, { pack: cautious }).status).toBe('undetermined');
  });
  it('a verified limb met elsewhere decides it even when the third limb is unknown', () => {
    expect(isMarketOversightProvider({ asOf, isLocalAuthority: false, personalCare: { hoursInWeek: 31_000, peopleInWeek: 900 }, residential: { bedCapacity: 1_200, authoritiesWithBeds: 3 } }).status).toBe('meets');
  });
  it('the thresholds are law: a council cannot lower them', () => {
    expect(() =>
      extendPack(coventryProviderFailurePack, {
        id: 'x',
        version: '1',
        entries: { marketOversightResidential: [{ validFrom: '2026-01-01', kind: 'law', citation: 'x', value: { minBeds: 500, spreadMinBeds: 100, spreadMaxBeds: 499, spreadMinAuthorities: 2 } }] },
      }),
    ).toThrow(/national law/);
  });
  it('neither measure, or more areas than beds, is refused', () => {
    expect(() => isMarketOversightProvider({ asOf, isLocalAuthority: false })).toThrow(/personalCare/);
    expect(() => beds(10, 11)).toThrow(/authoritiesWithBeds/);
    expect(() => care(40_000, 0)).toThrow(/peopleInWeek/);
  });
});

describe('isMarketOversightProvider: properties', () => {
  const rank: Record<MarketOversightStatus, number> = { 'does-not-meet': 0, undetermined: 1, meets: 2 };
  // More people at the same hours can lower the hours per person below the intensity limb, so only hours are monotone.
  it('more hours in the week never take a provider out of the regime', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 1, max: 3_000 }), fc.integer({ min: 0, max: 5_000 }), (hours, people, more) => {
        return care(hours + more, people).status !== 'does-not-meet' || care(hours, people).status === 'does-not-meet';
      }),
    );
  });
  it('more beds or more areas never lower the status', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_500 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: 10 }), (b, a, moreBeds, moreAreas) => {
        // Every bed is in some area: at least one area when there are beds, never more areas than beds.
        const areas = b === 0 ? 0 : Math.max(1, Math.min(a, b));
        const bigger = b + moreBeds;
        const moreAreasNow = Math.max(bigger > 0 ? 1 : 0, Math.min(areas + moreAreas, bigger));
        return rank[beds(bigger, moreAreasNow).status] >= rank[beds(b, areas).status];
      }),
    );
  });
});

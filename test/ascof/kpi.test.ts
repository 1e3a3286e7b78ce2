import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extendPack, isRulesError } from '../../src/index.js';
import {
  calculateAverageWaitingTime,
  calculateComplaintsUpheld,
  calculateLocalKpi,
  calculateProviderQualityShare,
  calculateShortTermSupportOutcome,
  compareFeeRates,
  compareRepresentation,
  defaultAscofPack,
} from '../../src/ascof/index.js';

function issues(fn: () => unknown) {
  try { fn(); } catch (e) { if (isRulesError(e)) return e.issues; throw e; }
  throw new Error('expected a RulesError');
}

describe('short-term home support (Coventry KPI; 76.7% at 2023/24 outturn)', () => {
  // 434 / 566 = 0.76678… → 76.7%; the 12 deaths are outside the denominator by default.
  it('reproduces 76.7% from 300 + 134 no/reduced need out of 566 completed episodes', () => {
    const r = calculateShortTermSupportOutcome({
      asOf: '2024-03-31',
      outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52, deceased: 12 },
    });
    expect(r.value?.value).toBe('76.7');
    expect([r.numerator, r.denominator]).toEqual(['434', '566']);
    expect(r.warnings.join(' ')).toMatch(/does not say who is excluded/);
  });

  it('a council override that counts deaths in the denominator changes the outcome', () => {
    const pack = extendPack(defaultAscofPack, {
      id: 'other-council', version: '1',
      entries: { shortTermSupportOutcomes: [{ validFrom: '2014-04-01', value: { numerator: ['no-long-term-support', 'reduced-long-term-support'], denominator: ['no-long-term-support', 'reduced-long-term-support', 'same-long-term-support', 'increased-long-term-support', 'new-long-term-support', 'deceased'] }, citation: 'Other council KPI definition', kind: 'policy' }] },
    });
    const input = { asOf: '2024-03-31', outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52, deceased: 12 } };
    // 434 / 578 = 75.09 → 75.1
    expect(calculateShortTermSupportOutcome(input, { pack }).value?.value).toBe('75.1');
    expect(calculateShortTermSupportOutcome(input, { pack }).pack.layers.map((l) => l.id)).toEqual(['coventry-ascof', 'other-council']);
  });

  it('stays within 0-100 for any counts', () => {
    fc.assert(fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (a, b, c) => {
      const v = calculateShortTermSupportOutcome({ asOf: '2025-03-31', outcomes: { 'no-long-term-support': a, 'same-long-term-support': b, 'new-long-term-support': c } }).value;
      if (v) expect(Number(v.value)).toBeGreaterThanOrEqual(0);
      if (v) expect(Number(v.value)).toBeLessThanOrEqual(100);
    }));
  });
});

describe('provider quality (CQC rating and council risk level)', () => {
  const services = [
    { cqcRating: 'good' as const, councilRiskLevel: 0 },
    { cqcRating: 'outstanding' as const, councilRiskLevel: 1 },
    { cqcRating: 'good' as const, councilRiskLevel: 3 },
    { cqcRating: 'requires-improvement' as const, councilRiskLevel: 1 },
    { cqcRating: null, councilRiskLevel: 0 },
  ];
  it('counts services good/outstanding AND at risk level 0-1; an unrated service is judged on risk: 3 of 5 = 60.0%', () => {
    const r = calculateProviderQualityShare({ asOf: '2026-03-31', services });
    expect(r.value?.value).toBe('60.0');
    expect(r.breakdown.map((b) => b.group)).toEqual(['outstanding', 'good', 'requires-improvement', 'not rated']);
  });
  it('a council that excludes unrated services gets 2 of 4 = 50.0%', () => {
    const pack = extendPack(defaultAscofPack, { id: 'x', version: '1', entries: { qualityStandard: [{ validFrom: '2014-04-01', value: { cqcRatingsMeeting: ['outstanding', 'good'], councilRiskLevelsMeeting: [0, 1], unrated: 'exclude' }, citation: 'x', kind: 'policy' }] } });
    expect(calculateProviderQualityShare({ asOf: '2026-03-31', services }, { pack }).value?.value).toBe('50.0');
  });
  it('raising a service\'s risk level never raises the share (monotone)', () => {
    fc.assert(fc.property(fc.array(fc.record({ cqcRating: fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate', null), councilRiskLevel: fc.integer({ min: 0, max: 3 }) }), { minLength: 1, maxLength: 30 }), fc.nat(), (list, pick) => {
      const i = pick % list.length;
      const worse = list.map((s, j) => (j === i ? { ...s, councilRiskLevel: s.councilRiskLevel + 1 } : s));
      const a = Number(calculateProviderQualityShare({ asOf: '2026-03-31', services: list }).value?.value);
      const b = Number(calculateProviderQualityShare({ asOf: '2026-03-31', services: worse }).value?.value);
      expect(b).toBeLessThanOrEqual(a);
    }));
  });
});

describe('complaints upheld or partly upheld', () => {
  it('counts only formally investigated complaints upheld or partially upheld', () => {
    const r = calculateComplaintsUpheld({ asOf: '2025-03-31', complaints: [
      { formallyInvestigated: true, outcome: 'upheld' }, { formallyInvestigated: true, outcome: 'partially-upheld' },
      { formallyInvestigated: true, outcome: 'not-upheld' }, { formallyInvestigated: true, outcome: 'open' },
      { formallyInvestigated: false, outcome: 'upheld' },
    ] });
    expect(r.value?.value).toBe('2');
    // 2 of 3 decided formal investigations = 66.7%
    expect(r.breakdown[0]?.figures.share).toBe('66.7');
    expect(r.polarity).toBe('lower-is-better');
  });
});

describe('fee rates against the regional average (money in decimals)', () => {
  it('gives the difference in pounds and percent: £21.50 vs £22.10 is −£0.60, −2.7%', () => {
    const r = compareFeeRates({ asOf: '2025-04-01', region: 'West Midlands', rates: [
      { service: 'Homecare', unit: 'hour', council: '21.50', regionalAverage: '22.10' },
      { service: 'Supported living', unit: 'hour', council: '23.10', regionalAverage: '22.05' },
    ] });
    expect(r.breakdown[0]?.figures).toMatchObject({ difference: '-0.60', percentDifference: '-2.7', position: 'below' });
    // 1.05 / 22.05 = 4.76% → 4.8
    expect(r.breakdown[1]?.figures).toMatchObject({ difference: '1.05', percentDifference: '4.8', position: 'above' });
    expect(r.value?.value).toBe('1');
  });
  it('refuses money given as a float-like number and a zero average', () => {
    expect(issues(() => compareFeeRates({ asOf: '2025-04-01', region: 'WM', rates: [{ service: 'x', unit: 'h', council: 21.5 as unknown as string, regionalAverage: '1' }] })).length).toBeGreaterThan(0);
    expect(issues(() => compareFeeRates({ asOf: '2025-04-01', region: 'WM', rates: [{ service: 'x', unit: 'h', council: '1', regionalAverage: '0' }] }))[0]?.path).toEqual(['rates', 0, 'regionalAverage']);
  });
});

describe('representation against the Census (Coventry market position statement)', () => {
  const groups = [
    { group: 'Asian/Asian British: Indian', supportedShare: '5.9', populationShare: '9.5' },
    { group: 'White: any other background', supportedShare: '1.9', populationShare: '8.7' },
    { group: 'Black, Black British, Caribbean or African', supportedShare: '1.4', populationShare: '6.2' },
    { group: 'All other groups', supportedShare: '90.8', populationShare: '75.6' },
  ];
  it('gives the ratio per group: 5.9/9.5 = 0.62, 1.9/8.7 = 0.22, 1.4/6.2 = 0.23, 90.8/75.6 = 1.20', () => {
    const r = compareRepresentation({ asOf: '2024-03-31', population: 'Census 2021', groups });
    expect(r.breakdown.map((b) => b.figures.ratio)).toEqual(['0.62', '0.22', '0.23', '1.20']);
    expect(r.value?.value).toBe('0.22');
  });
  it('refuses the seed\'s spend "percentages" that sum to 106.1 (they are £m)', () => {
    const spend = ['3.0', '11.5', '1.4', '38.5', '7.6', '0.4', '12.7', '28.4', '2.6'].map((v, i) => ({ group: `g${i}`, supportedShare: v, populationShare: v }));
    const found = issues(() => compareRepresentation({ asOf: '2024-03-31', population: 'x', groups: spend }));
    expect(found[0]?.code).toBe('shares_do_not_sum');
    expect(found[0]?.message).toMatch(/106\.1/);
  });
  it('accepts any split of 100 given as floating shares, and each ratio is supported ÷ population to 2 dp', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 8 }), (ws) => {
      const total = ws.reduce((a, b) => a + b, 0);
      const shares = ws.map((w) => (w * 100) / total);
      const g = shares.map((s, i) => ({ group: `g${i}`, supportedShare: s, populationShare: shares[(i + 1) % shares.length]! }));
      const r = compareRepresentation({ asOf: '2024-03-31', population: 'p', groups: g });
      r.breakdown.forEach((b, i) => expect(Math.abs(Number(b.figures.ratio) - shares[i]! / shares[(i + 1) % shares.length]!)).toBeLessThanOrEqual(0.005 + 1e-9));
    }));
  });
});

describe('average waiting time in days', () => {
  it("a date before the pack's first value is refused at the input's asOf, by the entry point", () => {
    try {
      calculateAverageWaitingTime({ asOf: '2013-03-31', waits: [{ from: '2013-01-06', to: '2013-01-20' }] });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error)).toBe(true);
      if (!isRulesError(error)) return;
      expect(error.entry).toBe('calculateAverageWaitingTime');
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([['no_value_in_force', ['asOf']]]);
    }
  });

  it('averages completed waits: 14 and 21 days → 17.5; the open wait is counted only by an include-open pack', () => {
    const input = { asOf: '2025-03-31', waits: [{ from: '2025-01-06', to: '2025-01-20' }, { from: '2025-02-03', to: '2025-02-24' }, { from: '2025-03-03' }] };
    expect(calculateAverageWaitingTime(input).value?.value).toBe('17.5');
    const pack = extendPack(defaultAscofPack, { id: 'x', version: '1', entries: { waitingTimeBasis: [{ validFrom: '2014-04-01', value: 'include-open', citation: 'x', kind: 'policy' }] } });
    // (14 + 21 + 28) / 3 = 21.0
    expect(calculateAverageWaitingTime(input, { pack }).value?.value).toBe('21.0');
  });
  it('refuses a wait that ends before it starts', () => {
    expect(issues(() => calculateAverageWaitingTime({ asOf: '2025-03-31', waits: [{ from: '2025-02-03', to: '2025-02-01' }] }))[0]?.path).toEqual(['waits', 0, 'to']);
  });
  it('the mean lies between the shortest and the longest wait', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 30 }), (ws) => {
      const base = Date.UTC(2024, 0, 1);
      const iso = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
      const waits = ws.map(([s, len]) => ({ from: iso(s), to: iso(s + len) }));
      const v = Number(calculateAverageWaitingTime({ asOf: '2025-03-31', waits }).value?.value);
      expect(v).toBeGreaterThanOrEqual(Math.min(...ws.map((w) => w[1])));
      expect(v).toBeLessThanOrEqual(Math.max(...ws.map((w) => w[1])));
    }));
  });
});

it('calculateLocalKpi dispatches on the kpi tag', () => {
  expect(calculateLocalKpi({ kpi: 'waiting-time', asOf: '2025-03-31', waits: [{ from: '2025-03-01', to: '2025-03-11' }] }).value?.value).toBe('10.0');
  expect(issues(() => calculateLocalKpi({ kpi: 'nope' } as never)).length).toBeGreaterThan(0);
});

import { describe, expect, it } from 'vitest';
import { LEICESTERSHIRE_MPS_2013, grossUpSelfFunders, growthBetween, projectDemand, type ServiceCountsInput } from '../../src/demand/index.js';

const T = LEICESTERSHIRE_MPS_2013;

describe('Leicestershire MPS 2013 section 2.1: 65+ community services with 19% self-funders', () => {
  // Published: LA-funded 10,868 / 11,959 / 13,322; self-funders 2,549 / 2,805 / 3,125; totals 13,417 / 14,764 / 16,447.
  const published = [
    { la: 10868, self: '2549', total: '13417' },
    { la: 11959, self: '2805', total: '14764' },
    { la: 13322, self: '3125', total: '16447' },
  ];
  for (const row of published) {
    it(`grosses up ${row.la} LA-funded people to a total of ${row.total} with ${row.self} self-funders (19% of the total)`, () => {
      const r = grossUpSelfFunders(row.la, '0.19');
      expect(r.total).toBe(row.total);
      expect(r.selfFunded).toBe(row.self);
      expect(r.laFunded).toBe(String(row.la));
    });
  }

  it('is not LA-funded × 19% (the trap): that would give 2,065 self-funders in 2012', () => {
    expect(grossUpSelfFunders(10868, '0.19').selfFunded).not.toBe('2065');
  });

  it('reproduces the table through projectDemand with the pack\'s 19% and reports the stated 22.6% growth of totals 2012-2020', () => {
    // Illustrative population: a 10% service rate on a population of 108,680 gives the 2012 LA-funded
    // figure; the 2015 and 2020 populations are chosen to give the published LA-funded figures.
    const population = [
      { area: 'Leicestershire', year: 2012, sex: 'persons', ageBand: '65+', people: 108680 },
      { area: 'Leicestershire', year: 2015, sex: 'persons', ageBand: '65+', people: 119590 },
      { area: 'Leicestershire', year: 2020, sex: 'persons', ageBand: '65+', people: 133220 },
    ] as const;
    const r = projectDemand({
      asOf: '2026-11-23',
      measure: 'People aged 65+ receiving community-based services',
      population: [...population],
      rates: { kind: 'service-counts', name: 'Community-based services 65+', source: 'Leicestershire MPS 2013 s2.1', baseYear: 2012, counts: [{ area: 'Leicestershire', sex: 'persons', ageBand: '65+', count: 10868 }] },
      scenario: { selfFunders: {} },
    });
    expect(r.totals.map((t) => t.selfFunders?.laFunded)).toEqual(['10868', '11959', '13322']);
    expect(r.totals.map((t) => t.selfFunders?.selfFunded)).toEqual(['2549', '2805', '3125']);
    expect(r.totals.map((t) => t.selfFunders?.total)).toEqual(['13417', '14764', '16447']);
    expect(r.totals[2]?.selfFunders?.totalGrowthPercent).toBe(T.communityServices65.statedIncrease2012to2020);
    // The 19% is Leicestershire policy citing Forder (2007), unverified: the trace repeats the warning.
    const step = r.trace.steps.find((s) => s.rule === 'demand.selfFunders');
    expect(step?.citation).toMatch(/Leicestershire Market Position Statement/);
    expect(step?.warnings?.[0]).toMatch(/UNVERIFIED/);
    expect(r.levers.find((l) => l.order === 4)).toMatchObject({ name: 'self-funder share of total', value: '0.19' });
  });
});

describe('Leicestershire MPS 2013 section 2.1b: 65+ user groups 2012 to 2013 from one population growth factor', () => {
  // The report gives no 2013 population. Every published 2013 cell is its 2012 cell × one factor, rounded:
  // the factors that work lie in [6369.5 ÷ 6141, 8977.5 ÷ 8655) = [1.0372089…, 1.0372617…). 2012 65+ population: 124,400 (section 2.0: +64,700
  // is +52% by 2030); 2013: 129,030 (illustrative), a factor of 1.0372186.
  function counts(): ServiceCountsInput {
    const rows: ServiceCountsInput['counts'] = [];
    for (const r of T.userGroups65.rows) {
      r[2012].forEach((v, i) => {
        if (v !== null) rows.push({ area: 'Leicestershire', group: `${r.group} / ${T.userGroups65.services[i]}`, sex: 'persons', ageBand: '65+', count: v });
      });
    }
    return { kind: 'service-counts', name: '65+ customers by user group and service', source: 'Leicestershire MPS 2013 s2.1b (RAP 2011/12)', baseYear: 2012, counts: rows };
  }
  const run = (pop2013: number) =>
    projectDemand({
      asOf: '2026-11-23',
      measure: '65+ customers by user group and service',
      population: [
        { area: 'Leicestershire', year: 2012, sex: 'persons', ageBand: '65+', people: 124400 },
        { area: 'Leicestershire', year: 2013, sex: 'persons', ageBand: '65+', people: pop2013 },
      ],
      rates: counts(),
    });
  const published2013 = new Map<string, number>();
  for (const r of T.userGroups65.rows) r[2013].forEach((v, i) => v !== null && published2013.set(`${r.group} / ${T.userGroups65.services[i]}`, v));

  it('reproduces all 25 published 2013 cells exactly', () => {
    const cells = run(129030).cells.filter((c) => c.year === 2013);
    expect(cells).toHaveLength(25);
    for (const c of cells) expect([c.group, c.people.rounded]).toEqual([c.group, String(published2013.get(c.group))]);
  });

  it('keeps the 2012 cells as published (rates derived from them reproduce them)', () => {
    const cells = run(129030).cells.filter((c) => c.year === 2012);
    const published2012 = new Map<string, number>();
    for (const r of T.userGroups65.rows) r[2012].forEach((v, i) => v !== null && published2012.set(`${r.group} / ${T.userGroups65.services[i]}`, v));
    for (const c of cells) expect(c.people.rounded).toBe(String(published2012.get(c.group)));
  });

  it('the published table itself admits one common factor, in [6369.5 ÷ 6141, 8977.5 ÷ 8655) = [1.0372089…, 1.0372617…) (worked out from the table, not by the library)', () => {
    // A 2013 cell v rounded from 2012 cell c × f needs f in [(v − 0.5) ÷ c, (v + 0.5) ÷ c).
    let lo = 0;
    let hi = Infinity;
    for (const r of T.userGroups65.rows) {
      r[2012].forEach((c, i) => {
        const v = r[2013][i];
        if (c === null || v === null || v === undefined) return;
        lo = Math.max(lo, (v - 0.5) / c);
        hi = Math.min(hi, (v + 0.5) / c);
      });
    }
    expect(lo).toBeLessThan(hi);
    expect(lo).toBe(6369.5 / 6141); // homecare, physical disability: 6,141 → 6,370
    expect(hi).toBe(8977.5 / 8655); // total, physical disability: 8,655 → 8,977
    // The guide once gave the upper end as 1.037262: that factor does not reproduce the table (8,655 × 1.037262 = 8,977.5…, rounds to 8,978).
    expect(1.037262).toBeGreaterThan(hi);
    expect(Math.round(8655 * 1.037262)).toBe(8978);
    expect(129030 / 124400).toBeGreaterThanOrEqual(lo);
    expect(129030 / 124400).toBeLessThan(hi);
  });

  it('a factor outside the interval (1.0370) fails to reproduce the table', () => {
    const cells = run(124400 * 1.037).cells.filter((c) => c.year === 2013);
    expect(cells.some((c) => c.people.rounded !== String(published2013.get(c.group)))).toBe(true);
  });
});

describe('Leicestershire "% Increase" columns are 2012 ÷ 2030 ratios, not growth', () => {
  for (const row of T.dementiaByDistrict.rows) {
    it(`dementia, ${row.area}: stated ${row.statedIncrease}% is the 2012/2030 ratio`, () => {
      const g = growthBetween(row.values[0], row.values[4]);
      expect(g.fromOverToPercent).toBe(row.statedIncrease);
      expect(g.growthPercent).not.toBe(row.statedIncrease);
    });
  }
  it('Leicestershire dementia 8,483 → 15,697 is growth of 85.0% (ratio 54.0%)', () => {
    expect(growthBetween(8483, 15697)).toMatchObject({ growthPercent: '85.0', fromOverToPercent: '54.0' });
  });
  for (const row of T.livingAlone.rows) {
    it(`living alone, ${row.group}: stated ${row.statedIncrease}% is the 2012/2030 ratio`, () => {
      expect(growthBetween(row.values[0], row.values[4]).fromOverToPercent).toBe(row.statedIncrease);
    });
  }
  it('projectDemand names both: growth 85.0% and from-over-year 54.0% for the Leicestershire dementia total', () => {
    const r = projectDemand({
      asOf: '2026-11-23',
      measure: 'Dementia 65+',
      population: [
        { area: 'Leicestershire', year: 2012, sex: 'persons', ageBand: '65+', people: 8483 },
        { area: 'Leicestershire', year: 2030, sex: 'persons', ageBand: '65+', people: 15697 },
      ],
      rates: { kind: 'rates', name: 'Index', source: 'Test: rate 1 turns the table into its own population', baseYear: 2012, unit: 'proportion', rates: [{ sex: 'persons', ageBand: '65+', rate: 1 }] },
    });
    expect(r.totals[1]?.growth).toEqual({ fromYear: 2012, growthPercent: '85.0', fromOverYearPercent: '54.0' });
  });
});

import {
  CFAS_II_DEMENTIA_RATES,
  LEICESTERSHIRE_MPS_2013,
  defaultDemandPack,
  grossUpSelfFunders,
  growthBetween,
  projectCareHomeStock,
  projectCosts,
  projectDemand,
  simulateDemand,
  type ProjectDemandInput,
} from '../../demand/index.js';
import { resolve } from '../../core/rulePack.js';
import type { DemoSection } from '../command.js';

const fmt = (v: string | number): string => Number(v).toLocaleString('en-GB');

/** An illustrative 65+ population by sex and band growing 2% a year (not an ONS figure). */
function illustrativePopulation(from: number, to: number): ProjectDemandInput['population'] {
  const base: Record<string, [number, number]> = { '65-69': [15000, 16000], '70-74': [14000, 15500], '75-79': [10000, 12000], '80-84': [7000, 9000], '85-89': [3500, 5500], '90+': [1300, 3000] };
  const rows: ProjectDemandInput['population'] = [];
  for (let year = from; year <= to; year += 1) {
    const f = 1.02 ** (year - from);
    for (const [ageBand, [m, w]] of Object.entries(base)) {
      rows.push({ area: 'Illustrative', year, sex: 'male', ageBand, people: Math.round(m * f) });
      rows.push({ area: 'Illustrative', year, sex: 'female', ageBand, people: Math.round(w * f) });
    }
  }
  return rows;
}

/** The demand walkthrough. */
export const demandDemo: DemoSection = {
  title: 'Demand: projections, self-funders, uncertainty, care-home beds and costs',
  run(io) {
    const T = LEICESTERSHIRE_MPS_2013.communityServices65;
    const share = resolve(defaultDemandPack, 'selfFunderShare', '2026-11-23');
    io.stdout(`Leicestershire MPS 2013, 65+ community services. Self-funders are ${Number(share.value) * 100}% of the TOTAL (${share.citation}).\n`);
    io.stdout(`  warning: ${share.warning}\n`);
    io.stdout('  year   LA-funded  self-funded    total\n');
    T.years.forEach((year, i) => {
      const r = grossUpSelfFunders(T.laFunded[i]!, share.value);
      io.stdout(`  ${year}  ${fmt(r.laFunded).padStart(10)}  ${fmt(r.selfFunded).padStart(11)}  ${fmt(r.total).padStart(7)}\n`);
    });
    io.stdout(`  Growth of the total 2012-2020: ${growthBetween(13417, 16447).growthPercent}% (the report says 22.6%).\n`);

    const d = growthBetween(8483, 15697);
    io.stdout(`\nThe report's dementia table says "% Increase 54.0%" for 8,483 (2012) → 15,697 (2030). That is the ratio 2012 ÷ 2030 (${d.fromOverToPercent}%); the growth is ${d.growthPercent}%.\n`);

    const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'People aged 65+ with dementia (CFAS II rates, illustrative population)', population: illustrativePopulation(2025, 2040), rates: CFAS_II_DEMENTIA_RATES };
    const p = projectDemand(input);
    const first = p.totals[0]!;
    const last = p.totals[p.totals.length - 1]!;
    io.stdout(`\nCFAS II dementia rates × an illustrative 65+ population growing 2% a year: ${fmt(first.people.rounded)} people in ${first.year}, ${fmt(last.people.rounded)} in ${last.year} (growth ${last.growth.growthPercent}% from ${last.growth.fromYear}).\n`);
    const sim = simulateDemand(input, { draws: 2000, seed: 42 });
    const s = sim.totals[sim.totals.length - 1]!;
    io.stdout(`Monte Carlo, 2,000 draws, seed 42: ${s.year} mean ${fmt(s.mean)}, 95% band ${fmt(s.quantiles[0]!.value)} to ${fmt(s.quantiles[2]!.value)}.\n`);
    io.stdout(`  ${sim.method}\n`);
    const scen = projectDemand({ ...input, scenario: { rateTrendPerYear: '-0.01', prevention: { shareAvoided: '0.05' } } });
    io.stdout(`Scenario (rates −1% a year and 5% avoided by prevention, both from ${first.year + 1}, the year after the first projection year): ${fmt(scen.totals[scen.totals.length - 1]!.people.rounded)} in ${last.year}.\n`);
    const old = projectDemand({ ...input, scenario: { leversFrom: 'base-year', rateTrendPerYear: '-0.01', prevention: { shareAvoided: '0.05' } } });
    io.stdout(`  The same levers from the ${p.baseYear} base year of CFAS II (scenario.leversFrom: 'base-year', the behaviour before this version): ${fmt(old.totals[0]!.people.rounded)} already in ${first.year}.\n`);

    const beds = projectCareHomeStock({
      asOf: '2026-11-23',
      population: [2026, 2027, 2028, 2029, 2030].map((year, i) => ({ year, people: 100000 + i * 4000 })),
      admissionsPer10000: 120,
      meanLengthOfStayMonths: 28,
      initialOccupied: 2800,
      capacity: [{ fromYear: 2026, beds: 2950 }],
    });
    io.stdout('\nCare-home beds (stock-flow; 120 admissions per 10,000 65+ and a 28-month stay, The Strategy Unit\'s defaults; 2,950 beds):\n');
    for (const y of beds.years) io.stdout(`  ${y.year}: ${fmt(y.occupiedEnd)} occupied (${y.occupancyPercent}%), ${fmt(y.waitingEnd)} waiting\n`);

    const costs = projectCosts(
      [2026, 2030].map((year) => ({ service: 'Residential 65+', year, quantity: beds.years.find((y) => y.year === year)!.occupiedEnd })),
      [{ service: 'Residential 65+', amount: '800.00', priceYear: 2026, unitsPerYear: 52, source: 'illustrative weekly cost' }],
      { asOf: '2026-11-23' },
    );
    io.stdout(`\nCosts at an illustrative £800 a week, uplifted ${(Number(costs.upliftPerYear) * 100).toFixed(1)}% a year: ${costs.totals.map((t) => `${t.year} £${Number(t.cost).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`).join(', ')} (${costs.rounding.note})\n`);
  },
};

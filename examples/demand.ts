// Projects dementia among people aged 65+ with the CFAS II rates, simulates the uncertainty of the rates,
// writes the chart as SVG, and grosses up the Leicestershire 2013 community-services table for self-funders.
// Run: npm run build && npx tsx examples/demand.ts [chart.svg]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CFAS_II_DEMENTIA_RATES,
  LEICESTERSHIRE_MPS_2013,
  grossUpSelfFunders,
  projectDemand,
  projectionChartData,
  renderProjectionSvg,
  simulateDemand,
  type ProjectDemandInput,
} from 'adult-social-care-rules/demand';

// #region input
// An illustrative population (in practice: the ONS subnational population projection for your area,
// one row per year, sex and age band).
const bands: Record<string, [male: number, female: number]> = {
  '65-69': [15000, 16000],
  '70-74': [14000, 15500],
  '75-79': [10000, 12000],
  '80-84': [7000, 9000],
  '85-89': [3500, 5500],
  '90+': [1300, 3000],
};
const population: ProjectDemandInput['population'] = [];
for (let year = 2025; year <= 2040; year += 1) {
  const growth = 1.02 ** (year - 2025);
  for (const [ageBand, [male, female]] of Object.entries(bands)) {
    population.push({ area: 'Illustrative', year, sex: 'male', ageBand, people: Math.round(male * growth) });
    population.push({ area: 'Illustrative', year, sex: 'female', ageBand, people: Math.round(female * growth) });
  }
}
const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'People aged 65+ with dementia (CFAS II rates)', population, rates: CFAS_II_DEMENTIA_RATES };
// #endregion input

const projection = projectDemand(input);
for (const t of projection.totals.filter((t) => t.year % 5 === 0)) {
  console.log(`${t.year}: ${t.people.rounded} people with dementia (growth since ${t.growth.fromYear}: ${t.growth.growthPercent}%)`);
}

const sim = simulateDemand(input, { draws: 5000, seed: 2026 });
const last = sim.totals[sim.totals.length - 1]!;
console.log(`${last.year}, 5,000 draws: mean ${last.mean}, 95% interval ${last.quantiles[0]!.value} to ${last.quantiles[2]!.value}`);

const chartPath = process.argv[2] ?? '.tmp/demand-projection.svg';
mkdirSync(dirname(chartPath), { recursive: true });
writeFileSync(chartPath, renderProjectionSvg(projectionChartData(sim)));
console.log(`chart written to ${chartPath}`);

const table = LEICESTERSHIRE_MPS_2013.communityServices65;
table.years.forEach((year, i) => {
  const r = grossUpSelfFunders(table.laFunded[i]!, table.selfFunderShare);
  console.log(`Leicestershire ${year}: ${r.laFunded} LA-funded + ${r.selfFunded} self-funders = ${r.total} (19% of the total)`);
});

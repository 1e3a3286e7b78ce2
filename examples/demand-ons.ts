// From the ONS subnational population projection files (single year of age, as downloaded) to a POPPI-style
// table of three indicators, a three-scenario comparison with its chart, a Monte Carlo run over the
// principal and two population variants with a unit-cost range, and costs through a service mix.
// The two CSV files have the exact ONS 2022-based SNPP layout; their numbers are SYNTHETIC (see
// test/demand/fixtures/README.md). With your own download, point the paths at "2022 SNPP Population males.csv"
// and "... females.csv".
// Run: npm run build && npx tsx examples/demand-ons.ts [chart.svg]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  POPPI_STYLE_INDICATORS,
  CFAS_II_DEMENTIA_RATES,
  compareScenarios,
  comparisonChartData,
  projectCostsFromDemand,
  projectIndicators,
  renderProjectionSvg,
  simulateDemand,
  type ProjectDemandInput,
} from 'adult-social-care-rules/demand';
import { readOnsPopulationCsv } from 'adult-social-care-rules/readers';

// #region read
const years = { from: 2025, to: 2040 };
const files = ['test/demand/fixtures/snpp-2022-shape-males.csv', 'test/demand/fixtures/snpp-2022-shape-females.csv'];
const population = files.flatMap((f) => readOnsPopulationCsv(readFileSync(f, 'utf8'), { fromAge: 65, years }).rows);
const areas = [
  { code: 'E07000129', name: 'Blaby', parent: 'E10000018' },
  { code: 'E07000130', name: 'Charnwood', parent: 'E10000018' },
  { code: 'E10000018', name: 'Leicestershire' },
];
// #endregion read

// #region table
const table = projectIndicators({ asOf: '2026-11-23', population, populationVintage: 'ONS 2022-based SNPP layout (synthetic figures)', areas, indicators: [...POPPI_STYLE_INDICATORS] });
const show = [2025, 2030, 2035, 2040];
console.log(`${'indicator'.padEnd(62)} ${'sex'.padEnd(7)} ${'band'.padEnd(6)} ${show.map((y) => String(y).padStart(7)).join('')}`);
for (const row of table.table) {
  const cells = show.map((y) => row.values.find((v) => v.year === y)!.people.padStart(7)).join('');
  console.log(`${row.measure.slice(0, 61).padEnd(62)} ${row.sex.padEnd(7)} ${row.ageBand.padEnd(6)} ${cells}`);
}
// #endregion table

// #region compare
const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'People aged 65+ with dementia, Blaby and Charnwood', population, rates: CFAS_II_DEMENTIA_RATES };
const cmp = compareScenarios(input, {
  baselineName: 'Baseline (rates constant)',
  variants: [
    { name: 'Prevalence −1% a year', scenario: { rateTrendPerYear: '-0.01' } },
    { name: 'Prevention 5% from 2027', scenario: { prevention: { shareAvoided: '0.05', fromYear: 2027 } } },
  ],
});
for (const r of cmp.table.filter((t) => t.year % 5 === 0)) {
  console.log(`${r.year}: baseline ${r.baseline}; ${r.variants.map((v) => `${v.name} ${v.people} (${v.difference})`).join('; ')}`);
}
const chartPath = process.argv[2] ?? '.tmp/demand-scenarios.svg';
mkdirSync(dirname(chartPath), { recursive: true });
writeFileSync(chartPath, renderProjectionSvg(comparisonChartData(cmp)));
console.log(`chart written to ${chartPath}`);
// #endregion compare

// #region simulate
// The ONS high and low variants would be read like the principal; here they are the principal ± 6%.
const variant = (f: number): ProjectDemandInput['population'] => population.map((r) => ({ ...r, people: (Number(r.people) * f).toFixed(3) }));
const sim = simulateDemand(input, {
  draws: 20000,
  seed: 2026,
  populationVariants: [
    { name: 'high', population: variant(1.06) },
    { name: 'low', population: variant(0.94) },
  ],
  unitCost: { service: 'Residential care (weekly)', low: '780', central: '900', high: '1150', unitsPerYear: 52, priceYear: 2025, upliftPerYear: '0', priceBase: 'real' },
});
const last = sim.totals.at(-1)!;
const cost = sim.costs!.totals.at(-1)!;
console.log(`${last.year}, 20,000 draws over 3 population tables: people ${last.mean} (95%: ${last.quantiles[0]!.value} to ${last.quantiles[2]!.value}); self-funders: ${sim.selfFunders}`);
console.log(`  cost if all were in residential care, ${sim.costs!.priceBase.kind} terms: £${cost.mean} (95%: £${cost.quantiles[0]!.value} to £${cost.quantiles[2]!.value})`);
// #endregion simulate

// #region costs
const costs = projectCostsFromDemand(cmp.baseline.projection, [
  { service: 'Residential care', share: '0.3', unitCost: { amount: '900', priceYear: 2025, unitsPerYear: 52, source: 'illustrative' } },
  { service: 'Home care hours', share: '0.4', unitCost: { amount: '26', priceYear: 2025, unitsPerYear: 520, source: 'illustrative' } },
], { asOf: '2026-11-23' });
console.log(`Costs (${costs.priceBase.kind}; defaults applied: ${costs.defaultsApplied.join('; ')}): ${costs.totals.filter((t) => t.year % 5 === 0).map((t) => `${t.year} £${t.cost}`).join(', ')}`);
// #endregion costs

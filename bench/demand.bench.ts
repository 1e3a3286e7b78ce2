import { bench, describe } from 'vitest';
import { CFAS_II_DEMENTIA_RATES, projectDemand, simulateDemand, type ProjectDemandInput } from '../src/demand/index.js';

// 20 years × 2 sexes × 6 age bands = 240 cell-years, every rate with a 95% interval (CFAS II).
function table(scale: number): ProjectDemandInput['population'] {
  const population: ProjectDemandInput['population'] = [];
  for (let year = 2025; year < 2045; year += 1) {
    for (const sex of ['male', 'female'] as const) {
      for (const ageBand of ['65-69', '70-74', '75-79', '80-84', '85-89', '90+']) population.push({ area: 'Bench', year, sex, ageBand, people: Math.round((10000 + (year - 2025) * 250) * scale) });
    }
  }
  return population;
}
const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'Bench', population: table(1), rates: CFAS_II_DEMENTIA_RATES };
// The ONS principal projection (the input) with a high and a low variant, as an analyst would draw among them.
const populationVariants = [
  { name: 'high', population: table(1.08) },
  { name: 'low', population: table(0.93) },
];
const unitCost = { service: 'Residential', low: '750', central: '850', high: '1100', unitsPerYear: 52, priceYear: 2025, upliftPerYear: '0.02', priceBase: 'cash' as const };

// Target (issue 17): 100,000 draws with population variants under 1 s. Measured against the 10,000-draw
// run without variants in the same process, so the ratio shows what variants and 10× the draws cost.
describe('demand', () => {
  bench('simulateDemand: 10,000 draws × 20 years × 2 sexes × 6 bands', () => {
    const r = simulateDemand(input, { draws: 10_000, seed: 1 });
    if (r.cells.length !== 240) throw new Error('expected 240 cell-years');
  }, { iterations: 5, time: 0 });
  bench('simulateDemand: 100,000 draws × 20 years × 2 sexes × 6 bands, 3 population tables and a unit-cost range', () => {
    const r = simulateDemand(input, { draws: 100_000, seed: 1, populationVariants, unitCost });
    if (r.cells.length !== 240 || r.populationVariants.length !== 3 || r.costs?.totals.length !== 20) throw new Error('unexpected result shape');
  }, { iterations: 5, time: 0 });
  bench('projectDemand (exact decimals): 20 years × 2 sexes × 6 bands', () => {
    projectDemand(input);
  });
});

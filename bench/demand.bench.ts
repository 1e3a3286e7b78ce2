import { bench, describe } from 'vitest';
import { CFAS_II_DEMENTIA_RATES, projectDemand, simulateDemand, type ProjectDemandInput } from '../src/demand/index.js';

// 20 years × 2 sexes × 6 age bands = 240 cell-years, every rate with a 95% interval (CFAS II).
const population: ProjectDemandInput['population'] = [];
for (let year = 2025; year < 2045; year += 1) {
  for (const sex of ['male', 'female'] as const) {
    for (const ageBand of ['65-69', '70-74', '75-79', '80-84', '85-89', '90+']) population.push({ area: 'Bench', year, sex, ageBand, people: 10000 + (year - 2025) * 250 });
  }
}
const input: ProjectDemandInput = { asOf: '2026-11-23', measure: 'Bench', population, rates: CFAS_II_DEMENTIA_RATES };

describe('demand', () => {
  bench('simulateDemand: 10,000 draws × 20 years × 2 sexes × 6 bands', () => {
    const r = simulateDemand(input, { draws: 10_000, seed: 1 });
    if (r.cells.length !== 240) throw new Error('expected 240 cell-years');
  }, { iterations: 5, time: 0 });
  bench('projectDemand (exact decimals): 20 years × 2 sexes × 6 bands', () => {
    projectDemand(input);
  });
});

import fc from 'fast-check';
import type { ProjectDemandInput } from '../../src/demand/index.js';

export const BANDS = ['65-69', '70-74', '75-79', '80-84', '85-89', '90+'] as const;
export const SEXES = ['male', 'female'] as const;

/** A random projection input: 1-2 areas, 1-4 years, 2 sexes × 6 bands, integer populations, rates in percent with 1 decimal. */
export const projectionInput = fc
  .record({
    areas: fc.integer({ min: 1, max: 2 }),
    firstYear: fc.integer({ min: 2011, max: 2030 }),
    nYears: fc.integer({ min: 1, max: 4 }),
    pops: fc.array(fc.integer({ min: 0, max: 200000 }), { minLength: 96, maxLength: 96 }),
    rates: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ areas, firstYear, nYears, pops, rates }): ProjectDemandInput => {
    const population: ProjectDemandInput['population'] = [];
    let i = 0;
    for (let a = 0; a < areas; a += 1)
      for (let y = 0; y < nYears; y += 1)
        for (const sex of SEXES) for (const ageBand of BANDS) population.push({ area: `A${a}`, year: firstYear + y, sex, ageBand, people: pops[i++ % pops.length]! });
    return {
      asOf: '2026-11-23',
      measure: 'Test',
      population,
      rates: {
        kind: 'rates',
        name: 'Test rates',
        source: 'Generated',
        baseYear: firstYear,
        unit: 'percent',
        rates: SEXES.flatMap((sex, s) => BANDS.map((ageBand, b) => ({ sex, ageBand, rate: (rates[s * 6 + b]! / 10).toFixed(1) }))),
      },
    };
  });

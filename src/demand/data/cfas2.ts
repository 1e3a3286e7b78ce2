import type { RateSetInput } from '../schemas.js';

/**
 * Dementia prevalence among people aged 65 and over, by sex and age band, with 95% confidence intervals,
 * from the Cognitive Function and Ageing Study II (Matthews et al., The Lancet, 2013): the reference rates
 * behind NHS England's "Dementia 65+ estimated diagnosis rate". Values in percent, as read from
 * `data/dementia-reference-rates.xlsx` in Birmingham City Council's BCC-PHM/OA-projections repository
 * (OGL/MIT), which match the published CFAS II table. CFAS II fieldwork ran 2008-2011; the base year is
 * taken as 2011.
 */
export const CFAS_II_DEMENTIA_RATES = {
  kind: 'rates',
  name: 'Dementia prevalence, people aged 65+ (CFAS II)',
  source: 'Matthews et al. (2013) The Lancet 382:1405-12, CFAS II; via BCC-PHM/OA-projections data/dementia-reference-rates.xlsx',
  baseYear: 2011,
  unit: 'percent',
  intervalLevel: 0.95,
  rates: [
    { sex: 'male', ageBand: '65-69', rate: '1.2', lower: '0.6', upper: '2.3' },
    { sex: 'male', ageBand: '70-74', rate: '3.0', lower: '2.0', upper: '4.4' },
    { sex: 'male', ageBand: '75-79', rate: '5.2', lower: '3.8', upper: '7.0' },
    { sex: 'male', ageBand: '80-84', rate: '10.6', lower: '8.2', upper: '13.7' },
    { sex: 'male', ageBand: '85-89', rate: '12.8', lower: '9.0', upper: '18.0' },
    { sex: 'male', ageBand: '90+', rate: '17.1', lower: '10.6', upper: '26.4' },
    { sex: 'female', ageBand: '65-69', rate: '1.8', lower: '0.9', upper: '3.6' },
    { sex: 'female', ageBand: '70-74', rate: '2.5', lower: '1.6', upper: '3.9' },
    { sex: 'female', ageBand: '75-79', rate: '6.2', lower: '4.5', upper: '8.4' },
    { sex: 'female', ageBand: '80-84', rate: '9.5', lower: '7.3', upper: '12.3' },
    { sex: 'female', ageBand: '85-89', rate: '18.1', lower: '14.5', upper: '22.2' },
    { sex: 'female', ageBand: '90+', rate: '35.0', lower: '28.4', upper: '42.3' },
  ],
} as const satisfies RateSetInput;

/**
 * Coventry: people of working age receiving long-term support during the year, 720 per 100,000 population,
 * from Coventry City Council's Market Position Statement equality impact assessment. A local service-use
 * rate, for examples; comparators were 820-875 per 100,000. The bullet gives no year: 2023 is taken from the
 * assessment's other figures (2023/24). It sits under the heading "Age 19-64", whose first bullet calls the
 * working age 18-64; the band is written 18-64 here.
 */
export const COVENTRY_LONG_TERM_SUPPORT_18_64 = {
  kind: 'rates',
  name: 'People aged 18-64 receiving long-term support during the year (Coventry)',
  source: 'Coventry City Council, Market Position Statement equality impact assessment (2023/24 figures), "Age 19-64"',
  baseYear: 2023,
  unit: 'per-100000',
  rates: [{ sex: 'persons', ageBand: '18-64', rate: '720' }],
} as const satisfies RateSetInput;

import type { RateSetInput } from '../schemas.js';
import { CFAS_II_DEMENTIA_RATES } from './cfas2.js';

/**
 * People aged 65 and over living alone, by sex: 27.0% of men and 40.9% of women aged 65+ in households in
 * the UK lived alone in 2024 (ONS, Families and households in the UK: 2024, released 23 July 2025; figures as
 * reported from the release by PA Media, e.g. Shropshire Star 23 July 2025, "Rise in people living alone in UK
 * driven entirely by over-65s"). One broad band (65+) per sex, as POPPI's living-alone indicator uses broad
 * bands. CAUTION: a share of people in households; applied to an SNPP population, which includes care-home
 * residents, it overstates the count a little. POPPI itself uses Labour Force Survey shares by 65-74 and 75+,
 * which were not found (see docs/demand.md).
 */
export const ONS_LIVING_ALONE_65_2024 = {
  kind: 'rates',
  name: 'People aged 65+ living alone (share of household population, UK, 2024)',
  source: 'ONS, Families and households in the UK: 2024 (23 July 2025): 27.0% of men and 40.9% of women aged 65+ in households lived alone',
  baseYear: 2024,
  unit: 'percent',
  rates: [
    { sex: 'male', ageBand: '65+', rate: '27.0' },
    { sex: 'female', ageBand: '65+', rate: '40.9' },
  ],
} as const satisfies RateSetInput;

/**
 * People aged 65 and over needing help with at least one activity of daily living (ADL), by sex, for the
 * two age bands the source publishes in its summary: 13% of men and 21% of women aged 65-69, 46% of men and
 * 59% of women aged 85+ (Health Survey for England 2014, chapter 5 "Social care: need for and receipt of
 * help", Maplethorpe, Darton and Wittenberg, NHS Digital 2015; abstract at pssru.ac.uk/publications/pub-5148).
 * PARTIAL: ages 70-84 are not covered (the chapter's tables by 5-year band were not read), so a projection
 * with this set counts people aged 65-69 and 85+ only; name the measure accordingly.
 */
export const HSE_2014_ADL_NEED_65_69_AND_85 = {
  kind: 'rates',
  name: 'People aged 65-69 and 85+ needing help with at least one ADL (HSE 2014)',
  source: 'Health Survey for England 2014, ch. 5 Social care: need for and receipt of help (Maplethorpe, Darton, Wittenberg; NHS Digital 2015), summary findings',
  baseYear: 2014,
  unit: 'percent',
  rates: [
    { sex: 'male', ageBand: '65-69', rate: '13' },
    { sex: 'female', ageBand: '65-69', rate: '21' },
    { sex: 'male', ageBand: '85+', rate: '46' },
    { sex: 'female', ageBand: '85+', rate: '59' },
  ],
} as const satisfies RateSetInput;

/**
 * The POPPI-style indicators the library can source: dementia (CFAS II), living alone (ONS 2024) and need for
 * help with an ADL (HSE 2014, ages 65-69 and 85+ only), ready for {@link projectIndicators}. Each rate set was
 * checked against its publication; POPPI's other indicators (depression, falls, continence, sight and
 * hearing, learning disability) are not bundled because their rate tables were not found.
 */
export const POPPI_STYLE_INDICATORS = [
  { measure: 'People aged 65+ with dementia', rates: CFAS_II_DEMENTIA_RATES },
  { measure: 'People aged 65+ living alone', rates: ONS_LIVING_ALONE_65_2024 },
  { measure: 'People aged 65-69 and 85+ needing help with at least one ADL', rates: HSE_2014_ADL_NEED_65_69_AND_85 },
] as const;

import type { AscofMeasureDefinition } from './definition.js';
import { C1, C2, CARER_SURVEY_SUPPRESSION, HALF_AWAY_1, HALF_EVEN_1, SALT_NO_SUPPRESSION, SALT_SMALL_NUMBERS, SURVEY_SUPPRESSION, _measure } from './shared.js';

const D1 = 'Domain 1: Enhancing quality of life for people with care and support needs';
const D2 = 'Domain 2: Delaying and reducing the need for care and support';
const D3 = 'Domain 3: Ensuring that people have a positive experience of care and support';
const D4 = 'Domain 4: Safeguarding adults whose circumstances make them vulnerable and protecting from avoidable harm';
const AGES = ['18 to 64', '65 and over'];

function survey(code: string, title: string, domain: string, concept: string, source: 'ASCS' | 'SACE', extra: { notes?: string[]; limitations?: string[] } = {}): AscofMeasureDefinition {
  return _measure({
    code, title, domain, concept, kind: 'proportion', unit: 'percentage', polarity: 'higher-is-better', dataSources: [source],
    ageBands: AGES, sexSplit: true, rounding: HALF_AWAY_1, roundingStatus: 'verified',
    // SACE rows are withheld in pairs (C1 carers.py); ASCS rows on their own base (C1 ascs.py).
    suppression: source === 'SACE' ? CARER_SURVEY_SUPPRESSION : SURVEY_SUPPRESSION, suppressionStatus: 'verified',
    status: 'verified', citation: `${source === 'ASCS' ? C2 : C1}; ASCOF 2014-15 (DH, Nov 2013)`, ...extra,
  });
}

function salt(code: string, title: string, domain: string, concept: string, extra: Partial<AscofMeasureDefinition> = {}): AscofMeasureDefinition {
  return _measure({
    code, title, domain, concept, kind: 'proportion', unit: 'percentage', polarity: 'higher-is-better', dataSources: ['SALT'],
    // C1 ons_hes_salt.py applies the small-number rule to 1E and 1G only (they pass SALT_SMALL_NUMBERS).
    ageBands: AGES, sexSplit: true, rounding: HALF_EVEN_1, roundingStatus: 'verified', suppression: SALT_NO_SUPPRESSION, suppressionStatus: 'verified',
    status: 'verified', citation: `${C1}; SALT guidance 2021-22`, ...extra,
  } as Parameters<typeof _measure>[0]);
}

/** The old four-domain framework, 2014-15 to 2022-23. */
export const FRAMEWORK_2014: AscofMeasureDefinition[] = [
  _measure({
    code: '1A', title: 'Social care-related quality of life score', domain: D1, concept: 'scrqol', kind: 'mean-score', unit: 'score', scale: { min: '0', max: '24' },
    polarity: 'higher-is-better', dataSources: ['ASCS'], ageBands: AGES, sexSplit: true, rounding: HALF_AWAY_1, roundingStatus: 'verified',
    suppression: SURVEY_SUPPRESSION, suppressionStatus: 'verified', status: 'verified', citation: `${C2} ASCOF_1A = 32 − Σ codes`,
    notes: ['Eight ASCOT items (control, personal cleanliness, food and drink, home, safety, social contact, occupation, dignity), each scored 3, 2, 1, 0 for the first to fourth answer.', 'Only respondents who answered all eight items count.'],
    limitations: ['The question-to-domain wording is paraphrased (UNVERIFIED verbatim).'],
  }),
  survey('1B', 'Proportion of people who use services who have control over their daily life', D1, 'control', 'ASCS', { notes: ['ASCS Q3a answer 1 or 2 in the numerator; 3 or 4 in the denominator only.'] }),
  salt('1C(1A)', 'Proportion of people who use services who receive self-directed support', D1, 'sds-users'),
  salt('1C(1B)', 'Proportion of carers who receive self-directed support', D1, 'sds-carers', { ageBands: ['64 and under', '65 and over'], sexSplit: false, notes: ['The carers\' younger age band has the code suffix "64U" (C1 rounding.py).'] }),
  salt('1C(2A)', 'Proportion of people who use services who receive direct payments', D1, 'dp-users'),
  salt('1C(2B)', 'Proportion of carers who receive direct payments', D1, 'dp-carers', { ageBands: ['64 and under', '65 and over'], sexSplit: false, notes: ['The carers\' younger age band has the code suffix "64U" (C1 rounding.py).'] }),
  _measure({
    code: '1D', title: 'Carer-reported quality of life score', domain: D1, concept: 'carer-qol', kind: 'mean-score', unit: 'score', scale: { min: '0', max: '12' },
    polarity: 'higher-is-better', dataSources: ['SACE'], ageBands: AGES, sexSplit: true, rounding: HALF_AWAY_1, roundingStatus: 'verified',
    suppression: CARER_SURVEY_SUPPRESSION, suppressionStatus: 'verified', status: 'verified', citation: `${C1} carers.py; LG Inform metric 10671`,
    notes: ['Six equally weighted SACE items, each scored 2, 1, 0 for the first to last answer; only carers answering all six count.', 'The survey is biennial: the measure exists only in survey years.'],
    limitations: ['LG Inform describes the score as "out of 14"; NHS and Nuffield Trust material use 12, which the library follows.'],
  }),
  salt('1E', 'Proportion of adults with a learning disability in paid employment', D1, 'ld-employment', { ageBands: [], suppression: SALT_SMALL_NUMBERS, notes: ['SALT LTS004: adults 18-64 with a primary support reason of learning disability receiving long-term support.'] }),
  _measure({
    code: '1F', title: 'Proportion of adults in contact with secondary mental health services in paid employment', domain: D1, concept: 'mh-employment', kind: 'proportion', unit: 'percentage',
    polarity: 'higher-is-better', dataSources: ['MHSDS'], rounding: HALF_EVEN_1, roundingStatus: 'unverified', suppression: null, suppressionStatus: 'unverified', status: 'verified', citation: 'NHS Digital 2018-19 ASCOF CSV field guidance',
    limitations: ['Derived by NHS England from the Mental Health Services Data Set, not by councils.'],
  }),
  salt('1G', 'Proportion of adults with a learning disability who live in their own home or with their family', D1, 'ld-home', { ageBands: [], suppression: SALT_SMALL_NUMBERS, notes: ['SALT LTS004 settled accommodation, adults 18-64 with a learning disability.'] }),
  _measure({
    code: '1H', title: 'Proportion of adults in contact with secondary mental health services living independently, with or without support', domain: D1, concept: 'mh-independent', kind: 'proportion', unit: 'percentage',
    polarity: 'higher-is-better', dataSources: ['MHSDS'], rounding: HALF_EVEN_1, roundingStatus: 'unverified', suppression: null, suppressionStatus: 'unverified', status: 'verified', citation: 'NHS Digital 2018-19 ASCOF CSV field guidance',
    limitations: ['Derived by NHS England from the Mental Health Services Data Set, not by councils.'],
  }),
  survey('1I(1)', 'Proportion of people who use services who reported that they had as much social contact as they would like', D1, 'social-contact-users', 'ASCS', { notes: ['ASCS Q8a answer 1 in the numerator; 2-4 in the denominator only.'] }),
  survey('1I(2)', 'Proportion of carers who reported that they had as much social contact as they would like', D1, 'social-contact-carers', 'SACE', {
    notes: ['The SACE social-contact question, which is also the social-participation item of 1D: answer 1 ("I have as much social contact as I want with people I like") in the numerator; 2 or 3 in the denominator only (LG Inform metric 10678; ascof.md §11).'],
  }),
  _measure({
    code: '1J', title: 'Adjusted social care-related quality of life – impact of adult social care services', domain: D1, concept: 'adjusted-scrqol', kind: 'mean-score', unit: 'score',
    polarity: 'higher-is-better', dataSources: ['ASCS'], ageBands: [], sexSplit: false, rounding: { places: 3, mode: 'half-away-from-zero' }, roundingStatus: 'unverified',
    suppression: SURVEY_SUPPRESSION, suppressionStatus: 'verified', firstYear: '2016-17', status: 'verified', citation: `${C2} (adjusted SCRQoL preference weights)`,
    warning: 'UNVERIFIED: the first year of 1J (2016-17) and its 3 dp rounding were not read in an official source.',
    notes: ['Score = 0.203 × Σ preference weights − 0.466, less an adjustment for health, age and help from others (ASCS Q13, Q15a-d, Q16a-c, Q17, Q18).', 'A respondent missing any of those items is excluded.', 'People whose primary support reason is learning disability, or who live in residential or nursing care, are excluded: they are not asked the questions of the adjustment (NHSDigital/ASC-User-Survey q2c_preprocessing.py can_answer_2c).'],
    limitations: ['NHS Digital refined the method in 2017-18 and changed the formula again in 2021-22; the library holds the 2020-21 parameters.'],
  }),
  _measure({
    code: '2A(1)', title: 'Long-term support needs of younger adults (aged 18-64) met by admission to residential and nursing care homes, per 100,000 population', domain: D2, concept: 'admissions-18-64',
    kind: 'rate', unit: 'per-100000', polarity: 'lower-is-better', dataSources: ['SALT', 'ONS mid-year estimates'], rounding: HALF_EVEN_1, roundingStatus: 'verified', suppression: [], suppressionStatus: 'verified',
    status: 'verified', citation: `${C1}; NHS Digital ASCOF indicator file 2A`,
    notes: ['Council-supported permanent admissions (change of setting; transfers between residential and nursing excluded).', 'From September 2020 (applied back to 2018-19) self-funders with depleted funds previously under a 12-week disregard or deferred payment agreement are subtracted from the numerator.'],
  }),
  _measure({
    code: '2A(2)', title: 'Long-term support needs of older adults (aged 65 and over) met by admission to residential and nursing care homes, per 100,000 population', domain: D2, concept: 'admissions-65',
    kind: 'rate', unit: 'per-100000', polarity: 'lower-is-better', dataSources: ['SALT', 'ONS mid-year estimates'], rounding: HALF_EVEN_1, roundingStatus: 'verified', suppression: [], suppressionStatus: 'verified',
    status: 'verified', citation: `${C1}; NHS Digital ASCOF indicator file 2A`, notes: ['As 2A(1), for people aged 65 and over. England 2022-23: 560.8 (LG Inform metric 4282).'],
  }),
  _measure({
    code: '2B(1)', title: 'Proportion of older people (65 and over) who were still at home 91 days after discharge from hospital into reablement/rehabilitation services', domain: D2, concept: 'reablement-at-home-91',
    kind: 'proportion', unit: 'percentage', polarity: 'higher-is-better', dataSources: ['SALT'], ageBands: ['65 to 74', '75 to 84', '85 and over'], rounding: HALF_EVEN_1, roundingStatus: 'verified', suppression: SALT_NO_SUPPRESSION, suppressionStatus: 'verified',
    status: 'verified', citation: 'SALT STS004 guidance 2021-22; LG Inform metric 11106',
    notes: ['Discharges 1 October to 31 December; people dead, in hospital or in a care home at 91 days are not in the numerator.'],
  }),
  _measure({
    code: '2B(2)', title: 'Proportion of older people (65 and over) who received reablement/rehabilitation services after discharge from hospital', domain: D2, concept: 'reablement-offered',
    kind: 'proportion', unit: 'percentage', polarity: 'higher-is-better', dataSources: ['SALT', 'HES'], rounding: HALF_EVEN_1, roundingStatus: 'verified',
    suppression: [{ basis: 'denominator', below: 8, suppress: ['denominator', 'outcome'], appliesTo: 'all', marker: '[c]' }], suppressionStatus: 'verified',
    status: 'verified', citation: `${C1} ons_hes_salt.py; SALT sources for ASCOF 2021-22, 2B part 2`,
    notes: ['Denominator: HES count of people 65+ discharged alive 1 October to 31 December, rounded to the nearest 5.'],
  }),
  _measure({
    code: '2C(1)', title: 'Delayed transfers of care from hospital, per 100,000 population aged 18 and over', domain: D2, concept: 'dtoc-all', kind: 'rate', unit: 'per-100000',
    polarity: 'lower-is-better', dataSources: ['Delayed Transfers of Care', 'ONS mid-year estimates'], rounding: HALF_EVEN_1, roundingStatus: 'unverified', suppression: [], suppressionStatus: 'unverified',
    lastYear: '2019-20', status: 'verified', citation: 'NHS Digital 2018-19 ASCOF CSV field guidance',
    warning: 'UNVERIFIED: the last year of 2C (2019-20, when the delayed-transfers collection was paused) was not read in an official source.',
  }),
  _measure({
    code: '2C(2)', title: 'Delayed transfers of care from hospital that are attributable to adult social care, per 100,000 population aged 18 and over', domain: D2, concept: 'dtoc-asc', kind: 'rate', unit: 'per-100000',
    polarity: 'lower-is-better', dataSources: ['Delayed Transfers of Care', 'ONS mid-year estimates'], rounding: HALF_EVEN_1, roundingStatus: 'unverified', suppression: [], suppressionStatus: 'unverified',
    lastYear: '2019-20', status: 'verified', citation: 'NHS Digital 2018-19 ASCOF CSV field guidance',
    warning: 'UNVERIFIED: the last year of 2C (2019-20, when the delayed-transfers collection was paused) was not read in an official source.',
  }),
  salt('2D', 'The outcome of short-term services: sequel to service', D2, 'st-max-no-further-support', {
    ageBands: AGES, citation: 'LG Inform metric 4283 (old 2D); SALT STS002a',
    notes: ['Numerator: new clients whose ST-Max sequel was ongoing low-level support, other short-term support, or no services (universal/signposted, or no identified needs).', 'Denominator: new clients who had ST-Max, less early cessation for a life event, support declined and self-funding.'],
  }),
  survey('3A', 'Overall satisfaction of people who use services with their care and support', D3, 'satisfaction-users', 'ASCS', { notes: ['ASCS Q1 (combined 5-point scale) answer 1 (extremely or very satisfied) in the numerator; 2-5 in the denominator only. The 7-point standard Q1 maps to the combined scale as clamp(code − 1, 1, 5).'] }),
  survey('3B', 'Overall satisfaction of carers with social services', D3, 'satisfaction-carers', 'SACE'),
  survey('3C', 'Proportion of carers who report that they have been included or consulted in discussion about the person they care for', D3, 'carers-included', 'SACE'),
  survey('3D(1)', 'Proportion of people who use services who find it easy to find information about support', D3, 'info-users', 'ASCS', { notes: ['ASCS Q12 answer 2 or 3 (very or fairly easy) in the numerator; 4 or 5 in the denominator only; 1 ("never tried") excluded.'] }),
  survey('3D(2)', 'Proportion of carers who find it easy to find information about support', D3, 'info-carers', 'SACE'),
  survey('4A', 'Proportion of people who use services who feel safe', D4, 'feel-safe', 'ASCS', { notes: ['ASCS Q7a answer 1 ("as safe as I want") in the numerator; 2-4 in the denominator only.'] }),
  survey('4B', 'Proportion of people who use services who say that those services have made them feel safe and secure', D4, 'services-safe', 'ASCS', { notes: ['ASCS Q7b answer 1 (yes) in the numerator; 2 in the denominator only.'] }),
];

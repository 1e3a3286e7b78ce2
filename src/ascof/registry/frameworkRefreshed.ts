import type { AscofMeasureDefinition, SuppressionRule } from './definition.js';
import { C2, C4, CARER_SURVEY_SUPPRESSION, HALF_AWAY_1, HALF_EVEN_1, HANDBOOK_2023, HANDBOOK_2024, RECONSTRUCTED, S10, SALT_SMALL_NUMBERS, SURVEY_SUPPRESSION, _measure } from './shared.js';

const O1 = 'Objective 1: Quality of life';
const O2 = 'Objective 2: Independence';
const O3 = 'Objective 3: Empowerment (information and advice)';
const O4 = 'Objective 4: Safety';
const O5 = 'Objective 5: Social connections';
const O6 = 'Objective 6: Continuity and quality of care';
const AGES = ['18 to 64', '65 and over'];

type Year = 'ascof-2023' | 'ascof-2024';

function surveyMeasure(year: Year, code: string, title: string, domain: string, concept: string, source: 'ASCS' | 'SACE', formerly: string[], verified: boolean, extra: Partial<AscofMeasureDefinition> = {}): AscofMeasureDefinition {
  const handbook = year === 'ascof-2023' ? HANDBOOK_2023 : HANDBOOK_2024;
  return _measure({
    code, title, domain, concept, kind: 'proportion', unit: 'percentage', polarity: 'higher-is-better',
    dataSources: [source === 'SACE' ? (year === 'ascof-2024' ? 'SACE 2023-24' : 'SACE 2021-22') : 'ASCS'],
    ageBands: AGES, sexSplit: true, rounding: HALF_AWAY_1, roundingStatus: 'verified',
    // SACE rows are withheld in pairs (C1 carers.py); ASCS rows on their own base (C1 ascs.py).
    suppression: source === 'SACE' ? CARER_SURVEY_SUPPRESSION : SURVEY_SUPPRESSION, suppressionStatus: 'verified',
    formerly, status: verified ? 'verified' : 'unverified', ...(verified ? {} : { warning: RECONSTRUCTED }),
    citation: `${handbook}; answer mapping ${C2}`, ...extra,
  } as Parameters<typeof _measure>[0]);
}

function refreshedSurveyMeasures(year: Year): AscofMeasureDefinition[] {
  return [
    _measure({
      code: '1A', title: 'Social care-related quality of life score', domain: O1, concept: 'scrqol', kind: 'mean-score', unit: 'score', scale: { min: '0', max: '24' },
      polarity: 'higher-is-better', dataSources: ['ASCS'], ageBands: AGES, sexSplit: true, rounding: HALF_AWAY_1, roundingStatus: 'verified',
      suppression: SURVEY_SUPPRESSION, suppressionStatus: 'verified', formerly: ['1A'], status: 'verified',
      citation: `${year === 'ascof-2023' ? HANDBOOK_2023 : HANDBOOK_2024}; gov.uk ASCOF 2024-25 "how to use the CSV file"; ${C2}`,
      notes: ['Unchanged from the old 1A: eight ASCOT items scored 3-0, mean over respondents who answered all eight.'],
    }),
    surveyMeasure(year, '1B', 'Proportion of people who use services who have control over their daily life', O1, 'control', 'ASCS', ['1B'], false),
    _measure({
      code: '1C', title: 'Adjusted social care-related quality of life – impact of adult social care services', domain: O1, concept: 'adjusted-scrqol', kind: 'mean-score', unit: 'score',
      polarity: 'higher-is-better', dataSources: ['ASCS'], rounding: { places: 3, mode: 'half-away-from-zero' }, roundingStatus: 'unverified',
      suppression: SURVEY_SUPPRESSION, suppressionStatus: 'verified', formerly: ['1J'], status: 'unverified', warning: RECONSTRUCTED,
      citation: `${year === 'ascof-2023' ? HANDBOOK_2023 : HANDBOOK_2024} (not read); formula ${C2}`,
      notes: ['People whose primary support reason is learning disability, or who live in residential or nursing care, are excluded: they are not asked the questions of the adjustment (NHSDigital/ASC-User-Survey q2c_preprocessing.py can_answer_2c).'],
    }),
    _measure({
      code: '1D', title: 'Carer-reported quality of life score', domain: O1, concept: 'carer-qol', kind: 'mean-score', unit: 'score', scale: { min: '0', max: '12' },
      polarity: 'higher-is-better', dataSources: [year === 'ascof-2024' ? 'SACE 2023-24' : 'SACE 2021-22'], ageBands: AGES, sexSplit: true, rounding: HALF_AWAY_1, roundingStatus: 'verified',
      suppression: CARER_SURVEY_SUPPRESSION, suppressionStatus: 'verified', formerly: ['1D'], status: 'unverified', warning: RECONSTRUCTED,
      citation: `${year === 'ascof-2023' ? HANDBOOK_2023 : HANDBOOK_2024} (not read); LG Inform metric 10671 (old 1D)`,
      notes: ['The carers survey is biennial: 2024-25 ASCOF uses SACE 2023-24, which added a loneliness question (Q16) and renumbered later questions, so map items by question text.'],
    }),
    surveyMeasure(year, '3A', 'Proportion of people who use services who find it easy to find information about support', O3, 'info-users', 'ASCS', ['3D(1)'], false),
    surveyMeasure(year, '3B', 'Proportion of carers who find it easy to find information about support', O3, 'info-carers', 'SACE', ['3D(2)'], false),
    surveyMeasure(year, '3C', 'Proportion of carers who report that they have been included or consulted in discussion about the person they care for', O3, 'carers-included', 'SACE', ['3C'], false),
    surveyMeasure(year, '4A', 'Proportion of people who use services who feel safe', O4, 'feel-safe', 'ASCS', ['4A'], false),
    surveyMeasure(year, '4B', 'Proportion of people who use services who say that those services have made them feel safe and secure', O4, 'services-safe', 'ASCS', ['4B'], false, {
      warning: `${RECONSTRUCTED} 4B may instead be the Safeguarding Adults Collection metric that the 2024-25 release lists as a source.`,
    }),
    surveyMeasure(year, '5A', 'Proportion of people who use services who reported that they had as much social contact as they would like', O5, 'social-contact-users', 'ASCS', ['1I(1)'], false),
    surveyMeasure(year, '5B', 'Proportion of carers who reported that they had as much social contact as they would like', O5, 'social-contact-carers', 'SACE', ['1I(2)'], false, {
      notes: ['The SACE social-contact question, which is also the social-participation item of 1D: answer 1 ("I have as much social contact as I want with people I like") in the numerator; 2 or 3 in the denominator only (LG Inform metric 10678; ascof.md §11).'],
    }),
    _measure({
      code: '6A', title: 'Adult social care staff turnover', domain: O6, concept: 'staff-turnover', kind: 'proportion', unit: 'percentage', polarity: 'lower-is-better',
      dataSources: ['Skills for Care ASC-WDS'], rounding: HALF_AWAY_1, roundingStatus: 'unverified', suppression: null, suppressionStatus: 'unverified', status: 'unverified',
      warning: `${RECONSTRUCTED} The source (Skills for Care turnover) is confirmed for 2024-25; which of 6A/6B it is, and its definition, are not.`,
      citation: 'gov.uk ASCOF 2024-25 statistical commentary (sources only)', limitations: ['Derived nationally from the workforce data set, not by councils.'],
    }),
    _measure({
      code: '6B', title: 'Proportion of care providers rated good or outstanding by CQC', domain: O6, concept: 'cqc-good-outstanding', kind: 'proportion', unit: 'percentage', polarity: 'higher-is-better',
      dataSources: ['CQC care provider ratings'], rounding: HALF_AWAY_1, roundingStatus: 'unverified', suppression: null, suppressionStatus: 'unverified', status: 'unverified',
      warning: `${RECONSTRUCTED} The source (CQC ratings) is confirmed for 2024-25; whether providers, locations or beds are counted, and the code, are not.`,
      citation: 'gov.uk ASCOF 2024-25 statistical commentary (sources only)',
    }),
  ];
}

/**
 * The 2022-23 NHS England pipeline (C1 ons_hes_salt.py) applies the denominator-under-5 rule to 1E and 1G only;
 * its 2023-24 successor was not read. 1E and 2E (the old 1G) carry the rule as published; for the other SALT count
 * measures of 2023-24 the pack policy `salt2023SmallNumbers` chooses, by default keeping it (the protective
 * reading of an unread year: it withholds more, never less). The CLD derivation publishes 2023-24 periods
 * through these entries.
 */
const SALT_2023_CHOICE = 'the 2022-23 pipeline limits the denominator-under-5 rule to 1E and 1G (here 1E and 2E); NHS England\'s 2023-24 pipeline was not read, so whether this measure carries it is the pack policy "salt2023SmallNumbers" (default: it does; UNVERIFIED, it withholds more, never less).';

const CLD_WARNING = 'UNVERIFIED: no official statement of the 2024-25 suppression rule for CLD-derived measures was read; the pack policy "unpublishedSuppression" applies instead.';

function countMeasure(year: Year, m: Omit<Parameters<typeof _measure>[0], 'rounding' | 'roundingStatus' | 'suppression' | 'suppressionStatus' | 'status' | 'polarity'> & { polarity?: AscofMeasureDefinition['polarity'] }, saltSuppression: SuppressionRule[] | 'pack-choice' = 'pack-choice'): AscofMeasureDefinition {
  const cld = year === 'ascof-2024';
  // 2023-24 SALT measures other than 1E and 2E: the reading of an unread pipeline is the pack policy salt2023SmallNumbers.
  const choice = !cld && saltSuppression === 'pack-choice';
  const rules = saltSuppression === 'pack-choice' ? SALT_SMALL_NUMBERS : saltSuppression;
  return _measure({
    polarity: 'higher-is-better',
    ...m,
    rounding: cld ? HALF_AWAY_1 : HALF_EVEN_1,
    // Neither rule was read in an official statement (ascof.md §10.5, §6): DHSC's code rounds with ROUND(x, 1).
    roundingStatus: 'unverified',
    suppression: cld ? null : rules,
    suppressionStatus: 'unverified',
    ...(choice ? { suppressionChoice: 'salt-2023-small-numbers' as const } : {}),
    status: m.warning === undefined ? 'verified' : 'unverified',
    notes: [
      ...(m.notes ?? []),
      cld
        ? `Outcome rounded as the DHSC reference code does (ROUND(x, 1)); no official statement of the 2024-25 rounding rule was read. ${CLD_WARNING}`
        : rules.length === 0
          ? 'Rounding follows the 2022-23 SALT pipeline (UNVERIFIED for 2023-24); no suppression.'
          : `Rounding follows the 2022-23 SALT pipeline (UNVERIFIED for 2023-24). Suppression: ${choice ? SALT_2023_CHOICE : 'the denominator-under-5 rule of 1E and 1G (C1 ons_hes_salt.py).'}`,
    ],
  } as Parameters<typeof _measure>[0]);
}

function refreshedCountMeasures(year: Year): AscofMeasureDefinition[] {
  const cld = year === 'ascof-2024';
  const handbook = cld ? HANDBOOK_2024 : HANDBOOK_2023;
  const src = (salt: string) => (cld ? ['CLD'] : [`SALT ${salt}`]);
  const list: AscofMeasureDefinition[] = [
    countMeasure(year, {
      code: '2A', title: 'Proportion of people who received short-term services during the year – who previously were not receiving services – where no further request was made for ongoing support',
      domain: O2, concept: 'st-max-no-further-support', kind: 'proportion', unit: 'percentage', dataSources: src('STS002a'), ageBands: AGES, formerly: ['2D'],
      citation: `${handbook}; ${cld ? `${C4}/Create_ASCOF_2A_2425_Onwards.sql` : S10}`,
      notes: ['Numerator: episodes whose sequel was not long-term support; denominator adds long-term support outcomes. Deceased, hospital, declined, self-funded and NHS referrals are excluded from both.'],
      limitations: ['The cohort and sequel rules run on event-level data (the CLD part of this library); this registry entry only turns the two counts into the outcome.'],
    }),
    countMeasure(year, {
      code: '2B', title: 'The number of adults aged 18 to 64 whose long-term support needs are met by admission to residential and nursing care homes, per 100,000 population',
      domain: O2, concept: 'admissions-18-64', kind: 'rate', unit: 'per-100000', polarity: 'lower-is-better', dataSources: [...src('LTS002a'), cld ? 'ONS mid-2024 population estimates' : 'ONS mid-year population estimates'], formerly: ['2A(1)'],
      citation: `${handbook}; ${cld ? `${C4}/Create_ASCOF_2B2C_2425_Onwards.sql` : S10}`,
      limitations: ['CLD cannot distinguish temporary from permanent placements.'],
    }, []),
    countMeasure(year, {
      code: '2C', title: 'The number of adults aged 65 and over whose long-term support needs are met by admission to residential and nursing care homes, per 100,000 population',
      domain: O2, concept: 'admissions-65', kind: 'rate', unit: 'per-100000', polarity: 'lower-is-better', dataSources: [...src('LTS002a'), cld ? 'ONS mid-2024 population estimates' : 'ONS mid-year population estimates'], formerly: ['2A(2)'],
      citation: `${handbook}; ${cld ? `${C4}/Create_ASCOF_2B2C_2425_Onwards.sql` : `${S10} (ascof-measure-2c)`}`,
      notes: ['England 2023-24: 566.0 (LG Inform metric 4282).'],
      limitations: ['CLD cannot distinguish temporary from permanent placements.'],
    }, []),
  ];
  if (cld) {
    list.push(
      countMeasure(year, {
        code: '2D(1)', title: 'The proportion of people aged 65 and over discharged from hospital into reablement and who remained in the community within 12 weeks of discharge (outcome)',
        domain: O2, concept: 'remained-in-community-12wk', kind: 'proportion', unit: 'percentage', dataSources: ['CLD', 'SUS hospital data'], ageBands: ['65 to 74', '75 to 84', '85 and over'], formerly: ['2B(1)'],
        citation: `${handbook}; ${C4}/Create_ASCOF_2D.sql`,
        warning: 'UNVERIFIED lineage: 2D is taken to replace old 2B(1) (still at home 91 days after discharge); the measure text itself is verified.',
        notes: ['Numerator: linked reablement episodes with no emergency readmission, death or new residential/nursing placement within 84 days of discharge.'],
      }),
      countMeasure(year, {
        code: '2D(2)', title: 'The proportion of people aged 65 and over discharged from hospital who received reablement (provision)',
        domain: O2, concept: 'reablement-offered', kind: 'proportion', unit: 'percentage', dataSources: ['CLD', 'SUS hospital data'], ageBands: ['65 to 74', '75 to 84', '85 and over'], formerly: ['2B(2)'],
        citation: `${handbook}; ${C4}/Create_ASCOF_2D.sql`,
        warning: 'UNVERIFIED: the part label "2D(2)" and its lineage from old 2B(2) are read from code comments and a secondary note only.',
      }),
      countMeasure(year, {
        code: '2E(1)', title: 'The proportion of people who receive long-term support who live in their home or with family (adults 18-64 with a learning disability)',
        domain: O2, concept: 'ld-home', kind: 'proportion', unit: 'percentage', dataSources: ['CLD'], formerly: ['1G'],
        citation: `${handbook}; ${C4}/Create_ASCOF_2E_2425_Onwards.sql`, notes: ['Unknown accommodation stays in the denominator.'],
      }),
      countMeasure(year, {
        code: '2E(2)', title: 'The proportion of people who receive long-term support who live in their home or with family (all primary support reasons)',
        domain: O2, concept: 'home-or-family-lts', kind: 'proportion', unit: 'percentage', dataSources: ['CLD'], ageBands: AGES,
        citation: `${handbook}; ${C4}/Create_ASCOF_2E_2425_Onwards.sql`, notes: ['Unknown accommodation stays in the denominator.', 'Sub-part labels 2E(2a)/(2b) as 18 to 64 / 65 and over are UNVERIFIED; use the age disaggregation instead.'],
      }),
    );
  } else {
    list.push(
      countMeasure(year, {
        code: '2D', title: 'The proportion of people aged 65 and over discharged from hospital into reablement and who remained in the community within 12 weeks of discharge',
        domain: O2, concept: 'remained-in-community-12wk', kind: 'proportion', unit: 'percentage', dataSources: ['SALT STS004 (UNVERIFIED)'], formerly: ['2B(1)'], citation: HANDBOOK_2023,
        warning: 'UNVERIFIED: the 2023-24 source of 2D (probably SALT STS004 on a 91-day basis) and its lineage from old 2B(1) were not read.',
      }),
      countMeasure(year, {
        code: '2E', title: 'The proportion of people who receive long-term support who live in their home or with family',
        domain: O2, concept: 'ld-home', kind: 'proportion', unit: 'percentage', dataSources: ['SALT LTS004'], formerly: ['1G'], citation: `${HANDBOOK_2023}; ${S10}`,
        notes: ['2023-24 (SALT): adults 18-64 with a learning disability only.'],
      }, SALT_SMALL_NUMBERS),
      countMeasure(year, {
        code: '1E', title: 'Proportion of adults with a learning disability in paid employment', domain: O1, concept: 'ld-employment', kind: 'proportion', unit: 'percentage',
        dataSources: ['SALT LTS004'], formerly: ['1E'], citation: `${HANDBOOK_2023} (not read)`,
        warning: 'UNVERIFIED: whether 1E exists in the refreshed framework is not confirmed; it is absent from 2024-25, when only six measures are derived from CLD.',
      }, SALT_SMALL_NUMBERS),
    );
  }
  const parts: [string, string, string, string][] = [
    ['3D(1a)', 'Proportion of people who use services who receive self-directed support', 'sds-users', '1C(1A)'],
    ['3D(1b)', 'Proportion of carers who receive self-directed support', 'sds-carers', '1C(1B)'],
    ['3D(2a)', 'Proportion of people who use services who receive direct payments', 'dp-users', '1C(2A)'],
    ['3D(2b)', 'Proportion of carers who receive direct payments', 'dp-carers', '1C(2B)'],
  ];
  for (const [code, title, concept, old] of parts) {
    list.push(countMeasure(year, {
      code, title, domain: O3, concept, kind: 'proportion', unit: 'percentage', dataSources: src('LTS001b / LTS003'), ageBands: code.endsWith('a)') ? AGES : [], formerly: [old],
      citation: `${handbook}; ${cld ? `${C4}/Create_ASCOF_3D_2425_Onwards.sql` : `${S10} (ascof-measure-3d)`}`,
      notes: code.endsWith('a)') ? ['Users: people whose top long-term support setting at the period end is community.'] : ['Carers: support direct to the carer in the year; unknown delivery mechanisms excluded.'],
    }));
  }
  return list;
}

/** The refreshed framework in 2023-24 (SALT still the source of count-based measures). */
export const FRAMEWORK_2023: AscofMeasureDefinition[] = [...refreshedSurveyMeasures('ascof-2023'), ...refreshedCountMeasures('ascof-2023')];

/** The refreshed framework from 2024-25 (client-level data replaces SALT). */
export const FRAMEWORK_2024: AscofMeasureDefinition[] = [...refreshedSurveyMeasures('ascof-2024'), ...refreshedCountMeasures('ascof-2024')];

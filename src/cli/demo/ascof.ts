import { isRulesError } from '../../core/errors.js';
import {
  ascofMeasures,
  calculateAscofMeasure,
  calculateShortTermSupportOutcome,
  compareRepresentation,
  compareToBenchmark,
  scoreCarerSurvey,
  scoreUserSurvey,
  type UserSurveyResponse,
} from '../../ascof/index.js';
import type { DemoSection } from '../command.js';
import { issueLine } from '../io.js';

/** 100 illustrative ASCS responses built to match the Leicestershire seed: 67% found information easy, 40% had enough social contact. */
function sampleResponses(): UserSurveyResponse[] {
  return Array.from({ length: 100 }, (_, i) => ({
    stratum: i < 30 ? '1' : '4',
    age: i < 30 ? 40 : 80,
    answers: { q3a: 1 + (i % 3), q4a: 1, q5a: 1 + (i % 2), q6a: 2, q7a: 1 + (i % 4), q8a: i < 40 ? 1 : 2, q9a: 2, q11: 1, q12: i < 67 ? 3 : 4 },
  }));
}

/** The ascof walkthrough: the registry, a rate, suppression, surveys, a local KPI and a benchmark. */
export const ascofDemo: DemoSection = {
  title: 'ASCOF: registry, measures, surveys, local KPIs and benchmarks',
  run(io) {
    const reg = ascofMeasures('2024-25');
    const unverified = reg.measures.filter((m) => m.status === 'unverified').map((m) => m.code);
    io.stdout(`ASCOF ${reg.year} (${reg.framework}) has ${reg.measures.length} measure rows; unverified codes: ${unverified.join(', ')}.\n`);
    for (const code of ['2A', '2B', '2C', '2E(1)', '3D(1a)']) {
      const m = reg.measures.find((x) => x.code === code);
      if (m) io.stdout(`  ${m.code} was ${m.formerly.join(', ')}: ${m.title.slice(0, 80)}…\n`);
    }

    const rate = calculateAscofMeasure('2C', { numerator: 1123, denominator: 198400 }, { year: '2023-24' });
    io.stdout(`\n2C (illustrative counts): 1,123 admissions / 198,400 people aged 65+ × 100,000 = ${rate.value?.value} per 100,000 (${rate.value?.rounding.mode}).\n`);
    const small = calculateAscofMeasure('1B', { numerator: 2, denominator: 2 }, { year: '2022-23' });
    io.stdout(`1B from 2 respondents is published as ${small.published.outcome}: ${small.trace.steps.at(-1)?.because}\n`);

    const answers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
    const one = scoreUserSurvey([{ answers }, { answers }, { answers }], { year: '2024-25' });
    io.stdout(`\nSCRQoL from answer codes 1,1,2,2,1,3,2,1: 32 − 13 = ${one.measures[0]?.measure.value?.value} (1A, out of 24).\n`);
    const survey = scoreUserSurvey(sampleResponses(), { year: '2024-25', strataPopulations: { '1': 600, '4': 1400 } });
    for (const m of survey.measures.filter((x) => ['scrqol', 'info-users', 'social-contact-users'].includes(x.concept))) {
      io.stdout(`  ${m.measure.code} ${m.concept}: ${m.measure.published.outcome} ± ${m.marginOfError?.value ?? 'n/a'} (weighted, base ${m.base})\n`);
    }
    const carer = { occupation: 1, control: 2, selfCare: 1, safety: 1, socialParticipation: 3, encouragement: 2 };
    const sace = scoreCarerSurvey([{ answers: carer }, { answers: carer }, { answers: carer }], { year: '2022-23' });
    io.stdout(`1D from six answers (first, second, first, first, last, second option): 2+1+2+2+0+1 = ${sace.measures[0]?.measure.value?.value} out of 12.\n`);

    const st = calculateShortTermSupportOutcome({
      asOf: '2024-03-31',
      outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52, deceased: 12 },
    });
    io.stdout(`\nShort-term home support (Coventry KPI, illustrative counts): ${st.numerator} / ${st.denominator} = ${st.value?.value}% need no or reduced long-term support (seed: 76.7% at 2023/24 outturn).\n`);
    const rep = compareRepresentation({
      asOf: '2024-03-31', population: 'Census 2021', groups: [
        { group: 'Asian/Asian British: Indian', supportedShare: '5.9', populationShare: '9.5' },
        { group: 'White: any other background', supportedShare: '1.9', populationShare: '8.7' },
        { group: 'Black, Black British, Caribbean or African', supportedShare: '1.4', populationShare: '6.2' },
        { group: 'All other groups', supportedShare: '90.8', populationShare: '75.6' },
      ],
    });
    for (const row of rep.breakdown) io.stdout(`  ${row.group}: ratio ${row.figures.ratio}\n`);
    try {
      compareRepresentation({
        asOf: '2024-03-31', population: 'spend', groups: [
          { group: 'Homecare', supportedShare: '38.5', populationShare: '38.5' }, { group: 'Residential', supportedShare: '28.4', populationShare: '28.4' },
          { group: 'Nursing', supportedShare: '12.7', populationShare: '12.7' }, { group: 'Direct payments', supportedShare: '11.5', populationShare: '11.5' },
          { group: 'Housing with care', supportedShare: '7.6', populationShare: '7.6' }, { group: 'Day opportunities', supportedShare: '3.0', populationShare: '3.0' },
          { group: 'Supported living', supportedShare: '2.6', populationShare: '2.6' }, { group: 'Equipment', supportedShare: '1.4', populationShare: '1.4' },
          { group: 'ISFs', supportedShare: '0.4', populationShare: '0.4' },
        ],
      });
    } catch (error) {
      if (!isRulesError(error)) throw error;
      io.stdout(`The seed's spend "percentages" are refused: ${error.issues[0] === undefined ? '' : issueLine(error.issues[0])}\n`);
    }

    const old2d = calculateAscofMeasure('2D', { numerator: 300, denominator: 400 }, { year: '2022-23' });
    const cmp = compareToBenchmark(old2d, { comparators: [{ name: 'Leicestershire', value: '87.8' }], target: '78.2' });
    io.stdout(`\nOld 2D ${old2d.value?.value}% (Coventry 2022-23 was 75.0) against the LA median 78.2 as a target: ${cmp.rag}, rank ${cmp.rank?.position} of ${cmp.rank?.of}.\n`);
  },
};

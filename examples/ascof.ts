// ASCOF with adult-social-care-rules: the registry, a measure from counts, survey scores, a local KPI and a
// benchmark. Run: npx tsup && npx tsx examples/ascof.ts
import {
  ascofMeasures,
  calculateAscofMeasure,
  calculateShortTermSupportOutcome,
  compareToBenchmark,
  formatAscofCsv,
  scoreCarerSurvey,
  scoreUserSurvey,
  toAscofCsvRows,
} from 'adult-social-care-rules/ascof';

// 1. The registry of a year: codes, units, polarity and lineage.
const registry = ascofMeasures('2024-25');
console.log(`ASCOF ${registry.year}: ${registry.measures.length} measures (${registry.framework})`);
for (const m of registry.measures.filter((x) => x.formerly.length > 0 && x.status === 'verified')) {
  console.log(`  ${m.code.padEnd(7)} formerly ${m.formerly.join(', ').padEnd(7)} ${m.unit.padEnd(10)} ${m.polarity}`);
}

// 2. A measure from counts (illustrative counts for a council of about 200,000 people aged 65+).
const admissions = calculateAscofMeasure('2C', { numerator: 1123, denominator: 198400 }, { year: '2023-24' });
console.log(`\n2C = ${admissions.value?.value} per 100,000 (${admissions.value?.rounding.mode}, ${admissions.value?.rounding.places} dp)`);
const benchmark = compareToBenchmark(admissions, { england: '566.0', target: '550.0' });
console.log(`Against England 566.0: difference ${benchmark.england?.difference}; RAG ${benchmark.rag} against the target 550.0`);

// 3. Survey scores: SCRQoL from answer codes 1,1,2,2,1,3,2,1 is 19 of 24; 1D from six carer answers.
const answers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
const ascs = scoreUserSurvey([{ answers }, { answers }, { answers }], { year: '2024-25' });
console.log(`\n1A SCRQoL: ${ascs.measures.find((m) => m.concept === 'scrqol')?.measure.value?.value} (out of 24)`);
const carer = { occupation: 1, control: 2, selfCare: 1, safety: 1, socialParticipation: 3, encouragement: 2 };
const sace = scoreCarerSurvey([{ answers: carer }, { answers: carer }, { answers: carer }], { year: '2024-25' });
console.log(`1D carer quality of life: ${sace.measures[0]?.measure.value?.value} (out of 12)`);
// 5B is read from the same social-contact answer as 1D's social-participation item (here the third option).
console.log(`5B carers with as much social contact as they want: ${sace.measures.find((m) => m.concept === 'social-contact-carers')?.measure.published.outcome}%`);
// Without strata populations an ASCS figure is the plain mean, labelled and warned: the published 1A is weighted.
console.log(`1A here is ${ascs.measures[0]?.weighting}; pass strataPopulations for the published, weighted estimate`);

// 4. A local KPI from the Coventry commissioning strategy (76.7% at the 2023/24 outturn).
const st = calculateShortTermSupportOutcome({
  asOf: '2024-03-31',
  outcomes: { 'no-long-term-support': 300, 'reduced-long-term-support': 134, 'same-long-term-support': 80, 'increased-long-term-support': 52, deceased: 12 },
});
console.log(`\nShort-term home support with no or reduced long-term need: ${st.value?.value}%`);

// 5. The official CSV layout.
console.log(`\n${formatAscofCsv(toAscofCsvRows({ code: 'E08000026', description: 'Coventry' }, { code: admissions.code, ...admissions.published }))}`);

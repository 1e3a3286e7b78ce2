// The words of the ascof inputs for forms and APIs: titles, descriptions, labels of closed lists, ids, and the
// rules JSON Schema can say that zod cannot infer (docs/schemas.md). Kept apart from the schemas, so a page
// that only calculates a measure does not carry them. Every field of every input of `ascofJsonSchema` is here;
// test/ascof/schemaAgreement.test.ts fails on a field without words.
import type * as z from 'zod';
import { schemaDocs } from '../core/jsonSchema.js';
import { _startOf, type RulePack } from '../core/rulePack.js';
import { BenchmarkSubjectSchema, BenchmarksSchema } from './benchmark.js';
import { CLD_ACCOMMODATION_STATUSES, CLD_CLIENT_TYPES, CLD_DELIVERY_MECHANISMS, CLD_EVENT_OUTCOMES, CLD_EVENT_TYPES, CLD_PRIMARY_SUPPORT_REASONS, CLD_SERVICE_COMPONENTS, CLD_SERVICE_TYPES } from './cld/lists.js';
import { defaultCldPack } from './cld/pack.js';
import { CldEventSchema, DeriveAscofFromCldOptionsSchema, HospitalDischargeSchema } from './cld/schema.js';
import { SyntheticCldOptionsSchema } from './cld/synthetic.js';
import { CompareToBenchmarkInputSchema, ScoreCarerSurveyInputSchema, ScoreUserSurveyInputSchema } from './inputs.js';
import { ComplaintsInputSchema } from './kpi/complaints.js';
import { FeeRatesInputSchema } from './kpi/feeRates.js';
import { LocalKpiInputSchema } from './kpi/localKpi.js';
import { CqcRatingSchema, ProviderQualityInputSchema } from './kpi/providerQuality.js';
import { RepresentationInputSchema } from './kpi/representation.js';
import { ShortTermOutcomeSchema, ShortTermSupportInputSchema } from './kpi/shortTermSupport.js';
import { WaitingTimeInputSchema } from './kpi/waitingTime.js';
import { defaultAscofPack } from './pack.js';
import { PolaritySchema } from './registry/definition.js';
import { AscofMeasureInputSchema, GeographySchema } from './schemas.js';
import { CarerSurveyAnswersSchema, CarerSurveyOptionsSchema, CarerSurveyResponseSchema } from './survey/carerSurvey.js';
import { UserSurveyAnswersSchema, UserSurveyOptionsSchema, UserSurveyResponseSchema } from './survey/userSurvey.js';
import { AscofYearSchema, _yearPattern } from './years.js';

type Meta = Record<string, unknown>;
type Shape = Record<string, z.ZodType>;

// --- Label tables of the ascof closed lists. The area had none for its own (kebab-case) values; these are the
// one place they are worded. The CLD defined lists are labelled with their own values (see `listLabels`).

/** Labels of the short-term support outcomes (Coventry KPI, SALT STS001 wording where it has one). */
export const SHORT_TERM_OUTCOME_LABELS: Readonly<Record<z.output<typeof ShortTermOutcomeSchema>, string>> = {
  'no-long-term-support': 'No long-term support needed',
  'reduced-long-term-support': 'Long-term support reduced',
  'same-long-term-support': 'Long-term support unchanged',
  'increased-long-term-support': 'Long-term support increased',
  'new-long-term-support': 'New long-term support',
  deceased: 'Died',
  'admitted-to-hospital': 'Admitted to hospital',
  'still-open': 'Episode still open',
};

/** Labels of the CQC overall ratings (CQC's own wording). */
export const CQC_RATING_LABELS: Readonly<Record<z.output<typeof CqcRatingSchema>, string>> = {
  outstanding: 'Outstanding',
  good: 'Good',
  'requires-improvement': 'Requires improvement',
  inadequate: 'Inadequate',
};

/** Labels of the complaint outcomes. */
export const COMPLAINT_OUTCOME_LABELS: Readonly<Record<'upheld' | 'partially-upheld' | 'not-upheld' | 'withdrawn' | 'open', string>> = {
  upheld: 'Upheld',
  'partially-upheld': 'Partially upheld',
  'not-upheld': 'Not upheld',
  withdrawn: 'Withdrawn',
  open: 'Open (not yet decided)',
};

/** Labels of a measure's polarity. */
export const POLARITY_LABELS: Readonly<Record<z.output<typeof PolaritySchema>, string>> = {
  'higher-is-better': 'Higher is better',
  'lower-is-better': 'Lower is better',
  'no-polarity': 'No polarity',
};

/** Labels of the ASCS sample-file primary support reasons, grouped as the ASCS groups them. */
export const ASCS_SUPPORT_REASON_LABELS: Readonly<Record<'physical' | 'sensory' | 'memory-and-cognition' | 'learning-disability' | 'mental-health' | 'social', string>> = {
  physical: 'Physical Support',
  sensory: 'Sensory Support',
  'memory-and-cognition': 'Support with Memory and Cognition',
  'learning-disability': 'Learning Disability Support',
  'mental-health': 'Mental Health Support',
  social: 'Social Support',
};

/** Labels of the ASCS sample-file support settings. */
export const ASCS_SUPPORT_SETTING_LABELS: Readonly<Record<'community' | 'residential' | 'nursing', string>> = {
  community: 'Community',
  residential: 'Residential care',
  nursing: 'Nursing care',
};

const SEX_LABELS = { male: 'Male', female: 'Female' } as const;

/** A CLD defined list labels itself: its values are the wording of the specification. A blank cell is "not recorded". */
function listLabels(values: readonly string[]): Record<string, string> {
  return { ...Object.fromEntries(values.map((v) => [v, v])), '': 'Blank (not recorded)' };
}

// --- Rules JSON Schema can say.

/** A decimal string of zero or more (the library's decimal pattern without the minus sign). */
const NON_NEGATIVE = '^(?:0|[1-9]\\d*)(?:\\.\\d+)?$';
/** A decimal string above zero. */
const POSITIVE = '^(?:0\\.\\d*[1-9]\\d*|[1-9]\\d*(?:\\.\\d+)?)$';
/** A decimal string from 0 to 100 (a share in percent). */
const PERCENT = '^(?:100(?:\\.0+)?|(?:0|[1-9]\\d?)(?:\\.\\d+)?)$';

/** A count or share given as a decimal string or a JSON number: the two branches of the decimal input, bounded. */
const nonNegative = { anyOf: [{ type: 'string', pattern: NON_NEGATIVE }, { type: 'number', minimum: 0 }] };
const percent = { anyOf: [{ type: 'string', pattern: PERCENT }, { type: 'number', minimum: 0, maximum: 100 }] };

/**
 * The first date on which every parameter an entry resolves is in force in the default pack: the function
 * refuses an earlier date with one `no_value_in_force` issue. The KPIs resolve a few parameters each, all in
 * force from 2014-04-01, not the whole pack (whose `_startOf` is 2023-04-01, the SALT 2023 small-numbers
 * choice), so their first date is read from the parameters they use.
 */
function firstInForce(pack: RulePack, keys: readonly string[]): string {
  return keys.map((k) => pack.entries[k]?.[0]?.validFrom ?? '').reduce((a, b) => (a > b ? a : b));
}

const asOf = (keys: readonly string[], sentence: string): Meta => {
  const from = firstInForce(defaultAscofPack, keys);
  return { title: 'As-of date', description: `${sentence} On or after ${from}, when the default pack's values for this figure begin.`, formatMinimum: from };
};

/** The schema a form fills inside optional, nullable and transform wrappers (where a closed list's values are). */
function inner(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
  if ((def.type === 'optional' || def.type === 'nullable') && def.innerType !== undefined) return inner(def.innerType);
  if (def.type === 'pipe' && def.in !== undefined) return inner(def.in);
  return schema;
}

const docs = schemaDocs();

/** Adds words to a schema, keeping what it already has (a closed list can be a field and carry labels). */
function add(schema: z.ZodType, meta: Meta): void {
  docs.add(schema, { ...docs.get(schema), ...meta });
}

/** Adds the words of each field of an object schema (by field name). */
function fields(shape: Shape, words: Record<string, Meta>): void {
  for (const [name, meta] of Object.entries(words)) {
    const field = shape[name];
    if (field === undefined) throw new Error(`schemaDocs: no field ${name}`);
    add(field, meta);
  }
}

function shapeOf(schema: z.ZodType): Shape {
  return (inner(schema) as unknown as { shape: Shape }).shape;
}

function elementOf(schema: z.ZodType): z.ZodType {
  return (inner(schema) as unknown as { element: z.ZodType }).element;
}

const PACK_NOTE = 'A rule pack built with extendPack from the default; it cannot be written in JSON, so a form leaves it out.';

// --- The reporting year, shared by every input that takes one.
add(AscofYearSchema, {
  title: 'Reporting year',
  description: 'The ASCOF reporting year, written YYYY-YY with consecutive years (e.g. "2024-25": 1 April 2024 to 31 March 2025), from 2014-15. It selects the framework and the published definitions.',
  pattern: _yearPattern(),
});

// --- calculateAscofMeasure
add(AscofMeasureInputSchema, { id: 'AscofMeasureInput', title: 'ASCOF measure counts', description: 'The counts of one ASCOF measure in one reporting year, for calculateAscofMeasure (code, counts and the year).' });
fields(AscofMeasureInputSchema.shape, {
  code: { title: 'Measure code', description: 'The measure code as published in the reporting year, e.g. "2C" or "1A"; it must be a measure of that year\'s framework (see ascofMeasures(year)).' },
  counts: { title: 'Counts', description: 'The numerator and denominator of the measure (and, for survey measures, the base).' },
  disaggregation: { title: 'Disaggregation', description: 'The split the counts are for: "Total" (default) or a split such as "65+" or "Female".' },
});
fields(AscofMeasureInputSchema.shape.counts.shape, {
  numerator: { title: 'Numerator', description: 'People in the numerator (or, for a mean score, the sum of person scores): zero or more, a decimal string (preferred) or a number.', ...nonNegative },
  denominator: { title: 'Denominator', description: 'People in the denominator (the population for a rate; respondents for a mean score): zero or more, a decimal string (preferred) or a number.', ...nonNegative },
  base: { title: 'Survey base', description: 'Survey respondents behind the figure, when the suppression rule tests the base and the counts are weighted.' },
  pairBase: { title: 'Base of the paired row', description: 'For a carer-survey (SACE) split row: the base of the other row of the pair (the other sex or age band); both rows are withheld when either base is under 3 (NHS England ASCOF pipeline, carers.py).' },
});

// --- The geography of the CSV output (the CLI's ascof files)
add(GeographySchema, { title: 'Geography', description: 'The place the figures are for, as the ASCOF CSV geography columns write it.' });
fields(GeographySchema.shape, {
  code: { title: 'Geography code', description: 'The geographical code used in the CSV, e.g. a council\'s ONS code "E08000026".' },
  description: { title: 'Geography name', description: 'Its name, e.g. "Coventry".' },
  level: { title: 'Geographical level', description: 'The level as the CSV writes it, e.g. "Local authority" (default), "Regional", "Council type", "England".' },
  onsCode: { title: 'ONS code', description: 'The ONS code, when it differs from the code.' },
});

// --- scoreUserSurvey
add(ScoreUserSurveyInputSchema, { id: 'ScoreUserSurveyInput', title: 'Adult Social Care Survey (ASCS) responses', description: 'The respondents of one council\'s ASCS and the scoring options, for scoreUserSurvey.' });
fields(ScoreUserSurveyInputSchema.shape, {
  responses: { title: 'Responses', description: 'One entry per ASCS respondent (no name or identifier: scoring is anonymous), up to 1,000,000.' },
  options: { title: 'Options', description: 'The reporting year and, for weighted estimates, the strata populations.' },
});
add(UserSurveyResponseSchema, { title: 'ASCS respondent', description: 'One respondent: sample-file details and answer codes.' });
fields(UserSurveyResponseSchema.shape, {
  stratum: { title: 'Stratum', description: 'The sampling stratum from the sample file, e.g. "1" to "4"; required when strata populations are given.' },
  age: { title: 'Age', description: 'Age in whole years, 18 or over: the adjusted SCRQoL needs it, and so do the "18 to 64" and "65 and over" rows.' },
  sex: { title: 'Sex', description: 'Sex, for the male and female rows.' },
  primarySupportReason: { title: 'Primary support reason', description: 'The primary support reason from the sample file, grouped as the ASCS groups it; learning disability leaves the person out of the adjusted SCRQoL (old 1J, new 1C).' },
  supportSetting: { title: 'Support setting', description: 'The support setting from the sample file; residential or nursing care leaves the person out of the adjusted SCRQoL.' },
  answers: { title: 'Answers', description: 'The answer codes: the questionnaire\'s option numbers, 1 being the first option printed; a missing or null item is "not answered".' },
});
add(inner(UserSurveyResponseSchema.shape.sex), { labels: SEX_LABELS });
add(inner(UserSurveyResponseSchema.shape.primarySupportReason), { labels: ASCS_SUPPORT_REASON_LABELS });
add(inner(UserSurveyResponseSchema.shape.supportSetting), { labels: ASCS_SUPPORT_SETTING_LABELS });
const ascs = (q: string, topic: string, codes: string): Meta => ({ title: `${q} ${topic}`, description: `ASCS ${q} (2020-21 numbering), ${topic.toLowerCase()}: ${codes}; null or absent when not answered.` });
fields(UserSurveyAnswersSchema.shape, {
  q1: ascs('Q1', 'Overall satisfaction', 'standard 7-point version, 1 extremely satisfied to 7 extremely dissatisfied'),
  q1Comb: ascs('Q1 (combined scale)', 'Overall satisfaction', 'the combined 5-point scale of the easy-read versions, used instead of q1 when given'),
  q3a: ascs('Q3a', 'Control over daily life', '1 to 4'),
  q4a: ascs('Q4a', 'Personal cleanliness and comfort', '1 to 4'),
  q5a: ascs('Q5a', 'Food and drink', '1 to 4'),
  q6a: ascs('Q6a', 'Home clean and comfortable', '1 to 4'),
  q7a: ascs('Q7a', 'Feeling safe', '1 to 4'),
  q7b: ascs('Q7b', 'Services help you feel safe', '1 yes, 2 no'),
  q8a: ascs('Q8a', 'Social contact', '1 to 4'),
  q9a: ascs('Q9a', 'Doing things you value and enjoy', '1 to 4'),
  q11: ascs('Q11', 'How the way you are helped makes you feel about yourself', '1 to 4'),
  q12: ascs('Q12', 'Ease of finding information', '1 never tried, 2 very easy, 3 fairly easy, 4 fairly difficult, 5 very difficult'),
  q13: ascs('Q13', 'Health in general', '1 to 5'),
  q15a: ascs('Q15a', 'Help from others with personal tasks (a)', '1 to 3'),
  q15b: ascs('Q15b', 'Help from others with personal tasks (b)', '1 to 3'),
  q15c: ascs('Q15c', 'Help from others with personal tasks (c)', '1 to 3'),
  q15d: ascs('Q15d', 'Help from others with personal tasks (d)', '1 to 3'),
  q16a: ascs('Q16a', 'Help from others with domestic tasks (a)', '1 to 3'),
  q16b: ascs('Q16b', 'Help from others with domestic tasks (b)', '1 to 3'),
  q16c: ascs('Q16c', 'Help from others with domestic tasks (c)', '1 to 3'),
  q17: ascs('Q17', 'Pain or discomfort', '1 to 5'),
  q18: ascs('Q18', 'Anxiety or depression', '1 to 4'),
});
fields(UserSurveyOptionsSchema.shape, {
  strataPopulations: { title: 'Strata populations', description: 'Eligible population of each stratum (1 or more), by stratum; when given, estimates are weighted and carry a margin of error.' },
  adjustedScrqolStrataPopulations: { title: 'Strata populations for the adjusted SCRQoL', description: 'Eligible population of each stratum for the adjusted SCRQoL (0 or more): the strata populations less the people it leaves out (learning disability; residential or nursing care), as NHS England\'s q2c_population.py builds them.' },
  disaggregate: { title: 'Age and sex rows', description: 'Also score the "18 to 64", "65 and over", male and female rows each measure publishes.' },
  pack: { title: 'Rule pack', description: PACK_NOTE },
});

// --- scoreCarerSurvey
add(ScoreCarerSurveyInputSchema, { id: 'ScoreCarerSurveyInput', title: 'Survey of Adult Carers in England (SACE) responses', description: 'The respondents of one council\'s SACE and the scoring options, for scoreCarerSurvey.' });
fields(ScoreCarerSurveyInputSchema.shape, {
  responses: { title: 'Responses', description: 'One entry per SACE respondent (no name or identifier), up to 1,000,000.' },
  options: { title: 'Options', description: 'The reporting year and, for weighted estimates, the strata populations.' },
});
add(CarerSurveyResponseSchema, { title: 'SACE respondent', description: 'One carer: details and answer codes.' });
fields(CarerSurveyResponseSchema.shape, {
  stratum: { title: 'Stratum', description: 'The stratum (each council is one stratum in the national weighting); required when strata populations are given.' },
  age: { title: 'Age', description: 'The carer\'s age in whole years, for the "18 to 64" and "65 and over" rows.' },
  sex: { title: 'Sex', description: 'The carer\'s sex, for the male and female rows.' },
  answers: { title: 'Answers', description: 'The answer codes, named by topic (SACE 2023-24 renumbered its questions): option numbers, 1 being the first option printed; null or absent when not answered.' },
});
add(inner(CarerSurveyResponseSchema.shape.sex), { labels: SEX_LABELS });
const sace = (topic: string, codes: string): Meta => ({ title: topic, description: `SACE: ${topic.toLowerCase()}, ${codes}; null or absent when not answered.` });
fields(CarerSurveyAnswersSchema.shape, {
  occupation: sace('Doing things I value and enjoy', '1 to 3 (1: as I want)'),
  control: sace('Control over my daily life', '1 to 3'),
  selfCare: sace('Looking after myself', '1 to 3'),
  safety: sace('Feeling safe', '1 to 3'),
  socialParticipation: sace('Social contact', '1 as much as I want, 2 some but not enough, 3 little, socially isolated (a 1D item and the whole of 5B, old 1I(2))'),
  encouragement: sace('Encouragement and support in my caring role', '1 to 3'),
  socialContact: sace('Social contact (deprecated name)', '1 to 3, the same question as socialParticipation: pass that instead; given with it, the two must agree'),
  information: sace('Ease of finding information', '1 very easy to 4 very difficult, 5 never tried'),
  included: sace('Included or consulted about the person cared for', '1 always to 4 never, 5 no discussions'),
  satisfaction: sace('Overall satisfaction with support', '1 extremely satisfied to 7 extremely dissatisfied'),
});
fields(CarerSurveyOptionsSchema.shape, {
  strataPopulations: { title: 'Strata populations', description: 'Eligible carer population of each stratum (1 or more), for weighted estimates.' },
  disaggregate: { title: 'Age and sex rows', description: 'Also score the age and sex rows each measure publishes.' },
  pack: { title: 'Rule pack', description: PACK_NOTE },
});

// --- Local KPIs (Coventry ASC commissioning strategy, "Key Performance Indicators")
add(ShortTermOutcomeSchema, { labels: SHORT_TERM_OUTCOME_LABELS });
add(ShortTermSupportInputSchema, { id: 'AscofShortTermSupportInput', title: 'Short-term home support outcomes', description: 'Episodes of short-term home support (reablement) ended in the period, counted by outcome, for calculateShortTermSupportOutcome.' });
fields(ShortTermSupportInputSchema.shape, {
  asOf: asOf(['shortTermSupportOutcomes', 'kpiRounding'], 'The date the pack is read on, usually the period end.'),
  outcomes: { title: 'Episodes by outcome', description: 'Episodes (whole numbers, 0 or more) by outcome; an outcome not given counts as zero. Which outcomes are the numerator and the denominator is pack policy.' },
});

add(CqcRatingSchema, { labels: CQC_RATING_LABELS });
add(ProviderQualityInputSchema, { id: 'AscofProviderQualityInput', title: 'Commissioned services and their quality', description: 'The commissioned services at a date, for calculateProviderQualityShare.' });
fields(ProviderQualityInputSchema.shape, {
  asOf: asOf(['qualityStandard', 'kpiRounding'], 'The date of the snapshot.'),
  services: { title: 'Services', description: 'The commissioned services, up to 100,000.' },
});
fields(shapeOf(elementOf(ProviderQualityInputSchema.shape.services)), {
  id: { title: 'Service', description: 'The service or location, for the caller\'s own reference (not used in the figures).' },
  cqcRating: { title: 'CQC rating', description: 'The CQC overall rating; null when not rated (not registered, or not yet inspected).' },
  councilRiskLevel: { title: 'Council risk level', description: 'The council\'s own risk level, 0 (no concerns) to 4 (highest), Coventry QA framework Table One.' },
  evidenceComplete: { title: 'Evidence complete', description: 'False when the risk level rests on missing or stale evidence; omitted means complete.' },
});

add(ComplaintsInputSchema, { id: 'AscofComplaintsInput', title: 'Complaints', description: 'Service user complaints in the period, for calculateComplaintsUpheld.' });
fields(ComplaintsInputSchema.shape, {
  asOf: asOf(['complaintOutcomesCounted', 'kpiRounding'], 'The period end.'),
  complaints: { title: 'Complaints', description: 'The complaints, up to 1,000,000.' },
});
const complaint = shapeOf(elementOf(ComplaintsInputSchema.shape.complaints));
fields(complaint, {
  formallyInvestigated: { title: 'Formally investigated', description: 'True when the council formally investigated it (the KPI counts only these).' },
  outcome: { title: 'Outcome', description: 'The outcome of the complaint; open while undecided.' },
});
add(inner(complaint['outcome']!), { labels: COMPLAINT_OUTCOME_LABELS });

add(FeeRatesInputSchema, { id: 'AscofFeeRatesInput', title: 'Fee rates against the regional average', description: 'The council\'s fee rates and the regional averages, for compareFeeRates.' });
fields(FeeRatesInputSchema.shape, {
  asOf: asOf(['kpiRounding'], 'The date the rates apply.'),
  region: { title: 'Region', description: 'The region compared with, e.g. "West Midlands".' },
  rates: { title: 'Rates', description: 'One row per service and unit priced (1 to 1,000 rows).' },
});
fields(shapeOf(elementOf(FeeRatesInputSchema.shape.rates)), {
  service: { title: 'Service', description: 'The service, e.g. "Homecare".' },
  unit: { title: 'Unit', description: 'The unit priced, e.g. "hour" or "week".' },
  council: { title: 'Council rate (£)', description: 'The council\'s rate in pounds, a decimal string of zero or more, e.g. "21.50".', pattern: NON_NEGATIVE },
  regionalAverage: { title: 'Regional average (£)', description: 'The regional average in pounds, a decimal string above zero.', pattern: POSITIVE },
});

add(RepresentationInputSchema, { id: 'AscofRepresentationInput', title: 'Representation of groups', description: 'The share of each group among people supported and in the population, for compareRepresentation.' });
fields(RepresentationInputSchema.shape, {
  asOf: asOf(['shareSumTolerance'], 'The date the comparison is made.'),
  population: { title: 'Comparison population', description: 'The population compared with, e.g. "Census 2021".' },
  groups: { title: 'Groups', description: 'Every group (2 to 200), so that each column sums to 100; add an "all other groups" row if needed.' },
});
fields(shapeOf(elementOf(RepresentationInputSchema.shape.groups)), {
  group: { title: 'Group', description: 'The group, e.g. "Asian/Asian British: Indian".' },
  supportedShare: { title: 'Share of people supported (%)', description: 'Share of people supported, in percent from 0 to 100 (e.g. "5.9").', ...percent },
  populationShare: { title: 'Share of the population (%)', description: 'Share of the population, in percent from 0 to 100 (e.g. "9.5").', ...percent },
});

add(WaitingTimeInputSchema, { id: 'AscofWaitingTimeInput', title: 'Waiting times', description: 'The waits of people for an assessment or a service, for calculateAverageWaitingTime.' });
fields(WaitingTimeInputSchema.shape, {
  asOf: asOf(['waitingTimeBasis', 'kpiRounding'], 'The date the figure is for; open waits are measured to it when the pack includes them.'),
  waits: { title: 'Waits', description: 'The waits, up to 1,000,000.' },
});
fields(shapeOf(elementOf(WaitingTimeInputSchema.shape.waits)), {
  from: { title: 'Waiting from', description: 'The request or assessment date; not after the as-of date.' },
  to: { title: 'Waiting until', description: 'When the wait ended, not before it started; omitted while still waiting.' },
});

add(LocalKpiInputSchema, { id: 'AscofLocalKpiInput', title: 'Local KPI input', description: 'Any local KPI input, tagged with kpi, for calculateLocalKpi (the form asc-rules ascof kpi reads).' });
const KPI_TITLES: Record<string, string> = {
  'short-term-support': 'Short-term home support outcomes',
  'provider-quality': 'Commissioned services meeting the quality standard',
  'complaints-upheld': 'Complaints upheld',
  'fee-rates': 'Fee rates against the regional average',
  representation: 'Representation of groups',
  'waiting-time': 'Average waiting time',
};
for (const branch of LocalKpiInputSchema.options) {
  const tag = (branch.shape.kpi as unknown as { value: string }).value;
  add(branch, { title: KPI_TITLES[tag], description: `The input of the ${tag} KPI.` });
  // No `labels` here: a discriminator's branches must keep their `const` (ajv, OpenAPI); the branch has the title.
  add(branch.shape.kpi, { title: 'KPI', description: `Which local KPI the input is for: "${tag}".` });
}

// --- compareToBenchmark
const ragFrom = firstInForce(defaultAscofPack, ['ragRule']);
add(PolaritySchema, { labels: POLARITY_LABELS });
add(CompareToBenchmarkInputSchema, {
  id: 'AscofBenchmarkInput',
  title: 'Benchmark comparison',
  description: 'A result and the values to compare it with, for compareToBenchmark.',
  // The RAG policy is read on benchmarks.asOf, else on the result's trace date: one of the two is required,
  // and only the one read must be on or after the first date of the policy.
  allOf: [
    { if: { properties: { result: { not: { type: 'object', required: ['trace'] } } } }, then: { properties: { benchmarks: { type: 'object', required: ['asOf'] } } } },
    {
      if: { properties: { benchmarks: { not: { type: 'object', required: ['asOf'] } } } },
      then: { properties: { result: { type: 'object', properties: { trace: { type: 'object', properties: { asOf: { type: 'string', format: 'date', formatMinimum: ragFrom } } } } } } },
    },
  ],
});
fields(CompareToBenchmarkInputSchema.shape, {
  result: { title: 'Result compared', description: 'A result of this area (calculateAscofMeasure, a survey measure, a KPI) or its value and polarity.' },
  benchmarks: { title: 'Benchmarks', description: 'The England, region, comparator and target values to compare with.' },
});
fields(BenchmarkSubjectSchema.shape, {
  value: { title: 'Value', description: 'The value compared: a rounded value object, a decimal string, or null when suppressed.' },
  polarity: { title: 'Polarity', description: 'Whether higher is better; it decides "better", the rank and the RAG.' },
  code: { title: 'Measure code', description: 'The measure code, for the trace.' },
  trace: { title: 'Trace', description: 'The result\'s trace; its date is used for the RAG policy when benchmarks.asOf is not given.' },
});
const subjectValue = BenchmarkSubjectSchema.shape.value.options[0];
fields(subjectValue.shape, { value: { title: 'Value', description: 'The value as a decimal string.' } });
add(subjectValue, { title: 'Rounded value', description: 'A rounded value as the library returns it.' });
fields(shapeOf(BenchmarkSubjectSchema.shape.trace), { asOf: { title: 'Trace date', description: `The date of the result; the RAG policy is read on it when benchmarks.asOf is not given (then on or after ${ragFrom}).` } });
fields(BenchmarksSchema.shape, {
  england: { title: 'England value', description: 'The England value.' },
  region: { title: 'Region value', description: 'The region\'s value.' },
  comparators: { title: 'Comparator councils', description: 'Comparator councils (e.g. CIPFA nearest neighbours), up to 500; a value of null when suppressed.' },
  target: { title: 'Target', description: 'The local target.' },
  asOf: { title: 'As-of date', description: `The date the RAG policy is read on (on or after ${ragFrom}); defaults to the result's trace date.`, formatMinimum: ragFrom },
});
fields(shapeOf(elementOf(BenchmarksSchema.shape.comparators)), {
  name: { title: 'Council', description: 'The comparator council.' },
  value: { title: 'Value', description: 'Its value; null when suppressed.' },
});

// --- Client Level Data: one row
const CLD = 'CLD Release 1';
add(CldEventSchema, {
  id: 'CldEvent',
  title: 'Client Level Data row',
  // A column the release does not define may be present when blank (a CSV export's empty cell): parseCldEvent
  // reads a blank cell as absent whatever its column, and refuses a filled one as unknown.
  additionalProperties: { type: ['string', 'null'], maxLength: 0 },
  // A Service event needs its service type; the year and month of birth come together (parseCldEvent).
  allOf: [
    { if: { required: ['Event_Type'], properties: { Event_Type: { const: 'Service' } } }, then: { required: ['Service_Type'], properties: { Service_Type: { not: { enum: ['', null] } } } } },
    { if: { required: ['Der_Birth_Year'], properties: { Der_Birth_Year: { not: { enum: ['', null] } } } }, then: { required: ['Der_Birth_Month'], properties: { Der_Birth_Month: { not: { enum: ['', null] } } } } },
    { if: { required: ['Der_Birth_Month'], properties: { Der_Birth_Month: { not: { enum: ['', null] } } } }, then: { required: ['Der_Birth_Year'], properties: { Der_Birth_Year: { not: { enum: ['', null] } } } } },
  ],
});
const blank = 'A blank cell ("" or null) means not recorded.';
fields(CldEventSchema.shape, {
  LA_Code: { title: 'Council code', description: `Council (CASSR) code. ${blank}` },
  LA_Person_Unique_Identifier: { title: 'Council person identifier', description: `The council's own person identifier (personal). ${blank}` },
  NHS_Number: { title: 'NHS number', description: `NHS number as supplied by the council (personal; may be pseudonymised). ${blank}` },
  Der_NHS_Number_Traced: { title: 'Traced NHS number', description: `NHS number traced by NHS England (personal; pseudonymised); takes precedence when present. ${blank}` },
  Der_Birth_Year: { title: 'Year of birth', description: `Year of birth (personal), four digits; given with the month or not at all. ${blank}` },
  Der_Birth_Month: { title: 'Month of birth', description: `Month of birth (personal), 1 to 12; given with the year or not at all. ${blank}` },
  Date_of_Death: { title: 'Date of death', description: `Date of death (personal). ${blank}` },
  Gender: { title: 'Gender', description: `Not read by the ASCOF measures. ${blank}` },
  Ethnicity: { title: 'Ethnicity', description: `Not read by the ASCOF measures. ${blank}` },
  Client_Type: { title: 'Client type', description: `${CLD} defined list Client_Type (required).` },
  Primary_Support_Reason: { title: 'Primary support reason', description: `${CLD} defined list Primary_Support_Reason. ${blank}` },
  Accommodation_Status: { title: 'Accommodation status', description: `${CLD} defined list Accommodation_Status (DHSC 2E code). ${blank}` },
  Event_Type: { title: 'Event type', description: `${CLD} defined list Event_Type (required).` },
  Event_Reference_Number: { title: 'Event reference', description: `Not used for deduplication (a derived key is used, as NHS England does). ${blank}` },
  Event_Start_Date: { title: 'Event start date', description: 'The day the event started (required).' },
  Event_End_Date: { title: 'Event end date', description: `The day the event ended, not before it started; blank while a service is open. ${blank}` },
  Event_Outcome: { title: 'Event outcome', description: `${CLD} defined list Event_Outcome (NHS England 2A replication code hierarchy). ${blank}` },
  Request_Route_of_Access: { title: 'Route of access', description: `The route of access of a Request event. ${blank}` },
  Assessment_Type: { title: 'Assessment type', description: `The type of an Assessment event. ${blank}` },
  Review_Reason: { title: 'Review reason', description: `The reason for a Review event. ${blank}` },
  Service_Type: { title: 'Service type', description: `${CLD} defined list Service_Type; required for a Service event. ${blank}` },
  Service_Component: { title: 'Service component', description: `${CLD} defined list Service_Component. ${blank}` },
  Delivery_Mechanism: { title: 'Delivery mechanism', description: `${CLD} defined list Delivery_Mechanism (DHSC 3D code). ${blank}` },
  Reporting_Period_Start_Date: { title: 'Reporting period start', description: `Start of the submission's reporting period. ${blank}` },
  Reporting_Period_End_Date: { title: 'Reporting period end', description: `End of the submission's reporting period: the latest submission of an event wins. ${blank}` },
});
const LISTS: Record<string, readonly string[]> = {
  Client_Type: CLD_CLIENT_TYPES,
  Primary_Support_Reason: CLD_PRIMARY_SUPPORT_REASONS,
  Accommodation_Status: CLD_ACCOMMODATION_STATUSES,
  Event_Type: CLD_EVENT_TYPES,
  Event_Outcome: CLD_EVENT_OUTCOMES,
  Service_Type: CLD_SERVICE_TYPES,
  Service_Component: CLD_SERVICE_COMPONENTS,
  Delivery_Mechanism: CLD_DELIVERY_MECHANISMS,
};
const cldShape = CldEventSchema.shape as unknown as Shape;
for (const [column, values] of Object.entries(LISTS)) add(inner(cldShape[column]!), { labels: listLabels(values) });

// --- deriveAscofFromCld: options and hospital discharges
const cldFrom = _startOf(defaultCldPack)!.validFrom;
add(HospitalDischargeSchema, { id: 'CldHospitalDischarge', title: 'Hospital discharge (SUS)', description: 'One SUS admitted-patient spell for ASCOF 2D; the caller links SUS to CLD by the same person identifier.' });
fields(HospitalDischargeSchema.shape, {
  personId: { title: 'Person identifier', description: 'The person identifier, as the CLD rows resolve to (the traced NHS number, pseudonymised the same way; personal).' },
  admissionDate: { title: 'Admission date', description: 'The day the spell began.' },
  dischargeDate: { title: 'Discharge date', description: 'The day of the discharge.' },
  ageAtDischarge: { title: 'Age at discharge', description: 'Age in whole years at discharge, 0 to 130 (2D counts 65 and over).' },
  admissionMethod: { title: 'Admission method', description: 'SUS admission method code; 31, 32, 82, 83 (maternity, births) are excluded.' },
  dischargeMethod: { title: 'Discharge method', description: 'SUS discharge method; 4 and 5 (died, stillbirth) are excluded.' },
  dischargeDestination: { title: 'Discharge destination', description: 'SUS discharge destination; 49-52, 79, 87, 88 are excluded.' },
  treatmentFunctionCode: { title: 'Treatment function', description: 'Treatment function code of the last episode; some specialties are excluded.' },
  managementType: { title: 'Management type', description: 'Der_Management_Type; EM or NE marks an emergency admission (a readmission for 2D).' },
  lastEpisodeOfSpell: { title: 'Last episode of the spell', description: 'APCS_Last_Ep_Ind = 1; taken as true when absent.' },
});
add(DeriveAscofFromCldOptionsSchema, { id: 'DeriveAscofFromCldOptions', title: 'CLD derivation options', description: 'The reporting period, the population and the links of deriveAscofFromCld.' });
const options = DeriveAscofFromCldOptionsSchema.shape;
fields(options, {
  period: { title: 'Reporting period', description: 'The reporting period, e.g. 1 April 2024 to 31 March 2025; it ends on or after it starts.' },
  population: { title: 'Population', description: 'The ONS mid-year population of the council by age band (rates 2B and 2C).' },
  laCode: { title: 'Council code', description: 'Keep only rows of this council; rows of other councils are rejected and counted.' },
  geography: { title: 'Geography', description: 'How the council is labelled in the output.' },
  hospitalDischarges: { title: 'Hospital discharges', description: 'SUS discharges for 2D; without them 2D is not computable.' },
  recode: { title: 'Recode tables', description: 'Explicit spellings to accept, per defined-list column, e.g. { "Event_Outcome": { "NFA - Other": "NFA- Other" } }; each target must be a value of the list. Recoded rows are counted in the data-quality report.' },
  pack: { title: 'CLD rule pack', description: 'A rule pack built with extendPack from the default CLD pack (its parameters are national law); it cannot be written in JSON, so a form leaves it out.' },
  ascofPack: { title: 'ASCOF rule pack', description: 'A rule pack built with extendPack from the default ascof pack: the registry and suppression policy that publish the figures; it cannot be written in JSON, so a form leaves it out.' },
});
fields(options.period.shape, {
  start: { title: 'Period start', description: 'First day of the reporting period, e.g. 2024-04-01.' },
  end: { title: 'Period end', description: `Last day of the reporting period (inclusive), on or after its start and on or after ${cldFrom}, when the CLD method of the default pack begins.`, formatMinimum: cldFrom },
});
fields(options.population.shape, {
  aged18to64: { title: 'Population aged 18 to 64', description: 'ONS mid-year population aged 18-64 of the council (mid-2024 for 2024-25), 0 or more.' },
  aged65plus: { title: 'Population aged 65 and over', description: 'ONS mid-year population aged 65 and over, 0 or more.' },
});
fields(shapeOf(options.geography), {
  code: { title: 'Geography code', description: 'The code written in the output, e.g. the council\'s ONS code.' },
  name: { title: 'Geography name', description: 'The name written in the output, e.g. "Coventry".' },
});
const recode = shapeOf(options.recode);
for (const [column, values] of Object.entries(LISTS)) {
  add(recode[column]!, { title: `${column} recodes`, description: `Spellings met in the file (keys) and the ${column} value each means.` });
  add((inner(recode[column]!) as unknown as { valueType: z.ZodType }).valueType, { labels: listLabels(values) });
}

// --- generateSyntheticCld
add(SyntheticCldOptionsSchema, { id: 'SyntheticCldOptions', title: 'Synthetic CLD options', description: 'How many invented people and which period, for generateSyntheticCld (test and benchmark data, never real people).' });
fields(SyntheticCldOptionsSchema.shape, {
  seed: { title: 'Seed', description: 'The seed: the same seed and options give the same rows.' },
  people: { title: 'People', description: 'How many people to invent, 0 to 50,000,000.' },
  period: { title: 'Reporting period', description: 'The reporting period the stories are set around; it ends on or after it starts.' },
  laCode: { title: 'Council code', description: 'Council code written in LA_Code (default "E99999999", not a real council).' },
  maxRows: { title: 'Row limit', description: 'Stop after this many rows (for benchmarks).' },
  invalidRate: { title: 'Share of invalid rows', description: 'Share of rows given a value outside a defined list, 0 to 1 (default 0).' },
  duplicateRate: { title: 'Share of duplicated rows', description: 'Share of rows written twice, 0 to 1 (default 0).' },
});
fields(SyntheticCldOptionsSchema.shape.period.shape, {
  start: { title: 'Period start', description: 'First day of the period.' },
  end: { title: 'Period end', description: 'Last day of the period, on or after its start.' },
});

/**
 * The titles, descriptions, labels, ids and JSON-Schema-only rules of the ascof inputs: pass it to
 * `toJsonSchema` with one of the area's schemas (as {@link ascofJsonSchema} and `asc-rules schema` do).
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'adult-social-care-rules';
 * import { ascofSchemaDocs, CldEventSchema } from 'adult-social-care-rules/ascof';
 *
 * toJsonSchema(CldEventSchema, ascofSchemaDocs).title; //=> 'Client Level Data row'
 * ```
 */
export const ascofSchemaDocs = docs;

// Issue 14, "JSON Schemas that agree with the functions", for the ascof area: for every input of
// ascofJsonSchema, ajv (draft 2020-12, ajv-formats, discriminator) with the exported JSON Schema accepts exactly
// what the function accepts at its schema stage, on generated valid inputs and near misses; the function may
// refuse more only by the cross-field rules listed in docs/schemas.md (### ASCOF), named in `beyondSchema`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RulesIssue } from '../../src/index.js';
import {
  ASCOF_INPUTS,
  AscofYearSchema,
  CLD_EVENT_OUTCOMES,
  CLD_OUTCOME_NEAR_MISSES,
  CLD_SERVICE_TYPES,
  ascofJsonSchema,
  ascofMeasures,
  calculateAscofMeasure,
  calculateAverageWaitingTime,
  calculateComplaintsUpheld,
  calculateLocalKpi,
  calculateProviderQualityShare,
  calculateShortTermSupportOutcome,
  compareFeeRates,
  compareRepresentation,
  compareToBenchmark,
  generateSyntheticCld,
  parseCldEvent,
  scoreCarerSurvey,
  scoreUserSurvey,
  type AscofInputName,
} from '../../src/ascof/index.js';
import { _startCldDerivation } from '../../src/ascof/cld/derive.js';
import { CldEventSchema, _fastParse } from '../../src/ascof/cld/schema.js';
import { cliSchemas } from '../../src/cli/schemas.js';
import { toJsonSchema } from '../../src/core/jsonSchema.js';
import { expectSchemaAgreement, undocumented, validatorOf } from '../helpers/schemaAgreement.js';

type Row = Record<string, unknown>;

/** An argument of a several-argument entry, read from its one-object form (undefined when the input is no object). */
function arg(input: unknown, key: string): never {
  return (typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Row)[key] : undefined) as never;
}

const at = (i: RulesIssue, code: string, ...path: (string | number | null)[]): boolean =>
  i.code === code && path.every((p, n) => p === null || i.path[n] === p) && i.path.length >= path.length;

// --- Valid inputs

const day = (from: string, to: string) =>
  fc.integer({ min: Date.parse(`${from}T00:00:00Z`) / 86_400_000, max: Date.parse(`${to}T00:00:00Z`) / 86_400_000 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const asOf = day('2014-04-01', '2030-12-31');
const YEARS = ['2014-15', '2019-20', '2022-23', '2023-24', '2024-25', '2031-32'] as const;
const decimal = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: max * 10 }).map((n) => (n / 10).toString()));

const measure = fc.constantFrom(...YEARS).chain((year) =>
  fc.record(
    {
      code: fc.constantFrom(...ascofMeasures(year).measures.map((m) => m.code)),
      counts: fc.integer({ min: 0, max: 5000 }).chain((den) => fc.record({ numerator: fc.integer({ min: 0, max: den }).map(String), denominator: fc.constant(String(den)), base: fc.integer({ min: 0, max: 900 }) }, { requiredKeys: ['numerator', 'denominator'] })),
      year: fc.constant(year),
      disaggregation: fc.constantFrom('Total', 'Female', '65+'),
    },
    { requiredKeys: ['code', 'counts', 'year'] },
  ),
);

const code = (max: number) => fc.option(fc.integer({ min: 1, max }), { nil: null });
const userSurvey = fc.record({
  responses: fc.array(
    fc.record(
      {
        stratum: fc.constantFrom('1', '2'),
        age: fc.integer({ min: 18, max: 99 }),
        sex: fc.constantFrom('male', 'female'),
        primarySupportReason: fc.constantFrom('physical', 'sensory', 'memory-and-cognition', 'learning-disability', 'mental-health', 'social'),
        supportSetting: fc.constantFrom('community', 'residential', 'nursing'),
        answers: fc.record({ q1: code(7), q3a: code(4), q4a: code(4), q7a: code(4), q7b: code(2), q8a: code(4), q12: code(5), q15a: code(3) }, { requiredKeys: [] }),
      },
      { requiredKeys: ['stratum', 'answers'] },
    ),
    { maxLength: 6 },
  ),
  options: fc.record({ year: fc.constantFrom(...YEARS), strataPopulations: fc.constant({ '1': 40, '2': 60 }), disaggregate: fc.boolean() }, { requiredKeys: ['year'] }),
});

const carerSurvey = fc.record({
  responses: fc.array(
    fc.record(
      {
        stratum: fc.constantFrom('a', 'b'),
        age: fc.integer({ min: 18, max: 99 }),
        sex: fc.constantFrom('male', 'female'),
        answers: fc.record({ occupation: code(3), control: code(3), socialParticipation: code(3), information: code(5), included: code(5), satisfaction: code(7) }, { requiredKeys: [] }),
      },
      { requiredKeys: ['stratum', 'answers'] },
    ),
    { maxLength: 6 },
  ),
  options: fc.record({ year: fc.constantFrom(...YEARS), strataPopulations: fc.constant({ a: 30, b: 30 }), disaggregate: fc.boolean() }, { requiredKeys: ['year'] }),
});

const OUTCOMES = ['no-long-term-support', 'reduced-long-term-support', 'same-long-term-support', 'increased-long-term-support', 'new-long-term-support', 'deceased', 'admitted-to-hospital', 'still-open'] as const;
const shortTerm = fc.record({ asOf, outcomes: fc.dictionary(fc.constantFrom(...OUTCOMES), fc.integer({ min: 0, max: 500 }), { maxKeys: 5 }) });
const providerQuality = fc.record({
  asOf,
  services: fc.array(fc.record({ id: fc.constantFrom('S1', 'S2'), cqcRating: fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate', null), councilRiskLevel: fc.integer({ min: 0, max: 4 }), evidenceComplete: fc.boolean() }, { requiredKeys: ['cqcRating', 'councilRiskLevel'] }), { maxLength: 4 }),
});
const complaints = fc.record({
  asOf,
  complaints: fc.array(fc.record({ formallyInvestigated: fc.boolean(), outcome: fc.constantFrom('upheld', 'partially-upheld', 'not-upheld', 'withdrawn', 'open') }), { maxLength: 4 }),
});
const feeRates = fc.record({
  asOf,
  region: fc.constant('West Midlands'),
  rates: fc.array(fc.record({ service: fc.constantFrom('Homecare', 'Residential'), unit: fc.constantFrom('hour', 'week'), council: decimal(900).map(String), regionalAverage: fc.integer({ min: 1, max: 9000 }).map((n) => (n / 10).toString()) }), { minLength: 1, maxLength: 3 }),
});
const representation = fc.record({
  asOf,
  population: fc.constant('Census 2021'),
  groups: fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })).map(([a, b]) => [
    { group: 'White', supportedShare: (a / 10).toString(), populationShare: b / 10 },
    { group: 'All other groups', supportedShare: ((1000 - a) / 10).toString(), populationShare: (1000 - b) / 10 },
  ]),
});
const waitingTime = asOf.chain((end) =>
  fc.record({ asOf: fc.constant(end), waits: fc.array(day('2013-01-01', end).chain((from) => fc.record({ from: fc.constant(from), to: day(from, '2031-12-31') }, { requiredKeys: ['from'] })), { maxLength: 4 }) }),
);
const localKpi = fc.oneof(
  shortTerm.map((x) => ({ kpi: 'short-term-support', ...x })),
  providerQuality.map((x) => ({ kpi: 'provider-quality', ...x })),
  complaints.map((x) => ({ kpi: 'complaints-upheld', ...x })),
  feeRates.map((x) => ({ kpi: 'fee-rates', ...x })),
  representation.map((x) => ({ kpi: 'representation', ...x })),
  waitingTime.map((x) => ({ kpi: 'waiting-time', ...x })),
);

const benchmark = fc.record({
  result: fc.record({ value: fc.constantFrom('56.2', { value: '56.2', rounding: { places: 1 } }, null), polarity: fc.constantFrom('higher-is-better', 'lower-is-better', 'no-polarity'), code: fc.constant('2C'), trace: fc.record({ asOf }) }, { requiredKeys: ['value', 'polarity'] }),
  benchmarks: fc.record({ england: decimal(100), region: decimal(100).map(String), comparators: fc.array(fc.record({ name: fc.constantFrom('Leeds', 'Derby'), value: fc.option(decimal(100), { nil: null }) }), { maxLength: 3 }), target: decimal(100), asOf }, { requiredKeys: [] }),
});

// CLD rows: the synthetic generator's rows (valid by construction), with optional cells blanked as "" or null.
const OPTIONAL_CLD = ['LA_Code', 'NHS_Number', 'Gender', 'Ethnicity', 'Date_of_Death', 'Primary_Support_Reason', 'Accommodation_Status', 'Event_End_Date', 'Event_Outcome', 'Service_Component', 'Delivery_Mechanism', 'Reporting_Period_End_Date'];
const cldEvent = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.nat(40), fc.subarray(OPTIONAL_CLD), fc.constantFrom('', null), fc.subarray(['Notes', 'Team', 'Shoe_Size']))
  .map(([seed, n, blanks, blank, extra]) => {
    const rows = [...generateSyntheticCld({ seed, people: 4, period: { start: '2024-04-01', end: '2025-03-31' } })];
    const row: Row = { ...rows[n % rows.length] };
    for (const k of blanks) row[k] = blank;
    // A column the release does not define, left blank (a CSV export's empty cell): read as absent.
    for (const k of extra) row[k] = blank;
    return row;
  });

const discharge = fc.record(
  { personId: fc.constantFrom('9434765919', 'P1'), admissionDate: day('2023-01-01', '2025-03-31'), dischargeDate: day('2024-04-01', '2025-03-31'), ageAtDischarge: fc.integer({ min: 0, max: 130 }), admissionMethod: fc.constantFrom('21', '31'), lastEpisodeOfSpell: fc.boolean() },
  { requiredKeys: ['personId', 'admissionDate', 'dischargeDate', 'ageAtDischarge'] },
);
const POP = { aged18to64: 100_000, aged65plus: 40_000 };
const Y2425 = { start: '2024-04-01', end: '2025-03-31' };
const cldOptions = day('2023-04-01', '2027-03-31').chain((end) =>
  fc.record(
    {
      period: day('2022-01-01', end).map((start) => ({ start, end })),
      population: fc.record({ aged18to64: fc.nat(300_000), aged65plus: fc.nat(100_000) }),
      laCode: fc.constant('E08000026'),
      geography: fc.record({ code: fc.constant('E08000026'), name: fc.constant('Coventry') }, { requiredKeys: ['code'] }),
      hospitalDischarges: fc.array(discharge, { maxLength: 2 }),
      recode: fc.constant({ Event_Outcome: { ...CLD_OUTCOME_NEAR_MISSES } }),
    },
    { requiredKeys: ['period', 'population'] },
  ),
);
const syntheticCld = day('2020-01-01', '2030-12-31').chain((end) =>
  fc.record(
    { seed: fc.integer(), people: fc.nat(1000), period: day('2019-01-01', end).map((start) => ({ start, end })), laCode: fc.constant('E99999999'), maxRows: fc.nat(100), invalidRate: fc.double({ min: 0, max: 1, noNaN: true }), duplicateRate: fc.constantFrom(0, 0.5, 1) },
    { requiredKeys: ['seed', 'people', 'period'] },
  ),
);

// --- Each input: its generator, the function, the cross-field rules (docs/schemas.md) and the named near misses.

const kpiBeyond = (i: RulesIssue) =>
  at(i, 'inconsistent_input', 'outcomes') || at(i, 'shares_do_not_sum', 'groups') || at(i, 'inconsistent_input', 'waits', null, 'from') || at(i, 'inconsistent_input', 'waits', null, 'to');

const CASES: Record<AscofInputName, { valid: fc.Arbitrary<unknown>; call: (x: unknown) => unknown; beyondSchema: (i: RulesIssue) => boolean; examples: unknown[] }> = {
  measure: {
    valid: measure,
    call: (x) => calculateAscofMeasure(arg(x, 'code'), arg(x, 'counts'), { year: arg(x, 'year'), disaggregation: arg(x, 'disaggregation') }),
    // The code must be a measure of the year's framework; a proportion's numerator cannot exceed its denominator.
    beyondSchema: (i) => at(i, 'unknown_measure', 'code') || at(i, 'inconsistent_input', 'counts', 'numerator'),
    examples: [
      { code: '2C', counts: { numerator: '-3', denominator: '198400' }, year: '2023-24' }, // a negative count
      { code: '2C', counts: { numerator: 12, denominator: -0.01 }, year: '2023-24' },
      { code: '2C', counts: { numerator: 1123, denominator: 198400 }, year: '2023-25' }, // not consecutive years
      { code: '2C', counts: { numerator: 1123, denominator: 198400 }, year: '2013-14' }, // before the registry
      { code: '2C', counts: { numerator: 1123, denominator: 198400 }, year: '2023-24', disaggregation: '' },
      { code: '2A', counts: { numerator: 12, denominator: 10 }, year: '2024-25' }, // cross-field: numerator above denominator
      { code: '2A', counts: { numerator: -0, denominator: 10 }, year: '2024-25' }, // the JSON number -0 is zero for both
      { code: 'not-a-code', counts: { numerator: -1, denominator: '609' }, year: '2019-20' }, // found by this property: the count was hidden behind the code
      { code: '2A', counts: { numerator: '-0', denominator: 10 }, year: '2024-25' }, // the string "-0" is refused by both
    ],
  },
  'user-survey': {
    valid: userSurvey,
    call: (x) => scoreUserSurvey(arg(x, 'responses'), arg(x, 'options')),
    beyondSchema: (i) => at(i, 'inconsistent_input', 'responses', null, 'stratum') || at(i, 'inconsistent_input', 'options', 'strataPopulations') || at(i, 'inconsistent_input', 'options', 'adjustedScrqolStrataPopulations'),
    examples: [
      { responses: [{ age: 17, answers: {} }], options: { year: '2024-25' } },
      { responses: [{ answers: { q1: 8 } }], options: { year: '2024-25' } },
      { responses: [], options: { year: '2024-25', strataPopulations: { '1': 0 } } },
      { responses: [{ stratum: '3', answers: {} }], options: { year: '2024-25', strataPopulations: { '1': 10 } } }, // cross-field: stratum without a population
    ],
  },
  'carer-survey': {
    valid: carerSurvey,
    call: (x) => scoreCarerSurvey(arg(x, 'responses'), arg(x, 'options')),
    beyondSchema: (i) => at(i, 'inconsistent_input', 'responses', null, 'stratum') || at(i, 'inconsistent_input', 'options', 'strataPopulations') || at(i, 'inconsistent_input', 'responses', null, 'answers', 'socialContact'),
    examples: [
      { responses: [{ answers: { socialParticipation: 1, socialContact: 2 } }], options: { year: '2024-25' } }, // cross-field: the alias disagrees
      { responses: [{ answers: { included: 6 } }], options: { year: '2024-25' } },
      { responses: [{ age: -1, answers: {} }], options: { year: '2024-25' } },
    ],
  },
  'short-term-support': {
    valid: shortTerm,
    call: (x) => calculateShortTermSupportOutcome(x as never),
    beyondSchema: kpiBeyond,
    examples: [
      { asOf: '2014-03-31', outcomes: {} }, // an asOf before the rules begin
      { asOf: '2024-03-31', outcomes: { deceased: -1 } },
      { asOf: '2024-03-31', outcomes: { moved: 1 } },
    ],
  },
  'provider-quality': {
    valid: providerQuality,
    call: (x) => calculateProviderQualityShare(x as never),
    beyondSchema: kpiBeyond,
    examples: [{ asOf: '2010-01-01', services: [] }, { asOf: '2024-03-31', services: [{ cqcRating: 'Good', councilRiskLevel: 1 }] }, { asOf: '2024-03-31', services: [{ cqcRating: null, councilRiskLevel: 5 }] }],
  },
  complaints: {
    valid: complaints,
    call: (x) => calculateComplaintsUpheld(x as never),
    beyondSchema: kpiBeyond,
    examples: [{ asOf: '2024-03-31', complaints: [{ formallyInvestigated: true, outcome: 'upheld ' }] }],
  },
  'fee-rates': {
    valid: feeRates,
    call: (x) => compareFeeRates(x as never),
    beyondSchema: kpiBeyond,
    examples: [
      { asOf: '2024-03-31', region: 'West Midlands', rates: [{ service: 'Homecare', unit: 'hour', council: '-0.01', regionalAverage: '21.00' }] }, // a negative rate
      { asOf: '2024-03-31', region: 'West Midlands', rates: [{ service: 'Homecare', unit: 'hour', council: '0', regionalAverage: '0.00' }] }, // an average of zero
      { asOf: '2024-03-31', region: 'West Midlands', rates: [{ service: 'Homecare', unit: 'hour', council: '0', regionalAverage: '0.001' }] },
    ],
  },
  representation: {
    valid: representation,
    call: (x) => compareRepresentation(x as never),
    beyondSchema: kpiBeyond,
    examples: [
      { asOf: '2024-03-31', population: 'Census 2021', groups: [{ group: 'A', supportedShare: '100.5', populationShare: 50 }, { group: 'B', supportedShare: '-0.5', populationShare: 50 }] },
      { asOf: '2024-03-31', population: 'Census 2021', groups: [{ group: 'A', supportedShare: '100.0', populationShare: 50 }, { group: 'B', supportedShare: '0', populationShare: 49 }] }, // cross-field: sums to 99
      { asOf: '2024-03-31', population: 'Census 2021', groups: [{ group: 'A', supportedShare: '100.0', populationShare: 100 }, { group: 'B', supportedShare: -0, populationShare: -0 }] }, // -0 is zero
    ],
  },
  'waiting-time': {
    valid: waitingTime,
    call: (x) => calculateAverageWaitingTime(x as never),
    beyondSchema: kpiBeyond,
    examples: [
      { asOf: '2025-03-31', waits: [{ from: '2025-04-02' }] }, // cross-field: a wait starting after asOf (an observation outside the period)
      { asOf: '2025-03-31', waits: [{ from: '2025-03-02', to: '2025-03-01' }] }, // cross-field: ends before it starts
      { asOf: '2025-03-31', waits: [{ from: '2025-02-30' }] },
    ],
  },
  'local-kpi': {
    valid: localKpi,
    call: (x) => calculateLocalKpi(x as never),
    beyondSchema: kpiBeyond,
    examples: [{ kpi: 'waiting-times', asOf: '2025-03-31', waits: [] }, { kpi: 'fee-rates', asOf: '2025-03-31', waits: [] }, { kpi: 'waiting-time', asOf: '2013-03-31', waits: [] }],
  },
  benchmark: {
    valid: benchmark,
    call: (x) => compareToBenchmark(arg(x, 'result'), arg(x, 'benchmarks')),
    beyondSchema: () => false,
    examples: [
      { result: { value: '56.2', polarity: 'higher-is-better' }, benchmarks: { england: '50' } }, // no date for the RAG policy
      { result: { value: '56.2', polarity: 'higher-is-better', trace: { asOf: '2013-01-01' } }, benchmarks: { england: '50' } }, // the trace date is read, and is too early
      { result: { value: '56.2', polarity: 'higher-is-better', trace: { asOf: '2013-01-01' } }, benchmarks: { england: '50', asOf: '2024-03-31' } }, // the trace date is not read
      { result: { value: '56.2', polarity: 'higher-is-better' }, benchmarks: { asOf: '2014-03-31' } },
    ],
  },
  'cld-event': {
    valid: cldEvent,
    call: (x) => parseCldEvent(x),
    // The end date is compared with the start date (a cross-field rule).
    beyondSchema: (i) => at(i, 'end_before_start', 'Event_End_Date'),
    examples: [
      // blank CLD cells: accepted by both
      { Client_Type: 'Service User', Event_Type: 'Service', Service_Type: 'Short Term Support: ST-Max', Event_Start_Date: '2024-05-01', Event_End_Date: '', Event_Outcome: null, LA_Code: '', Der_Birth_Year: null, Der_Birth_Month: '' },
      { Client_Type: 'Service User', Event_Type: 'Service', Service_Type: '', Event_Start_Date: '2024-05-01' }, // a Service event without a service type
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '2024-05-01', Der_Birth_Year: '1950' }, // year of birth without the month
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '2024-05-01', Der_Birth_Year: '', Der_Birth_Month: 7 },
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '', Der_Birth_Year: 1950, Der_Birth_Month: '07' }, // a blank required cell
      { Client_Type: null, Event_Type: 'Review', Event_Start_Date: '2024-05-01' },
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '2024-05-01', Event_Outcome: 'NFA - Other' }, // the near-miss spelling
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '2024-05-01', Shoe_Size: '9' }, // an unknown column
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '2024-05-01', Shoe_Size: '', Notes: null }, // unknown columns, blank: accepted by both
      { Client_Type: 'Service User', Event_Type: 'Review', Event_Start_Date: '2024-05-02', Event_End_Date: '2024-05-01' }, // cross-field: ends before it starts
    ],
  },
  'cld-options': {
    valid: cldOptions,
    call: (x) => _startCldDerivation(x as never).finish(),
    beyondSchema: (i) => at(i, 'inconsistent_input', 'options', 'period', 'end'),
    examples: [
      { period: { start: '2025-04-01', end: '2025-03-31' }, population: POP }, // cross-field: a period ending before it starts
      { period: { start: '2022-04-01', end: '2023-03-31' }, population: POP }, // before the CLD method
      { period: { start: '2022-10-03', end: '2014-01-01' }, population: POP }, // found by this property: reversed and before the method
      { period: Y2425, population: { aged18to64: -1, aged65plus: 40_000 } }, // a negative population
      { period: Y2425, population: POP, recode: { Event_Outcome: { 'NFA - Other': 'NFA - Other' } } }, // a recode to a value off the list
    ],
  },
  'cld-discharge': {
    valid: discharge,
    call: (x) => _startCldDerivation({ period: Y2425, population: POP, hospitalDischarges: [x as never] }).finish(),
    beyondSchema: () => false,
    examples: [{ personId: 'P1', admissionDate: '2024-05-01', dischargeDate: '2024-05-32', ageAtDischarge: 80 }, { personId: '', admissionDate: '2024-05-01', dischargeDate: '2024-05-03', ageAtDischarge: 131 }],
  },
  'synthetic-cld': {
    valid: syntheticCld,
    call: (x) => generateSyntheticCld(x as never),
    beyondSchema: (i) => at(i, 'inconsistent_input', 'period', 'end'),
    examples: [
      { seed: 1, people: 3, period: { start: '2025-04-01', end: '2025-03-31' } }, // cross-field: a period ending before it starts
      { seed: 1.5, people: 3, period: Y2425 },
      { seed: 1, people: 3, period: Y2425, invalidRate: 1.01 },
    ],
  },
};

describe('ascof JSON Schemas agree with the functions (issue 14)', () => {
  for (const name of ASCOF_INPUTS) {
    it(`${name}: ajv and the function accept and refuse the same inputs; every field has words`, () => {
      const schema = ascofJsonSchema(name);
      const c = CASES[name];
      const tally = expectSchemaAgreement({ jsonSchema: schema, valid: c.valid, call: c.call, beyondSchema: c.beyondSchema, examples: c.examples, numRuns: 200 });
      expect(tally.accepted + tally.refused + tally.beyond).toBeGreaterThanOrEqual(200);
      expect(undocumented(schema)).toEqual([]);
    });
  }

  it('each example of a rule JSON Schema can say is refused by ajv', () => {
    const refused = (name: AscofInputName, x: unknown) => validatorOf(ascofJsonSchema(name))(x);
    expect(refused('measure', CASES.measure.examples[0])).toBe(false);
    expect(refused('measure', CASES.measure.examples[2])).toBe(false);
    expect(refused('short-term-support', CASES['short-term-support'].examples[0])).toBe(false);
    expect(refused('fee-rates', CASES['fee-rates'].examples[1])).toBe(false);
    expect(refused('benchmark', CASES.benchmark.examples[0])).toBe(false);
    expect(refused('benchmark', CASES.benchmark.examples[1])).toBe(false);
    expect(refused('benchmark', CASES.benchmark.examples[2])).toBe(true);
    expect(refused('cld-event', CASES['cld-event'].examples[0])).toBe(true);
    expect(refused('cld-event', CASES['cld-event'].examples[1])).toBe(false);
    expect(refused('cld-event', CASES['cld-event'].examples[2])).toBe(false);
    expect(refused('cld-event', CASES['cld-event'].examples[7])).toBe(false); // an unknown column, filled
    expect(refused('cld-event', CASES['cld-event'].examples[8])).toBe(true); // unknown columns, blank
    expect(refused('cld-options', CASES['cld-options'].examples[1])).toBe(false);
    expect(refused('cld-options', CASES['cld-options'].examples[2])).toBe(false);
  });

  it('the ids are stable URNs', () => {
    expect(ascofJsonSchema('cld-event').$id).toBe('urn:adult-social-care-rules:schema:CldEvent');
    expect(ascofJsonSchema('measure').$id).toBe('urn:adult-social-care-rules:schema:AscofMeasureInput');
    expect(ascofJsonSchema('user-survey').$id).toBe('urn:adult-social-care-rules:schema:ScoreUserSurveyInput');
    expect(ascofJsonSchema('local-kpi').$id).toBe('urn:adult-social-care-rules:schema:AscofLocalKpiInput');
    expect(ascofJsonSchema('cld-options').$id).toBe('urn:adult-social-care-rules:schema:DeriveAscofFromCldOptions');
    const ids = ASCOF_INPUTS.map((n) => ascofJsonSchema(n).$id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('closed lists carry labels: the CLD defined lists their own wording, the KPI values words', () => {
    const props = (name: AscofInputName) => ascofJsonSchema(name).properties as Record<string, Record<string, unknown>>;
    const service = JSON.stringify(props('cld-event')['Service_Type']);
    for (const v of CLD_SERVICE_TYPES) expect(service).toContain(JSON.stringify({ const: v, title: v }));
    expect(service).toContain('{"const":"","title":"Blank (not recorded)"}');
    expect(JSON.stringify(props('cld-event')['Event_Outcome'])).toContain(JSON.stringify({ const: CLD_EVENT_OUTCOMES[16], title: CLD_EVENT_OUTCOMES[16] }));
    const complaint = (props('complaints')['complaints']!['items'] as { properties: Record<string, unknown> }).properties['outcome'];
    expect(complaint).toMatchObject({ oneOf: expect.arrayContaining([{ const: 'partially-upheld', title: 'Partially upheld' }]) });
    expect(JSON.stringify(props('provider-quality'))).toContain('{"const":"requires-improvement","title":"Requires improvement"}');
  });

  it('the hospital discharge is one definition, referenced from the options', () => {
    const options = ascofJsonSchema('cld-options');
    expect((options.properties as Record<string, { items?: unknown }>)['hospitalDischarges']?.items).toEqual({ $ref: '#/$defs/CldHospitalDischarge' });
    expect((options.$defs as Record<string, { title?: string }>)['CldHospitalDischarge']?.title).toBe('Hospital discharge (SUS)');
  });

  it('the first dates in force come from the default packs', () => {
    const props = (name: AscofInputName) => ascofJsonSchema(name).properties as Record<string, Record<string, unknown>>;
    expect(props('short-term-support')['asOf']?.['formatMinimum']).toBe('2014-04-01');
    const period = props('cld-options')['period'] as { properties: Record<string, Record<string, unknown>> };
    expect(period.properties['end']?.['formatMinimum']).toBe('2023-04-01');
  });

  it('the year pattern accepts exactly the years AscofYearSchema accepts (every YYYY-YY from 1990 to 2110)', () => {
    const pattern = new RegExp((ascofJsonSchema('measure').properties as Record<string, { pattern: string }>)['year']!.pattern);
    let accepted = 0;
    for (let y = 1990; y <= 2110; y += 1) {
      for (let s = 0; s < 100; s += 1) {
        const year = `${y}-${String(s).padStart(2, '0')}`;
        const ok = AscofYearSchema.safeParse(year).success;
        expect(pattern.test(year), year).toBe(ok);
        if (ok) accepted += 1;
      }
    }
    expect(accepted).toBe(86);
  });

  it('reports a date before the rules and a bad count even when a cross-field or registry rule also fails', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { issues: RulesIssue[] }).issues.map((i) => `${i.code} ${i.path.join('.')}`);
      }
      return [];
    };
    expect(issues(() => calculateAscofMeasure('9Z', { numerator: -1, denominator: 10 }, { year: '2024-25' }))).toEqual(['unknown_measure code', 'too_small counts.numerator']);
    expect(issues(() => _startCldDerivation({ period: { start: '2022-10-03', end: '2014-01-01' }, population: POP }))).toEqual(['no_value_in_force options.period.end']);
  });

  it('asc-rules schema ascof-* prints the same words: every field of the CLI files documented, and ajv compiles them', () => {
    const names = Object.keys(cliSchemas).filter((n) => n.startsWith('ascof-'));
    expect(names.length).toBe(6);
    for (const n of names) {
      const schema = toJsonSchema(cliSchemas[n]!.schema, cliSchemas[n]!.docs);
      expect(undocumented(schema), n).toEqual([]);
      expect(typeof validatorOf(schema)).toBe('function');
    }
    expect(validatorOf(toJsonSchema(cliSchemas['ascof-survey-file']!.schema, cliSchemas['ascof-survey-file']!.docs))({ survey: 'sace', year: '2024-25', geography: { code: 'E08000026' }, responses: [{ answers: { control: 1 } }] })).toBe(true);
  });

  it('the CLD fast path, CldEventSchema and the JSON Schema of a row agree, blanks ("" and null) included', () => {
    const validate = validatorOf(ascofJsonSchema('cld-event'));
    const values = fc.oneof(
      fc.constantFrom('', null, 'Service User', 'Carer', 'Service', 'Review', 'Long Term Support: Community', 'Direct Payment', 'Tenant', 'Unknown', '2024-02-29', '2023-02-29', '1950', '7', '07', '13', 'E1', 'x'.repeat(201)),
      fc.integer({ min: -5, max: 2300 }),
    );
    const keys = fc.constantFrom(...Object.keys(CldEventSchema.shape), 'Shoe_Size');
    let fast = 0;
    fc.assert(
      fc.property(fc.dictionary(keys, values, { maxKeys: 10 }), fc.constantFrom('Service', 'Review'), (extra, type) => {
        const row = { Der_Birth_Year: '', Der_Birth_Month: null, ...extra, Client_Type: 'Service User', Event_Type: type, Event_Start_Date: '2024-05-01' };
        const parsed = _fastParse(row);
        const zodOk = CldEventSchema.safeParse(row).success;
        if (parsed !== undefined) {
          fast += 1;
          // The function drops blank cells before zod reads the row (a blank cell of a column it does not know
          // included), so the fast path is compared with zod on the row without its blanks.
          const cleaned = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== '' && v !== null && v !== undefined));
          expect(CldEventSchema.safeParse(cleaned).success).toBe(true);
        }
        // The schema stage of a row is CldEventSchema; the JSON Schema also carries the two required-when rules.
        const requiredWhen = (type !== 'Service' || (row as Row)['Service_Type'] !== '' && (row as Row)['Service_Type'] != null) &&
          ((row as Row)['Der_Birth_Year'] === '' || (row as Row)['Der_Birth_Year'] == null) === ((row as Row)['Der_Birth_Month'] === '' || (row as Row)['Der_Birth_Month'] == null);
        expect(validate(row)).toBe(zodOk && requiredWhen);
      }),
      { numRuns: 300 },
    );
    expect(fast).toBeGreaterThan(0);
  });

  it('refuses an unknown name with a RulesError', () => {
    expect(() => ascofJsonSchema('cld-row' as never)).toThrow(/must be one of measure/);
  });

  it('generateSyntheticCld refuses a period that ends before it starts (as deriveAscofFromCld does)', () => {
    expect(() => generateSyntheticCld({ seed: 1, people: 1, period: { start: '2025-04-01', end: '2025-03-31' } })).toThrow(/on or after the period start/);
    expect([...generateSyntheticCld({ seed: 1, people: 1, period: { start: '2025-03-31', end: '2025-03-31' } })].length).toBeGreaterThan(0);
  });
});

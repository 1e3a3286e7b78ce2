import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import {
  AscofCountsSchema,
  AscofYearSchema,
  BenchmarksSchema,
  BenchmarkSubjectSchema,
  CarerSurveyOptionsSchema,
  CarerSurveyResponseSchema,
  DeriveAscofFromCldOptionsSchema,
  LocalKpiInputSchema,
  UserSurveyOptionsSchema,
  UserSurveyResponseSchema,
  ascofMeasure,
  ascofMeasures,
  calculateAscofMeasure,
  calculateLocalKpi,
  compareToBenchmark,
  deriveAscofFromCld,
  generateSyntheticCld,
  scoreCarerSurvey,
  scoreUserSurvey,
} from '../ascof/index.js';
import {
  CareHomeStockInputSchema,
  CFAS_II_DEMENTIA_RATES,
  ProjectIndicatorsInputSchema,
  ONS_LIVING_ALONE_65_2024,
  aggregatePopulation,
  compareScenarios,
  projectCostsFromDemand,
  projectIndicators,
  wideTable,
  type DemandProjection,
  CollapseAgeBandsInputSchema,
  GrossUpSelfFundersInputSchema,
  GrowthBetweenInputSchema,
  ProjectCostsInputSchema,
  ProjectDemandInputSchema,
  ProjectionChartSchema,
  SimulateDemandInputSchema,
  collapseAgeBands,
  grossUpSelfFunders,
  growthBetween,
  projectCareHomeStock,
  projectCosts,
  projectDemand,
  renderProjectionSvg,
  simulateDemand,
} from '../demand/index.js';
import {
  AdultEligibilityInputSchema,
  CarerEligibilityInputSchema,
  DutyInputSchema,
  WrittenRecordInputSchema,
  assessDutyToMeetNeeds,
  determineAdultEligibility,
  determineCarerEligibility,
  writtenRecord,
} from '../eligibility/index.js';
import {
  AffectedPersonSchema,
  ContinuityContextSchema,
  MarketOversightMetricsSchema,
  ResponsePlanInputSchema,
  TemporaryDutyInputSchema,
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
} from '../provider-failure/index.js';
import {
  AssessProviderRiskInputSchema,
  BankHolidaysSchema,
  ConcernInputSchema,
  PlanDecisionSchema,
  PortfolioInputSchema,
  ReplayRiskHistoryInputSchema,
  ReviewRiskLevelInputSchema,
  type RiskRecommendationSchema,
  assessProviderRisk,
  concernResponseDeadline,
  confirmRiskDecision,
  replayRiskHistory,
  planRiskResponse,
  reviewRiskLevel,
  summarisePortfolio,
} from '../risk/index.js';
import {
  AggregatePopulationBodySchema,
  CompareScenariosBodySchema,
  ConfirmRiskDecisionBodySchema,
  CostsFromDemandBodySchema,
  WideTableBodySchema,
  type DemandProjectionBody,
} from './bodies.js';
import type { ServedPacks } from './packs.js';

/**
 * One endpoint of the service: `POST {path}` runs `entry` on the JSON body and answers with exactly what the
 * function returns (trace included). Routing, the OpenAPI document and the page's forms are all generated
 * from these rows, so adding an entry point to the service is adding one row.
 */
export interface ServiceRoute<S extends z.ZodType = z.ZodType> {
  /** The path, `/<area>/<what>`, e.g. `"/eligibility/adult"`. */
  readonly path: string;
  /** The area, as in `adult-social-care-rules/<area>`. */
  readonly area: string;
  /** The library function the endpoint runs, e.g. `"determineAdultEligibility"`. */
  readonly entry: string;
  /** One line for the OpenAPI summary and the page. */
  readonly summary: string;
  /** The request body: a zod schema whose JSON Schema (via `toJsonSchema`) the OpenAPI document and the forms use. */
  readonly input: S;
  /** A request body that works, taken from the function's documentation. */
  readonly example: z.input<S>;
  /** Runs the entry point on a body that passed `input`, with the served packs. */
  readonly run: (body: z.input<S>, packs: ServedPacks) => unknown;
}

// Keeps each row's body type tied to its schema while the table holds them side by side.
function route<S extends z.ZodType>(row: ServiceRoute<S>): ServiceRoute {
  return row as unknown as ServiceRoute;
}

const CLD_PERIOD = { start: '2024-04-01', end: '2025-03-31' };
const femaleNinetyPlus = { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'female' && r.ageBand === '90+') };
const maleEightyToEightyFour = { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'male' && r.ageBand === '80-84') };
const userAnswers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
const carerAnswers = { occupation: 1, control: 2, selfCare: 1, safety: 1, socialParticipation: 3, encouragement: 2 };

// A small projection, computed as POST /demand/project answers it: the documented example of the functions
// that read a projection (projectCostsFromDemand, wideTable).
const exampleProjection = JSON.parse(
  JSON.stringify(
    projectDemand({
      asOf: '2026-11-23',
      measure: 'Women 90+ with dementia',
      population: [{ area: 'E10000018', year: 2026, sex: 'female', ageBand: '90+', people: 2000 }],
      rates: femaleNinetyPlus,
    }),
  ),
) as DemandProjectionBody;

// The recommendation of confirmRiskDecision's @example (a level 2 provider recommended for level 3), as
// POST /risk/review answers it, cut to the fields the decision reads.
const exampleRecommendation = (() => {
  const rec = reviewRiskLevel(
    { providerId: 'CH-017', level: 2, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null },
    { providerId: 'CH-017', asOf: '2026-03-09', level: 3 },
  );
  const { providerId, asOf, fromLevel, level, state, previousState } = JSON.parse(JSON.stringify(rec)) as z.output<typeof RiskRecommendationSchema>;
  return { providerId, asOf, fromLevel, level, state, previousState };
})();

const dementiaPopulation = ['65-69', '70-74', '75-79', '80-84', '85-89', '90+'].flatMap((ageBand) =>
  (['male', 'female'] as const).map((sex) => ({ area: 'E10000018', year: 2030, sex, ageBand, people: 10000 })),
);

/**
 * Every endpoint of the service, area by area. Examples come from each function's TSDoc `@example`.
 */
export const serviceRoutes: readonly ServiceRoute[] = [
  // Eligibility (Care Act 2014, SI 2015/313)
  route({
    path: '/eligibility/adult',
    area: 'eligibility',
    entry: 'determineAdultEligibility',
    summary: "An adult's eligibility for care and support (SI 2015/313 reg 2)",
    input: AdultEligibilityInputSchema,
    example: {
      asOf: '2026-11-23',
      needsArisingFromImpairmentOrIllness: true,
      outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, personalHygiene: { unableToAchieve: [], needsPrompting: true } },
      wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] },
    },
    run: (body, packs) => determineAdultEligibility(body, { pack: packs.eligibility }),
  }),
  route({
    path: '/eligibility/carer',
    area: 'eligibility',
    entry: 'determineCarerEligibility',
    summary: "A carer's eligibility for support (SI 2015/313 reg 3)",
    input: CarerEligibilityInputSchema,
    example: { asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: true, wellbeing: { significantImpact: true, areas: ['physicalMentalHealthEmotionalWellbeing'] } },
    run: (body, packs) => determineCarerEligibility(body, { pack: packs.eligibility }),
  }),
  route({
    path: '/eligibility/duty',
    area: 'eligibility',
    entry: 'assessDutyToMeetNeeds',
    summary: 'The duty or power to meet needs (Care Act 2014 s.18-20)',
    input: DutyInputSchema,
    example: {
      asOf: '2026-11-23',
      person: 'adult',
      determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'personalHygiene'] },
      residence: 'ordinarily-resident',
      charge: 'chargeable',
      careHomeAccommodation: false,
      financialAssessment: { capital: '12000' },
      needsMetByCarer: ['nutrition'],
    },
    run: (body, packs) => assessDutyToMeetNeeds(body, { pack: packs.eligibility }),
  }),
  route({
    path: '/eligibility/written-record',
    area: 'eligibility',
    entry: 'writtenRecord',
    summary: 'The written record of a determination (Care Act 2014 s.13(2)); the body is a determination result',
    input: WrittenRecordInputSchema,
    example: JSON.parse(JSON.stringify(determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: false }))) as z.input<typeof WrittenRecordInputSchema>,
    run: (body, packs) => writtenRecord(body, { pack: packs.eligibility }),
  }),
  // Provider quality risk (Coventry QA framework Table One)
  route({
    path: '/risk/assess',
    area: 'risk',
    entry: 'assessProviderRisk',
    summary: "A provider's risk level 0-4 from dated evidence",
    input: AssessProviderRiskInputSchema,
    example: {
      providerId: 'CH-017',
      serviceType: 'residential-local',
      asOf: '2026-05-01',
      evidence: [{ kind: 'quality-trigger', id: 'V1-med', date: '2026-04-20', source: 'monitoring visit', domain: 'medication', finding: 'moderate' }],
    },
    run: (body, packs) => assessProviderRisk(body, { pack: packs.risk }),
  }),
  route({
    path: '/risk/review',
    area: 'risk',
    entry: 'reviewRiskLevel',
    summary: 'Escalate, hold or de-escalate a provider from its previous state and a new assessment',
    input: ReviewRiskLevelInputSchema,
    example: {
      previous: { providerId: 'CH-017', level: 3, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: '2026-01-12' },
      assessment: { providerId: 'CH-017', asOf: '2026-03-09', level: 1 },
    },
    run: (body, packs) => reviewRiskLevel(body.previous, body.assessment, { pack: packs.risk }),
  }),
  route({
    path: '/risk/confirm',
    area: 'risk',
    entry: 'confirmRiskDecision',
    summary: 'The decision taken on a review\'s recommendation: the body that decided, the level, any departure and its reason',
    input: ConfirmRiskDecisionBodySchema,
    example: { recommendation: exampleRecommendation, record: { confirmedBy: 'pep', decidedOn: '2026-03-12', qpsgReferral: { referredOn: '2026-03-10' } } },
    run: (body, packs) => confirmRiskDecision(body.recommendation, body.record, { pack: packs.risk }),
  }),
  route({
    path: '/risk/replay',
    area: 'risk',
    entry: 'replayRiskHistory',
    summary: "A provider's whole evidence history replayed review by review, with each level and pending de-escalation",
    input: ReplayRiskHistoryInputSchema,
    example: {
      providerId: 'CH-017',
      serviceType: 'residential-local',
      evidence: [{ kind: 'quality-trigger', id: 'V1-med', date: '2026-04-20', source: 'monitoring visit', domain: 'medication', finding: 'moderate', resolvedOn: '2026-05-20' }],
      reviewDates: ['2026-04-13', '2026-04-20', '2026-05-25'],
    },
    run: (body, packs) => replayRiskHistory(body, { pack: packs.risk }),
  }),
  route({
    path: '/risk/plan',
    area: 'risk',
    entry: 'planRiskResponse',
    summary: 'The response a risk level requires, with every deadline',
    input: z.strictObject({ decision: PlanDecisionSchema, bankHolidays: BankHolidaysSchema.optional().meta({ title: 'Bank holidays', description: 'Bank holidays (YYYY-MM-DD), for working-day deadlines; the library ships none.' }) }),
    example: { decision: { providerId: 'CH-017', asOf: '2026-12-18', level: 2, effectiveFrom: '2026-12-18' }, bankHolidays: ['2026-12-25', '2026-12-28'] },
    run: (body, packs) => planRiskResponse(body.decision, { pack: packs.risk, bankHolidays: body.bankHolidays }),
  }),
  route({
    path: '/risk/concern-deadline',
    area: 'risk',
    entry: 'concernResponseDeadline',
    summary: 'The 24 h or 72 h response deadline of a quality concern (Europe/London)',
    input: ConcernInputSchema,
    example: { id: 'C-1', receivedAt: '2026-03-28T09:00:00Z', priority: 'high-risk' },
    run: (body, packs) => concernResponseDeadline(body, { pack: packs.risk }),
  }),
  route({
    path: '/risk/portfolio',
    area: 'risk',
    entry: 'summarisePortfolio',
    summary: 'Counts by level and service type, and the share meeting quality standards',
    input: z.strictObject({ assessments: PortfolioInputSchema, asOf: IsoDateSchema.optional().meta({ title: 'Date of the summary', description: 'The date of the summary; the latest assessment date by default.' }) }),
    example: {
      assessments: [
        { providerId: 'A', serviceType: 'home-support-local', asOf: '2026-05-01', level: 0, cqcRating: { overall: 'good', date: '2025-01-10' } },
        { providerId: 'B', serviceType: 'home-support-local', asOf: '2026-05-01', level: 2, cqcRating: { overall: 'good', date: '2024-06-02' } },
        { providerId: 'C', serviceType: 'residential-local', asOf: '2026-05-01', level: 1, cqcRating: { overall: 'outstanding', date: '2023-03-03' } },
      ],
    },
    run: (body, packs) => summarisePortfolio(body.assessments, { pack: packs.risk, asOf: body.asOf }),
  }),
  // ASCOF
  route({
    path: '/ascof/measure',
    area: 'ascof',
    entry: 'calculateAscofMeasure',
    summary: 'An ASCOF measure from its counts, with the published rounding and suppression',
    input: z.strictObject({
      code: z.string().min(1).max(20).meta({ title: 'Measure code', description: 'The measure code in that year, e.g. "2C".' }),
      year: AscofYearSchema,
      disaggregation: z.string().min(1).max(60).optional().meta({ title: 'Disaggregation', description: 'The disaggregation row, e.g. "65 and over".' }),
      counts: AscofCountsSchema,
    }),
    example: { code: '2C', year: '2023-24', counts: { numerator: 1123, denominator: 198400 } },
    run: (body, packs) => calculateAscofMeasure(body.code, body.counts, { year: body.year, disaggregation: body.disaggregation, pack: packs.ascof }),
  }),
  route({
    path: '/ascof/measures',
    area: 'ascof',
    entry: 'ascofMeasures',
    summary: 'The ASCOF measures of a reporting year (the dated registry)',
    input: z.strictObject({ year: AscofYearSchema }),
    example: { year: '2024-25' },
    run: (body, packs) => ascofMeasures(body.year, { pack: packs.ascof }),
  }),
  route({
    path: '/ascof/measure-definition',
    area: 'ascof',
    entry: 'ascofMeasure',
    summary: 'The definition of one ASCOF measure in a reporting year',
    input: z.strictObject({ code: z.string().min(1).max(20).meta({ title: 'Measure code', description: 'The measure code, e.g. "2C".' }), year: AscofYearSchema }),
    example: { code: '2C', year: '2024-25' },
    run: (body, packs) => ascofMeasure(body.code, body.year, { pack: packs.ascof }),
  }),
  route({
    path: '/ascof/user-survey',
    area: 'ascof',
    entry: 'scoreUserSurvey',
    summary: 'Adult Social Care Survey (ASCS) responses scored for ASCOF',
    input: z.strictObject({
      responses: z.array(UserSurveyResponseSchema).meta({ title: 'Responses', description: 'The Adult Social Care Survey responses, one per person, with their weights.' }),
      options: UserSurveyOptionsSchema.omit({ pack: true }).meta({ title: 'Options', description: 'The ASCOF year and the scoring options (the pack is the served one).' }),
    }),
    example: { responses: [{ answers: userAnswers }, { answers: userAnswers }, { answers: userAnswers }], options: { year: '2024-25' } },
    run: (body, packs) => scoreUserSurvey(body.responses, { ...body.options, pack: packs.ascof }),
  }),
  route({
    path: '/ascof/carer-survey',
    area: 'ascof',
    entry: 'scoreCarerSurvey',
    summary: 'Survey of Adult Carers in England (SACE) responses scored for ASCOF',
    input: z.strictObject({
      responses: z.array(CarerSurveyResponseSchema).meta({ title: 'Responses', description: 'The Survey of Adult Carers in England responses, one per carer, with their weights.' }),
      options: CarerSurveyOptionsSchema.omit({ pack: true }).meta({ title: 'Options', description: 'The ASCOF year and the scoring options (the pack is the served one).' }),
    }),
    example: { responses: [{ answers: carerAnswers }, { answers: carerAnswers }, { answers: carerAnswers }], options: { year: '2022-23' } },
    run: (body, packs) => scoreCarerSurvey(body.responses, { ...body.options, pack: packs.ascof }),
  }),
  route({
    path: '/ascof/local-kpi',
    area: 'ascof',
    entry: 'calculateLocalKpi',
    summary: 'A Coventry local KPI; "kpi" selects which (short-term-support, provider-quality, complaints-upheld, fee-rates, representation, waiting-time)',
    input: LocalKpiInputSchema,
    example: { kpi: 'waiting-time', asOf: '2025-03-31', waits: [{ from: '2025-03-01', to: '2025-03-11' }] },
    run: (body, packs) => calculateLocalKpi(body, { pack: packs.ascof }),
  }),
  route({
    path: '/ascof/benchmark',
    area: 'ascof',
    entry: 'compareToBenchmark',
    summary: 'A figure against England, region, comparators and target, with a RAG status that respects polarity',
    input: z.strictObject({ subject: BenchmarkSubjectSchema.describe('A measure or KPI result (its value and polarity).'), benchmarks: BenchmarksSchema }),
    example: { subject: { code: '2C', value: '779.7', polarity: 'lower-is-better', trace: { asOf: '2024-03-31' } }, benchmarks: { england: '566.0', target: '600.0' } },
    run: (body, packs) => compareToBenchmark(body.subject, body.benchmarks, { pack: packs.ascof }),
  }),
  route({
    path: '/ascof/cld',
    area: 'ascof',
    entry: 'deriveAscofFromCld',
    summary: 'The ASCOF measures derived from Client Level Data rows (2A, 2B, 2C, 2D, 2E, 3D), with a data-quality report',
    input: z.strictObject({
      events: z
        .array(z.record(z.string(), z.unknown()))
        .meta({ title: 'Client Level Data rows', description: "Client Level Data rows (see 'asc-rules schema ascof-cld-event'); a bad row is rejected and counted, not refused." }),
      options: DeriveAscofFromCldOptionsSchema.omit({ pack: true, ascofPack: true }).meta({ title: 'Options', description: 'The period, the population and any hospital discharges (the packs are the served ones).' }),
    }),
    example: { events: [...generateSyntheticCld({ seed: 1, people: 3, period: CLD_PERIOD })], options: { period: CLD_PERIOD, population: { aged18to64: 5000, aged65plus: 1500 } } },
    run: (body, packs) => deriveAscofFromCld(body.events, { ...body.options, pack: packs['ascof-cld'], ascofPack: packs.ascof }),
  }),
  // Demand projection
  route({
    path: '/demand/project',
    area: 'demand',
    entry: 'projectDemand',
    summary: 'Demand projected as population × rate (POPPI/PANSI method), with scenario levers',
    input: ProjectDemandInputSchema,
    example: {
      asOf: '2026-11-23',
      measure: 'Women aged 90+ with dementia',
      population: [
        { area: 'Example', year: 2011, sex: 'female', ageBand: '90+', people: 1000 },
        { area: 'Example', year: 2030, sex: 'female', ageBand: '90+', people: 2000 },
      ],
      rates: femaleNinetyPlus,
    },
    run: (body, packs) => projectDemand(body, { pack: packs.demand }),
  }),
  route({
    path: '/demand/simulate',
    area: 'demand',
    entry: 'simulateDemand',
    summary: "Monte Carlo over the rates' confidence intervals, with a seeded generator",
    input: SimulateDemandInputSchema,
    example: {
      input: {
        asOf: '2026-11-23',
        measure: 'Men aged 80-84 with dementia',
        population: [{ area: 'Example', year: 2030, sex: 'male', ageBand: '80-84', people: 10000 }],
        rates: maleEightyToEightyFour,
      },
      options: { draws: 1000, seed: 42 },
    },
    run: (body, packs) => simulateDemand(body.input, { ...body.options, pack: packs.demand }),
  }),
  route({
    path: '/demand/costs',
    area: 'demand',
    entry: 'projectCosts',
    summary: 'Volumes × unit costs with a yearly uplift',
    input: ProjectCostsInputSchema,
    example: {
      volumes: [{ service: 'Residential', year: 2026, quantity: 10 }],
      unitCosts: [{ service: 'Residential', amount: '800.00', priceYear: 2025, unitsPerYear: 52 }],
      options: { asOf: '2026-11-23', upliftPerYear: '0.029' },
    },
    run: (body, packs) => projectCosts(body.volumes, body.unitCosts, { ...body.options, pack: packs.demand }),
  }),
  route({
    path: '/demand/care-home-stock',
    area: 'demand',
    entry: 'projectCareHomeStock',
    summary: 'A stock-flow projection of care-home beds with capacity and a waiting list',
    input: CareHomeStockInputSchema,
    example: {
      asOf: '2026-11-23',
      population: [
        { year: 2026, people: 100000 },
        { year: 2027, people: 100000 },
      ],
      admissionsPer10000: 120,
      meanLengthOfStayMonths: 28,
      initialOccupied: 2800,
      capacity: [{ fromYear: 2026, beds: 3000 }],
    },
    run: (body, packs) => projectCareHomeStock(body, { pack: packs.demand }),
  }),
  route({
    path: '/demand/compare-scenarios',
    area: 'demand',
    entry: 'compareScenarios',
    summary: 'A baseline and named scenario variants projected side by side, with each difference from the baseline',
    input: CompareScenariosBodySchema,
    example: {
      input: {
        asOf: '2026-11-23',
        measure: 'Women 90+ with dementia',
        rates: femaleNinetyPlus,
        population: [2025, 2026].map((year) => ({ area: 'E10000018', year, sex: 'female' as const, ageBand: '90+', people: 2000 })),
      },
      options: { variants: [{ name: 'Prevention 10%', scenario: { prevention: { shareAvoided: '0.1' } } }] },
    },
    run: (body, packs) => compareScenarios(body.input, { ...body.options, pack: packs.demand }),
  }),
  route({
    path: '/demand/indicators',
    area: 'demand',
    entry: 'projectIndicators',
    summary: 'Several indicators projected on one population, with a POPPI-style table',
    input: ProjectIndicatorsInputSchema,
    example: {
      asOf: '2026-11-23',
      population: dementiaPopulation,
      indicators: [
        { measure: 'People aged 65+ with dementia', rates: CFAS_II_DEMENTIA_RATES },
        { measure: 'People aged 65+ living alone', rates: ONS_LIVING_ALONE_65_2024 },
      ],
    },
    run: (body, packs) => projectIndicators(body, { pack: packs.demand }),
  }),
  route({
    path: '/demand/costs-from-demand',
    area: 'demand',
    entry: 'projectCostsFromDemand',
    summary: 'A demand projection costed through a service mix (share of people × unit cost)',
    input: CostsFromDemandBodySchema,
    example: {
      projection: exampleProjection,
      mix: [{ service: 'Residential', share: '0.1', unitCost: { amount: '800', priceYear: 2026, unitsPerYear: 52 } }],
      options: { asOf: '2026-11-23', priceBase: 'real' },
    },
    run: (body, packs) => projectCostsFromDemand(body.projection as unknown as DemandProjection, body.mix, { ...body.options, pack: packs.demand }),
  }),
  route({
    path: '/demand/population',
    area: 'demand',
    entry: 'aggregatePopulation',
    summary: 'A population table summed up to the age bands (and sexes) a rate set uses',
    input: AggregatePopulationBodySchema,
    example: {
      population: [
        { area: 'E10000018', year: 2030, sex: 'female', ageBand: '85-89', people: 9000 },
        { area: 'E10000018', year: 2030, sex: 'female', ageBand: '90+', people: 5000 },
      ],
      options: { bands: ['85+'] },
    },
    run: (body) => aggregatePopulation(body.population, body.options),
  }),
  route({
    path: '/demand/wide-table',
    area: 'demand',
    entry: 'wideTable',
    summary: 'A projection laid out as POPPI does: a row per sex and age band, a column per year, then a total row',
    input: WideTableBodySchema,
    example: { projection: exampleProjection },
    run: (body) => wideTable(body.projection as unknown as DemandProjection),
  }),
  route({
    path: '/demand/self-funders',
    area: 'demand',
    entry: 'grossUpSelfFunders',
    summary: 'Council-funded people grossed up by the self-funder share of the total',
    input: GrossUpSelfFundersInputSchema,
    example: { laFunded: 10868, selfFunderShare: '0.19' },
    run: (body) => grossUpSelfFunders(body.laFunded, body.selfFunderShare, { rounding: body.rounding }),
  }),
  route({
    path: '/demand/growth',
    area: 'demand',
    entry: 'growthBetween',
    summary: 'Growth between two figures, as published',
    input: GrowthBetweenInputSchema,
    example: { from: 8483, to: 15697 },
    run: (body) => growthBetween(body.from, body.to, { rounding: body.rounding }),
  }),
  route({
    path: '/demand/collapse-age-bands',
    area: 'demand',
    entry: 'collapseAgeBands',
    summary: 'Join the age bands of a rate set, weighted by a reference population',
    input: CollapseAgeBandsInputSchema,
    example: {
      rates: {
        kind: 'rates',
        name: 'Example',
        source: 'Example',
        baseYear: 2013,
        unit: 'percent',
        rates: [
          { sex: 'female', ageBand: '90-94', rate: 30 },
          { sex: 'female', ageBand: '95+', rate: 40 },
        ],
      },
      weights: {
        source: 'Reference population',
        population: [
          { sex: 'female', ageBand: '90-94', people: 3000 },
          { sex: 'female', ageBand: '95+', people: 1000 },
        ],
      },
    },
    run: (body) => collapseAgeBands(body.rates, body.weights),
  }),
  route({
    path: '/demand/chart',
    area: 'demand',
    entry: 'renderProjectionSvg',
    summary: 'An SVG chart of a projection (the answer is the SVG text as a JSON string)',
    input: ProjectionChartSchema,
    example: {
      title: 'People aged 65+ with dementia',
      yLabel: 'People',
      years: [2025, 2030],
      central: [1000, 1200],
      centralLabel: 'Mean',
      lower: [900, 1000],
      upper: [1100, 1400],
      bandLabel: '95% band',
    },
    run: (body) => renderProjectionSvg(body),
  }),
  // Provider failure (Care Act 2014 s.48-52)
  route({
    path: '/provider-failure/temporary-duty',
    area: 'provider-failure',
    entry: 'assessTemporaryDuty',
    summary: 'Whether the Care Act 2014 s.48 temporary duty is engaged (SI 2015/301 events)',
    input: TemporaryDutyInputSchema,
    example: {
      asOf: '2026-03-02',
      provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] },
      activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
      events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
    },
    run: (body, packs) => assessTemporaryDuty(body, { pack: packs['provider-failure'] }),
  }),
  route({
    path: '/provider-failure/continuity-basis',
    area: 'provider-failure',
    entry: 'determineContinuityBasis',
    summary: "The one legal footing on which an affected person's care continues",
    input: z.strictObject({ person: AffectedPersonSchema, context: ContinuityContextSchema }),
    example: {
      person: { ref: 'P-001', role: 'adult', arrangement: 'self-funded' },
      context: { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: true },
    },
    run: (body, packs) => determineContinuityBasis(body.person, body.context, { pack: packs['provider-failure'] }),
  }),
  route({
    path: '/provider-failure/response-plan',
    area: 'provider-failure',
    entry: 'planProviderFailureResponse',
    summary: "The council's dated response plan to a provider failure",
    input: ResponsePlanInputSchema,
    example: {
      notifiedAt: '2026-03-27T18:00:00Z',
      serviceType: 'residential-care-home',
      cause: 'business-failure',
      timescale: 'emergency',
      peopleAffected: 38,
      affectedAuthorities: ['Coventry'],
    },
    run: (body, packs) => planProviderFailureResponse(body, { pack: packs['provider-failure'] }),
  }),
  route({
    path: '/provider-failure/market-oversight',
    area: 'provider-failure',
    entry: 'isMarketOversightProvider',
    summary: 'Whether a provider meets the CQC market oversight criteria (SI 2015/314)',
    input: MarketOversightMetricsSchema,
    example: { asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek: 27000, peopleInWeek: 850 } },
    run: (body, packs) => isMarketOversightProvider(body, { pack: packs['provider-failure'] }),
  }),
];

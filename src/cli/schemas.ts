import type * as z from 'zod';
import type { SchemaDocs } from '../core/jsonSchema.js';
import { RulePackSourceSchema } from '../core/rulePack.js';
import { AdultEligibilityInputSchema, CarerEligibilityInputSchema, DutyInputSchema, WrittenRecordInputSchema } from '../eligibility/index.js';
import { eligibilitySchemaDocs } from '../eligibility/schemaDocs.js';
import {
  AffectedPersonSchema,
  ContinuityContextSchema,
  MarketOversightMetricsSchema,
  ResponsePlanInputSchema,
  TemporaryDutyInputSchema,
  providerFailureSchemaDocs,
} from '../provider-failure/index.js';
import { ProviderFailureFileSchema } from './provider-failure.js';
import { CareHomeStockInputSchema, ProjectCostsInputSchema, ProjectDemandInputSchema, ProjectIndicatorsInputSchema, ProjectionChartSchema } from '../demand/index.js';
import { CollapseAgeBandsInputSchema, GrossUpSelfFundersInputSchema, GrowthBetweenInputSchema, SimulateDemandInputSchema } from '../demand/index.js';
import { demandSchemaDocs } from '../demand/schemaDocs.js';
import { CldEventSchema, DeriveAscofFromCldOptionsSchema, HospitalDischargeSchema } from '../ascof/index.js';
import { ascofSchemaDocs } from '../ascof/schemaDocs.js';
import { AscofKpiFileSchema, AscofMeasureFileSchema, AscofSurveyFileSchema } from './ascof.js';
import { AssessProviderRiskInputSchema, ConcernInputSchema, PortfolioInputSchema, ReplayRiskHistoryInputSchema, ReviewRiskLevelInputSchema, RiskStateSchema, riskSchemaDocs } from '../risk/index.js';
import { RiskCliFileSchema } from './risk.js';
import { PackFileSchema } from '../pack-files/index.js';
import { CaseFileSchema } from './caseFiles.js';
import { AggregatePopulationBodySchema, CompareScenariosBodySchema, ConfirmRiskDecisionBodySchema, CostsFromDemandBodySchema, WideTableBodySchema } from '../server/bodies.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points, with its docs
 * registry (titles, labels, ids and JSON-Schema-only rules: `src/<area>/schemaDocs.ts`).
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string; readonly docs?: SchemaDocs }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
  'pack-file': { schema: PackFileSchema, summary: 'a council pack file (YAML or JSON): a rule-pack layer plus its area and base' },
  'case-file': { schema: CaseFileSchema, summary: 'a file of named cases for asc-rules test and asc-rules compare (YAML or JSON)' },
  'eligibility-adult': { schema: AdultEligibilityInputSchema, summary: "an adult's needs assessment for determineAdultEligibility (SI 2015/313 reg 2)", docs: eligibilitySchemaDocs },
  'eligibility-carer': { schema: CarerEligibilityInputSchema, summary: "a carer's assessment for determineCarerEligibility (SI 2015/313 reg 3)", docs: eligibilitySchemaDocs },
  'eligibility-duty': { schema: DutyInputSchema, summary: 'an adult or carer case for assessDutyToMeetNeeds (Care Act 2014 s.18-20)', docs: eligibilitySchemaDocs },
  'eligibility-record': { schema: WrittenRecordInputSchema, summary: 'a determination for writtenRecord (Care Act 2014 s.13(2))', docs: eligibilitySchemaDocs },
  'provider-failure-file': { schema: ProviderFailureFileSchema, summary: 'the file of asc-rules provider-failure (operation + input)', docs: providerFailureSchemaDocs },
  'provider-failure-temporary-duty': { schema: TemporaryDutyInputSchema, summary: 'input of assessTemporaryDuty (s.48 trigger)', docs: providerFailureSchemaDocs },
  'provider-failure-person': { schema: AffectedPersonSchema, summary: 'one affected person for determineContinuityBasis', docs: providerFailureSchemaDocs },
  'provider-failure-context': { schema: ContinuityContextSchema, summary: 'the shared context of determineContinuityBasis', docs: providerFailureSchemaDocs },
  'provider-failure-response-plan': { schema: ResponsePlanInputSchema, summary: 'input of planProviderFailureResponse', docs: providerFailureSchemaDocs },
  'provider-failure-market-oversight': { schema: MarketOversightMetricsSchema, summary: 'input of isMarketOversightProvider (SI 2015/314)', docs: providerFailureSchemaDocs },
  'demand-project': { schema: ProjectDemandInputSchema, summary: 'input of asc-rules demand project|simulate (population, rates or counts, scenario)', docs: demandSchemaDocs },
  'demand-costs': { schema: ProjectCostsInputSchema, summary: 'volumes, unit costs and options of projectCosts', docs: demandSchemaDocs },
  'demand-care-home-stock': { schema: CareHomeStockInputSchema, summary: 'input of projectCareHomeStock (stock-flow of care-home beds)', docs: demandSchemaDocs },
  'demand-compare-scenarios': { schema: CompareScenariosBodySchema, summary: 'compareScenarios: the baseline input and the variants (body of POST /demand/compare-scenarios)', docs: demandSchemaDocs },
  'demand-indicators': { schema: ProjectIndicatorsInputSchema, summary: 'input of projectIndicators: one population, several indicators', docs: demandSchemaDocs },
  'demand-costs-from-demand': { schema: CostsFromDemandBodySchema, summary: 'projectCostsFromDemand: a projection, a service mix and options (body of POST /demand/costs-from-demand)', docs: demandSchemaDocs },
  'demand-population': { schema: AggregatePopulationBodySchema, summary: 'aggregatePopulation: population rows and the bands wanted (body of POST /demand/population)', docs: demandSchemaDocs },
  'demand-wide-table': { schema: WideTableBodySchema, summary: 'wideTable: a projection to lay out (body of POST /demand/wide-table)', docs: demandSchemaDocs },
  'demand-chart': { schema: ProjectionChartSchema, summary: 'data of renderProjectionSvg (a projection chart)', docs: demandSchemaDocs },
  'demand-simulate': { schema: SimulateDemandInputSchema, summary: 'simulateDemand: the projection input and the Monte Carlo options (body of POST /demand/simulate)', docs: demandSchemaDocs },
  'demand-self-funders': { schema: GrossUpSelfFundersInputSchema, summary: 'grossUpSelfFunders: council-funded people and the self-funder share of the total', docs: demandSchemaDocs },
  'demand-growth': { schema: GrowthBetweenInputSchema, summary: 'growthBetween: two figures and the rounding', docs: demandSchemaDocs },
  'demand-collapse-age-bands': { schema: CollapseAgeBandsInputSchema, summary: 'collapseAgeBands: a rate set and the reference population of the bands to join', docs: demandSchemaDocs },
  'ascof-cld-event': { schema: CldEventSchema, summary: 'one Client Level Data row (Release 1 field names and defined lists)', docs: ascofSchemaDocs },
  'ascof-cld-options': { schema: DeriveAscofFromCldOptionsSchema, summary: 'the options of deriveAscofFromCld (period, population, discharges)', docs: ascofSchemaDocs },
  'ascof-cld-discharge': { schema: HospitalDischargeSchema, summary: 'one SUS hospital discharge for ASCOF 2D', docs: ascofSchemaDocs },
  'ascof-measure-file': { schema: AscofMeasureFileSchema, summary: 'asc-rules ascof measure: year, geography and measure counts', docs: ascofSchemaDocs },
  'ascof-survey-file': { schema: AscofSurveyFileSchema, summary: 'asc-rules ascof survey: ASCS or SACE responses', docs: ascofSchemaDocs },
  'ascof-kpi-file': { schema: AscofKpiFileSchema, summary: 'asc-rules ascof kpi: local KPI inputs', docs: ascofSchemaDocs },
  'risk-file': { schema: RiskCliFileSchema, summary: 'the file asc-rules risk reads ("operation" selects assess, review, plan, timeline, concern-deadline, portfolio)', docs: riskSchemaDocs },
  'risk-assess-input': { schema: AssessProviderRiskInputSchema, summary: 'assessProviderRisk input: a provider, a date and its evidence', docs: riskSchemaDocs },
  'risk-review-input': { schema: ReviewRiskLevelInputSchema, summary: 'reviewRiskLevel input: previous state and an assessment', docs: riskSchemaDocs },
  'risk-replay-input': { schema: ReplayRiskHistoryInputSchema, summary: 'replayRiskHistory input: a provider, its whole evidence history and the review dates', docs: riskSchemaDocs },
  'risk-confirm-input': { schema: ConfirmRiskDecisionBodySchema, summary: 'confirmRiskDecision: a recommendation and the decision record (body of POST /risk/confirm)', docs: riskSchemaDocs },
  'risk-state': { schema: RiskStateSchema, summary: 'the risk level state one review passes to the next', docs: riskSchemaDocs },
  'risk-concern': { schema: ConcernInputSchema, summary: 'concernResponseDeadline input: a quality concern received', docs: riskSchemaDocs },
  'risk-portfolio': { schema: PortfolioInputSchema, summary: 'summarisePortfolio input: a list of assessments', docs: riskSchemaDocs },
};

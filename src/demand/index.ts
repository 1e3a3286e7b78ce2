/**
 * Demand projection for adult social care: the POPPI/PANSI method (population × rate by sex and age
 * band) with rates from published sets or from base-year service counts; scenario levers in a fixed
 * order (rate trend, living-alone intensity, prevention); self-funders as a share of the total; band
 * collapsing; unit costs with a yearly uplift; Monte Carlo over rate intervals with a seeded generator;
 * a care-home stock-flow model with capacity and a waiting list; and an SVG chart of a projection.
 *
 * @module demand
 */
export { projectDemand, type ProjectDemandOptions, type DemandProjection, type DemandCell, type DemandFigure, type DemandGrowth, type DemandYearTotal, type DemandSubtotal, type SelfFunderSplit, type AppliedLever, type AreaRollUp } from './projectDemand.js';
export { simulateDemand, SimulateOptionsSchema, type SimulateDemandOptions, type DemandSimulation, type SimulatedCell, type SimulatedYearTotal, type SimulatedYearCost, type SimulatedCosts, type SimulatedFigure, type SimulatedQuantile } from './simulateDemand.js';
export { projectionCsv, simulationCsv, comparisonCsv, indicatorCsv, type CsvLayout } from './csv.js';
export { grossUpSelfFunders, growthBetween, GrossUpSelfFundersInputSchema, GrowthBetweenInputSchema, type GrossUpSelfFundersInput, type GrossUpSelfFundersOptions, type SelfFunderGrossUp, type GrowthBetweenInput, type GrowthComparison } from './selfFunders.js';
export { collapseAgeBands, CollapseWeightsSchema, CollapseAgeBandsInputSchema, type CollapseAgeBandsInput, type CollapseWeightsInput, type CollapsedRateSet, type BandJoin } from './collapseAgeBands.js';
export {
  projectCosts,
  projectCostsFromDemand,
  ServiceMixRowSchema,
  type ServiceMixRowInput,
  type DemandCostProjection,
  type DemandProjectionLike,
  CostVolumeRowSchema,
  UnitCostRowSchema,
  ProjectCostsOptionsSchema,
  ProjectCostsInputSchema,
  type CostVolumeRowInput,
  type UnitCostRowInput,
  type ProjectCostsInput,
  type ProjectCostsOptions,
  type CostProjection,
  type CostLine,
  type CostYearTotal,
} from './projectCosts.js';
export { projectCareHomeStock, CareHomeStockInputSchema, type CareHomeStockInput, type CareHomeStockOptions, type CareHomeStockProjection, type CareHomeStockYear } from './careHomeStock.js';
export { renderProjectionSvg, projectionChartData, comparisonChartData, ProjectionChartSchema, type ProjectionChart } from './chart.js';
export { aggregatePopulation, AggregatePopulationOptionsSchema, AggregatePopulationInputSchema, type AggregatePopulationInput, type AggregatePopulationOptions, type AggregatedPopulationRow } from './population.js';
export { wideTable, type WideRow } from './table.js';
export { projectIndicators, IndicatorSchema, ProjectIndicatorsInputSchema, type ProjectIndicatorsInput, type IndicatorProjection } from './indicators.js';
export { compareScenarios, ScenarioVariantSchema, CompareScenariosOptionsSchema, type CompareScenariosOptions, type ScenarioComparison, type ScenarioComparisonRow } from './compare.js';
export {
  ProjectDemandInputSchema,
  PopulationRowSchema,
  RateSetSchema,
  RateRowSchema,
  RateUnitSchema,
  IntervalLevelSchema,
  ServiceCountsSchema,
  ServiceCountRowSchema,
  ScenarioSchema,
  LivingAloneShareRowSchema,
  SexSchema,
  AgeBandSchema,
  OnsAreaCodeSchema,
  AreaSchema,
  type AreaInput,
  type ProjectDemandInput,
  type PopulationRowInput,
  type RateSetInput,
  type RateRowInput,
  type RateUnit,
  type ServiceCountsInput,
  type ServiceCountRowInput,
  type ScenarioInput,
  type Sex,
} from './schemas.js';
export {
  SimulateDemandInputSchema,
  CompareScenariosInputSchema,
  ProjectCostsFromDemandInputSchema,
  WideTableInputSchema,
  DemandProjectionOutlineSchema,
  type SimulateDemandInput,
  type CompareScenariosInput,
  type ProjectCostsFromDemandInput,
  type WideTableInput,
  type DemandProjectionOutline,
} from './inputs.js';
export { demandJsonSchema, DEMAND_INPUTS, type DemandInputName } from './jsonSchema.js';
export { demandSchemaDocs } from './schemaDocs.js';
export { SEX_LABELS, RATE_UNIT_LABELS, LEVERS_FROM_LABELS, PRICE_BASE_LABELS, VOLUME_BASIS_LABELS, ROUNDING_MODE_LABELS } from './labels.js';
export { demandPackSpec, defaultDemandPack, type DemandPackSpec, type DemandPack } from './pack.js';
export { CFAS_II_DEMENTIA_RATES, COVENTRY_LONG_TERM_SUPPORT_18_64 } from './data/cfas2.js';
export { LEICESTERSHIRE_MPS_2013 } from './data/leicestershire.js';
export { ONS_LIVING_ALONE_65_2024, HSE_2014_ADL_NEED_65_69_AND_85, POPPI_STYLE_INDICATORS } from './data/indicators.js';

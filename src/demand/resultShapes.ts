// Loose shapes of the results that the CSV writers read back (a projection, an indicator set, a simulation,
// a comparison). They check what the writers read, so that a value that is not such a result gets a
// RulesError naming the field instead of a TypeError from deep inside (issue 14: no TypeError from any export).
// Loose objects: the results carry more fields (traces, packs) that the writers do not need.
import * as z from 'zod';
import { ROUNDING_MODES } from '../core/decimal.js';

const str = z.string();
const num = z.number();
const cellText = z.union([z.string(), z.number()]).nullable();

const LeverShape = z.looseObject({ order: num, name: str, value: str.nullable(), fromYear: num.nullable(), source: str });
const RoundingShape = z.looseObject({ places: z.int().min(0).max(20), mode: z.enum(ROUNDING_MODES) });
const PackShape = z.looseObject({ id: str, version: str });

/** What {@link projectionCsv} and `wideTable` read of a projection. */
export const ProjectionCsvShape = z.looseObject({
  kind: z.literal('demand-projection'),
  measure: str,
  rateName: str,
  rateSource: str,
  baseYear: num,
  populationVintage: str.nullable().optional(),
  leversFrom: str,
  years: z.array(z.int()),
  levers: z.array(LeverShape),
  pack: PackShape,
  rounding: z.looseObject({ note: str, counts: RoundingShape, percentages: RoundingShape }),
  cells: z.array(
    z.looseObject({
      year: z.int(), area: str, group: cellText, sex: str, ageBand: str, population: str, rate: cellText, sharePercent: cellText,
      people: z.looseObject({ exact: str, rounded: str }),
      packages: z.looseObject({ rounded: str }).optional(),
    }),
  ),
  totals: z.array(
    z.looseObject({
      year: z.int(), population: cellText, sharePercent: cellText,
      people: z.looseObject({ rounded: str }),
      packages: z.looseObject({ rounded: str }).optional(),
      growth: z.looseObject({ growthPercent: cellText.optional() }),
      selfFunders: z.looseObject({ selfFunded: cellText, total: cellText }).optional(),
    }),
  ),
});

const WideRowShape = z.looseObject({ measure: str, sex: str, ageBand: str, values: z.array(z.looseObject({ people: cellText, sharePercent: cellText })) });

/** What `indicatorCsv` reads of an indicator projection. */
export const IndicatorCsvShape = z.looseObject({
  kind: z.literal('indicator-projection'),
  years: z.array(z.int()),
  projections: z.array(ProjectionCsvShape),
  table: z.array(WideRowShape),
});

const FigureShape = z.looseObject({ point: cellText, mean: cellText, quantiles: z.array(z.looseObject({ q: cellText, value: cellText })) });

/** What `simulationCsv` reads of a simulation. */
export const SimulationCsvShape = z.looseObject({
  kind: z.literal('demand-simulation'),
  measure: str,
  rateSource: str,
  baseYear: num,
  populationVintage: str.nullable().optional(),
  years: z.array(z.int()),
  draws: num,
  seed: num,
  generator: str,
  method: str,
  selfFunders: z.enum(['included', 'none']),
  populationVariants: z.array(z.looseObject({ name: str, weight: num, draws: num })),
  levers: z.array(LeverShape),
  pack: PackShape,
  cells: z.array(z.looseObject({ ...FigureShape.shape, year: z.int(), area: str, group: cellText, sex: str, ageBand: str })),
  totals: z.array(
    z.looseObject({
      ...FigureShape.shape,
      year: z.int(),
      selfFunders: z.looseObject({ share: cellText, selfFunded: FigureShape, total: FigureShape }).optional(),
    }),
  ),
  costs: z
    .looseObject({
      service: str,
      unitCost: z.looseObject({ low: cellText, central: cellText, high: cellText, priceYear: num }),
      priceBase: z.looseObject({ kind: str }),
      upliftPerYear: z.looseObject({ value: cellText }),
      totals: z.array(FigureShape),
    })
    .optional(),
});

/** What `comparisonCsv` reads of a scenario comparison. */
export const ComparisonCsvShape = z.looseObject({
  kind: z.literal('scenario-comparison'),
  baseline: z.looseObject({ name: str, projection: ProjectionCsvShape }),
  variants: z.array(z.looseObject({ name: str, projection: z.looseObject({ levers: z.array(LeverShape) }) })),
  table: z.array(
    z.looseObject({
      year: z.int(),
      baseline: cellText,
      variants: z.array(z.looseObject({ name: str, people: cellText, difference: cellText, differencePercent: cellText })),
    }),
  ),
});

/** The CSV layouts a writer accepts. */
export const CsvLayoutShape = z.strictObject({ layout: z.enum(['long', 'wide']) });

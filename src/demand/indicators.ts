import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { RulesError, _parse, type RulesIssue } from '../core/errors.js';
import { projectDemand, type DemandProjection, type ProjectDemandOptions } from './projectDemand.js';
import { AreaSchema, PopulationRowSchema, RateSetSchema, ScenarioSchema, ServiceCountsSchema, type ProjectDemandInput } from './schemas.js';
import { wideTable, type WideRow } from './table.js';

const Name = z.string().trim().min(1).max(200);

/** One indicator of an indicator table: what it measures, its rates, and optionally its own scenario. */
export const IndicatorSchema = z.strictObject({
  measure: Name.describe('What the indicator counts, e.g. "People aged 65+ with dementia".'),
  rates: z.discriminatedUnion('kind', [RateSetSchema, ServiceCountsSchema]),
  scenario: ScenarioSchema.optional().describe('A scenario for this indicator only; else the table\'s scenario.'),
});

/** The input of {@link projectIndicators}: one population, several indicators. */
export const ProjectIndicatorsInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe("The date the rule pack is applied as of (the caller's date); the default pack is in force from 2015-04-01."),
  population: z.array(PopulationRowSchema).min(1),
  populationVintage: Name.optional(),
  areas: z.array(AreaSchema).min(1).optional(),
  indicators: z.array(IndicatorSchema).min(1).max(50),
  scenario: ScenarioSchema.optional().describe('The scenario of every indicator that has none of its own.'),
});

/** What {@link ProjectIndicatorsInputSchema} accepts. */
export type ProjectIndicatorsInput = z.input<typeof ProjectIndicatorsInputSchema>;

/** The result of {@link projectIndicators}. */
export interface IndicatorProjection {
  /** Always `"indicator-projection"`. */
  readonly kind: 'indicator-projection';
  /** The years. */
  readonly years: readonly number[];
  /** One full projection per indicator, each with its own totals, levers and trace. */
  readonly projections: readonly DemandProjection[];
  /** The POPPI-style table: for each indicator, a row per sex and band and a total row, a column per year. */
  readonly table: readonly WideRow[];
}

/**
 * Projects several indicators on one population, as POPPI presents an area: each indicator is its own
 * projection, with its own totals (measures are never added together), and the table puts them one under
 * the other, a row per sex and age band and a total row, a column per year. Each indicator's rates may use
 * their own bands (5-year bands for dementia, 65-74 / 75+ for living alone): the population is summed up to
 * each set of bands. A measure's `group`s still add up inside that measure (use them for things that do,
 * such as service lines); use separate indicators for things that do not.
 *
 * @param input - the population (any bands that tile the rates' bands), the indicators and the date
 * @param options - an optional council pack
 * @returns one projection per indicator and the POPPI-style table
 * @throws {@link adult-social-care-rules!RulesError} for input {@link projectDemand} refuses, with the indicator's index in
 *   each issue's path (`indicators.<i>…`), or two indicators with the same measure
 *
 * @example
 * ```ts
 * import { projectIndicators, CFAS_II_DEMENTIA_RATES, ONS_LIVING_ALONE_65_2024 } from 'adult-social-care-rules/demand';
 *
 * const population = ['65-69', '70-74', '75-79', '80-84', '85-89', '90+'].flatMap((ageBand) =>
 *   (['male', 'female'] as const).map((sex) => ({ area: 'E10000018', year: 2030, sex, ageBand, people: 10000 })),
 * );
 * const result = projectIndicators({
 *   asOf: '2026-11-23',
 *   population,
 *   indicators: [
 *     { measure: 'People aged 65+ with dementia', rates: CFAS_II_DEMENTIA_RATES },
 *     { measure: 'People aged 65+ living alone', rates: ONS_LIVING_ALONE_65_2024 },
 *   ],
 * });
 * result.projections.map((p) => p.totals[0]?.people.rounded); //=> ['12300', '40740']
 * ```
 */
export function projectIndicators(input: ProjectIndicatorsInput, options?: ProjectDemandOptions): IndicatorProjection {
  const parsed = _parse('projectIndicators', ProjectIndicatorsInputSchema, input);
  const issues: RulesIssue[] = [];
  const seen = new Map<string, number>();
  parsed.indicators.forEach((ind, i) => {
    if (seen.has(ind.measure)) issues.push({ code: 'duplicate', path: ['indicators', i, 'measure'], message: `must differ from the measure of indicators[${seen.get(ind.measure)}]: give each indicator its own name` });
    seen.set(ind.measure, i);
  });
  // Every indicator is projected and every fault reported (a form shows them all): a fault of the shared parts
  // (population, areas, the date) once, at its own path; a fault of an indicator's rates or scenario with the
  // indicator named in its path.
  const shared = new Map<string, RulesIssue>();
  const projections = parsed.indicators.map((ind, i) => {
    const own = input.indicators[i]!.scenario;
    const one: ProjectDemandInput = {
      asOf: parsed.asOf,
      measure: ind.measure,
      population: input.population,
      rates: input.indicators[i]!.rates,
      ...(input.populationVintage === undefined ? {} : { populationVintage: input.populationVintage }),
      ...(input.areas === undefined ? {} : { areas: input.areas }),
      ...((own ?? input.scenario) === undefined ? {} : { scenario: own ?? input.scenario }),
    };
    try {
      return projectDemand(one, options);
    } catch (e) {
      if (!(e instanceof RulesError)) throw e;
      for (const iss of e.issues) {
        const top = iss.path[0];
        if (top === 'rates' || (top === 'scenario' && own !== undefined)) {
          issues.push({ code: iss.code, path: ['indicators', i, ...iss.path], message: iss.message });
        } else {
          shared.set(`${iss.code}\u0000${iss.path.join('.')}\u0000${iss.message}`, iss);
        }
      }
      return undefined;
    }
  });
  if (issues.length > 0 || shared.size > 0) throw new RulesError('projectIndicators', [...shared.values(), ...issues]);
  const done = projections as DemandProjection[];
  return { kind: 'indicator-projection', years: done[0]!.years, projections: done, table: done.flatMap(wideTable) };
}

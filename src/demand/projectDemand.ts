import { _D, _round, type _Dec, type RoundingRule } from '../core/decimal.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, type Trace } from '../core/trace.js';
import { _buildModel, _grossUp, _growth, type AppliedLever } from './model.js';

export type { AppliedLever } from './model.js';
import type { DemandPack } from './pack.js';
import type { ProjectDemandInput, Sex } from './schemas.js';

/** A projected count: the exact value (no rounding, as a decimal string) and the published, rounded one. */
export interface DemandFigure {
  /** The unrounded value. Totals are exact sums of exact cells. */
  readonly exact: string;
  /** The value rounded by the result's `rounding.counts` rule. */
  readonly rounded: string;
}

/** One projected cell: an area, service group, sex and age band in one year. */
export interface DemandCell {
  /** The year. */
  readonly year: number;
  /** The area. */
  readonly area: string;
  /** The service line or user group (`""` when the rates have none). */
  readonly group: string;
  /** The sex. */
  readonly sex: Sex;
  /** The age band. */
  readonly ageBand: string;
  /** The population of the cell (as given). */
  readonly population: string;
  /** The rate applied in this year (after the trend lever), as a proportion. */
  readonly rate: string;
  /** People projected (after the trend and prevention levers). */
  readonly people: DemandFigure;
  /** People as a percentage of the cell's population, rounded by `rounding.percentages`; `null` when it is 0. */
  readonly sharePercent: string | null;
  /** Care-package equivalents after the living-alone intensity uplift (only when that lever is on). */
  readonly packages?: DemandFigure | undefined;
}

/**
 * Growth of a total against the first year of comparison, named for what it is. `growthPercent` is
 * `(year − from) ÷ from × 100`; `fromOverYearPercent` is `from ÷ year × 100`, the ratio that the
 * Leicestershire 2013 tables mislabel "% Increase" (8,483 ÷ 15,697 = 54.0%, while growth is 85.0%).
 */
export interface DemandGrowth {
  /** The year growth is measured from: the base year when the population has it, else the first year. */
  readonly fromYear: number;
  /** Growth in percent, rounded by `rounding.percentages`; `null` when the from-year total is 0. */
  readonly growthPercent: string | null;
  /** The ratio from-year ÷ this year in percent (not a growth figure); `null` when this year's total is 0. */
  readonly fromOverYearPercent: string | null;
}

/** The self-funder gross-up of a year's total. */
export interface SelfFunderSplit {
  /** The self-funder share of the total used. */
  readonly share: string;
  /** The projected (LA-funded) people, rounded. */
  readonly laFunded: string;
  /** Self-funders: total − LA-funded. */
  readonly selfFunded: string;
  /** LA-funded ÷ (1 − share), rounded. */
  readonly total: string;
  /** Growth of the total against the from-year, in percent, from the rounded totals (as the published tables do). */
  readonly totalGrowthPercent: string | null;
}

/** The totals of one year over every cell. */
export interface DemandYearTotal {
  /** The year. */
  readonly year: number;
  /** People: the exact sum of the cells, and that sum rounded once. */
  readonly people: DemandFigure;
  /** The population of the cells summed (each cell's population counted once per group of rates). */
  readonly population: string;
  /** People as a percentage of that population; `null` when it is 0. */
  readonly sharePercent: string | null;
  /** Care-package equivalents, when the living-alone lever is on. */
  readonly packages?: DemandFigure | undefined;
  /** Growth of people against the from-year. */
  readonly growth: DemandGrowth;
  /** The self-funder gross-up, when asked for. */
  readonly selfFunders?: SelfFunderSplit | undefined;
}

/** A total of one area or one group in one year. */
export interface DemandSubtotal {
  /** What the subtotal groups by. */
  readonly by: 'area' | 'group';
  /** The area or group name. */
  readonly name: string;
  /** The year. */
  readonly year: number;
  /** People. */
  readonly people: DemandFigure;
  /** Growth of this subtotal against the from-year. */
  readonly growth: DemandGrowth;
}

/** One area of the caller's hierarchy in one year: its own cells and those of every area below it. */
export interface AreaRollUp {
  /** The ONS code. */
  readonly code: string;
  /** The name given in `areas`, or `null`. */
  readonly name: string | null;
  /** The parent's code, or `null` at the top. */
  readonly parent: string | null;
  /** The year. */
  readonly year: number;
  /** People in the area and every area below it. */
  readonly people: DemandFigure;
  /** The population areas summed into it. */
  readonly includes: readonly string[];
}

/** The result of {@link projectDemand}. */
export interface DemandProjection {
  /** Always `"demand-projection"`. */
  readonly kind: 'demand-projection';
  /** What was projected. */
  readonly measure: string;
  /** The rate set's (or counts') name. */
  readonly rateName: string;
  /** Where the rates come from. */
  readonly rateSource: string;
  /** The population release, as the caller named it, or `null`. */
  readonly populationVintage: string | null;
  /** Where the levers start: `"first-year"` (default) or `"base-year"`. */
  readonly leversFrom: 'first-year' | 'base-year';
  /** The base year of the rates. */
  readonly baseYear: number;
  /** The years projected (every year of the population table). */
  readonly years: readonly number[];
  /** Every cell in every year. */
  readonly cells: readonly DemandCell[];
  /** Totals per year. */
  readonly totals: readonly DemandYearTotal[];
  /** Totals per area and per group, per year (only when there are two or more areas or groups). */
  readonly subtotals: readonly DemandSubtotal[];
  /** Totals of every area of the caller's hierarchy (`areas`), per year; empty when no hierarchy is given. */
  readonly areaRollUp: readonly AreaRollUp[];
  /** The levers, in the order applied. */
  readonly levers: readonly AppliedLever[];
  /** The rounding rules of published figures, and how totals relate to rounded cells. */
  readonly rounding: { readonly counts: RoundingRule; readonly percentages: RoundingRule; readonly note: string };
  /** The pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

/** Options of {@link projectDemand}. */
export interface ProjectDemandOptions {
  /** A council's pack (built with `extendPack` on {@link defaultDemandPack}); defaults to the library pack. */
  pack?: DemandPack | undefined;
}

const ROUNDING_NOTE = 'Cells and totals are computed exactly; each published figure is rounded on its own, so rounded cells may not add up to the rounded total (as in published POPPI tables).';

function figure(value: _Dec, rule: RoundingRule): DemandFigure {
  return { exact: value.toString(), rounded: _round(value, rule).value };
}

function growthOf(from: _Dec, to: _Dec, fromYear: number, rule: RoundingRule): DemandGrowth {
  const g = _growth(from, to);
  return {
    fromYear,
    growthPercent: g.growth === undefined ? null : _round(g.growth, rule).value,
    fromOverYearPercent: g.ratio === undefined ? null : _round(g.ratio, rule).value,
  };
}

/**
 * Projects demand the POPPI/PANSI way: for every area, year, sex and age band, population × rate, with
 * optional scenario levers applied in a fixed, documented order: (1) rate trend per year, (2) living-alone
 * intensity uplift (packages, not people), (3) prevention or reablement (share avoided or delayed); then
 * (4) self-funders added to the yearly totals as a share of the TOTAL.
 *
 * Levers start at the first year of the projection (the first year of the population table): the trend
 * first changes the year after it, and prevention starts the year after it, unless `fromYear` /
 * `rateTrendFromYear` say otherwise. `scenario.leversFrom: 'base-year'` keeps the behaviour before version 2
 * (the trend compounds from the rates' base year; prevention starts the year after it).
 *
 * Rates come either from a published rate set (with source, base year and optional interval) or from
 * base-year service counts divided by the base-year population of each cell. The population may be by
 * single year of age or in any bands that tile the rates' bands: each cell's population is summed from them
 * (and `persons` from male + female). With `areas`, population areas must be ONS codes of that list and
 * `areaRollUp` totals every area of the hierarchy. Growth is reported against the base year as
 * `growthPercent`; the ratio base ÷ year is reported separately as `fromOverYearPercent`. Every cell and
 * total carries its share of the population. Measures that do not add up belong in separate calls, or in
 * {@link projectIndicators}.
 *
 * @param input - population table, rates or counts, scenario and the date the pack applies as of
 * @param options - an optional council pack
 * @returns every cell per year, totals, subtotals, growth, the levers applied, the pack and the trace
 * @throws {@link adult-social-care-rules!RulesError} for malformed input, a negative population or count, a share outside
 *   [0, 1), a rate (or an interval end) above 100% of its cell, a count above its cell's base-year population, a
 *   trend that takes a rate above 100%, two rows of one group covering the same people (`persons` with a sex, or
 *   overlapping bands), an age band below 18, a missing population cell, an `asOf` before the pack's values are in
 *   force (the Care Act definition of an adult, from 1 April 2015), or a pack that changes the law
 *
 * @example
 * ```ts
 * import { projectDemand, CFAS_II_DEMENTIA_RATES } from 'adult-social-care-rules/demand';
 *
 * const result = projectDemand({
 *   asOf: '2026-11-23',
 *   measure: 'Women aged 90+ with dementia',
 *   population: [
 *     { area: 'Example', year: 2011, sex: 'female', ageBand: '90+', people: 1000 },
 *     { area: 'Example', year: 2030, sex: 'female', ageBand: '90+', people: 2000 },
 *   ],
 *   rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'female' && r.ageBand === '90+') },
 * });
 * result.totals[1]?.people.rounded; //=> '700'
 * result.totals[1]?.growth.growthPercent; //=> '100.0'
 * ```
 */
export function projectDemand(input: ProjectDemandInput, options?: ProjectDemandOptions): DemandProjection {
  const model = _buildModel('projectDemand', input, options?.pack);
  const rule = model.countRounding;
  const pct = model.percentRounding;
  const zero = new _D(0);
  const cells: DemandCell[] = [];
  const peopleByYear = new Map<number, _Dec>();
  const popByYear = new Map<number, _Dec>();
  const popSeen = new Set<string>();
  const byAreaYear = new Map<string, _Dec>();
  const packagesByYear = new Map<number, _Dec>();
  const sub = new Map<string, { by: 'area' | 'group'; name: string; byYear: Map<number, _Dec> }>();
  const addSub = (by: 'area' | 'group', name: string, year: number, v: _Dec): void => {
    const k = `${by}\u0000${name}`;
    const entry = sub.get(k) ?? { by, name, byYear: new Map<number, _Dec>() };
    entry.byYear.set(year, (entry.byYear.get(year) ?? zero).plus(v));
    sub.set(k, entry);
  };
  for (const year of model.years) {
    for (const c of model.cells) {
      const y = c.years.find((v) => v.year === year)!;
      const people = y.population.times(c.baseRate).times(y.peopleFactor);
      const packages = model.livingAlone ? people.times(y.intensityFactor) : undefined;
      const share = y.population.isZero() ? null : _round(people.div(y.population).times(100), pct).value;
      // A cell's population counts once in the year's population, whatever the number of groups.
      const popKey = `${year}\u0000${c.area}\u0000${c.sex}\u0000${c.ageBand}`;
      if (!popSeen.has(popKey)) {
        popSeen.add(popKey);
        popByYear.set(year, (popByYear.get(year) ?? zero).plus(y.population));
      }
      const ak = `${c.area}\u0000${year}`;
      byAreaYear.set(ak, (byAreaYear.get(ak) ?? zero).plus(people));
      cells.push({
        year,
        area: c.area,
        group: c.group,
        sex: c.sex,
        ageBand: c.ageBand,
        population: y.population.toString(),
        rate: y.rate.toString(),
        people: figure(people, rule),
        sharePercent: share,
        ...(packages === undefined ? {} : { packages: figure(packages, rule) }),
      });
      peopleByYear.set(year, (peopleByYear.get(year) ?? zero).plus(people));
      if (packages !== undefined) packagesByYear.set(year, (packagesByYear.get(year) ?? zero).plus(packages));
      addSub('area', c.area, year, people);
      addSub('group', c.group, year, people);
    }
  }
  const from = model.growthFromYear;
  const fromPeople = peopleByYear.get(from) ?? zero;
  const fromTotal = model.selfFunderShare === undefined ? undefined : _grossUp(fromPeople, model.selfFunderShare, rule).total;
  const totals: DemandYearTotal[] = model.years.map((year) => {
    const people = peopleByYear.get(year) ?? zero;
    const packages = packagesByYear.get(year);
    let selfFunders: SelfFunderSplit | undefined;
    if (model.selfFunderShare !== undefined && fromTotal !== undefined) {
      const g = _grossUp(people, model.selfFunderShare, rule);
      const tg = _growth(fromTotal, g.total).growth;
      selfFunders = {
        share: model.selfFunderShare.toString(),
        laFunded: _round(people, rule).value,
        selfFunded: _round(g.selfFunded, rule).value,
        total: _round(g.total, rule).value,
        totalGrowthPercent: tg === undefined ? null : _round(tg, pct).value,
      };
    }
    const pop = popByYear.get(year) ?? zero;
    return {
      year,
      people: figure(people, rule),
      population: pop.toString(),
      sharePercent: pop.isZero() ? null : _round(people.div(pop).times(100), pct).value,
      ...(packages === undefined ? {} : { packages: figure(packages, rule) }),
      growth: growthOf(fromPeople, people, from, pct),
      ...(selfFunders === undefined ? {} : { selfFunders }),
    };
  });
  const subtotals: DemandSubtotal[] = [];
  for (const by of ['area', 'group'] as const) {
    const list = [...sub.values()].filter((s) => s.by === by);
    if (list.length < 2) continue;
    for (const s of list) {
      for (const year of model.years) {
        const v = s.byYear.get(year) ?? zero;
        subtotals.push({ by, name: s.name, year, people: figure(v, rule), growth: growthOf(s.byYear.get(from) ?? zero, v, from, pct) });
      }
    }
  }
  const areaRollUp: AreaRollUp[] = [];
  if (model.areas !== undefined) {
    const areas = model.areas;
    const leaves = [...new Set(model.cells.map((c) => c.area))];
    // Each population area adds to itself and to every ancestor.
    const includes = new Map<string, string[]>();
    for (const leaf of leaves) {
      let at: string | undefined = leaf;
      while (at !== undefined) {
        includes.set(at, [...(includes.get(at) ?? []), leaf]);
        at = areas.get(at)?.parent;
      }
    }
    for (const [code, list] of includes) {
      for (const year of model.years) {
        const v = list.reduce((acc, leaf) => acc.plus(byAreaYear.get(`${leaf}\u0000${year}`) ?? zero), zero);
        areaRollUp.push({ code, name: areas.get(code)?.name ?? null, parent: areas.get(code)?.parent ?? null, year, people: figure(v, rule), includes: list });
      }
    }
  }
  const pack = packRef(model.pack);
  return {
    kind: 'demand-projection',
    measure: model.measure,
    rateName: model.rateName,
    rateSource: model.rateSource,
    populationVintage: model.populationVintage ?? null,
    leversFrom: model.leversFrom,
    baseYear: model.baseYear,
    years: model.years,
    cells,
    totals,
    subtotals,
    areaRollUp,
    levers: model.levers,
    rounding: { counts: rule, percentages: pct, note: ROUNDING_NOTE },
    pack,
    trace: _makeTrace({ entry: 'projectDemand', asOf: model.asOf, pack, steps: model.steps, used: model.used }),
  };
}

import { _D, _dec, _round, type _Dec, type RoundingRule } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { resolveAll, type ResolvedRule } from '../core/rulePack.js';
import { _step, type TraceStep } from '../core/trace.js';
import { _checkBand, _checkOverlaps, _readBand } from './bands.js';
import { _nonNegative, _share, _yearlyChange } from './checks.js';
import { _demandPack, type DemandPack } from './pack.js';
import { _indexPopulation } from './population.js';
import { ProjectDemandInputSchema, type RateUnit, type Sex } from './schemas.js';

/** Divisor that turns a rate written in `unit` into a proportion. */
const UNIT_DIVISOR: Record<RateUnit, number> = { proportion: 1, percent: 100, 'per-1000': 1000, 'per-100000': 100000 };

/** One projected cell-year with the factors of each lever, exact. */
export interface _CellYear {
  readonly year: number;
  readonly population: _Dec;
  /** Rate after the trend lever, as a proportion. */
  readonly rate: _Dec;
  /** Product of all factors except the rate itself: trend × prevention. */
  readonly peopleFactor: _Dec;
  /** Living-alone intensity factor (1 when the lever is off). */
  readonly intensityFactor: _Dec;
}

/** One cell of the model across years. */
export interface _Cell {
  readonly area: string;
  readonly group: string;
  readonly sex: Sex;
  readonly ageBand: string;
  /** Base rate as a proportion, and its interval when given. */
  readonly baseRate: _Dec;
  readonly lower: _Dec | undefined;
  readonly upper: _Dec | undefined;
  readonly years: readonly _CellYear[];
}

/** The validated, resolved model shared by projectDemand and simulateDemand. */
export interface _Model {
  readonly measure: string;
  readonly asOf: string;
  /** The rate set's name and source. */
  readonly rateName: string;
  readonly rateSource: string;
  readonly populationVintage: string | undefined;
  /** The caller's area hierarchy (code → name and parent), when given. */
  readonly areas: ReadonlyMap<string, { name: string | undefined; parent: string | undefined }> | undefined;
  /** Where the levers start: the first year of the projection or the rates' base year. */
  readonly leversFrom: 'first-year' | 'base-year';
  readonly baseYear: number;
  readonly growthFromYear: number;
  readonly years: readonly number[];
  readonly cells: readonly _Cell[];
  readonly livingAlone: boolean;
  readonly selfFunderShare: _Dec | undefined;
  /** The levers in the documented order, as named in results. */
  readonly levers: readonly AppliedLever[];
  readonly intervalLevel: number;
  readonly countRounding: RoundingRule;
  readonly percentRounding: RoundingRule;
  readonly steps: TraceStep[];
  readonly used: ResolvedRule[];
  readonly pack: DemandPack;
}

/** One scenario lever as applied, in order. */
export interface AppliedLever {
  /** Position in the documented order (1 trend, 2 living alone, 3 prevention, 4 self-funders). */
  readonly order: number;
  /** The lever's name. */
  readonly name: 'rate trend per year' | 'living-alone intensity uplift' | 'prevention: share avoided or delayed' | 'self-funder share of total';
  /** Its value (a decimal string), or `null` when the lever is off. */
  readonly value: string | null;
  /** The first year the lever changes a figure (`null` when it is off or, for self-funders, every year). */
  readonly fromYear: number | null;
  /** Where the value came from (the pack citation or the caller's scenario), or `"not applied"`. */
  readonly source: string;
}

const key = (...parts: (string | number)[]): string => parts.join('\u0000');

/** A pack value or the caller's scenario value, with the citation and warnings that go with it. */
function lever(value: string | number | undefined, resolved: ResolvedRule): { value: string | number; citation: string; warnings: string[]; fromPack: boolean } {
  if (value !== undefined) return { value, citation: 'Caller\'s scenario input', warnings: [], fromPack: false };
  return { value: resolved.value as string, citation: resolved.citation, warnings: resolved.warning ? [resolved.warning] : [], fromPack: true };
}

/**
 * The checks of one rate of a rate set on its own: an adult age band in order, a rate (and interval ends) of 0
 * or more and no more than 100% of the cell in the set's unit, both interval ends or neither. Returns the
 * values as proportions. Shared by projectDemand and collapseAgeBands, which take the same rate sets.
 */
export function _rateRow(
  r: { ageBand: string; rate: string | number; lower?: string | number | undefined; upper?: string | number | undefined },
  p: (string | number)[],
  unit: RateUnit,
  adultAge: number,
  issues: RulesIssue[],
): { rate: _Dec; lower: _Dec | undefined; upper: _Dec | undefined } {
  const div = new _D(UNIT_DIVISOR[unit]);
  _checkBand(r.ageBand, [...p, 'ageBand'], adultAge, issues);
  const rate = _nonNegative(r.rate, [...p, 'rate'], 'a rate', issues).div(div);
  const lower = r.lower === undefined ? undefined : _nonNegative(r.lower, [...p, 'lower'], 'a lower bound', issues).div(div);
  const upper = r.upper === undefined ? undefined : _nonNegative(r.upper, [...p, 'upper'], 'an upper bound', issues).div(div);
  if ((lower === undefined) !== (upper === undefined)) issues.push(_issue('inconsistent_input', p, 'give both lower and upper, or neither'));
  const above = (d: _Dec | undefined, what: string, at: string): void => {
    if (d !== undefined && d.gt(1)) issues.push(_issue('out_of_range', [...p, at], `${what} is more than 100% of the cell's population (check the unit: ${unit})`));
  };
  above(rate, 'the rate', 'rate');
  above(lower, 'the lower bound', 'lower');
  above(upper, 'the upper bound', 'upper');
  return { rate, lower, upper };
}

/** Validates a projection input, resolves the pack and builds every cell-year with exact decimals. */
export function _buildModel(entry: string, raw: unknown, packOption: DemandPack | undefined): _Model {
  const input = _parse(entry, ProjectDemandInputSchema, raw);
  const pack = _demandPack(entry, packOption);
  const { values, used } = resolveAll(pack, input.asOf, { entry, datePath: ['asOf'] });
  const byKey = new Map(used.map((u) => [u.key, u]));
  const issues: RulesIssue[] = [];
  const adultAge = values.adultMinimumAge;
  const steps: TraceStep[] = [];
  const usedHere: ResolvedRule[] = [byKey.get('adultMinimumAge')!, byKey.get('countRounding')!, byKey.get('percentRounding')!];

  // Population table: one figure per area, year, sex and band; other bands are summed from it (and persons
  // from male + female), so a table by single year of age serves rates in any bands.
  const seenPop = new Set<string>();
  const years = new Set<number>();
  const popRows = input.population.map((row, i) => {
    const p = ['population', i];
    _checkBand(row.ageBand, [...p, 'ageBand'], undefined, issues);
    const people = _nonNegative(row.people, [...p, 'people'], 'a population', issues);
    const k = key(row.area, row.year, row.sex, row.ageBand);
    if (seenPop.has(k)) issues.push(_issue('duplicate', p, `the population table has two rows for ${row.area} ${row.year} ${row.sex} ${row.ageBand}`));
    seenPop.add(k);
    years.add(row.year);
    return { area: row.area, year: row.year, sex: row.sex, ageBand: row.ageBand, people };
  });
  const popIndex = _indexPopulation(popRows);
  const population = { get: (k: [string, number, Sex, string]): _Dec | undefined => popIndex.get(...k)?.people };
  const areas = [...new Set(input.population.map((r) => r.area))];
  // ONS area codes and the caller's hierarchy: codes checked by pattern (schema), every area listed, no cycle.
  let areaMap: Map<string, { name: string | undefined; parent: string | undefined }> | undefined;
  if (input.areas !== undefined) {
    areaMap = new Map();
    input.areas.forEach((a, i) => {
      if (areaMap!.has(a.code)) issues.push(_issue('duplicate', ['areas', i, 'code'], `the area ${a.code} is listed twice`));
      areaMap!.set(a.code, { name: a.name, parent: a.parent });
    });
    const reported = new Set<string>();
    input.population.forEach((r, i) => {
      // One issue per unknown area, at its first row.
      if (areaMap!.has(r.area) || reported.has(r.area)) return;
      reported.add(r.area);
      issues.push(_issue('unknown_area', ['population', i, 'area'], `the area is not one of the codes listed in areas (give its ONS code, e.g. "E07000129")`));
    });
    for (const code of areaMap.keys()) {
      const path = new Set<string>([code]);
      let at = areaMap.get(code)?.parent;
      while (at !== undefined) {
        if (path.has(at)) {
          issues.push(_issue('inconsistent_input', ['areas'], `the parents of ${code} loop back to ${at}`));
          break;
        }
        path.add(at);
        at = areaMap.get(at)?.parent;
      }
    }
  }
  const yearList = [...years].sort((a, b) => a - b);
  const baseYear = input.rates.baseYear;

  // Rates: published (national) or derived from base-year counts (local).
  interface RawCell { area: string; group: string; sex: Sex; ageBand: string; rate: _Dec; lower: _Dec | undefined; upper: _Dec | undefined }
  const rawCells: RawCell[] = [];
  const seen = new Set<string>();
  let intervalLevel = 0.95;
  const rates = input.rates;
  if (rates.kind === 'rates') {
    intervalLevel = rates.intervalLevel ?? 0.95;
    rates.rates.forEach((r, i) => {
      const p = ['rates', 'rates', i];
      const { rate, lower, upper } = _rateRow(r, p, rates.unit, adultAge, issues);
      if (lower !== undefined && upper !== undefined && (lower.gt(rate) || upper.lt(rate))) {
        issues.push(_issue('inconsistent_input', p, 'the interval must contain the rate (lower ≤ rate ≤ upper)'));
      }
      const k = key(r.group ?? '', r.sex, r.ageBand);
      if (seen.has(k)) issues.push(_issue('duplicate', p, `two rates for ${r.group ?? ''} ${r.sex} ${r.ageBand}`.replace('  ', ' ')));
      seen.add(k);
      for (const area of areas) rawCells.push({ area, group: r.group ?? '', sex: r.sex, ageBand: r.ageBand, rate, lower, upper });
    });
    _checkOverlaps(rates.rates, (i) => ['rates', 'rates', i], issues);
    steps.push(
      _step('demand.rates', rates.source, 'applied', `Rates "${rates.name}" (base year ${baseYear}, written as ${rates.unit}) are applied to the population of each area, year, sex and age band.`, [
        ['rates.name', rates.name],
        ['rates.baseYear', baseYear],
        ['rates.unit', rates.unit],
      ]),
    );
  } else {
    rates.counts.forEach((c, i) => {
      const p = ['rates', 'counts', i];
      _checkBand(c.ageBand, [...p, 'ageBand'], adultAge, issues);
      const count = _nonNegative(c.count, [...p, 'count'], 'a service count', issues);
      const pop = population.get([c.area, baseYear, c.sex, c.ageBand]);
      const k = key(c.area, c.group ?? '', c.sex, c.ageBand);
      if (seen.has(k)) issues.push(_issue('duplicate', p, 'two counts for the same area, group, sex and age band'));
      seen.add(k);
      if (pop === undefined) {
        issues.push(_issue('missing_population', p, `no ${baseYear} population for ${c.area} ${c.sex} ${c.ageBand}: a rate needs the base-year population of its cell`));
        return;
      }
      if (pop.isZero() && !count.isZero()) {
        issues.push(_issue('inconsistent_input', p, 'a count of people in a cell whose base-year population is 0'));
        return;
      }
      if (count.gt(pop)) {
        issues.push(_issue('inconsistent_input', [...p, 'count'], 'more people counted than the base-year population of the cell'));
        return;
      }
      const rate = pop.isZero() ? new _D(0) : count.div(pop);
      rawCells.push({ area: c.area, group: c.group ?? '', sex: c.sex, ageBand: c.ageBand, rate, lower: undefined, upper: undefined });
    });
    _checkOverlaps(rates.counts, (i) => ['rates', 'counts', i], issues);
    steps.push(
      _step('demand.ratesFromCounts', rates.source, 'applied', `Local rates for "${rates.name}" are the ${baseYear} service counts divided by the ${baseYear} population of each cell.`, [
        ['rates.name', rates.name],
        ['rates.baseYear', baseYear],
      ]),
    );
  }

  // Levers, in the documented order.
  const sc = input.scenario ?? {};
  const trendL = lever(sc.rateTrendPerYear, byKey.get('rateTrendPerYear')!);
  const trend = _yearlyChange(trendL.value, ['scenario', 'rateTrendPerYear'], 'the rate trend per year', issues);
  if (trendL.fromPack) usedHere.push(byKey.get('rateTrendPerYear')!);

  let upliftValue: _Dec | undefined;
  let upliftL: ReturnType<typeof lever> | undefined;
  const alone = new Map<string, _Dec>();
  if (sc.livingAlone !== undefined) {
    const l = lever(sc.livingAlone.intensityUplift, byKey.get('livingAloneIntensityUplift')!);
    upliftL = l;
    upliftValue = _nonNegative(l.value, ['scenario', 'livingAlone', 'intensityUplift'], 'the living-alone intensity uplift', issues);
    if (l.fromPack) usedHere.push(byKey.get('livingAloneIntensityUplift')!);
    sc.livingAlone.shares.forEach((s, i) => {
      if (alone.has(key(s.sex, s.ageBand))) issues.push(_issue('duplicate', ['scenario', 'livingAlone', 'shares', i], `two living-alone shares for ${s.sex} ${s.ageBand}`));
      alone.set(key(s.sex, s.ageBand), _share(s.share, ['scenario', 'livingAlone', 'shares', i, 'share'], 'a living-alone share', issues, true));
    });
  }
  const prevL = lever(sc.prevention?.shareAvoided, byKey.get('preventionShareAvoided')!);
  const prevention = _share(prevL.value, ['scenario', 'prevention', 'shareAvoided'], 'the share of demand avoided', issues);
  if (prevL.fromPack) usedHere.push(byKey.get('preventionShareAvoided')!);
  // Where the levers start (a behaviour change in version 2: the default used to be the base year).
  const leversFrom = sc.leversFrom ?? 'first-year';
  const startYear = leversFrom === 'base-year' ? baseYear : (yearList[0] ?? baseYear);
  const preventionFrom = sc.prevention?.fromYear ?? startYear + 1;
  const trendFrom = sc.rateTrendFromYear ?? startYear + 1;

  let selfFunderShare: _Dec | undefined;
  let sfL: ReturnType<typeof lever> | undefined;
  if (sc.selfFunders !== undefined) {
    sfL = lever(sc.selfFunders.share, byKey.get('selfFunderShare')!);
    selfFunderShare = _share(sfL.value, ['scenario', 'selfFunders', 'share'], 'the self-funder share', issues);
    if (sfL.fromPack) usedHere.push(byKey.get('selfFunderShare')!);
  }

  // Every cell needs a population in every year, and a living-alone share when that lever is on.
  const cells: _Cell[] = [];
  const one = new _D(1);
  for (const c of rawCells) {
    const cy: _CellYear[] = [];
    let aloneShare: _Dec | undefined;
    if (upliftValue !== undefined) {
      aloneShare = alone.get(key(c.sex, c.ageBand));
      if (aloneShare === undefined) issues.push(_issue('missing_share', ['scenario', 'livingAlone', 'shares'], `no living-alone share for ${c.sex} ${c.ageBand}`));
    }
    let trendTooHigh = false;
    const intensityFactor = upliftValue !== undefined && aloneShare !== undefined ? one.plus(upliftValue.times(aloneShare)) : one;
    for (const year of yearList) {
      const pop = population.get([c.area, year, c.sex, c.ageBand]);
      if (pop === undefined) {
        issues.push(_issue('missing_population', ['population'], `no ${year} population for ${c.area} ${c.sex} ${c.ageBand}`));
        continue;
      }
      // Years before trendFrom keep the base rate; trendFrom has one year of change, and so on. Without
      // rateTrendFromYear in base-year mode, the trend compounds from the base year (a year before it is
      // discounted), as before version 2.
      const trendYears = leversFrom === 'base-year' && sc.rateTrendFromYear === undefined ? year - baseYear : year < trendFrom ? 0 : year - trendFrom + 1;
      const trendFactor = trend.isZero() ? one : one.plus(trend).pow(trendYears);
      const prevFactor = year >= preventionFrom ? one.minus(prevention) : one;
      if (!trendTooHigh && !trend.isZero() && c.rate.lte(1) && c.rate.times(trendFactor).gt(1)) {
        trendTooHigh = true;
        issues.push(_issue('out_of_range', ['scenario', 'rateTrendPerYear'], `the trend takes the ${c.sex} ${c.ageBand} rate above 100% of the cell's population in ${year}`));
      }
      cy.push({ year, population: pop, rate: c.rate.times(trendFactor), peopleFactor: trendFactor.times(prevFactor), intensityFactor });
    }
    cells.push({ area: c.area, group: c.group, sex: c.sex, ageBand: c.ageBand, baseRate: c.rate, lower: c.lower, upper: c.upper, years: cy });
  }
  if (issues.length > 0) {
    // One message per missing cell is enough: drop repeats.
    const unique = [...new Map(issues.map((i) => [`${i.code}${i.path.join('.')}${i.message}`, i])).values()];
    throw new RulesError(entry, unique);
  }

  // A population row is used when its band lies inside some cell's band for a compatible sex.
  const cellBands = cells.map((c) => ({ sex: c.sex, band: _readBand(c.ageBand) }));
  const unused = input.population.filter((r) => {
    const b = _readBand(r.ageBand);
    return !cellBands.some((c) => (c.sex === r.sex || c.sex === 'persons') && b.from >= c.band.from && (c.band.to === undefined || (b.to !== undefined && b.to <= c.band.to)));
  }).length;
  steps.push(
    _step('demand.adultScope', 'Care Act 2014 s.2(8)', 'met', `Every rate's age band starts at ${adultAge} or over, so every cell is of adults.${unused > 0 ? ` ${unused} population rows match no rate (by sex and age band) and are not used.` : ''}`, [
      ['pack:adultMinimumAge', adultAge],
      ['populationRowsNotUsed', unused],
    ]),
  );
  steps.push(
    _step('demand.lever1.rateTrend', trendL.citation, 'applied', trend.isZero() ? 'Rates are held constant over the projection (lever 1, rate trend: 0 a year).' : leversFrom === 'base-year' && sc.rateTrendFromYear === undefined ? `Every rate changes by ${trend.times(100).toString()}% a year, compounded from the rates' base year ${baseYear} (leversFrom: base-year) (lever 1).` : `Every rate changes by ${trend.times(100).toString()}% a year, compounded from ${trendFrom - 1}: ${trendFrom} is the first year changed (${sc.rateTrendFromYear === undefined ? 'the year after the first year of the projection' : 'scenario.rateTrendFromYear'}) (lever 1).`, [['scenario.rateTrendPerYear', trend.toString()], ['scenario.leversFrom', leversFrom], ['scenario.rateTrendFromYear', trendFrom]], trendL.warnings),
  );
  steps.push(
    upliftValue !== undefined && upliftL !== undefined && sc.livingAlone !== undefined
      ? _step('demand.lever2.livingAloneUplift', upliftL.citation, 'applied', `Care-package intensity is ${upliftValue.times(100).toString()}% higher for the share of each cell living alone (lever 2; shares from ${sc.livingAlone.source}); it changes packages, not people.`, [['scenario.livingAlone.intensityUplift', upliftValue.toString()]], upliftL.warnings)
      : _step('demand.lever2.livingAloneUplift', 'Caller\'s scenario input', 'not-met', 'Lever 2 is off: the scenario gives no living-alone shares, so no package intensity is reported.', [['scenario.livingAlone', null]]),
  );
  steps.push(
    _step('demand.lever3.prevention', prevL.citation, 'applied', prevention.isZero() ? 'No demand is assumed avoided or delayed by prevention or reablement (lever 3: 0).' : `${prevention.times(100).toString()}% of demand is avoided or delayed beyond the year from ${preventionFrom} (lever 3).`, [['scenario.prevention.shareAvoided', prevention.toString()], ['scenario.prevention.fromYear', preventionFrom]], prevL.warnings),
  );
  steps.push(
    selfFunderShare !== undefined && sfL !== undefined
      ? _step('demand.selfFunders', sfL.citation, 'applied', `Self-funders are ${selfFunderShare.times(100).toString()}% of the TOTAL: total = projected ÷ (1 − ${selfFunderShare.toString()}), self-funded = total − projected.`, [['scenario.selfFunders.share', selfFunderShare.toString()]], sfL.warnings)
      : _step('demand.selfFunders', 'Caller\'s scenario input', 'not-met', 'Self-funders are not added: the scenario does not ask for them (scenario.selfFunders), so the figures are of the people the rates describe.', [['scenario.selfFunders', null]]),
  );
  const levers: AppliedLever[] = [
    { order: 1, name: 'rate trend per year', value: trend.toString(), fromYear: trend.isZero() ? null : leversFrom === 'base-year' && sc.rateTrendFromYear === undefined ? baseYear + 1 : trendFrom, source: trendL.citation },
    { order: 2, name: 'living-alone intensity uplift', value: upliftValue?.toString() ?? null, fromYear: null, source: upliftL?.citation ?? 'not applied' },
    { order: 3, name: 'prevention: share avoided or delayed', value: prevention.toString(), fromYear: prevention.isZero() ? null : preventionFrom, source: prevL.citation },
    { order: 4, name: 'self-funder share of total', value: selfFunderShare?.toString() ?? null, fromYear: null, source: sfL?.citation ?? 'not applied' },
  ];
  const growthFromYear = yearList.includes(baseYear) ? baseYear : (yearList[0] as number);
  steps.push(
    _step('demand.growth', 'Definition: growth = (year − from) ÷ from', 'applied', `Growth is the change from ${growthFromYear} as a percentage of ${growthFromYear}; the ratio ${growthFromYear} ÷ year, which some tables label "% increase", is reported separately and named as a ratio.`, [['growthFromYear', growthFromYear]]),
  );
  return {
    measure: input.measure,
    asOf: input.asOf,
    rateName: rates.name,
    rateSource: rates.source,
    populationVintage: input.populationVintage,
    areas: areaMap,
    leversFrom,
    baseYear,
    growthFromYear,
    years: yearList,
    cells,
    livingAlone: upliftValue !== undefined,
    selfFunderShare,
    levers,
    intervalLevel,
    countRounding: values.countRounding,
    percentRounding: values.percentRounding,
    steps,
    used: usedHere,
    pack,
  };
}

/** Growth from `from` to `to`, as exact decimals: `(to − from) ÷ from` and `from ÷ to`; undefined on zero. */
export function _growth(from: _Dec, to: _Dec): { growth: _Dec | undefined; ratio: _Dec | undefined } {
  return {
    growth: from.isZero() ? undefined : to.minus(from).div(from).times(100),
    ratio: to.isZero() ? undefined : from.div(to).times(100),
  };
}

/** Gross-up of a figure by a self-funder share of the total, rounded: total first, self-funded = total − figure. */
export function _grossUp(laFunded: _Dec, share: _Dec, rounding: RoundingRule): { total: _Dec; selfFunded: _Dec } {
  const total = _dec(_round(laFunded.div(new _D(1).minus(share)), rounding).value);
  const la = _dec(_round(laFunded, rounding).value);
  return { total, selfFunded: total.minus(la) };
}

import * as z from 'zod';
import { _D, _round, DecimalInputSchema, type RoundingRule } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, resolve, type PackRef } from '../core/rulePack.js';
import { _nonNegative, _yearlyChange } from './checks.js';
import { PopulationRowSchema } from './schemas.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _buildModel } from './model.js';
import type { DemandPack } from './pack.js';
import type { AppliedLever } from './model.js';
import { _mulberry32, _normal, _quantilesOf, _sortedCopy, _zForLevel } from './random.js';
import type { ProjectDemandInput, Sex } from './schemas.js';

/** Most numbers a simulation keeps in memory (draws × (distinct rates + years)): 400 MB of doubles. */
const MAX_STORED = 50_000_000;

/** The options of {@link simulateDemand} that are plain data (the pack aside). */
export const SimulateOptionsSchema = z.strictObject({
  draws: z.int().min(1).max(1_000_000).describe('Number of Monte Carlo draws, 1 to 1,000,000.'),
  seed: z.int().min(0).max(4_294_967_295).describe('Seed of the generator, a whole number from 0 to 2^32 − 1.'),
  quantiles: z.array(z.number().gt(0).lt(1)).min(1).max(19).optional().describe('Quantiles to report, each strictly between 0 and 1; default 0.025, 0.5, 0.975.'),
  principal: z
    .strictObject({ name: z.string().trim().min(1).max(100), weight: z.number().positive().max(1e6).optional() })
    .optional()
    .describe('The name and weight of the input\'s own population when variants are drawn; default "principal", weight 1.'),
  populationVariants: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(100).describe('e.g. "high migration".'),
        population: z.array(PopulationRowSchema).min(1).describe('The variant\'s population table, with the same areas, years, sexes and bands as the input\'s.'),
        weight: z.number().positive().max(1e6).optional().describe('Relative chance of being drawn; default 1.'),
      }),
    )
    .max(10)
    .optional()
    .describe('Other population projections (e.g. the ONS high and low variants): each draw uses one table, chosen by weight.'),
  unitCost: z
    .strictObject({
      service: z.string().trim().min(1).max(200).describe('What is costed, e.g. "Home care hours".'),
      low: DecimalInputSchema.describe('Lowest unit cost in pounds at the price year.'),
      central: DecimalInputSchema.describe('Most likely unit cost (the mode).'),
      high: DecimalInputSchema.describe('Highest unit cost.'),
      unitsPerYear: DecimalInputSchema.optional().describe('Units a person uses in a year, e.g. 52 weeks; default 1.'),
      priceYear: z.int().min(1900).max(2200),
      upliftPerYear: DecimalInputSchema.optional().describe('Compound yearly uplift from the price year; default: the pack\'s costUpliftPerYear (stated in the result).'),
      priceBase: z.enum(['cash', 'real']).optional().describe('cash (uplift includes inflation) or real (prices of the price year; uplift is real growth only); default cash (stated in the result).'),
    })
    .optional()
    .describe('A unit-cost range: each draw takes one unit cost from a triangular distribution (low, central, high) and costs every year\'s people.'),
});

/** Options of {@link simulateDemand}. */
export interface SimulateDemandOptions {
  /** Number of draws (1 to 1,000,000). */
  draws: number;
  /** Seed of the generator (0 to 2^32 − 1). The same seed and input give the same numbers. */
  seed: number;
  /** Quantiles to report; default `[0.025, 0.5, 0.975]`. */
  quantiles?: readonly number[] | undefined;
  /** The input population's name and weight among the variants; default "principal", 1. */
  principal?: { name: string; weight?: number | undefined } | undefined;
  /** Other population projections drawn among (e.g. the ONS high and low variants). */
  populationVariants?: readonly { name: string; population: ProjectDemandInput['population']; weight?: number | undefined }[] | undefined;
  /** A unit-cost range (triangular: low, central, high) to cost the people of each draw. */
  unitCost?: z.input<typeof SimulateOptionsSchema>['unitCost'];
  /** A council's pack; defaults to the library pack. */
  pack?: DemandPack | undefined;
}

/** One quantile of a simulated figure. */
export interface SimulatedQuantile {
  /** The quantile, e.g. 0.975. */
  readonly q: number;
  /** Its value, rounded by the result's rounding rule. */
  readonly value: string;
}

/** A simulated figure: the point projection (rates at their estimates), the mean of the draws and quantiles. */
export interface SimulatedFigure {
  /** The point projection, as {@link projectDemand} gives it. */
  readonly point: string;
  /** The mean over the draws. */
  readonly mean: string;
  /** The chosen quantiles over the draws. */
  readonly quantiles: readonly SimulatedQuantile[];
}

/** One simulated cell-year. */
export interface SimulatedCell extends SimulatedFigure {
  /** The year. */
  readonly year: number;
  /** The area. */
  readonly area: string;
  /** The service line or user group. */
  readonly group: string;
  /** The sex. */
  readonly sex: Sex;
  /** The age band. */
  readonly ageBand: string;
}

/** The simulated total of one year. */
export interface SimulatedYearTotal extends SimulatedFigure {
  /** The year. */
  readonly year: number;
  /** When the scenario asks for self-funders: the total with them and the self-funded part, in every draw. */
  readonly selfFunders?: { readonly share: string; readonly selfFunded: SimulatedFigure; readonly total: SimulatedFigure } | undefined;
}

/** The simulated cost of one year. */
export interface SimulatedYearCost extends SimulatedFigure {
  /** The year. */
  readonly year: number;
}

/** The costs of a simulation with a unit-cost range. */
export interface SimulatedCosts {
  /** What is costed. */
  readonly service: string;
  /** The unit-cost range, at the price year. */
  readonly unitCost: { readonly low: string; readonly central: string; readonly high: string; readonly priceYear: number; readonly unitsPerYear: string };
  /** The uplift used and where it came from. */
  readonly upliftPerYear: { readonly value: string; readonly source: string };
  /** "cash" or "real", and what it means. */
  readonly priceBase: { readonly kind: 'cash' | 'real'; readonly meaning: string };
  /** Defaults the caller did not set that change a figure. */
  readonly defaultsApplied: readonly string[];
  /** The cost per year (point: central unit cost × point people). */
  readonly totals: readonly SimulatedYearCost[];
  /** The money rounding. */
  readonly rounding: RoundingRule;
}

/** The result of {@link simulateDemand}. */
export interface DemandSimulation {
  /** Always `"demand-simulation"`. */
  readonly kind: 'demand-simulation';
  /** What was projected (people, after the trend and prevention levers). */
  readonly measure: string;
  /** Where the rates come from. */
  readonly rateSource: string;
  /** The population release, as the caller named it, or `null`. */
  readonly populationVintage: string | null;
  /** The base year of the rates. */
  readonly baseYear: number;
  /** The years. */
  readonly years: readonly number[];
  /** Draws made. */
  readonly draws: number;
  /** The seed used. */
  readonly seed: number;
  /** The generator: mulberry32 (Tommy Ettinger, public domain) with Box-Muller normals. */
  readonly generator: string;
  /** How a rate interval becomes a sampling distribution (an assumption), and how quantiles are read. */
  readonly method: string;
  /** Every cell-year. */
  readonly cells: readonly SimulatedCell[];
  /** Totals per year. */
  readonly totals: readonly SimulatedYearTotal[];
  /** Whether self-funders are in the totals: `"included"` when the scenario asks for them, else `"none"`. */
  readonly selfFunders: 'included' | 'none';
  /** The population tables drawn among, with their weights and how many draws used each (one entry when no variants). */
  readonly populationVariants: readonly { readonly name: string; readonly weight: number; readonly draws: number }[];
  /** Costs, when a unit-cost range is given. */
  readonly costs?: SimulatedCosts | undefined;
  /** The levers applied (identical in every draw). */
  readonly levers: readonly AppliedLever[];
  /** Rounding of the published figures. */
  readonly rounding: RoundingRule;
  /** The pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

/**
 * Monte Carlo over the rates' confidence intervals. In each draw every rate that has an interval is drawn
 * once (and used for every area and year), independently of the other rates, from a normal distribution
 * centred on the point estimate with standard deviation (upper − lower) ÷ (2 × z), where z is the normal
 * quantile of the set's interval level (1.96 for 95%), as Birmingham's BCC-PHM/OA-projections does with
 * the CFAS II rates. A draw below 0 is set to 0 and above 1 to 1. This distribution is an ASSUMPTION: a
 * published interval does not say how its rate is distributed, and skewed intervals are made symmetric.
 * Rates without an interval (and rates derived from counts) are held at their values.
 *
 * Beyond the rates, `populationVariants` (e.g. the ONS high and low projections, each a table with the same
 * areas, years, sexes and bands) are drawn among by weight, one table per draw; `unitCost` (low, central,
 * high) draws one unit cost per draw from a triangular distribution (an assumption) and costs every year's
 * people, naming the price base and the defaults applied. Self-funders are added to every draw when the
 * scenario asks for them (`selfFunders: 'included'`); otherwise the result says `selfFunders: 'none'`.
 *
 * The arithmetic of the draws is binary floating point (for speed); the point projection is exact.
 * The generator is mulberry32 (Tommy Ettinger, public domain), seeded by the caller: the same input,
 * seed and draws give the same numbers on every platform.
 *
 * @param input - as for {@link projectDemand}
 * @param options - draws, seed, quantiles and an optional council pack
 * @returns point, mean and quantiles per cell-year and per year's total, with the method stated
 * @throws {@link adult-social-care-rules!RulesError} for input {@link projectDemand} refuses, bad draws, seed or quantiles, or more
 *   draws than fit in memory (draws × (distinct rates + years) above 50 million)
 *
 * @example
 * ```ts
 * import { simulateDemand, CFAS_II_DEMENTIA_RATES } from 'adult-social-care-rules/demand';
 *
 * const sim = simulateDemand(
 *   {
 *     asOf: '2026-11-23',
 *     measure: 'Men aged 80-84 with dementia',
 *     population: [{ area: 'Example', year: 2030, sex: 'male', ageBand: '80-84', people: 10000 }],
 *     rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'male' && r.ageBand === '80-84') },
 *   },
 *   { draws: 1000, seed: 42 },
 * );
 * sim.totals[0]?.point; //=> '1060'
 * ```
 */
export function simulateDemand(input: ProjectDemandInput, options: SimulateDemandOptions): DemandSimulation {
  const raw = typeof options === 'object' && options !== null ? options : ({} as SimulateDemandOptions);
  const opts = _parse('simulateDemand', z.strictObject({ options: SimulateOptionsSchema }), {
    options: {
      draws: raw.draws,
      seed: raw.seed,
      ...(raw.quantiles === undefined ? {} : { quantiles: raw.quantiles }),
      ...(raw.principal === undefined ? {} : { principal: raw.principal }),
      ...(raw.populationVariants === undefined ? {} : { populationVariants: raw.populationVariants }),
      ...(raw.unitCost === undefined ? {} : { unitCost: raw.unitCost }),
    },
  }).options;
  // The unit-cost range's own values are checked first, so that a fault there is reported with the input's
  // (a form shows every fault), not hidden behind them.
  const issues: RulesIssue[] = [];
  const uc = opts.unitCost;
  const ucPath = ['options', 'unitCost'];
  const range =
    uc === undefined
      ? undefined
      : {
          low: _nonNegative(uc.low, [...ucPath, 'low'], 'a unit cost', issues),
          mode: _nonNegative(uc.central, [...ucPath, 'central'], 'a unit cost', issues),
          high: _nonNegative(uc.high, [...ucPath, 'high'], 'a unit cost', issues),
          units: _nonNegative(uc.unitsPerYear ?? 1, [...ucPath, 'unitsPerYear'], 'units per year', issues),
          uplift: uc.upliftPerYear === undefined ? undefined : _yearlyChange(uc.upliftPerYear, [...ucPath, 'upliftPerYear'], 'the cost uplift per year', issues),
        };
  if (range !== undefined && (range.low.gt(range.mode) || range.mode.gt(range.high))) issues.push(_issue('inconsistent_input', ucPath, 'the unit costs must be in order: low ≤ central ≤ high'));
  let model: ReturnType<typeof _buildModel>;
  try {
    model = _buildModel('simulateDemand', input, raw.pack);
  } catch (e) {
    if (e instanceof RulesError && issues.length > 0) throw new RulesError('simulateDemand', [...e.issues, ...issues]);
    throw e;
  }
  const quantiles = [...(opts.quantiles ?? [0.025, 0.5, 0.975])].sort((a, b) => a - b);
  const draws = opts.draws;
  const rule = model.countRounding;
  const z95 = _zForLevel(model.intervalLevel);
  const nYears = model.years.length;
  const nCells = model.cells.length;

  // Population variants: each is built as its own model (so it is checked like the input) and must give the
  // same cells and years; only its populations (× levers) are used, the rates stay the input's.
  const built = (opts.populationVariants ?? []).map((_v, i) => {
    try {
      return _buildModel('simulateDemand', { ...input, population: raw.populationVariants![i]!.population }, raw.pack);
    } catch (e) {
      if (!(e instanceof RulesError)) throw e;
      issues.push(...e.issues.map((iss) => ({ code: iss.code, path: ['options', 'populationVariants', i, ...iss.path], message: iss.message })));
      return undefined;
    }
  });
  if (built.some((m) => m === undefined)) throw new RulesError('simulateDemand', issues);
  const variantModels = built as ReturnType<typeof _buildModel>[];
  const cellKey = (c: { area: string; group: string; sex: string; ageBand: string }): string => `${c.area}\u0000${c.group}\u0000${c.sex}\u0000${c.ageBand}`;
  const modelCells = model.cells.map(cellKey).join('\u0001');
  variantModels.forEach((vm, i) => {
    if (vm.cells.map(cellKey).join('\u0001') !== modelCells || vm.years.join(',') !== model.years.join(',')) {
      issues.push(_issue('inconsistent_input', ['options', 'populationVariants', i, 'population'], 'a variant must have the same areas, years, sexes and age bands as the input population'));
    }
  });
  const variants = [
    { name: opts.principal?.name ?? 'principal', weight: opts.principal?.weight ?? 1, model },
    ...variantModels.map((vm, i) => ({ name: opts.populationVariants![i]!.name, weight: opts.populationVariants![i]!.weight ?? 1, model: vm })),
  ];
  if (new Set(variants.map((v) => v.name)).size !== variants.length) issues.push(_issue('duplicate', ['options', 'populationVariants'], 'two population tables have the same name'));
  const nVar = variants.length;

  // Unit-cost range (triangular) and its uplift.
  let cost: { low: number; mode: number; high: number; units: number; uplift: number[]; upliftText: string; upliftSource: string; priceBase: 'cash' | 'real'; defaults: string[] } | undefined;
  if (uc !== undefined && range !== undefined) {
    const u = uc;
    const { low, mode, high, units } = range;
    const defaults: string[] = [];
    let upliftSource = 'Caller\'s option unitCost.upliftPerYear';
    let uplift = range.uplift;
    if (uplift === undefined) {
      const r = resolve(model.pack, 'costUpliftPerYear', model.asOf);
      uplift = _yearlyChange(r.value, [...ucPath, 'upliftPerYear'], 'the cost uplift per year', issues);
      upliftSource = r.citation;
      defaults.push(`unitCost.upliftPerYear: the pack's ${r.value} a year (${r.citation})`);
    }
    const rise = uplift;
    if (u.priceBase === undefined) defaults.push('unitCost.priceBase: cash (the uplift is taken to include inflation)');
    const one = new _D(1);
    cost = {
      low: low.toNumber(),
      mode: mode.toNumber(),
      high: high.toNumber(),
      units: units.toNumber(),
      uplift: model.years.map((y) => (rise.lte(-1) ? 0 : one.plus(rise).pow(y - u.priceYear).toNumber())),
      upliftText: rise.toString(),
      upliftSource,
      priceBase: u.priceBase ?? 'cash',
      defaults,
    };
  }
  if (issues.length > 0) throw new RulesError('simulateDemand', issues);

  // One sampled rate per distinct (group, sex, band): a national rate is uncertain once, not per area.
  const rateIndex = new Map<string, number>();
  const rateMean: number[] = [];
  const rateSd: number[] = [];
  const cellRate = model.cells.map((c) => {
    const k = `${c.group}\u0000${c.sex}\u0000${c.ageBand}`;
    let i = rateIndex.get(k);
    if (i === undefined) {
      i = rateMean.length;
      rateIndex.set(k, i);
      rateMean.push(c.baseRate.toNumber());
      rateSd.push(c.lower !== undefined && c.upper !== undefined ? c.upper.minus(c.lower).toNumber() / (2 * z95) : 0);
    }
    return i;
  });
  // coef[(v * nCells + c) * nYears + y] = population × trend × prevention: the multiplier of the drawn rate.
  const coef = new Float64Array(nVar * nCells * nYears);
  variants.forEach((v, vi) => v.model.cells.forEach((c, ci) => c.years.forEach((y, yi) => (coef[(vi * nCells + ci) * nYears + yi] = y.population.times(y.peopleFactor).toNumber()))));

  // A cell-year is its coefficient × its drawn rate: only the rates' draws, the variant drawn, each year's
  // total (and cost) per draw, and each cell-year's running sum (for its mean) are kept.
  const nRates = rateMean.length;
  const stored = draws * (nRates + nYears * (cost === undefined ? 1 : 2));
  if (stored > MAX_STORED) {
    throw new RulesError('simulateDemand', [
      _issue('too_big', ['options', 'draws'], `too many draws for this input: draws × (distinct rates + years) must be at most ${MAX_STORED.toLocaleString('en-GB')}`),
    ]);
  }
  const rateDraws = new Float64Array(nRates * draws);
  const totals = new Float64Array(nYears * draws);
  const costs = cost === undefined ? undefined : new Float64Array(nYears * draws);
  // Per table drawn, the sum of each rate's draws: a cell's mean is Σ_v coef_v × (sum of the rate's draws with v) ÷ draws.
  const rateSumByVariant = new Float64Array(nVar * nRates);
  const variantCount = new Float64Array(nVar);
  const uniform = _mulberry32(opts.seed);
  const normal = _normal(uniform);
  const weightSum = variants.reduce((a, v) => a + v.weight, 0);
  const cumWeight = variants.map((_, i) => variants.slice(0, i + 1).reduce((a, v) => a + v.weight, 0) / weightSum);
  const rates = new Float64Array(nRates);
  const acc = new Float64Array(nYears);
  for (let d = 0; d < draws; d += 1) {
    for (let r = 0; r < nRates; r += 1) {
      const sd = rateSd[r]!;
      const v = sd === 0 ? rateMean[r]! : rateMean[r]! + sd * normal();
      const clamped = v < 0 ? 0 : v > 1 ? 1 : v;
      rates[r] = clamped;
      rateDraws[r * draws + d] = clamped;
    }
    let vi = 0;
    if (nVar > 1) {
      const u = uniform();
      while (vi < nVar - 1 && u >= cumWeight[vi]!) vi += 1;
    }
    variantCount[vi]! += 1;
    for (let r = 0; r < nRates; r += 1) rateSumByVariant[vi * nRates + r]! += rates[r]!;
    acc.fill(0);
    const vBase = vi * nCells * nYears;
    for (let ci = 0; ci < nCells; ci += 1) {
      const rate = rates[cellRate[ci]!]!;
      const base = vBase + ci * nYears;
      for (let yi = 0; yi < nYears; yi += 1) acc[yi]! += coef[base + yi]! * rate;
    }
    for (let yi = 0; yi < nYears; yi += 1) totals[yi * draws + d] = acc[yi]!;
    if (cost !== undefined && costs !== undefined) {
      // Triangular draw by inverting its distribution function.
      const u = uniform();
      const { low: a, mode: c, high: b } = cost;
      const unit = b === a ? a : u < (c - a) / (b - a) ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
      for (let yi = 0; yi < nYears; yi += 1) costs[yi * draws + d] = acc[yi]! * cost.units * unit * cost.uplift[yi]!;
    }
  }

  interface Summary { mean: number; qs: number[] }
  const summary = (slice: Float64Array): Summary => {
    // Indexed loops and selection: iterating a typed array, Float64Array.from() and a full sort are far slower.
    let sum = 0;
    for (let i = 0; i < slice.length; i += 1) sum += slice[i]!;
    return { mean: sum / slice.length, qs: _quantilesOf(slice, quantiles) };
  };
  const figureOf = (mean: number, qs: readonly number[], point: InstanceType<typeof _D>, r: RoundingRule = rule): SimulatedFigure => ({
    point: _round(point, r).value,
    mean: _round(new _D(mean), r).value,
    quantiles: quantiles.map((q, i) => ({ q, value: _round(new _D(qs[i]!), r).value })),
  });
  const figure = (s: Summary, scale: number, point: InstanceType<typeof _D>, r: RoundingRule = rule): SimulatedFigure =>
    figureOf(s.mean * scale, s.qs.map((v) => v * scale), point, r);
  // Rate summaries serve the cells when one table is drawn; with variants the cells use the mixture below.
  const rateSummaries = nVar > 1 ? [] : Array.from({ length: nRates }, (_, r) => summary(rateDraws.subarray(r * draws, (r + 1) * draws)));
  // The mixture quantiles of cells (population variants) need each rate's draws in order.
  const rateSorted = nVar > 1 ? Array.from({ length: nRates }, (_, r) => _sortedCopy(rateDraws.subarray(r * draws, (r + 1) * draws))) : [];
  const freq = Array.from(variantCount, (c) => c / draws);

  /** The q-quantile of coef_v × rate with v and the rate drawn independently: bisection on the mixture's CDF. */
  const mixtureQuantile = (sorted: Float64Array, coefs: readonly number[], q: number): number => {
    const cdfRate = (t: number): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! <= t) lo = mid + 1;
        else hi = mid;
      }
      return lo / sorted.length;
    };
    const cdf = (x: number): number => coefs.reduce((acc2, cv, v) => acc2 + freq[v]! * (cv === 0 ? 1 : cdfRate(x / cv)), 0);
    let lo = 0;
    let hi = Math.max(...coefs) * (sorted[sorted.length - 1] ?? 0);
    for (let it = 0; it < 60 && hi - lo > 1e-9 * Math.max(1, hi); it += 1) {
      const mid = (lo + hi) / 2;
      if (cdf(mid) < q) lo = mid;
      else hi = mid;
    }
    return hi;
  };

  const cells: SimulatedCell[] = [];
  const pointTotals = model.years.map(() => new _D(0));
  for (let yi = 0; yi < nYears; yi += 1) {
    model.cells.forEach((c, ci) => {
      const y = c.years[yi]!;
      const point = y.population.times(c.baseRate).times(y.peopleFactor);
      pointTotals[yi] = pointTotals[yi]!.plus(point);
      const common = { year: y.year, area: c.area, group: c.group, sex: c.sex, ageBand: c.ageBand };
      if (nVar === 1) {
        cells.push({ ...common, ...figure(rateSummaries[cellRate[ci]!]!, coef[ci * nYears + yi]!, point) });
      } else {
        const coefs = variants.map((_, vi) => coef[(vi * nCells + ci) * nYears + yi]!);
        const sorted = rateSorted[cellRate[ci]!]!;
        const mean = coefs.reduce((a2, cv, vi) => a2 + cv * rateSumByVariant[vi * nRates + cellRate[ci]!]!, 0) / draws;
        cells.push({ ...common, ...figureOf(mean, quantiles.map((q) => mixtureQuantile(sorted, coefs, q)), point) });
      }
    });
  }
  const sfShare = model.selfFunderShare;
  const yearTotals: SimulatedYearTotal[] = model.years.map((year, yi) => {
    const s = summary(totals.subarray(yi * draws, (yi + 1) * draws));
    const point = pointTotals[yi]!;
    if (sfShare === undefined) return { year, ...figure(s, 1, point) };
    // total = people ÷ (1 − share) in every draw: a fixed scaling, so its mean and quantiles scale too.
    const toTotal = 1 / (1 - sfShare.toNumber());
    const toSelf = sfShare.toNumber() / (1 - sfShare.toNumber());
    const one = new _D(1);
    return {
      year,
      ...figure(s, 1, point),
      selfFunders: {
        share: sfShare.toString(),
        selfFunded: figure(s, toSelf, point.times(sfShare).div(one.minus(sfShare))),
        total: figure(s, toTotal, point.div(one.minus(sfShare))),
      },
    };
  });
  let costResult: SimulatedCosts | undefined;
  if (cost !== undefined && costs !== undefined && opts.unitCost !== undefined) {
    const money = resolve(model.pack, 'moneyRounding', model.asOf).value;
    const u = opts.unitCost;
    costResult = {
      service: u.service,
      unitCost: { low: String(u.low), central: String(u.central), high: String(u.high), priceYear: u.priceYear, unitsPerYear: String(u.unitsPerYear ?? 1) },
      upliftPerYear: { value: cost.upliftText, source: cost.upliftSource },
      priceBase: {
        kind: cost.priceBase,
        meaning: cost.priceBase === 'cash' ? 'Cash prices: each year in that year\'s prices (the uplift includes inflation).' : `Real terms: every year in ${u.priceYear} prices (the uplift is real growth only).`,
      },
      defaultsApplied: cost.defaults,
      totals: model.years.map((year, yi) => {
        const units = new _D(u.unitsPerYear ?? 1);
        const point = pointTotals[yi]!.times(units).times(new _D(u.central)).times(new _D(1).plus(cost.upliftText).pow(year - u.priceYear));
        return { year, ...figure(summary(costs.subarray(yi * draws, (yi + 1) * draws)), 1, point, money) };
      }),
      rounding: money,
    };
  }
  const sampled = rateSd.filter((sd) => sd > 0).length;
  const method = [
    `Each rate with an interval is drawn once per draw, independently, from Normal(estimate, (upper − lower) ÷ ${(2 * z95).toFixed(2)}) for ${Math.round(model.intervalLevel * 100)}% intervals, clamped to [0, 1]; this distribution is an assumption.`,
    nVar > 1
      ? `Each draw uses one of ${nVar} population tables (${variants.map((v) => `${v.name} ${v.weight}`).join(', ')}: name and weight), chosen by weight; a cell's quantiles are those of its population × rate with the table and the rate drawn independently (read from their draws), its mean is the mean over the draws.`
      : 'One population table (no variants).',
    cost !== undefined ? 'Each draw takes one unit cost from a triangular distribution (low, central, high) and applies it to every year; costs are of the people projected (LA-funded when self-funders are added).' : '',
    'Quantiles are read by linear interpolation between order statistics (R type 7).',
    `Figures are people after the trend and prevention levers; ${sfShare === undefined ? 'no self-funders are added (the scenario does not ask for them)' : 'self-funders are added to every draw\'s totals'}; package intensity (living alone) is not simulated.`,
  ]
    .filter((t) => t !== '')
    .join(' ');
  const steps = [
    ...model.steps,
    _step('demand.simulation', 'Method: Monte Carlo over rate intervals, as BCC-PHM/OA-projections (Birmingham City Council)', 'applied', `${draws} draws with seed ${opts.seed}; ${sampled} of ${rateMean.length} rates have an interval and are sampled, the rest are held fixed. ${method}`, [
      ['draws', draws],
      ['seed', opts.seed],
      ['quantiles', quantiles],
      ['populationVariants', variants.map((v) => v.name)],
    ]),
  ];
  const pack = packRef(model.pack);
  return {
    kind: 'demand-simulation',
    measure: model.measure,
    rateSource: model.rateSource,
    populationVintage: model.populationVintage ?? null,
    baseYear: model.baseYear,
    years: model.years,
    draws,
    seed: opts.seed,
    generator: 'mulberry32 (Tommy Ettinger, public domain) with Box-Muller normal draws',
    method,
    cells,
    totals: yearTotals,
    selfFunders: sfShare === undefined ? 'none' : 'included',
    populationVariants: variants.map((v, i) => ({ name: v.name, weight: v.weight, draws: variantCount[i]! })),
    ...(costResult === undefined ? {} : { costs: costResult }),
    levers: model.levers,
    rounding: rule,
    pack,
    trace: _makeTrace({ entry: 'simulateDemand', asOf: model.asOf, pack, steps, used: model.used }),
  };
}

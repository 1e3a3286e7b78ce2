import * as z from 'zod';
import { _D, _round, type RoundingRule } from '../core/decimal.js';
import { RulesError, _issue, _parse } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _buildModel } from './model.js';
import type { DemandPack } from './pack.js';
import type { AppliedLever } from './model.js';
import { _mulberry32, _normal, _quantileSorted, _zForLevel } from './random.js';
import type { ProjectDemandInput, Sex } from './schemas.js';

/** Most numbers a simulation keeps in memory (draws × (distinct rates + years)): 400 MB of doubles. */
const MAX_STORED = 50_000_000;

/** The options of {@link simulateDemand} that are plain data (the pack aside). */
export const SimulateOptionsSchema = z.strictObject({
  draws: z.int().min(1).max(1_000_000).describe('Number of Monte Carlo draws, 1 to 1,000,000.'),
  seed: z.int().min(0).max(4_294_967_295).describe('Seed of the generator, a whole number from 0 to 2^32 − 1.'),
  quantiles: z.array(z.number().gt(0).lt(1)).min(1).max(19).optional().describe('Quantiles to report, each strictly between 0 and 1; default 0.025, 0.5, 0.975.'),
});

/** Options of {@link simulateDemand}. */
export interface SimulateDemandOptions {
  /** Number of draws (1 to 1,000,000). */
  draws: number;
  /** Seed of the generator (0 to 2^32 − 1). The same seed and input give the same numbers. */
  seed: number;
  /** Quantiles to report; default `[0.025, 0.5, 0.975]`. */
  quantiles?: readonly number[] | undefined;
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
}

/** The result of {@link simulateDemand}. */
export interface DemandSimulation {
  /** Always `"demand-simulation"`. */
  readonly kind: 'demand-simulation';
  /** What was projected (people, after the trend and prevention levers). */
  readonly measure: string;
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
  const opts = _parse('simulateDemand', z.strictObject({ options: SimulateOptionsSchema }), {
    options: { draws: options?.draws, seed: options?.seed, ...(options?.quantiles === undefined ? {} : { quantiles: options.quantiles }) },
  }).options;
  const model = _buildModel('simulateDemand', input, options?.pack);
  const quantiles = [...(opts.quantiles ?? [0.025, 0.5, 0.975])].sort((a, b) => a - b);
  const draws = opts.draws;
  const rule = model.countRounding;
  const z95 = _zForLevel(model.intervalLevel);

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
  const nYears = model.years.length;
  const nCells = model.cells.length;
  // coef[c * nYears + y] = population × trend × prevention: the multiplier of the drawn rate.
  const coef = new Float64Array(nCells * nYears);
  model.cells.forEach((c, ci) => c.years.forEach((y, yi) => (coef[ci * nYears + yi] = y.population.times(y.peopleFactor).toNumber())));

  // A cell-year is its coefficient × its drawn rate, so its distribution is that of the rate scaled: only
  // the rates' draws (rate × draws) and each year's total (year × draws) are kept, never every cell's.
  const nRates = rateMean.length;
  if (draws * (nRates + nYears) > MAX_STORED) {
    throw new RulesError('simulateDemand', [
      _issue('too_big', ['options', 'draws'], `too many draws for this input: draws × (distinct rates + years) must be at most ${MAX_STORED.toLocaleString('en-GB')}`),
    ]);
  }
  const rateDraws = new Float64Array(nRates * draws);
  const totals = new Float64Array(nYears * draws);
  const normal = _normal(_mulberry32(opts.seed));
  for (let d = 0; d < draws; d += 1) {
    for (let r = 0; r < nRates; r += 1) {
      const sd = rateSd[r]!;
      const v = sd === 0 ? rateMean[r]! : rateMean[r]! + sd * normal();
      rateDraws[r * draws + d] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
    for (let ci = 0; ci < nCells; ci += 1) {
      const rate = rateDraws[cellRate[ci]! * draws + d]!;
      for (let yi = 0; yi < nYears; yi += 1) totals[yi * draws + d]! += coef[ci * nYears + yi]! * rate;
    }
  }

  interface Summary { mean: number; sorted: Float64Array }
  const summary = (slice: Float64Array): Summary => {
    let sum = 0;
    for (const v of slice) sum += v;
    return { mean: sum / slice.length, sorted: Float64Array.from(slice).sort() };
  };
  const figure = (s: Summary, scale: number, point: InstanceType<typeof _D>): SimulatedFigure => ({
    point: _round(point, rule).value,
    mean: _round(new _D(s.mean * scale), rule).value,
    quantiles: quantiles.map((q) => ({ q, value: _round(new _D(_quantileSorted(s.sorted, q) * scale), rule).value })),
  });
  const rateSummaries = Array.from({ length: nRates }, (_, r) => summary(rateDraws.subarray(r * draws, (r + 1) * draws)));
  const cells: SimulatedCell[] = [];
  const pointTotals = model.years.map(() => new _D(0));
  for (let yi = 0; yi < nYears; yi += 1) {
    model.cells.forEach((c, ci) => {
      const y = c.years[yi]!;
      const point = y.population.times(c.baseRate).times(y.peopleFactor);
      pointTotals[yi] = pointTotals[yi]!.plus(point);
      cells.push({ year: y.year, area: c.area, group: c.group, sex: c.sex, ageBand: c.ageBand, ...figure(rateSummaries[cellRate[ci]!]!, coef[ci * nYears + yi]!, point) });
    });
  }
  const yearTotals: SimulatedYearTotal[] = model.years.map((year, yi) => ({ year, ...figure(summary(totals.subarray(yi * draws, (yi + 1) * draws)), 1, pointTotals[yi]!) }));
  const sampled = rateSd.filter((s) => s > 0).length;
  const method = `Each rate with an interval is drawn once per draw, independently, from Normal(estimate, (upper − lower) ÷ ${(2 * z95).toFixed(2)}) for ${Math.round(model.intervalLevel * 100)}% intervals, clamped to [0, 1]; this distribution is an assumption. Quantiles are read by linear interpolation between order statistics (R type 7). Figures are people after the trend and prevention levers; package intensity and self-funders are not simulated.`;
  const steps = [
    ...model.steps,
    _step('demand.simulation', 'Method: Monte Carlo over rate intervals, as BCC-PHM/OA-projections (Birmingham City Council)', 'applied', `${draws} draws with seed ${opts.seed}; ${sampled} of ${rateMean.length} rates have an interval and are sampled, the rest are held fixed. ${method}`, [
      ['draws', draws],
      ['seed', opts.seed],
      ['quantiles', quantiles],
    ]),
  ];
  const pack = packRef(model.pack);
  return {
    kind: 'demand-simulation',
    measure: model.measure,
    baseYear: model.baseYear,
    years: model.years,
    draws,
    seed: opts.seed,
    generator: 'mulberry32 (Tommy Ettinger, public domain) with Box-Muller normal draws',
    method,
    cells,
    totals: yearTotals,
    levers: model.levers,
    rounding: rule,
    pack,
    trace: _makeTrace({ entry: 'simulateDemand', asOf: model.asOf, pack, steps, used: model.used }),
  };
}

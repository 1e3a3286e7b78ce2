import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { _D, _round, DecimalInputSchema, type _Dec, type RoundingRule } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, resolveAll, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _nonNegative } from './checks.js';
import { _demandPack, type DemandPack } from './pack.js';

const Year = z.int().min(1900).max(2200);

/** The input of {@link projectCareHomeStock}. */
export const CareHomeStockInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the pack is applied as of.'),
  population: z
    .array(z.strictObject({ year: Year.describe('The year of the population (mid-year).'), people: DecimalInputSchema.describe('Population the admission rate applies to (e.g. 65+), 0 or more.') }))
    .min(1)
    .describe('One row per consecutive year, e.g. the 65+ subnational population projection.'),
  admissionsPer10000: DecimalInputSchema.describe('Permanent admissions a year per 10,000 population, 0 or more (The Strategy Unit\'s tool defaults to 120 per 10,000 aged 65+).'),
  meanLengthOfStayMonths: DecimalInputSchema.describe('Mean length of stay in months, more than 0 (The Strategy Unit\'s tool defaults to 28).'),
  initialOccupied: DecimalInputSchema.describe('Beds occupied at the start of the first year, 0 or more.'),
  initialWaiting: DecimalInputSchema.optional().describe('People waiting at the start, 0 or more; default 0.'),
  capacity: z
    .array(z.strictObject({ fromYear: Year.describe('The first year this capacity holds.'), beds: DecimalInputSchema.describe('Beds available from the start of this year, 0 or more.') }))
    .min(1)
    .describe('Bed capacity as steps: each row holds from its year until the next row. The first row must start by the first year.'),
  stepsPerYear: z.int().min(1).max(365).optional().describe('Time steps per year; 12 (monthly) by default.'),
});

/** What {@link CareHomeStockInputSchema} accepts. */
export type CareHomeStockInput = z.input<typeof CareHomeStockInputSchema>;

/** Options of {@link projectCareHomeStock}. */
export interface CareHomeStockOptions {
  /** A council's pack. */
  pack?: DemandPack | undefined;
}

/** One year of the stock-flow projection. */
export interface CareHomeStockYear {
  /** The year. */
  readonly year: number;
  /** Beds available. */
  readonly capacity: string;
  /** People needing a placement during the year (admission rate × population). */
  readonly newDemand: string;
  /** People admitted (from the waiting list first, then new demand) while beds were free. */
  readonly admitted: string;
  /** People leaving (death or discharge): occupied ÷ mean length of stay, each step. */
  readonly leaving: string;
  /** Beds occupied at the end of the year. */
  readonly occupiedEnd: string;
  /** People waiting for a bed at the end of the year. */
  readonly waitingEnd: string;
  /** Occupied ÷ capacity at the end of the year, in percent; `null` with no beds. */
  readonly occupancyPercent: string | null;
}

/** The result of {@link projectCareHomeStock}. */
export interface CareHomeStockProjection {
  /** One row per year. */
  readonly years: readonly CareHomeStockYear[];
  /** The first year in which people are still waiting at the year end, or `null`. */
  readonly firstYearWithWaitingList: number | null;
  /** How the model steps. */
  readonly method: string;
  /** Rounding of the published figures. */
  readonly rounding: { readonly counts: RoundingRule; readonly percentages: RoundingRule };
  /** The pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

/**
 * A stock-flow model of care-home beds (as in The Strategy Unit's care-home demand simulator): new
 * demand = admission rate per 10,000 × population; residents leave at 1 ÷ mean length of stay; admissions
 * fill free beds, the waiting list first; people who find no bed join the waiting list, which carries
 * over (no one leaves it except by admission: an assumption). The model steps `stepsPerYear` times a
 * year in exact decimals; within a year the population is that year's figure.
 *
 * Each step: leaving = occupied ÷ LOS (in steps); free = capacity − (occupied − leaving), at least 0;
 * admitted = min(free, waiting + new demand); occupied ← occupied − leaving + admitted; waiting ← waiting +
 * new demand − admitted. A capacity cut below occupancy admits no one until residents leave.
 *
 * @param input - population by year, admission rate, mean length of stay, starting stock and capacity
 * @param options - an optional council pack
 * @returns occupied beds, admissions, leavers, waiting list and occupancy by year
 * @throws {@link adult-social-care-rules!RulesError} for negative figures, a length of stay shorter than one step, years that are not consecutive,
 *   or capacity that does not start by the first year
 *
 * @example
 * ```ts
 * import { projectCareHomeStock } from 'adult-social-care-rules/demand';
 *
 * const r = projectCareHomeStock({
 *   asOf: '2026-11-23',
 *   population: [{ year: 2026, people: 100000 }, { year: 2027, people: 100000 }],
 *   admissionsPer10000: 120, meanLengthOfStayMonths: 28, initialOccupied: 2800,
 *   capacity: [{ fromYear: 2026, beds: 3000 }],
 * });
 * r.years[1]?.occupiedEnd; //=> '2800'
 * ```
 */
export function projectCareHomeStock(input: CareHomeStockInput, options?: CareHomeStockOptions): CareHomeStockProjection {
  const x = _parse('projectCareHomeStock', CareHomeStockInputSchema, input);
  const pack = _demandPack('projectCareHomeStock', options?.pack);
  const { values, used } = resolveAll(pack, x.asOf, { entry: 'projectCareHomeStock', datePath: ['asOf'] });
  const issues: RulesIssue[] = [];
  const rate = _nonNegative(x.admissionsPer10000, ['admissionsPer10000'], 'the admission rate', issues);
  const los = _nonNegative(x.meanLengthOfStayMonths, ['meanLengthOfStayMonths'], 'the mean length of stay', issues);
  const steps = x.stepsPerYear ?? 12;
  // Residents leave at occupied ÷ (length of stay in steps) each step: a stay shorter than one step would
  // discharge more people than there are.
  if (los.isZero()) issues.push(_issue('too_small', ['meanLengthOfStayMonths'], 'the mean length of stay must be more than 0'));
  else if (los.times(steps).lt(12)) issues.push(_issue('too_small', ['meanLengthOfStayMonths'], 'the mean length of stay must be at least one time step (12 ÷ stepsPerYear months): raise stepsPerYear for short stays'));
  let occupied = _nonNegative(x.initialOccupied, ['initialOccupied'], 'the starting occupancy', issues);
  let waiting = _nonNegative(x.initialWaiting ?? 0, ['initialWaiting'], 'the starting waiting list', issues);
  const pop = [...x.population].sort((a, b) => a.year - b.year);
  pop.forEach((p, i) => {
    _nonNegative(p.people, ['population', i, 'people'], 'a population', issues);
    if (i > 0 && p.year !== pop[i - 1]!.year + 1) issues.push(_issue('not_consecutive', ['population'], 'must have consecutive years, one row per year'));
  });
  const caps = [...x.capacity].sort((a, b) => a.fromYear - b.fromYear);
  caps.forEach((c, i) => {
    _nonNegative(c.beds, ['capacity', i, 'beds'], 'a bed capacity', issues);
    if (i > 0 && c.fromYear === caps[i - 1]!.fromYear) issues.push(_issue('duplicate', ['capacity', i], 'two capacity rows for the same year'));
  });
  if (caps[0]!.fromYear > pop[0]!.year) issues.push(_issue('missing_capacity', ['capacity', 0, 'fromYear'], 'capacity must be given from the first year of the population'));
  if (issues.length > 0) throw new RulesError('projectCareHomeStock', [...new Map(issues.map((i) => [i.message + i.path.join('.'), i])).values()]);

  const counts = values.countRounding;
  const pct = values.percentRounding;
  const losSteps = los.times(steps).div(12);
  const zero = new _D(0);
  const years: CareHomeStockYear[] = [];
  let firstWaiting: number | null = null;
  for (const p of pop) {
    const capacity = new _D([...caps].reverse().find((c) => c.fromYear <= p.year)!.beds);
    const demandPerStep = new _D(p.people).times(rate).div(10000).div(steps);
    let admitted = zero;
    let leaving = zero;
    for (let s = 0; s < steps; s += 1) {
      const out = occupied.div(losSteps);
      const after = occupied.minus(out);
      const free = _D.max(zero, capacity.minus(after));
      const want = waiting.plus(demandPerStep);
      const inn = _D.min(free, want);
      occupied = after.plus(inn);
      waiting = want.minus(inn);
      admitted = admitted.plus(inn);
      leaving = leaving.plus(out);
    }
    const waitingEnd = _round(waiting, counts).value;
    if (firstWaiting === null && !new _D(waitingEnd).isZero()) firstWaiting = p.year;
    years.push({
      year: p.year,
      capacity: capacity.toString(),
      newDemand: _round(demandPerStep.times(steps), counts).value,
      admitted: _round(admitted, counts).value,
      leaving: _round(leaving, counts).value,
      occupiedEnd: _round(occupied, counts).value,
      waitingEnd,
      occupancyPercent: capacity.isZero() ? null : _round(occupied.div(capacity).times(100), pct).value,
    });
  }
  const method = `Stock-flow in ${steps} steps a year: leaving = occupied ÷ mean length of stay; admissions fill free beds, the waiting list first; unmet demand waits (no one leaves the waiting list except by admission).`;
  const ref = packRef(pack);
  const trace = _makeTrace({
    entry: 'projectCareHomeStock',
    asOf: x.asOf,
    pack: ref,
    steps: [
      _step('demand.careHome.stockFlow', 'Method: The Strategy Unit care-home-demand-simulator (stock-flow, admissions × length of stay)', 'applied', method, [
        ['admissionsPer10000', rate.toString()],
        ['meanLengthOfStayMonths', los.toString()],
        ['stepsPerYear', steps],
      ]),
      _step('demand.careHome.waitingList', 'Method: waiting list when beds run out', firstWaiting === null ? 'not-met' : 'met', firstWaiting === null ? 'Beds never ran out: no one is waiting at any year end.' : `Beds run out: people are still waiting at the end of ${firstWaiting}.`, [['firstYearWithWaitingList', firstWaiting]]),
    ],
    used: used.filter((u) => u.key === 'countRounding' || u.key === 'percentRounding'),
  });
  return { years, firstYearWithWaitingList: firstWaiting, method, rounding: { counts, percentages: pct }, pack: ref, trace };
}

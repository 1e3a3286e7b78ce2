import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { _D, _round, DecimalInputSchema, type _Dec, type RoundingRule } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, resolveAll, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace } from '../core/trace.js';
import { _nonNegative, _yearlyChange } from './checks.js';
import { _demandPack, type DemandPack } from './pack.js';

const Name = z.string().trim().min(1).max(200);
const Year = z.int().min(1900).max(2200);

/** A projected volume of one service in one year, in the unit its unit cost is priced in. */
export const CostVolumeRowSchema = z.strictObject({
  service: Name.describe('Service line, e.g. "Residential care 65+".'),
  year: Year,
  quantity: DecimalInputSchema.describe('Volume, 0 or more: e.g. people placed, or hours.'),
});

/** What {@link CostVolumeRowSchema} accepts. */
export type CostVolumeRowInput = z.input<typeof CostVolumeRowSchema>;

/** The unit cost of a service at the prices of one year. */
export const UnitCostRowSchema = z.strictObject({
  service: Name,
  amount: DecimalInputSchema.describe('Cost of one unit in pounds, 0 or more, e.g. "800.00" a week.'),
  priceYear: Year.describe('The year whose prices `amount` is in; uplift runs from it.'),
  unitsPerYear: DecimalInputSchema.optional().describe('Units one volume unit uses in a year, e.g. 52 weeks for a weekly cost of a whole-year placement; default 1.'),
  source: Name.optional().describe('Where the unit cost comes from, e.g. "ASC-FR 2022-23 T54".'),
});

/** What {@link UnitCostRowSchema} accepts. */
export type UnitCostRowInput = z.input<typeof UnitCostRowSchema>;

/** The plain-data options of {@link projectCosts}. */
export const ProjectCostsOptionsSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the pack is applied as of.'),
  upliftPerYear: DecimalInputSchema.optional().describe('Compound yearly uplift of unit costs, e.g. 0.029; defaults to the pack.'),
});

/** The whole input of {@link projectCosts} as one object (for the CLI and JSON Schema). */
export const ProjectCostsInputSchema = z.strictObject({
  volumes: z.array(CostVolumeRowSchema).min(1),
  unitCosts: z.array(UnitCostRowSchema).min(1),
  options: ProjectCostsOptionsSchema,
});

/** What {@link ProjectCostsInputSchema} accepts. */
export type ProjectCostsInput = z.input<typeof ProjectCostsInputSchema>;

/** Options of {@link projectCosts}. */
export interface ProjectCostsOptions {
  /** The date the pack is applied as of (required: the library has no clock). */
  asOf: string;
  /** Compound yearly uplift; defaults to the pack's `costUpliftPerYear`. */
  upliftPerYear?: string | number | undefined;
  /** A council's pack. */
  pack?: DemandPack | undefined;
}

/** One costed line. */
export interface CostLine {
  /** The service. */
  readonly service: string;
  /** The year. */
  readonly year: number;
  /** The volume. */
  readonly quantity: string;
  /** The unit cost in this year's prices (uplifted), rounded to the money rule. */
  readonly unitCost: string;
  /** quantity × unitsPerYear × unit cost, computed exactly and then rounded to the money rule. */
  readonly cost: string;
}

/** The costs of one year. */
export interface CostYearTotal {
  /** The year. */
  readonly year: number;
  /** The sum of the year's rounded lines, so the table adds up. */
  readonly cost: string;
}

/** The result of {@link projectCosts}. */
export interface CostProjection {
  /** Every line. */
  readonly lines: readonly CostLine[];
  /** Totals per year. */
  readonly totals: readonly CostYearTotal[];
  /** The uplift used (a decimal string). */
  readonly upliftPerYear: string;
  /** The money rounding and how totals relate to lines. */
  readonly rounding: { readonly money: RoundingRule; readonly note: string };
  /** The pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

/**
 * Costs projected volumes: for each service and year, quantity × units per year × unit cost × (1 + uplift)
 * ^ (year − price year), in decimals. Each line is rounded once by the pack's money rule (pounds and
 * pence, half away from zero); a year's total is the sum of its rounded lines, so the table adds up.
 *
 * @param volumes - volumes by service and year (e.g. from {@link projectDemand} totals)
 * @param unitCosts - one unit cost per service, with its price year
 * @param options - the date the pack applies as of, an optional uplift and an optional council pack
 * @returns costed lines, yearly totals, the uplift and rounding used, and the trace
 * @throws {@link adult-social-care-rules!RulesError} for a negative volume or cost, a missing or repeated unit cost, or an uplift of
 *   −100% or less
 *
 * @example
 * ```ts
 * import { projectCosts } from 'adult-social-care-rules/demand';
 *
 * const costs = projectCosts(
 *   [{ service: 'Residential', year: 2026, quantity: 10 }],
 *   [{ service: 'Residential', amount: '800.00', priceYear: 2025, unitsPerYear: 52 }],
 *   { asOf: '2026-11-23', upliftPerYear: '0.029' },
 * );
 * costs.lines[0]?.cost; //=> '428064.00'
 * ```
 */
export function projectCosts(volumes: readonly CostVolumeRowInput[], unitCosts: readonly UnitCostRowInput[], options: ProjectCostsOptions): CostProjection {
  const input = _parse('projectCosts', ProjectCostsInputSchema, {
    volumes,
    unitCosts,
    options: typeof options === 'object' && options !== null ? { asOf: options.asOf, ...(options.upliftPerYear === undefined ? {} : { upliftPerYear: options.upliftPerYear }) } : options,
  });
  const pack = _demandPack('projectCosts', options.pack);
  const { values, used } = resolveAll(pack, input.options.asOf);
  const issues: RulesIssue[] = [];
  const money = values.moneyRounding;
  const upliftFromPack = input.options.upliftPerYear === undefined;
  const uplift = _yearlyChange(input.options.upliftPerYear ?? values.costUpliftPerYear, ['options', 'upliftPerYear'], 'the cost uplift per year', issues);
  const costs = new Map<string, { amount: _Dec; priceYear: number; unitsPerYear: _Dec; source: string | undefined }>();
  input.unitCosts.forEach((u, i) => {
    const p = ['unitCosts', i];
    if (costs.has(u.service)) issues.push(_issue('duplicate', p, `two unit costs for service "${u.service}"`));
    costs.set(u.service, {
      amount: _nonNegative(u.amount, [...p, 'amount'], 'a unit cost', issues),
      priceYear: u.priceYear,
      unitsPerYear: _nonNegative(u.unitsPerYear ?? 1, [...p, 'unitsPerYear'], 'units per year', issues),
      source: u.source,
    });
  });
  const lines: CostLine[] = [];
  const byYear = new Map<number, _Dec>();
  const one = new _D(1);
  input.volumes.forEach((v, i) => {
    const p = ['volumes', i];
    const q = _nonNegative(v.quantity, [...p, 'quantity'], 'a volume', issues);
    const c = costs.get(v.service);
    if (c === undefined) {
      issues.push(_issue('missing_unit_cost', [...p, 'service'], `no unit cost for service "${v.service}"`));
      return;
    }
    const unitCost = c.amount.times(one.plus(uplift).pow(v.year - c.priceYear));
    const cost = _round(q.times(c.unitsPerYear).times(unitCost), money);
    lines.push({ service: v.service, year: v.year, quantity: q.toString(), unitCost: _round(unitCost, money).value, cost: cost.value });
    byYear.set(v.year, (byYear.get(v.year) ?? new _D(0)).plus(cost.value));
  });
  if (issues.length > 0) throw new RulesError('projectCosts', issues);
  const totals = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, total]) => ({ year, cost: _round(total, money).value }));
  const upliftRule = used.find((u) => u.key === 'costUpliftPerYear')!;
  const moneyRule = used.find((u) => u.key === 'moneyRounding')!;
  const ref = packRef(pack);
  const steps = [
    _step('demand.costs.uplift', upliftFromPack ? upliftRule.citation : 'Caller\'s option upliftPerYear', 'applied', `Unit costs rise by ${uplift.times(100).toString()}% a year, compounded from each cost's price year.`, [['options.upliftPerYear', uplift.toString()]], upliftFromPack && upliftRule.warning ? [upliftRule.warning] : []),
    _step('demand.costs.rounding', moneyRule.citation, 'applied', `Each line is computed exactly and rounded to ${money.places} decimal places (${money.mode}); yearly totals add the rounded lines.`, [['pack:moneyRounding', money]]),
  ];
  return {
    lines,
    totals,
    upliftPerYear: uplift.toString(),
    rounding: { money, note: 'Each line is computed exactly and rounded once; a year\'s total is the sum of its rounded lines.' },
    pack: ref,
    trace: _makeTrace({ entry: 'projectCosts', asOf: input.options.asOf, pack: ref, steps, used: upliftFromPack ? [upliftRule, moneyRule] : [moneyRule] }),
  };
}

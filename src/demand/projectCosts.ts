import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { _D, _round, DecimalInputSchema, DecimalStringSchema, type _Dec, type RoundingRule } from '../core/decimal.js';
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
  year: Year.describe('The year of the volume.'),
  quantity: DecimalInputSchema.describe('Volume, 0 or more: e.g. people placed, or hours.'),
});

/** What {@link CostVolumeRowSchema} accepts. */
export type CostVolumeRowInput = z.input<typeof CostVolumeRowSchema>;

/** The unit cost of a service at the prices of one year. */
export const UnitCostRowSchema = z.strictObject({
  service: Name.describe('Service line the cost is for, as named in the volumes.'),
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
  upliftPerYear: DecimalInputSchema.optional().describe('Compound yearly uplift of unit costs, e.g. 0.029; defaults to the pack (cash) or 0 (real), and the result says so.'),
  priceBase: z.enum(['cash', 'real']).optional().describe('cash: each year in its own prices (the uplift includes inflation); real: every cost in the prices of its price year (the uplift is real growth only). Default cash, stated in the result.'),
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
  /** Compound yearly uplift; defaults to the pack's `costUpliftPerYear` in cash terms, 0 in real terms. */
  upliftPerYear?: string | number | undefined;
  /** `"cash"` (default) or `"real"`. */
  priceBase?: 'cash' | 'real' | undefined;
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
  /** The price base, named: cash or real (and in which year's prices). */
  readonly priceBase: { readonly kind: 'cash' | 'real'; readonly meaning: string };
  /** Defaults the caller did not set that change a figure (empty when every one was given). */
  readonly defaultsApplied: readonly string[];
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
    options:
      typeof options === 'object' && options !== null
        ? { asOf: options.asOf, ...(options.upliftPerYear === undefined ? {} : { upliftPerYear: options.upliftPerYear }), ...(options.priceBase === undefined ? {} : { priceBase: options.priceBase }) }
        : options,
  });
  const pack = _demandPack('projectCosts', options.pack);
  const { values, used } = resolveAll(pack, input.options.asOf, { entry: 'projectCosts', datePath: ['options', 'asOf'] });
  const issues: RulesIssue[] = [];
  const money = values.moneyRounding;
  const priceBase = input.options.priceBase ?? 'cash';
  const defaultsApplied: string[] = [];
  if (input.options.priceBase === undefined) defaultsApplied.push('priceBase: cash (each year in its own prices)');
  // In real terms a missing uplift is 0 (no real growth assumed); in cash terms it is the pack's uplift.
  const upliftFromPack = input.options.upliftPerYear === undefined && priceBase === 'cash';
  const upliftText = input.options.upliftPerYear ?? (priceBase === 'cash' ? values.costUpliftPerYear : '0');
  if (input.options.upliftPerYear === undefined) {
    defaultsApplied.push(priceBase === 'cash' ? `upliftPerYear: ${values.costUpliftPerYear} a year, the pack's costUpliftPerYear` : 'upliftPerYear: 0 (real terms, no real growth assumed)');
  }
  const uplift = _yearlyChange(upliftText, ['options', 'upliftPerYear'], 'the cost uplift per year', issues);
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
  const priceYears = [...new Set([...costs.values()].map((c) => c.priceYear))].sort((a, b) => a - b);
  const totals = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, total]) => ({ year, cost: _round(total, money).value }));
  const upliftRule = used.find((u) => u.key === 'costUpliftPerYear')!;
  const moneyRule = used.find((u) => u.key === 'moneyRounding')!;
  const ref = packRef(pack);
  const steps = [
    _step(
      'demand.costs.uplift',
      upliftFromPack ? upliftRule.citation : input.options.upliftPerYear === undefined ? 'Real terms: no real growth assumed' : 'Caller\'s option upliftPerYear',
      'applied',
      `Unit costs rise by ${uplift.times(100).toString()}% a year, compounded from each cost's price year; figures are in ${priceBase === 'cash' ? 'cash (each year\'s own prices)' : `real terms (${priceYears.join(', ')} prices)`}.${defaultsApplied.length > 0 ? ` Defaults applied: ${defaultsApplied.join('; ')}.` : ''}`,
      [['options.upliftPerYear', uplift.toString()], ['options.priceBase', priceBase]],
      [...(upliftFromPack && upliftRule.warning ? [upliftRule.warning] : []), ...(defaultsApplied.length > 0 ? [`Defaults that change the figures: ${defaultsApplied.join('; ')}`] : [])],
    ),
    _step('demand.costs.rounding', moneyRule.citation, 'applied', `Each line is computed exactly and rounded to ${money.places} decimal places (${money.mode}); yearly totals add the rounded lines.`, [['pack:moneyRounding', money]]),
  ];
  return {
    lines,
    totals,
    upliftPerYear: uplift.toString(),
    priceBase: {
      kind: priceBase,
      meaning: priceBase === 'cash' ? 'Cash prices: each year in that year\'s prices (the uplift includes inflation).' : `Real terms: in the prices of each unit cost's price year (${priceYears.join(', ')}); the uplift is real growth only.`,
    },
    defaultsApplied,
    rounding: { money, note: 'Each line is computed exactly and rounded once; a year\'s total is the sum of its rounded lines.' },
    pack: ref,
    trace: _makeTrace({ entry: 'projectCosts', asOf: input.options.asOf, pack: ref, steps, used: upliftFromPack ? [upliftRule, moneyRule] : [moneyRule] }),
  };
}

/** One service of a service mix: the share of the projected people who use it, and its unit cost. */
export const ServiceMixRowSchema = z.strictObject({
  service: Name.describe('Service line, e.g. "Residential care 65+".'),
  share: DecimalInputSchema.describe('Share of the projected people using the service, 0 to 1 (shares may add up to more than 1 when people use several services).'),
  unitCost: UnitCostRowSchema.omit({ service: true }),
});

/** What {@link projectCostsFromDemand} accepts as a service mix. */
export type ServiceMixRowInput = z.input<typeof ServiceMixRowSchema>;

const ProjectionForCosts = z.looseObject({
  kind: z.literal('demand-projection'),
  measure: z.string(),
  totals: z.array(z.looseObject({ year: z.int(), people: z.looseObject({ exact: DecimalStringSchema }), packages: z.looseObject({ exact: DecimalStringSchema }).optional() })),
});

/** The result of {@link projectCostsFromDemand}: the costs, and the volumes the mix made. */
export interface DemandCostProjection extends CostProjection {
  /** The projection's measure. */
  readonly measure: string;
  /** What each volume counts: people (LA-funded when self-funders were added) or care-package equivalents. */
  readonly volumeBasis: 'people' | 'packages';
  /** The volumes: exact people (or packages) × share, per service and year. */
  readonly volumes: readonly CostVolumeRowInput[];
  /** The sum of the mix's shares (above 1 when people use several services). */
  readonly mixShareTotal: string;
}

/**
 * Costs a demand projection through a service mix: each year's projected people (exact, not rounded) ×
 * each service's share give the volumes, which {@link projectCosts} prices with each service's unit cost.
 * People are those the rates describe: when the projection added self-funders, these are the LA-funded
 * people, which is what a council pays for. `basis: 'packages'` uses the living-alone package equivalents.
 *
 * @param projection - a result of {@link projectDemand}
 * @param mix - the services, each with its share of the people and its unit cost
 * @param options - the date, uplift, price base, volume basis and pack, as for {@link projectCosts}
 * @returns the costs (as {@link projectCosts}) with the volumes made and the basis
 * @throws {@link adult-social-care-rules!RulesError} for what {@link projectCosts} refuses, a share outside [0, 1], a repeated
 *   service, or `basis: 'packages'` on a projection without the living-alone lever
 *
 * @example
 * ```ts
 * import { projectDemand, projectCostsFromDemand, CFAS_II_DEMENTIA_RATES } from 'adult-social-care-rules/demand';
 *
 * const p = projectDemand({
 *   asOf: '2026-11-23', measure: 'Women 90+ with dementia',
 *   population: [{ area: 'E10000018', year: 2026, sex: 'female', ageBand: '90+', people: 2000 }],
 *   rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'female' && r.ageBand === '90+') },
 * });
 * const costs = projectCostsFromDemand(p, [{ service: 'Residential', share: '0.1', unitCost: { amount: '800', priceYear: 2026, unitsPerYear: 52 } }], { asOf: '2026-11-23', priceBase: 'real' });
 * costs.totals[0]?.cost; //=> '2912000.00'
 * ```
 */
export function projectCostsFromDemand(
  projection: DemandProjectionLike,
  mix: readonly ServiceMixRowInput[],
  options: ProjectCostsOptions & { basis?: 'people' | 'packages' | undefined },
): DemandCostProjection {
  const p = _parse('projectCostsFromDemand', ProjectionForCosts, projection);
  const m = _parse('projectCostsFromDemand', z.strictObject({ mix: z.array(ServiceMixRowSchema).min(1), basis: z.enum(['people', 'packages']).optional() }), {
    mix,
    ...(options?.basis === undefined ? {} : { basis: options.basis }),
  });
  const issues: RulesIssue[] = [];
  const basis = m.basis ?? 'people';
  const seen = new Set<string>();
  let shareTotal = new _D(0);
  const shares = m.mix.map((row, i) => {
    if (seen.has(row.service)) issues.push(_issue('duplicate', ['mix', i, 'service'], `two rows for service "${row.service}"`));
    seen.add(row.service);
    const d = _nonNegative(row.share, ['mix', i, 'share'], 'a share', issues);
    if (d.gt(1)) issues.push(_issue('out_of_range', ['mix', i, 'share'], 'a share must be from 0 to 1'));
    shareTotal = shareTotal.plus(d);
    return d;
  });
  if (basis === 'packages' && p.totals.some((t) => t.packages === undefined)) issues.push(_issue('inconsistent_input', ['basis'], 'the projection has no package equivalents (the living-alone lever was off)'));
  if (issues.length > 0) throw new RulesError('projectCostsFromDemand', issues);
  const volumes: CostVolumeRowInput[] = [];
  for (const t of p.totals) {
    const v = basis === 'packages' ? t.packages!.exact : t.people.exact;
    m.mix.forEach((row, i) => volumes.push({ service: row.service, year: t.year, quantity: new _D(v).times(shares[i]!).toString() }));
  }
  const unitCosts = m.mix.map((row) => ({ service: row.service, ...mix.find((r) => r.service === row.service)!.unitCost }));
  const { basis: _b, ...costOptions } = options ?? ({} as typeof options);
  void _b;
  const result = projectCosts(volumes, unitCosts, costOptions);
  return { ...result, measure: p.measure, volumeBasis: basis, volumes, mixShareTotal: shareTotal.toString() };
}

/** The part of a {@link projectDemand} result that {@link projectCostsFromDemand} reads. */
export interface DemandProjectionLike {
  readonly kind: 'demand-projection';
  readonly measure: string;
  readonly totals: readonly { readonly year: number; readonly people: { readonly exact: string }; readonly packages?: { readonly exact: string } | undefined }[];
}

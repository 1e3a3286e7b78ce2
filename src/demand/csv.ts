import { _parse } from '../core/errors.js';
import type { ScenarioComparison } from './compare.js';
import type { IndicatorProjection } from './indicators.js';
import type { AppliedLever } from './model.js';
import type { DemandProjection } from './projectDemand.js';
import type { DemandSimulation, SimulatedFigure } from './simulateDemand.js';
import { ComparisonCsvShape, CsvLayoutShape, IndicatorCsvShape, ProjectionCsvShape, SimulationCsvShape } from './resultShapes.js';
import { wideTable, type WideRow } from './table.js';

/** The CSV layouts: `long` (one row per cell and year, then the totals) or `wide` (POPPI-style, a column per year). */
export type CsvLayout = 'long' | 'wide';

function field(v: string | number | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function rowsToCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows.map((r) => r.map(field).join(',')).join('\n') + '\n';
}

/** The header block: one `# key: value` line per fact, so a reader can skip lines starting with `#`. */
function header(meta: readonly [string, string | number | null | undefined][]): string {
  return meta.map(([k, v]) => `# ${k}: ${String(v ?? '').replace(/[\r\n]+/g, ' ')}`).join('\n') + '\n';
}

function leverLines(levers: readonly AppliedLever[]): [string, string][] {
  return levers.map((l) => [`lever ${l.order}`, `${l.name} = ${l.value ?? 'off'}${l.fromYear === null ? '' : ` from ${l.fromYear}`} (${l.source})`]);
}

function projectionMeta(r: DemandProjection): [string, string | number | null][] {
  return [
    ['measure', r.measure],
    ['rates', r.rateName],
    ['rate source', r.rateSource],
    ['rate base year', r.baseYear],
    ['population vintage', r.populationVintage ?? 'not stated'],
    ['levers start', r.leversFrom === 'first-year' ? `first year of the projection (${r.years[0] ?? ''})` : `base year of the rates (${r.baseYear})`],
    ...leverLines(r.levers),
    ['rule pack', `${r.pack.id}@${r.pack.version}`],
    ['rounding', r.rounding.note],
  ];
}

/**
 * A projection as CSV with a header block of metadata (`# measure: …`, rate source, population vintage,
 * levers, pack). `long`: one row per cell and year (population, rate, people, share of the population in
 * percent, packages when the living-alone lever is on), then one row per year's total (area `(total)`) with
 * growth and, when asked for, self-funders. `wide`: the POPPI-style table of {@link wideTable}, two rows per
 * sex and band (people, and share of the population in percent), a column per year.
 *
 * @param r - a result of {@link projectDemand}
 * @param layout - `long` (default) or `wide`
 * @returns the CSV text, header block first
 *
 * @example
 * ```ts
 * import { projectDemand, projectionCsv, type ProjectDemandInput } from 'adult-social-care-rules/demand';
 *
 * declare const input: ProjectDemandInput;
 * const csv = projectionCsv(projectDemand(input), 'wide');
 * ```
 */
export function projectionCsv(r: DemandProjection, layout: CsvLayout = 'long'): string {
  _parse('projectionCsv', ProjectionCsvShape, r);
  _parse('projectionCsv', CsvLayoutShape, { layout });
  const meta = header(projectionMeta(r));
  if (layout === 'wide') return meta + wideCsv(wideTable(r), r.years);
  const withPackages = r.cells.some((c) => c.packages !== undefined);
  const withSelfFunders = r.totals.some((t) => t.selfFunders !== undefined);
  const sfHead = withSelfFunders ? ['selfFunded', 'totalWithSelfFunders'] : [];
  const head = ['year', 'area', 'group', 'sex', 'ageBand', 'population', 'rate', 'people', 'sharePercent', ...(withPackages ? ['packages'] : []), 'growthPercent', ...sfHead];
  const rows: (string | number | null)[][] = [head];
  for (const c of r.cells) rows.push([c.year, c.area, c.group, c.sex, c.ageBand, c.population, c.rate, c.people.rounded, c.sharePercent, ...(withPackages ? [c.packages?.rounded ?? ''] : []), '', ...sfHead.map(() => '')]);
  for (const t of r.totals) {
    const sf = withSelfFunders ? [t.selfFunders?.selfFunded ?? '', t.selfFunders?.total ?? ''] : [];
    rows.push([t.year, '(total)', '', '', '', t.population, '', t.people.rounded, t.sharePercent, ...(withPackages ? [t.packages?.rounded ?? ''] : []), t.growth.growthPercent ?? '', ...sf]);
  }
  return meta + rowsToCsv(rows);
}

function wideCsv(table: readonly WideRow[], years: readonly number[]): string {
  const rows: (string | number | null)[][] = [['measure', 'sex', 'ageBand', 'figure', ...years]];
  for (const w of table) {
    rows.push([w.measure, w.sex, w.ageBand, 'people', ...w.values.map((v) => v.people)]);
    rows.push([w.measure, w.sex, w.ageBand, 'sharePercent', ...w.values.map((v) => v.sharePercent)]);
  }
  return rowsToCsv(rows);
}

/**
 * Several indicators as one CSV: a header block per indicator's sources, then the POPPI-style table (`wide`)
 * or every indicator's cells one after the other with a `measure` column (`long`).
 *
 * @param r - a result of {@link projectIndicators}
 * @param layout - `wide` (default) or `long`
 * @returns the CSV text
 *
 * @example
 * ```ts
 * import { indicatorCsv, type IndicatorProjection } from 'adult-social-care-rules/demand';
 *
 * declare const result: IndicatorProjection;
 * const csv = indicatorCsv(result);
 * ```
 */
export function indicatorCsv(r: IndicatorProjection, layout: CsvLayout = 'wide'): string {
  _parse('indicatorCsv', IndicatorCsvShape, r);
  _parse('indicatorCsv', CsvLayoutShape, { layout });
  const meta = header(
    r.projections.flatMap((p, i): [string, string | number | null][] => [
      [`indicator ${i + 1}`, p.measure],
      [`indicator ${i + 1} rate source`, p.rateSource],
      [`indicator ${i + 1} rate base year`, p.baseYear],
      ...leverLines(p.levers).map(([k, v]): [string, string] => [`indicator ${i + 1} ${k}`, v]),
    ]).concat([
      ['population vintage', r.projections[0]?.populationVintage ?? 'not stated'],
      ['rule pack', r.projections[0] ? `${r.projections[0].pack.id}@${r.projections[0].pack.version}` : ''],
    ]),
  );
  if (layout === 'wide') return meta + wideCsv(r.table, r.years);
  const rows: (string | number | null)[][] = [['measure', 'year', 'area', 'group', 'sex', 'ageBand', 'population', 'rate', 'people', 'sharePercent']];
  for (const p of r.projections) {
    for (const c of p.cells) rows.push([p.measure, c.year, c.area, c.group, c.sex, c.ageBand, c.population, c.rate, c.people.rounded, c.sharePercent]);
    for (const t of p.totals) rows.push([p.measure, t.year, '(total)', '', '', '', t.population, '', t.people.rounded, t.sharePercent]);
  }
  return meta + rowsToCsv(rows);
}

function figureCells(f: SimulatedFigure | undefined, nq: number): string[] {
  if (f === undefined) return Array.from({ length: nq + 2 }, () => '');
  return [f.point, f.mean, ...f.quantiles.map((q) => q.value)];
}

/**
 * A simulation as CSV with a header block (measure, rate source, population vintage, levers, draws, seed,
 * generator, method, population variants, self-funders, costs). `long`: one row per cell and year, then
 * one per year's total, with point, mean and each quantile; on total rows, the self-funded and
 * with-self-funders figures (when the scenario asks for them) and the costs (when a unit-cost range is
 * given). `wide`: one row per figure of the totals (point, mean, each quantile; then self-funders and
 * costs), a column per year.
 *
 * @param r - a result of {@link simulateDemand}
 * @param layout - `long` (default) or `wide`
 * @returns the CSV text
 *
 * @example
 * ```ts
 * import { simulationCsv, type DemandSimulation } from 'adult-social-care-rules/demand';
 *
 * declare const sim: DemandSimulation;
 * const csv = simulationCsv(sim, 'wide');
 * ```
 */
export function simulationCsv(r: DemandSimulation, layout: CsvLayout = 'long'): string {
  _parse('simulationCsv', SimulationCsvShape, r);
  _parse('simulationCsv', CsvLayoutShape, { layout });
  const qs = r.totals[0]?.quantiles.map((q) => `q${q.q}`) ?? [];
  const meta = header([
    ['measure', r.measure],
    ['rate source', r.rateSource],
    ['rate base year', r.baseYear],
    ['population vintage', r.populationVintage ?? 'not stated'],
    ['population tables', r.populationVariants.map((v) => `${v.name} (weight ${v.weight}, ${v.draws} draws)`).join('; ')],
    ...leverLines(r.levers),
    ['self-funders', r.selfFunders === 'included' ? `included (share ${r.totals[0]?.selfFunders?.share ?? ''} of the total)` : 'none: the scenario does not ask for them'],
    ['costs', r.costs === undefined ? 'none' : `${r.costs.service}: unit cost ${r.costs.unitCost.low}-${r.costs.unitCost.central}-${r.costs.unitCost.high} at ${r.costs.unitCost.priceYear} prices, ${r.costs.priceBase.kind}, uplift ${r.costs.upliftPerYear.value}`],
    ['draws', r.draws],
    ['seed', r.seed],
    ['generator', r.generator],
    ['method', r.method],
    ['rule pack', `${r.pack.id}@${r.pack.version}`],
  ]);
  const sf = r.selfFunders === 'included';
  const nq = qs.length;
  if (layout === 'wide') {
    const rows: (string | number)[][] = [['figure', ...r.years]];
    const block = (prefix: string, get: (i: number) => SimulatedFigure | undefined): void => {
      const names = ['point', 'mean', ...qs];
      names.forEach((name, k) => rows.push([`${prefix}${name}`, ...r.years.map((_, i) => figureCells(get(i), nq)[k] ?? '')]));
    };
    block('people ', (i) => r.totals[i]);
    if (sf) {
      block('selfFunded ', (i) => r.totals[i]?.selfFunders?.selfFunded);
      block('totalWithSelfFunders ', (i) => r.totals[i]?.selfFunders?.total);
    }
    if (r.costs !== undefined) block('cost ', (i) => r.costs!.totals[i]);
    return meta + rowsToCsv(rows);
  }
  const stat = ['point', 'mean', ...qs];
  const head = ['year', 'area', 'group', 'sex', 'ageBand', ...stat, ...(sf ? [...stat.map((s) => `selfFunded_${s}`), ...stat.map((s) => `totalWithSelfFunders_${s}`)] : []), ...(r.costs ? stat.map((s) => `cost_${s}`) : [])];
  const blanks = (sf ? 2 * (nq + 2) : 0) + (r.costs ? nq + 2 : 0);
  const rows: (string | number)[][] = [head];
  for (const c of r.cells) rows.push([c.year, c.area, c.group, c.sex, c.ageBand, ...figureCells(c, nq), ...Array.from({ length: blanks }, () => '')]);
  r.totals.forEach((t, i) => {
    rows.push([
      t.year,
      '(total)',
      '',
      '',
      '',
      ...figureCells(t, nq),
      ...(sf ? [...figureCells(t.selfFunders?.selfFunded, nq), ...figureCells(t.selfFunders?.total, nq)] : []),
      ...(r.costs ? figureCells(r.costs.totals[i], nq) : []),
    ]);
  });
  return meta + rowsToCsv(rows);
}

/**
 * A scenario comparison as CSV with a header block (measure, sources, each scenario's levers). `wide`: a row
 * per year with the baseline, each variant and its difference; `long`: a row per scenario and year.
 *
 * @param r - a result of {@link compareScenarios}
 * @param layout - `wide` (default) or `long`
 * @returns the CSV text
 *
 * @example
 * ```ts
 * import { comparisonCsv, type ScenarioComparison } from 'adult-social-care-rules/demand';
 *
 * declare const cmp: ScenarioComparison;
 * const csv = comparisonCsv(cmp);
 * ```
 */
export function comparisonCsv(r: ScenarioComparison, layout: CsvLayout = 'wide'): string {
  _parse('comparisonCsv', ComparisonCsvShape, r);
  _parse('comparisonCsv', CsvLayoutShape, { layout });
  const b = r.baseline.projection;
  const meta = header([
    ...projectionMeta(b).filter(([k]) => !k.startsWith('lever')),
    ...leverLines(b.levers).map(([k, v]): [string, string] => [`${r.baseline.name} ${k}`, v]),
    ...r.variants.flatMap((v) => leverLines(v.projection.levers).map(([k, val]): [string, string] => [`${v.name} ${k}`, val])),
  ]);
  if (layout === 'long') {
    const rows: (string | number | null)[][] = [['year', 'scenario', 'people', 'difference', 'differencePercent']];
    for (const t of r.table) {
      rows.push([t.year, r.baseline.name, t.baseline, '0', '0.0']);
      for (const v of t.variants) rows.push([t.year, v.name, v.people, v.difference, v.differencePercent]);
    }
    return meta + rowsToCsv(rows);
  }
  const rows: (string | number | null)[][] = [['year', r.baseline.name, ...r.variants.flatMap((v) => [v.name, `${v.name}: difference`, `${v.name}: difference %`])]];
  for (const t of r.table) rows.push([t.year, t.baseline, ...t.variants.flatMap((v) => [v.people, v.difference, v.differencePercent])]);
  return meta + rowsToCsv(rows);
}

import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import type { DemandProjection } from './projectDemand.js';
import type { DemandSimulation } from './simulateDemand.js';

const Series = z.array(z.number().finite().min(0));

const ResultShape = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('demand-projection'), measure: z.string(), totals: z.array(z.looseObject({ year: z.int(), people: z.looseObject({ exact: z.string() }) })) }),
  z.looseObject({
    kind: z.literal('demand-simulation'),
    measure: z.string(),
    draws: z.int(),
    totals: z.array(z.looseObject({ year: z.int(), mean: z.string(), point: z.string(), quantiles: z.array(z.looseObject({ q: z.number(), value: z.string() })).min(1) })),
  }),
]);

/** The data of a projection chart: one central line, an optional point line and an optional band. */
export const ProjectionChartSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  yLabel: z.string().trim().min(1).max(100).describe('What the vertical axis counts, e.g. "People".'),
  years: z.array(z.int().min(1900).max(2200)).min(1).max(200),
  central: Series.describe('The central line (mean or projection), one value per year.'),
  centralLabel: z.string().trim().min(1).max(100),
  point: Series.optional().describe('An optional second line (e.g. the point projection), dashed.'),
  pointLabel: z.string().trim().min(1).max(100).optional(),
  lower: Series.optional().describe('Lower edge of the uncertainty band, one value per year.'),
  upper: Series.optional().describe('Upper edge of the uncertainty band, one value per year.'),
  bandLabel: z.string().trim().min(1).max(100).optional(),
  width: z.int().min(320).max(2400).optional(),
  height: z.int().min(240).max(1600).optional(),
});

/** What {@link ProjectionChartSchema} accepts. */
export type ProjectionChart = z.input<typeof ProjectionChartSchema>;

/**
 * The chart data of a projection or simulation: yearly totals, and for a simulation the mean, the point
 * projection and the band between the lowest and highest quantiles reported.
 *
 * @param result - a result of {@link projectDemand} or {@link simulateDemand}
 * @param title - the chart title; defaults to the measure
 * @returns data for {@link renderProjectionSvg}
 * @throws {@link adult-social-care-rules!RulesError} when `result` is not a projection or simulation result
 *
 * @example
 * ```ts
 * import { projectionChartData, renderProjectionSvg, type DemandSimulation } from 'adult-social-care-rules/demand';
 *
 * declare const sim: DemandSimulation;
 * const svg = renderProjectionSvg(projectionChartData(sim));
 * ```
 */
export function projectionChartData(result: DemandProjection | DemandSimulation, title?: string): ProjectionChart {
  _parse('projectionChartData', ResultShape, result);
  if (title !== undefined) _parse('projectionChartData', z.string().trim().min(1).max(200), title);
  const years = result.totals.map((t) => t.year);
  if (result.kind === 'demand-projection') {
    return { title: title ?? result.measure, yLabel: 'People', years, central: result.totals.map((t) => Number(t.people.exact)), centralLabel: 'Projection' };
  }
  const qs = result.totals[0]?.quantiles ?? [];
  const lo = qs[0];
  const hi = qs[qs.length - 1];
  const band = lo !== undefined && hi !== undefined && lo.q < hi.q;
  return {
    title: title ?? result.measure,
    yLabel: 'People',
    years,
    central: result.totals.map((t) => Number(t.mean)),
    centralLabel: `Mean of ${result.draws.toLocaleString('en-GB')} draws`,
    point: result.totals.map((t) => Number(t.point)),
    pointLabel: 'Point projection',
    ...(band
      ? {
          lower: result.totals.map((t) => Number(t.quantiles[0]!.value)),
          upper: result.totals.map((t) => Number(t.quantiles[t.quantiles.length - 1]!.value)),
          bandLabel: `${fmtQ(lo.q)}–${fmtQ(hi.q)} quantile band`,
        }
      : {}),
  };
}

function fmtQ(q: number): string {
  return `${Number((q * 100).toFixed(2))}%`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A "nice" step (1, 2, 2.5 or 5 × 10^k) giving about `target` intervals over `span`. */
function niceStep(span: number, target: number): number {
  if (span <= 0) return 1;
  const raw = span / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const f = raw / mag;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * mag;
}

function fmtNumber(v: number, step: number): string {
  const places = step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step)));
  const [int, frac] = Math.abs(v).toFixed(places).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${v < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

const f1 = (n: number): string => n.toFixed(1);

/**
 * Draws a projection as a standalone SVG document (a string): the central line with markers, an optional
 * dashed point line, an optional shaded uncertainty band, axes with rounded ticks, a title and a legend.
 * Pure: no fonts, scripts or external references; text is escaped.
 *
 * @param chart - the data (see {@link projectionChartData})
 * @returns the SVG markup
 * @throws {@link adult-social-care-rules!RulesError} when series lengths differ from the years, or a lower edge is above its upper
 *
 * @example
 * ```ts
 * import { renderProjectionSvg } from 'adult-social-care-rules/demand';
 *
 * const svg = renderProjectionSvg({
 *   title: 'People aged 65+ with dementia', yLabel: 'People', years: [2025, 2030],
 *   central: [1000, 1200], centralLabel: 'Mean', lower: [900, 1000], upper: [1100, 1400], bandLabel: '95% band',
 * });
 * svg.startsWith('<svg'); //=> true
 * ```
 */
export function renderProjectionSvg(chart: ProjectionChart): string {
  const c = _parse('renderProjectionSvg', ProjectionChartSchema, chart);
  const n = c.years.length;
  const issues: RulesIssue[] = [];
  for (const k of ['central', 'point', 'lower', 'upper'] as const) {
    const s = c[k];
    if (s !== undefined && s.length !== n) issues.push(_issue('inconsistent_input', [k], `must have one value per year (${n})`));
  }
  if ((c.lower === undefined) !== (c.upper === undefined)) issues.push(_issue('inconsistent_input', ['lower'], 'give both lower and upper, or neither'));
  if (c.lower && c.upper && c.lower.some((v, i) => v > (c.upper![i] ?? Infinity))) issues.push(_issue('inconsistent_input', ['lower'], 'a lower edge is above its upper edge'));
  for (let i = 1; i < n; i += 1) if (c.years[i]! <= c.years[i - 1]!) issues.push(_issue('inconsistent_input', ['years', i], 'years must increase'));
  if (issues.length > 0) throw new RulesError('renderProjectionSvg', issues);

  const W = c.width ?? 760;
  const H = c.height ?? 440;
  const m = { left: 84, right: 24, top: 56, bottom: 92 };
  const pw = W - m.left - m.right;
  const ph = H - m.top - m.bottom;
  const all = [...c.central, ...(c.point ?? []), ...(c.upper ?? [])];
  // A chart of people needs no scale below one millionth: tinier maxima (or 0) get a 0-1 axis.
  const maxV = Math.max(...all, 0);
  const top = maxV < 1e-6 ? 1 : maxV;
  const yStep = niceStep(top * 1.05, 6);
  const yMax = Math.max(yStep, Math.ceil((top * 1.05) / yStep) * yStep);
  const y0 = c.years[0]!;
  const y1 = c.years[n - 1]!;
  const x = (year: number): number => m.left + (n === 1 ? pw / 2 : ((year - y0) / (y1 - y0)) * pw);
  const y = (v: number): number => m.top + ph - (v / yMax) * ph;
  const path = (s: readonly number[]): string => s.map((v, i) => `${f1(x(c.years[i]!))},${f1(y(v))}`).join(' ');

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc" font-family="Arial, Helvetica, sans-serif">`);
  out.push(`<title id="chart-title">${esc(c.title)}</title>`);
  const desc = `${c.centralLabel} from ${fmtNumber(c.central[0]!, 1)} in ${y0} to ${fmtNumber(c.central[n - 1]!, 1)} in ${y1}${c.lower && c.upper ? `; ${c.bandLabel ?? 'band'} ${fmtNumber(c.lower[n - 1]!, 1)} to ${fmtNumber(c.upper[n - 1]!, 1)} in ${y1}` : ''}.`;
  out.push(`<desc id="chart-desc">${esc(desc)}</desc>`);
  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${W / 2}" y="30" text-anchor="middle" font-size="18" font-weight="bold" fill="#1a1a1a">${esc(c.title)}</text>`);

  // Grid and y ticks.
  out.push('<g class="y-axis" font-size="12" fill="#333333">');
  for (let v = 0; v <= yMax + yStep / 2; v += yStep) {
    const yy = f1(y(v));
    out.push(`<line x1="${m.left}" y1="${yy}" x2="${m.left + pw}" y2="${yy}" stroke="#e0e0e0" stroke-width="1"/>`);
    out.push(`<text x="${m.left - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle">${fmtNumber(v, yStep)}</text>`);
  }
  out.push(`<text x="18" y="${m.top + ph / 2}" text-anchor="middle" transform="rotate(-90 18 ${m.top + ph / 2})" font-size="13">${esc(c.yLabel)}</text>`);
  out.push('</g>');

  // X ticks: whole years, at most about 10 labels.
  const xStep = Math.max(1, Math.round(niceStep(Math.max(1, y1 - y0), 10)));
  out.push('<g class="x-axis" font-size="12" fill="#333333">');
  out.push(`<line x1="${m.left}" y1="${m.top + ph}" x2="${m.left + pw}" y2="${m.top + ph}" stroke="#333333" stroke-width="1"/>`);
  // Ticks on multiples of the step (2030, 2035, …), so round years and, usually, the last year are labelled.
  for (let yr = Math.ceil(y0 / xStep) * xStep; yr <= y1; yr += xStep) {
    const xx = f1(x(yr));
    out.push(`<line x1="${xx}" y1="${m.top + ph}" x2="${xx}" y2="${m.top + ph + 5}" stroke="#333333"/>`);
    out.push(`<text x="${xx}" y="${m.top + ph + 20}" text-anchor="middle">${yr}</text>`);
  }
  out.push(`<text x="${m.left + pw / 2}" y="${m.top + ph + 40}" text-anchor="middle" font-size="13">Year</text>`);
  out.push('</g>');

  if (c.lower && c.upper) {
    const poly = `${path(c.upper)} ${path(c.lower).split(' ').reverse().join(' ')}`;
    out.push(`<polygon class="band" points="${poly}" fill="#9ecae1" fill-opacity="0.55" stroke="none"/>`);
  }
  out.push(`<polyline class="central" points="${path(c.central)}" fill="none" stroke="#08519c" stroke-width="2.5"/>`);
  if (n <= 60) for (const [i, v] of c.central.entries()) out.push(`<circle cx="${f1(x(c.years[i]!))}" cy="${f1(y(v))}" r="3" fill="#08519c"/>`);
  // The dashed point line goes on top: it often lies on the mean, and would otherwise be hidden.
  if (c.point) out.push(`<polyline class="point" points="${path(c.point)}" fill="none" stroke="#d95f02" stroke-width="2" stroke-dasharray="6 4"/>`);

  // Legend, under the x axis label.
  const items: string[] = [];
  const ly = H - 20;
  let lx = m.left;
  const add = (swatch: string, label: string): void => {
    items.push(`${swatch.replaceAll('{x}', String(lx)).replaceAll('{x2}', String(lx + 28))}<text x="${lx + 36}" y="${ly + 4}" font-size="12" fill="#1a1a1a">${esc(label)}</text>`);
    lx += 48 + label.length * 7;
  };
  add(`<line x1="{x}" y1="${ly}" x2="{x2}" y2="${ly}" stroke="#08519c" stroke-width="2.5"/>`, c.centralLabel);
  if (c.point) add(`<line x1="{x}" y1="${ly}" x2="{x2}" y2="${ly}" stroke="#d95f02" stroke-width="2" stroke-dasharray="6 4"/>`, c.pointLabel ?? 'Point');
  if (c.lower && c.upper) add(`<rect x="{x}" y="${ly - 6}" width="28" height="12" fill="#9ecae1" fill-opacity="0.55"/>`, c.bandLabel ?? 'Uncertainty band');
  out.push(`<g class="legend">${items.join('')}</g>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

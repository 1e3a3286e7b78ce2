import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import type { DemandProjection } from './projectDemand.js';
import type { DemandSimulation } from './simulateDemand.js';
import type { ScenarioComparison } from './compare.js';

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

/** The colours and dash patterns of extra series, in order (colour-blind-safe Okabe-Ito hues). */
const SERIES_STYLE = [
  { colour: '#d55e00', dash: '8 4' },
  { colour: '#009e73', dash: '2 3' },
  { colour: '#cc79a7', dash: '10 3 2 3' },
  { colour: '#e69f00', dash: '4 4' },
  { colour: '#56b4e9', dash: '1 2' },
  { colour: '#000000', dash: '12 4' },
  { colour: '#f0e442', dash: '6 2' },
  { colour: '#999999', dash: '3 6' },
] as const;

/** The data of a projection chart: one central line, an optional point line, an optional band and extra series. */
export const ProjectionChartSchema = z.strictObject({
  title: z.string().trim().min(1).max(200).describe('The title; wrapped onto a second line, then shortened with "…", when too long for the width.'),
  yLabel: z.string().trim().min(1).max(100).describe('What the vertical axis counts, e.g. "People".'),
  years: z.array(z.int().min(1900).max(2200)).min(1).max(200),
  central: Series.describe('The central line (mean, projection or baseline), one value per year.'),
  centralLabel: z.string().trim().min(1).max(100),
  point: Series.optional().describe('An optional second line (e.g. the point projection), dashed.'),
  pointLabel: z.string().trim().min(1).max(100).optional(),
  lower: Series.optional().describe('Lower edge of the uncertainty band, one value per year.'),
  upper: Series.optional().describe('Upper edge of the uncertainty band, one value per year.'),
  bandLabel: z.string().trim().min(1).max(100).optional(),
  series: z
    .array(z.strictObject({ label: z.string().trim().min(1).max(100), values: Series }))
    .max(8)
    .optional()
    .describe('Further lines (e.g. scenario variants), each with its own colour, dash pattern and legend entry.'),
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

const ComparisonShape = z.looseObject({
  kind: z.literal('scenario-comparison'),
  measure: z.string(),
  baseline: z.looseObject({ name: z.string(), projection: z.looseObject({ totals: z.array(z.looseObject({ year: z.int(), people: z.looseObject({ exact: z.string() }) })) }) }),
  variants: z.array(z.looseObject({ name: z.string(), projection: z.looseObject({ totals: z.array(z.looseObject({ people: z.looseObject({ exact: z.string() }) })) }) })).max(8),
});

/**
 * The chart data of a scenario comparison: the baseline as the central line and each variant as its own
 * line, colour and dash pattern, all named in the legend.
 *
 * @param comparison - a result of {@link compareScenarios}
 * @param title - the chart title; defaults to the measure
 * @returns data for {@link renderProjectionSvg}
 * @throws {@link adult-social-care-rules!RulesError} when `comparison` is not a comparison result
 *
 * @example
 * ```ts
 * import { comparisonChartData, renderProjectionSvg, type ScenarioComparison } from 'adult-social-care-rules/demand';
 *
 * declare const cmp: ScenarioComparison;
 * const svg = renderProjectionSvg(comparisonChartData(cmp));
 * ```
 */
export function comparisonChartData(comparison: ScenarioComparison, title?: string): ProjectionChart {
  _parse('comparisonChartData', ComparisonShape, comparison);
  if (title !== undefined) _parse('comparisonChartData', z.string().trim().min(1).max(200), title);
  const base = comparison.baseline.projection.totals;
  return {
    title: title ?? comparison.measure,
    yLabel: 'People',
    years: base.map((t) => t.year),
    central: base.map((t) => Number(t.people.exact)),
    centralLabel: comparison.baseline.name,
    series: comparison.variants.map((v) => ({ label: v.name, values: v.projection.totals.map((t) => Number(t.people.exact)) })),
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
  (c.series ?? []).forEach((s, i) => {
    if (s.values.length !== n) issues.push(_issue('inconsistent_input', ['series', i, 'values'], `must have one value per year (${n})`));
  });
  if ((c.lower === undefined) !== (c.upper === undefined)) issues.push(_issue('inconsistent_input', ['lower'], 'give both lower and upper, or neither'));
  if (c.lower && c.upper && c.lower.some((v, i) => v > (c.upper![i] ?? Infinity))) issues.push(_issue('inconsistent_input', ['lower'], 'a lower edge is above its upper edge'));
  for (let i = 1; i < n; i += 1) if (c.years[i]! <= c.years[i - 1]!) issues.push(_issue('inconsistent_input', ['years', i], 'years must increase'));
  if (issues.length > 0) throw new RulesError('renderProjectionSvg', issues);

  const W = c.width ?? 760;
  const H = c.height ?? 440;
  const series = c.series ?? [];
  const all = [...c.central, ...(c.point ?? []), ...(c.upper ?? []), ...series.flatMap((s) => s.values)];
  // A chart of people needs no scale below one millionth: tinier maxima (or 0) get a 0-1 axis.
  const maxV = Math.max(...all, 0);
  const top = maxV < 1e-6 ? 1 : maxV;
  const yStep = niceStep(top * 1.05, 6);
  const yMax = Math.max(yStep, Math.ceil((top * 1.05) / yStep) * yStep);
  const tickLabels: string[] = [];
  for (let v = 0; v <= yMax + yStep / 2; v += yStep) tickLabels.push(fmtNumber(v, yStep));

  // Text widths are estimated (no font metrics in a pure function): 0.6 em a character is a safe upper bound
  // for Arial digits and most letters.
  const charW = (size: number): number => size * 0.6;
  const titleLines = wrapText(c.title, Math.floor((W - 32) / charW(18)), 2);
  const tickW = Math.max(...tickLabels.map((t) => t.length)) * charW(12);
  const legendItems = legendEntries(c, series);
  const legendRows = layoutLegend(legendItems, W - 48, charW(12));
  const m = { left: Math.ceil(tickW + 8 + 30), right: 24, top: 24 + titleLines.length * 22 + 10, bottom: 56 + legendRows.length * 20 };
  const pw = W - m.left - m.right;
  const ph = Math.max(40, H - m.top - m.bottom);
  const y0 = c.years[0]!;
  const y1 = c.years[n - 1]!;
  const x = (year: number): number => m.left + (n === 1 ? pw / 2 : ((year - y0) / (y1 - y0)) * pw);
  const y = (v: number): number => m.top + ph - (v / yMax) * ph;
  const path = (s: readonly number[]): string => s.map((v, i) => `${f1(x(c.years[i]!))},${f1(y(v))}`).join(' ');

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc" font-family="Arial, Helvetica, sans-serif">`);
  out.push(`<title id="chart-title">${esc(c.title)}</title>`);
  const extra = series.map((s) => `; ${s.label} ${fmtNumber(s.values[n - 1]!, 1)} in ${y1}`).join('');
  const desc = `${c.centralLabel} from ${fmtNumber(c.central[0]!, 1)} in ${y0} to ${fmtNumber(c.central[n - 1]!, 1)} in ${y1}${c.lower && c.upper ? `; ${c.bandLabel ?? 'band'} ${fmtNumber(c.lower[n - 1]!, 1)} to ${fmtNumber(c.upper[n - 1]!, 1)} in ${y1}` : ''}${extra}.`;
  out.push(`<desc id="chart-desc">${esc(desc)}</desc>`);
  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  titleLines.forEach((line, i) => out.push(`<text class="title" x="${W / 2}" y="${30 + i * 22}" text-anchor="middle" font-size="18" font-weight="bold" fill="#1a1a1a">${esc(line)}</text>`));

  // Grid and y ticks; the axis label sits left of the widest tick label, so they never overlap.
  out.push('<g class="y-axis" font-size="12" fill="#333333">');
  tickLabels.forEach((label, i) => {
    const yy = f1(y(i * yStep));
    out.push(`<line x1="${m.left}" y1="${yy}" x2="${m.left + pw}" y2="${yy}" stroke="#e0e0e0" stroke-width="1"/>`);
    out.push(`<text x="${m.left - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle">${label}</text>`);
  });
  const yLabelX = f1(m.left - 8 - tickW - 12);
  out.push(`<text class="y-label" x="${yLabelX}" y="${m.top + ph / 2}" text-anchor="middle" transform="rotate(-90 ${yLabelX} ${m.top + ph / 2})" font-size="13">${esc(shorten(c.yLabel, Math.floor(ph / charW(13))))}</text>`);
  out.push('</g>');

  // X ticks: whole years, at most about 10 labels, on multiples of the step (2030, 2035, …); the first and
  // last years are always labelled, and a step label too close to either is left out.
  const xStep = Math.max(1, Math.round(niceStep(Math.max(1, y1 - y0), 10)));
  const labelled = new Set<number>([y0, y1]);
  const minGap = Math.max(charW(12) * 4 + 16, n === 1 ? 0 : 0.6 * (pw * xStep) / Math.max(1, y1 - y0));
  for (let yr = Math.ceil(y0 / xStep) * xStep; yr <= y1; yr += xStep) {
    if (Math.abs(x(yr) - x(y0)) >= minGap && Math.abs(x(y1) - x(yr)) >= minGap) labelled.add(yr);
  }
  out.push('<g class="x-axis" font-size="12" fill="#333333">');
  out.push(`<line x1="${m.left}" y1="${m.top + ph}" x2="${m.left + pw}" y2="${m.top + ph}" stroke="#333333" stroke-width="1"/>`);
  for (const yr of [...labelled].sort((a, b) => a - b)) {
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
  series.forEach((s, i) => {
    const st = SERIES_STYLE[i % SERIES_STYLE.length]!;
    out.push(`<polyline class="series" data-label="${esc(s.label)}" points="${path(s.values)}" fill="none" stroke="${st.colour}" stroke-width="2.2" stroke-dasharray="${st.dash}"/>`);
  });
  // The dashed point line goes on top: it often lies on the mean, and would otherwise be hidden.
  if (c.point) out.push(`<polyline class="point" points="${path(c.point)}" fill="none" stroke="#d95f02" stroke-width="2" stroke-dasharray="6 4"/>`);

  // Legend under the x-axis label, wrapped onto as many rows as it needs within the width.
  const items: string[] = [];
  legendRows.forEach((row, r) => {
    const ly = m.top + ph + 64 + r * 20;
    let lx = 24;
    for (const it of row) {
      items.push(`${it.swatch.replaceAll('{x}', f1(lx)).replaceAll('{x2}', f1(lx + 28)).replaceAll('{y}', f1(ly)).replaceAll('{yr}', f1(ly - 6))}<text x="${f1(lx + 36)}" y="${f1(ly + 4)}" font-size="12" fill="#1a1a1a">${esc(it.label)}</text>`);
      lx += it.width;
    }
  });
  out.push(`<g class="legend">${items.join('')}</g>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

interface LegendItem {
  readonly swatch: string;
  readonly label: string;
  readonly width: number;
}

function legendEntries(c: z.output<typeof ProjectionChartSchema>, series: readonly { label: string }[]): Omit<LegendItem, 'width'>[] {
  const items: Omit<LegendItem, 'width'>[] = [{ swatch: '<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" stroke="#08519c" stroke-width="2.5"/>', label: c.centralLabel }];
  series.forEach((s, i) => {
    const st = SERIES_STYLE[i % SERIES_STYLE.length]!;
    items.push({ swatch: `<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" stroke="${st.colour}" stroke-width="2.2" stroke-dasharray="${st.dash}"/>`, label: s.label });
  });
  if (c.point) items.push({ swatch: '<line x1="{x}" y1="{y}" x2="{x2}" y2="{y}" stroke="#d95f02" stroke-width="2" stroke-dasharray="6 4"/>', label: c.pointLabel ?? 'Point' });
  if (c.lower && c.upper) items.push({ swatch: '<rect x="{x}" y="{yr}" width="28" height="12" fill="#9ecae1" fill-opacity="0.55"/>', label: c.bandLabel ?? 'Uncertainty band' });
  return items;
}

/** Puts legend entries in rows no wider than `room`; a label too long for a row of its own is shortened. */
function layoutLegend(entries: readonly Omit<LegendItem, 'width'>[], room: number, charWidth: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const e of entries) {
    const label = shorten(e.label, Math.max(4, Math.floor((room - 36 - 16) / charWidth)));
    const width = 36 + label.length * charWidth + 20;
    if (row.length > 0 && used + width > room) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ swatch: e.swatch, label, width });
    used += width;
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Shortens text to `max` characters, ending with "…" when cut. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…`;
}

/** Wraps text at spaces into at most `lines` lines of `max` characters; the last line is shortened if need be. */
function wrapText(text: string, max: number, lines: number): string[] {
  const words = text.split(/\s+/);
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur === '') cur = w;
    else if (cur.length + 1 + w.length <= max) cur += ` ${w}`;
    else {
      out.push(cur);
      cur = w;
    }
  }
  if (cur !== '') out.push(cur);
  if (out.length <= lines) return out.map((l) => shorten(l, max));
  const kept = out.slice(0, lines - 1);
  kept.push(shorten(out.slice(lines - 1).join(' '), max));
  return kept.map((l) => shorten(l, max));
}

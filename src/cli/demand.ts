import { parseArgs } from 'node:util';
import { projectDemand, projectionChartData, renderProjectionSvg, simulateDemand, type DemandProjection, type DemandSimulation, type ProjectDemandInput } from '../demand/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, printJson, readJson, type CliIo } from './io.js';

const USAGE = `Usage: asc-rules demand project <input.json> [--format json|csv] [--chart <file.svg>]
       asc-rules demand simulate <input.json> --seed <n> [--draws <n>] [--quantiles 0.025,0.5,0.975]
                                 [--format json|csv] [--chart <file.svg>]

Projects demand (population × rate by area, year, sex and age band, with scenario levers) from a JSON
file shaped like 'asc-rules schema demand-project'. 'simulate' adds Monte Carlo over the rates'
confidence intervals with a seeded generator: the same seed gives the same numbers.

Options:
  --format json|csv   json (default): the full result with its trace; csv: one row per cell and year,
                      then one row per year's total (area "(total)"), with self-funders if asked
  --chart <file.svg>  also write an SVG chart of the yearly totals (with the quantile band for simulate)
  --seed <n>          simulate: seed, a whole number from 0 to 4294967295 (required)
  --draws <n>         simulate: number of draws (default 1000)
  --quantiles <list>  simulate: comma-separated quantiles (default 0.025,0.5,0.975)
`;

function csvField(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

/** The CSV layout of a projection: cells, then totals. */
export function projectionCsv(r: DemandProjection): string {
  const withPackages = r.cells.some((c) => c.packages !== undefined);
  const withSelfFunders = r.totals.some((t) => t.selfFunders !== undefined);
  const sfHead = withSelfFunders ? ['selfFunded', 'totalWithSelfFunders'] : [];
  const head = ['year', 'area', 'group', 'sex', 'ageBand', 'population', 'rate', 'people', ...(withPackages ? ['packages'] : []), 'growthPercent', ...sfHead];
  const rows: (string | number)[][] = [head];
  for (const c of r.cells) rows.push([c.year, c.area, c.group, c.sex, c.ageBand, c.population, c.rate, c.people.rounded, ...(withPackages ? [c.packages?.rounded ?? ''] : []), '', ...sfHead.map(() => '')]);
  for (const t of r.totals) {
    const sf = withSelfFunders ? [t.selfFunders?.selfFunded ?? '', t.selfFunders?.total ?? ''] : [];
    rows.push([t.year, '(total)', '', '', '', '', '', t.people.rounded, ...(withPackages ? [t.packages?.rounded ?? ''] : []), t.growth.growthPercent ?? '', ...sf]);
  }
  return csv(rows);
}

/** The CSV layout of a simulation: cells, then totals, with point, mean and each quantile. */
export function simulationCsv(r: DemandSimulation): string {
  const qs = r.totals[0]?.quantiles.map((q) => `q${q.q}`) ?? [];
  const rows: (string | number)[][] = [['year', 'area', 'group', 'sex', 'ageBand', 'point', 'mean', ...qs]];
  for (const c of r.cells) rows.push([c.year, c.area, c.group, c.sex, c.ageBand, c.point, c.mean, ...c.quantiles.map((q) => q.value)]);
  for (const t of r.totals) rows.push([t.year, '(total)', '', '', '', t.point, t.mean, ...t.quantiles.map((q) => q.value)]);
  return csv(rows);
}

function wholeNumber(text: string | undefined, flag: string, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`demand simulate needs ${flag} <n>`);
    return fallback;
  }
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number`);
  return Number(text);
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      chart: { type: 'string' },
      seed: { type: 'string' },
      draws: { type: 'string' },
      quantiles: { type: 'string' },
    },
  });
  const [sub, file, ...rest] = positionals;
  if (sub !== 'project' && sub !== 'simulate') throw new UsageError('demand takes "project" or "simulate"; asc-rules demand --help shows the usage');
  if (file === undefined || rest.length > 0) throw new UsageError(`demand ${sub} takes one input file`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
  if (sub === 'project' && (values.seed !== undefined || values.draws !== undefined || values.quantiles !== undefined)) {
    throw new UsageError('--seed, --draws and --quantiles belong to demand simulate');
  }
  const input = (await readJson(io, file)) as ProjectDemandInput;
  let result: DemandProjection | DemandSimulation;
  if (sub === 'project') {
    result = projectDemand(input);
  } else {
    const quantiles = values.quantiles?.split(',').map((q) => {
      if (!/^0?\.\d+$/.test(q.trim())) throw new UsageError('--quantiles must be numbers between 0 and 1, e.g. 0.05,0.5,0.95');
      return Number(q);
    });
    result = simulateDemand(input, { seed: wholeNumber(values.seed, '--seed'), draws: wholeNumber(values.draws, '--draws', 1000), ...(quantiles === undefined ? {} : { quantiles }) });
  }
  if (format === 'csv') io.stdout(result.kind === 'demand-projection' ? projectionCsv(result) : simulationCsv(result));
  else printJson(io, result);
  if (values.chart !== undefined) {
    await io.writeText(values.chart, renderProjectionSvg(projectionChartData(result)));
    io.stderr(`chart written to ${values.chart}\n`);
  }
  return EXIT.ok;
}

/** `asc-rules demand project|simulate <file.json>`. */
export const demandCommand: CliCommand = {
  name: 'demand',
  summary: 'project demand (population × rate) or simulate it over rate intervals; JSON, CSV and SVG chart',
  usage: USAGE,
  run,
};

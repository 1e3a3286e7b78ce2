import { parseArgs } from 'node:util';
import {
  compareScenarios,
  comparisonChartData,
  comparisonCsv,
  indicatorCsv,
  projectCareHomeStock,
  projectCosts,
  projectCostsFromDemand,
  projectDemand,
  projectIndicators,
  projectionChartData,
  projectionCsv,
  renderProjectionSvg,
  simulateDemand,
  simulationCsv,
  type CareHomeStockProjection,
  type CostProjection,
  type CsvLayout,
  type DemandPack,
  type ProjectDemandInput,
  type ProjectIndicatorsInput,
} from '../demand/index.js';
import { readOnsPopulationCsv } from '../readers/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, printJson, readJson, traceText, type CliIo } from './io.js';
import { packOption, packUsage } from './packFiles.js';

export { projectionCsv, simulationCsv } from '../demand/index.js';

const USAGE = `Usage: asc-rules demand project <input.json> [--population <ons.csv>] [--format json|csv|text] [--layout long|wide] [--chart <file.svg>]
       asc-rules demand simulate <input.json> --seed <n> [--draws <n>] [--quantiles 0.025,0.5,0.975]
                                 [--variant <name>=<ons.csv> …] [--format json|csv|text] [--layout long|wide] [--chart <file.svg>]
       asc-rules demand indicators <input.json> [--population <ons.csv>] [--format json|csv|text] [--layout wide|long]
       asc-rules demand compare <input.json> --variants <variants.json> [--population <ons.csv>] [--format json|csv|text] [--chart <file.svg>]
       asc-rules demand costs <costs.json> [--format json|csv|text]
       asc-rules demand costs <input.json> --mix <mix.json> [--format json|csv|text]
       asc-rules demand care-home-stock <input.json> [--format json|csv|text]

project     population × rate by area, year, sex and age band, with scenario levers ('schema demand-project')
simulate    Monte Carlo over the rates' intervals (and population variants, and a unit-cost range given in
            the options of the library call); the same seed gives the same numbers
indicators  several measures on one population, each with its own totals, and the POPPI-style table
            (input: { asOf, population, indicators: [{ measure, rates }], scenario? })
compare     the input as baseline and named variants side by side (variants.json: { baselineName?,
            variants: [{ name, scenario }] })
costs       projectCosts on volumes ('schema demand-costs'), or a projection costed through a service mix
            (mix.json: { mix: [{ service, share, unitCost: { amount, priceYear, unitsPerYear? } }],
            options: { asOf, upliftPerYear?, priceBase?: cash|real, basis?: people|packages } })
care-home-stock  care-home beds as a stock-flow ('schema demand-care-home-stock')

Every subcommand also takes [--pack FILE …].

Options:
${packUsage('demand')}
  --population <ons.csv>  read the population from an ONS SNPP or NOMIS CSV (single years or 5-year bands,
                          sex codes 1/2, M/F, male(s)/female(s), persons); it replaces the input's population
  --from-age <n>          with --population or --variant: keep ages from n (default 18)
  --format json|csv|text  json (default): the full result with its trace; csv: a header block of metadata
                          (lines starting with #), then the table; text: the trace in plain English, one
                          numbered line per rule (indicators and compare, which have no single trace: JSON)
  --layout long|wide      csv layout: long (one row per cell and year) or wide (POPPI-style, a column per year)
  --chart <file.svg>      also write an SVG chart (project, simulate, compare)
  --seed <n>              simulate: seed, a whole number from 0 to 4294967295 (required)
  --draws <n>             simulate: number of draws (default 1000)
  --quantiles <list>      simulate: comma-separated quantiles (default 0.025,0.5,0.975)
  --variant <name>=<csv>  simulate: a population variant (e.g. high=snpp-high.csv), repeatable
`;

function wholeNumber(text: string | undefined, flag: string, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new UsageError(`demand simulate needs ${flag} <n>`);
    return fallback;
  }
  if (!/^\d+$/.test(text)) throw new UsageError(`${flag} must be a whole number`);
  return Number(text);
}

function csvField(v: string | number | null): string {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function costsCsv(r: CostProjection): string {
  const head = [
    `# price base: ${r.priceBase.kind} (${r.priceBase.meaning})`,
    `# uplift per year: ${r.upliftPerYear}`,
    `# defaults applied: ${r.defaultsApplied.length === 0 ? 'none' : r.defaultsApplied.join('; ')}`,
    `# rounding: ${r.rounding.note}`,
    `# rule pack: ${r.pack.id}@${r.pack.version}`,
  ];
  const rows = [['service', 'year', 'quantity', 'unitCost', 'cost'].join(',')];
  for (const l of r.lines) rows.push([l.service, l.year, l.quantity, l.unitCost, l.cost].map(csvField).join(','));
  for (const t of r.totals) rows.push(['(total)', t.year, '', '', t.cost].map(csvField).join(','));
  return `${head.join('\n')}\n${rows.join('\n')}\n`;
}

function stockCsv(r: CareHomeStockProjection): string {
  const head = [`# method: ${r.method.replace(/[\r\n]+/g, ' ')}`, `# first year with a waiting list: ${r.firstYearWithWaitingList ?? 'none'}`, `# rule pack: ${r.pack.id}@${r.pack.version}`];
  const rows = [['year', 'capacity', 'newDemand', 'admitted', 'leaving', 'occupiedEnd', 'waitingEnd', 'occupancyPercent'].join(',')];
  for (const y of r.years) rows.push([y.year, y.capacity, y.newDemand, y.admitted, y.leaving, y.occupiedEnd, y.waitingEnd, y.occupancyPercent].map(csvField).join(','));
  return `${head.join('\n')}\n${rows.join('\n')}\n`;
}

async function readPopulation(io: CliIo, file: string, fromAge: number): Promise<ProjectDemandInput['population']> {
  return readOnsPopulationCsv(await io.readText(file), { fromAge }).rows;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      layout: { type: 'string' },
      chart: { type: 'string' },
      seed: { type: 'string' },
      draws: { type: 'string' },
      quantiles: { type: 'string' },
      population: { type: 'string' },
      'from-age': { type: 'string' },
      variant: { type: 'string', multiple: true },
      variants: { type: 'string' },
      mix: { type: 'string' },
      pack: { type: 'string', multiple: true },
    },
  });
  const [sub, file, ...rest] = positionals;
  const subs = ['project', 'simulate', 'indicators', 'compare', 'costs', 'care-home-stock'];
  if (sub === undefined || !subs.includes(sub)) throw new UsageError(`demand takes one of ${subs.join(', ')}; asc-rules demand --help shows the usage`);
  if (file === undefined || rest.length > 0) throw new UsageError(`demand ${sub} takes one input file`);
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv' && format !== 'text') throw new UsageError('--format must be json, csv or text');
  const layoutText = values.layout;
  if (layoutText !== undefined && layoutText !== 'long' && layoutText !== 'wide') throw new UsageError('--layout must be long or wide');
  const layout = layoutText as CsvLayout | undefined;
  const simulateOnly = values.seed !== undefined || values.draws !== undefined || values.quantiles !== undefined || values.variant !== undefined;
  if (sub !== 'simulate' && simulateOnly) throw new UsageError('--seed, --draws, --quantiles and --variant belong to demand simulate');
  if (values.variants !== undefined && sub !== 'compare') throw new UsageError('--variants belongs to demand compare');
  if (values.mix !== undefined && sub !== 'costs') throw new UsageError('--mix belongs to demand costs');
  if (values.population !== undefined && (sub === 'costs' || sub === 'care-home-stock')) throw new UsageError(`--population does not apply to demand ${sub}`);
  if (values.chart !== undefined && !['project', 'simulate', 'compare'].includes(sub)) throw new UsageError(`--chart does not apply to demand ${sub}`);
  const fromAge = wholeNumber(values['from-age'], '--from-age', 18);

  const input = (await readJson(io, file)) as Record<string, unknown>;
  const pack = (await packOption(io, `asc-rules demand ${sub}`, 'demand', values.pack)) as DemandPack;
  // The pack goes into the options the file gives (costs, mix) only when --pack is given and they are an object:
  // otherwise the library refuses them as written, with its own message.
  const withPack = <T>(options: T): T => (values.pack === undefined || typeof options !== 'object' || options === null || Array.isArray(options) ? options : { ...options, pack });
  if (values.population !== undefined && typeof input === 'object' && input !== null) input.population = await readPopulation(io, values.population, fromAge);
  let text = '';
  let json: unknown;
  let chart: string | undefined;
  if (sub === 'project') {
    const r = projectDemand(input as ProjectDemandInput, { pack });
    json = r;
    if (format === 'csv') text = projectionCsv(r, layout ?? 'long');
    chart = values.chart === undefined ? undefined : renderProjectionSvg(projectionChartData(r));
  } else if (sub === 'simulate') {
    const quantiles = values.quantiles?.split(',').map((q) => {
      if (!/^0?\.\d+$/.test(q.trim())) throw new UsageError('--quantiles must be numbers between 0 and 1, e.g. 0.05,0.5,0.95');
      return Number(q);
    });
    const populationVariants = await Promise.all(
      (values.variant ?? []).map(async (v) => {
        const m = /^([^=]+)=(.+)$/.exec(v);
        if (!m) throw new UsageError('--variant must be <name>=<file.csv>, e.g. high=snpp-high.csv');
        return { name: m[1]!, population: await readPopulation(io, m[2]!, fromAge) };
      }),
    );
    const r = simulateDemand(input as ProjectDemandInput, {
      seed: wholeNumber(values.seed, '--seed'),
      draws: wholeNumber(values.draws, '--draws', 1000),
      pack,
      ...(quantiles === undefined ? {} : { quantiles }),
      ...(populationVariants.length === 0 ? {} : { populationVariants }),
    });
    json = r;
    if (format === 'csv') text = simulationCsv(r, layout ?? 'long');
    chart = values.chart === undefined ? undefined : renderProjectionSvg(projectionChartData(r));
  } else if (sub === 'indicators') {
    const r = projectIndicators(input as ProjectIndicatorsInput, { pack });
    json = r;
    if (format === 'csv') text = indicatorCsv(r, layout ?? 'wide');
  } else if (sub === 'compare') {
    if (values.variants === undefined) throw new UsageError('demand compare needs --variants <variants.json>');
    const v = (await readJson(io, values.variants)) as Parameters<typeof compareScenarios>[1];
    const r = compareScenarios(input as ProjectDemandInput, withPack(v));
    json = r;
    if (format === 'csv') text = comparisonCsv(r, layout ?? 'wide');
    chart = values.chart === undefined ? undefined : renderProjectionSvg(comparisonChartData(r));
  } else if (sub === 'costs') {
    let r: CostProjection;
    if (values.mix !== undefined) {
      const mix = (await readJson(io, values.mix)) as { mix: Parameters<typeof projectCostsFromDemand>[1]; options: Parameters<typeof projectCostsFromDemand>[2] };
      r = projectCostsFromDemand(projectDemand(input as ProjectDemandInput, { pack }), mix?.mix, withPack(mix?.options));
    } else {
      const c = input as { volumes: Parameters<typeof projectCosts>[0]; unitCosts: Parameters<typeof projectCosts>[1]; options: Parameters<typeof projectCosts>[2] };
      r = projectCosts(c?.volumes, c?.unitCosts, withPack(c?.options));
    }
    json = r;
    if (format === 'csv') text = costsCsv(r);
  } else {
    const r = projectCareHomeStock(input as Parameters<typeof projectCareHomeStock>[0], { pack });
    json = r;
    if (format === 'csv') text = stockCsv(r);
  }
  if (format === 'csv') io.stdout(text);
  else if (format === 'text') io.stdout(traceText(json));
  else printJson(io, json);
  if (values.chart !== undefined && chart !== undefined) {
    await io.writeText(values.chart, chart);
    io.stderr(`chart written to ${values.chart}\n`);
  }
  return EXIT.ok;
}

/** `asc-rules demand project|simulate|indicators|compare|costs|care-home-stock <file.json>`. */
export const demandCommand: CliCommand = {
  name: 'demand',
  summary: 'project demand (population × rate), simulate it, compare scenarios, cost it, or model care-home beds; JSON, CSV and SVG',
  usage: USAGE,
  run,
};

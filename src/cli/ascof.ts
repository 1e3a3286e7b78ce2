import { ascofCldCommand } from './ascof-cld.js';
import { parseArgs } from 'node:util';
import * as z from 'zod';
import { RulesError, _issue, _parse, isRulesError, type RulesIssue } from '../core/errors.js';
import {
  calculateAscofMeasure,
  calculateLocalKpi,
  CarerSurveyResponseSchema,
  CarerSurveyOptionsSchema,
  formatAscofCsv,
  GeographySchema,
  LocalKpiInputSchema,
  scoreCarerSurvey,
  scoreUserSurvey,
  toAscofCsvRows,
  UserSurveyResponseSchema,
  UserSurveyOptionsSchema,
  AscofMeasureInputSchema,
  AscofYearSchema,
  AscofCountsSchema,
  type AscofCsvRow,
  type AscofMeasureResult,
  type SurveyMeasureResult,
  type AscofSpec,
} from '../ascof/index.js';
import type { CliCommand } from './command.js';
import type { RulePack } from '../core/rulePack.js';
import { EXIT, UsageError, printJson, readJson, traceText, type CliIo } from './io.js';
import { packOption, packUsage } from './packFiles.js';

// The fields the files share with the functions reuse the functions' schemas, so the words of ascofSchemaDocs
// (asc-rules schema ascof-*-file) reach them; the file's own fields carry theirs with .meta().

/** `asc-rules ascof measure <file>`: measures from counts. */
export const AscofMeasureFileSchema = z.strictObject({
  year: AscofYearSchema,
  geography: GeographySchema,
  measures: z
    .array(AscofCountsSchema.extend({ code: AscofMeasureInputSchema.shape.code, disaggregation: AscofMeasureInputSchema.shape.disaggregation }))
    .min(1)
    .meta({ title: 'Measures', description: 'One row per measure and disaggregation: the code and its counts (at least one row).' }),
});

/** `asc-rules ascof survey <file>`: ASCS or SACE responses. */
export const AscofSurveyFileSchema = z.discriminatedUnion('survey', [
  z.strictObject({
    survey: z.literal('ascs').meta({ title: 'Survey', description: 'ascs: the Adult Social Care Survey.' }), year: AscofYearSchema, geography: GeographySchema,
    strataPopulations: UserSurveyOptionsSchema.shape.strataPopulations, adjustedScrqolStrataPopulations: UserSurveyOptionsSchema.shape.adjustedScrqolStrataPopulations,
    disaggregate: UserSurveyOptionsSchema.shape.disaggregate, responses: z.array(UserSurveyResponseSchema).meta({ title: 'Responses', description: 'One entry per ASCS respondent.' }),
  }),
  z.strictObject({
    survey: z.literal('sace').meta({ title: 'Survey', description: 'sace: the Survey of Adult Carers in England.' }), year: AscofYearSchema, geography: GeographySchema,
    strataPopulations: CarerSurveyOptionsSchema.shape.strataPopulations, disaggregate: CarerSurveyOptionsSchema.shape.disaggregate,
    responses: z.array(CarerSurveyResponseSchema).meta({ title: 'Responses', description: 'One entry per SACE respondent.' }),
  }),
]);

/** `asc-rules ascof kpi <file>`: local KPIs. */
export const AscofKpiFileSchema = z.strictObject({
  geography: GeographySchema,
  kpis: z.array(LocalKpiInputSchema).min(1).meta({ title: 'KPIs', description: 'The local KPI inputs, each tagged with kpi (at least one).' }),
});

type Format = 'csv' | 'json' | 'text';

type AscofPack = RulePack<AscofSpec>;

async function readOptions(args: string[], io: CliIo, sub: string): Promise<{ file: string; format: Format; pack: AscofPack }> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'csv' }, pack: { type: 'string', multiple: true } } });
  if (values.format !== 'csv' && values.format !== 'json' && values.format !== 'text') throw new UsageError('--format must be csv, json or text');
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new UsageError('give exactly one input file (or - for standard input)');
  const pack = (await packOption(io, `asc-rules ascof ${sub}`, 'ascof', values.pack)) as AscofPack;
  return { file, format: values.format, pack };
}

function surveyRows(geography: z.input<typeof GeographySchema>, measures: readonly SurveyMeasureResult[]): AscofCsvRow[] {
  return measures.flatMap((m) => toAscofCsvRows(geography, {
    code: m.measure.code, disaggregation: m.disaggregation, base: m.publishedBase, numerator: m.measure.published.numerator, denominator: m.measure.published.denominator,
    outcome: m.measure.published.outcome, marginOfError: m.marginOfError?.value,
  }));
}

/**
 * Every measure of the file, or one RulesError listing the problems of every bad row with its place in the
 * file (`measures[1].code`, `measures[3].numerator`), not only the first (issue 14).
 */
function measuresOf(input: z.output<typeof AscofMeasureFileSchema>, pack: AscofPack): AscofMeasureResult[] {
  const results: AscofMeasureResult[] = [];
  const issues: RulesIssue[] = [];
  input.measures.forEach(({ code, disaggregation, ...counts }, i) => {
    try {
      results.push(calculateAscofMeasure(code, counts, { year: input.year, disaggregation, pack }));
    } catch (error) {
      if (!isRulesError(error)) throw error;
      for (const issue of error.issues) {
        // calculateAscofMeasure names `code`, `counts.<field>` and `options.<field>`: the file has them all on the row
        const [head, ...rest] = issue.path;
        const inRow = head === 'counts' || head === 'options' ? rest : issue.path;
        issues.push(_issue(issue.code, ['measures', i, ...inRow], issue.message));
      }
    }
  });
  if (issues.length > 0) throw new RulesError('ascof measure', issues);
  return results;
}

async function measure(args: string[], io: CliIo): Promise<number> {
  const { file, format, pack } = await readOptions(args, io, 'measure');
  const input = _parse('ascof measure', AscofMeasureFileSchema, await readJson(io, file));
  const results = measuresOf(input, pack);
  if (format === 'json') printJson(io, results);
  else if (format === 'text') io.stdout(traceText(results));
  else io.stdout(formatAscofCsv(results.flatMap((r) => toAscofCsvRows(input.geography, { code: r.code, disaggregation: r.disaggregation, ...r.published }))));
  return EXIT.ok;
}

async function survey(args: string[], io: CliIo): Promise<number> {
  const { file, format, pack } = await readOptions(args, io, 'survey');
  const input = _parse('ascof survey', AscofSurveyFileSchema, await readJson(io, file));
  const options = { year: input.year, strataPopulations: input.strataPopulations, disaggregate: input.disaggregate, pack };
  const result = input.survey === 'ascs'
    ? scoreUserSurvey(input.responses, { ...options, adjustedScrqolStrataPopulations: input.adjustedScrqolStrataPopulations })
    : scoreCarerSurvey(input.responses, options);
  if (format === 'json') printJson(io, result);
  else if (format === 'text') io.stdout(traceText(result));
  else io.stdout(formatAscofCsv(surveyRows(input.geography, result.measures)));
  return EXIT.ok;
}

async function kpi(args: string[], io: CliIo): Promise<number> {
  const { file, format, pack } = await readOptions(args, io, 'kpi');
  const input = _parse('ascof kpi', AscofKpiFileSchema, await readJson(io, file));
  const results = input.kpis.map((k) => calculateLocalKpi(k, { pack }));
  if (format === 'json' || format === 'text') {
    if (format === 'json') printJson(io, results);
    else io.stdout(traceText(results));
    return EXIT.ok;
  }
  const rows = results.flatMap((r) => [
    ...toAscofCsvRows(input.geography, { code: r.kpi, numerator: r.numerator ?? undefined, denominator: r.denominator ?? undefined, outcome: r.value?.value ?? '[x]' }),
    ...r.breakdown.flatMap((b) => Object.entries(b.figures).map(([name, value]) => ({ ...toAscofCsvRows(input.geography, { code: r.kpi, disaggregation: b.group, outcome: value ?? '[x]' })[0]!, measureType: name }))),
  ]);
  io.stdout(formatAscofCsv(rows));
  return EXIT.ok;
}

/** The `ascof` subcommands, in the order usage lists them; adding one is one line. */
const subcommands: Readonly<Record<string, { readonly summary: string; readonly run: (args: string[], io: CliIo) => Promise<number> }>> = {
  measure: { summary: 'measures from numerators and denominators (schema: ascof-measure-file)', run: measure },
  survey: { summary: 'ASCS or SACE responses scored for ASCOF (schema: ascof-survey-file)', run: survey },
  kpi: { summary: 'Coventry local KPIs (schema: ascof-kpi-file)', run: kpi },
  cld: { summary: 'measures derived from a Client Level Data CSV (asc-rules ascof cld --help)', run: (args, io) => ascofCldCommand.run(args, io) },
};

/** `asc-rules ascof`: ASCOF measures, survey scores and local KPIs from a JSON file, as the official CSV layout or JSON. */
export const ascofCommand: CliCommand = {
  name: 'ascof',
  summary: 'ASCOF measures from counts, ASCS/SACE survey scores and local KPIs (CSV or JSON)',
  get usage() {
    return [
      `Usage: asc-rules ascof <${Object.keys(subcommands).join('|')}> <file> [--pack FILE …] [--format csv|json|text]`,
      '',
      'Subcommands:',
      ...Object.entries(subcommands).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`),
      '',
      'The file is JSON; - reads standard input. CSV output follows the official ASCOF layout:',
      'Geographical code, Geographical description, Geographical level, ONS code, ASCOF measure code,',
      'Disaggregation level, Measure type, Measure value. --format json prints the full results with traces; --format text, each trace in plain English.',
      '',
      'Options (measure, survey, kpi; cld has its own: asc-rules ascof cld --help):',
      packUsage('ascof'),
      '                     (the ASCOF definitions are law: a pack sets the publication and local KPI policy)',
      '',
    ].join('\n');
  },
  async run(args, io) {
    const [sub, ...rest] = args;
    const command = sub !== undefined && Object.prototype.hasOwnProperty.call(subcommands, sub) ? subcommands[sub] : undefined;
    if (command === undefined) throw new UsageError(`ascof needs a subcommand: ${Object.keys(subcommands).join(', ')}`);
    return command.run(rest, io);
  },
};

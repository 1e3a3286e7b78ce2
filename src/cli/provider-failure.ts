import { parseArgs } from 'node:util';
import * as z from 'zod';
import { RulesError, _formatPath, _issue, _parse, isRulesError, type RulesIssue } from '../core/errors.js';
import {
  AffectedPersonSchema,
  ContinuityContextSchema,
  MarketOversightMetricsSchema,
  ResponsePlanInputSchema,
  TemporaryDutyInputSchema,
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  type AffectedPersonInput,
  type ContinuityBasisResult,
  type ContinuityContextInput,
  type ProviderFailureOptions,
  type ProviderFailurePack,
} from '../provider-failure/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, csvRow, printJson, readJson, traceText } from './io.js';
import { packOption, packUsage } from './packFiles.js';

/**
 * The file `asc-rules provider-failure` reads: its `operation` selects the entry point.
 */
export const ProviderFailureFileSchema = z
  .discriminatedUnion('operation', [
    z.strictObject({
      operation: z.literal('temporary-duty').meta({ title: 'Operation', description: 'assessTemporaryDuty: is the Care Act 2014 s.48 temporary duty engaged?' }),
      input: TemporaryDutyInputSchema,
    }),
    z.strictObject({
      operation: z.literal('continuity').meta({ title: 'Operation', description: 'determineContinuityBasis for each affected person: the legal footing on which their care continues.' }),
      context: ContinuityContextSchema,
      people: z
        .array(AffectedPersonSchema)
        .min(1)
        .superRefine((people, ctx) => {
          // Each person once: two with one reference would give two answers nobody could tell apart. Comparing
          // one field of the items is beyond JSON Schema (docs/schemas.md lists it).
          people.forEach((p, i) => {
            const first = people.findIndex((q) => q.ref === p.ref);
            if (first < i) ctx.addIssue({ code: 'duplicate' as 'custom', path: [i, 'ref'], message: `must not repeat the reference of person ${first}` });
          });
        })
        .meta({ title: 'People', description: 'Every person whose care was provided by the failing service, each with their own reference.' }),
    }),
    z.strictObject({
      operation: z.literal('response-plan').meta({ title: 'Operation', description: 'planProviderFailureResponse: approach, stakeholders and dated actions.' }),
      input: ResponsePlanInputSchema,
    }),
    z.strictObject({
      operation: z.literal('market-oversight').meta({ title: 'Operation', description: 'isMarketOversightProvider: the CQC market oversight criteria (SI 2015/314).' }),
      input: MarketOversightMetricsSchema,
    }),
  ])
  .meta({ id: 'ProviderFailureFile', title: 'asc-rules provider-failure file', description: 'One provider-failure decision to run: "operation" selects the entry point, the other fields are its input.' });

const USAGE = `Usage: asc-rules provider-failure <file.json> [--pack FILE …] [--format json|text|csv]

Runs one provider-failure decision and prints the result (with its trace) as JSON.
The file's "operation" field selects what is run:

  {"operation": "temporary-duty",   "input": {...}}     assessTemporaryDuty: is the Care Act s.48 duty engaged?
  {"operation": "continuity",       "context": {...},
                                     "people": [{...}]}  determineContinuityBasis for each affected person
  {"operation": "response-plan",    "input": {...}}     planProviderFailureResponse: approach, stakeholders, dated actions
  {"operation": "market-oversight", "input": {...}}     isMarketOversightProvider: SI 2015/314 criteria

Use - for standard input. 'asc-rules schema provider-failure-file' prints the JSON Schema of the file.

Options:
${packUsage('provider-failure')}
  --format json  print the result as JSON (default)
  --format text  print each result's trace as plain English, one numbered line per rule
  --format csv   continuity only: one row per person (basis, who coordinates, funds and plans, cost recovery)
  -h, --help     show this help
`;

/**
 * Runs determineContinuityBasis for every person and reports the problems of all of them at once, each at its
 * place in the file (`people[2].fundingBody`, `context.asOf` once).
 */
function continuityForAll(people: readonly AffectedPersonInput[], context: ContinuityContextInput, options: ProviderFailureOptions): ContinuityBasisResult[] {
  const results: ContinuityBasisResult[] = [];
  const issues = new Map<string, RulesIssue>();
  people.forEach((person, i) => {
    try {
      results.push(determineContinuityBasis(person, context, options));
    } catch (error) {
      if (!isRulesError(error)) throw error;
      for (const issue of error.issues) {
        const [head, ...rest] = issue.path;
        const path = head === 'person' ? ['people', i, ...rest] : [...issue.path];
        const moved = _issue(issue.code, path, issue.message);
        // A problem of the shared context (context.asOf) is the same for every person: listed once.
        issues.set(`${issue.code} ${_formatPath(path)} ${moved.message}`, moved);
      }
    }
  });
  if (issues.size > 0) throw new RulesError('asc-rules provider-failure', [...issues.values()]);
  return results;
}


// One row per person: who does what, for a spreadsheet of the people affected (json and text carry the reasons).
function continuityCsv(results: readonly ContinuityBasisResult[]): string {
  const head = ['ref', 'basis', 'nature', 'temporaryDuty', 'coordinator', 'coordinatorName', 'funder', 'funderName', 'longTermPlanning', 'longTermPlanningName', 'costRecoveryPossible', 'costRecoveryFrom'];
  return csvRow(head) + results.map((r) => csvRow([r.ref, r.basis, r.nature, r.temporaryDuty, r.coordinator.role, r.coordinator.name, r.funder.role, r.funder.name, r.longTermPlanning.role, r.longTermPlanning.name, r.costRecovery.possible, r.costRecovery.from.join(';')])).join('');
}

/** `asc-rules provider-failure`: the s.48 duty, continuity bases, response plans and market oversight from a JSON file. */
export const providerFailureCommand: CliCommand = {
  name: 'provider-failure',
  summary: 'provider failure: s.48 temporary duty, who is responsible for each person, response plan, market oversight',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { pack: { type: 'string', multiple: true }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text' && format !== 'csv') throw new UsageError('--format must be json, text or csv');
    const print = (result: unknown): void => (format === 'json' ? printJson(io, result) : io.stdout(traceText(result)));
    const [path, ...rest] = positionals;
    if (path === undefined || rest.length > 0) throw new UsageError('provider-failure takes one JSON file (or - for standard input)');
    const file = _parse('asc-rules provider-failure', ProviderFailureFileSchema, await readJson(io, path));
    if (format === 'csv' && file.operation !== 'continuity') {
      throw new UsageError(`--format csv is for the continuity operation (one row per person); "${file.operation}" gives one result: use json or text`);
    }
    const pack = (await packOption(io, 'asc-rules provider-failure', 'provider-failure', values.pack)) as ProviderFailurePack;
    const options = { pack };
    switch (file.operation) {
      case 'temporary-duty':
        print(assessTemporaryDuty(file.input, options));
        break;
      case 'continuity':
        if (format === 'csv') io.stdout(continuityCsv(continuityForAll(file.people, file.context, options)));
        else print({ results: continuityForAll(file.people, file.context, options) });
        break;
      case 'response-plan':
        print(planProviderFailureResponse(file.input, options));
        break;
      case 'market-oversight':
        print(isMarketOversightProvider(file.input, options));
        break;
    }
    return EXIT.ok;
  },
};

import { parseArgs } from 'node:util';
import * as z from 'zod';
import { _parse } from '../core/errors.js';
import { extendPack, RulePackSourceSchema } from '../core/rulePack.js';
import {
  AssessProviderRiskInputSchema,
  BankHolidaysSchema,
  ConcernInputSchema,
  RiskStateSchema,
  RiskDecisionRecordSchema,
  ReplayRiskHistoryInputSchema,
  assessProviderRisk,
  confirmRiskDecision,
  replayRiskHistory,
  concernResponseDeadline,
  planRiskResponse,
  reviewRiskLevel,
  summarisePortfolio,
  type RiskLevelState,
  type RiskPack,
  type RiskState,
} from '../risk/index.js';
import { IsoDateSchema } from '../core/dates.js';
import type { CliCommand } from './command.js';
import type { ProviderRiskAssessment as RiskAssessment, RiskReplay } from '../risk/index.js';
import { EXIT, UsageError, csvRow, printJson, readJson, traceText, type CliIo } from './io.js';
import { packOption, packUsage } from './packFiles.js';

const override = { override: RulePackSourceSchema.optional().meta({ title: 'Council layer (deprecated)', description: 'Deprecated: pass a council pack file with --pack FILE instead. A council layer over the Coventry pack (extendPack), e.g. its own thresholds; still read for one release, with a warning.' }) };

// Titles and descriptions for the JSON Schema of the file (`asc-rules schema risk-file`); the inputs inside carry
// the risk area's own (riskSchemaDocs).
const op = <T extends string>(name: T, what: string) => z.literal(name).meta({ title: 'Operation', description: `"${name}": ${what}` });
const previous = () => RiskStateSchema.nullable().meta({ title: 'Previous state', description: 'The state the last review returned (decision.state), or null for a first review.' });
const holidays = () => BankHolidaysSchema.meta({ title: 'Bank holidays', description: 'Bank holidays (YYYY-MM-DD) for working-day deadlines, e.g. from GOV.UK; [] for none. The library ships none.' });

/**
 * The file `asc-rules risk` reads. Its `operation` field selects what runs:
 * `assess` (assessProviderRisk), `review` (assess, then reviewRiskLevel), `plan` (assess, review, then
 * planRiskResponse), `timeline` (a series of reviews of one provider, each feeding the next), `concern-deadline`
 * (concernResponseDeadline), `portfolio` (assess each input, then summarisePortfolio), `decide` (assess, review, then
 * confirmRiskDecision) and `replay` (replayRiskHistory).
 */
export const RiskCliFileSchema = z.discriminatedUnion('operation', [
  z.strictObject({ operation: op('assess', 'assessProviderRisk'), input: AssessProviderRiskInputSchema, ...override }),
  z.strictObject({ operation: op('review', 'assess, then reviewRiskLevel'), previous: previous(), input: AssessProviderRiskInputSchema, ...override }),
  z.strictObject({ operation: op('plan', 'assess, review, then planRiskResponse'), previous: previous(), input: AssessProviderRiskInputSchema, bankHolidays: holidays(), ...override }),
  z.strictObject({
    operation: op('timeline', 'a series of reviews of one provider, each feeding the next'),
    previous: RiskStateSchema.nullable().optional().meta({ title: 'Previous state', description: 'The state before the first review; null or omitted for a first review.' }),
    reviews: z.array(AssessProviderRiskInputSchema).min(1).meta({ title: 'Reviews', description: 'The assessment inputs of each review, in date order.' }),
    bankHolidays: holidays(),
    ...override,
  }),
  z.strictObject({ operation: op('concern-deadline', 'concernResponseDeadline'), concern: ConcernInputSchema, ...override }),
  z.strictObject({
    operation: op('portfolio', 'assess each input, then summarisePortfolio'),
    inputs: z.array(AssessProviderRiskInputSchema).meta({ title: 'Services', description: 'The assessment input of each service of the portfolio.' }),
    asOf: IsoDateSchema.optional().meta({ title: 'Summary date', description: 'The date of the summary; the latest assessment date by default.' }),
    ...override,
  }),
  z.strictObject({ operation: op('decide', 'assess, review, then confirmRiskDecision'), previous: previous(), input: AssessProviderRiskInputSchema, record: RiskDecisionRecordSchema, ...override }),
  z.strictObject({ operation: op('replay', 'replayRiskHistory'), input: ReplayRiskHistoryInputSchema, ...override }),
]);

const USAGE = `Usage: asc-rules risk <file.json> [--pack FILE …] [--brief] [--format json|text|csv]

Provider quality risk (Coventry QA framework Table One, levels 0-4). The JSON file's "operation" field
selects what runs ('asc-rules schema risk-file' prints the full JSON Schema):

  {"operation": "assess", "input": {...}}
      the level 0-4 with its drivers, stale and missing evidence
  {"operation": "review", "previous": <state or null>, "input": {...}}
      assess, then escalate / hold / de-escalate; pass the printed decision.state as "previous" next time
  {"operation": "plan", "previous": ..., "input": {...}, "bankHolidays": ["2026-12-25", ...]}
      assess, review, then the Table One response with every deadline
  {"operation": "timeline", "reviews": [{...}, {...}], "bankHolidays": [...]}
      a series of reviews of one provider, each feeding the next, with the plan at each
  {"operation": "concern-deadline", "concern": {"id": "C1", "receivedAt": "2026-03-28T09:00:00Z", "priority": "high-risk"}}
      the 24 h / 72 h response deadline as an instant (Europe/London)
  {"operation": "portfolio", "inputs": [{...}, ...]}
      assess each service, then counts by level and service type and the share meeting quality standards
  {"operation": "decide", "previous": ..., "input": {...}, "record": {"confirmedBy": "pep", "decidedOn": "2026-03-18", ...}}
      assess, review (a recommendation), then the decision of the QPSG or PEP (confirmRiskDecision)
  {"operation": "replay", "input": {"providerId": ..., "serviceType": ..., "evidence": [...], "reviewDates": [...]}}
      every review of a provider's history from its evidence given once (replayRiskHistory)

"input" is shaped like 'asc-rules schema risk-assess-input'. A council's own thresholds, response hours and
so on come from a pack file given with --pack (examples/packs/risk.yaml). The file's "override" key, a bare
layer over the Coventry pack, is deprecated: it is still read in this release, with a warning on stderr.

Options:
${packUsage('risk')}
  --brief          leave out traces and criteria (the result only)
  --format json    the result as JSON (default)
  --format text    each result's trace as plain English, one numbered line per rule
  --format csv     one row per review (timeline, replay) or per service (portfolio); other operations
                   give one result, for which csv makes no sense: use json or text
`;


// One row per review or per service: the figures a spreadsheet needs, not the words (text and json have those).
function riskCsv(operation: string, result: unknown): string {
  if (operation === 'replay') {
    const r = result as RiskReplay;
    const head = ['providerId', 'serviceType', 'asOf', 'fromLevel', 'assessedLevel', 'qualityLevel', 'level', 'action', 'effectiveFrom', 'nextReviewDate', 'confirmBy', 'qpsgReferralRequired', 'failureRoute', 'evidenceGaps'];
    return csvRow(head) + r.reviews.map((v) => csvRow([r.providerId, r.serviceType, v.asOf, v.fromLevel, v.assessedLevel, v.qualityLevel, v.level, v.action, v.effectiveFrom, v.nextReviewDate, v.confirmBy, v.qpsgReferralRequired, v.failureRoute, v.evidenceGaps.join(';')])).join('');
  }
  if (operation === 'timeline') {
    const r = result as { steps: readonly { assessment: RiskAssessment; decision: { action: string; level: number; nextReviewDate: string } }[] };
    const head = ['providerId', 'asOf', 'assessedLevel', 'level', 'action', 'nextReviewDate', 'evidenceComplete'];
    return csvRow(head) + r.steps.map((s) => csvRow([s.assessment.providerId, s.assessment.asOf, s.assessment.level, s.decision.level, s.decision.action, s.decision.nextReviewDate, s.assessment.evidenceComplete])).join('');
  }
  const r = result as { assessments: readonly RiskAssessment[] };
  const head = ['providerId', 'serviceType', 'asOf', 'level', 'qualityLevel', 'failureSignal', 'cqcRating', 'evidenceComplete'];
  return csvRow(head) + r.assessments.map((a) => csvRow([a.providerId, a.serviceType, a.asOf, a.level, a.qualityLevel, a.failureSignal, a.cqcRating?.overall ?? null, a.evidenceComplete])).join('');
}

const OVERRIDE_DEPRECATED =
  'warning: the "override" key of a risk file is deprecated and will be removed in the next release: write the layer as a pack file ' +
  '(area: risk, base: coventry-risk, id, version, entries; see examples/packs/risk.yaml and docs/adapting.md) and pass it with --pack FILE\n';

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'trace' && k !== 'criteria') out[k] = strip(v);
    return out;
  }
  return value;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { brief: { type: 'boolean' }, format: { type: 'string' }, pack: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('risk takes one JSON file (or - for standard input)');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text' && format !== 'csv') throw new UsageError('--format must be json, text or csv');
  const file = _parse('asc-rules risk', RiskCliFileSchema, await readJson(io, positionals[0]!));
  if (format === 'csv' && file.operation !== 'replay' && file.operation !== 'timeline' && file.operation !== 'portfolio') {
    throw new UsageError(`--format csv is for the operations replay, timeline and portfolio (one row each); "${file.operation}" gives one result: use json or text`);
  }
  const fromFiles = (await packOption(io, 'asc-rules risk', 'risk', values.pack)) as RiskPack;
  if (file.override !== undefined) io.stderr(OVERRIDE_DEPRECATED);
  // The deprecated key is laid last, on the pack files, so a file that relied on it keeps its result.
  const pack: RiskPack = file.override === undefined ? fromFiles : extendPack(fromFiles, file.override);
  const options = { pack };
  let result: unknown;
  switch (file.operation) {
    case 'assess':
      result = assessProviderRisk(file.input, options);
      break;
    case 'review': {
      const assessment = assessProviderRisk(file.input, options);
      result = { assessment, decision: reviewRiskLevel(file.previous, assessment, options) };
      break;
    }
    case 'plan': {
      const assessment = assessProviderRisk(file.input, options);
      const decision = reviewRiskLevel(file.previous, assessment, options);
      result = { assessment, decision, plan: planRiskResponse(decision, { ...options, bankHolidays: file.bankHolidays }) };
      break;
    }
    case 'timeline': {
      let previous: RiskState | RiskLevelState | null = file.previous ?? null;
      const steps = file.reviews.map((input) => {
        const assessment = assessProviderRisk(input, options);
        const decision = reviewRiskLevel(previous, assessment, options);
        previous = decision.state;
        return { assessment, decision, plan: planRiskResponse(decision, { ...options, bankHolidays: file.bankHolidays }) };
      });
      result = { steps, state: previous };
      break;
    }
    case 'concern-deadline':
      result = concernResponseDeadline(file.concern, options);
      break;
    case 'portfolio': {
      const assessments = file.inputs.map((input) => assessProviderRisk(input, options));
      result = { assessments, summary: summarisePortfolio(assessments, { ...options, asOf: file.asOf }) };
      break;
    }
    case 'decide': {
      const assessment = assessProviderRisk(file.input, options);
      const recommendation = reviewRiskLevel(file.previous, assessment, options);
      result = { assessment, recommendation, decision: confirmRiskDecision(recommendation, file.record, options) };
      break;
    }
    case 'replay':
      result = replayRiskHistory(file.input, options);
      break;
  }
  if (format === 'csv') io.stdout(riskCsv(file.operation, result));
  else if (format === 'text') io.stdout(traceText(result));
  else printJson(io, values.brief === true ? strip(result) : result);
  return EXIT.ok;
}

/** `asc-rules risk <file.json>`: provider quality risk from a JSON file whose `operation` selects the entry point. */
export const riskCommand: CliCommand = {
  name: 'risk',
  summary: 'provider quality risk: assess, review, plan, timeline, concern deadline, portfolio, decide, replay (JSON file)',
  usage: USAGE,
  run,
};

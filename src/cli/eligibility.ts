import { parseArgs } from 'node:util';
import { renderTrace } from '../core/trace.js';
import { assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, writtenRecord } from '../eligibility/index.js';
import type { CliCommand } from './command.js';
import type { EligibilityPack } from '../eligibility/index.js';
import { EXIT, UsageError, printJson, readJson } from './io.js';
import { packOption, packUsage } from './packFiles.js';

const KINDS = ['adult', 'carer', 'duty'] as const;
type Kind = (typeof KINDS)[number];

const USAGE = `Usage: asc-rules eligibility <file.json> [--kind adult|carer|duty] [--record] [--pack FILE …] [--format json|text]

Runs a Care Act 2014 eligibility determination or duty assessment on a JSON file ('-' reads stdin).

Which function runs:
  --kind adult   determineAdultEligibility (SI 2015/313 reg 2)   input: asc-rules schema eligibility-adult
  --kind carer   determineCarerEligibility (SI 2015/313 reg 3)   input: asc-rules schema eligibility-carer
  --kind duty    assessDutyToMeetNeeds (Care Act s.18-20)         input: asc-rules schema eligibility-duty
Without --kind it is read from the file: a "person" field ("adult" or "carer") means a duty
assessment; a "needsArisingFromNecessaryCare" or "healthAtRisk" field means a carer's determination;
a "needsArisingFromImpairmentOrIllness" or "impairmentOrIllness" field means an adult's determination.
A file with none of these needs --kind (five outcome ids are shared by adults and carers).

Options:
  --record           also give the s.13(2) written record (adult or carer; refused while undetermined)
${packUsage('eligibility')}
                     (the eligibility criteria of SI 2015/313 are law: a pack sets only council policy)
  --format json      print the result as JSON (default)
  --format text      print the status and the trace as plain English
  -h, --help         show this help

Exit codes: 0 done (whatever the status); 2 bad usage or input refused (the problems are printed).
`;

// Five outcome ids are shared by adults and carers, so a file is read as one kind only on a field that kind
// alone has; otherwise --kind is required rather than guessed.
function detect(input: unknown): Kind {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    if ('person' in input) return 'duty';
    if ('needsArisingFromNecessaryCare' in input || 'healthAtRisk' in input) return 'carer';
    if ('needsArisingFromImpairmentOrIllness' in input || 'impairmentOrIllness' in input) return 'adult';
  }
  throw new UsageError('cannot tell whether the file is an adult\'s or a carer\'s determination or a duty assessment: pass --kind adult, carer or duty');
}

/** `asc-rules eligibility`: determinations and duties from a JSON file. */
export const eligibilityCommand: CliCommand = {
  name: 'eligibility',
  summary: 'Care Act eligibility (adult or carer) or the duty to meet needs, from a JSON file',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { kind: { type: 'string' }, pack: { type: 'string', multiple: true }, record: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) throw new UsageError('eligibility takes one JSON file (or - for stdin)');
    if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'text') throw new UsageError('--format must be json or text');
    const input = await readJson(io, file);
    const options = { pack: (await packOption(io, 'asc-rules eligibility', 'eligibility', values.pack)) as EligibilityPack };
    const kind = (values.kind as Kind | undefined) ?? detect(input);
    if (values.record && kind === 'duty') throw new UsageError('--record applies to an adult or carer determination, not to a duty assessment');
    const result = kind === 'adult' ? determineAdultEligibility(input as never, options) : kind === 'carer' ? determineCarerEligibility(input as never, options) : assessDutyToMeetNeeds(input as never, options);
    const record = values.record ? writtenRecord(result as never, options) : undefined;
    if (format === 'json') {
      printJson(io, record === undefined ? result : { determination: result, record });
      return EXIT.ok;
    }
    io.stdout(`status: ${result.status}${result.missing.length > 0 ? ` (missing: ${result.missing.join(', ')})` : ''}\n`);
    io.stdout(`${renderTrace(result.trace).join('\n')}\n`);
    if (record !== undefined) io.stdout(`\n${record.text}\n`);
    return EXIT.ok;
  },
};

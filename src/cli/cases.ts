import { parseArgs } from 'node:util';
import type { CliCommand } from './command.js';
import { checkCase, packCache, readCaseFile, type CaseVerdict } from './caseFiles.js';
import { showValue } from './expectations.js';
import { EXIT, UsageError, printJson, type CliIo } from './io.js';
import { expandPaths } from './packFiles.js';

const USAGE = `Usage: asc-rules test <cases.yaml|dir> … [--format text|json]

Runs files of named cases and checks each expected result, like a test runner: one line per case, a diff
for each failure, then "N passed, M failed". Exit code 0 when every case passes, 1 when any fails, 2 when
a file cannot be read or is malformed (the file, line and key are named).

A case file (YAML or JSON; 'asc-rules schema case-file' prints its JSON Schema):

  area: eligibility                # eligibility, risk, ascof, demand or provider-failure
  operation: adult                 # optional: what every case runs (see below)
  pack: ../packs/my-council.yaml   # optional: pack file(s) every case runs under
  cases:
    - name: two outcomes, different limbs
      source: SI 2015/313 reg 2(1)(b)
      date: 2026-11-23             # the date the rules are applied as of (the input's asOf)
      input: { needsArisingFromImpairmentOrIllness: true, outcomes: { … }, wellbeing: { … } }
      expect:
        status: eligible
        eligibleOutcomes: [appropriatelyClothed, habitableHome]

Operations: eligibility adult|carer|duty; risk assess|concern-deadline; provider-failure
temporary-duty|continuity|response-plan|market-oversight; demand project|self-funders|growth; ascof measure.
An expected key may be a path (totals[2].people.rounded, actions[id=press-statement].dueAt); an object is
matched field by field and a list item by item; a figure
written as a number matches the published decimal of equal value (quote it to pin the exact text);
"error: no_value_in_force" expects the case to be refused with that code. Directories are read one level
deep (.yaml, .yml, .json).

Options:
  --format text|json   text (default): the runner's report; json: every verdict
`;

function diff(v: CaseVerdict): string[] {
  const lines: string[] = [];
  if (v.problem !== undefined) lines.push(`      ${v.problem}`);
  for (const m of v.mismatches) {
    lines.push(`      ${m.path}`, `        expected: ${showValue(m.expected)}`, `        actual:   ${showValue(m.actual)}`);
  }
  return lines;
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');
  if (positionals.length === 0) throw new UsageError('test takes one or more case files or directories');
  const files = await expandPaths(io, positionals);
  const verdicts: CaseVerdict[] = [];
  for (const path of files) {
    const file = await readCaseFile(io, path);
    const packOf = packCache(io, file.area);
    const results: CaseVerdict[] = [];
    for (const c of file.cases) results.push(checkCase(c, await packOf(c.packPaths)));
    verdicts.push(...results);
    if (values.format === 'text') {
      io.stdout(`${path} (${file.area}, ${results.length} case${results.length === 1 ? '' : 's'})\n`);
      for (const v of results) {
        io.stdout(`  ${v.passed ? '✓' : '✗'} ${v.case.name}${v.passed ? '' : `  (line ${v.case.line})`}\n`);
        if (!v.passed) io.stdout(`${diff(v).join('\n')}\n`);
      }
      io.stdout('\n');
    }
  }
  const failed = verdicts.filter((v) => !v.passed).length;
  const passed = verdicts.length - failed;
  if (values.format === 'json') {
    printJson(io, {
      passed,
      failed,
      cases: verdicts.map((v) => ({ file: v.case.file, line: v.case.line, name: v.case.name, passed: v.passed, mismatches: v.mismatches, ...(v.problem === undefined ? {} : { problem: v.problem }) })),
    });
  } else {
    io.stdout(`${passed} passed, ${failed} failed\n`);
  }
  return failed > 0 ? EXIT.failure : EXIT.ok;
}

/** `asc-rules test <cases…>`: cases as data, checked like a test suite. */
export const testCommand: CliCommand = {
  name: 'test',
  summary: 'run files of named cases (YAML or JSON) and check their expected results, like a test runner',
  usage: USAGE,
  run,
};

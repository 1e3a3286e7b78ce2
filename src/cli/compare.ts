import { parseArgs } from 'node:util';
import { IsoDateSchema } from '../core/dates.js';
import { compareUnderPacks, type PackComparison } from '../core/whatIf.js';
import type { JsonValue, Trace } from '../core/trace.js';
import { PACK_AREAS, type PackArea } from '../pack-files/index.js';
import { readCaseFile, runCase, type LoadedCase } from './caseFiles.js';
import type { CliCommand } from './command.js';
import { showValue } from './expectations.js';
import { EXIT, UsageError, printJson, type CliIo } from './io.js';
import { AREA_OPERATIONS } from './operations.js';
import { expandPathsFrom, loadPackFiles } from './packFiles.js';

const USAGE = `Usage: asc-rules compare <area> --pack FILE … [--baseline FILE …] [--on DATE] <cases.yaml|dir> … [--format text|json]

What would a policy change do to real cases? Runs every case under the baseline (the library pack, or
--baseline files laid on it) and under the proposal (--pack files laid on the library pack), and reports
each case whose result changes: the outcome fields (status, level, deadline, figure), the trace steps that
came out differently and the pack values that differ, then a summary such as
"14 of 200 determinations change; 9 eligible → undetermined".

Cases are case files ('asc-rules test --help' shows the format; "expect" is not needed here). A case's own
"pack" is ignored: every case runs under the two packs compared. A directory is read one level deep and its
files of other areas are skipped. Areas: ${PACK_AREAS.join(', ')}.

Options:
  --pack FILE       the proposed council pack (repeat to layer several, in order)
  --baseline FILE   the pack in force now, if not the library's (repeat to layer)
  --on DATE         decide every case as of DATE instead of its own date, e.g. last year's cases as if
                    decided on the day the proposal starts (a pack's values apply from their validFrom)
  --format text|json
`;

interface Decided {
  readonly trace: Trace | undefined;
  readonly outcome: Record<string, JsonValue>;
}

function decide(c: LoadedCase, pack: Parameters<typeof runCase>[1]): Decided {
  const result = runCase(c, pack);
  return { trace: (result as { trace?: Trace }).trace, outcome: c.operation.outcome(result as never) };
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// A parameter that is an object (levelCriteria, reviewWindowWeeks) is shown by the fields that differ.
function valueDiffs(path: string, before: unknown, after: unknown): string[] {
  if (isRecord(before) && isRecord(after)) {
    return [...new Set([...Object.keys(before), ...Object.keys(after)])].flatMap((k) => valueDiffs(`${path}.${k}`, before[k], after[k]));
  }
  return JSON.stringify(before) === JSON.stringify(after) ? [] : [`${path}: ${showValue(before)} → ${showValue(after)}`];
}

function report(r: PackComparison, where: Map<string, string>): string {
  const layers = (p: PackComparison['baseline']): string => p.layers.map((l) => `${l.id} ${l.version}`).join(' → ');
  const lines = [`Baseline: ${layers(r.baseline)}`, `Proposal: ${layers(r.proposal)}`, ''];
  for (const c of r.changed) {
    lines.push(`${c.name}  (${where.get(c.name) ?? ''})`);
    for (const ch of c.changes) lines.push(`  ${ch.field}: ${showValue(ch.before)} → ${showValue(ch.after)}`);
    for (const s of c.steps) {
      const b = s.before === undefined ? '(no step)' : `${s.before.outcome}: ${s.before.because}`;
      const a = s.after === undefined ? '(no step)' : `${s.after.outcome}: ${s.after.because}`;
      lines.push(`  step ${s.rule} [${s.citation}]`, `    before: ${b}`, `    after:  ${a}`);
    }
    for (const p of c.parameters) {
      const by = p.layer === undefined ? '' : ` (set by ${p.layer})`;
      for (const d of valueDiffs(p.key, p.before, p.after)) lines.push(`  parameter ${d}${by}`);
    }
    lines.push('');
  }
  lines.push(r.summary, '');
  return lines.join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { pack: { type: 'string', multiple: true }, baseline: { type: 'string', multiple: true }, on: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  const [area, ...paths] = positionals;
  if (area === undefined || !(PACK_AREAS as readonly string[]).includes(area)) throw new UsageError(`compare takes an area first: ${PACK_AREAS.join(', ')}`);
  if (values.pack === undefined) throw new UsageError('compare needs the proposed pack: --pack FILE');
  if (paths.length === 0) throw new UsageError('compare needs case files or directories after the area');
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError('--format must be text or json');
  if (values.on !== undefined && !IsoDateSchema.safeParse(values.on).success) throw new UsageError('--on expects a date, YYYY-MM-DD');
  const a = area as PackArea;
  const baseline = await loadPackFiles(io, a, values.baseline ?? []);
  const proposal = await loadPackFiles(io, a, values.pack);
  const cases: LoadedCase[] = [];
  let skipped = 0;
  for (const { path, fromDir } of await expandPathsFrom(io, paths)) {
    const file = await readCaseFile(io, path);
    if (file.area !== a) {
      // A directory may hold the cases of several areas: take this area's; a file named alone must match.
      if (fromDir) {
        skipped += 1;
        continue;
      }
      throw new UsageError(`${path} holds ${file.area} cases, not ${a} cases`);
    }
    cases.push(...file.cases);
  }
  const on = values.on;
  if (on !== undefined) {
    const undated = cases.filter((c) => !c.operation.dated).length;
    if (undated > 0) io.stderr(`note: ${undated} case(s) keep their own instant: their operation takes no date\n`);
  }
  const dated = on === undefined ? cases : cases.map((c) => (c.operation.dated ? { ...c, date: on } : c));
  if (skipped > 0) io.stderr(`note: ${skipped} case file(s) of other areas skipped\n`);
  if (cases.length === 0) throw new UsageError(`no ${a} cases found`);
  // Names are the report's keys: make repeated names unique by their place.
  const seen = new Map<string, number>();
  const where = new Map<string, string>();
  const named = dated.map((c) => {
    const n = (seen.get(c.name) ?? 0) + 1;
    seen.set(c.name, n);
    const name = n === 1 ? c.name : `${c.name} (${n})`;
    where.set(name, `${c.file} line ${c.line}`);
    return { name, input: c };
  });
  const ops = AREA_OPERATIONS[a];
  const result = compareUnderPacks(decide, named, baseline, proposal, { outcome: (d: Decided) => d.outcome, headline: ops.headline, noun: ops.noun });
  if (values.format === 'json') printJson(io, { ...result, changed: result.changed.map((c) => ({ ...c, at: where.get(c.name) })) });
  else io.stdout(report(result, where));
  return EXIT.ok;
}

/** `asc-rules compare <area> --pack FILE <cases…>`: what a proposed pack would change, case by case. */
export const compareCommand: CliCommand = {
  name: 'compare',
  summary: 'what-if: run cases under the current and a proposed pack and report every result that changes',
  usage: USAGE,
  run,
};

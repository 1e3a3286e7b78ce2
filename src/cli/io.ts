import { _formatPath, isRulesError, type RulesError, type RulesIssue } from '../core/errors.js';
import { renderTrace, type Trace } from '../core/trace.js';
import { csvField } from '../ascof/csv.js';

/** What a command may touch: its output streams and the files it is given. Tests pass a fake. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a whole text file; `-` reads standard input. */
  readonly readText: (path: string) => Promise<string>;
  /** Opens a file (or `-` for standard input) as a stream of chunks, for large inputs. */
  readonly openStream: (path: string) => AsyncIterable<Buffer | string>;
  /** Size of a file in bytes, when known (for progress). */
  readonly fileSize: (path: string) => Promise<number | undefined>;
  /** Writes a whole text file. */
  readonly writeText: (path: string, text: string) => Promise<void>;
  /** The file names in a directory, or `undefined` when the path is not a directory (optional: tests may omit it). */
  readonly listDir?: ((path: string) => Promise<string[] | undefined>) | undefined;
  /** Whether stderr is a terminal (progress is shown only then, or when asked). */
  readonly stderrIsTTY: boolean;
}

/** Exit codes: 0 done, 1 unexpected failure, 2 bad usage or bad input. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A command-line usage problem (unknown flag, missing file argument). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * One issue as a line for people. An issue's message is a sentence without its path (a form shows it beside
 * the field), so the path is put back: `outcomes.nutrition: must be an object`; an issue placed in a file
 * (`line 12: must be text`) reads `line 12, entries.x[0].value: must be text`. A syntax error, which has no
 * path, keeps its line alone.
 */
export function issueLine(issue: RulesIssue): string {
  const placed = /^line (\d+): ([\s\S]*)$/.exec(issue.message);
  if (placed !== null) return issue.path.length === 0 ? issue.message : `line ${placed[1]}, ${_formatPath(issue.path)}: ${placed[2]}`;
  return `${_formatPath(issue.path)}: ${issue.message}`;
}

/** Prints a RulesError's issues, one per line with its path, to stderr. */
export function printRulesError(io: CliIo, error: RulesError): void {
  io.stderr(`error: ${error.entry} refused the input (${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}):\n`);
  for (const issue of error.issues) io.stderr(`  - ${issueLine(issue)} [${issue.code}]\n`);
}

/** Reads and parses a JSON file given on the command line. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** One CSV line: each cell quoted as ASCOF's CSV quotes it; `null` and `undefined` are empty cells. */
export function csvRow(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map((c) => csvField(c === null || c === undefined ? '' : String(c))).join(',')}\n`;
}

/** Writes a value as pretty JSON to stdout. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * A result as plain English for `--format text`: each trace it holds (its own, or those of `results[]`),
 * rendered by renderTrace, one numbered line per rule with its citation (a list: each item's). A result without a trace prints as JSON.
 */
export function traceText(result: unknown): string {
  const traced = (v: unknown): v is { trace: Trace } => typeof v === 'object' && v !== null && 'trace' in v && typeof (v as { trace: unknown }).trace === 'object';
  const list = traced(result) ? [result] : Array.isArray(result) ? result : typeof result === 'object' && result !== null && Array.isArray((result as { results?: unknown }).results) ? (result as { results: unknown[] }).results : [];
  const parts = list.filter(traced).map((r) => renderTrace(r.trace).join('\n'));
  return parts.length > 0 ? `${parts.join('\n\n')}\n` : `${JSON.stringify(result, null, 2)}\n`;
}

/** Maps a thrown value to an exit code, printing what the user needs to know. */
export function reportError(io: CliIo, error: unknown): number {
  if (isRulesError(error)) {
    printRulesError(io, error);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`error: ${error.message}\nTry 'asc-rules --help'.\n`);
    return EXIT.usage;
  }
  if (error instanceof Error && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS')) {
    io.stderr(`error: ${error.message}\nTry 'asc-rules --help'.\n`);
    return EXIT.usage;
  }
  io.stderr(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.failure;
}

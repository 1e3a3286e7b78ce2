import { dirname, isAbsolute, join } from 'node:path';
import * as z from 'zod';
import { IsoDateSchema } from '../core/dates.js';
import { _formatPath, _fromZodIssues, isRulesError, type RulesIssue } from '../core/errors.js';
import type { RulePack } from '../core/rulePack.js';
import { _atLines, _readDataFile } from '../pack-files/document.js';
import { PACK_AREAS, type PackArea } from '../pack-files/index.js';
import { checkExpectations, type Mismatch } from './expectations.js';
import { AREA_OPERATIONS, type Operation } from './operations.js';
import { formatOf, loadPackFiles, readTextFile } from './packFiles.js';
import type { CliIo } from './io.js';

const Packs = z.union([
  z.string().min(1).meta({ title: 'Pack file', description: 'One pack file, relative to the case file.' }),
  z.array(z.string().min(1).meta({ title: 'Pack file', description: 'A pack file, relative to the case file.' })).min(1).meta({ title: 'Pack files', description: 'Pack files laid in order.' }),
]);

/** One named case of a case file. */
export const CaseSchema = z.strictObject({
  name: z.string().min(1).meta({ title: 'Case', description: 'Shown in the report: a case reference or what the example shows.' }),
  source: z.string().min(1).optional().meta({ title: 'Source', description: 'Where the expected result comes from: the regulation, the guidance paragraph, the report table.' }),
  operation: z.string().min(1).optional().meta({ title: 'Operation', description: "What to run; defaults to the file's operation, then the area's default." }),
  date: IsoDateSchema.clone().optional().meta({ title: 'As of', description: "The date the rules are applied as of: written into the input's asOf." }),
  pack: Packs.optional().meta({ title: 'Pack files', description: "Pack file(s) to run this case under, relative to the case file; replaces the file's pack." }),
  input: z.unknown().meta({ title: 'Input', description: 'The input of the entry point, as `asc-rules schema` describes it.' }),
  expect: z
    .record(z.string(), z.unknown())
    .optional()
    .meta({ title: 'Expected', description: 'Expected result fields: `status`, `level`, a figure, a deadline; a key may be a path like `totals[2].people.rounded`; `error` expects a refusal with that code.' }),
}).meta({ id: 'Case', title: 'Case', description: 'One named case: an input, the date, and the result expected.' });

/** A file of cases: `asc-rules test` checks their expectations; `asc-rules compare` runs them under two packs. */
export const CaseFileSchema = z.strictObject({
  area: z.enum(PACK_AREAS).meta({ title: 'Area', description: 'The area whose rules the cases run.', labels: { eligibility: 'Eligibility', risk: 'Provider quality risk', ascof: 'ASCOF', demand: 'Demand', 'provider-failure': 'Provider failure' } }),
  description: z.string().optional().meta({ title: 'Description', description: 'What the cases show, for the reader of the file.' }),
  operation: z.string().min(1).optional().meta({ title: 'Operation', description: "The operation of every case that names none; defaults to the area's default." }),
  pack: Packs.optional().meta({ title: 'Pack files', description: 'Pack file(s) every case runs under, relative to this file, laid on the library pack in order.' }),
  cases: z.array(CaseSchema).min(1).meta({ title: 'Cases', description: 'The cases, each with its name, input and expected result.' }),
}).meta({ id: 'CaseFile', title: 'Case file', description: 'Named cases for asc-rules test and asc-rules compare (YAML or JSON; docs/adapting.md).' });

/** A case read from a file, ready to run. */
export interface LoadedCase {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly source: string | undefined;
  readonly operationName: string;
  readonly operation: Operation;
  readonly date: string | undefined;
  readonly packPaths: readonly string[];
  readonly input: unknown;
  readonly expect: Readonly<Record<string, unknown>> | undefined;
  /** The line of a field of the input (or of the case's `date`, for `asOf`), for messages. */
  readonly lineOfInput: (path: readonly (string | number)[]) => number;
}

/** A case file, read and checked. */
export interface LoadedCaseFile {
  readonly path: string;
  readonly area: PackArea;
  readonly cases: readonly LoadedCase[];
}

const asList = (p: string | string[] | undefined): string[] => (p === undefined ? [] : typeof p === 'string' ? [p] : p);

/** Reads a case file, checking its shape and that each case's operation exists, naming lines in errors. */
export async function readCaseFile(io: CliIo, path: string): Promise<LoadedCaseFile> {
  const entry = `case file ${path}`;
  const doc = _readDataFile(entry, await readTextFile(io, path), formatOf(path));
  const parsed = CaseFileSchema.safeParse(doc.data);
  if (!parsed.success) throw _atLines(entry, doc, _fromZodIssues(parsed.error.issues));
  const file = parsed.data;
  const area = AREA_OPERATIONS[file.area];
  const issues: RulesIssue[] = [];
  const names = Object.keys(area.operations);
  const known = (op: string, where: (string | number)[]): boolean => {
    if (Object.prototype.hasOwnProperty.call(area.operations, op)) return true;
    issues.push({ code: 'invalid_value', path: where, message: `"${op}" is not an operation of ${file.area}: use ${names.join(', ')}` });
    return false;
  };
  // An unknown file-level operation is reported once, not again for each case that inherits it.
  const fileOperationKnown = file.operation === undefined || known(file.operation, ['operation']);
  const rel = (p: string): string => (isAbsolute(p) ? p : join(dirname(path), p));
  const cases: LoadedCase[] = [];
  file.cases.forEach((c, i) => {
    const name = c.operation ?? file.operation ?? area.defaultOperation;
    if (c.operation === undefined && !fileOperationKnown) return;
    if (!known(name, c.operation === undefined ? ['operation'] : ['cases', i, 'operation'])) return;
    const op = area.operations[name]!;
    if (c.input === undefined) issues.push({ code: 'missing_key', path: ['cases', i], message: 'every case needs an "input"' });
    if (c.date !== undefined && !op.dated) issues.push({ code: 'invalid_value', path: ['cases', i, 'date'], message: `"${name}" takes no date (its input carries its own instant or year)` });
    cases.push({
      file: path,
      line: doc.lineOf(['cases', i]),
      name: c.name,
      source: c.source,
      operationName: name,
      operation: op,
      date: c.date,
      packPaths: asList(c.pack ?? file.pack).map(rel),
      input: c.input,
      expect: c.expect,
      lineOfInput: (p) => (p[0] === 'asOf' && c.date !== undefined && op.dated ? doc.lineOf(['cases', i, 'date']) : doc.lineOf(['cases', i, 'input', ...p])),
    });
  });
  if (issues.length > 0) throw _atLines(entry, doc, issues);
  return { path, area: file.area, cases };
}

/** Runs a case's operation under a pack, with its date written into the input. */
export function runCase(c: LoadedCase, pack: RulePack): unknown {
  const input = c.date !== undefined && c.input !== null && typeof c.input === 'object' && !Array.isArray(c.input) ? { ...(c.input as object), asOf: c.date } : c.input;
  return c.operation.run(input, pack);
}

/** The result of checking one case. */
export interface CaseVerdict {
  readonly case: LoadedCase;
  readonly passed: boolean;
  readonly mismatches: readonly Mismatch[];
  /** Set when the case was refused (a RulesError) and did not expect to be, or expected a refusal and was not. */
  readonly problem?: string | undefined;
}

/** Checks one case against its expectations under the given pack. */
export function checkCase(c: LoadedCase, pack: RulePack): CaseVerdict {
  const { error: expectedError, ...fields } = c.expect ?? {};
  const wanted = expectedError === undefined ? [] : Array.isArray(expectedError) ? expectedError.map(String) : [String(expectedError)];
  let result: unknown;
  try {
    result = runCase(c, pack);
  } catch (error) {
    if (!isRulesError(error)) throw error;
    const codes = error.issues.map((i) => i.code);
    const missing = wanted.filter((w) => !codes.includes(w));
    if (wanted.length > 0 && missing.length === 0) return { case: c, passed: true, mismatches: [] };
    // Each problem at the line of the input field it names, so the case file can be corrected where it is wrong.
    const fromDate = (i: { path: readonly (string | number)[] }) => c.date !== undefined && c.operation.dated && i.path.length === 1 && i.path[0] === 'asOf';
    const why = error.issues.map((i) => `line ${c.lineOfInput(i.path)}, ${fromDate(i) ? 'date' : _formatPath(['input', ...i.path])}: ${i.message} [${i.code}]`).map((l) => `\n        - ${l}`).join('');
    return { case: c, passed: false, mismatches: [], problem: wanted.length > 0 ? `expected a refusal with ${missing.join(', ')}; it was refused:${why}` : `refused:${why}` };
  }
  if (wanted.length > 0) return { case: c, passed: false, mismatches: [], problem: `expected a refusal with ${wanted.join(', ')}, but it was decided` };
  const mismatches = checkExpectations(fields, result);
  return { case: c, passed: mismatches.length === 0, mismatches };
}

/** Loads each distinct pack list once per run. */
export function packCache(io: CliIo, area: PackArea): (paths: readonly string[]) => Promise<RulePack> {
  const cache = new Map<string, Promise<RulePack>>();
  return (paths) => {
    const key = paths.join('\u0000');
    let p = cache.get(key);
    if (p === undefined) {
      p = loadPackFiles(io, area, paths);
      cache.set(key, p);
    }
    return p;
  };
}


import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { _issue, RulesError, type RulesIssue } from '../core/errors.js';

/** The two text formats a pack or case file may be written in. */
export type DataFileFormat = 'yaml' | 'json';

/** A parsed data file: its plain value, and where in the text each path sits. */
export interface _DataDocument {
  /** The plain value (what JSON.parse would give, or YAML's core-schema reading). */
  readonly data: unknown;
  /** The 1-based line of the key or item at `path` (or of the nearest enclosing one that exists). */
  readonly lineOf: (path: readonly (string | number)[]) => number;
  /** The source text of the scalar at `path`, when it is a plain (unquoted) number or boolean. */
  readonly plainScalarAt: (path: readonly (string | number)[]) => string | undefined;
}

function nodeAt(doc: Document, path: readonly (string | number)[]): { node: unknown; offset: number } {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number, number, number] } | null)?.range?.[0] ?? 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
      if (pair === undefined) return { node: undefined, offset };
      // The key's line names "the line and key" even when the value sits on the lines below it.
      offset = (pair.key as { range?: [number, number, number] } | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (item === undefined) return { node: undefined, offset };
      offset = (item as { range?: [number, number, number] }).range?.[0] ?? offset;
      node = item;
    } else {
      return { node: undefined, offset };
    }
  }
  return { node, offset };
}

function jsonErrorOffset(text: string): number {
  const failsInside = (n: number): boolean => {
    try {
      JSON.parse(text.slice(0, n));
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const at = /position (\d+)/.exec(message);
      if (at !== null) return Number(at[1]) < n;
      return !/end of JSON input|Unterminated string/i.test(message);
    }
  };
  if (!failsInside(text.length)) return text.length;
  let lo = 0;
  let hi = text.length;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (failsInside(mid)) hi = mid;
    else lo = mid;
  }
  return hi - 1;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Reads a YAML or JSON text into plain data, keeping the position of every key so that a problem found later
 * can name its line. JSON must be strict JSON (JSON.parse decides); its positions come from the YAML parser,
 * JSON being YAML 1.2. Syntax errors are one RulesError whose messages name the line.
 */
export function _readDataFile(entry: string, text: string, format: DataFileFormat): _DataDocument {
  if (typeof text !== 'string') throw new RulesError(entry, [_issue('invalid_type', [], 'must be the text of the file')]);
  let jsonData: unknown;
  if (format === 'json') {
    try {
      jsonData = JSON.parse(text) as unknown;
    } catch (error) {
      // The parser's message may quote the text around the error (a value, perhaps personal): keep its first
      // clause only. The offset is in the message on newer Node versions; otherwise it is found as the shortest
      // prefix of the text that fails for a reason other than ending too soon.
      const clause = (error as Error).message.replace(/ in JSON at position[\s\S]*$/, '').replace(/, (?:\.\.\.)?"[\s\S]*$/, '').trim();
      const at = /position (\d+)/.exec((error as Error).message);
      const line = lineOfOffset(text, at !== null ? Number(at[1]) : jsonErrorOffset(text));
      throw new RulesError(entry, [{ code: 'invalid_format', path: [], message: `line ${line}: not valid JSON (${clause})` }]);
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (format === 'yaml' && doc.errors.length > 0) {
    const issues: RulesIssue[] = doc.errors.map((e) => {
      const line = counter.linePos(e.pos[0]).line;
      const first = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      return { code: 'invalid_format', path: [], message: `line ${line}: not valid YAML (${first})` };
    });
    throw new RulesError(entry, issues);
  }
  const positioned = doc.errors.length === 0;
  const data = format === 'json' ? jsonData : (doc.toJS({ maxAliasCount: 100 }) as unknown);
  return {
    data,
    lineOf: (path) => (positioned ? counter.linePos(nodeAt(doc, path).offset).line : 1),
    plainScalarAt: (path) => {
      if (!positioned) return undefined;
      const { node } = nodeAt(doc, path);
      if (!isScalar(node) || node.type !== 'PLAIN' || typeof node.value === 'string') return undefined;
      return typeof node.source === 'string' ? node.source : undefined;
    },
  };
}

/**
 * Re-issues a RulesError's issues (paths relative to the file's top level, plus `prefix`) with the line of
 * each in the file, under the file's name, in plain words: the message becomes `line N: <rule>` and the path
 * stays the key's place in the file (a printer writes `line N, entries.x[0].value: <rule>`).
 */
export function _atLines(entry: string, doc: _DataDocument, issues: readonly RulesIssue[], prefix: readonly (string | number)[] = []): RulesError {
  const placed = issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    const plain = doc.plainScalarAt(path);
    const hint = plain !== undefined && issue.code === 'invalid_type' && issue.message === 'must be text' ? ` (write it in quotes: "${plain}")` : '';
    const rule = issue.message;
    // An unknown field is pointed at where it is written, not at the object that holds it.
    const stray = issue.code === 'unrecognized_keys' ? /"([^"]+)"/.exec(rule)?.[1] : undefined;
    const line = doc.lineOf(stray === undefined ? path : [...path, stray]);
    return { line, issue: { code: issue.code, path, message: `line ${line}: ${rule}${hint}` } };
  });
  // In the order of the file, so a reader can work down it.
  return new RulesError(entry, placed.sort((a, b) => a.line - b.line).map((p) => p.issue));
}

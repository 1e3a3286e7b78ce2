import type * as z from 'zod';

/**
 * The machine-readable code of one {@link RulesIssue}.
 *
 * Schema codes come from zod (`invalid_type`, `too_small`, …); the others are raised by the library's own
 * checks (rule packs, dates, cross-field rules). The union is open-ended on purpose: new codes may arrive in
 * a minor release, so switch on the ones you handle and keep a default branch.
 */
export type RulesIssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'invalid_key'
  | 'invalid_element'
  | 'unrecognized_keys'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'custom'
  | 'unknown_key'
  | 'overlapping_period'
  | 'gap_in_period'
  | 'empty_period'
  | 'no_value_in_force'
  | 'law_override'
  | 'kind_mismatch'
  | 'missing_key'
  | 'nonexistent_local_time'
  | 'ambiguous_local_time'
  | 'inconsistent_input'
  | (string & {});

/**
 * One problem with an input, a rule pack or an option.
 *
 * Issues are plain data so that a form can attach each message to its field. The `message` names the field
 * and the rule that failed and never repeats the value that was given (a value may be a name, an NHS number
 * or a date of birth).
 */
export interface RulesIssue {
  /** What went wrong, as a stable code. */
  readonly code: RulesIssueCode;
  /** Where: the path of the field inside the value that was checked, e.g. `["outcomes", 3, "limbs"]`. */
  readonly path: readonly (string | number)[];
  /**
   * A short English sentence about the field, without its path, ready to show beside it in a form: "is
   * required", "must be one of: is, is-likely", "must be on or after 2015-04-01, when SI 2015/313 came into
   * force". `RulesError.message` joins each path and message for logs.
   */
  readonly message: string;
}

const BRAND = Symbol.for('adult-social-care-rules.RulesError');

/**
 * The one error type of the library: bad input, a bad rule pack, or an impossible option.
 *
 * A domain "no" (not eligible, duty not engaged) is never an error: it is a value in the result. A
 * `RulesError` means the caller must fix what it passed. Recognise it with {@link isRulesError}, not
 * `instanceof`, because an application can load both the ESM and the CJS build of this package.
 *
 * @example
 * ```ts
 * import { RulesError, isRulesError } from 'adult-social-care-rules';
 *
 * try {
 *   throw new RulesError('assessProviderRisk', [
 *     { code: 'invalid_type', path: ['evidence', 0, 'date'], message: 'must be a calendar date written YYYY-MM-DD' },
 *   ]);
 * } catch (error) {
 *   if (isRulesError(error)) console.log(error.issues.map((i) => i.path.join('.')));
 * }
 * ```
 */
export class RulesError extends Error {
  /** Always `"RulesError"`. */
  override readonly name = 'RulesError';
  /** What the caller asked for when the error arose, e.g. `"determineAdultEligibility"`. */
  readonly entry: string;
  /** Every problem found, in the order found (never empty). */
  readonly issues: readonly RulesIssue[];

  /**
   * @param entry - the public function or pack operation that refused the input
   * @param issues - at least one issue
   */
  constructor(entry: string, issues: readonly RulesIssue[]) {
    const list = issues.length > 0 ? issues : [{ code: 'custom', path: [], message: 'invalid input' }];
    super(`${entry}: ${list.length === 1 ? 'invalid input' : `${list.length} problems`}\n${list.map((i) => `✖ ${_formatPath(i.path)}: ${i.message}`).join('\n')}`);
    this.entry = entry;
    this.issues = Object.freeze(list.map((i) => Object.freeze({ code: i.code, path: Object.freeze([...i.path]), message: i.message })));
    // Not enumerable, not writable: defineProperty's defaults.
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether a value is a {@link RulesError}, from this copy of the library or any other (ESM or CJS).
 *
 * @param value - anything caught
 * @returns `true` when `value` carries the RulesError brand
 *
 * @example
 * ```ts
 * import { isRulesError } from 'adult-social-care-rules';
 *
 * isRulesError(new Error('x')); //=> false
 * ```
 */
export function isRulesError(value: unknown): value is RulesError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** Formats an issue path as `a.b[2].c` for messages. */
export function _formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(input)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Builds one issue: `rule` is a sentence about the field, without its path (a form shows it by the field). */
export function _issue(code: RulesIssueCode, path: readonly (string | number)[], rule: string): RulesIssue {
  return { code, path, message: rule };
}

function toKey(key: PropertyKey): string | number {
  return typeof key === 'number' ? key : String(key);
}

// zod's own English messages ("Invalid input: expected boolean, received string") are written for logs; a
// message set in a schema (`{ error: 'must be …' }`) is already a sentence for a form and is kept.
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized)/;

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'must be text',
  number: 'must be a number',
  int: 'must be a whole number',
  boolean: 'must be true or false',
  object: 'must be an object',
  array: 'must be a list',
  date: 'must be a date',
  bigint: 'must be a whole number',
  record: 'must be an object',
  null: 'must be null',
  function: 'must be a function',
};

function quoted(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function plural(n: unknown, one: string): string {
  return `${String(n)} ${one}${n === 1 ? '' : 's'}`;
}

// One sentence per zod issue, with the bound or list it failed (never the value given). A missing field "is
// required" even where the schema words its type itself (a date's "must be a calendar date …"): the issue's
// `input`, which _parse asks zod to report, says so.
function sentence(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) return 'is required';
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.message.endsWith('received undefined')) return 'is required';
      return TYPE_WORDS[issue.expected] ?? `must be of type ${issue.expected}`;
    case 'invalid_value':
      if (issue.values.length !== 1) return `must be one of: ${quoted(issue.values)}`;
      // One literal: quoted, so "must be \"rates\"" reads as a value; a blank literal as "blank".
      return issue.values[0] === '' ? 'must be blank' : `must be ${JSON.stringify(issue.values[0]) ?? String(issue.values[0])}`;
    case 'too_small': {
      const n = issue.minimum;
      if (issue.origin === 'array' || issue.origin === 'set') return n === 1 ? 'must not be empty' : `must have at least ${plural(n, 'item')}`;
      if (issue.origin === 'string') return n === 1 ? 'must not be empty' : `must be at least ${plural(n, 'character')} long`;
      return issue.inclusive === false ? `must be more than ${String(n)}` : `must be ${String(n)} or more`;
    }
    case 'too_big': {
      const n = issue.maximum;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have at most ${plural(n, 'item')}`;
      if (issue.origin === 'string') return `must be at most ${plural(n, 'character')} long`;
      return issue.inclusive === false ? `must be less than ${String(n)}` : `must be ${String(n)} or less`;
    }
    case 'invalid_format':
      if (issue.format === 'date') return 'must be a calendar date written YYYY-MM-DD';
      if (issue.format === 'regex' && issue.pattern !== undefined) return `must match the pattern ${issue.pattern}`;
      return `must be a valid ${issue.format}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options) ? `must be one of: ${quoted(issue.options as unknown[])}` : 'does not match any of the allowed forms';
    default:
      return 'is not valid';
  }
}

/**
 * Converts zod issues into RulesIssues whose messages are sentences for a form ("is required", "must be one
 * of: …"). The raw `input` that zod may attach is read (a field whose input is `undefined` "is required"
 * whatever the schema's wording) and dropped, so no personal value leaves the library.
 */
export function _fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[] = []): RulesIssue[] {
  const out: RulesIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(toKey)];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A union of literals ('a' | 'b') is one closed list: "must be one of: a, b", not the first literal.
      const literals = issue.errors.every((b) => b.length === 1 && b[0]!.code === 'invalid_value' && b[0]!.path.length === 0);
      if (literals) {
        const values = issue.errors.flatMap((b) => (b[0]!.code === 'invalid_value' ? b[0]!.values : []));
        out.push(_issue('invalid_value', path, values.length === 1 ? sentence(issue.errors[0]![0]!) : `must be one of: ${quoted(values)}`));
        continue;
      }
      // Report the closest branch rather than "invalid input": the branch with the fewest issues and, between
      // equals, not a lone literal (a blank cell's '' beside a date: the date's rule says more).
      const literal = (b: readonly z.core.$ZodIssue[]) => Number(b.length === 1 && b[0]!.code === 'invalid_value' && b[0]!.values.length === 1);
      const best = [...issue.errors].sort((a, b) => a.length - b.length || literal(a) - literal(b))[0] ?? [];
      const nested = _fromZodIssues(best, path);
      if (nested.length > 0) {
        out.push(...nested);
        continue;
      }
    }
    if ((issue.code === 'invalid_key' || issue.code === 'invalid_element') && issue.issues.length > 0) {
      out.push(..._fromZodIssues(issue.issues, issue.code === 'invalid_element' ? [...path, toKey(issue.key as PropertyKey)] : path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      out.push(_issue('unrecognized_keys', path, `has unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.map((k) => `"${k}"`).join(', ')}`));
      continue;
    }
    out.push(_issue(issue.code, path, sentence(issue)));
  }
  return out;
}

/**
 * Parses `input` with `schema` and returns the parsed value, or throws a {@link RulesError} naming `entry`.
 * Every public entry point goes through here so that no zod error, and no raw TypeError, escapes.
 */
export function _parse<S extends z.ZodType>(entry: string, schema: S, input: unknown): z.output<S> {
  // reportInput: each issue carries the value it failed on, so a missing field reads "is required".
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new RulesError(entry, _fromZodIssues(result.error.issues));
}

import * as z from 'zod';
import { RulesError, _fromZodIssues } from './errors.js';
import { packageInfo } from './packageInfo.js';
import type { IsoDate } from './dates.js';
import type { PackRef, ResolvedRule } from './rulePack.js';

/** The version of the trace format. It changes only when a field changes meaning or is removed. */
export const TRACE_VERSION = 1 as const;

/** A JSON value (what a trace may record as an input read). */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * How a rule came out.
 *
 * - `met`: the condition holds. - `not-met`: it does not (the step explains why not).
 * - `unknown`: an input it needs is missing, so it could not be decided.
 * - `applied`: a calculation or policy choice was made (no yes/no answer).
 */
export type TraceOutcome = 'met' | 'not-met' | 'unknown' | 'applied';

/** One input a rule read: the path in the caller's input (or the pack key) and the value it had. */
export interface TraceInput {
  /** Input path, e.g. `"outcomes.nutrition.unableToAchieve"`, or `"pack:risk.staleAfterDays"`. */
  readonly path: string;
  /** The value read; omitted for personal fields and for inputs that were missing. */
  readonly value?: JsonValue | undefined;
}

/** One step of a decision: which rule fired, under which authority, what it read and why it came out so. */
export interface TraceStep {
  /** A stable rule id, e.g. `"eligibility.adult.conditionA"`. */
  readonly rule: string;
  /** The legal or policy authority, e.g. `"SI 2015/313 reg 2(1)(a)"` or `"Coventry QA framework Table One"`. */
  readonly citation: string;
  /** The inputs read, in the order read. */
  readonly inputs: readonly TraceInput[];
  /** How it came out. */
  readonly outcome: TraceOutcome;
  /** One plain English sentence: why it came out so (for `not-met`, why not). */
  readonly because: string;
  /** Warnings that apply to this step, e.g. an unverified parameter. */
  readonly warnings?: readonly string[] | undefined;
}

/** The pack values a decision used, for audit: key, value, period and citation. */
export interface TraceParameter {
  /** Parameter key. */
  readonly key: string;
  /** The value in force. */
  readonly value: JsonValue;
  /** First day of the period (inclusive). */
  readonly validFrom: IsoDate;
  /** First day after the period, when it ends. */
  readonly validTo?: IsoDate | undefined;
  /** `law` or `policy`. */
  readonly kind: 'law' | 'policy';
  /** Where it comes from. */
  readonly citation: string;
  /** The layer that supplied it: `"id@version"`. */
  readonly layer: string;
  /** Present when the value is not verified law or published fact: the pack's warning. */
  readonly warning?: string | undefined;
}

/**
 * The explanation of one decision, in one versioned, JSON-safe format shared by every area.
 */
export interface Trace {
  /** Always {@link TRACE_VERSION} for this format. */
  readonly traceVersion: typeof TRACE_VERSION;
  /** The library that decided: its npm name and version. */
  readonly package: { readonly name: string; readonly version: string };
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The date the rules were applied as of (the caller's date; the library never reads the clock). */
  readonly asOf: IsoDate;
  /** The public function that decided, e.g. `"determineAdultEligibility"`. */
  readonly entry: string;
  /** The steps, in the order the rules were applied. Failing conditions are kept. */
  readonly steps: readonly TraceStep[];
  /** The pack values the decision used. */
  readonly parameters: readonly TraceParameter[];
}

// What a trace records is the JSON reading of a value: exactly `JSON.parse(JSON.stringify(value ?? null))`.
// Most values are already plain data (strings, numbers, small arrays, objects made by the library or by
// validation), so they are copied directly, with JSON's rules (undefined, functions and symbols dropped from
// objects and null in arrays, non-finite numbers null, -0 as 0, `toJSON` called with its key); only a value
// that is not plain (a class instance without `toJSON`, a bigint, a cycle or very deep nesting) takes the text
// round trip, so the result, and any error, is JSON's own. The copy keeps a trace from sharing arrays or
// objects with the caller's input or with the result. test/core/trace.test.ts checks it against JSON.
const NOT_PLAIN = Symbol('not plain');
const MAX_DEPTH = 64;

function copyJson(value: unknown, key: string | number, depth: number): JsonValue | undefined | typeof NOT_PLAIN {
  let v = value;
  // The key (an array index is a number here, a string for toJSON only when one is called).
  if (typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON === 'function') v = (v as { toJSON: (k: string) => unknown }).toJSON(String(key));
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
    case 'bigint':
      return NOT_PLAIN;
  }
  if (v === null) return null;
  if (depth > MAX_DEPTH) return NOT_PLAIN;
  if (Array.isArray(v)) {
    const out: JsonValue[] = new Array<JsonValue>(v.length);
    for (let i = 0; i < v.length; i += 1) {
      const x = copyJson(v[i], i, depth + 1);
      if (x === NOT_PLAIN) return NOT_PLAIN;
      out[i] = x === undefined ? null : x;
    }
    return out;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return NOT_PLAIN;
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(v as object)) {
    const x = copyJson((v as Record<string, unknown>)[k], k, depth + 1);
    if (x === NOT_PLAIN) return NOT_PLAIN;
    if (x !== undefined) out[k] = x;
  }
  return out;
}

function toJson(value: unknown): JsonValue {
  const copy = value === undefined ? null : copyJson(value, '', 0);
  return copy === NOT_PLAIN || copy === undefined ? (JSON.parse(JSON.stringify(value ?? null)) as JsonValue) : copy;
}

// JSON's own reading of a value, for an area whose steps record only small validated data (strings, booleans,
// lists of strings) on its hot path, and anything else rarely: strings, booleans and true arrays of strings
// are copied directly, every other value takes the text round trip. Exact by definition, and without the
// general copier above, so a page that builds its steps with the `_plain…` functions does not carry it.
function jsonOf(value: unknown): JsonValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && !('toJSON' in value)) {
    const out = new Array<string>(value.length);
    for (let i = 0; i < value.length; i += 1) {
      const x: unknown = value[i];
      if (typeof x !== 'string') return JSON.parse(JSON.stringify(value)) as JsonValue;
      out[i] = x;
    }
    return out;
  }
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
}

function parametersWith(used: readonly ResolvedRule[], copy: (value: unknown) => JsonValue): TraceParameter[] {
  const parameters = new Array<TraceParameter>(used.length);
  for (let i = 0; i < used.length; i += 1) {
    const r = used[i]!;
    // Field by field, in the order traces have always had (validTo and warning only when set).
    const p: { -readonly [K in keyof TraceParameter]: TraceParameter[K] } = { key: r.key, value: copy(r.value), validFrom: r.validFrom } as TraceParameter;
    if (r.validTo !== undefined) p.validTo = r.validTo;
    p.kind = r.kind;
    p.citation = r.citation;
    p.layer = `${r.layer.id}@${r.layer.version}`;
    if (r.warning !== undefined) p.warning = r.warning;
    parameters[i] = p;
  }
  return parameters;
}

/** The trace's record of the pack values used, in order (fresh objects; freeze them to share them). */
export function _traceParameters(used: readonly ResolvedRule[]): TraceParameter[] {
  return parametersWith(used, toJson);
}

/** {@link _traceParameters}, copying values by JSON's round trip (see jsonOf): the same record. */
export function _plainTraceParameters(used: readonly ResolvedRule[]): TraceParameter[] {
  return parametersWith(used, jsonOf);
}

interface TraceArgs {
  entry: string;
  asOf: IsoDate;
  pack: PackRef;
  steps: readonly TraceStep[];
}

function traceOf(args: TraceArgs, parameters: readonly TraceParameter[]): Trace {
  return {
    traceVersion: TRACE_VERSION,
    package: packageInfo, // frozen: shared by every trace
    pack: args.pack,
    asOf: args.asOf,
    entry: args.entry,
    steps: args.steps,
    parameters,
  };
}

/**
 * Builds a trace. Areas call this once per decision, with the steps in order.
 */
export function _makeTrace(args: TraceArgs & { used?: readonly ResolvedRule[] | undefined }): Trace {
  return traceOf(args, _traceParameters(args.used ?? []));
}

/** {@link _makeTrace} with the parameters' record already made by {@link _plainTraceParameters} and frozen (copied into a fresh list). */
export function _plainTrace(args: TraceArgs & { parameters: readonly TraceParameter[] }): Trace {
  return traceOf(args, args.parameters.slice());
}

/** Builds one step; `inputs` given as `[path, value]` pairs (value `undefined` when missing or personal). */
export function _step(rule: string, citation: string, outcome: TraceOutcome, because: string, inputs: readonly (readonly [string, unknown])[] = [], warnings?: readonly string[]): TraceStep {
  // Written out (no map, no spread, no shared helper): a decision builds about twenty steps, so this is on
  // every hot path of every area. _plainStep below is the same with JSON's round trip.
  const read = new Array<TraceInput>(inputs.length);
  for (let i = 0; i < inputs.length; i += 1) {
    const [path, value] = inputs[i]!;
    read[i] = value === undefined ? { path } : { path, value: toJson(value) };
  }
  const step: { -readonly [K in keyof TraceStep]: TraceStep[K] } = { rule, citation, inputs: read, outcome, because };
  if (warnings !== undefined && warnings.length > 0) step.warnings = warnings;
  return step;
}

/** {@link _step}, recording values by JSON's round trip (see jsonOf): the same step. */
export function _plainStep(rule: string, citation: string, outcome: TraceOutcome, because: string, inputs: readonly (readonly [string, unknown])[] = [], warnings?: readonly string[]): TraceStep {
  const read = new Array<TraceInput>(inputs.length);
  for (let i = 0; i < inputs.length; i += 1) {
    const [path, value] = inputs[i]!;
    read[i] = value === undefined ? { path } : { path, value: jsonOf(value) };
  }
  const step: { -readonly [K in keyof TraceStep]: TraceStep[K] } = { rule, citation, inputs: read, outcome, because };
  if (warnings !== undefined && warnings.length > 0) step.warnings = warnings;
  return step;
}

// What whyNot and renderTrace read of a trace, checked before they read it (loose objects: a trace from an
// older or newer minor version, or with extra fields, still reads). Only a trace from a caller is checked
// here; the library never calls these on its own hot paths.
// Made on first use, so that a bundle that never reads a trace back (most pages) does not carry them.
let shapes: { steps: z.ZodType; trace: z.ZodType } | undefined;
function traceShapes(): { steps: z.ZodType; trace: z.ZodType } {
  if (shapes !== undefined) return shapes;
  const step = z.looseObject({ citation: z.string(), outcome: z.enum(['met', 'not-met', 'unknown', 'applied']), because: z.string(), warnings: z.array(z.string()).optional() });
  const parameter = z.looseObject({ key: z.string(), citation: z.string(), warning: z.string().optional() });
  const ref = z.looseObject({ id: z.string(), version: z.string() });
  const trace = z.looseObject({ entry: z.string(), asOf: z.string(), pack: ref, package: z.looseObject({ name: z.string(), version: z.string() }), steps: z.array(step), parameters: z.array(parameter) });
  return (shapes = { steps: z.looseObject({ steps: z.array(step) }), trace });
}

// Refuses a malformed trace with every issue under the argument's name, e.g. `trace.steps[2].outcome`.
function checkTrace(entry: string, shape: z.ZodType, trace: unknown): void {
  const result = shape.safeParse(trace);
  if (!result.success) throw new RulesError(entry, _fromZodIssues(result.error.issues, ['trace']));
}

/**
 * The steps of a trace that did not hold: the answer to "why not?".
 *
 * @param trace - any trace
 * @returns the `not-met` and `unknown` steps, in order
 * @throws {@link RulesError} when `trace` is not a trace (the path names the malformed field, e.g. `trace.steps[2].outcome`)
 *
 * @example
 * ```ts
 * import { whyNot, type Trace } from 'adult-social-care-rules';
 *
 * declare const trace: Trace;
 * for (const step of whyNot(trace)) console.log(`${step.citation}: ${step.because}`);
 * ```
 */
export function whyNot(trace: Trace): readonly TraceStep[] {
  checkTrace('whyNot', traceShapes().steps, trace);
  return trace.steps.filter((s) => s.outcome === 'not-met' || s.outcome === 'unknown');
}

const MARK: Record<TraceOutcome, string> = { met: 'met', 'not-met': 'NOT met', unknown: 'unknown', applied: 'applied' };

/**
 * Renders a trace as plain English lines, for a case note, a letter annex or a terminal.
 *
 * @param trace - any trace
 * @returns one header line, one line per step (with its warnings), then one line per unverified parameter used
 * @throws {@link RulesError} when `trace` is not a trace (the path names the malformed field)
 *
 * @example
 * ```ts
 * import { renderTrace, type Trace } from 'adult-social-care-rules';
 *
 * declare const trace: Trace;
 * console.log(renderTrace(trace).join('\n'));
 * // Decision by determineAdultEligibility as of 2026-11-23 (pack coventry-eligibility 2026.1; adult-social-care-rules 0.1.0)
 * // 1. [SI 2015/313 reg 2(1)(a)] met: the needs arise from a physical impairment.
 * ```
 */
export function renderTrace(trace: Trace): string[] {
  checkTrace('renderTrace', traceShapes().trace, trace);
  const lines = [`Decision by ${trace.entry} as of ${trace.asOf} (pack ${trace.pack.id} ${trace.pack.version}; ${trace.package.name} ${trace.package.version})`];
  trace.steps.forEach((s, i) => {
    lines.push(`${i + 1}. [${s.citation}] ${MARK[s.outcome]}: ${s.because}`);
    for (const w of s.warnings ?? []) lines.push(`   warning: ${w}`);
  });
  for (const p of trace.parameters) if (p.warning !== undefined) lines.push(`Parameter ${p.key} (${p.citation}): ${p.warning}`);
  return lines;
}

import * as z from 'zod';
import { _issue, _parse, isRulesError, RulesError } from './errors.js';
import { packRef, type PackRef, type RulePack } from './rulePack.js';
import type { JsonValue, Trace, TraceOutcome } from './trace.js';

/** One case of a what-if comparison: a name for the report and the input the decision takes. */
export interface WhatIfCase<I = unknown> {
  /** Shown in the report, e.g. a case reference or the name of a worked example. */
  readonly name: string;
  /** The input passed to the decision. */
  readonly input: I;
}

/** Options of {@link compareUnderPacks}. */
export interface CompareUnderPacksOptions<R> {
  /**
   * The fields of a result that are compared, as flat JSON (`{ status: 'eligible' }`, `{ level: 3 }`,
   * `{ 'totals.2030': '16447' }`). Defaults to the result's top-level scalar fields and lists of scalars.
   */
  readonly outcome?: ((result: R) => Readonly<Record<string, JsonValue>>) | undefined;
  /** The outcome field whose moves are counted in the summary (e.g. `status`); defaults to the first field. */
  readonly headline?: string | undefined;
  /** What a case is called in the summary, plural: `determinations`, `providers`. Defaults to `cases`. */
  readonly noun?: string | undefined;
}

/** One outcome field that differs. `undefined` means the field was absent on that side. */
export interface OutcomeChange {
  /** The outcome field, e.g. `status`. */
  readonly field: string;
  /** Its value under the baseline. */
  readonly before: JsonValue | undefined;
  /** Its value under the proposal. */
  readonly after: JsonValue | undefined;
}

/** One trace step that came out differently (or appears on one side only). */
export interface StepChange {
  /** The rule id of the step. */
  readonly rule: string;
  /** Its citation (from the proposal's step when both exist). */
  readonly citation: string;
  /** The step under the baseline, absent when only the proposal has it. */
  readonly before?: { readonly outcome: TraceOutcome; readonly because: string } | undefined;
  /** The step under the proposal, absent when only the baseline has it. */
  readonly after?: { readonly outcome: TraceOutcome; readonly because: string } | undefined;
}

/** One pack value used by the decision that differs between the two packs. */
export interface ParameterChange {
  /** The parameter key. */
  readonly key: string;
  /** Its value under the baseline (absent when not used). */
  readonly before?: JsonValue | undefined;
  /** Its value under the proposal (absent when not used). */
  readonly after?: JsonValue | undefined;
  /** The layer that set it under the proposal, `id@version`. */
  readonly layer?: string | undefined;
}

/** A case whose outcome changes, with what changed and why. */
export interface CaseChange {
  /** The case's name. */
  readonly name: string;
  /** The outcome fields that differ. */
  readonly changes: readonly OutcomeChange[];
  /** The trace steps that differ, in the order of the proposal's trace, then those only the baseline has. */
  readonly steps: readonly StepChange[];
  /** The pack values the decision used that differ. */
  readonly parameters: readonly ParameterChange[];
}

/** The result of {@link compareUnderPacks}. */
export interface PackComparison {
  /** The baseline pack. */
  readonly baseline: PackRef;
  /** The proposed pack. */
  readonly proposal: PackRef;
  /** How many cases were run. */
  readonly total: number;
  /** The cases whose outcome changes, in input order. */
  readonly changed: readonly CaseChange[];
  /** Moves of the headline field, most frequent first: `{ from: 'eligible', to: 'undetermined', count: 9 }`. */
  readonly transitions: readonly { readonly field: string; readonly from: JsonValue | undefined; readonly to: JsonValue | undefined; readonly count: number }[];
  /** One line: `"14 of 200 determinations change; 9 eligible → undetermined"`. */
  readonly summary: string;
}

const CasesSchema = z.array(z.object({ name: z.string().min(1), input: z.unknown() }));
// The options are read as they are (a function is kept, not copied), so only their types are checked here.
const OptionsShape = z.object({
  options: z.object({
    outcome: z.custom<unknown>((v) => typeof v === 'function', { error: 'must be a function (result) => outcome fields' }).optional(),
    headline: z.string().optional(),
    noun: z.string().optional(),
  }),
});
const PackShape = z.object({ id: z.string(), version: z.string(), layers: z.array(z.object({ id: z.string(), version: z.string() })), spec: z.record(z.string(), z.unknown()), entries: z.record(z.string(), z.array(z.unknown())) });

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function defaultOutcome(result: unknown): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  if (result === null || typeof result !== 'object') return { result: isScalar(result) ? result : null };
  for (const [k, v] of Object.entries(result)) {
    if (isScalar(v)) out[k] = v;
    else if (Array.isArray(v) && v.every(isScalar)) out[k] = v as JsonValue;
  }
  return out;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const show = (v: JsonValue | undefined): string => (v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v));

interface Side {
  outcome: Record<string, JsonValue>;
  trace: Trace | undefined;
}

function runSide<I, R, P>(decide: (input: I, pack: P) => R, input: I, pack: P, outcome: (r: R) => Readonly<Record<string, JsonValue>>): Side {
  try {
    const result = decide(input, pack);
    const trace = (result as { trace?: Trace } | null)?.trace;
    return { outcome: { ...outcome(result) }, trace: trace !== undefined && Array.isArray(trace.steps) ? trace : undefined };
  } catch (error) {
    // A case one pack refuses and the other decides is a change worth seeing, not a crash.
    if (isRulesError(error)) return { outcome: { refused: [...new Set(error.issues.map((i) => i.code))].join(', ') }, trace: undefined };
    throw error;
  }
}

function keyed(trace: Trace | undefined): Map<string, Trace['steps'][number]> {
  const seen = new Map<string, number>();
  const out = new Map<string, Trace['steps'][number]>();
  for (const s of trace?.steps ?? []) {
    const n = seen.get(s.rule) ?? 0;
    seen.set(s.rule, n + 1);
    out.set(`${s.rule}#${n}`, s);
  }
  return out;
}

function stepChanges(a: Trace | undefined, b: Trace | undefined): StepChange[] {
  const before = keyed(a);
  const after = keyed(b);
  const out: StepChange[] = [];
  for (const [k, s] of after) {
    const p = before.get(k);
    if (p !== undefined && p.outcome === s.outcome && p.because === s.because) continue;
    out.push({ rule: s.rule, citation: s.citation, ...(p === undefined ? {} : { before: { outcome: p.outcome, because: p.because } }), after: { outcome: s.outcome, because: s.because } });
  }
  for (const [k, p] of before) if (!after.has(k)) out.push({ rule: p.rule, citation: p.citation, before: { outcome: p.outcome, because: p.because } });
  return out;
}

function parameterChanges(a: Trace | undefined, b: Trace | undefined): ParameterChange[] {
  const before = new Map((a?.parameters ?? []).map((p) => [p.key, p]));
  const after = new Map((b?.parameters ?? []).map((p) => [p.key, p]));
  const out: ParameterChange[] = [];
  for (const key of new Set([...after.keys(), ...before.keys()])) {
    const p = before.get(key);
    const q = after.get(key);
    if (p !== undefined && q !== undefined && same(p.value, q.value)) continue;
    out.push({ key, ...(p === undefined ? {} : { before: p.value }), ...(q === undefined ? {} : { after: q.value, layer: q.layer }) });
  }
  return out;
}

/**
 * Runs each case under a baseline pack and a proposed pack and reports every case whose outcome changes:
 * which outcome fields (status, level, deadline, figure), which trace steps came out differently and which
 * pack values used differ, with a one-line summary such as `"14 of 200 determinations change; 9 eligible →
 * undetermined"`. This is how a council sees what a policy change would do to real cases before adopting it.
 *
 * Pure: `decide` is called with each input and each pack and must not depend on anything else. A case one
 * pack refuses (a `RulesError`, e.g. no value in force on its date) gets the outcome `{ refused: <codes> }`,
 * so a change between refused and decided is reported like any other.
 *
 * @param decide - the decision, e.g. `(input, pack) => determineAdultEligibility(input, { pack })`
 * @param cases - named inputs
 * @param baseline - the pack in force (e.g. the library default, or the council's current pack)
 * @param proposal - the pack proposed
 * @param options - which outcome fields are compared, the headline field and the noun of the summary
 * @returns the changed cases and the summary
 * @throws {@link RulesError} when `cases` are not named inputs, a pack is not a built pack or an option has the
 *   wrong type (path `options.<name>`); any error
 *   other than a RulesError thrown by `decide` is passed on
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { compareUnderPacks, defineRulePack, extendPack, resolve, type RulePack } from 'adult-social-care-rules';
 *
 * const spec = { threshold: { kind: 'policy', schema: z.number(), description: 'Score at which to act.' } } as const;
 * const baseline = defineRulePack(spec, { id: 'base', version: '1', entries: { threshold: [{ validFrom: '2020-01-01', value: 10, citation: 'Policy', kind: 'policy' }] } });
 * const proposal = extendPack(baseline, { id: 'lower', version: '1', entries: { threshold: [{ validFrom: '2020-01-01', value: 8, citation: 'Draft', kind: 'policy' }] } });
 * const decide = (score: number, pack: RulePack<typeof spec>) => ({ status: score >= resolve(pack, 'threshold', '2026-01-01').value ? 'act' : 'watch' });
 * const report = compareUnderPacks(decide, [{ name: 'A', input: 9 }, { name: 'B', input: 12 }], baseline, proposal, { noun: 'providers' });
 * report.summary; //=> '1 of 2 providers change; 1 watch → act'
 * ```
 */
export function compareUnderPacks<I, R, P extends RulePack>(
  decide: (input: I, pack: P) => R,
  cases: readonly WhatIfCase<I>[],
  baseline: P,
  proposal: P,
  options?: CompareUnderPacksOptions<R>,
): PackComparison {
  const ENTRY = 'compareUnderPacks';
  if (typeof decide !== 'function') throw new RulesError(ENTRY, [_issue('invalid_type', ['decide'], 'must be a function (input, pack) => result')]);
  _parse(ENTRY, CasesSchema, cases);
  if (options !== undefined) _parse(ENTRY, OptionsShape, { options });
  for (const [name, pack] of [['baseline', baseline], ['proposal', proposal]] as const) {
    if (!PackShape.safeParse(pack).success) throw new RulesError(ENTRY, [_issue('invalid_type', [name], 'must be a rule pack built with defineRulePack or extendPack')]);
  }
  const baseKeys = Object.keys(baseline.spec).sort().join(',');
  if (baseKeys !== Object.keys(proposal.spec).sort().join(',')) throw new RulesError(ENTRY, [_issue('invalid_value', ['proposal'], 'the two packs declare different parameters: compare packs of the same area')]);
  const outcome = options?.outcome ?? (defaultOutcome as (r: R) => Record<string, JsonValue>);
  const changed: CaseChange[] = [];
  const moves = new Map<string, { field: string; from: JsonValue | undefined; to: JsonValue | undefined; count: number }>();
  let headline = options?.headline;
  for (const c of cases) {
    const a = runSide(decide, c.input, baseline, outcome);
    const b = runSide(decide, c.input, proposal, outcome);
    headline ??= Object.keys(a.outcome.refused === undefined ? a.outcome : b.outcome).find((k) => k !== 'refused');
    const fields = [...new Set([...Object.keys(a.outcome), ...Object.keys(b.outcome)])];
    const changes = fields.filter((f) => !same(a.outcome[f], b.outcome[f])).map((f) => ({ field: f, before: a.outcome[f], after: b.outcome[f] }));
    if (changes.length === 0) continue;
    changed.push({ name: c.name, changes, steps: stepChanges(a.trace, b.trace), parameters: parameterChanges(a.trace, b.trace) });
    if (headline !== undefined) {
      const from = a.outcome.refused !== undefined ? 'refused' : a.outcome[headline];
      const to = b.outcome.refused !== undefined ? 'refused' : b.outcome[headline];
      if (!same(from, to)) {
        const key = `${show(from)}\u0000${show(to)}`;
        const m = moves.get(key) ?? { field: headline, from, to, count: 0 };
        m.count += 1;
        moves.set(key, m);
      }
    }
  }
  const transitions = [...moves.values()].sort((x, y) => y.count - x.count);
  const noun = options?.noun ?? 'cases';
  // "9 eligible → undetermined" reads alone; "2 level 2 → 3" needs the field's name.
  const parts = transitions.map((t) => `${t.count} ${typeof t.from === 'string' && typeof t.to === 'string' ? '' : `${t.field} `}${show(t.from)} → ${show(t.to)}`);
  const summary = `${changed.length} of ${cases.length} ${noun} change${parts.length > 0 ? `; ${parts.join('; ')}` : ''}`;
  return { baseline: packRef(baseline), proposal: packRef(proposal), total: cases.length, changed, transitions, summary };
}

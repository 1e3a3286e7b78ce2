import * as z from 'zod';
import { IsoDateSchema, type IsoDate } from './calendar.js';
import { RulesError, _fromZodIssues, _issue, _parse, type RulesIssue } from './errors.js';
import { EntryShapeSchema, LayerShapeSchema } from './packShapes.js';
import { NOT_A_PACK, _checkSpec } from './packChecks.js';

/**
 * Whether a parameter is national law (fixed by statute or regulations: a council cannot change it) or local
 * policy (a council's choice: the Coventry default can be replaced).
 */
export type RuleKind = 'law' | 'policy';

/**
 * The declaration of one parameter of a rule pack: its kind, the schema its value must satisfy and what it
 * means. An area declares its parameters once; packs then give them dated values.
 */
export interface RuleParameterSpec<S extends z.ZodType = z.ZodType> {
  /** `law` parameters can never be overridden by {@link extendPack}. */
  readonly kind: RuleKind;
  /** The schema every value of this parameter must pass. */
  readonly schema: S;
  /** What the parameter means, in a sentence. */
  readonly description: string;
}

/** The parameters of a pack, by key. */
export type PackSpec = Readonly<Record<string, RuleParameterSpec>>;

/** The value type of each parameter of a pack, once parsed. */
export type PackValues<S extends PackSpec> = { -readonly [K in keyof S]: z.output<S[K]['schema']> };

/** The value type of each parameter of a pack, as written in a pack source (JSON). */
export type PackInputValues<S extends PackSpec> = { -readonly [K in keyof S]: z.input<S[K]['schema']> };

/**
 * One dated value of a parameter, as a pack author writes it.
 *
 * Periods are half-open: `validFrom` is the first day the value applies, `validTo` the first day it no longer
 * applies (omit it for "until further notice").
 */
export interface RuleEntryInput<T = unknown> {
  /** First day in force, `YYYY-MM-DD` (inclusive). */
  validFrom: IsoDate;
  /** First day no longer in force, `YYYY-MM-DD` (exclusive); omitted when open-ended. */
  validTo?: IsoDate | undefined;
  /** The value, which must pass the parameter's schema. */
  value: T;
  /** Where the value comes from: `"SI 2015/313 reg 2(1)"`, `"Coventry QA framework para 1.17"`. */
  citation: string;
  /** Must equal the parameter's declared kind. */
  kind: RuleKind;
  /**
   * Set when the value is not verified law or published fact: a short warning shown in every trace that uses
   * it (e.g. "UNVERIFIED: taken from the seed report, not from the regulations").
   */
  warning?: string | undefined;
}

/** Which layer of a pack a value came from. */
export interface PackLayerRef {
  /** The layer's pack id, e.g. `"coventry-risk"`. */
  readonly id: string;
  /** The layer's version, e.g. `"2026.1"`. */
  readonly version: string;
}

/** One dated value of a parameter inside a built pack: the entry plus the layer it came from. */
export interface RuleEntry<T = unknown> {
  /** First day in force (inclusive). */
  readonly validFrom: IsoDate;
  /** First day no longer in force (exclusive); `undefined` when open-ended. */
  readonly validTo: IsoDate | undefined;
  /** The parsed value. */
  readonly value: T;
  /** Where the value comes from. */
  readonly citation: string;
  /** `law` or `policy`. */
  readonly kind: RuleKind;
  /** A warning when the value is not verified. */
  readonly warning: string | undefined;
  /** The layer that supplied this value. */
  readonly layer: PackLayerRef;
}

/**
 * A built rule pack: every parameter of its spec with a contiguous, non-overlapping timeline of dated
 * values. Build one with {@link defineRulePack}, layer a council's own values on it with {@link extendPack},
 * read it with {@link resolve}. A pack is plain frozen data; the functions never change it.
 */
export interface RulePack<S extends PackSpec = PackSpec> {
  /** The pack id (of its top layer). */
  readonly id: string;
  /** The pack version (of its top layer). */
  readonly version: string;
  /** Every layer, base first; the last one wins where periods overlap. */
  readonly layers: readonly PackLayerRef[];
  /** The parameter declarations. */
  readonly spec: S;
  /** Each parameter's timeline, ordered by `validFrom`. */
  readonly entries: { readonly [K in keyof S]: readonly RuleEntry<z.output<S[K]['schema']>>[] };
}

/** The identity of a pack as every result records it. */
export interface PackRef {
  /** The pack id. */
  readonly id: string;
  /** The pack version. */
  readonly version: string;
  /** Every layer, base first. */
  readonly layers: readonly PackLayerRef[];
}

/** A pack (or override layer) as its author writes it: JSON-friendly data. */
export interface RulePackSource<S extends PackSpec = PackSpec> {
  /** A stable id, e.g. `"coventry-risk"` or `"leeds-risk"`. */
  id: string;
  /** The author's version of this layer, e.g. `"2026.1"`. */
  version: string;
  /** Dated values per parameter. A base pack gives every parameter; an override layer gives some. */
  entries: { [K in keyof S]?: RuleEntryInput<z.input<S[K]['schema']>>[] | undefined };
}

/**
 * Whose date a pack is read as of, so that "no value in force" is reported against the caller's own field
 * (e.g. entry `"assessProviderRisk"`, path `["asOf"]`) rather than against `resolve`'s `onDate`.
 */
export interface ResolveAt {
  /** The public function reading the pack. */
  readonly entry: string;
  /** The path of the date in that function's input. */
  readonly datePath: readonly (string | number)[];
}

/** A value resolved from a pack for one date, with its provenance. */
export interface ResolvedRule<T = unknown> extends RuleEntry<T> {
  /** The parameter key. */
  readonly key: string;
}

// The shapes of a pack source live in packShapes.ts, and RulePackSourceSchema in packSource.ts (re-exported
// here), so that a bundle that only builds and reads packs does not carry the schema of a whole source file.
export { RulePackSourceSchema } from './packSource.js';

function checkTimeline(list: readonly { validFrom: string; validTo?: string | undefined }[], path: (string | number)[]): RulesIssue[] {
  const issues: RulesIssue[] = [];
  list.forEach((e, i) => {
    if (e.validTo !== undefined && e.validTo <= e.validFrom) {
      issues.push(_issue('empty_period', [...path, i, 'validTo'], 'must be after validFrom'));
    }
  });
  const order = list.map((e, i) => ({ e, i })).sort((a, b) => (a.e.validFrom < b.e.validFrom ? -1 : a.e.validFrom > b.e.validFrom ? 1 : 0));
  for (let n = 0; n + 1 < order.length; n += 1) {
    const cur = order[n]!;
    const next = order[n + 1]!;
    if (cur.e.validTo === undefined || cur.e.validTo > next.e.validFrom) {
      issues.push(_issue('overlapping_period', [...path, next.i, 'validFrom'], `overlaps the period from ${cur.e.validFrom}`));
    } else if (cur.e.validTo < next.e.validFrom) {
      issues.push(_issue('gap_in_period', [...path, next.i, 'validFrom'], `must be ${cur.e.validTo}, when the period before ends: every day must be covered`));
    }
  }
  return issues;
}

function parseEntries<S extends PackSpec>(
  entryName: string,
  spec: S,
  source: unknown,
  requireAll: boolean,
  refuseLaw: boolean,
): { id: string; version: string; entries: Record<string, RuleEntry[]> } {
  const shape = _parse(entryName, LayerShapeSchema, source);
  const layer: PackLayerRef = Object.freeze({ id: shape.id, version: shape.version });
  const issues: RulesIssue[] = [];
  const entries: Record<string, RuleEntry[]> = {};
  for (const [key, rawList] of Object.entries(shape.entries)) {
    const path = ['entries', key];
    const param = Object.prototype.hasOwnProperty.call(spec, key) ? spec[key] : undefined;
    if (param === undefined) {
      issues.push(_issue('unknown_key', path, 'is not a parameter of this pack'));
      continue;
    }
    if (refuseLaw && param.kind === 'law') {
      issues.push(_issue('law_override', path, 'is national law and cannot be overridden by a local pack'));
      continue;
    }
    if (rawList.length === 0) {
      issues.push(_issue('too_small', path, 'must have at least one dated value'));
      continue;
    }
    const list: z.output<typeof EntryShapeSchema>[] = [];
    rawList.forEach((raw, i) => {
      const entry = EntryShapeSchema.safeParse(raw);
      if (entry.success) list.push(entry.data);
      else issues.push(..._fromZodIssues(entry.error.issues, [...path, i]));
    });
    if (list.length < rawList.length) continue;
    const parsed: RuleEntry[] = [];
    list.forEach((e, i) => {
      if (e.kind !== param.kind) {
        issues.push(_issue('kind_mismatch', [...path, i, 'kind'], `must be "${param.kind}", the kind the parameter is declared with`));
      }
      const value = param.schema.safeParse(e.value);
      if (!value.success) {
        issues.push(..._fromZodIssues(value.error.issues, [...path, i, 'value']));
        return;
      }
      parsed.push(Object.freeze({ validFrom: e.validFrom, validTo: e.validTo, value: _deepFreeze(value.data), citation: e.citation, kind: param.kind, warning: e.warning, layer }));
    });
    issues.push(...checkTimeline(list, path));
    entries[key] = parsed.sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  }
  if (requireAll) {
    for (const key of Object.keys(spec)) {
      if (!(key in shape.entries)) issues.push(_issue('missing_key', ['entries', key], 'is required: a base pack must give every parameter'));
    }
  }
  if (issues.length > 0) throw new RulesError(entryName, issues);
  return { id: shape.id, version: shape.version, entries };
}

// Packs are immutable all the way down, so a value read from a pack can never be changed by a caller.
export function _deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) _deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

// The packs this module built (deeply frozen, so they cannot change after a check), and for each the base
// packs it has been checked against. A cache by identity only: it never changes an answer.
const built = new WeakSet<object>();
const checkedAgainst = new WeakMap<object, WeakSet<object>>();

// Resolution memos, for built packs only (deeply frozen, so an answer can never go stale). Keyed by the pack
// object in WeakMaps, so a pack no caller holds is forgotten with its memo; nothing here is visible to a
// caller: resolveAll hands out fresh copies of the remembered values and list, and a ResolvedRule is frozen.
// A memo only skips work: the same pack and date give the same answer with or without it.
const resolvedOf = new WeakMap<RuleEntry, ResolvedRule>();
const resolvedAll = new WeakMap<object, Map<string, { readonly values: Readonly<Record<string, unknown>>; readonly used: readonly ResolvedRule[] }>>();
const MAX_DATES_PER_PACK = 4096;
const ISO_DATE: RegExp = (IsoDateSchema._zod.def as { pattern: RegExp }).pattern;

/** Whether `pack` was built by defineRulePack/extendPack (deeply frozen): an area may then memoise what it reads from it. */
export function _isBuiltPack(pack: unknown): boolean {
  return typeof pack === 'object' && pack !== null && built.has(pack);
}

function freezePack<S extends PackSpec>(id: string, version: string, layers: PackLayerRef[], spec: S, entries: Record<string, RuleEntry[]>): RulePack<S> {
  const frozen: Record<string, readonly RuleEntry[]> = {};
  for (const [k, v] of Object.entries(entries)) frozen[k] = Object.freeze([...v]);
  const pack: RulePack<S> = Object.freeze({ id, version, layers: Object.freeze(layers), spec, entries: Object.freeze(frozen) as RulePack<S>['entries'] });
  built.add(pack);
  return pack;
}

// The core of the public defineRulePack (src/core/packApi.ts), which checks the spec first. The areas call
// this one with their own specs, so a page that imports one area does not carry the spec checks.
export function defineRulePack<S extends PackSpec>(spec: S, source: RulePackSource<S>): RulePack<S> {
  const built = parseEntries('defineRulePack', spec, source, true, false);
  return freezePack(built.id, built.version, [{ id: built.id, version: built.version }], spec, built.entries);
}

/** A pack spec without what each parameter means (internal): the rules read only each parameter's kind and schema. */
export type _RulesSpecOf<S extends PackSpec> = { readonly [K in keyof S]: Pick<S[K], 'kind' | 'schema'> };

/**
 * Builds a library default pack from its source without checking it: the same frozen pack, marked as built,
 * that {@link defineRulePack} makes from a valid source, for the library's own defaults, whose sources are
 * checked by a test instead (test/eligibility/packBuild.test.ts compares this with defineRulePack's pack). So
 * a page that only reads a default pack does not carry the parser of pack sources. The source must be valid:
 * values as their schemas output them (no transform), citations trimmed, each list without overlaps or gaps.
 * Its values are frozen in place (the source is the library's own constant). The spec may lack the words of
 * each parameter (`description`) when the pack is the one the rules use by default and never reaches a caller.
 */
export function _trustedPack<S extends PackSpec>(spec: S | _RulesSpecOf<S>, source: RulePackSource<S>): RulePack<S> {
  const layer: PackLayerRef = Object.freeze({ id: source.id, version: source.version });
  const entries: Record<string, RuleEntry[]> = {};
  for (const key of Object.keys(source.entries)) {
    entries[key] = (source.entries[key] as RuleEntryInput[])
      .map((e) => Object.freeze({ validFrom: e.validFrom, validTo: e.validTo, value: _deepFreeze(e.value), citation: e.citation, kind: spec[key]!.kind, warning: e.warning, layer }))
      .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  }
  return freezePack(source.id, source.version, [{ id: source.id, version: source.version }], spec as S, entries);
}

function layerTimeline(base: readonly RuleEntry[], top: readonly RuleEntry[]): RuleEntry[] {
  const from = top[0]!.validFrom;
  const to = top[top.length - 1]!.validTo;
  const out: RuleEntry[] = [];
  for (const e of base) {
    // The part of a base period before the override starts survives...
    if (e.validFrom < from) out.push({ ...e, validTo: e.validTo === undefined || e.validTo > from ? from : e.validTo });
  }
  out.push(...top);
  for (const e of base) {
    // ...and so does the part after it ends (nothing survives an open-ended override).
    if (to !== undefined && (e.validTo === undefined || e.validTo > to)) out.push({ ...e, validFrom: e.validFrom > to ? e.validFrom : to });
  }
  return out.map((e) => Object.freeze(e));
}

/**
 * Layers a council's own values on a pack, without forking it.
 *
 * Layering is deterministic: for each parameter the override's timeline replaces the base on the days it
 * covers, and the base applies on the other days. With several overrides, apply them in order; the later
 * layer wins. Every layer is dated. Parameters of kind `law` cannot be overridden: any attempt is refused,
 * as are unknown keys, overlapping periods, gaps inside a layer, and a layer that would leave a gap in the
 * result.
 *
 * @param base - the pack to extend (a library default, or an already extended pack)
 * @param override - the council's layer: id, version and dated values for some `policy` parameters
 * @returns a new pack whose id and version are the override's and whose `layers` list both
 * @throws {@link RulesError} with code `invalid_type` when `base` is not a pack (path `base`) or declares a
 *   malformed parameter (`base.spec.<key>`), `law_override`, `unknown_key`, `overlapping_period`,
 *   `gap_in_period`, `kind_mismatch` or a schema code
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineRulePack, extendPack, resolve } from 'adult-social-care-rules';
 *
 * const spec = {
 *   visitEveryDays: { kind: 'policy', schema: z.number().int().positive(), description: 'Days between visits.' },
 * } as const;
 * const base = defineRulePack(spec, {
 *   id: 'base', version: '1',
 *   entries: { visitEveryDays: [{ validFrom: '2024-04-01', value: 90, citation: 'Base policy', kind: 'policy' }] },
 * });
 * const local = extendPack(base, {
 *   id: 'my-council', version: '2026.1',
 *   entries: { visitEveryDays: [{ validFrom: '2026-04-01', value: 60, citation: 'Cabinet decision 12/2026', kind: 'policy' }] },
 * });
 * resolve(local, 'visitEveryDays', '2026-03-31').value; //=> 90
 * resolve(local, 'visitEveryDays', '2026-04-01').value; //=> 60
 * ```
 */
export function extendPack<S extends PackSpec>(base: RulePack<S>, override: RulePackSource<S>): RulePack<S> {
  if (!built.has(base)) {
    // A pack this module did not build (e.g. JSON): its shape, then its declarations, before anything is read.
    if (!BuiltPackShape.safeParse(base).success) throw new RulesError('extendPack', [_issue('invalid_type', ['base'], NOT_A_PACK)]);
    _checkSpec('extendPack', base.spec, ['base', 'spec']);
  }
  const layer = parseEntries('extendPack', base.spec, override, false, true);
  const entries: Record<string, RuleEntry[]> = {};
  const issues: RulesIssue[] = [];
  for (const key of Object.keys(base.spec)) {
    const current = base.entries[key] ?? [];
    const top = layer.entries[key];
    const merged = top === undefined ? [...current] : layerTimeline(current, top);
    if (top !== undefined) issues.push(...checkTimeline(merged, ['entries', key]));
    entries[key] = merged;
  }
  if (issues.length > 0) throw new RulesError('extendPack', issues);
  return freezePack(layer.id, layer.version, [...base.layers, { id: layer.id, version: layer.version }], base.spec, entries);
}

/**
 * The first entry of the parameter that starts last: from its `validFrom` every parameter of the pack is in
 * force. Schemas carry its date as the first date in force (`formatMinimum`) so a form refuses earlier dates.
 */
export function _startOf(pack: RulePack): RuleEntry | undefined {
  let latest: RuleEntry | undefined;
  for (const key of Object.keys(pack.spec)) {
    const first = pack.entries[key]?.[0];
    if (first !== undefined && (latest === undefined || first.validFrom > latest.validFrom)) latest = first;
  }
  return latest;
}

/**
 * The one issue for a date before a pack's rules begin: "must be on or after 2015-04-01, when SI 2015/313
 * reg 2 came into force" (law) or "…, when <citation> took effect" (policy).
 */
export function _beforeRules(first: RuleEntry, datePath: readonly (string | number)[]): RulesIssue {
  const when = first.kind === 'law' ? 'came into force' : 'took effect';
  return _issue('no_value_in_force', datePath.slice(), `must be on or after ${first.validFrom}, when ${first.citation} ${when}`);
}

// A well-formed date, or the issue that says why not: the schema's own pattern decides, zod runs only to word it.
function checkDate(onDate: unknown, at: ResolveAt | undefined, entry: string): asserts onDate is IsoDate {
  if (typeof onDate !== 'string' || !ISO_DATE.test(onDate)) {
    const dated = IsoDateSchema.safeParse(onDate);
    if (!dated.success) throw new RulesError(at?.entry ?? entry, _fromZodIssues(dated.error.issues, (at?.datePath ?? ['onDate']).slice()));
  }
}

// The value of a parameter the pack declares, in force on a checked date.
function entryOn(pack: RulePack, key: string, date: IsoDate, at: ResolveAt | undefined): ResolvedRule {
  const list = pack.entries[key]!;
  const hit = list.find((e) => e.validFrom <= date && (e.validTo === undefined || date < e.validTo));
  if (hit === undefined) {
    const first = list[0];
    if (first !== undefined && date < first.validFrom) throw new RulesError(at?.entry ?? 'resolve', [_beforeRules(first, at?.datePath ?? ['onDate'])]);
    // After the last value ends (or, in a hand-made pack, in a gap): a sentence about the date that never repeats it.
    const ended = list[list.length - 1]?.validTo;
    const rule = typeof ended === 'string' && ISO_DATE.test(ended) && ended <= date ? `must be before ${ended}, when "${key}" of pack ${pack.id} ${pack.version} ends` : `must be a date when "${key}" of pack ${pack.id} ${pack.version} is in force`;
    throw new RulesError(at?.entry ?? 'resolve', [_issue('no_value_in_force', (at?.datePath ?? ['onDate']).slice(), rule)]);
  }
  if (!built.has(pack)) return Object.freeze({ key, ...hit });
  // An entry of a pack this module built is frozen, so its resolved form can be made once and shared.
  const known = resolvedOf.get(hit);
  if (known !== undefined && known.key === key) return known;
  const made = Object.freeze({ key, ...hit });
  resolvedOf.set(hit, made);
  return made;
}

// The core of the public resolve (src/core/packApi.ts), unchecked: the areas call it with packs that are
// theirs or have passed _assertLawIntact, on every decision, so it stays as lean as it was.
export function resolve<S extends PackSpec, K extends keyof S & string>(pack: RulePack<S>, key: K, onDate: IsoDate, at?: ResolveAt): ResolvedRule<z.output<S[K]['schema']>> {
  checkDate(onDate, at, 'resolve');
  if (!Object.prototype.hasOwnProperty.call(pack.spec, key)) {
    throw new RulesError(at?.entry ?? 'resolve', [_issue('unknown_key', ['key'], `is not a parameter of pack ${pack.id}`)]);
  }
  return entryOn(pack, key, onDate, at) as ResolvedRule<z.output<S[K]['schema']>>;
}

// The core of the public resolveAll (src/core/packApi.ts), unchecked like resolve above.
export function resolveAll<S extends PackSpec>(pack: RulePack<S>, onDate: IsoDate, at?: ResolveAt): { values: PackValues<S>; used: readonly ResolvedRule[] } {
  const memo = built.has(pack) ? resolvedAll.get(pack)?.get(onDate) : undefined;
  if (memo !== undefined) return { values: { ...memo.values } as PackValues<S>, used: memo.used.slice() };
  const where: ResolveAt = at ?? { entry: 'resolveAll', datePath: ['onDate'] };
  // A malformed date is one problem, not one per parameter.
  checkDate(onDate, where, 'resolveAll');
  // A date before the pack's rules begin is one problem with the date, not one per parameter: it names the
  // day from which every parameter is in force, and the rule that starts last.
  const latest = _startOf(pack);
  if (latest !== undefined && onDate < latest.validFrom) {
    throw new RulesError(where.entry, [_beforeRules(latest, where.datePath)]);
  }
  const values: Record<string, unknown> = {};
  const used: ResolvedRule[] = [];
  const issues: RulesIssue[] = [];
  for (const key of Object.keys(pack.spec)) {
    try {
      const r = entryOn(pack, key, onDate, where);
      values[key] = r.value;
      used.push(r);
    } catch (error) {
      if (error instanceof RulesError) issues.push(...error.issues);
      else throw error;
    }
  }
  if (issues.length > 0) throw new RulesError(where.entry, issues);
  if (built.has(pack)) {
    let byDate = resolvedAll.get(pack);
    if (byDate === undefined) resolvedAll.set(pack, (byDate = new Map()));
    // A bound on the dates remembered per pack: past it the memo starts afresh (it never changes an answer).
    if (byDate.size >= MAX_DATES_PER_PACK) byDate.clear();
    byDate.set(onDate, { values: Object.freeze({ ...values }), used: Object.freeze(used.slice()) });
  }
  return { values: values as PackValues<S>, used };
}

// The core of the public packRef (src/core/packApi.ts), unchecked: the areas pass their own packs.
export function packRef(pack: RulePack): PackRef {
  return { id: pack.id, version: pack.version, layers: pack.layers.map((l) => ({ id: l.id, version: l.version })) };
}

const BuiltPackShape = z.object({
  id: z.string(),
  version: z.string(),
  layers: z.array(z.object({ id: z.string(), version: z.string() })),
  spec: z.record(z.string(), z.object({ kind: z.enum(['law', 'policy']) })),
  entries: z.record(
    z.string(),
    z.array(
      z.object({
        validFrom: z.string(),
        validTo: z.string().optional(),
        value: z.unknown(),
        citation: z.string(),
        kind: z.enum(['law', 'policy']),
        warning: z.string().optional(),
        layer: z.object({ id: z.string(), version: z.string() }),
      }),
    ),
  ),
});

/**
 * Checks a pack supplied by a caller (`options.pack`) against the library's own pack for the area: the same
 * parameters, every value valid under the library's schema with its declared kind, timelines with no overlap
 * or gap, and the very same `law` timelines. So a hand-built or hand-edited pack can neither change the law
 * nor smuggle in a value `extendPack` would refuse; anything malformed is a RulesError, never a TypeError.
 */
export function _assertLawIntact<S extends PackSpec>(entry: string, supplied: RulePack<S>, base: RulePack<S>): RulePack<S> {
  if (supplied === base || (checkedAgainst.get(supplied)?.has(base) ?? false)) return supplied;
  // A pack is frozen data made by defineRulePack/extendPack; anything else (JSON, a hand-edited copy) is
  // checked shape-first so that a malformed pack is a RulesError, never a TypeError from deep inside.
  if (!BuiltPackShape.safeParse(supplied).success) {
    throw new RulesError(entry, [_issue('invalid_type', ['options', 'pack'], NOT_A_PACK)]);
  }
  const issues: RulesIssue[] = [];
  for (const key of Object.keys(base.spec)) {
    if (!(key in supplied.spec) || !(key in supplied.entries)) {
      issues.push(_issue('missing_key', ['options', 'pack', 'entries', key], 'is required: the pack must give every parameter'));
      continue;
    }
    const a = base.entries[key]!;
    const b = supplied.entries[key]!;
    // Values are checked against the library's own spec, never the one the supplied pack carries.
    const param = base.spec[key]!;
    b.forEach((e, i) => {
      if (e.kind !== param.kind) issues.push(_issue('kind_mismatch', ['options', 'pack', 'entries', key, i, 'kind'], `must be "${param.kind}", the kind the parameter is declared with`));
      const value = param.schema.safeParse(e.value);
      if (!value.success) issues.push(..._fromZodIssues(value.error.issues, ['options', 'pack', 'entries', key, i, 'value']));
    });
    issues.push(...checkTimeline(b, ['options', 'pack', 'entries', key]));
    if (param.kind !== 'law') continue;
    const same = a.length === b.length && a.every((e, i) => e.validFrom === b[i]!.validFrom && e.validTo === b[i]!.validTo && JSON.stringify(e.value) === JSON.stringify(b[i]!.value));
    if (!same) issues.push(_issue('law_override', ['options', 'pack', 'entries', key], 'is national law and cannot be changed by the pack'));
  }
  for (const key of Object.keys(supplied.spec)) {
    if (!(key in base.spec)) issues.push(_issue('unknown_key', ['options', 'pack', 'entries', key], `is not a parameter of ${base.id}`));
  }
  if (issues.length > 0) throw new RulesError(entry, issues);
  if (built.has(supplied)) {
    const bases = checkedAgainst.get(supplied) ?? new WeakSet<object>();
    bases.add(base);
    checkedAgainst.set(supplied, bases);
  }
  return supplied;
}

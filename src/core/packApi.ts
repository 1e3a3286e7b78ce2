// The public pack functions: each checks what a caller passed (a RulesError naming the argument, never a
// TypeError from deep code), then calls the core in rulePack.ts. The areas call that core directly with packs
// that are their own or have passed _assertLawIntact, so the checks cost them nothing, on the hot path
// (resolve, resolveAll, per decision) or in a page's bundle. Checks on a built pack are one WeakSet lookup.
import type * as z from 'zod';
import type { IsoDate } from './calendar.js';
import { RulesError, _issue } from './errors.js';
import { NOT_A_PACK, _checkSpec, _isPackLike, _isRecord, _isTimeline, _whereOf } from './packChecks.js';
import * as core from './rulePack.js';
import type { PackRef, PackSpec, PackValues, ResolveAt, ResolvedRule, RulePack, RulePackSource } from './rulePack.js';

/**
 * Builds a base rule pack from a spec and a source.
 *
 * The source must give every parameter of the spec, and nothing else, each with a timeline of dated values
 * with no overlap and no gap, the declared kind, a citation, and a value that passes the parameter's schema.
 * Anything else is refused with one {@link RulesError} that lists every problem.
 *
 * @param spec - the parameter declarations
 * @param source - the pack id, version and dated values
 * @returns the frozen pack
 * @throws {@link RulesError} with `invalid_type` or `invalid_value` at `spec.<key>.kind|schema|description` for a
 *   malformed declaration, or with codes `unknown_key`, `missing_key`, `overlapping_period`, `gap_in_period`,
 *   `empty_period`, `kind_mismatch` or a schema code
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineRulePack, resolve } from 'adult-social-care-rules';
 *
 * const spec = {
 *   visitEveryDays: { kind: 'policy', schema: z.number().int().positive(), description: 'Days between monitoring visits.' },
 * } as const;
 * const pack = defineRulePack(spec, {
 *   id: 'example', version: '1',
 *   entries: { visitEveryDays: [{ validFrom: '2024-04-01', value: 90, citation: 'Local policy 2024', kind: 'policy' }] },
 * });
 * resolve(pack, 'visitEveryDays', '2026-11-23').value; //=> 90
 * ```
 */
export function defineRulePack<S extends PackSpec>(spec: S, source: RulePackSource<S>): RulePack<S> {
  _checkSpec('defineRulePack', spec, ['spec']);
  return core.defineRulePack(spec, source);
}

/**
 * The value of one parameter in force on a date, with its citation, kind and layer.
 *
 * @param pack - a built pack (or a plain-object copy of one, e.g. parsed from JSON)
 * @param key - the parameter
 * @param onDate - the date, `YYYY-MM-DD`
 * @param at - whose date it is, for error messages (defaults to `resolve` and `onDate`)
 * @returns the entry whose period contains the date
 * @throws {@link RulesError} `no_value_in_force` when no period contains the date, `unknown_key` for a key
 *   the pack does not declare, or a format code for a malformed date; `invalid_type` at `pack`, `key` or
 *   `pack.entries.<key>` for something that is not a pack, a key or a timeline
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineRulePack, resolve } from 'adult-social-care-rules';
 *
 * const pack = defineRulePack(
 *   { limit: { kind: 'law', schema: z.number(), description: 'A limit.' } },
 *   { id: 'p', version: '1', entries: { limit: [
 *     { validFrom: '2015-04-01', validTo: '2025-04-01', value: 1, citation: 'Old regs', kind: 'law' },
 *     { validFrom: '2025-04-01', value: 2, citation: 'New regs', kind: 'law' },
 *   ] } },
 * );
 * resolve(pack, 'limit', '2025-03-31').value; //=> 1
 * ```
 */
export function resolve<S extends PackSpec, K extends keyof S & string>(pack: RulePack<S>, key: K, onDate: IsoDate, at?: ResolveAt): ResolvedRule<z.output<S[K]['schema']>> {
  const where = at === undefined ? undefined : _whereOf(at, 'resolve');
  const isBuilt = core._isBuiltPack(pack);
  if (!isBuilt && !_isPackLike(pack)) throw new RulesError(where?.entry ?? 'resolve', [_issue('invalid_type', ['pack'], NOT_A_PACK)]);
  // Before the key is looked up: an object key would be converted to a string, and could throw doing so.
  if (typeof key !== 'string') throw new RulesError(where?.entry ?? 'resolve', [_issue('invalid_type', ['key'], 'must be the name of a parameter')]);
  if (!isBuilt && Object.prototype.hasOwnProperty.call(pack.spec, key) && !_isTimeline(pack.entries[key])) {
    throw new RulesError(where?.entry ?? 'resolve', [_issue('invalid_type', ['pack', 'entries', key], 'must be a list of dated values { validFrom, validTo, value, citation, kind }')]);
  }
  return core.resolve(pack, key, onDate, where);
}

/**
 * Every parameter of a pack in force on a date, as one object of values, plus the resolved entries for traces.
 *
 * @param pack - a built pack (or a plain-object copy of one, e.g. parsed from JSON)
 * @param onDate - the date, `YYYY-MM-DD`
 * @param at - whose date it is, for error messages (defaults to `resolveAll` and `onDate`)
 * @returns `values` by key and `used`, the resolved entries in spec order
 * @throws {@link RulesError} `no_value_in_force` when any parameter has no value on the date; `invalid_type` at
 *   `pack` or `pack.entries.<key>` for something that is not a pack
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineRulePack, resolveAll } from 'adult-social-care-rules';
 *
 * const pack = defineRulePack(
 *   { a: { kind: 'policy', schema: z.number(), description: 'A.' } },
 *   { id: 'p', version: '1', entries: { a: [{ validFrom: '2020-01-01', value: 3, citation: 'Policy', kind: 'policy' }] } },
 * );
 * resolveAll(pack, '2026-01-01').values.a; //=> 3
 * ```
 */
export function resolveAll<S extends PackSpec>(pack: RulePack<S>, onDate: IsoDate, at?: ResolveAt): { values: PackValues<S>; used: readonly ResolvedRule[] } {
  const where = at === undefined ? undefined : _whereOf(at, 'resolveAll');
  if (!core._isBuiltPack(pack)) {
    if (!_isPackLike(pack)) throw new RulesError(where?.entry ?? 'resolveAll', [_issue('invalid_type', ['pack'], NOT_A_PACK)]);
    // A plain-object pack is read whole here, so each timeline is checked (as the core reads each anyway).
    const bad = Object.keys(pack.spec).filter((key) => !_isTimeline(pack.entries[key]));
    if (bad.length > 0) throw new RulesError(where?.entry ?? 'resolveAll', bad.map((key) => _issue('invalid_type', ['pack', 'entries', key], 'must be a list of dated values { validFrom, validTo, value, citation, kind }')));
  }
  return core.resolveAll(pack, onDate, where);
}

/**
 * The identity of a pack (id, version, layers) as results record it.
 *
 * @param pack - a built pack
 * @returns its reference
 * @throws {@link RulesError} `invalid_type` at `pack` for something that is not a pack
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineRulePack, packRef } from 'adult-social-care-rules';
 *
 * const pack = defineRulePack(
 *   { a: { kind: 'policy', schema: z.number(), description: 'A.' } },
 *   { id: 'p', version: '1', entries: { a: [{ validFrom: '2020-01-01', value: 3, citation: 'Policy', kind: 'policy' }] } },
 * );
 * packRef(pack); //=> { id: 'p', version: '1', layers: [{ id: 'p', version: '1' }] }
 * ```
 */
export function packRef(pack: RulePack): PackRef {
  if (!core._isBuiltPack(pack)) {
    const p: unknown = pack;
    const refLike = _isRecord(p) && typeof p.id === 'string' && typeof p.version === 'string' && Array.isArray(p.layers) && p.layers.every((l) => _isRecord(l) && typeof l.id === 'string' && typeof l.version === 'string');
    if (!refLike) throw new RulesError('packRef', [_issue('invalid_type', ['pack'], NOT_A_PACK)]);
  }
  return core.packRef(pack);
}

import { RulesError, _issue } from '../core/errors.js';
import { _assertLawIntact, resolveAll, type PackValues, type ResolvedRule } from '../core/rulePack.js';
import type { IsoDate } from '../core/dates.js';
import { coventryRiskPack, type RiskPack, type RiskPackSpec } from './pack.js';

/** Options every risk entry point accepts. */
export interface RiskPackOptions {
  /** A council's pack, built with `extendPack(coventryRiskPack, ...)`; the Coventry default when omitted. */
  pack?: RiskPack | undefined;
}

/** The pack values in force on a date, with the resolved entries for the trace and their warnings. */
export interface _RiskContext {
  readonly pack: RiskPack;
  readonly values: PackValues<RiskPackSpec>;
  readonly used: readonly ResolvedRule[];
  readonly byKey: Readonly<Record<string, ResolvedRule>>;
}

// Resolving and checking a pack is pure, so it is memoised per pack and date (the benchmark reviews one pack
// 1.5 million times). Packs are frozen, so the cache can never go out of date.
const cache = new WeakMap<object, Map<string, _RiskContext>>();

function readOptions(entry: string, options: unknown): RiskPack {
  if (options === undefined) return coventryRiskPack;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'must be an options object')]);
  }
  const pack = (options as { pack?: unknown }).pack;
  if (pack === undefined) return coventryRiskPack;
  if (pack === coventryRiskPack) return coventryRiskPack;
  return _assertLawIntact(entry, pack as RiskPack, coventryRiskPack);
}

/** Resolves the risk pack of `options` as of `onDate`, refusing a pack whose values do not fit the spec. */
export function _riskContext(entry: string, options: unknown, onDate: IsoDate, datePath: readonly (string | number)[]): _RiskContext {
  const pack = readOptions(entry, options);
  let perPack = cache.get(pack);
  const hit = perPack?.get(onDate);
  if (hit !== undefined) return hit;
  // _assertLawIntact (in readOptions) has checked a supplied pack in full: shape, values, timelines, law.
  const resolved = resolveAll(pack, onDate, { entry, datePath });
  const byKey: Record<string, ResolvedRule> = {};
  for (const r of resolved.used) byKey[r.key] = r;
  const ctx: _RiskContext = { pack, values: resolved.values, used: resolved.used, byKey };
  if (perPack === undefined) {
    perPack = new Map();
    cache.set(pack, perPack);
  }
  perPack.set(onDate, ctx);
  return ctx;
}

/** The citation of a pack entry in force, for a trace step: `"<citation> [pack: <key>]"`. */
export function _cite(ctx: _RiskContext, key: keyof RiskPackSpec): string {
  return `${ctx.byKey[key]?.citation ?? key} [pack: ${key}]`;
}

/** The warnings of the pack entries a step relies on. */
export function _warnings(ctx: _RiskContext, ...keys: (keyof RiskPackSpec)[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const w = ctx.byKey[k]?.warning;
    if (w !== undefined) out.push(`${k}: ${w}`);
  }
  return out;
}

/** The resolved entries of the given keys, for the trace's `used` list. */
export function _used(ctx: _RiskContext, keys: readonly (keyof RiskPackSpec)[]): ResolvedRule[] {
  return keys.map((k) => ctx.byKey[k]).filter((r): r is ResolvedRule => r !== undefined);
}

import type { IsoDate } from '../core/dates.js';
import { RulesError, _issue } from '../core/errors.js';
import { _assertLawIntact, _deepFreeze, _isBuiltPack, _trustedPack, packRef, resolveAll, type PackRef, type PackValues, type ResolvedRule } from '../core/rulePack.js';
import { _plainTraceParameters, type TraceParameter } from '../core/trace.js';
import type { EligibilityPack, EligibilitySpec } from './pack.js';
import { _eligibilityPackSource, _eligibilityRulesSpec } from './packRules.js';

/** Options of every entry point of the eligibility area. */
export interface EligibilityOptions {
  /**
   * A council's pack, built with `extendPack(eligibilityPack, …)`. Its `law` values must be the library's;
   * its `policy` values (fluctuating-needs aggregation, a higher non-residential capital limit, the s.13(5)
   * advice) replace the Coventry defaults. Defaults to {@link eligibilityPack}.
   */
  pack?: EligibilityPack | undefined;
}

/** The pack values in force on a date for the eligibility area, worked out once per pack and date. Internal: never changed. */
export interface PackContext {
  readonly pack: EligibilityPack;
  readonly values: PackValues<EligibilitySpec>;
  readonly used: readonly ResolvedRule[];
  readonly byKey: (key: keyof EligibilitySpec) => ResolvedRule;
  /** The warnings of the fluctuating-needs aggregation policy in force. */
  readonly aggregationWarnings: readonly string[];
  /**
   * The parameters a determination's trace lists, in the pack's order: the outcome count, then (second list,
   * when observations are given) also the aggregation policy.
   */
  readonly adult: readonly [readonly ResolvedRule[], readonly ResolvedRule[]];
  readonly carer: readonly [readonly ResolvedRule[], readonly ResolvedRule[]];
  /** The pack's reference, frozen (shared by the results and traces made with this context). */
  readonly ref: PackRef;
  /** The trace's record of `adult`: each parameter frozen, each list to be copied into a trace (never handed out as it is). */
  readonly adultParameters: readonly [readonly TraceParameter[], readonly TraceParameter[]];
}

// Contexts of packs built by defineRulePack/extendPack (deeply frozen, so a context never goes stale), by pack
// and date: a WeakMap keyed by the frozen pack, so it forgets a pack no one holds. Nothing in it reaches a
// caller (results copy what they show), and it only skips work: the same pack and date give the same context
// with or without it. At most 4,096 dates a pack; past that it starts afresh.
const contexts = new WeakMap<object, Map<IsoDate, PackContext>>();

/**
 * The pack the rules use when the caller passes none (internal): {@link eligibilityPack} entry for entry, built
 * on the spec without its words (issue 13, footprint). It never reaches a caller (a result carries only its
 * `packRef`); a caller's pack, `eligibilityPack` included, is checked against it once (law unchanged) and then
 * used. test/eligibility/packBuild.test.ts proves the two packs hold the same entries.
 */
export const _eligibilityRulesPack: EligibilityPack = _trustedPack<EligibilitySpec>(_eligibilityRulesSpec, _eligibilityPackSource);

/** The pack values in force on a date, checked and resolved for one entry point. */
export function _packFor(entry: string, options: unknown, asOf: IsoDate): PackContext {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'must be an options object or nothing')]);
  }
  const supplied = (options as { pack?: unknown } | undefined)?.pack;
  let pack: EligibilityPack = _eligibilityRulesPack;
  if (supplied !== undefined) pack = _assertLawIntact(entry, supplied as EligibilityPack, _eligibilityRulesPack);
  let byDate = contexts.get(pack);
  let context = byDate?.get(asOf);
  if (context !== undefined) return context;
  // resolveAll checks every parameter, so a date with any value missing is refused exactly as before.
  const { values, used } = resolveAll(pack, asOf, { entry, datePath: ['asOf'] });
  const byKey = (key: keyof EligibilitySpec) => used.find((u) => u.key === key) as ResolvedRule;
  const aggregation = byKey('fluctuatingAggregation');
  const pick = (count: string) => [used.filter((u) => u.key === count), used.filter((u) => u.key === count || u === aggregation)] as const;
  const adult = pick('adultOutcomesRequired');
  context = {
    pack,
    values,
    used,
    byKey,
    aggregationWarnings: _warningsOf(aggregation),
    adult,
    carer: pick('carerOutcomesRequired'),
    ref: _deepFreeze(packRef(pack)),
    adultParameters: [_plainTraceParameters(adult[0]).map(_deepFreeze), _plainTraceParameters(adult[1]).map(_deepFreeze)],
  };
  if (_isBuiltPack(pack)) {
    if (byDate === undefined) contexts.set(pack, (byDate = new Map()));
    if (byDate.size >= 4096) byDate.clear();
    byDate.set(asOf, context);
  }
  return context;
}

/** The warnings of the pack entries a step relied on. */
export function _warningsOf(...rules: readonly ResolvedRule[]): string[] {
  return rules.flatMap((r) => (r.warning === undefined ? [] : [r.warning]));
}

import type { IsoDate } from '../core/dates.js';
import { RulesError, _issue } from '../core/errors.js';
import { _assertLawIntact, _isBuiltPack, resolveAll, type PackValues, type ResolvedRule } from '../core/rulePack.js';
import { eligibilityPack, type EligibilityPack, type EligibilitySpec } from './pack.js';

/** Options of every entry point of the eligibility area. */
export interface EligibilityOptions {
  /**
   * A council's pack, built with `extendPack(eligibilityPack, …)`. Its `law` values must be the library's;
   * its `policy` values (fluctuating-needs aggregation, a higher non-residential capital limit, the s.13(5)
   * advice) replace the Coventry defaults. Defaults to {@link eligibilityPack}.
   */
  pack?: EligibilityPack | undefined;
}

/** The pack values in force on a date for the eligibility area, worked out once per pack and date. */
export interface PackContext {
  readonly pack: EligibilityPack;
  readonly values: Readonly<PackValues<EligibilitySpec>>;
  readonly used: readonly ResolvedRule[];
  readonly byKey: (key: keyof EligibilitySpec) => ResolvedRule;
  /** The warnings of the fluctuating-needs aggregation policy in force. */
  readonly aggregationWarnings: readonly string[];
  /** The parameters a determination's trace lists: the outcome count, and the aggregation when observations are given. */
  readonly adultParameters: readonly ResolvedRule[];
  readonly adultParametersFluctuating: readonly ResolvedRule[];
  readonly carerParameters: readonly ResolvedRule[];
  readonly carerParametersFluctuating: readonly ResolvedRule[];
}

// Contexts of packs built by defineRulePack/extendPack (deeply frozen, so a context never goes stale), by
// pack and date. A WeakMap keyed by the frozen pack: it holds nothing a caller can reach or change (the
// context is frozen and internal), it forgets a pack no one holds, and it only skips work: the same pack and
// date give the same context with or without it.
const contexts = new WeakMap<EligibilityPack, Map<IsoDate, PackContext>>();
const MAX_DATES_PER_PACK = 4096;

/** The pack values in force on a date, checked and resolved for one entry point. */
export function _packFor(entry: string, options: unknown, asOf: IsoDate): PackContext {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'expected an options object or nothing')]);
  }
  const supplied = (options as { pack?: unknown } | undefined)?.pack;
  let pack: EligibilityPack = eligibilityPack;
  if (supplied !== undefined) pack = _assertLawIntact(entry, supplied as EligibilityPack, eligibilityPack);
  const memo = _isBuiltPack(pack) ? contexts.get(pack) : undefined;
  const known = memo?.get(asOf);
  if (known !== undefined) return known;
  // resolveAll checks every parameter, so a date with any value missing is refused exactly as before.
  const { values, used } = resolveAll(pack, asOf, { entry, datePath: ['asOf'] });
  const byKey = (key: keyof EligibilitySpec) => used.find((u) => u.key === key) as ResolvedRule;
  const pick = (...keys: string[]) => Object.freeze(used.filter((u) => keys.includes(u.key)));
  const context: PackContext = Object.freeze({
    pack,
    values: Object.freeze(values),
    used: Object.freeze(used.slice()),
    byKey,
    aggregationWarnings: Object.freeze(_warningsOf(byKey('fluctuatingAggregation'))),
    adultParameters: pick('adultOutcomesRequired'),
    adultParametersFluctuating: pick('adultOutcomesRequired', 'fluctuatingAggregation'),
    carerParameters: pick('carerOutcomesRequired'),
    carerParametersFluctuating: pick('carerOutcomesRequired', 'fluctuatingAggregation'),
  });
  if (_isBuiltPack(pack)) {
    let byDate = memo;
    if (byDate === undefined) contexts.set(pack, (byDate = new Map()));
    if (byDate.size >= MAX_DATES_PER_PACK) byDate.clear();
    byDate.set(asOf, context);
  }
  return context;
}

/** The warnings of the pack entries a step relied on. */
export function _warningsOf(...rules: readonly ResolvedRule[]): string[] {
  return rules.flatMap((r) => (r.warning === undefined ? [] : [r.warning]));
}

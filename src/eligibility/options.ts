import type { IsoDate } from '../core/dates.js';
import { RulesError, _issue } from '../core/errors.js';
import { _assertLawIntact, resolveAll, type PackValues, type ResolvedRule } from '../core/rulePack.js';
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

/** The pack values in force on a date, checked and resolved for one entry point. */
export function _packFor(
  entry: string,
  options: unknown,
  asOf: IsoDate,
): { pack: EligibilityPack; values: PackValues<EligibilitySpec>; used: readonly ResolvedRule[]; byKey: (key: keyof EligibilitySpec) => ResolvedRule } {
  if (options !== undefined && (typeof options !== 'object' || options === null || Array.isArray(options))) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'expected an options object or nothing')]);
  }
  const supplied = (options as { pack?: unknown } | undefined)?.pack;
  let pack: EligibilityPack = eligibilityPack;
  if (supplied !== undefined) pack = _assertLawIntact(entry, supplied as EligibilityPack, eligibilityPack);
  const { values, used } = resolveAll(pack, asOf, { entry, datePath: ['asOf'] });
  return { pack, values, used, byKey: (key) => used.find((u) => u.key === key) as ResolvedRule };
}

/** The warnings of the pack entries a step relied on. */
export function _warningsOf(...rules: readonly ResolvedRule[]): string[] {
  return rules.flatMap((r) => (r.warning === undefined ? [] : [r.warning]));
}

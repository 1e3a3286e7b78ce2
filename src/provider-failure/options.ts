import type { IsoDate } from '../core/dates.js';
import { RulesError, _issue } from '../core/errors.js';
import { _assertLawIntact, resolve, type ResolvedRule } from '../core/rulePack.js';
import type * as z from 'zod';
import { coventryProviderFailurePack, type ProviderFailurePack, type ProviderFailureSpec } from './pack.js';

/** Options of the provider-failure entry points. */
export interface ProviderFailureOptions {
  /** A council's pack (an extension of {@link coventryProviderFailurePack}); the Coventry default when omitted. */
  pack?: ProviderFailurePack | undefined;
}

/** Picks and checks the pack a caller passed, refusing a non-object `options`. */
export function _packFrom(entry: string, options: unknown): ProviderFailurePack {
  if (options === undefined) return coventryProviderFailurePack;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'must be an options object such as { pack }')]);
  }
  const pack = (options as { pack?: unknown }).pack;
  // _assertLawIntact checks the shape first, so a hand-built object that is not a pack is a RulesError too.
  return pack === undefined ? coventryProviderFailurePack : _assertLawIntact(entry, pack as ProviderFailurePack, coventryProviderFailurePack);
}

/**
 * Resolves pack values for one decision, collecting what was used for the trace. A date with no value in force
 * is reported at `datePath`, the caller's own field.
 */
export function _reader(entry: string, pack: ProviderFailurePack, onDate: IsoDate, datePath: readonly (string | number)[]) {
  const used: ResolvedRule[] = [];
  return {
    used,
    get<K extends keyof ProviderFailureSpec & string>(key: K): { value: z.output<ProviderFailureSpec[K]['schema']>; citation: string; warnings: string[] } {
      const r = resolve(pack, key, onDate, { entry, datePath });
      if (!used.some((u) => u.key === key)) used.push(r);
      return { value: r.value, citation: r.citation, warnings: r.warning === undefined ? [] : [r.warning] };
    },
  };
}

/** The day a law parameter first applies: its commencement, from the default pack (law cannot be overridden). */
export function _lawInForceFrom(key: keyof ProviderFailureSpec & string): IsoDate | undefined {
  return coventryProviderFailurePack.entries[key][0]?.validFrom;
}

/**
 * Refuses a decision date before the national law it applies came into force, saying so in the law's words
 * rather than naming a pack parameter. The commencement date is the first `validFrom` of the law entry in the
 * default pack (law cannot be overridden, so a council pack has the same one).
 */
export function _assertLawInForce(entry: string, key: keyof ProviderFailureSpec & string, date: IsoDate, datePath: readonly (string | number)[], law: string): void {
  const since = _lawInForceFrom(key);
  if (since !== undefined && date < since) {
    throw new RulesError(entry, [_issue('no_value_in_force', datePath, `must be on or after ${since}, when ${law} came into force`)]);
  }
}

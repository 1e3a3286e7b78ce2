import { RulesError, _issue } from '../core/errors.js';
import { _assertLawIntact, type RulePack } from '../core/rulePack.js';
import { defaultAscofPack, type AscofSpec } from './pack.js';

/** Checks that `options` is absent or a plain object, and returns the pack to use (law intact). */
export function _packFrom(entry: string, options: unknown): RulePack<AscofSpec> {
  if (options === undefined) return defaultAscofPack;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'expected an options object')]);
  }
  const pack = (options as { pack?: unknown }).pack;
  if (pack === undefined) return defaultAscofPack;
  return _assertLawIntact(entry, pack as RulePack<AscofSpec>, defaultAscofPack);
}

/** Reads the options object as a record (after {@link _packFrom} has checked it). */
export function _optionsRecord(options: unknown): Record<string, unknown> {
  return typeof options === 'object' && options !== null ? { ...(options as Record<string, unknown>) } : {};
}

import type * as z from 'zod';
import { RulesError, _fromZodIssues, _issue } from '../core/errors.js';
import { _assertLawIntact, type RulePack } from '../core/rulePack.js';
import { defaultAscofPack, type AscofSpec } from './pack.js';

/** Returns the pack after checking that its law is the library's (core caches the check per built pack). */
export function _lawIntact(entry: string, pack: RulePack<AscofSpec>): RulePack<AscofSpec> {
  return _assertLawIntact(entry, pack, defaultAscofPack);
}

/** Checks that `options` is absent or a plain object, and returns the pack to use (law intact). */
export function _packFrom(entry: string, options: unknown): RulePack<AscofSpec> {
  if (options === undefined) return defaultAscofPack;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new RulesError(entry, [_issue('invalid_type', ['options'], 'must be an options object')]);
  }
  const pack = (options as { pack?: unknown }).pack;
  if (pack === undefined) return defaultAscofPack;
  return _lawIntact(entry, pack as RulePack<AscofSpec>);
}

/** Reads the options object as a record (after {@link _packFrom} has checked it). */
export function _optionsRecord(options: unknown): Record<string, unknown> {
  return typeof options === 'object' && options !== null ? { ...(options as Record<string, unknown>) } : {};
}

/** Parses one argument of an entry point; issue paths start with the argument's name (`counts.numerator`). */
export function _parseArg<S extends z.ZodType>(entry: string, name: string, schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new RulesError(entry, _fromZodIssues(r.error.issues, [name]));
}

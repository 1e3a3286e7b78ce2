// The structural checks of packs and specs that come from a caller, for the public pack functions
// (packApi.ts) and extendPack. Kept apart from rulePack.ts so that a page importing one area, which builds and
// reads only its own packs, does not carry them.
import { RulesError, _issue, type RulesIssue } from './errors.js';
import type { ResolveAt, RulePack } from './rulePack.js';

/** The reason given for anything passed as a pack that is not one. */
export const NOT_A_PACK = 'must be a rule pack built with defineRulePack or extendPack';

/** Whether a value is an object (arrays included) whose fields can be read. */
export function _isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The cheap structural check of a pack this library did not build (e.g. parsed from JSON): an id, a version, a
 * spec and entries. O(1): the timeline of a parameter is checked where it is read ({@link _isTimeline}).
 */
export function _isPackLike(pack: unknown): pack is RulePack {
  return _isRecord(pack) && typeof pack.id === 'string' && typeof pack.version === 'string' && _isRecord(pack.spec) && _isRecord(pack.entries);
}

/** Whether a parameter's timeline can be searched: a list of dated values whose dates are strings. */
export function _isTimeline(list: unknown): boolean {
  return Array.isArray(list) && list.every((e) => _isRecord(e) && typeof e.validFrom === 'string' && (e.validTo === undefined || typeof e.validTo === 'string'));
}

/** `at` only words an error (whose entry, which date path): a malformed one is set aside, never half-read. */
export function _whereOf(at: unknown, entry: string): ResolveAt {
  return _isRecord(at) && typeof at.entry === 'string' && Array.isArray(at.datePath) ? (at as unknown as ResolveAt) : { entry, datePath: ['onDate'] };
}

/** A spec is checked before any of its parameters is used, so that a malformed declaration is a RulesError. */
export function _checkSpec(entry: string, spec: unknown, path: string[]): void {
  const issues: RulesIssue[] = _isRecord(spec) && !Array.isArray(spec) ? [] : [_issue('invalid_type', path, 'must be the parameter declarations, an object of { kind, schema, description } by key')];
  for (const [key, p] of Object.entries(issues.length > 0 ? {} : (spec as object)) as [string, unknown][]) {
    if (!_isRecord(p)) {
      issues.push(_issue('invalid_type', [...path, key], 'must be a parameter declaration { kind, schema, description }'));
      continue;
    }
    if (p.kind !== 'law' && p.kind !== 'policy') issues.push(_issue('invalid_value', [...path, key, 'kind'], 'must be "law" or "policy"'));
    if (typeof (p.schema as { safeParse?: unknown } | null | undefined)?.safeParse !== 'function') issues.push(_issue('invalid_type', [...path, key, 'schema'], 'must be a zod schema'));
    if (typeof p.description !== 'string') issues.push(_issue('invalid_type', [...path, key, 'description'], 'must be a sentence saying what the parameter means'));
  }
  if (issues.length > 0) throw new RulesError(entry, issues);
}

import * as z from 'zod';
import { RulesError, _issue, _parse } from '../../core/errors.js';
import { resolve, type ResolvedRule, type RulePack } from '../../core/rulePack.js';
import { _lawIntact } from '../internal.js';
import type { IsoDate } from '../../core/dates.js';
import { AscofYearSchema, _frameworkOf, _yearStart, type AscofFramework, type AscofYear } from '../years.js';
import { defaultAscofPack, type AscofSpec } from '../pack.js';
import type { AscofMeasureDefinition } from './definition.js';

/** Options of {@link ascofMeasures} and {@link ascofMeasure}. */
export interface AscofRegistryOptions {
  /** A pack built from the default with `extendPack`; the definitions are law, so only policy may differ. */
  pack?: RulePack<AscofSpec> | undefined;
}

/** The measures of one reporting year, with the framework and the provenance of the list. */
export interface AscofRegistry {
  /** The reporting year asked for. */
  readonly year: AscofYear;
  /** The framework version in force that year. */
  readonly framework: AscofFramework;
  /** The first day of the reporting year (the date the definitions are resolved on). */
  readonly asOf: IsoDate;
  /** Where the list comes from. */
  readonly citation: string;
  /** Set when some codes of the list are unverified reconstructions. */
  readonly warning: string | undefined;
  /** The measures in force that year, in publication order. */
  readonly measures: readonly AscofMeasureDefinition[];
}

/** Normalises a measure code for lookup: `2A(1)`, `2a1` and `2A 1` are the same code. */
export function _normaliseCode(code: string): string {
  return code.replace(/[\s()]/g, '').toUpperCase();
}

/** Resolves the definitions for a year (shared by the registry and every calculation). */
export function _definitionsFor(entry: string, year: AscofYear, pack: RulePack<AscofSpec> | undefined): { registry: AscofRegistry; used: ResolvedRule } {
  const p = pack === undefined ? defaultAscofPack : _lawIntact(entry, pack);
  const asOf = _yearStart(year);
  const used = resolve(p, 'measureDefinitions', asOf);
  const measures = used.value.filter((m) => (m.firstYear === undefined || m.firstYear <= year) && (m.lastYear === undefined || year <= m.lastYear));
  return {
    registry: { year, framework: _frameworkOf(year), asOf, citation: used.citation, warning: used.warning, measures: measures as AscofMeasureDefinition[] },
    used,
  };
}

/**
 * The registry entry as a trace records it: the one definition applied (or, for a whole survey, the codes in
 * force), not the full list, so traces stay small and cheap to build.
 */
export function _usedDefinition(used: ResolvedRule, value: AscofMeasureDefinition | readonly string[]): ResolvedRule {
  return Object.freeze({ ...used, value });
}

/** Finds one measure of a year's registry or throws a RulesError listing the codes that exist. */
export function _findMeasure(entry: string, registry: AscofRegistry, code: string, path: (string | number)[]): AscofMeasureDefinition {
  const key = _normaliseCode(code);
  const hit = registry.measures.find((m) => _normaliseCode(m.code) === key);
  if (hit === undefined) {
    throw new RulesError(entry, [
      _issue('unknown_measure', path, `must be one of the ASCOF codes of ${registry.year} (${registry.framework}): ${registry.measures.map((m) => m.code).join(', ')}`),
    ]);
  }
  return hit;
}

const RegistryArgsSchema = z.strictObject({ year: AscofYearSchema });
const MeasureArgsSchema = z.strictObject({ code: z.string().min(1).max(20), year: AscofYearSchema });

/**
 * The machine-readable ASCOF registry of one reporting year: every measure with its code, title, objective
 * or domain, unit, polarity, data sources, age and sex disaggregations, rounding and suppression rules,
 * citation, lineage (`formerly`) and verification status.
 *
 * Codes are keyed on the framework: old 2A (admissions) and new 2A (short-term services) are different
 * measures. Codes that could not be read in an official source carry `status: 'unverified'` and a warning.
 *
 * @param year - the reporting year, `YYYY-YY` (2014-15 onward)
 * @param options - an optional pack (the definitions are law: a pack that changes them is refused)
 * @returns the year's framework and measures
 * @throws {@link adult-social-care-rules!RulesError} for a malformed year or a pack that changes the law
 *
 * @example
 * ```ts
 * import { ascofMeasures } from 'adult-social-care-rules/ascof';
 *
 * const reg = ascofMeasures('2024-25');
 * reg.framework; //=> 'ascof-2024'
 * reg.measures.find((m) => m.code === '2A')?.formerly; //=> ['2D']
 * ```
 */
export function ascofMeasures(year: AscofYear, options?: AscofRegistryOptions): AscofRegistry {
  const args = _parse('ascofMeasures', RegistryArgsSchema, { year });
  return _definitionsFor('ascofMeasures', args.year, options?.pack).registry;
}

/**
 * One measure of one reporting year's registry. The code is matched ignoring case, spaces and brackets, so
 * `"2A(1)"` and the CSV form `"2A1"` find the same measure.
 *
 * @param code - the measure code as published that year, e.g. `"2C"` or `"1C(2A)"`
 * @param year - the reporting year, `YYYY-YY`
 * @param options - an optional pack
 * @returns the measure's definition
 * @throws {@link adult-social-care-rules!RulesError} `unknown_measure` when the code does not exist that year (the message lists the codes)
 *
 * @example
 * ```ts
 * import { ascofMeasure } from 'adult-social-care-rules/ascof';
 *
 * ascofMeasure('2C', '2024-25').unit; //=> 'per-100000'
 * ascofMeasure('2C', '2024-25').formerly; //=> ['2A(2)']
 * ascofMeasure('2A1', '2019-20').title; // old framework: admissions of adults aged 18-64
 * ```
 */
export function ascofMeasure(code: string, year: AscofYear, options?: AscofRegistryOptions): AscofMeasureDefinition {
  const args = _parse('ascofMeasure', MeasureArgsSchema, { code, year });
  const { registry } = _definitionsFor('ascofMeasure', args.year, options?.pack);
  return _findMeasure('ascofMeasure', registry, args.code, ['code']);
}

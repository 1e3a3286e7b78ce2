import * as z from 'zod';
import { stringify } from 'yaml';
import { _fromZodIssues, _issue, isRulesError, RulesError, type RulesIssue } from '../core/errors.js';
import { extendPack, RulePackSourceSchema, type PackSpec, type RulePack, type RulePackSource } from '../core/rulePack.js';
import { defaultAscofPack } from '../ascof/pack.js';
import { defaultDemandPack } from '../demand/pack.js';
import { eligibilityPack } from '../eligibility/pack.js';
import { coventryProviderFailurePack } from '../provider-failure/pack.js';
import { coventryRiskPack } from '../risk/pack.js';
import { _atLines, _readDataFile } from './document.js';

/** The areas a council pack file can adapt (the ASCOF-from-CLD method is all law, so it has no council layer). */
export const PACK_AREAS = ['eligibility', 'risk', 'ascof', 'demand', 'provider-failure'] as const;

/** One of {@link PACK_AREAS}. */
export type PackArea = (typeof PACK_AREAS)[number];

const DEFAULT_PACKS: { readonly [A in PackArea]: RulePack } = {
  eligibility: eligibilityPack,
  risk: coventryRiskPack,
  ascof: defaultAscofPack,
  demand: defaultDemandPack,
  'provider-failure': coventryProviderFailurePack,
};

/**
 * The library's default pack of an area: the base every council pack file is laid on.
 *
 * @param area - one of {@link PACK_AREAS}
 * @returns the area's default pack (Coventry's policy and the national law; Leicestershire's for demand)
 * @throws {@link adult-social-care-rules!RulesError} `invalid_value` for an unknown area
 *
 * @example
 * ```ts
 * import { defaultPackOf } from 'adult-social-care-rules/pack-files';
 *
 * defaultPackOf('risk').id; //=> 'coventry-risk'
 * ```
 */
export function defaultPackOf(area: PackArea): RulePack {
  if (typeof area !== 'string' || !Object.prototype.hasOwnProperty.call(DEFAULT_PACKS, area)) {
    throw new RulesError('defaultPackOf', [_issue('invalid_value', ['area'], `must be one of: ${PACK_AREAS.join(', ')}`)]);
  }
  return DEFAULT_PACKS[area];
}

/**
 * A council pack file: the `rule-pack` layer (`id`, `version`, dated `entries`) plus the area it adapts and the
 * id of the pack it is laid on. `asc-rules schema pack-file` prints its JSON Schema.
 */
export const PackFileSchema = RulePackSourceSchema.extend({
  area: z.enum(PACK_AREAS).meta({
    title: 'Area',
    description: 'The area the pack adapts.',
    labels: { eligibility: 'Eligibility (Care Act 2014)', risk: 'Provider quality risk', ascof: 'ASCOF and local KPIs', demand: 'Demand projection', 'provider-failure': 'Provider failure (s.48)' },
  }),
  base: z.string().min(1).max(100).meta({
    title: 'Laid on',
    description: 'The id of the pack this layer is laid on: the library default (e.g. "coventry-risk") or the council layer applied before it.',
  }),
}).meta({ id: 'PackFile', title: 'Council pack file', description: 'A rule-pack layer with the area it adapts and the pack it is laid on (YAML or JSON; docs/adapting.md).' });

/** A council pack file, as its author writes it. */
export type PackFile = z.input<typeof PackFileSchema>;

/** The text format of a pack file. */
export type PackFileFormat = 'yaml' | 'json';

/** Options of {@link parseRulePack}. */
export interface ParseRulePackOptions {
  /** `yaml` or `json`. */
  readonly format: PackFileFormat;
  /** The file's name, used in error messages (the library reads no file: the caller passes its text). */
  readonly file?: string | undefined;
  /** The pack to lay this one on; defaults to the area's library pack. Its id must be the file's `base`. */
  readonly base?: RulePack | undefined;
}

/** What {@link parseRulePack} returns. */
export interface ParsedRulePack {
  /** The area the file adapts. */
  readonly area: PackArea;
  /** The file's contents as plain data (what {@link stringifyRulePack} writes back). */
  readonly file: PackFile;
  /** The built pack: the base with this layer on top, checked as `extendPack` checks it. */
  readonly pack: RulePack;
}

const FormatSchema = z.enum(['yaml', 'json']);

/** Whether a value looks like a rule pack (the check that spares the caller a TypeError from deeper down). */
function isPackLike(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const p = v as Record<string, unknown>;
  return typeof p.id === 'string' && typeof p.version === 'string' && Array.isArray(p.layers) && p.spec !== null && typeof p.spec === 'object' && p.entries !== null && typeof p.entries === 'object';
}

/**
 * Reads a council pack file (YAML or JSON text) and lays it on its base pack.
 *
 * The text is checked against the pack-file schema (the `rule-pack` schema plus `area` and `base`), then
 * against the base: every key must be a parameter, every value must pass the parameter's schema, periods may
 * not overlap or leave a gap, and a `law` parameter cannot be changed (`law_override`). Every problem is
 * reported at once, each message naming the file, the line and the key. The library does no I/O: the caller
 * reads the file and passes its text.
 *
 * In YAML, quote what must stay text: a version such as `2026.10` is read as written, but a decimal value
 * such as `"0.19"` must be quoted where the parameter takes a decimal string (the error says so).
 *
 * @param text - the file's text
 * @param options - its format, its name for messages, and optionally the pack it is laid on
 * @returns the area, the file's data and the built pack
 * @throws {@link adult-social-care-rules!RulesError} whose issues each carry the key's `path` and a message
 *   starting with its line (`line 8: is national law and cannot be overridden by a local pack`), with codes
 *   `invalid_format` (not YAML/JSON), schema codes, `unknown_key`, `law_override`, `kind_mismatch`,
 *   `overlapping_period`, `gap_in_period`, `empty_period`, or `invalid_value` when `base` does not match
 *
 * @example
 * ```ts
 * import { parseRulePack } from 'adult-social-care-rules/pack-files';
 *
 * const text = [
 *   'area: risk',
 *   'base: coventry-risk',
 *   'id: my-council-risk',
 *   'version: "2026.1"',
 *   'entries:',
 *   '  concernResponseHours:',
 *   '    - validFrom: 2026-04-01',
 *   '      value: { high-risk: 12, further: 48 }',
 *   '      citation: Cabinet decision 12/2026',
 *   '      kind: policy',
 * ].join('\n');
 * const { pack } = parseRulePack(text, { format: 'yaml', file: 'my-council-risk.yaml' });
 * pack.layers.map((l) => l.id); //=> ['coventry-risk', 'my-council-risk']
 * ```
 */
export function parseRulePack(text: string, options: ParseRulePackOptions): ParsedRulePack {
  const format = FormatSchema.safeParse(options?.format);
  if (!format.success) throw new RulesError('parseRulePack', [_issue('invalid_value', ['options', 'format'], 'must be "yaml" or "json"')]);
  if (options.file !== undefined && typeof options.file !== 'string') throw new RulesError('parseRulePack', [_issue('invalid_type', ['options', 'file'], 'must be the name of the file, as text')]);
  if (options.base !== undefined && !isPackLike(options.base)) throw new RulesError('parseRulePack', [_issue('invalid_type', ['options', 'base'], 'must be a rule pack (the result of defineRulePack or extendPack)')]);
  const entry = options.file === undefined ? 'parseRulePack' : `pack file ${options.file}`;
  const doc = _readDataFile(entry, text, format.data);
  const raw = doc.data;
  // YAML reads `version: 2026.10` as the number 2026.1; a version or id is text, so keep what was written.
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const key of ['id', 'version', 'base'] as const) {
      const written = doc.plainScalarAt([key]);
      if (written !== undefined) (raw as Record<string, unknown>)[key] = written;
    }
  }
  const shape = PackFileSchema.safeParse(raw);
  if (!shape.success) {
    throw _atLines(entry, doc, _fromZodIssues(shape.error.issues));
  }
  const file = shape.data;
  const base = options.base ?? DEFAULT_PACKS[file.area];
  const problems: RulesIssue[] = [];
  if (base.spec !== DEFAULT_PACKS[file.area].spec) problems.push({ code: 'invalid_value', path: ['area'], message: `the file adapts "${file.area}" but is being laid on "${base.id}", a pack of another area` });
  else if (file.base !== base.id) problems.push({ code: 'invalid_value', path: ['base'], message: `the file is laid on "${file.base}" but is being applied to "${base.id}"` });
  if (problems.length > 0) throw _atLines(entry, doc, problems);
  const layer: RulePackSource = { id: file.id, version: file.version, entries: file.entries };
  let pack: RulePack;
  try {
    pack = extendPack(base as RulePack<PackSpec>, layer);
  } catch (error) {
    if (isRulesError(error)) throw _atLines(entry, doc, error.issues);
    throw error;
  }
  return { area: file.area, file: raw as PackFile, pack };
}

/**
 * Writes a pack file as YAML or JSON text, so that reading it back with {@link parseRulePack} gives the same
 * pack (strings that YAML would read as numbers, such as `"0.19"`, are quoted).
 *
 * @param file - a pack file's data, e.g. the `file` returned by {@link parseRulePack}
 * @param options - `format: 'yaml' | 'json'`
 * @returns the text
 * @throws {@link adult-social-care-rules!RulesError} when `file` is not shaped like a pack file
 *
 * @example
 * ```ts
 * import { stringifyRulePack } from 'adult-social-care-rules/pack-files';
 *
 * stringifyRulePack({ area: 'risk', base: 'coventry-risk', id: 'x', version: '1', entries: {} }, { format: 'json' });
 * ```
 */
export function stringifyRulePack(file: PackFile, options: { readonly format: PackFileFormat }): string {
  const format = FormatSchema.safeParse(options?.format);
  if (!format.success) throw new RulesError('stringifyRulePack', [_issue('invalid_value', ['options', 'format'], 'must be "yaml" or "json"')]);
  const checked = PackFileSchema.safeParse(file);
  if (!checked.success) throw new RulesError('stringifyRulePack', _fromZodIssues(checked.error.issues));
  const ordered = { area: file.area, base: file.base, id: file.id, version: file.version, entries: file.entries };
  return format.data === 'json' ? `${JSON.stringify(ordered, null, 2)}\n` : stringify(ordered, { lineWidth: 0 });
}

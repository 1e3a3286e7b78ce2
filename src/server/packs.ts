import * as z from 'zod';
import { _isBuiltPack, packRef, type PackRef, type RulePack } from '../core/rulePack.js';
import { RulesError, _issue, _parse } from '../core/errors.js';
import { PACK_AREAS, parseRulePack, type PackFileFormat } from '../pack-files/index.js';
import { _readDataFile } from '../pack-files/document.js';
import { defaultAscofPack, defaultCldPack, type AscofSpec, type CldPackSpec } from '../ascof/index.js';
import { defaultDemandPack, type DemandPack } from '../demand/index.js';
import { eligibilityPack, type EligibilityPack } from '../eligibility/index.js';
import { coventryProviderFailurePack, type ProviderFailurePack } from '../provider-failure/index.js';
import { coventryRiskPack, type RiskPack } from '../risk/index.js';

/**
 * The rule packs a service reads, one per pack name: each area's default (Coventry policy over the national
 * law), or a council's layers over it. `ascof` governs how ASCOF figures are published; `ascof-cld` is the
 * Client Level Data method pack of `deriveAscofFromCld`.
 */
export interface ServedPacks {
  /** Care Act eligibility and the duty to meet needs. */
  readonly eligibility: EligibilityPack;
  /** Provider quality risk (Coventry QA framework). */
  readonly risk: RiskPack;
  /** ASCOF definitions, rounding, suppression and local KPI choices. */
  readonly ascof: RulePack<AscofSpec>;
  /** The Client Level Data derivation method. */
  readonly 'ascof-cld': RulePack<CldPackSpec>;
  /** Demand projection assumptions. */
  readonly demand: DemandPack;
  /** Provider failure response and market oversight. */
  readonly 'provider-failure': ProviderFailurePack;
}

/** The name of one pack a service reads. */
export type PackName = keyof ServedPacks;

/** Every pack name, in the order `/health` and `/parameters` list them. */
export const PACK_NAMES = ['eligibility', 'risk', 'ascof', 'ascof-cld', 'demand', 'provider-failure'] as const satisfies readonly PackName[];

/** The packs of each area, for `GET /parameters/{area}` (ASCOF reads two). */
export const AREA_PACKS: Readonly<Record<string, readonly PackName[]>> = {
  eligibility: ['eligibility'],
  risk: ['risk'],
  ascof: ['ascof', 'ascof-cld'],
  demand: ['demand'],
  'provider-failure': ['provider-failure'],
};

/**
 * The library's default packs: what a service serves when no `--pack` file is given.
 *
 * @example
 * ```ts
 * import { defaultServedPacks } from 'adult-social-care-rules/server';
 *
 * defaultServedPacks().risk.id; //=> 'coventry-risk'
 * ```
 */
export function defaultServedPacks(): ServedPacks {
  return {
    eligibility: eligibilityPack,
    risk: coventryRiskPack,
    ascof: defaultAscofPack,
    'ascof-cld': defaultCldPack,
    demand: defaultDemandPack,
    'provider-failure': coventryProviderFailurePack,
  };
}

/** Options of {@link applyPackFile}: the file's format and its name for messages. */
export interface ApplyPackFileOptions {
  /** `yaml` or `json` (the CLI takes it from the extension: .yaml, .yml or .json). */
  readonly format: PackFileFormat;
  /** The file's name, which every error message names with the line and key. */
  readonly file?: string | undefined;
}

const AreaField = z.looseObject({ area: z.enum(PACK_AREAS) });

/**
 * Lays one council pack file on the served packs: the same file `asc-rules params`, `compare` and `test` read
 * (issue 16's format, YAML or JSON: `area`, `base`, `id`, `version` and dated `entries`; `asc-rules schema
 * pack-file`). The text goes through `parseRulePack` with the area's served pack as its base, so several files
 * apply in order (the later wins; each file's `base` names the pack it is laid on: the library's id for the
 * first of an area, the previous file's id after it), and a file that changes national law, names an unknown
 * parameter, has the wrong kind, a gap or an overlap is refused with every problem, each naming the file, the
 * line and the key. The `ascof-cld` pack is all law, so no file adapts it.
 *
 * @param packs - the packs served so far
 * @param text - the file's text (the server reads no file: `asc-rules serve --pack` reads it)
 * @param options - its format and its name for messages
 * @returns the packs with the file's layer laid on the pack of the area it names
 * @throws {@link adult-social-care-rules!RulesError} when the file or its layer is refused
 *
 * @example
 * ```ts
 * import { applyPackFile, defaultServedPacks } from 'adult-social-care-rules/server';
 *
 * const text = ['area: risk', 'base: coventry-risk', 'id: leeds-risk', 'version: "2026.1"', 'entries: {}'].join('\n');
 * const packs = applyPackFile(defaultServedPacks(), text, { format: 'yaml', file: 'leeds-risk.yaml' });
 * packs.risk.layers.map((l) => l.id); //=> ['coventry-risk', 'leeds-risk']
 * ```
 */
export function applyPackFile(packs: ServedPacks, text: string, options: ApplyPackFileOptions): ServedPacks {
  _assertServedPacks('applyPackFile', packs);
  _parse('applyPackFile', ApplyPackFileArgsSchema, { text, options });
  // The base is the area's served pack (so files of one area chain); the area is read first, and a file without
  // a valid one goes to parseRulePack unbased, which refuses it with its line.
  const entry = options.file === undefined ? 'applyPackFile' : `pack file ${options.file}`;
  const area = AreaField.safeParse(_readDataFile(entry, text, options.format).data);
  const base = area.success ? (packs[area.data.area] as RulePack) : undefined;
  const parsed = parseRulePack(text, { format: options.format, file: options.file, base });
  return { ...packs, [parsed.area]: parsed.pack };
}

/**
 * Checks that `packs` is a set of served packs (every name present, each built by `defineRulePack` or
 * `extendPack`), so an entry point refuses anything else with a RulesError rather than failing deep inside.
 * @internal
 */
export function _assertServedPacks(entry: string, packs: unknown, path: readonly (string | number)[] = ['packs']): asserts packs is ServedPacks {
  if (packs === null || typeof packs !== 'object') throw new RulesError(entry, [_issue('invalid_type', [...path], 'must be the served packs, as defaultServedPacks() returns them')]);
  const bad = PACK_NAMES.filter((name) => !_isBuiltPack((packs as Record<string, unknown>)[name]));
  if (bad.length > 0) throw new RulesError(entry, bad.map((name) => _issue('invalid_type', [...path, name], 'must be a rule pack built by defineRulePack or extendPack')));
}

const ApplyPackFileArgsSchema = z.strictObject({
  text: z.string(),
  options: z.object({ format: z.enum(['yaml', 'json']), file: z.string().min(1).optional() }),
});

/** The identity (id, version, layers) of every served pack, by name. */
export function servedPackRefs(packs: ServedPacks): Record<PackName, PackRef> {
  return Object.fromEntries(PACK_NAMES.map((name) => [name, packRef(packs[name] as RulePack)])) as Record<PackName, PackRef>;
}

import * as z from 'zod';
import { _parse } from '../core/errors.js';
import { extendPack, packRef, RulePackSourceSchema, type PackRef, type RulePack, type RulePackSource } from '../core/rulePack.js';
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

/**
 * A council pack file for `asc-rules serve --pack FILE`: the pack it layers on (`area`, a pack name) and the
 * layer itself, shaped like `asc-rules schema rule-pack`.
 *
 * This small JSON loader stands in until the pack-file format of `parseRulePack` (YAML or JSON) lands; only
 * {@link applyPackFile} needs to change then.
 */
export const PackFileSchema = z.strictObject({
  area: z.enum(PACK_NAMES).describe('The pack the layer applies to: eligibility, risk, ascof, ascof-cld, demand or provider-failure.'),
  layer: RulePackSourceSchema.describe('The council layer: id, version and dated values of some policy parameters (extendPack).'),
});

/** A council pack file as written (JSON). */
export type PackFile = z.input<typeof PackFileSchema>;

/**
 * Layers one council pack file on the served packs. The layer goes through `extendPack`, so a value that
 * changes national law, an unknown parameter, a wrong kind, a gap or an overlap is refused with a
 * `RulesError` listing every problem; several files apply in order, the later one winning.
 *
 * @param packs - the packs served so far
 * @param file - the parsed JSON of the file
 * @returns the packs with the layer applied to the pack the file names
 * @throws {@link adult-social-care-rules!RulesError} when the file or its layer is refused
 *
 * @example
 * ```ts
 * import { applyPackFile, defaultServedPacks } from 'adult-social-care-rules/server';
 *
 * const packs = applyPackFile(defaultServedPacks(), {
 *   area: 'risk',
 *   layer: { id: 'leeds-risk', version: '2026.1', entries: {} },
 * });
 * packs.risk.layers.map((l) => l.id); //=> ['coventry-risk', 'leeds-risk']
 * ```
 */
export function applyPackFile(packs: ServedPacks, file: unknown): ServedPacks {
  const parsed = _parse('asc-rules serve --pack', PackFileSchema, file);
  const layer = parsed.layer as RulePackSource;
  const base = packs[parsed.area] as RulePack;
  return { ...packs, [parsed.area]: extendPack(base, layer) };
}

/** The identity (id, version, layers) of every served pack, by name. */
export function servedPackRefs(packs: ServedPacks): Record<PackName, PackRef> {
  return Object.fromEntries(PACK_NAMES.map((name) => [name, packRef(packs[name] as RulePack)])) as Record<PackName, PackRef>;
}

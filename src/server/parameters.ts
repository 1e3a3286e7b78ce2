import { IsoDateSchema } from '../core/dates.js';
import { RulesError, _issue } from '../core/errors.js';
import { packRef, resolveAll, type PackRef, type RuleKind, type RulePack } from '../core/rulePack.js';
import type { JsonValue } from '../core/trace.js';
import { AREA_PACKS, _assertServedPacks, type PackName, type ServedPacks } from './packs.js';

/** One parameter in force on a date, as `GET /parameters/{area}` lists it. */
export interface ParameterInForce {
  /** The parameter key, e.g. `"staleAfterDays"`. */
  readonly key: string;
  /** `law` (national, a council cannot change it) or `policy` (a council's choice). */
  readonly kind: RuleKind;
  /** What the parameter means. */
  readonly description: string;
  /** The value in force. */
  readonly value: JsonValue;
  /** First day of its period (inclusive). */
  readonly validFrom: string;
  /** First day after its period; absent when open-ended. */
  readonly validTo?: string | undefined;
  /** Where the value comes from. */
  readonly citation: string;
  /** Present when the value is not verified. */
  readonly warning?: string | undefined;
  /** The layer that supplied it: `"id@version"`. */
  readonly layer: string;
}

/** Every parameter of one pack in force on a date. */
export interface PackParameters {
  /** The pack name, e.g. `"ascof-cld"`. */
  readonly name: PackName;
  /** The served pack's identity. */
  readonly pack: PackRef;
  /** Its parameters, in the order the area declares them. */
  readonly parameters: readonly ParameterInForce[];
}

/** What `GET /parameters/{area}` answers. */
export interface AreaParameters {
  /** The area. */
  readonly area: string;
  /** The date the values are in force on. */
  readonly on: string;
  /** One entry per pack the area reads. */
  readonly packs: readonly PackParameters[];
}

/**
 * Every parameter of an area's packs in force on a date, with its kind, value, period, citation, warning and
 * layer: the data behind `GET /parameters/{area}?on=YYYY-MM-DD`.
 *
 * @param packs - the served packs
 * @param area - an area name: eligibility, risk, ascof, demand or provider-failure
 * @param on - the date, `YYYY-MM-DD`
 * @returns the parameters by pack
 * @throws {@link adult-social-care-rules!RulesError} for an unknown area (`unknown_key`), a malformed date, or a date on which a
 *   parameter has no value (`no_value_in_force`)
 *
 * @example
 * ```ts
 * import { defaultServedPacks, parametersInForce } from 'adult-social-care-rules/server';
 *
 * const p = parametersInForce(defaultServedPacks(), 'eligibility', '2026-11-23');
 * p.packs[0]?.parameters.some((e) => e.kind === 'law'); //=> true
 * ```
 */
export function parametersInForce(packs: ServedPacks, area: string, on: string): AreaParameters {
  const entry = 'GET /parameters';
  _assertServedPacks(entry, packs);
  if (typeof area !== 'string') throw new RulesError(entry, [_issue('invalid_type', ['area'], `must be one of: ${Object.keys(AREA_PACKS).join(', ')}`)]);
  const names = Object.prototype.hasOwnProperty.call(AREA_PACKS, area) ? AREA_PACKS[area] : undefined;
  if (names === undefined) throw new RulesError(entry, [_issue('unknown_key', ['area'], `must be one of: ${Object.keys(AREA_PACKS).join(', ')}`)]);
  const date = IsoDateSchema.safeParse(on);
  if (!date.success) throw new RulesError(entry, [_issue('invalid_format', ['on'], 'must be a calendar date written YYYY-MM-DD')]);
  return {
    area,
    on: date.data,
    packs: names.map((name) => {
      const pack = packs[name] as RulePack;
      const { used } = resolveAll(pack, date.data, { entry, datePath: ['on'] });
      return {
        name,
        pack: packRef(pack),
        parameters: used.map((r) => ({
          key: r.key,
          kind: r.kind,
          description: pack.spec[r.key]?.description ?? '',
          value: r.value as JsonValue,
          validFrom: r.validFrom,
          ...(r.validTo === undefined ? {} : { validTo: r.validTo }),
          citation: r.citation,
          ...(r.warning === undefined ? {} : { warning: r.warning }),
          layer: `${r.layer.id}@${r.layer.version}`,
        })),
      };
    }),
  };
}

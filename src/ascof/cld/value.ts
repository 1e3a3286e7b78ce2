// Where CLD counts become published figures. There is no CLD rule for rounding or suppression: each figure is
// published by the ASCOF registry definition of its measure for the ASCOF year of the reporting period, through
// the same code as calculateAscofMeasure (`_publishFigure`), so a council overrides suppression once, in the
// ascof pack (`unpublishedSuppression`), for every entry point.
import { RulesError, _issue, isRulesError } from '../../core/errors.js';
import { _dec, describeRounding, type RoundedDecimal } from '../../core/decimal.js';
import type { ResolvedRule, RulePack } from '../../core/rulePack.js';
import type { TraceStep } from '../../core/trace.js';
import { _publishFigure, _suppressionRules } from '../calculate.js';
import { defaultAscofPack, type AscofSpec } from '../pack.js';
import type { AscofMeasureDefinition, SuppressionRule } from '../registry/definition.js';
import { _definitionsFor, _usedDefinition, type AscofRegistry } from '../registry/registry.js';
import type { AscofYear } from '../years.js';

/** A figure of one measure and disaggregation: exact counts, the rounded value and what is published. */
export interface CldFigure {
  /** The count of the numerator (exact, never rounded). */
  readonly numerator: number;
  /** The count (or population) of the denominator. */
  readonly denominator: number;
  /** numerator / denominator × scale, rounded by the published rule (also when suppressed); undefined when the denominator is 0. */
  readonly value: RoundedDecimal | undefined;
  /** 100 for a percentage, 100000 for a rate per 100,000. */
  readonly scale: 100 | 100000;
  /** True when the published suppression rule withholds the outcome. */
  readonly suppressed: boolean;
  /** What a published table shows: the counts and the value as text, or the markers (`[c]` withheld, `[x]` zero denominator). */
  readonly published: { readonly numerator: string; readonly denominator: string; readonly value: string };
  /** The rule, in words: the registry entry, the formula, the rounding and the suppression. */
  readonly rule: string;
}

/** The ASCOF registry entry a CLD measure is published by. */
export interface CldPublishedAs {
  /** The ASCOF year whose registry holds the definition. */
  readonly year: AscofYear;
  /** The measure code in that year's registry (2023-24: `2D` for the CLD part `2D(1)`, `2E` for `2E(1)`). */
  readonly code: string;
}

/** Publishes CLD counts by the registry (one instance per derivation). */
export interface _CldPublisher {
  /** The figure of one measure and disaggregation. */
  figure(code: string, level: string, numerator: number, denominator: number): CldFigure;
  /** The registry entry a measure is published by. */
  publishedAs(code: string): CldPublishedAs;
  /** The trace steps of every figure published, in order. */
  readonly steps: TraceStep[];
  /** The ascof pack used. */
  readonly pack: RulePack<AscofSpec>;
  /** The registry entries and pack values used (once each). */
  used(): ResolvedRule[];
  /** The warnings of the definitions, rounding and suppression used, grouped. */
  warnings(): string[];
}

// The first ASCOF year in which every CLD measure is in the registry: a measure that is not an ASCOF measure
// in the period's year (2D(2) and 2E(2) in 2023-24) is published by its definition of that year.
const CLD_YEAR: AscofYear = '2024-25';

function describeSuppression(rules: readonly SuppressionRule[], zeroMarker: string): string {
  const parts = rules.map((r) => `${r.suppress.join(', ')} withheld as ${r.marker} when the ${r.basis} is below ${r.below}${r.appliesTo === 'all' ? '' : r.appliesTo === 'total' ? ' (total rows)' : ' (split rows)'}`);
  return `${parts.length === 0 ? 'no suppression' : parts.join('; ')}; a zero denominator gives ${zeroMarker}`;
}

/** Rewrites issues about the ascof pack so their path names the option it came from. */
function asAscofPackIssues(entry: string, error: unknown): never {
  if (!isRulesError(error)) throw error;
  throw new RulesError(entry, error.issues.map((i) => _issue(i.code, i.path[0] === 'options' && i.path[1] === 'pack' ? ['options', 'ascofPack', ...i.path.slice(2)] : i.path, i.message)));
}

/**
 * Creates the publisher of one derivation.
 *
 * @param entry - the entry point (for errors)
 * @param year - the ASCOF year of the reporting period
 * @param pack - the ascof pack (the registry is law; `unpublishedSuppression` is council policy)
 */
export function _cldPublisher(entry: string, year: AscofYear, pack: RulePack<AscofSpec> | undefined): _CldPublisher {
  let own: { registry: AscofRegistry; used: ResolvedRule };
  let cld: { registry: AscofRegistry; used: ResolvedRule };
  try {
    own = _definitionsFor(entry, year, pack);
    cld = year === CLD_YEAR ? own : _definitionsFor(entry, CLD_YEAR, pack);
  } catch (error) {
    return asAscofPackIssues(entry, error);
  }
  const ascofPack = pack ?? defaultAscofPack;
  const resolved = new Map<string, { year: AscofYear; definition: AscofMeasureDefinition; from: { registry: AscofRegistry; used: ResolvedRule } }>();
  const used = new Map<string, ResolvedRule>();
  const steps: TraceStep[] = [];
  const definitionWarnings = new Set<string>();
  const unverifiedRounding = new Map<string, string[]>();
  const policyWarnings = new Set<string>();

  function lookup(code: string): { year: AscofYear; definition: AscofMeasureDefinition; from: { registry: AscofRegistry; used: ResolvedRule } } {
    const hit = resolved.get(code);
    if (hit !== undefined) return hit;
    const reference = cld.registry.measures.find((m) => m.code === code);
    if (reference === undefined) throw new Error(`internal: ${code} is not in the ${CLD_YEAR} ASCOF registry`);
    // The same measure in the period's year is the one with the same concept (old codes differ: 2E(1) was 2E).
    const same = own.registry.measures.find((m) => m.concept === reference.concept && m.kind === reference.kind);
    const r = same !== undefined ? { year, definition: same, from: own } : { year: CLD_YEAR, definition: reference, from: cld };
    if (same === undefined) definitionWarnings.add(`${code} is not an ASCOF measure in ${year}: its figures are published by the ${CLD_YEAR} definition.`);
    resolved.set(code, r);
    return r;
  }

  return {
    publishedAs(code) {
      const r = lookup(code);
      return { year: r.year, code: r.definition.code };
    },
    figure(code, level, numerator, denominator) {
      const { year: defYear, definition: m, from } = lookup(code);
      const usedHere: ResolvedRule[] = [];
      const figureSteps: TraceStep[] = [];
      const f = _publishFigure({
        measure: m,
        asOf: from.registry.asOf,
        disaggregation: level,
        numerator: _dec(numerator),
        denominator: _dec(denominator),
        base: undefined,
        pack: ascofPack,
        used: usedHere,
        steps: figureSteps,
      });
      used.set(`measureDefinitions ${defYear} ${m.code}`, _usedDefinition(from.used, m));
      for (const u of usedHere) {
        used.set(`${u.key} ${u.validFrom}`, u);
        if (u.warning !== undefined) policyWarnings.add(`${u.key}: ${u.warning}`);
      }
      if (m.warning !== undefined) definitionWarnings.add(`${m.code} (${defYear}): ${m.warning}`);
      if (m.roundingStatus === 'unverified') {
        const rule = describeRounding(m.rounding);
        const codes = unverifiedRounding.get(rule) ?? [];
        if (!codes.includes(m.code)) codes.push(m.code);
        unverifiedRounding.set(rule, codes);
      }
      for (const s of figureSteps) steps.push({ ...s, because: `${code} ${level}: ${s.because}` });
      const scale = m.kind === 'rate' ? 100000 : 100;
      const { rules } = _suppressionRules(m, ascofPack, from.registry.asOf);
      const unit = m.kind === 'rate' ? 'rate per 100,000' : 'percentage';
      return {
        numerator,
        denominator,
        value: f.value ?? undefined,
        scale,
        suppressed: f.suppressed,
        published: { numerator: f.published.numerator, denominator: f.published.denominator, value: f.published.outcome },
        rule: `ASCOF ${m.code} (${defYear}): ${unit} = numerator / denominator × ${scale}, ${describeRounding(m.rounding)}; ${describeSuppression(rules.filter((r) => r.appliesTo === 'all' || (r.appliesTo === 'total') === (level.toLowerCase() === 'total')), m.zeroDenominatorMarker)}`,
      };
    },
    steps,
    pack: ascofPack,
    used: () => [...used.values()],
    warnings: () => [...definitionWarnings, ...[...unverifiedRounding].map(([rule, codes]) => `UNVERIFIED rounding rule for ${codes.join(', ')}: ${rule}.`), ...policyWarnings],
  };
}

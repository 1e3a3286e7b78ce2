import * as z from 'zod';
import { _D, _round } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { projectDemand, type DemandProjection, type ProjectDemandOptions } from './projectDemand.js';
import { ScenarioSchema, type ProjectDemandInput, type ScenarioInput } from './schemas.js';

const Name = z.string().trim().min(1).max(100);

/** A named scenario variant: its levers, laid over the baseline's scenario. */
export const ScenarioVariantSchema = z.strictObject({
  name: Name.describe('The variant\'s name, e.g. "Prevention 5% from 2027".'),
  scenario: ScenarioSchema.describe('Levers that replace the baseline\'s, one by one (a lever left out keeps the baseline\'s value).'),
});

/** The options of {@link compareScenarios} that are plain data. */
export const CompareScenariosOptionsSchema = z.strictObject({
  baselineName: Name.optional().describe('The baseline\'s name; default "Baseline".'),
  variants: z.array(ScenarioVariantSchema).min(1).max(8),
});

/** What {@link compareScenarios} accepts as options. */
export type CompareScenariosOptions = z.input<typeof CompareScenariosOptionsSchema> & Pick<ProjectDemandOptions, 'pack'>;

/** One year of a scenario comparison. */
export interface ScenarioComparisonRow {
  /** The year. */
  readonly year: number;
  /** The baseline's total people, rounded. */
  readonly baseline: string;
  /** Each variant's total, its difference from the baseline (exact difference, rounded) and that difference in percent. */
  readonly variants: readonly { readonly name: string; readonly people: string; readonly difference: string; readonly differencePercent: string | null }[];
}

/** The result of {@link compareScenarios}. */
export interface ScenarioComparison {
  /** Always `"scenario-comparison"`. */
  readonly kind: 'scenario-comparison';
  /** What is projected. */
  readonly measure: string;
  /** The years. */
  readonly years: readonly number[];
  /** The baseline: the input as given, run through {@link projectDemand}. */
  readonly baseline: { readonly name: string; readonly projection: DemandProjection };
  /** Each variant, in the order given. */
  readonly variants: readonly { readonly name: string; readonly scenario: ScenarioInput; readonly projection: DemandProjection }[];
  /** One row per year: the baseline, each variant and its difference from the baseline. */
  readonly table: readonly ScenarioComparisonRow[];
}

/**
 * Runs a baseline and named scenario variants side by side, as PSSRU's models report their variants: the
 * baseline is the input exactly as {@link projectDemand} would project it; each variant lays its levers over
 * the baseline's scenario (a lever it leaves out keeps the baseline's value) and is projected on the same
 * population and rates. The table gives, per year, each total and each variant's difference from the
 * baseline, computed from the exact totals and rounded once.
 *
 * @param input - the baseline projection's input
 * @param options - the variants (1 to 8), an optional baseline name and an optional council pack
 * @returns the baseline, the variants and the comparison table
 * @throws {@link adult-social-care-rules!RulesError} for input {@link projectDemand} refuses (a variant's issues carry
 *   `variants.<i>` in their path), or two variants with the same name
 *
 * @example
 * ```ts
 * import { compareScenarios, CFAS_II_DEMENTIA_RATES } from 'adult-social-care-rules/demand';
 *
 * const cmp = compareScenarios(
 *   {
 *     asOf: '2026-11-23', measure: 'Women 90+ with dementia',
 *     rates: { ...CFAS_II_DEMENTIA_RATES, rates: CFAS_II_DEMENTIA_RATES.rates.filter((r) => r.sex === 'female' && r.ageBand === '90+') },
 *     population: [2025, 2026].map((year) => ({ area: 'E10000018', year, sex: 'female' as const, ageBand: '90+', people: 2000 })),
 *   },
 *   { variants: [{ name: 'Prevention 10%', scenario: { prevention: { shareAvoided: '0.1' } } }] },
 * );
 * cmp.table[1]?.variants[0]?.difference; //=> '-70'
 * ```
 */
export function compareScenarios(input: ProjectDemandInput, options: CompareScenariosOptions): ScenarioComparison {
  const opts = _parse('compareScenarios', CompareScenariosOptionsSchema, options === undefined || options === null ? options : { variants: options.variants, ...(options.baselineName === undefined ? {} : { baselineName: options.baselineName }) });
  const names = new Set<string>([opts.baselineName ?? 'Baseline']);
  const duplicates: RulesIssue[] = [];
  opts.variants.forEach((v, i) => {
    if (names.has(v.name)) duplicates.push(_issue('duplicate', ['variants', i, 'name'], 'two scenarios have this name; give each its own'));
    names.add(v.name);
  });
  const pack = options.pack === undefined ? undefined : { pack: options.pack };
  // Every fault is reported (a form shows them all): the baseline input's, each variant's own and a name used
  // twice.
  const issues: RulesIssue[] = [];
  const attempt = <T>(run: () => T): T | RulesIssue[] => {
    try {
      return run();
    } catch (e) {
      if (e instanceof RulesError) return [...e.issues];
      throw e;
    }
  };
  const base = attempt(() => projectDemand(input, pack));
  // An input that is not an object has nothing a variant could lay its levers over: its own refusal is all.
  if (Array.isArray(base) && (typeof input !== 'object' || input === null || Array.isArray(input))) throw new RulesError('compareScenarios', base);
  const seen = new Set(Array.isArray(base) ? base.map((i) => `${i.code}\u0000${i.path.join('.')}\u0000${i.message}`) : []);
  if (Array.isArray(base)) issues.push(...base);
  const tried = options.variants.map((v, i) => {
    const scenario: ScenarioInput = { ...(input.scenario ?? {}), ...v.scenario };
    const got = attempt(() => projectDemand({ ...input, scenario }, pack));
    if (!Array.isArray(got)) return { name: opts.variants[i]!.name, scenario, projection: got };
    for (const iss of got) {
      // When the baseline failed, its input's faults are reported once, by it; a variant adds its levers' own.
      if (Array.isArray(base) && (iss.path[0] !== 'scenario' || seen.has(`${iss.code}\u0000${iss.path.join('.')}\u0000${iss.message}`))) continue;
      issues.push({ code: iss.code, path: ['variants', i, ...iss.path], message: iss.message });
    }
    return undefined;
  });
  issues.push(...duplicates);
  if (issues.length > 0 || Array.isArray(base)) throw new RulesError('compareScenarios', issues);
  const baseline = base;
  const variants = tried as { name: string; scenario: ScenarioInput; projection: DemandProjection }[];
  const counts = baseline.rounding.counts;
  const pct = baseline.rounding.percentages;
  const table = baseline.totals.map((t, yi) => {
    const base = new _D(t.people.exact);
    return {
      year: t.year,
      baseline: t.people.rounded,
      variants: variants.map((v) => {
        const vt = v.projection.totals[yi]!;
        const diff = new _D(vt.people.exact).minus(base);
        return { name: v.name, people: vt.people.rounded, difference: _round(diff, counts).value, differencePercent: base.isZero() ? null : _round(diff.div(base).times(100), pct).value };
      }),
    };
  });
  return { kind: 'scenario-comparison', measure: baseline.measure, years: baseline.years, baseline: { name: opts.baselineName ?? 'Baseline', projection: baseline }, variants, table };
}

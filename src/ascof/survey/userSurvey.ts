import * as z from 'zod';
import { RulesError, _issue } from '../../core/errors.js';
import { _D, _dec, type _Dec } from '../../core/decimal.js';
import { packRef, resolve, type PackRef, type RulePack } from '../../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../../core/trace.js';
import { _packFrom, _optionsRecord, _parseArg } from '../internal.js';
import type { AscofSpec } from '../pack.js';
import { _definitionsFor, _usedDefinition } from '../registry/registry.js';
import { AscofYearSchema, type AscofFramework, type AscofYear } from '../years.js';
import { _checkStrata, _proportionObservations, _scoreMeasure, type SurveyMeasureResult, type SurveyObservation } from './estimate.js';

const code = (max: number) => z.number().int().min(1).max(max).nullable().optional();

/**
 * One ASCS respondent's answer codes (2020-21 numbering). A missing or `null` item is "not answered".
 * Codes are the questionnaire's option numbers, 1 being the first option printed.
 */
export const UserSurveyAnswersSchema = z.strictObject({
  /** Q1 overall satisfaction, standard 7-point version (1 extremely satisfied … 7 extremely dissatisfied). */
  q1: code(7),
  /** Q1 on the combined 5-point scale (easy-read versions); used instead of `q1` when given. */
  q1Comb: code(5),
  /** Q3a control over daily life (1-4). */
  q3a: code(4),
  /** Q4a personal cleanliness and comfort (1-4). */
  q4a: code(4),
  /** Q5a food and drink (1-4). */
  q5a: code(4),
  /** Q6a home clean and comfortable (1-4). */
  q6a: code(4),
  /** Q7a feeling safe (1-4). */
  q7a: code(4),
  /** Q7b services help you feel safe (1 yes, 2 no). */
  q7b: code(2),
  /** Q8a social contact (1-4). */
  q8a: code(4),
  /** Q9a doing things you value and enjoy (1-4). */
  q9a: code(4),
  /** Q11 how the way you are helped makes you feel about yourself (1-4). */
  q11: code(4),
  /** Q12 ease of finding information (1 never tried, 2 very easy, 3 fairly easy, 4 fairly difficult, 5 very difficult). */
  q12: code(5),
  /** Q13 health in general (1-5). */
  q13: code(5),
  /** Q15a-d help from others with personal tasks (1-3). */
  q15a: code(3),
  /** Q15b. */
  q15b: code(3),
  /** Q15c. */
  q15c: code(3),
  /** Q15d. */
  q15d: code(3),
  /** Q16a-c help from others with domestic tasks (1-3). */
  q16a: code(3),
  /** Q16b. */
  q16b: code(3),
  /** Q16c. */
  q16c: code(3),
  /** Q17 pain or discomfort (1-5). */
  q17: code(5),
  /** Q18 anxiety or depression (1-4). */
  q18: code(4),
});

/** One ASCS respondent. No name or identifier is needed: scoring is anonymous. */
export const UserSurveyResponseSchema = z.strictObject({
  /** The sampling stratum (required when strata populations are given), e.g. `"1"` … `"4"`. */
  stratum: z.string().min(1).max(40).optional(),
  /** Age in whole years (the adjusted SCRQoL needs it, and the "18 to 64" / "65 and over" rows; 18 or over). */
  age: z.number().int().min(18).max(130).optional(),
  /** Sex, for the male and female rows. */
  sex: z.enum(['male', 'female']).optional(),
  /**
   * The primary support reason from the sample file, grouped as the ASCS groups it ("Physical Support",
   * "Sensory Support", "Support with Memory and Cognition", "Learning Disability Support", "Mental Health Support",
   * "Social Support"). Learning disability leaves the person out of the adjusted SCRQoL (old 1J, new 1C).
   */
  primarySupportReason: z.enum(['physical', 'sensory', 'memory-and-cognition', 'learning-disability', 'mental-health', 'social']).optional(),
  /** The support setting from the sample file: residential or nursing care leaves the person out of the adjusted SCRQoL. */
  supportSetting: z.enum(['community', 'residential', 'nursing']).optional(),
  /** The answer codes. */
  answers: UserSurveyAnswersSchema,
});

/** The options of `scoreUserSurvey`. */
export const UserSurveyOptionsSchema = z.strictObject({
  /** The reporting year, `YYYY-YY`: it selects the codes the measures carry. */
  year: AscofYearSchema,
  /** Eligible population of each stratum; when given, estimates are weighted and carry a margin of error. */
  strataPopulations: z.record(z.string().min(1).max(40), z.number().int().min(1)).optional(),
  /**
   * Eligible population of each stratum for the adjusted SCRQoL: the strata populations less the people it leaves
   * out (learning disability; residential or nursing care), as NHS England's q2c_population.py builds them. A
   * stratum with nobody eligible is 0. Without it the weighted adjusted SCRQoL uses `strataPopulations` and warns.
   */
  adjustedScrqolStrataPopulations: z.record(z.string().min(1).max(40), z.number().int().min(0)).optional(),
  /** Also score the age ("18 to 64", "65 and over") and sex rows each measure publishes. */
  disaggregate: z.boolean().optional(),
  /** A pack extended from the default. */
  pack: z.unknown().optional(),
});

/** The responses argument of `scoreUserSurvey`: the respondents, up to a million. */
export const UserSurveyResponsesSchema = z.array(UserSurveyResponseSchema).max(1_000_000);

/** One ASCS respondent as a caller passes it. */
export type UserSurveyResponse = z.input<typeof UserSurveyResponseSchema>;

/** Options of {@link scoreUserSurvey}. */
export interface ScoreUserSurveyOptions {
  /** The reporting year, `YYYY-YY`. */
  year: AscofYear;
  /** Eligible population of each stratum, for weighted estimates with a margin of error. */
  strataPopulations?: Readonly<Record<string, number>> | undefined;
  /** Eligible population of each stratum for the adjusted SCRQoL (excluding learning disability and residential or nursing care). */
  adjustedScrqolStrataPopulations?: Readonly<Record<string, number>> | undefined;
  /** Also score the age ("18 to 64", "65 and over") and sex rows each measure publishes (totals come first either way). */
  disaggregate?: boolean | undefined;
  /** A pack extended from the default. */
  pack?: RulePack<AscofSpec> | undefined;
}

/** The ASCS measures scored from one council's responses. */
export interface UserSurveyResult {
  /** The reporting year. */
  readonly year: AscofYear;
  /** The framework of that year. */
  readonly framework: AscofFramework;
  /** Responses received. */
  readonly respondents: number;
  /** True when strata populations were given. */
  readonly weighted: boolean;
  /** One total row per measure (SCRQoL, adjusted SCRQoL, control, social contact, satisfaction, information, feeling safe, services and safety), each followed by its split rows when asked. */
  readonly measures: readonly SurveyMeasureResult[];
  /** The pack used. */
  readonly pack: PackRef;
  /** How the survey was scored. */
  readonly trace: Trace;
}

const ENTRY = 'scoreUserSurvey';
type Answers = z.output<typeof UserSurveyAnswersSchema>;

/** The combined 5-point Q1: the easy-read answer, or the standard 7-point answer mapped by clamp(code − 1, 1, 5). */
function q1Comb(a: Answers): number | undefined {
  if (a.q1Comb !== undefined && a.q1Comb !== null) return a.q1Comb;
  if (a.q1 === undefined || a.q1 === null) return undefined;
  return Math.min(5, Math.max(1, a.q1 - 1));
}

function item(a: Answers, key: string): number | undefined {
  if (key === 'q1Comb') return q1Comb(a);
  const v = (a as Record<string, number | null | undefined>)[key];
  return v === null ? undefined : v;
}

/**
 * Scores the Adult Social Care Survey (ASCS) for the ASCOF measures of a year: 1A social care-related quality
 * of life (0-24), the adjusted SCRQoL (old 1J), and the proportion measures (control, feeling safe, services
 * making people feel safe, social contact, ease of finding information, satisfaction) with the published
 * answer mappings.
 *
 * Missing items are handled as the NHS England method does: 1A counts only people who answered all eight
 * items; the adjusted SCRQoL needs every item of its formula and the age, and leaves out people whose primary
 * support reason is learning disability or who live in residential or nursing care (give
 * `primarySupportReason` and `supportSetting` from the sample file); each proportion measure drops the
 * people who did not answer its question or gave an excluded answer (Q12 "never tried"). With
 * `strataPopulations`, each stratum's mean is scaled to its eligible population and a 95% margin of error
 * is given; without them every figure is the plain mean or share, `weighting: 'unweighted'`, with a warning
 * that the published figure is weighted. A base under 3 is suppressed. Satisfaction is not a
 * refreshed-framework measure: from 2023-24 it is scored as a local measure and flagged.
 *
 * @param responses - the respondents' answer codes (and stratum and age where needed)
 * @param options - the reporting year, optional strata populations and pack
 * @returns each measure's value, base, exclusions, margin of error, suppression and trace
 * @throws {@link adult-social-care-rules!RulesError} for malformed answers, a respondent without a known stratum when weighting, or a
 *   stratum with more respondents than its population
 *
 * @example
 * ```ts
 * import { scoreUserSurvey } from 'adult-social-care-rules/ascof';
 *
 * const answers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
 * const r = scoreUserSurvey([{ answers }, { answers }, { answers }], { year: '2024-25' });
 * r.measures.find((m) => m.concept === 'scrqol')?.measure.value?.value; //=> '19.0'
 * ```
 */
export function scoreUserSurvey(responses: readonly UserSurveyResponse[], options: ScoreUserSurveyOptions): UserSurveyResult {
  const list = _parseArg(ENTRY, 'responses', UserSurveyResponsesSchema, responses);
  if (options === undefined) throw new RulesError(ENTRY, [_issue('invalid_type', ['options'], 'must be an options object with the year')]);
  const pack = _packFrom(ENTRY, options);
  const o = _parseArg(ENTRY, 'options', UserSurveyOptionsSchema, _optionsRecord(options));
  _checkStrata(ENTRY, list.map((r) => r.stratum), o.strataPopulations);
  const { registry, used } = _definitionsFor(ENTRY, o.year, pack);
  const items = resolve(pack, 'scrqolItems', registry.asOf);
  const adj = resolve(pack, 'adjustedScrqol', registry.asOf);
  const exclusions = resolve(pack, 'adjustedScrqolExclusions', registry.asOf);
  const unknownScope = resolve(pack, 'adjustedScrqolUnknownScope', registry.asOf);
  const props = resolve(pack, 'userProportions', registry.asOf);
  const stratumOf = (i: number) => list[i]?.stratum ?? 'all';
  const measures: SurveyMeasureResult[] = [];
  // The published ASCS figures are stratified estimates (C2 docs/maths.md, stratification.py): without the strata
  // populations the library can only give the plain mean or share, which is labelled and warned about.
  const unweightedWarning = 'Unweighted: the published ASCS figure is weighted by sampling stratum (each stratum scaled to its eligible population; NHS England ASCS method); this plain figure over the respondents is not comparable with it. Pass strataPopulations to reproduce the published estimate.';
  const common = { entry: ENTRY, registry, populations: o.strataPopulations, disaggregate: o.disaggregate === true, pack, unweightedWarning };
  const who = (i: number) => ({ stratum: stratumOf(i), age: list[i]?.age, sex: list[i]?.sex });

  // 1A: 32 − Σ codes, i.e. each item 3, 2, 1, 0; only complete respondents count.
  const scrqol: SurveyObservation[] = [];
  list.forEach((r, i) => {
    const codes = items.value.items.map((k) => item(r.answers, k));
    if (codes.some((c) => c === undefined)) return;
    const score = codes.reduce<number>((a, c) => a + (items.value.pointsByAnswer[(c as number) - 1] ?? 0), 0);
    scrqol.push({ ...who(i), y: new _D(score) });
  });
  measures.push(..._scoreMeasure({ ...common, concept: 'scrqol', observations: scrqol, excluded: list.length - scrqol.length, exclusionReason: 'a SCRQoL item not answered', itemCitation: items.citation, used: [used, items] }));

  // Adjusted SCRQoL (old 1J, new 1C): W − A, only when every item of the formula and the age are present, and not
  // for people with a learning-disability primary support reason or in residential or nursing care (C2
  // q2c_preprocessing.py, generate_ascof_scores.py).
  const w = adj.value;
  const adjusted: SurveyObservation[] = [];
  let outOfScope = 0;
  let scopeUnknown = 0;
  let unknownLeftOut = 0;
  list.forEach((r, i) => {
    const need = [...Object.keys(w.preferenceWeights), w.health.item, w.q17.item, w.q18.item, ...w.assistance.items];
    const codes = need.map((k) => item(r.answers, k));
    if ((r.primarySupportReason !== undefined && exclusions.value.primarySupportReasons.includes(r.primarySupportReason))
      || (r.supportSetting !== undefined && exclusions.value.supportSettings.includes(r.supportSetting))) {
      outOfScope += 1;
      return;
    }
    if (codes.some((c) => c === undefined) || r.age === undefined) return;
    if (r.primarySupportReason === undefined || r.supportSetting === undefined) {
      if (unknownScope.value === 'exclude') {
        unknownLeftOut += 1;
        return;
      }
      scopeUnknown += 1;
    }
    let sum: _Dec = new _D(0);
    for (const [k, weights] of Object.entries(w.preferenceWeights)) sum = sum.plus(weights[(item(r.answers, k) as number) - 1] ?? '0');
    const wScore = sum.times(w.scale).minus(w.constant);
    const steps = w.assistance.items.reduce((a, k) => a + ((item(r.answers, k) as number) - 1), 0);
    const a = _dec(w.health.byAnswer[(item(r.answers, w.health.item) as number) - 1] ?? '0')
      .plus(w.q17.byAnswer[(item(r.answers, w.q17.item) as number) - 1] ?? '0')
      .plus(w.q18.byAnswer[(item(r.answers, w.q18.item) as number) - 1] ?? '0')
      .plus(r.age >= w.olderAgeFrom ? w.olderAgeTerm : '0')
      .plus(_dec(w.assistance.constant).minus(_dec(w.assistance.perStep).times(steps)));
    adjusted.push({ ...who(i), y: wScore.minus(a) });
  });
  const adjPopulations = o.strataPopulations === undefined ? undefined : (o.adjustedScrqolStrataPopulations ?? o.strataPopulations);
  if (o.adjustedScrqolStrataPopulations !== undefined && o.strataPopulations !== undefined) _checkAdjustedStrata(adjusted, o.adjustedScrqolStrataPopulations);
  const adjWarnings = [
    ...(adj.warning === undefined ? [] : [adj.warning]),
    ...(exclusions.warning === undefined ? [] : [exclusions.warning]),
    ...(scopeUnknown > 0 ? [`${scopeUnknown} respondent(s) scored for the adjusted SCRQoL have no primary support reason or support setting: they are kept, as the NHS England code keeps unknowns (policy adjustedScrqolUnknownScope), but the learning-disability and residential/nursing exclusions could not be tested for them.`] : []),
    ...(unknownLeftOut > 0 ? [`${unknownLeftOut} otherwise complete respondent(s) without a primary support reason or support setting were left out of the adjusted SCRQoL (policy adjustedScrqolUnknownScope: exclude).`] : []),
    ...(o.strataPopulations !== undefined && o.adjustedScrqolStrataPopulations === undefined ? ['Weighted with the full strata populations: the published adjusted SCRQoL weights by the populations less people with a learning disability or in residential or nursing care (adjustedScrqolStrataPopulations).'] : []),
  ];
  const adjScored = _scoreMeasure({
    ...common, populations: adjPopulations, concept: 'adjusted-scrqol', observations: adjusted, excluded: list.length - adjusted.length,
    exclusionReason: `${outOfScope} with a learning-disability primary support reason or in residential or nursing care${unknownLeftOut > 0 ? `, ${unknownLeftOut} with either unknown` : ''}; the rest missing an item of the adjustment formula or the age`,
    itemCitation: `${adj.citation}; exclusions ${exclusions.citation}`, used: [used, adj, exclusions, unknownScope],
  });
  for (const m of adjScored) measures.push({ ...m, measure: { ...m.measure, warnings: [...m.measure.warnings, ...adjWarnings] } });

  for (const [concept, mapping] of Object.entries(props.value)) {
    const { obs, excluded } = _proportionObservations(list.map((r, i) => ({ ...who(i), code: item(r.answers, mapping.item) })), mapping);
    measures.push(..._scoreMeasure({ ...common, concept, observations: obs, excluded, exclusionReason: `${mapping.item} not answered or an excluded answer`, itemCitation: props.citation, used: [used, props] }));
  }

  const steps: TraceStep[] = [
    _step('ascof.survey.ascs', props.citation, 'applied', `${list.length} ASCS response(s) scored for ${o.year} (${registry.framework})${o.strataPopulations ? ', weighted by stratum' : ', unweighted'}.`, [['responses', list.length], ['year', o.year]]),
    ...measures.filter((m) => m.disaggregation === 'Total').map((m) => _step(`ascof.survey.${m.concept}`, m.measure.trace.steps[0]?.citation ?? props.citation, m.measure.suppressed ? 'not-met' : 'applied',
      `${m.measure.code}${m.inFramework ? '' : ' (not in this framework)'}: ${m.measure.published.outcome} from ${m.base} respondent(s), ${m.excluded} excluded.`)),
  ];
  return {
    year: o.year, framework: registry.framework, respondents: list.length, weighted: o.strataPopulations !== undefined, measures,
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: registry.asOf, pack: packRef(pack), steps, used: [_usedDefinition(used, registry.measures.map((m) => m.code)), items, adj, exclusions, unknownScope, props] }),
  };
}

/** Every stratum with adjusted-SCRQoL respondents needs an adjusted population at least as large as their number. */
function _checkAdjustedStrata(obs: readonly SurveyObservation[], populations: Readonly<Record<string, number>>): void {
  const counts = new Map<string, number>();
  for (const x of obs) counts.set(x.stratum, (counts.get(x.stratum) ?? 0) + 1);
  const issues = [...counts].filter(([h, n]) => !Object.prototype.hasOwnProperty.call(populations, h) || n > (populations[h] ?? 0))
    .map(([h]) => _issue('inconsistent_input', ['options', 'adjustedScrqolStrataPopulations', h], 'a stratum with respondents scored for the adjusted SCRQoL needs an eligible population of at least that many'));
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
}

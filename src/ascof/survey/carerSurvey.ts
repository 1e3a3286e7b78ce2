import * as z from 'zod';
import { RulesError, _issue } from '../../core/errors.js';
import { _D } from '../../core/decimal.js';
import { packRef, resolve, type PackRef, type RulePack } from '../../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../../core/trace.js';
import { _optionsRecord, _packFrom, _parseArg } from '../internal.js';
import type { AscofSpec } from '../pack.js';
import { _definitionsFor, _usedDefinition } from '../registry/registry.js';
import { AscofYearSchema, type AscofFramework, type AscofYear } from '../years.js';
import { _checkStrata, _proportionObservations, _scoreMeasure, type SurveyMeasureResult, type SurveyObservation } from './estimate.js';

const code = (max: number) => z.number().int().min(1).max(max).nullable().optional();

/**
 * One SACE respondent's answer codes, named by topic rather than question number (SACE 2023-24 renumbered
 * its questions). Codes are option numbers, 1 being the first option printed.
 */
export const CarerSurveyAnswersSchema = z.strictObject({
  /** Doing things I value and enjoy (1-3: first option "as I want"). */
  occupation: code(3),
  /** Control over my daily life (1-3). */
  control: code(3),
  /** Looking after myself (1-3). */
  selfCare: code(3),
  /** Feeling safe (1-3). */
  safety: code(3),
  /**
   * Social participation: the social-contact question ("I have as much social contact as I want with people I
   * like" 1, "some social contact but not enough" 2, "little social contact … socially isolated" 3). It is both a
   * 1D item and the whole of 5B (old 1I(2)): answer 1 over every carer who answered.
   */
  socialParticipation: code(3),
  /** Encouragement and support in my caring role (1-3). */
  encouragement: code(3),
  /**
   * @deprecated The same SACE question as `socialParticipation` (there is no separate social-contact question):
   * pass `socialParticipation`. Given alone it is read as `socialParticipation`; given with it, the two must agree.
   */
  socialContact: code(3),
  /** Ease of finding information (1 very easy … 4 very difficult, 5 never tried). */
  information: code(5),
  /** Included or consulted in discussions about the person cared for (1 always … 4 never, 5 no discussions). */
  included: code(5),
  /** Overall satisfaction with support (1 extremely satisfied … 7 extremely dissatisfied). */
  satisfaction: code(7),
});

/** One SACE respondent. */
export const CarerSurveyResponseSchema = z.strictObject({
  /** The stratum (each council is one stratum in the national weighting), required when populations are given. */
  stratum: z.string().min(1).max(40).optional(),
  /** The carer's age in whole years, for the "18 to 64" / "65 and over" rows. */
  age: z.number().int().min(0).max(130).optional(),
  /** The carer's sex, for the male and female rows. */
  sex: z.enum(['male', 'female']).optional(),
  /** The answer codes. */
  answers: CarerSurveyAnswersSchema,
});

/** The options of `scoreCarerSurvey`. */
export const CarerSurveyOptionsSchema = z.strictObject({
  /** The reporting year, `YYYY-YY` (2024-25 ASCOF uses SACE 2023-24). */
  year: AscofYearSchema,
  /** Eligible carer population of each stratum, for weighted estimates. */
  strataPopulations: z.record(z.string().min(1).max(40), z.number().int().min(1)).optional(),
  /** Also score the age and sex rows each measure publishes. */
  disaggregate: z.boolean().optional(),
  /** A pack extended from the default. */
  pack: z.unknown().optional(),
});

/** The responses argument of `scoreCarerSurvey`: the respondents, up to a million. */
export const CarerSurveyResponsesSchema = z.array(CarerSurveyResponseSchema).max(1_000_000);

/** One SACE respondent as a caller passes it. */
export type CarerSurveyResponse = z.input<typeof CarerSurveyResponseSchema>;

/** Options of {@link scoreCarerSurvey}. */
export interface ScoreCarerSurveyOptions {
  /** The reporting year, `YYYY-YY`. */
  year: AscofYear;
  /** Eligible carer population of each stratum. */
  strataPopulations?: Readonly<Record<string, number>> | undefined;
  /** Also score the age and sex rows each measure publishes (totals come first either way). */
  disaggregate?: boolean | undefined;
  /** A pack extended from the default. */
  pack?: RulePack<AscofSpec> | undefined;
}

/** The SACE measures scored from one council's responses. */
export interface CarerSurveyResult {
  /** The reporting year. */
  readonly year: AscofYear;
  /** The framework of that year. */
  readonly framework: AscofFramework;
  /** Responses received. */
  readonly respondents: number;
  /** True when strata populations were given. */
  readonly weighted: boolean;
  /** 1D carer quality of life, then the carer proportions (social contact, information, included, satisfaction); each total row followed by its split rows when asked. */
  readonly measures: readonly SurveyMeasureResult[];
  /** The pack used. */
  readonly pack: PackRef;
  /** How the survey was scored. */
  readonly trace: Trace;
}

const ENTRY = 'scoreCarerSurvey';

/**
 * Scores the Survey of Adult Carers in England (SACE): 1D carer-reported quality of life (six items, first
 * option 2, second 1, last 0, so 0-12; only carers answering all six count) and the carer proportion
 * measures. 5B (social contact, old 1I(2)) is read from the social-participation question of 1D: the first
 * option over every carer who answered it. The other carer answer conversions could not be read in the
 * published code, so they are pack policy with a warning; check them against your SACE edition.
 *
 * Suppression follows the NHS England pipeline (carers.py): a total with a base under 3 is withheld, and the
 * two sex rows (or the two age rows) are withheld together when either base is under 3, so neither can be
 * recovered from the total and the other row.
 *
 * @param responses - the carers' answer codes (and stratum when weighting)
 * @param options - the reporting year, optional strata populations and pack
 * @returns each measure's value, base, exclusions, margin of error, suppression and trace
 * @throws {@link adult-social-care-rules!RulesError} for malformed answers or inconsistent strata
 *
 * @example
 * ```ts
 * import { scoreCarerSurvey } from 'adult-social-care-rules/ascof';
 *
 * const answers = { occupation: 1, control: 2, selfCare: 1, safety: 1, socialParticipation: 3, encouragement: 2 };
 * const r = scoreCarerSurvey([{ answers }, { answers }, { answers }], { year: '2022-23' });
 * r.measures.find((m) => m.concept === 'carer-qol')?.measure.value?.value; //=> '8.0'
 * // 1I(2) from the same answers: nobody chose "as much social contact as I want"
 * r.measures.find((m) => m.concept === 'social-contact-carers')?.measure.value?.value; //=> '0.0'
 * ```
 */
export function scoreCarerSurvey(responses: readonly CarerSurveyResponse[], options: ScoreCarerSurveyOptions): CarerSurveyResult {
  const list = _parseArg(ENTRY, 'responses', CarerSurveyResponsesSchema, responses);
  if (options === undefined) throw new RulesError(ENTRY, [_issue('invalid_type', ['options'], 'must be an options object with the year')]);
  const pack = _packFrom(ENTRY, options);
  const o = _parseArg(ENTRY, 'options', CarerSurveyOptionsSchema, _optionsRecord(options));
  _checkStrata(ENTRY, list.map((r) => r.stratum), o.strataPopulations);
  // 5B and 1D read one question (ascof.md §11): the old `socialContact` field is an alias of `socialParticipation`.
  const aliasIssues = list.flatMap((r, i) => {
    const a = r.answers;
    const both = a.socialContact !== undefined && a.socialContact !== null && a.socialParticipation !== undefined && a.socialParticipation !== null;
    return both && a.socialContact !== a.socialParticipation
      ? [_issue('inconsistent_input', ['responses', i, 'answers', 'socialContact'], 'socialContact is the same SACE question as socialParticipation (deprecated alias): the two answers must agree')]
      : [];
  });
  if (aliasIssues.length > 0) throw new RulesError(ENTRY, aliasIssues);
  const { registry, used } = _definitionsFor(ENTRY, o.year, pack);
  const items = resolve(pack, 'carerQolItems', registry.asOf);
  const props = resolve(pack, 'carerProportions', registry.asOf);
  const stratumOf = (i: number) => list[i]?.stratum ?? 'all';
  const get = (i: number, key: string): number | undefined => {
    const answers = list[i]?.answers as Record<string, number | null | undefined> | undefined;
    const v = answers?.[key] ?? (key === 'socialParticipation' ? answers?.['socialContact'] : undefined);
    return v === null ? undefined : v;
  };
  const common = { entry: ENTRY, registry, populations: o.strataPopulations, disaggregate: o.disaggregate === true, pack };
  const who = (i: number) => ({ stratum: stratumOf(i), age: list[i]?.age, sex: list[i]?.sex });
  const measures: SurveyMeasureResult[] = [];

  const qol: SurveyObservation[] = [];
  list.forEach((_r, i) => {
    const codes = items.value.items.map((k) => get(i, k));
    if (codes.some((c) => c === undefined)) return;
    const score = codes.reduce<number>((a, c) => a + (items.value.pointsByAnswer[(c as number) - 1] ?? 0), 0);
    qol.push({ ...who(i), y: new _D(score) });
  });
  measures.push(..._scoreMeasure({ ...common, concept: 'carer-qol', observations: qol, excluded: list.length - qol.length, exclusionReason: 'one of the six quality-of-life items not answered', itemCitation: items.citation, used: [used, items] }));

  for (const [concept, mapping] of Object.entries(props.value)) {
    const { obs, excluded } = _proportionObservations(list.map((_r, i) => ({ ...who(i), code: get(i, mapping.item) })), mapping);
    for (const m of _scoreMeasure({ ...common, concept, observations: obs, excluded, exclusionReason: `${mapping.item} not answered or an excluded answer`, itemCitation: props.citation, used: [used, props] })) {
      measures.push({ ...m, measure: { ...m.measure, warnings: props.warning === undefined ? m.measure.warnings : [...m.measure.warnings, props.warning] } });
    }
  }

  const steps: TraceStep[] = [
    _step('ascof.survey.sace', items.citation, 'applied', `${list.length} SACE response(s) scored for ${o.year} (${registry.framework})${o.strataPopulations ? ', weighted by stratum' : ', unweighted'}.`, [['responses', list.length], ['year', o.year]]),
    ...measures.filter((m) => m.disaggregation === 'Total').map((m) => _step(`ascof.survey.${m.concept}`, m.measure.trace.steps[0]?.citation ?? items.citation, m.measure.suppressed ? 'not-met' : 'applied',
      `${m.measure.code}${m.inFramework ? '' : ' (not in this framework)'}: ${m.measure.published.outcome} from ${m.base} respondent(s), ${m.excluded} excluded.`, [], m.measure.warnings)),
  ];
  return {
    year: o.year, framework: registry.framework, respondents: list.length, weighted: o.strataPopulations !== undefined, measures,
    pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: registry.asOf, pack: packRef(pack), steps, used: [_usedDefinition(used, registry.measures.map((m) => m.code)), items, props] }),
  };
}

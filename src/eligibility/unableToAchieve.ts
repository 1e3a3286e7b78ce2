// "Unable to achieve" (SI 2015/313 reg 2(3), 3(3)) for each outcome, from an assessment or from dated
// observations of a fluctuating need (reg 2(4), 3(4)). Shared by the adult and the carer determination.
import { _daysBetween, type IsoDate } from '../core/calendar.js';
import { _issue, type RulesIssue } from '../core/errors.js';
import { _deepFreeze } from '../core/rulePack.js';
import { _plainStep, type TraceStep } from '../core/trace.js';
import { PROMPTING_CITATION, CARER_DISREGARD_CITATION, type StatutoryItem } from './outcomes.js';
import { FLUCTUATION_SENTENCES, OUTCOME_SENTENCES } from './sentences.js';
import type { FluctuationPeriod, OutcomeFinding } from './types.js';

/** The law's lists for one kind of person. */
export interface OutcomeLaw<O extends string, L extends string> {
  readonly who: 'adult' | 'carer';
  readonly outcomes: readonly O[];
  readonly outcomeText: Readonly<Record<O, StatutoryItem>>;
  readonly limbs: readonly L[];
  readonly limbText: Readonly<Record<L, StatutoryItem>>;
  /** reg 2(4) or reg 3(4). */
  readonly fluctuationCitation: string;
}

/** One outcome as recorded in an assessment or an observation. */
export interface RecordedOutcome<L extends string> {
  readonly unableToAchieve: readonly L[];
  readonly needsPrompting?: boolean | undefined;
  readonly metByCarer?: boolean | undefined;
}

/** Recorded outcomes by id; a missing id means "not assessed". */
export type OutcomeMap<O extends string, L extends string> = { readonly [K in O]?: RecordedOutcome<L> | undefined };

/** Dated observations of a fluctuating need. */
export interface Observations<O extends string, L extends string> {
  readonly periodFrom: IsoDate;
  readonly periodTo: IsoDate;
  readonly observations: readonly { readonly date: IsoDate; readonly outcomes: OutcomeMap<O, L> }[];
}

/** The pack's aggregation policy. */
export interface Aggregation {
  readonly method: 'any-observation' | 'share-of-observations';
  readonly minimumShare: string;
  readonly minimumObservations: number;
}

/** Cross-field checks of the fluctuating-needs period: inside the period, not after the determination. */
export function _checkObservations<O extends string, L extends string>(
  outcomes: readonly O[],
  asOf: IsoDate,
  direct: { readonly [K in O]?: unknown } | undefined,
  fluct: Observations<O, L> | undefined,
  citation: string,
): RulesIssue[] {
  if (fluct === undefined) return [];
  const issues: RulesIssue[] = [];
  if (fluct.periodTo < fluct.periodFrom) issues.push(_issue('inconsistent_input', ['fluctuating', 'periodTo'], `the period (${citation}) must not end before it starts`));
  if (fluct.periodTo > asOf) issues.push(_issue('inconsistent_input', ['fluctuating', 'periodTo'], 'the period must end on or before asOf, the date of the determination'));
  const seen = new Set<IsoDate>();
  fluct.observations.forEach((o, i) => {
    if (o.date < fluct.periodFrom || o.date > fluct.periodTo) {
      issues.push(_issue('inconsistent_input', ['fluctuating', 'observations', i, 'date'], 'each observation must fall inside the period periodFrom..periodTo'));
    }
    if (seen.has(o.date)) issues.push(_issue('inconsistent_input', ['fluctuating', 'observations', i, 'date'], 'one observation per day: combine the observations of the same day into one (the policy counts observed days)'));
    seen.add(o.date);
  });
  const observed = new Set(fluct.observations.flatMap((o) => Object.keys(o.outcomes)));
  // In the law's order (the order a schema-parsed input has), whatever the order of the caller's keys.
  for (const key of outcomes) {
    if (direct !== undefined && Object.prototype.hasOwnProperty.call(direct, key) && observed.has(key)) {
      issues.push(_issue('inconsistent_input', ['outcomes', key], 'this outcome is given both as an assessment and as fluctuating observations; give it one way'));
    }
  }
  return issues;
}

/**
 * Whether `unable` of `observed` days is at least `share` (a decimal string from 0 to 1, as the pack schema
 * allows), compared exactly as whole numbers: unable × 10^k ≥ digits(share) × observed.
 */
export function _shareAtLeast(unable: number, observed: number, share: string): boolean {
  const [whole = '0', fraction = ''] = share.split('.');
  return BigInt(unable) * BigInt(10) ** BigInt(fraction.length) >= BigInt(whole + fraction) * BigInt(observed);
}

/** What {@link _assessOutcomes} returns. */
export interface AssessedOutcomes<O extends string, L extends string> {
  readonly findings: OutcomeFinding<O, L>[];
  /** The steps given, with the outcome steps added. */
  readonly steps: TraceStep[];
  readonly fluctuation: FluctuationPeriod | undefined;
  /** The input paths to complete, one for each outcome not assessed, in the law's order. */
  readonly missing: string[];
  /** The outcomes found unable, in the law's order. */
  readonly unable: O[];
  /** The outcomes not assessed, in the law's order. */
  readonly notAssessed: O[];
  /** `unable` as bits (bit n: the law's outcome n), a key for the parts built from it. */
  readonly unableMask: number;
  /** `notAssessed` as bits. */
  readonly notAssessedMask: number;
}

/**
 * A law and, per outcome, the parts of a determination already worked out: an outcome not assessed, or
 * assessed with at most four limbs listed (in any order: the usual case), gives steps and a finding fixed by
 * the list, prompting and carer note. Each is built the first time it is met, its finding and steps deeply frozen, then shared:
 * a cache of pure answers that no caller can change. Build once per law.
 */
export interface OutcomeTable<O extends string, L extends string> {
  readonly law: OutcomeLaw<O, L>;
  readonly memo: readonly Map<number, OutcomePart<O, L>>[];
}

/** Makes the (empty) table of a law, for {@link _assessOutcomes}. */
export function _outcomeTable<O extends string, L extends string>(law: OutcomeLaw<O, L>): OutcomeTable<O, L> {
  return { law, memo: law.outcomes.map(() => new Map()) };
}

/** The bit mask of the limbs listed (bit i = limb i; prompting adds limb (a), as statutory guidance ch.6 says). */
function maskOf(table: OutcomeTable<string, string>, list: readonly string[], prompting: boolean | undefined): number {
  let mask = prompting === true ? 1 : 0;
  for (let i = 0; i < list.length; i += 1) mask |= 1 << table.law.limbs.indexOf(list[i]!);
  return mask;
}

/** One outcome's share of a determination: its steps, its finding and the input path it was read from. */
interface OutcomePart<O extends string, L extends string> {
  readonly steps: TraceStep[];
  readonly finding: OutcomeFinding<O, L>;
  readonly path: string;
}

/** One outcome, from an assessment (`rec`) or from the observations of a fluctuating need. */
function outcomePart<O extends string, L extends string>(table: OutcomeTable<O, L>, id: O, rec: RecordedOutcome<L> | undefined, fluct: Observations<O, L> | undefined, aggregation: Aggregation): OutcomePart<O, L> {
  const law = table.law;
  const who = law.who;
  const item = law.outcomeText[id];
  const steps: TraceStep[] = [];
  let mask = 0;
  let prompting = false;
  let status: OutcomeFinding<O, L>['status'] = 'not-assessed';
  let source: OutcomeFinding<O, L>['source'] = 'none';
  let observations: OutcomeFinding<O, L>['observations'];
  let path = `outcomes.${id}`;
  if (rec !== undefined) {
    source = 'assessment';
    mask = maskOf(table, rec.unableToAchieve, rec.needsPrompting);
    prompting = rec.needsPrompting === true && !rec.unableToAchieve.includes(law.limbs[0]!);
    status = mask !== 0 ? 'unable' : 'able';
  } else if (fluct !== undefined && fluct.observations.some((o) => o.outcomes[id] !== undefined)) {
    // Observations of a fluctuating need, combined by the pack's policy (reg 2(4) / 3(4)).
    source = 'observations';
    path = `fluctuating.observations.outcomes.${id}`;
    let observed = 0;
    let unable = 0;
    let union = 0;
    let promptOnly = false;
    for (const o of fluct.observations) {
      const r = o.outcomes[id];
      if (r === undefined) continue;
      observed += 1;
      const m = maskOf(table, r.unableToAchieve, r.needsPrompting);
      if (m !== 0) {
        unable += 1;
        union |= m;
        if (r.needsPrompting === true && !r.unableToAchieve.includes(law.limbs[0]!)) promptOnly = true;
      }
    }
    observations = { observed, unable };
    if (observed >= aggregation.minimumObservations && unable >= 1 && (aggregation.method === 'any-observation' || _shareAtLeast(unable, observed, aggregation.minimumShare))) {
      status = 'unable';
      mask = union;
      prompting = promptOnly;
    } else if (observed >= aggregation.minimumObservations) status = 'able';
  }
  const limbs = law.limbs.filter((_l, i) => (mask & (1 << i)) !== 0);
  const because =
    status === 'unable'
      ? OUTCOME_SENTENCES.unable(item.text, limbs.map((l) => law.limbText[l].citation.slice(12)).join(', '), observations) // less "SI 2015/313 "
      : status === 'able'
        ? OUTCOME_SENTENCES.able(who, item.text, observations)
        : observations
          ? OUTCOME_SENTENCES.tooFewObservations(item.text, observations, aggregation.minimumObservations)
          : OUTCOME_SENTENCES.notAssessed(item.text);
  steps.push(_plainStep(`eligibility.${who}.outcome.${id}`, item.citation, status === 'unable' ? 'met' : status === 'able' ? 'not-met' : 'unknown', because, [[`${path}.unableToAchieve`, rec ? rec.unableToAchieve : observations]]));
  for (const l of limbs) steps.push(_plainStep(`eligibility.${who}.limb.${id}.${l}`, law.limbText[l].citation, 'met', OUTCOME_SENTENCES.limb(who, law.limbText[l].text), [[path, l]]));
  if (prompting) steps.push(_plainStep(`eligibility.${who}.prompting.${id}`, PROMPTING_CITATION, 'applied', OUTCOME_SENTENCES.prompting(item.text), [[`${path}.needsPrompting`, true]]));
  const carer = (rec as { metByCarer?: boolean | undefined } | undefined)?.metByCarer;
  if (carer !== undefined) steps.push(_plainStep(`eligibility.${who}.carerDisregarded.${id}`, CARER_DISREGARD_CITATION, 'applied', OUTCOME_SENTENCES.carerDisregarded(carer), [[`${path}.metByCarer`, carer]]));
  const finding: { -readonly [K in keyof OutcomeFinding<O, L>]: OutcomeFinding<O, L>[K] } = {
    outcome: id,
    citation: item.citation,
    text: item.text,
    status,
    limbs: limbs.map((limb) => ({ limb, citation: law.limbText[limb].citation })),
    prompting,
    source,
  };
  if (observations) finding.observations = observations;
  if (carer !== undefined) finding.metByCarer = carer;
  return { steps, finding, path };
}

/**
 * Finds, for each outcome of the law's list, whether the person is unable to achieve it and which limbs apply.
 * Steps: the period and aggregation policy (when observations are given), then one step per outcome, one per
 * limb that applies, and notes for prompting and for needs a carer meets.
 */
export function _assessOutcomes<O extends string, L extends string>(
  table: OutcomeTable<O, L>,
  direct: OutcomeMap<O, L> | undefined,
  fluct: Observations<O, L> | undefined,
  aggregation: Aggregation,
  aggregationCitation: string,
  aggregationWarnings: readonly string[],
  steps: TraceStep[] = [],
): AssessedOutcomes<O, L> {
  const law = table.law;
  const findings: OutcomeFinding<O, L>[] = [];
  const missing: string[] = [];
  const unableList: O[] = [];
  const notAssessedList: O[] = [];
  let unableMask = 0;
  let notAssessedMask = 0;
  let fluctuation: FluctuationPeriod | undefined;
  if (fluct !== undefined) {
    fluctuation = {
      periodFrom: fluct.periodFrom,
      periodTo: fluct.periodTo,
      days: _daysBetween(fluct.periodFrom, fluct.periodTo) + 1,
      observations: fluct.observations.length,
      method: aggregation.method,
      minimumShare: aggregation.minimumShare,
      minimumObservations: aggregation.minimumObservations,
    };
    steps.push(
      _plainStep(
        `eligibility.${law.who}.fluctuatingPeriod`,
        law.fluctuationCitation,
        'applied',
        FLUCTUATION_SENTENCES.period(law.who, fluctuation.days, fluct.periodFrom, fluct.periodTo, fluctuation.observations),
        [
          ['fluctuating.periodFrom', fluct.periodFrom],
          ['fluctuating.periodTo', fluct.periodTo],
        ],
      ),
    );
    steps.push(
      _plainStep(`eligibility.${law.who}.fluctuatingAggregation`, aggregationCitation, 'applied', FLUCTUATION_SENTENCES.aggregation(aggregation.method, aggregation.minimumShare, aggregation.minimumObservations), [['pack:fluctuatingAggregation', aggregation]], aggregationWarnings.slice()),
    );
  }

  for (let n = 0; n < law.outcomes.length; n += 1) {
    const id = law.outcomes[n]!;
    const rec = direct?.[id];
    // The memo key: 0 for not assessed (without observations); for an assessment of at most four limbs, in any
    // order (the trace records the list as given), 1 + (the limbs as digits 1-4 of a number, prompting, carer note);
    // otherwise none (-1).
    let key = rec === undefined ? (fluct === undefined ? 0 : -1) : -1;
    if (rec !== undefined && rec.unableToAchieve.length <= 4) {
      const list = rec.unableToAchieve;
      let digits = 0;
      for (let i = 0; i < list.length; i += 1) digits = digits * (law.limbs.length + 1) + law.limbs.indexOf(list[i]!) + 1;
      const carer = (rec as { metByCarer?: boolean | undefined }).metByCarer;
      key = 1 + ((digits * 2 + (rec.needsPrompting === true ? 1 : 0)) * 3 + (carer === undefined ? 0 : carer ? 1 : 2));
    }
    const memo = table.memo[n]!;
    let part = key < 0 ? undefined : memo.get(key);
    if (part === undefined) {
      part = outcomePart(table, id, rec, fluct, aggregation);
      // The finding and steps are deeply frozen (results share them); the part's list of steps is its own,
      // left unfrozen (V8 reads a frozen array more slowly) and only ever copied from.
      if (key >= 0) {
        _deepFreeze(part.finding);
        part.steps.forEach(_deepFreeze);
        memo.set(key, part);
      }
    }
    for (let i = 0; i < part.steps.length; i += 1) steps.push(part.steps[i]!);
    findings.push(part.finding);
    if (part.finding.status === 'not-assessed') {
      missing.push(part.path);
      notAssessedList.push(id);
      notAssessedMask |= 1 << n;
    } else if (part.finding.status === 'unable') {
      unableList.push(id);
      unableMask |= 1 << n;
    }
  }
  return { findings, steps, fluctuation, missing, unable: unableList, notAssessed: notAssessedList, unableMask, notAssessedMask };
}

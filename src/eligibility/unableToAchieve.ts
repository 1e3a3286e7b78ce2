// "Unable to achieve" (SI 2015/313 reg 2(3), 3(3)) for each outcome, from an assessment or from dated
// observations of a fluctuating need (reg 2(4), 3(4)). Shared by the adult and the carer determination.
import { _daysBetween, type IsoDate } from '../core/calendar.js';
import { _issue, type RulesIssue } from '../core/errors.js';
import { _step, type TraceStep } from '../core/trace.js';
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
  /** For each outcome not assessed, the input path to complete. */
  readonly missing: Map<O, string>;
  /** The outcomes found unable, in the law's order. */
  readonly unable: O[];
  /** The outcomes not assessed, in the law's order. */
  readonly notAssessed: O[];
}

/** The fixed text of one outcome of a law, worked out once: rule ids, input paths and sentences. */
interface OutcomeRow<O extends string, L extends string> {
  readonly id: O;
  readonly item: StatutoryItem;
  readonly rule: string;
  /** `outcomes.<id>`, and `fluctuating.observations.outcomes.<id>` for an outcome read from observations. */
  readonly path: string;
  readonly observedPath: string;
  readonly able: string;
  readonly notAssessed: string;
  readonly prompting: string;
  readonly promptingRule: string;
  readonly carerRule: string;
  /** By limb index: the limb step's rule id. */
  readonly limbRule: readonly string[];
  /** By bit mask of limbs (bit i = limb i): the limbs in the law's order and the "unable" sentence without observations. */
  readonly byMask: readonly { readonly limbs: readonly L[]; readonly letters: string; readonly unable: string }[];
}

/** The fixed text of a law's outcomes and limbs, for {@link _assessOutcomes}. Build once per law. */
export interface OutcomeTable<O extends string, L extends string> {
  readonly law: OutcomeLaw<O, L>;
  readonly rows: readonly OutcomeRow<O, L>[];
  /** By limb index: the step sentence and citation. */
  readonly limbBecause: readonly string[];
  readonly limbCitation: readonly string[];
}

/** Works out every fixed rule id, path and sentence of a law once, from the tables of sentences.ts. */
export function _outcomeTable<O extends string, L extends string>(law: OutcomeLaw<O, L>): OutcomeTable<O, L> {
  const who = law.who;
  const letter = (l: L) => law.limbText[l].citation.slice(12); // less "SI 2015/313 "
  const rows = law.outcomes.map((id): OutcomeRow<O, L> => {
    const item = law.outcomeText[id];
    const byMask = Array.from({ length: 1 << law.limbs.length }, (_, mask) => {
      const limbs = law.limbs.filter((_l, i) => (mask & (1 << i)) !== 0);
      const letters = limbs.map(letter).join(', ');
      return { limbs, letters, unable: OUTCOME_SENTENCES.unable(item.text, letters, undefined) };
    });
    return {
      id,
      item,
      rule: `eligibility.${who}.outcome.${id}`,
      path: `outcomes.${id}`,
      observedPath: `fluctuating.observations.outcomes.${id}`,
      able: OUTCOME_SENTENCES.able(who, item.text, undefined),
      notAssessed: OUTCOME_SENTENCES.notAssessed(item.text),
      prompting: OUTCOME_SENTENCES.prompting(item.text),
      promptingRule: `eligibility.${who}.prompting.${id}`,
      carerRule: `eligibility.${who}.carerDisregarded.${id}`,
      limbRule: law.limbs.map((l) => `eligibility.${who}.limb.${id}.${l}`),
      byMask,
    };
  });
  return {
    law,
    rows,
    limbBecause: law.limbs.map((l) => OUTCOME_SENTENCES.limb(who, law.limbText[l].text)),
    limbCitation: law.limbs.map((l) => law.limbText[l].citation),
  };
}

/** The bit mask of the limbs recorded (prompting adds limb (a), as statutory guidance ch.6 says). */
function maskOf(table: OutcomeTable<string, string>, rec: RecordedOutcome<string>): number {
  let mask = rec.needsPrompting === true ? 1 : 0;
  const list = rec.unableToAchieve;
  for (let i = 0; i < list.length; i += 1) mask |= 1 << table.law.limbs.indexOf(list[i]!);
  return mask;
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
  const missing = new Map<O, string>();
  const unableList: O[] = [];
  const notAssessedList: O[] = [];
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
      _step(
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
      _step(`eligibility.${law.who}.fluctuatingAggregation`, aggregationCitation, 'applied', FLUCTUATION_SENTENCES.aggregation(aggregation.method, aggregation.minimumShare, aggregation.minimumObservations), [['pack:fluctuatingAggregation', aggregation]], aggregationWarnings.slice()),
    );
  }

  for (const row of table.rows) {
    const id = row.id;
    const rec = direct?.[id];
    let mask = 0;
    let prompting = false;
    let status: OutcomeFinding<O, L>['status'] = 'not-assessed';
    let source: OutcomeFinding<O, L>['source'] = 'none';
    let observations: OutcomeFinding<O, L>['observations'];
    let because = row.notAssessed;
    let path = row.path;
    if (rec !== undefined) {
      // An assessment: every sentence is fixed for the outcome and its set of limbs.
      source = 'assessment';
      mask = maskOf(table, rec);
      prompting = rec.needsPrompting === true && !rec.unableToAchieve.includes(law.limbs[0]!);
      status = mask !== 0 ? 'unable' : 'able';
      because = mask !== 0 ? row.byMask[mask]!.unable : row.able;
    } else if (fluct !== undefined && fluct.observations.some((o) => o.outcomes[id] !== undefined)) {
      // Observations of a fluctuating need, combined by the pack's policy (reg 2(4) / 3(4)).
      source = 'observations';
      path = row.observedPath;
      let observed = 0;
      let unable = 0;
      let union = 0;
      let promptOnly = false;
      for (const o of fluct.observations) {
        const r = o.outcomes[id];
        if (r === undefined) continue;
        observed += 1;
        const m = maskOf(table, r);
        if (m !== 0) {
          unable += 1;
          union |= m;
          if (r.needsPrompting === true && !r.unableToAchieve.includes(law.limbs[0]!)) promptOnly = true;
        }
      }
      observations = { observed, unable };
      if (observed < aggregation.minimumObservations) {
        because = OUTCOME_SENTENCES.tooFewObservations(row.item.text, observations, aggregation.minimumObservations);
      } else if (unable >= 1 && (aggregation.method === 'any-observation' || _shareAtLeast(unable, observed, aggregation.minimumShare))) {
        status = 'unable';
        mask = union;
        prompting = promptOnly;
        because = OUTCOME_SENTENCES.unable(row.item.text, row.byMask[mask]!.letters, observations);
      } else {
        status = 'able';
        because = OUTCOME_SENTENCES.able(law.who, row.item.text, observations);
      }
    }
    const value = source === 'assessment' ? rec!.unableToAchieve : observations;
    steps.push(_step(row.rule, row.item.citation, status === 'unable' ? 'met' : status === 'able' ? 'not-met' : 'unknown', because, [[`${path}.unableToAchieve`, value]]));
    const limbs = row.byMask[mask]!.limbs;
    for (let i = 0; i < law.limbs.length; i += 1) {
      if ((mask & (1 << i)) !== 0) steps.push(_step(row.limbRule[i]!, table.limbCitation[i]!, 'met', table.limbBecause[i]!, [[path, law.limbs[i]]]));
    }
    if (prompting) steps.push(_step(row.promptingRule, PROMPTING_CITATION, 'applied', row.prompting, [[`${path}.needsPrompting`, true]]));
    const carer = (rec as { metByCarer?: boolean | undefined } | undefined)?.metByCarer;
    if (carer !== undefined) steps.push(_step(row.carerRule, CARER_DISREGARD_CITATION, 'applied', OUTCOME_SENTENCES.carerDisregarded(carer), [[`${path}.metByCarer`, carer]]));
    if (status === 'not-assessed') {
      missing.set(id, path);
      notAssessedList.push(id);
    } else if (status === 'unable') unableList.push(id);
    const limbFindings = new Array<{ limb: L; citation: string }>(limbs.length);
    for (let i = 0; i < limbs.length; i += 1) limbFindings[i] = { limb: limbs[i]!, citation: law.limbText[limbs[i]!].citation };
    const finding: { -readonly [K in keyof OutcomeFinding<O, L>]: OutcomeFinding<O, L>[K] } = { outcome: id, citation: row.item.citation, text: row.item.text, status, limbs: limbFindings, prompting, source };
    if (observations) finding.observations = observations;
    if (carer !== undefined) finding.metByCarer = carer;
    findings.push(finding);
  }
  return { findings, steps, fluctuation, missing, unable: unableList, notAssessed: notAssessedList };
}

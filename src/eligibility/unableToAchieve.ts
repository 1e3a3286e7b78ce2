// "Unable to achieve" (SI 2015/313 reg 2(3), 3(3)) for each outcome, from an assessment or from dated
// observations of a fluctuating need (reg 2(4), 3(4)). Shared by the adult and the carer determination.
import { _daysBetween, type IsoDate } from '../core/dates.js';
import { _dec } from '../core/decimal.js';
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
  for (const key of Object.keys(direct ?? {})) {
    if (observed.has(key)) {
      issues.push(_issue('inconsistent_input', ['outcomes', key], 'this outcome is given both as an assessment and as fluctuating observations; give it one way'));
    }
  }
  return issues;
}

function limbsOf<L extends string>(law: { readonly limbs: readonly L[] }, rec: RecordedOutcome<L>): L[] {
  const set = new Set<L>(rec.unableToAchieve);
  if (rec.needsPrompting === true) set.add(law.limbs[0] as L); // prompting is limb (a): statutory guidance ch.6
  return law.limbs.filter((l) => set.has(l));
}

/** What {@link _assessOutcomes} returns. */
export interface AssessedOutcomes<O extends string, L extends string> {
  readonly findings: OutcomeFinding<O, L>[];
  readonly steps: TraceStep[];
  readonly fluctuation: FluctuationPeriod | undefined;
  /** For each outcome not assessed, the input path to complete. */
  readonly missing: Map<O, string>;
}

/**
 * Finds, for each outcome of the law's list, whether the person is unable to achieve it and which limbs apply.
 * Steps: the period and aggregation policy (when observations are given), then one step per outcome, one per
 * limb that applies, and notes for prompting and for needs a carer meets.
 */
export function _assessOutcomes<O extends string, L extends string>(
  law: OutcomeLaw<O, L>,
  direct: OutcomeMap<O, L> | undefined,
  fluct: Observations<O, L> | undefined,
  aggregation: Aggregation,
  aggregationCitation: string,
  aggregationWarnings: readonly string[],
): AssessedOutcomes<O, L> {
  const steps: TraceStep[] = [];
  const findings: OutcomeFinding<O, L>[] = [];
  const missing = new Map<O, string>();
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
      _step(`eligibility.${law.who}.fluctuatingAggregation`, aggregationCitation, 'applied', FLUCTUATION_SENTENCES.aggregation(aggregation.method, aggregation.minimumShare, aggregation.minimumObservations), [['pack:fluctuatingAggregation', aggregation]], aggregationWarnings),
    );
  }

  for (const id of law.outcomes) {
    const item = law.outcomeText[id];
    const rule = `eligibility.${law.who}.outcome.${id}`;
    const rec = direct?.[id];
    let limbs: L[] = [];
    let prompting = false;
    let status: OutcomeFinding<O, L>['status'];
    let source: OutcomeFinding<O, L>['source'] = 'none';
    let observations: OutcomeFinding<O, L>['observations'];
    let path = `outcomes.${id}`;
    if (rec !== undefined) {
      source = 'assessment';
      limbs = limbsOf(law, rec);
      prompting = rec.needsPrompting === true && !rec.unableToAchieve.includes(law.limbs[0] as L);
      status = limbs.length > 0 ? 'unable' : 'able';
    } else if (fluct !== undefined && fluct.observations.some((o) => o.outcomes[id] !== undefined)) {
      source = 'observations';
      // Only an outcome that was observed is read from the observations; one given nowhere is read (and
      // missing) at outcomes.<id>, as `missing` says.
      path = `fluctuating.observations.outcomes.${id}`;
      let observed = 0;
      let unable = 0;
      const union = new Set<L>();
      let promptOnly = false;
      for (const o of fluct.observations) {
        const r = o.outcomes[id];
        if (r === undefined) continue;
        observed += 1;
        const l = limbsOf(law, r);
        if (l.length > 0) {
          unable += 1;
          l.forEach((x) => union.add(x));
          if (r.needsPrompting === true && !r.unableToAchieve.includes(law.limbs[0] as L)) promptOnly = true;
        }
      }
      observations = { observed, unable };
      if (observed < aggregation.minimumObservations) {
        status = 'not-assessed';
      } else {
        const enough = aggregation.method === 'any-observation' ? unable >= 1 : _dec(unable).gte(_dec(aggregation.minimumShare).mul(observed)) && unable >= 1;
        status = enough ? 'unable' : 'able';
        if (enough) {
          limbs = law.limbs.filter((l) => union.has(l));
          prompting = promptOnly;
        }
      }
    } else {
      status = 'not-assessed';
    }
    if (status === 'not-assessed') missing.set(id, source === 'observations' ? `fluctuating.observations.outcomes.${id}` : `outcomes.${id}`);
    const letterList = limbs.map((l) => law.limbText[l].citation.replace(/^SI 2015\/313 /, '')).join(', ');
    const because =
      status === 'unable'
        ? OUTCOME_SENTENCES.unable(item.text, letterList, observations)
        : status === 'able'
          ? OUTCOME_SENTENCES.able(law.who, item.text, observations)
          : observations
            ? OUTCOME_SENTENCES.tooFewObservations(item.text, observations, aggregation.minimumObservations)
            : OUTCOME_SENTENCES.notAssessed(item.text);
    steps.push(
      _step(rule, item.citation, status === 'unable' ? 'met' : status === 'able' ? 'not-met' : 'unknown', because, [
        [`${path}.unableToAchieve`, source === 'assessment' ? rec?.unableToAchieve : observations],
      ]),
    );
    for (const l of limbs) {
      steps.push(_step(`eligibility.${law.who}.limb.${id}.${l}`, law.limbText[l].citation, 'met', OUTCOME_SENTENCES.limb(law.who, law.limbText[l].text), [[path, l]]));
    }
    if (prompting) {
      steps.push(
        _step(`eligibility.${law.who}.prompting.${id}`, PROMPTING_CITATION, 'applied', OUTCOME_SENTENCES.prompting(item.text), [[`${path}.needsPrompting`, true]]),
      );
    }
    if (rec?.metByCarer !== undefined) {
      steps.push(
        _step(
          `eligibility.${law.who}.carerDisregarded.${id}`,
          CARER_DISREGARD_CITATION,
          'applied',
          OUTCOME_SENTENCES.carerDisregarded(rec.metByCarer),
          [[`${path}.metByCarer`, rec.metByCarer]],
        ),
      );
    }
    findings.push({
      outcome: id,
      citation: item.citation,
      text: item.text,
      status,
      limbs: limbs.map((l) => ({ limb: l, citation: law.limbText[l].citation })),
      prompting,
      source,
      ...(observations ? { observations } : {}),
      ...(rec?.metByCarer !== undefined ? { metByCarer: rec.metByCarer } : {}),
    });
  }
  return { findings, steps, fluctuation, missing };
}

import * as z from 'zod';
import { IsoDateSchema, type IsoDate } from '../core/calendar.js';
import { RulesError, _issue, _parse } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _packFor, type EligibilityOptions } from './options.js';
import { WELLBEING_AREA_TEXT, WELLBEING_AREAS } from './outcomes.js';
import type { EligibilityDetermination } from './types.js';

const ENTRY = 'writtenRecord';
const Outcome3 = z.enum(['met', 'not-met', 'unknown']);

/**
 * What {@link writtenRecord} accepts: a result of {@link determineAdultEligibility} or
 * {@link determineCarerEligibility} (or the same data stored as JSON and read back). Fields it does not use,
 * such as the trace, are allowed and ignored.
 */
export const WrittenRecordInputSchema = z.looseObject({
  person: z.enum(['adult', 'carer']),
  status: z.enum(['eligible', 'not-eligible', 'undetermined']),
  // Each date field is its own copy of the date schema, so each carries its own title (schemaDocs.ts).
  asOf: IsoDateSchema.clone(),
  caseRef: z.string().min(1).max(100).optional(),
  conditions: z
    .array(z.looseObject({ condition: z.enum(['a', 'b', 'c']), citation: z.string(), outcome: Outcome3, because: z.string(), missing: z.array(z.string()) }))
    .length(3),
  outcomes: z.array(
    z.looseObject({
      outcome: z.string(),
      citation: z.string(),
      text: z.string(),
      status: z.enum(['unable', 'able', 'not-assessed']),
      limbs: z.array(z.looseObject({ limb: z.string(), citation: z.string() })),
    }),
  ),
  healthAtRisk: z.boolean().optional(),
  wellbeingAreas: z.array(z.enum(WELLBEING_AREAS)),
  fluctuation: z.looseObject({ periodFrom: IsoDateSchema.clone(), periodTo: IsoDateSchema.clone(), days: z.number() }).optional(),
  missing: z.array(z.string()),
  pack: z.looseObject({ id: z.string(), version: z.string() }),
});

/** What {@link writtenRecord} accepts. */
export type WrittenRecordInput = z.input<typeof WrittenRecordInputSchema>;

/** One reason of the written record, with its authority. */
export interface RecordReason {
  /** e.g. `"SI 2015/313 reg 2(1)(b)"`. */
  readonly citation: string;
  /** The finding, in plain English. */
  readonly finding: string;
}

/** An eligible need as the record lists it. */
export interface RecordedNeed {
  /** The outcome id. */
  readonly outcome: string;
  /** The statutory wording of the outcome. */
  readonly text: string;
  /** The outcome's citation. */
  readonly citation: string;
  /** The citations of the limbs that apply. */
  readonly limbs: readonly string[];
}

/** The s.13(2) written record of a determination and its reasons. */
export interface WrittenRecord {
  /** Always `"Care Act 2014 s.13(2)"`. */
  readonly citation: string;
  /** `adult` or `carer`. */
  readonly person: 'adult' | 'carer';
  /** The date of the determination. */
  readonly asOf: IsoDate;
  /** The case reference, when the determination had one. */
  readonly caseRef?: string | undefined;
  /** `eligible` or `not-eligible`. */
  readonly status: 'eligible' | 'not-eligible';
  /** The decision in one sentence. */
  readonly decision: string;
  /** The eligible needs (the outcomes the person is unable to achieve), when eligible. */
  readonly eligibleNeeds: readonly RecordedNeed[];
  /** For a carer: whether the reg 3(2)(a) health circumstance applies. */
  readonly healthCircumstance?: boolean | undefined;
  /** The reasons, condition by condition, each with its citation. */
  readonly reasons: readonly RecordReason[];
  /** The s.13(5) advice and information, given when no need is eligible. */
  readonly adviceAndInformation?:
    | {
        /** Always `"Care Act 2014 s.13(5)"`. */
        readonly citation: string;
        /** s.13(5)(a): what can be done to meet or reduce the needs. */
        readonly meetingOrReducingNeeds: readonly string[];
        /** s.13(5)(b): what can be done to prevent or delay needs in future. */
        readonly preventingOrDelayingNeeds: readonly string[];
      }
    | undefined;
  /** What the council does next under s.13(3) (adult) or s.13(4) (carer), when eligible. */
  readonly nextSteps: readonly string[];
  /** The record as plain text, ready for a letter or a case note. */
  readonly text: string;
  /** The pack the advice came from. */
  readonly pack: PackRef;
}

/**
 * The written record of an eligibility determination and the reasons for it, which Care Act 2014 s.13(2)
 * requires the council to give the person. Where none of the needs is eligible it carries the s.13(5)
 * written advice and information on meeting or reducing the needs and on preventing or delaying future needs
 * (from the pack: the Coventry offer by default, a council's own through `extendPack`).
 *
 * @param determination - a result of {@link determineAdultEligibility} or {@link determineCarerEligibility}
 * @param options - a council pack for the advice (optional)
 * @returns the record: decision, eligible needs, reasons with citations, advice where none is eligible, text
 * @throws {@link adult-social-care-rules!RulesError} when the value is not a determination, when its status disagrees with its
 *   conditions, or when it is `undetermined` (code `not_determined`, one issue per missing input): a record needs a decision
 *
 * @example
 * ```ts
 * import { determineAdultEligibility, writtenRecord } from 'adult-social-care-rules/eligibility';
 *
 * const determination = determineAdultEligibility({
 *   asOf: '2026-11-23',
 *   needsArisingFromImpairmentOrIllness: false,
 * });
 * const record = writtenRecord(determination);
 * record.adviceAndInformation?.citation; //=> 'Care Act 2014 s.13(5)'
 * ```
 */
export function writtenRecord(determination: EligibilityDetermination | WrittenRecordInput, options?: EligibilityOptions): WrittenRecord {
  const d = _parse(ENTRY, WrittenRecordInputSchema, determination);
  if (d.status === 'undetermined') {
    const paths = d.missing.length > 0 ? d.missing : ['(input)'];
    throw new RulesError(
      ENTRY,
      paths.map((p) => _issue('not_determined', ['missing', p], `the determination is undetermined; complete "${p}" and determine again before giving a written record (Care Act 2014 s.13(2))`)),
    );
  }
  // A stored determination read back must still say what it decided: the record gives its reasons as law.
  const outcomes = d.conditions.map((c) => c.outcome);
  const consistent = d.status === 'eligible' ? outcomes.every((o) => o === 'met') : outcomes.includes('not-met');
  if (!consistent || d.conditions.map((c) => c.condition).join('') !== 'abc') {
    throw new RulesError(ENTRY, [_issue('inconsistent_input', ['status'], `a ${d.status} determination must have conditions (a), (b) and (c) in order, ${d.status === 'eligible' ? 'all met' : 'at least one not met'}`)]);
  }
  const { pack, values } = _packFor(ENTRY, options, d.asOf);
  const who = d.person === 'adult' ? 'your' : "your (the carer's)";
  const eligible = d.status === 'eligible';
  const decision = eligible
    ? `On ${d.asOf} the council determined that ${who} needs meet the eligibility criteria (${d.person === 'adult' ? 'SI 2015/313 reg 2' : 'SI 2015/313 reg 3'}).`
    : `On ${d.asOf} the council determined that none of ${who} needs meet the eligibility criteria (${d.person === 'adult' ? 'SI 2015/313 reg 2' : 'SI 2015/313 reg 3'}).`;
  const eligibleNeeds: RecordedNeed[] = eligible
    ? d.outcomes.filter((o) => o.status === 'unable').map((o) => ({ outcome: o.outcome, text: o.text, citation: o.citation, limbs: o.limbs.map((l) => l.citation) }))
    : [];
  const reasons: RecordReason[] = d.conditions.map((c) => ({
    citation: c.citation,
    finding: `Condition (${c.condition}) ${c.outcome === 'met' ? 'is met' : c.outcome === 'not-met' ? 'is not met' : 'was not decided (not needed, as another condition is not met)'}: ${c.because}.`,
  }));
  if (d.fluctuation) {
    reasons.push({
      citation: d.person === 'adult' ? 'SI 2015/313 reg 2(4)' : 'SI 2015/313 reg 3(4)',
      finding: `Your needs fluctuate, so the council took account of your circumstances from ${d.fluctuation.periodFrom} to ${d.fluctuation.periodTo} (${d.fluctuation.days} days).`,
    });
  }
  if (d.wellbeingAreas.length > 0) {
    reasons.push({ citation: 'Care Act 2014 s.1(2)', finding: `Areas of well-being considered: ${d.wellbeingAreas.map((a) => WELLBEING_AREA_TEXT[a].text).join('; ')}.` });
  }
  const advice = eligible
    ? undefined
    : { citation: 'Care Act 2014 s.13(5)', meetingOrReducingNeeds: values.adviceAndInformation.meetingOrReducingNeeds, preventingOrDelayingNeeds: values.adviceAndInformation.preventingOrDelayingNeeds };
  const nextSteps = !eligible
    ? []
    : d.person === 'adult'
      ? [
          'The council will consider what could be done to meet the eligible needs (s.13(3)(a)).',
          'The council will ask whether you want the council to meet those needs (s.13(3)(b)).',
          'The council will establish whether you are ordinarily resident in its area (s.13(3)(c)).',
        ]
      : [
          'The council will consider what could be done to meet the eligible needs (s.13(4)(a)).',
          'The council will establish whether the adult you care for is ordinarily resident in its area (s.13(4)(b)).',
        ];
  const health = d.person === 'carer' && d.healthAtRisk !== undefined ? { healthCircumstance: d.healthAtRisk } : {};
  const lines = [
    'Record of eligibility determination (Care Act 2014 s.13(2))',
    ...(d.caseRef !== undefined ? [`Case reference: ${d.caseRef}`] : []),
    '',
    decision,
    ...(eligibleNeeds.length > 0 ? ['', 'Eligible needs:', ...eligibleNeeds.map((n) => `- ${n.text} (${n.citation}; ${n.limbs.map((l) => l.replace('SI 2015/313 ', '')).join(', ')})`)] : []),
    ...(eligible && d.person === 'carer' && d.healthAtRisk === true ? ["- your physical or mental health is, or is at risk of, deteriorating (SI 2015/313 reg 3(2)(a))"] : []),
    '',
    'Reasons:',
    ...reasons.map((r) => `- [${r.citation}] ${r.finding}`),
    ...(advice ? ['', 'Advice and information (Care Act 2014 s.13(5)):', 'Meeting or reducing your needs:', ...advice.meetingOrReducingNeeds.map((s) => `- ${s}`), 'Preventing or delaying needs in future:', ...advice.preventingOrDelayingNeeds.map((s) => `- ${s}`)] : []),
    ...(nextSteps.length > 0 ? ['', 'Next steps:', ...nextSteps.map((s) => `- ${s}`)] : []),
  ];
  return {
    citation: 'Care Act 2014 s.13(2)',
    person: d.person,
    asOf: d.asOf,
    ...(d.caseRef !== undefined ? { caseRef: d.caseRef } : {}),
    status: d.status,
    decision,
    eligibleNeeds,
    ...health,
    reasons,
    ...(advice ? { adviceAndInformation: advice } : {}),
    nextSteps,
    text: lines.join('\n'),
    pack: packRef(pack),
  };
}

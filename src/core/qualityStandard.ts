import * as z from 'zod';

/**
 * "Meeting quality standards": the one definition that the risk area (`summarisePortfolio`) and the ascof area
 * (`calculateProviderQualityShare`) both apply, so that the same services give the same share.
 *
 * Source: the Coventry KPI (seed 002) "Percentage of commissioned services meeting or exceeding agreed-upon
 * quality standards (CQC ratings and Council's own risk ratings)". The seed names the two inputs but not the
 * lists; which ratings and levels meet it is each pack's policy.
 *
 * The rule, in order:
 * 1. A service with no CQC rating (not registered, e.g. a day service, or not yet inspected) counts as the
 *    standard's `unrated` says: `council-risk-only` (judged on its council risk level alone), `exclude` (left
 *    out of the denominator) or `not-meeting`.
 * 2. A rated service meets the standard when its rating is in `cqcRatings` **and** its council risk level is in
 *    `councilRiskLevels`.
 * 3. A service that would meet it, but whose risk level rests on incomplete evidence ("no known concerns" is
 *    not "no concerns"), is not known to meet it: it is left out, or counted as not meeting when `unrated` is
 *    `not-meeting`.
 *
 * @module
 */

/** CQC overall ratings, as the standard lists them. */
const CqcRating = z.enum(['outstanding', 'good', 'requires-improvement', 'inadequate']);

/** The parameters of the quality standard (a pack value in both areas). */
export const QualityStandardSchema = z.strictObject({
  cqcRatings: z.array(CqcRating).describe('CQC overall ratings that meet the standard.'),
  councilRiskLevels: z.array(z.number().int().min(0).max(4)).describe('Council risk levels (0-4) that meet the standard.'),
  unrated: z.enum(['council-risk-only', 'exclude', 'not-meeting']).describe('How a service with no CQC rating counts.'),
});

/** The parameters of the quality standard. */
export type QualityStandard = z.output<typeof QualityStandardSchema>;

/** One service as the standard reads it. */
export interface QualityStandardService {
  /** The CQC overall rating in force, or `null` when the service has none. */
  readonly cqcRating: z.output<typeof CqcRating> | null;
  /** The council's own risk level, 0-4. */
  readonly councilRiskLevel: number;
  /** `false` when the risk level rests on missing or stale evidence; omitted when not known (taken as complete). */
  readonly evidenceComplete?: boolean | undefined;
}

/** How one service counts: whether it is in the denominator, whether it meets, and why it was left out. */
export interface QualityStandardOutcome {
  readonly counted: boolean;
  readonly meeting: boolean;
  readonly unrated: boolean;
  readonly incompleteEvidence: boolean;
}

/** Applies the quality standard to one service (see the module comment for the rule). */
export function _qualityStandardOutcome(s: QualityStandardService, std: QualityStandard): QualityStandardOutcome {
  const levelOk = std.councilRiskLevels.includes(s.councilRiskLevel);
  const unrated = s.cqcRating === null;
  if (unrated && std.unrated !== 'council-risk-only') return { counted: std.unrated === 'not-meeting', meeting: false, unrated, incompleteEvidence: false };
  const meets = levelOk && (unrated || std.cqcRatings.includes(s.cqcRating));
  if (meets && s.evidenceComplete === false) return { counted: std.unrated === 'not-meeting', meeting: false, unrated, incompleteEvidence: true };
  return { counted: true, meeting: meets, unrated, incompleteEvidence: false };
}

/** One sentence stating the standard, for traces. */
export function _describeQualityStandard(std: QualityStandard): string {
  const unrated = std.unrated === 'council-risk-only' ? 'judged on the council risk level alone' : std.unrated === 'exclude' ? 'left out' : 'counted as not meeting';
  return `a service meets quality standards when its CQC rating is ${std.cqcRatings.join(' or ') || '(none listed)'} and its council risk level is ${std.councilRiskLevels.join(' or ') || '(none listed)'}; a service with no CQC rating is ${unrated}; one that would meet it on incomplete evidence is ${std.unrated === 'not-meeting' ? 'counted as not meeting' : 'left out'}`;
}

import type { IsoDate } from '../core/dates.js';
import type { PackRef } from '../core/rulePack.js';
import type { Trace } from '../core/trace.js';
import type { AdultOutcome, AdultUnableLimb, CarerOutcome, CarerUnableLimb, WellbeingArea } from './outcomes.js';

/** The answer of a determination: eligible, not eligible, or not yet decidable on the inputs given. */
export type EligibilityStatus = 'eligible' | 'not-eligible' | 'undetermined';

/** How one condition of reg 2(1) or reg 3(1) came out. */
export type ConditionOutcome = 'met' | 'not-met' | 'unknown';

/** One of the three cumulative conditions of SI 2015/313 reg 2(1) or 3(1). */
export interface ConditionFinding {
  /** `a`, `b` or `c`, as lettered in the regulation. */
  readonly condition: 'a' | 'b' | 'c';
  /** e.g. `"SI 2015/313 reg 2(1)(b)"`. */
  readonly citation: string;
  /** How it came out. */
  readonly outcome: ConditionOutcome;
  /** One sentence: why (for `not-met`, why not; for `unknown`, what is missing). */
  readonly because: string;
  /** Input paths that were missing, when `unknown`. */
  readonly missing: readonly string[];
}

/** A limb that applies to an outcome, with its citation. */
export interface LimbFinding<L extends string> {
  /** The limb id. */
  readonly limb: L;
  /** e.g. `"SI 2015/313 reg 2(3)(a)"`. */
  readonly citation: string;
}

/** The finding on one outcome. */
export interface OutcomeFinding<O extends string, L extends string> {
  /** The outcome id. */
  readonly outcome: O;
  /** e.g. `"SI 2015/313 reg 2(2)(a)"`. */
  readonly citation: string;
  /** The statutory wording. */
  readonly text: string;
  /** `unable` when at least one limb applies, `able` when assessed with none, `not-assessed` when missing (or observed on fewer days than the pack's minimum). */
  readonly status: 'unable' | 'able' | 'not-assessed';
  /** The limbs that apply (empty unless `unable`). */
  readonly limbs: readonly LimbFinding<L>[];
  /** Whether limb (a) applies because the person needs prompting (statutory guidance). */
  readonly prompting: boolean;
  /** Where the finding came from: the assessment itself, or dated observations over a period. */
  readonly source: 'assessment' | 'observations' | 'none';
  /** For `observations`: how many observed days mention the outcome, and on how many it was unable. */
  readonly observations?: { readonly observed: number; readonly unable: number } | undefined;
  /** Whether a carer currently meets this need (adults only; recorded for the duty, ignored for eligibility). */
  readonly metByCarer?: boolean | undefined;
}

/** The period of a fluctuating need (reg 2(4) / 3(4)) that the determination used, and how it was aggregated. */
export interface FluctuationPeriod {
  /** First day of the period. */
  readonly periodFrom: IsoDate;
  /** Last day of the period (inclusive). */
  readonly periodTo: IsoDate;
  /** Length of the period in days, both ends included. */
  readonly days: number;
  /** Number of dated observations. */
  readonly observations: number;
  /** The pack's aggregation policy in force. */
  readonly method: 'any-observation' | 'share-of-observations';
  /** The minimum share (for `share-of-observations`), a decimal string. */
  readonly minimumShare: string;
  /** Fewer observations of an outcome than this leave it undetermined. */
  readonly minimumObservations: number;
}

/** The result of {@link determineAdultEligibility} (SI 2015/313 reg 2). */
export interface AdultEligibilityResult {
  /** Always `"adult"`. */
  readonly person: 'adult';
  /** eligible, not-eligible or undetermined. */
  readonly status: EligibilityStatus;
  /** The date of the determination. */
  readonly asOf: IsoDate;
  /** The caller's case reference, when given. */
  readonly caseRef?: string | undefined;
  /** Conditions (a), (b) and (c), in order. */
  readonly conditions: readonly ConditionFinding[];
  /** The ten outcomes of reg 2(2), in order. */
  readonly outcomes: readonly OutcomeFinding<AdultOutcome, AdultUnableLimb>[];
  /** The outcomes the adult is unable to achieve (whatever the status). */
  readonly unableOutcomes: readonly AdultOutcome[];
  /** The eligible needs: the unable outcomes when eligible, otherwise empty. Pass to {@link assessDutyToMeetNeeds}. */
  readonly eligibleOutcomes: readonly AdultOutcome[];
  /** The s.1(2) areas of well-being recorded for condition (c). */
  readonly wellbeingAreas: readonly WellbeingArea[];
  /** The fluctuating-needs period used, when observations were given. */
  readonly fluctuation?: FluctuationPeriod | undefined;
  /** When undetermined: the input paths to complete (empty otherwise). */
  readonly missing: readonly string[];
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

/** The result of {@link determineCarerEligibility} (SI 2015/313 reg 3). */
export interface CarerEligibilityResult {
  /** Always `"carer"`. */
  readonly person: 'carer';
  /** eligible, not-eligible or undetermined. */
  readonly status: EligibilityStatus;
  /** The date of the determination. */
  readonly asOf: IsoDate;
  /** The caller's case reference, when given. */
  readonly caseRef?: string | undefined;
  /** Conditions (a), (b) and (c), in order. */
  readonly conditions: readonly ConditionFinding[];
  /** Reg 3(2)(a): whether the carer's health is, or is at risk of, deteriorating (`undefined` when not recorded). */
  readonly healthAtRisk: boolean | undefined;
  /** The eight outcomes of reg 3(2)(b), in order. */
  readonly outcomes: readonly OutcomeFinding<CarerOutcome, CarerUnableLimb>[];
  /** The outcomes the carer is unable to achieve (whatever the status). */
  readonly unableOutcomes: readonly CarerOutcome[];
  /** The eligible needs tied to outcomes: the unable outcomes when eligible, otherwise empty. */
  readonly eligibleOutcomes: readonly CarerOutcome[];
  /** The s.1(2) areas of well-being recorded for condition (c). */
  readonly wellbeingAreas: readonly WellbeingArea[];
  /** The fluctuating-needs period used, when observations were given. */
  readonly fluctuation?: FluctuationPeriod | undefined;
  /** When undetermined: the input paths to complete (empty otherwise). */
  readonly missing: readonly string[];
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

/** Either kind of determination. */
export type EligibilityDetermination = AdultEligibilityResult | CarerEligibilityResult;

/** What the council must or may do next: a duty, a power only, nothing, or not yet decidable. */
export type DutyStatus = 'duty' | 'power' | 'none' | 'undetermined';

/** One duty or power that applies, with the needs it covers. */
export interface DutyRoute {
  /** The section, e.g. `"Care Act 2014 s.18(1)"`. */
  readonly section: string;
  /** `duty` (must) or `power` (may). */
  readonly kind: 'duty' | 'power';
  /** The outcomes whose needs the route covers (empty when it covers needs not tied to an outcome list). */
  readonly needs: readonly (AdultOutcome | CarerOutcome)[];
  /** One sentence: why it applies, and any proviso. */
  readonly because: string;
}

/** The financial limits in force on the date, with their source. */
export interface FinancialLimits {
  /** The national upper capital limit (£), the financial limit of s.18(2)-(3) and s.20(2)-(5). */
  readonly upperCapitalLimit: string;
  /** The national lower capital limit (£). */
  readonly lowerCapitalLimit: string;
  /** A higher upper limit the council sets for care outside a care home, or `null` for the national one. */
  readonly nonResidentialUpperCapitalLimit: string | null;
  /** First day the national limits are in force. */
  readonly validFrom: IsoDate;
  /** First day they no longer apply, when known. */
  readonly validTo?: IsoDate | undefined;
  /** The source of the national limits. */
  readonly citation: string;
  /** Set when the limits for the date are not verified. */
  readonly warning?: string | undefined;
}

/** The result of {@link assessDutyToMeetNeeds}. */
export interface DutyResult {
  /** `adult` (s.18, s.19) or `carer` (s.20). */
  readonly person: 'adult' | 'carer';
  /** The strongest route: `duty` when any duty applies, else `power`, else `none`; `undetermined` when inputs are missing. */
  readonly status: DutyStatus;
  /** The date considered. */
  readonly asOf: IsoDate;
  /** Every duty or power that certainly applies, duties first (when undetermined, those already certain). */
  readonly routes: readonly DutyRoute[];
  /** The needs the council must meet (empty unless a duty applies). */
  readonly needsInDuty: readonly (AdultOutcome | CarerOutcome)[];
  /** Eligible needs a carer is meeting, which the s.18 duty does not extend to (adults only). */
  readonly excludedAsMetByCarer: readonly AdultOutcome[];
  /** Which limb of s.18(1)(c) / s.20(1)(b)-(c) is satisfied: `no-charge` or `condition-1`…`condition-4`. */
  readonly chargeBasis: readonly string[];
  /** The financial limits in force. */
  readonly financialLimits: FinancialLimits;
  /** When undetermined: the input paths to complete. */
  readonly missing: readonly string[];
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

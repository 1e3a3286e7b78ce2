// What a case file or a comparison can run, area by area: the entry point, whether the case's `date` is its
// `asOf`, and the outcome fields a comparison reports (status, level, deadline, figure).
import * as z from 'zod';
import { _parse } from '../core/errors.js';
import { resolve, type RulePack } from '../core/rulePack.js';
import type { JsonValue } from '../core/trace.js';
import { AscofCountsSchema, AscofYearSchema, calculateAscofMeasure, type AscofMeasureResult, type AscofSpec } from '../ascof/index.js';
import { grossUpSelfFunders, growthBetween, projectDemand, type DemandPack, type DemandProjection } from '../demand/index.js';
import {
  assessDutyToMeetNeeds,
  determineAdultEligibility,
  determineCarerEligibility,
  type DutyResult,
  type EligibilityDetermination,
  type EligibilityPack,
} from '../eligibility/index.js';
import type { PackArea } from '../pack-files/index.js';
import {
  AffectedPersonSchema,
  ContinuityContextSchema,
  assessTemporaryDuty,
  determineContinuityBasis,
  isMarketOversightProvider,
  planProviderFailureResponse,
  type ContinuityBasisResult,
  type MarketOversightResult,
  type ProviderFailurePack,
  type ResponsePlanResult,
  type TemporaryDutyResult,
} from '../provider-failure/index.js';
import { assessProviderRisk, concernResponseDeadline, replayRiskHistory, type ConcernResponseDeadline, type ProviderRiskAssessment, type RiskPack, type RiskReplay } from '../risk/index.js';

/** One thing a case can ask an area to decide. */
export interface Operation {
  /** One line for usage texts. */
  readonly summary: string;
  /** Whether the case's `date` is written into the input's `asOf`. */
  readonly dated: boolean;
  /** Runs the entry point on the input under the pack. */
  readonly run: (input: unknown, pack: RulePack) => unknown;
  /** The outcome fields a comparison reports. */
  readonly outcome: (result: never) => Record<string, JsonValue>;
}

/** The operations of one area, and how its comparisons are summarised. */
export interface AreaOperations {
  /** Plural noun of the summary line: "14 of 200 determinations change". */
  readonly noun: string;
  /** The outcome field whose moves the summary counts. */
  readonly headline: string;
  /** The operation a case runs when neither it nor its file names one. */
  readonly defaultOperation: string;
  readonly operations: Readonly<Record<string, Operation>>;
}

const list = (xs: readonly string[]): JsonValue => [...xs];

function eligibility(r: EligibilityDetermination): Record<string, JsonValue> {
  return { status: r.status, eligibleOutcomes: list(r.eligibleOutcomes), missing: list(r.missing) };
}

const ContinuityCaseSchema = z.strictObject({ context: ContinuityContextSchema, person: AffectedPersonSchema });
const SelfFundersCaseSchema = z.strictObject({
  laFunded: z.union([z.number(), z.string()]),
  selfFunderShare: z.union([z.number(), z.string()]).optional().describe("Omitted: the pack's selfFunderShare in force on asOf."),
  asOf: z.string().optional(),
});
const GrowthCaseSchema = z.strictObject({ from: z.union([z.number(), z.string()]), to: z.union([z.number(), z.string()]) });
const MeasureCaseSchema = z.strictObject({ code: z.string().min(1), year: AscofYearSchema, disaggregation: z.string().optional(), counts: AscofCountsSchema });

/** Every area's operations. */
export const AREA_OPERATIONS: { readonly [A in PackArea]: AreaOperations } = {
  eligibility: {
    noun: 'determinations',
    headline: 'status',
    defaultOperation: 'adult',
    operations: {
      adult: { summary: "an adult's determination (SI 2015/313 reg 2)", dated: true, run: (i, pack) => determineAdultEligibility(i as never, { pack: pack as EligibilityPack }), outcome: eligibility },
      carer: { summary: "a carer's determination (SI 2015/313 reg 3)", dated: true, run: (i, pack) => determineCarerEligibility(i as never, { pack: pack as EligibilityPack }), outcome: eligibility },
      duty: {
        summary: 'the duty or power to meet needs (Care Act 2014 s.18-20)',
        dated: true,
        run: (i, pack) => assessDutyToMeetNeeds(i as never, { pack: pack as EligibilityPack }),
        outcome: (r: DutyResult) => ({ status: r.status, sections: r.routes.map((x) => x.section), needsInDuty: list(r.needsInDuty), missing: list(r.missing) }),
      },
    },
  },
  risk: {
    noun: 'assessments',
    headline: 'level',
    defaultOperation: 'assess',
    operations: {
      assess: {
        summary: "a provider's risk level (Coventry QA framework Table One)",
        dated: true,
        run: (i, pack) => assessProviderRisk(i as never, { pack: pack as RiskPack }),
        outcome: (r: ProviderRiskAssessment) => ({ level: r.level, level4Basis: list(r.level4Basis), missingDomains: list(r.missing.domains) }),
      },
      replay: {
        summary: "a provider's dated evidence replayed review by review (the level walk of Table One)",
        dated: false,
        run: (i, pack) => replayRiskHistory(i as never, { pack: pack as RiskPack }),
        outcome: (r: RiskReplay) => ({ levels: r.reviews.map((x) => x.level), actions: r.reviews.map((x) => x.action), finalLevel: r.finalState.level }),
      },
      'concern-deadline': {
        summary: 'the response deadline of a quality concern',
        dated: false,
        run: (i, pack) => concernResponseDeadline(i as never, { pack: pack as RiskPack }),
        outcome: (r: ConcernResponseDeadline) => ({ respondBy: r.respondBy, priority: r.priority, hours: r.hours }),
      },
    },
  },
  'provider-failure': {
    noun: 'decisions',
    headline: 'engaged',
    defaultOperation: 'temporary-duty',
    operations: {
      'temporary-duty': {
        summary: 'whether the Care Act s.48 temporary duty is engaged',
        dated: true,
        run: (i, pack) => assessTemporaryDuty(i as never, { pack: pack as ProviderFailurePack }),
        outcome: (r: TemporaryDutyResult) => ({ engaged: r.engaged, event: r.event?.type ?? null, authority: r.authority }),
      },
      continuity: {
        summary: 'who is responsible for one affected person (input: {context, person})',
        dated: false,
        run: (i, pack) => {
          const { context, person } = _parse('continuity case', ContinuityCaseSchema, i);
          return determineContinuityBasis(person, context, { pack: pack as ProviderFailurePack });
        },
        outcome: (r: ContinuityBasisResult) => ({ basis: r.basis, nature: r.nature, funder: r.funder.role, coordinator: r.coordinator.role }),
      },
      'response-plan': {
        summary: 'the response plan, with every dated action',
        dated: false,
        run: (i, pack) => planProviderFailureResponse(i as never, { pack: pack as ProviderFailurePack }),
        outcome: (r: ResponsePlanResult) => ({
          approach: r.approach,
          largeScale: r.largeScale,
          ...Object.fromEntries(r.actions.map((a) => [`due.${a.id}`, a.dueAt ?? a.dueOn ?? null])),
        }),
      },
      'market-oversight': {
        summary: 'whether a provider is in the CQC market oversight regime (SI 2015/314)',
        dated: true,
        run: (i, pack) => isMarketOversightProvider(i as never, { pack: pack as ProviderFailurePack }),
        outcome: (r: MarketOversightResult) => ({ status: r.status, inRegime: r.inRegime }),
      },
    },
  },
  demand: {
    noun: 'projections',
    headline: 'total',
    defaultOperation: 'project',
    operations: {
      project: {
        summary: 'a demand projection (population × rate, with scenario levers)',
        dated: true,
        run: (i, pack) => projectDemand(i as never, { pack: pack as DemandPack }),
        outcome: (r: DemandProjection) => ({
          total: r.totals.at(-1)?.people.rounded ?? null,
          ...Object.fromEntries(r.totals.map((t) => [`people.${t.year}`, t.people.rounded])),
          ...Object.fromEntries(r.totals.filter((t) => t.selfFunders !== undefined).map((t) => [`withSelfFunders.${t.year}`, t.selfFunders!.total])),
        }),
      },
      'self-funders': {
        summary: "LA-funded people grossed up by the self-funder share of the total (the pack's share when the case gives none)",
        dated: true,
        run: (i, pack) => {
          const c = _parse('self-funders case', SelfFundersCaseSchema, i);
          const share = c.selfFunderShare ?? resolve(pack as DemandPack, 'selfFunderShare', c.asOf as string, { entry: 'self-funders case', datePath: ['asOf'] }).value;
          return grossUpSelfFunders(c.laFunded, share);
        },
        outcome: (r: ReturnType<typeof grossUpSelfFunders>) => ({ total: r.total, selfFunded: r.selfFunded, share: r.share }),
      },
      growth: {
        summary: 'growth between two figures, and the from-over-to ratio published tables often mislabel',
        dated: false,
        run: (i) => {
          const c = _parse('growth case', GrowthCaseSchema, i);
          return growthBetween(c.from, c.to);
        },
        outcome: (r: ReturnType<typeof growthBetween>) => ({ growthPercent: r.growthPercent, fromOverToPercent: r.fromOverToPercent }),
      },
    },
  },
  ascof: {
    noun: 'measures',
    headline: 'outcome',
    defaultOperation: 'measure',
    operations: {
      measure: {
        summary: 'an ASCOF measure from counts (input: {code, year, counts, disaggregation?})',
        dated: false,
        run: (i, pack) => {
          const c = _parse('measure case', MeasureCaseSchema, i);
          return calculateAscofMeasure(c.code, c.counts, { year: c.year, disaggregation: c.disaggregation, pack: pack as RulePack<AscofSpec> });
        },
        outcome: (r: AscofMeasureResult) => ({ outcome: r.published.outcome, numerator: r.published.numerator, denominator: r.published.denominator, suppressed: r.suppressed }),
      },
    },
  },
};

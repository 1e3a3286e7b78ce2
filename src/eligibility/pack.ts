import * as z from 'zod';
import { DecimalStringSchema } from '../core/decimalString.js';
import { _trustedPack, type RulePack, type RulePackSource } from '../core/rulePack.js';

// The value schemas carry no words: their field descriptions are in schemaDocs.ts (eligibilitySchemaDocs), which
// only the JSON Schema, the CLI and the service import, so a page that only determines eligibility does not
// carry them (issue 13). Each capital limit is its own instance, so that each can be described apart.

/** The capital limits of the charging regulations, in pounds, as decimal strings. */
const CapitalLimitsSchema = z.strictObject({
  upper: DecimalStringSchema.clone(),
  lower: DecimalStringSchema.clone(),
});

/** How dated observations of a fluctuating need are combined (local policy, never law). */
const FluctuatingAggregationSchema = z.strictObject({
  method: z.enum(['any-observation', 'share-of-observations']),
  minimumShare: DecimalStringSchema.regex(/^(0(\.\d+)?|1(\.0+)?)$/, { error: 'must be a share between 0 and 1, e.g. "0.5"' }),
  minimumObservations: z.number().int().min(1),
});

/** The advice and information a council gives under Care Act 2014 s.13(5). */
const AdviceSchema = z.strictObject({
  meetingOrReducingNeeds: z.array(z.string().min(1)).min(1),
  preventingOrDelayingNeeds: z.array(z.string().min(1)).min(1),
});

/**
 * The parameters of the eligibility area: each `law` (national, fixed) or `policy` (a council's choice).
 */
export const eligibilitySpec = {
  adultOutcomesRequired: {
    kind: 'law',
    schema: z.number().int().min(1),
    description: 'How many of the ten reg 2(2) outcomes an adult must be unable to achieve (reg 2(1)(b): "two or more").',
  },
  carerOutcomesRequired: {
    kind: 'law',
    schema: z.number().int().min(1),
    description: 'How many of the eight reg 3(2)(b) outcomes a carer must be unable to achieve when health is not at risk (reg 3(2)(b): "any").',
  },
  capitalLimits: {
    kind: 'law',
    schema: CapitalLimitsSchema,
    description: 'The upper and lower capital limits of the charging regulations; the upper limit is the financial limit of Care Act 2014 s.18(2)-(3) and s.20(2)-(5).',
  },
  conditionTwoForCareHomes: {
    kind: 'law',
    schema: z.boolean(),
    description: 'Whether s.18(3) condition 2 (resources above the limit but the adult asks) is in force for care-home accommodation.',
  },
  capOnCareCostsInForce: {
    kind: 'law',
    schema: z.boolean(),
    description: 'Whether the cap on care costs (s.18(1)(b), s.18(5)) is in force.',
  },
  fluctuatingAggregation: {
    kind: 'policy',
    schema: FluctuatingAggregationSchema,
    description: 'How dated observations over the reg 2(4) / reg 3(4) period are combined into one finding per outcome.',
  },
  nonResidentialUpperCapitalLimit: {
    kind: 'policy',
    schema: DecimalStringSchema.nullable(),
    description: 'A higher upper capital limit the council sets for care other than in a care home (null: the national limit).',
  },
  adviceAndInformation: {
    kind: 'policy',
    schema: AdviceSchema,
    description: 'The advice and information the written record gives under s.13(5) when no need is eligible.',
  },
} as const;

/** The type of the eligibility pack spec. */
export type EligibilitySpec = typeof eligibilitySpec;

/** A rule pack of the eligibility area (the default, or a council's extension of it). */
export type EligibilityPack = RulePack<EligibilitySpec>;

const FLUCTUATION_WARNING =
  'POLICY PLACEHOLDER: the Coventry Adult Social Care Offer does not publish how fluctuating needs are aggregated; this default (unable on at least half of at least 2 observed days) is the library\'s choice, not Coventry\'s or the law\'s.';

/**
 * The source of the default pack (internal): checked by test/eligibility/packBuild.test.ts, which builds it with
 * defineRulePack and finds the very pack below.
 */
export const _eligibilityPackSource: RulePackSource<EligibilitySpec> = {
  id: 'coventry-eligibility',
  version: '2026.1',
  entries: {
    adultOutcomesRequired: [{ validFrom: '2015-04-01', value: 2, citation: 'SI 2015/313 reg 2(1)(b)', kind: 'law' }],
    carerOutcomesRequired: [{ validFrom: '2015-04-01', value: 1, citation: 'SI 2015/313 reg 3(2)(b)', kind: 'law' }],
    capitalLimits: [
      {
        validFrom: '2015-04-01',
        validTo: '2024-04-01',
        value: { upper: '23250', lower: '14250' },
        citation: 'SI 2014/2672 reg 12; limits unchanged since 2010 (as applied in council charging frameworks: Reading, Harrow, Bury)',
        kind: 'law',
      },
      {
        validFrom: '2024-04-01',
        validTo: '2025-04-01',
        value: { upper: '23250', lower: '14250' },
        citation: 'SI 2014/2672 reg 12; DHSC social care charging local authority circular 2024 to 2025 ("capital limits remain at their current level")',
        kind: 'law',
      },
      {
        validFrom: '2025-04-01',
        validTo: '2026-04-01',
        value: { upper: '23250', lower: '14250' },
        citation: 'SI 2014/2672 reg 12; DHSC social care charging circular 2025 to 2026 (figures as applied by Gloucestershire CC and Wirral for 2025/26)',
        kind: 'law',
      },
      {
        validFrom: '2026-04-01',
        value: { upper: '23250', lower: '14250' },
        citation: 'SI 2014/2672 reg 12 (no known amendment)',
        kind: 'law',
        warning: 'UNVERIFIED for 2026-27: no DHSC 2026 to 2027 charging circular was seen; the 2025-26 limits are carried forward. Confirm before relying on them.',
      },
    ],
    conditionTwoForCareHomes: [
      {
        validFrom: '2015-04-01',
        value: false,
        citation: 'Care Act 2014 s.18(3) not commenced for care-home accommodation (LA charging frameworks: Islington, Swindon, Bath & NE Somerset)',
        kind: 'law',
        warning: 'The commencement instrument that withholds s.18(3) for care-home accommodation was not seen; the rule is taken from consistent council sources.',
      },
    ],
    capOnCareCostsInForce: [
      { validFrom: '2015-04-01', value: false, citation: 'Care Act 2014 s.18(1)(b), s.18(5) never commenced; reform cancelled (DHSC policy paper, updated 12 September 2024)', kind: 'law' },
    ],
    fluctuatingAggregation: [
      {
        validFrom: '2015-04-01',
        value: { method: 'share-of-observations', minimumShare: '0.5', minimumObservations: 2 },
        citation: 'Coventry eligibility pack default (local policy under SI 2015/313 reg 2(4), 3(4))',
        kind: 'policy',
        warning: FLUCTUATION_WARNING,
      },
    ],
    nonResidentialUpperCapitalLimit: [
      {
        validFrom: '2015-04-01',
        value: null,
        citation: 'Coventry eligibility pack default: national limit (DHSC circular: councils may set a higher limit for care outside a care home)',
        kind: 'policy',
      },
    ],
    adviceAndInformation: [
      {
        validFrom: '2015-04-01',
        value: {
          meetingOrReducingNeeds: [
            'Adult Social Care Direct: 024 7683 3003, ascdirect@coventry.gov.uk (information, advice and guidance).',
            'Equipment and changes at home that make things easier or safer, and telecare (www.coventry.gov.uk/help-live-home/telecare).',
            'The Adult Social Care and Communities Directory: cid.coventry.gov.uk.',
          ],
          preventingOrDelayingNeeds: [
            'Short-term support to regain skills and confidence (usually no more than six weeks, usually free).',
            'Support for carers from Carers Trust Heart of England (www.carerstrusthofe.org.uk).',
            'Ask for a new assessment if your needs change.',
          ],
        },
        citation: 'Coventry Adult Social Care Offer, parts two and three',
        kind: 'policy',
      },
    ],
  },
};

/**
 * The default eligibility pack: national law from SI 2015/313, the Care Act 2014 and the charging regulations,
 * with the Coventry City Council policy defaults. Built without the pack parser (a page that only determines
 * eligibility need not carry it); the test named above proves defineRulePack builds the same pack.
 */
export const eligibilityPack: EligibilityPack = _trustedPack(eligibilitySpec, _eligibilityPackSource);

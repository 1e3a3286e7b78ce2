import * as z from 'zod';
import { DecimalStringSchema } from '../core/decimalString.js';
import type { RulePackSource } from '../core/rulePack.js';

// The parameters as the rules read them, and the source of the default pack. Nothing here carries words that a
// page which only runs a rule would not show (issue 13, footprint): what each parameter means is in pack.ts
// (eligibilitySpec, eligibilityPack), and the value schemas' field descriptions are in schemaDocs.ts
// (eligibilitySchemaDocs), which only the JSON Schema, the CLI and the service import. Each capital limit is its
// own instance, so that each can be described apart.

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
 * The parameters of the eligibility area as the rules read them: each `law` (national, fixed) or `policy` (a
 * council's choice), with the schema of its values. Internal: the public {@link eligibilitySpec} adds what each
 * parameter means.
 */
export const _eligibilityRulesSpec = {
  adultOutcomesRequired: {
    kind: 'law',
    schema: z.number().int().min(1),
  },
  carerOutcomesRequired: {
    kind: 'law',
    schema: z.number().int().min(1),
  },
  capitalLimits: {
    kind: 'law',
    schema: CapitalLimitsSchema,
  },
  conditionTwoForCareHomes: {
    kind: 'law',
    schema: z.boolean(),
  },
  capOnCareCostsInForce: {
    kind: 'law',
    schema: z.boolean(),
  },
  fluctuatingAggregation: {
    kind: 'policy',
    schema: FluctuatingAggregationSchema,
  },
  nonResidentialUpperCapitalLimit: {
    kind: 'policy',
    schema: DecimalStringSchema.nullable(),
  },
  adviceAndInformation: {
    kind: 'policy',
    schema: AdviceSchema,
  },
} as const;

const FLUCTUATION_WARNING =
  'POLICY PLACEHOLDER: the Coventry Adult Social Care Offer does not publish how fluctuating needs are aggregated; this default (unable on at least half of at least 2 observed days) is the library\'s choice, not Coventry\'s or the law\'s.';

// The source is typed by the spec the callers see (each parameter with its words), whose values are the same.
type Described<T> = { readonly [K in keyof T]: T[K] & { readonly description: string } };

/**
 * The source of the default pack (internal): checked by test/eligibility/packBuild.test.ts, which builds it with
 * defineRulePack and finds the very packs built from it in pack.ts (the public pack) and options.ts (the pack
 * the rules use when the caller gives none).
 */
export const _eligibilityPackSource: RulePackSource<Described<typeof _eligibilityRulesSpec>> = {
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

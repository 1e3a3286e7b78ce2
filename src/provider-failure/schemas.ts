import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../core/dates.js';
import { ProviderEventTypeSchema, ServiceTypeSchema, ACTIVITY_TYPES, REGULATED_ACTIVITY_TYPES } from './vocabulary.js';

const AuthorityNameSchema = z.string().trim().min(1).max(200).describe('A local authority (or NHS body) name or code, e.g. "Coventry" or "E08000026".');

/** One dated event in a provider's story: a business-failure event or another cause of the service ending. */
export const ProviderEventSchema = z.strictObject({
  type: ProviderEventTypeSchema.describe('What happened (SI 2015/301 events, or another cause).'),
  date: IsoDateSchema.describe('When it happened; for an administrator, the day the appointment took effect.'),
});

/** What {@link ProviderEventSchema} accepts. */
export type ProviderEventInput = z.input<typeof ProviderEventSchema>;

/** The input of `assessTemporaryDuty`: the provider, the activity that stopped, and what happened, with dates. */
export const TemporaryDutyInputSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date the council makes the decision (the library never reads the clock).'),
  provider: z.strictObject({
    kind: z.enum(['organisation', 'individual']).describe('A company, partnership, charity or other body, or an individual (sole trader).'),
    registeredUnderHsca2008: z.boolean().describe('Registered with the CQC under Chapter 2 of Part 1 of the Health and Social Care Act 2008.'),
    registeredActivities: z.array(z.enum(REGULATED_ACTIVITY_TYPES)).describe('The regulated activities the registration covers.'),
  }),
  activity: z.strictObject({
    type: z.enum(ACTIVITY_TYPES).describe('The activity through which people\'s needs were being met.'),
    authority: AuthorityNameSchema.describe('The local authority in whose area the activity was carried on (s.48(2)).'),
    status: z.enum(['continuing', 'ceased']).describe('Whether the activity is still carried on (by the provider, an administrator or a receiver) or has stopped.'),
    ceasedOn: IsoDateSchema.optional().describe('The day the provider became unable to carry on the activity; required when status is "ceased".'),
    continuedBy: z.enum(['provider', 'administrator', 'receiver', 'liquidator']).optional().describe('Who keeps the service running, when status is "continuing".'),
  }),
  events: z.array(ProviderEventSchema).max(100).describe('What happened to the provider, with dates.'),
});

/** What {@link TemporaryDutyInputSchema} accepts. */
export type TemporaryDutyInput = z.input<typeof TemporaryDutyInputSchema>;

/** How an affected person's care was arranged and paid for immediately before the service failed. */
export const ARRANGEMENTS = [
  'self-funded',
  'host-authority',
  'other-english-authority',
  'nhs-continuing-healthcare',
  'welsh-authority',
  'scottish-authority',
  'northern-ireland-trust',
] as const;

/** One of {@link ARRANGEMENTS}. */
export type Arrangement = (typeof ARRANGEMENTS)[number];

/** One person whose care was being provided by the failing service. */
export const AffectedPersonSchema = z.strictObject({
  ref: z.string().trim().min(1).max(100).describe('The council\'s pseudonymous reference for the person (never echoed in error messages).'),
  role: z.enum(['adult', 'carer']).describe('An adult with needs for care and support, or a carer whose needs for support were met by the service.'),
  arrangement: z.enum(ARRANGEMENTS).describe('Who arranged and paid for the care immediately before the failure.'),
  hostAuthorityBasis: z
    .enum(['section-18', 'section-20', 'section-19-1', 'section-20-6'])
    .optional()
    .describe('When the host authority arranged the care: the duty (s.18 adult, s.20(1) carer) or the power (s.19(1) adult, s.20(6) carer) it was acting under.'),
  fundingBody: AuthorityNameSchema.optional().describe('The placing authority or NHS body; required when another authority or a Welsh, Scottish or Northern Irish body arranged the care, optional for NHS Continuing Healthcare, refused for self-funded and host-authority care.'),
  needsAppearUrgent: z.boolean().optional().describe('Whether the adult\'s needs for care and support appear urgent (s.19(3)); required for a self-funding adult when s.48 is not engaged, and not used for a carer.'),
});

/** What {@link AffectedPersonSchema} accepts. */
export type AffectedPersonInput = z.input<typeof AffectedPersonSchema>;

/** The circumstances every affected person shares: the council, the setting and whether s.48 is engaged. */
export const ContinuityContextSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The decision date.'),
  hostAuthority: AuthorityNameSchema.describe('The council in whose area the service was provided (the one applying this function).'),
  setting: z.enum(['care-home', 'community']).describe('A care home (accommodation) or care in the community, which matters for self-funders (s.18(3)).'),
  temporaryDutyEngaged: z.boolean().describe('Whether s.48 is engaged, e.g. from assessTemporaryDuty().engaged.'),
});

/** What {@link ContinuityContextSchema} accepts. */
export type ContinuityContextInput = z.input<typeof ContinuityContextSchema>;

/** The input of `planProviderFailureResponse`. */
export const ResponsePlanInputSchema = z.strictObject({
  notifiedAt: IsoDateTimeSchema.describe('When the council learnt of the failure or closure; every deadline runs from here.'),
  serviceType: ServiceTypeSchema.describe('The kind of service that is failing (Coventry Appendix 2 sections 8 and 9).'),
  cause: z
    .enum(['business-failure', 'provider-exit', 'cqc-enforcement', 'emergency', 'infection-outbreak'])
    .describe('Why the service is failing (Coventry Appendix 2 section 3, Definition of Failure).'),
  timescale: z.enum(['emergency', 'planned']).describe('An emergency closure (the 72-hour protocol) or a planned closure on a known date.'),
  closesAt: IsoDateTimeSchema.optional().describe('When a planned closure takes effect; required for "planned", after notifiedAt.'),
  buildingAvailable: z.boolean().optional().describe('For a building-based service: whether the building remains available for use.'),
  peopleAffected: z.number().int().min(0).describe('How many people receive the service (including self-funders and out-of-area placements).'),
  affectedAuthorities: z
    .array(z.string().trim().min(1).max(200))
    .min(1)
    .describe(
      'The authorities whose own local market the failure affects: the host first (it leads the response), then each other authority in whose area the failing provider also runs services. Two or more make it large-scale market failure (Appendix 2 section 8). An authority that only placed people in the service belongs in placingAuthorities, not here.',
    ),
  placingAuthorities: z
    .array(z.string().trim().min(1).max(200))
    .optional()
    .describe('Other authorities (English, Welsh, Scottish, NI) that placed people in the service; never the host. They are stakeholders of the host\'s response and do not make the failure large-scale.'),
  insolvencyPractitioner: z
    .strictObject({
      role: z
        .enum(['administrator', 'administrative-receiver', 'receiver', 'liquidator', 'cva-supervisor', 'trustee-in-bankruptcy'])
        .describe('The office held: administrator, administrative receiver, receiver, liquidator, supervisor of a voluntary arrangement, or trustee in bankruptcy (of an individual provider).'),
      name: z.string().trim().min(1).max(200).optional().describe('The firm or person appointed.'),
    })
    .optional()
    .describe('The insolvency practitioner appointed to the provider, if any; with a business failure an unnamed one is assumed (Appendix 2 section 3).'),
  nhsFundedPeople: z.number().int().min(0).optional().describe('How many of the people are funded by NHS Continuing Healthcare.'),
});

/** What {@link ResponsePlanInputSchema} accepts. */
export type ResponsePlanInput = z.input<typeof ResponsePlanInputSchema>;

/** The measures of a provider that decide whether it enters the CQC market oversight regime (SI 2015/314). */
export const MarketOversightMetricsSchema = z.strictObject({
  asOf: IsoDateSchema.describe('The date of the determination.'),
  isLocalAuthority: z.boolean().describe('Local authorities are outside the regime (SI 2015/314 regs 2 and 3).'),
  personalCare: z
    .strictObject({
      hoursInWeek: z.number().min(0).describe('Hours of personal care provided in England in the week, including group undertakings.'),
      peopleInWeek: z.number().int().min(0).describe('People given personal care in England in that same week, including group undertakings.'),
    })
    .optional()
    .describe('For a provider registered for personal care (Sch 1 para 1, Regulated Activities Regulations 2014).'),
  residential: z
    .strictObject({
      bedCapacity: z.number().int().min(0).describe('Beds in England, including group undertakings.'),
      authoritiesWithBeds: z.number().int().min(0).describe('How many English local authority areas hold at least one of the beds.'),
    })
    .optional()
    .describe('For a provider registered for accommodation with nursing or personal care (Sch 1 para 2).'),
});

/** What {@link MarketOversightMetricsSchema} accepts. */
export type MarketOversightMetricsInput = z.input<typeof MarketOversightMetricsSchema>;

import * as z from 'zod';
import { IsoDateSchema, IsoDateTimeSchema } from '../core/dates.js';
import { ProviderEventTypeSchema, ServiceTypeSchema, ACTIVITY_TYPES, REGULATED_ACTIVITY_TYPES } from './vocabulary.js';

// A name must hold something besides spaces. The pattern is checked on the text as given (so a JSON Schema
// `pattern` and `maxLength` say exactly the same), then the spaces around it are trimmed.
const NOT_BLANK = /\S/;

const AuthorityNameSchema = z
  .string()
  .max(200)
  .regex(NOT_BLANK, { error: 'must not be blank' })
  .trim()
  .describe('A local authority (or NHS body) name or code, e.g. "Coventry" or "E08000026".');

/**
 * One authority of a list, as given (the list trims its items once it has checked them for repeats): shared by
 * `affectedAuthorities` and `placingAuthorities`.
 */
const ListedAuthoritySchema = z.string().max(200).regex(NOT_BLANK, { error: 'must not be blank' });

/**
 * A list of authorities, each named once. An exact repeat is refused as a JSON Schema's `uniqueItems` would
 * (`duplicate`); two items that differ only in the spaces around the name are the same authority once trimmed,
 * which no JSON Schema can tell, so that is an `inconsistent_input` (docs/schemas.md lists it).
 */
function authorityList(min: number) {
  return z
    .array(ListedAuthoritySchema)
    .min(min)
    .superRefine((names, ctx) => {
      names.forEach((name, i) => {
        const exact = names.indexOf(name);
        if (exact < i) {
          // 'duplicate' is the library's code for two items with one identity (docs/errors.md); zod's own type
          // for a hand-made issue only knows 'custom', hence the cast.
          ctx.addIssue({ code: 'duplicate' as 'custom', path: [i], message: `must not repeat item ${exact} of the list` });
          return;
        }
        const trimmed = names.findIndex((n) => n.trim() === name.trim());
        if (trimmed < i) ctx.addIssue({ code: 'inconsistent_input' as 'custom', path: [i], message: `names the same authority as item ${trimmed} (the two differ only in the spaces around the name)` });
      });
    })
    .transform((names) => names.map((n) => n.trim()));
}

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
  provider: z
    .strictObject({
      kind: z.enum(['organisation', 'individual']).describe('A company, partnership, charity or other body, or an individual (sole trader).'),
      registeredUnderHsca2008: z.boolean().describe('Registered with the CQC under Chapter 2 of Part 1 of the Health and Social Care Act 2008.'),
      registeredActivities: z.array(z.enum(REGULATED_ACTIVITY_TYPES)).describe('The regulated activities the registration covers.'),
    })
    .superRefine((p, ctx) => {
      // s.48(1): a person "registered under Chapter 2 of Part 1 of the Health and Social Care Act 2008 ... in respect
      // of the carrying on of a regulated activity": an unregistered provider has no registered activities.
      if (!p.registeredUnderHsca2008 && p.registeredActivities.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['registeredActivities'], message: 'must be empty when registeredUnderHsca2008 is false: only a registration covers regulated activities' });
      }
    }),
  activity: z
    .strictObject({
      type: z.enum(ACTIVITY_TYPES).describe('The activity through which people\'s needs were being met.'),
      authority: AuthorityNameSchema.describe('The local authority in whose area the activity was carried on (s.48(2)).'),
      status: z.enum(['continuing', 'ceased']).describe('Whether the activity is still carried on (by the provider, an administrator or a receiver) or has stopped.'),
      ceasedOn: IsoDateSchema.optional().describe('The day the provider became unable to carry on the activity; required when status is "ceased".'),
      continuedBy: z.enum(['provider', 'administrator', 'receiver', 'liquidator']).optional().describe('Who keeps the service running, when status is "continuing".'),
    })
    .superRefine((a, ctx) => {
      // Required-when rules, which the JSON Schema states as if/then (schemaDocs.ts).
      if (a.status === 'ceased' && a.ceasedOn === undefined) {
        ctx.addIssue({ code: 'custom', path: ['ceasedOn'], message: 'is required when status is "ceased" (the day the provider became unable to carry on the activity)' });
      }
      if (a.status === 'continuing' && a.ceasedOn !== undefined) ctx.addIssue({ code: 'custom', path: ['ceasedOn'], message: 'must be omitted while status is "continuing"' });
      if (a.status === 'ceased' && a.continuedBy !== undefined) ctx.addIssue({ code: 'custom', path: ['continuedBy'], message: 'must be omitted when status is "ceased"' });
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

/** The arrangements made by a body other than the host authority and the NHS: the care was placed from elsewhere. */
export const PLACING_ARRANGEMENTS: readonly Arrangement[] = ['other-english-authority', 'welsh-authority', 'scottish-authority', 'northern-ireland-trust'];

/** One person whose care was being provided by the failing service. */
export const AffectedPersonSchema = z.strictObject({
  ref: z.string().max(100).regex(NOT_BLANK, { error: 'must not be blank' }).trim().describe('The council\'s pseudonymous reference for the person (never echoed in error messages).'),
  role: z.enum(['adult', 'carer']).describe('An adult with needs for care and support, or a carer whose needs for support were met by the service.'),
  arrangement: z.enum(ARRANGEMENTS).describe('Who arranged and paid for the care immediately before the failure.'),
  hostAuthorityBasis: z
    .enum(['section-18', 'section-20', 'section-19-1', 'section-20-6'])
    .optional()
    .describe('When the host authority arranged the care: the duty (s.18 adult, s.20(1) carer) or the power (s.19(1) adult, s.20(6) carer) it was acting under.'),
  fundingBody: AuthorityNameSchema.optional().describe('The placing authority or NHS body; required when another authority or a Welsh, Scottish or Northern Irish body arranged the care, optional for NHS Continuing Healthcare, refused for self-funded and host-authority care.'),
  needsAppearUrgent: z.boolean().optional().describe('Whether the adult\'s needs for care and support appear urgent (s.19(3)); required for a self-funding adult when s.48 is not engaged, and not used for a carer.'),
}).superRefine((p, ctx) => {
  // The rules between the person's own fields, which the JSON Schema states as if/then (schemaDocs.ts). Whether
  // needsAppearUrgent is required depends on the context too, so determineContinuityBasis checks that one.
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (p.arrangement === 'host-authority' && p.hostAuthorityBasis === undefined) {
    issue('hostAuthorityBasis', 'is required when arrangement is "host-authority" (section-18 or section-19-1 for an adult, section-20 or section-20-6 for a carer)');
  }
  if (p.arrangement !== 'host-authority' && p.hostAuthorityBasis !== undefined) issue('hostAuthorityBasis', 'only applies when arrangement is "host-authority"');
  if (p.role === 'carer' && (p.hostAuthorityBasis === 'section-18' || p.hostAuthorityBasis === 'section-19-1')) {
    issue('hostAuthorityBasis', "must be section-20 or section-20-6 for a carer: a carer's needs for support are met under section 20, not sections 18 or 19");
  }
  if (p.role === 'adult' && (p.hostAuthorityBasis === 'section-20' || p.hostAuthorityBasis === 'section-20-6')) {
    issue('hostAuthorityBasis', "must be section-18 or section-19-1 for an adult: section 20 is for carers");
  }
  if (p.role === 'carer' && p.arrangement === 'nhs-continuing-healthcare') issue('arrangement', "must not be nhs-continuing-healthcare for a carer: NHS Continuing Healthcare meets an adult's health needs, not a carer's needs for support");
  if (PLACING_ARRANGEMENTS.includes(p.arrangement) && p.fundingBody === undefined) issue('fundingBody', 'is required when another authority or body arranged the care (name the placing authority)');
  if ((p.arrangement === 'self-funded' || p.arrangement === 'host-authority') && p.fundingBody !== undefined) {
    issue('fundingBody', 'only applies when another authority, a body outside England or the NHS arranged the care');
  }
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
  affectedAuthorities: authorityList(1).describe(
      'The authorities whose own local market the failure affects: the host first (it leads the response), then each other authority in whose area the failing provider also runs services. Two or more make it large-scale market failure (Appendix 2 section 8). An authority that only placed people in the service belongs in placingAuthorities, not here.',
    ),
  placingAuthorities: authorityList(0)
    .optional()
    .describe('Other authorities (English, Welsh, Scottish, NI) that placed people in the service; never the host. They are stakeholders of the host\'s response and do not make the failure large-scale.'),
  insolvencyPractitioner: z
    .strictObject({
      role: z
        .enum(['administrator', 'administrative-receiver', 'receiver', 'liquidator', 'cva-supervisor', 'trustee-in-bankruptcy'])
        .describe('The office held: administrator, administrative receiver, receiver, liquidator, supervisor of a voluntary arrangement, or trustee in bankruptcy (of an individual provider).'),
      name: z.string().max(200).regex(NOT_BLANK, { error: 'must not be blank' }).trim().optional().describe('The firm or person appointed.'),
    })
    .optional()
    .describe('The insolvency practitioner appointed to the provider, if any; with a business failure an unnamed one is assumed (Appendix 2 section 3).'),
  nhsFundedPeople: z.number().int().min(0).optional().describe('How many of the people are funded by NHS Continuing Healthcare.'),
}).superRefine((p, ctx) => {
  // Required-when rules, which the JSON Schema states as if/then (schemaDocs.ts).
  if (p.timescale === 'planned' && p.closesAt === undefined) ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'is required when timescale is "planned"' });
  if (p.timescale === 'emergency' && p.closesAt !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'only applies when timescale is "planned"; an emergency closure runs from notifiedAt' });
  }
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
}).superRefine((m, ctx) => {
  // The rules the JSON Schema states as anyOf and if/then (schemaDocs.ts); comparing two counts is the function's.
  if (m.personalCare === undefined && m.residential === undefined) {
    ctx.addIssue({ code: 'custom', path: ['personalCare'], message: 'give personalCare, residential or both: the criteria depend on the regulated activity' });
  }
  if (m.personalCare !== undefined && m.personalCare.hoursInWeek > 0 && m.personalCare.peopleInWeek === 0) {
    ctx.addIssue({ code: 'custom', path: ['personalCare', 'peopleInWeek'], message: 'must be 1 or more when hoursInWeek is above 0: hours of personal care were given, so someone received them' });
  }
  if (m.residential !== undefined && m.residential.bedCapacity > 0 && m.residential.authoritiesWithBeds === 0) {
    ctx.addIssue({ code: 'custom', path: ['residential', 'authoritiesWithBeds'], message: 'must be 1 or more when bedCapacity is above 0: every bed is in some local authority area' });
  }
});

/** What {@link MarketOversightMetricsSchema} accepts. */
export type MarketOversightMetricsInput = z.input<typeof MarketOversightMetricsSchema>;

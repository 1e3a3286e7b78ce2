// The words of the provider-failure inputs for forms (titles, descriptions, value labels) and the rules a JSON
// Schema can state that zod cannot write by itself (if/then, uniqueItems, the first date in force), kept apart
// from the schemas that validate. See docs/schemas.md; the labels are the tables of vocabulary.ts.
import type * as z from 'zod';
import { schemaDocs, type SchemaDocs } from '../core/jsonSchema.js';
import { _lawInForceFrom } from './options.js';
import { AffectedPersonSchema, ContinuityContextSchema, MarketOversightMetricsSchema, PLACING_ARRANGEMENTS, ResponsePlanInputSchema, TemporaryDutyInputSchema } from './schemas.js';
import {
  ACTIVITY_STATUS_LABELS,
  ACTIVITY_TYPE_LABELS,
  ARRANGEMENT_LABELS,
  CONTINUED_BY_LABELS,
  FAILURE_CAUSE_LABELS,
  HOST_AUTHORITY_BASIS_LABELS,
  INSOLVENCY_PRACTITIONER_LABELS,
  PERSON_ROLE_LABELS,
  PROVIDER_EVENT_LABELS,
  PROVIDER_KIND_LABELS,
  SERVICE_TYPE_LABELS,
  SETTING_LABELS,
  TIMESCALE_LABELS,
} from './vocabulary.js';

// "When `field` is `value`" as a JSON Schema condition: the field must be there for the condition to hold, so
// an input without it is not caught by the `then` (it is refused as missing anyway).
const when = (field: string, value: unknown): Record<string, unknown> => ({ properties: { [field]: Array.isArray(value) ? { enum: value } : { const: value } }, required: [field] });
const absent = (field: string): Record<string, unknown> => ({ not: { required: [field] } });

// The first day each entry applies its law, from the same pack entries the functions check (_assertLawInForce):
// s.48 and SI 2015/301 from 1 April 2015, the market oversight criteria (SI 2015/314) from 6 April 2015.
const firstDay = (key: Parameters<typeof _lawInForceFrom>[0]): Record<string, unknown> => {
  const day = _lawInForceFrom(key);
  return day === undefined ? {} : { formatMinimum: day };
};

// A label table for a closed list, checked by the compiler to name every value the list can take.
const labelsFor = <S extends z.ZodType>(_list: S, labels: Readonly<Record<Exclude<z.output<S>, undefined> & string, string>>): Readonly<Record<string, string>> => labels;

const duty = TemporaryDutyInputSchema.shape;
const provider = duty.provider.shape;
const activity = duty.activity.shape;
const event = duty.events.element.shape;
const person = AffectedPersonSchema.shape;
const context = ContinuityContextSchema.shape;
const plan = ResponsePlanInputSchema.shape;
const practitioner = plan.insolvencyPractitioner.unwrap().shape;
const oversight = MarketOversightMetricsSchema.shape;
const personalCare = oversight.personalCare.unwrap().shape;
const residential = oversight.residential.unwrap().shape;

/**
 * The titles, descriptions, value labels and JSON-Schema-only rules of the provider-failure inputs, for
 * {@link adult-social-care-rules!toJsonSchema} (`providerFailureJsonSchema` passes it; so does
 * `asc-rules schema`). A schema built from the area's schemas (an API body holding a `TemporaryDutyInputSchema`)
 * gets the same words by passing it.
 *
 * @example
 * ```ts
 * import { toJsonSchema } from 'adult-social-care-rules';
 * import { TemporaryDutyInputSchema, providerFailureSchemaDocs } from 'adult-social-care-rules/provider-failure';
 *
 * toJsonSchema(TemporaryDutyInputSchema, providerFailureSchemaDocs).title; //=> 'Temporary duty (s.48) assessment'
 * ```
 */
export const providerFailureSchemaDocs: SchemaDocs = schemaDocs()
  // assessTemporaryDuty
  .add(TemporaryDutyInputSchema, { id: 'ProviderFailureTemporaryDutyInput', title: 'Temporary duty (s.48) assessment', description: 'The provider, the activity that stopped and what happened, with dates, for deciding whether the Care Act 2014 s.48 temporary duty is engaged.' })
  .add(duty.asOf, { title: 'Decision date', ...firstDay('businessFailureEventsOrganisation') })
  .add(duty.provider, {
    title: 'Provider',
    description: 'The provider whose service failed: its kind and its registration under the Health and Social Care Act 2008 (s.48(1)).',
    if: { properties: { registeredUnderHsca2008: { const: false } }, required: ['registeredUnderHsca2008'] },
    then: { properties: { registeredActivities: { type: 'array', maxItems: 0 } } },
  })
  .add(provider.kind, { title: 'Kind of provider', labels: labelsFor(provider.kind, PROVIDER_KIND_LABELS) })
  .add(provider.registeredUnderHsca2008, { title: 'Registered with the CQC' })
  .add(provider.registeredActivities, { title: 'Registered activities' })
  .add(provider.registeredActivities.element, { labels: labelsFor(provider.registeredActivities.element, ACTIVITY_TYPE_LABELS) })
  .add(duty.activity, {
    title: 'Activity',
    description: 'The activity through which the provider was meeting people\'s needs, where it was carried on, and whether it stopped (s.48(1)-(2)).',
    allOf: [
      { if: when('status', 'ceased'), then: { required: ['ceasedOn'], ...absent('continuedBy') } },
      { if: when('status', 'continuing'), then: absent('ceasedOn') },
    ],
  })
  .add(activity.type, { title: 'Activity', labels: labelsFor(activity.type, ACTIVITY_TYPE_LABELS) })
  .add(activity.authority, { title: 'Local authority area' })
  .add(activity.status, { title: 'Still carried on?', labels: labelsFor(activity.status, ACTIVITY_STATUS_LABELS) })
  .add(activity.ceasedOn, { title: 'Stopped on' })
  .add(activity.continuedBy, { title: 'Kept running by', labels: labelsFor(activity.continuedBy, CONTINUED_BY_LABELS) })
  .add(duty.events, { title: 'Events' })
  .add(event.type, { title: 'Event', labels: labelsFor(event.type, PROVIDER_EVENT_LABELS) })
  .add(event.date, { title: 'Date of the event' })
  // determineContinuityBasis: the person
  .add(AffectedPersonSchema, {
    id: 'ProviderFailureAffectedPerson',
    title: 'Affected person',
    description: 'One person whose care was provided by the failing service, for determineContinuityBasis.',
    allOf: [
      { if: when('arrangement', 'host-authority'), then: { required: ['hostAuthorityBasis'] }, else: absent('hostAuthorityBasis') },
      { if: when('role', 'carer'), then: { properties: { hostAuthorityBasis: { enum: ['section-20', 'section-20-6'] }, arrangement: { not: { const: 'nhs-continuing-healthcare' } } } } },
      { if: when('role', 'adult'), then: { properties: { hostAuthorityBasis: { enum: ['section-18', 'section-19-1'] } } } },
      { if: when('arrangement', [...PLACING_ARRANGEMENTS]), then: { required: ['fundingBody'] } },
      { if: when('arrangement', ['self-funded', 'host-authority']), then: absent('fundingBody') },
    ],
  })
  .add(person.ref, { title: 'Reference' })
  .add(person.role, { title: 'Adult or carer', labels: labelsFor(person.role, PERSON_ROLE_LABELS) })
  .add(person.arrangement, { title: 'Care arranged by', labels: labelsFor(person.arrangement, ARRANGEMENT_LABELS) })
  .add(person.hostAuthorityBasis, { title: 'Host authority\'s provision', labels: labelsFor(person.hostAuthorityBasis, HOST_AUTHORITY_BASIS_LABELS) })
  .add(person.fundingBody, { title: 'Placing authority or NHS body' })
  .add(person.needsAppearUrgent, { title: 'Needs appear urgent' })
  // determineContinuityBasis: the context
  .add(ContinuityContextSchema, { id: 'ProviderFailureContinuityContext', title: 'Continuity context', description: 'What every affected person shares, for determineContinuityBasis: the host council, the setting, the date and whether s.48 is engaged.' })
  .add(context.asOf, { title: 'Decision date', ...firstDay('businessFailureEventsOrganisation') })
  .add(context.hostAuthority, { title: 'Host authority' })
  .add(context.setting, { title: 'Setting', labels: labelsFor(context.setting, SETTING_LABELS) })
  .add(context.temporaryDutyEngaged, { title: 'Temporary duty (s.48) engaged' })
  // planProviderFailureResponse
  .add(ResponsePlanInputSchema, {
    id: 'ProviderFailureResponsePlanInput',
    title: 'Provider failure response plan',
    description: 'The failing service, the cause, the timescale and when the council learnt of it, for planProviderFailureResponse (Coventry Market and Provider Failure Approach, Appendix 2).',
    if: when('timescale', 'planned'),
    then: { required: ['closesAt'] },
    else: absent('closesAt'),
  })
  .add(plan.notifiedAt, { title: 'Notified at' })
  .add(plan.serviceType, { title: 'Service type', labels: labelsFor(plan.serviceType, SERVICE_TYPE_LABELS) })
  .add(plan.cause, { title: 'Cause', labels: labelsFor(plan.cause, FAILURE_CAUSE_LABELS) })
  .add(plan.timescale, { title: 'Timescale', labels: labelsFor(plan.timescale, TIMESCALE_LABELS) })
  .add(plan.closesAt, { title: 'Closes at' })
  .add(plan.buildingAvailable, { title: 'Building still available' })
  .add(plan.peopleAffected, { title: 'People affected' })
  .add(plan.affectedAuthorities, { title: 'Authorities whose market is affected' })
  .add(plan.affectedAuthorities.in, { uniqueItems: true })
  .add(plan.affectedAuthorities.in.element, { id: 'ProviderFailureAuthorityName', title: 'Authority', description: 'A local authority name or code, e.g. "Coventry" or "E08000026"; each authority once in a list.' })
  .add(plan.placingAuthorities, { title: 'Placing authorities' })
  .add(plan.placingAuthorities.unwrap().in, { uniqueItems: true })
  .add(plan.insolvencyPractitioner, { title: 'Insolvency practitioner' })
  .add(practitioner.role, { title: 'Office held', labels: labelsFor(practitioner.role, INSOLVENCY_PRACTITIONER_LABELS) })
  .add(practitioner.name, { title: 'Name' })
  .add(plan.nhsFundedPeople, { title: 'People funded by NHS Continuing Healthcare' })
  // isMarketOversightProvider
  .add(MarketOversightMetricsSchema, {
    id: 'ProviderFailureMarketOversightMetrics',
    title: 'Market oversight measures',
    description: 'The measures of a provider that decide whether it enters the CQC market oversight regime (Care Act 2014 s.53-57; SI 2015/314), for isMarketOversightProvider. Give personalCare, residential or both.',
    anyOf: [{ required: ['personalCare'] }, { required: ['residential'] }],
  })
  .add(oversight.asOf, { title: 'Date of the determination', ...firstDay('marketOversightPersonalCare') })
  .add(oversight.isLocalAuthority, { title: 'The provider is a local authority' })
  .add(oversight.personalCare, {
    title: 'Personal care',
    if: { properties: { hoursInWeek: { type: 'number', exclusiveMinimum: 0 } }, required: ['hoursInWeek'] },
    then: { properties: { peopleInWeek: { type: 'integer', minimum: 1 } } },
  })
  .add(personalCare.hoursInWeek, { title: 'Hours of personal care in the week' })
  .add(personalCare.peopleInWeek, { title: 'People given personal care in the week' })
  .add(oversight.residential, {
    title: 'Residential care',
    if: { properties: { bedCapacity: { type: 'number', exclusiveMinimum: 0 } }, required: ['bedCapacity'] },
    then: { properties: { authoritiesWithBeds: { type: 'integer', minimum: 1 } } },
  })
  .add(residential.bedCapacity, { title: 'Beds' })
  .add(residential.authoritiesWithBeds, { title: 'Local authority areas with beds' });

import * as z from 'zod';
import type { Arrangement } from './schemas.js';

/**
 * What happened to a provider, as a council records it. The first twelve are the business-failure events of
 * the Care and Support (Business Failure) Regulations 2015 (SI 2015/301 reg 2(2) for a provider that is not an
 * individual, reg 2(3) for an individual); the rest are other causes of a service ending, which do not on
 * their own engage the s.48 temporary duty.
 */
export const PROVIDER_EVENT_TYPES = [
  'administrator-appointed',
  'receiver-appointed',
  'administrative-receiver-appointed',
  'creditors-voluntary-winding-up',
  'winding-up-order',
  'insolvent-partnership-order',
  'insolvent-partnership-order-ni',
  'charity-trustees-unable-to-pay-debts',
  'all-partners-bankrupt',
  'company-voluntary-arrangement-approved',
  'bankruptcy',
  'individual-voluntary-arrangement',
  'members-voluntary-winding-up',
  'planned-exit',
  'cqc-registration-cancelled',
  'fire',
  'flood',
  'loss-of-power',
  'infection-outbreak',
  'staff-shortage',
  'debt-relief-order',
  'other',
] as const;

/** One of {@link PROVIDER_EVENT_TYPES}. */
export type ProviderEventType = (typeof PROVIDER_EVENT_TYPES)[number];

/** Schema of {@link ProviderEventType}. */
export const ProviderEventTypeSchema = z.enum(PROVIDER_EVENT_TYPES);

/** Plain English names of the events, for traces and letters. */
export const PROVIDER_EVENT_LABELS: Readonly<Record<ProviderEventType, string>> = {
  'administrator-appointed': 'the appointment of an administrator took effect',
  'receiver-appointed': 'a receiver was appointed',
  'administrative-receiver-appointed': 'an administrative receiver was appointed',
  'creditors-voluntary-winding-up': "a resolution for a creditors' voluntary winding up was passed",
  'winding-up-order': 'a winding up order was made',
  'insolvent-partnership-order': 'an order under article 11 of the Insolvent Partnerships Order 1994 was made',
  'insolvent-partnership-order-ni': 'an order under the Insolvent Partnerships Order (Northern Ireland) 1995 was made',
  'charity-trustees-unable-to-pay-debts': 'the charity trustees became unable to pay their debts as they fall due',
  'all-partners-bankrupt': 'every member of the partnership was adjudged bankrupt',
  'company-voluntary-arrangement-approved': 'a company voluntary arrangement was approved',
  bankruptcy: 'a bankruptcy order (the provider adjudged bankrupt)',
  'individual-voluntary-arrangement': 'an individual voluntary arrangement (Insolvency Act 1986 Part 8)',
  'members-voluntary-winding-up': "a members' (solvent) voluntary winding up",
  'planned-exit': 'a solvent or planned exit from the market',
  'cqc-registration-cancelled': 'the CQC cancelled the registration or required closure',
  fire: 'a fire',
  flood: 'a flood',
  'loss-of-power': 'a loss of power',
  'infection-outbreak': 'an infection outbreak',
  'staff-shortage': 'a shortage of staff',
  'debt-relief-order': 'a debt relief order (a business-failure event in Wales only, not in England)',
  other: 'another cause',
};

/**
 * The service types of the Coventry Market and Provider Failure Approach (Appendix 2, sections 8 and 9).
 * Residential and nursing homes are both "care homes" in the section 9 table.
 */
export const SERVICE_TYPES = ['residential-care-home', 'nursing-home', 'housing-with-care', 'home-support', 'day-service'] as const;

/** One of {@link SERVICE_TYPES}. */
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Schema of {@link ServiceType}. */
export const ServiceTypeSchema = z.enum(SERVICE_TYPES);

/**
 * Regulated activities of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 Schedule 1
 * that adult social care providers carry on, plus `other-regulated-activity` for the rest of the schedule and
 * `unregulated-service` for a service that is not a regulated activity (a day centre, community meals).
 */
export const ACTIVITY_TYPES = ['personal-care', 'accommodation-with-nursing-or-personal-care', 'other-regulated-activity', 'unregulated-service'] as const;

/** One of {@link ACTIVITY_TYPES}. */
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** The regulated activities alone (what a registration can cover). */
export const REGULATED_ACTIVITY_TYPES = ['personal-care', 'accommodation-with-nursing-or-personal-care', 'other-regulated-activity'] as const;

/** One of {@link REGULATED_ACTIVITY_TYPES}. */
export type RegulatedActivityType = (typeof REGULATED_ACTIVITY_TYPES)[number];

// Form labels of the area's other closed lists, one table per list: the JSON Schemas (schemaDocs.ts) show them
// beside each value, and the traces reuse them where they name a value. Each cites the list's source.

/** Labels of a provider's kind (SI 2015/301 reg 2(2) for a provider that is not an individual, reg 2(3) for one who is). */
export const PROVIDER_KIND_LABELS: Readonly<Record<'organisation' | 'individual', string>> = {
  organisation: 'An organisation (company, partnership, charity or other body)',
  individual: 'An individual (sole trader)',
};

/** Labels of {@link ACTIVITY_TYPES}, in the words of the Regulated Activities Regulations 2014 Schedule 1. */
export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, string>> = {
  'personal-care': 'Personal care (Sch 1 para 1)',
  'accommodation-with-nursing-or-personal-care': 'Accommodation for persons who require nursing or personal care (Sch 1 para 2)',
  'other-regulated-activity': 'Another regulated activity of Schedule 1',
  'unregulated-service': 'A service that is not a regulated activity (e.g. a day centre, community meals)',
};

/** Labels of whether the activity is still carried on (Care Act 2014 s.48(1): "becomes unable to carry on"). */
export const ACTIVITY_STATUS_LABELS: Readonly<Record<'continuing' | 'ceased', string>> = {
  continuing: 'Still carried on',
  ceased: 'Stopped: the provider became unable to carry it on',
};

/** Labels of who keeps a continuing service running. */
export const CONTINUED_BY_LABELS: Readonly<Record<'provider' | 'administrator' | 'receiver' | 'liquidator', string>> = {
  provider: 'The provider itself',
  administrator: 'An administrator',
  receiver: 'A receiver',
  liquidator: 'A liquidator',
};

/** Labels of an affected person's role (Care Act 2014 s.18 adult, s.20 carer). */
export const PERSON_ROLE_LABELS: Readonly<Record<'adult' | 'carer', string>> = {
  adult: 'An adult with needs for care and support',
  carer: 'A carer with needs for support',
};

/** Labels of how an affected person's care was arranged (the `ARRANGEMENTS` of the schemas). */
export const ARRANGEMENT_LABELS: Readonly<Record<Arrangement, string>> = {
  'self-funded': 'Self-funded (arranged and paid for by the person)',
  'host-authority': 'Arranged by the host authority',
  'other-english-authority': 'Placed by another English local authority',
  'nhs-continuing-healthcare': 'NHS Continuing Healthcare',
  'welsh-authority': 'Arranged by a Welsh local authority',
  'scottish-authority': 'Arranged by a Scottish local authority',
  'northern-ireland-trust': 'Arranged by a Northern Ireland health and social care trust',
};

/** Labels of the provision under which the host authority arranged the care (Care Act 2014 ss.18-20). */
export const HOST_AUTHORITY_BASIS_LABELS: Readonly<Record<'section-18' | 'section-20' | 'section-19-1' | 'section-20-6', string>> = {
  'section-18': 'Section 18: the duty to meet an adult\'s eligible needs',
  'section-20': 'Section 20(1): the duty to meet a carer\'s eligible needs',
  'section-19-1': 'Section 19(1): the power to meet an adult\'s needs',
  'section-20-6': 'Section 20(6): the power to meet a carer\'s needs',
};

/** Labels of the care setting (a care home provides accommodation, Care Act 2014 s.18(3)). */
export const SETTING_LABELS: Readonly<Record<'care-home' | 'community', string>> = {
  'care-home': 'A care home',
  community: 'Care in the community (at home or elsewhere)',
};

/** Labels of {@link SERVICE_TYPES} (Coventry Market and Provider Failure Approach, Appendix 2 sections 8 and 9). */
export const SERVICE_TYPE_LABELS: Readonly<Record<ServiceType, string>> = {
  'residential-care-home': 'Residential care home',
  'nursing-home': 'Nursing home',
  'housing-with-care': 'Housing with care',
  'home-support': 'Home support',
  'day-service': 'Day service',
};

/** Labels of why a service is failing (Coventry Appendix 2 section 3, Definition of Failure). */
export const FAILURE_CAUSE_LABELS: Readonly<Record<'business-failure' | 'provider-exit' | 'cqc-enforcement' | 'emergency' | 'infection-outbreak', string>> = {
  'business-failure': 'Business failure (insolvency)',
  'provider-exit': 'The provider leaves the market',
  'cqc-enforcement': 'CQC enforcement action',
  emergency: 'An emergency (fire, flood, loss of power)',
  'infection-outbreak': 'An infection outbreak',
};

/** Labels of the closure's timescale (Coventry Appendix 2 section 10). */
export const TIMESCALE_LABELS: Readonly<Record<'emergency' | 'planned', string>> = {
  emergency: 'Emergency closure (the emergency closure protocol)',
  planned: 'Planned closure on a known date',
};

/** The office an insolvency practitioner holds, in words (also the words of the response plan's actions). */
export const INSOLVENCY_PRACTITIONER_LABELS: Readonly<Record<'administrator' | 'administrative-receiver' | 'receiver' | 'liquidator' | 'cva-supervisor' | 'trustee-in-bankruptcy', string>> = {
  administrator: 'administrator',
  'administrative-receiver': 'administrative receiver',
  receiver: 'receiver',
  liquidator: 'liquidator',
  'cva-supervisor': 'supervisor of the voluntary arrangement',
  'trustee-in-bankruptcy': 'trustee in bankruptcy',
};

import * as z from 'zod';

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

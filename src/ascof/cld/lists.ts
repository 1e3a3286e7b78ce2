/**
 * The CLD defined lists (Release 1, what councils submit for 2023-24 and 2024-25) and their mapping to the
 * Release 2 wording that DHSC's 2024-25 ASCOF code works on.
 *
 * Sources read (public code, cited so a maintainer can re-check them when the specification changes):
 * - R1 service types, event outcomes and the R1 outcome hierarchy: NHSDigital/ASC-Client-Level-Data-SALT-ASCOF-transformations,
 *   `ASCOF 2A/ASCOF 2A replication code.txt` (reference tables `#REF_Service_Type_Delivery_Mech`, `#REF_Event_Outcome_Hierarchy`).
 * - R2 service types and outcomes, sequel rules: DataS-DHSC/ASC-CLD-LA-Dashboard, `ASCOF_measures/Create_ASCOF_2A_2425_Onwards.sql`.
 * - Accommodation status and settled flag: the same repository, `ASCOF_measures/Create_ASCOF_2E_2425_Onwards.sql` (`#REF_Accommodation_Status`).
 * - Delivery mechanisms and the 3D setting hierarchy: `ASCOF_measures/Create_ASCOF_3D_2425_Onwards.sql`.
 * What could not be read (the R1 lists of service components and primary support reasons, the DHSC R1 to R2
 * outcome mapping table) is marked UNVERIFIED below and in {@link CLD_UNVERIFIED_LISTS}.
 */

/** The four CLD event types (CLD specification R1). */
export const CLD_EVENT_TYPES = ['Request', 'Assessment', 'Service', 'Review'] as const;

/** The CLD client types (R1). UNVERIFIED wording of the third value. */
export const CLD_CLIENT_TYPES = ['Service User', 'Carer', 'Carer known by association'] as const;

/** The CLD R1 service types (NHSE 2A replication code), plus the two carer-support types (UNVERIFIED wording). */
export const CLD_SERVICE_TYPES = [
  'Long Term Support: Nursing Care',
  'Long Term Support: Residential Care',
  'Long Term Support: Community',
  'Long Term Support: Prison',
  'Short Term Support: ST-Max',
  'Short Term Support: Ongoing Low Level',
  'Short Term Support: Other Short Term',
  'Carer Support: Direct to Carer',
  'Carer Support: Support involving the person cared-for',
] as const;

/** The CLD R1 event outcomes, in the NHSE 2023-24 hierarchy order (NHSE 2A replication code). */
export const CLD_EVENT_OUTCOMES = [
  'Progress to Reablement/ST-Max',
  'Progress to Assessment',
  'Admitted to Hospital',
  'Progress to Re-assessment / Unplanned Review',
  'Progress to Support Planning / Services',
  'Progress to End of Life Care',
  'No change in package',
  'Service ended as planned',
  'Progress to financial assessment',
  'Provision of service',
  'NFA - Deceased',
  'NFA - Moved to another LA',
  'NFA - 100% NHS-funded care',
  'NFA - Information & Advice / Signposting only',
  'NFA - Self-funded client (inc. 12wk disregard)',
  'NFA - Support declined',
  'NFA - Support ended – other reason',
  'NFA - No services offered - other reason',
  'NFA- Other',
] as const;

/** The CLD R1 delivery mechanisms (DHSC 3D code, carer notes). */
export const CLD_DELIVERY_MECHANISMS = ['Direct Payment', 'CASSR Managed Personal Budget', 'CASSR Commissioned Support'] as const;

/**
 * The CLD R1 service components. UNVERIFIED as a complete list: the components the ASCOF code tests for
 * (Direct Payment, Reablement, Equipment, Short term residential/nursing care, Shared Lives, Extra care housing,
 * Community Supported Living, Home Support) are verified in the DHSC code; the others are the SALT categories.
 */
export const CLD_SERVICE_COMPONENTS = [
  'Residential care',
  'Nursing care',
  'Home Support',
  'Direct Payment',
  'Day care',
  'Equipment',
  'Shared Lives',
  'Extra care housing',
  'Community Supported Living',
  'Reablement',
  'Short term residential care',
  'Short term nursing care',
  'Meals',
  'Transport',
  'Professional support',
  'Other',
] as const;

/** The CLD R1 accommodation statuses (DHSC 2E code, `#REF_Accommodation_Status`). */
export const CLD_ACCOMMODATION_STATUSES = [
  'Owner occupier or shared ownership scheme',
  'Tenant',
  'Tenant - private landlord',
  'Settled mainstream housing with family / friends',
  'Supported accommodation / supported lodgings / supported group home',
  'Shared Lives scheme',
  'Approved premises for offenders released from prison or under probation supervision',
  'Sheltered housing / extra care housing / other sheltered housing',
  'Mobile accommodation for Gypsy / Roma and Traveller communities',
  'Rough sleeper / squatting',
  'Night shelter / emergency hostel / direct access hostel',
  'Refuge',
  'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
  'Staying with family / friends as a short-term guest',
  'Acute / long-term healthcare residential facility or hospital',
  'Registered care home',
  'Registered nursing home',
  'Prison / Young offenders institution / detention centre',
  'Other temporary accommodation',
  'Unknown',
] as const;

/** Accommodation statuses counted as "settled" for 2E (DHSC 2E code: group 1). "Unknown" is unsettled and stays in the denominator. */
export const SETTLED_ACCOMMODATION: readonly CldAccommodationStatus[] = CLD_ACCOMMODATION_STATUSES.slice(0, 9);

/** The CLD primary support reasons (SALT wording). UNVERIFIED against the R1 specification, except "Learning Disability Support" (DHSC 2E code). */
export const CLD_PRIMARY_SUPPORT_REASONS = [
  'Physical Support: Access & mobility only',
  'Physical Support: Personal care support',
  'Sensory Support: Support for visual impairment',
  'Sensory Support: Support for hearing impairment',
  'Sensory Support: Support for dual impairment',
  'Support with Memory & Cognition',
  'Learning Disability Support',
  'Mental Health Support',
  'Social Support: Substance misuse support',
  'Social Support: Asylum seeker support',
  'Social Support: Support for Social Isolation/Other',
  'Unknown',
] as const;

/** A CLD event type. */
export type CldEventType = (typeof CLD_EVENT_TYPES)[number];
/** A CLD client type. */
export type CldClientType = (typeof CLD_CLIENT_TYPES)[number];
/** A CLD R1 service type. */
export type CldServiceType = (typeof CLD_SERVICE_TYPES)[number];
/** A CLD R1 event outcome. */
export type CldEventOutcome = (typeof CLD_EVENT_OUTCOMES)[number];
/** A CLD R1 delivery mechanism. */
export type CldDeliveryMechanism = (typeof CLD_DELIVERY_MECHANISMS)[number];
/** A CLD R1 service component. */
export type CldServiceComponent = (typeof CLD_SERVICE_COMPONENTS)[number];
/** A CLD R1 accommodation status. */
export type CldAccommodationStatus = (typeof CLD_ACCOMMODATION_STATUSES)[number];
/** A CLD primary support reason. */
export type CldPrimarySupportReason = (typeof CLD_PRIMARY_SUPPORT_REASONS)[number];

/** The Release 2 event outcomes the 2024-25 ASCOF code classifies (DHSC 2A code), plus the two "not mapped" markers. */
export const CLD_R2_EVENT_OUTCOMES = [
  'Progress to reablement/ST-Max',
  'Progress to assessment, review or reassessment',
  'Admitted to hospital',
  'Progress to support planning or services',
  'Continuation of support or services',
  'NFA: Support ended as planned',
  'NFA: Deceased',
  'NFA: Responsibility moved to another local authority',
  'NFA: Referral to NHS services or NHS funded social care',
  'NFA: Information and advice or signposting',
  'NFA: Self-funded client or under 12wk disregard',
  'NFA: Support declined',
  'NFA: Support ended for other reason',
  'NFA: No services offered for other reason',
  'NFA: Referral to other service within the local authority',
  'Release 1 specification only: Not mapped',
  'NFA: Other',
  'Invalid and not mapped',
] as const;

/** A Release 2 event outcome (or a "not mapped" marker). */
export type CldR2EventOutcome = (typeof CLD_R2_EVENT_OUTCOMES)[number];

/** The Release 2 service types (DHSC 2A and 3D code), plus the 2A-only sequel "Short term support: Residential or Nursing care". */
export const CLD_R2_SERVICE_TYPES = [
  'Long term support: Nursing care',
  'Long term support: Residential care',
  'Long term support: Community',
  'Long term support: Prison',
  'Short term support: ST-Max',
  'Short term support: Ongoing low level',
  'Short term support: Other short term',
  'Unpaid carer support: Direct to unpaid carer',
  'Unpaid carer support: Support involving the person cared-for',
] as const;

/** A Release 2 service type. */
export type CldR2ServiceType = (typeof CLD_R2_SERVICE_TYPES)[number];

/**
 * The Release 1 to Release 2 mapping, as data. Service types and delivery mechanisms map one to one
 * (verified by wording in the DHSC code). The event outcome mapping is this library's reading: the DHSC
 * mapping table `REF_Event_Outcome_Mapping` is not public in the code read, so it is UNVERIFIED and every
 * result that uses it carries a warning.
 */
export const CLD_R1_TO_R2 = {
  serviceType: {
    'Long Term Support: Nursing Care': 'Long term support: Nursing care',
    'Long Term Support: Residential Care': 'Long term support: Residential care',
    'Long Term Support: Community': 'Long term support: Community',
    'Long Term Support: Prison': 'Long term support: Prison',
    'Short Term Support: ST-Max': 'Short term support: ST-Max',
    'Short Term Support: Ongoing Low Level': 'Short term support: Ongoing low level',
    'Short Term Support: Other Short Term': 'Short term support: Other short term',
    'Carer Support: Direct to Carer': 'Unpaid carer support: Direct to unpaid carer',
    'Carer Support: Support involving the person cared-for': 'Unpaid carer support: Support involving the person cared-for',
  },
  eventOutcome: {
    'Progress to Reablement/ST-Max': 'Progress to reablement/ST-Max',
    'Progress to Assessment': 'Progress to assessment, review or reassessment',
    'Admitted to Hospital': 'Admitted to hospital',
    'Progress to Re-assessment / Unplanned Review': 'Progress to assessment, review or reassessment',
    'Progress to Support Planning / Services': 'Progress to support planning or services',
    'Progress to End of Life Care': 'Release 1 specification only: Not mapped',
    'No change in package': 'Continuation of support or services',
    'Service ended as planned': 'NFA: Support ended as planned',
    'Progress to financial assessment': 'Release 1 specification only: Not mapped',
    'Provision of service': 'Progress to support planning or services',
    'NFA - Deceased': 'NFA: Deceased',
    'NFA - Moved to another LA': 'NFA: Responsibility moved to another local authority',
    'NFA - 100% NHS-funded care': 'NFA: Referral to NHS services or NHS funded social care',
    'NFA - Information & Advice / Signposting only': 'NFA: Information and advice or signposting',
    'NFA - Self-funded client (inc. 12wk disregard)': 'NFA: Self-funded client or under 12wk disregard',
    'NFA - Support declined': 'NFA: Support declined',
    'NFA - Support ended – other reason': 'NFA: Support ended for other reason',
    'NFA - No services offered - other reason': 'NFA: No services offered for other reason',
    'NFA- Other': 'NFA: Other',
  },
  deliveryMechanism: {
    'Direct Payment': 'Direct payment',
    'CASSR Managed Personal Budget': 'CASSR managed personal budget',
    'CASSR Commissioned Support': 'CASSR commissioned support',
  },
} as const satisfies {
  serviceType: Record<CldServiceType, CldR2ServiceType>;
  eventOutcome: Record<CldEventOutcome, CldR2EventOutcome>;
  deliveryMechanism: Record<CldDeliveryMechanism, string>;
};

/** Outcomes that say nothing about what followed (DHSC 2A code: hierarchy + 100, "unable to classify"). */
export const UNCLASSIFIABLE_OUTCOMES: readonly CldR2EventOutcome[] = [
  'Continuation of support or services',
  'Progress to support planning or services',
  'Progress to assessment, review or reassessment',
  'Progress to reablement/ST-Max',
  'Release 1 specification only: Not mapped',
  'Invalid and not mapped',
];

/** The lists this library could not check against the published specification, for docs and warnings. */
export const CLD_UNVERIFIED_LISTS: readonly string[] = [
  'Client_Type: the wording of "Carer known by association"',
  'Service_Type: the wording of the two carer-support types',
  'Service_Component: the full R1 list (the components the measures test for are verified)',
  'Primary_Support_Reason: the R1 list (only "Learning Disability Support" is verified)',
  'Event_Outcome: the R1 to R2 mapping table and the R2 hierarchy order',
];

/**
 * Spellings of Release 1 event outcomes that trap councils, and the defined-list value each means. The
 * defined list has an en dash in `NFA - Support ended – other reason` and no space before the hyphen in
 * `NFA- Other`; a file typed or exported with a plain hyphen, or with `NFA - Other`, fails the list check.
 * Nothing is corrected silently: pass this table (or your own) as `recode: { Event_Outcome: CLD_OUTCOME_NEAR_MISSES }`
 * to {@link deriveAscofFromCld} (CLI: `--accept-near-misses`), and the data-quality report counts every recoded row.
 */
export const CLD_OUTCOME_NEAR_MISSES: Readonly<Record<string, CldEventOutcome>> = {
  'NFA - Support ended - other reason': 'NFA - Support ended – other reason',
  'NFA - Support ended — other reason': 'NFA - Support ended – other reason',
  'NFA- Support ended – other reason': 'NFA - Support ended – other reason',
  'NFA - Other': 'NFA- Other',
  'NFA-Other': 'NFA- Other',
  'NFA -Other': 'NFA- Other',
  'NFA - Information and Advice / Signposting only': 'NFA - Information & Advice / Signposting only',
  'NFA - No services offered – other reason': 'NFA - No services offered - other reason',
};

import * as z from 'zod';
import { defineRulePack, type RulePack } from '../../core/rulePack.js';
import { CLD_R2_EVENT_OUTCOMES, CLD_ACCOMMODATION_STATUSES } from './lists.js';

const days = z.int().min(0).max(3650);
const DHSC = 'DHSC ASC-CLD-LA-Dashboard';
const NHSE = 'NHSE ASC-Client-Level-Data-SALT-ASCOF-transformations';
const OUTCOME = z.enum(CLD_R2_EVENT_OUTCOMES);

/**
 * The parameters of the ASCOF-from-CLD method. The method of each year (what the published figure used) is
 * `law`: dated entries, one per method version, that a council pack cannot change, so a local figure stays
 * comparable with the national one. How a figure is published (rounding, suppression) is not here: it is the
 * ASCOF registry's rule for the measure and year, with the ascof pack's `unpublishedSuppression` policy where
 * no published rule was read, exactly as `calculateAscofMeasure` applies it.
 */
export const cldPackSpec = {
  personIdentifierRule: {
    kind: 'law',
    schema: z.enum(['nhs-number-first-exclude-linked-la-id', 'traced-then-la-nhs-then-la-id']),
    description: 'How a row is assigned to a person: NHSE 2023-24 hybrid rule, or the DHSC 2024-25 fallback chain.',
  },
  stMaxClusterGapDays: { kind: 'law', schema: days, description: 'ST-Max service events at most this many days apart (or overlapping) form one reablement episode (2A).' },
  newClientLookbackDays: {
    kind: 'law',
    schema: days,
    description: 'A 2A "new client" has no long-term support open at the episode start nor ending fewer than this many days before it (0: open at the start only).',
  },
  sequelWindowDays: { kind: 'law', schema: days, description: 'Days after an episode ends in which a death or a starting service decides its sequel (2A).' },
  nestedReviewWithinDays: { kind: 'law', schema: days, description: 'An assessment or review ending fewer than this many days before the episode end can give its outcome (2A step 4c).' },
  admissionLookbackDays: { kind: 'law', schema: days, description: 'A 2B/2C admission is new when no residential or nursing support ended fewer than this many days before it.' },
  admissionAgeAt: { kind: 'law', schema: z.enum(['admission-start', 'period-end']), description: 'The date at which age is taken for 2B/2C.' },
  daysPerYear: { kind: 'law', schema: z.string().regex(/^\d+(\.\d+)?$/), description: 'Days per year in FLOOR(days since proxy birth date / daysPerYear).' },
  twoAOutcomes: {
    kind: 'law',
    schema: z.strictObject({ denominator: z.array(z.string()), numerator: z.array(z.string()), excluded: z.array(OUTCOME) }),
    description: 'The 2A sequels counted in the denominator and the numerator, and those excluded from both (the rest are "unable to classify").',
  },
  dischargeLink: {
    kind: 'law',
    schema: z.strictObject({ daysBefore: days, daysAfter: days, outcomeWithinDays: days, minAge: days, clusterGapDays: days }),
    description: 'ASCOF 2D: reablement services at most clusterGapDays apart form one episode; a discharge links to an episode starting up to daysAfter days after or daysBefore days before it; outcome within outcomeWithinDays.',
  },
  serviceEventKey: {
    kind: 'law',
    schema: z.enum(['type-component-delivery', 'type-component']),
    description: 'The fields (besides council, person, client type and start date) that identify one service across submissions: with the delivery mechanism (NHSE 2023-24) or without it (DHSC 2024-25 joined submissions).',
  },
  eventsStartingAfterDeath: {
    kind: 'policy',
    schema: z.enum(['drop', 'keep-ended-at-start']),
    description: 'An event that starts after the person\'s date of death: dropped (DHSC, the default) or kept, ending on its start day.',
  },
  settledAccommodation: { kind: 'law', schema: z.array(z.enum(CLD_ACCOMMODATION_STATUSES)), description: 'Accommodation statuses counted as settled for 2E.' },
} as const;

/** The type of the CLD pack spec. */
export type CldPackSpec = typeof cldPackSpec;

const LTS = ['Long term support: Community', 'Long term support: Nursing care', 'Long term support: Residential care', 'Long term support: Prison'];
const NFA_IN_NUM = [
  'NFA: Information and advice or signposting',
  'NFA: Support ended as planned',
  'NFA: Responsibility moved to another local authority',
  'NFA: Other',
  'NFA: No services offered for other reason',
  'NFA: Support ended for other reason',
  'NFA: Referral to other service within the local authority',
];
const EXCLUDED_2425 = ['NFA: Deceased', 'Admitted to hospital', 'NFA: Support declined', 'NFA: Self-funded client or under 12wk disregard', 'NFA: Referral to NHS services or NHS funded social care'] as const;

/**
 * The default pack of the ASCOF-from-CLD method: NHS England's 2023-24 dual-running method until
 * 31 March 2024, DHSC's 2024-25 method from 1 April 2024. Resolved as of the last day of the reporting period.
 */
export const defaultCldPack: RulePack<CldPackSpec> = defineRulePack(cldPackSpec, {
  id: 'ascof-cld',
  version: '2024-25.1',
  entries: {
    personIdentifierRule: [
      { validFrom: '2023-04-01', validTo: '2024-04-01', value: 'nhs-number-first-exclude-linked-la-id', kind: 'law', citation: `${NHSE}, Central Transformation Principles - ASCOF (person ID allocation)` },
      { validFrom: '2024-04-01', value: 'traced-then-la-nhs-then-la-id', kind: 'law', citation: `${DHSC}, Der_NHS_LA_Combined_Person_ID (Main_tables methodology)` },
    ],
    stMaxClusterGapDays: [
      { validFrom: '2023-04-01', validTo: '2024-04-01', value: 1, kind: 'law', citation: `${NHSE}, ASCOF 2A replication code ("breaks of 1 day")` },
      { validFrom: '2024-04-01', value: 7, kind: 'law', citation: `${DHSC}, Create_ASCOF_2A_2425_Onwards.sql (clusters ≤ 7 days)` },
    ],
    newClientLookbackDays: [
      {
        validFrom: '2023-04-01', validTo: '2024-04-01', value: 0, kind: 'law',
        citation: `${NHSE}, reproducing ASCOF 2A from CLD ("not in long-term support at the time of the request")`,
        warning: 'APPROXIMATION: NHSE 2023-24 tested long-term support at the time of the request (STS001 cohort); this library tests it at the start of the ST-Max episode.',
      },
      { validFrom: '2024-04-01', value: 91, kind: 'law', citation: `${DHSC}, Create_ASCOF_2A_2425_Onwards.sql (New_Client_Record_Flag, < 91 days)` },
    ],
    sequelWindowDays: [{ validFrom: '2023-04-01', value: 7, kind: 'law', citation: `${DHSC}, Create_ASCOF_2A_2425_Onwards.sql (sequel steps 1 and 3)` }],
    nestedReviewWithinDays: [{ validFrom: '2023-04-01', value: 14, kind: 'law', citation: `${DHSC}, Create_ASCOF_2A_2425_Onwards.sql (step 4c, < 14 days)` }],
    admissionLookbackDays: [{ validFrom: '2023-04-01', value: 365, kind: 'law', citation: `${DHSC}, Create_ASCOF_2B2C_2425_Onwards.sql (new admission, 365 days)` }],
    admissionAgeAt: [
      { validFrom: '2023-04-01', validTo: '2024-04-01', value: 'period-end', kind: 'law', citation: `${NHSE}, ASCOF 2B2C replication code (age at the snapshot date)` },
      { validFrom: '2024-04-01', value: 'admission-start', kind: 'law', citation: `${DHSC}, Create_ASCOF_2B2C_2425_Onwards.sql (age at event start)` },
    ],
    daysPerYear: [{ validFrom: '2023-04-01', value: '365.25', kind: 'law', citation: `${DHSC}, FLOOR(DATEDIFF(DAY, Der_Birth_Date, date) / 365.25)` }],
    twoAOutcomes: [
      {
        validFrom: '2023-04-01', validTo: '2024-04-01', kind: 'law',
        value: {
          denominator: [...LTS, 'Short term support: Ongoing low level', 'Short term support: Other short term', 'Short term support: Residential or Nursing care', ...NFA_IN_NUM],
          numerator: ['Short term support: Ongoing low level', 'Short term support: Other short term', 'Short term support: Residential or Nursing care', ...NFA_IN_NUM],
          excluded: [...EXCLUDED_2425],
        },
        citation: `${NHSE}, ASCOF 2A replication code (STS002a sequels: LTS, ongoing low level, short term other, universal/signposted, no services other)`,
        warning: 'APPROXIMATION: the 2023-24 STS002a sequel categories are mapped onto CLD outcomes by this library; NHSE also counted "Admitted to hospital" as "no services - other".',
      },
      {
        validFrom: '2024-04-01', kind: 'law',
        value: {
          denominator: [...LTS, 'Short term support: Ongoing low level', 'Short term support: Other short term', 'Short term support: Residential or Nursing care', ...NFA_IN_NUM],
          numerator: ['Short term support: Ongoing low level', 'Short term support: Other short term', ...NFA_IN_NUM],
          excluded: [...EXCLUDED_2425],
        },
        citation: `${DHSC}, Create_ASCOF_2A_2425_Onwards.sql (Included_In_Denom, Included_In_Num)`,
      },
    ],
    dischargeLink: [
      {
        validFrom: '2023-04-01', value: { daysBefore: 7, daysAfter: 3, outcomeWithinDays: 84, minAge: 65, clusterGapDays: 7 }, kind: 'law',
        citation: `${DHSC}, Create_ASCOF_2D.sql`,
        warning: 'The 2023-24 source of 2D is UNVERIFIED; the DHSC 2024-25 method is applied to every period.',
      },
    ],
    serviceEventKey: [
      { validFrom: '2023-04-01', validTo: '2024-04-01', value: 'type-component-delivery', kind: 'law', citation: `${NHSE}, 2023-24 service de-duplication key (with Delivery_Mechanism; checked in shared/domain/ascof.md §11)` },
      { validFrom: '2024-04-01', value: 'type-component', kind: 'law', citation: `${DHSC}, Main_tables/docs/methodology/6-deduplication.md (joined submissions: service type and component; delivery mechanism only for single submissions)` },
    ],
    eventsStartingAfterDeath: [
      {
        validFrom: '2023-04-01', value: 'drop', kind: 'policy',
        citation: `${DHSC}, Main_tables/stored_procedures/create_FilterToEventsInPeriod_procedure.sql (rows kept only where Der_Date_of_Death IS NULL OR Der_Date_of_Death >= Event_Start_Date)`,
      },
    ],
    settledAccommodation: [
      {
        validFrom: '2023-04-01', kind: 'law',
        value: [...CLD_ACCOMMODATION_STATUSES.slice(0, 9)],
        citation: `${DHSC}, Create_ASCOF_2E_2425_Onwards.sql (#REF_Accommodation_Status group 1)`,
      },
    ],
  },
});

// Scenario fixtures for the provider-failure area. Each one names its source; the expected outcomes in the tests
// are written by hand from that source, never computed by the code under test.
import type { AffectedPersonInput, ContinuityContextInput, ResponsePlanInput, TemporaryDutyInput } from '../../src/provider-failure/index.js';

/** A scenario: the input and where the facts (and the expected answer) come from. */
export interface Scenario<T> {
  readonly name: string;
  readonly source: string;
  readonly input: T;
}

const careHomeProvider: TemporaryDutyInput['provider'] = { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['accommodation-with-nursing-or-personal-care'] };

/** A care home company enters administration and the home closes a week later. */
export const careHomeAdministrationCloses: Scenario<TemporaryDutyInput> = {
  name: 'care home in administration that closes',
  source: 'Care Act 2014 s.48(1)-(2); SI 2015/301 reg 2(1)(b) and 2(2)(a) (care-act.md §4.1, §4.4)',
  input: {
    asOf: '2026-03-02',
    provider: careHomeProvider,
    activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-02-27' },
    events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
  },
};

/** The same company in administration, but the administrator keeps the home running. */
export const careHomeAdministratorTrades: Scenario<TemporaryDutyInput> = {
  name: 'care home whose administrator keeps trading',
  source: 'Statutory guidance ch.5 via LA manuals: business failure "does not automatically equate to closure"; the duty is not triggered where an administrator continues the service (care-act.md §4.7)',
  input: {
    asOf: '2026-03-02',
    provider: careHomeProvider,
    activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'continuing', continuedBy: 'administrator' },
    events: [{ type: 'administrator-appointed', date: '2026-02-20' }],
  },
};

/** A solvent owner retires: members' voluntary winding up, and the home closes. */
export const membersVoluntaryWindingUp: Scenario<TemporaryDutyInput> = {
  name: "members' voluntary winding up",
  source: "SI 2015/301 reg 2(2)(d) (\"other than in a members' voluntary winding up\"); seed 001 report para 1.26 (owner retires and closes)",
  input: {
    asOf: '2026-06-30',
    provider: careHomeProvider,
    activity: { type: 'accommodation-with-nursing-or-personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-06-30' },
    events: [
      { type: 'planned-exit', date: '2026-03-31' },
      { type: 'members-voluntary-winding-up', date: '2026-06-01' },
    ],
  },
};

/** A home support branch closes overnight after a winding up order. */
export const homeSupportBranchOvernight: Scenario<TemporaryDutyInput> = {
  name: 'home support branch closing overnight',
  source: 'Seed 001 Appendix 2 section 9 ("Home Support: Branch closed immediately", Approach 2); SI 2015/301 reg 2(2)(e)',
  input: {
    asOf: '2026-10-26',
    provider: { kind: 'organisation', registeredUnderHsca2008: true, registeredActivities: ['personal-care'] },
    activity: { type: 'personal-care', authority: 'Coventry', status: 'ceased', ceasedOn: '2026-10-25' },
    events: [{ type: 'winding-up-order', date: '2026-10-24' }],
  },
};

/** The response plan for that branch: notified late on the Saturday the clocks go back. */
export const homeSupportBranchPlan: Scenario<ResponsePlanInput> = {
  name: 'home support branch closing overnight: response plan',
  source: 'Seed 001 Appendix 2 sections 8, 9 and 10 (Approach 2; emergency closure within 72 hours; reviews 4 to 6 weeks)',
  input: {
    notifiedAt: '2026-10-24T22:30:00+01:00',
    serviceType: 'home-support',
    cause: 'business-failure',
    timescale: 'emergency',
    peopleAffected: 140,
    affectedAuthorities: ['Coventry'],
  },
};

/** The care home closing in administration: response plan, with residents placed by Warwickshire (one market affected). */
export const careHomePlan: Scenario<ResponsePlanInput> = {
  name: 'care home in administration: response plan',
  source: 'Seed 001 Appendix 2 sections 5, 8, 9 and 10 (Approach 1; placing authorities keep funding; emergency closure within 72 hours)',
  input: {
    notifiedAt: '2026-02-27T09:00:00Z',
    serviceType: 'nursing-home',
    cause: 'business-failure',
    timescale: 'emergency',
    buildingAvailable: false,
    peopleAffected: 42,
    affectedAuthorities: ['Coventry'],
    placingAuthorities: ['Warwickshire'],
    nhsFundedPeople: 6,
  },
};

/** The context every resident of the closing care home shares. */
export const careHomeContext: ContinuityContextInput = { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: true };

/** The affected residents, one per funding arrangement. */
export const residents: Record<string, Scenario<AffectedPersonInput>> = {
  selfFunder: {
    name: 'a self-funder',
    source: 'Care Act 2014 s.48(2)-(3) and Explanatory Notes para 304; seed 001 para 5.2.2 ("This duty also covers self-funders")',
    input: { ref: 'R-01', role: 'adult', arrangement: 'self-funded' },
  },
  councilFunded: {
    name: 'a council-funded resident',
    source: 'Care Act 2014 s.48(2) ("in so far as it is not already required to do so"); Explanatory Notes para 304',
    input: { ref: 'R-02', role: 'adult', arrangement: 'host-authority', hostAuthorityBasis: 'section-18' },
  },
  placedByAnotherCouncil: {
    name: 'a resident placed by another council',
    source:
      'Seed 001 Appendix 2 section 5 (host coordinates; funding responsibility and longer-term planning stay with the placing authority) and section 4 (the host "can charge ... other local authorities"); Care Act 2014 s.48(2)-(3)(a); Explanatory Notes para 304',
    input: { ref: 'R-03', role: 'adult', arrangement: 'other-english-authority', fundingBody: 'Warwickshire' },
  },
  chcFunded: {
    name: 'a CHC-funded resident',
    source: 'Seed 001 Appendix 2 section 5 ("The responsible agency for fully health funded individuals ... is with CWCCG"); statutory guidance ch.5 (care-act.md §4.7)',
    input: { ref: 'R-04', role: 'adult', arrangement: 'nhs-continuing-healthcare', fundingBody: 'NHS Coventry and Warwickshire ICB' },
  },
  welshPlacement: {
    name: 'a placement arranged by a Welsh authority',
    source: 'Care Act 2014 s.49(1) and (3)(a),(c),(d) (care-act.md §4.2)',
    input: { ref: 'R-05', role: 'adult', arrangement: 'welsh-authority', fundingBody: 'Powys County Council' },
  },
};

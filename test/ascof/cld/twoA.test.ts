// ASCOF 2A fixtures: one per step of the sequel hierarchy and per clustering / new-client rule.
// Method: DHSC Create_ASCOF_2A_2425_Onwards.sql as summarised in ascof.md §4.2. Expected counts by hand:
// an episode in the numerator list counts [1, 1]; one in the denominator list only (long-term support)
// [0, 1]; an excluded sequel (death, hospital, declined, self-funded, NHS) [0, 0].
import { describe, expect, it } from 'vitest';
import { Y2324, derive, nd, row, sequels, service, stmax } from './helpers.js';

// One ST-Max episode, 1 to 20 June 2024, for a person born January 1950 (74 at the episode end).
const EPISODE = ['2024-06-01', '2024-06-20'] as const;

describe('2A sequel hierarchy (ascof.md §4.2, steps 1-6)', () => {
  it('step 1: death within 7 days of the episode end is "NFA: Deceased", excluded from both counts', async () => {
    const r = await derive([stmax(...EPISODE, 'Service ended as planned', { Date_of_Death: '2024-06-27' })]);
    expect(sequels(r)).toEqual({ 'NFA: Deceased (step 1)': 1 });
    expect(nd(r, '2A')).toEqual([0, 0]);
  });

  it('step 1 does not apply to a death 8 days after the end: the episode outcome decides (4a)', async () => {
    const r = await derive([stmax(...EPISODE, 'Service ended as planned', { Date_of_Death: '2024-06-28' })]);
    expect(sequels(r)).toEqual({ 'NFA: Support ended as planned (step 4a)': 1 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('step 2: an episode ending "Admitted to Hospital" is excluded', async () => {
    const r = await derive([stmax(...EPISODE, 'Admitted to Hospital')]);
    expect(sequels(r)).toEqual({ 'Admitted to hospital (step 2)': 1 });
    expect(nd(r, '2A')).toEqual([0, 0]);
  });

  it('step 3: long-term community support starting 4 days after the end: denominator only', async () => {
    const r = await derive([stmax(...EPISODE, 'Progress to Support Planning / Services'), service('Long Term Support: Community', '2024-06-24')]);
    expect(sequels(r)).toEqual({ 'Long term support: Community (step 3)': 1 });
    expect(nd(r, '2A')).toEqual([0, 1]);
  });

  it('step 3 hierarchy: nursing beats community when both start in the window', async () => {
    const r = await derive([stmax(...EPISODE, 'Service ended as planned'), service('Long Term Support: Community', '2024-06-22'), service('Long Term Support: Nursing Care', '2024-06-25')]);
    expect(sequels(r)).toEqual({ 'Long term support: Nursing care (step 3)': 1 });
    expect(nd(r, '2A')).toEqual([0, 1]);
  });

  it('step 3: ongoing low-level support is in the numerator', async () => {
    const r = await derive([stmax(...EPISODE, 'Service ended as planned'), service('Short Term Support: Ongoing Low Level', '2024-06-21', '2024-09-01')]);
    expect(sequels(r)).toEqual({ 'Short term support: Ongoing low level (step 3)': 1 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('step 3: other short-term support that is short-term residential care becomes "Residential or Nursing care" (denominator only)', async () => {
    const r = await derive([stmax(...EPISODE, 'Service ended as planned'), service('Short Term Support: Other Short Term', '2024-06-21', '2024-07-10', { Service_Component: 'Short term residential care' })]);
    expect(sequels(r)).toEqual({ 'Short term support: Residential or Nursing care (step 3)': 1 });
    expect(nd(r, '2A')).toEqual([0, 1]);
  });

  it('step 3 window: a service starting 9 days after the end is not a sequel', async () => {
    const r = await derive([stmax(...EPISODE, 'NFA - Information & Advice / Signposting only'), service('Long Term Support: Community', '2024-06-29')]);
    expect(sequels(r)).toEqual({ 'NFA: Information and advice or signposting (step 4a)': 1 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('step 3 ignores carer support in the window; the episode keeps its own outcome (step 6, as the DHSC code falls through)', async () => {
    const r = await derive([stmax(...EPISODE, 'NFA - Moved to another LA'), service('Carer Support: Direct to Carer', '2024-06-22')]);
    expect(sequels(r)).toEqual({ 'NFA: Responsibility moved to another local authority (step 6)': 1 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('step 4b: a review in the window gives the outcome when the episode has none usable', async () => {
    const r = await derive([stmax(...EPISODE, 'No change in package'), row({ Event_Type: 'Review', Event_Start_Date: '2024-06-22', Event_End_Date: '2024-06-23', Event_Outcome: 'NFA - Moved to another LA' })]);
    expect(sequels(r)).toEqual({ 'NFA: Responsibility moved to another local authority (step 4b)': 1 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('step 4c: an assessment ending 5 days before the episode end gives its outcome', async () => {
    const r = await derive([stmax(...EPISODE, 'Provision of service'), row({ Event_Type: 'Assessment', Event_Start_Date: '2024-06-10', Event_End_Date: '2024-06-15', Event_Outcome: 'NFA - Support declined' })]);
    expect(sequels(r)).toEqual({ 'NFA: Support declined (step 4c)': 1 });
    expect(nd(r, '2A')).toEqual([0, 0]);
  });

  it('step 5: equipment during the episode means ongoing low-level support', async () => {
    const r = await derive([stmax(...EPISODE, 'Progress to Support Planning / Services'), service('Short Term Support: Other Short Term', '2024-06-05', '2024-06-10', { Service_Component: 'Equipment' })]);
    expect(sequels(r)).toEqual({ 'Short term support: Ongoing low level (step 5)': 1 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('step 6: an outcome that says nothing is "unable to classify", reported and left out', async () => {
    const r = await derive([stmax(...EPISODE, 'No change in package')]);
    expect(sequels(r)).toEqual({ 'Continuation of support or services (step 6)': 1 });
    expect(nd(r, '2A')).toEqual([0, 0]);
    expect(r.dataQuality.outcomesNotClassifiable).toEqual([{ measure: '2A', outcome: 'Continuation of support or services', episodes: 1 }]);
  });

  it('each numerator outcome of the 2024-25 list counts [1, 1], each excluded one [0, 0]', async () => {
    const num = ['NFA - Information & Advice / Signposting only', 'Service ended as planned', 'NFA - Moved to another LA', 'NFA- Other', 'NFA - No services offered - other reason', 'NFA - Support ended – other reason'] as const;
    const out = ['NFA - Support declined', 'NFA - Self-funded client (inc. 12wk disregard)', 'NFA - 100% NHS-funded care', 'NFA - Deceased'] as const;
    const rows = [...num, ...out].map((o, i) => stmax(...EPISODE, o, { LA_Person_Unique_Identifier: `P${i}` }));
    const r = await derive(rows);
    expect(nd(r, '2A')).toEqual([6, 6]);
  });
});

describe('2A episodes, clusters and new clients', () => {
  it('two ST-Max events 5 days apart are one episode in 2024-25 (≤ 7 days)', async () => {
    const r = await derive([stmax('2024-06-01', '2024-06-10', 'Progress to Reablement/ST-Max'), stmax('2024-06-15', '2024-06-20', 'Service ended as planned', { Service_Component: 'Other' })]);
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('the same two events are two episodes under the NHSE 2023-24 pack entry (1-day gap)', async () => {
    const r = await derive([stmax('2023-06-01', '2023-06-10', 'NFA - Information & Advice / Signposting only'), stmax('2023-06-15', '2023-06-20', 'Service ended as planned', { Service_Component: 'Other' })], { period: Y2324 });
    expect(nd(r, '2A')).toEqual([2, 2]);
  });

  it('2024-25: long-term support that ended 47 days before the episode makes the person not a new client', async () => {
    const r = await derive([service('Long Term Support: Community', '2023-01-01', '2024-04-15'), stmax('2024-06-01', '2024-06-20', 'Service ended as planned')]);
    expect(nd(r, '2A')).toEqual([0, 0]);
    expect(r.dataQuality.excludedByMethod).toContainEqual({ measure: '2A', reason: 'not a new client', count: 1 });
  });

  it('2024-25: long-term support that ended 107 days before does not', async () => {
    const r = await derive([service('Long Term Support: Community', '2023-01-01', '2024-02-15'), stmax('2024-06-01', '2024-06-20', 'Service ended as planned')]);
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('2023-24 (dated pack entry): only support open at the start makes a client known, so 47 days before is new', async () => {
    const r = await derive([service('Long Term Support: Community', '2022-01-01', '2023-04-15'), stmax('2023-06-01', '2023-06-20', 'Service ended as planned')], { period: Y2324 });
    expect(nd(r, '2A')).toEqual([1, 1]);
  });

  it('an open ST-Max with a death derives its end from the date of death (step 1)', async () => {
    const r = await derive([stmax('2024-06-01', undefined, undefined, { Date_of_Death: '2024-07-01' })]);
    expect(sequels(r)).toEqual({ 'NFA: Deceased (step 1)': 1 });
  });

  it('an episode ending after the period is not counted; under-18s are excluded; bands follow age at the end', async () => {
    const r = await derive([
      stmax('2025-03-20', '2025-04-03', 'Service ended as planned', { LA_Person_Unique_Identifier: 'A' }),
      stmax(...EPISODE, 'Service ended as planned', { LA_Person_Unique_Identifier: 'B', Der_Birth_Year: '2008' }),
      stmax(...EPISODE, 'Service ended as planned', { LA_Person_Unique_Identifier: 'C', Der_Birth_Year: '1970', Der_Birth_Month: '6' }),
      stmax(...EPISODE, 'NFA - Support declined', { LA_Person_Unique_Identifier: 'D' }),
      stmax(...EPISODE, 'NFA- Other', { LA_Person_Unique_Identifier: 'E' }),
    ]);
    expect(nd(r, '2A')).toEqual([2, 2]);
    expect(nd(r, '2A', '18 to 64')).toEqual([1, 1]);
    expect(nd(r, '2A', '65 and above')).toEqual([1, 1]);
    expect(r.dataQuality.excludedByMethod).toContainEqual({ measure: '2A', reason: 'under 18', count: 1 });
  });
});

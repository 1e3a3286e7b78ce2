// Issue 12, method corrections of deriveAscofFromCld. Each fixture is worked out by hand from DHSC's published
// scripts (DataS-DHSC/ASC-CLD-LA-Dashboard, cited per test) and failed on the code before the correction.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { CLD_OUTCOME_NEAR_MISSES, CldEventSchema, defaultCldPack } from '../../../src/ascof/index.js';
import { extendPack, isRulesError, toJsonSchema } from '../../../src/index.js';
import { derive, nd, row, service, Y2324 } from './helpers.js';

const who = (id: string, born = '1950') => ({ LA_Person_Unique_Identifier: id, Der_Birth_Year: born, Der_Birth_Month: '1' });
const statuses = (r: Awaited<ReturnType<typeof derive>>): Record<string, number> =>
  Object.fromEntries(r.measures.find((m) => m.code === '2E(2)')!.breakdown.map((b) => [b.label, b.count]));

describe('2E: an unknown accommodation inferred from the latest service (Create_personal_details_table.sql)', () => {
  // "WHEN Service_Type_Cleaned = 'Long term support: Community' AND Service_Component IS NULL THEN 'Unknown: Presumed in community'"
  // and #REF_Accommodation_Status gives it group 0 (not settled); "Presumed at home" (group 1) needs home support.
  it('community support with no component is "presumed in the community": in the denominator, not settled', async () => {
    const r = await derive([service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Accommodation_Status: 'Unknown' })]);
    expect(nd(r, '2E(2)')).toEqual([0, 1]);
    expect(statuses(r)).toEqual({ 'Unknown: presumed in the community (inferred from the latest service): not settled': 1 });
  });

  it('a component the script cannot map (day care) is read as no component: presumed in the community', async () => {
    const r = await derive([service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Accommodation_Status: 'Unknown', Service_Component: 'Day care' })]);
    expect(nd(r, '2E(2)')).toEqual([0, 1]);
  });

  it('community home support is "presumed at home": settled', async () => {
    const r = await derive([service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Accommodation_Status: 'Unknown', Service_Component: 'Home Support' })]);
    expect(nd(r, '2E(2)')).toEqual([1, 1]);
  });

  it('only service events are read: a later review does not hide the latest service', async () => {
    // #Unknown_IDs_Service_Details joins "#CLD where Event_Type = 'Service'". Home support ended 1 Oct; a review ended in January.
    const r = await derive([
      service('Long Term Support: Community', '2024-01-01', '2024-10-01', { ...who('A'), Service_Component: 'Home Support' }),
      row({ ...who('A'), Event_Type: 'Review', Event_Start_Date: '2025-01-01', Event_End_Date: '2025-01-02', Accommodation_Status: 'Unknown' }),
    ]);
    expect(nd(r, '2E(2)')).toEqual([1, 1]);
  });

  it('two different mappable components tied on the latest service give no component: presumed in the community', async () => {
    const r = await derive([
      service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Accommodation_Status: 'Unknown', Service_Component: 'Home Support' }),
      service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Accommodation_Status: 'Unknown', Service_Component: 'Shared Lives' }),
    ]);
    expect(nd(r, '2E(2)')).toEqual([0, 1]);
  });
});

describe('events that start after the date of death (create_FilterToEventsInPeriod_procedure.sql)', () => {
  // Rows are kept only where "Der_Date_of_Death IS NULL OR (… AND Der_Date_of_Death >= Event_Start_Date)".
  const carer = (over: Record<string, string>) => row({ ...who('C', '1960'), Client_Type: 'Carer', Event_Type: 'Service', Service_Type: 'Carer Support: Direct to Carer', Service_Component: 'Direct Payment', Delivery_Mechanism: 'Direct Payment', Event_Start_Date: '2024-07-01', ...over });

  it("a carer's service starting after the carer's death is dropped and counted as such", async () => {
    const r = await derive([carer({ Date_of_Death: '2024-06-01' })]);
    expect(nd(r, '3D(1b)')).toEqual([0, 0]);
    expect(r.dataQuality.rejected).toContainEqual({ reason: 'event_after_death', path: 'Event_Start_Date', rows: 1 });
    expect(r.dataQuality.rowsUsed + r.dataQuality.rowsRejected).toBe(r.dataQuality.rowsRead);
  });

  it('an event starting on the day of death is kept, ending that day', async () => {
    const r = await derive([carer({ Date_of_Death: '2024-07-01' })]);
    expect(nd(r, '3D(1b)')).toEqual([1, 1]);
  });

  it('a residential admission starting after death is not an admission (2C)', async () => {
    const r = await derive([service('Long Term Support: Residential Care', '2024-07-01', undefined, { ...who('A'), Date_of_Death: '2024-06-15' })]);
    expect(nd(r, '2C')).toEqual([0, 40_000]);
  });

  it('policy "keep-ended-at-start": the event is kept, but a carer who died before the period is still out of 3D (3D script: death >= period start)', async () => {
    const keep = extendPack(defaultCldPack, {
      id: 'keep', version: '1',
      entries: { eventsStartingAfterDeath: [{ validFrom: '2023-04-01', value: 'keep-ended-at-start', citation: 'test policy', kind: 'policy' }] },
    });
    expect(nd(await derive([carer({ Date_of_Death: '2024-06-01' })], { pack: keep }), '3D(1b)')).toEqual([1, 1]);
    expect(nd(await derive([carer({ Date_of_Death: '2024-03-01' })], { pack: keep }), '3D(1b)')).toEqual([0, 0]);
  });
});

describe('service de-duplication key (Main_tables/docs/methodology/6-deduplication.md)', () => {
  // Joined submissions: a service is keyed by council, person, start, client type, service type and component;
  // the delivery mechanism is not part of the key, so the later submission's copy wins.
  const copies = [
    service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Service_Component: 'Home Support', Delivery_Mechanism: 'Direct Payment', Reporting_Period_End_Date: '2024-12-31' }),
    service('Long Term Support: Community', '2024-01-01', undefined, { ...who('A'), Service_Component: 'Home Support', Delivery_Mechanism: 'CASSR Commissioned Support', Reporting_Period_End_Date: '2025-03-31' }),
  ];

  it('2024-25: a copy resubmitted with another delivery mechanism is the same service; the latest submission wins', async () => {
    const r = await derive(copies);
    expect(r.dataQuality.duplicatesRemoved).toBe(1);
    expect(nd(r, '3D(2a)')).toEqual([0, 1]);
  });

  it('2023-24 (NHSE key with the delivery mechanism): two services', async () => {
    const r = await derive(copies.map((c) => ({ ...c, Event_Start_Date: '2023-01-01', Reporting_Period_End_Date: '2024-03-31' })), { period: Y2324 });
    expect(r.dataQuality.duplicatesRemoved).toBe(0);
    expect(nd(r, '3D(2a)')).toEqual([1, 1]);
  });
});

describe('the JSON Schema of a row accepts the blank cells the function accepts', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(toJsonSchema(CldEventSchema));
  const blanks = { LA_Code: 'E1', LA_Person_Unique_Identifier: 'P1', NHS_Number: '', Der_NHS_Number_Traced: '', Der_Birth_Year: '', Der_Birth_Month: '', Date_of_Death: '', Client_Type: 'Service User', Event_Type: 'Service', Service_Type: 'Long Term Support: Community', Service_Component: '', Delivery_Mechanism: '', Event_Outcome: '', Accommodation_Status: '', Primary_Support_Reason: '', Event_Start_Date: '2024-01-01', Event_End_Date: '' };

  it('a row with blank optional cells is valid for both', async () => {
    expect(validate(blanks)).toBe(true);
    expect((await derive([blanks])).dataQuality.rowsUsed).toBe(1);
  });

  it('a value outside a defined list, or a blank required cell, is invalid for both', async () => {
    for (const bad of [{ ...blanks, Service_Type: 'Community' }, { ...blanks, Client_Type: '' }, { ...blanks, Event_Start_Date: '' }]) {
      expect(validate(bad)).toBe(false);
      expect((await derive([bad])).dataQuality.rowsUsed).toBe(0);
    }
  });
});

describe('outcome spellings: near-misses are accepted only through an explicit recode table', () => {
  const withSpelling = (outcome: string, id = 'A') => service('Short Term Support: ST-Max', '2024-05-01', '2024-05-20', { ...who(id), Service_Component: 'Reablement', Event_Outcome: outcome });

  it('without recode, "NFA - Other" (the list has "NFA- Other") and a hyphen for the en dash are refused and counted', async () => {
    const r = await derive([withSpelling('NFA - Other'), withSpelling('NFA - Support ended - other reason')]);
    expect(r.dataQuality.rejected).toContainEqual({ reason: 'invalid_value', path: 'Event_Outcome', rows: 2 });
    expect(r.dataQuality.recoded).toEqual([]);
  });

  it('with recode: CLD_OUTCOME_NEAR_MISSES, they are read as the listed values, counted and warned', async () => {
    const r = await derive([withSpelling('NFA - Other'), withSpelling('NFA - Support ended - other reason', 'B')], { recode: { Event_Outcome: CLD_OUTCOME_NEAR_MISSES } });
    expect(r.dataQuality.rowsUsed).toBe(2);
    // Both episodes end in an NFA outcome counted in the 2A numerator (DHSC Included_In_Num).
    expect(nd(r, '2A')).toEqual([2, 2]);
    expect(r.dataQuality.recoded).toEqual([{ column: 'Event_Outcome', rows: 2 }]);
    expect(r.warnings.some((w) => w.includes('recoded'))).toBe(true);
  });

  it('a recode target outside the defined list is refused', async () => {
    const error = await derive([], { recode: { Event_Outcome: { 'NFA - Other': 'NFA - Other' } } as never }).then(() => undefined, (e: unknown) => e);
    expect(isRulesError(error)).toBe(true);
  });
});

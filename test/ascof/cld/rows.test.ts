// Row-level rules: person identifier (the worked example of NHSE's Central Transformation Principles,
// ascof.md §4.1), deduplication, derived end dates and the row accounting.
import { describe, expect, it } from 'vitest';
import { Y2324, derive, nd, row, service, stmax } from './helpers.js';

const req = (start: string, ids: { NHS_Number?: string; LA_Person_Unique_Identifier?: string }) => {
  const r = row({ Event_Type: 'Request', Event_Start_Date: start, Event_End_Date: start, Event_Outcome: 'NFA - Information & Advice / Signposting only' });
  delete (r as Record<string, unknown>).LA_Person_Unique_Identifier;
  return { ...r, ...ids };
};

describe('person identifier (CTP worked example: (123,NULL)→123, (123,456)→123, (NULL,456)→excluded, (NULL,789)→789)', () => {
  const rows = [
    req('2023-05-01', { NHS_Number: '123' }),
    req('2023-05-02', { NHS_Number: '123', LA_Person_Unique_Identifier: '456' }),
    req('2023-05-03', { LA_Person_Unique_Identifier: '456' }),
    req('2023-05-04', { LA_Person_Unique_Identifier: '789' }),
  ];

  it('2023-24 (NHSE hybrid rule): two people, the bare 456 row is excluded and counted', async () => {
    const r = await derive(rows, { period: Y2324 });
    expect(r.dataQuality.people).toBe(2);
    expect(r.dataQuality.rejected).toEqual([{ reason: 'identifier_excluded', path: 'NHS_Number', rows: 1 }]);
    expect(r.dataQuality.identifierFallbacks).toEqual({ tracedNhsNumber: 0, laNhsNumber: 2, laPersonId: 1, excludedLinkedLaId: 1 });
    expect([r.dataQuality.rowsRead, r.dataQuality.rowsUsed]).toEqual([4, 3]);
  });

  it('2024-25 (DHSC fallback chain): three people, nothing excluded', async () => {
    const shifted = rows.map((x) => ({ ...x, Event_Start_Date: x.Event_Start_Date.replace('2023', '2024'), Event_End_Date: x.Event_Start_Date.replace('2023', '2024') }));
    const r = await derive(shifted);
    expect(r.dataQuality.people).toBe(3);
    expect(r.dataQuality.rowsUsed).toBe(4);
  });

  it('the traced NHS number wins over the council one; a row with no identifier is rejected', async () => {
    const r = await derive([
      req('2024-05-01', { NHS_Number: '111', Der_NHS_Number_Traced: '999' } as never),
      req('2024-05-02', { NHS_Number: '999' }),
      req('2024-05-03', {}),
    ]);
    expect(r.dataQuality.people).toBe(1);
    expect(r.dataQuality.identifierFallbacks.tracedNhsNumber).toBe(1);
    expect(r.dataQuality.rejected).toEqual([{ reason: 'no_person_identifier', path: 'LA_Person_Unique_Identifier', rows: 1 }]);
  });
});

describe('deduplication (ascof.md §4.1)', () => {
  const openLts = (over = {}) => service('Long Term Support: Community', '2024-01-01', undefined, { Delivery_Mechanism: 'Direct Payment', ...over });

  it('an identical row twice is one event and one duplicate', async () => {
    const r = await derive([openLts(), openLts()]);
    expect(nd(r, '3D(1a)')).toEqual([1, 1]);
    expect(r.dataQuality.duplicatesRemoved).toBe(1);
    expect([r.dataQuality.rowsRead, r.dataQuality.rowsUsed, r.dataQuality.rowsRejected]).toEqual([2, 1, 1]);
  });

  it('the latest submission wins: a service open in June and closed in September is closed', async () => {
    const r = await derive([openLts({ Reporting_Period_End_Date: '2024-06-30' }), openLts({ Reporting_Period_End_Date: '2024-09-30', Event_End_Date: '2024-08-01' })]);
    expect(nd(r, '3D(1a)')).toEqual([0, 0]);
    expect(r.dataQuality.duplicatesRemoved).toBe(1);
  });

  it('a service open in an older submission and absent from the latest is cropped to that submission end', async () => {
    const other = row({ Event_Type: 'Request', Event_Start_Date: '2025-03-01', Event_End_Date: '2025-03-02', LA_Person_Unique_Identifier: 'P2', Reporting_Period_End_Date: '2025-03-31' });
    const r = await derive([openLts({ Reporting_Period_End_Date: '2024-06-30' }), other]);
    expect(nd(r, '3D(1a)')).toEqual([0, 0]);
    const alone = await derive([openLts({ Reporting_Period_End_Date: '2024-06-30' })]);
    expect(nd(alone, '3D(1a)')).toEqual([1, 1]);
  });

  it('within one submission the copy with no end date wins', async () => {
    const r = await derive([openLts({ Event_End_Date: '2024-08-01' }), openLts()]);
    expect(nd(r, '3D(1a)')).toEqual([1, 1]);
  });

  it('then the outcome highest in the hierarchy wins (I&A over "support declined")', async () => {
    const r = await derive([stmax('2024-06-01', '2024-06-20', 'NFA - Support declined'), stmax('2024-06-01', '2024-06-20', 'NFA - Information & Advice / Signposting only')]);
    expect(nd(r, '2A')).toEqual([1, 1]);
    expect(r.dataQuality.duplicatesRemoved).toBe(1);
  });

  it('requests are distinct when their route of access differs', async () => {
    const a = row({ Event_Type: 'Request', Event_Start_Date: '2024-05-01', Event_End_Date: '2024-05-01', Request_Route_of_Access: 'Community' });
    const r = await derive([a, { ...a, Request_Route_of_Access: 'Hospital' }, { ...a }]);
    expect(r.dataQuality.duplicatesRemoved).toBe(1);
    expect(r.dataQuality.rowsUsed).toBe(2);
  });

  it('derived end date: a date of death before the end ends the service, so it is not open at the year end', async () => {
    const r = await derive([openLts({ Date_of_Death: '2025-01-10' })]);
    expect(nd(r, '3D(1a)')).toEqual([0, 0]);
  });
});

describe('row accounting', () => {
  it('invalid values are rejected by field path, never corrected; rejected + used = read', async () => {
    const good = row({ Event_Type: 'Request', Event_Start_Date: '2024-05-01', Event_End_Date: '2024-05-02' });
    const rows = [
      good,
      { ...good, Service_Type: 'Long Term Support: Community Care' },
      { ...good, Event_Type: 'Phone call' },
      { ...good, Event_End_Date: '2024-04-30' },
      { ...good, Event_Start_Date: '2024-02-30' },
      { ...good, Shoe_Size: '9' },
      42,
      { ...good, Event_Start_Date: '2019-01-01', Event_End_Date: '2019-01-02' },
    ];
    const r = await derive(rows);
    const dq = r.dataQuality;
    expect(dq.rowsRead).toBe(8);
    expect(dq.rowsUsed).toBe(1);
    expect(dq.rowsRejected).toBe(7);
    expect(dq.rejected.map((x) => `${x.reason}@${x.path}`).sort()).toEqual(
      ['end_before_start@Event_End_Date', 'invalid_format@Event_Start_Date', 'invalid_type@(input)', 'invalid_value@Event_Type', 'invalid_value@Service_Type', 'outside_period@Event_End_Date', 'unrecognized_keys@(input)'].sort(),
    );
  });

  it('rows of another council are rejected when laCode is given', async () => {
    const a = row({ Event_Type: 'Request', Event_Start_Date: '2024-05-01', Event_End_Date: '2024-05-02' });
    const r = await derive([a, { ...a, LA_Code: 'E2' }], { laCode: 'E1' });
    expect(r.dataQuality.rejected).toEqual([{ reason: 'other_local_authority', path: 'LA_Code', rows: 1 }]);
  });
});

// The one-pass path for CSV records (issue 13) must give exactly what the row-object path gives: same figures,
// same data-quality report, for valid, invalid, duplicated and malformed records alike.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLD_FIELDS, generateSyntheticCld, type DeriveAscofFromCldResult } from '../../../src/ascof/index.js';
import { _startCldDerivation } from '../../../src/ascof/cld/derive.js';
import { derive, POP, Y2425 } from './helpers.js';

const same = (r: DeriveAscofFromCldResult) => ({ measures: r.measures, dataQuality: r.dataQuality, warnings: r.warnings });

// Cells that the fast checks must hand to the schema: outside a list, bad dates, too long, half a birth date, end before start.
const oddCell = fc.constantFrom<[string, string]>(
  ['Service_Type', 'Long Term Support: Community Care'],
  ['Event_Outcome', 'NFA - Other'],
  ['Event_End_Date', '2024-02-30'],
  ['Event_Start_Date', ''],
  ['Date_of_Death', '31/01/2025'],
  ['Der_Birth_Month', ''],
  ['Der_Birth_Year', '0000'],
  ['Client_Type', 'service user'],
  ['LA_Person_Unique_Identifier', 'x'.repeat(201)],
  ['Event_End_Date', '2000-01-01'],
  ['Reporting_Period_Start_Date', '2024-13-01'],
  ['Accommodation_Status', 'Unknown'],
);

describe('CSV records checked and converted in one pass', () => {
  it('property: addRecord gives the same result as the row objects (valid, odd, duplicated and short records)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.tuple(fc.nat({ max: 400 }), oddCell), { maxLength: 30 }), fc.nat({ max: 400 }), async (seed, odd, short) => {
        const rows = [...generateSyntheticCld({ seed, people: 80, period: Y2425, duplicateRate: 0.1 })].map((r) => ({ ...r }) as Record<string, unknown>);
        for (const [i, [column, value]] of odd) if (rows.length > 0) rows[i % rows.length]![column] = value;
        const records = rows.map((r) => CLD_FIELDS.map((f) => (r[f] === undefined ? '' : String(r[f]))));
        if (records.length > 0) records[short % records.length] = records[short % records.length]!.slice(0, 10);
        const objects = records.map((values) => Object.fromEntries(CLD_FIELDS.map((f, i) => [f, values[i] ?? '']).filter(([, v]) => v !== '')));
        const a = await derive(objects);
        const run = _startCldDerivation({ period: Y2425, population: POP });
        run.ingest.columns([...CLD_FIELDS, 'Shoe_Size']);
        for (const values of records) run.ingest.addRecord([...values, ...(values.length === CLD_FIELDS.length ? ['9'] : [])]);
        const b = run.finish();
        expect(same(b)).toEqual(same(a));
        expect(b.dataQuality.rowsRead).toBe(records.length);
      }),
      { numRuns: 15 },
    );
  });
});

describe('partial states merge (the rows split any way, across threads or jobs)', () => {
  it('property: rows dealt to 1-3 partial runs and merged give the same result as one run', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 1000 }), fc.boolean(), async (seed, parts, salt, byRange) => {
        const rows = [...generateSyntheticCld({ seed, people: 60, period: Y2425, duplicateRate: 0.1, invalidRate: 0.02 })];
        const one = await derive(rows);
        const runs = Array.from({ length: parts }, () => _startCldDerivation({ period: Y2425, population: POP }));
        // Split by contiguous ranges (a file cut in byte ranges) or scattered (rows of one person in several parts).
        rows.forEach((r, i) => runs[byRange ? Math.floor((i * parts) / rows.length) : (i * 7 + salt) % parts]!.ingest.add(r));
        const merged = _startCldDerivation({ period: Y2425, population: POP });
        for (const run of runs) merged.ingest.merge(run.ingest.exportState());
        const b = merged.finish();
        expect(same(b)).toEqual(same(one));
      }),
      { numRuns: 25 },
    );
  });
});

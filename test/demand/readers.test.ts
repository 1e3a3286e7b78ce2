import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CFAS_II_DEMENTIA_RATES, projectDemand } from '../../src/demand/index.js';
import { isRulesError, type RulesError } from '../../src/index.js';
import { readAgeLabel, readOnsPopulationCsv, readSexCode } from '../../src/readers/index.js';

function error(f: () => unknown): RulesError {
  try {
    f();
  } catch (e) {
    if (isRulesError(e)) return e;
    throw e;
  }
  throw new Error('no error');
}

// The NOMIS API CSV columns (dataset NM_2006_1, SNPP): GENDER 1/2 and C_AGE_NAME "Age 65" / "Aged 90+".
const nomis = [
  'DATE,DATE_NAME,GEOGRAPHY_CODE,GEOGRAPHY_NAME,GENDER,GENDER_NAME,C_AGE,C_AGE_NAME,MEASURES,MEASURES_NAME,OBS_VALUE',
  '2030,2030,E10000018,Leicestershire,1,Male,166,Age 65,20100,Value,4500',
  '2030,2030,E10000018,Leicestershire,2,Female,166,Age 65,20100,Value,4700',
  '2030,2030,E10000018,Leicestershire,2,Female,191,Aged 90+,20100,Value,3000',
  '2030,2030,E10000018,Leicestershire,2,Female,191,Aged 90+,20200,Percent,0.4',
  '2030,2030,E10000018,Leicestershire,0,Total,200,All Ages,20100,Value,720000',
].join('\n');

describe('readOnsPopulationCsv', () => {
  it('reads the NOMIS long layout with sex codes 1/2, keeps "Value" rows and skips totals', () => {
    const r = readOnsPopulationCsv(nomis);
    expect(r.layout).toBe('nomis-long');
    expect(r.rows).toEqual([
      { area: 'E10000018', year: 2030, sex: 'male', ageBand: '65', people: '4500' },
      { area: 'E10000018', year: 2030, sex: 'female', ageBand: '65', people: '4700' },
      { area: 'E10000018', year: 2030, sex: 'female', ageBand: '90+', people: '3000' },
    ]);
    expect(r.skipped).toEqual([
      { reason: 'measure other than Value (e.g. Percent)', count: 1 },
      { reason: 'total over all ages', count: 1 },
    ]);
    expect(r.areas).toEqual([{ code: 'E10000018', name: 'Leicestershire' }]);
  });

  it('reads every usual sex code, and age labels of single years, 5-year bands and open bands', () => {
    for (const [code, sex] of [['1', 'male'], ['2', 'female'], ['M', 'male'], ['f', 'female'], ['Males', 'male'], ['female', 'female'], ['persons', 'persons'], ['Total', 'persons'], ['0', 'persons']] as const) {
      expect(readSexCode(code)).toBe(sex);
    }
    expect(readSexCode('3')).toBeUndefined();
    expect(readAgeLabel('90 and over')).toBe('90+');
    expect(readAgeLabel('Aged 65 - 69')).toBe('65-69');
    expect(readAgeLabel('65-69')).toBe('65-69');
    expect(readAgeLabel('Age 67')).toBe('67');
    expect(readAgeLabel('Aged 85 and over')).toBe('85+');
    expect(readAgeLabel('All ages')).toBeNull();
    expect(readAgeLabel('sixty')).toBeUndefined();
  });

  it('reads 5-year bands in the SNPP layout, M/F codes, and keeps the file\'s decimals as strings', () => {
    const csv = ['"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2030"', 'E07000129,Blaby,Population,M,60-64,3000.125', 'E07000129,Blaby,Population,F,65-69,3100.500', 'E07000129,Blaby,Population,F,90+,900.000'].join('\n');
    const r = readOnsPopulationCsv(csv, { fromAge: 65, area: 'name' });
    expect(r.rows).toEqual([
      { area: 'Blaby', year: 2030, sex: 'female', ageBand: '65-69', people: '3100.500' },
      { area: 'Blaby', year: 2030, sex: 'female', ageBand: '90+', people: '900.000' },
    ]);
  });

  it('one issue per kind of problem, not one per row: 192 rows with an unknown sex code give one issue', () => {
    const rows = Array.from({ length: 192 }, (_, i) => `E07000129,Blaby,Population,X,${i % 90},1.000`);
    const e = error(() => readOnsPopulationCsv(['"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2030"', ...rows].join('\n')));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]!.path).toEqual(['csv', 2, 'SEX']);
    expect(e.issues[0]!.message).toBe('must be a sex code: 1/2, M/F, male(s)/female(s) or persons/total (and 191 more lines like it)');
  });

  it('refuses an unknown header, a count that is not a number, and a file filtered down to nothing', () => {
    expect(error(() => readOnsPopulationCsv('a,b\n1,2')).issues[0]!.code).toBe('invalid_csv');
    const e = error(() => readOnsPopulationCsv('"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2030"\nE07000129,Blaby,Population,males,70,-5'));
    expect(e.issues[0]!.path).toEqual(['csv', 2, '2030']);
    expect(error(() => readOnsPopulationCsv(nomis, { areas: ['E99999999'] })).issues[0]!.code).toBe('too_small');
    expect(error(() => readOnsPopulationCsv('"A\n', {})).issues[0]!.code).toBe('invalid_csv');
  });

  it('feeds projectDemand directly: persons rates against a population by sex and single year', () => {
    const csv = ['"AREA_CODE","AREA_NAME","COMPONENT","SEX","AGE_GROUP","2030"', 'E06000016,Leicester,Population,1,90 and over,1000', 'E06000016,Leicester,Population,2,90 and over,3000'].join('\n');
    const p = projectDemand({
      asOf: '2026-11-23',
      measure: 'People 90+',
      population: readOnsPopulationCsv(csv).rows,
      rates: { kind: 'rates', name: 'R', source: 'S', baseYear: 2030, unit: 'percent', rates: [{ sex: 'persons', ageBand: '90+', rate: '10' }] },
    });
    expect(p.totals[0]!.people.exact).toBe('400');
  });

  it('never throws anything but a RulesError, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        try {
          readOnsPopulationCsv(text);
        } catch (e) {
          expect(isRulesError(e)).toBe(true);
        }
      }),
    );
  });

  it('the demand area imports no CSV parser (only zod, decimal.js and date-fns at run time)', () => {
    const files = readdirSync('src/demand', { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && f.name.endsWith('.ts'));
    const seen = new Set<string>();
    for (const f of files) {
      const text = readFileSync(`${f.parentPath}/${f.name}`, 'utf8');
      for (const m of text.matchAll(/^(?:import|export|\}) [^\n]*from '([^'.][^']*)'/gm)) seen.add(m[1]!);
    }
    for (const d of seen) expect(['zod', 'decimal.js', 'date-fns', '@date-fns/tz']).toContain(d);
    expect(seen.has('zod')).toBe(true);
    expect(readFileSync('src/readers/index.ts', 'utf8')).toContain("from 'csv-parse/sync'");
    // Sanity: CFAS II still loads through the area entry.
    expect(CFAS_II_DEMENTIA_RATES.rates).toHaveLength(12);
  });
});

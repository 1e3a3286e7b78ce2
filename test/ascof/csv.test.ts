import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ASCOF_CSV_HEADER, calculateAscofMeasure, csvField, formatAscofCsv, toAscofCsvRows } from '../../src/ascof/index.js';

/** A reference RFC 4180 reader for one line without embedded newlines (test-only; the library writes, never reads). */
function readLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i += 1;
      for (;;) {
        if (line[i] === '"' && line[i + 1] === '"') { v += '"'; i += 2; }
        else if (line[i] === '"') { i += 1; break; }
        else { v += line[i]; i += 1; }
      }
      out.push(v);
      i += 1;
    } else {
      const end = line.indexOf(',', i);
      const stop = end === -1 ? line.length : end;
      out.push(line.slice(i, stop));
      i = stop + 1;
    }
    if (i > line.length) break;
  }
  return out;
}

describe('ASCOF CSV output', () => {
  it('quotes commas and quotes, and leaves plain fields alone', () => {
    expect(csvField('Bristol, City of')).toBe('"Bristol, City of"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('566.0')).toBe('566.0');
    expect(csvField('[c]')).toBe('[c]');
  });

  it('writes the official layout: header, then Numerator, Denominator, Outcome rows', () => {
    const r = calculateAscofMeasure('2C', { numerator: 1123, denominator: 198400 }, { year: '2023-24' });
    const text = formatAscofCsv(toAscofCsvRows({ code: 'E08000026', description: 'Coventry' }, { code: r.code, ...r.published }));
    expect(text.split('\r\n')).toEqual([
      ASCOF_CSV_HEADER.join(','),
      'E08000026,Coventry,Local authority,E08000026,2C,Total,Numerator,1123',
      'E08000026,Coventry,Local authority,E08000026,2C,Total,Denominator,198400',
      'E08000026,Coventry,Local authority,E08000026,2C,Total,Outcome,566.0',
      '',
    ]);
  });

  it('round-trips any field without newlines through an RFC 4180 reader', () => {
    fc.assert(fc.property(fc.array(fc.string().filter((s) => !/[\r\n]/.test(s)), { minLength: 1, maxLength: 8 }), (fields) => {
      expect(readLine(fields.map(csvField).join(','))).toEqual(fields);
    }));
  });
});

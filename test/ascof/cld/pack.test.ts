// Publication: CLD figures are rounded and suppressed by the ASCOF registry (a council overrides suppression once,
// in the ascof pack); the CLD method of a year is law and cannot be changed.
// Also: every entry point refuses junk with a RulesError only.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, toJsonSchema } from '../../../src/index.js';
import {
  CldEventSchema,
  DeriveAscofFromCldOptionsSchema,
  calculateAscofMeasure,
  cldPackSpec,
  defaultAscofPack,
  type CldMeasureCode,
  defaultCldPack,
  deriveAscofFromCld,
  cldCsvRows,
  generateSyntheticCld,
  parseCldEvent,
  type CldEventInput,
} from '../../../src/ascof/index.js';
import { _fastParse } from '../../../src/ascof/cld/schema.js';
import { _cldPublisher } from '../../../src/ascof/cld/value.js';
import { Y2324, Y2425, derive, stmax } from './helpers.js';

const three = [
  stmax('2024-06-01', '2024-06-20', 'Service ended as planned', { LA_Person_Unique_Identifier: 'A' }),
  stmax('2024-06-01', '2024-06-20', 'NFA - Information & Advice / Signposting only', { LA_Person_Unique_Identifier: 'B' }),
  stmax('2024-06-01', '2024-06-20', 'Progress to Support Planning / Services', { LA_Person_Unique_Identifier: 'C' }),
];
const withLts = [...three, { ...three[2]!, Event_Type: 'Service', Service_Type: 'Long Term Support: Community', Service_Component: 'Home Support', Event_Start_Date: '2024-06-21', Event_End_Date: undefined, Event_Outcome: undefined } as CldEventInput];

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('publication: the ASCOF registry rounds and suppresses every CLD figure (one rule, as calculateAscofMeasure)', () => {
  it('2 of 3 is 66.7% (half away from zero, 1 dp) but suppressed as [c] under the default policy (denominator < 5)', async () => {
    const r = await derive(withLts);
    const m = r.measures.find((x) => x.code === '2A')!;
    const t = m.total!;
    expect([t.numerator, t.denominator, t.value?.value]).toEqual([2, 3, '66.7']);
    expect(t.published).toEqual({ numerator: '[c]', denominator: '[c]', value: '[c]' });
    expect(t.suppressed).toBe(true);
    expect(m.publishedAs).toEqual({ year: '2024-25', code: '2A' });
    expect(r.warnings.some((w) => w.startsWith('unpublishedSuppression: UNVERIFIED'))).toBe(true);
    expect(r.warnings.some((w) => /^UNVERIFIED rounding rule for 2A, .*half away from zero to 1 decimal place/.test(w))).toBe(true);
    // The same counts through calculateAscofMeasure publish the same figures.
    const direct = calculateAscofMeasure('2A', { numerator: 2, denominator: 3 }, { year: '2024-25' });
    expect(direct.published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '[c]' });
  });

  it('a zero denominator publishes [x] as the outcome and withholds the counts (3D carers when there are none)', async () => {
    const t = (await derive(withLts)).measures.find((m) => m.code === '3D(1b)')!.total!;
    expect([t.numerator, t.denominator, t.value]).toEqual([0, 0, undefined]);
    expect(t.published).toEqual({ numerator: '[c]', denominator: '[c]', value: '[x]' });
  });

  it('a council overrides suppression once, in the ascof pack, and both entry points follow it', async () => {
    const local = extendPack(defaultAscofPack, {
      id: 'my-council',
      version: '2025.1',
      entries: {
        unpublishedSuppression: [{ validFrom: '2014-04-01', value: [{ basis: 'denominator', below: 2, suppress: ['outcome'], appliesTo: 'all', marker: '*' }], citation: 'Local publication policy', kind: 'policy' }],
      },
    });
    const r = await derive(withLts, { ascofPack: local });
    const t = r.measures.find((m) => m.code === '2A')!.total!;
    expect(t.published).toEqual({ numerator: '2', denominator: '3', value: '66.7' });
    expect(t.suppressed).toBe(false);
    expect(r.measures.find((m) => m.code === '3D(1b)')!.total!.published).toEqual({ numerator: '0', denominator: '0', value: '[x]' });
    expect(r.ascofPack.layers.map((l) => l.id)).toEqual(['coventry-ascof', 'my-council']);
    expect(r.pack.layers.map((l) => l.id)).toEqual(['ascof-cld']);
    expect(r.trace.parameters.some((p) => p.key === 'unpublishedSuppression' && p.layer === 'my-council@2025.1')).toBe(true);
    expect(calculateAscofMeasure('2A', { numerator: 2, denominator: 3 }, { year: '2024-25', pack: local }).published.outcome).toBe('66.7');
    // One denominator: 1 of 1 is withheld as "*", the counts published.
    const one = (await derive([withLts[0]!], { ascofPack: local })).measures.find((m) => m.code === '2A')!.total!;
    expect(one.published).toEqual({ numerator: '1', denominator: '1', value: '*' });
  });

  it('the CLD pack has no rounding or suppression of its own, and a rule a council cannot change (the registry) is refused', async () => {
    expect(Object.keys(cldPackSpec)).not.toContain('suppression');
    expect(Object.keys(cldPackSpec)).not.toContain('valueRounding');
    expect(() => extendPack(defaultCldPack, { id: 'x', version: '1', entries: { suppression: [{ validFrom: '2023-04-01', value: {}, citation: 'wish', kind: 'policy' }] } } as never)).toThrow(/not a parameter/);
    const error = await rejection(derive(three, { ascofPack: defaultCldPack as never }));
    expect(isRulesError(error) && error.issues.every((i) => i.path[0] === 'options' && i.path[1] === 'ascofPack')).toBe(true);
  });

  it('a 2023-24 period is published by the 2023-24 registry (SALT rule: total counts withheld under 5, outcome shown, half even)', async () => {
    const rows = withLts.map((x) => ({ ...x, Event_Start_Date: x.Event_Start_Date.replace('2024', '2023'), ...(x.Event_End_Date ? { Event_End_Date: x.Event_End_Date.replace('2024', '2023') } : {}), Reporting_Period_End_Date: '2024-03-31' }));
    const r = await derive(rows, { period: Y2324 });
    const m = r.measures.find((x) => x.code === '2A')!;
    expect(m.publishedAs).toEqual({ year: '2023-24', code: '2A' });
    expect(m.total!.published).toEqual({ numerator: '[c]', denominator: '[c]', value: '66.7' });
    expect(r.measures.find((x) => x.code === '2E(1)')!.publishedAs).toEqual({ year: '2023-24', code: '2E' });
    expect(r.measures.find((x) => x.code === '2E(2)')!.publishedAs).toEqual({ year: '2024-25', code: '2E(2)' });
    expect(r.warnings).toContain('2E(2) is not an ASCOF measure in 2023-24: its figures are published by the 2024-25 definition.');
  });

  it('the tie 1 / 16 = 6.25% rounds to 6.3 (2024-25, half away from zero) and 6.2 (2023-24, half even)', () => {
    expect(_cldPublisher('t', '2024-25', undefined).figure('2A', 'Total', 1, 16).published.value).toBe('6.3');
    expect(_cldPublisher('t', '2023-24', undefined).figure('2A', 'Total', 1, 16).published.value).toBe('6.2');
  });

  it('property: every CLD figure is published exactly as calculateAscofMeasure publishes the same counts', () => {
    const codes: CldMeasureCode[] = ['2A', '2B', '2C', '2D(1)', '2D(2)', '2E(1)', '2E(2)', '3D(1a)', '3D(2a)', '3D(1b)', '3D(2b)'];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom('2023-24', '2024-25', '2025-26'),
        fc.constantFrom('Total', '18 to 64', '65 and above'),
        fc.nat({ max: 2000 }),
        fc.nat({ max: 2000 }),
        (code, year, level, a, b) => {
          const [n, d] = a <= b ? [a, b] : [b, a];
          const p = _cldPublisher('t', year, undefined);
          const f = p.figure(code, level, n, d);
          const as = p.publishedAs(code);
          const direct = calculateAscofMeasure(as.code, { numerator: n, denominator: d }, { year: as.year, disaggregation: level });
          expect(f.published).toEqual({ numerator: direct.published.numerator, denominator: direct.published.denominator, value: direct.published.outcome });
          expect(f.suppressed).toBe(direct.suppressed);
          if (!f.suppressed) expect(f.value?.value).toBe(direct.value?.value);
          expect(f.scale).toBe(code === '2B' || code === '2C' ? 100000 : 100);
        },
      ),
    );
  });

  it('a council cannot change the method: extendPack refuses a law parameter, deriveAscofFromCld a hand-built pack', async () => {
    expect(() =>
      extendPack(defaultCldPack, { id: 'x', version: '1', entries: { stMaxClusterGapDays: [{ validFrom: '2024-04-01', value: 14, citation: 'wish', kind: 'law' }] } }),
    ).toThrow(/national law/);
    const forged = { ...defaultCldPack, entries: { ...defaultCldPack.entries, newClientLookbackDays: [{ ...defaultCldPack.entries.newClientLookbackDays[1]!, value: 30 }] } };
    const error = await rejection(derive(three, { pack: forged as typeof defaultCldPack }));
    expect(isRulesError(error) && error.issues[0]?.code).toBe('law_override');
  });

  it('a period before the method existed (2022-23) is refused, not guessed', async () => {
    const error = await rejection(derive(three, { period: { start: '2022-04-01', end: '2023-03-31' } }));
    expect(isRulesError(error) && error.issues[0]?.code).toBe('no_value_in_force');
  });

  it('the trace cites the method of each measure and repeats the unverified warnings', async () => {
    const r = await derive(three);
    const step = r.trace.steps.find((s) => s.rule === 'ascof.cld.2A')!;
    expect(step.citation).toMatch(/Create_ASCOF_2A_2425_Onwards/);
    expect(step.warnings?.some((w) => /UNVERIFIED/.test(w))).toBe(true);
    expect(r.trace.parameters.find((p) => p.key === 'newClientLookbackDays')?.value).toBe(91);
    expect(r.trace.steps.find((s) => s.rule === 'ascof.cld.2D(1)')?.outcome).toBe('unknown');
  });
});

describe('entry points refuse junk with a RulesError only', () => {
  it('parseCldEvent', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        try {
          parseCldEvent(junk);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });

  it('parseCldEvent: a column named like an Object.prototype member is an unknown column, not a TypeError (fast-check counterexample)', () => {
    for (const key of ['valueOf', 'constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      const row = JSON.parse(`{"${key}":" ","Client_Type":"Service User","Event_Type":"Service","Service_Type":"Short Term Support: ST-Max","Event_Start_Date":"2024-05-01"}`) as unknown;
      let error: unknown;
      try {
        parseCldEvent(row);
      } catch (e) {
        error = e;
      }
      expect(isRulesError(error)).toBe(true);
    }
  });

  it('deriveAscofFromCld (events and options)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.anything(), async (events, options) => {
        const error = await rejection(deriveAscofFromCld(events as never, options as never));
        expect(error === undefined || isRulesError(error)).toBe(true);
      }),
    );
    const error = await rejection(deriveAscofFromCld(42 as never, { period: Y2425, population: { aged18to64: 1, aged65plus: 1 } }));
    expect(isRulesError(error) && error.issues[0]?.path).toEqual(['events']);
  });

  it('generateSyntheticCld and cldCsvRows', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        for (const f of [() => [...generateSyntheticCld(junk as never)].length, () => cldCsvRows(junk as never)]) {
          try {
            f();
          } catch (error) {
            expect(isRulesError(error)).toBe(true);
          }
        }
      }),
    );
  });

  it('messages name the field and never echo a personal value', () => {
    const secret = '9434765919';
    try {
      parseCldEvent({ Client_Type: 'Service User', Event_Type: 'Service', Event_Start_Date: '2024-01-01', NHS_Number: { n: secret }, Date_of_Death: secret });
      expect.unreachable();
    } catch (error) {
      expect(isRulesError(error)).toBe(true);
      const text = JSON.stringify((error as { issues: unknown }).issues);
      expect(text).not.toContain(secret);
      expect(text).toContain('NHS_Number');
    }
  });
});

describe('the fast path accepts only what the schema accepts', () => {
  const values = fc.oneof(
    fc.constantFrom('', 'Service User', 'Carer', 'Service', 'Request', 'Review', 'Long Term Support: Community', 'Direct Payment', 'Tenant', 'Refuge', 'Unknown', '2024-02-29', '2023-02-29', '2024-13-01', '0999-01-01', '1950', '7', '07', '13', '0', 'E1', 'x'.repeat(201)),
    fc.string({ maxLength: 12 }),
    fc.integer({ min: -5, max: 2300 }),
    fc.constant(null),
  );
  const keys = fc.constantFrom(...Object.keys(CldEventSchema.shape), 'Shoe_Size');
  it('whenever _fastParse returns a row, CldEventSchema parses the same row', () => {
    fc.assert(
      fc.property(fc.dictionary(keys, values, { maxKeys: 12 }), fc.constantFrom('Service User', 'Carer'), fc.constantFrom('Service', 'Review', 'Nonsense'), fc.constantFrom('2024-05-01', '2024-02-30', '2023-02-29'), (extra, client, type, start) => {
        const row = { ...extra, Client_Type: client, Event_Type: type, Event_Start_Date: start };
        const fast = _fastParse(row);
        if (fast === undefined) return;
        const blankless = Object.fromEntries(Object.entries(row as Record<string, unknown>).filter(([, v]) => v !== '' && v !== null && v !== undefined));
        expect(CldEventSchema.parse(blankless)).toEqual(fast);
      }),
      { numRuns: 500 },
    );
  });
});

describe('schemas', () => {
  it('have JSON Schemas', () => {
    expect(toJsonSchema(CldEventSchema).type).toBe('object');
    expect(toJsonSchema(DeriveAscofFromCldOptionsSchema).type).toBe('object');
  });

  it('parseCldEvent reads blanks as absent and refuses values outside the defined lists', () => {
    const ok = parseCldEvent({ Client_Type: 'Service User', Event_Type: 'Service', Service_Type: 'Short Term Support: ST-Max', Event_Start_Date: '2024-05-01', Event_End_Date: '' });
    expect(ok.Event_End_Date).toBeUndefined();
    expect(() => parseCldEvent({ Client_Type: 'service user', Event_Type: 'Service', Service_Type: 'Short Term Support: ST-Max', Event_Start_Date: '2024-05-01' })).toThrow(/Client_Type/);
  });
});

// The CLD pack: council policy (rounding, suppression) can be overridden; the method of a year cannot.
// Also: every entry point refuses junk with a RulesError only.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack, isRulesError, toJsonSchema } from '../../../src/index.js';
import {
  CldEventSchema,
  DeriveAscofFromCldOptionsSchema,
  defaultCldPack,
  deriveAscofFromCld,
  cldCsvRows,
  generateSyntheticCld,
  parseCldEvent,
  type CldEventInput,
} from '../../../src/ascof/index.js';
import { _fastParse } from '../../../src/ascof/cld/schema.js';
import { Y2425, derive, stmax } from './helpers.js';

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

describe('rounding and suppression (council policy)', () => {
  it('2 of 3 is 66.7% (half away from zero, 1 dp) but suppressed as [c] under the default rule (denominator < 5)', async () => {
    const r = await derive(withLts);
    const t = r.measures.find((m) => m.code === '2A')!.total!;
    expect([t.numerator, t.denominator, t.value?.value]).toEqual([2, 3, '66.7']);
    expect(t.published).toEqual({ numerator: '[c]', denominator: '[c]', value: '[c]' });
    expect(r.warnings.some((w) => w.startsWith('suppression: UNVERIFIED'))).toBe(true);
  });

  it('a council override publishes small counts and rounds to 2 places', async () => {
    const local = extendPack(defaultCldPack, {
      id: 'my-council',
      version: '2025.1',
      entries: {
        suppression: [{ validFrom: '2023-04-01', value: { minDenominator: 0, marker: '*', zeroDenominatorMarker: '-' }, citation: 'Local publication policy', kind: 'policy' }],
        valueRounding: [{ validFrom: '2023-04-01', value: { places: 2, mode: 'half-even' }, citation: 'Local publication policy', kind: 'policy' }],
      },
    });
    const r = await derive(withLts, { pack: local });
    const t = r.measures.find((m) => m.code === '2A')!.total!;
    expect(t.published).toEqual({ numerator: '2', denominator: '3', value: '66.67' });
    expect(r.measures.find((m) => m.code === '3D(1b)')!.total!.published.value).toBe('-');
    expect(r.pack.layers.map((l) => l.id)).toEqual(['ascof-cld', 'my-council']);
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

import * as z from 'zod';
import { bench, describe } from 'vitest';
import { defineRulePack, extendPack, resolve, resolveAll } from '../src/index.js';

// A pack of 50 policy parameters, each with 10 yearly periods, and a council layer over half of them.
const spec = Object.fromEntries(
  Array.from({ length: 50 }, (_, i) => [`p${i}`, { kind: 'policy' as const, schema: z.number(), description: `Parameter ${i}.` }]),
);
const years = Array.from({ length: 10 }, (_, y) => 2016 + y);
const base = defineRulePack(spec, {
  id: 'bench',
  version: '1',
  entries: Object.fromEntries(
    Object.keys(spec).map((k) => [k, years.map((y, i) => ({ validFrom: `${y}-04-01`, ...(i < years.length - 1 ? { validTo: `${y + 1}-04-01` } : {}), value: y, citation: 'Bench', kind: 'policy' as const }))]),
  ),
});
const layered = extendPack(base, {
  id: 'council',
  version: '1',
  entries: Object.fromEntries(Object.keys(spec).slice(0, 25).map((k) => [k, [{ validFrom: '2024-04-01', value: 1, citation: 'Council', kind: 'policy' as const }]])),
});

describe('rule pack resolution', () => {
  bench('resolve one parameter (10 periods, 2 layers)', () => {
    resolve(layered, 'p7', '2025-06-30');
  });
  bench('resolveAll (50 parameters)', () => {
    resolveAll(layered, '2025-06-30');
  });
  bench('extendPack (25 parameters)', () => {
    extendPack(base, { id: 'c', version: '1', entries: { p1: [{ validFrom: '2024-04-01', value: 1, citation: 'C', kind: 'policy' }] } });
  });
});

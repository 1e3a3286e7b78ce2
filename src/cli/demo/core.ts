import * as z from 'zod';
import { addClockHours, addWorkingDays } from '../../core/dates.js';
import { describeRounding, roundDecimal } from '../../core/decimal.js';
import { isRulesError } from '../../core/errors.js';
import { defineRulePack, extendPack, resolve } from '../../core/rulePack.js';
import type { DemoSection } from '../command.js';
import { issueLine } from '../io.js';

// A two-parameter sample pack: one national-law value and one local-policy value.
const spec = {
  capitalUpperLimit: { kind: 'law', schema: z.string(), description: 'Upper capital limit (£).' },
  visitEveryDays: { kind: 'policy', schema: z.number().int().positive(), description: 'Days between monitoring visits.' },
} as const;

/** The core walkthrough: packs, layering, the law floor, deadlines and rounding. */
export const coreDemo: DemoSection = {
  title: 'Core: rule packs, deadlines and rounding',
  run(io) {
    const base = defineRulePack(spec, {
      id: 'sample-base',
      version: '1',
      entries: {
        capitalUpperLimit: [{ validFrom: '2015-04-01', value: '23250', citation: 'SI 2014/2672 reg 12 (sample)', kind: 'law' }],
        visitEveryDays: [{ validFrom: '2024-04-01', value: 90, citation: 'Sample policy 2024', kind: 'policy' }],
      },
    });
    const local = extendPack(base, {
      id: 'sample-council',
      version: '2026.1',
      entries: { visitEveryDays: [{ validFrom: '2026-04-01', value: 60, citation: 'Sample cabinet decision', kind: 'policy' }] },
    });
    for (const date of ['2026-03-31', '2026-04-01']) {
      const r = resolve(local, 'visitEveryDays', date);
      io.stdout(`On ${date} a visit is due every ${r.value} days (${r.citation}; layer ${r.layer.id}@${r.layer.version}).\n`);
    }
    try {
      extendPack(base, {
        id: 'sample-council',
        version: '2026.2',
        entries: { capitalUpperLimit: [{ validFrom: '2026-04-01', value: '30000', citation: 'Wishful', kind: 'law' }] },
      });
    } catch (error) {
      if (!isRulesError(error)) throw error;
      io.stdout(`A council layer that changes national law is refused: ${error.issues[0] === undefined ? '' : issueLine(error.issues[0])}\n`);
    }
    io.stdout(`\nA concern received 09:00 Saturday 28 March 2026 (GMT) is due within 24 hours: by ${addClockHours('2026-03-28T09:00:00Z', 24)} (the clocks went forward).\n`);
    io.stdout(`An action plan due 5 working days after Friday 18 December 2026, skipping Christmas bank holidays, is due on ${addWorkingDays('2026-12-18', 5, { bankHolidays: ['2026-12-25', '2026-12-28'] })}.\n`);
    const rule = { places: 1, mode: 'half-away-from-zero' } as const;
    io.stdout(`\n76.65% ${describeRounding(rule)} is ${roundDecimal('76.65', rule).value}%.\n`);
  },
};

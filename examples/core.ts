// A council layers its own policy on a library pack, reads values as of a date, and computes deadlines.
// Run: npm run build && npx tsx examples/core.ts
import * as z from 'zod';
import { addClockHours, addWorkingDays, defineRulePack, extendPack, isRulesError, resolve, roundDecimal } from 'adult-social-care-rules';

// #region pack
const spec = {
  concernResponseHours: { kind: 'policy', schema: z.number().positive(), description: 'Hours to respond to a high-risk concern.' },
} as const;

const base = defineRulePack(spec, {
  id: 'example-base',
  version: '1',
  entries: { concernResponseHours: [{ validFrom: '2023-04-01', value: 24, citation: 'Example QA framework', kind: 'policy' }] },
});

// A council tightens the response time from April 2027, without forking the base pack.
const council = extendPack(base, {
  id: 'my-council',
  version: '2027.1',
  entries: { concernResponseHours: [{ validFrom: '2027-04-01', value: 12, citation: 'Cabinet decision 2027/14', kind: 'policy' }] },
});
// #endregion pack

for (const date of ['2027-03-31', '2027-04-01']) {
  const rule = resolve(council, 'concernResponseHours', date);
  console.log(`${date}: respond within ${rule.value} h (${rule.citation}, layer ${rule.layer.id}@${rule.layer.version})`);
}

// Deadlines: elapsed hours in Europe/London across the clock change, and working days with bank holidays.
console.log('Concern at 09:00 GMT on 28 March 2026, due by', addClockHours('2026-03-28T09:00:00Z', 24));
console.log('Action plan due 14 working days after 14 December 2026:', addWorkingDays('2026-12-14', 14, { bankHolidays: ['2026-12-25', '2026-12-28', '2027-01-01'] }));
console.log('76.65 rounded to 1 dp, half away from zero:', roundDecimal('76.65', { places: 1, mode: 'half-away-from-zero' }).value);

// Bad input never escapes as a TypeError: it is a RulesError with the field path.
try {
  extendPack(base, { id: 'bad', version: '1', entries: { concernResponseHours: [{ validFrom: '2027-02-30', value: -1, citation: 'x', kind: 'policy' }] } });
} catch (error) {
  if (!isRulesError(error)) throw error;
  for (const issue of error.issues) console.log(`refused: ${issue.message}`);
}

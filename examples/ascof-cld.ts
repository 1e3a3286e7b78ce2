// ASCOF from Client Level Data: a council computes its 2024-25 figures before submission.
// Run: npx tsup && npx tsx examples/ascof-cld.ts
import { extendPack } from 'adult-social-care-rules';
import { calculateAscofMeasure, cldCsvRows, defaultAscofPack, deriveAscofFromCld, formatAscofCsv, generateSyntheticCld, type HospitalDischargeInput } from 'adult-social-care-rules/ascof';

const period = { start: '2024-04-01', end: '2025-03-31' };

// 1. The CLD rows. Here: 2,000 invented people from the seeded generator (a council would stream its
//    joined quarterly submissions through any CSV parser straight into deriveAscofFromCld, or use the CLI).
const rows = [...generateSyntheticCld({ seed: 7, people: 2000, period, invalidRate: 0.002, duplicateRate: 0.01 })];

// 2. Hospital discharges for 2D (SUS, linked by NHS number). Invented: people aged 65+ whose reablement
//    followed a hospital request were discharged the day before it started.
const discharges: HospitalDischargeInput[] = [];
const hospitalRequests = new Set(rows.filter((r) => r.Event_Type === 'Request' && r.Request_Route_of_Access === 'Hospital').map((r) => r.LA_Person_Unique_Identifier));
for (const r of rows) {
  if (r.Service_Type !== 'Short Term Support: ST-Max' || r.NHS_Number === undefined || !hospitalRequests.has(r.LA_Person_Unique_Identifier)) continue;
  const age = 2024 - Number(r.Der_Birth_Year);
  if (age < 65) continue;
  const start = new Date(`${r.Event_Start_Date}T00:00:00Z`);
  const discharged = new Date(start.getTime() - 86_400_000).toISOString().slice(0, 10);
  const admitted = new Date(start.getTime() - 8 * 86_400_000).toISOString().slice(0, 10);
  discharges.push({ personId: r.NHS_Number, admissionDate: admitted, dischargeDate: discharged, ageAtDischarge: age });
}

// 3. Derive. The method of 2024-25 (DHSC) is chosen from the period; the population is ONS mid-2024.
const result = await deriveAscofFromCld(rows, {
  period,
  population: { aged18to64: 84_000, aged65plus: 25_000 },
  geography: { code: 'E99999999', name: 'Example council' },
  hospitalDischarges: discharges,
});

console.log(`ASCOF from CLD, ${result.geography.name}, ${period.start} to ${period.end}`);
for (const m of result.measures) {
  const t = m.total;
  console.log(`  ${m.code.padEnd(7)} ${t === undefined ? m.reason : `${t.numerator} / ${t.denominator} = ${t.published.value}${t.suppressed ? ' (suppressed)' : ''}`}`);
}

const dq = result.dataQuality;
console.log(`\nRows: ${dq.rowsRead} read, ${dq.rowsUsed} used, ${dq.rowsRejected} not used`);
for (const r of dq.rejected) console.log(`  ${r.rows} × ${r.reason} (${r.path})`);
console.log(`2A outcomes the method could not classify: ${dq.outcomesNotClassifiable.map((o) => `${o.episodes} × ${o.outcome}`).join('; ')}`);

console.log('\n2A episodes by sequel (for reconciling with the national figure):');
for (const b of result.measures.find((m) => m.code === '2A')?.breakdown ?? []) console.log(`  ${String(b.count).padStart(4)}  ${b.label}`);

// 4. Publication is defined once, by the ASCOF registry: the same counts through calculateAscofMeasure give the
//    same published figure. A council that publishes with a different small-number rule overrides it once, in
//    the ascof pack, and passes the layer to both entry points.
const twoA = result.measures.find((m) => m.code === '2A');
const t2A = twoA?.total;
if (t2A !== undefined && twoA !== undefined) {
  const direct = calculateAscofMeasure(twoA.publishedAs.code, { numerator: t2A.numerator, denominator: t2A.denominator }, { year: twoA.publishedAs.year });
  console.log(`\n2A published as ${t2A.published.value}; calculateAscofMeasure gives ${direct.published.outcome} (${t2A.rule})`);
}
const local = extendPack(defaultAscofPack, {
  id: 'example-council',
  version: '2025.1',
  entries: {
    unpublishedSuppression: [{ validFrom: '2014-04-01', value: [{ basis: 'denominator', below: 50, suppress: ['numerator', 'denominator', 'outcome'], appliesTo: 'all', marker: '[c]' }], citation: 'Example council publication policy', kind: 'policy' }],
  },
});
const strict = await deriveAscofFromCld(rows, { period, population: { aged18to64: 84_000, aged65plus: 25_000 }, ascofPack: local });
const small = strict.measures.flatMap((m) => m.disaggregations.map((d) => ({ code: m.code, ...d }))).filter((d) => d.figure.denominator > 0).sort((a, b) => a.figure.denominator - b.figure.denominator)[0];
if (small !== undefined) {
  const before = result.measures.find((m) => m.code === small.code)?.disaggregations.find((d) => d.level === small.level)?.figure.published.value;
  console.log(`Smallest figure, ${small.code} ${small.level}: ${small.figure.numerator} / ${small.figure.denominator}, published ${before} by default and ${small.figure.published.value} under a local rule withholding denominators under 50`);
}

console.log('\nThe official CSV layout (first lines):');
console.log(formatAscofCsv(cldCsvRows(result)).split('\r\n').slice(0, 5).join('\n'));

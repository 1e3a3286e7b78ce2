import { deriveAscofFromCld, generateSyntheticCld } from '../../ascof/index.js';
import type { DemoSection } from '../command.js';

const PERIOD = { start: '2024-04-01', end: '2025-03-31' };

/** ASCOF from Client Level Data: a synthetic council's year, figure by figure, and where every row went. */
export const ascofCldDemo: DemoSection = {
  title: 'ASCOF from Client Level Data (2A, 2B, 2C, 2D, 2E, 3D)',
  async run(io) {
    io.stdout('One reablement episode, followed by home care starting 4 days after it ends:\n');
    const one = await deriveAscofFromCld(
      [
        { LA_Code: 'E1', LA_Person_Unique_Identifier: 'P1', Der_Birth_Year: '1950', Der_Birth_Month: '1', Client_Type: 'Service User', Event_Type: 'Service', Service_Type: 'Short Term Support: ST-Max', Service_Component: 'Reablement', Event_Start_Date: '2024-06-01', Event_End_Date: '2024-06-20', Event_Outcome: 'Service ended as planned' },
        { LA_Code: 'E1', LA_Person_Unique_Identifier: 'P1', Der_Birth_Year: '1950', Der_Birth_Month: '1', Client_Type: 'Service User', Event_Type: 'Service', Service_Type: 'Long Term Support: Community', Service_Component: 'Home Support', Event_Start_Date: '2024-06-24' },
      ],
      { period: PERIOD, population: { aged18to64: 1, aged65plus: 1 } },
    );
    const twoA = one.measures.find((m) => m.code === '2A');
    io.stdout(`  sequel: ${twoA?.breakdown.map((b) => b.label).join(', ')}; 2A counts it in the denominator only (${twoA?.total?.numerator}/${twoA?.total?.denominator}).\n\n`);

    const rows = generateSyntheticCld({ seed: 2024, people: 5000, period: PERIOD, invalidRate: 0.003, duplicateRate: 0.02 });
    const result = await deriveAscofFromCld(rows, { period: PERIOD, population: { aged18to64: 210_000, aged65plus: 62_000 }, geography: { code: 'E99999999', name: 'Synthetic council' } });
    io.stdout(`A synthetic council, ${PERIOD.start} to ${PERIOD.end} (5,000 invented people, seed 2024):\n`);
    for (const m of result.measures) {
      const t = m.total;
      io.stdout(`  ${m.code.padEnd(7)} ${t === undefined ? m.reason : `${String(t.numerator).padStart(5)} / ${String(t.denominator).padStart(7)} = ${t.published.value}`}\n`);
    }
    const twoC = result.measures.find((m) => m.code === '2C');
    io.stdout(`  (published by the ASCOF registry, as calculateAscofMeasure would: ${twoC?.total?.rule})\n`);
    const dq = result.dataQuality;
    io.stdout(`\nEvery row accounted for: ${dq.rowsRead} read = ${dq.rowsUsed} used + ${dq.rowsRejected} not used:\n`);
    for (const r of dq.rejected) io.stdout(`  ${String(r.rows).padStart(5)}  ${r.reason}${r.path.startsWith("(") ? "" : ` (field ${r.path})`}\n`);
    io.stdout(`2A episodes the method could not classify: ${dq.outcomesNotClassifiable.map((o) => `${o.episodes} "${o.outcome}"`).join(', ') || 'none'}\n`);
    io.stdout(`\nWarnings carried by these figures: ${result.warnings.length} (e.g. ${result.warnings[0]})\n`);
  },
};

// ASCOF from client-level data, side by side with DuckDB (issue 13): the same CSV file, the same measures
// (2B, 2C, 2E(1), 2E(2), 3D(1a), 3D(2a), 3D(1b), 3D(2b)), end to end from the file, in alternating rounds of
// one run. The DuckDB SQL below is a plain reading of the method (shared/domain/ascof.md §4.1, §4.3, §4.5, §4.6
// and §11; DHSC ASC-CLD-LA-Dashboard scripts) and doubles as a differential check: its counts must equal the
// library's, or the run fails. The library runs the CLI's path: uDSV records into deriveAscofFromCld's one-pass
// ingestion, on one core; DuckDB uses its default threads (both cores), as an analyst would run it.
//
//   npm run bench:compare -- cld            (CLD_COMPARE_ROWS=1000000 by default, CLD_COMPARE_ROUNDS=2)
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, renameSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CLD_FIELDS, csvField, generateSyntheticCld } from '../../src/ascof/index.js';
import { _startCldDerivation } from '../../src/ascof/cld/derive.js';
import { readCsv } from '../../src/cli/ascof-cld.js';

const ROWS = Number(process.env.CLD_COMPARE_ROWS ?? 1_000_000);
const ROUNDS = Number(process.env.CLD_COMPARE_ROUNDS ?? 2);
const period = { start: '2024-04-01', end: '2025-03-31' };
const population = { aged18to64: 210_000, aged65plus: 62_000 };
const file = join(tmpdir(), `asc-rules-cld-${ROWS}.csv`);

async function writeFile(): Promise<void> {
  if (existsSync(file)) return;
  const part = `${file}.part`;
  const out = createWriteStream(part);
  let buf = `${CLD_FIELDS.join(',')}\r\n`;
  for (const row of generateSyntheticCld({ seed: 2026, people: Math.ceil(ROWS / 2), period, maxRows: ROWS })) {
    const r = row as Record<string, unknown>;
    buf += `${CLD_FIELDS.map((f) => csvField(r[f] === undefined ? '' : String(r[f]))).join(',')}\r\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  renameSync(part, file);
}

type Figures = Record<string, [number, number]>;
const MEASURES = ['2B', '2C', '2E(1)', '2E(2)', '3D(1a)', '3D(2a)', '3D(1b)', '3D(2b)'];

async function library(): Promise<Figures> {
  const run = _startCldDerivation({ period, population });
  let header = true;
  await readCsv(createReadStream(file), (cells) => {
    if (header) {
      run.ingest.columns(cells);
      header = false;
    } else run.ingest.addRecord(cells);
  });
  const r = run.finish();
  const out: Figures = {};
  for (const m of r.measures) if (MEASURES.includes(m.code) && m.total !== undefined) out[m.code] = [m.total.numerator, m.total.denominator];
  return out;
}

// The method as SQL. Dates as DATE, ages as FLOOR(days / 365.25) from the 1st of the birth month.
const SQL = `
CREATE OR REPLACE TEMP TABLE raw AS SELECT * FROM read_csv('${file}', header = true, all_varchar = true);
-- §4.1 person: traced NHS number, else the council's NHS number, else the council's person ID.
CREATE OR REPLACE TEMP TABLE rows_ AS SELECT
  coalesce('N' || coalesce(Der_NHS_Number_Traced, NHS_Number), 'L' || LA_Person_Unique_Identifier) AS pid,
  Client_Type AS client, Event_Type AS etype, CAST(Event_Start_Date AS DATE) AS s, CAST(Event_End_Date AS DATE) AS e,
  Service_Type AS service, Service_Component AS component, Delivery_Mechanism AS delivery, Event_Outcome AS outcome,
  Accommodation_Status AS accommodation, Primary_Support_Reason AS psr, CAST(Reporting_Period_End_Date AS DATE) AS sub,
  CAST(Date_of_Death AS DATE) AS dod,
  CASE WHEN Der_Birth_Year IS NULL THEN NULL ELSE make_date(CAST(Der_Birth_Year AS INT), CAST(Der_Birth_Month AS INT), 1) END AS dob,
  coalesce(Request_Route_of_Access, Assessment_Type, Review_Reason, '') AS detail
FROM raw;
-- Birth and death from the person's latest submission (earliest on a tie).
CREATE OR REPLACE TEMP TABLE person AS SELECT pid,
  min(dob) FILTER (WHERE sub = last_sub) AS dob, min(dod) FILTER (WHERE sub = last_sub) AS dod
FROM (SELECT *, max(sub) OVER (PARTITION BY pid) AS last_sub FROM rows_) GROUP BY pid;
-- One copy per event (2024-25 key: services by type and component, others by end and detail); latest submission, open end first.
CREATE OR REPLACE TEMP TABLE ev AS
WITH kept AS (
  SELECT * FROM rows_ QUALIFY row_number() OVER (
    PARTITION BY pid, client, etype, s, CASE WHEN etype = 'Service' THEN service END, CASE WHEN etype = 'Service' THEN component END,
                 CASE WHEN etype <> 'Service' THEN e END, CASE WHEN etype <> 'Service' THEN detail END
    ORDER BY sub DESC, coalesce(e, DATE '9999-12-31') DESC) = 1)
SELECT k.pid, client, etype, s, service, component, delivery, outcome, accommodation, psr, p.dob, p.dod,
  -- Derived end: an open service of an older submission ends at that submission; the date of death when earlier.
  least(CASE WHEN k.e IS NULL AND etype = 'Service' AND k.sub < (SELECT max(sub) FROM rows_) THEN k.sub ELSE coalesce(k.e, DATE '9999-12-31') END, coalesce(p.dod, DATE '9999-12-31')) AS e
FROM kept k JOIN person p USING (pid)
-- Events starting after the date of death are dropped (DHSC create_FilterToEventsInPeriod_procedure.sql).
WHERE p.dod IS NULL OR k.s <= p.dod;

-- §4.3 2B/2C: new council-funded care-home admissions in the period, each person in the band of the youngest.
CREATE OR REPLACE TEMP TABLE homes AS SELECT * FROM ev WHERE etype = 'Service' AND client = 'Service User'
  AND service IN ('Long Term Support: Residential Care', 'Long Term Support: Nursing Care') AND (component IS NULL OR component IN ('Residential care', 'Nursing care'));
CREATE OR REPLACE TEMP TABLE admitted AS
SELECT a.pid, min(floor(datediff('day', a.dob, a.s) / 365.25)) AS age, bool_or(a.dob IS NULL) AS unknown_age
FROM homes a
WHERE a.s BETWEEN DATE '${period.start}' AND DATE '${period.end}' AND coalesce(a.outcome, '') <> 'NFA - Self-funded client (inc. 12wk disregard)'
  AND (a.dod IS NULL OR a.dod >= DATE '${period.start}')
  AND NOT EXISTS (SELECT 1 FROM homes o WHERE o.pid = a.pid AND o.s < a.s AND datediff('day', o.e, a.s) < 365)
GROUP BY a.pid;

-- §4.5 2E: long-term support in the year, aged 18+ at the end of the latest such service (capped at the period end).
CREATE OR REPLACE TEMP TABLE cohort AS
SELECT pid, floor(datediff('day', any_value(dob), max(least(e, DATE '${period.end}'))) / 365.25) AS age FROM ev
WHERE etype = 'Service' AND client = 'Service User' AND service LIKE 'Long Term Support:%' AND s <= DATE '${period.end}' AND e >= DATE '${period.start}'
  AND (dod IS NULL OR dod >= DATE '${period.start}')
GROUP BY pid HAVING age >= 18;
-- Latest known status at the period end (known beats Unknown; two known statuses on the same day: Unknown).
CREATE OR REPLACE TEMP TABLE status AS
WITH a AS (SELECT pid, accommodation, accommodation <> 'Unknown' AS known, least(e, DATE '${period.end}') AS d FROM ev
           WHERE accommodation IS NOT NULL AND s <= DATE '${period.end}' AND pid IN (SELECT pid FROM cohort)),
top AS (SELECT * FROM a QUALIFY rank() OVER (PARTITION BY pid ORDER BY known DESC, d DESC) = 1)
SELECT pid, CASE WHEN count(DISTINCT accommodation) > 1 THEN 'Unknown' ELSE any_value(accommodation) END AS accommodation FROM top GROUP BY pid;
-- An unknown status inferred from the latest service (DHSC Create_personal_details_table.sql).
CREATE OR REPLACE TEMP TABLE inferred AS
WITH svc AS (
  SELECT pid, service, component, s, e,
    CASE service WHEN 'Long Term Support: Nursing Care' THEN 1 WHEN 'Long Term Support: Residential Care' THEN 2 WHEN 'Long Term Support: Community' THEN 3
      WHEN 'Long Term Support: Prison' THEN 4 WHEN 'Short Term Support: ST-Max' THEN 5 WHEN 'Short Term Support: Ongoing Low Level' THEN 6
      WHEN 'Short Term Support: Other Short Term' THEN 7 ELSE 99 END AS h,
    component IN ('Shared Lives', 'Community Supported Living', 'Extra care housing', 'Home Support') AS mappable
  FROM ev WHERE etype = 'Service' AND pid IN (SELECT pid FROM cohort)),
top AS (SELECT * FROM svc QUALIFY rank() OVER (PARTITION BY pid ORDER BY e DESC, h, mappable DESC, s DESC) = 1),
one AS (SELECT pid, min(h) AS h, CASE WHEN count(DISTINCT component) FILTER (WHERE mappable) = 1 THEN any_value(component) FILTER (WHERE mappable) END AS component FROM top GROUP BY pid)
SELECT pid, CASE WHEN h IN (1, 2, 4) THEN false
                 WHEN component IN ('Shared Lives', 'Extra care housing', 'Community Supported Living') THEN true
                 WHEN h = 3 AND component = 'Home Support' THEN true -- presumed at home
                 ELSE false END AS settled                          -- presumed in the community, or unknown
FROM one;
CREATE OR REPLACE TEMP TABLE settled AS
SELECT c.pid, c.age,
  CASE WHEN coalesce(st.accommodation, 'Unknown') = 'Unknown' THEN coalesce(i.settled, false)
       ELSE st.accommodation IN ('Owner occupier or shared ownership scheme', 'Tenant', 'Tenant - private landlord', 'Settled mainstream housing with family / friends',
         'Supported accommodation / supported lodgings / supported group home', 'Shared Lives scheme', 'Approved premises for offenders released from prison or under probation supervision',
         'Sheltered housing / extra care housing / other sheltered housing', 'Mobile accommodation for Gypsy / Roma and Traveller communities') END AS settled,
  (SELECT arg_max(psr, least(e, DATE '${period.end}')) FROM ev WHERE ev.pid = c.pid AND psr IS NOT NULL AND s <= DATE '${period.end}') AS psr
FROM cohort c LEFT JOIN status st USING (pid) LEFT JOIN inferred i USING (pid);

-- §4.6 3D users: long-term services open at the period end, each person in the top setting.
CREATE OR REPLACE TEMP TABLE users AS
SELECT pid, min(CASE WHEN service = 'Long Term Support: Nursing Care' THEN 1 WHEN service = 'Long Term Support: Residential Care' THEN 2
  WHEN service = 'Long Term Support: Community' THEN CASE WHEN delivery = 'Direct Payment' OR component = 'Direct Payment' THEN 3
    WHEN delivery = 'CASSR Managed Personal Budget' THEN 4 WHEN delivery = 'CASSR Commissioned Support' THEN 5 ELSE 6 END
  ELSE CASE WHEN delivery = 'CASSR Managed Personal Budget' THEN 7 WHEN delivery = 'CASSR Commissioned Support' THEN 8 ELSE 9 END END) AS r,
  any_value(floor(datediff('day', dob, DATE '${period.end}') / 365.25)) AS age
FROM ev WHERE etype = 'Service' AND client = 'Service User' AND service LIKE 'Long Term Support:%' AND s <= DATE '${period.end}' AND e >= DATE '${period.end}'
  AND (dod IS NULL OR dod >= DATE '${period.end}')
GROUP BY pid HAVING age IS NULL OR age >= 18;
-- 3D carers: support direct to the carer in the year, alive at the period start, 18+.
CREATE OR REPLACE TEMP TABLE carers AS
SELECT pid, min(CASE WHEN delivery = 'Direct Payment' OR component = 'Direct Payment' THEN 1 WHEN delivery = 'CASSR Managed Personal Budget' THEN 2
  WHEN delivery = 'CASSR Commissioned Support' THEN 3 ELSE 4 END) AS r, any_value(floor(datediff('day', dob, DATE '${period.end}') / 365.25)) AS age
FROM ev WHERE etype = 'Service' AND client <> 'Service User' AND service = 'Carer Support: Direct to Carer' AND s <= DATE '${period.end}' AND e >= DATE '${period.start}'
  AND (dod IS NULL OR dod >= DATE '${period.start}')
GROUP BY pid HAVING age IS NULL OR age >= 18;
`;
const RESULTS = `
SELECT '2B' AS m, count(*) FILTER (WHERE NOT unknown_age AND age BETWEEN 18 AND 64) AS n, ${population.aged18to64} AS d FROM admitted
UNION ALL SELECT '2C', count(*) FILTER (WHERE NOT unknown_age AND age >= 65), ${population.aged65plus} FROM admitted
UNION ALL SELECT '2E(1)', count(*) FILTER (WHERE settled AND psr = 'Learning Disability Support' AND age <= 64), count(*) FILTER (WHERE psr = 'Learning Disability Support' AND age <= 64) FROM settled
UNION ALL SELECT '2E(2)', count(*) FILTER (WHERE settled), count(*) FROM settled
UNION ALL SELECT '3D(1a)', count(*) FILTER (WHERE r IN (3, 4)), count(*) FILTER (WHERE r BETWEEN 3 AND 6) FROM users
UNION ALL SELECT '3D(2a)', count(*) FILTER (WHERE r = 3), count(*) FILTER (WHERE r BETWEEN 3 AND 6) FROM users
UNION ALL SELECT '3D(1b)', count(*) FILTER (WHERE r <= 2), count(*) FILTER (WHERE r <= 3) FROM carers
UNION ALL SELECT '3D(2b)', count(*) FILTER (WHERE r = 1), count(*) FILTER (WHERE r <= 3) FROM carers`;

async function duckdb(): Promise<Figures> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(SQL);
    const rows = (await connection.runAndReadAll(RESULTS)).getRowObjectsJS() as { m: string; n: bigint | number; d: bigint | number }[];
    return Object.fromEntries(rows.map((r) => [r.m, [Number(r.n), Number(r.d)]]));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

// The shipped CLI on both cores (worker threads merging partial states), when it is built (npm run build).
function cliWorkers(): Figures {
  const child = spawnSync(process.execPath, ['dist/cli.js', 'ascof', 'cld', file, '--period', `${period.start}/${period.end}`, '--pop-18-64', String(population.aged18to64), '--pop-65-plus', String(population.aged65plus), '--format', 'json', '--workers', '2'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (child.status !== 0) throw new Error(`asc-rules ascof cld failed: ${child.stderr.slice(0, 300)}`);
  const r = JSON.parse(child.stdout) as { measures: { code: string; total?: { numerator: number; denominator: number } }[] };
  return Object.fromEntries(r.measures.filter((m) => MEASURES.includes(m.code) && m.total !== undefined).map((m) => [m.code, [m.total!.numerator, m.total!.denominator]]));
}
const withCli = existsSync('dist/cli.js') && existsSync('dist/cli-cld-worker.js');

await writeFile();
type Side = 'library' | 'duckdb' | 'cli';
const times: Record<Side, number[]> = { library: [], duckdb: [], cli: [] };
let cli: Figures = {};
let lib: Figures = {};
let duck: Figures = {};
for (let round = 0; round < ROUNDS; round += 1) {
  // Alternate which side goes first, so neither always meets a cold file cache.
  const order: Side[] = withCli ? ['library', 'duckdb', 'cli'] : ['library', 'duckdb'];
  for (const side of round % 2 === 0 ? order : order.reverse()) {
    const t0 = process.hrtime.bigint();
    if (side === 'library') lib = await library();
    else if (side === 'duckdb') duck = await duckdb();
    else cli = cliWorkers();
    times[side].push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
}
const best = (side: Side): number => Math.min(...times[side]);
console.log(`ASCOF from CLD: ${ROWS.toLocaleString('en-GB')} rows (${file}), ${ROUNDS} alternating rounds; measures ${MEASURES.join(', ')}`);
console.log('| tool | best s | rounds s | rows/s |');
console.log('| --- | --- | --- | --- |');
console.log(`| adult-social-care-rules (uDSV + one pass, 1 thread) | ${best('library').toFixed(2)} | ${times.library.map((t) => t.toFixed(2)).join(', ')} | ${Math.round(ROWS / best('library')).toLocaleString('en-GB')} |`);
console.log(`| DuckDB ${(await DuckDBInstance.create(':memory:').then(async (i) => (await (await i.connect()).runAndReadAll('SELECT version() AS v')).getRowObjectsJS()[0]!.v))} (SQL, default threads) | ${best('duckdb').toFixed(2)} | ${times.duckdb.map((t) => t.toFixed(2)).join(', ')} | ${Math.round(ROWS / best('duckdb')).toLocaleString('en-GB')} |`);
if (withCli) console.log(`| asc-rules ascof cld --workers 2 (built CLI, both cores, process start included) | ${best('cli').toFixed(2)} | ${times.cli.map((t) => t.toFixed(2)).join(', ')} | ${Math.round(ROWS / best('cli')).toLocaleString('en-GB')} |`);
console.log(`\nlibrary time / DuckDB time = ${(best('library') / best('duckdb')).toFixed(2)} (one thread; best rounds; goal ≤ 2)`);
if (withCli) console.log(`CLI --workers 2 time / DuckDB time = ${(best('cli') / best('duckdb')).toFixed(2)}`);
console.log('');
console.log('| measure | library numerator / denominator | DuckDB numerator / denominator | same |');
console.log('| --- | --- | --- | --- |');
let differ = 0;
for (const m of MEASURES) {
  const a = lib[m] ?? [NaN, NaN];
  const b = duck[m] ?? [NaN, NaN];
  const c = withCli ? (cli[m] ?? [NaN, NaN]) : a;
  const same = a[0] === b[0] && a[1] === b[1] && c[0] === a[0] && c[1] === a[1];
  if (!same) differ += 1;
  console.log(`| ${m} | ${a[0]} / ${a[1]} | ${b[0]} / ${b[1]} | ${same ? 'yes' : 'NO'} |`);
}
if (differ > 0) {
  console.error(`${differ} measure(s) differ between the library and the SQL reading of the method`);
  process.exitCode = 1;
}

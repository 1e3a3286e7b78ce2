import { parseArgs } from 'node:util';
import { inferSchema, initParser, type Parser } from 'udsv';
import type { RulePack } from '../core/rulePack.js';
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { _startCldDerivation, type _CldDerivation, type DeriveAscofFromCldOptionsTyped } from '../ascof/cld/derive.js';
import type { _IngestState } from '../ascof/cld/ingest.js';
import { CLD_FIELDS, CLD_OUTCOME_NEAR_MISSES, cldCsvRows, formatAscofCsv, type AscofSpec, type DeriveAscofFromCldResult } from '../ascof/index.js';
import type { CliCommand } from './command.js';
import { EXIT, UsageError, printJson, readJson, type CliIo } from './io.js';
import { packOption } from './packFiles.js';

const USAGE = `Usage: asc-rules ascof cld <file.csv> --period <start>/<end> --population <file.json> [options]

Derives ASCOF 2A, 2B, 2C, 2D, 2E and 3D from a Client Level Data file (CSV with a header row, Release 1
column names such as LA_Code, Event_Type, Event_Start_Date, Service_Type; blank cells mean "not
recorded"), as DHSC derives them, and accounts for every row. Join all quarterly submissions into one file
(or give "-" to read standard input). Columns the measures do not use are ignored, with a note. Figures
are rounded and suppressed by the ASCOF registry rule of the measure for the year of the period's end.

Options:
  --period <start>/<end>   reporting period, e.g. 2024-04-01/2025-03-31 (or --from and --to)
  --from <date>, --to <date>
  --population <file>      JSON {"aged18to64": n, "aged65plus": n}: ONS mid-year population
  --pop-18-64 <n>, --pop-65-plus <n>   the same, as flags
  --la-code <code>         keep only this council's rows (others are counted as rejected)
  --la-name <name>         council name for the output
  --discharges <file>      JSON array of SUS hospital discharges for 2D (without it 2D is "not computable")
  --pack <file>            a council pack file for the ascof area (YAML or JSON, "area: ascof", see
                           docs/adapting.md): the publication policy, e.g. unpublishedSuppression; repeat
                           to layer several in order. Checked against the rule-pack schema and the law
                           floor (a problem names the file, line and key); a pack of another area is
                           refused. The CLD method itself is law and has no council layer
  --accept-near-misses     read the common misspellings of Event_Outcome (a hyphen for the en dash in
                           "NFA - Support ended – other reason", "NFA - Other" for "NFA- Other", …) as
                           the listed values (CLD_OUTCOME_NEAR_MISSES); recoded rows are counted
  --workers <n>            worker threads reading the file in parallel (default for a file over 64 MB:
                           one per idle core, at most 2); partial states merge exactly, same result
  --format csv|json        csv: the official ASCOF CSV layout (default); json: figures, data quality, trace
  --output <file>          write the result to a file instead of standard output
  --progress               show progress on stderr (shown anyway when stderr is a terminal)
`;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function count(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${flag} expects a whole number`);
  return Number(value);
}

interface Progress {
  rows: number;
  bytes: number;
}

async function* chunks(io: CliIo, path: string, progress: Progress): AsyncGenerator<Buffer | string> {
  try {
    for await (const chunk of io.openStream(path)) {
      progress.bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      yield chunk;
    }
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Reads CSV text chunks with uDSV and calls `onRecord` with each record's cells (the header first). UTF-8 is
 * decoded across chunk boundaries and a byte-order mark is dropped; the comma, the quote and the line ending
 * (CRLF or LF, from the first line) are fixed, not guessed from the data.
 */
export async function readCsv(source: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, onRecord: (cells: string[]) => void): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  let parser: Parser | undefined;
  let pending = '';
  const feed = (text: string): void => {
    if (parser === undefined) {
      pending += pending === '' && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      const eol = pending.indexOf('\n');
      if (eol === -1) return;
      parser = initParser(inferSchema(pending, { header: () => [], col: ',', row: pending[eol - 1] === '\r' ? '\r\n' : '\n', encl: '"' }, 1));
      text = pending;
      pending = '';
    }
    parser.chunk<string[]>(text, parser.stringArrs, (cells) => onRecord(cells));
  };
  for await (const chunk of source) feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  feed(decoder.decode());
  if (parser === undefined && pending !== '') {
    // A file of one line and no line ending.
    parser = initParser(inferSchema(pending, { header: () => [], col: ',', row: '\n', encl: '"' }, 1));
    parser.chunk<string[]>(pending, parser.stringArrs, (cells) => onRecord(cells));
  }
  parser?.end();
}

/**
 * Reads the file in `workers` byte ranges cut at line ends, each in a worker thread, and merges their partial
 * states into `run`. `misaligned` when the cut cannot be trusted (a record with another cell count than the header,
 * which a line break inside a quoted cell would give), `one thread` when no worker script is found: the caller
 * then reads the file on one thread.
 */
async function readInWorkers(file: string, workers: number, options: DeriveAscofFromCldOptionsTyped, run: _CldDerivation): Promise<{ records: number; header: readonly string[] } | 'misaligned' | 'one thread'> {
  const script = [new URL('./cli-cld-worker.js', import.meta.url), new URL('./ascof-cld-worker.ts', import.meta.url)].find((u) => existsSync(u));
  if (script === undefined) return 'one thread';
  const handle = await open(file, 'r');
  const size = (await handle.stat()).size;
  let header: string[] | undefined;
  const cuts: number[] = [];
  try {
    // The header line, then each cut moved forward to the start of the next line.
    const probe = async (at: number): Promise<number> => {
      const buf = Buffer.alloc(1 << 16);
      for (let pos = at; pos < size; pos += buf.length) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
        const nl = buf.subarray(0, bytesRead).indexOf(0x0a);
        if (nl !== -1) return pos + nl + 1;
      }
      return size;
    };
    const headerEnd = await probe(0);
    const first = Buffer.alloc(headerEnd);
    await handle.read(first, 0, headerEnd, 0);
    await readCsv([first], (cells) => {
      header ??= cells.map((h) => h.trim());
    });
    cuts.push(headerEnd);
    for (let k = 1; k < workers; k += 1) cuts.push(Math.max(cuts[k - 1]!, await probe(headerEnd + Math.floor(((size - headerEnd) * k) / workers) - 1)));
    cuts.push(size);
  } finally {
    await handle.close();
  }
  if (header === undefined) return 'one thread';
  // Only what the ingestion reads goes to a worker (not the discharges or the packs: they stay here, for finish()).
  const task = { period: options.period, population: options.population, ...(options.laCode === undefined ? {} : { laCode: options.laCode }), ...(options.recode === undefined ? {} : { recode: options.recode }) };
  const parts = await Promise.all(
    cuts.slice(0, -1).map(
      (start, i) =>
        new Promise<{ state: _IngestState; records: number; misaligned: number }>((resolve, reject) => {
          const workerData = { file, start, end: cuts[i + 1]! - 1, header, options: task };
          // From the sources (tsx, tests), the worker is TypeScript: register tsx in the thread first.
          const worker = script.pathname.endsWith('.ts')
            ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(script.href)}); });`, { eval: true, workerData })
            : new Worker(script, { workerData });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  if (parts.some((p) => p.misaligned > 0)) return 'misaligned';
  run.ingest.columns(header);
  for (const p of parts) run.ingest.merge(p.state);
  return { records: parts.reduce((s, p) => s + p.records, 0), header };
}

/** `asc-rules ascof cld`: ASCOF measures from a CLD CSV file (dispatched by `asc-rules ascof`). */
export const ascofCldCommand: CliCommand = {
  name: 'ascof cld',
  summary: 'derive ASCOF 2A-2E and 3D from a Client Level Data CSV file, with a data-quality report',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        period: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        population: { type: 'string' },
        'pop-18-64': { type: 'string' },
        'pop-65-plus': { type: 'string' },
        'la-code': { type: 'string' },
        'la-name': { type: 'string' },
        discharges: { type: 'string' },
        pack: { type: 'string', multiple: true },
        format: { type: 'string', default: 'csv' },
        output: { type: 'string' },
        progress: { type: 'boolean', default: false },
        'accept-near-misses': { type: 'boolean', default: false },
        workers: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(USAGE);
      return EXIT.ok;
    }
    const [file, ...rest] = positionals;
    if (file === undefined || rest.length > 0) throw new UsageError('ascof-cld takes one CSV file (or - for standard input)');
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('--format must be csv or json');
    const [start, end] = values.period !== undefined ? values.period.split('/') : [values.from, values.to];
    if (start === undefined || end === undefined || !ISO.test(start) || !ISO.test(end)) throw new UsageError('give the reporting period: --period 2024-04-01/2025-03-31 (or --from and --to)');
    const fromFile = values.population === undefined ? {} : ((await readJson(io, values.population)) as Record<string, unknown>);
    const population = { aged18to64: count(values['pop-18-64'], '--pop-18-64') ?? fromFile.aged18to64, aged65plus: count(values['pop-65-plus'], '--pop-65-plus') ?? fromFile.aged65plus };
    if (population.aged18to64 === undefined || population.aged65plus === undefined) throw new UsageError('give the ONS population: --population <file.json> or --pop-18-64 and --pop-65-plus');
    const hospitalDischarges = values.discharges === undefined ? undefined : await readJson(io, values.discharges);
    const ascofPack = values.pack === undefined ? undefined : ((await packOption(io, 'asc-rules ascof cld', 'ascof', values.pack)) as RulePack<AscofSpec>);

    const showProgress = values.progress || io.stderrIsTTY;
    const size = showProgress ? await io.fileSize(file).catch(() => undefined) : undefined;
    const progress: Progress = { rows: 0, bytes: 0 };
    const known = new Set(CLD_FIELDS);
    const ignored: string[] = [];
    const options: DeriveAscofFromCldOptionsTyped = {
      period: { start, end },
      population: population as { aged18to64: number; aged65plus: number },
      ...(values['la-code'] === undefined ? {} : { laCode: values['la-code'] }),
      ...(values['la-code'] === undefined && values['la-name'] === undefined ? {} : { geography: { code: values['la-code'] ?? 'unknown', ...(values['la-name'] === undefined ? {} : { name: values['la-name'] }) } }),
      ...(hospitalDischarges === undefined ? {} : { hospitalDischarges: hospitalDischarges as never }),
      ...(ascofPack === undefined ? {} : { ascofPack }),
      ...(values['accept-near-misses'] ? { recode: { Event_Outcome: CLD_OUTCOME_NEAR_MISSES } } : {}),
    };
    const run = _startCldDerivation(options);
    const requested = count(values.workers, '--workers');
    const fileBytes = file === '-' ? undefined : await io.fileSize(file).catch(() => undefined);
    // Default: a worker per idle core (at most 2) for a file over 64 MB. On a busy machine extra threads get no
    // extra CPU and the merge costs more than it saves (measured: 2 workers 12.6 s against 9.7 s on one thread for
    // 1 M rows at load average 12 on 2 cores). The result is the same either way; only the time differs.
    const idle = Math.max(1, Math.round(availableParallelism() - loadavg()[0]!));
    const workers = requested ?? (fileBytes !== undefined && fileBytes > 64 * 1024 * 1024 ? Math.min(2, idle) : 1);
    let lastShown = 0;
    const show = (final: boolean): void => {
      const pct = size === undefined || size === 0 ? '' : ` (${Math.min(100, Math.floor((100 * progress.bytes) / size))}%)`;
      io.stderr(`\r${progress.rows.toLocaleString('en-GB')} rows read${pct}${final ? '\n' : ''}`);
    };
    // uDSV, the fastest of the four parsers measured (bench/ascof-cld-parsers.ts), hands over each record as an
    // array of cell texts; records go straight into the derivation, checked and converted in one pass.
    let header: string[] | undefined;
    const onRecord = (cells: string[]): void => {
      if (header === undefined) {
        header = cells.map((h) => h.trim());
        for (const h of header) if (!known.has(h)) ignored.push(h);
        run.ingest.columns(header);
        return;
      }
      if (cells.length === 1 && cells[0] === '') return; // an empty line
      progress.rows += 1;
      if (showProgress && progress.rows - lastShown >= 100_000) {
        lastShown = progress.rows;
        show(false);
      }
      run.ingest.addRecord(cells);
    };
    const parallel = workers > 1 && fileBytes !== undefined ? await readInWorkers(file, workers, options, run) : 'one thread';
    if (typeof parallel === 'object') {
      progress.rows = parallel.records;
      for (const h of parallel.header) if (!known.has(h)) ignored.push(h);
    } else {
      if (parallel === 'misaligned') io.stderr('note: a record did not have as many cells as the header (a line break inside quotes?): the file was read again on one thread\n');
      await readCsv(chunks(io, file, progress), onRecord);
    }
    const result: DeriveAscofFromCldResult = run.finish();
    if (showProgress) show(true);
    const dq = result.dataQuality;
    if (ignored.length > 0) io.stderr(`note: ${ignored.length} column(s) not read by the ASCOF measures were ignored: ${ignored.join(', ')}\n`);
    io.stderr(`${dq.rowsRead} rows read: ${dq.rowsUsed} used, ${dq.rowsRejected} not used (${dq.rejected.map((r) => `${r.rows} ${r.reason} ${r.path}`).join('; ') || 'none'}); ${dq.people} people\n`);
    for (const w of result.warnings) io.stderr(`warning: ${w}\n`);
    const text = values.format === 'csv' ? formatAscofCsv(cldCsvRows(result)) : `${JSON.stringify({ ...result, columnsIgnored: ignored }, null, 2)}\n`;
    if (values.output !== undefined) await io.writeText(values.output, text);
    else if (values.format === 'json') printJson(io, { ...result, columnsIgnored: ignored });
    else io.stdout(text);
    return EXIT.ok;
  },
};

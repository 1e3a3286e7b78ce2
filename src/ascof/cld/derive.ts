import { _dec } from '../../core/decimal.js';
import { RulesError, _issue, _parse } from '../../core/errors.js';
import { _assertLawIntact, packRef, resolveAll, type PackRef, type RulePack } from '../../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../../core/trace.js';
import { _createIngest, type _Ingest, type _Ingested } from './ingest.js';
import { CLD_UNVERIFIED_LISTS } from './lists.js';
import { _twoAEpisodes, type TwoAExclusion } from './measure2A.js';
import { _twoD, type TwoDAgeBand } from './measure2D.js';
import { _admission, _carerSupport, _selfDirected, _settled } from './measuresPerson.js';
import { _age, _day, type PersonState } from './model.js';
import { defaultCldPack, type CldPackSpec } from './pack.js';
import { DeriveAscofFromCldOptionsSchema, type DeriveAscofFromCldOptions } from './schema.js';
import { _cldPublisher, type CldFigure, type CldPublishedAs } from './value.js';
import type { AscofSpec } from '../pack.js';
import { _yearOf } from '../years.js';

const ENTRY = 'deriveAscofFromCld';

/** The measures derived from CLD, with their published part. */
export type CldMeasureCode = '2A' | '2B' | '2C' | '2D(1)' | '2D(2)' | '2E(1)' | '2E(2)' | '3D(1a)' | '3D(2a)' | '3D(1b)' | '3D(2b)';

/** One figure of a measure for one disaggregation ("Total", "18 to 64", "65 and above", …). */
export interface CldDisaggregation {
  /** The disaggregation level, as the ASCOF CSV writes it. */
  readonly level: string;
  /** The counts and the value. */
  readonly figure: CldFigure;
}

/** One measure derived from CLD. */
export interface CldMeasure {
  /** ASCOF code with its part, e.g. `"2E(1)"`. */
  readonly code: CldMeasureCode;
  /** The published title (DHSC wording). */
  readonly title: string;
  /** False when the data needed is missing (2D without hospital discharges). */
  readonly computable: boolean;
  /** Why the measure could not be computed. */
  readonly reason?: string | undefined;
  /** The Total figure (numerator, denominator, value); undefined when not computable. */
  readonly total: CldFigure | undefined;
  /** Every disaggregation, Total first. */
  readonly disaggregations: readonly CldDisaggregation[];
  /** Counts behind the figure for reconciliation (2A: episodes by final outcome and sequel step; 2E: people by accommodation status). */
  readonly breakdown: readonly { readonly label: string; readonly count: number }[];
  /** The method followed. */
  readonly citation: string;
  /** The ASCOF registry entry (code and year) whose published rule rounds and suppresses the figures. */
  readonly publishedAs: CldPublishedAs;
}

/** A count of rows not used, by reason and field path. */
export interface CldRejection {
  /** Why: a schema code (`invalid_value`, `invalid_type`, …), `end_before_start`, `no_person_identifier`, `identifier_excluded`, `outside_period`, `other_local_authority` or `duplicate_event`. */
  readonly reason: string;
  /** The field (CLD column) at fault, `(input)` for a row that is not an object, or `event key` for a duplicate. */
  readonly path: string;
  /** Rows. */
  readonly rows: number;
}

/** What happened to every row, and what the measures could not classify. */
export interface CldDataQuality {
  /** Rows read from the input. */
  readonly rowsRead: number;
  /** Rows that became (or confirmed) an event used by the measures. */
  readonly rowsUsed: number;
  /** Rows not used; always rowsRead − rowsUsed. */
  readonly rowsRejected: number;
  /** Rows not used, by reason and field path. */
  readonly rejected: readonly CldRejection[];
  /** Rows dropped because another copy of the same event was kept (also listed in `rejected`). */
  readonly duplicatesRemoved: number;
  /** Rows by the identifier their person was found by (before deduplication). */
  readonly identifierFallbacks: { readonly tracedNhsNumber: number; readonly laNhsNumber: number; readonly laPersonId: number; readonly excludedLinkedLaId: number };
  /** 2A episodes whose final outcome is neither counted nor excluded ("unable to classify"), by outcome. */
  readonly outcomesNotClassifiable: readonly { readonly measure: '2A'; readonly outcome: string; readonly episodes: number }[];
  /** Episodes, people or discharges left out of a measure by its own rules, by reason. */
  readonly excludedByMethod: readonly { readonly measure: string; readonly reason: string; readonly count: number }[];
  /** Rows whose value was recoded through `options.recode`, by column (empty without it). */
  readonly recoded: readonly { readonly column: string; readonly rows: number }[];
  /** People found. */
  readonly people: number;
  /** Council codes seen in the rows. */
  readonly councils: readonly string[];
}

/** The result of {@link deriveAscofFromCld}. */
export interface DeriveAscofFromCldResult {
  /** The reporting period. */
  readonly period: { readonly start: string; readonly end: string };
  /** The council the figures are for. */
  readonly geography: { readonly code: string; readonly name?: string | undefined };
  /** 2A, 2B, 2C, 2D (parts 1 and 2), 2E (parts 1 and 2), 3D (1a, 2a, 1b, 2b). */
  readonly measures: readonly CldMeasure[];
  /** The data-quality report. */
  readonly dataQuality: CldDataQuality;
  /** Unverified facts and approximations that apply to these figures. */
  readonly warnings: readonly string[];
  /** The CLD method pack used. */
  readonly pack: PackRef;
  /** The ascof pack whose registry and publication policy published the figures. */
  readonly ascofPack: PackRef;
  /** How the figures were derived, rule by rule. */
  readonly trace: Trace;
}

/** The options of {@link deriveAscofFromCld}, with the pack typed. */
export type DeriveAscofFromCldOptionsTyped = Omit<DeriveAscofFromCldOptions, 'pack' | 'ascofPack'> & {
  /** The CLD method pack (every parameter is national law; kept for traceability). */
  pack?: RulePack<CldPackSpec> | undefined;
  /** The ascof pack that publishes the figures: a council's `unpublishedSuppression` policy goes here, as for `calculateAscofMeasure`. */
  ascofPack?: RulePack<AscofSpec> | undefined;
};

const TITLES: Record<CldMeasureCode, string> = {
  '2A': 'The proportion of people who received short-term services during the year, who previously were not receiving services, where no further request was made for ongoing support (%)',
  '2B': 'The number of adults aged 18 to 64 whose long-term support needs are met by admission to residential and nursing care homes, per 100,000 population',
  '2C': 'The number of adults aged 65 and over whose long-term support needs are met by admission to residential and nursing care homes, per 100,000 population',
  '2D(1)': 'The proportion of people aged 65 and over discharged from hospital into reablement who remained in the community within 12 weeks of discharge (%)',
  '2D(2)': 'The proportion of people aged 65 and over discharged from hospital who received reablement (%)',
  '2E(1)': 'The proportion of people aged 18 to 64 with a learning disability who receive long-term support who live in their home or with family (%)',
  '2E(2)': 'The proportion of people who receive long-term support who live in their home or with family (%)',
  '3D(1a)': 'The proportion of clients who use services who receive self-directed support (%)',
  '3D(2a)': 'The proportion of clients who use services who receive direct payments (%)',
  '3D(1b)': 'The proportion of carers who receive self-directed support (%)',
  '3D(2b)': 'The proportion of carers who receive direct payments (%)',
};

const SQL = 'DHSC ASC-CLD-LA-Dashboard ASCOF_measures';

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

interface Tally {
  readonly num: Map<string, number>;
  readonly den: Map<string, number>;
}
const tally = (): Tally => ({ num: new Map(), den: new Map() });
/** Counts one unit (episode or person) in a level's denominator and, when it qualifies, its numerator. */
function tick(t: Tally, level: string, inNumerator: boolean): void {
  t.den.set(level, (t.den.get(level) ?? 0) + 1);
  if (inNumerator) t.num.set(level, (t.num.get(level) ?? 0) + 1);
}

function count<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

/**
 * Derives ASCOF 2A, 2B, 2C, 2D, 2E and 3D from a council's Client Level Data, as DHSC derives them for the
 * national publication, with a data-quality report that accounts for every row.
 *
 * `events` is read once, row by row (an array, a generator, or an async stream such as a CSV parser), and
 * never held: the function keeps a compact state per person (their distinct events), so quarterly
 * resubmissions and duplicated rows cost no memory. Join every quarterly submission into one stream: the
 * latest submission of each event wins (`Reporting_Period_End_Date`). Give at least 15 months of data
 * (3 months before the period for 2A "new client", 7 days after it for sequels; 12 months before for 2B/2C).
 *
 * The method of each reporting year is a dated entry of the CLD pack (resolved on the last day of the
 * period): NHS England's 2023-24 dual-running method, DHSC's 2024-25 method. Each figure is then rounded and
 * suppressed exactly as {@link calculateAscofMeasure} publishes the same counts: by the ASCOF registry
 * definition of the measure for the ASCOF year that contains the period's last day, with the ascof pack's
 * `unpublishedSuppression` policy where no published rule was read (2024-25: a denominator under 5 gives
 * `[c]`). A council changes that policy once, in the ascof pack, and passes it as `ascofPack`.
 *
 * @param events - the CLD rows (any shape: each is checked with {@link CldEventSchema}; bad rows are counted, not thrown)
 * @param options - the reporting period, the ONS population, optional hospital discharges for 2D, an optional CLD pack and an optional ascof pack
 * @returns every measure with numerator, denominator, value and disaggregations, the data-quality report and the trace
 * @throws `RulesError` (from `adult-social-care-rules`) when the options are invalid, `events` is not iterable, or the pack changes national law
 *
 * @example
 * ```ts
 * import { deriveAscofFromCld, generateSyntheticCld } from 'adult-social-care-rules/ascof';
 *
 * const events = generateSyntheticCld({ seed: 1, people: 200, period: { start: '2024-04-01', end: '2025-03-31' } });
 * const result = await deriveAscofFromCld(events, {
 *   period: { start: '2024-04-01', end: '2025-03-31' },
 *   population: { aged18to64: 5000, aged65plus: 1500 },
 * });
 * const twoA = result.measures.find((m) => m.code === '2A');
 * console.log(twoA?.total?.published.value, result.dataQuality.rowsRead);
 * ```
 */
export async function deriveAscofFromCld(events: Iterable<unknown> | AsyncIterable<unknown>, options: DeriveAscofFromCldOptionsTyped): Promise<DeriveAscofFromCldResult> {
  const run = _startCldDerivation(options);
  if (!isIterable(events) && !isAsyncIterable(events)) throw new RulesError(ENTRY, [_issue('invalid_type', ['events'], 'must be an iterable or async iterable of CLD rows')]);
  if (isIterable(events)) for (const row of events) run.ingest.add(row);
  else for await (const row of events) run.ingest.add(row);
  return run.finish();
}

/** A derivation in progress: feed rows (objects) or CSV records to `ingest`, then `finish`. */
export interface _CldDerivation {
  readonly ingest: Pick<_Ingest, 'add' | 'columns' | 'addRecord' | 'exportState' | 'merge'>;
  finish(): DeriveAscofFromCldResult;
}

/**
 * Starts a derivation without an iterable, for callers that feed rows in batches (the CLI feeds CSV records
 * straight from the parser, checked and converted in one pass). Same options, checks and result as
 * {@link deriveAscofFromCld}.
 */
export function _startCldDerivation(options: DeriveAscofFromCldOptionsTyped): _CldDerivation {
  const opts = _parse(ENTRY, DeriveAscofFromCldOptionsSchema, options);
  const pack = opts.pack === undefined ? defaultCldPack : _assertLawIntact(ENTRY, opts.pack as RulePack<CldPackSpec>, defaultCldPack);
  // The end date is read against the pack first: a date before the CLD method begins is a problem of the date
  // alone (the JSON Schema's formatMinimum says it too), reported even when the period is also reversed.
  const resolved = resolveAll(pack, opts.period.end, { entry: ENTRY, datePath: ['options', 'period', 'end'] });
  if (opts.period.end < opts.period.start) throw new RulesError(ENTRY, [_issue('inconsistent_input', ['options', 'period', 'end'], 'the period must end on or after its start')]);
  const v = resolved.values;
  const periodStart = _day(opts.period.start);
  const periodEnd = _day(opts.period.end);
  const daysPerYear = _dec(v.daysPerYear).toNumber();
  const ingest = _createIngest({
    periodStart,
    periodEnd,
    windowStart: periodStart - (v.admissionLookbackDays + v.newClientLookbackDays + 2 * v.sequelWindowDays + 366),
    windowEnd: periodEnd + v.sequelWindowDays + v.dischargeLink.outcomeWithinDays + v.dischargeLink.daysAfter,
    identifierRule: v.personIdentifierRule,
    laCode: opts.laCode,
    serviceKeyWithDelivery: v.serviceEventKey === 'type-component-delivery',
    dropEventsAfterDeath: v.eventsStartingAfterDeath === 'drop',
    recode: opts.recode,
  });
  return { ingest, finish: () => conclude(ingest.finish()) };

  function conclude(data: _Ingested): DeriveAscofFromCldResult {

    const publisher = _cldPublisher(ENTRY, _yearOf(opts.period.end), opts.ascofPack as RulePack<AscofSpec> | undefined);
    const fig = (code: CldMeasureCode, level: string, n: number, d: number): CldFigure => publisher.figure(code, level, n, d);
    const excludedByMethod = new Map<string, number>();
    const exclude = (measure: string, reason: string, by = 1): void => count(excludedByMethod, `${measure}\u0000${reason}`, by);

    // Per person, then added up.
    const twoA = tally();
    const twoAOutcomes = new Map<string, number>();
    const twoADen = new Set(v.twoAOutcomes.denominator);
    const twoANum = new Set(v.twoAOutcomes.numerator);
    const twoAExcluded = new Set<string>(v.twoAOutcomes.excluded);
    const notClassifiable = new Map<string, number>();
    const admissions = new Map<string, number>();
    const twoE1 = tally();
    const twoE2 = tally();
    const statuses = new Map<string, number>();
    const users1a = tally();
    const users2a = tally();
    const carers1b = tally();
    const carers2b = tally();
    const settled = new Set<string>(v.settledAccommodation);
    // 2D links discharges by NHS number: keep only the people a discharge names (the others are read once and dropped).
    const peopleById = new Map<string, PersonState>();
    const discharged = new Set((opts.hospitalDischarges ?? []).map((d) => d.personId));
    for (const p of data.people()) {
      if (p.idSource === 'N' && discharged.has(p.id)) peopleById.set(p.id, p);
      const a = _twoAEpisodes(p, {
        periodStart, periodEnd, daysPerYear,
        clusterGapDays: v.stMaxClusterGapDays,
        newClientLookbackDays: v.newClientLookbackDays,
        sequelWindowDays: v.sequelWindowDays,
        nestedReviewWithinDays: v.nestedReviewWithinDays,
      });
      for (const why of a.excluded) exclude('2A', why satisfies TwoAExclusion);
      for (const ep of a.episodes) {
        count(twoAOutcomes, `${ep.outcome} (step ${ep.step})`);
        if (twoADen.has(ep.outcome)) {
          const inNum = twoANum.has(ep.outcome);
          tick(twoA, 'Total', inNum);
          if (ep.ageBand !== 'Unknown') tick(twoA, ep.ageBand, inNum);
        } else if (twoAExcluded.has(ep.outcome)) {
          exclude('2A', `sequel ${ep.outcome}`);
        } else {
          count(notClassifiable, ep.outcome);
        }
      }
      const adm = _admission(p, { periodStart, periodEnd, lookbackDays: v.admissionLookbackDays, ageAt: v.admissionAgeAt, daysPerYear });
      if (adm.counted !== false) count(admissions, adm.counted);
      else if (adm.reason !== undefined) exclude('2B/2C', adm.reason);
      const e = _settled(p, { periodStart, periodEnd, daysPerYear, settled });
      if (e !== undefined) {
        tick(twoE2, 'Total', e.settled);
        tick(twoE2, e.band, e.settled);
        if (e.learningDisability && e.band === '18 to 64') tick(twoE1, 'Total', e.settled);
        count(statuses, `${e.status}${e.inferred ? ' (inferred from the latest service)' : ''}: ${e.settled ? 'settled' : 'not settled'}`);
      }
      const d = _selfDirected(p, periodEnd, daysPerYear);
      if (d?.community !== undefined) {
        for (const level of d.band === 'Unknown' ? ['Total'] : ['Total', d.band]) {
          tick(users1a, level, d.community === 'direct-payment' || d.community === 'personal-budget');
          tick(users2a, level, d.community === 'direct-payment');
        }
      }
      const c = _carerSupport(p, periodStart, periodEnd);
      const carerAge = c === undefined ? undefined : _age(p.birth, periodEnd, daysPerYear);
      // Carers under 18 at the period end are left out (DHSC 3D carers: "Der_Age_Band_Reporting_End IN ('18 to 64', '65 and above', 'Unknown')").
      if (c !== undefined && carerAge !== undefined && carerAge < 18) exclude('3D(1b)', 'carer under 18');
      else if (c !== undefined && c <= 3) {
        tick(carers1b, 'Total', c <= 2);
        tick(carers2b, 'Total', c === 1);
      } else if (c === 4) exclude('3D(1b)', 'carer support with unknown delivery mechanism');
    }

    const tallyMeasure = (code: CldMeasureCode, t: Tally, levels: readonly string[], citation: string, breakdown: Map<string, number> = new Map()): CldMeasure => {
      const disaggregations = levels.map((level) => ({ level, figure: fig(code, level, t.num.get(level) ?? 0, t.den.get(level) ?? 0) }));
      return { code, title: TITLES[code], computable: true, total: disaggregations[0]?.figure, disaggregations, breakdown: sorted(breakdown), citation, publishedAs: publisher.publishedAs(code) };
    };
    const bands = ['Total', '18 to 64', '65 and above'];
    const measures: CldMeasure[] = [];
    measures.push(tallyMeasure('2A', twoA, bands, `${SQL}/Create_ASCOF_2A_2425_Onwards.sql`, twoAOutcomes));
    const pop = opts.population;
    const n18 = admissions.get('18 to 64') ?? 0;
    const n65 = admissions.get('65 and above') ?? 0;
    const twoB = fig('2B', 'Total', n18, pop.aged18to64);
    const twoC = fig('2C', 'Total', n65, pop.aged65plus);
    measures.push({ code: '2B', title: TITLES['2B'], computable: true, total: twoB, disaggregations: [{ level: 'Total', figure: twoB }], breakdown: [], citation: `${SQL}/Create_ASCOF_2B2C_2425_Onwards.sql`, publishedAs: publisher.publishedAs('2B') });
    measures.push({ code: '2C', title: TITLES['2C'], computable: true, total: twoC, disaggregations: [{ level: 'Total', figure: twoC }], breakdown: [], citation: `${SQL}/Create_ASCOF_2B2C_2425_Onwards.sql`, publishedAs: publisher.publishedAs('2C') });

    const twoDCitation = `${SQL}/Create_ASCOF_2D.sql`;
    if (opts.hospitalDischarges === undefined) {
      const reason = 'not computable: 2D needs hospital discharge records (SUS) linked to CLD; pass options.hospitalDischarges';
      for (const code of ['2D(1)', '2D(2)'] as const) measures.push({ code, title: TITLES[code], computable: false, reason, total: undefined, disaggregations: [], breakdown: [], citation: twoDCitation, publishedAs: publisher.publishedAs(code) });
    } else {
      const link = v.dischargeLink;
      const d = _twoD(peopleById, opts.hospitalDischarges, { periodStart, periodEnd, daysBefore: link.daysBefore, daysAfter: link.daysAfter, outcomeWithinDays: link.outcomeWithinDays, minAge: link.minAge, clusterGapDays: link.clusterGapDays });
      for (const [why, n] of d.filtered) exclude('2D', why, n);
      const dBands: readonly (TwoDAgeBand | 'Total')[] = ['Total', '65 to 74', '75 to 84', '85 and above'];
      const sum = (m: Map<TwoDAgeBand, number>, b: TwoDAgeBand | 'Total'): number => (b === 'Total' ? [...m.values()].reduce((x, y) => x + y, 0) : (m.get(b) ?? 0));
      const part1 = dBands.map((level) => ({ level, figure: fig('2D(1)', level, sum(d.atHome, level), sum(d.linked, level)) }));
      const part2 = dBands.map((level) => ({ level, figure: fig('2D(2)', level, sum(d.linked, level), sum(d.discharges, level)) }));
      measures.push({ code: '2D(1)', title: TITLES['2D(1)'], computable: true, total: part1[0]?.figure, disaggregations: part1, breakdown: [], citation: twoDCitation, publishedAs: publisher.publishedAs('2D(1)') });
      measures.push({ code: '2D(2)', title: TITLES['2D(2)'], computable: true, total: part2[0]?.figure, disaggregations: part2, breakdown: [], citation: twoDCitation, publishedAs: publisher.publishedAs('2D(2)') });
    }
    measures.push(tallyMeasure('2E(1)', twoE1, ['Total'], `${SQL}/Create_ASCOF_2E_2425_Onwards.sql (@LD_Filter = 1)`));
    measures.push(tallyMeasure('2E(2)', twoE2, bands, `${SQL}/Create_ASCOF_2E_2425_Onwards.sql (@LD_Filter = 0)`, statuses));
    measures.push(tallyMeasure('3D(1a)', users1a, bands, `${SQL}/Create_ASCOF_3D_2425_Onwards.sql (1a)`));
    measures.push(tallyMeasure('3D(2a)', users2a, bands, `${SQL}/Create_ASCOF_3D_2425_Onwards.sql (2a)`));
    measures.push(tallyMeasure('3D(1b)', carers1b, ['Total'], `${SQL}/Create_ASCOF_3D_2425_Onwards.sql (1b)`));
    measures.push(tallyMeasure('3D(2b)', carers2b, ['Total'], `${SQL}/Create_ASCOF_3D_2425_Onwards.sql (2b)`));

    const dataQuality = qualityReport(data, notClassifiable, excludedByMethod);
    const warnings = [
      ...new Set([
        ...resolved.used.flatMap((r) => (r.warning === undefined ? [] : [`${r.key}: ${r.warning}`])),
        ...publisher.warnings(),
        `UNVERIFIED defined lists: ${CLD_UNVERIFIED_LISTS.join('; ')}`,
        ...[...data.recoded].map(([column, rows]) => `${rows} rows had ${column} recoded through options.recode (a spelling outside the defined list accepted on request)`),
        ...(data.laCodes.length > 1 && opts.laCode === undefined ? [`rows of ${data.laCodes.length} councils were combined; pass options.laCode to keep one`] : []),
      ]),
    ];
    const steps = [...traceSteps(measures, dataQuality, resolved.used.map((r) => r.warning).filter((w): w is string => w !== undefined)), ...publisher.steps];
    const geography = opts.geography ?? { code: opts.laCode ?? data.laCodes[0] ?? 'unknown' };
    const ref = packRef(pack);
    return {
      period: { start: opts.period.start, end: opts.period.end },
      geography,
      measures,
      dataQuality,
      warnings,
      pack: ref,
      ascofPack: packRef(publisher.pack),
      trace: _makeTrace({ entry: ENTRY, asOf: opts.period.end, pack: ref, steps, used: [...resolved.used, ...publisher.used()] }),
    };
  }
}

function sorted(m: Map<string, number>): { label: string; count: number }[] {
  return [...m].map(([label, n]) => ({ label, count: n })).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

function qualityReport(data: _Ingested, notClassifiable: Map<string, number>, excluded: Map<string, number>): CldDataQuality {
  const rejected = [...data.rejections]
    .map(([k, rows]) => {
      const [reason, path] = k.split('\u0000') as [string, string];
      return { reason, path, rows };
    })
    .sort((a, b) => b.rows - a.rows || (a.reason + a.path < b.reason + b.path ? -1 : 1));
  const rowsRejected = rejected.reduce((s, r) => s + r.rows, 0);
  const excludedLinkedLaId = rejected.filter((r) => r.reason === 'identifier_excluded').reduce((s, r) => s + r.rows, 0);
  return {
    rowsRead: data.rowsRead,
    rowsUsed: data.rowsUsed,
    rowsRejected,
    rejected,
    duplicatesRemoved: data.duplicatesRemoved,
    identifierFallbacks: { ...data.fallbacks, excludedLinkedLaId },
    outcomesNotClassifiable: sorted(notClassifiable).map((x) => ({ measure: '2A' as const, outcome: x.label, episodes: x.count })),
    excludedByMethod: sorted(excluded).map((x) => {
      const [measure, reason] = x.label.split('\u0000') as [string, string];
      return { measure, reason, count: x.count };
    }),
    recoded: [...data.recoded].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([column, rows]) => ({ column, rows })),
    people: data.peopleCount,
    councils: data.laCodes,
  };
}

function traceSteps(measures: readonly CldMeasure[], dq: CldDataQuality, packWarnings: readonly string[]): TraceStep[] {
  const steps: TraceStep[] = [
    _step(
      'ascof.cld.rows',
      'DHSC CLD ASCOF methodology 2024-25 (data cleaning); NHSE Central Transformation Principles - ASCOF',
      'applied',
      `${dq.rowsRead} rows read: ${dq.rowsUsed} used, ${dq.rowsRejected} not used (${dq.duplicatesRemoved} duplicates, ${dq.identifierFallbacks.excludedLinkedLaId} excluded by the identifier rule); ${dq.people} people.`,
      [['rowsRead', dq.rowsRead], ['rowsUsed', dq.rowsUsed], ['rowsRejected', dq.rowsRejected]],
      [`UNVERIFIED defined lists: ${CLD_UNVERIFIED_LISTS.join('; ')}`],
    ),
  ];
  for (const m of measures) {
    if (!m.computable || m.total === undefined) {
      steps.push(_step(`ascof.cld.${m.code}`, m.citation, 'unknown', m.reason ?? 'not computable'));
      continue;
    }
    const t = m.total;
    steps.push(
      _step(
        `ascof.cld.${m.code}`,
        m.citation,
        'applied',
        `${m.code}: ${t.numerator} / ${t.denominator} gives ${t.published.value} (published as ${t.rule}).`,
        [[`${m.code}.numerator`, t.numerator], [`${m.code}.denominator`, t.denominator]],
        packWarnings,
      ),
    );
  }
  return steps;
}

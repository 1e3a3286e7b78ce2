import { RulesError, _issue, _parse } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import type { IsoDate } from '../core/dates.js';
import { _dedupe, _readEvidence, type EvidenceRef, type Finding, type RiskSignal, type SetAsideItem } from './evidence.js';
import { _criterionRow, _evaluateCriteria, type LevelCriterion } from './levelCriteria.js';
import { _cite, _riskContext, _used, _warnings, type RiskPackOptions, type _RiskContext } from './packContext.js';
import { AssessProviderRiskInputSchema, type AssessProviderRiskInput } from './schemas.js';
import { RISK_LEVEL_DESCRIPTIONS, type CqcRating, type EvidenceKind, type RiskLevel } from './vocabulary.js';

/** Options of {@link assessProviderRisk}. */
export type AssessProviderRiskOptions = RiskPackOptions;

/** Why a level was reached: a criterion that was met at the assessed level, with its evidence and their ages. */
export interface RiskDriver {
  /** The criterion. */
  readonly criterion: LevelCriterion['id'];
  /** The level it sets. */
  readonly level: RiskLevel;
  /** Why it is met. */
  readonly because: string;
  /** The evidence items (id, kind, source, date, age in days). */
  readonly evidence: readonly EvidenceRef[];
}

/** The result of {@link assessProviderRisk}. */
export interface ProviderRiskAssessment {
  /** The service assessed. */
  readonly providerId: string;
  /** Its service type (one of the pack's `serviceTypes`). */
  readonly serviceType: string;
  /** The service type's profile: its name, whether CQC regulates it, and its routine visit cadence. */
  readonly serviceProfile: { readonly label: string; readonly cqc: 'oversight' | 'none'; readonly visitEveryDays: number };
  /** The assessment date. */
  readonly asOf: IsoDate;
  /**
   * The level, 0 to 4 (Table One): a **recommendation**. It becomes a decision when the oversight body confirms
   * it or departs from it ({@link confirmRiskDecision}).
   */
  readonly level: RiskLevel;
  /** The level the quality evidence alone supports, without financial or closure signals. */
  readonly qualityLevel: RiskLevel;
  /**
   * Financial and closure signals in force (market oversight, the provider's own exit or change of registration,
   * CQC decisions to remove a registration or close the service: seed 001 Appendix 2 s.3). They route to the
   * provider-failure side (Market Failure Plan, contingency planning), never to quality letters.
   */
  readonly providerFailureSignals: readonly RiskSignal[];
  /** `true` when the CQC rating in force is below Good: a "key focus in quality assurance regime" (Appendix 2 s.7). */
  readonly cqcFocus: boolean;
  /**
   * Routine monitoring visits at level 0: every `visitEveryDays`, from the service type's cadence, shortened by
   * the risk profile (para 1.10.3) or a CQC rating below Good (Appendix 2 s.7) as the pack says.
   */
  readonly monitoring: { readonly visitEveryDays: number; readonly basis: readonly string[] };
  /** Table One's description of the level. */
  readonly description: string;
  /** The criteria met at the level reached (empty at level 0). */
  readonly drivers: readonly RiskDriver[];
  /** Every criterion, met or not ("why not"). */
  readonly criteria: readonly LevelCriterion[];
  /** At level 4, the basis: an urgent-closure or failure signal, significant risk to service users, or both. */
  readonly level4Basis: readonly ('closure-or-failure' | 'significant-risk-to-service-users')[];
  /**
   * `true` only when a market-oversight failure signal or an urgent-closure regulatory action is in force.
   * Quality evidence never sets it.
   */
  readonly failureSignal: boolean;
  /** Every concern read from current evidence: open ones, and closed ones (which count only towards recurrence). */
  readonly findings: readonly Finding[];
  /** Items not scored: stale (older than the pack's limit) or superseded by a newer status. */
  readonly setAside: readonly SetAsideItem[];
  /**
   * Domains and kinds with no current evidence: the pack's required ones, and any domain whose only evidence is
   * stale. Unknown, never read as "no concern".
   */
  readonly missing: { readonly domains: readonly string[]; readonly kinds: readonly EvidenceKind[] };
  /** `true` when nothing required is missing. */
  readonly evidenceComplete: boolean;
  /** Ids given more than once with identical content (each counted once). */
  readonly duplicatesIgnored: readonly string[];
  /** Outbreaks in progress (each triggers a temporary placement stop). */
  readonly activeOutbreaks: readonly EvidenceRef[];
  /** The CQC rating in force (the latest; a rating never goes stale), or `null` when there is none. */
  readonly cqcRating: { readonly overall: CqcRating; readonly date: IsoDate; readonly ageDays: number; readonly evidenceId: string } | null;
  /** The pack used. */
  readonly pack: PackRef;
  /** How the level was reached, rule by rule. */
  readonly trace: Trace;
}

const ENTRY = 'assessProviderRisk';
const QA = 'Coventry QA framework (seed 001)';

/** The profile of a service type in the pack in force, or a RulesError naming the known types. */
export function _serviceProfile(entry: string, ctx: _RiskContext, serviceType: string, path: readonly (string | number)[]) {
  const profile = ctx.values.serviceTypes[serviceType];
  if (profile === undefined) {
    const known = Object.keys(ctx.values.serviceTypes);
    throw new RulesError(entry, [
      _issue(
        'invalid_value',
        path,
        `must be one of the pack's service types: ${known.join(', ')} (seed 001 Appendix 2 s.8); a council adds its own types in its layer`,
      ),
    ]);
  }
  return profile;
}

/**
 * The risk level (0-4) of one care provider on a date, from dated evidence, with the criteria that drove it.
 *
 * Evidence is deduplicated by id; observations older than the pack's limit for their kind are set aside and
 * reported as stale, and required domains with no current evidence are reported as missing (the level then
 * says "no known concerns", never "no concerns"). Levels follow Table One of the Coventry QA framework (seed 001
 * para 1.16): 1 a defined or single concern; 2 persistent or widespread concerns, or one serious concern; 3
 * sustained, significant or widespread serious concerns; 4 an urgent-closure or failure signal, or a critical
 * concern (significant risk to service users). Quality evidence alone never counts as financial failure.
 * Evidence is read by kind (para 1.12): a substantiated safeguarding enquiry counts for the pack's window after it
 * closes; referral frequency counts whatever the outcome; a CQC rating stays in force until replaced, however
 * old. The evidence required depends on the service type (one of the pack's `serviceTypes`, Appendix 2 s.8).
 * Financial and closure signals are reported in `providerFailureSignals` for the provider-failure side; the
 * level is a recommendation (see {@link reviewRiskLevel} and {@link confirmRiskDecision}).
 * More or worse evidence never lowers the level, except that a newer status (CQC rating, manager, BCP)
 * replaces the older one of its kind.
 *
 * @param input - the provider, its service type, the assessment date and the evidence
 * @param options - `pack`: a council's pack (default {@link coventryRiskPack})
 * @returns the level with its drivers, every criterion, findings, stale and missing evidence, and a trace
 * @throws {@link adult-social-care-rules!RulesError} for invalid input: an unknown service type, a malformed item, evidence dated after `asOf`, a closure date
 *   before the item or after `asOf`, or one id used for two different records
 *
 * @example
 * ```ts
 * import { assessProviderRisk } from 'adult-social-care-rules/risk';
 *
 * const a = assessProviderRisk({
 *   providerId: 'CH-017', serviceType: 'residential-local', asOf: '2026-05-01',
 *   evidence: [
 *     { kind: 'quality-trigger', id: 'V1-med', date: '2026-04-20', source: 'monitoring visit', domain: 'medication', finding: 'moderate' },
 *   ],
 * });
 * a.level; //=> 1
 * a.drivers[0]?.evidence[0]?.ageDays; //=> 11
 * ```
 */
export function assessProviderRisk(input: AssessProviderRiskInput, options?: AssessProviderRiskOptions): ProviderRiskAssessment {
  const data = _parse(ENTRY, AssessProviderRiskInputSchema, input);
  const ctx = _riskContext(ENTRY, options, data.asOf, ['asOf']);
  const p = ctx.values;
  const profile = _serviceProfile(ENTRY, ctx, data.serviceType, ['serviceType']);
  const { items, duplicates, issues } = _dedupe(data.evidence, data.asOf);
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const read = _readEvidence(items, data.asOf, p);
  const criteria = _evaluateCriteria(read, p);
  const level = criteria.reduce<RiskLevel>((m, c) => (c.met && c.level > m ? c.level : m), 0);
  const drivers: RiskDriver[] = criteria.filter((c) => c.met && c.level === level && level > 0).map((c) => ({ criterion: c.id, level: c.level, because: c.because, evidence: c.evidence }));
  const level4Basis: ('closure-or-failure' | 'significant-risk-to-service-users')[] = [];
  if (level === 4) {
    if (criteria.some((c) => c.id === 'level4.closure-or-failure' && c.met)) level4Basis.push('closure-or-failure');
    // Any quality criterion the pack sets at level 4 (a critical concern by default) is a risk to service users.
    if (criteria.some((c) => c.met && c.level === 4 && c.id !== 'level4.closure-or-failure' && c.id !== 'market-signal')) level4Basis.push('significant-risk-to-service-users');
  }
  const failureSignal = read.signals.some((s) => s.closureOrFailure);
  const qualityLevel = criteria.reduce<RiskLevel>((m, c) => (c.met && c.level > m && c.id !== 'level4.closure-or-failure' && c.id !== 'market-signal' ? c.level : m), 0);
  // Required domains of the service type with no current evidence, then any other domain known only from stale items.
  const missingDomains: string[] = profile.evidence.domains.filter((d) => !read.covered.has(d));
  for (const d of read.staleDomains) if (!read.covered.has(d) && !missingDomains.includes(d)) missingDomains.push(d);
  const missingKinds = profile.evidence.kinds.filter((k) => !read.kindsPresent.has(k));
  const cqcFocus = read.latestCqc !== null && (read.latestCqc.overall === 'requires-improvement' || read.latestCqc.overall === 'inadequate');
  const vf = p.profileVisitFrequency;
  const rp = data.riskProfile;
  const basis: string[] = [];
  if (vf.peopleSupportedAtLeast !== null && rp?.peopleSupported !== undefined && rp.peopleSupported >= vf.peopleSupportedAtLeast) basis.push(`${rp.peopleSupported} people supported (at least ${vf.peopleSupportedAtLeast})`);
  if (rp?.complexity !== undefined && vf.complexity.includes(rp.complexity)) basis.push(`complexity of service: ${rp.complexity}`);
  if (rp?.location !== undefined && vf.locations.includes(rp.location)) basis.push(`location: ${rp.location}`);
  if (vf.cqcBelowGood && cqcFocus) basis.push(`CQC rating ${read.latestCqc?.overall ?? ''} (below Good: a key focus)`);
  const visitEveryDays = basis.length > 0 ? Math.min(profile.visitEveryDays, vf.everyDays) : profile.visitEveryDays;

  const steps: TraceStep[] = [];
  steps.push(
    _step('risk.evidence.once', 'adult-social-care-rules: each evidence id counts once', 'applied', `${items.length} distinct item(s) read; ${duplicates.length} exact duplicate(s) ignored`, [
      ['evidence.length', data.evidence.length],
      ['duplicatesIgnored', duplicates],
    ]),
  );
  const stale = read.setAside.filter((s) => s.reason === 'stale');
  steps.push(
    _step(
      'risk.evidence.stale',
      _cite(ctx, 'staleAfterDays'),
      stale.length > 0 ? 'unknown' : 'met',
      stale.length > 0 ? `${stale.length} stale item(s) set aside and not read as "no concern": ${stale.map((s) => `${s.evidence.id} (${s.evidence.kind}, ${s.evidence.ageDays} days old, limit ${s.limitDays})`).join('; ')}` : 'no observation is older than its limit',
      [['stale', stale.map((x) => x.evidence.id)]],
      _warnings(ctx, 'staleAfterDays'),
    ),
  );
  steps.push(
    _step(
      'risk.evidence.missing',
      _cite(ctx, 'serviceTypes'),
      missingDomains.length + missingKinds.length > 0 ? 'unknown' : 'met',
      missingDomains.length + missingKinds.length > 0
        ? `no current evidence for ${[...missingDomains, ...missingKinds].join(', ')}: unknown, not "no concern"`
        : 'every required domain and kind has current evidence',
      [['missing', [...missingDomains, ...missingKinds]]],
      _warnings(ctx, 'serviceTypes'),
    ),
  );
  for (const c of criteria) {
    steps.push(
      _step(
        `risk.${c.id}`,
        `${QA} ${_criterionRow(c)}; ${c.packKeys.map((k) => `pack: ${k}`).join(', ') || 'no pack value'}`,
        c.met ? 'met' : 'not-met',
        c.because,
        [['evidence', c.evidence.map((e) => `${e.id} (${e.ageDays}d)`)]],
        _warnings(ctx, ...c.packKeys),
      ),
    );
  }
  steps.push(
    _step(
      'risk.service-type',
      _cite(ctx, 'serviceTypes'),
      'applied',
      `${data.serviceType} (${profile.label}): CQC ${profile.cqc === 'none' ? 'does not regulate it, so no CQC rating is asked for' : 'regulates it'}; evidence required for ${profile.evidence.domains.length} domain(s) and ${profile.evidence.kinds.join(', ') || 'no kind'}`,
      [['serviceType', data.serviceType]],
      _warnings(ctx, 'serviceTypes'),
    ),
    _step(
      'risk.route.provider-failure',
      `${_cite(ctx, 'closureSignals')}; ${QA} Appendix 2 (Market Failure Plan)`,
      read.signals.length > 0 ? 'met' : 'not-met',
      read.signals.length > 0
        ? `financial or closure signal(s) in force (${read.signals.map((x) => x.signal).join(', ')}): routed to the provider-failure side (contingency plan, market oversight), not to quality letters; quality evidence alone supports level ${qualityLevel}`
        : 'no financial or closure signal in force',
      [['signals', read.signals.map((x) => x.evidence.id)]],
    ),
    _step(
      'risk.monitoring.cadence',
      _cite(ctx, 'profileVisitFrequency'),
      'applied',
      `routine visits every ${visitEveryDays} days${basis.length > 0 ? ` (service type: ${profile.visitEveryDays}; shortened for ${basis.join('; ')})` : ' (the service type\'s cadence)'}`,
      [['riskProfile', rp ?? null]],
      _warnings(ctx, 'profileVisitFrequency'),
    ),
    _step('risk.level', `${QA} para 1.16 Table One and para 1.20 (five levels, 0-4; para 1.15 says "4 levels", the table governs)`, 'applied', `level ${level}: ${RISK_LEVEL_DESCRIPTIONS[level]}${level === 0 && missingDomains.length + missingKinds.length > 0 ? ' (no KNOWN concerns; evidence incomplete)' : ''}`, [
      ['drivers', drivers.map((d) => d.criterion)],
    ]),
  );
  const keys = ['staleAfterDays', 'persistence', 'widespreadDomains', 'levelCriteria', 'cqcRatingSeverity', 'regulatoryActionSeverity', 'closureRegulatoryActions', 'closureSignals', 'marketSignalLevel', 'manager', 'safeguarding', 'complaintCountedOutcomes', 'bcpSeverity', 'outbreakSeverity', 'serviceTypes', 'profileVisitFrequency'] as const;
  const ref = packRef(ctx.pack);
  return {
    providerId: data.providerId,
    serviceType: data.serviceType,
    serviceProfile: { label: profile.label, cqc: profile.cqc, visitEveryDays: profile.visitEveryDays },
    asOf: data.asOf,
    level,
    qualityLevel,
    providerFailureSignals: read.signals,
    cqcFocus,
    monitoring: { visitEveryDays, basis },
    description: RISK_LEVEL_DESCRIPTIONS[level],
    drivers,
    criteria,
    level4Basis,
    failureSignal,
    findings: read.findings,
    setAside: read.setAside,
    missing: { domains: missingDomains, kinds: missingKinds },
    evidenceComplete: missingDomains.length + missingKinds.length === 0,
    duplicatesIgnored: duplicates,
    activeOutbreaks: read.activeOutbreaks,
    cqcRating: read.latestCqc === null ? null : { overall: read.latestCqc.overall as CqcRating, date: read.latestCqc.date, ageDays: read.latestCqc.ref.ageDays, evidenceId: read.latestCqc.ref.id },
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: data.asOf, pack: ref, steps, used: _used(ctx, keys) }),
  };
}

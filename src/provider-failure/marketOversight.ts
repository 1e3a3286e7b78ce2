import { _dec } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceOutcome, type TraceStep } from '../core/trace.js';
import { _assertLawInForce, _packFrom, _reader, type ProviderFailureOptions } from './options.js';
import { MarketOversightMetricsSchema, type MarketOversightMetricsInput } from './schemas.js';

const ENTRY = 'isMarketOversightProvider';

/** Whether a provider meets the market oversight criteria, does not, or cannot be decided on verified law. */
export type MarketOversightStatus = 'meets' | 'does-not-meet' | 'undetermined';

/** One limb of SI 2015/314 and how it came out. */
export interface MarketOversightLimb {
  /** Which limb. */
  readonly id: 'personal-care-hours' | 'personal-care-people' | 'personal-care-intensity' | 'residential-beds' | 'residential-spread' | 'residential-unverified-limb';
  /** `met`, `not-met`, or `unknown` for the unverified limb. */
  readonly outcome: 'met' | 'not-met' | 'unknown';
  /** The provision. */
  readonly citation: string;
  /** Why, in one sentence. */
  readonly because: string;
}

/** The answer of {@link isMarketOversightProvider}. */
export interface MarketOversightResult {
  /** `meets`, `does-not-meet`, or `undetermined` when only an unverified limb could decide it. */
  readonly status: MarketOversightStatus;
  /** Shorthand: `true` only when the status is `meets`. */
  readonly inRegime: boolean;
  /** Each limb tested, in order. */
  readonly limbs: readonly MarketOversightLimb[];
  /** The answer in one sentence (for `undetermined`, what is missing; for a "no" that rests on the assumption about the unverified limb, that assumption). */
  readonly reason: string;
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation, step by step. */
  readonly trace: Trace;
}

/**
 * Whether a registered care provider meets the entry criteria of the CQC market oversight regime (Care Act 2014
 * s.53-54; the Care and Support (Market Oversight Criteria) Regulations 2015, SI 2015/314).
 *
 * Personal care (reg 2), in one week in England, counting group undertakings: at least 30,000 hours; or at least
 * 2,000 people; or at least 800 people with more than 30 hours per person. Residential care (reg 3), by bed capacity
 * in England: at least 2,000; or 1,000 to 1,999 with a bed in at least 16 local authority areas; or a third limb
 * that could not be verified. Where only that third limb could decide the answer, the status is `undetermined`
 * and the reason says so, rather than a guess. Local authorities are outside the regime.
 *
 * @param metrics - the provider's week of personal care and/or its bed capacity (see {@link MarketOversightMetricsSchema})
 * @param options - `pack`: a council's extension of the default pack
 * @returns the status, each limb and the reason
 * @throws `RulesError` for input that fails the schema, neither `personalCare` nor `residential` given,
 *   hours of care given to no one, more authority areas than beds, beds in no area, an `asOf` before the regime
 *   came into force (6 April 2015), or a pack that changes the law
 *
 * @example
 * ```ts
 * import { isMarketOversightProvider } from 'adult-social-care-rules/provider-failure';
 *
 * // 850 people at 31.76 hours each: the intensity limb of reg 2
 * isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek: 27000, peopleInWeek: 850 } }).status; //=> 'meets'
 * ```
 */
export function isMarketOversightProvider(metrics: MarketOversightMetricsInput, options?: ProviderFailureOptions): MarketOversightResult {
  const m = _parse(ENTRY, MarketOversightMetricsSchema, metrics);
  _assertLawInForce(ENTRY, 'marketOversightPersonalCare', m.asOf, ['asOf'], 'the market oversight regime (Care Act 2014 ss.53-57 and SI 2015/314)');
  const issues: RulesIssue[] = [];
  // Which parts are given, and a count of 0 beside a positive one, are the schema's rules; comparing two counts
  // is not (docs/schemas.md).
  if (m.residential !== undefined && m.residential.authoritiesWithBeds > m.residential.bedCapacity) {
    issues.push(_issue('inconsistent_input', ['residential', 'authoritiesWithBeds'], 'cannot exceed bedCapacity (each area counted holds at least one bed)'));
  }
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const pack = _packFrom(ENTRY, options);
  const read = _reader(ENTRY, pack, m.asOf, ['asOf']);
  const steps: TraceStep[] = [];
  const limbs: MarketOversightLimb[] = [];
  const add = (id: MarketOversightLimb['id'], outcome: MarketOversightLimb['outcome'], citation: string, because: string, inputs: readonly (readonly [string, unknown])[], warnings: readonly string[] = []): void => {
    limbs.push({ id, outcome, citation, because });
    steps.push(_step(`provider-failure.marketOversight.${id}`, citation, outcome as TraceOutcome, because, inputs, warnings));
  };

  if (m.isLocalAuthority) {
    steps.push(_step('provider-failure.marketOversight.notLocalAuthority', 'SI 2015/314 regs 2 and 3', 'not-met', 'A local authority is outside the market oversight regime.', [['isLocalAuthority', true]]));
    return {
      status: 'does-not-meet',
      inRegime: false,
      limbs,
      reason: 'Local authorities are outside the market oversight regime (SI 2015/314 regs 2 and 3).',
      pack: packRef(pack),
      trace: _makeTrace({ entry: ENTRY, asOf: m.asOf, pack: packRef(pack), steps, used: read.used }),
    };
  }

  if (m.personalCare !== undefined) {
    const t = read.get('marketOversightPersonalCare');
    const { hoursInWeek: hours, peopleInWeek: people } = m.personalCare;
    const inputs = [
      ['personalCare.hoursInWeek', hours],
      ['personalCare.peopleInWeek', people],
    ] as const;
    add('personal-care-hours', hours >= t.value.minHoursInWeek ? 'met' : 'not-met', 'SI 2015/314 reg 2', `${hours} hours of personal care in the week against at least ${t.value.minHoursInWeek}.`, inputs, t.warnings);
    add('personal-care-people', people >= t.value.minPeopleInWeek ? 'met' : 'not-met', 'SI 2015/314 reg 2', `${people} people given personal care in the week against at least ${t.value.minPeopleInWeek}.`, inputs, t.warnings);
    const perPerson = people > 0 ? _dec(hours).div(people) : undefined;
    const above = _dec(t.value.intensityHoursPerPersonAbove);
    const intense = people >= t.value.intensityMinPeople && perPerson !== undefined && perPerson.gt(above);
    // Two places, unless rounding would show a figure just over the line as the line itself.
    const shown = perPerson === undefined ? '0' : (perPerson.toDecimalPlaces(2).eq(above) && !perPerson.eq(above) ? perPerson.toDecimalPlaces(6, 1) : perPerson.toDecimalPlaces(2)).toString();
    add(
      'personal-care-intensity',
      intense ? 'met' : 'not-met',
      'SI 2015/314 reg 2',
      people < t.value.intensityMinPeople
        ? `${people} people is fewer than the ${t.value.intensityMinPeople} the intensity limb needs.`
        : intense
          ? `${people} people at ${shown} hours each: at least ${t.value.intensityMinPeople} people with more than ${above.toString()} hours per person, so the intensity limb is met.`
          : `${people} people at ${shown} hours each: not more than ${above.toString()} hours per person, so the intensity limb is not met.`,
      inputs,
      t.warnings,
    );
  }

  if (m.residential !== undefined) {
    const t = read.get('marketOversightResidential');
    const floor = read.get('marketOversightUnverifiedLimbMinBeds');
    const { bedCapacity: beds, authoritiesWithBeds: areas } = m.residential;
    const inputs = [
      ['residential.bedCapacity', beds],
      ['residential.authoritiesWithBeds', areas],
    ] as const;
    const big = beds >= t.value.minBeds;
    add('residential-beds', big ? 'met' : 'not-met', 'SI 2015/314 reg 3', `${beds} beds against at least ${t.value.minBeds}.`, inputs, t.warnings);
    const inBand = beds >= t.value.spreadMinBeds && beds <= t.value.spreadMaxBeds;
    const spread = inBand && areas >= t.value.spreadMinAuthorities;
    add(
      'residential-spread',
      spread ? 'met' : 'not-met',
      'SI 2015/314 reg 3',
      inBand
        ? `${beds} beds spread over ${areas} local authority areas against at least ${t.value.spreadMinAuthorities}.`
        : `${beds} beds is outside the ${t.value.spreadMinBeds}-${t.value.spreadMaxBeds} band of this limb.`,
      inputs,
      t.warnings,
    );
    if (!big && !spread) {
      const couldApply = beds >= floor.value;
      add(
        'residential-unverified-limb',
        couldApply ? 'unknown' : 'not-met',
        'SI 2015/314 reg 3 (third limb, unverified)',
        couldApply
          ? `The third limb of reg 3 could not be verified and could apply to a provider with ${beds} beds; confirm with the CQC.`
          : `With ${beds} beds (fewer than ${floor.value}) the library assumes the unverified third limb cannot apply.`,
        inputs,
        floor.warnings,
      );
    }
  }

  const met = limbs.some((l) => l.outcome === 'met');
  const unknown = limbs.some((l) => l.outcome === 'unknown');
  const status: MarketOversightStatus = met ? 'meets' : unknown ? 'undetermined' : 'does-not-meet';
  const reason = met
    ? `Meets the market oversight criteria: ${limbs.filter((l) => l.outcome === 'met').map((l) => l.because).join(' ')}`
    : unknown
      ? 'Undetermined: no verified limb is met, and the unverified third limb of SI 2015/314 reg 3 could decide it; the CQC determines entry (Care Act 2014 s.54).'
      : limbs.some((l) => l.id === 'residential-unverified-limb')
        ? `Does not meet any verified market oversight criterion of SI 2015/314, on the library's assumption (policy marketOversightUnverifiedLimbMinBeds, flagged UNVERIFIED) that the unverified third limb of reg 3 needs at least ${read.get('marketOversightUnverifiedLimbMinBeds').value} beds; the CQC determines entry (Care Act 2014 s.54).`
        : 'Does not meet any market oversight criterion of SI 2015/314.';
  return {
    status,
    inRegime: status === 'meets',
    limbs,
    reason,
    pack: packRef(pack),
    trace: _makeTrace({ entry: ENTRY, asOf: m.asOf, pack: packRef(pack), steps, used: read.used }),
  };
}

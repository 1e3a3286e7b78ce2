import type * as z from 'zod';
import type { IsoDate } from '../core/dates.js';
import { _dec } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef, type ResolvedRule } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _packFor, _warningsOf, type EligibilityOptions } from './options.js';
import { ADULT_OUTCOMES, type AdultOutcome, type CarerOutcome } from './outcomes.js';
import type { PackValues } from '../core/rulePack.js';
import type { EligibilitySpec } from './pack.js';
import { DutyInputSchema, type FinancialAssessmentSchema } from './schemas.js';

const ENTRY = 'assessDutyToMeetNeeds';

/** What the council must or may do next: a duty, a power only, nothing, or not yet decidable. */
export type DutyStatus = 'duty' | 'power' | 'none' | 'undetermined';

/** One duty or power that applies, with the needs it covers. */
export interface DutyRoute {
  /** The section, e.g. `"Care Act 2014 s.18(1)"`. */
  readonly section: string;
  /** `duty` (must) or `power` (may). */
  readonly kind: 'duty' | 'power';
  /** The outcomes whose needs the route covers (empty when it covers needs not tied to an outcome list). */
  readonly needs: readonly (AdultOutcome | CarerOutcome)[];
  /** One sentence: why it applies, and any proviso. */
  readonly because: string;
}

/** The financial limits in force on the date, with their source. */
export interface FinancialLimits {
  /** The national upper capital limit (£), the financial limit of s.18(2)-(3) and s.20(2)-(5). */
  readonly upperCapitalLimit: string;
  /** The national lower capital limit (£). */
  readonly lowerCapitalLimit: string;
  /** A higher upper limit the council sets for care outside a care home, or `null` for the national one. */
  readonly nonResidentialUpperCapitalLimit: string | null;
  /** First day the national limits are in force. */
  readonly validFrom: IsoDate;
  /** First day they no longer apply, when known. */
  readonly validTo?: IsoDate | undefined;
  /** The source of the national limits. */
  readonly citation: string;
  /** Set when the limits for the date are not verified. */
  readonly warning?: string | undefined;
}

/** The result of {@link assessDutyToMeetNeeds}. */
export interface DutyResult {
  /** `adult` (s.18, s.19) or `carer` (s.20). */
  readonly person: 'adult' | 'carer';
  /** The strongest route: `duty` when any duty applies, else `power`, else `none`; `undetermined` when inputs are missing. */
  readonly status: DutyStatus;
  /** The date considered. */
  readonly asOf: IsoDate;
  /** Every duty or power that certainly applies, duties first (when undetermined, those already certain). */
  readonly routes: readonly DutyRoute[];
  /** The needs the council must meet (empty unless a duty applies). */
  readonly needsInDuty: readonly (AdultOutcome | CarerOutcome)[];
  /** Eligible needs a carer is meeting, which the s.18 duty does not extend to (adults only). */
  readonly excludedAsMetByCarer: readonly AdultOutcome[];
  /** Which limb of s.18(1)(c) / s.20(1)(b)-(c) is satisfied: `no-charge` or `condition-1`…`condition-4`. */
  readonly chargeBasis: readonly string[];
  /** The financial limits in force. */
  readonly financialLimits: FinancialLimits;
  /** When undetermined: the input paths to complete. */
  readonly missing: readonly string[];
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation. */
  readonly trace: Trace;
}

type Tri = 'met' | 'not-met' | 'unknown';
interface Cond {
  readonly outcome: Tri;
  readonly missing: readonly string[];
}
const met: Cond = { outcome: 'met', missing: [] };
const notMet: Cond = { outcome: 'not-met', missing: [] };
const unknown = (...paths: string[]): Cond => ({ outcome: 'unknown', missing: paths });
const fromBool = (v: boolean | undefined, path: string): Cond => (v === undefined ? unknown(path) : v ? met : notMet);
const not = (c: Cond): Cond => (c.outcome === 'unknown' ? c : c.outcome === 'met' ? notMet : met);
function all(...cs: Cond[]): Cond {
  if (cs.some((c) => c.outcome === 'not-met')) return notMet;
  if (cs.every((c) => c.outcome === 'met')) return met;
  return { outcome: 'unknown', missing: cs.flatMap((c) => c.missing) };
}
function any(...cs: Cond[]): Cond {
  if (cs.some((c) => c.outcome === 'met')) return met;
  if (cs.every((c) => c.outcome === 'not-met')) return notMet;
  return { outcome: 'unknown', missing: cs.flatMap((c) => c.missing) };
}

type Financial = z.output<typeof FinancialAssessmentSchema>;
type Values = PackValues<EligibilitySpec>;

function limitFor(values: Values, careHome: boolean | undefined): string | undefined {
  const national = values.capitalLimits.upper;
  const local = values.nonResidentialUpperCapitalLimit;
  if (careHome === true || local === null) return national;
  return careHome === false ? local : undefined;
}

/** At or below the financial limit (condition 1 or 3): declined counts as not shown to be at or below. */
function atOrBelow(fa: Financial | undefined, limit: string | undefined, faPath: string, careHomePath: string): Cond {
  if (fa === undefined) return unknown(faPath);
  if ('declined' in fa) return notMet;
  if (limit === undefined) return unknown(careHomePath);
  return _dec(fa.capital).lte(_dec(limit)) ? met : notMet;
}

function chargeCond(charge: 'no-charge' | 'chargeable' | undefined, path: string): Cond {
  return charge === undefined ? unknown(path) : charge === 'no-charge' ? met : notMet;
}

function mark(c: Cond): Tri {
  return c.outcome;
}

function checkInput(data: z.output<typeof DutyInputSchema>, values: Values): RulesIssue[] {
  const issues: RulesIssue[] = [];
  const capital = (fa: Financial | undefined, path: (string | number)[]) => {
    if (fa !== undefined && 'capital' in fa && _dec(fa.capital).isNegative()) issues.push(_issue('too_small', [...path, 'capital'], 'assessed capital cannot be negative'));
  };
  if (data.person === 'adult') capital(data.financialAssessment, ['financialAssessment']);
  else {
    capital(data.supportToCarer?.financialAssessment, ['supportToCarer', 'financialAssessment']);
    capital(data.careToAdultNeedingCare?.financialAssessment, ['careToAdultNeedingCare', 'financialAssessment']);
  }
  const d = data.determination;
  if (d !== undefined && d.status === 'eligible' && data.person === 'adult' && d.eligibleOutcomes.length < 2) {
    issues.push(_issue('inconsistent_input', ['determination', 'eligibleOutcomes'], 'an eligible adult is unable to achieve two or more outcomes (SI 2015/313 reg 2(1)(b)); list them'));
  }
  if (d !== undefined && d.status !== 'eligible' && d.eligibleOutcomes.length > 0) {
    issues.push(_issue('inconsistent_input', ['determination', 'eligibleOutcomes'], `a ${d.status} determination has no eligible needs; leave the list empty`));
  }
  const local = values.nonResidentialUpperCapitalLimit;
  if (local !== null && _dec(local).lt(_dec(values.capitalLimits.upper))) {
    issues.push(_issue('law_override', ['options', 'pack', 'entries', 'nonResidentialUpperCapitalLimit'], 'a council may set a higher upper capital limit for care outside a care home, never a lower one than the national limit'));
  }
  return issues;
}

const RES_TEXT: Record<string, string> = {
  'ordinarily-resident': 'is ordinarily resident in the council\'s area',
  'present-no-settled-residence': 'is present in the council\'s area with no settled residence',
  'ordinarily-resident-elsewhere': 'is ordinarily resident in another council\'s area',
  other: 'is neither ordinarily resident nor of no settled residence in the council\'s area',
};

interface Outcome {
  status: DutyStatus;
  routes: DutyRoute[];
  missing: string[];
  steps: TraceStep[];
  needsInDuty: (AdultOutcome | CarerOutcome)[];
  excluded: AdultOutcome[];
  chargeBasis: string[];
}

function finish(o: Outcome, routes: DutyRoute[]): Outcome {
  o.routes = [...routes.filter((r) => r.kind === 'duty'), ...routes.filter((r) => r.kind === 'power')];
  if (o.missing.length > 0) o.status = 'undetermined';
  else o.status = o.routes.some((r) => r.kind === 'duty') ? 'duty' : o.routes.length > 0 ? 'power' : 'none';
  return o;
}

function adultDuty(data: Extract<z.output<typeof DutyInputSchema>, { person: 'adult' }>, values: Values, warn: { limits: string[]; careHome: string[] }): Outcome {
  const o: Outcome = { status: 'none', routes: [], missing: [], steps: [], needsInDuty: [], excluded: [], chargeBasis: [] };
  const routes: DutyRoute[] = [];
  const given = data.determination;
  if (given === undefined || given.status === 'undetermined') {
    const urgent = data.needsAppearUrgent;
    if (given === undefined) {
      o.steps.push(_step('eligibility.duty.s18.determination', 'Care Act 2014 s.18(1)', 'not-met', 'no determination under s.13(1) has been made yet, so the s.18 duty cannot arise; the needs assessment (s.9) comes first', [['determination', undefined]]));
    } else {
      o.steps.push(_step('eligibility.duty.s18.determination', 'Care Act 2014 s.18(1)', 'unknown', 'the s.13(1) determination is still undetermined, so whether the s.18 duty arises is not yet known', [['determination.status', 'undetermined']]));
      o.missing.push('determination.status');
    }
    if (urgent === undefined) {
      o.missing.push('needsAppearUrgent');
      o.steps.push(_step('eligibility.duty.s19_3', 'Care Act 2014 s.19(3)', 'unknown', 'whether the needs appear urgent is not recorded', [['needsAppearUrgent', undefined]]));
    } else if (urgent) {
      const because = 'the needs appear urgent: the council may meet them before any needs or financial assessment or determination, whatever the adult\'s ordinary residence';
      o.steps.push(_step('eligibility.duty.s19_3', 'Care Act 2014 s.19(3)', 'met', because, [['needsAppearUrgent', true]]));
      routes.push({ section: 'Care Act 2014 s.19(3)', kind: 'power', needs: [], because });
    } else {
      o.steps.push(_step('eligibility.duty.s19_3', 'Care Act 2014 s.19(3)', 'not-met', 'the needs do not appear urgent, so the urgent-needs power does not apply before an assessment', [['needsAppearUrgent', false]]));
    }
    return finish(o, routes);
  }
  const d = { status: given.status, eligibleOutcomes: given.eligibleOutcomes };
  const eligible = d.status === 'eligible';
  o.steps.push(_step('eligibility.duty.s18.determination', 'Care Act 2014 s.13(1)', eligible ? 'met' : 'not-met', eligible ? `the adult's needs meet the eligibility criteria (${d.eligibleOutcomes.join(', ')})` : "the adult's needs do not meet the eligibility criteria", [['determination.status', d.status]]));

  const res = data.residence;
  const here = res === undefined ? unknown('residence') : res === 'ordinarily-resident' || res === 'present-no-settled-residence' ? met : notMet;
  o.steps.push(_step('eligibility.duty.s18.residence', 'Care Act 2014 s.18(1)(a)', mark(here), res === undefined ? "the adult's ordinary residence is not recorded" : `the adult ${RES_TEXT[res]}`, [['residence', res]]));
  o.steps.push(
    _step('eligibility.duty.s18.cap', 'Care Act 2014 s.18(1)(b)', 'applied', values.capOnCareCostsInForce ? 'the cap on care costs is in force but not modelled by this version' : 'the cap on care costs is not in force, so s.18(1)(b) and s.18(5) do not apply', [['pack:capOnCareCostsInForce', values.capOnCareCostsInForce]]),
  );

  // s.18(1)(c): no charge, or condition 1, 2 or 3.
  const careHome = data.careHomeAccommodation;
  const limit = limitFor(values, careHome);
  const noCharge = chargeCond(data.charge, 'charge');
  const c1 = atOrBelow(data.financialAssessment, limit, 'financialAssessment', 'careHomeAccommodation');
  const careHomeOk: Cond = careHome === undefined ? unknown('careHomeAccommodation') : careHome ? (values.conditionTwoForCareHomes ? met : notMet) : met;
  const c2 = all(not(c1), fromBool(data.asksAuthorityToMeetNeeds, 'asksAuthorityToMeetNeeds'), careHomeOk);
  const c3 = all(fromBool(data.lacksCapacityToArrange, 'lacksCapacityToArrange'), not(fromBool(data.someoneAuthorisedOrAbleToArrange, 'someoneAuthorisedOrAbleToArrange')));
  const limitText = limit === undefined ? 'the financial limit' : `the financial limit of £${limit}`;
  o.steps.push(_step('eligibility.duty.s18.noCharge', 'Care Act 2014 s.18(1)(c), s.18(6)', mark(noCharge), data.charge === undefined ? 'whether there is a charge under s.14 is not recorded' : data.charge === 'no-charge' ? 'there is no charge under s.14 for meeting the needs' : 'the council charges under s.14 for meeting the needs', [['charge', data.charge]]));
  o.steps.push(
    _step('eligibility.duty.s18.condition1', 'Care Act 2014 s.18(2)', mark(c1), c1.outcome === 'met' ? `the financial assessment puts the adult's resources at or below ${limitText}` : c1.outcome === 'not-met' ? `the adult's resources are not at or below ${limitText}${data.financialAssessment && 'declined' in data.financialAssessment ? ' (financial assessment declined)' : ''}` : 'the financial assessment, or whether the care is in a care home, is not recorded', [['financialAssessment', undefined], ['careHomeAccommodation', careHome]], warn.limits),
  );
  o.steps.push(
    _step(
      'eligibility.duty.s18.condition2',
      'Care Act 2014 s.18(3)',
      mark(c2),
      careHome === true && !values.conditionTwoForCareHomes
        ? 'condition 2 (resources above the limit but the adult asks) is not available for accommodation in a care home'
        : c2.outcome === 'met'
          ? 'the adult\'s resources are above the financial limit but the adult asks the council to meet the needs'
          : c2.outcome === 'not-met'
            ? 'condition 2 does not apply: the resources are not above the limit, or the adult does not ask'
            : 'condition 2 cannot be decided yet',
      [['asksAuthorityToMeetNeeds', data.asksAuthorityToMeetNeeds], ['careHomeAccommodation', careHome], ['pack:conditionTwoForCareHomes', values.conditionTwoForCareHomes]],
      careHome === true ? warn.careHome : [],
    ),
  );
  o.steps.push(
    _step('eligibility.duty.s18.condition3', 'Care Act 2014 s.18(4)', mark(c3), c3.outcome === 'met' ? 'the adult lacks capacity to arrange care and support and no one authorised or able can arrange it' : c3.outcome === 'not-met' ? 'condition 3 does not apply: the adult has capacity to arrange care, or someone can arrange it for them' : 'condition 3 cannot be decided yet', [['lacksCapacityToArrange', data.lacksCapacityToArrange], ['someoneAuthorisedOrAbleToArrange', data.someoneAuthorisedOrAbleToArrange]]),
  );
  const chargeLimb = any(noCharge, c1, c2, c3);
  const basis = [
    ...(noCharge.outcome === 'met' ? ['no-charge'] : []),
    ...(c1.outcome === 'met' ? ['condition-1'] : []),
    ...(c2.outcome === 'met' ? ['condition-2'] : []),
    ...(c3.outcome === 'met' ? ['condition-3'] : []),
  ];
  o.steps.push(_step('eligibility.duty.s18.chargeLimb', 'Care Act 2014 s.18(1)(c)', mark(chargeLimb), chargeLimb.outcome === 'met' ? `s.18(1)(c) is met (${basis.join(', ')})` : chargeLimb.outcome === 'not-met' ? 'there is a charge and none of conditions 1, 2 and 3 is met' : 'not yet decidable: no limb of s.18(1)(c) is known to be met'));

  if (here.outcome === 'unknown') {
    o.missing.push(...here.missing);
    return finish(o, routes);
  }
  if (here.outcome === 'met') {
    if (!eligible) {
      const because = 'the needs are not eligible, so the council is not required to meet them under s.18; it may meet them';
      o.steps.push(_step('eligibility.duty.s19_1', 'Care Act 2014 s.19(1)', 'met', because));
      routes.push({ section: 'Care Act 2014 s.19(1)', kind: 'power', needs: [], because });
      return finish(o, routes);
    }
    if (chargeLimb.outcome === 'unknown') {
      o.missing.push(...new Set(chargeLimb.missing));
      return finish(o, routes);
    }
    if (chargeLimb.outcome === 'not-met') {
      const because = 'no limb of s.18(1)(c) is met, so the council is not required to meet the eligible needs; it may meet them';
      o.steps.push(_step('eligibility.duty.s19_1', 'Care Act 2014 s.19(1)', 'met', because));
      routes.push({ section: 'Care Act 2014 s.19(1)', kind: 'power', needs: d.eligibleOutcomes, because });
      return finish(o, routes);
    }
    o.chargeBasis = basis;
    if (data.needsMetByCarer === undefined) {
      o.steps.push(_step('eligibility.duty.s18.metByCarer', 'Care Act 2014 s.18(7)', 'unknown', 'which eligible needs a carer is meeting is not recorded (give [] when none)', [['needsMetByCarer', undefined]]));
      o.missing.push('needsMetByCarer');
      return finish(o, routes);
    }
    const byCarer = new Set(data.needsMetByCarer);
    const covered = ADULT_OUTCOMES.filter((x) => d.eligibleOutcomes.includes(x) && !byCarer.has(x));
    const excluded = ADULT_OUTCOMES.filter((x) => d.eligibleOutcomes.includes(x) && byCarer.has(x));
    o.excluded = excluded;
    o.steps.push(
      _step(
        'eligibility.duty.s18.metByCarer',
        'Care Act 2014 s.18(7)',
        'applied',
        excluded.length === 0 ? 'no eligible need is being met by a carer' : `the duty does not extend to eligible needs a carer is meeting: ${excluded.join(', ')}`,
        [['needsMetByCarer', data.needsMetByCarer]],
        ['The wording of s.18(7) was not seen in primary text; its effect is taken from Explanatory Notes para 126 and s.24(3)(b).'],
      ),
    );
    if (covered.length > 0) {
      o.needsInDuty = covered;
      const because = `the adult has eligible needs, ${RES_TEXT[res as string]}, and s.18(1)(c) is met (${basis.join(', ')})`;
      o.steps.push(_step('eligibility.duty.s18', 'Care Act 2014 s.18(1)', 'met', `the council must meet the eligible needs: ${because}`));
      routes.push({ section: 'Care Act 2014 s.18(1)', kind: 'duty', needs: covered, because });
    } else {
      o.steps.push(_step('eligibility.duty.s18', 'Care Act 2014 s.18(1)', 'not-met', 'every eligible need is being met by a carer, so the s.18 duty does not extend to any of them'));
    }
    if (excluded.length > 0) {
      const because = 'a carer is meeting these eligible needs, so the council is not required to meet them under s.18; it may meet them (e.g. if the carer stops)';
      o.steps.push(_step('eligibility.duty.s19_1', 'Care Act 2014 s.19(1)', 'met', because));
      routes.push({ section: 'Care Act 2014 s.19(1)', kind: 'power', needs: excluded, because });
    }
    return finish(o, routes);
  }
  // Not ordinarily resident here and not of no settled residence here.
  o.steps.push(_step('eligibility.duty.s18', 'Care Act 2014 s.18(1)', 'not-met', `the adult ${RES_TEXT[res as string]}, so s.18(1)(a) is not met`));
  if (res === 'ordinarily-resident-elsewhere' && eligible) {
    if (chargeLimb.outcome === 'unknown') {
      o.missing.push(...new Set(chargeLimb.missing));
      return finish(o, routes);
    }
    if (chargeLimb.outcome === 'not-met') {
      o.steps.push(_step('eligibility.duty.s19_2', 'Care Act 2014 s.19(2)', 'not-met', 'no limb of the charging conditions is met, so the power for an adult ordinarily resident elsewhere does not apply'));
      return finish(o, routes);
    }
    const notified = data.notifiedAuthorityOfResidence;
    if (notified === undefined) {
      o.steps.push(_step('eligibility.duty.s19_2', 'Care Act 2014 s.19(2)', 'unknown', 'whether the authority of ordinary residence has been notified is not recorded', [['notifiedAuthorityOfResidence', undefined]]));
      o.missing.push('notifiedAuthorityOfResidence');
      return finish(o, routes);
    }
    o.chargeBasis = basis;
    if (notified) {
      const because = 'the adult is ordinarily resident in another area, has eligible needs, a charging limb is met and that authority has been notified';
      o.steps.push(_step('eligibility.duty.s19_2', 'Care Act 2014 s.19(2)', 'met', `the council may meet the eligible needs: ${because}`, [['notifiedAuthorityOfResidence', true]]));
      routes.push({ section: 'Care Act 2014 s.19(2)', kind: 'power', needs: d.eligibleOutcomes, because });
    } else {
      o.steps.push(_step('eligibility.duty.s19_2', 'Care Act 2014 s.19(2)', 'not-met', 'the power becomes available only once the authority of ordinary residence has been notified', [['notifiedAuthorityOfResidence', false]]));
    }
    return finish(o, routes);
  }
  o.steps.push(_step('eligibility.duty.s19_1', 'Care Act 2014 s.19(1)', 'not-met', 'the s.19(1) power needs the adult to be ordinarily resident, or present with no settled residence, in the area'));
  return finish(o, routes);
}

function carerDuty(data: Extract<z.output<typeof DutyInputSchema>, { person: 'carer' }>, values: Values, warn: { limits: string[] }): Outcome {
  const o: Outcome = { status: 'none', routes: [], missing: [], steps: [], needsInDuty: [], excluded: [], chargeBasis: [] };
  const routes: DutyRoute[] = [];
  const d = data.determination;
  const power20_6 = (why: string) => {
    const proviso = data.careToAdultNeedingCare !== undefined ? '; in so far as it means care and support to the adult needing care, only if that adult agrees' : '';
    const because = `${why}: the council may meet the carer's needs${proviso}`;
    o.steps.push(_step('eligibility.duty.s20_6', 'Care Act 2014 s.20(6)', 'met', because));
    routes.push({ section: 'Care Act 2014 s.20(6)', kind: 'power', needs: d?.eligibleOutcomes ?? [], because });
  };
  if (d === undefined || d.status === 'undetermined') {
    o.steps.push(_step('eligibility.duty.s20.determination', 'Care Act 2014 s.20(1)', 'unknown', "the s.20(1) duty follows a s.13(1) determination on a carer's assessment (s.10), which is not yet made", [['determination', d?.status]]));
    o.missing.push(d === undefined ? 'determination' : 'determination.status');
    return finish(o, routes);
  }
  const eligible = d.status === 'eligible';
  o.steps.push(_step('eligibility.duty.s20.determination', 'Care Act 2014 s.13(1)', eligible ? 'met' : 'not-met', eligible ? "the carer's needs meet the eligibility criteria" : "the carer's needs do not meet the eligibility criteria", [['determination.status', d.status]]));
  if (!eligible) {
    power20_6('the council is not required to meet the carer\'s needs under s.20(1) because they are not eligible');
    return finish(o, routes);
  }
  const res = data.adultNeedingCareResidence;
  const here = res === undefined ? unknown('adultNeedingCareResidence') : res === 'ordinarily-resident' || res === 'present-no-settled-residence' ? met : notMet;
  o.steps.push(_step('eligibility.duty.s20.residence', 'Care Act 2014 s.20(1)(a)', mark(here), res === undefined ? "the adult needing care's ordinary residence is not recorded" : `the adult needing care ${RES_TEXT[res]}`, [['adultNeedingCareResidence', res]]));
  const s = data.supportToCarer;
  const c = data.careToAdultNeedingCare;
  let limbB: Cond = met;
  let limbC: Cond = met;
  const basis: string[] = [];
  if (s === undefined && c === undefined) {
    limbB = unknown('supportToCarer', 'careToAdultNeedingCare');
    o.steps.push(_step('eligibility.duty.s20.how', 'Care Act 2014 s.20(1)(b), (c)', 'unknown', 'say whether meeting the needs involves support to the carer, care and support to the adult needing care, or both'));
  }
  if (s !== undefined) {
    const noCharge = chargeCond(s.charge, 'supportToCarer.charge');
    const c1 = atOrBelow(s.financialAssessment, limitFor(values, false), 'supportToCarer.financialAssessment', 'supportToCarer');
    const c2 = all(not(c1), fromBool(s.carerAsks, 'supportToCarer.carerAsks'));
    limbB = any(noCharge, c1, c2);
    if (noCharge.outcome === 'met') basis.push('no-charge');
    if (c1.outcome === 'met') basis.push('condition-1');
    if (c2.outcome === 'met') basis.push('condition-2');
    o.steps.push(_step('eligibility.duty.s20.condition1', 'Care Act 2014 s.20(2)', mark(c1), c1.outcome === 'met' ? "the carer's resources are at or below the financial limit" : c1.outcome === 'not-met' ? "the carer's resources are not at or below the financial limit" : "the carer's financial assessment is not recorded", [['supportToCarer.financialAssessment', undefined]], warn.limits));
    o.steps.push(_step('eligibility.duty.s20.condition2', 'Care Act 2014 s.20(3)', mark(c2), c2.outcome === 'met' ? "the carer's resources are above the limit but the carer asks the council to meet the needs" : c2.outcome === 'not-met' ? 'condition 2 does not apply' : 'condition 2 cannot be decided yet', [['supportToCarer.carerAsks', s.carerAsks]]));
    o.steps.push(_step('eligibility.duty.s20.supportToCarer', 'Care Act 2014 s.20(1)(b)', mark(limbB), limbB.outcome === 'met' ? 'support to the carer: there is no charge, or condition 1 or 2 is met' : limbB.outcome === 'not-met' ? 'support to the carer: there is a charge and neither condition 1 nor 2 is met' : 'support to the carer: not yet decidable', [['supportToCarer.charge', s.charge]]));
  }
  if (c !== undefined) {
    const agrees = fromBool(c.adultAgrees, 'careToAdultNeedingCare.adultAgrees');
    const noCharge = all(chargeCond(c.charge, 'careToAdultNeedingCare.charge'), agrees);
    const below = atOrBelow(c.financialAssessment, limitFor(values, c.careHomeAccommodation), 'careToAdultNeedingCare.financialAssessment', 'careToAdultNeedingCare.careHomeAccommodation');
    const c3 = all(below, agrees);
    const c4 = all(not(below), fromBool(c.adultAsks, 'careToAdultNeedingCare.adultAsks'));
    limbC = any(noCharge, c3, c4);
    if (noCharge.outcome === 'met') basis.push('no-charge');
    if (c3.outcome === 'met') basis.push('condition-3');
    if (c4.outcome === 'met') basis.push('condition-4');
    o.steps.push(_step('eligibility.duty.s20.condition3', 'Care Act 2014 s.20(4)', mark(c3), c3.outcome === 'met' ? "the adult needing care's resources are at or below the financial limit and that adult agrees" : c3.outcome === 'not-met' ? 'condition 3 does not apply' : 'condition 3 cannot be decided yet', [['careToAdultNeedingCare.adultAgrees', c.adultAgrees]], warn.limits));
    o.steps.push(_step('eligibility.duty.s20.condition4', 'Care Act 2014 s.20(5)', mark(c4), c4.outcome === 'met' ? "the adult needing care's resources are above the limit but that adult asks the council to meet the needs that way" : c4.outcome === 'not-met' ? 'condition 4 does not apply' : 'condition 4 cannot be decided yet', [['careToAdultNeedingCare.adultAsks', c.adultAsks]]));
    o.steps.push(_step('eligibility.duty.s20.careToAdult', 'Care Act 2014 s.20(1)(c)', mark(limbC), limbC.outcome === 'met' ? 'care and support to the adult needing care: no charge and the adult agrees, or condition 3 or 4 is met' : limbC.outcome === 'not-met' ? 'care and support to the adult needing care: no limb of s.20(1)(c) is met' : 'care and support to the adult needing care: not yet decidable'));
    o.steps.push(_step('eligibility.duty.s14_3', 'Care Act 2014 s.14(3)', 'applied', 'the carer may not be charged for care and support provided to the adult needing care'));
  }
  const whole = all(here, limbB, limbC);
  if (whole.outcome === 'unknown') {
    o.missing.push(...new Set(whole.missing));
    return finish(o, routes);
  }
  if (whole.outcome === 'met') {
    o.chargeBasis = [...new Set(basis)];
    o.needsInDuty = d.eligibleOutcomes;
    const because = `the carer has eligible needs, the adult needing care ${RES_TEXT[res as string]}, and the charging limbs are met (${o.chargeBasis.join(', ')})`;
    o.steps.push(_step('eligibility.duty.s20_1', 'Care Act 2014 s.20(1)', 'met', `the council must meet the carer's eligible needs: ${because}`));
    routes.push({ section: 'Care Act 2014 s.20(1)', kind: 'duty', needs: d.eligibleOutcomes, because });
    return finish(o, routes);
  }
  o.steps.push(_step('eligibility.duty.s20_1', 'Care Act 2014 s.20(1)', 'not-met', here.outcome === 'not-met' ? `the adult needing care ${RES_TEXT[res as string]}, so s.20(1)(a) is not met` : 'a charging limb of s.20(1)(b) or (c) is not met'));
  power20_6('the council is not required to meet the carer\'s needs under s.20(1)');
  return finish(o, routes);
}

/**
 * What the council must or may do next for an adult (Care Act 2014 s.18, s.19) or a carer (s.20), after (or,
 * for urgent needs, before) the eligibility determination.
 *
 * For an adult: the s.18(1) duty (eligible needs, ordinary residence or no settled residence, and no charge or
 * condition 1, 2 or 3 of s.18(2)-(4), condition 2 being unavailable for care-home accommodation); needs a
 * carer is meeting are excluded from the duty (s.18(7)) and fall to the s.19(1) power; the s.19(1) power
 * (not required under s.18), the s.19(2) power (ordinarily resident elsewhere, after notifying that
 * authority) and the s.19(3) power for urgent needs before any assessment. For a carer: the s.20(1) duty
 * (conditions 1-4 of s.20(2)-(5) as the support goes to the carer or to the adult needing care) or the s.20(6)
 * power. The financial limits are national law from the pack, effective-dated, with their source.
 *
 * @param input - the case; see {@link DutyInputSchema} (`person: 'adult'` or `'carer'`)
 * @param options - a council pack (optional)
 * @returns the strongest route (`duty`, `power`, `none` or `undetermined`), every route, and the trace
 * @throws {@link adult-social-care-rules!RulesError} for input that fails the schema, an inconsistent determination, negative
 *   capital, or a pack that changes national law (or lowers the non-residential capital limit)
 *
 * @example
 * ```ts
 * import { assessDutyToMeetNeeds } from 'adult-social-care-rules/eligibility';
 *
 * const result = assessDutyToMeetNeeds({
 *   asOf: '2026-11-23',
 *   person: 'adult',
 *   determination: { status: 'eligible', eligibleOutcomes: ['nutrition', 'personalHygiene'] },
 *   residence: 'ordinarily-resident',
 *   charge: 'chargeable',
 *   careHomeAccommodation: false,
 *   financialAssessment: { capital: '12000' },
 *   needsMetByCarer: ['nutrition'],
 * });
 * result.status; //=> 'duty'
 * result.needsInDuty; //=> ['personalHygiene']
 * ```
 */
export function assessDutyToMeetNeeds(input: unknown, options?: EligibilityOptions): DutyResult {
  const data = _parse(ENTRY, DutyInputSchema, input);
  const { pack, values, used, byKey } = _packFor(ENTRY, options, data.asOf);
  const issues = checkInput(data, values);
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const limits = byKey('capitalLimits');
  const warn = { limits: _warningsOf(limits, byKey('nonResidentialUpperCapitalLimit')), careHome: _warningsOf(byKey('conditionTwoForCareHomes')) };
  const o = data.person === 'adult' ? adultDuty(data, values, warn) : carerDuty(data, values, warn);
  const keys = new Set<string>(['capitalLimits', 'nonResidentialUpperCapitalLimit', ...(data.person === 'adult' ? ['conditionTwoForCareHomes', 'capOnCareCostsInForce'] : [])]);
  const ref = packRef(pack);
  const steps = [
    ...o.steps,
    _step(
      'eligibility.duty.outcome',
      o.routes[0]?.section ?? 'Care Act 2014 s.18-20',
      o.status === 'undetermined' ? 'unknown' : o.status === 'none' ? 'not-met' : 'met',
      o.status === 'undetermined' ? `not yet decidable: complete ${o.missing.join(', ')}` : o.status === 'none' ? 'no duty or power to meet the needs applies on these facts' : `${o.status === 'duty' ? 'a duty' : 'a power'} applies: ${o.routes.map((r) => r.section).join('; ')}`,
    ),
  ];
  return {
    person: data.person,
    status: o.status,
    asOf: data.asOf,
    routes: o.routes,
    needsInDuty: o.status === 'undetermined' ? [] : o.needsInDuty,
    excludedAsMetByCarer: o.excluded,
    chargeBasis: o.chargeBasis,
    financialLimits: financialLimits(values, limits),
    missing: [...new Set(o.missing)],
    pack: ref,
    trace: _makeTrace({ entry: ENTRY, asOf: data.asOf, pack: ref, steps, used: used.filter((u) => keys.has(u.key)) }),
  };
}

function financialLimits(values: Values, limits: ResolvedRule): FinancialLimits {
  return {
    upperCapitalLimit: values.capitalLimits.upper,
    lowerCapitalLimit: values.capitalLimits.lower,
    nonResidentialUpperCapitalLimit: values.nonResidentialUpperCapitalLimit,
    validFrom: limits.validFrom,
    ...(limits.validTo !== undefined ? { validTo: limits.validTo } : {}),
    citation: limits.citation,
    ...(limits.warning !== undefined ? { warning: limits.warning } : {}),
  };
}

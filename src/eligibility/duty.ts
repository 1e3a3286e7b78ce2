import type * as z from 'zod';
import { _dec } from '../core/decimal.js';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type ResolvedRule } from '../core/rulePack.js';
import { _makeTrace, _step } from '../core/trace.js';
import { _adultDuty } from './adultDuty.js';
import { _carerDuty } from './carerDuty.js';
import type { Financial, Values } from './dutyLogic.js';
import { _packFor, _warningsOf, type EligibilityOptions } from './options.js';
import { DutyInputSchema, type DutyInput } from './schemas.js';
import type { DutyResult, FinancialLimits } from './types.js';

// The result types live in types.ts, so that the duty branches and their logic import them from there and
// imports run one way: duty.ts -> adultDuty.ts / carerDuty.ts -> dutyLogic.ts -> types.ts.
export type { DutyResult, DutyRoute, DutyStatus, FinancialLimits } from './types.js';

const ENTRY = 'assessDutyToMeetNeeds';

function checkInput(data: z.output<typeof DutyInputSchema>, values: Values): RulesIssue[] {
  const issues: RulesIssue[] = [];
  const capital = (fa: Financial | undefined, path: (string | number)[]) => {
    // Negative: a minus sign in the string (even "-0.00"), or a number below zero; the JSON Schema says the same
    // (a pattern for the string, `minimum: 0` for the number, which lets the number -0 through as zero).
    if (fa !== undefined && 'capital' in fa && (typeof fa.capital === 'string' ? fa.capital.startsWith('-') : fa.capital < 0)) issues.push(_issue('too_small', [...path, 'capital'], 'assessed capital cannot be negative'));
  };
  if (data.person === 'adult') capital(data.financialAssessment, ['financialAssessment']);
  else {
    capital(data.supportToCarer?.financialAssessment, ['supportToCarer', 'financialAssessment']);
    capital(data.careToAdultNeedingCare?.financialAssessment, ['careToAdultNeedingCare', 'financialAssessment']);
  }
  const d = data.determination;
  if (d !== undefined && d.status === 'eligible' && data.person === 'adult' && new Set(d.eligibleOutcomes).size < 2) {
    issues.push(_issue('inconsistent_input', ['determination', 'eligibleOutcomes'], 'an eligible adult is unable to achieve two or more different outcomes (SI 2015/313 reg 2(1)(b)); list them'));
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
export function assessDutyToMeetNeeds(input: DutyInput, options?: EligibilityOptions): DutyResult {
  const data = _parse(ENTRY, DutyInputSchema, input);
  const { pack, values, used, byKey } = _packFor(ENTRY, options, data.asOf);
  const issues = checkInput(data, values);
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const limits = byKey('capitalLimits');
  const warn = { limits: _warningsOf(limits, byKey('nonResidentialUpperCapitalLimit')), careHome: _warningsOf(byKey('conditionTwoForCareHomes')) };
  const o = data.person === 'adult' ? _adultDuty(data, values, warn) : _carerDuty(data, values, warn);
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

// Care Act 2014 s.20(1) (duty, conditions 1-4) and s.20(6) (power) for a carer; s.14(3).
import type * as z from 'zod';
import { _step } from '../core/trace.js';
import type { DutyRoute } from './types.js';
import { RES_TEXT, all, any, atOrBelow, chargeCond, finish, fromBool, limitFor, mark, met, not, notMet, unknown, type Cond, type DutyFindings, type Values } from './dutyLogic.js';
import type { DutyInputSchema } from './schemas.js';

/** The carer branch of {@link assessDutyToMeetNeeds}. */
export function _carerDuty(data: Extract<z.output<typeof DutyInputSchema>, { person: 'carer' }>, values: Values, warn: { limits: string[] }): DutyFindings {
  const o: DutyFindings = { status: 'none', routes: [], missing: [], steps: [], needsInDuty: [], excluded: [], chargeBasis: [] };
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

// Care Act 2014 s.18 (duty) and s.19(1)-(3) (powers) for an adult.
import type * as z from 'zod';
import { _step } from '../core/trace.js';
import type { DutyRoute } from './types.js';
import { RES_TEXT, all, any, atOrBelow, chargeCond, finish, fromBool, limitFor, mark, met, not, notMet, unknown, type Cond, type DutyFindings, type Values } from './dutyLogic.js';
import { ADULT_OUTCOMES } from './outcomes.js';
import type { DutyInputSchema } from './schemas.js';

/** The adult branch of {@link assessDutyToMeetNeeds}. */
export function _adultDuty(data: Extract<z.output<typeof DutyInputSchema>, { person: 'adult' }>, values: Values, warn: { limits: string[]; careHome: string[] }): DutyFindings {
  const o: DutyFindings = { status: 'none', routes: [], missing: [], steps: [], needsInDuty: [], excluded: [], chargeBasis: [] };
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
  const d = given;
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

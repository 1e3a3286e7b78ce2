import { _trustedPack, type RulePack } from '../core/rulePack.js';
import { _eligibilityPackSource, _eligibilityRulesSpec as rules } from './packRules.js';

// What each parameter means lives here, apart from the rules (packRules.ts), so a page that only determines
// eligibility does not carry these sentences (issue 13, footprint); the CLI, the service and any caller that
// reads the spec or the pack find them as before.

/**
 * The parameters of the eligibility area: each `law` (national, fixed) or `policy` (a council's choice), with
 * the schema of its values and what it means.
 */
export const eligibilitySpec = {
  adultOutcomesRequired: {
    ...rules.adultOutcomesRequired,
    description: 'How many of the ten reg 2(2) outcomes an adult must be unable to achieve (reg 2(1)(b): "two or more").',
  },
  carerOutcomesRequired: {
    ...rules.carerOutcomesRequired,
    description: 'How many of the eight reg 3(2)(b) outcomes a carer must be unable to achieve when health is not at risk (reg 3(2)(b): "any").',
  },
  capitalLimits: {
    ...rules.capitalLimits,
    description: 'The upper and lower capital limits of the charging regulations; the upper limit is the financial limit of Care Act 2014 s.18(2)-(3) and s.20(2)-(5).',
  },
  conditionTwoForCareHomes: {
    ...rules.conditionTwoForCareHomes,
    description: 'Whether s.18(3) condition 2 (resources above the limit but the adult asks) is in force for care-home accommodation.',
  },
  capOnCareCostsInForce: {
    ...rules.capOnCareCostsInForce,
    description: 'Whether the cap on care costs (s.18(1)(b), s.18(5)) is in force.',
  },
  fluctuatingAggregation: {
    ...rules.fluctuatingAggregation,
    description: 'How dated observations over the reg 2(4) / reg 3(4) period are combined into one finding per outcome.',
  },
  nonResidentialUpperCapitalLimit: {
    ...rules.nonResidentialUpperCapitalLimit,
    description: 'A higher upper capital limit the council sets for care other than in a care home (null: the national limit).',
  },
  adviceAndInformation: {
    ...rules.adviceAndInformation,
    description: 'The advice and information the written record gives under s.13(5) when no need is eligible.',
  },
} as const;

/** The type of the eligibility pack spec. */
export type EligibilitySpec = typeof eligibilitySpec;

/** A rule pack of the eligibility area (the default, or a council's extension of it). */
export type EligibilityPack = RulePack<EligibilitySpec>;

/**
 * The default eligibility pack: national law from SI 2015/313, the Care Act 2014 and the charging regulations,
 * with the Coventry City Council policy defaults. Built without the pack parser (a page that only determines
 * eligibility need not carry it); test/eligibility/packBuild.test.ts proves defineRulePack builds the same pack.
 */
export const eligibilityPack: EligibilityPack = _trustedPack<EligibilitySpec>(eligibilitySpec, _eligibilityPackSource);

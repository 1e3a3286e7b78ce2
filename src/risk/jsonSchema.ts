import type * as z from 'zod';
import { RulesError, _issue } from '../core/errors.js';
import { toJsonSchema, type JsonSchema } from '../core/jsonSchema.js';
import { ReplayRiskHistoryInputSchema } from './replayRiskHistory.js';
import { riskSchemaDocs } from './schemaDocs.js';
import { AssessProviderRiskInputSchema, ConcernInputSchema, ConfirmRiskDecisionInputSchema, PlanDecisionSchema, PortfolioInputSchema, ReviewRiskLevelInputSchema } from './schemas.js';

/**
 * The inputs of the risk area, one per entry point: `assess` ({@link assessProviderRisk}), `review`
 * ({@link reviewRiskLevel}'s two arguments as `{ previous, assessment }`), `confirm` ({@link confirmRiskDecision}'s
 * as `{ recommendation, record }`), `plan` ({@link planRiskResponse}'s decision), `replay`
 * ({@link replayRiskHistory}), `concern` ({@link concernResponseDeadline}) and `portfolio`
 * ({@link summarisePortfolio}'s list).
 */
export const RISK_INPUTS = ['assess', 'review', 'confirm', 'plan', 'replay', 'concern', 'portfolio'] as const;

/** One of {@link RISK_INPUTS}. */
export type RiskInputName = (typeof RISK_INPUTS)[number];

const SCHEMAS: Readonly<Record<RiskInputName, z.ZodType>> = {
  assess: AssessProviderRiskInputSchema,
  review: ReviewRiskLevelInputSchema,
  confirm: ConfirmRiskDecisionInputSchema,
  plan: PlanDecisionSchema,
  replay: ReplayRiskHistoryInputSchema,
  concern: ConcernInputSchema,
  portfolio: PortfolioInputSchema,
};

/**
 * The JSON Schema (draft 2020-12) of an input of the risk area, for building forms and validating API requests:
 * every field with a title and a description, enum values with their labels ({@link RISK_LABELS}), evidence items
 * as a `oneOf` with a `discriminator` on `kind`, shared parts in `$defs`, a stable `$id`
 * (`urn:adult-social-care-rules:schema:<Name>`), and the rules JSON Schema can express: bounds, the service
 * types and the first date in force of the default (Coventry) pack (`formatMinimum`, an ajv-formats keyword),
 * a concern's priority or severity, the QPSG referral a move into PEP needs. The function refuses exactly what
 * this schema refuses, and also, after it, the cross-field rules listed in `docs/schemas.md` (evidence dated
 * after `asOf`, a closure before its item's date, one id for two records, …). A council pack that adds service
 * types or starts later is not reflected here: the schema describes the default pack.
 *
 * @param name - one of {@link RISK_INPUTS}
 * @returns the JSON Schema document
 * @throws {@link adult-social-care-rules!RulesError} (path `name`) for an unknown name
 *
 * @example
 * ```ts
 * import { riskJsonSchema } from 'adult-social-care-rules/risk';
 *
 * const schema = riskJsonSchema('assess');
 * schema.$id; //=> 'urn:adult-social-care-rules:schema:AssessProviderRiskInput'
 * schema.required; //=> ['providerId', 'serviceType', 'asOf', 'evidence']
 * ```
 */
export function riskJsonSchema(name: RiskInputName): JsonSchema {
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(SCHEMAS, name)) {
    throw new RulesError('riskJsonSchema', [_issue('invalid_value', ['name'], `must be one of: ${RISK_INPUTS.join(', ')}`)]);
  }
  return toJsonSchema(SCHEMAS[name], riskSchemaDocs);
}

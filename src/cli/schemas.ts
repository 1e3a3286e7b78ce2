import type * as z from 'zod';
import { RulePackSourceSchema } from '../core/rulePack.js';
import { AssessProviderRiskInputSchema, ConcernInputSchema, PortfolioInputSchema, ReviewRiskLevelInputSchema, RiskStateSchema } from '../risk/index.js';
import { RiskCliFileSchema } from './risk.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points.
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
  'risk-file': { schema: RiskCliFileSchema, summary: 'the file asc-rules risk reads ("operation" selects assess, review, plan, timeline, concern-deadline, portfolio)' },
  'risk-assess-input': { schema: AssessProviderRiskInputSchema, summary: 'assessProviderRisk input: a provider, a date and its evidence' },
  'risk-review-input': { schema: ReviewRiskLevelInputSchema, summary: 'reviewRiskLevel input: previous state and an assessment' },
  'risk-state': { schema: RiskStateSchema, summary: 'the risk level state one review passes to the next' },
  'risk-concern': { schema: ConcernInputSchema, summary: 'concernResponseDeadline input: a quality concern received' },
  'risk-portfolio': { schema: PortfolioInputSchema, summary: 'summarisePortfolio input: a list of assessments' },
};

import type * as z from 'zod';
import { RulePackSourceSchema } from '../core/rulePack.js';
import {
  AffectedPersonSchema,
  ContinuityContextSchema,
  MarketOversightMetricsSchema,
  ResponsePlanInputSchema,
  TemporaryDutyInputSchema,
} from '../provider-failure/index.js';
import { ProviderFailureFileSchema } from './provider-failure.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points.
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
  'provider-failure-file': { schema: ProviderFailureFileSchema, summary: 'the file of asc-rules provider-failure (operation + input)' },
  'provider-failure-temporary-duty': { schema: TemporaryDutyInputSchema, summary: 'input of assessTemporaryDuty (s.48 trigger)' },
  'provider-failure-person': { schema: AffectedPersonSchema, summary: 'one affected person for determineContinuityBasis' },
  'provider-failure-context': { schema: ContinuityContextSchema, summary: 'the shared context of determineContinuityBasis' },
  'provider-failure-response-plan': { schema: ResponsePlanInputSchema, summary: 'input of planProviderFailureResponse' },
  'provider-failure-market-oversight': { schema: MarketOversightMetricsSchema, summary: 'input of isMarketOversightProvider (SI 2015/314)' },
};

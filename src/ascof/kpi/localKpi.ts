import * as z from 'zod';
import { RulesError, _issue, _parse } from '../../core/errors.js';
import type { LocalKpiResult } from './common.js';
import { calculateComplaintsUpheld, ComplaintsInputSchema } from './complaints.js';
import { compareFeeRates, FeeRatesInputSchema } from './feeRates.js';
import { calculateProviderQualityShare, ProviderQualityInputSchema } from './providerQuality.js';
import { compareRepresentation, RepresentationInputSchema } from './representation.js';
import { calculateShortTermSupportOutcome, ShortTermSupportInputSchema, type LocalKpiOptions } from './shortTermSupport.js';
import { calculateAverageWaitingTime, WaitingTimeInputSchema } from './waitingTime.js';

/** Any local KPI input, tagged with `kpi` (the form the CLI reads from a file). */
export const LocalKpiInputSchema = z.discriminatedUnion('kpi', [
  ShortTermSupportInputSchema.extend({ kpi: z.literal('short-term-support') }),
  ProviderQualityInputSchema.extend({ kpi: z.literal('provider-quality') }),
  ComplaintsInputSchema.extend({ kpi: z.literal('complaints-upheld') }),
  FeeRatesInputSchema.extend({ kpi: z.literal('fee-rates') }),
  RepresentationInputSchema.extend({ kpi: z.literal('representation') }),
  WaitingTimeInputSchema.extend({ kpi: z.literal('waiting-time') }),
]);

/** What a caller passes to `calculateLocalKpi`. */
export type LocalKpiInput = z.input<typeof LocalKpiInputSchema>;

/**
 * Calculates any local KPI from one tagged input: the entry the CLI and JSON-driven callers use. It calls
 * the KPI's own function with the other fields.
 *
 * @param input - the KPI input with its `kpi` tag
 * @param options - an optional pack
 * @returns the KPI result
 * @throws {@link adult-social-care-rules!RulesError} for an unknown tag or malformed input
 *
 * @example
 * ```ts
 * import { calculateLocalKpi } from 'adult-social-care-rules/ascof';
 *
 * calculateLocalKpi({ kpi: 'waiting-time', asOf: '2025-03-31', waits: [{ from: '2025-03-01', to: '2025-03-11' }] }).value?.value; //=> '10.0'
 * ```
 */
export function calculateLocalKpi(input: LocalKpiInput, options?: LocalKpiOptions): LocalKpiResult {
  const i = _parse('calculateLocalKpi', LocalKpiInputSchema, input);
  const { kpi, ...rest } = i;
  switch (kpi) {
    case 'short-term-support': return calculateShortTermSupportOutcome(rest as z.input<typeof ShortTermSupportInputSchema>, options);
    case 'provider-quality': return calculateProviderQualityShare(rest as z.input<typeof ProviderQualityInputSchema>, options);
    case 'complaints-upheld': return calculateComplaintsUpheld(rest as z.input<typeof ComplaintsInputSchema>, options);
    case 'fee-rates': return compareFeeRates(rest as z.input<typeof FeeRatesInputSchema>, options);
    case 'representation': return compareRepresentation(rest as z.input<typeof RepresentationInputSchema>, options);
    case 'waiting-time': return calculateAverageWaitingTime(rest as z.input<typeof WaitingTimeInputSchema>, options);
    default: throw new RulesError('calculateLocalKpi', [_issue('invalid_value', ['kpi'], 'must be one of: short-term-support, provider-quality, complaints-upheld, fee-rates, representation, waiting-time')]);
  }
}

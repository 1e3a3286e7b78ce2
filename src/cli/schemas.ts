import type * as z from 'zod';
import { RulePackSourceSchema } from '../core/rulePack.js';
import { AscofKpiFileSchema, AscofMeasureFileSchema, AscofSurveyFileSchema } from './ascof.js';

/**
 * The schemas `asc-rules schema <name>` prints. Each area adds the inputs of its entry points.
 */
export const cliSchemas: Readonly<Record<string, { readonly schema: z.ZodType; readonly summary: string }>> = {
  'rule-pack': { schema: RulePackSourceSchema, summary: 'a rule pack or council override layer (JSON)' },
  'ascof-measure-file': { schema: AscofMeasureFileSchema, summary: 'asc-rules ascof measure: year, geography and measure counts' },
  'ascof-survey-file': { schema: AscofSurveyFileSchema, summary: 'asc-rules ascof survey: ASCS or SACE responses' },
  'ascof-kpi-file': { schema: AscofKpiFileSchema, summary: 'asc-rules ascof kpi: local KPI inputs' },
};

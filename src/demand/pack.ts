import * as z from 'zod';
import { DecimalStringSchema, ROUNDING_MODES, type RoundingMode } from '../core/decimal.js';
import { _assertLawIntact, defineRulePack, type RulePack } from '../core/rulePack.js';

const RoundingRuleSchema = z.strictObject({
  places: z.int().min(0).max(6),
  mode: z.enum(ROUNDING_MODES as [RoundingMode, ...RoundingMode[]]),
});

/**
 * The parameters of the demand area. Only the definition of an adult is national law; every projection
 * assumption is local policy that a council replaces with {@link adult-social-care-rules!extendPack}.
 */
export const demandPackSpec = {
  adultMinimumAge: {
    kind: 'law',
    schema: z.int().min(0).max(130),
    description: 'The age from which a person is an adult for Part 1 of the Care Act 2014: age bands starting below it are outside adult social care.',
  },
  selfFunderShare: {
    kind: 'policy',
    schema: DecimalStringSchema,
    description: 'Share of ALL people using a service who fund it themselves (a share of the total, not of the LA-funded figure). Used only when a projection asks for self-funders.',
  },
  livingAloneIntensityUplift: {
    kind: 'policy',
    schema: DecimalStringSchema,
    description: 'Proportional increase in the intensity of a care package when the person lives alone (0.5 = 50% more). Used only when living-alone shares are given.',
  },
  rateTrendPerYear: {
    kind: 'policy',
    schema: DecimalStringSchema,
    description: 'Compound change in every rate per year from the year after the first projection year (or after the base year with scenario.leversFrom "base-year"); -0.01 = rates fall 1% a year. 0 holds rates constant, as POPPI and PANSI do.',
  },
  preventionShareAvoided: {
    kind: 'policy',
    schema: DecimalStringSchema,
    description: 'Share of projected demand avoided or delayed beyond the year by prevention or reablement, from the year after the first projection year (or after the base year with scenario.leversFrom "base-year").',
  },
  costUpliftPerYear: {
    kind: 'policy',
    schema: DecimalStringSchema,
    description: 'Compound yearly uplift of unit costs from their price year (0.029 = 2.9% a year).',
  },
  countRounding: {
    kind: 'policy',
    schema: RoundingRuleSchema,
    description: 'How published counts of people, packages and beds are rounded.',
  },
  moneyRounding: {
    kind: 'policy',
    schema: RoundingRuleSchema,
    description: 'How published money figures are rounded.',
  },
  percentRounding: {
    kind: 'policy',
    schema: RoundingRuleSchema,
    description: 'How published percentages (growth, ratios, occupancy) are rounded.',
  },
} as const;

/** The type of the demand pack spec. */
export type DemandPackSpec = typeof demandPackSpec;

/** A rule pack for the demand area: the default, or a council's extension of it. */
export type DemandPack = RulePack<DemandPackSpec>;

const FORDER_WARNING =
  'UNVERIFIED: the seed cites Forder (2007), PSSRU Discussion Paper 2505, whose text was not found; this is Leicestershire\'s 2013 planning assumption, not a verified fact. Replace it with your own figure.';

/**
 * The default demand pack: the national definition of an adult, and the planning assumptions published
 * in the Leicestershire Market Position Statement (May 2013), which the library uses as its example
 * council. Assumptions are applied only when a projection asks for them (self-funders, living alone);
 * the trend and prevention levers default to zero, as in POPPI and PANSI.
 */
export const defaultDemandPack: DemandPack = defineRulePack(demandPackSpec, {
  id: 'leicestershire-demand',
  version: '2013.1',
  entries: {
    adultMinimumAge: [{ validFrom: '2015-04-01', value: 18, citation: 'Care Act 2014 s.2(8) (definition of "adult", listed in s.80(1))', kind: 'law' }],
    selfFunderShare: [
      { validFrom: '2012-04-01', value: '0.19', citation: 'Leicestershire Market Position Statement (May 2013) section 2.1, citing Forder (2007)', kind: 'policy', warning: FORDER_WARNING },
    ],
    livingAloneIntensityUplift: [
      { validFrom: '2012-04-01', value: '0.5', citation: 'Leicestershire Market Position Statement (May 2013) section 2.1b, citing Forder (2007)', kind: 'policy', warning: FORDER_WARNING },
    ],
    rateTrendPerYear: [
      { validFrom: '2012-04-01', value: '0', citation: 'POPPI/PANSI method: national rates held constant over the projection (IPC user guides)', kind: 'policy' },
    ],
    preventionShareAvoided: [
      { validFrom: '2012-04-01', value: '0', citation: 'POPPI/PANSI method: projections of current trends, no prevention effect assumed', kind: 'policy' },
    ],
    costUpliftPerYear: [
      { validFrom: '2012-04-01', value: '0.029', citation: 'The Strategy Unit care-home-demand-simulator default uplift (NHS Payment Scheme cost uplift, 2.9% a year)', kind: 'policy' },
    ],
    countRounding: [
      { validFrom: '2012-04-01', value: { places: 0, mode: 'half-away-from-zero' }, citation: 'Leicestershire Market Position Statement (May 2013) tables: whole people', kind: 'policy' },
    ],
    moneyRounding: [{ validFrom: '2012-04-01', value: { places: 2, mode: 'half-away-from-zero' }, citation: 'Pounds and pence', kind: 'policy' }],
    percentRounding: [
      { validFrom: '2012-04-01', value: { places: 1, mode: 'half-away-from-zero' }, citation: 'Leicestershire Market Position Statement (May 2013): percentages to 1 decimal place', kind: 'policy' },
    ],
  },
});

/**
 * The pack an entry point uses: the default, or the caller's after `_assertLawIntact` has checked it against
 * the default (shape, every value under this spec's schemas, contiguous timelines, the law unchanged).
 */
export function _demandPack(entry: string, supplied: DemandPack | undefined): DemandPack {
  return supplied === undefined ? defaultDemandPack : _assertLawIntact(entry, supplied, defaultDemandPack);
}


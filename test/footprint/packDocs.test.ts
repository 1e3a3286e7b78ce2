// Issue 13, footprint: the eligibility pack's value schemas carry no `.describe()` (a page that only determines
// eligibility need not carry their words); their field descriptions live in eligibilitySchemaDocs, so the JSON
// Schema of each pack value, read with the area's docs, still describes every field as it did before.
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/core/jsonSchema.js';
import { eligibilitySpec } from '../../src/eligibility/index.js';
import { eligibilitySchemaDocs } from '../../src/eligibility/schemaDocs.js';

const described = (key: keyof typeof eligibilitySpec, withDocs: boolean): Record<string, unknown> => {
  const json = toJsonSchema(eligibilitySpec[key].schema, withDocs ? eligibilitySchemaDocs : undefined) as { properties: Record<string, { description?: string }> };
  return Object.fromEntries(Object.entries(json.properties).map(([field, p]) => [field, p.description]));
};

describe('eligibility pack value schemas: words in the docs registry, not in the schemas', () => {
  it('with eligibilitySchemaDocs, every field of the capital limits, the aggregation and the advice is described', () => {
    expect(described('capitalLimits', true)).toEqual({
      upper: 'Upper capital limit (£): the s.18(2) financial limit.',
      lower: 'Lower capital limit (£): below it capital is ignored in the charge.',
    });
    expect(described('fluctuatingAggregation', true)).toEqual({
      method: 'any-observation: unable on any observed day counts; share-of-observations: unable on at least minimumShare of the observed days.',
      minimumShare: 'For share-of-observations: the share of observed days (0-1) on which the outcome must be unable.',
      minimumObservations: 'Fewer observations of an outcome than this leave it undetermined.',
    });
    expect(described('adviceAndInformation', true)).toEqual({
      meetingOrReducingNeeds: 's.13(5)(a): what can be done to meet or reduce the needs.',
      preventingOrDelayingNeeds: 's.13(5)(b): what can be done to prevent or delay needs in future.',
    });
  });

  it('the schemas themselves carry none of those words (the registry supplies them)', () => {
    expect(described('capitalLimits', false)).toEqual({ upper: 'A decimal number written as a string, e.g. "12.50".', lower: 'A decimal number written as a string, e.g. "12.50".' });
    expect(described('adviceAndInformation', false)).toEqual({ meetingOrReducingNeeds: undefined, preventingOrDelayingNeeds: undefined });
  });
});

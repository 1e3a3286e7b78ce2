// Issue 14, "JSON Schemas that agree with the functions", for the risk area: for every input of RISK_INPUTS,
// ajv (draft 2020-12, ajv-formats, discriminator) with riskJsonSchema(name) refuses exactly what the function
// refuses at its schema stage, on generated valid inputs and near misses; the function may refuse more only by
// the cross-field rules docs/schemas.md lists under "Risk" (each `beyondSchema` below names them by code and path).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RulesError, isRulesError, type RulesIssue } from '../../src/index.js';
import {
  COVENTRY_SERVICE_TYPES,
  CQC_RATINGS,
  RISK_INPUTS,
  RISK_LABELS,
  SEVERITIES,
  assessProviderRisk,
  concernResponseDeadline,
  confirmRiskDecision,
  planRiskResponse,
  replayRiskHistory,
  reviewRiskLevel,
  riskJsonSchema,
  summarisePortfolio,
  type EvidenceItem,
  type RiskInputName,
} from '../../src/risk/index.js';
import { expectSchemaAgreement, undocumented, validatorOf } from '../helpers/schemaAgreement.js';
import { AS_OF, evidenceList } from './arbitraries.js';

const SERVICE_TYPES = Object.keys(COVENTRY_SERVICE_TYPES);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const plus = (d: string, days: number) => iso(Date.parse(`${d}T00:00:00Z`) + days * DAY);
/** A date from 2024-01-01 to 2026-06-30 (the span of the evidence arbitraries). */
const day = fc.integer({ min: 0, max: 911 }).map((n) => plus('2024-01-01', n));
const level = fc.constantFrom(0, 1, 2, 3, 4);
const levelOrNull = fc.constantFrom(null, 0, 1, 2, 3, 4);

/** The two-argument entries take their arguments as one object over HTTP and in the JSON Schema, as the service does. */
function envelope(entry: string, keys: readonly string[], x: unknown): Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) throw new RulesError(entry, [{ code: 'invalid_type', path: [], message: 'must be an object' }]);
  const extra = Object.keys(x).filter((k) => !keys.includes(k));
  if (extra.length > 0) throw new RulesError(entry, [{ code: 'unrecognized_keys', path: [], message: `has unknown field(s): ${extra.join(', ')}` }]);
  return x as Record<string, unknown>;
}

/** A consistent state for `previous`: effectiveFrom ≤ lowerCriteriaSince ≤ reviewedOn, none at level 0. */
const riskState = (providerId: string) =>
  fc
    .record({ level, reviewed: fc.integer({ min: 200, max: 900 }), held: fc.integer({ min: 0, max: 200 }), since: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), entry: fc.constantFrom(undefined, null, 'initial', 'escalation', 'de-escalation'), signalHeld: fc.option(fc.boolean(), { nil: undefined }) })
    .map(({ level: l, reviewed, held, since, entry, signalHeld }) => {
      const reviewedOn = plus('2024-01-01', reviewed);
      const effectiveFrom = plus(reviewedOn, -held);
      const enteredBy = (l === 0 && entry === 'escalation') || (l === 4 && entry === 'de-escalation') ? 'initial' : entry;
      return {
        providerId,
        level: l,
        effectiveFrom,
        reviewedOn,
        lowerCriteriaSince: since === null || l === 0 ? null : plus(effectiveFrom, Math.floor(since * held)),
        ...(enteredBy === undefined ? {} : { enteredBy }),
        ...(signalHeld === undefined ? {} : { signalHeld }),
      };
    });

const assessInput = fc.record(
  {
    providerId: fc.constantFrom('CH-017', 'HS-2'),
    serviceType: fc.constantFrom(...SERVICE_TYPES),
    asOf: fc.constant(AS_OF),
    evidence: evidenceList('E', 5),
    riskProfile: fc.record({ peopleSupported: fc.integer({ min: 0, max: 120 }), complexity: fc.constantFrom('standard', 'complex') }, { requiredKeys: [] }),
  },
  { requiredKeys: ['providerId', 'serviceType', 'asOf', 'evidence'] },
);

const reviewInput = fc.record({ previous: fc.option(riskState('CH-017'), { nil: null }), after: fc.integer({ min: 0, max: 60 }), level, quality: fc.option(level, { nil: undefined }), outbreak: fc.boolean() }).map(({ previous, after, level: l, quality, outbreak }) => ({
  previous,
  assessment: {
    providerId: 'CH-017',
    asOf: plus(previous?.reviewedOn ?? '2026-01-05', after),
    level: l,
    ...(quality === undefined ? {} : { qualityLevel: quality }),
    ...(outbreak ? { activeOutbreaks: [{ id: 'OB-1', date: previous?.reviewedOn ?? '2026-01-05' }] } : {}),
    missing: { domains: ['medication'], kinds: [] },
  },
}));

/** A recommendation as reviewRiskLevel returns it (cut to what the decision reads) and a record that fits it. */
const confirmInput = fc.tuple(reviewInput, fc.integer({ min: 0, max: 10 }), fc.boolean()).map(([r, later, withReference]) => {
  const rec = reviewRiskLevel(r.previous, r.assessment);
  const { providerId, asOf, fromLevel, level: l, state, previousState } = JSON.parse(JSON.stringify(rec)) as typeof rec;
  const decidedOn = plus(asOf, later);
  return {
    recommendation: { providerId, asOf, fromLevel, level: l, state, previousState },
    record: { confirmedBy: rec.confirmBy, decidedOn, ...(rec.qpsgReferralRequired ? { qpsgReferral: { referredOn: asOf } } : {}), ...(withReference ? { reference: 'PEP-2026-03' } : {}) },
  };
});

const planInput = fc
  .record({ asOf: day, held: fc.integer({ min: 0, max: 100 }), level, fromLevel: fc.option(levelOrNull, { nil: undefined }), enteredBy: fc.constantFrom(undefined, null, 'initial', 'escalation', 'de-escalation'), outbreak: fc.boolean(), failureRoute: fc.option(fc.boolean(), { nil: undefined }), gaps: fc.boolean() })
  .map(({ asOf, held, level: l, fromLevel, enteredBy, outbreak, failureRoute, gaps }) => ({
    providerId: 'CH-017',
    asOf,
    level: l,
    effectiveFrom: plus(asOf, -held),
    ...(fromLevel === undefined ? {} : { fromLevel }),
    ...(enteredBy === undefined ? {} : { enteredBy }),
    ...(failureRoute === undefined ? {} : { failureRoute }),
    ...(outbreak ? { activeOutbreak: true, outbreakNotifiedOn: plus(asOf, -1) } : {}),
    ...(gaps ? { evidenceGaps: ['medication'] } : {}),
  }));

const replayInput = fc
  .record({ serviceType: fc.constantFrom(...SERVICE_TYPES), evidence: evidenceList('E', 6), dates: fc.uniqueArray(fc.integer({ min: 300, max: 911 }), { minLength: 1, maxLength: 4 }), previous: fc.option(riskState('CH-017'), { nil: undefined }) })
  .map(({ serviceType, evidence, dates, previous }) => {
    const reviewDates = [...dates].sort((a, b) => a - b).map((n) => plus('2024-01-01', n));
    // The state before the first review is reviewed on or before it.
    const prev = previous === undefined || previous.reviewedOn <= reviewDates[0]! ? previous : undefined;
    return { providerId: 'CH-017', serviceType, evidence, reviewDates, ...(prev === undefined ? {} : { previous: prev }) };
  });

const concernInput = fc
  .record({ day, hour: fc.integer({ min: 0, max: 23 }), zone: fc.constantFrom('Z', '+01:00', ''), priority: fc.constantFrom(undefined, 'high-risk', 'further'), severity: fc.constantFrom(undefined, ...SEVERITIES) })
  .map(({ day: d, hour, zone, priority, severity }) => ({
    id: 'C-1',
    receivedAt: `${d}T${String(hour).padStart(2, '0')}:00:00${zone}`,
    ...(priority === undefined && severity === undefined ? { priority: 'further' } : {}),
    ...(priority === undefined ? {} : { priority }),
    ...(severity === undefined ? {} : { severity }),
  }));

const portfolioInput = fc.array(
  fc.record(
    {
      providerId: fc.constantFrom('A', 'B', 'C'),
      serviceType: fc.constantFrom(...SERVICE_TYPES),
      asOf: day,
      level,
      cqcRating: fc.option(fc.record({ overall: fc.constantFrom(...CQC_RATINGS), date: day }), { nil: null }),
      evidenceComplete: fc.boolean(),
    },
    { requiredKeys: ['providerId', 'serviceType', 'asOf', 'level'] },
  ),
  { minLength: 1, maxLength: 4 },
);

const at = (i: RulesIssue, code: string, ...first: (string | number)[]) => i.code === code && first.every((k, n) => i.path[n] === k);

interface Case {
  readonly valid: fc.Arbitrary<unknown>;
  readonly call: (x: unknown) => unknown;
  readonly beyondSchema: (i: RulesIssue) => boolean;
}

// The cross-field rules each function checks after its schema (docs/schemas.md, "Risk").
const CASES: Record<RiskInputName, Case> = {
  assess: { valid: assessInput, call: (x) => assessProviderRisk(x as never), beyondSchema: (i) => at(i, 'inconsistent_input', 'evidence') },
  review: {
    valid: reviewInput,
    call: (x) => {
      const e = envelope('reviewRiskLevel', ['previous', 'assessment'], x);
      return reviewRiskLevel(e['previous'] as never, e['assessment'] as never);
    },
    beyondSchema: (i) => at(i, 'inconsistent_input', 'previous') || at(i, 'inconsistent_input', 'assessment'),
  },
  confirm: {
    valid: confirmInput,
    call: (x) => {
      const e = envelope('confirmRiskDecision', ['recommendation', 'record'], x);
      return confirmRiskDecision(e['recommendation'] as never, e['record'] as never);
    },
    beyondSchema: (i) => at(i, 'inconsistent_input', 'record') || at(i, 'inconsistent_input', 'recommendation', 'state') || at(i, 'missing_key', 'record', 'reason'),
  },
  plan: { valid: planInput, call: (x) => planRiskResponse(x as never, { bankHolidays: [] }), beyondSchema: (i) => at(i, 'inconsistent_input', 'effectiveFrom') || at(i, 'inconsistent_input', 'outbreakNotifiedOn') },
  replay: {
    valid: replayInput,
    call: (x) => replayRiskHistory(x as never),
    beyondSchema: (i) => at(i, 'inconsistent_input', 'reviewDates') || at(i, 'inconsistent_input', 'previous', 'providerId') || at(i, 'inconsistent_input', 'evidence'),
  },
  concern: {
    valid: concernInput,
    call: (x) => concernResponseDeadline(x as never),
    // A London wall-clock time the clocks skip or repeat, and the London date of the instant before the rules
    // begin: JSON Schema cannot read a time in Europe/London.
    beyondSchema: (i) => at(i, 'nonexistent_local_time', 'receivedAt') || at(i, 'ambiguous_local_time', 'receivedAt') || at(i, 'no_value_in_force', 'receivedAt'),
  },
  portfolio: {
    valid: portfolioInput,
    call: (x) => summarisePortfolio(x as never),
    // The summary date is an option (the latest assessment date by default): a list whose latest date is before
    // the rules begin, or an empty list with no date, is refused at `options.asOf`.
    beyondSchema: (i) => at(i, 'no_value_in_force', 'options', 'asOf') || at(i, 'missing_key', 'options', 'asOf'),
  },
};

const ITEM: EvidenceItem = { kind: 'concern', id: 'CN-1', date: '2026-03-01', source: 'district nurse', severity: 'moderate', raisedBy: 'professional' };
const assess = (evidence: unknown[], more: Record<string, unknown> = {}) => ({ providerId: 'CH-017', serviceType: 'residential-local', asOf: '2026-04-01', evidence, ...more });
const confirmEscalation = () => {
  const rec = reviewRiskLevel({ providerId: 'CH-017', level: 2, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null }, { providerId: 'CH-017', asOf: '2026-03-09', level: 3 });
  const { providerId, asOf, fromLevel, level: l, state, previousState } = JSON.parse(JSON.stringify(rec)) as typeof rec;
  return { recommendation: { providerId, asOf, fromLevel, level: l, state, previousState }, record: { confirmedBy: 'pep', decidedOn: '2026-03-12', qpsgReferral: { referredOn: '2026-03-10' } } };
};
const withoutReferral = (() => {
  const x = confirmEscalation();
  const { qpsgReferral: _gone, ...record } = x.record;
  return { ...x, record };
})();

// The near misses issue 14 names that concern risk, and the risk-specific ones (each refused by the function;
// `schema: true` when the JSON Schema refuses it too, `false` for a cross-field rule listed in docs/schemas.md).
const NEAR_MISSES: { name: RiskInputName; what: string; input: unknown; schema: boolean; code: string; path: (string | number)[] }[] = [
  { name: 'assess', what: 'evidence dated after asOf', input: assess([{ ...ITEM, date: '2026-04-02' }]), schema: false, code: 'inconsistent_input', path: ['evidence', 0, 'date'] },
  { name: 'assess', what: 'a duplicated evidence id (two different records)', input: assess([ITEM, { ...ITEM, severity: 'serious' }]), schema: false, code: 'inconsistent_input', path: ['evidence', 1, 'id'] },
  { name: 'assess', what: 'closedOn before date', input: assess([{ ...ITEM, closedOn: '2026-02-28' }]), schema: false, code: 'inconsistent_input', path: ['evidence', 0, 'closedOn'] },
  { name: 'assess', what: 'resolvedOn after asOf', input: assess([{ kind: 'feedback', id: 'F1', date: '2026-03-01', source: 'family', from: 'family', sentiment: 'negative', resolvedOn: '2026-05-01' }]), schema: false, code: 'inconsistent_input', path: ['evidence', 0, 'resolvedOn'] },
  { name: 'assess', what: 'an asOf before the rules begin', input: assess([], { asOf: '2022-07-12' }), schema: true, code: 'no_value_in_force', path: ['asOf'] },
  { name: 'assess', what: 'a service type the default pack does not have', input: assess([], { serviceType: 'supported-living' }), schema: true, code: 'invalid_value', path: ['serviceType'] },
  { name: 'assess', what: 'an evidence item missing a field of its kind', input: assess([{ kind: 'safeguarding', id: 'S1', date: '2026-03-01', source: 'hub', severity: 'serious', outcome: 'open' }]), schema: true, code: 'invalid_type', path: ['evidence', 0, 'adultsAffected'] },
  { name: 'review', what: 'an assessment before the rules begin, and before the previous review', input: { previous: { providerId: 'CH-017', level: 1, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null }, assessment: { providerId: 'CH-017', asOf: '2021-01-01', level: 1 } }, schema: true, code: 'no_value_in_force', path: ['assessment', 'asOf'] },
  { name: 'review', what: 'an assessment dated before the previous review', input: { previous: { providerId: 'CH-017', level: 1, effectiveFrom: '2026-01-05', reviewedOn: '2026-03-02', lowerCriteriaSince: null }, assessment: { providerId: 'CH-017', asOf: '2026-03-01', level: 1 } }, schema: false, code: 'inconsistent_input', path: ['assessment', 'asOf'] },
  { name: 'confirm', what: 'a move into PEP with no QPSG referral (para 1.19)', input: withoutReferral, schema: true, code: 'missing_key', path: ['record', 'qpsgReferral'] },
  { name: 'confirm', what: 'a departure with no reason', input: { ...confirmEscalation(), record: { ...confirmEscalation().record, level: 4 } }, schema: false, code: 'missing_key', path: ['record', 'reason'] },
  { name: 'plan', what: 'a level taking effect after the decision', input: { providerId: 'CH-017', asOf: '2026-03-09', level: 1, effectiveFrom: '2026-03-10' }, schema: false, code: 'inconsistent_input', path: ['effectiveFrom'] },
  { name: 'plan', what: 'a decision before the rules begin', input: { providerId: 'CH-017', asOf: '2020-03-09', level: 1, effectiveFrom: '2026-03-10' }, schema: true, code: 'no_value_in_force', path: ['asOf'] },
  { name: 'replay', what: 'review dates out of order', input: { providerId: 'P', serviceType: 'residential-local', evidence: [], reviewDates: ['2026-03-09', '2026-03-02'] }, schema: false, code: 'inconsistent_input', path: ['reviewDates', 1] },
  { name: 'replay', what: 'a first review date before the rules begin', input: { providerId: 'P', serviceType: 'residential-local', evidence: [], reviewDates: ['2022-07-12', '2026-03-02'] }, schema: true, code: 'no_value_in_force', path: ['reviewDates', 0] },
  { name: 'replay', what: 'a later review date before the rules begin (and out of order)', input: { providerId: 'P', serviceType: 'residential-local', evidence: [], reviewDates: ['2026-03-02', '2021-01-04'] }, schema: true, code: 'no_value_in_force', path: ['reviewDates', 1] },
  { name: 'replay', what: 'closedOn before date', input: { providerId: 'P', serviceType: 'residential-local', evidence: [{ ...ITEM, closedOn: '2026-02-01' }], reviewDates: ['2026-03-02'] }, schema: false, code: 'inconsistent_input', path: ['evidence', 0, 'closedOn'] },
  { name: 'concern', what: 'neither priority nor severity', input: { id: 'C-1', receivedAt: '2026-06-01T10:00:00Z' }, schema: true, code: 'missing_key', path: ['priority'] },
  { name: 'portfolio', what: 'a service type the default pack does not have', input: [{ providerId: 'A', serviceType: 'x', asOf: '2026-05-01', level: 0 }], schema: true, code: 'invalid_value', path: [0, 'serviceType'] },
];

describe('risk: the JSON Schemas agree with the functions (issue 14)', () => {
  for (const name of RISK_INPUTS) {
    it(`${name}: ajv with riskJsonSchema('${name}') refuses exactly what the function refuses at its schema stage`, () => {
      const c = CASES[name];
      const tally = expectSchemaAgreement({ jsonSchema: riskJsonSchema(name), ...c, examples: NEAR_MISSES.filter((m) => m.name === name).map((m) => m.input), numRuns: 250 });
      expect(tally.accepted + tally.refused + tally.beyond).toBeGreaterThanOrEqual(250);
    });

    it(`${name}: every field has a title and a description, every enum its labels`, () => {
      expect(undocumented(riskJsonSchema(name))).toEqual([]);
    });
  }

  it.each(NEAR_MISSES)('$name: $what is refused by the function at its path, and by the JSON Schema when it can say it', ({ name, input, schema, code, path }) => {
    let issues: readonly RulesIssue[] = [];
    try {
      CASES[name].call(input);
    } catch (error) {
      if (!isRulesError(error)) throw error;
      issues = error.issues;
    }
    expect(issues.map((i) => ({ code: i.code, path: i.path }))).toContainEqual({ code, path });
    expect(validatorOf(riskJsonSchema(name))(input)).toBe(!schema);
  });

  it('the $id of each input is a stable URN', () => {
    expect(Object.fromEntries(RISK_INPUTS.map((n) => [n, riskJsonSchema(n).$id]))).toEqual({
      assess: 'urn:adult-social-care-rules:schema:AssessProviderRiskInput',
      review: 'urn:adult-social-care-rules:schema:ReviewRiskLevelInput',
      confirm: 'urn:adult-social-care-rules:schema:ConfirmRiskDecisionInput',
      plan: 'urn:adult-social-care-rules:schema:PlanRiskResponseInput',
      replay: 'urn:adult-social-care-rules:schema:ReplayRiskHistoryInput',
      concern: 'urn:adult-social-care-rules:schema:ConcernResponseDeadlineInput',
      portfolio: 'urn:adult-social-care-rules:schema:SummarisePortfolioInput',
    });
  });

  it('enum values carry the labels of RISK_LABELS and of the pack\'s service types', () => {
    const schema = riskJsonSchema('assess') as { $defs: Record<string, { oneOf: { const: unknown; title: string }[] }>; properties: Record<string, { oneOf: { const: unknown; title: string }[] }> };
    expect(schema.$defs['RiskCqcRating']!.oneOf).toContainEqual({ const: 'requires-improvement', title: 'Requires improvement' });
    expect(schema.$defs['RiskDomain']!.oneOf).toContainEqual({ const: 'infection-prevention-control', title: RISK_LABELS.domain['infection-prevention-control'] });
    expect(schema.properties['serviceType']!.oneOf).toContainEqual({ const: 'day-service-local', title: 'Day Service (Local)' });
    const level = (riskJsonSchema('plan') as { $defs: Record<string, { anyOf: { const: number; title: string }[] }> }).$defs['RiskLevel']!.anyOf;
    expect(level.map((l) => l.title)).toEqual([0, 1, 2, 3, 4].map((l) => RISK_LABELS.level[l as 0]));
  });

  it('the first date in force is the default pack\'s (formatMinimum, from _startOf of the Coventry pack)', () => {
    const schema = riskJsonSchema('assess') as { properties: { asOf: { formatMinimum: string } } };
    expect(schema.properties.asOf.formatMinimum).toBe('2022-07-13');
    expect(() => assessProviderRisk(assess([], { asOf: '2022-07-12' }) as never)).toThrow(/on or after 2022-07-13/);
    expect(assessProviderRisk(assess([], { asOf: '2022-07-13' }) as never).level).toBe(0);
  });

  it('every labelled value has a label of its own (a label table missing a value would show the bare code)', () => {
    const bare: string[] = [];
    let labelled = 0;
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      const n = node as Record<string, unknown>;
      if ('const' in n && typeof n['title'] === 'string') {
        labelled += 1;
        if (n['title'] === String(n['const'])) bare.push(`${at} (${String(n['const'])})`);
      }
      for (const [k, v] of Object.entries(n)) visit(v, `${at}/${k}`);
    };
    for (const name of RISK_INPUTS) visit(riskJsonSchema(name), name);
    expect(bare).toEqual([]);
    expect(labelled).toBeGreaterThan(100);
  });

  it('risk evidence is a discriminated union: ajv reports the problems of the kind named, not of every kind', () => {
    const validate = validatorOf(riskJsonSchema('assess'));
    expect(validate(assess([{ kind: 'safeguarding', id: 'S1', date: '2026-03-01', source: 'hub', severity: 'serious', outcome: 'open' }]))).toBe(false);
    // One error: the safeguarding branch's missing adultsAffected (without the discriminator ajv lists every branch's).
    expect(validate.errors?.map((e) => `${e.instancePath} ${e.message}`)).toEqual(["/evidence/0 must have required property 'adultsAffected'"]);
    expect(validate(assess([{ ...ITEM, kind: 'rumour' }]))).toBe(false);
    expect(validate.errors).toHaveLength(1);
  });

  it('refuses an unknown input name with a RulesError naming the list', () => {
    expect(() => riskJsonSchema('assessment' as RiskInputName)).toThrow(/must be one of: assess, review, confirm, plan, replay, concern, portfolio/);
  });
});

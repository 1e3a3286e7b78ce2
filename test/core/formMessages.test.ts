// Issue 14, "Errors for forms": every issue message is a sentence a form shows beside its field ("is
// required", "must be one of: …"), without the path (the form has it: `issue.path`, an array it joins) and
// without zod's log-style defaults; a date before the rules begin is one issue saying when they begin.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _formatPath, isRulesError, type RulesIssue } from '../../src/core/errors.js';
import { calculateAscofMeasure, calculateAverageWaitingTime, calculateProviderQualityShare } from '../../src/ascof/index.js';
import { projectDemand } from '../../src/demand/index.js';
import { assessDutyToMeetNeeds, determineAdultEligibility, determineCarerEligibility, eligibilityPack, type EligibilityPack } from '../../src/eligibility/index.js';
import { assessTemporaryDuty, determineContinuityBasis, planProviderFailureResponse } from '../../src/provider-failure/index.js';
import { assessProviderRisk, concernResponseDeadline, COVENTRY_SERVICE_TYPES } from '../../src/risk/index.js';
import { adultDutyInputArb, adultInputArb, carerInputArb } from '../eligibility/arbitraries.js';
import { projectionInput } from '../demand/arbitraries.js';
import { nearMiss } from '../helpers/schemaAgreement.js';
import { issuesOf } from '../helpers/refusal.js';
import { careHomeAdministrationCloses, careHomeAdministratorTrades, careHomeContext, careHomePlan, homeSupportBranchOvernight, homeSupportBranchPlan, membersVoluntaryWindingUp, residents } from '../provider-failure/fixtures.js';
import { AS_OF, evidenceList } from '../risk/arbitraries.js';

/** zod's own English texts (written for logs): none may reach a caller. */
const ZOD_DEFAULTS = ['Invalid input', 'Too small', 'Too big', 'Invalid option', 'Unrecognized key', 'expected '];

type Args = Record<string, unknown>;
const field = (x: unknown, key: string): unknown => (typeof x === 'object' && x !== null ? (x as Args)[key] : undefined);

const isoDay = (from: string, to: string) => fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** Entry points of every area, each with valid inputs (the areas' own arbitraries where they exist) and a call. */
const ENTRIES: readonly { readonly name: string; readonly valid: fc.Arbitrary<unknown>; readonly call: (x: unknown) => unknown }[] = [
  { name: 'determineAdultEligibility', valid: adultInputArb, call: (x) => determineAdultEligibility(x as never) },
  { name: 'determineCarerEligibility', valid: carerInputArb, call: (x) => determineCarerEligibility(x as never) },
  { name: 'assessDutyToMeetNeeds', valid: adultDutyInputArb, call: (x) => assessDutyToMeetNeeds(x as never) },
  {
    name: 'assessProviderRisk',
    valid: fc.record({ providerId: fc.constant('P-1'), serviceType: fc.constantFrom(...Object.keys(COVENTRY_SERVICE_TYPES)), asOf: fc.constant(AS_OF), evidence: evidenceList('E', 6) }),
    call: (x) => assessProviderRisk(x as never),
  },
  {
    name: 'concernResponseDeadline',
    valid: fc.record({ id: fc.constant('C-1'), receivedAt: fc.constantFrom('2026-03-28T09:00:00Z', '2026-10-24T22:30', '2026-06-01T10:00:00+01:00'), priority: fc.constantFrom('high-risk', 'further') }),
    call: (x) => concernResponseDeadline(x as never),
  },
  {
    name: 'calculateAscofMeasure',
    valid: fc.integer({ min: 1, max: 5000 }).chain((denominator) => fc.record({ counts: fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }), options: fc.constant({ year: '2024-25' }) })),
    call: (x) => calculateAscofMeasure('2A', field(x, 'counts') as never, field(x, 'options') as never),
  },
  {
    name: 'calculateProviderQualityShare',
    valid: fc.record({
      asOf: isoDay('2014-04-01', '2030-12-31'),
      services: fc.array(fc.record({ cqcRating: fc.constantFrom('outstanding', 'good', 'requires-improvement', 'inadequate', null), councilRiskLevel: fc.integer({ min: 0, max: 4 }) }), { maxLength: 5 }),
    }),
    call: (x) => calculateProviderQualityShare(x as never),
  },
  {
    name: 'calculateAverageWaitingTime',
    valid: fc.record({ asOf: fc.constant('2026-03-31'), waits: fc.array(fc.tuple(isoDay('2025-01-01', '2026-03-31'), fc.integer({ min: 0, max: 60 })).map(([from, days]) => ({ from, to: new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10) > '2026-03-31' ? undefined : new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10) })).map((w) => (w.to === undefined ? { from: w.from } : w)), { maxLength: 5 }) }),
    call: (x) => calculateAverageWaitingTime(x as never),
  },
  { name: 'projectDemand', valid: projectionInput, call: (x) => projectDemand(x as never) },
  {
    name: 'assessTemporaryDuty',
    valid: fc.constantFrom(careHomeAdministrationCloses.input, careHomeAdministratorTrades.input, membersVoluntaryWindingUp.input, homeSupportBranchOvernight.input),
    call: (x) => assessTemporaryDuty(x as never),
  },
  { name: 'planProviderFailureResponse', valid: fc.constantFrom(careHomePlan.input, homeSupportBranchPlan.input), call: (x) => planProviderFailureResponse(x as never) },
  {
    name: 'determineContinuityBasis',
    valid: fc.record({ person: fc.constantFrom(...Object.values(residents).map((r) => r.input)), context: fc.constant(careHomeContext) }),
    call: (x) => determineContinuityBasis(field(x, 'person') as never, field(x, 'context') as never),
  },
];

/** The issues of a call, or none when it answers; any throw other than a RulesError fails the test. */
function issuesFrom(call: (x: unknown) => unknown, input: unknown): readonly RulesIssue[] {
  try {
    call(input);
    return [];
  } catch (error) {
    if (!isRulesError(error)) throw error;
    return error.issues;
  }
}

/** What is wrong with one issue as a form would show it; empty when nothing is. */
function formProblems(issue: RulesIssue): string[] {
  const problems: string[] = [];
  if (!Array.isArray(issue.path) || !issue.path.every((k) => typeof k === 'string' || typeof k === 'number')) problems.push('path is not an array of strings and numbers');
  if (typeof issue.message !== 'string' || issue.message.trim() === '') return [...problems, 'empty message'];
  if (issue.path.length > 0 && issue.message.startsWith(_formatPath(issue.path))) problems.push(`starts with its path ${_formatPath(issue.path)}`);
  for (const d of ZOD_DEFAULTS) if (issue.message.includes(d)) problems.push(`contains zod's default text "${d}"`);
  return problems;
}

describe('issue messages are sentences for a form, on near misses at every area', () => {
  it.each(ENTRIES.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    let seen = 0;
    fc.assert(
      fc.property(nearMiss(entry.valid), (input) => {
        for (const issue of issuesFrom(entry.call, input)) {
          seen += 1;
          expect(formProblems(issue), `${issue.code} at ${JSON.stringify(issue.path)}: "${issue.message}"`).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    // A property that met no issue would check nothing: the near misses must be refused sometimes.
    expect(seen).toBeGreaterThan(0);
  });

  it('the check itself catches each kind of log-style message', () => {
    expect(formProblems({ code: 'invalid_type', path: ['asOf'], message: 'asOf: must be a date' })).toEqual(['starts with its path asOf']);
    expect(formProblems({ code: 'invalid_type', path: ['a', 0], message: 'Invalid input: expected boolean, received string' })).toHaveLength(2);
    expect(formProblems({ code: 'custom', path: [], message: ' ' })).toEqual(['empty message']);
    expect(formProblems({ code: 'custom', path: [{} as never], message: 'is bad' })).toEqual(['path is not an array of strings and numbers']);
    expect(formProblems({ code: 'too_small', path: ['n'], message: 'must be 0 or more' })).toEqual([]);
  });
});

describe('a date before the rules begin is one issue at the date, saying from when they apply', () => {
  const cases: readonly [string, () => unknown, readonly (string | number)[], RegExp][] = [
    ['eligibility', () => determineAdultEligibility({ asOf: '2015-03-31', outcomes: {} } as never), ['asOf'], /^must be on or after 2015-04-01, when SI 2015\/313 reg 2\(1\)\(b\) came into force$/],
    ['risk', () => assessProviderRisk({ providerId: 'P', serviceType: 'residential-local', asOf: '2022-07-12', evidence: [] }), ['asOf'], /^must be on or after 2022-07-13, when Coventry QA framework \(seed 001\).* took effect$/],
    ['ascof', () => calculateAverageWaitingTime({ asOf: '2014-03-31', waits: [] }), ['asOf'], /^must be on or after 2014-04-01, when Coventry ASC commissioning strategy.* took effect$/],
    ['demand', () => projectDemand({ ...fc.sample(projectionInput, { numRuns: 1, seed: 14 })[0]!, asOf: '2015-03-31' }), ['asOf'], /^must be on or after 2015-04-01, when Care Act 2014 s\.2\(8\) .* came into force$/],
    ['provider-failure', () => assessTemporaryDuty({ ...careHomeAdministrationCloses.input, asOf: '2015-03-31' }), ['asOf'], /^must be on or after 2015-04-01, when Care Act 2014 s\.48 .* came into force$/],
    ['provider-failure (nested date)', () => determineContinuityBasis(residents.selfFunder!.input, { ...careHomeContext, asOf: '2015-03-31' }), ['context', 'asOf'], /^must be on or after 2015-04-01, when Part 1 of the Care Act 2014 .* came into force$/],
  ];
  it.each(cases)('%s', (_area, call, path, message) => {
    const issues = issuesOf(call);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'no_value_in_force', path });
    expect(issues[0]!.message).toMatch(message);
  });
});

describe('the common sentences', () => {
  it('a missing required field "is required", at its own path', () => {
    expect(issuesOf(() => determineAdultEligibility({ outcomes: {} } as never))).toEqual([{ code: 'invalid_type', path: ['asOf'], message: 'is required' }]);
    const { asOf: _asOf, ...noDate } = careHomeAdministrationCloses.input;
    expect(issuesOf(() => assessTemporaryDuty(noDate as never))).toEqual([{ code: 'invalid_type', path: ['asOf'], message: 'is required' }]);
  });

  it('a value outside a closed list "must be one of: …", listing every value', () => {
    expect(issuesOf(() => planProviderFailureResponse({ ...careHomePlan.input, timescale: 'soon' as never }))).toEqual([{ code: 'invalid_value', path: ['timescale'], message: 'must be one of: emergency, planned' }]);
    const concern = { kind: 'concern', id: 'C', date: '2026-06-01', source: 'GP', severity: 'huge', raisedBy: 'professional' };
    expect(issuesOf(() => assessProviderRisk({ providerId: 'P', serviceType: 'residential-local', asOf: AS_OF, evidence: [concern as never] }))).toEqual([
      { code: 'invalid_value', path: ['evidence', 0, 'severity'], message: 'must be one of: low, moderate, serious, critical' },
    ]);
  });

  it('a hand-built pack is named at its own path, each problem a sentence about the entry', () => {
    const { adultOutcomesRequired, ...rest } = eligibilityPack.entries;
    const forged = { ...eligibilityPack, entries: { ...rest, adultOutcomesRequired: adultOutcomesRequired.map((e) => ({ ...e, value: 1 })) } } as EligibilityPack;
    expect(issuesOf(() => determineAdultEligibility({ asOf: '2026-11-23' }, { pack: forged }))).toEqual([
      { code: 'law_override', path: ['options', 'pack', 'entries', 'adultOutcomesRequired'], message: 'is national law and cannot be changed by the pack' },
    ]);
    const missing = { ...eligibilityPack, entries: rest } as unknown as EligibilityPack;
    expect(issuesOf(() => determineAdultEligibility({ asOf: '2026-11-23' }, { pack: missing }))).toEqual([
      { code: 'missing_key', path: ['options', 'pack', 'entries', 'adultOutcomesRequired'], message: 'is required: the pack must give every parameter' },
    ]);
  });
});

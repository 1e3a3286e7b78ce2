// Issue messages are sentences without their path (a form shows them beside the field); the CLI, which has no
// field to show them beside, puts the path back in front of each, and the line for a file's problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { issueLine } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';

describe('asc-rules prints each issue with its path', () => {
  it('an issue of an input: "<path>: <sentence>", and "(input)" for the whole value', () => {
    expect(issueLine({ code: 'invalid_type', path: ['outcomes', 'nutrition', 'unableToAchieve', 0], message: 'must be text' })).toBe('outcomes.nutrition.unableToAchieve[0]: must be text');
    expect(issueLine({ code: 'unrecognized_keys', path: [], message: 'has unknown field: "x"' })).toBe('(input): has unknown field: "x"');
  });

  it('an issue placed in a file: "line N, <path>: <sentence>"; a syntax error keeps its line alone', () => {
    expect(issueLine({ code: 'invalid_type', path: ['entries', 'x', 0, 'value'], message: 'line 12: must be text' })).toBe('line 12, entries.x[0].value: must be text');
    expect(issueLine({ code: 'invalid_format', path: [], message: 'line 3: not valid YAML (Map keys must be unique)' })).toBe('line 3: not valid YAML (Map keys must be unique)');
  });

  it('a pack file with an unquoted decimal reads "line 10, entries.selfFunderShare[0].value: must be text (write it in quotes …)"', async () => {
    const text = readFileSync('examples/packs/demand.yaml', 'utf8');
    expect(text).toContain('value: "0.25"');
    const f = fakeIo({ 'council.yaml': text.replace('value: "0.25"', 'value: 0.25') });
    expect(await runCli(['params', 'demand', '--pack', 'council.yaml'], f.io)).toBe(2);
    const line = text.split('\n').findIndex((l) => l.includes('value: "0.25"')) + 1;
    expect(f.err()).toBe(`error: pack file council.yaml refused the input (1 problem):\n  - line ${line}, entries.selfFunderShare[0].value: must be text (write it in quotes: "0.25") [invalid_type]\n`);
  });

  it('an input refused by a rule: its path, then the sentence (a date before the rules: one line)', async () => {
    const f = fakeIo({ 'in.json': JSON.stringify({ asOf: '2014-06-01', outcomes: {} }) });
    expect(await runCli(['eligibility', '--kind', 'adult', 'in.json'], f.io)).toBe(2);
    expect(f.err()).toBe(
      'error: determineAdultEligibility refused the input (1 problem):\n  - asOf: must be on or after 2015-04-01, when SI 2015/313 reg 2(1)(b) came into force [no_value_in_force]\n',
    );
  });
});

import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { _formatPath, _parse } from '../../src/core/errors.js';
import { isRulesError, RulesError } from '../../src/index.js';

const PersonSchema = z.strictObject({
  name: z.string().min(1),
  nhsNumber: z.string().regex(/^\d{10}$/, { error: 'must be a 10-digit NHS number' }),
  dateOfBirth: z.iso.date(),
  needs: z.array(z.enum(['nutrition', 'hygiene'])).min(1),
});

function issuesOf(input: unknown) {
  try {
    _parse('test', PersonSchema, input);
  } catch (error) {
    if (isRulesError(error)) return error;
    throw error;
  }
  throw new Error('expected a RulesError');
}

describe('RulesError', () => {
  it('carries issues as frozen plain data and names the entry', () => {
    const error = new RulesError('entry', [{ code: 'custom', path: ['a', 0], message: 'is bad' }]);
    expect(error.name).toBe('RulesError');
    expect(error.entry).toBe('entry');
    expect(error.issues).toEqual([{ code: 'custom', path: ['a', 0], message: 'is bad' }]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    // The issue's message is for a form (no path); the error's message joins path and message for logs.
    expect(error.message).toBe('entry: invalid input\n✖ a[0]: is bad');
    expect(JSON.parse(JSON.stringify(error.issues))).toEqual(error.issues);
  });

  it('is recognised by brand, even across copies of the class, and nothing else is', () => {
    const error = new RulesError('entry', []);
    expect(isRulesError(error)).toBe(true);
    // A copy from the other module format carries the same global symbol brand.
    const foreign = Object.assign(new Error('x'), { [Symbol.for('adult-social-care-rules.RulesError')]: true });
    expect(isRulesError(foreign)).toBe(true);
    for (const value of [new Error('x'), null, undefined, 'RulesError', { name: 'RulesError', issues: [] }]) expect(isRulesError(value)).toBe(false);
  });
});

describe('schema failures become RulesErrors', () => {
  it('names every field path and the rule broken', () => {
    const error = issuesOf({ name: '', nhsNumber: '123', dateOfBirth: '1950-02-30', needs: ['flying'], extra: 1 });
    expect(error.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['name', 'nhsNumber', 'dateOfBirth', 'needs.0', '']));
    const byPath = new Map(error.issues.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.get('nhsNumber')).toBe('must be a 10-digit NHS number');
    expect(byPath.get('name')).toBe('must not be empty');
    expect(byPath.get('dateOfBirth')).toBe('must be a calendar date written YYYY-MM-DD');
    expect(byPath.get('needs.0')).toBe('must be one of: nutrition, hygiene');
    expect(error.issues.find((i) => i.code === 'unrecognized_keys')).toEqual({ code: 'unrecognized_keys', path: [], message: 'has unknown field: "extra"' });
    // For logs, RulesError.message names each path before its sentence.
    expect(error.message).toContain('✖ nhsNumber: must be a 10-digit NHS number');
    expect(error.message).toContain('✖ (input): has unknown field: "extra"');
  });

  it('property: messages never repeat the value of a personal field', () => {
    const secret = fc.stringMatching(/^[A-Za-z]{6,12}[0-9]{3}$/);
    fc.assert(
      fc.property(secret, secret, secret, (name, nhsNumber, dateOfBirth) => {
        const error = issuesOf({ name: 42, nhsNumber, dateOfBirth, needs: [name] });
        const text = `${error.message}\n${JSON.stringify(error.issues)}`;
        for (const value of [name, nhsNumber, dateOfBirth]) expect(text).not.toContain(value);
      }),
    );
  });

  it('property: any junk input yields a RulesError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          _parse('test', PersonSchema, input);
        } catch (error) {
          expect(isRulesError(error)).toBe(true);
        }
      }),
    );
  });

  it('formats paths as a.b[2].c', () => {
    expect(_formatPath(['a', 'b', 2, 'c'])).toBe('a.b[2].c');
    expect(_formatPath([])).toBe('(input)');
  });
});

describe('zod issues become sentences for a form', () => {
  const DateSchema = z.iso.date({ error: 'must be a calendar date written YYYY-MM-DD' });
  const issues = (schema: z.ZodType, input: unknown) => {
    try {
      _parse('test', schema, input);
    } catch (error) {
      if (isRulesError(error)) return error.issues;
      throw error;
    }
    throw new Error('expected a RulesError');
  };

  it('a missing field "is required", even where the schema words its type itself; a wrong one keeps the wording', () => {
    const S = z.strictObject({ asOf: DateSchema, when: z.strictObject({ from: DateSchema }) });
    expect(issues(S, { when: {} })).toEqual([
      { code: 'invalid_type', path: ['asOf'], message: 'is required' },
      { code: 'invalid_type', path: ['when', 'from'], message: 'is required' },
    ]);
    expect(issues(S, { asOf: 20260101, when: { from: '2026-02-30' } })).toEqual([
      { code: 'invalid_type', path: ['asOf'], message: 'must be a calendar date written YYYY-MM-DD' },
      { code: 'invalid_format', path: ['when', 'from'], message: 'must be a calendar date written YYYY-MM-DD' },
    ]);
    // A field given through a getter is present (its getter is not called again to word the message).
    let reads = 0;
    const withGetter = Object.defineProperty({ when: { from: '2026-01-01' } }, 'asOf', { enumerable: true, get: () => ((reads += 1), 5) });
    expect(issues(S, withGetter)).toEqual([{ code: 'invalid_type', path: ['asOf'], message: 'must be a calendar date written YYYY-MM-DD' }]);
    expect(reads).toBe(1);
  });

  it('a union of literals lists them all; a blank-or-date cell reports the date rule, not "must be blank"', () => {
    expect(issues(z.union([z.literal('low'), z.literal('high')]), 'mid')).toEqual([{ code: 'invalid_value', path: [], message: 'must be one of: low, high' }]);
    expect(issues(z.literal('rates'), 'x')).toEqual([{ code: 'invalid_value', path: [], message: 'must be "rates"' }]);
    expect(issues(z.union([z.literal(''), DateSchema]), '2026-02-30')).toEqual([{ code: 'invalid_format', path: [], message: 'must be a calendar date written YYYY-MM-DD' }]);
  });

  it('types are named in words: an object, a list, text, a number, true or false', () => {
    const S = z.strictObject({ a: z.record(z.string(), z.number()), b: z.array(z.string()), c: z.string(), d: z.number(), e: z.boolean() });
    expect(issues(S, { a: 1, b: 1, c: 1, d: 'x', e: 'x' }).map((i) => i.message)).toEqual(['must be an object', 'must be a list', 'must be text', 'must be a number', 'must be true or false']);
  });
});

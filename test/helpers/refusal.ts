import { isRulesError, type RulesIssue } from '../../src/core/errors.js';

/** The issues of the RulesError that `fn` throws; fails the test when it answers or throws anything else. */
export function issuesOf(fn: () => unknown): readonly RulesIssue[] {
  try {
    fn();
  } catch (error) {
    if (isRulesError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a RulesError, but the call answered');
}

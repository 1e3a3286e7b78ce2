// Found by the 1,000,000-input fuzz (npm run fuzz): compareScenarios, which now reports the faults of the
// baseline and of every variant at once, read `input.scenario` of an input that was not an object (a TypeError).
import { describe, expect, it } from 'vitest';
import { isRulesError } from '../../src/index.js';
import { compareScenarios } from '../../src/demand/index.js';

const options = { variants: [{ name: 'Prevention 10%', scenario: { prevention: { shareAvoided: '0.1' } } }] };

describe('compareScenarios refuses an input that is not an object with one RulesError issue, never a TypeError', () => {
  it.each([[null, 'must be an object'], [undefined, 'is required'], ['x', 'must be an object'], [[], 'must be an object']])('%j', (input, message) => {
    let caught: unknown;
    try {
      compareScenarios(input as never, options as never);
    } catch (error) {
      caught = error;
    }
    expect(isRulesError(caught)).toBe(true);
    expect(isRulesError(caught) && caught.issues).toEqual([{ code: 'invalid_type', path: [], message }]);
  });
});

import { expect, it } from 'vitest';
import { roundDecimal } from '../../src/index.js';

it('rounds half away from zero', () => {
  expect(roundDecimal('0.05', { places: 1, mode: 'half-away-from-zero' }).value).toBe('0.1');
});

import { bench, describe } from 'vitest';
import { calculateAscofMeasure, scoreUserSurvey, type UserSurveyResponse } from '../src/ascof/index.js';

// A council-sized ASCS return: about 500 usable responses in 4 strata.
const responses: UserSurveyResponse[] = Array.from({ length: 500 }, (_, i) => ({
  stratum: String(1 + (i % 4)),
  age: 18 + ((i * 7) % 80),
  answers: {
    q1: 1 + (i % 7), q3a: 1 + (i % 4), q4a: 1 + ((i >> 1) % 4), q5a: 1 + ((i >> 2) % 4), q6a: 1 + ((i >> 3) % 4), q7a: 1 + ((i >> 4) % 4), q7b: 1 + (i % 2),
    q8a: 1 + ((i >> 5) % 4), q9a: 1 + ((i >> 6) % 4), q11: 1 + ((i >> 7) % 4), q12: 1 + (i % 5), q13: 1 + (i % 5),
    q15a: 1 + (i % 3), q15b: 1, q15c: 2, q15d: 1, q16a: 1, q16b: 3, q16c: 1, q17: 1 + (i % 5), q18: 1 + (i % 4),
  },
}));

describe('ascof', () => {
  bench('calculateAscofMeasure (2C from counts)', () => {
    calculateAscofMeasure('2C', { numerator: 1123, denominator: 198400 }, { year: '2023-24' });
  });
  bench('scoreUserSurvey: 500 responses, weighted by 4 strata (target < 50 ms)', () => {
    scoreUserSurvey(responses, { year: '2024-25', strataPopulations: { '1': 900, '2': 1500, '3': 1200, '4': 3400 } });
  });
});

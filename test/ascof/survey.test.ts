import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isRulesError } from '../../src/index.js';
import { scoreCarerSurvey, scoreUserSurvey, type CarerSurveyResponse, type UserSurveyResponse } from '../../src/ascof/index.js';

const SCRQOL_ITEMS = ['q3a', 'q4a', 'q5a', 'q6a', 'q7a', 'q8a', 'q9a', 'q11'] as const;
const outcome = (r: { measures: readonly { concept: string; measure: { published: { outcome: string } } }[] }, concept: string) =>
  r.measures.find((m) => m.concept === concept)?.measure.published.outcome;

describe('ASCS worked examples', () => {
  // Domain brief §5.1 (C2: ASCOF_1A = 32 − Σ codes): codes 1,1,2,2,1,3,2,1 → 3+3+2+2+3+1+2+3 = 19.
  it('SCRQoL of answer codes 1,1,2,2,1,3,2,1 is 19', () => {
    const answers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
    const r = scoreUserSurvey([{ answers }, { answers }, { answers }], { year: '2024-25' });
    const m = r.measures.find((x) => x.concept === 'scrqol');
    expect(m?.measure.code).toBe('1A');
    expect(m?.measure.value?.value).toBe('19.0');
    expect(m?.measure.numerator).toBe('57');
    expect(m?.base).toBe(3);
  });

  it('a respondent who skipped one SCRQoL item is excluded from 1A but kept for the other measures', () => {
    const full = { q3a: 1, q4a: 1, q5a: 1, q6a: 1, q7a: 1, q8a: 1, q9a: 1, q11: 1 };
    const r = scoreUserSurvey([{ answers: full }, { answers: full }, { answers: full }, { answers: { ...full, q9a: null, q3a: 4 } }], { year: '2022-23' });
    const a = r.measures.find((m) => m.concept === 'scrqol');
    expect(a?.base).toBe(3);
    expect(a?.excluded).toBe(1);
    expect(a?.measure.value?.value).toBe('24.0');
    // 1B (control): q3a 1,1,1 in the numerator, 4 in the denominator only → 3/4 = 75.0%.
    expect(outcome(r, 'control')).toBe('75.0');
  });

  // C2 conversions: Q12 "never tried" (code 1) is excluded; 2-3 numerator; 4-5 denominator only.
  it('ease of finding information excludes "never tried": codes 1,2,3,4,5 → 2/4 = 50.0%', () => {
    const r = scoreUserSurvey([1, 2, 3, 4, 5].map((q12) => ({ answers: { q12 } })), { year: '2022-23' });
    const m = r.measures.find((x) => x.concept === 'info-users');
    expect(m?.measure.code).toBe('3D(1)');
    expect(m?.base).toBe(4);
    expect(m?.measure.value?.value).toBe('50.0');
  });

  // C2: standard 7-point Q1 maps to the combined scale by clamp(code − 1, 1, 5): codes 1 and 2 are "extremely/very satisfied".
  it('satisfaction counts standard Q1 codes 1-2, and is a local measure after 2022-23', () => {
    const rs = [1, 2, 3, 7].map((q1) => ({ answers: { q1 } }));
    expect(outcome(scoreUserSurvey(rs, { year: '2022-23' }), 'satisfaction-users')).toBe('50.0');
    const later = scoreUserSurvey(rs, { year: '2024-25' }).measures.find((m) => m.concept === 'satisfaction-users');
    expect(later?.inFramework).toBe(false);
    expect(later?.measure.code).toBe('local:satisfaction-users');
  });

  // Adjusted SCRQoL (C2 parameters): best answers everywhere, no help, age 40:
  // W = 0.203 × 7.215 − 0.466 = 0.998645; A = 0.5798; score 0.418845 → 0.419 (3 dp).
  it('adjusted SCRQoL of a respondent with the best answers and no help is 0.419', () => {
    const answers = { ...Object.fromEntries(SCRQOL_ITEMS.map((k) => [k, 1])), q13: 1, q15a: 1, q15b: 1, q15c: 1, q15d: 1, q16a: 1, q16b: 1, q16c: 1, q17: 1, q18: 1 };
    const r = scoreUserSurvey([1, 2, 3].map(() => ({ age: 40, answers })), { year: '2022-23' });
    const m = r.measures.find((x) => x.concept === 'adjusted-scrqol');
    expect(m?.measure.code).toBe('1J');
    expect(m?.measure.value?.value).toBe('0.419');
    // Without the age the formula cannot be applied: everyone is excluded.
    const noAge = scoreUserSurvey([1, 2, 3].map(() => ({ answers })), { year: '2022-23' }).measures.find((x) => x.concept === 'adjusted-scrqol');
    expect(noAge?.excluded).toBe(3);
  });

  it('weights by stratum: N = (100, 300), stratum A all safe, B one of two safe → (100 + 150) / 400 = 62.5%', () => {
    const rs: UserSurveyResponse[] = [
      { stratum: 'A', answers: { q7a: 1 } }, { stratum: 'A', answers: { q7a: 1 } },
      { stratum: 'B', answers: { q7a: 1 } }, { stratum: 'B', answers: { q7a: 2 } },
    ];
    const m = scoreUserSurvey(rs, { year: '2022-23', strataPopulations: { A: 100, B: 300 } }).measures.find((x) => x.concept === 'feel-safe');
    expect(m?.measure.value?.value).toBe('62.5');
    // Var_B = 300² × (1 − 2/300) × 0.5 / 2 = 22350 (s² of {1,0} is 0.5); Var_A = 0; MoE = 1.96 × √22350 / 400 × 100 = 73.3 (1 dp).
    expect(m?.marginOfError?.value).toBe('73.3');
  });

  // N = 13, n = 3, all safe: the estimated population is exactly 13, published as 5 × round(13 / 5) = 15.
  // Summing 3 × (13 / 3) in 40-digit decimals gives 12.999…, which would publish as 10.
  it('weighted counts are exact where they can be (N_h × S / n_h, not a sum of rounded weights)', () => {
    const rs: UserSurveyResponse[] = [1, 2, 3].map(() => ({ stratum: 'A', answers: { q7a: 1 } }));
    const m = scoreUserSurvey(rs, { year: '2022-23', strataPopulations: { A: 13 } }).measures.find((x) => x.concept === 'feel-safe');
    expect(m?.measure.numerator).toBe('13');
    expect(m?.measure.published.numerator).toBe('15');
  });

  it('refuses a respondent without a known stratum when weighting, and a stratum with more respondents than people', () => {
    const catchIssues = (fn: () => unknown) => { try { fn(); } catch (e) { if (isRulesError(e)) return e.issues; } return []; };
    expect(catchIssues(() => scoreUserSurvey([{ answers: {} }], { year: '2022-23', strataPopulations: { A: 5 } }))[0]?.path).toEqual(['responses', 0, 'stratum']);
    expect(catchIssues(() => scoreUserSurvey([{ stratum: 'A', answers: {} }, { stratum: 'A', answers: {} }], { year: '2022-23', strataPopulations: { A: 1 } }))[0]?.code).toBe('inconsistent_input');
  });
});

describe('SACE worked examples', () => {
  // 1D (LG Inform 10671): first option 2, second 1, last 0 → 2+1+2+2+0+1 = 8 of 12.
  it('1D from six answers (first, second, first, first, last, second) is 8', () => {
    const answers = { occupation: 1, control: 2, selfCare: 1, safety: 1, socialParticipation: 3, encouragement: 2 };
    const m = scoreCarerSurvey([{ answers }, { answers }, { answers }], { year: '2022-23' }).measures.find((x) => x.concept === 'carer-qol');
    expect(m?.measure.code).toBe('1D');
    expect(m?.measure.value?.value).toBe('8.0');
  });

  it('a carer missing one of the six items is excluded from 1D', () => {
    const answers = { occupation: 1, control: 1, selfCare: 1, safety: 1, socialParticipation: 1, encouragement: 1 };
    const m = scoreCarerSurvey([{ answers }, { answers }, { answers }, { answers: { ...answers, safety: null } }], { year: '2022-23' }).measures[0];
    expect(m?.excluded).toBe(1);
    expect(m?.measure.value?.value).toBe('12.0');
  });

  it('carer proportions carry the UNVERIFIED warning of their answer mapping', () => {
    const rs = [1, 1, 2].map((socialContact) => ({ answers: { socialContact } }));
    const m = scoreCarerSurvey(rs, { year: '2024-25' }).measures.find((x) => x.concept === 'social-contact-carers');
    expect(m?.measure.code).toBe('5B');
    expect(m?.measure.value?.value).toBe('66.7');
    expect(m?.measure.warnings.join(' ')).toMatch(/UNVERIFIED/);
  });
});

const code4 = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null });
const userResponse = fc.record({
  stratum: fc.constantFrom('1', '2', '3', '4'),
  age: fc.integer({ min: 18, max: 100 }),
  answers: fc.record({
    q3a: code4, q4a: code4, q5a: code4, q6a: code4, q7a: code4, q8a: code4, q9a: code4, q11: code4,
    q7b: fc.option(fc.integer({ min: 1, max: 2 }), { nil: null }), q12: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    q1: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null }),
  }),
});
const carerResponse = fc.record({
  stratum: fc.constantFrom('a', 'b'),
  answers: fc.record({
    occupation: fc.integer({ min: 1, max: 3 }), control: fc.integer({ min: 1, max: 3 }), selfCare: fc.integer({ min: 1, max: 3 }),
    safety: fc.integer({ min: 1, max: 3 }), socialParticipation: fc.integer({ min: 1, max: 3 }), encouragement: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  }),
});

function shuffle<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list.map((x, i) => ({ x, k: keys[i % keys.length] ?? 0, i })).sort((a, b) => a.k - b.k || a.i - b.i).map((e) => e.x);
}

describe('survey properties', () => {
  it('1A lies in 0-24 and every proportion in 0-100', () => {
    fc.assert(fc.property(fc.array(userResponse, { maxLength: 40 }), (rs) => {
      for (const m of scoreUserSurvey(rs, { year: '2024-25' }).measures) {
        if (m.measure.value === null || m.concept === 'adjusted-scrqol') continue;
        const v = Number(m.measure.value.value);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(m.concept === 'scrqol' ? 24 : 100);
      }
    }));
  });

  it('1D lies in 0-12', () => {
    fc.assert(fc.property(fc.array(carerResponse, { maxLength: 40 }), (rs) => {
      const v = scoreCarerSurvey(rs, { year: '2022-23' }).measures[0]?.measure.value;
      if (v) {
        expect(Number(v.value)).toBeGreaterThanOrEqual(0);
        expect(Number(v.value)).toBeLessThanOrEqual(12);
      }
    }));
  });

  it('permuting respondents never changes a score (unweighted or weighted)', () => {
    fc.assert(fc.property(fc.array(userResponse, { minLength: 1, maxLength: 15 }), fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 15 }), (rs, keys) => {
      const pops = { '1': 200, '2': 300, '3': 400, '4': 500 };
      const figures = (list: UserSurveyResponse[], w: boolean) => scoreUserSurvey(list, { year: '2023-24', ...(w ? { strataPopulations: pops } : {}) }).measures.map((m) => [m.measure.published, m.marginOfError?.value]);
      const shuffled = shuffle(rs, keys);
      expect(figures(shuffled, false)).toEqual(figures(rs, false));
      expect(figures(shuffled, true)).toEqual(figures(rs, true));
    }));
    fc.assert(fc.property(fc.array(carerResponse, { minLength: 1, maxLength: 30 }), fc.array(fc.double({ noNaN: true }), { minLength: 1, maxLength: 30 }), (rs, keys) => {
      const figures = (list: CarerSurveyResponse[]) => scoreCarerSurvey(list, { year: '2022-23' }).measures.map((m) => m.measure.published);
      expect(figures(shuffle(rs, keys))).toEqual(figures(rs));
    }));
  });

  it('the weighted estimate equals the unweighted one when every stratum is sampled in proportion', () => {
    const c4 = fc.integer({ min: 1, max: 4 });
    const complete = fc.record({
      stratum: fc.constantFrom('1', '2', '3', '4'),
      answers: fc.record({ q3a: c4, q4a: c4, q5a: c4, q6a: c4, q7a: c4, q8a: c4, q9a: c4, q11: c4, q7b: fc.integer({ min: 1, max: 2 }), q1: fc.integer({ min: 1, max: 7 }) }),
    });
    fc.assert(fc.property(fc.array(complete, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 50 }), (rs, k) => {
      const counts: Record<string, number> = {};
      for (const r of rs) counts[r.stratum] = (counts[r.stratum] ?? 0) + 1;
      // N_h = k × n_h in every stratum: the same sampling fraction 1/k everywhere.
      const pops = Object.fromEntries(Object.entries(counts).map(([h, n]) => [h, n * k]));
      const plain = scoreUserSurvey(rs, { year: '2024-25' }).measures;
      const weighted = scoreUserSurvey(rs, { year: '2024-25', strataPopulations: pops }).measures;
      for (const concept of ['scrqol', 'control', 'feel-safe', 'services-safe', 'social-contact-users', 'satisfaction-users']) {
        const p = plain.find((m) => m.concept === concept)!;
        const w = weighted.find((m) => m.concept === concept)!;
        expect(p.excluded).toBe(0);
        expect(w.measure.published.outcome).toBe(p.measure.published.outcome);
      }
    }));
  });

  it('a full census (n_h = N_h) has a margin of error of zero', () => {
    fc.assert(fc.property(fc.array(userResponse, { minLength: 2, maxLength: 30 }), (rs) => {
      const one = rs.map((r) => ({ ...r, stratum: 'all', answers: { ...r.answers, q7a: r.answers.q7a ?? 1 } }));
      const m = scoreUserSurvey(one, { year: '2022-23', strataPopulations: { all: one.length } }).measures.find((x) => x.concept === 'feel-safe');
      if (m?.marginOfError) expect(Number(m.marginOfError.value)).toBe(0);
    }));
  });
});

describe('age and sex rows', () => {
  const row = (r: { measures: readonly { concept: string; disaggregation: string; measure: { published: { outcome: string } } }[] }, concept: string, split: string) =>
    r.measures.find((m) => m.concept === concept && m.disaggregation === split)?.measure.published.outcome;

  it('scores 18 to 64, 65 and over, Male and Female rows after each total; a row under 3 respondents is withheld', () => {
    const rs: UserSurveyResponse[] = [
      { age: 30, sex: 'female', answers: { q7a: 1 } }, { age: 45, sex: 'female', answers: { q7a: 1 } }, { age: 60, sex: 'female', answers: { q7a: 1 } },
      { age: 70, sex: 'male', answers: { q7a: 1 } }, { age: 80, sex: 'male', answers: { q7a: 2 } }, { age: 90, sex: 'female', answers: { q7a: 3 } },
    ];
    const r = scoreUserSurvey(rs, { year: '2022-23', disaggregate: true });
    expect(row(r, 'feel-safe', 'Total')).toBe('66.7');
    expect(row(r, 'feel-safe', '18 to 64')).toBe('100.0');
    expect(row(r, 'feel-safe', '65 and over')).toBe('33.3');
    expect(row(r, 'feel-safe', 'Female')).toBe('75.0');
    expect(row(r, 'feel-safe', 'Male')).toBe('[c]');
    // Without the option only totals are scored.
    expect(scoreUserSurvey(rs, { year: '2022-23' }).measures.every((m) => m.disaggregation === 'Total')).toBe(true);
  });

  // Each respondent weighs N_h / n_h, n_h being the stratum's usable answers (domain brief §5.5).
  it('weights split rows with the whole stratum\'s weight (subgroup population N_h × share of respondents)', () => {
    const rs: UserSurveyResponse[] = [
      { stratum: 'A', age: 40, answers: { q7a: 1 } }, { stratum: 'A', age: 80, answers: { q7a: 2 } },
      { stratum: 'B', age: 40, answers: { q7a: 1 } }, { stratum: 'B', age: 80, answers: { q7a: 1 } },
      { stratum: 'B', age: 81, answers: { q7a: 1 } }, { stratum: 'A', age: 41, answers: { q7a: 1 } },
    ];
    const r = scoreUserSurvey(rs, { year: '2022-23', strataPopulations: { A: 100, B: 300 }, disaggregate: true });
    // A: 3 answers (weight 100/3), B: 3 answers (weight 100). 65+: A age 80 unsafe (100/3), B ages 80, 81 safe (200) → 200 / (700/3) = 85.7
    expect(row(r, 'feel-safe', '65 and over')).toBe('85.7');
    // Total: (2 × 100/3 + 300) / 400 = 91.7
    expect(row(r, 'feel-safe', 'Total')).toBe('91.7');
  });

  it('the age rows add up to the total (numerators and denominators, exactly) when everyone has an age', () => {
    fc.assert(fc.property(fc.array(userResponse, { minLength: 1, maxLength: 25 }), fc.boolean(), (rs, weighted) => {
      const pops = { '1': 100, '2': 100, '3': 100, '4': 100 };
      const r = scoreUserSurvey(rs, { year: '2022-23', disaggregate: true, ...(weighted ? { strataPopulations: pops } : {}) });
      for (const concept of ['scrqol', 'control', 'feel-safe']) {
        const get = (split: string) => r.measures.find((m) => m.concept === concept && m.disaggregation === split)!.measure;
        const [t, y, o] = [get('Total'), get('18 to 64'), get('65 and over')];
        expect(Number(y.numerator) + Number(o.numerator)).toBeCloseTo(Number(t.numerator), 9);
        expect(Number(y.denominator) + Number(o.denominator)).toBeCloseTo(Number(t.denominator), 9);
      }
    }));
  });

  it('asking for split rows never changes the total rows', () => {
    fc.assert(fc.property(fc.array(carerResponse, { maxLength: 20 }), (rs) => {
      const withAges = rs.map((r, i) => ({ ...r, age: 20 + i * 3, sex: i % 2 === 0 ? ('male' as const) : ('female' as const) }));
      const totals = (d: boolean) => scoreCarerSurvey(withAges, { year: '2022-23', disaggregate: d }).measures.filter((m) => m.disaggregation === 'Total').map((m) => m.measure.published);
      expect(totals(true)).toEqual(totals(false));
    }));
  });
});

// Issue 12, survey and aggregate measures: each worked fixture cites the published method it follows
// (NHS England's ASCOF pipeline C1 = NHSDigital/ASC-Outcomes-Framework, its ASCS code C2 =
// NHSDigital/ASC-User-Survey; /work/shared/domain/ascof.md §5, §6, §11), and each failed on the code before the fix.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extendPack, isRulesError } from '../../src/index.js';
import { calculateAscofMeasure, defaultAscofPack, scoreCarerSurvey, scoreUserSurvey, type CarerSurveyResponse, type UserSurveyResponse } from '../../src/ascof/index.js';

type Row = { concept: string; disaggregation: string; base: number; weighting: string; measure: { suppressed: boolean; published: { numerator: string; denominator: string; outcome: string }; numerator: string; denominator: string; warnings: readonly string[] } };
const rowOf = (r: { measures: readonly Row[] }, concept: string, split = 'Total') => r.measures.find((m) => m.concept === concept && m.disaggregation === split);

function issues(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try { fn(); } catch (e) { if (isRulesError(e)) return e.issues.map((i) => ({ code: i.code, path: i.path })); throw e; }
  throw new Error('expected a RulesError');
}

const SIX = { occupation: 1, control: 1, selfCare: 1, safety: 1, socialParticipation: 1, encouragement: 1 };

describe('carer survey: both rows of a pair are withheld when either base is under 3 (C1 carers.py suppression/consolidate)', () => {
  // carers.py: Suppress_Gender = Base_male < 3 | Base_female < 3, applied to the Male and Female rows alike;
  // Suppress_Age likewise for 1864 and 65OV; Suppress_Total = Base < 3.
  // Five carers: four women (1D 12, 12, 12, 6) and one man (1D 0). Published alone, the women's row (10.5 from 4)
  // and the total (8.4 from 5) give the man's score away: 5 × 8.4 − 4 × 10.5 = 0.
  const carers: CarerSurveyResponse[] = [
    { age: 40, sex: 'female', answers: SIX }, { age: 41, sex: 'female', answers: SIX }, { age: 70, sex: 'female', answers: SIX },
    { age: 71, sex: 'female', answers: { occupation: 2, control: 2, selfCare: 2, safety: 2, socialParticipation: 2, encouragement: 2 } },
    { age: 72, sex: 'male', answers: { occupation: 3, control: 3, selfCare: 3, safety: 3, socialParticipation: 3, encouragement: 3 } },
  ];

  it('1D 2022-23: one man among five carers withholds the Female row too; the age rows (2 and 3) are withheld together', () => {
    const r = scoreCarerSurvey(carers, { year: '2022-23', disaggregate: true });
    expect(rowOf(r, 'carer-qol')?.measure.published.outcome).toBe('8.4');
    expect(rowOf(r, 'carer-qol', 'Male')?.measure.published.outcome).toBe('[c]');
    const female = rowOf(r, 'carer-qol', 'Female');
    expect(female?.base).toBe(4);
    expect(female?.measure.published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '[c]' });
    expect(female?.measure.suppressed).toBe(true);
    // 18 to 64 has 2 carers, 65 and over 3: both age rows go.
    expect(rowOf(r, 'carer-qol', '18 to 64')?.measure.published.outcome).toBe('[c]');
    expect(rowOf(r, 'carer-qol', '65 and over')?.measure.published.outcome).toBe('[c]');
  });

  it('publishes both rows of a pair when each base is 3 or more', () => {
    const six: CarerSurveyResponse[] = [0, 1, 2, 3, 4, 5].map((i) => ({ age: i < 3 ? 50 : 80, sex: i % 2 === 0 ? 'male' : 'female', answers: SIX }));
    const r = scoreCarerSurvey(six, { year: '2024-25', disaggregate: true });
    for (const split of ['Male', 'Female', '18 to 64', '65 and over']) expect(rowOf(r, 'carer-qol', split)?.measure.published.outcome).toBe('12.0');
  });

  it('calculateAscofMeasure takes the other row\'s base as pairBase for a SACE split row, and warns without it', () => {
    const withPair = calculateAscofMeasure('1D', { numerator: 42, denominator: 4, pairBase: 1 }, { year: '2022-23', disaggregation: 'Female' });
    expect(withPair.published.outcome).toBe('[c]');
    expect(withPair.trace.steps.some((s) => s.rule === 'ascof.suppression.pair' && s.outcome === 'met')).toBe(true);
    const without = calculateAscofMeasure('1D', { numerator: 42, denominator: 4 }, { year: '2022-23', disaggregation: 'Female' });
    expect(without.published.outcome).toBe('10.5');
    expect(without.warnings.join(' ')).toMatch(/pairBase/);
    // The total has no pair.
    expect(calculateAscofMeasure('5B', { numerator: 2, denominator: 4, pairBase: 0 }, { year: '2024-25' }).published.outcome).toBe('50.0');
  });

  it('ASCS rows keep their own-base rule (C1 ascs.py applies the row flag the ASCS pipeline set): a documented choice', () => {
    const rs: UserSurveyResponse[] = [
      { sex: 'female', answers: { q7a: 1 } }, { sex: 'female', answers: { q7a: 1 } }, { sex: 'female', answers: { q7a: 2 } }, { sex: 'male', answers: { q7a: 1 } },
    ];
    const r = scoreUserSurvey(rs, { year: '2022-23', disaggregate: true });
    expect(rowOf(r, 'feel-safe', 'Male')?.measure.published.outcome).toBe('[c]');
    expect(rowOf(r, 'feel-safe', 'Female')?.measure.published.outcome).toBe('66.7');
  });

  const carer = fc.record({
    age: fc.option(fc.integer({ min: 18, max: 99 }), { nil: undefined }),
    sex: fc.option(fc.constantFrom('male' as const, 'female' as const), { nil: undefined }),
    answers: fc.record({
      occupation: fc.integer({ min: 1, max: 3 }), control: fc.integer({ min: 1, max: 3 }), selfCare: fc.integer({ min: 1, max: 3 }),
      safety: fc.integer({ min: 1, max: 3 }), socialParticipation: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }), encouragement: fc.integer({ min: 1, max: 3 }),
    }),
  }).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as CarerSurveyResponse);

  it('property: no withheld split row can be recovered from the published total and the other row of its pair', () => {
    const pairs: [string, string][] = [['Male', 'Female'], ['18 to 64', '65 and over']];
    fc.assert(fc.property(fc.array(carer, { maxLength: 14 }), fc.constantFrom('2018-19', '2022-23', '2023-24', '2024-25'), (rs, year) => {
      const r = scoreCarerSurvey(rs, { year, disaggregate: true });
      for (const concept of new Set(r.measures.map((m) => m.concept))) {
        const total = rowOf(r, concept)!;
        for (const [a, b] of pairs) {
          const [ra, rb] = [rowOf(r, concept, a)!, rowOf(r, concept, b)!];
          // Withheld together or published together, and published only when both bases are 3 or more.
          expect(ra.measure.suppressed).toBe(rb.measure.suppressed);
          expect(ra.measure.suppressed).toBe(ra.base < 3 || rb.base < 3);
          if (ra.measure.suppressed) expect([ra.measure.published.numerator, rb.measure.published.numerator]).toEqual(['[c]', '[c]']);
        }
        // A total under 3 is withheld ("[x]" instead when nobody answered: there is no outcome to withhold).
        if (total.base < 3) expect(total.measure.published.outcome).toBe(total.base === 0 ? '[x]' : '[c]');
      }
    }));
  });

  it('property: a SACE split row through calculateAscofMeasure is withheld exactly when its base or its pair\'s base is under 3', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.constantFrom('Male', 'Female', '18 to 64', '65 and over'), (base, pairBase, split) => {
      const r = calculateAscofMeasure('3C', { numerator: 0, denominator: base, pairBase }, { year: '2024-25', disaggregation: split });
      expect(r.suppressed).toBe(base < 3 || pairBase < 3);
    }));
  });
});

describe('SALT small numbers: the denominator-under-5 rule belongs to 1E and 1G only (C1 ons_hes_salt.py clean_council)', () => {
  // clean_council: SALT = ["1E", "1G"]; their sex rows lose outcome, numerator and denominator, their total rows
  // numerator and denominator, when Denominator < 5. Every other SALT indicator only gets "[x]" for a zero
  // denominator (x_suppressed); 2B2 has its own HES rule (under 8).
  it('old 2D (ST-Max sequel) 2022-23: 2 of 4 is published as 2, 4 and 50.0', () => {
    const r = calculateAscofMeasure('2D', { numerator: 2, denominator: 4 }, { year: '2022-23' });
    expect(r.published).toEqual({ numerator: '2', denominator: '4', outcome: '50.0' });
    expect(r.suppressed).toBe(false);
  });

  it('1C(1A) Female 2019-20: 1 of 3 is published (33.3), and 2B(1) 65 to 74 likewise', () => {
    expect(calculateAscofMeasure('1C(1A)', { numerator: 1, denominator: 3 }, { year: '2019-20', disaggregation: 'Female' }).published.outcome).toBe('33.3');
    expect(calculateAscofMeasure('2B(1)', { numerator: 3, denominator: 4 }, { year: '2019-20', disaggregation: '65 to 74' }).published).toEqual({ numerator: '3', denominator: '4', outcome: '75.0' });
  });

  it('1E and 1G keep the rule: total counts withheld, outcome shown; sex rows withheld entirely', () => {
    expect(calculateAscofMeasure('1E', { numerator: 1, denominator: 4 }, { year: '2022-23' }).published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '25.0' });
    expect(calculateAscofMeasure('1G', { numerator: 3, denominator: 4 }, { year: '2022-23', disaggregation: 'Male' }).published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '[c]' });
    expect(calculateAscofMeasure('1G', { numerator: 3, denominator: 5 }, { year: '2022-23', disaggregation: 'Male' }).published.outcome).toBe('60.0');
  });

  it('2023-24 (the pipeline of that year not read) keeps the rule on every SALT count measure: the documented protective choice', () => {
    expect(calculateAscofMeasure('2A', { numerator: 2, denominator: 3 }, { year: '2023-24' }).published).toEqual({ numerator: '[c]', denominator: '[c]', outcome: '66.7' });
    const e = calculateAscofMeasure('2E', { numerator: 2, denominator: 3 }, { year: '2023-24' });
    expect(e.published.numerator).toBe('[c]');
    expect(e.trace.steps.some((s) => s.rule === 'ascof.suppression' && s.outcome === 'met')).toBe(true);
  });

  it('the 2023-24 reading is the named pack policy salt2023SmallNumbers: "1E-and-2E-only" follows the 2022-23 pipeline', () => {
    const local = extendPack(defaultAscofPack, {
      id: 'my-council-ascof', version: '2026.1',
      entries: { salt2023SmallNumbers: [{ validFrom: '2023-04-01', validTo: '2024-04-01', value: '1E-and-2E-only', citation: 'Performance board, 3 March 2026', kind: 'policy' }] },
    });
    const a = calculateAscofMeasure('2A', { numerator: 2, denominator: 3 }, { year: '2023-24', pack: local });
    expect(a.published).toEqual({ numerator: '2', denominator: '3', outcome: '66.7' });
    expect(a.trace.parameters.some((p) => p.key === 'salt2023SmallNumbers' && p.layer === 'my-council-ascof@2026.1')).toBe(true);
    // 1E and 2E carry the published rule whatever the choice.
    expect(calculateAscofMeasure('2E', { numerator: 2, denominator: 3 }, { year: '2023-24', pack: local }).published.numerator).toBe('[c]');
    // The default warns that the reading is unverified.
    expect(calculateAscofMeasure('2A', { numerator: 2, denominator: 3 }, { year: '2023-24' }).warnings.join(' ')).toMatch(/salt2023|1E-and-2E-only/);
  });

  it('property: in 2014-15 to 2022-23 a SALT figure is withheld only for 1E or 1G with a denominator under 5', () => {
    const codes = ['1C(1A)', '1C(1B)', '1C(2A)', '1C(2B)', '1E', '1G', '2B(1)', '2D'];
    const years = ['2014-15', '2016-17', '2019-20', '2022-23'];
    fc.assert(fc.property(fc.constantFrom(...codes), fc.constantFrom(...years), fc.nat(20), fc.nat(20), fc.constantFrom('Total', 'Female'), (code, year, a, b, split) => {
      const [num, den] = a <= b ? [a, b] : [b, a];
      const r = calculateAscofMeasure(code, { numerator: num, denominator: den }, { year, disaggregation: split });
      const withheld = Object.values(r.published).includes('[c]');
      expect(withheld).toBe((code === '1E' || code === '1G') && den < 5);
      if (!withheld && den === 0) expect(r.published.outcome).toBe('[x]');
    }));
  });
});

describe('1J / 1C adjusted SCRQoL leaves out learning disability and residential or nursing care (C2 q2c_preprocessing.py, generate_ascof_scores.py)', () => {
  // can_answer_2c = not (PrimarySupportReason_Grouped == "Learning Disability Support" or SupportSetting_Grouped in
  // {"Residential Care", "Nursing Care"}); set_1J_to_nan_for_invalid_responses sets ASCOF_1J to NaN where it is false.
  const best = { q3a: 1, q4a: 1, q5a: 1, q6a: 1, q7a: 1, q8a: 1, q9a: 1, q11: 1, q13: 1, q15a: 1, q15b: 1, q15c: 1, q15d: 1, q16a: 1, q16b: 1, q16c: 1, q17: 1, q18: 1 };
  const worst = { q3a: 4, q4a: 4, q5a: 4, q6a: 4, q7a: 4, q8a: 4, q9a: 4, q11: 4, q13: 5, q15a: 3, q15b: 3, q15c: 3, q15d: 3, q16a: 3, q16b: 3, q16c: 3, q17: 5, q18: 4 };
  const community: UserSurveyResponse[] = [1, 2, 3].map(() => ({ age: 40, primarySupportReason: 'physical', supportSetting: 'community', answers: best }));
  const excluded: UserSurveyResponse[] = [
    { age: 40, primarySupportReason: 'learning-disability', supportSetting: 'community', answers: worst },
    { age: 40, primarySupportReason: 'physical', supportSetting: 'nursing', answers: worst },
    { age: 40, primarySupportReason: 'mental-health', supportSetting: 'residential', answers: worst },
  ];

  it('1J 2022-23: three community respondents (0.419 each) and three excluded ones give 0.419 from a base of 3; 1A still counts all six', () => {
    const r = scoreUserSurvey([...community, ...excluded], { year: '2022-23' });
    const j = rowOf(r, 'adjusted-scrqol');
    expect(j?.base).toBe(3);
    expect(j?.measure.published.outcome).toBe('0.419');
    expect(rowOf(r, 'scrqol')?.base).toBe(6);
  });

  it('new 1C 2024-25 applies the same exclusions', () => {
    const r = scoreUserSurvey([...community, ...excluded], { year: '2024-25' });
    const c = r.measures.find((m) => m.measure.code === '1C');
    expect(c?.base).toBe(3);
    expect(c?.measure.published.outcome).toBe('0.419');
  });

  it('keeps a respondent with no primary support reason or setting (as the NHS code keeps unknowns) and warns', () => {
    const r = scoreUserSurvey([1, 2, 3].map(() => ({ age: 40, answers: best })), { year: '2022-23' });
    expect(rowOf(r, 'adjusted-scrqol')?.base).toBe(3);
    expect(rowOf(r, 'adjusted-scrqol')?.measure.warnings.join(' ')).toMatch(/3 respondent\(s\) .* no primary support reason or support setting/);
  });

  it('the named policy adjustedScrqolUnknownScope "exclude" leaves out respondents with an unknown reason or setting', () => {
    const local = extendPack(defaultAscofPack, {
      id: 'my-council-ascof', version: '2026.1',
      entries: { adjustedScrqolUnknownScope: [{ validFrom: '2014-04-01', value: 'exclude', citation: 'Local analysis plan', kind: 'policy' }] },
    });
    const rs: UserSurveyResponse[] = [...community, { age: 40, answers: worst }];
    const kept = rowOf(scoreUserSurvey(rs, { year: '2022-23' }), 'adjusted-scrqol');
    expect(kept?.base).toBe(4);
    const left = rowOf(scoreUserSurvey(rs, { year: '2022-23', pack: local }), 'adjusted-scrqol');
    expect(left?.base).toBe(3);
    expect(left?.measure.published.outcome).toBe('0.419');
    expect(left?.measure.warnings.join(' ')).toMatch(/1 otherwise complete respondent/);
  });

  it('weights by the adjusted strata populations when given, and refuses one smaller than its respondents', () => {
    const rs: UserSurveyResponse[] = [...community.map((r) => ({ ...r, stratum: 'S2' })), ...excluded.map((r) => ({ ...r, stratum: 'S1' }))];
    const weighted = scoreUserSurvey(rs, { year: '2022-23', strataPopulations: { S1: 50, S2: 90 }, adjustedScrqolStrataPopulations: { S1: 0, S2: 60 } });
    expect(rowOf(weighted, 'adjusted-scrqol')?.measure.denominator).toBe('60');
    expect(rowOf(weighted, 'adjusted-scrqol')?.measure.warnings.join(' ')).not.toMatch(/full strata populations/);
    const fallback = scoreUserSurvey(rs, { year: '2022-23', strataPopulations: { S1: 50, S2: 90 } });
    expect(rowOf(fallback, 'adjusted-scrqol')?.measure.warnings.join(' ')).toMatch(/full strata populations/);
    expect(issues(() => scoreUserSurvey(rs, { year: '2022-23', strataPopulations: { S1: 50, S2: 90 }, adjustedScrqolStrataPopulations: { S2: 2 } }))[0]?.path)
      .toEqual(['options', 'adjustedScrqolStrataPopulations', 'S2']);
  });

  const c = (max: number) => fc.integer({ min: 1, max });
  const answers = fc.record({
    q3a: c(4), q4a: c(4), q5a: c(4), q6a: c(4), q7a: c(4), q8a: c(4), q9a: c(4), q11: c(4), q13: c(5),
    q15a: c(3), q15b: c(3), q15c: c(3), q15d: c(3), q16a: c(3), q16b: c(3), q16c: c(3), q17: c(5), q18: c(4),
  });
  const inScope = fc.record({ age: fc.integer({ min: 18, max: 99 }), primarySupportReason: fc.constantFrom('physical' as const, 'sensory' as const, 'memory-and-cognition' as const, 'mental-health' as const, 'social' as const), supportSetting: fc.constant('community' as const), answers });
  const outOfScope = fc.oneof(
    fc.record({ age: fc.integer({ min: 18, max: 99 }), primarySupportReason: fc.constant('learning-disability' as const), answers }),
    fc.record({ age: fc.integer({ min: 18, max: 99 }), supportSetting: fc.constantFrom('residential' as const, 'nursing' as const), answers }),
  );

  it('property: adding excluded respondents never changes the adjusted SCRQoL, and every one of them is counted as excluded', () => {
    fc.assert(fc.property(fc.array(inScope, { maxLength: 8 }), fc.array(outOfScope, { maxLength: 5 }), fc.constantFrom('2019-20', '2024-25'), (ins, outs, year) => {
      const a = scoreUserSurvey(ins, { year }).measures.find((m) => m.concept === 'adjusted-scrqol')!;
      const b = scoreUserSurvey([...outs, ...ins], { year }).measures.find((m) => m.concept === 'adjusted-scrqol')!;
      expect(b.measure.published).toEqual(a.measure.published);
      expect(b.base).toBe(ins.length);
      expect(b.excluded).toBe(outs.length);
    }));
  });
});

describe('5B (old 1I(2)) is read from the social-participation question of 1D (ascof.md §5.4, §11; LG Inform 10678)', () => {
  // The SACE social-contact question has three options; the first ("I have as much social contact as I want with
  // people I like") is the 5B numerator, every carer who answered it the denominator, and the same answer scores 2
  // in 1D. Four carers answering 1, 1, 2, 3 give 5B = 2 / 4 = 50.0%.
  it('5B 2024-25 from the six 1D answers alone: 50.0% from 4 carers', () => {
    const rs: CarerSurveyResponse[] = [1, 1, 2, 3].map((socialParticipation) => ({ answers: { ...SIX, socialParticipation } }));
    const r = scoreCarerSurvey(rs, { year: '2024-25' });
    const five = rowOf(r, 'social-contact-carers');
    expect(five?.measure.published).toEqual({ numerator: '0', denominator: '5', outcome: '50.0' });
    expect(five?.base).toBe(4);
    expect(five?.measure.numerator).toBe('2');
    // 1D: 10 + 10 + 11 … (each item 2 but social participation 2, 2, 1, 0) = (12 + 12 + 11 + 10) / 4 = 11.25 → 11.3
    expect(rowOf(r, 'carer-qol')?.measure.published.outcome).toBe('11.3');
  });

  it('the deprecated socialContact field is the same question: read alone, refused when it disagrees', () => {
    const r = scoreCarerSurvey([1, 1, 2].map((socialContact) => ({ answers: { socialContact } })), { year: '2022-23' });
    expect(rowOf(r, 'social-contact-carers')?.measure.published.outcome).toBe('66.7');
    expect(issues(() => scoreCarerSurvey([{ answers: { socialParticipation: 1, socialContact: 2 } }], { year: '2022-23' }))[0])
      .toEqual({ code: 'inconsistent_input', path: ['responses', 0, 'answers', 'socialContact'] });
  });

  it('property: 5B counts exactly the carers whose social-participation answer is the first option, over all who answered it', () => {
    const one = fc.record({ answers: fc.record({ socialParticipation: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }), safety: fc.integer({ min: 1, max: 3 }) }) });
    fc.assert(fc.property(fc.array(one, { maxLength: 30 }), (rs) => {
      const m = rowOf(scoreCarerSurvey(rs, { year: '2024-25' }), 'social-contact-carers')!;
      const answered = rs.filter((r) => r.answers.socialParticipation !== null);
      expect(m.base).toBe(answered.length);
      expect(m.measure.numerator).toBe(String(answered.filter((r) => r.answers.socialParticipation === 1).length));
    }));
  });
});

describe('an unweighted ASCS figure is labelled as such (the published 1A is weighted by sampling stratum: C2 docs/maths.md)', () => {
  const answers = { q3a: 1, q4a: 1, q5a: 2, q6a: 2, q7a: 1, q8a: 3, q9a: 2, q11: 1 };
  it('1A without strata populations: weighting "unweighted" and a warning; with them: "stratified" and no such warning', () => {
    const plain = rowOf(scoreUserSurvey([{ answers }, { answers }, { answers }], { year: '2024-25' }), 'scrqol');
    expect(plain?.weighting).toBe('unweighted');
    expect(plain?.measure.warnings.some((w) => w.startsWith('Unweighted'))).toBe(true);
    const rs = [1, 2, 3].map(() => ({ stratum: 'A', answers }));
    const weighted = rowOf(scoreUserSurvey(rs, { year: '2024-25', strataPopulations: { A: 30 } }), 'scrqol');
    expect(weighted?.weighting).toBe('stratified');
    expect(weighted?.measure.warnings.some((w) => w.startsWith('Unweighted'))).toBe(false);
    expect(weighted?.measure.published.outcome).toBe(plain?.measure.published.outcome);
  });

  it('a council\'s SACE figures carry no such warning (each council is one stratum: S17, S18)', () => {
    const r = scoreCarerSurvey([{ answers: SIX }, { answers: SIX }, { answers: SIX }], { year: '2024-25' });
    expect(rowOf(r, 'carer-qol')?.measure.warnings.some((w) => w.startsWith('Unweighted'))).toBe(false);
  });

  it('property: every ASCS row is labelled by how it was estimated, and only unweighted rows warn', () => {
    const code4 = fc.option(fc.integer({ min: 1, max: 4 }), { nil: null });
    const resp = fc.record({ stratum: fc.constantFrom('1', '2'), age: fc.integer({ min: 18, max: 99 }), answers: fc.record({ q3a: code4, q7a: code4, q8a: code4 }) });
    fc.assert(fc.property(fc.array(resp, { maxLength: 12 }), fc.boolean(), (rs, weighted) => {
      const r = scoreUserSurvey(rs, { year: '2023-24', disaggregate: true, ...(weighted ? { strataPopulations: { '1': 100, '2': 100 } } : {}) });
      for (const m of r.measures) {
        expect(m.weighting).toBe(weighted ? 'stratified' : 'unweighted');
        expect(m.measure.warnings.some((w) => w.startsWith('Unweighted'))).toBe(!weighted);
      }
    }));
  });
});

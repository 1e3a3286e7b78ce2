// Issue 12, "Eligibility wording and structure": each test below failed on the code before the fix.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { determineAdultEligibility, determineCarerEligibility, type WellbeingJudgement } from '../../src/eligibility/index.js';
import { ADULT_CONDITION_A, ADULT_CONDITION_B, ADULT_DETERMINATION, CARER_CONDITION_B, CARER_HEALTH, OUTCOME_SENTENCES } from '../../src/eligibility/sentences.js';

const SIGNIFICANT: WellbeingJudgement = { significantImpact: true, areas: ['personalDignity'] };

describe('carer condition (b) when undecided names only the circumstances that could still apply', () => {
  // SI 2015/313 reg 3(1)(b): "any of the circumstances specified in paragraph (2) apply"; reg 3(2): "(a) the
  // carer's physical or mental health is, or is at risk of, deteriorating; or (b) the carer is unable to achieve
  // any of the following outcomes". Health recorded as not at risk rules out (a); only (b) can still apply.
  it('health not at risk, outcomes not assessed: the health circumstance is not said to "still apply"', () => {
    const r = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: false, wellbeing: SIGNIFICANT });
    const b = r.conditions.find((c) => c.condition === 'b')!;
    expect(r.status).toBe('undetermined');
    expect(b.because).not.toContain('health circumstance');
    expect(b.because).toBe(CARER_CONDITION_B.unknownOutcomesOnly(8));
    expect(b.because).toContain('reg 3(2)(a) does not apply');
    expect(b.missing).not.toContain('healthAtRisk');
    expect(r.trace.steps.find((s) => s.rule === CARER_CONDITION_B.rule)?.because).toBe(b.because);
  });

  it('health not recorded, every outcome assessed and achievable: only reg 3(2)(a) is left to decide', () => {
    const able = { unableToAchieve: [] as never[] };
    const outcomes = { caringForChild: able, caringForOthers: able, habitableHome: able, nutrition: able, familyPersonalRelationships: able, workTrainingEducationVolunteering: able, communityFacilitiesServices: able, recreationalActivities: able };
    const r = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, outcomes, wellbeing: SIGNIFICANT });
    const b = r.conditions.find((c) => c.condition === 'b')!;
    expect(b.because).toBe(CARER_CONDITION_B.unknownHealthOnly);
    expect(b.missing).toEqual(['healthAtRisk']);
  });

  it('health not recorded and outcomes not assessed: both circumstances could apply', () => {
    const r = determineCarerEligibility({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, outcomes: { nutrition: { unableToAchieve: [] } }, wellbeing: SIGNIFICANT });
    expect(r.conditions[1]!.because).toBe(CARER_CONDITION_B.unknownHealthAndOutcomes(7));
    expect(r.trace.steps.find((s) => s.rule === CARER_HEALTH.rule)?.because).toBe(CARER_HEALTH.unknown);
  });
});

describe('an outcome not given is read at outcomes.<id>, never at fluctuating.observations', () => {
  it('adult with no fluctuating input: no trace input path names fluctuating', () => {
    const r = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } }, wellbeing: SIGNIFICANT });
    const paths = r.trace.steps.flatMap((s) => s.inputs.map((i) => i.path));
    expect(paths.filter((p) => p.startsWith('fluctuating'))).toEqual([]);
    const step = r.trace.steps.find((s) => s.rule === 'eligibility.adult.outcome.toiletNeeds')!;
    expect(step.inputs).toEqual([{ path: 'outcomes.toiletNeeds.unableToAchieve' }]);
    expect(step.because).toBe(OUTCOME_SENTENCES.notAssessed('managing toilet needs'));
    expect(r.missing).toContain('outcomes.toiletNeeds');
  });

  it('carer with observations of other outcomes: an outcome observed on no day is read at outcomes.<id>; an observed one at fluctuating', () => {
    const r = determineCarerEligibility({
      asOf: '2026-11-23',
      needsArisingFromNecessaryCare: true,
      healthAtRisk: false,
      fluctuating: { periodFrom: '2026-11-01', periodTo: '2026-11-20', observations: [{ date: '2026-11-02', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } }] },
      wellbeing: SIGNIFICANT,
    });
    const input = (rule: string) => r.trace.steps.find((s) => s.rule === rule)!.inputs[0]!.path;
    expect(input('eligibility.carer.outcome.habitableHome')).toBe('outcomes.habitableHome.unableToAchieve');
    expect(input('eligibility.carer.outcome.nutrition')).toBe('fluctuating.observations.outcomes.nutrition.unableToAchieve');
    expect(r.missing).toContain('outcomes.habitableHome');
    expect(r.missing).toContain('fluctuating.observations.outcomes.nutrition');
  });
});

describe('structure', () => {
  const dir = new URL('../../src/eligibility/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  const source = (f: string) => readFileSync(new URL(f, dir), 'utf8');

  it('the modules of src/eligibility import each other without a cycle (types have one home)', () => {
    const edges = new Map(files.map((f) => [f, [...source(f).matchAll(/from '\.\/([\w.]+)\.js'/g)].map((m) => `${m[1]}.ts`)]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const g of edges.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of files) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('the entry functions hold no reason sentences: the wording is in sentences.ts', () => {
    for (const f of ['adult.ts', 'carer.ts', 'wellbeing.ts', 'unableToAchieve.ts']) {
      const code = source(f).replace(/\/\*\*[\s\S]*?\*\//g, '');
      // A branch of a conditional that yields a sentence: `? 'the needs …'` or `: \`the adult …\``.
      expect(code.match(/[?:]\s*[`'"](?:the |not yet|whether|no |a |unable|able|as a )[^`'"]{20,}/g) ?? [], f).toEqual([]);
    }
  });

  it('each condition reports the sentence of its table entry', () => {
    const r = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, toiletNeeds: { unableToAchieve: ['takesSignificantlyLonger'] } }, wellbeing: SIGNIFICANT });
    expect(r.conditions[0]!.because).toBe(ADULT_CONDITION_A.met([]));
    expect(r.conditions[1]!.because).toBe(ADULT_CONDITION_B.met(2, 'reg 2(2)(a), reg 2(2)(c)', 2));
    expect(r.trace.steps.at(-1)!.because).toBe(ADULT_DETERMINATION.met);
  });
});

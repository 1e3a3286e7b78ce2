import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extendPack } from '../../src/index.js';
import {
  ARRANGEMENTS,
  CONTINUITY_BASES,
  coventryProviderFailurePack,
  determineContinuityBasis,
  type AffectedPersonInput,
  type ContinuityBasis,
  type ContinuityContextInput,
} from '../../src/provider-failure/index.js';
import { careHomeContext, residents } from './fixtures.js';

describe('determineContinuityBasis: the residents of a care home closing in administration (s.48 engaged)', () => {
  it(`${residents.selfFunder!.name}: s.48 temporary duty, chargeable at cost (${residents.selfFunder!.source})`, () => {
    const r = determineContinuityBasis(residents.selfFunder!.input, careHomeContext);
    expect(r.basis).toBe('s48-temporary-duty');
    expect(r.temporaryDuty).toBe(true);
    expect(r.nature).toBe('duty');
    expect(r.coordinator).toEqual({ role: 'host-authority', name: 'Coventry' });
    expect(r.costRecovery).toMatchObject({ possible: true, from: ['person'], citation: 'Care Act 2014 s.48(5)' });
    expect(r.ref).toBe('R-01');
  });

  it(`${residents.councilFunded!.name}: the existing s.18 duty continues, not s.48 (${residents.councilFunded!.source})`, () => {
    const r = determineContinuityBasis(residents.councilFunded!.input, careHomeContext);
    expect(r.basis).toBe('existing-duty-continues');
    expect(r.temporaryDuty).toBe(false);
    expect(r.funder.role).toBe('host-authority');
    expect(r.costRecovery.possible).toBe(false);
  });

  it(`${residents.placedByAnotherCouncil!.name}: host coordinates and pays meanwhile, recovering from the placing authority, which plans (${residents.placedByAnotherCouncil!.source})`, () => {
    const r = determineContinuityBasis(residents.placedByAnotherCouncil!.input, careHomeContext);
    expect(r.basis).toBe('out-of-area-placement');
    expect(r.coordinator).toEqual({ role: 'host-authority', name: 'Coventry' });
    expect(r.funder).toEqual({ role: 'host-authority', name: 'Coventry' });
    expect(r.longTermPlanning).toEqual({ role: 'placing-authority', name: 'Warwickshire' });
    expect(r.temporaryDuty).toBe(true);
    expect(r.costRecovery.from).toEqual(['arranging-authority']);
    // The recovery subsection (believed s.48(6)-(7)) was not retrieved: the trace says so.
    expect(r.trace.steps.find((st) => st.rule === 'provider-failure.continuity.outOfArea')?.warnings?.join(' ')).toContain('s.48(6)-(7)');
  });

  it(`${residents.chcFunded!.name}: the NHS is responsible (${residents.chcFunded!.source})`, () => {
    const r = determineContinuityBasis(residents.chcFunded!.input, careHomeContext);
    expect(r.basis).toBe('nhs-continuing-healthcare');
    expect(r.nature).toBe('nhs');
    expect(r.funder).toEqual({ role: 'nhs', name: 'NHS Coventry and Warwickshire ICB' });
    expect(r.temporaryDuty).toBe(false);
  });

  it(`${residents.welshPlacement!.name}: s.49 co-operation and cost recovery (${residents.welshPlacement!.source})`, () => {
    const r = determineContinuityBasis(residents.welshPlacement!.input, careHomeContext);
    expect(r.basis).toBe('s49-cross-border');
    expect(r.temporaryDuty).toBe(true);
    expect(r.costRecovery).toMatchObject({ possible: true, from: ['arranging-authority', 'person'], citation: 'Care Act 2014 s.49(3)(c)-(d)' });
    expect(r.funder).toEqual({ role: 'host-authority', name: 'Coventry' });
    expect(r.longTermPlanning.name).toBe('Powys County Council');
  });

  it('a person helped under the s.19(1) power falls under s.48 when it is engaged: s.19(1) is not a requirement (s.48(2))', () => {
    const r = determineContinuityBasis({ ref: 'R-06', role: 'adult', arrangement: 'host-authority', hostAuthorityBasis: 'section-19-1' }, careHomeContext);
    expect(r.basis).toBe('s48-temporary-duty');
  });

  it('a carer whose support the host arranged under s.20 keeps that duty', () => {
    const r = determineContinuityBasis({ ref: 'C-01', role: 'carer', arrangement: 'host-authority', hostAuthorityBasis: 'section-20' }, careHomeContext);
    expect(r.basis).toBe('existing-duty-continues');
    expect(r.citations).toContain('Care Act 2014 s.20');
  });
});

describe('determineContinuityBasis: when s.48 is not engaged (statutory guidance ch.5 decision tree, care-act.md §4.7)', () => {
  const ctx: ContinuityContextInput = { ...careHomeContext, temporaryDutyEngaged: false };

  it('a council-funded resident: existing s.18 duty continues', () => {
    expect(determineContinuityBasis(residents.councilFunded!.input, ctx).basis).toBe('existing-duty-continues');
  });
  it('an s.19(1) agreement continues as agreed', () => {
    expect(determineContinuityBasis({ ref: 'R-06', role: 'adult', arrangement: 'host-authority', hostAuthorityBasis: 'section-19-1' }, ctx).basis).toBe('s19-1-agreement');
  });
  it('a self-funder whose needs appear urgent: the s.19(3) power', () => {
    const r = determineContinuityBasis({ ...residents.selfFunder!.input, needsAppearUrgent: true }, ctx);
    expect(r.basis).toBe('s19-3-urgent-needs');
    expect(r.nature).toBe('power');
  });
  it('a self-funder whose needs do not appear urgent: information, advice and assessment; the person keeps paying', () => {
    const r = determineContinuityBasis({ ...residents.selfFunder!.input, needsAppearUrgent: false }, ctx);
    expect(r.basis).toBe('assessment-and-advice');
    expect(r.funder.role).toBe('person');
    expect(r.citations).toContain('Care Act 2014 s.19(1)');
  });
  it('a Welsh placement without business failure: no s.49; the placing authority keeps funding', () => {
    const r = determineContinuityBasis(residents.welshPlacement!.input, ctx);
    expect(r.basis).toBe('out-of-area-placement');
    expect(r.temporaryDuty).toBe(false);
    expect(r.costRecovery.possible).toBe(false);
  });
  it('a self-funder without needsAppearUrgent is refused: the field decides the basis', () => {
    expect(() => determineContinuityBasis(residents.selfFunder!.input, ctx)).toThrow(/needsAppearUrgent/);
  });
});

describe('determineContinuityBasis: properties', () => {
  const person = fc
    .record({
      role: fc.constantFrom('adult' as const, 'carer' as const),
      arrangement: fc.constantFrom(...ARRANGEMENTS),
      power: fc.boolean(),
      urgent: fc.boolean(),
    })
    .filter(({ role, arrangement }) => !(role === 'carer' && arrangement === 'nhs-continuing-healthcare'))
    .map(({ role, arrangement, power, urgent }): AffectedPersonInput => ({
      ref: 'X',
      role,
      arrangement,
      ...(arrangement === 'host-authority' ? { hostAuthorityBasis: role === 'adult' ? (power ? 'section-19-1' : 'section-18') : power ? 'section-20-6' : 'section-20' } : {}),
      ...(['other-english-authority', 'welsh-authority', 'scottish-authority', 'northern-ireland-trust', 'nhs-continuing-healthcare'].includes(arrangement) ? { fundingBody: 'Elsewhere' } : {}),
      needsAppearUrgent: urgent,
    }));
  const context = fc.record({
    asOf: fc.constantFrom('2023-01-01', '2026-03-02'),
    hostAuthority: fc.constantFrom('Coventry', 'Leicestershire'),
    setting: fc.constantFrom('care-home' as const, 'community' as const),
    temporaryDutyEngaged: fc.boolean(),
  });

  // The decision table, written by hand from care-act.md §4.1 (s.48(2) "in so far as it is not already required"),
  // §4.2 (s.49 cross-border), §4.7 (the ch.5 decision tree when s.48 is not engaged), §3.5 (s.19(3) is for an
  // adult's needs for care and support) and seed 001 Appendix 2 section 5 (placing authorities keep funding).
  const expectedBasis = (p: AffectedPersonInput, engaged: boolean): ContinuityBasis => {
    if (p.arrangement === 'nhs-continuing-healthcare') return 'nhs-continuing-healthcare';
    if (p.hostAuthorityBasis === 'section-18' || p.hostAuthorityBasis === 'section-20') return 'existing-duty-continues';
    if (p.arrangement === 'welsh-authority' || p.arrangement === 'scottish-authority' || p.arrangement === 'northern-ireland-trust') return engaged ? 's49-cross-border' : 'out-of-area-placement';
    if (p.arrangement === 'other-english-authority') return 'out-of-area-placement';
    if (engaged) return 's48-temporary-duty';
    if (p.hostAuthorityBasis === 'section-19-1' || p.hostAuthorityBasis === 'section-20-6') return 's19-1-agreement';
    return p.role === 'adult' && p.needsAppearUrgent === true ? 's19-3-urgent-needs' : 'assessment-and-advice';
  };
  // Who coordinates / funds / plans, and whether costs may be recovered, for each basis (same sources; under s.48
  // the host meets, so pays for, the needs meanwhile and recovers from the arranging authority: s.48(2)-(3),
  // Explanatory Notes para 304, s.49(3)(c), seed Appendix 2 section 4).
  const expectedBodies: Record<ContinuityBasis, [string, string | 'host-when-engaged', string, boolean | 'when-engaged']> = {
    'nhs-continuing-healthcare': ['nhs', 'nhs', 'nhs', false],
    'existing-duty-continues': ['host-authority', 'host-authority', 'host-authority', false],
    's49-cross-border': ['host-authority', 'host-authority', 'placing-authority', true],
    'out-of-area-placement': ['host-authority', 'host-when-engaged', 'placing-authority', 'when-engaged'],
    's48-temporary-duty': ['host-authority', 'host-authority', 'host-authority', true],
    's19-1-agreement': ['host-authority', 'host-authority', 'host-authority', false],
    's19-3-urgent-needs': ['host-authority', 'host-authority', 'host-authority', true],
    'assessment-and-advice': ['host-authority', 'person', 'host-authority', false],
  };

  it('every affected person gets exactly one basis: the one the hand-written decision table gives, with its coordinator, funder and cost recovery', () => {
    fc.assert(
      fc.property(person, context, (p, ctx) => {
        const r = determineContinuityBasis(p, ctx);
        const basis = expectedBasis(p, ctx.temporaryDutyEngaged);
        const [coordinator, funder, planner, recovery] = expectedBodies[basis];
        // One footing applies; every footing tried before it is kept in the trace as not met.
        const decided = r.trace.steps.filter((st) => st.outcome !== 'not-met');
        return (
          r.basis === basis &&
          r.coordinator.role === coordinator &&
          r.funder.role === (funder === 'host-when-engaged' ? (ctx.temporaryDutyEngaged ? 'host-authority' : 'placing-authority') : funder) &&
          r.longTermPlanning.role === planner &&
          r.costRecovery.possible === (recovery === 'when-engaged' ? ctx.temporaryDutyEngaged : recovery) &&
          decided.length === 1 &&
          r.trace.steps.at(-1) === decided[0]
        );
      }),
    );
  });

  it('every affected person gets exactly one basis, one of the listed ones, the same every time', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 20 }), context, (people, ctx) => {
        const bases = people.map((p) => determineContinuityBasis(p, ctx).basis);
        const again = people.map((p) => determineContinuityBasis(p, ctx).basis);
        return bases.length === people.length && bases.every((b) => CONTINUITY_BASES.includes(b)) && JSON.stringify(bases) === JSON.stringify(again);
      }),
    );
  });

  it('s.48 never displaces an existing s.18/s.20 duty, and is never the basis when not engaged', () => {
    fc.assert(
      fc.property(person, context, (p, ctx) => {
        const r = determineContinuityBasis(p, ctx);
        if (p.hostAuthorityBasis === 'section-18' || p.hostAuthorityBasis === 'section-20') return r.basis === 'existing-duty-continues';
        if (!ctx.temporaryDutyEngaged) return !r.temporaryDuty && r.basis !== 's48-temporary-duty' && r.basis !== 's49-cross-border';
        return true;
      }),
    );
  });

  it('when s.48 is engaged every person outside the NHS and an existing duty is covered by it (s.48(3): regardless of residence or assessment)', () => {
    fc.assert(
      fc.property(person, context, (p, ctx) => {
        const r = determineContinuityBasis(p, { ...ctx, temporaryDutyEngaged: true });
        const outside = p.arrangement === 'nhs-continuing-healthcare' || p.hostAuthorityBasis === 'section-18' || p.hostAuthorityBasis === 'section-20';
        return r.temporaryDuty === !outside;
      }),
    );
  });
});

describe('determineContinuityBasis: carers, other nations, why not and bad input', () => {
  const ctx: ContinuityContextInput = { ...careHomeContext, temporaryDutyEngaged: false };

  it("a self-funding carer is not offered s.19(3), which is for an adult's needs for care and support (care-act.md §3.5): carer's assessment instead", () => {
    const r = determineContinuityBasis({ ref: 'C-02', role: 'carer', arrangement: 'self-funded', needsAppearUrgent: true }, ctx);
    expect(r.basis).toBe('assessment-and-advice');
    expect(r.citations).toEqual(['Care Act 2014 s.4', 'Care Act 2014 s.10', 'Care Act 2014 s.20(1)']);
    expect(r.trace.steps.find((st) => st.rule === 'provider-failure.continuity.s19urgent')?.outcome).toBe('not-met');
  });

  it("a carer supported under the host's s.20(6) power: s.48 when engaged, else the agreement continues under s.20(6), not s.19(1) (care-act.md §3.6, §8.2)", () => {
    const carer = { ref: 'C-03', role: 'carer', arrangement: 'host-authority', hostAuthorityBasis: 'section-20-6' } as const;
    expect(determineContinuityBasis(carer, careHomeContext).basis).toBe('s48-temporary-duty');
    const r = determineContinuityBasis(carer, ctx);
    expect(r.basis).toBe('s19-1-agreement');
    expect(r.citations[0]).toBe('Care Act 2014 s.20(6)');
    expect(() => determineContinuityBasis({ ...carer, hostAuthorityBasis: 'section-19-1' }, ctx)).toThrow(/section-20-6/);
  });

  it('a Welsh placement without s.48 rests on the Welsh authority\'s own law, not Care Act s.18 (care-act.md §4.2)', () => {
    const r = determineContinuityBasis(residents.welshPlacement!.input, ctx);
    expect(r.citations[0]).toContain('Social Services and Well-being (Wales) Act 2014');
    expect(r.citations.join(' ')).not.toContain('s.18');
  });

  it('why not: a council-funded resident\'s trace says it is not NHS care, then that the s.18 duty continues', () => {
    const r = determineContinuityBasis(residents.councilFunded!.input, careHomeContext);
    expect(r.trace.steps.map((st) => [st.rule, st.outcome])).toEqual([
      ['provider-failure.continuity.nhs', 'not-met'],
      ['provider-failure.continuity.existingDuty', 'met'],
    ]);
    const selfFunder = determineContinuityBasis(residents.selfFunder!.input, careHomeContext);
    expect(selfFunder.trace.steps[1]?.because).toContain('arranged and paid for their own care');
  });

  it('problems in person and context are all reported at once, each with its path', () => {
    try {
      determineContinuityBasis({ ref: 'R-9', role: 'adult', arrangement: 'self-funded', fundingBody: 'Nobody', extra: 1 } as never, { ...careHomeContext, asOf: '2026-02-30' });
      expect.unreachable();
    } catch (error) {
      const paths = (error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['person', 'context.asOf']));
    }
    expect(() => determineContinuityBasis({ ref: 'C-9', role: 'carer', arrangement: 'nhs-continuing-healthcare' }, ctx)).toThrow(/person\.arrangement/);
    try {
      determineContinuityBasis({ ref: 'R-9', role: 'adult', arrangement: 'self-funded', fundingBody: 'Nobody' }, ctx);
      expect.unreachable();
    } catch (error) {
      const paths = (error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'));
      // The person's own fields first (the schema stage, which the JSON Schema's if/then also refuses); the rule
      // that needs the context (needsAppearUrgent when s.48 is not engaged) once they are right.
      expect(paths).toEqual(['person.fundingBody']);
    }
    try {
      determineContinuityBasis({ ref: 'R-9', role: 'adult', arrangement: 'self-funded' }, ctx);
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { path: unknown[] }[] }).issues.map((i) => i.path.join('.'))).toEqual(['person.needsAppearUrgent']);
    }
  });

  it('a decision date before the Coventry policy is in force is reported at context.asOf', () => {
    try {
      determineContinuityBasis(residents.placedByAnotherCouncil!.input, { ...careHomeContext, asOf: '2020-01-01' });
      expect.unreachable();
    } catch (error) {
      expect((error as { issues: { code: string; path: unknown[] }[] }).issues).toEqual([expect.objectContaining({ code: 'no_value_in_force', path: ['context', 'asOf'] })]);
    }
  });
});

describe('determineContinuityBasis: council override', () => {
  it('a council that leaves coordination of out-of-area placements to the placing authority gets that coordinator (policy)', () => {
    const local = extendPack(coventryProviderFailurePack, {
      id: 'other-council',
      version: '1',
      entries: { outOfAreaCoordinator: [{ validFrom: '2025-04-01', kind: 'policy', citation: 'Other council failure plan 2025', value: 'placing-authority' }] },
    });
    const before = determineContinuityBasis(residents.placedByAnotherCouncil!.input, careHomeContext);
    const after = determineContinuityBasis(residents.placedByAnotherCouncil!.input, careHomeContext, { pack: local });
    expect(before.coordinator.role).toBe('host-authority');
    expect(after.coordinator).toEqual({ role: 'placing-authority', name: 'Warwickshire' });
    expect(after.pack.layers.map((l) => l.id)).toEqual(['coventry-provider-failure', 'other-council']);
  });

  it('inconsistent fields are refused with their paths, without echoing the reference', () => {
    try {
      determineContinuityBasis({ ref: 'SECRET-NAME', role: 'carer', arrangement: 'host-authority', hostAuthorityBasis: 'section-18' }, careHomeContext);
      expect.unreachable();
    } catch (error) {
      const e = error as Error & { issues: { path: unknown[] }[] };
      expect(e.issues.map((i) => i.path.join('.'))).toEqual(['person.hostAuthorityBasis']);
      expect(e.message).not.toContain('SECRET-NAME');
    }
  });
});

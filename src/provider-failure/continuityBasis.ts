import * as z from 'zod';
import { RulesError, _issue, _parse, type RulesIssue } from '../core/errors.js';
import { packRef, type PackRef } from '../core/rulePack.js';
import { _makeTrace, _step, type Trace, type TraceStep } from '../core/trace.js';
import { _assertLawInForce, _packFrom, _reader, type ProviderFailureOptions } from './options.js';
import { AffectedPersonSchema, ContinuityContextSchema, PLACING_ARRANGEMENTS, type AffectedPersonInput, type ContinuityContextInput } from './schemas.js';

const ENTRY = 'determineContinuityBasis';
const GUIDANCE_CH5 = 'Care and Support Statutory Guidance ch.5 (paragraph numbers unverified)';
const APPENDIX2_S5 = 'Coventry Market and Provider Failure Approach v4.0 section 5 (Role and Responsibilities)';

/**
 * The legal footing on which an affected person's care continues. Exactly one applies to each person.
 *
 * - `s48-temporary-duty`: the host authority meets the needs under the s.48(2) temporary duty.
 * - `existing-duty-continues`: the host authority was already required to meet the needs (s.18 or s.20); that
 *   duty continues and it arranges alternative care.
 * - `s19-1-agreement`: the host authority had agreed to meet the needs under its power (s.19(1) for an adult,
 *   s.20(6) for a carer); it continues.
 * - `s19-3-urgent-needs`: the host authority may meet an adult's needs for care and support that appear urgent
 *   under s.19(3) (not a carer's needs for support).
 * - `nhs-continuing-healthcare`: the NHS (the integrated care board) is responsible.
 * - `s49-cross-border`: a Welsh, Scottish or Northern Irish body arranged the care; the host meets the needs
 *   under s.48 and pays the temporary costs, must co-operate and may recover them (s.49(3)).
 * - `out-of-area-placement`: another English authority placed the person; when s.48 is engaged the host meets
 *   the needs, pays the temporary costs and recovers them from the placing authority, which keeps funding
 *   responsibility and long-term planning; otherwise the placing authority's own arrangements continue.
 * - `assessment-and-advice`: no duty or power yet applies; the host assesses (s.9) and gives information and
 *   advice (s.4).
 */
export type ContinuityBasis =
  | 's48-temporary-duty'
  | 'existing-duty-continues'
  | 's19-1-agreement'
  | 's19-3-urgent-needs'
  | 'nhs-continuing-healthcare'
  | 's49-cross-border'
  | 'out-of-area-placement'
  | 'assessment-and-advice';

/** Every {@link ContinuityBasis}, for forms and tests. */
export const CONTINUITY_BASES: readonly ContinuityBasis[] = [
  's48-temporary-duty',
  'existing-duty-continues',
  's19-1-agreement',
  's19-3-urgent-needs',
  'nhs-continuing-healthcare',
  's49-cross-border',
  'out-of-area-placement',
  'assessment-and-advice',
];

/** A body with a part in a person's continuity of care. */
export interface ResponsibleBody {
  /** Which body: the council where the service was, the authority that placed the person, the NHS, or the person themself. */
  readonly role: 'host-authority' | 'placing-authority' | 'nhs' | 'person';
  /** Its name, when known from the input. */
  readonly name: string | undefined;
}

/** Whether, and from whom, the host authority may recover what continuity costs it. */
export interface CostRecovery {
  /** Whether any recovery is possible. */
  readonly possible: boolean;
  /** From whom: the person (or carer), or the authority that arranged the care. */
  readonly from: readonly ('person' | 'arranging-authority')[];
  /** The provision. */
  readonly citation: string;
  /** The limits, in a sentence. */
  readonly note: string;
}

/** The answer of {@link determineContinuityBasis} for one person. */
export interface ContinuityBasisResult {
  /** The person's reference, as given. */
  readonly ref: string;
  /** The one legal footing of their continuity of care. */
  readonly basis: ContinuityBasis;
  /** Whether it is a duty (must), a power (may) or an NHS responsibility. */
  readonly nature: 'duty' | 'power' | 'nhs';
  /** Whether the host authority is under the s.48(2) temporary duty for this person's needs. */
  readonly temporaryDuty: boolean;
  /** Who coordinates continuity of care (immediate welfare, any move). */
  readonly coordinator: ResponsibleBody;
  /** Who pays for the care going forward (under s.48, the host meanwhile, with any recovery in `costRecovery`). */
  readonly funder: ResponsibleBody;
  /** Who does the longer-term care planning. */
  readonly longTermPlanning: ResponsibleBody;
  /** Whether the host authority may recover its costs. */
  readonly costRecovery: CostRecovery;
  /** The provisions the basis rests on. */
  readonly citations: readonly string[];
  /** One sentence for the case note. */
  readonly summary: string;
  /** The rule pack used. */
  readonly pack: PackRef;
  /** The explanation, step by step. */
  readonly trace: Trace;
}

type Person = ReturnType<typeof AffectedPersonSchema.parse>;

// Person and context are parsed together so that every problem in either is reported at once, under
// `person.` or `context.`.
const ContinuityArgsSchema = z.strictObject({ person: AffectedPersonSchema, context: ContinuityContextSchema });

const PLACING: ReadonlySet<string> = new Set(PLACING_ARRANGEMENTS);

// The placing body's own footing when s.48 is not engaged (care-act.md §4.2 lists the non-English provisions).
const PLACING_OWN_LAW: Readonly<Record<string, string>> = {
  'other-english-authority': "Care Act 2014 s.18-20 (the placing authority's own duty or power)",
  'welsh-authority': "Social Services and Well-being (Wales) Act 2014 ss.35, 36, 40, 45 (the Welsh authority's own arrangements)",
  'scottish-authority': "Social Work (Scotland) Act 1968 ss.12, 13A; Mental Health (Care and Treatment) (Scotland) Act 2003 s.25 (the Scottish authority's own arrangements)",
  'northern-ireland-trust': "the Northern Ireland health and social care trust's own arrangements (Care Act 2014 s.49(1))",
};

// The rules between the person's own fields are the schema's (AffectedPersonSchema); this one depends on the
// context as well, which no JSON Schema of the person can see (docs/schemas.md).
function consistencyIssues(person: Person, engaged: boolean): RulesIssue[] {
  const issues: RulesIssue[] = [];
  if (person.arrangement === 'self-funded' && person.role === 'adult' && !engaged && person.needsAppearUrgent === undefined) {
    issues.push(_issue('inconsistent_input', ['person', 'needsAppearUrgent'], 'required for a self-funding adult when s.48 is not engaged (it decides whether the s.19(3) urgent-needs power applies)'));
  }
  return issues;
}

/**
 * Decides the one legal footing on which an affected person's care continues when a provider fails, and who
 * coordinates, who pays, who plans for the long term and whether costs may be recovered.
 *
 * The order follows the law. NHS Continuing Healthcare stays with the NHS. Where the host authority was already
 * required to meet the needs (s.18 adults, s.20 carers), that duty continues: s.48(2) applies only "in so far as
 * it is not already required to do so" (Explanatory Notes para 304). Otherwise, when s.48 is engaged, the host
 * authority meets the needs under it, regardless of ordinary residence, assessment or eligibility (s.48(3)),
 * including self-funders and people it was helping under its s.19(1) power; care arranged from Wales, Scotland or
 * Northern Ireland adds the s.49 co-operation and cost recovery; for a placement by another English authority the
 * host pays the temporary costs under s.48 and recovers them from the placing authority, which keeps funding
 * responsibility and long-term planning. When s.48 is not engaged, an s.19(1) agreement
 * continues, the placing authority's own duty continues for its placements, and for a self-funder the host may
 * use the s.19(3) urgent-needs power (an adult's needs for care and support only; a carer's needs for support go
 * through a carer's assessment, s.10 and s.20) or otherwise assesses and advises. The trace keeps every footing
 * tried before the one that applies, with why it did not.
 *
 * @param person - one affected person (see {@link AffectedPersonSchema})
 * @param context - the host authority, the setting, the date and whether s.48 is engaged
 * @param options - `pack`: a council's extension of the default pack (e.g. who coordinates out-of-area placements)
 * @returns the basis with its coordinator, funder, long-term planner, cost recovery and trace
 * @throws `RulesError` listing every problem in `person` and `context` at once: fields that fail the schema, or
 *   inconsistent fields (e.g. a host-arranged person without `hostAuthorityBasis`, a placement without
 *   `fundingBody`, a self-funding adult without `needsAppearUrgent` when s.48 is not engaged)
 *
 * @example
 * ```ts
 * import { determineContinuityBasis } from 'adult-social-care-rules/provider-failure';
 *
 * const result = determineContinuityBasis(
 *   { ref: 'P-001', role: 'adult', arrangement: 'self-funded' },
 *   { asOf: '2026-03-02', hostAuthority: 'Coventry', setting: 'care-home', temporaryDutyEngaged: true },
 * );
 * result.basis; //=> 's48-temporary-duty'
 * ```
 */
export function determineContinuityBasis(person: AffectedPersonInput, context: ContinuityContextInput, options?: ProviderFailureOptions): ContinuityBasisResult {
  const { person: p, context: c } = _parse(ENTRY, ContinuityArgsSchema, { person, context });
  _assertLawInForce(ENTRY, 'businessFailureEventsOrganisation', c.asOf, ['context', 'asOf'], 'Part 1 of the Care Act 2014 (ss.18-20 and the s.48 temporary duty)');
  const engaged = c.temporaryDutyEngaged;
  const issues = consistencyIssues(p, engaged);
  if (issues.length > 0) throw new RulesError(ENTRY, issues);
  const pack = _packFrom(ENTRY, options);
  const read = _reader(ENTRY, pack, c.asOf, ['context', 'asOf']);
  const steps: TraceStep[] = [];
  const host: ResponsibleBody = { role: 'host-authority', name: c.hostAuthority };
  const placing: ResponsibleBody = { role: 'placing-authority', name: p.fundingBody };
  const nhs: ResponsibleBody = { role: 'nhs', name: p.fundingBody };
  // Appendix 2 s.5: the ICB for the area co-ordinates, also for people "funded and commissioned by other health
  // bodies, i.e. 'Out of Area' CCGs"; the funding body is not necessarily that ICB, so it is not named here.
  const localNhs: ResponsibleBody = { role: 'nhs', name: undefined };
  const noRecovery = (citation: string, note: string): CostRecovery => ({ possible: false, from: [], citation, note });
  const inputs: (readonly [string, unknown])[] = [
    ['person.role', p.role],
    ['person.arrangement', p.arrangement],
    ['person.hostAuthorityBasis', p.hostAuthorityBasis],
    ['person.needsAppearUrgent', p.needsAppearUrgent],
    ['context.temporaryDutyEngaged', engaged],
    ['context.setting', c.setting],
  ];
  // Each footing is tried in the order of the law; those that do not apply stay in the trace as "why not".
  const notMet = (rule: string, citation: string, because: string): void => {
    steps.push(_step(`provider-failure.continuity.${rule}`, citation, 'not-met', because, inputs));
  };
  const isPlacing = PLACING.has(p.arrangement);
  // The power the host may have been using: s.19(1) for an adult, s.20(6) for a carer.
  const powerOf = p.hostAuthorityBasis === 'section-20-6' ? 's.20(6)' : 's.19(1)';
  const s48Charge: CostRecovery = {
    possible: true,
    from: ['person'],
    citation: 'Care Act 2014 s.48(5)',
    note: 'The host may charge the person (or carer) no more than the cost it incurs; information and advice are free. (s.48(5) wording seen in one secondary copy only.)',
  };
  const s48Warnings = ['s.48(5) charging wording is verified from a single secondary copy; s.48(6)-(7) were not retrieved.'];

  let out: Omit<ContinuityBasisResult, 'ref' | 'pack' | 'trace'>;

  if (p.arrangement === 'nhs-continuing-healthcare') {
    steps.push(
      _step('provider-failure.continuity.nhs', `${GUIDANCE_CH5}; ${APPENDIX2_S5}; Care Act 2014 s.22`, 'met', 'NHS Continuing Healthcare is the NHS\'s responsibility: the integrated care board for the area co-ordinates and finds alternative care (also for people funded by another health body), working jointly with the council.', inputs, [
        'The s.22 limit on councils providing NHS services is taken from the statutory guidance summary; its detail is unverified in the domain brief.',
      ]),
    );
    return finish({
      basis: 'nhs-continuing-healthcare',
      nature: 'nhs',
      temporaryDuty: false,
      coordinator: localNhs,
      funder: nhs,
      longTermPlanning: nhs,
      costRecovery: noRecovery('Care Act 2014 s.22', 'The NHS funds the care; the council works jointly and shares risks and costs by agreement (Coventry Appendix 2 section 5).'),
      citations: ['Care Act 2014 s.22', GUIDANCE_CH5, APPENDIX2_S5],
      summary: `NHS Continuing Healthcare: the integrated care board for the area co-ordinates and finds alternative care${p.fundingBody === undefined ? '' : `; ${p.fundingBody} funds it`}; the council works with it.`,
    });
  }
  notMet('nhs', `${GUIDANCE_CH5}; ${APPENDIX2_S5}`, 'The care is not NHS Continuing Healthcare, so it is not the NHS\'s to continue.');

  if (p.arrangement === 'host-authority' && (p.hostAuthorityBasis === 'section-18' || p.hostAuthorityBasis === 'section-20')) {
    const section = p.hostAuthorityBasis === 'section-18' ? 'Care Act 2014 s.18' : 'Care Act 2014 s.20';
    steps.push(
      _step(
        'provider-failure.continuity.existingDuty',
        `${section}; Care Act 2014 s.48(2) ("in so far as it is not already required to do so"); Explanatory Notes para 304`,
        'met',
        `${c.hostAuthority} was already required to meet these needs under ${section.replace('Care Act 2014 ', '')}; that duty simply continues and it must arrange alternative care${engaged ? ' (s.48 adds nothing for this person)' : ''}.`,
        inputs,
      ),
    );
    return finish({
      basis: 'existing-duty-continues',
      nature: 'duty',
      temporaryDuty: false,
      coordinator: host,
      funder: host,
      longTermPlanning: host,
      costRecovery: noRecovery('Care Act 2014 s.14', 'No recovery: the ordinary charging rules of the existing care and support plan continue.'),
      citations: [section, 'Care Act 2014 s.48(2)', 'Care Act 2014 Explanatory Notes para 304'],
      summary: `Existing ${section.replace('Care Act 2014 ', '')} duty continues: ${c.hostAuthority} arranges alternative care and keeps funding it.`,
    });
  }
  notMet(
    'existingDuty',
    'Care Act 2014 s.18, s.20; s.48(2) ("in so far as it is not already required to do so")',
    `${c.hostAuthority} was not already required to meet these needs under s.18 or s.20: ${
      p.arrangement === 'self-funded' ? 'the person arranged and paid for their own care' : p.arrangement === 'host-authority' ? `it was acting under its ${powerOf} power, which is not a requirement` : `${p.fundingBody} arranged the care`
    }.`,
  );

  if (!engaged) notMet('s48', 'Care Act 2014 s.48(1)', 'The s.48 temporary duty is not engaged (context.temporaryDutyEngaged is false), so existing duties and powers apply.');

  if (engaged && isPlacing && p.arrangement !== 'other-english-authority') {
    steps.push(
      _step(
        'provider-failure.continuity.crossBorder',
        'Care Act 2014 s.48(2)-(3); s.49(1), (3)',
        'met',
        `${p.fundingBody} (outside England) arranged the care: ${c.hostAuthority} meets the needs under s.48 and pays the temporary costs, must co-operate with it and may recover those costs from it.`,
        inputs,
      ),
    );
    out = {
      basis: 's49-cross-border',
      nature: 'duty',
      temporaryDuty: true,
      coordinator: host,
      // s.49(3)(c): the host "may recover ... the cost it incurs", so the host is the one paying meanwhile.
      funder: host,
      longTermPlanning: placing,
      costRecovery: {
        possible: true,
        from: ['arranging-authority', 'person'],
        citation: 'Care Act 2014 s.49(3)(c)-(d)',
        note: 'The host may recover from the arranging authority the cost of meeting the needs it had arranged to meet, and from the person the cost of meeting any other needs.',
      },
      citations: ['Care Act 2014 s.48(2)', 'Care Act 2014 s.49(3)'],
      summary: `Cross-border (s.49): ${c.hostAuthority} meets the needs under s.48 and pays the temporary costs, co-operates with ${p.fundingBody} and recovers them from ${p.fundingBody} (s.49(3)(c)).`,
    };
  } else if (isPlacing) {
    const coordinator = read.get('outOfAreaCoordinator');
    const coord = coordinator.value === 'host-authority' ? host : placing;
    const who = coordinator.value === 'host-authority' ? 'host' : 'placing authority';
    const ownLaw = PLACING_OWN_LAW[p.arrangement] as string;
    steps.push(
      _step(
        'provider-failure.continuity.outOfArea',
        engaged ? `Care Act 2014 s.48(2)-(3); ${coordinator.citation}` : `${ownLaw}; ${coordinator.citation}`,
        'met',
        engaged
          ? `${p.fundingBody} placed the person: ${c.hostAuthority} meets the needs temporarily under s.48, whatever the person's ordinary residence, and pays the temporary costs, which it recovers from ${p.fundingBody}; the ${who} coordinates and ${p.fundingBody} keeps funding responsibility and long-term planning.`
          : `${p.fundingBody} placed the person: its own arrangements continue (s.48 is not engaged, so s.49 does not apply); the ${who} coordinates continuity of care.`,
        inputs,
        engaged
          ? [
              ...coordinator.warnings,
              'The duty to meet these needs is verified (s.48(2)-(3); Explanatory Notes para 304: it applies "where another local authority was paying for services"). The subsection giving the power to recover from the placing authority (believed s.48(6)-(7)) was not retrieved; the seed says the host "can charge ... other local authorities" (Appendix 2 section 4).',
            ]
          : coordinator.warnings,
      ),
    );
    out = {
      basis: 'out-of-area-placement',
      nature: 'duty',
      temporaryDuty: engaged,
      coordinator: coord,
      // Under s.48 the host meets, and so pays for, the needs meanwhile; the placing authority repays it.
      funder: engaged ? host : placing,
      longTermPlanning: placing,
      costRecovery: engaged
        ? {
            possible: true,
            from: ['arranging-authority'],
            citation: 'Care Act 2014 s.48(2)-(3) and Explanatory Notes para 304 (the duty); recovery subsection (believed s.48(6)-(7)) unverified; Coventry Appendix 2 section 4 (Temporary Duty)',
            note: `${c.hostAuthority} pays the temporary costs under s.48 and recovers them from ${p.fundingBody}, which keeps funding responsibility (the subsection giving the recovery power was not retrieved).`,
          }
        : noRecovery(APPENDIX2_S5, 'Funding stays with the placing authority throughout, so the host incurs no cost to recover.'),
      citations: engaged ? ['Care Act 2014 s.48(2)-(3)', 'Care Act 2014 Explanatory Notes para 304', APPENDIX2_S5] : [ownLaw, APPENDIX2_S5],
      summary: engaged
        ? `Out-of-area placement under s.48: ${c.hostAuthority} pays the temporary costs under s.48 and recovers them from ${p.fundingBody}; ${coord.role === 'host-authority' ? c.hostAuthority : p.fundingBody} coordinates and ${p.fundingBody} keeps long-term planning.`
        : `Out-of-area placement: ${coord.role === 'host-authority' ? c.hostAuthority : p.fundingBody} coordinates; ${p.fundingBody} keeps funding and long-term planning.`,
    };
  } else if (engaged) {
    // Self-funders and people helped under the s.19(1) or s.20(6) power: the host is not "already required" to meet their needs.
    const why = p.arrangement === 'self-funded' ? 'the person paid for their own care' : `${c.hostAuthority} was meeting the needs under its ${powerOf} power, which is not a requirement`;
    steps.push(
      _step('provider-failure.continuity.s48', 'Care Act 2014 s.48(2)-(4)', 'met', `s.48 is engaged and ${why}: ${c.hostAuthority} must meet the needs for as long as it considers necessary, without assessment or eligibility checks.`, inputs, s48Warnings),
    );
    out = {
      basis: 's48-temporary-duty',
      nature: 'duty',
      temporaryDuty: true,
      coordinator: host,
      funder: host,
      longTermPlanning: host,
      costRecovery: s48Charge,
      citations: ['Care Act 2014 s.48(2)', 'Care Act 2014 s.48(3)', 'Care Act 2014 s.48(4)', 'Care Act 2014 s.48(5)'],
      summary: `s.48 temporary duty: ${c.hostAuthority} meets the needs for as long as it considers necessary and may charge the person the cost.`,
    };
  } else if (p.arrangement === 'host-authority') {
    steps.push(
      _step('provider-failure.continuity.s19agreement', `Care Act 2014 ${powerOf}; ${GUIDANCE_CH5}`, 'met', `${c.hostAuthority} had agreed to meet these needs under its ${powerOf} power; it continues to do so as agreed, arranging alternative care.`, inputs),
    );
    out = {
      basis: 's19-1-agreement',
      nature: 'power',
      temporaryDuty: false,
      coordinator: host,
      funder: host,
      longTermPlanning: host,
      costRecovery: noRecovery('Care Act 2014 s.14', 'No recovery: the ordinary charging rules of the agreement continue.'),
      citations: [`Care Act 2014 ${powerOf}`, GUIDANCE_CH5],
      summary: `${powerOf} agreement continues: ${c.hostAuthority} arranges alternative care as agreed.`,
    };
  } else if (p.role === 'adult' && p.needsAppearUrgent === true) {
    steps.push(
      _step('provider-failure.continuity.s19urgent', `Care Act 2014 s.19(3); ${GUIDANCE_CH5}`, 'met', `The person's needs appear urgent: ${c.hostAuthority} may meet them now, whatever their ordinary residence and before any assessment.`, inputs),
    );
    out = {
      basis: 's19-3-urgent-needs',
      nature: 'power',
      temporaryDuty: false,
      coordinator: host,
      funder: host,
      longTermPlanning: host,
      costRecovery: { possible: true, from: ['person'], citation: 'Care Act 2014 s.14', note: 'The ordinary charging rules apply once a financial assessment is made.' },
      citations: ['Care Act 2014 s.19(3)', GUIDANCE_CH5],
      summary: `s.19(3) urgent needs: ${c.hostAuthority} may meet the needs now and assess later.`,
    };
  } else {
    notMet(
      's19urgent',
      'Care Act 2014 s.19(3)',
      p.role === 'carer'
        ? "s.19(3) is a power to meet an adult's urgent needs for care and support; a carer's needs for support are met under s.20 after a carer's assessment."
        : "The person's needs do not appear urgent, so the s.19(3) power is not used.",
    );
    const route =
      p.role === 'carer'
        ? "the carer can have a carer's assessment (s.10) and, if eligible, support under s.20(1)"
        : c.setting === 'care-home'
          ? 'in a care home a self-funder can ask the council to arrange care only under its s.19(1) power'
          : 'if eligible, the person may ask the council to meet the needs (s.18(3), Condition 2)';
    const assess = p.role === 'carer' ? 'Care Act 2014 s.10' : 'Care Act 2014 s.9';
    const onward = p.role === 'carer' ? 'Care Act 2014 s.20(1)' : c.setting === 'care-home' ? 'Care Act 2014 s.19(1)' : 'Care Act 2014 s.18(3)';
    steps.push(
      _step('provider-failure.continuity.assess', `Care Act 2014 s.4; ${assess.replace('Care Act 2014 ', '')}; ${onward.replace('Care Act 2014 ', '')}`, 'applied', `No duty or power is yet engaged for this self-funder: ${c.hostAuthority} gives information and advice and assesses on request; ${route}.`, inputs),
    );
    out = {
      basis: 'assessment-and-advice',
      nature: 'duty',
      temporaryDuty: false,
      coordinator: host,
      funder: { role: 'person', name: undefined },
      longTermPlanning: host,
      costRecovery: noRecovery('Care Act 2014 s.4', 'Information and advice are free; the person continues to arrange and pay for their own care.'),
      citations: ['Care Act 2014 s.4', assess, onward],
      summary: `Information, advice and assessment: the person keeps arranging their own care; ${c.hostAuthority} helps them find it.`,
    };
  }
  return finish(out);

  function finish(result: Omit<ContinuityBasisResult, 'ref' | 'pack' | 'trace'>): ContinuityBasisResult {
    return { ref: p.ref, ...result, pack: packRef(pack), trace: _makeTrace({ entry: ENTRY, asOf: c.asOf, pack: packRef(pack), steps, used: read.used }) };
  }
}

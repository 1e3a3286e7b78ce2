// Condition (c) of reg 2(1) and 3(1): a professional judgement recorded with the s.1(2) areas it names.
import { _issue, type RulesIssue } from '../core/errors.js';
import { _plainStep, type TraceStep } from '../core/trace.js';
import { _deepFreeze } from '../core/rulePack.js';
import { WELLBEING_AREA_TEXT, WELLBEING_AREAS, type WellbeingArea } from './outcomes.js';
import { WELLBEING_SENTENCES } from './sentences.js';
import type { ConditionFinding } from './types.js';

/** The judgement as parsed. */
export interface ParsedWellbeing {
  readonly significantImpact: boolean;
  readonly likelihood?: 'is' | 'is-likely' | undefined;
  readonly areas: readonly WellbeingArea[];
}

/** A significant impact must name the s.1(2) areas it affects. */
export function _checkWellbeing(w: ParsedWellbeing | undefined, citation: string): RulesIssue[] {
  if (w === undefined || !w.significantImpact || w.areas.length > 0) return [];
  return [_issue('too_small', ['wellbeing', 'areas'], `a significant impact on well-being (${citation}) must name at least one area of Care Act 2014 s.1(2)`)];
}

/** Condition (c) worked out: its finding, its trace step and the areas named (once each, in the order given). */
export interface WellbeingPart {
  readonly finding: ConditionFinding;
  readonly step: TraceStep;
  readonly areas: readonly WellbeingArea[];
}

// Parts already worked out, by citation and then by a number that says everything the part is built from:
// the areas named (their s.1(2) positions, once each, in the order given, as decimal digits), the likelihood
// and the judgement. A cache of pure answers, deeply frozen, so no caller can change what another is given;
// at most 4,096 a citation, past that it starts afresh. The finding and step are deeply frozen (results share
// them); `areas` is the cache's own list, left unfrozen (V8 copies a frozen array several times slower): callers
// copy it into their result and never hand it out as it is.
const memos = new Map<string, Map<number, WellbeingPart>>();
const LIKELIHOOD = { is: 1, 'is-likely': 2 } as const;

/** Evaluates condition (c) and its trace step (shared: copy `areas` before handing it out). */
export function _wellbeingCondition(who: 'adult' | 'carer', w: ParsedWellbeing | undefined, citation: string): WellbeingPart {
  let key = who === 'adult' ? 0 : 1;
  if (w !== undefined) {
    let seen = 0;
    let digits = 0;
    for (let i = 0; i < w.areas.length; i += 1) {
      const at = WELLBEING_AREAS.indexOf(w.areas[i]!);
      if ((seen & (1 << at)) !== 0) continue;
      seen |= 1 << at;
      digits = digits * 10 + at + 1;
    }
    key += (((digits * 3 + (w.likelihood === undefined ? 0 : LIKELIHOOD[w.likelihood])) * 2 + (w.significantImpact ? 1 : 0)) * 2 + 1) * 2;
  }
  let memo = memos.get(citation);
  if (memo === undefined) memos.set(citation, (memo = new Map()));
  let part = memo.get(key);
  if (part === undefined) {
    if (memo.size >= 4096) memo.clear();
    part = wellbeingPart(who, w, citation);
    _deepFreeze(part.finding);
    _deepFreeze(part.step);
    memo.set(key, part);
  }
  return part;
}

function wellbeingPart(who: 'adult' | 'carer', w: ParsedWellbeing | undefined, citation: string): WellbeingPart {
  const fullCitation = `${citation}; Care Act 2014 s.1(2)`;
  const rule = `eligibility.${who}.significantImpact`;
  if (w === undefined) {
    const because = WELLBEING_SENTENCES.unknown(who);
    return {
      finding: { condition: 'c', citation, outcome: 'unknown', because, missing: ['wellbeing'] },
      step: _plainStep(rule, fullCitation, 'unknown', because, [['wellbeing', undefined]]),
      areas: [],
    };
  }
  // The areas once each, in the order given, each named with its s.1(2) letter.
  const areas: WellbeingArea[] = [];
  let named = '';
  for (const a of w.areas) {
    if (areas.includes(a)) continue;
    named += `${areas.length > 0 ? '; ' : ''}${WELLBEING_AREA_TEXT[a].text} (${WELLBEING_AREA_TEXT[a].citation.slice(14)})`; // less "Care Act 2014 "
    areas.push(a);
  }
  const because = w.significantImpact ? WELLBEING_SENTENCES.met(who, w.likelihood, named) : WELLBEING_SENTENCES.notMet(who, areas.length > 0 ? named : '');
  return {
    finding: { condition: 'c', citation, outcome: w.significantImpact ? 'met' : 'not-met', because, missing: [] },
    step: _plainStep(rule, fullCitation, w.significantImpact ? 'met' : 'not-met', because, [
      ['wellbeing.significantImpact', w.significantImpact],
      ['wellbeing.areas', areas],
    ]),
    areas,
  };
}

/** The letters of the conditions not met, e.g. ["(a)", "(c)"], for the reason of a not-eligible determination. */
export function _failing(conditions: readonly ConditionFinding[]): string[] {
  return conditions.filter((x) => x.outcome === 'not-met').map((x) => `(${x.condition})`);
}

/** Combines conditions (a)-(c): any not met decides "not eligible"; all met, "eligible"; otherwise undetermined. */
export function _combine(conditions: readonly ConditionFinding[]): { status: 'eligible' | 'not-eligible' | 'undetermined'; missing: string[] } {
  if (conditions.some((c) => c.outcome === 'not-met')) return { status: 'not-eligible', missing: [] };
  if (conditions.every((c) => c.outcome === 'met')) return { status: 'eligible', missing: [] };
  return { status: 'undetermined', missing: conditions.flatMap((c) => (c.outcome === 'unknown' ? c.missing : [])) };
}

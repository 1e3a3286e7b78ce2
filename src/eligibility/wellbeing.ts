// Condition (c) of reg 2(1) and 3(1): a professional judgement recorded with the s.1(2) areas it names.
import { _issue, type RulesIssue } from '../core/errors.js';
import { _step, type TraceStep } from '../core/trace.js';
import { WELLBEING_AREA_TEXT, type WellbeingArea } from './outcomes.js';
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

/** Evaluates condition (c) and its trace step. */
export function _wellbeingCondition(who: 'adult' | 'carer', w: ParsedWellbeing | undefined, citation: string): { finding: ConditionFinding; step: TraceStep; areas: WellbeingArea[] } {
  const fullCitation = `${citation}; Care Act 2014 s.1(2)`;
  const rule = `eligibility.${who}.significantImpact`;
  if (w === undefined) {
    const because = WELLBEING_SENTENCES.unknown(who);
    return {
      finding: { condition: 'c', citation, outcome: 'unknown', because, missing: ['wellbeing'] },
      step: _step(rule, fullCitation, 'unknown', because, [['wellbeing', undefined]]),
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
    step: _step(rule, fullCitation, w.significantImpact ? 'met' : 'not-met', because, [
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

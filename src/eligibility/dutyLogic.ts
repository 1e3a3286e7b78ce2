// Three-valued logic for the conditions of Care Act 2014 s.18-s.20 (met, not met, or unknown with the input
// paths that would decide it), and the financial-limit tests shared by the adult and carer duties.
import type * as z from 'zod';
import { _dec } from '../core/decimal.js';
import type { PackValues } from '../core/rulePack.js';
import type { TraceStep } from '../core/trace.js';
import type { DutyRoute, DutyStatus } from './types.js';
import type { AdultOutcome, CarerOutcome } from './outcomes.js';
import type { EligibilitySpec } from './pack.js';
import type { FinancialAssessmentSchema } from './schemas.js';

/** A condition's outcome. */
export type Tri = 'met' | 'not-met' | 'unknown';
/** A condition's outcome with, when unknown, the input paths that would decide it. */
export interface Cond {
  readonly outcome: Tri;
  readonly missing: readonly string[];
}
export const met: Cond = { outcome: 'met', missing: [] };
export const notMet: Cond = { outcome: 'not-met', missing: [] };
export const unknown = (...paths: string[]): Cond => ({ outcome: 'unknown', missing: paths });
export const fromBool = (v: boolean | undefined, path: string): Cond => (v === undefined ? unknown(path) : v ? met : notMet);
export const not = (c: Cond): Cond => (c.outcome === 'unknown' ? c : c.outcome === 'met' ? notMet : met);
/** Conjunction: any not-met decides not-met, whatever is unknown. */
export function all(...cs: Cond[]): Cond {
  if (cs.some((c) => c.outcome === 'not-met')) return notMet;
  if (cs.every((c) => c.outcome === 'met')) return met;
  return { outcome: 'unknown', missing: cs.flatMap((c) => c.missing) };
}
/** Disjunction: any met decides met, whatever is unknown. */
export function any(...cs: Cond[]): Cond {
  if (cs.some((c) => c.outcome === 'met')) return met;
  if (cs.every((c) => c.outcome === 'not-met')) return notMet;
  return { outcome: 'unknown', missing: cs.flatMap((c) => c.missing) };
}

export type Financial = z.output<typeof FinancialAssessmentSchema>;
export type Values = PackValues<EligibilitySpec>;

/** The upper capital limit for the setting: national in a care home, the council's higher one (if set) elsewhere. */
export function limitFor(values: Values, careHome: boolean | undefined): string | undefined {
  const national = values.capitalLimits.upper;
  const local = values.nonResidentialUpperCapitalLimit;
  if (careHome === true || local === null) return national;
  return careHome === false ? local : undefined;
}

/** Conditions 1 and 3: resources at or below the financial limit. A declined assessment is not shown to be at or below. */
export function atOrBelow(fa: Financial | undefined, limit: string | undefined, faPath: string, careHomePath: string): Cond {
  if (fa === undefined) return unknown(faPath);
  if ('declined' in fa) return notMet;
  if (limit === undefined) return unknown(careHomePath);
  return _dec(fa.capital).lte(_dec(limit)) ? met : notMet;
}

export function chargeCond(charge: 'no-charge' | 'chargeable' | undefined, path: string): Cond {
  return charge === undefined ? unknown(path) : charge === 'no-charge' ? met : notMet;
}

export function mark(c: Cond): Tri {
  return c.outcome;
}

export const RES_TEXT: Record<string, string> = {
  'ordinarily-resident': 'is ordinarily resident in the council\'s area',
  'present-no-settled-residence': 'is present in the council\'s area with no settled residence',
  'ordinarily-resident-elsewhere': 'is ordinarily resident in another council\'s area',
  other: 'is neither ordinarily resident nor of no settled residence in the council\'s area',
};

/** What a duty branch found, before the entry point adds the trace. */
export interface DutyFindings {
  status: DutyStatus;
  routes: DutyRoute[];
  missing: string[];
  steps: TraceStep[];
  needsInDuty: (AdultOutcome | CarerOutcome)[];
  excluded: AdultOutcome[];
  chargeBasis: string[];
}

/** Orders routes (duties first) and derives the status: undetermined while any input is missing. */
export function finish(o: DutyFindings, routes: DutyRoute[]): DutyFindings {
  o.routes = [...routes.filter((r) => r.kind === 'duty'), ...routes.filter((r) => r.kind === 'power')];
  if (o.missing.length > 0) o.status = 'undetermined';
  else o.status = o.routes.some((r) => r.kind === 'duty') ? 'duty' : o.routes.length > 0 ? 'power' : 'none';
  return o;
}

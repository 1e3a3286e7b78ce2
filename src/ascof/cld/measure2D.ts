// ASCOF 2D: people aged 65+ discharged from hospital into reablement who remained in the community within
// 12 weeks. Method: DHSC ASC-CLD-LA-Dashboard, ASCOF_measures/Create_ASCOF_2D.sql (ascof.md §4.4).
import { CLD_SERVICE_COMPONENTS } from './lists.js';
import { NONE, _S, _T, _day, type PersonState } from './model.js';
import { _clusterStMax } from './measure2A.js';
import type * as z from 'zod';
import type { HospitalDischargeSchema } from './schema.js';

/** A 2D age band (age at discharge). */
export type TwoDAgeBand = '65 to 74' | '75 to 84' | '85 and above';

/** Parameters of 2D. */
export interface _TwoDContext {
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly daysBefore: number;
  readonly daysAfter: number;
  readonly outcomeWithinDays: number;
  readonly minAge: number;
  readonly clusterGapDays: number;
}

/** The 2D counts by age band. */
export interface _TwoDCounts {
  /** Part 2 denominator: eligible discharges. */
  readonly discharges: Map<TwoDAgeBand, number>;
  /** Part 2 numerator and Part 1 denominator: reablement episodes linked to a discharge. */
  readonly linked: Map<TwoDAgeBand, number>;
  /** Part 1 numerator: linked episodes with no readmission, death or care-home admission within the window. */
  readonly atHome: Map<TwoDAgeBand, number>;
  /** Discharges refused by each SUS filter, for the data-quality report. */
  readonly filtered: Map<string, number>;
}

type Discharge = z.output<typeof HospitalDischargeSchema>;

const ADMISSION_METHODS = new Set(['31', '32', '82', '83']);
const DISCHARGE_METHODS = new Set(['4', '5']);
const DESTINATIONS = new Set(['49', '50', '51', '52', '79', '87', '88']);
const TREATMENT = new Set(['199', '223', '290', '291', '331', '344', '345', '346', '424', '499', '501', '504', '560', '660', '661', '662', '840', '920']);
const REABLEMENT = CLD_SERVICE_COMPONENTS.indexOf('Reablement');
const ST_MAX = _S['Short term support: ST-Max'];
const CARE_HOME_OR_PRISON = new Set([_S['Long term support: Nursing care'], _S['Long term support: Residential care'], _S['Long term support: Prison']]);
const CARE_HOME = new Set([_S['Long term support: Nursing care'], _S['Long term support: Residential care']]);

function ageBand(age: number): TwoDAgeBand {
  return age >= 85 ? '85 and above' : age >= 75 ? '75 to 84' : '65 to 74';
}

function add<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

function refusal(d: Discharge, ctx: _TwoDContext, person: PersonState | undefined): string | undefined {
  const discharge = _day(d.dischargeDate);
  const admission = _day(d.admissionDate);
  if (discharge < ctx.periodStart || discharge > ctx.periodEnd) return 'discharge outside the period';
  if (d.ageAtDischarge < ctx.minAge) return 'under 65 at discharge';
  if (d.lastEpisodeOfSpell === false) return 'not the last episode of the spell';
  if (!(admission < discharge)) return 'admission not before discharge';
  if (d.admissionMethod !== undefined && ADMISSION_METHODS.has(d.admissionMethod)) return 'maternity or birth admission method';
  if (d.dischargeMethod !== undefined && DISCHARGE_METHODS.has(d.dischargeMethod)) return 'died in hospital';
  if (d.dischargeDestination !== undefined && DESTINATIONS.has(d.dischargeDestination)) return 'excluded discharge destination';
  const tfc = d.treatmentFunctionCode;
  if (tfc !== undefined && (TREATMENT.has(tfc) || /^65\d$/.test(tfc) || /^7\d\d$/.test(tfc))) return 'excluded treatment function';
  const inCare = person?.events.some((e) => e.type === _T.Service && e.client === 0 && CARE_HOME_OR_PRISON.has(e.service) && e.start <= admission && e.end >= admission);
  if (inCare === true) return 'in residential, nursing or prison support at admission';
  return undefined;
}

/** Counts 2D from the people (by identifier) and the discharges. */
export function _twoD(peopleById: ReadonlyMap<string, PersonState>, discharges: readonly Discharge[], ctx: _TwoDContext): _TwoDCounts {
  const counts: _TwoDCounts = { discharges: new Map(), linked: new Map(), atHome: new Map(), filtered: new Map() };
  const eligible = new Map<string, Discharge[]>();
  const byPerson = new Map<string, Discharge[]>();
  for (const d of discharges) {
    const list = byPerson.get(d.personId) ?? [];
    list.push(d);
    byPerson.set(d.personId, list);
    const why = refusal(d, ctx, peopleById.get(d.personId));
    if (why !== undefined) {
      add(counts.filtered, why);
      continue;
    }
    add(counts.discharges, ageBand(d.ageAtDischarge));
    const e = eligible.get(d.personId) ?? [];
    e.push(d);
    eligible.set(d.personId, e);
  }
  for (const [id, list] of eligible) {
    const person = peopleById.get(id);
    if (person === undefined) continue;
    const reablement = person.events.filter((e) => e.client === 0 && e.type === _T.Service && e.service === ST_MAX && e.component === REABLEMENT);
    for (const c of _clusterStMax(reablement, ctx.clusterGapDays)) {
      // Link the latest discharge between daysBefore before and daysAfter after the episode start.
      let link: Discharge | undefined;
      for (const d of list) {
        const day = _day(d.dischargeDate);
        // DHSC also requires the admission on or before the episode start (a stay that began during reablement is not its cause).
        if (day >= c.start - ctx.daysBefore && day <= c.start + ctx.daysAfter && _day(d.admissionDate) <= c.start && (link === undefined || day > _day(link.dischargeDate))) link = d;
      }
      if (link === undefined) continue;
      const band = ageBand(link.ageAtDischarge);
      add(counts.linked, band);
      const discharge = _day(link.dischargeDate);
      const limit = discharge + ctx.outcomeWithinDays;
      // Readmissions (DHSC #Readmissions_Data): emergency (EM, NE), last episode, not a stillbirth (discharge method 5), not a zero-length stay.
      const readmitted = (byPerson.get(id) ?? []).some((r) => {
        const admitted = _day(r.admissionDate);
        return (r.managementType === 'EM' || r.managementType === 'NE') && r.lastEpisodeOfSpell !== false && r.dischargeMethod !== '5' && admitted < _day(r.dischargeDate) && admitted > discharge && admitted > c.start && admitted <= limit;
      });
      const died = person.death !== NONE && person.death >= discharge && person.death <= limit;
      const careHome = person.events.some((e) => e.type === _T.Service && e.client === 0 && CARE_HOME.has(e.service) && e.start >= discharge && e.start <= limit);
      if (!readmitted && !died && !careHome) add(counts.atHome, band);
    }
  }
  return counts;
}

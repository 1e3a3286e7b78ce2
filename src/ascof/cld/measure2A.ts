// ASCOF 2A: short-term support (ST-Max) episodes of new clients and what followed them.
// Method: DHSC ASC-CLD-LA-Dashboard, ASCOF_measures/Create_ASCOF_2A_2425_Onwards.sql (ascof.md §4.2).
import { CLD_R2_EVENT_OUTCOMES, CLD_R2_SERVICE_TYPES, CLD_SERVICE_COMPONENTS } from './lists.js';
import { NONE, OPEN, _O, _S, _T, _age, _isLts, _outcomeRank, type CompactEvent, type PersonState } from './model.js';

/** The parameters 2A reads. */
export interface _TwoAContext {
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly clusterGapDays: number;
  readonly newClientLookbackDays: number;
  readonly sequelWindowDays: number;
  readonly nestedReviewWithinDays: number;
  readonly daysPerYear: number;
}

/** Which step of the sequel hierarchy decided an episode: 1 death, 2 hospital, 3 service, 4a/4b/4c outcomes, 5 equipment, 6 the episode's own outcome. */
export type TwoASequelStep = '1' | '2' | '3' | '4a' | '4b' | '4c' | '5' | '6';

/** One ST-Max episode counted for 2A. */
export interface _TwoAEpisode {
  readonly ageBand: '18 to 64' | '65 and above' | 'Unknown';
  readonly outcome: string;
  readonly step: TwoASequelStep;
}

/** Why an episode ending in the period was not counted. */
export type TwoAExclusion = 'under 18' | 'died before the episode' | 'not a new client';

interface Cluster {
  start: number;
  end: number;
  outcome: number;
  members: Set<CompactEvent>;
}

const ST_MAX = _S['Short term support: ST-Max'];
const OTHER_SHORT = _S['Short term support: Other short term'];
const ST_RES = CLD_SERVICE_COMPONENTS.indexOf('Short term residential care');
const ST_NURS = CLD_SERVICE_COMPONENTS.indexOf('Short term nursing care');
const EQUIPMENT = CLD_SERVICE_COMPONENTS.indexOf('Equipment');
const ENDED_AS_PLANNED = _O['NFA: Support ended as planned'];
const HOSPITAL = _O['Admitted to hospital'];

/** Clusters ST-Max service events: one episode while each starts within `gap` days of the latest end so far. */
export function _clusterStMax(events: readonly CompactEvent[], gap: number): Cluster[] {
  const stmax = events
    .filter((e) => e.type === _T.Service && e.service === ST_MAX)
    .sort((a, b) => a.start - b.start || a.end - b.end || _outcomeRank(a.outcome) - _outcomeRank(b.outcome) || a.outcome - b.outcome);
  const clusters: Cluster[] = [];
  let current: Cluster | undefined;
  let last: CompactEvent | undefined;
  for (const e of stmax) {
    if (current !== undefined && e.start - current.end <= gap) {
      current.members.add(e);
    } else {
      current = { start: e.start, end: e.end, outcome: e.outcome, members: new Set([e]) };
      clusters.push(current);
      last = undefined;
    }
    // The episode's outcome is that of the event ending last; on a tie, the outcome highest in the hierarchy.
    if (last === undefined || e.end > last.end || (e.end === last.end && (_outcomeRank(e.outcome) < _outcomeRank(last.outcome) || (_outcomeRank(e.outcome) === _outcomeRank(last.outcome) && e.outcome < last.outcome)))) {
      last = e;
      current.outcome = e.outcome;
    }
    current.end = Math.max(current.end, e.end);
  }
  return clusters;
}

function outcomeName(rank: number): string {
  return rank >= 999 ? 'Invalid and not mapped' : (CLD_R2_EVENT_OUTCOMES[(rank % 100) - 1] ?? 'Invalid and not mapped');
}

function sequel(c: Cluster, others: readonly CompactEvent[], death: number, ctx: _TwoAContext): { outcome: string; step: TwoASequelStep } {
  // 1. Death on or before the episode end plus the window.
  if (death !== NONE && death - c.end <= ctx.sequelWindowDays) return { outcome: 'NFA: Deceased', step: '1' };
  // 2. The episode itself ended in a hospital admission.
  if (c.outcome === HOSPITAL) return { outcome: 'Admitted to hospital', step: '2' };
  // 3. A service open at the end or starting within the window: the highest service in the hierarchy.
  const following = others.filter((e) => e.start >= c.start && e.end > c.end && e.start - c.end <= ctx.sequelWindowDays);
  // Only what starts before the next ST-Max episode in the window can be this episode's sequel (possible
  // when the cluster gap is shorter than the window, as in the 2023-24 method).
  const nextStMax = Math.min(...following.filter((e) => e.type === _T.Service && e.service === ST_MAX).map((e) => e.start));
  const inWindow = following.filter((e) => e.start < nextStMax);
  let top: CompactEvent | undefined;
  const resNurs = (e: CompactEvent): boolean => e.component === ST_RES || e.component === ST_NURS;
  for (const e of inWindow) {
    if (e.type !== _T.Service || e.service < 0 || e.service > OTHER_SHORT) continue;
    if (top === undefined || e.service < top.service || (e.service === top.service && resNurs(e) && !resNurs(top))) top = e;
  }
  if (top !== undefined) {
    const outcome = top.service === OTHER_SHORT && resNurs(top) ? 'Short term support: Residential or Nursing care' : CLD_R2_SERVICE_TYPES[top.service]!;
    return { outcome, step: '3' };
  }
  // 4. Outcomes: (a) the episode's, (b) non-service events in the window, (c) an assessment or review near the end.
  const candidates: { rank: number; source: number }[] = [];
  const own = _outcomeRank(c.outcome);
  if (inWindow.length === 0 && own < 100) candidates.push({ rank: own, source: 1 });
  const nonService = inWindow.filter((e) => e.type !== _T.Service && e.outcome !== ENDED_AS_PLANNED && (own < 100 || _outcomeRank(e.outcome) < 100));
  if (nonService.length > 0) {
    candidates.push({ rank: own, source: 1 });
    for (const e of nonService) if (_outcomeRank(e.outcome) < 100) candidates.push({ rank: _outcomeRank(e.outcome), source: 2 });
  }
  const nested = others.filter((e) => e.start >= c.start && e.end > c.start && e.end <= c.end);
  let review: CompactEvent | undefined;
  for (const e of nested) {
    if ((e.type !== _T.Assessment && e.type !== _T.Review) || c.end - e.end >= ctx.nestedReviewWithinDays || _outcomeRank(e.outcome) >= 100) continue;
    if (review === undefined || e.end > review.end || (e.end === review.end && _outcomeRank(e.outcome) < _outcomeRank(review.outcome))) review = e;
  }
  if (review !== undefined) candidates.push({ rank: _outcomeRank(review.outcome), source: 3 });
  if (candidates.length > 0) {
    const best = Math.min(...candidates.map((x) => x.rank));
    const source = Math.min(...candidates.filter((x) => x.rank === best).map((x) => x.source));
    return { outcome: outcomeName(best), step: source === 1 ? '4a' : source === 2 ? '4b' : '4c' };
  }
  // 5. Equipment delivered during the episode.
  if (nested.some((e) => e.type === _T.Service && e.component === EQUIPMENT)) return { outcome: 'Short term support: Ongoing low level', step: '5' };
  // 6. Unable to classify further: the episode's own outcome.
  return { outcome: CLD_R2_EVENT_OUTCOMES[c.outcome] ?? 'Invalid and not mapped', step: '6' };
}

/** The 2A episodes of one person that ended in the period, with their sequel, and those excluded. */
export function _twoAEpisodes(p: PersonState, ctx: _TwoAContext): { episodes: _TwoAEpisode[]; excluded: TwoAExclusion[] } {
  const episodes: _TwoAEpisode[] = [];
  const excluded: TwoAExclusion[] = [];
  const serviceUser = p.events.filter((e) => e.client === 0);
  for (const c of _clusterStMax(serviceUser, ctx.clusterGapDays)) {
    if (c.end === OPEN || c.end < ctx.periodStart || c.end > ctx.periodEnd) continue;
    const age = _age(p.birth, c.end, ctx.daysPerYear);
    if (age !== undefined && age < 18) {
      excluded.push('under 18');
      continue;
    }
    if (p.death !== NONE && p.death < c.start) {
      excluded.push('died before the episode');
      continue;
    }
    // New client: no long-term support open at the start or ended fewer than the lookback days before it.
    const known = serviceUser.some((e) => e.type === _T.Service && _isLts(e.service) && e.start < c.start && c.start - e.end < ctx.newClientLookbackDays);
    if (known) {
      excluded.push('not a new client');
      continue;
    }
    const others = serviceUser.filter((e) => !c.members.has(e));
    const s = sequel(c, others, p.death, ctx);
    episodes.push({ ageBand: age === undefined ? 'Unknown' : age <= 64 ? '18 to 64' : '65 and above', outcome: s.outcome, step: s.step });
  }
  return { episodes, excluded };
}

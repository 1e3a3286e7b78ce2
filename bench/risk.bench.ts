// The risk area at council scale: 10,000 providers reviewed weekly for three years (156 reviews each).
//
// Two ways to get every weekly decision, side by side in one run:
// - replayRiskHistory: each provider's evidence history given once (validated once), all 156 reviews from it;
// - the per-week calls: each week, the evidence known that week (built as a caller would) passed to
//   assessProviderRisk, then reviewRiskLevel on the last state.
// Both give the same decisions (test/risk/replayRiskHistory.test.ts checks it review by review; here the final
// levels of the sample are compared). The per-week calls take minutes for 10,000 providers, so by default they
// run on the first 1,000 providers, and the replay runs on the same 1,000 and on all 10,000: compare the
// 1,000-provider pair for the ratio. Set RISK_BENCH_PER_WEEK_PROVIDERS=10000 to run the per-week calls in full.
// Each bench runs once (no warm-up): the figures include JIT warm-up, as a nightly job would see it. The
// evidence histories are generated before timing (a caller has them already); the per-week figure includes
// building each week's evidence list, which is part of that way of calling.
import { bench, describe } from 'vitest';
import { TRIGGER_DOMAINS, assessProviderRisk, replayRiskHistory, reviewRiskLevel, type EvidenceItem, type RiskLevelState } from '../src/risk/index.js';
import { _mulberry32 } from '../src/demand/random.js';

const PROVIDERS = 10_000;
const PER_WEEK_PROVIDERS = Number(process.env.RISK_BENCH_PER_WEEK_PROVIDERS ?? 1_000);
const WEEKS = 156;
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 2);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const WEEK_DATES = Array.from({ length: WEEKS }, (_, w) => iso(START + w * 7 * DAY));

// A small seeded generator (mulberry32): the same providers every run.
const rng = _mulberry32;

// About 40 items per provider over three years: quarterly visits, a CQC rating, complaints, concerns,
// safeguarding referrals, the odd outbreak and market signal. Each item as it finally stands.
function providerHistory(p: number): EvidenceItem[] {
  const r = rng(p + 1);
  const at = (maxDay: number) => START + Math.floor(r() * maxDay) * DAY;
  const out: EvidenceItem[] = [];
  const sev = () => (['low', 'moderate', 'serious', 'critical'] as const)[Math.min(3, Math.floor(r() * r() * 4.4))]!;
  const closeAfter = (from: number, q: number) => (r() < q ? iso(from + Math.floor(r() * 90 + 1) * DAY) : undefined);
  for (let q = 0; q < 12; q += 1) {
    const d = START + q * 91 * DAY;
    const domain = TRIGGER_DOMAINS[Math.floor(r() * TRIGGER_DOMAINS.length)]!;
    const finding = r() < 0.7 ? 'assured' : sev();
    const resolvedOn = finding === 'assured' ? undefined : closeAfter(d, 0.8);
    out.push({ kind: 'quality-trigger', id: `V${q}`, date: iso(d), source: 'visit', domain, finding, ...(resolvedOn ? { resolvedOn } : {}) });
    out.push({ kind: 'quality-trigger', id: `V${q}-gov`, date: iso(d), source: 'visit', domain: 'governance', finding: 'assured' });
  }
  const rating = (['outstanding', 'good', 'good', 'requires-improvement', 'inadequate'] as const)[Math.floor(r() * 5)]!;
  out.push({ kind: 'cqc-rating', id: 'CQC', date: iso(START - 200 * DAY), source: 'CQC', overall: rating });
  out.push({ kind: 'business-continuity-plan', id: 'BCP', date: iso(START), source: 'visit', status: r() < 0.9 ? 'tested' : 'out-of-date' });
  for (let i = 0; i < 6; i += 1) {
    const d = at(WEEKS * 7);
    const closedOn = closeAfter(d, 0.9);
    out.push({ kind: 'complaint', id: `CP${i}`, date: iso(d), source: 'complaints', severity: sev(), outcome: r() < 0.5 ? 'upheld' : 'not-upheld', ...(closedOn ? { closedOn } : {}) });
    const e = at(WEEKS * 7);
    const closed2 = closeAfter(e, 0.9);
    out.push({ kind: 'concern', id: `CN${i}`, date: iso(e), source: 'professional', severity: sev(), raisedBy: 'professional', ...(closed2 ? { closedOn: closed2 } : {}) });
  }
  for (let i = 0; i < 3; i += 1) {
    const d = at(WEEKS * 7);
    const closedOn = closeAfter(d, 0.9);
    out.push({ kind: 'safeguarding', id: `SG${i}`, date: iso(d), source: 'hub', severity: sev(), outcome: r() < 0.5 ? 'substantiated' : 'not-substantiated', adultsAffected: 1 + Math.floor(r() * 3), ...(closedOn ? { closedOn } : {}) });
  }
  if (r() < 0.3) {
    const d = at(WEEKS * 7);
    out.push({ kind: 'outbreak', id: 'OB', date: iso(d), source: 'Public Health', endedOn: iso(d + 21 * DAY) });
  }
  if (r() < 0.05) {
    const d = at(WEEKS * 7);
    const resolvedOn = closeAfter(d, 0.7);
    out.push({ kind: 'market-oversight', id: 'MO', date: iso(d), source: 'finance', signal: r() < 0.5 ? 'financial-distress' : 'urgent-closure', ...(resolvedOn ? { resolvedOn } : {}) });
  }
  return out;
}

// The evidence known on a date, as a caller calling week by week builds it: items raised by then, closed only
// if the closure has happened, and an outcome known only at closure (an enquiry "open", a complaint "pending").
function known(history: readonly EvidenceItem[], asOf: string): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const item of history) {
    if (item.date > asOf) continue;
    const x = item as Record<string, unknown>;
    const field = item.kind === 'outbreak' ? 'endedOn' : item.kind === 'quality-trigger' || item.kind === 'feedback' || item.kind === 'market-oversight' ? 'resolvedOn' : 'closedOn';
    const closed = x[field] as string | undefined;
    if (closed === undefined || closed <= asOf) {
      out.push(item);
      continue;
    }
    const copy = { ...x };
    delete copy[field];
    if (item.kind === 'safeguarding') copy.outcome = 'open';
    if (item.kind === 'complaint') copy.outcome = 'pending';
    out.push(copy as EvidenceItem);
  }
  return out;
}

const histories = Array.from({ length: PROVIDERS }, (_, p) => providerHistory(p));
const finals = new Map<string, number[]>();

function timed(label: string, run: () => number[]): void {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  const levels = run();
  const used = process.cpuUsage(cpu);
  finals.set(label, levels);
  console.log(`${label}: ${(performance.now() - wall).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU; final levels 0-4: ${levels.join(' / ')}`);
}

function replay(n: number): number[] {
  const levels = [0, 0, 0, 0, 0];
  for (let p = 0; p < n; p += 1) {
    const r = replayRiskHistory({ providerId: `P${p}`, serviceType: 'residential-local', evidence: histories[p]!, reviewDates: WEEK_DATES });
    levels[r.finalState.level]! += 1;
  }
  return levels;
}

function perWeek(n: number): number[] {
  const levels = [0, 0, 0, 0, 0];
  for (let p = 0; p < n; p += 1) {
    let state: RiskLevelState | null = null;
    for (const asOf of WEEK_DATES) {
      const a = assessProviderRisk({ providerId: `P${p}`, serviceType: 'residential-local', asOf, evidence: known(histories[p]!, asOf) });
      state = reviewRiskLevel(state, a).state;
    }
    levels[state!.level]! += 1;
  }
  return levels;
}

const once = { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 };

describe(`risk: ${PROVIDERS.toLocaleString('en-GB')} providers x ${WEEKS} weekly reviews`, () => {
  // async, so that tinybench does not call it once more to find out whether it returns a promise
  bench(`replayRiskHistory, ${PROVIDERS.toLocaleString('en-GB')} providers (${(PROVIDERS * WEEKS).toLocaleString('en-GB')} reviews)`, async () => timed(`replay ${PROVIDERS}`, () => replay(PROVIDERS)), once);
  bench(`replayRiskHistory, first ${PER_WEEK_PROVIDERS.toLocaleString('en-GB')} providers`, async () => timed(`replay ${PER_WEEK_PROVIDERS}`, () => replay(PER_WEEK_PROVIDERS)), once);
  bench(`assessProviderRisk + reviewRiskLevel each week, first ${PER_WEEK_PROVIDERS.toLocaleString('en-GB')} providers`, async () => {
    timed(`per-week ${PER_WEEK_PROVIDERS}`, () => perWeek(PER_WEEK_PROVIDERS));
    // The two ways must agree: the same final levels for the same providers.
    const a = finals.get(`replay ${PER_WEEK_PROVIDERS}`)?.join('/');
    const b = finals.get(`per-week ${PER_WEEK_PROVIDERS}`)?.join('/');
    if (a !== undefined && a !== b) throw new Error(`replay and per-week calls disagree: ${a} vs ${b}`);
  }, once);
});

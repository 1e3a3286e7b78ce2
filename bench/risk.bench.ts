// The risk area at council scale: 10,000 providers reviewed weekly for three years (156 reviews each), every
// review an assessProviderRisk of the evidence known that week followed by a reviewRiskLevel on the last state.
// 1,560,000 assessments and reviews in one run; the run is timed once (it takes minutes, so no warm-up and no
// repeats). The time includes building each week's evidence list, as a caller would.
import { bench, describe } from 'vitest';
import { TRIGGER_DOMAINS, assessProviderRisk, reviewRiskLevel, type EvidenceItem, type RiskLevelState } from '../src/risk/index.js';

const PROVIDERS = 10_000;
const WEEKS = 156;
const DAY = 86_400_000;
const START = Date.UTC(2023, 0, 2);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const WEEK_DATES = Array.from({ length: WEEKS }, (_, w) => iso(START + w * 7 * DAY));

// A small seeded generator (mulberry32): the same providers every run.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type Timed = { item: EvidenceItem; from: string; closedOn: string | undefined; field: 'closedOn' | 'resolvedOn' | 'endedOn' | undefined };

// About 40 items per provider over three years: quarterly visits, a CQC rating, complaints, concerns,
// safeguarding referrals, the odd outbreak and market signal.
function providerEvidence(p: number): Timed[] {
  const r = rng(p + 1);
  const at = (maxDay: number) => START + Math.floor(r() * maxDay) * DAY;
  const out: Timed[] = [];
  const sev = () => (['low', 'moderate', 'serious', 'critical'] as const)[Math.min(3, Math.floor(r() * r() * 4.4))]!;
  const closeAfter = (from: number, p: number) => (r() < p ? iso(from + Math.floor(r() * 90 + 1) * DAY) : undefined);
  for (let q = 0; q < 12; q += 1) {
    const d = START + q * 91 * DAY;
    const domain = TRIGGER_DOMAINS[Math.floor(r() * TRIGGER_DOMAINS.length)]!;
    const finding = r() < 0.7 ? 'assured' : sev();
    out.push({ item: { kind: 'quality-trigger', id: `V${q}`, date: iso(d), source: 'visit', domain, finding }, from: iso(d), closedOn: finding === 'assured' ? undefined : closeAfter(d, 0.8), field: 'resolvedOn' });
    out.push({ item: { kind: 'quality-trigger', id: `V${q}-gov`, date: iso(d), source: 'visit', domain: 'governance', finding: 'assured' }, from: iso(d), closedOn: undefined, field: undefined });
  }
  const rating = (['outstanding', 'good', 'good', 'requires-improvement', 'inadequate'] as const)[Math.floor(r() * 5)]!;
  out.push({ item: { kind: 'cqc-rating', id: 'CQC', date: iso(START - 200 * DAY), source: 'CQC', overall: rating }, from: iso(START - 200 * DAY), closedOn: undefined, field: undefined });
  out.push({ item: { kind: 'business-continuity-plan', id: 'BCP', date: iso(START), source: 'visit', status: r() < 0.9 ? 'tested' : 'out-of-date' }, from: iso(START), closedOn: undefined, field: undefined });
  for (let i = 0; i < 6; i += 1) {
    const d = at(WEEKS * 7);
    out.push({ item: { kind: 'complaint', id: `CP${i}`, date: iso(d), source: 'complaints', severity: sev(), outcome: r() < 0.5 ? 'upheld' : 'not-upheld' }, from: iso(d), closedOn: closeAfter(d, 0.9), field: 'closedOn' });
    const e = at(WEEKS * 7);
    out.push({ item: { kind: 'concern', id: `CN${i}`, date: iso(e), source: 'professional', severity: sev(), raisedBy: 'professional' }, from: iso(e), closedOn: closeAfter(e, 0.9), field: 'closedOn' });
  }
  for (let i = 0; i < 3; i += 1) {
    const d = at(WEEKS * 7);
    out.push({ item: { kind: 'safeguarding', id: `SG${i}`, date: iso(d), source: 'hub', severity: sev(), outcome: r() < 0.5 ? 'substantiated' : 'not-substantiated', adultsAffected: 1 + Math.floor(r() * 3) }, from: iso(d), closedOn: closeAfter(d, 0.9), field: 'closedOn' });
  }
  if (r() < 0.3) {
    const d = at(WEEKS * 7);
    out.push({ item: { kind: 'outbreak', id: 'OB', date: iso(d), source: 'Public Health' }, from: iso(d), closedOn: iso(d + 21 * DAY), field: 'endedOn' });
  }
  if (r() < 0.05) {
    const d = at(WEEKS * 7);
    out.push({ item: { kind: 'market-oversight', id: 'MO', date: iso(d), source: 'finance', signal: r() < 0.5 ? 'financial-distress' : 'urgent-closure' }, from: iso(d), closedOn: closeAfter(d, 0.7), field: 'resolvedOn' });
  }
  return out;
}

// The evidence known on a date: items raised by then, closed only if the closure has happened.
function known(all: readonly Timed[], asOf: string): EvidenceItem[] {
  const out: EvidenceItem[] = [];
  for (const t of all) {
    if (t.from > asOf) continue;
    out.push(t.closedOn !== undefined && t.closedOn <= asOf && t.field !== undefined ? ({ ...t.item, [t.field]: t.closedOn } as EvidenceItem) : t.item);
  }
  return out;
}

describe('risk: 10,000 providers x 156 weekly reviews', () => {
  bench(
    'assessProviderRisk + reviewRiskLevel, 1,560,000 reviews',
    // async, so that tinybench does not call it once more to find out whether it returns a promise
    async () => {
      const levels = [0, 0, 0, 0, 0];
      for (let p = 0; p < PROVIDERS; p += 1) {
        const evidence = providerEvidence(p);
        let state: RiskLevelState | null = null;
        for (const asOf of WEEK_DATES) {
          const a = assessProviderRisk({ providerId: `P${p}`, serviceType: 'residential-local', asOf, evidence: known(evidence, asOf) });
          const d = reviewRiskLevel(state, a);
          state = d.state;
        }
        levels[state!.level]! += 1;
      }
      // The final distribution, so the run shows it did real work.
      console.log(`final levels of ${PROVIDERS} providers after ${WEEKS} weeks: ${levels.join(' / ')}`);
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});

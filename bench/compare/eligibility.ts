// Eligibility side by side: determineAdultEligibility (input validation, the three conditions of SI 2015/313
// reg 2(1), the full trace) against the same reg 2 rule written in json-rules-engine 7, on the same seeded
// generated cases, in alternating rounds of one run so the machine's noise falls on both sides alike.
// Run: `npm run bench:compare eligibility` (or `node --import tsx bench/compare/eligibility.ts`).
//
// The json-rules-engine side is what a council would write with it: the three conditions as an `all` rule,
// condition (b) counting the outcomes with any reg 2(3) limb (or prompting) as a computed fact, and the
// threshold (2, reg 2(1)(b)) read from the same pack. It gets no input validation and no trace beyond its own
// rule result, so the comparison favours it. Both sides must agree on every case (checked before timing).
import { Engine } from 'json-rules-engine';
import { resolve } from '../../src/core/rulePack.js';
import { ADULT_OUTCOMES, ADULT_UNABLE_LIMBS, determineAdultEligibility, eligibilityPack, type AdultEligibilityInput } from '../../src/eligibility/index.js';
import { _mulberry32 } from '../../src/demand/random.js';

const CASES = 1000;
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const ROUND_MS = Number(process.env.ROUND_MS ?? 1000);

// mulberry32: the same cases every run.
const rng = _mulberry32;

// Realistic complete assessments (every outcome assessed, so both sides decide every case): about a third of
// the outcomes unable with one or two limbs, some prompting, condition (a) and (c) mostly met.
const random = rng(2026);
const cases: AdultEligibilityInput[] = Array.from({ length: CASES }, (_, n) => ({
  asOf: '2026-11-23',
  caseRef: `CASE-${n}`,
  needsArisingFromImpairmentOrIllness: random() < 0.9,
  outcomes: Object.fromEntries(
    ADULT_OUTCOMES.map((o) => {
      const r = random();
      const limbs = r < 0.2 ? [ADULT_UNABLE_LIMBS[Math.floor(random() * 4)]!] : r < 0.3 ? [ADULT_UNABLE_LIMBS[0], ADULT_UNABLE_LIMBS[1 + Math.floor(random() * 3)]!] : [];
      return [o, { unableToAchieve: limbs, ...(random() < 0.1 ? { needsPrompting: true } : {}) }];
    }),
  ),
  wellbeing: random() < 0.8 ? { significantImpact: true, areas: ['personalDignity', 'controlOverDayToDayLife'] } : { significantImpact: false, areas: [] },
}));

const required = resolve(eligibilityPack, 'adultOutcomesRequired', '2026-11-23').value;
const engine = new Engine([], { allowUndefinedFacts: false });
engine.addRule({
  name: 'SI 2015/313 reg 2(1)',
  conditions: {
    all: [
      { fact: 'needsArisingFromImpairmentOrIllness', operator: 'equal', value: true },
      { fact: 'outcomesUnable', operator: 'greaterThanInclusive', value: required },
      { fact: 'wellbeing', path: '$.significantImpact', operator: 'equal', value: true },
    ],
  },
  event: { type: 'eligible' },
});
// reg 2(3): unable when any limb applies; prompting counts as limb (a).
engine.addFact('outcomesUnable', async (_params, almanac) => {
  const outcomes = (await almanac.factValue('outcomes')) as Record<string, { unableToAchieve: string[]; needsPrompting?: boolean }>;
  let n = 0;
  for (const o of Object.values(outcomes)) if (o.unableToAchieve.length > 0 || o.needsPrompting === true) n += 1;
  return n;
});

async function jre(input: AdultEligibilityInput): Promise<boolean> {
  const { events } = await engine.run(input as unknown as Record<string, unknown>);
  return events.length > 0;
}

// Both sides must agree before any timing.
for (const c of cases) {
  const lib = determineAdultEligibility(c).status === 'eligible';
  if (lib !== (await jre(c))) throw new Error(`disagreement on ${c.caseRef}`);
}

let sink = 0;
function timeLibrary(): number {
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ROUND_MS) {
    for (const c of cases) sink += determineAdultEligibility(c).trace.steps.length;
    done += cases.length;
    now = performance.now();
  }
  return (done * 1000) / (now - start);
}
async function timeJre(): Promise<number> {
  let done = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ROUND_MS) {
    for (const c of cases) sink += (await jre(c)) ? 1 : 0;
    done += cases.length;
    now = performance.now();
  }
  return (done * 1000) / (now - start);
}

// Warm-up: both sides, untimed.
timeLibrary();
await timeJre();
const lib: number[] = [];
const peer: number[] = [];
for (let r = 0; r < ROUNDS; r += 1) {
  // Alternate which side goes first, so neither always runs on a machine the other has just heated.
  if (r % 2 === 0) {
    lib.push(timeLibrary());
    peer.push(await timeJre());
  } else {
    peer.push(await timeJre());
    lib.push(timeLibrary());
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => Math.round(n).toLocaleString('en-GB').padStart(12);
console.log(`${CASES} generated adult assessments (every outcome assessed), ${ROUNDS} alternating rounds of ${ROUND_MS} ms after warm-up; determinations per second`);
console.log('');
console.log('| side                                                        |   median/s |      min/s |      max/s |');
console.log('| ----------------------------------------------------------- | ---------- | ---------- | ---------- |');
console.log(`| determineAdultEligibility (zod-equivalent check, full trace) | ${fmt(median(lib))} | ${fmt(Math.min(...lib))} | ${fmt(Math.max(...lib))} |`);
console.log(`| json-rules-engine 7 (same reg 2 rule, no validation/trace)   | ${fmt(median(peer))} | ${fmt(Math.min(...peer))} | ${fmt(Math.max(...peer))} |`);
console.log('');
const ratios = lib.map((l, i) => l / peer[i]!);
console.log(`ratio library / json-rules-engine: ${(median(lib) / median(peer)).toFixed(2)}× (per round: ${ratios.map((x) => x.toFixed(1)).join(', ')})`);
if (sink === -1) console.log(sink);

// Adapting the rules without code, from code: read a council's YAML pack file (the library reads no file, so
// the script reads it and passes the text), then compare a few providers under the library pack and under it.
// The same is `asc-rules params risk --pack examples/packs/risk.yaml` and `asc-rules compare …` (docs/adapting.md).
// Run: npx tsup && npx tsx examples/pack-files.ts
import { readFileSync } from 'node:fs';
import { compareUnderPacks, isRulesError, resolve } from 'adult-social-care-rules';
import { parseRulePack } from 'adult-social-care-rules/pack-files';
import { assessProviderRisk, coventryRiskPack, TRIGGER_DOMAINS, type AssessProviderRiskInput, type EvidenceItem, type RiskPack } from 'adult-social-care-rules/risk';

const file = 'examples/packs/risk.yaml';
const council = parseRulePack(readFileSync(file, 'utf8'), { format: 'yaml', file }).pack as RiskPack;
const hours = resolve(council, 'concernResponseHours', '2026-11-23');
console.log(`${council.id}: high-risk concerns within ${hours.value['high-risk']} hours (${hours.citation}; set by ${hours.layer.id})`);

// Three care homes: a full visit with everything assured, plus what each home has on top.
const visit: EvidenceItem[] = TRIGGER_DOMAINS.map((domain) => ({ kind: 'quality-trigger', id: `V-${domain}`, date: '2026-05-05', source: 'visit', domain, finding: 'assured' }));
const bcp: EvidenceItem = { kind: 'business-continuity-plan', id: 'BCP', date: '2026-05-05', source: 'visit', status: 'tested' };
const safeguarding = (adultsAffected: number): EvidenceItem => ({ kind: 'safeguarding', id: `SG-${adultsAffected}`, date: '2026-05-10', source: 'hub', severity: 'moderate', outcome: 'substantiated', adultsAffected });
const home = (providerId: string, extra: EvidenceItem[]): { name: string; input: AssessProviderRiskInput } => ({
  name: providerId,
  input: { providerId, serviceType: 'residential-local', asOf: '2026-05-18', evidence: [...visit, bcp, ...extra] },
});
const cases = [home('Ash House', []), home('Birch Court', [safeguarding(2)]), home('Cedar Lodge', [safeguarding(3)])];

const report = compareUnderPacks((input: AssessProviderRiskInput, pack: RiskPack) => assessProviderRisk(input, { pack }), cases, coventryRiskPack, council, {
  outcome: (r) => ({ level: r.level }),
  noun: 'providers',
});
for (const c of report.changed) console.log(`  ${c.name}: ${c.changes.map((ch) => `${ch.field} ${ch.before} → ${ch.after}`).join(', ')}`);
console.log(report.summary);

// A pack file that tries to change national law is refused, with its line.
try {
  parseRulePack('area: eligibility\nbase: coventry-eligibility\nid: x\nversion: "1"\nentries:\n  adultOutcomesRequired:\n    - { validFrom: 2026-04-01, value: 1, citation: x, kind: law }\n', { format: 'yaml', file: 'wishful.yaml' });
} catch (error) {
  if (isRulesError(error)) console.log(`${error.entry}: ${error.issues[0]?.message}`);
}

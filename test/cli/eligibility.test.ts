import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from './fakeIo.js';


const adult = JSON.stringify({
  asOf: '2026-11-23',
  needsArisingFromImpairmentOrIllness: true,
  outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] }, personalHygiene: { unableToAchieve: ['takesSignificantlyLonger'] } },
  wellbeing: { significantImpact: true, areas: ['personalDignity'] },
});
const carer = JSON.stringify({ asOf: '2026-11-23', needsArisingFromNecessaryCare: true, healthAtRisk: true, wellbeing: { significantImpact: true, areas: ['personalDignity'] } });
const duty = JSON.stringify({ asOf: '2026-11-23', person: 'adult', needsAppearUrgent: true });

describe('asc-rules eligibility', () => {
  it('detects an adult determination from the file and prints JSON', async () => {
    const f = fakeIo({ 'a.json': adult });
    expect(await runCli(['eligibility', 'a.json'], f.io)).toBe(0);
    const result = JSON.parse(f.out()) as { person: string; status: string; trace: { entry: string } };
    expect([result.person, result.status, result.trace.entry]).toEqual(['adult', 'eligible', 'determineAdultEligibility']);
  });

  it('detects a carer determination and a duty assessment', async () => {
    const f = fakeIo({ 'c.json': carer, 'd.json': duty });
    expect(await runCli(['eligibility', 'c.json'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).person).toBe('carer');
    const g = fakeIo({ 'd.json': duty });
    expect(await runCli(['eligibility', 'd.json'], g.io)).toBe(0);
    expect(JSON.parse(g.out())).toMatchObject({ status: 'power', routes: [{ section: 'Care Act 2014 s.19(3)' }] });
  });

  it('--kind overrides detection; a carer input read as an adult is refused with exit 2', async () => {
    const f = fakeIo({ 'c.json': carer });
    expect(await runCli(['eligibility', 'c.json', '--kind', 'adult'], f.io)).toBe(2);
    expect(f.err()).toContain('determineAdultEligibility refused the input');
    expect(f.err()).toContain('healthAtRisk');
  });

  it('--record --format text prints the trace and the s.13(2) record', async () => {
    const f = fakeIo({ 'a.json': adult });
    expect(await runCli(['eligibility', 'a.json', '--record', '--format', 'text'], f.io)).toBe(0);
    expect(f.out()).toContain('status: eligible');
    expect(f.out()).toContain('[SI 2015/313 reg 2(1)(b)] met');
    expect(f.out()).toContain('Record of eligibility determination (Care Act 2014 s.13(2))');
  });

  it('a file that names neither kind is refused until --kind is given (carer and adult share outcome ids)', async () => {
    const ambiguous = JSON.stringify({ asOf: '2026-11-23', outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } });
    const f = fakeIo({ 'x.json': ambiguous });
    expect(await runCli(['eligibility', 'x.json'], f.io)).toBe(2);
    expect(f.err()).toContain('--kind');
    const g = fakeIo({ 'x.json': ambiguous });
    expect(await runCli(['eligibility', 'x.json', '--kind', 'carer'], g.io)).toBe(0);
    expect(JSON.parse(g.out())).toMatchObject({ person: 'carer', status: 'undetermined' });
  });

  it('bad usage exits 2 with a message', async () => {
    const f = fakeIo({ 'a.json': adult, 'bad.json': '{' });
    expect(await runCli(['eligibility'], f.io)).toBe(2);
    expect(await runCli(['eligibility', 'a.json', '--kind', 'robot'], f.io)).toBe(2);
    expect(await runCli(['eligibility', 'bad.json'], f.io)).toBe(2);
    expect(await runCli(['eligibility', 'd.json', '--record'], fakeIo({ 'd.json': duty }).io)).toBe(2);
    expect(f.err()).toContain('--kind must be one of adult, carer, duty');
    expect(f.err()).toContain('not valid JSON');
  });

  it('--help prints the usage, and the schemas are listed', async () => {
    const f = fakeIo({});
    expect(await runCli(['eligibility', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('--kind adult');
    const g = fakeIo({});
    expect(await runCli(['schema', '--list'], g.io)).toBe(0);
    expect(g.out()).toContain('eligibility-adult');
    const h = fakeIo({});
    expect(await runCli(['schema', 'eligibility-duty'], h.io)).toBe(0);
    expect(JSON.parse(h.out())).toHaveProperty('oneOf');
  });

  it('the demo section runs', async () => {
    const f = fakeIo({});
    expect(await runCli(['demo'], f.io)).toBe(0);
    expect(f.out()).toContain('=== Eligibility');
    expect(f.out()).toContain('Care Act 2014 s.13(5)');
  });
});

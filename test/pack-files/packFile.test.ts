import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRulesError, resolve, type RulesIssue } from '../../src/index.js';
import { defaultPackOf, PACK_AREAS, parseRulePack, stringifyRulePack, type PackFileFormat } from '../../src/pack-files/index.js';

const example = (area: string, ext: 'yaml' | 'json') => readFileSync(`examples/packs/${area}.${ext}`, 'utf8');

function refusal(text: string, format: PackFileFormat = 'yaml', file = 'council.yaml'): { entry: string; issues: readonly RulesIssue[] } {
  try {
    parseRulePack(text, { format, file });
  } catch (error) {
    if (isRulesError(error)) return { entry: error.entry, issues: error.issues };
    throw error;
  }
  throw new Error('expected the pack to be refused');
}

describe('parseRulePack: the example pack of each area', () => {
  for (const area of PACK_AREAS) {
    it(`${area}: the YAML and the JSON example give the same pack, laid on the library pack`, () => {
      const fromYaml = parseRulePack(example(area, 'yaml'), { format: 'yaml', file: `${area}.yaml` });
      const fromJson = parseRulePack(example(area, 'json'), { format: 'json', file: `${area}.json` });
      expect(fromYaml.area).toBe(area);
      expect(fromJson.pack).toEqual(fromYaml.pack);
      expect(fromJson.file).toEqual(fromYaml.file);
      expect(fromYaml.pack.layers.map((l) => l.id)).toEqual([defaultPackOf(area).id, `example-council-${area}`]);
      // The layer changes something: at least one parameter is set by it on 2026-04-01.
      const set = Object.keys(fromYaml.pack.spec).filter((k) => resolve(fromYaml.pack, k, '2026-04-01').layer.id === `example-council-${area}`);
      expect(set.length).toBeGreaterThan(0);
    });

    it(`${area}: writing the pack as YAML or JSON and reading it back gives the same pack`, () => {
      const parsed = parseRulePack(example(area, 'yaml'), { format: 'yaml' });
      for (const format of ['yaml', 'json'] as const) {
        const again = parseRulePack(stringifyRulePack(parsed.file, { format }), { format });
        expect(again.pack).toEqual(parsed.pack);
        expect(again.file).toEqual(parsed.file);
      }
    });
  }

  it('round-trips any policy values through YAML text (decimals and versions that look like numbers stay text)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8760 }),
        fc.integer({ min: 1, max: 8760 }),
        fc.integer({ min: 0, max: 99 }).map((n) => `0.${String(n).padStart(2, '0')}`),
        fc.constantFrom('2026.1', '2026.10', '1', '0.5', '2026-04'),
        (high, further, share, version) => {
          const risk = { area: 'risk' as const, base: 'coventry-risk', id: 'c', version, entries: { concernResponseHours: [{ validFrom: '2026-04-01', value: { 'high-risk': high, further }, citation: 'Local', kind: 'policy' as const }] } };
          const demand = { area: 'demand' as const, base: 'leicestershire-demand', id: 'c', version, entries: { selfFunderShare: [{ validFrom: '2026-04-01', value: share, citation: 'Local', kind: 'policy' as const }] } };
          const r = parseRulePack(stringifyRulePack(risk, { format: 'yaml' }), { format: 'yaml' });
          expect(resolve(r.pack, 'concernResponseHours', '2026-04-01').value).toEqual({ 'high-risk': high, further });
          expect(r.pack.version).toBe(version);
          const d = parseRulePack(stringifyRulePack(demand, { format: 'yaml' }), { format: 'yaml' });
          expect(resolve(d.pack, 'selfFunderShare', '2030-01-01').value).toBe(share);
        },
      ),
    );
  });
});

describe('parseRulePack: the law floor', () => {
  const lawChange = [
    'area: eligibility',
    'base: coventry-eligibility',
    'id: wishful',
    'version: "1"',
    'entries:',
    '  nonResidentialUpperCapitalLimit:',
    '    - { validFrom: 2026-04-01, value: "30000", citation: Local, kind: policy }',
    '  adultOutcomesRequired:            # reg 2(1)(b): "two or more" is national law',
    '    - validFrom: 2026-04-01',
    '      value: 3',
    '      citation: Local',
    '      kind: law',
  ].join('\n');

  it('a YAML pack that changes a law value is refused, naming the file, its line and the key', () => {
    const { entry, issues } = refusal(lawChange);
    expect(entry).toBe('pack file council.yaml');
    expect(issues).toEqual([expect.objectContaining({ code: 'law_override', path: ['entries', 'adultOutcomesRequired'] })]);
    // The message names the line and the rule; the path names the key (a printer joins them).
    expect(issues[0]!.message).toBe('line 8: is national law and cannot be overridden by a local pack');
  });

  it('the same change in JSON is refused at its line', () => {
    const json = JSON.stringify({ area: 'provider-failure', base: 'coventry-provider-failure', id: 'x', version: '1', entries: { businessFailureEventsOrganisation: [{ validFrom: '2026-01-01', kind: 'law', citation: 'x', value: [] }] } }, null, 2);
    const { issues } = refusal(json, 'json', 'x.json');
    const line = json.split('\n').findIndex((l) => l.includes('"businessFailureEventsOrganisation"')) + 1;
    expect(issues).toEqual([{ code: 'law_override', path: ['entries', 'businessFailureEventsOrganisation'], message: `line ${line}: is national law and cannot be overridden by a local pack` }]);
  });

  it('calling a policy value "law" (or the reverse) is refused at the kind', () => {
    const { issues } = refusal(lawChange.replace('citation: Local, kind: policy', 'citation: Local, kind: law').split('\n').slice(0, 7).join('\n'));
    expect(issues).toEqual([expect.objectContaining({ code: 'kind_mismatch', path: ['entries', 'nonResidentialUpperCapitalLimit', 0, 'kind'] })]);
    expect(issues[0]!.message).toBe('line 7: must be "policy", the kind the parameter is declared with');
  });
});

describe('parseRulePack: errors name the line and the key, in plain words', () => {
  const good = example('risk', 'yaml');
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('a misspelt parameter is an unknown key at its line', () => {
    const text = good.replace('concernResponseHours:', 'concernResponseHour:');
    const { issues } = refusal(text);
    expect(issues).toEqual([{ code: 'unknown_key', path: ['entries', 'concernResponseHour'], message: `line ${lineOf(text, 'concernResponseHour:')}: is not a parameter of this pack` }]);
  });

  it('a value out of range names the line of the value', () => {
    const text = good.replace('high-risk: 12', 'high-risk: -12');
    const { issues } = refusal(text);
    expect(issues[0]!.path).toEqual(['entries', 'concernResponseHours', 0, 'value', 'high-risk']);
    expect(issues[0]!.message).toBe(`line ${lineOf(text, 'high-risk: -12')}: must be more than 0`);
  });

  it('an unquoted decimal where text is expected says to quote it', () => {
    const text = example('demand', 'yaml').replace('value: "0.25"', 'value: 0.25');
    const { issues } = refusal(text);
    expect(issues[0]!.message).toBe(`line ${lineOf(text, 'value: 0.25')}: must be text (write it in quotes: "0.25")`);
  });

  it('an unknown field, a missing citation and overlapping periods are all reported at once', () => {
    const text = [
      'area: risk',
      'base: coventry-risk',
      'id: c',
      'version: "1"',
      'colour: blue',
      'entries:',
      '  widespreadDomains:',
      '    - { validFrom: 2026-04-01, value: 4, citation: "", kind: policy }',
    ].join('\n');
    const { issues } = refusal(text);
    expect(issues).toEqual([
      { code: 'unrecognized_keys', path: [], message: 'line 5: has unknown field: "colour"' },
      { code: 'too_small', path: ['entries', 'widespreadDomains', 0, 'citation'], message: 'line 8: must not be empty: every value needs a citation' },
    ]);
    const overlap = refusal(['area: risk', 'base: coventry-risk', 'id: c', 'version: "1"', 'entries:', '  widespreadDomains:', '    - { validFrom: 2026-04-01, value: 4, citation: a, kind: policy }', '    - { validFrom: 2026-05-01, value: 5, citation: b, kind: policy }'].join('\n'));
    expect(overlap.issues).toEqual([{ code: 'overlapping_period', path: ['entries', 'widespreadDomains', 1, 'validFrom'], message: 'line 8: overlaps the period from 2026-04-01' }]);
  });

  it('a pack laid on the wrong base, and a file that is not YAML or JSON, are refused with their lines', () => {
    expect(refusal(good.replace('base: coventry-risk', 'base: leeds-risk')).issues[0]).toEqual({ code: 'invalid_value', path: ['base'], message: 'line 4: the file is laid on "leeds-risk" but is being applied to "coventry-risk"' });
    expect(refusal('area: risk\nbase: [coventry\n').issues[0]).toMatchObject({ code: 'invalid_format', message: expect.stringMatching(/^line \d+: not valid YAML/) });
    expect(refusal('{"area": "risk",}', 'json').issues[0]).toMatchObject({ code: 'invalid_format', message: expect.stringMatching(/^line 1: not valid JSON/) });
    // The line of a JSON syntax error, and no text of the file quoted back (it may hold personal data).
    const broken = refusal('{\n  "area": "risk",\n  "base": "coventry-risk",\n  "id": "secret-id" }\n  "version": "1"\n}', 'json').issues[0]!;
    expect(broken.message).toMatch(/^line 5: not valid JSON \(/);
    expect(broken.message).not.toContain('secret');
    expect(refusal('{\n  "area": "risk",\n  "entries": {"x": [1, 2\n\n', 'json').issues[0]!.message).toMatch(/^line (4|5): not valid JSON/);
    expect(refusal('area: risk\narea: eligibility\n').issues[0]!.message).toMatch(/^line 2: not valid YAML \(Map keys must be unique/);
  });

  it('a version written like a number is kept as written', () => {
    const p = parseRulePack(good.replace('version: "2026.1"', 'version: 2026.10'), { format: 'yaml' });
    expect(p.pack.version).toBe('2026.10');
  });

  it('refuses a bad format option and an unknown area as RulesErrors', () => {
    expect(() => parseRulePack(good, { format: 'toml' as never })).toThrow(expect.objectContaining({ name: 'RulesError' }));
    expect(() => defaultPackOf('housing' as never)).toThrow(expect.objectContaining({ name: 'RulesError' }));
    expect(() => parseRulePack(42 as never, { format: 'yaml' })).toThrow(expect.objectContaining({ name: 'RulesError' }));
  });

  it('layers a second file on the first when its base names it', () => {
    const first = parseRulePack(good, { format: 'yaml' });
    const second = parseRulePack(['area: risk', 'base: example-council-risk', 'id: ward-pilot', 'version: "1"', 'entries:', '  widespreadDomains:', '    - { validFrom: 2026-09-01, value: 2, citation: Pilot, kind: policy }'].join('\n'), { format: 'yaml', base: first.pack });
    expect(second.pack.layers.map((l) => l.id)).toEqual(['coventry-risk', 'example-council-risk', 'ward-pilot']);
    expect(resolve(second.pack, 'concernResponseHours', '2026-10-01').value).toEqual({ 'high-risk': 12, further: 72 });
    expect(() => parseRulePack(good, { format: 'yaml', base: defaultPackOf('eligibility') })).toThrow(/a pack of another area/);
  });
});

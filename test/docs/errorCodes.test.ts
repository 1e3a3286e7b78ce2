// docs/errors.md must list every error code in use: the codes of zod's schema issues, and every code the
// sources raise themselves (found by scanning src/, so that a new code fails here until it is documented).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** zod 4's issue codes: any of them can reach a caller through a schema (src/core/errors.ts converts them). */
const ZOD_CODES = ['invalid_type', 'invalid_value', 'invalid_format', 'invalid_union', 'invalid_key', 'invalid_element', 'unrecognized_keys', 'too_small', 'too_big', 'not_multiple_of', 'custom'];

/** Codes raised by the library: `_issue('code', …)` and issue literals `{ code: 'code', path: … }`. */
function codesInSources(files: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const re of [/_issue\(\s*'([a-z][a-z_]*)'/g, /code:\s*'([a-z][a-z_]*)'\s*,\s*path:/g]) {
      for (const m of text.matchAll(re)) if (!found.has(m[1]!)) found.set(m[1]!, file);
    }
  }
  return found;
}

// the tables of the section "Every code"
const docs = readFileSync('docs/errors.md', 'utf8').split('## Every code')[1]?.split(/\n## /)[0] ?? '';
const documented = new Set([...docs.matchAll(/^\|\s*`([a-z][a-z_]*)`\s*\|/gm)].map((m) => m[1] as string));

describe('docs/errors.md', () => {
  const inSources = codesInSources(walk('src'));

  it('finds the codes the sources raise (the scan works)', () => {
    expect(inSources.has('inconsistent_input')).toBe(true);
    expect(inSources.has('law_override')).toBe(true);
    expect(inSources.size).toBeGreaterThan(20);
  });

  it('lists every code raised in src/ in a table row', () => {
    const undocumented = [...inSources].filter(([code]) => !documented.has(code)).map(([code, file]) => `${code} (raised in ${file})`);
    expect(undocumented).toEqual([]);
  });

  it("lists every zod issue code (schemas pass zod's codes through)", () => {
    expect(ZOD_CODES.filter((c) => !documented.has(c))).toEqual([]);
  });

  it('lists no code that nothing raises', () => {
    const known = new Set([...inSources.keys(), ...ZOD_CODES]);
    expect([...documented].filter((c) => !known.has(c))).toEqual([]);
  });
});

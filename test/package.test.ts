import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

describe('package.json', () => {
  it('has an exports entry for exactly the areas in src/ (run node scripts/sync-exports.mjs)', () => {
    expect(() => execFileSync('node', ['scripts/sync-exports.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
    const areas = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory() && !['core', 'cli'].includes(d.name) && existsSync(`src/${d.name}/index.ts`))
      .map((d) => `./${d.name}`);
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', ...areas].sort());
  });

  it('is a side-effect-free ES module package for Node 20 with the CLI as its bin', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.bin['asc-rules']).toBe('./dist/cli.js');
    // The library itself depends on these only (the CLI may add a CSV parser).
    expect(Object.keys(pkg.dependencies).filter((d) => d !== 'csv-parse').sort()).toEqual(['@date-fns/tz', 'date-fns', 'decimal.js', 'zod']);
  });

  it('puts types first in every export condition', () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key === './package.json') continue;
      for (const cond of Object.values(value as Record<string, Record<string, string>>)) expect(Object.keys(cond)[0]).toBe('types');
    }
  });
});

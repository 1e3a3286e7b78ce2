import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };

const AREA_DEPENDENCIES = ['@date-fns/tz', 'date-fns', 'decimal.js', 'zod'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

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
    // The areas need these four; the other runtime dependencies serve their own entries (the CLI's CSV parser,
    // `yaml` for pack files, Hono for the service), which the areas never import (checked below).
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(AREA_DEPENDENCIES));
  });

  it('keeps every area and the core to zod, decimal.js and date-fns, so importing an area stays light', () => {
    const offenders: string[] = [];
    for (const dir of ['core', 'eligibility', 'risk', 'ascof', 'demand', 'provider-failure']) {
      for (const file of sourceFiles(`src/${dir}`)) {
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s[^;]*?\bfrom\s+'([^'.][^']*)'/gm)) {
          const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
          if (!AREA_DEPENDENCIES.includes(name)) offenders.push(`${file}: ${spec}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('puts types first in every export condition', () => {
    for (const [key, value] of Object.entries(pkg.exports)) {
      if (key === './package.json') continue;
      for (const cond of Object.values(value as Record<string, Record<string, string>>)) expect(Object.keys(cond)[0]).toBe('types');
    }
  });
});

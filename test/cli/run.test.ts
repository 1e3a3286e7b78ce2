import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { cliSchemas } from '../../src/cli/schemas.js';
import { toJsonSchema } from '../../src/index.js';
import pkg from '../../package.json' with { type: 'json' };
import { fakeIo } from './fakeIo.js';

describe('asc-rules', () => {
  it('--version prints the package version', async () => {
    const io = fakeIo();
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${pkg.version}\n`);
  });

  it('--help lists the commands and exit codes; no arguments prints help with exit code 2', async () => {
    const io = fakeIo();
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Usage: asc-rules <command>/);
    expect(io.out()).toMatch(/schema/);
    expect(io.out()).toMatch(/Exit codes/);
    expect(await runCli([], fakeIo())).toBe(2);
  });

  it('an unknown command or flag exits 2 with a message on stderr', async () => {
    const io = fakeIo();
    expect(await runCli(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown command "frobnicate"/);
    const io2 = fakeIo();
    expect(await runCli(['schema', '--nope'], io2)).toBe(2);
    expect(io2.err()).toMatch(/Unknown option/);
  });

  it('schema --list names every schema, and schema <name> prints valid JSON Schema', async () => {
    const list = fakeIo();
    expect(await runCli(['schema', '--list'], list)).toBe(0);
    for (const name of Object.keys(cliSchemas)) expect(list.out()).toContain(name);
    const one = fakeIo();
    expect(await runCli(['schema', 'rule-pack'], one)).toBe(0);
    const schema = JSON.parse(one.out()) as { $schema: string; type: string; required: string[] };
    expect(schema.$schema).toContain('2020-12');
    expect(schema.required).toEqual(['id', 'version', 'entries']);
    expect(await runCli(['schema', 'no-such'], fakeIo())).toBe(2);
  });

  it('every registered schema converts to JSON Schema', () => {
    for (const { schema } of Object.values(cliSchemas)) expect(toJsonSchema(schema)).toHaveProperty('$schema');
  });

  it('demo prints every section', async () => {
    const io = fakeIo();
    expect(await runCli(['demo'], io)).toBe(0);
    expect(io.out()).toMatch(/=== Core: rule packs, deadlines and rounding ===/);
    expect(io.out()).toContain('2026-03-29T10:00:00+01:00');
    expect(io.err()).toBe('');
  });
});

// Issue 14: every schema `asc-rules schema` prints and every request the service takes gives each field a title and a
// description, and each closed list its labels: a form built from it shows words, not field names and codes.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { cliSchemas } from '../../src/cli/schemas.js';
import { toJsonSchema } from '../../src/index.js';
import { serviceRoutes } from '../../src/server/index.js';
import { serviceDocs } from '../../src/server/docs.js';
import { undocumented } from '../helpers/schemaAgreement.js';
import { fakeIo } from './fakeIo.js';

describe('asc-rules schema <name>', () => {
  it.each(Object.keys(cliSchemas))('%s: every field has a title and a description, every closed list its labels', async (name) => {
    const io = fakeIo();
    expect(await runCli(['schema', name], io)).toBe(0);
    const schema = JSON.parse(io.out()) as Record<string, unknown>;
    expect(undocumented(schema)).toEqual([]);
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('the check can fail: a schema without words is reported field by field', () => {
    expect(undocumented({ type: 'object', properties: { a: { type: 'string', enum: ['x', 'y'] } } })).toEqual(['/properties/a (no title)', '/properties/a (no description)', '/properties/a (enum without labels)']);
  });
});

describe('the service (POST /<area>/<what>)', () => {
  it.each(serviceRoutes.map((r) => [r.path, r] as const))('%s: its request schema gives every field a title and a description, every closed list its labels', (_path, r) => {
    expect(undocumented(toJsonSchema(r.input, serviceDocs))).toEqual([]);
  });
});

// The schema-agreement check of issue 14: a form or an API that validates with the exported JSON Schema (ajv,
// draft 2020-12, with ajv-formats) must accept exactly what the function accepts at its schema stage. The
// function may still refuse an input the JSON Schema accepts, but only by one of the cross-field rules no JSON
// Schema can express (listed in docs/schemas.md), which each area names with `beyondSchema`.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { expect } from 'vitest';
import { isRulesError, type RulesIssue } from '../../src/index.js';
import type { JsonSchema } from '../../src/core/jsonSchema.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** An ajv validator as a form or an API would build it: draft 2020-12, formats and `discriminator` on. */
export function validatorOf(schema: JsonSchema): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, discriminator: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Values a near miss puts in place of a field: wrong types, empty, out of range, bad and early dates. */
const REPLACEMENTS: readonly unknown[] = [null, '', 'x', -1, 0, 1, 0.5, 1e12, -0.01, true, false, [], {}, '2014-01-01', '2026-02-30', '2999-12-31', '2026-11-30', 'not-a-date', '12.50', '-3', 'is'];

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function edit(value: unknown, path: Path, op: number, replacement: unknown): unknown {
  const root = clone(value);
  if (path.length === 0) return op === 0 ? replacement : root;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const target = parent[last];
  switch (op) {
    case 0: // replace
      parent[last] = replacement;
      break;
    case 1: // remove the field (or the list item)
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 2: // duplicate a list item, or the list's first item
      if (Array.isArray(target) && target.length > 0) target.push(clone(target[0]));
      else if (Array.isArray(parent)) parent.push(clone(target));
      else parent[last] = replacement;
      break;
    default: // an unknown field beside it
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) (target as Record<string, unknown>)['unknownField'] = 1;
      else parent[last] = replacement;
  }
  return root;
}

/** A valid input with one or two edits: a field replaced, removed, a list item duplicated, an unknown field. */
export function nearMiss(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const once = (arb: fc.Arbitrary<unknown>) =>
    arb.chain((v) => {
      const paths = pathsOf(v);
      return fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(...REPLACEMENTS)).map(([i, op, r]) => edit(v, paths[i]!, op, r));
    });
  return fc.oneof(once(valid), once(once(valid)));
}

/** What one call gave: accepted, or the RulesError's issues (any other throw fails the check). */
function outcome(call: (input: unknown) => unknown, input: unknown): readonly RulesIssue[] | 'accepted' {
  try {
    call(input);
    return 'accepted';
  } catch (error) {
    if (!isRulesError(error)) throw error;
    return error.issues;
  }
}

export interface AgreementCase {
  /** The JSON Schema as exported (e.g. `eligibilityJsonSchema('adult')`). */
  readonly jsonSchema: JsonSchema;
  /** Valid inputs; near misses are made from them. */
  readonly valid: fc.Arbitrary<unknown>;
  /** Calls the function on an input (the check looks only at whether it throws a RulesError, and which). */
  readonly call: (input: unknown) => unknown;
  /** True for an issue of a cross-field rule that no JSON Schema can express (docs/schemas.md lists them). */
  readonly beyondSchema: (issue: RulesIssue) => boolean;
  /** Hand-picked inputs checked first (e.g. each near miss the issue names). */
  readonly examples?: readonly unknown[];
  readonly numRuns?: number;
}

/**
 * Checks that ajv with the JSON Schema and the function agree at the schema stage, on generated valid inputs
 * and near misses, and that both sides were exercised (some inputs accepted, some refused), so the check
 * cannot pass by generating only one kind. Returns the tallies.
 */
export function expectSchemaAgreement(c: AgreementCase): { accepted: number; refused: number; beyond: number } {
  const validate = validatorOf(c.jsonSchema);
  const tally = { accepted: 0, refused: 0, beyond: 0 };
  const check = (input: unknown) => {
    const ajvSays = validate(input);
    const fn = outcome(c.call, input);
    const schemaStage = fn === 'accepted' ? [] : fn.filter((i) => !c.beyondSchema(i));
    if (ajvSays) {
      expect(schemaStage, `ajv accepts ${JSON.stringify(input)} but the function refuses it at the schema stage`).toEqual([]);
      if (fn === 'accepted') tally.accepted += 1;
      else tally.beyond += 1;
    } else {
      expect(schemaStage.length, `ajv refuses ${JSON.stringify(input)} (${JSON.stringify(validate.errors?.map((e) => `${e.instancePath} ${e.message}`))}) but the function ${fn === 'accepted' ? 'accepts it' : 'refuses it only by cross-field rules'}`).toBeGreaterThan(0);
      tally.refused += 1;
    }
  };
  for (const x of c.examples ?? []) check(x);
  fc.assert(
    fc.property(fc.oneof(c.valid, nearMiss(c.valid)), (x) => check(x)),
    { numRuns: c.numRuns ?? 300 },
  );
  expect(tally.accepted, 'no generated input was accepted: the valid generator is broken').toBeGreaterThan(0);
  expect(tally.refused, 'no generated input was refused: the near misses are not near misses').toBeGreaterThan(0);
  return tally;
}

/**
 * The places in a JSON Schema a form would show without words: a field (a property) with no `title` or no
 * `description`, and a closed list (`enum`) whose values carry no labels. Returns them as JSON pointers, so a
 * test can expect `[]` and a failure names each.
 */
export function undocumented(schema: JsonSchema): string[] {
  const out: string[] = [];
  const visit = (node: unknown, pointer: string, isField: boolean) => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${pointer}/${i}`, false));
    if (typeof node !== 'object' || node === null) return;
    const n = node as Record<string, unknown>;
    // A field that is a $ref takes its words from the definition, unless it has its own.
    if (isField && typeof n['$ref'] !== 'string') {
      if (typeof n['title'] !== 'string') out.push(`${pointer} (no title)`);
      if (typeof n['description'] !== 'string') out.push(`${pointer} (no description)`);
    }
    if (Array.isArray(n['enum']) && n['enum'].length > 1) out.push(`${pointer} (enum without labels)`);
    for (const [k, v] of Object.entries(n)) {
      if (k === 'properties' && typeof v === 'object' && v !== null) for (const [f, s] of Object.entries(v)) visit(s, `${pointer}/properties/${f}`, true);
      else if (k === '$defs' && typeof v === 'object' && v !== null) for (const [d, s] of Object.entries(v)) visit(s, `${pointer}/$defs/${d}`, true);
      else if (k !== 'if' && k !== 'then' && k !== 'else' && k !== 'not') visit(v, `${pointer}/${k}`, false);
    }
  };
  visit(schema, '', false);
  return out;
}

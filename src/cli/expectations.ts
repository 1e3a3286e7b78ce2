// How a case's expected fields are matched against a result, and how a mismatch is shown.

/** One expected field that the result does not have. */
export interface Mismatch {
  /** The field path, as written in the case (`status`, `totals[2].selfFunders.total`). */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** One step of a path: a key, an index, or the first item of a list whose field has a value (`[id=x]`). */
export type PathStep = string | number | { readonly field: string; readonly equals: string };

/** Splits `a.b[2].c`, `a.b.2.c` or `actions[id=press-statement].dueAt` into steps. */
export function splitPath(path: string): PathStep[] {
  const out: PathStep[] = [];
  for (const part of path.split(/\.(?![^[]*\])/)) {
    const m = /^([^[\]]*)((?:\[[^\]]+\])*)$/.exec(part);
    if (m === null) {
      out.push(part);
      continue;
    }
    if (m[1] !== '') out.push(/^\d+$/.test(m[1]!) ? Number(m[1]) : m[1]!);
    for (const idx of m[2]!.matchAll(/\[([^\]]+)\]/g)) {
      const sel = /^([^=]+)=(.*)$/.exec(idx[1]!);
      if (sel !== null) out.push({ field: sel[1]!.trim(), equals: sel[2]!.trim() });
      else out.push(/^\d+$/.test(idx[1]!) ? Number(idx[1]) : idx[1]!);
    }
  }
  return out;
}

function get(value: unknown, path: readonly PathStep[]): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (typeof k === 'object') {
      v = Array.isArray(v) ? v.find((item: unknown) => item !== null && typeof item === 'object' && String((item as Record<string, unknown>)[k.field]) === k.equals) : undefined;
    } else {
      v = (v as Record<string | number, unknown>)[k];
    }
  }
  return v;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// A figure is published as a decimal string ("16447", "22.6"); a case may write it as a YAML number. Both
// mean the same figure, so they match when their numeric values are equal (quote it to pin the exact text).
function scalarMatches(expected: unknown, actual: unknown): boolean {
  if (expected === actual) return true;
  if (expected === null) return actual === undefined;
  if (typeof expected === 'number' && typeof actual === 'string') return actual.trim() !== '' && Number(actual) === expected;
  if (typeof expected === 'string' && typeof actual === 'number') return expected.trim() !== '' && Number(expected) === actual;
  return false;
}

function match(expected: unknown, actual: unknown, path: string, out: Mismatch[]): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({ path, expected, actual });
      return;
    }
    expected.forEach((e, i) => match(e, actual[i], `${path}[${i}]`, out));
    return;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) {
      out.push({ path, expected, actual });
      return;
    }
    for (const [k, e] of Object.entries(expected)) match(e, actual[k], path === '' ? k : `${path}.${k}`, out);
    return;
  }
  if (!scalarMatches(expected, actual)) out.push({ path, expected, actual });
}

/**
 * Checks each expected field against the result. A key may be a path (`totals[2].people.rounded`,
 * `actions[id=press-statement].dueAt`); an object
 * is matched field by field (other fields of the result are ignored); a list must match item by item.
 */
export function checkExpectations(expect: Readonly<Record<string, unknown>>, result: unknown): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [key, expected] of Object.entries(expect)) match(expected, get(result, splitPath(key)), key, out);
  return out;
}

/** A value as a case file would write it: text bare, anything else as JSON; missing as "(nothing)". */
export function showValue(v: unknown): string {
  if (v === undefined) return '(nothing)';
  if (typeof v === 'string') return v === '' ? '""' : v;
  const text = JSON.stringify(v);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

// The fuzz harness behind `npm run fuzz` (scripts/fuzz.ts) and test/fuzz/exports.test.ts: it throws arbitrary
// values (fast-check's `fc.anything()`) and near-miss inputs (a valid call with one or more fields dropped,
// renamed, retyped, or set to null/NaN/''/huge) at every exported function of every entry, and records each
// throw that is not a RulesError. The library promises "bad input gets a RulesError, never a raw TypeError".
//
// Targets are found, not listed: every function exported by src/index.ts and src/<entry>/index.ts. Valid
// calls (the seeds of the near misses) are recorded by running the TSDoc @example blocks against wrapped
// exports, so a new export with its @example is fuzzed with near misses of its own example at once.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { isRulesError } from '../../src/core/errors.js';
// @ts-expect-error: plain ESM script without types
import { extractExamples } from '../doc-examples.mjs';
import { _mulberry32 } from '../../src/demand/random.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Exports deliberately not fuzzed, with the reason. Everything else that is a function is a target.
 * - `RulesError`: the error class itself (a constructor; `new RulesError(anything)` is the caller's doing).
 */
export const EXCLUDED: Readonly<Record<string, string>> = {
  'index.RulesError': 'the error class itself, not a rule',
};

/**
 * Inputs known to hang (a loop that the library does not bound), by target: the fuzz cannot interrupt a
 * synchronous call, so it does not make these calls and counts them as `skippedHangs`. Each is a defect to fix
 * in the library (then remove it here). None today: `addWorkingDays` refuses more than 10,000 days (issue 14).
 */
export const KNOWN_HANGS: Readonly<Record<string, (args: readonly unknown[]) => boolean>> = {};

export interface Target {
  /** `<entry>.<name>`, e.g. `ascof.ascofMeasure` (the root entry is `index`). */
  readonly id: string;
  readonly fn: (...args: unknown[]) => unknown;
}

/** The entries: `index` (src/index.ts) and each src/<dir>/index.ts. */
export function entries(): { name: string; file: string }[] {
  const list = [{ name: 'index', file: join(root, 'src', 'index.ts') }];
  for (const dir of readdirSync(join(root, 'src')).sort()) {
    const file = join(root, 'src', dir, 'index.ts');
    if (statSync(join(root, 'src', dir)).isDirectory() && exists(file)) list.push({ name: dir, file });
  }
  return list;
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isClass(v: unknown): boolean {
  return typeof v === 'function' && /^class\b/.test(Function.prototype.toString.call(v));
}

/** Every exported function of every entry, except those in {@link EXCLUDED}. */
export async function collectTargets(): Promise<{ targets: Target[]; excluded: string[] }> {
  const targets: Target[] = [];
  const excluded: string[] = [];
  for (const e of entries()) {
    const mod = (await import(pathToFileURL(e.file).href)) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod).sort(([a], [b]) => a.localeCompare(b))) {
      if (typeof v !== 'function') continue;
      const id = `${e.name}.${name}`;
      if (id in EXCLUDED || isClass(v)) {
        excluded.push(id);
        continue;
      }
      targets.push({ id, fn: v as Target['fn'] });
    }
  }
  return { targets, excluded };
}

type SeedStore = Map<string, unknown[][]>;
const STORE_KEY = '__ascRulesFuzzSeeds';
/** The store key of the values returned by recorded calls. */
export const RESULTS = '<results>';

/** Called by the generated recorder modules: wraps each export so that its calls are kept as seeds. */
export function wrapForRecording(entry: string, mod: Record<string, unknown>): Record<string, unknown> {
  const store = ((globalThis as Record<string, unknown>)[STORE_KEY] ??= new Map()) as SeedStore;
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(mod)) {
    if (typeof v !== 'function' || isClass(v)) {
      out[name] = v;
      continue;
    }
    const id = `${entry}.${name}`;
    const fn = v as (...a: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => {
      const list = store.get(id) ?? [];
      if (list.length < 20) list.push(args);
      store.set(id, list);
      const result = fn(...args);
      // results feed later calls (a trace to renderTrace, a projection to projectionCsv): keep them as seeds too
      const results = store.get(RESULTS) ?? [];
      if (results.length < 400 && result !== null && typeof result === 'object') results.push([result]);
      store.set(RESULTS, results);
      return result;
    };
  }
  return out;
}

/**
 * Valid calls per target id, recorded by running every runnable TSDoc @example (and README block) against
 * wrapped exports. Examples that fail to run are ignored here (test/docs/examples.test.ts checks them).
 */
export async function collectSeeds(): Promise<Map<string, unknown[][]>> {
  const dir = join(root, '.tmp', 'fuzz-seeds');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const harness = pathToFileURL(fileURLToPath(import.meta.url)).href;
  for (const e of entries()) {
    const mod = (await import(pathToFileURL(e.file).href)) as Record<string, unknown>;
    const names = Object.keys(mod);
    writeFileSync(
      join(dir, `_rec_${e.name}.ts`),
      `import * as m from ${JSON.stringify(pathToFileURL(e.file).href)};\nimport { wrapForRecording } from ${JSON.stringify(harness)};\n` +
        `const w = wrapForRecording(${JSON.stringify(e.name)}, m as Record<string, unknown>);\n` +
        names.map((n) => `export const ${n} = w[${JSON.stringify(n)}] as (typeof m)[${JSON.stringify(n)}];`).join('\n') + '\n',
    );
  }
  const { examples } = extractExamples() as { examples: { id: string; code: string; compileOnly?: boolean }[] };
  (globalThis as Record<string, unknown>)[STORE_KEY] = new Map();
  const quiet = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  console.log = console.info = console.warn = console.error = () => undefined; // the examples print their results
  try {
  for (const ex of examples) {
    if (ex.compileOnly || /\bdeclare\b/.test(ex.code)) continue;
    const code = ex.code.replace(/from\s+'adult-social-care-rules(?:\/([\w-]+))?'/g, (_m, area?: string) => `from './_rec_${area ?? 'index'}.ts'`);
    const file = join(dir, `${ex.id}.ts`);
    writeFileSync(file, `${code}\nexport {};\n`);
    try {
      await import(pathToFileURL(file).href);
    } catch {
      // a broken example is reported by the docs test, not here
    }
  }
  } finally {
    Object.assign(console, quiet);
  }
  return (globalThis as Record<string, unknown>)[STORE_KEY] as SeedStore;
}

// ---- near misses -------------------------------------------------------------------------------------

/** A small seeded generator (mulberry32), so a run is reproducible from its seed. */
export const rng: (seed: number) => () => number = _mulberry32;

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/** Every path to a plain-object field or array element inside `v` (depth-limited). */
function paths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  if (depth > 8 || out.length > 400) return out;
  if (Array.isArray(v)) {
    v.slice(0, 6).forEach((x, i) => {
      out.push([...prefix, i]);
      paths(x, [...prefix, i], out, depth + 1);
    });
  } else if (isPlainObject(v)) {
    for (const k of Object.keys(v)) {
      out.push([...prefix, k]);
      paths(v[k], [...prefix, k], out, depth + 1);
    }
  }
  return out;
}

/** The value a field is set to: a wrong type or an edge value. */
function wrongValue(r: () => number, old: unknown): unknown {
  const retyped =
    typeof old === 'number' ? String(old) : typeof old === 'string' ? Number(old.length) : typeof old === 'boolean' ? String(old) : Array.isArray(old) ? { ...old } : isPlainObject(old) ? [old] : {};
  return pick(r, [
    null, undefined, Number.NaN, '', retyped, retyped, 1e308, -1e308, Number.MAX_SAFE_INTEGER, -1, 0, Infinity, -Infinity, 0.5,
    '9'.repeat(400), 'x'.repeat(10_000), '2026-02-30', '0000-01-01', '9999-12-31', '2026-03-29T01:30', true, [], {}, [null], { __proto__: null },
    Symbol('s'), 10n, new Date(Number.NaN), () => 1,
  ]);
}

/** A copy of `v` with one field dropped, renamed or set to a wrong value (copy-on-path: the seed is untouched). */
function mutateAt(r: () => number, v: unknown, path: readonly (string | number)[]): unknown {
  if (path.length === 0) return wrongValue(r, v);
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(v)) {
    const copy = v.slice();
    if (rest.length === 0) {
      const op = r();
      if (op < 0.2) copy.splice(Number(head), 1);
      else if (op < 0.35) copy.push(copy[Number(head)]); // a duplicate
      else copy[Number(head)] = wrongValue(r, copy[Number(head)]);
    } else copy[Number(head)] = mutateAt(r, copy[Number(head)], rest);
    return copy;
  }
  if (isPlainObject(v)) {
    const copy: Record<string, unknown> = { ...v };
    const key = String(head);
    if (rest.length === 0) {
      const op = r();
      if (op < 0.25) delete copy[key];
      else if (op < 0.4) {
        copy[`${key.slice(0, -1)}${key.slice(-1) === 's' ? 'z' : 's'}`] = copy[key]; // a misspelt field
        delete copy[key];
      } else copy[key] = wrongValue(r, copy[key]);
    } else copy[key] = mutateAt(r, copy[key], rest);
    return copy;
  }
  return v;
}

/** A near miss of a valid call: one to three mutations of its arguments, or an argument dropped or added. */
export function nearMiss(r: () => number, args: readonly unknown[]): unknown[] {
  let out = args.slice();
  const n = 1 + Math.floor(r() * r() * 3);
  for (let k = 0; k < n; k++) {
    const op = r();
    if (op < 0.05 && out.length > 0) out = out.slice(0, -1);
    else if (op < 0.08) out = [...out, wrongValue(r, undefined)];
    else if (out.length > 0) {
      const i = Math.floor(r() * out.length);
      const ps = [[], ...paths(out[i])];
      out[i] = mutateAt(r, out[i], pick(r, ps));
    }
  }
  return out;
}

// ---- the run -----------------------------------------------------------------------------------------

export interface Throw {
  readonly target: string;
  readonly kind: string;
  readonly message: string;
  count: number;
  /** The first input that threw, shown short. */
  readonly example: string;
}

export interface FuzzReport {
  readonly inputs: number;
  readonly perTarget: Record<string, { inputs: number; rulesErrors: number; returned: number; otherThrows: number; skippedHangs: number; callbackThrows: number }>;
  readonly throws: Throw[];
  readonly excluded: string[];
  readonly seeded: string[];
}

export function show(v: unknown, max = 300): string {
  let s: string;
  try {
    s = JSON.stringify(v, (_k, x: unknown) =>
      typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : typeof x === 'symbol' || typeof x === 'function' ? String(x) : x === undefined ? '<undefined>' : x,
    );
  } catch {
    s = String(v);
  }
  s ??= String(v);
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

const ANYTHING = [
  fc.anything(),
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }),
];

/**
 * Throws `total` inputs at the targets, spread evenly; half are `fc.anything()` argument lists, half near
 * misses of a recorded valid call (of the target itself, or of any target when it has none recorded).
 */
// Errors thrown inside a function the fuzz passed as an argument (a caller's callback), marked as they pass.
const fromCallback = new WeakSet<object>();

/** The arguments with each function argument wrapped so that what it throws is known to be the callback's. */
function guardCallbacks(args: readonly unknown[]): unknown[] {
  return args.map((a) =>
    typeof a === 'function' && !isClass(a)
      ? (...xs: unknown[]) => {
          try {
            return (a as (...ys: unknown[]) => unknown)(...xs);
          } catch (e) {
            if (e !== null && typeof e === 'object') fromCallback.add(e);
            throw e;
          }
        }
      : a,
  );
}

export async function runFuzz(options: { total: number; seed: number; onProgress?: (done: number) => void; onTarget?: (id: string) => void; slowMs?: number; onSlow?: (id: string, ms: number, args: string) => void }): Promise<FuzzReport> {
  const { targets, excluded } = await collectTargets();
  const seeds = await collectSeeds();
  const pool = [...seeds.values()].flat();
  const results = seeds.get(RESULTS) ?? [];
  const r = rng(options.seed);
  const perTarget: FuzzReport['perTarget'] = {};
  const groups = new Map<string, Throw>();
  let done = 0;
  for (const [ti, t] of targets.entries()) {
    const quota = Math.floor(options.total / targets.length) + (ti < options.total % targets.length ? 1 : 0);
    const own = seeds.get(t.id) ?? [];
    const stats = { inputs: 0, rulesErrors: 0, returned: 0, otherThrows: 0, skippedHangs: 0, callbackThrows: 0 };
    const hangs = KNOWN_HANGS[t.id];
    options.onTarget?.(t.id);
    perTarget[t.id] = stats;
    const arity = Math.max(1, t.fn.length);
    const anyCount = Math.ceil(quota / 2);
    const anyInputs = fc.sample(fc.oneof(...ANYTHING.map((a) => fc.array(a, { minLength: 0, maxLength: arity + 1 }))), { numRuns: anyCount, seed: options.seed + ti });
    for (let i = 0; i < quota; i++) {
      const args = i < anyCount ? (anyInputs[i] as unknown[]) : nearMiss(r, own.length > 0 && r() < 0.85 ? pick(r, own) : r() < 0.5 && results.length > 0 ? pick(r, results) : pick(r, pool));
      stats.inputs++;
      done++;
      if (done % 10_000 === 0) options.onProgress?.(done);
      if (hangs?.(args)) {
        stats.skippedHangs++;
        continue;
      }
      const t0 = performance.now();
      try {
        const out = t.fn(...guardCallbacks(args));
        if (out !== null && typeof out === 'object' && typeof (out as { then?: unknown }).then === 'function') await out;
        stats.returned++;
      } catch (error) {
        if (isRulesError(error)) {
          stats.rulesErrors++;
          continue;
        }
        // An error the caller's own callback threw on junk (e.g. compareUnderPacks' `decide`) passes through as
        // documented: it is the caller's, not the library's, so it is counted apart.
        if (error !== null && typeof error === 'object' && fromCallback.has(error)) {
          stats.callbackThrows++;
          continue;
        }
        stats.otherThrows++;
        const kind = error instanceof Error ? error.constructor.name : typeof error;
        const message = (error instanceof Error ? error.message : String(error)).replace(/\d+/g, 'N').slice(0, 160);
        const key = `${t.id}\u0000${kind}\u0000${message}`;
        const g = groups.get(key);
        if (g) g.count++;
        else groups.set(key, { target: t.id, kind, message, count: 1, example: show(args) });
      }
      const ms = performance.now() - t0;
      if (ms > (options.slowMs ?? 1000)) options.onSlow?.(t.id, ms, show(args, 200));
    }
  }
  return { inputs: done, perTarget, throws: [...groups.values()], excluded, seeded: [...seeds.keys()].filter((k) => k !== RESULTS).sort() };
}

import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { RulePack } from '../core/rulePack.js';
import { defaultPackOf, parseRulePack, type PackArea, type PackFileFormat } from '../pack-files/index.js';
import { UsageError, type CliIo } from './io.js';

/** The format of a pack or case file, from its extension. */
export function formatOf(path: string): PackFileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'yaml';
  if (ext === '.json') return 'json';
  throw new UsageError(`${path}: give a .yaml, .yml or .json file`);
}

/** Reads a text file given on the command line, as a usage error when it cannot be read. */
export async function readTextFile(io: CliIo, path: string): Promise<string> {
  try {
    return await io.readText(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Lays pack files on the area's library pack, in the order given (the later wins). Each file's `base` must
 * name the pack it is laid on: the library's for the first, the previous file's id for the next.
 */
export async function loadPackFiles(io: CliIo, area: PackArea, paths: readonly string[]): Promise<RulePack> {
  const files: { path: string; text: string }[] = [];
  for (const path of paths) files.push({ path, text: await readTextFile(io, path) });
  return layPackFiles(area, files);
}

// Lays files already read: each is read once, so the area check and the rules see the same text.
function layPackFiles(area: PackArea, files: readonly { path: string; text: string }[]): RulePack {
  let pack = defaultPackOf(area);
  for (const { path, text } of files) {
    const parsed = parseRulePack(text, { format: formatOf(path), file: path, base: pack });
    if (parsed.area !== area) throw new UsageError(`${path} adapts "${parsed.area}", not "${area}"`);
    pack = parsed.pack;
  }
  return pack;
}

/**
 * The `--pack FILE` option of a command that applies one area's rules (`eligibility`, `risk`, `ascof …`,
 * `demand …`, `provider-failure`): the files, in the order given, laid on the area's library pack by
 * {@link loadPackFiles} (YAML or JSON, checked against the `rule-pack` schema and the law floor; a problem names
 * the file, the line and the key). A file that adapts another area is refused with a usage error naming both.
 * No file: the library pack.
 */
export async function packOption(io: CliIo, command: string, area: PackArea, paths: readonly string[] | undefined): Promise<RulePack> {
  if (paths === undefined || paths.length === 0) return defaultPackOf(area);
  const files: { path: string; text: string }[] = [];
  for (const path of paths) {
    // Read the file's own area first, so that a pack of another area gets a plain message, not a base mismatch.
    const text = await readTextFile(io, path);
    const other = areaWritten(text, formatOf(path));
    if (other !== undefined && other !== area) {
      throw new UsageError(`${path} is a pack file for "${other}": ${command} applies the ${area} rules and takes only pack files with "area: ${area}"`);
    }
    files.push({ path, text });
  }
  return layPackFiles(area, files);
}

// The `area` a pack file names, when it can be read at all (otherwise the loader reports the problem with its line).
function areaWritten(text: string, format: PackFileFormat): string | undefined {
  try {
    const data: unknown = format === 'json' ? JSON.parse(text) : parseYaml(text);
    const area = typeof data === 'object' && data !== null ? (data as { area?: unknown }).area : undefined;
    return typeof area === 'string' ? area : undefined;
  } catch {
    return undefined;
  }
}

/** The help line of `--pack`, the same in every command's usage. */
export function packUsage(area: PackArea): string {
  return `  --pack FILE        a council pack file (YAML or JSON, "area: ${area}", see docs/adapting.md) laid on the
                     library pack; repeat to layer several, in order (each file's "base" names the pack before it).
                     Checked against the rule-pack schema and the law floor: a problem names the file, line and key`;
}

/** Expands directories (one level, .yaml/.yml/.json files, sorted) into files. */
export async function expandPaths(io: CliIo, paths: readonly string[]): Promise<string[]> {
  return (await expandPathsFrom(io, paths)).map((p) => p.path);
}

/** As {@link expandPaths}, saying which files came from a directory. */
export async function expandPathsFrom(io: CliIo, paths: readonly string[]): Promise<{ path: string; fromDir: boolean }[]> {
  const out: { path: string; fromDir: boolean }[] = [];
  for (const path of paths) {
    const names = io.listDir === undefined ? undefined : await io.listDir(path);
    if (names === undefined) {
      out.push({ path, fromDir: false });
      continue;
    }
    const files = names.filter((n) => /\.(ya?ml|json)$/i.test(n)).sort();
    if (files.length === 0) throw new UsageError(`${path}: no .yaml, .yml or .json files in this directory`);
    out.push(...files.map((n) => ({ path: `${path.replace(/\/+$/, '')}/${n}`, fromDir: true })));
  }
  return out;
}

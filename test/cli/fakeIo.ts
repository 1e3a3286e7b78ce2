import type { CliIo } from '../../src/cli/io.js';

/** What {@link fakeIo} returns: a CliIo (also reachable as `io`) with the output captured. */
export interface FakeIo extends CliIo {
  /** The same object, for `const { io, out } = fakeIo(...)`. */
  readonly io: CliIo;
  /** Everything written to stdout so far. */
  readonly out: () => string;
  /** Everything written to stderr so far. */
  readonly err: () => string;
  /** Files written by the command, by path. */
  readonly written: Record<string, string>;
}

/**
 * An in-memory CliIo for CLI tests: files come from a map (a missing one fails with ENOENT), streams deliver
 * them in 7-byte chunks so that parsers see lines and quoted cells split as a real stream splits them.
 */
export function fakeIo(files: Record<string, string> = {}, options: { tty?: boolean } = {}): FakeIo {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const read = (path: string): string => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };
  const fake: FakeIo = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readText: async (path) => read(path),
    openStream: (path) => ({
      async *[Symbol.asyncIterator]() {
        const text = read(path);
        for (let i = 0; i < text.length; i += 7) yield Buffer.from(text.slice(i, i + 7));
      },
    }),
    fileSize: async (path) => files[path]?.length,
    writeText: async (path, text) => void (written[path] = text),
    stderrIsTTY: options.tty === true,
    get io() {
      return fake;
    },
    out: () => out,
    err: () => err,
    written,
  };
  return fake;
}

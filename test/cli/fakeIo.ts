import type { CliIo } from '../../src/cli/io.js';

/** An in-memory CliIo: files from a map, output captured. */
export function fakeIo(files: Record<string, string> = {}): CliIo & { out: () => string; err: () => string; written: Map<string, string> } {
  let out = '';
  let err = '';
  const written = new Map<string, string>();
  const read = (path: string) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return text;
  };
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readText: async (path) => read(path),
    openStream: (path) => ({
      async *[Symbol.asyncIterator]() {
        yield read(path);
      },
    }),
    fileSize: async (path) => files[path]?.length,
    writeText: async (path, text) => void written.set(path, text),
    stderrIsTTY: false,
    out: () => out,
    err: () => err,
    written,
  };
}

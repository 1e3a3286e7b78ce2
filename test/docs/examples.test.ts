// Runs every @example block of the TSDoc and checks its `//=>` results, so the API reference cannot drift.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script without types
import { writeExamples } from '../../scripts/doc-examples.mjs';

interface Example { id: string; file: string; line: number; path: string; runnable: boolean }
const { examples, missing } = writeExamples() as { examples: Example[]; missing: string[] };

describe('TSDoc @example blocks', () => {
  it('exist for every exported function', () => {
    expect(missing).toEqual([]);
  });
  it('were found', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  for (const ex of examples.filter((e) => e.runnable)) {
    it(`${ex.file}:${ex.line} runs and its //=> results hold`, async () => {
      await import(/* @vite-ignore */ ex.path);
    });
  }
});

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    // Doc examples import the package by its public name; in tests that name means the source.
    alias: [
      { find: /^adult-social-care-rules$/, replacement: `${src}index.ts` },
      { find: /^adult-social-care-rules\/(.+)$/, replacement: `${src}$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // fast-check runs many cases per property; keep the timeout generous for the CI machine (2 cores).
    testTimeout: 30_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});

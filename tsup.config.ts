import { readdirSync, existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

// One entry per area: every folder of src/ with an index.ts is a public subpath
// (src/core is internal and reached through the root entry; src/cli is the binary).
const areas = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && d.name !== 'cli')
  .filter((d) => existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);

const entry: Record<string, string> = { index: 'src/index.ts' };
for (const area of areas) entry[`${area}/index`] = `src/${area}/index.ts`;

export default defineConfig([
  {
    entry,
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts', 'cli-cld-worker': 'src/cli/ascof-cld-worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);

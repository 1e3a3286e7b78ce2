// The API reference: the root entry plus one module per area (every src/<area>/index.ts, as in tsup.config.ts).
import { existsSync, readdirSync } from 'node:fs';

const areas = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'core' && d.name !== 'cli' && existsSync(`src/${d.name}/index.ts`))
  .map((d) => `src/${d.name}/index.ts`)
  .sort();

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'adult-social-care-rules',
  entryPoints: ['src/index.ts', ...areas],
  entryPointStrategy: 'resolve',
  tsconfig: 'tsconfig.json',
  out: 'docs/api',
  readme: 'README.md',
  projectDocuments: ['docs/*.md'],
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  // No public repository URL is fixed yet, so no source links (they would point nowhere).
  disableSources: true,
  sort: ['source-order'],
  // Every top-level export must be documented. Properties are left out of the check because typedoc also
  // walks the types inferred from zod schemas, whose members carry their documentation in the schema's
  // description instead; interface members are documented by convention (see docs/architecture.md).
  requiredToBeDocumented: ['Enum', 'EnumMember', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias', 'Method', 'Accessor'],
  validation: { notExported: true, invalidLink: true, invalidPath: true, rewrittenLink: true, notDocumented: true, unusedMergeModuleWith: true },
  treatWarningsAsErrors: true,
  treatValidationWarningsAsErrors: true,
};

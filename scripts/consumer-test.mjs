// Installs the packed tarball into a fresh temporary folder and uses it as a council app would: ESM import,
// CJS require, a TypeScript type check (node16 resolution, .mts and .cts), and the asc-rules binary.
// Every subpath in the package's exports map is checked, so a new area is covered without editing this file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * Follows the relative links (`[text](path)`, `src="path"`) of a Markdown file inside the installed package,
 * and of every Markdown file they lead to; throws on the first that names no file. Returns the links checked.
 */
function checkRelativeLinks(pkgRoot, start) {
  const seen = new Set();
  const broken = [];
  let count = 0;
  const visit = (rel) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const text = readFileSync(join(pkgRoot, rel), 'utf8').replace(/```[\s\S]*?```/g, '');
    const targets = [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)|src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) continue;
      const path = posix.normalize(posix.join(posix.dirname(rel), decodeURIComponent(target.split('#')[0])));
      count += 1;
      if (path.startsWith('..') || !existsSync(join(pkgRoot, path))) broken.push(`${rel}: ${target}`);
      else if (path.endsWith('.md')) visit(path);
    }
  };
  visit(start);
  if (broken.length > 0) throw new Error(`relative links that name no file in the installed package:\n  ${broken.join('\n  ')}`);
  return count;
}

const work = mkdtempSync(join(tmpdir(), 'asc-rules-consumer-'));
try {
  const packDir = join(work, 'pack');
  mkdirSync(packDir);
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer-app', version: '1.0.0', private: true }));
  run('npm', ['install', join(packDir, filename), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);

  const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json').map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));

  // 1. ESM and CJS expose the same names for every subpath.
  writeFileSync(
    join(app, 'esm.mjs'),
    `const out = {};\nfor (const s of ${JSON.stringify(subpaths)}) out[s] = Object.keys(await import(s)).sort();\nconsole.log(JSON.stringify(out));\n`,
  );
  writeFileSync(join(app, 'cjs.cjs'), `const out = {};\nfor (const s of ${JSON.stringify(subpaths)}) out[s] = Object.keys(require(s)).sort();\nconsole.log(JSON.stringify(out));\n`);
  const esm = JSON.parse(run('node', ['esm.mjs'], app));
  const cjs = JSON.parse(run('node', ['cjs.cjs'], app));
  for (const s of subpaths) {
    if (JSON.stringify(esm[s]) !== JSON.stringify(cjs[s])) throw new Error(`${s}: ESM and CJS export different names`);
    if (esm[s].length === 0) throw new Error(`${s}: exports nothing`);
  }

  // 2. An error thrown by the CJS copy is a RulesError to the ESM copy (brand check), and every area entry
  //    point answers junk input with a RulesError, never a TypeError.
  writeFileSync(
    join(app, 'errors.mjs'),
    `import { createRequire } from 'node:module';
import { isRulesError } from '${pkg.name}';
const require = createRequire(import.meta.url);
const cjsRoot = require('${pkg.name}');
try { cjsRoot.roundDecimal('junk', { places: 1, mode: 'half-even' }); throw new Error('no error'); }
catch (e) { if (!isRulesError(e)) throw new Error('CJS RulesError not recognised by the ESM build'); }
let checked = 0;
for (const s of ${JSON.stringify(subpaths.slice(1))}) {
  for (const mod of [await import(s), require(s)]) {
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function' || /^[A-Z]/.test(name)) continue;
      try { const r = fn(Symbol('junk')); if (r && typeof r.then === 'function') await r; }
      catch (e) { if (!isRulesError(e)) throw new Error(s + ' ' + name + ' threw ' + (e && e.name) + ' on junk input'); }
      checked += 1;
    }
  }
}
console.log(checked);
`,
  );
  const checked = run('node', ['errors.mjs'], app).trim();

  // 3. TypeScript consumers, ESM (.mts) and CJS (.cts), with node16 resolution.
  const imports = subpaths.map((s, i) => `import * as m${i} from '${s}';`).join('\n');
  const uses = subpaths.map((_, i) => `m${i}`).join(', ');
  writeFileSync(join(app, 'types.mts'), `${imports}\nimport { isRulesError, type RulesIssue } from '${pkg.name}';\nconst issues: RulesIssue[] = [];\nexport const all = [${uses}, isRulesError, issues];\n`);
  writeFileSync(join(app, 'types.cts'), `${imports}\nimport { isRulesError } from '${pkg.name}';\nexport const all = [${uses}, isRulesError];\n`);
  // One typed call per area from the installed declarations (issue 14): the correct call compiles and the
  // misspelt one is a compile error (an unused @ts-expect-error fails this tsc run).
  const p = pkg.name;
  writeFileSync(
    join(app, 'typed.mts'),
    [
      `import { assessDutyToMeetNeeds, determineAdultEligibility } from '${p}/eligibility';`,
      `import { concernResponseDeadline } from '${p}/risk';`,
      `import { calculateComplaintsUpheld } from '${p}/ascof';`,
      `import { collapseAgeBands } from '${p}/demand';`,
      `import { isMarketOversightProvider } from '${p}/provider-failure';`,
      `export function typed(): unknown[] {`,
      `  const d = determineAdultEligibility({ asOf: '2026-11-23', needsArisingFromImpairmentOrIllness: true, outcomes: { nutrition: { unableToAchieve: ['unableWithoutAssistance'] } } });`,
      `  // @ts-expect-error misspelt outcome`,
      `  determineAdultEligibility({ asOf: '2026-11-23', outcomes: { nutrtion: { unableToAchieve: [] } } });`,
      `  return [`,
      `    assessDutyToMeetNeeds({ asOf: d.asOf, person: 'adult', determination: d, residence: 'ordinarily-resident' }).status,`,
      `    concernResponseDeadline({ id: 'C1', receivedAt: '2026-11-23T10:00:00', severity: 'serious' }),`,
      `    // @ts-expect-error misspelt field`,
      `    concernResponseDeadline({ id: 'C1', recievedAt: '2026-11-23T10:00:00' }),`,
      `    calculateComplaintsUpheld({ asOf: '2026-11-23', complaints: [{ formallyInvestigated: true, outcome: 'upheld' }] }),`,
      `    // @ts-expect-error misspelt field`,
      `    calculateComplaintsUpheld({ asOf: '2026-11-23', complaints: [{ formalyInvestigated: true, outcome: 'upheld' }] }),`,
      `    collapseAgeBands({ kind: 'rates', name: 'E', source: 'E', baseYear: 2013, unit: 'percent', rates: [{ sex: 'female', ageBand: '95+', rate: 40 }] }, { source: 'P', population: [{ sex: 'female', ageBand: '95+', people: 1000 }] }),`,
      `    // @ts-expect-error misspelt field`,
      `    collapseAgeBands({ kind: 'rates', name: 'E', source: 'E', baseYear: 2013, unit: 'percent', rates: [{ sex: 'female', ageBand: '95+', rate: 40 }] }, { source: 'P', population: [{ sex: 'female', ageBand: '95+', poeple: 1000 }] }),`,
      `    isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInWeek: 27000, peopleInWeek: 850 } }).status,`,
      `    // @ts-expect-error misspelt field`,
      `    isMarketOversightProvider({ asOf: '2026-04-01', isLocalAuthority: false, personalCare: { hoursInAWeek: 27000, peopleInWeek: 850 } }),`,
      `  ];`,
      `}`,
      ``,
    ].join('\n'),
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['types.mts', 'types.cts', 'typed.mts'] }),
  );
  run(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], app);

  // 4. The binary.
  const version = run(join(app, 'node_modules', '.bin', 'asc-rules'), ['--version'], app).trim();
  if (version !== pkg.version) throw new Error(`asc-rules --version printed ${version}`);

  // 5. Every relative link of the installed README (and of the guides it links to) resolves to a file in the
  //    installed package, so the docs/*.md links work from node_modules and from the npm page's file view.
  const installed = join(app, 'node_modules', ...pkg.name.split('/'));
  const checkedLinks = checkRelativeLinks(installed, 'README.md');

  // 6. The changelog that changesets wrote ships with the package and has this version's section.
  const changelogPath = join(installed, 'CHANGELOG.md');
  if (!existsSync(changelogPath)) throw new Error('CHANGELOG.md is not in the installed package');
  if (!readFileSync(changelogPath, 'utf8').includes(`\n## ${pkg.version}\n`)) throw new Error(`CHANGELOG.md has no section for ${pkg.version}`);

  console.log(`consumer test: ${filename} installed in a fresh folder; ${subpaths.length} entry point(s) import alike from ESM and CJS; ${checked} entry points refuse junk with a RulesError; types check as .mts and .cts (one typed call per area, misspelt fields refused); asc-rules ${version} runs; ${checkedLinks} relative links of the installed README and guides resolve; CHANGELOG.md has the ${pkg.version} section`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

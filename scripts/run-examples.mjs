// Runs every examples/*.ts against the built package (they import it by its public name) and fails if one
// exits non-zero or prints nothing. Run `npm run build` first; `npm test` does.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = readdirSync('examples').filter((f) => f.endsWith('.ts')).sort();
if (files.length === 0) throw new Error('no examples found');
for (const file of files) {
  const out = execFileSync(join('node_modules', '.bin', 'tsx'), [join('examples', file)], { encoding: 'utf8', timeout: 300_000 });
  if (out.trim() === '') throw new Error(`examples/${file} printed nothing`);
  console.log(`examples/${file}: ok (${out.trim().split('\n').length} lines)`);
}

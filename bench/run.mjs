// `npm run bench`: every bench/*.bench.mjs in turn, then the size table. Results go to bench/results/.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const only = process.argv[2];
const benches = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.bench.mjs') && (!only || f.startsWith(only)));
let failed = 0;
for (const file of benches) {
  const { status } = spawnSync('node', [join(import.meta.dirname, file)], { stdio: 'inherit' });
  if (status !== 0) failed++;
}
if (!only || only === 'size') {
  console.log('\n### Sizes');
  spawnSync('node', [join(import.meta.dirname, '..', 'scripts', 'size.mjs')], { stdio: 'inherit' });
}
process.exit(failed ? 1 : 0);

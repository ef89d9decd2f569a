// Measures what each package and each element costs a consumer: every entry bundled with
// its dependencies (lit included), minified, then gzip and brotli. With --check it enforces
// size-budgets.json and records each budget as a test; it always writes bench/results/size.json.
import { build } from 'vite';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const packages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'package.json')) && existsSync(join(root, 'packages', name, 'dist', 'index.js')))
  .map((name) => ({ dir: join(root, 'packages', name), ...JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) }))
  .filter((pkg) => pkg.customElements);

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Bundles entries in one build; an entry's cost is its chunk plus every chunk it imports statically. */
async function measure(entries) {
  const outDir = join(root, '.tmp', 'size');
  rmSync(outDir, { recursive: true, force: true });
  const output = await build({
    configFile: false,
    logLevel: 'error',
    // An app build, not library mode: Vite leaves whitespace in ES libraries.
    build: {
      write: false,
      outDir,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rolldownOptions: { input: entries, preserveEntrySignatures: 'strict' },
    },
  });
  const chunks = new Map((Array.isArray(output) ? output[0] : output).output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  const sizes = {};
  for (const chunk of chunks.values()) {
    if (!chunk.isEntry) continue;
    const seen = new Set();
    const walk = (name) => {
      if (seen.has(name)) return;
      seen.add(name);
      for (const imported of chunks.get(name)?.imports ?? []) walk(imported);
    };
    walk(chunk.fileName);
    const code = [...seen].map((name) => chunks.get(name).code).join('\n');
    sizes[chunk.name] = { min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
  }
  return sizes;
}

const rows = [];
for (const pkg of packages) {
  const entries = { [pkg.name]: join(pkg.dir, 'dist', 'index.js') };
  for (const name of readdirSync(join(pkg.dir, 'dist'))) {
    if (existsSync(join(pkg.dir, 'dist', name, 'define.js'))) entries[`${pkg.name}/${name}.js`] = join(pkg.dir, 'dist', name, 'define.js');
  }
  const sizes = await measure(entries);
  for (const [entry, size] of Object.entries(sizes)) {
    const isPackage = !entry.endsWith('.js');
    const { target, ceiling } = (isPackage ? budgets.packages[entry] : budgets.element) ?? {};
    rows.push({ entry, ...size, target, ceiling });
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('| entry (lit included) | min KB | gzip KB | brotli KB | target gzip KB | ceiling gzip KB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const misses = row.target && row.gzip > row.target ? ' (over target)' : '';
  const over = row.ceiling && row.gzip > row.ceiling ? ' ✗ OVER' : '';
  console.log(`| ${row.entry} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.target ? kb(row.target) + misses : '–'} | ${row.ceiling ? kb(row.ceiling) + over : '–'} |`);
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'size.json'), JSON.stringify({ measuredAt: new Date().toISOString(), rows }, null, 2));

if (check) {
  const budgeted = rows.filter((row) => row.ceiling);
  const over = budgeted.filter((row) => row.gzip > row.ceiling);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'size.json'), JSON.stringify({ passed: budgeted.length - over.length, failed: over.length, skipped: 0 }));
  for (const row of over) console.error(`✗ ${row.entry} is ${kb(row.gzip)} KB gzip, over its ${kb(row.ceiling)} KB ceiling`);
  console.log(`Size budgets: ${budgeted.length - over.length} passed, ${over.length} failed`);
  process.exit(over.length ? 1 : 0);
}

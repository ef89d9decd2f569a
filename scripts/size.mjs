// Measures what each package and each element costs a consumer: every entry bundled with
// its dependencies (lit included), minified, then gzip and brotli. With --check it enforces
// size-budgets.json and records each budget as a test; it always writes bench/results/size.json.
// Without --check it also reports what each @kith/forms element adds to a page that already
// has a text input (never budgeted).
import { build } from 'vite';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const budgets = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const packages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'package.json')) && existsSync(join(root, 'packages', name, 'dist', 'index.js')))
  .map((name) => ({ dir: join(root, 'packages', name), ...JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) }))
  .filter((pkg) => pkg.customElements);

const gzip = (code) => gzipSync(code, { level: 9 }).length;
const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * Bundles each entry on its own (a shared build would split chunks by what *other* entries
 * use and overcount), minified, with everything it imports statically; dynamic imports
 * (the Welsh translations, the case form's draft code) are left out, as a page loads them
 * only on demand. An entry given as a list of paths is bundled as one page loading them all.
 */
async function measure(entries) {
  const sizes = {};
  for (const [name, path] of Object.entries(entries)) {
    const output = await build({
      configFile: false,
      logLevel: 'error',
      // An app build, not library mode: Vite leaves whitespace in ES libraries.
      build: {
        write: false,
        minify: true,
        target: 'es2022',
        modulePreload: false,
        rolldownOptions: { input: Array.isArray(path) ? Object.fromEntries(path.map((p, i) => [`entry-${i}`, p])) : { [name]: path }, preserveEntrySignatures: 'strict' },
      },
    });
    const chunks = new Map((Array.isArray(output) ? output[0] : output).output.filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const seen = new Set();
    const walk = (fileName) => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      for (const imported of chunks.get(fileName)?.imports ?? []) walk(imported);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) walk(chunk.fileName);
    const code = [...seen].map((fileName) => chunks.get(fileName).code).join('\n');
    sizes[name] = { min: Buffer.byteLength(code), gzip: gzip(code), brotli: brotli(code) };
  }
  return sizes;
}

const rows = [];
const entryPaths = {};
for (const pkg of packages) {
  const entries = { [pkg.name]: join(pkg.dir, 'dist', 'index.js') };
  for (const name of readdirSync(join(pkg.dir, 'dist'))) {
    if (existsSync(join(pkg.dir, 'dist', name, 'define.js'))) entries[`${pkg.name}/${name}.js`] = join(pkg.dir, 'dist', name, 'define.js');
  }
  Object.assign(entryPaths, entries);
  const sizes = await measure(entries);
  for (const [entry, size] of Object.entries(sizes)) {
    const isPackage = !entry.endsWith('.js');
    const target = budgets.targets[entry] ?? (isPackage ? undefined : budgets.targets[`${pkg.name}/*`]);
    const ceiling = budgets.ceilings[entry] ?? (isPackage ? undefined : budgets.ceilings['*']);
    rows.push({ entry, ...size, target, ceiling });
  }
}

// For the bench table only (never budgeted): what a supplier would otherwise ship for
// comparable controls, measured the same way.
const COMPARISONS = {
  'Shoelace sl-input': '@shoelace-style/shoelace/dist/components/input/input.js',
  'Shoelace sl-textarea': '@shoelace-style/shoelace/dist/components/textarea/textarea.js',
  'Shoelace sl-radio-group': '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js',
  'Shoelace sl-checkbox': '@shoelace-style/shoelace/dist/components/checkbox/checkbox.js',
  'Shoelace sl-select': '@shoelace-style/shoelace/dist/components/select/select.js',
  'Lion lion-input': '@lion/ui/define/lion-input.js',
  'Lion lion-textarea': '@lion/ui/define/lion-textarea.js',
  'Lion lion-radio-group': '@lion/ui/define/lion-radio-group.js',
  'Lion lion-checkbox-group': '@lion/ui/define/lion-checkbox-group.js',
  'Lion lion-select': '@lion/ui/define/lion-select.js',
  'govuk-frontend JS (all components)': 'govuk-frontend/dist/govuk/all.bundle.mjs',
};
if (!check) {
  const { createRequire } = await import('node:module');
  const require = createRequire(join(root, 'package.json'));
  const entries = {};
  for (const [name, specifier] of Object.entries(COMPARISONS)) {
    try {
      entries[name] = import.meta.resolve ? fileURLToPath(import.meta.resolve(specifier)) : require.resolve(specifier);
    } catch {
      console.warn(`size: ${specifier} is not installed; left out of the comparison`);
    }
  }
  for (const [entry, size] of Object.entries(await measure(entries))) rows.push({ entry, ...size });
  const cssPath = join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'govuk-frontend.min.css');
  if (existsSync(cssPath)) {
    const css = readFileSync(cssPath);
    rows.push({ entry: 'govuk-frontend CSS (all components)', min: css.length, gzip: gzip(css), brotli: brotli(css) });
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);

/**
 * Report only: what each @kith/forms element adds to a page that already has a text input,
 * as on any real form (lit, @kith/core and the form-control code are then paid once): the
 * element and kith-text-input bundled together, less kith-text-input alone.
 */
const added = [];
const BASE = '@kith/forms/text-input.js';
if (!check && entryPaths[BASE]) {
  const others = Object.keys(entryPaths).filter((entry) => entry.startsWith('@kith/forms/') && entry !== BASE);
  const together = await measure(Object.fromEntries(others.map((entry) => [entry, [entryPaths[BASE], entryPaths[entry]]])));
  const base = rows.find((row) => row.entry === BASE).gzip;
  for (const entry of others) added.push({ entry, alone: rows.find((row) => row.entry === entry).gzip, added: together[entry].gzip - base });
}
console.log('| entry (lit included) | min KB | gzip KB | brotli KB | target gzip KB | ceiling gzip KB |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const misses = row.target && row.gzip > row.target ? ' (over target)' : '';
  const over = row.ceiling && row.gzip > row.ceiling ? ' ✗ OVER' : '';
  console.log(`| ${row.entry} | ${kb(row.min)} | ${kb(row.gzip)} | ${kb(row.brotli)} | ${row.target ? kb(row.target) + misses : '–'} | ${row.ceiling ? kb(row.ceiling) + over : '–'} |`);
}
if (added.length) {
  console.log(`\n| @kith/forms element | alone, gzip KB | added to a page that has ${BASE.replace('@kith/forms/', '').replace('.js', '')}, gzip KB |`);
  console.log('|---|---:|---:|');
  for (const row of added) console.log(`| ${row.entry.replace('@kith/forms/', '')} | ${kb(row.alone)} | ${kb(row.added)} |`);
}
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'size.json'), JSON.stringify({ measuredAt: new Date().toISOString(), rows, addedToTextInput: added }, null, 2));

if (check) {
  const budgeted = rows.filter((row) => row.ceiling);
  const over = budgeted.filter((row) => row.gzip > row.ceiling);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results', 'size.json'), JSON.stringify({ passed: budgeted.length - over.length, failed: over.length, skipped: 0 }));
  for (const row of over) console.error(`✗ ${row.entry} is ${kb(row.gzip)} KB gzip, over its ${kb(row.ceiling)} KB ceiling`);
  console.log(`Size budgets: ${budgeted.length - over.length} passed, ${over.length} failed`);
  process.exit(over.length ? 1 : 0);
}

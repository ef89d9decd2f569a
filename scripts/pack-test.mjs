// Proves the published packages work outside this repo (`npm run release:dry` builds first, then
// runs this): `npm pack` each package, install the tarballs into a scratch project outside the
// repository (so nothing resolves from the repo's node_modules), and check that
//  - every subpath each package exports resolves to a file in its tarball;
//  - every JavaScript entry (but @kith/core's test helpers) type-checks in a strict TypeScript project;
//  - every custom-elements.json and editor data file named in package.json is there and parses;
//  - a Vite page that imports every entry defines every element the manifests list, renders,
//    labels its controls and switches to Welsh; and @kith/all's kith.js alone does the same.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const rootPackage = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'kith-pack-test-'));
const results = { passed: 0, failed: 0, skipped: 0 };
function check(name, ok, detail = '') {
  if (ok) results.passed++;
  else results.failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

mkdirSync(join(work, 'tarballs'), { recursive: true });

const packages = readdirSync(join(root, 'packages'))
  .filter((name) => existsSync(join(root, 'packages', name, 'package.json')))
  .map((name) => JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')))
  .filter((pkg) => !pkg.private && existsSync(join(root, 'packages', pkg.name.replace('@kith/', ''), 'dist')));

const tarballs = {};
for (const pkg of packages) {
  const out = execFileSync('npm', ['pack', '--workspace', pkg.name, '--pack-destination', join(work, 'tarballs'), '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [{ filename, files }] = JSON.parse(out);
  tarballs[pkg.name] = `file:../tarballs/${filename}`;
  const paths = files.map((f) => f.path);
  check(`${pkg.name} tarball has dist, README and no sources or tests`, paths.includes('README.md') && paths.some((p) => p.startsWith('dist/')) && !paths.some((p) => p.startsWith('src/') || p.endsWith('.test.js')), paths.slice(0, 8).join(', '));
  const named = [pkg.customElements, pkg['web-types'], pkg.customElements && 'vscode.html-custom-data.json'].filter(Boolean).map((path) => path.replace(/^\.\//, ''));
  if (named.length) {
    const missing = named.filter((path) => !paths.includes(path));
    check(`${pkg.name} tarball has the manifest and editor data its package.json names`, missing.length === 0, missing.join(', '));
  }
}

// A consumer's project: the tarballs, and what a React and TypeScript project has anyway, at the
// versions this repo uses. Not the test runner packages that @kith/core/testing.js needs (its
// optional peers): they are over 200 packages and minutes of install, so that entry is only
// resolved to its file below, not type-checked or run.
const scratch = join(work, 'app');
mkdirSync(join(scratch, 'src'), { recursive: true });
const consumerDevDependencies = ['react', 'react-dom', '@types/react'];
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify(
    {
      name: 'scratch',
      private: true,
      type: 'module',
      dependencies: tarballs,
      devDependencies: Object.fromEntries(consumerDevDependencies.map((name) => [name, rootPackage.devDependencies[name]])),
    },
    null,
    2,
  ),
);
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: scratch, stdio: 'inherit' });

const installed = (name, ...path) => join(scratch, 'node_modules', name, ...path);

/**
 * Every specifier a package exports, `*` patterns expanded against the installed files:
 * `{ specifier, typed }`, where `typed` says it is JavaScript with a `types` condition.
 */
function exportedSpecifiers(pkg) {
  const specifiers = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? { '.': pkg.main })) {
    const file = typeof target === 'string' ? target : target.default;
    const typed = typeof target === 'object' && 'types' in target;
    const specifier = (name) => `${pkg.name}${subpath.slice(1).replace('*', name)}`;
    if (!subpath.includes('*')) {
      specifiers.push({ specifier: specifier(''), typed });
      continue;
    }
    // "./*.js" -> "./dist/*/define.js": each folder (or file) that fills the "*".
    const [before, after] = file.split('*');
    const dir = installed(pkg.name, before);
    const names = existsSync(dir) ? readdirSync(dir).filter((name) => existsSync(join(dir, `${name}${after}`)) || name.endsWith(after)) : [];
    if (!names.length) specifiers.push({ specifier: specifier('*'), typed, missing: true });
    for (const name of names) specifiers.push({ specifier: specifier(name.endsWith(after) ? name.slice(0, -after.length) : name), typed });
  }
  return specifiers;
}

const require = createRequire(join(scratch, 'package.json'));
const entries = Object.fromEntries(packages.map((pkg) => [pkg.name, exportedSpecifiers(pkg)]));
for (const pkg of packages) {
  const unresolved = entries[pkg.name].filter(({ specifier, missing }) => {
    if (missing) return true;
    try {
      require.resolve(specifier);
      return false;
    } catch {
      return true;
    }
  });
  check(
    `${pkg.name}: all ${entries[pkg.name].length} exported subpaths resolve to files in the tarball`,
    unresolved.length === 0,
    unresolved.map(({ specifier }) => specifier).join(', '),
  );
}

// Every JavaScript entry with types, type-checked as a consumer would import it.
const isTestHelpers = (specifier) => specifier.endsWith('/testing.js');
const typedImports = Object.values(entries)
  .flat()
  .filter(({ typed, specifier }) => typed && !isTestHelpers(specifier))
  .map(({ specifier }, i) => `export * as entry${i} from '${specifier}';`);
writeFileSync(
  join(scratch, 'src', 'entries.ts'),
  `${typedImports.join('\n')}\nconst input: HTMLElementTagNameMap['kith-text-input'] = document.createElement('kith-text-input');\ninput.label = 'Typed';\n`,
);
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] }, include: ['src/entries.ts'] }),
);
try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
  check(`all ${typedImports.length} typed entry points resolve with their types in a strict TypeScript project`, true);
} catch (error) {
  check(`all ${typedImports.length} typed entry points resolve with their types in a strict TypeScript project`, false, error.stdout);
}

// Every element the installed manifests list.
const tags = packages
  .filter((pkg) => pkg.customElements)
  .flatMap((pkg) => JSON.parse(readFileSync(installed(pkg.name, pkg.customElements), 'utf8')).modules.flatMap((module) => module.declarations ?? []))
  .map((declaration) => declaration.tagName)
  .filter(Boolean);
check(`the installed manifests list elements (${tags.length})`, tags.length > 0);

// A page that imports every JavaScript entry except @kith/all (it would define every element a second time)
// and the test helpers.
const runtimeImports = Object.values(entries)
  .flat()
  .filter(({ specifier }) => /\.js$|^@kith\/[^/]+$/.test(specifier) && !specifier.startsWith('@kith/all') && !isTestHelpers(specifier))
  .map(({ specifier }) => `import '${specifier}';`);
writeFileSync(
  join(scratch, 'index.html'),
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Scratch</title></head>
<body><main><form><kith-text-input name="child-name" label="Child's full name" hint="As on their birth certificate" required></kith-text-input></form></main>
<script type="module" src="./src/main.js"></script></body></html>`,
);
writeFileSync(join(scratch, 'src', 'main.js'), `${runtimeImports.join('\n')}\nimport { setLocale } from '@kith/core';\nwindow.kithSetLocale = setLocale;\n`);
await build({ root: scratch, logLevel: 'error', configFile: false, build: { outDir: 'dist' } });

// The single file, as a page without a build step would use it.
const single = join(work, 'single');
mkdirSync(single);
for (const file of ['kith.js', 'tokens.css']) writeFileSync(join(single, file), readFileSync(installed('@kith/all', 'dist', file)));
writeFileSync(
  join(single, 'index.html'),
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Single file</title><link rel="stylesheet" href="tokens.css">
<script type="module">import { setLocale } from './kith.js'; window.kithSetLocale = setLocale;</script></head>
<body><main><form><kith-text-input name="child-name" label="Child's full name" hint="As on their birth certificate" required></kith-text-input></form></main></body></html>`,
);

const servers = [];
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
try {
  for (const [what, folder] of [
    ['every installed entry point', join(scratch, 'dist')],
    ["@kith/all's kith.js alone", single],
  ]) {
    // Closed after the browser: a server waits for the browser's open connections to end.
    const server = await serveStatic(folder);
    servers.push(server);
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.kithSetLocale && document.querySelector('kith-text-input').shadowRoot?.querySelector('input'), { timeout: 15_000 });
    const undefinedTags = await page.evaluate((names) => names.filter((name) => !customElements.get(name)), tags);
    check(`${what}: every element in the manifests is defined`, undefinedTags.length === 0, undefinedTags.join(', '));
    const snapshot = await page.accessibility.snapshot();
    const find = (node) => (node.role === 'textbox' ? node : (node.children ?? []).map(find).find(Boolean));
    const textbox = find(snapshot);
    check(
      `${what}: the text box is named by its label and described by its hint in the accessibility tree`,
      textbox?.name === "Child's full name" && textbox?.description === 'As on their birth certificate',
      JSON.stringify(textbox),
    );
    await page.evaluate(async () => {
      const field = document.querySelector('kith-text-input');
      await window.kithSetLocale('cy');
      field.reportValidity();
      await field.updateComplete;
    });
    const message = await page.evaluate(() => document.querySelector('kith-text-input').shadowRoot.querySelector('[part="error-message"]')?.textContent.replace(/\s+/g, ' ').trim());
    check(`${what}: it switches to Welsh from the packed translations`, message === "Gwall: Rhowch ateb ar gyfer ‘child's full name’", message);
    check(`${what}: no page errors`, errors.length === 0, errors.join('; '));
    await page.close();
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'pack.json'), JSON.stringify(results));
console.log(`Pack test: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);

// Proves the published packages work outside this repo: `npm pack` each package, install
// the tarballs into a scratch project, type-check an import of every entry, bundle a page
// with Vite and check in Chromium that the elements render, label their controls and
// switch to Welsh.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const work = join(root, '.tmp', 'pack-test');
const results = { passed: 0, failed: 0, skipped: 0 };
function check(name, ok, detail = '') {
  if (ok) results.passed++;
  else results.failed++;
  console.log(`${ok ? '✓' : '✗'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
}

rmSync(work, { recursive: true, force: true });
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
  tarballs[pkg.name] = `file:./tarballs/${filename}`;
  const paths = files.map((f) => f.path);
  check(`${pkg.name} tarball has dist, README and no sources or tests`, paths.includes('README.md') && paths.some((p) => p.startsWith('dist/')) && !paths.some((p) => p.startsWith('src/') || p.endsWith('.test.js')), paths.slice(0, 8).join(', '));
  if (pkg.customElements) check(`${pkg.name} tarball has custom-elements.json`, paths.includes('custom-elements.json'));
}

const scratch = join(work, 'app');
mkdirSync(join(scratch, 'src'), { recursive: true });
writeFileSync(
  join(scratch, 'package.json'),
  JSON.stringify({ name: 'scratch', private: true, type: 'module', dependencies: Object.fromEntries(Object.entries(tarballs).map(([n, t]) => [n, t.replace('./', '../')])) }, null, 2),
);
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: scratch, stdio: 'inherit' });

// Every entry point a consumer may import resolves with types.
const entryImports = packages.flatMap((pkg) => {
  const dir = join(scratch, 'node_modules', pkg.name, 'dist');
  const defines = readdirSync(dir).filter((name) => existsSync(join(dir, name, 'define.js')));
  return [`export * as ${pkg.name.replace('@kith/', '')} from '${pkg.name}';`, ...defines.map((name) => `import '${pkg.name}/${name}.js';`)];
});
writeFileSync(join(scratch, 'src', 'entries.ts'), `${entryImports.join('\n')}\nconst input: HTMLElementTagNameMap['kith-text-input'] = document.createElement('kith-text-input');\ninput.label = 'Typed';\n`);
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: [] }, include: ['src/entries.ts'] }),
);
try {
  execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: scratch, encoding: 'utf8' });
  check('every entry point resolves with its types in a strict TypeScript project', true);
} catch (error) {
  check('every entry point resolves with its types in a strict TypeScript project', false, error.stdout);
}

writeFileSync(
  join(scratch, 'index.html'),
  `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Scratch</title></head>
<body><main><form><kith-text-input name="child-name" label="Child's full name" hint="As on their birth certificate" required></kith-text-input></form></main>
<script type="module" src="./src/main.js"></script></body></html>`,
);
writeFileSync(join(scratch, 'src', 'main.js'), `import '@kith/forms';\nimport { setLocale } from '@kith/core';\nwindow.kithSetLocale = setLocale;\n`);
await build({ root: scratch, logLevel: 'error', configFile: false, build: { outDir: 'dist' } });

const server = await serveStatic(join(scratch, 'dist'));
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('kith-text-input') && document.querySelector('kith-text-input').shadowRoot?.querySelector('input'));
  check('the installed @kith/forms registers and renders kith-text-input', true);
  const snapshot = await page.accessibility.snapshot();
  const find = (node) => (node.role === 'textbox' ? node : (node.children ?? []).map(find).find(Boolean));
  const textbox = find(snapshot);
  check(
    'its text box is named by its label and described by its hint in the accessibility tree',
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
  check('it switches to Welsh from the packed translations', message === "Gwall: Rhowch ateb ar gyfer ‘child's full name’", message);
  check('no page errors', errors.length === 0, errors.join('; '));
} finally {
  await browser.close();
  await server.close();
}

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'pack.json'), JSON.stringify(results));
console.log(`Pack test: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);

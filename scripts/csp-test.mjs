// Renders every story of every Kith package on a page served with a strict Content
// Security Policy and Trusted Types (test-pages/csp/), and fails on any violation.
import { build } from 'vite';
import { defaultClientConditions } from 'vite';
import { join, resolve } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

// Lit creates its templates through the Trusted Types policy "lit-html"; Kith needs no other.
export const KITH_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.tmp', 'csp-page');
await build({
  configFile: false,
  logLevel: 'error',
  root: join(root, 'test-pages', 'csp'),
  resolve: { conditions: ['kith-source', ...defaultClientConditions] },
  build: { outDir, emptyOutDir: true, modulePreload: { polyfill: false }, assetsInlineLimit: 0 },
});

const server = await serveStatic(outDir, { headers: { 'content-security-policy': KITH_CSP } });
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const page = await browser.newPage();
  const consoleProblems = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
  await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.kithRenderAll, { timeout: 30_000 });
  const { results, violations } = await page.evaluate(() => window.kithRenderAll());
  for (const result of results) {
    const own = violations.filter((v) => v.story === result.story);
    const ok = result.rendered && own.length === 0;
    if (ok) counts.passed++;
    else {
      counts.failed++;
      console.error(`✗ ${result.story}: ${result.error ?? (result.rendered ? '' : 'nothing rendered')} ${own.map((v) => `${v.directive} blocked ${v.blocked} ${v.sample}`).join('; ')}`);
    }
  }
  // Proof that the policy is really enforced on this page: a raw string into an HTML sink is refused.
  const enforced = await page.evaluate(() => {
    try {
      // eslint-disable-next-line no-restricted-syntax -- the point: Trusted Types must refuse this
      document.createElement('div').innerHTML = '<b>raw</b>';
      return false;
    } catch (error) {
      return error instanceof TypeError;
    }
  });
  if (enforced) counts.passed++;
  else {
    counts.failed++;
    console.error('✗ the page accepted a raw string into innerHTML: Trusted Types are not enforced');
  }
  consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((text) => !text.includes('raw')));
  const pageLevel = consoleProblems.length === 0 && violations.every((v) => v.story);
  if (pageLevel) counts.passed++;
  else {
    counts.failed++;
    console.error(`✗ page-level CSP problems:\n  ${consoleProblems.join('\n  ')}`);
  }
  console.log(`CSP: ${results.length} stories rendered under "${KITH_CSP}"`);
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'csp.json'), JSON.stringify(counts));
console.log(`Strict CSP and Trusted Types: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);

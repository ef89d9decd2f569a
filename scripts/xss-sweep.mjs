// Runs test-pages/xss in Chromium with NO CSP, so an injection would really execute:
// every string attribute, property and slot of every element gets every payload, and every
// string field of chronology entries and consent records gets every payload, one field at a time.
// Then every attribute and property of every element gets bad values that are not attacks
// (out of range, not a date, broken JSON, a megabyte of text, emoji, right-to-left text): each
// element must still render with no error reaching the page (test-pages/xss/bad-values.ts).
import { build, defaultClientConditions } from 'vite';
import { join, resolve } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, '.tmp', 'xss-page');
await build({
  configFile: false,
  logLevel: 'error',
  root: join(root, 'test-pages', 'xss'),
  resolve: { conditions: ['kith-source', ...defaultClientConditions] },
  build: { outDir, emptyOutDir: true },
});
const server = await serveStatic(outDir);
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
const counts = { passed: 0, failed: 0, skipped: 0 };
try {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.kithXssSweep, { timeout: 30_000 });
  const { results, data, badValues, ran, navigated, detectorWorks } = await page.evaluate(() => window.kithXssSweep());
  let tried = 0;
  for (const { element, tried: n, problems } of results) {
    tried += n;
    if (problems.length) {
      counts.failed++;
      console.error(`✗ ${element}:\n  ${[...new Set(problems)].slice(0, 10).join('\n  ')}`);
    } else counts.passed++;
  }
  for (const { element, payloads, fields, displayedFields, notDisplayed, tried: n, problems } of data) {
    tried += n;
    if (problems.length) {
      counts.failed++;
      console.error(`✗ ${element} (data fields):\n  ${[...new Set(problems)].slice(0, 10).join('\n  ')}`);
    } else counts.passed++;
    console.log(`  ${element}: ${payloads} payloads × ${fields} string fields (${displayedFields} displayed) = ${n} renders`);
    if (notDisplayed.length && displayedFields) console.log(`    not displayed as text: ${notDisplayed.join(', ')}`);
  }
  let badTried = 0;
  for (const { element, tried: n, problems } of badValues) {
    badTried += n;
    if (problems.length) {
      counts.failed++;
      console.error(`✗ ${element} (bad values):\n  ${[...new Set(problems)].slice(0, 10).join('\n  ')}`);
    } else counts.passed++;
  }
  console.log(`Bad-value sweep: ${badValues.length} elements, ${badTried} renders, every attribute and property`);
  const global = [detectorWorks ? '' : 'the detector missed a planted unsafe link and handler', ran ? `a payload ran (${ran})` : '', navigated ? 'the page navigated' : '', ...dialogs.map((d) => `dialog: ${d}`)].filter(Boolean);
  if (global.length) {
    counts.failed++;
    console.error(`✗ ${global.join('; ')}`);
  } else counts.passed++;
  console.log(`XSS sweep: ${results.length} elements by attribute, property and slot, ${data.length} elements field by field; ${tried} element instances with payloads; no script ran: ${!ran}`);
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'xss.json'), JSON.stringify(counts));
console.log(`XSS and bad-value sweep: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);

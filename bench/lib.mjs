// Shared bench helpers: a headless Chromium on a loopback server, statistics and output.
import puppeteer from 'puppeteer-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBrowser, BROWSER_ARGS } from '../scripts/find-browser.mjs';
import { serveStatic } from '../scripts/static-server.mjs';

const root = resolve(import.meta.dirname, '..');

export async function launchBench(folder, pagePath) {
  const server = await serveStatic(folder);
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${server.url}/${pagePath}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench);
  return { page, browser, server, close: async () => (await browser.close(), await server.close()) };
}

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** One table row: the subject against its baseline, with the ratio of medians. */
export function summarise(measure, subject, baseline) {
  const a = stats(subject);
  const b = stats(baseline);
  return { measure, subject: a, baseline: b, ratio: a.median / b.median };
}

const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;

export function printTable(title, [subjectName, baselineName], rows) {
  console.log(`\n### ${title}\nmedian (min–max) in ms over n runs\n`);
  console.log(`| measure | n | ${subjectName} | ${baselineName} | ratio |`);
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) console.log(`| ${row.measure} | ${row.subject.n} | ${ms(row.subject)} | ${ms(row.baseline)} | ${row.ratio.toFixed(2)}× |`);
}

export function writeResults(name, data) {
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ measuredAt: new Date().toISOString(), ...data }, null, 2));
}

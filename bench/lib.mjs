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

/** Trace categories that give the renderer's tasks with their thread time, and the page's performance marks. */
export const CPU_TRACE_CATEGORIES = ['blink.user_timing', 'disabled-by-default-devtools.timeline', '__metadata'];

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

/** The events of a trace from puppeteer's `page.tracing.stop()`. */
export const traceEvents = (trace) => JSON.parse(new TextDecoder().decode(trace)).traceEvents;

/**
 * Main-thread CPU time of the renderer between two performance marks, from a trace's events:
 * the sum of the thread time of every task that ran in between. On a busy machine wall time
 * also counts time the page waited for a CPU; this does not, so the ratio stays honest.
 */
export function cpuBetween(events, startMark, endMark) {
  const mark = (name) => events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  const start = mark(startMark);
  const end = mark(endMark);
  if (!start || !end) return Number.NaN;
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.pid === start.pid);
  let total = 0;
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X' || event.pid !== start.pid || event.tid !== main?.tid) continue;
    if (event.ts + event.dur < start.ts || event.ts > end.ts) continue;
    total += event.tdur ?? event.dur;
  }
  return total / 1000;
}

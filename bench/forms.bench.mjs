// Bench: 100 kith-text-input fields against the same 100 fields as plain HTML with
// equivalent CSS, in one browser session: render→paint and keystroke→frame.
import { build } from 'vite';
import { join, resolve } from 'node:path';
import { launchBench, summarise, printTable, writeResults } from './lib.mjs';

const root = resolve(import.meta.dirname, '..');
const FIELDS = 100;
const RUNS = 15;
const KEYSTROKES = 30;

export async function run() {
  const outDir = join(root, '.tmp', 'bench-forms');
  await build({ configFile: false, logLevel: 'error', root: join(root, 'bench', 'pages'), build: { outDir, emptyOutDir: true, rolldownOptions: { input: join(root, 'bench', 'pages', 'forms.html') } } });
  const { page, close } = await launchBench(outDir, 'forms.html');
  const samples = { plain: { render: [], keystroke: [] }, kith: { render: [], keystroke: [] } };
  try {
    await page.evaluate((n) => window.bench.render('kith', n), FIELDS); // warm-up: definitions and caches
    for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      // Alternate the order so neither side always runs on a warmer page.
      const order = runIndex % 2 ? ['kith', 'plain'] : ['plain', 'kith'];
      for (const mode of order) samples[mode].render.push(await page.evaluate((m, n) => window.bench.render(m, n), mode, FIELDS));
    }
    for (const mode of ['plain', 'kith']) {
      await page.evaluate((m, n) => window.bench.render(m, n), mode, FIELDS);
      await page.evaluate((m, n) => window.bench.focusMiddle(m, n), mode, FIELDS);
      for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.type('a');
      await page.waitForFunction((n) => window.keystrokeTimes.length >= n, {}, KEYSTROKES);
      samples[mode].keystroke = await page.evaluate(() => window.keystrokeTimes);
    }
  } finally {
    await close();
  }
  const rows = [
    summarise(`render→paint, ${FIELDS} fields`, samples.kith.render, samples.plain.render),
    summarise('keystroke→frame', samples.kith.keystroke, samples.plain.keystroke),
  ];
  printTable('Forms: kith-text-input vs plain HTML', ['Kith', 'plain HTML'], rows);
  writeResults('forms', { fields: FIELDS, runs: RUNS, keystrokes: KEYSTROKES, rows });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

// Bench: 100 text fields as kith-text-input, as GOV.UK Frontend markup+CSS, as Shoelace
// sl-input and as plain HTML with equivalent CSS, in one browser session:
// render→paint, keystroke→frame (warm, all on one page) and cold load (one page each).
// Then a 100-field case form mixing text inputs, textareas, date inputs, radios, checkboxes
// and selects, as Kith elements and as plain HTML with equivalent CSS, in the same session,
// by wall time and (in separate traced runs) by the renderer main thread's CPU time.
import { build } from 'vite';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBench, summarise, printTable, writeResults, CPU_TRACE_CATEGORIES, cpuBetween, traceEvents } from './lib.mjs';

const root = resolve(import.meta.dirname, '..');
const FIELDS = 100;
const RUNS = 15;
const KEYSTROKES = 60;
const COLD_RUNS = 10;
/** Traced runs of the mixed form, after the untraced ones: tracing slows a page, so wall time is never read from them. */
const CPU_RUNS = 9;
const LIBRARIES = ['kith', 'govuk', 'shoelace', 'plain'];
const MIXED = ['kith-mixed', 'plain-mixed'];
const WARM = [...LIBRARIES, ...MIXED];

export async function run() {
  const pages = join(root, 'bench', 'pages');
  const outDir = join(root, '.tmp', 'bench-forms');
  const input = Object.fromEntries(readdirSync(pages).filter((f) => /^(forms|cold-.*)\.html$/.test(f)).map((f) => [f.replace('.html', ''), join(pages, f)]));
  await build({ configFile: false, logLevel: 'error', root: pages, build: { outDir, emptyOutDir: true, cssMinify: false, rolldownOptions: { input } } });
  const { page, browser, server, close } = await launchBench(outDir, 'forms.html');
  const samples = Object.fromEntries(WARM.map((lib) => [lib, { render: [], keystroke: [], cold: [], renderCpu: [], keystrokeCpu: [] }]));
  /** Runs `action` under a trace and returns the trace's events. */
  const traced = async (action) => {
    await page.tracing.start({ categories: CPU_TRACE_CATEGORIES });
    await action();
    return traceEvents(await page.tracing.stop());
  };
  const typeKeystrokes = async (lib) => {
    await page.evaluate((m, n) => window.bench.render(m, n), lib, FIELDS);
    // The middle field is a text box in both forms (see mixed-fields.js).
    await page.evaluate((n) => window.bench.focusMiddle(n), FIELDS);
    // One key at a time, as a person types: keys sent in a burst would queue behind each
    // other's frames and measure the queue. Each waits a different part of a 60 Hz frame after
    // the last one painted (the same pattern for every form), so keys land all through the frame.
    for (let i = 1; i <= KEYSTROKES; i++) {
      await page.keyboard.type('a');
      await page.evaluate((n) => window.bench.keystrokesPainted(n), i);
      await new Promise((resolve) => setTimeout(resolve, (i * 7) % 17));
    }
  };
  try {
    for (const lib of WARM) await page.evaluate((m, n) => window.bench.render(m, n), lib, FIELDS); // warm-up
    for (let runIndex = 0; runIndex < RUNS; runIndex++) {
      // Rotate the order so no library always runs first on a cooler page.
      const order = WARM.map((_, i) => WARM[(i + runIndex) % WARM.length]);
      for (const lib of order) samples[lib].render.push(await page.evaluate((m, n) => window.bench.render(m, n), lib, FIELDS));
    }
    for (const lib of WARM) {
      await typeKeystrokes(lib);
      samples[lib].keystroke = await page.evaluate(() => window.keystrokeTimes);
    }
    // Renderer main-thread CPU for the mixed form, which the targets are about.
    for (let runIndex = 0; runIndex < CPU_RUNS; runIndex++) {
      for (const lib of runIndex % 2 ? [...MIXED].reverse() : MIXED) {
        const events = await traced(() => page.evaluate((m, n) => window.bench.render(m, n), lib, FIELDS));
        samples[lib].renderCpu.push(cpuBetween(events, 'render-start', 'render-painted'));
      }
    }
    for (const lib of MIXED) {
      const events = await traced(() => typeKeystrokes(lib));
      for (let key = 1; key <= KEYSTROKES; key++) samples[lib].keystrokeCpu.push(cpuBetween(events, `key-${key}-start`, `key-${key}-painted`));
    }
    const cold = await browser.newPage();
    await cold.setCacheEnabled(false);
    for (let runIndex = 0; runIndex < COLD_RUNS; runIndex++) {
      for (const lib of LIBRARIES) {
        await cold.goto(`${server.url}/cold-${lib}.html`, { waitUntil: 'load' });
        await cold.waitForFunction(() => window.coldLoaded);
        samples[lib].cold.push(await cold.evaluate(() => window.coldLoaded));
      }
    }
  } finally {
    await close();
  }
  const rows = [];
  for (const [measure, key] of [[`render→paint, ${FIELDS} fields`, 'render'], ['keystroke→frame', 'keystroke'], ['cold load to painted', 'cold']]) {
    for (const baseline of ['plain', 'govuk', 'shoelace']) {
      rows.push({ ...summarise(`${measure}: Kith vs ${baseline}`, samples.kith[key], samples[baseline][key]) });
    }
  }
  printTable('Forms: 100 text fields (Kith vs plain HTML, GOV.UK Frontend, Shoelace)', ['Kith', 'baseline'], rows);
  const mixedRows = [
    summarise(`render→paint, ${FIELDS} mixed fields: Kith vs plain (target ≤ 1.3×)`, samples['kith-mixed'].render, samples['plain-mixed'].render),
    summarise('keystroke→frame in the mixed form: Kith vs plain (target ≤ 1.1×)', samples['kith-mixed'].keystroke, samples['plain-mixed'].keystroke),
    summarise(`render→paint, ${FIELDS} mixed fields, renderer CPU: Kith vs plain`, samples['kith-mixed'].renderCpu, samples['plain-mixed'].renderCpu),
    summarise('keystroke→frame in the mixed form, renderer CPU: Kith vs plain', samples['kith-mixed'].keystrokeCpu, samples['plain-mixed'].keystrokeCpu),
  ];
  printTable('Forms: a 100-field case form mixing text inputs, textareas, dates, radios, checkboxes and selects (Kith vs plain HTML)', ['Kith', 'plain'], mixedRows);
  writeResults('forms', { fields: FIELDS, runs: RUNS, keystrokes: KEYSTROKES, coldRuns: COLD_RUNS, cpuRuns: CPU_RUNS, rows, mixedRows });
  return [...rows, ...mixedRows];
}

if (import.meta.url === `file://${process.argv[1]}`) await run();

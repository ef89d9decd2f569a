// Chronology bench: <kith-chronology> against the same entries as MOJ Frontend timeline
// markup (with GOV.UK Frontend and MOJ Frontend CSS), in the same headless Chromium, in the
// same run, so the ratio holds on a noisy machine.
//
//   node bench/chronology.bench.mjs [--sizes 1000,10000,100000] [--runs 5] [--quick]
//
// Measures, per size: render→paint (setting .entries, or building the MOJ DOM, until the
// next frame has painted), filter→paint for a facet filter and a text search, and the long
// tasks (PerformanceObserver 'longtask') inside each phase, and memory once rendered (JS heap
// after a garbage collection, DOM nodes). Prints a markdown table and
// writes bench/results/chronology.json.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from '../scripts/find-browser.mjs';
import { CPU_TRACE_CATEGORIES, cpuBetween, traceEvents } from './lib.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '7' },
    quick: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const runsFor = (size, impl) => {
  if (args.quick) return 2;
  const runs = Number(args.runs);
  // A 100,000-item MOJ page takes about 20 s to paint; fewer runs keep the bench under ten minutes.
  if (size >= 100_000) return impl === 'moj' ? 2 : Math.min(runs, 5);
  return runs;
};

/** Targets from the issue: Kith ÷ MOJ at 10,000 entries, and the longest task at 100,000. */
const TARGETS = { renderRatio: 0.02, filterRatio: 0.05, longTaskMs: 200 };

async function bundle(dir) {
  await build({
    entryPoints: { kith: join(root, 'bench/chronology-page-kith.mjs'), moj: join(root, 'bench/chronology-page-moj.mjs') },
    bundle: true,
    format: 'esm',
    minify: true,
    outdir: dir,
    conditions: ['kith-source'],
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

function page(title, head, body, script) {
  return `<!doctype html><html lang="en-GB" class="govuk-template"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main">${body}</main></div>
<script type="module" src="${script}"></script></body></html>`;
}

function serve(dir) {
  const css = {
    '/govuk-frontend.min.css': join(root, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css'),
    '/moj-frontend.min.css': join(root, 'node_modules/@ministryofjustice/frontend/moj/moj-frontend.min.css'),
  };
  const pages = {
    '/kith.html': page('Kith chronology', '', '<h1>Chronology</h1><kith-chronology></kith-chronology>', '/kith.js'),
    '/moj.html': page(
      'MOJ timeline',
      '<link rel="stylesheet" href="/govuk-frontend.min.css"><link rel="stylesheet" href="/moj-frontend.min.css">',
      '<h1 class="govuk-heading-l">Chronology</h1>',
      '/moj.js',
    ),
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    if (pages[path]) return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
    if (css[path]) return response.writeHead(200, { 'content-type': 'text/css' }).end(readFileSync(css[path]));
    if (path === '/kith.js' || path === '/moj.js') {
      return response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(join(dir, path)));
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const stats = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

async function runOnce(browser, origin, impl, size, renderAll) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  tab.setDefaultTimeout(900_000);
  const phase = async (name, call, argument) => {
    // Collect garbage from the previous step first, on both sides alike, so it does not land in this one.
    await tab.evaluate(() => window.gc());
    await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    await tab.tracing.start({ categories: CPU_TRACE_CATEGORIES });
    const result = await tab.evaluate((method, value) => window.bench[method](value), call, argument);
    const trace = await tab.tracing.stop();
    return { ...result, cpuMs: cpuBetween(traceEvents(trace), `${name}-start`, `${name}-painted`) };
  };
  try {
    await tab.goto(`${origin}/${impl}.html`, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.benchReady === true);
    await tab.evaluate((count) => window.bench.prepare(count), size);
    const render = await phase('render', 'render', renderAll);
    // Memory once rendered: the JS heap after a collection, and the DOM nodes the page holds.
    await tab.evaluate(() => window.gc());
    const { JSHeapUsedSize, Nodes } = await tab.metrics();
    render.heapMb = JSHeapUsedSize / 1_048_576;
    render.nodes = Nodes;
    await tab.evaluate(() => window.bench.beforeFilter?.());
    const filters = {};
    // Each filter replaces the one before, on both sides.
    for (const name of ['facet', 'text']) filters[name] = await phase(`filter-${name}`, 'filter', name);
    return { render, filters };
  } finally {
    await tab.close();
  }
}

async function main() {
  const executablePath = findBrowser();
  const dir = mkdtempSync(join(tmpdir(), 'kith-chronology-bench-'));
  await bundle(dir);
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath, headless: true, args: [...BROWSER_ARGS, '--js-flags=--expose-gc'], protocolTimeout: 900_000 });
  const results = { sizes: {}, targets: TARGETS };
  try {
    for (const size of sizes) {
      const variants = [
        ['kith', false],
        ['moj', false],
      ];
      if (size <= 10_000) variants.push(['kith', true]);
      const samples = {};
      for (const [impl, renderAll] of variants) {
        const key = renderAll ? 'kith-render-all' : impl;
        samples[key] = [];
        for (let run = 0; run < runsFor(size, impl); run++) {
          samples[key].push(await runOnce(browser, origin, impl, size, renderAll));
          const last = samples[key].at(-1);
          process.stderr.write(
            `${size} ${key} run ${run + 1}: render ${last.render.ms.toFixed(1)} ms (cpu ${last.render.cpuMs.toFixed(1)}), facet ${last.filters.facet.ms.toFixed(1)}, text ${last.filters.text.ms.toFixed(1)}\n`,
          );
        }
      }
      const summary = {};
      for (const [key, list] of Object.entries(samples)) {
        summary[key] = {
          render: stats(list.map((s) => s.render.ms)),
          facet: stats(list.map((s) => s.filters.facet.ms)),
          text: stats(list.map((s) => s.filters.text.ms)),
          cpu: {
            render: stats(list.map((s) => s.render.cpuMs)),
            facet: stats(list.map((s) => s.filters.facet.cpuMs)),
            text: stats(list.map((s) => s.filters.text.cpuMs)),
          },
          maxLongTaskMs: {
            render: Math.max(...list.map((s) => s.render.maxLongTaskMs)),
            facet: Math.max(...list.map((s) => s.filters.facet.maxLongTaskMs)),
            text: Math.max(...list.map((s) => s.filters.text.maxLongTaskMs)),
          },
          memory: { heapMb: stats(list.map((s) => s.render.heapMb)), nodes: stats(list.map((s) => s.render.nodes)) },
          shown: { all: list[0].render.shown, rendered: list[0].render.rendered, facet: list[0].filters.facet.shown, text: list[0].filters.text.shown },
        };
      }
      const consistent = summary.kith.shown.facet === summary.moj.shown.facet && summary.kith.shown.text === summary.moj.shown.text;
      if (!consistent) throw new Error(`Kith and MOJ disagree on what a filter shows at ${size}: ${JSON.stringify([summary.kith.shown, summary.moj.shown])}`);
      results.sizes[size] = { summary, samples };
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  results.environment = {
    browser: await browserVersion(executablePath),
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverage: loadavg().map((value) => value.toFixed(1)).join(' '),
    date: new Date().toISOString(),
  };
  report(results);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, 'bench/results/chronology.json'), `${JSON.stringify(results, null, 2)}\n`);
}

async function browserVersion(executablePath) {
  const browser = await puppeteer.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const version = await browser.version();
  await browser.close();
  return version;
}

const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;

function report(results) {
  const lines = [
    `Chronology bench — ${results.environment.browser}, ${results.environment.cpus} CPU(s), load average ${results.environment.loadAverage}.`,
    'Wall: ms from the change to the painted frame. CPU: renderer main-thread CPU ms over the same span. Median (min–max).',
    '',
    '| Entries | Phase | Kith wall | MOJ wall | Kith ÷ MOJ (wall) | Kith CPU | MOJ CPU | Kith ÷ MOJ (CPU) | Target | Met (wall / CPU) |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|:---:|',
  ];
  const verdict = (ratio, target) => (ratio <= target ? 'yes' : 'NO');
  for (const [size, { summary }] of Object.entries(results.sizes)) {
    for (const [phase, target] of [['render', TARGETS.renderRatio], ['facet', TARGETS.filterRatio], ['text', TARGETS.filterRatio]]) {
      const wall = summary.kith[phase].median / summary.moj[phase].median;
      const cpu = summary.kith.cpu[phase].median / summary.moj.cpu[phase].median;
      const applies = Number(size) === 10_000;
      const label = phase === 'render' ? 'render→paint' : `filter→paint (${phase})`;
      lines.push(
        `| ${Number(size).toLocaleString('en-GB')} | ${label} | ${ms(summary.kith[phase])} | ${ms(summary.moj[phase])} | ${wall.toFixed(4)} | ${ms(summary.kith.cpu[phase])} | ${ms(summary.moj.cpu[phase])} | ${cpu.toFixed(4)} | ${applies ? `≤ ${target}` : '—'} | ${applies ? `${verdict(wall, target)} / ${verdict(cpu, target)}` : ''} |`,
      );
    }
  }
  lines.push('', '| Entries | Kith, longest task in ms: load / facet filter / text search | Target | Met |', '|---:|---|---:|:---:|');
  for (const [size, { summary }] of Object.entries(results.sizes)) {
    const tasks = summary.kith.maxLongTaskMs;
    const worst = Math.max(tasks.render, tasks.facet, tasks.text);
    const applies = Number(size) === 100_000;
    lines.push(
      `| ${Number(size).toLocaleString('en-GB')} | ${tasks.render.toFixed(0)} / ${tasks.facet.toFixed(0)} / ${tasks.text.toFixed(0)} | ${applies ? `≤ ${TARGETS.longTaskMs}` : '—'} | ${applies ? verdict(worst, TARGETS.longTaskMs) : ''} |`,
    );
  }
  lines.push('', '| Entries | JS heap after render, MB: Kith / MOJ | DOM nodes: Kith / MOJ |', '|---:|---:|---:|');
  for (const [size, { summary }] of Object.entries(results.sizes)) {
    const { kith, moj } = summary;
    lines.push(
      `| ${Number(size).toLocaleString('en-GB')} | ${kith.memory.heapMb.median.toFixed(1)} / ${moj.memory.heapMb.median.toFixed(1)} | ${kith.memory.nodes.median.toLocaleString('en-GB')} / ${moj.memory.nodes.median.toLocaleString('en-GB')} |`,
    );
  }
  const renderAll = Object.entries(results.sizes).filter(([, { summary }]) => summary['kith-render-all']);
  if (renderAll.length) {
    lines.push('', 'Kith with render-all (every entry in the DOM, for reading the whole list with a screen reader or find-in-page):', '');
    lines.push('| Entries | render→paint wall | Kith ÷ MOJ (wall) | CPU | Kith ÷ MOJ (CPU) | longest task |', '|---:|---:|---:|---:|---:|---:|');
    for (const [size, { summary }] of renderAll) {
      const all = summary['kith-render-all'];
      lines.push(
        `| ${Number(size).toLocaleString('en-GB')} | ${ms(all.render)} | ${(all.render.median / summary.moj.render.median).toFixed(3)} | ${ms(all.cpu.render)} | ${(all.cpu.render.median / summary.moj.cpu.render.median).toFixed(3)} | ${all.maxLongTaskMs.render.toFixed(0)} |`,
      );
    }
  }
  console.log(lines.join('\n'));
}

await main();

// Opens every story of the built Storybook (storybook-static/) in English and in Welsh
// and runs axe over it. Zero violations is the bar; a rule switched off says why.
// In English it also runs the checks axe cannot make (scripts/a11y-depth.mjs).
import puppeteer from 'puppeteer-core';
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';
import { depthChecks } from './a11y-depth.mjs';

const LOCALES = ['en-GB', 'cy'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];
// Page-level rules: a story is a fragment of a page, and the host service owns the page's
// landmarks and its one h1. Everything else, including colour contrast, is checked.
const PAGE_LEVEL_RULES = {
  region: { enabled: false },
  'landmark-one-main': { enabled: false },
  'page-has-heading-one': { enabled: false },
};

if (!existsSync('storybook-static/index.json')) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
// KITH_STORIES=chronology-chronology sweeps only the stories whose id starts with it (for development).
const only = process.env.KITH_STORIES ?? '';
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.id.startsWith(only));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Storybook's a11y addon owns window.axe; ours lives under its own name.
const ownAxe = `(() => { const theirs = window.axe; ${axeSource}; window.__kithAxe = window.axe; window.axe = theirs; })();`;

const server = await serveStatic('storybook-static');
// One browser per worker: a page that is not the front tab gets no animation frames.
const browsers = [];
const failures = [];
let passed = 0;

const settled = (storyId) => {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  return render?.id === storyId && ['completed', 'finished', 'errored', 'aborted'].includes(render.phase);
};

/**
 * Shows a story in an already-open preview through Storybook's own channel (no page
 * reload), then switches the locale if the story did not open in it.
 */
async function show(page, story, locale) {
  await page.evaluate((storyId) => {
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, story.id);
  await page.waitForFunction(settled, { timeout: 45_000, polling: 100 }, story.id);
  const forced = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.story?.storyGlobals?.locale);
  const expected = forced ?? locale;
  if ((await page.evaluate(() => document.documentElement.lang)) === expected) return;
  await page.evaluate((locale) => {
    window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale, theme: 'default' } });
  }, expected);
  await page.waitForFunction(
    (storyId, expected) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      const done = render?.id === storyId && ['completed', 'finished', 'errored', 'aborted'].includes(render.phase);
      return done && document.documentElement.lang === expected;
    },
    { timeout: 45_000, polling: 100 },
    story.id,
    expected,
  );
}

async function check(page, errors, story, locale) {
  errors.length = 0;
  try {
    await show(page, story, locale);
    const { phase, forcedLocale, lang } = await page.evaluate(() => {
      const render = window.__STORYBOOK_PREVIEW__.currentRender;
      return { phase: render.phase, forcedLocale: render.story?.storyGlobals?.locale, lang: document.documentElement.lang };
    });
    if (phase !== 'completed' && phase !== 'finished') throw new Error(`story did not render (phase ${phase})`);
    const expected = forcedLocale ?? locale;
    if (lang !== expected) throw new Error(`page language is ${lang}, expected ${expected}`);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // If the preview reloaded itself (it can, under load), axe must be put back.
    if (!(await page.evaluate(() => !!window.__kithAxe))) await page.evaluate(ownAxe);
    const violations = await page.evaluate(
      async (tags, rules) => {
        const results = await window.__kithAxe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: tags },
          rules,
        });
        return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      },
      TAGS,
      PAGE_LEVEL_RULES,
    );
    violations.push(...errors.map((message) => `page error: ${message}`));
    if (violations.length) failures.push({ story: story.id, locale, violations });
    else passed++;
    if (locale === 'en-GB') {
      for (const { check, problems } of await depthChecks(page)) {
        if (problems.length) failures.push({ story: story.id, locale: check, violations: problems });
        else passed++;
      }
    }
  } catch (error) {
    failures.push({ story: story.id, locale, violations: [String(error.message ?? error)] });
  }
}

async function openPreview() {
  const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
  browsers.push(browser);
  const [page] = await browser.pages();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/iframe.html?id=${stories[0].id}&viewMode=story`, { waitUntil: 'load' });
  // Any finished phase will do: this first story only opens the preview; each story is checked on its own.
  await page.waitForFunction(
    () => ['completed', 'finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
    { timeout: 90_000 },
  );
  await page.evaluate(ownAxe);
  return { page, errors };
}

const queue = stories.flatMap((story) => LOCALES.map((locale) => [story, locale]));
const workers = Array.from({ length: 2 }, async () => {
  const { page, errors } = await openPreview();
  while (queue.length) await check(page, errors, ...queue.shift());
  await page.close();
});
await Promise.all(workers);
await Promise.all(browsers.map((browser) => browser.close()));
await server.close();

for (const { story, locale, violations } of failures) {
  console.error(`✗ ${story} [${locale}]\n  ${violations.join('\n  ')}`);
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/stories.json', JSON.stringify({ passed, failed: failures.length, skipped: 0 }));
console.log(`Story sweep: ${stories.length} stories × ${LOCALES.length} locales (axe) + 3 depth checks each: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);

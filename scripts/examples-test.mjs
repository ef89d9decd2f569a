// Builds and drives every example in examples/ in Chromium, as a user would: fills fields by their
// accessible names, submits, and checks the data that was posted or emitted. The server rendering
// example is read with JavaScript off, then hydrated with it on. Writes test-results/examples.json.
//
// plain-html and ssr load the packages' dist (run `npm run build` first, as `npm test` does);
// the Vite apps are built from the packages' TypeScript source (the kith-source condition).
import { build, defaultClientConditions } from 'vite';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const outRoot = join(root, '.tmp', 'examples');
const counts = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

async function check(name, run) {
  try {
    await run();
    counts.passed++;
    console.log(`✓ ${name}`);
  } catch (error) {
    counts.failed++;
    console.log(`✗ ${name}\n    ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n    ')}`);
  }
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Builds a Vite example into .tmp/examples/<name> with its own config, from the packages' source. */
async function buildApp(name) {
  const outDir = join(outRoot, name);
  await build({
    configFile: join(root, 'examples', name, 'vite.config.js'),
    logLevel: 'error',
    resolve: { conditions: ['kith-source', ...defaultClientConditions] },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** A page that records uncaught errors and console errors, so every check can assert there were none. */
async function openPage(browser, { javaScript = true } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setJavaScriptEnabled(javaScript);
  const problems = [];
  await watchForProblems(page, problems);
  return { page, problems, close: () => context.close() };
}

/**
 * Tabs of one browser profile, as a user opens them: they share IndexedDB, BroadcastChannel and
 * Web Locks. Each call makes a new context, so no draft from an earlier check or run is in it.
 */
async function openTabs(browser) {
  const context = await browser.createBrowserContext();
  const problems = [];
  const newTab = async (url) => {
    const page = await context.newPage();
    await watchForProblems(page, problems);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  };
  return { newTab, problems, close: () => context.close() };
}

/** Sets the page's size and notes its uncaught errors, console errors and failed loads in `problems`. */
async function watchForProblems(page, problems) {
  await page.setViewport({ width: 1024, height: 900 });
  page.on('pageerror', (error) => problems.push(error.message));
  // Failed loads are reported with their URL below; the console's copy of them has none.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
  });
  page.on('requestfailed', (request) => problems.push(`${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.url()}: ${response.status()}`);
  });
}

const byName = (role, name) => `::-p-aria([name="${name}"][role="${role}"])`;

async function typeInto(page, role, name, text) {
  await page.locator(byName(role, name)).click();
  await page.keyboard.type(text);
}

/** Types a date into the Day, Month and Year boxes of the page's one date input, then leaves it. */
async function typeDate(page, day, month, year) {
  await typeInto(page, 'textbox', 'Day', day);
  await typeInto(page, 'textbox', 'Month', month);
  await typeInto(page, 'textbox', 'Year', year);
  await page.keyboard.press('Tab');
}

const shadowText = (page, selector) =>
  page.$eval(selector, (element) => element.shadowRoot.textContent.replace(/\s+/g, ' ').trim());

function assertNoProblems(problems) {
  if (problems.length) throw new Error(`page errors:\n      ${problems.join('\n      ')}`);
}

/** Every name and value in the page's accessibility tree, as a screen reader would meet them. */
async function accessibleText(page) {
  const names = [];
  const walk = (node) => {
    if (node.name) names.push(node.name);
    if (typeof node.value === 'string' && node.value) names.push(node.value);
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot());
  return names.join(' | ');
}

/** The border boxes of the page's Kith elements, to compare before and after hydration. */
const kithBoxes = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#app *')]
      .filter((element) => element.localName.startsWith('kith-'))
      .map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { tag: element.localName, x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
      }),
  );

async function plainHtml(browser) {
  if (!existsSync(join(root, 'packages', 'forms', 'dist', 'index.js'))) {
    throw new Error('packages/forms/dist is missing: run `npm run build` before the examples test');
  }
  const { startServer } = await import(pathToFileURL(join(root, 'examples', 'plain-html', 'server.mjs')).href);
  const server = await startServer();
  const { page, problems, close } = await openPage(browser);
  const posts = [];
  page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
  try {
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('kith-text-input') && customElements.get('kith-button'), { timeout: 15_000 });

    await check('plain-html: an empty required form is not posted, and says what to fix', async () => {
      await page.locator(byName('button', 'Send referral')).click();
      await page.waitForFunction(
        () => document.querySelector('kith-text-input').shadowRoot.textContent.includes("Enter child's full name"),
        { timeout: 5_000 },
      );
      expectEqual(posts.length, 0, 'posts');
    });

    await check('plain-html: the referral form posts every Kith value to its form action', async () => {
      await typeInto(page, 'textbox', "Child's full name", 'Ada Lovelace');
      await typeDate(page, '27', '3', '2015');
      await page.locator(byName('radio', 'Police')).click();
      await page.locator(byName('checkbox', 'Neglect')).click();
      await page.locator(byName('checkbox', 'Emotional harm')).click();
      await typeInto(page, 'textbox', 'Tell us what has happened', 'Ada told her teacher she is often left alone at night.');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(byName('button', 'Send referral')).click()]);
      expectEqual(new URL(page.url()).pathname, '/referral', 'posted to');
      const received = await page.$$eval('#received dt', (terms) => terms.map((dt) => [dt.textContent, dt.nextElementSibling.textContent]));
      expectEqual(
        received,
        [
          ['child-name', 'Ada Lovelace'],
          ['date-of-birth', '2015-03-27'],
          ['referrer', 'police'],
          ['concerns', 'neglect'],
          ['concerns', 'emotional'],
          ['details', 'Ada told her teacher she is often left alone at night.'],
        ],
        'the posted fields',
      );
      assertNoProblems(problems);
    });

    await oneRecordInTwoTabs(browser, server);
    await closedStraightAfterTyping(browser, server);
  } finally {
    await close();
    await server.close();
  }
}

/** What a text box holds, as a screen reader reads it: the value of the textbox of that name in the accessibility tree. */
async function textboxValue(page, name) {
  const found = [];
  const walk = (node) => {
    if (node.role === 'textbox' && node.name === name) found.push(node.value ?? '');
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot());
  if (found.length !== 1) throw new Error(`${found.length} text boxes named "${name}"`);
  return found[0];
}

/** Types at the end of what a text box holds, as someone adding to an answer does. */
async function typeAtEnd(page, name, text) {
  await page.locator(byName('textbox', name)).click();
  await page.keyboard.down('Control');
  await page.keyboard.press('End');
  await page.keyboard.up('Control');
  await page.keyboard.type(text);
}

/** Waits until every draft save and deletion the page's case form has started has landed, and it shows the outcome. */
const draftsSettled = (page) =>
  page.evaluate(async () => {
    const form = document.querySelector('kith-case-form');
    await form.draftSaved();
    await form.updateComplete;
  });

/** Waits for the draft banner with this heading, read from the accessibility tree. */
const bannerHeading = (page, heading) => page.waitForSelector(byName('heading', heading), { timeout: 10_000 });

/**
 * The visit page open in several tabs of one browser: separate documents and module state, one
 * IndexedDB, with BroadcastChannel and Web Locks between them. Nothing either tab saved is lost.
 */
async function oneRecordInTwoTabs(browser, server) {
  const url = `${server.url}/visit.html`;
  const { newTab, problems, close } = await openTabs(browser);
  const fromA = 'Seen at home with her mum. Maya said school is going well.';
  const fromB = ' Later she showed me her room, which was tidy.';
  const whoSaw = 'Sam Jones';
  let tabA, tabB, tabC, tabD;
  try {
    await check('plain-html: a draft saved in one tab is offered in a second tab of the same record, and restored there', async () => {
      tabA = await newTab(url);
      await typeInto(tabA, 'textbox', 'What happened', fromA);
      await tabA.waitForSelector('::-p-text(Draft saved at)', { timeout: 10_000 });
      tabB = await newTab(url);
      await bannerHeading(tabB, 'Unsaved answers');
      await tabB.locator(byName('button', 'Restore')).click();
      expectEqual(await textboxValue(tabB, 'What happened'), fromA, "tab B's What happened after Restore");
      await typeAtEnd(tabB, 'What happened', fromB);
      await tabB.waitForSelector('::-p-text(Draft saved at)', { timeout: 10_000 });
    });

    await check('plain-html: the first tab, used again, offers what the second saved instead of writing over it, and keeps its own answers on screen', async () => {
      await tabA.bringToFront();
      await typeInto(tabA, 'textbox', 'Who saw the child', whoSaw);
      await bannerHeading(tabA, 'Answers saved in another tab');
      await draftsSettled(tabA);
      expectEqual(
        [await textboxValue(tabA, 'What happened'), await textboxValue(tabA, 'Who saw the child')],
        [fromA, whoSaw],
        "tab A's answers on screen",
      );
    });

    await check("plain-html: a third tab, opened once the second is closed, offers the second tab's answers with the first tab's answer to a question the second left blank", async () => {
      await tabB.close();
      tabC = await newTab(url);
      await bannerHeading(tabC, 'Unsaved answers');
      await tabC.locator(byName('button', 'Restore')).click();
      expectEqual(
        [await textboxValue(tabC, 'What happened'), await textboxValue(tabC, 'Who saw the child')],
        [fromA + fromB, whoSaw],
        "tab C's answers after Restore",
      );
    });

    await check('plain-html: sending from one tab posts the answers once and deletes their draft; a tab left open with the banner can still discard it and save its own', async () => {
      await tabC.locator(byName('button', 'Send')).click();
      await tabC.waitForSelector('::-p-text(Visit recorded, reference 1.)', { timeout: 10_000 });
      await draftsSettled(tabC);
      expectEqual(server.visits, [{ 'what-happened': fromA + fromB, 'seen-by': whoSaw }], 'visits the server received');
      tabD = await newTab(url);
      await draftsSettled(tabD);
      if ((await accessibleText(tabD)).includes('Unsaved answers')) throw new Error('a fresh tab offers the draft of the visit that was sent');

      await tabA.bringToFront();
      await tabA.locator(byName('button', 'Discard')).click();
      await tabA.locator(byName('button', 'Yes, discard them')).click();
      await typeAtEnd(tabA, 'What happened', ' Mum was at home.');
      await draftsSettled(tabA);
      await tabD.bringToFront();
      await tabD.reload({ waitUntil: 'load' });
      await bannerHeading(tabD, 'Unsaved answers');
      await tabD.locator(byName('button', 'Restore')).click();
      expectEqual(
        [await textboxValue(tabD, 'What happened'), await textboxValue(tabD, 'Who saw the child')],
        [`${fromA} Mum was at home.`, whoSaw],
        "tab D's answers after Restore",
      );
      assertNoProblems(problems);
    });
  } finally {
    await close();
  }
}

/**
 * The visit page closed the moment the last words are typed, before the form's save could land: the
 * next tab opened on it still offers every word (the case form copies them at once as the page closes).
 */
async function closedStraightAfterTyping(browser, server) {
  const url = `${server.url}/visit.html`;
  await check('plain-html: a tab closed the moment the last words are typed loses none of them (5 tries)', async () => {
    for (let round = 1; round <= 5; round++) {
      const { newTab, problems, close } = await openTabs(browser);
      try {
        const typed = `Seen at home, round ${round}. She was asleep when I left.`;
        const first = await newTab(url);
        await draftsSettled(first);
        await typeInto(first, 'textbox', 'What happened', typed);
        await first.close();
        const next = await newTab(url);
        await bannerHeading(next, 'Unsaved answers');
        await next.locator(byName('button', 'Restore')).click();
        expectEqual(await textboxValue(next, 'What happened'), typed, `round ${round}: What happened in the next tab after Restore`);
        assertNoProblems(problems);
      } finally {
        await close();
      }
    }
  });
}

/** Every tag the packages' custom-elements.json files define. */
function manifestTags() {
  return readdirSync(join(root, 'packages'))
    .map((dir) => join(root, 'packages', dir, 'custom-elements.json'))
    .filter((file) => existsSync(file))
    .flatMap((file) => JSON.parse(readFileSync(file, 'utf8')).modules.flatMap((module) => module.declarations ?? []))
    .map((declaration) => declaration.tagName)
    .filter(Boolean);
}

/** `#5a2a82` -> `rgb(90, 42, 130)`, as getComputedStyle gives colours. */
function rgb(hex) {
  const [r, g, b] = hex.match(/^#(..)(..)(..)$/).slice(1).map((pair) => parseInt(pair, 16));
  return `rgb(${r}, ${g}, ${b})`;
}

/** A token's value in a generated stylesheet (tokens.css or a theme). */
function tokenIn(file, name) {
  const value = readFileSync(file, 'utf8').match(new RegExp(`${name}:\\s*([^;]+);`))?.[1];
  if (!value) throw new Error(`${name} is not in ${file}`);
  return value.trim();
}

async function singleFile(browser) {
  const bundleDir = join(root, 'packages', 'all', 'dist');
  if (!existsSync(join(bundleDir, 'kith.js'))) throw new Error('packages/all/dist is missing: run `npm run build` before the examples test');
  const { startServer } = await import(pathToFileURL(join(root, 'examples', 'single-file', 'server.mjs')).href);
  const server = await startServer();
  const { page, problems, close } = await openPage(browser);
  const scripts = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  const tags = manifestTags();
  try {
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('kith-chronology')?.shadowRoot?.textContent.includes('Maya seen alone'), { timeout: 15_000 });

    await check('single-file: kith.js alone, with no import map, defines every Kith element', async () => {
      expectEqual(scripts, ['/kith.js'], 'scripts the page loaded');
      expectEqual(await page.$('script[type="importmap"]'), null, 'import map');
      if (tags.length < 20) throw new Error(`only ${tags.length} tags in the manifests`);
      expectEqual(await page.evaluate((names) => names.filter((name) => !customElements.get(name)), tags), [], 'elements not defined');
    });

    await check("single-file: the example local authority's theme colours the button and sets the font", async () => {
      const themed = rgb(tokenIn(join(bundleDir, 'themes', 'example-la.css'), '--kith-color-button'));
      const standard = rgb(tokenIn(join(bundleDir, 'tokens.css'), '--kith-color-button'));
      if (themed === standard) throw new Error(`the theme does not change the button colour (${themed})`);
      const shown = await page.$eval('kith-button[type="submit"]', (button) => {
        const inner = button.shadowRoot.querySelector('[part="button"]');
        return { background: getComputedStyle(inner).backgroundColor, font: getComputedStyle(inner).fontFamily };
      });
      expectEqual(shown, { background: themed, font: tokenIn(join(bundleDir, 'themes', 'example-la.css'), '--kith-font-family-body') }, 'the submit button');
    });

    await check('single-file: the consent status and the chronology show the data the page gave them', async () => {
      const consent = await shadowText(page, 'kith-consent-status');
      if (!consent.includes('Consent given')) throw new Error(`consent status: ${consent}`);
      const chronology = await shadowText(page, 'kith-chronology');
      for (const expected of ['Showing 3 of 3 events', 'Referral from school about missed lessons', 'about February 2026']) {
        if (!chronology.includes(expected)) throw new Error(`"${expected}" is not in the chronology: ${chronology.slice(0, 300)}`);
      }
    });

    await check('single-file: an empty required field stops the form; a filled one submits its value', async () => {
      await page.locator(byName('button', 'Save note')).click();
      await page.waitForFunction(() => document.querySelector('kith-text-input').shadowRoot.textContent.includes('Enter title of the note'), { timeout: 5_000 });
      await typeInto(page, 'textbox', 'Title of the note', 'Home visit');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator(byName('button', 'Save note')).click()]);
      expectEqual(new URL(page.url()).search, '?note-title=Home+visit', 'submitted');
      await page.waitForFunction(() => customElements.get('kith-chronology'), { timeout: 15_000 });
    });

    await check('single-file: Cymraeg switches the elements to Welsh, with no other file loaded', async () => {
      scripts.length = 0;
      await page.locator(byName('button', 'Cymraeg')).click();
      await page.waitForFunction(() => document.documentElement.lang === 'cy', { timeout: 5_000 });
      const field = await page.evaluate(async () => {
        const input = document.querySelector('kith-text-input');
        input.reportValidity();
        await input.updateComplete;
        return input.shadowRoot.querySelector('[part="error-message"]').textContent.replace(/\s+/g, ' ').trim();
      });
      if (!field.startsWith('Gwall:')) throw new Error(`the error message is not in Welsh: ${field}`);
      const chronology = await shadowText(page, 'kith-chronology');
      if (chronology.includes('Showing 3 of 3 events')) throw new Error('the chronology is still in English');
      expectEqual(scripts, [], 'scripts loaded to switch language');
      assertNoProblems(problems);
    });
  } finally {
    await close();
    await server.close();
  }
}

/** Waits until an element's shadow root holds every one of `texts`. */
const waitForShadowText = (page, selector, texts) =>
  page.waitForFunction(
    (selector, texts) => {
      const text = document.querySelector(selector)?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '';
      return texts.every((expected) => text.includes(expected));
    },
    { timeout: 5_000 },
    selector,
    texts,
  );

/** The React app's consent status and chronology: props in from app state, events out to it. */
const reactCaseChecks = {
  async beforeSubmit(page) {
    await check('react-vite: the consent answer flows through app state into kith-consent-status', async () => {
      await waitForShadowText(page, 'kith-consent-status', ['None recorded']);
      await page.locator(byName('radio', 'Yes')).click();
      await waitForShadowText(page, 'kith-consent-status', ['Consent given']);
    });
    await check("react-vite: the chronology's filter event reaches the app, which keeps it in the address", async () => {
      await waitForShadowText(page, 'kith-chronology', ['Showing 2 of 2 events', 'Started at Hillside Primary School']);
      await typeInto(page, 'searchbox', 'Search events', 'health visitor');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'health visitor', { timeout: 5_000 });
      await waitForShadowText(page, 'kith-chronology', ['Showing 1 of 2 events']);
      for (let i = 0; i < 'health visitor'.length; i++) await page.keyboard.press('Backspace');
      await page.waitForFunction(() => !new URLSearchParams(location.search).has('q'), { timeout: 5_000 });
      await waitForShadowText(page, 'kith-chronology', ['Showing 2 of 2 events']);
    });
  },
  async afterSubmit(page) {
    await check("react-vite: a sent referral reaches the chronology through its entries prop", async () => {
      await waitForShadowText(page, 'kith-chronology', ['Showing 3 of 3 events', 'Referral received: Neglect', 'Police']);
    });
  },
};

/** The React and Vue apps: fill the form, watch the live summary, then submit. */
async function frameworkApp(browser, name, { fields, clear, beforeSubmit, afterSubmit }) {
  const outDir = await buildApp(name);
  const server = await serveStatic(outDir);
  const { page, problems, close } = await openPage(browser);
  const summary = () => shadowText(page, 'kith-summary-list');
  const waitForSummary = (text) =>
    page.waitForFunction((expected) => document.querySelector('kith-summary-list')?.shadowRoot.textContent.includes(expected), { timeout: 5_000 }, text);
  try {
    await page.goto(`${server.url}/index.html`, { waitUntil: 'load' });
    await page.waitForSelector('kith-text-input', { timeout: 15_000 });

    await check(`${name}: an empty required form does not submit`, async () => {
      await page.locator(byName('button', fields.submit)).click();
      await page.waitForFunction(() => document.querySelector('kith-text-input').matches(':state(user-invalid)'), { timeout: 5_000 });
      expectEqual(await page.$('#sent'), null, 'sent output');
    });

    await check(`${name}: typed values flow from the elements into app state as the user types`, async () => {
      await typeInto(page, 'textbox', fields.name, 'Sam Jones');
      await waitForSummary('Sam Jones');
      await typeDate(page, '6', '1', '2025');
      await waitForSummary('2025-01-06');
      await page.locator(byName('radio', fields.radio)).click();
      await waitForSummary(fields.radioShown);
      await page.locator(byName('checkbox', fields.checkbox)).click();
      await waitForSummary(fields.checkbox);
      await typeInto(page, 'textbox', fields.long, 'Ada was in her room; the kitchen was clean.');
      await waitForSummary('the kitchen was clean');
    });

    if (clear) {
      await check(`${name}: app state flows back into an element (clearing the model clears the field)`, async () => {
        await page.locator(byName('button', clear)).click();
        await page.waitForFunction(() => document.querySelector('kith-text-input').shadowRoot.querySelector('input').value === '', { timeout: 5_000 });
        if ((await summary()).includes('Sam Jones')) throw new Error('the summary still shows the cleared name');
        await typeInto(page, 'textbox', fields.name, 'Sam Jones');
        await waitForSummary('Sam Jones');
      });
    }

    await check(`${name}: a Kith domain event reaches the app's handler`, async () => {
      await page.locator(fields.helpSummary).click();
      await page.waitForSelector('#help-opened:not([hidden])', { timeout: 5_000 });
    });

    await beforeSubmit?.(page);

    await check(`${name}: submitting sends the app state and the form's own FormData`, async () => {
      await page.locator(byName('button', fields.submit)).click();
      await page.waitForSelector('#sent', { timeout: 5_000 });
      const sent = JSON.parse(await page.$eval('#sent', (output) => output.textContent));
      expectEqual(sent.formData, fields.expectedFormData, 'FormData');
      assertNoProblems(problems);
    });

    await afterSubmit?.(page);
    assertNoProblems(problems);
  } finally {
    await close();
    await server.close();
  }
}

async function serverRendering(browser) {
  if (!existsSync(join(root, 'packages', 'forms', 'dist', 'summary-list', 'define.js'))) {
    throw new Error('packages/forms/dist is missing: run `npm run build` before the examples test');
  }
  const { startServer } = await import(pathToFileURL(join(root, 'examples', 'ssr', 'server.mjs')).href);
  const server = await startServer();
  let boxesWithoutJs = [];
  try {
    const off = await openPage(browser, { javaScript: false });
    try {
      await off.page.goto(`${server.url}/`, { waitUntil: 'load' });
      await check('ssr: with JavaScript off, every component can be read (declarative shadow DOM)', async () => {
        const text = await accessibleText(off.page);
        for (const expected of [
          'Important',
          'This child has a child protection plan.',
          'Ada Lovelace',
          'Open',
          "Do not share the family's address",
          'About the child',
          '10 December 2015',
          'Change',
          'Next statutory visit due by 14 March 2026.',
          'Who can see this record?',
          'Family and environmental factors',
          'Completed',
          'Cannot start yet',
        ]) {
          if (!text.includes(expected)) throw new Error(`"${expected}" is not in the accessibility tree:\n      ${text}`);
        }
        boxesWithoutJs = await kithBoxes(off.page);
        if (boxesWithoutJs.length !== 8 || boxesWithoutJs.some((box) => box.height === 0)) {
          throw new Error(`some elements have no size without JavaScript: ${JSON.stringify(boxesWithoutJs)}`);
        }
      });
      await check('ssr: with JavaScript off, the chronology can be read in order, each entry with its date', async () => {
        const text = await accessibleText(off.page);
        const found = ['Showing 3 of 3 events', 'Ada born', 'about September 2025', 'School raises concerns about attendance', '14 January 2026', 'Initial child protection conference'].map(
          (expected) => [expected, text.indexOf(expected)],
        );
        const missing = found.filter(([, at]) => at === -1).map(([expected]) => expected);
        if (missing.length) throw new Error(`not in the accessibility tree: ${missing.join(', ')}\n      ${text}`);
        const titles = found.filter(([expected]) => ['Ada born', 'School raises concerns about attendance', 'Initial child protection conference'].includes(expected));
        if (titles.some(([, at], i) => i > 0 && at < titles[i - 1][1])) throw new Error(`entries out of order: ${JSON.stringify(titles)}`);
        const order = await off.page.$eval('kith-chronology', (chronology) => chronology.shadowRoot.querySelector('#order').value);
        expectEqual(order, 'oldest-first', 'the order the select shows');
      });
      await check('ssr: with JavaScript off, the details open natively', async () => {
        // Page scripts are off, so click where the summary is drawn, as a user would.
        const { x, y } = await off.page.evaluate(() => {
          const box = document.querySelector('kith-details').shadowRoot.querySelector('summary').getBoundingClientRect();
          return { x: box.x + 10, y: box.y + box.height / 2 };
        });
        await off.page.mouse.click(x, y);
        const text = await accessibleText(off.page);
        if (!text.includes('conference chair')) throw new Error('the details text is not readable once opened');
      });
      assertNoProblems(off.problems);
    } finally {
      await off.close();
    }

    const on = await openPage(browser);
    try {
      await on.page.evaluateOnNewDocument(() => {
        window.kithLayoutShift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.kithLayoutShift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        // Parsing is done and no module has run yet: note the server's shadow DOM content.
        document.addEventListener('readystatechange', () => {
          if (document.readyState !== 'interactive') return;
          window.kithServerNodes = [...document.querySelectorAll('#app *')]
            .filter((element) => element.localName.startsWith('kith-'))
            .map((element) => [element, [...(element.shadowRoot?.children ?? [])].find((child) => child.localName !== 'style')]);
        });
      });
      await on.page.goto(`${server.url}/`, { waitUntil: 'load' });
      await on.page.waitForFunction(
        () =>
          'hydrated' in document.documentElement.dataset &&
          [...document.querySelectorAll('#app *')]
            .filter((element) => element.localName.startsWith('kith-'))
            .every((element) => element.hasUpdated && !element.hasAttribute('defer-hydration')),
        { timeout: 15_000 },
      );
      await check('ssr: with JavaScript on, the page hydrates without errors or layout shift', async () => {
        await on.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        expectEqual(await kithBoxes(on.page), boxesWithoutJs, 'element boxes after hydration');
        expectEqual(await on.page.evaluate(() => window.kithLayoutShift), 0, 'cumulative layout shift');
        const replaced = await on.page.evaluate(() =>
          window.kithServerNodes.filter(([host, node]) => !node || node.getRootNode() !== host.shadowRoot).map(([host]) => host.localName),
        );
        expectEqual(replaced, [], 'elements whose server-rendered shadow DOM was replaced instead of hydrated');
        assertNoProblems(on.problems);
      });
      await check('ssr: hydrated elements are live (properties re-render, events fire)', async () => {
        const result = await on.page.evaluate(async () => {
          const list = document.querySelector('kith-summary-list');
          list.rows = [{ key: 'Date of birth', value: '11 December 2015' }];
          await list.updateComplete;
          const details = document.querySelector('kith-details');
          const toggled = new Promise((done) => details.addEventListener('kith-details-toggle', (event) => done(event.open), { once: true }));
          details.shadowRoot.querySelector('summary').click();
          const chronology = document.querySelector('kith-chronology');
          const search = chronology.shadowRoot.querySelector('#search');
          search.value = 'conference';
          search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await chronology.updateComplete;
          return {
            rows: list.shadowRoot.textContent.includes('11 December 2015'),
            open: await toggled,
            search: chronology.shadowRoot.querySelector('#status').textContent.trim(),
          };
        });
        expectEqual(result, { rows: true, open: true, search: 'Showing 1 of 3 events' }, 'after hydration');
      });
    } finally {
      await on.close();
    }
  } finally {
    await server.close();
  }
}

const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: BROWSER_ARGS });
try {
  const examples = {
    'plain-html': () => plainHtml(browser),
    'single-file': () => singleFile(browser),
    'react-vite': () =>
      frameworkApp(browser, 'react-vite', {
        ...reactCaseChecks,
        fields: {
          submit: 'Send referral',
          name: "Child's full name",
          radio: 'Police',
          radioShown: 'Police',
          checkbox: 'Neglect',
          long: 'Tell us what has happened',
          helpSummary: 'kith-details >>> summary',
          expectedFormData: [
            ['child-name', 'Sam Jones'],
            ['date-of-birth', '2025-01-06'],
            ['referrer', 'police'],
            ['concerns', 'neglect'],
            ['consent', 'yes'],
            ['details', 'Ada was in her room; the kitchen was clean.'],
          ],
        },
      }),
    'vue-vite': () =>
      frameworkApp(browser, 'vue-vite', {
        clear: 'Clear your name',
        fields: {
          submit: 'Save visit',
          name: 'Your name',
          radio: 'Yes',
          radioShown: 'Yes',
          checkbox: 'Teacher',
          long: 'What you saw and heard',
          helpSummary: 'kith-details >>> summary',
          expectedFormData: [
            ['worker', 'Sam Jones'],
            ['visit-date', '2025-01-06'],
            ['seen-alone', 'yes'],
            ['present', 'teacher'],
            ['observations', 'Ada was in her room; the kitchen was clean.'],
          ],
        },
      }),
    ssr: () => serverRendering(browser),
  };
  // `node scripts/examples-test.mjs single-file ssr` drives only those examples.
  const chosen = process.argv.slice(2);
  const unknown = chosen.filter((name) => !(name in examples));
  if (unknown.length) throw new Error(`no example named ${unknown.join(', ')}; the examples are ${Object.keys(examples).join(', ')}`);
  for (const [name, run] of Object.entries(examples).filter(([name]) => !chosen.length || chosen.includes(name))) {
    const exampleStart = Date.now();
    await check(`${name}: builds, serves and loads`, run);
    console.log(`  (${name}: ${((Date.now() - exampleStart) / 1000).toFixed(1)} s)`);
  }
} finally {
  await browser.close();
}

mkdirSync(join(root, 'test-results'), { recursive: true });
writeFileSync(join(root, 'test-results', 'examples.json'), JSON.stringify(counts));
console.log(`examples took ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`examples: ${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);

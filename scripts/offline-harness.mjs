// Shared by the Node-side offline tests: bundles the test page, serves it from a loopback
// server, and launches Chromium with a profile of our choosing. Not a test itself.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser, BROWSER_ARGS } from './find-browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles packages/offline/test-harness/harness.ts into a temporary folder; returns the JS text. */
export async function bundleHarness() {
  const outdir = mkdtempSync(join(tmpdir(), 'kith-offline-bundle-'));
  try {
    await build({
      entryPoints: [join(root, 'packages/offline/test-harness/harness.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      outfile: join(outdir, 'harness.js'),
      conditions: ['kith-source', 'browser'],
      tsconfig: join(root, 'tsconfig.json'),
      minify: true,
      logLevel: 'error',
    });
    return readFileSync(join(outdir, 'harness.js'), 'utf8');
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

const PAGE = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Kith offline harness</title>
<script type="module" src="/harness.js"></script></head><body><main><h1>Kith offline harness</h1></main></body></html>`;

/**
 * Starts an http server on 127.0.0.1 only. GET / and /harness.js serve the page; any other
 * request goes to handle(req, res, body) (the test endpoint). Resolves with { origin, close }.
 */
export async function startServer(script, handle = (_req, res) => res.writeHead(404).end()) {
  const sockets = new Set();
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url === '/' || req.url === '/index.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(PAGE);
      return;
    }
    if (req.method === 'GET' && req.url === '/harness.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(script);
      return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(resolve);
      }),
  };
}

/** A fresh temporary profile directory. */
export function tempProfile(prefix) {
  return mkdtempSync(join(tmpdir(), `kith-${prefix}-profile-`));
}

/** Launches headless Chromium on a profile. The browser leads its own process group, so it can be killed whole. */
export function launch(userDataDir, extraArgs = []) {
  return puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    userDataDir,
    args: [...BROWSER_ARGS, '--disable-features=Translate,MediaRouter,OptimizationHints', '--password-store=basic', '--disable-extensions', ...extraArgs],
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** Opens the harness page and waits until window.kithHarness exists. */
export async function openHarness(browser, origin, { newTab = false } = {}) {
  // The tab Chromium opens at launch is reused: opening another costs a second on a busy machine.
  const page = (!newTab && (await browser.pages())[0]) || (await browser.newPage());
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => !!window.kithHarness, { timeout: 20_000 });
  return page;
}

/** A small seeded random number generator (mulberry32), so a failing run can be repeated. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

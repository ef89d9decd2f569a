// Server rendering: renders the case page with @lit-labs/ssr on every request, so it can be read
// with JavaScript off (declarative shadow DOM), then hydrates in the browser through an import map.
// Listens on 127.0.0.1 only.
//   node examples/ssr/server.mjs     (after `npm run build`)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { ELEMENTS, casePage, exampleCase } from './page.js';

const here = import.meta.dirname;
const nodeModules = resolve(here, '..', '..', 'node_modules');
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

await Promise.all(ELEMENTS.map((specifier) => import(specifier))).catch((error) => {
  throw new Error(`The Kith elements could not be loaded; run \`npm run build\` first. ${error.message}`);
});

// The browser resolves the same bare specifiers through this map, to the packages' dist.
const importMap = {
  imports: {
    '@kith/core': '/node_modules/@kith/core/dist/index.js',
    '@kith/tokens': '/node_modules/@kith/tokens/dist/index.js',
    // The elements, and the one element they import themselves: the chronology's date filters.
    ...Object.fromEntries(
      [...ELEMENTS, '@kith/forms/date-input.js'].map((specifier) => {
        const [, pkg, name] = specifier.match(/^@kith\/([^/]+)\/(.+)\.js$/);
        return [specifier, `/node_modules/@kith/${pkg}/dist/${name}/define.js`];
      }),
    ),
    '@lit-labs/ssr-client': '/node_modules/@lit-labs/ssr-client/index.js',
    '@lit-labs/ssr-client/': '/node_modules/@lit-labs/ssr-client/',
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/': '/node_modules/lit-element/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    '@lit/localize': '/node_modules/@lit/localize/lit-localize.js',
    '@lit/localize/': '/node_modules/@lit/localize/',
  },
};

const escapeHtml = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
/** JSON that is safe inside a `<script>` element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

export async function renderPage(data = exampleCase) {
  const body = await collectResult(render(casePage(data)));
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(data.childName)} – case overview</title>
    <link rel="stylesheet" href="/node_modules/@kith/tokens/dist/tokens.css" />
    <style>body { margin: 0; font-family: var(--kith-font-family-body); color: var(--kith-color-text); } main { max-width: 40rem; margin: 0 auto; padding: 1rem; }</style>
    <script type="importmap">${scriptJson(importMap)}</script>
    <script type="module" src="/client.js"></script>
  </head>
  <body>
    <main id="app">${body}</main>
    <script type="application/json" id="case-data">${scriptJson(data)}</script>
  </body>
</html>`;
}

function fileIn(folder, path) {
  const file = normalize(join(folder, path));
  if (!file.startsWith(folder + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function startServer({ port = 0 } = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (path === '/') {
      try {
        const page = await renderPage();
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(page);
      } catch (error) {
        console.error(error);
        response.writeHead(500).end('The page could not be rendered');
      }
      return;
    }
    const file = path.startsWith('/node_modules/')
      ? fileIn(nodeModules, path.slice('/node_modules'.length))
      : ['/client.js', '/page.js'].includes(path) && fileIn(here, path);
    if (!file) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8081) });
  console.log(`Kith server rendering example: ${url}/`);
}

// The plain HTML example's server: the pages and their stylesheet, files under /node_modules/ (the
// Kith packages' dist and lit, as the pages' import maps name them), POST /referral, which shows
// what the referral form really sent, and POST /visit, which keeps each home visit the visit page
// sends (JSON) in `visits` and answers with its reference. Listens on 127.0.0.1 only.
//   node examples/plain-html/server.mjs     (after `npm run build`)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const here = import.meta.dirname;
const nodeModules = resolve(here, '..', '..', 'node_modules');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** The page a server returns after the post: every field it received, escaped. */
function receivedPage(fields) {
  const rows = [...fields].map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Referral received</title></head>
<body><main><h1>Referral received</h1><dl id="received">${rows}</dl><p><a href="/">Make another referral</a></p></main></body></html>`;
}

/** Resolves a URL path inside `folder`, or null when it would leave it or is not a file. */
function fileIn(folder, path) {
  const file = normalize(join(folder, path));
  if (!file.startsWith(folder + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Reads a request's whole body as text. */
function bodyOf(request) {
  return new Promise((done) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => done(body));
  });
}

export function startServer({ port = 0 } = {}) {
  const visits = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (request.method === 'POST' && path === '/referral') {
      const body = await bodyOf(request);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(receivedPage(new URLSearchParams(body)));
      return;
    }
    if (request.method === 'POST' && path === '/visit') {
      try {
        visits.push(JSON.parse(await bodyOf(request)));
      } catch {
        response.writeHead(400).end('Not JSON');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reference: visits.length }));
      return;
    }
    const file =
      request.method !== 'GET'
        ? null
        : path.startsWith('/node_modules/')
          ? fileIn(nodeModules, path.slice('/node_modules'.length))
          : fileIn(here, path === '/' ? '/index.html' : path);
    if (!file || file.endsWith('.mjs')) {
      response.writeHead(404).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({ url: `http://127.0.0.1:${server.address().port}`, visits, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(nodeModules, '@kith', 'forms', 'dist', 'index.js'))) {
    console.error('The Kith packages are not built yet: run `npm run build` first.');
    process.exit(1);
  }
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Kith plain HTML example: ${url}/ and ${url}/visit.html`);
}

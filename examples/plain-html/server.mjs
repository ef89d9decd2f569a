// The plain HTML example's server: the page and its stylesheet, files under /node_modules/ (the
// Kith packages' dist and lit, as the page's import map names them), and POST /referral, which
// shows what the form really sent. Listens on 127.0.0.1 only.
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

export function startServer({ port = 0 } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (request.method === 'POST' && path === '/referral') {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(receivedPage(new URLSearchParams(body)));
      });
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
      done({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((closed) => server.close(closed)) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(join(nodeModules, '@kith', 'forms', 'dist', 'index.js'))) {
    console.error('The Kith packages are not built yet: run `npm run build` first.');
    process.exit(1);
  }
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8080) });
  console.log(`Kith plain HTML example: ${url}/`);
}

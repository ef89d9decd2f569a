// The single-file example's server: index.html from this folder and, beside it, the three files a
// page needs from @kith/all's dist (kith.js, tokens.css, themes/), as if copied next to the page.
// Listens on 127.0.0.1 only.
//   node examples/single-file/server.mjs     (after `npm run build`)
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const here = import.meta.dirname;
const bundleDir = resolve(here, '..', '..', 'packages', 'all', 'dist');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

/** Resolves a URL path inside `folder`, or null when it would leave it or is not a file. */
function fileIn(folder, path) {
  const file = normalize(join(folder, path));
  if (!file.startsWith(folder + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function startServer({ port = 0 } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = request.method === 'GET' && (path === '/' ? join(here, 'index.html') : fileIn(bundleDir, path));
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
  if (!existsSync(join(bundleDir, 'kith.js'))) {
    console.error('@kith/all is not built yet: run `npm run build` first.');
    process.exit(1);
  }
  const { url } = await startServer({ port: Number(process.env.PORT ?? 8082) });
  console.log(`Kith single-file example: ${url}/`);
}

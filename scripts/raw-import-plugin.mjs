// Serves `import text from './x.md?raw'` (Vite's raw import, which stories use for their
// guidance) as a module exporting the file's text, so a test can render a story itself.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export function rawImportPlugin() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return {
    name: 'kith-raw-import',
    async serve(context) {
      if (!context.URL.searchParams.has('raw')) return undefined;
      const text = await readFile(root + decodeURIComponent(context.path), 'utf8');
      return { body: `export default ${JSON.stringify(text)};`, type: 'js' };
    },
  };
}

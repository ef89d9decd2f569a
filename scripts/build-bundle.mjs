// Builds @kith/all (run in packages/all): src/index.ts and everything it imports (every Kith
// package's dist, lit, idb, the Welsh translations) as one minified ES module, dist/kith.js with
// its source map, and the tokens CSS and themes copied beside it. See
// docs/decisions/003-single-file-bundle.md. Run after the other packages are built.
import { build } from 'vite';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const packageDir = process.cwd();
const tokensDist = join(packageDir, '..', 'tokens', 'dist');
if (!existsSync(join(tokensDist, 'tokens.css'))) throw new Error('@kith/tokens is not built: run node scripts/build-tokens.mjs first');

rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  root: packageDir,
  // An app build, not library mode: Vite leaves whitespace in ES libraries, and this file is served as it is.
  build: {
    outDir: 'dist',
    minify: true,
    sourcemap: true,
    target: 'es2022',
    modulePreload: false,
    copyPublicDir: false,
    rolldownOptions: {
      input: { kith: join(packageDir, 'src', 'index.ts') },
      preserveEntrySignatures: 'strict',
      // One file: the Welsh translations, loaded on demand by setLocale('cy'), are inlined too.
      output: { entryFileNames: '[name].js', codeSplitting: false },
    },
  },
});
cpSync(join(tokensDist, 'tokens.css'), join(packageDir, 'dist', 'tokens.css'));
cpSync(join(tokensDist, 'themes'), join(packageDir, 'dist', 'themes'), { recursive: true });
console.log('@kith/all: built dist/kith.js, tokens.css and themes/');

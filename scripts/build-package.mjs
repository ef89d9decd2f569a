// Builds the package in the current directory: ESM with source maps (vite library mode,
// not minified: consumers minify; only the CSS inside css`` literals is, see below), .d.ts
// files (tsc), and custom-elements.json.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { transform as transformCss } from 'lightningcss';
import { buildManifest } from './build-manifests.mjs';

const packageDir = process.cwd();
const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const src = join(packageDir, 'src');

// Entries: the package index, every component's define.ts (./<name>.js), and testing helpers.
const entries = { index: join(src, 'index.ts') };
for (const name of readdirSync(src)) {
  if (existsSync(join(src, name, 'define.ts'))) entries[`${name}/define`] = join(src, name, 'define.ts');
}
if (existsSync(join(src, 'testing', 'index.ts'))) entries['testing/index'] = join(src, 'testing', 'index.ts');

const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
const external = (id) =>
  dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`)) ||
  /^(lit|@lit\/|@kith\/|idb|axe-core|@open-wc\/|@web\/)/.test(id);

/**
 * Minifies the CSS inside Lit's css`` literals. A consumer's bundler minifies our JavaScript
 * but never the text of a template literal, so without this every page ships our
 * indentation and comments. Literals with ${} or escapes are left as written. The newlines
 * a literal loses are put back after it, so later lines keep their source-map positions;
 * a consumer's minifier removes them.
 */
const minifyStyleLiterals = {
  name: 'kith-minify-style-literals',
  transform(code, id) {
    if (!/\.[jt]s$/.test(id) || !code.includes('css`')) return null;
    const minified = code.replace(/\bcss`([^`$\\]*)`/g, (literal, text, offset) => {
      const { code: output } = transformCss({ filename: `${id}:${offset}.css`, code: Buffer.from(text), minify: true });
      const css = output.toString();
      if (/[`\\]|\$\{/.test(css)) return literal;
      return `css\`${css}\`${'\n'.repeat(text.split('\n').length - 1)}`;
    });
    // Lines keep their places, so the incoming source map still holds (null keeps it).
    return { code: minified, map: null };
  },
};

/**
 * Drops the translators' notes from msg() calls (`{ id: '…', desc: '…' }`): lit-localize reads
 * them from the source when it extracts the catalogue, and at run time they are dead weight in
 * every page. Only the one-line form used throughout is matched; lines keep their places.
 */
const stripTranslatorNotes = {
  name: 'kith-strip-translator-notes',
  // Before TypeScript is compiled, which rewrites the call over several lines.
  enforce: 'pre',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('desc:')) return null;
    return { code: code.replace(/(\{ id: '[^'\n]*'), desc: '(?:[^'\\\n]|\\.)*' \}/g, '$1 }'), map: null };
  },
};

rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  root: packageDir,
  plugins: [minifyStyleLiterals, stripTranslatorNotes],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external,
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

execFileSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: packageDir, stdio: 'inherit' });
if (pkg.customElements) buildManifest(packageDir);
console.log(`${pkg.name}: built dist/${pkg.customElements ? ' and custom-elements.json' : ''}`);

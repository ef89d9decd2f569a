// Builds the package in the current directory: ESM with source maps (vite library mode,
// not minified: consumers minify), .d.ts files (tsc), and custom-elements.json.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
await build({
  configFile: false,
  logLevel: 'warn',
  root: packageDir,
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

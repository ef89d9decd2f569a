// Generates each package's custom-elements.json from its JSDoc with
// @custom-elements-manifest/analyzer, and one merged manifest for Storybook's controls.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const analyzer = join(root, 'node_modules', '.bin', 'custom-elements-manifest');

export function buildManifest(packageDir) {
  execFileSync(
    analyzer,
    ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--exclude', 'src/**/*.test.ts', 'src/**/*.stories.ts', 'src/generated/**', 'src/testing/**', '--outdir', '.'],
    { cwd: packageDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const file = join(packageDir, 'custom-elements.json');
  const manifest = documentedEventsOnly(JSON.parse(readFileSync(file, 'utf8')));
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  return manifest;
}

/**
 * The analyzer also lists each `dispatchEvent(new X(...))` as an event, unnamed or named after
 * the constructor's parameter ("index", "open"), which Storybook would then show as events.
 * The events an element fires are the ones its JSDoc documents with `@fires name - description`.
 */
function documentedEventsOnly(manifest) {
  for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
    if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
  }
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const modules = [];
  for (const name of readdirSync(join(root, 'packages'))) {
    const dir = join(root, 'packages', name);
    const pkg = existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    if (!pkg?.customElements) continue;
    modules.push(...buildManifest(dir).modules.map((m) => ({ ...m, path: `packages/${name}/${m.path}` })));
  }
  writeFileSync(join(root, '.storybook', 'custom-elements.json'), JSON.stringify({ schemaVersion: '1.0.0', modules }, null, 2));
  const elements = modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  console.log(`custom-elements.json: ${elements.length} elements (${elements.map((d) => d.tagName).join(', ')})`);
}

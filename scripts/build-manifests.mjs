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
  return JSON.parse(readFileSync(join(packageDir, 'custom-elements.json'), 'utf8'));
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

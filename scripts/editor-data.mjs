// Generates editor data from each package's custom-elements.json, next to it in the package:
//   vscode.html-custom-data.json  VS Code HTML custom data (completions and hovers for tags and attributes)
//   web-types.json                JetBrains web-types (WebStorm, IntelliJ: tags, attributes, events, slots, CSS)
// Run after scripts/build-manifests.mjs. `--check` fails when a file on disk is out of date.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractEvents } from './generate-react.mjs';

const root = join(import.meta.dirname, '..');
export const VSCODE_FILE = 'vscode.html-custom-data.json';
export const WEB_TYPES_FILE = 'web-types.json';

const STRING_LITERAL = /^'([^']*)'$|^"([^"]*)"$/;

/** The strings of `'a' | 'b'` or of a `const NAMES = ['a', 'b'] as const` the type names; else []. */
function enumValues(typeText, source) {
  const text = (typeText ?? '').trim();
  // `(typeof WIDTHS)[number]`: the manifest keeps the expression, so read the array from the source.
  const named = text.match(/^\(typeof (\w+)\)\[number\]$/)?.[1];
  const list = named
    ? source.match(new RegExp(`const ${named} = \\[([^\\]]*)\\] as const`))?.[1].split(',').filter((s) => s.trim())
    : text.split('|');
  const values = (list ?? []).map((part) => part.trim().match(STRING_LITERAL)).filter(Boolean);
  return values.length === (list ?? []).length ? values.map((m) => m[1] ?? m[2]).filter((v) => v !== '') : [];
}

/** Collapses line wrapping but keeps paragraphs. */
const oneLine = (text) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
const typeText = (type, source) => {
  const values = enumValues(type?.text, source);
  return values.length ? values.map((v) => `'${v}'`).join(' | ') : (type?.text ?? 'unknown');
};

/** The facts both formats need, for every element a package's manifest declares. */
export function describeElements(packageDir, pkg, manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    const sourcePath = join(packageDir, module.path);
    const source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : '';
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const definedIn = (manifest.modules ?? []).find((m) =>
        (m.exports ?? []).some((e) => e.kind === 'custom-element-definition' && e.name === declaration.tagName),
      );
      const folder = definedIn?.path.match(/^src\/([^/]+)\/define\.ts$/)?.[1];
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        module: folder ? `${pkg.name}/${folder}.js` : pkg.name,
        summary: oneLine(declaration.summary),
        description: oneLine(declaration.description || declaration.summary),
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: oneLine(attribute.description),
          type: attribute.type?.text ?? 'string',
          boolean: attribute.type?.text === 'boolean',
          default: attribute.default,
          values: enumValues(attribute.type?.text, source),
        })),
        properties: (declaration.members ?? [])
          .filter((m) => m.kind === 'field' && !m.static && !m.privacy && m.description)
          .map((m) => ({ name: m.name, description: oneLine(m.description), type: typeText(m.type, source) })),
        events: contractEvents(declaration).map((e) => ({ name: e.name, description: oneLine(e.description) })),
        slots: (declaration.slots ?? []).map((s) => ({ name: s.name ?? '', description: oneLine(s.description) })),
        cssParts: (declaration.cssParts ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
        cssProperties: (declaration.cssProperties ?? []).map((p) => ({ name: p.name, description: oneLine(p.description) })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

const markdownList = (title, items, code = true) =>
  items.length
    ? `\n\n**${title}:**\n${items.map((i) => `- ${code ? `\`${i.name || '(default)'}\`` : i.name}${i.description ? ` — ${i.description}` : ''}`).join('\n')}`
    : '';

/** VS Code HTML custom data, version 1.1. Hovers show the tag's markdown description. */
export function vscodeCustomData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: {
        kind: 'markdown',
        value:
          `${element.description}\n\n\`import '${element.module}';\`` +
          markdownList('Events', element.events) +
          markdownList('Slots', element.slots) +
          markdownList('CSS parts', element.cssParts) +
          markdownList('CSS custom properties', element.cssProperties),
      },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        ...(attribute.boolean ? { valueSet: 'v' } : {}),
        ...(attribute.values.length ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

/** JetBrains web-types, version 2 layout (contributions.html.elements with js and css sections). */
export function webTypes(pkg, elements) {
  const named = ({ name, description }) => ({ name, ...(description ? { description } : {}) });
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'js-types-syntax': 'typescript',
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description,
          source: { module: element.module, symbol: element.className },
          attributes: element.attributes.map((attribute) => ({
            ...named(attribute),
            value: attribute.boolean
              ? { type: 'boolean', required: false }
              : {
                  ...(attribute.values.length
                    ? { kind: 'plain', type: attribute.values.map((v) => `'${v}'`).join(' | ') }
                    : { type: attribute.type }),
                  required: true,
                  ...(attribute.default !== undefined ? { default: attribute.default } : {}),
                },
          })),
          slots: element.slots.map(named),
          events: element.events.map(named),
          js: {
            properties: element.properties.map((p) => ({ ...named(p), type: p.type })),
            events: element.events.map(named),
          },
          css: { properties: element.cssProperties.map(named), parts: element.cssParts.map(named) },
        })),
      },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const dir of readdirSync(join(root, 'packages')).sort()) {
    const packageDir = join(root, 'packages', dir);
    if (!existsSync(join(packageDir, 'package.json'))) continue;
    const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    if (!pkg.customElements || !existsSync(join(packageDir, pkg.customElements))) continue;
    const elements = describeElements(packageDir, pkg, JSON.parse(readFileSync(join(packageDir, pkg.customElements), 'utf8')));
    const files = {
      [VSCODE_FILE]: vscodeCustomData(elements),
      [WEB_TYPES_FILE]: webTypes(pkg, elements),
    };
    for (const [name, data] of Object.entries(files)) {
      const file = join(packageDir, name);
      const text = `${JSON.stringify(data, null, 2)}\n`;
      if (check) {
        if (!existsSync(file) || readFileSync(file, 'utf8') !== text) stale.push(`packages/${dir}/${name}`);
      } else {
        writeFileSync(file, text);
      }
    }
    console.log(`${pkg.name}: ${check ? 'checked' : 'wrote'} ${Object.keys(files).join(' and ')} for ${elements.length} elements`);
  }
  if (stale.length) {
    console.error(`Out of date (run node scripts/editor-data.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
}

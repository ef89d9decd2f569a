// Scaffolds a component folder with the six files every Kith component has.
// Usage: npm run new-component -- <package> <name>     e.g.  npm run new-component -- forms character-count
import { existsSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkg, name] = process.argv.slice(2);
if (!pkg || !/^[a-z][a-z0-9-]*[a-z0-9]$/.test(name ?? '')) {
  console.error('Usage: npm run new-component -- <package> <name>   (name in kebab-case, without the kith- prefix)');
  process.exit(2);
}
const packageDir = join(import.meta.dirname, '..', 'packages', pkg);
if (!existsSync(join(packageDir, 'package.json'))) {
  console.error(`No package at packages/${pkg}`);
  process.exit(2);
}
const dir = join(packageDir, 'src', name);
if (existsSync(dir)) {
  console.error(`packages/${pkg}/src/${name} exists already`);
  process.exit(2);
}

const tag = `kith-${name}`;
const className = `Kith${name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase())}`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const group = pkg[0].toUpperCase() + pkg.slice(1);

const files = {
  [`${name}.ts`]: `import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { KithElement } from '@kith/core';
import { ${name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())}Styles } from './${name}.styles.js';

/**
 * TODO: say what it is for, in one sentence a supplier developer understands.
 *
 * @summary TODO one-line summary.
 * @tagname ${tag}
 * @slot - The content.
 * @csspart base - The outer wrapper.
 */
export class ${className} extends KithElement {
  static override styles = [KithElement.styles, ${name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())}Styles];

  /** Replaces the default heading text. */
  @property() heading = '';

  protected override render() {
    return html\`<div part="base" class="base">
      <p class="heading">\${this.heading || msg('${title}', { id: 'kith.${name}.heading' })}</p>
      <slot></slot>
    </div>\`;
  }
}
`,
  'define.ts': `import { ${className} } from './${name}.js';

if (!customElements.get('${tag}')) customElements.define('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}

export { ${className} };
`,
  [`${name}.styles.ts`]: `import { css } from 'lit';

export const ${name.replace(/-([a-z])/g, (_, c) => c.toUpperCase())}Styles = css\`
  :host {
    display: block;
    margin-block-end: var(--kith-space-6);
    font-size: var(--kith-font-size-body);
    line-height: var(--kith-line-height-body);
  }
\`;
`,
  [`${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { expectAxeClean } from '@kith/core/testing.js';
import './define.js';

describe('${tag}', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean in every state, in English and Welsh', async () => {
    const el = await fixture(html\`<${tag}>Content</${tag}>\`);
    await expectAxeClean(el);
    await setLocale('cy');
    await expectAxeClean(el);
  });

  it('renders its content', async () => {
    const el = await fixture(html\`<${tag}>Content</${tag}>\`);
    expect(el.textContent).to.equal('Content');
  });
});
`,
  [`${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import guidance from './${name}.md?raw';

const meta: Meta = {
  title: '${group}/${title}',
  component: '${tag}',
  parameters: { docs: { description: { component: guidance } } },
  render: () => html\`<${tag}>Content</${tag}>\`,
};
export default meta;

export const Default: StoryObj = {};
export const Welsh: StoryObj = { globals: { locale: 'cy' }, render: () => html\`<${tag}>Cynnwys</${tag}>\` };
`,
  [`${name}.md`]: `# ${title}

TODO: what it is for.

## When to use this component

## When not to use this component

## How it works

## Accessibility

## Research and known issues
`,
};

mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
appendFileSync(join(packageDir, 'src', 'index.ts'), `export { ${className} } from './${name}/define.js';\n`);
console.log(`Created packages/${pkg}/src/${name}/ (${Object.keys(files).join(', ')}) and exported ${className}.
Next: fill in the TODOs, run \`npm run l10n:extract\` and add the Welsh translation to xliff/cy.xlf, then \`npx changeset\`.`);

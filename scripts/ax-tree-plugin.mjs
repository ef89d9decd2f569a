// A @web/test-runner command that returns Chromium's own accessibility tree (CDP
// Accessibility.getFullAXTree). axe cannot follow labels across shadow roots; the
// browser's computed names and descriptions are the truth a screen reader gets.
const PROPERTY_NAMES = ['required', 'invalid', 'disabled', 'focusable', 'focused', 'readonly', 'checked', 'expanded', 'level', 'selected'];

function flatten(node) {
  const properties = {};
  for (const property of node.properties ?? []) {
    if (PROPERTY_NAMES.includes(property.name)) properties[property.name] = property.value?.value;
  }
  return {
    role: node.role?.value ?? '',
    name: node.name?.value ?? '',
    description: node.description?.value ?? '',
    value: node.value?.value ?? '',
    ...properties,
  };
}

export function axTreePlugin() {
  return {
    name: 'kith-ax-tree',
    async executeCommand({ command, session }) {
      if (command !== 'kith-ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      try {
        await client.send('Accessibility.enable');
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        return nodes.filter((node) => !node.ignored).map(flatten);
      } finally {
        await client.detach();
      }
    },
  };
}

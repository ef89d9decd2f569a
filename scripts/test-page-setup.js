// Loaded by every @web/test-runner page before the tests (web-test-runner.config.mjs).
//
// The runner sends results to Node through structuredClone, which cannot clone a DOM node.
// So when an assertion about an element fails (`expect(element).to.equal(null)`), the error's
// `actual` or `expected` is an element, the clone throws, and the test file hangs until the
// runner's five-minute timeout with no message at all (modernweb-dev/web#2967). Here, only
// for the runner's own messages, nodes are replaced by a short description, so the failure
// is reported, at once, with its message.
const clone = window.structuredClone.bind(window);

function describeNode(node) {
  if (!(node instanceof Element)) return `[${node.nodeName}]`;
  const id = node.id ? `#${node.id}` : '';
  const classes = typeof node.className === 'string' && node.className ? `.${node.className.trim().split(/\s+/).join('.')}` : '';
  return `<${node.localName}${id}${classes}>`;
}

function withoutNodes(value, seen = new WeakMap()) {
  if (value instanceof Node) return describeNode(value);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  const copy = Array.isArray(value) ? [] : {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = withoutNodes(item, seen);
  return copy;
}

window.structuredClone = (value, options) => {
  try {
    return clone(value, options);
  } catch (error) {
    // Anything but the runner's socket messages keeps the browser's own behaviour.
    if (error?.name !== 'DataCloneError' || !new Error().stack?.includes('__web-dev-server__web-socket')) throw error;
    return clone(withoutNodes(value), options);
  }
};

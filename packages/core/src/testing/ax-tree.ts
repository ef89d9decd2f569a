import { executeServerCommand } from '@web/test-runner-commands';

/** One node of Chromium's accessibility tree, as a screen reader would be told it. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  value: string;
  required?: boolean;
  invalid?: string;
  disabled?: boolean;
  focusable?: boolean;
  focused?: boolean;
  readonly?: boolean;
  checked?: string;
  expanded?: boolean;
}

/** The page's accessibility tree (ignored nodes left out), read from the browser itself. */
export async function axTree(): Promise<AxNode[]> {
  return executeServerCommand<AxNode[], undefined>('kith-ax-tree');
}

/** The node with this role and accessible name; throws naming what the tree does have. */
export async function axNode(role: string, name: string): Promise<AxNode> {
  const nodes = await axTree();
  const found = nodes.find((node) => node.role === role && node.name === name);
  if (!found) {
    const sameRole = nodes.filter((node) => node.role === role).map((node) => JSON.stringify(node.name));
    throw new Error(`No ${role} named "${name}" in the accessibility tree. ${role} nodes: ${sameRole.join(', ') || 'none'}`);
  }
  return found;
}

/** The node that has focus, if any. (Chromium also marks the document focused while the page has focus: it is left out.) */
export async function focusedAxNode(): Promise<AxNode | undefined> {
  return (await axTree()).find((node) => node.focused && node.role !== 'RootWebArea');
}

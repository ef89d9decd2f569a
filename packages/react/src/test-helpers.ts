import { expect } from '@open-wc/testing';
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';

/** The element the current test renders into (a live binding: read it inside a test). */
export let container: HTMLElement;
let root: Root;

/** Gives each test of the calling `describe` a fresh React root in a fresh container, unmounted after it. */
export function useFreshRoot(): void {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });
}

/** Renders synchronously, so the wrappers' layout effects (props, listeners) have run on return. */
export function render(node: ReactNode): void {
  flushSync(() => root.render(node));
}

/** The first element matching `selector`, once it has rendered. */
export async function rendered<T extends HTMLElement>(selector: string): Promise<T> {
  const element = container.querySelector<T>(selector);
  expect(element, selector).to.not.equal(null);
  await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return element!;
}

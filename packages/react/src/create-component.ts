import type { EventName, Options, ReactWebComponent } from '@lit/react';

export type { EventName };

/** Props React itself handles on the element's tag, as in @lit/react. */
const REACT_PROPS = new Set(['children', 'localName', 'ref', 'style', 'className']);

type Listener = { handleEvent: (event: Event) => void };

/**
 * @lit/react's `createComponent`, with one difference: a prop is set on the element only when it
 * differs from the last render's (or was not given then), as React 19 itself does for a custom
 * element's properties. @lit/react sets every prop on every render, so a `value` kept in state that
 * only `onChange` updates was set back to the old one whenever the parent rendered before the
 * change, and what the user had entered went.
 */
export function createComponent<I extends HTMLElement, E extends Record<string, EventName | string> = Record<string, never>>({
  react: React,
  tagName,
  elementClass,
  events,
  displayName,
}: Options<I, E>): ReactWebComponent<I, E> {
  const eventNames = new Map<string, string>(Object.entries(events ?? {}));
  // Props are set in the browser only; on a server React 18 warns about layout effects.
  const useLayoutEffect = typeof document === 'undefined' ? () => undefined : React.useLayoutEffect;
  const component = React.forwardRef<I, Record<string, unknown>>((props, ref) => {
    const elementRef = React.useRef<I | null>(null);
    const lastElementProps = React.useRef(new Map<string, unknown>());
    const listeners = React.useRef(new Map<string, Listener>());
    const reactProps: Record<string, unknown> = {};
    const elementProps = new Map<string, unknown>();
    for (const [key, value] of Object.entries(props)) {
      // `className` goes to the tag as `class`, as @lit/react passes it, for React 18 and 19 alike.
      if (REACT_PROPS.has(key)) reactProps[key === 'className' ? 'class' : key] = value;
      else if (eventNames.has(key) || key in elementClass.prototype) elementProps.set(key, value);
      else reactProps[key] = value;
    }

    const setProp = (element: I, key: string, value: unknown) => {
      const event = eventNames.get(key);
      if (event) {
        const listener = listeners.current.get(event);
        if (typeof value !== 'function') {
          if (listener) element.removeEventListener(event, listener);
          listeners.current.delete(event);
        } else if (listener) {
          listener.handleEvent = value as Listener['handleEvent'];
        } else {
          const added = { handleEvent: value as Listener['handleEvent'] };
          listeners.current.set(event, added);
          element.addEventListener(event, added);
        }
        return;
      }
      (element as unknown as Record<string, unknown>)[key] = value;
      // As React does for native elements: no `id="undefined"`, `title="null"`.
      if (value == null && key in HTMLElement.prototype) element.removeAttribute(key);
    };

    // No dependency list: compares this render's props with the last on every render.
    useLayoutEffect(() => {
      const element = elementRef.current;
      if (!element) return;
      const last = lastElementProps.current;
      for (const key of last.keys()) if (!elementProps.has(key)) setProp(element, key, undefined);
      for (const [key, value] of elementProps) if (!last.has(key) || last.get(key) !== value) setProp(element, key, value);
      lastElementProps.current = elementProps;
    });
    useLayoutEffect(() => elementRef.current?.removeAttribute('defer-hydration'), []);

    const setRef = React.useCallback(
      (node: I | null) => {
        elementRef.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    return React.createElement(tagName, { ...reactProps, suppressHydrationWarning: true, ref: setRef });
  });
  component.displayName = displayName ?? elementClass.name;
  return component as unknown as ReactWebComponent<I, E>;
}

/**
 * The event an `on…` handler of a Kith wrapper receives: the element's typed event from
 * HTMLElementEventMap (a plain Event when the element declares none), with `currentTarget` the
 * element, for example `onInput={(event) => setName(event.currentTarget.value)}`.
 */
export type KithEvent<E extends HTMLElement, K extends string> = (K extends keyof HTMLElementEventMap
  ? HTMLElementEventMap[K]
  : Event) & { readonly currentTarget: E };

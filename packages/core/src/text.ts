import { getLocale } from './current-locale.js';

/**
 * Turns whatever a host page put in a text property into a string without
 * throwing: null and undefined become empty, anything else is stringified.
 */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : String(value);
}

/** Reads one of a fixed set of string options, falling back when the value is not one of them. */
export function oneOf<T extends string>(value: unknown, options: readonly T[], fallback: T): T {
  return options.includes(value as T) ? (value as T) : fallback;
}

/**
 * The class attribute for a set of conditional class names: `classes({ input: true, error })`.
 * Kith renders into its own shadow roots, so nothing else adds classes there and a plain
 * string does what lit's classMap directive does, without shipping the directive.
 */
export function classes(names: Record<string, boolean>): string {
  return Object.keys(names)
    .filter((name) => names[name])
    .join(' ');
}

/** A count for people, in the current locale: "1,000". */
export function formatCount(count: number): string {
  return count.toLocaleString(getLocale());
}

import { sourceLocale } from './generated/locale-codes.js';

let read: () => string = () => sourceLocale;

/**
 * The locale Kith elements render in now: en-GB until `setLocale` has switched it.
 * Kept apart from `setLocale` so that an element that only reads the locale does not
 * bundle the localisation runtime and the loader of the Welsh catalogue.
 */
export function getLocale(): string {
  return read();
}

/** Called once by localization.ts when the runtime is configured. */
export function readLocaleFrom(reader: () => string): void {
  read = reader;
}

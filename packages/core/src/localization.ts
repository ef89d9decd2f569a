import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from './generated/locale-codes.js';
import { readLocaleFrom } from './current-locale.js';

export type KithLocale = (typeof allLocales)[number];
export { sourceLocale, targetLocales, allLocales };

const { getLocale, setLocale: setLitLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale: string) => {
    switch (locale) {
      case 'cy':
        return import('./generated/locales/cy.js');
      default:
        throw new TypeError(`setLocale: locale "${locale}" is not one of ${allLocales.join(', ')}`);
    }
  },
});

readLocaleFrom(getLocale);

export function isKithLocale(value: unknown): value is KithLocale {
  return typeof value === 'string' && (allLocales as readonly string[]).includes(value);
}

/**
 * Switches every Kith element on the page to a locale ('en-GB' or 'cy').
 * Resolves once the translations are loaded and elements have been asked to re-render.
 * Throws a TypeError for a locale Kith does not ship.
 */
export async function setLocale(locale: KithLocale): Promise<void> {
  if (!isKithLocale(locale)) {
    throw new TypeError(`setLocale: locale must be one of ${allLocales.join(', ')}, not ${String(locale)}`);
  }
  await setLitLocale(locale);
}

/**
 * Month names Kith reads and writes. They are data, like Intl's, not interface text:
 * a date input accepts both languages whatever the page's locale, because people
 * type the month in the language they think in.
 */
export const MONTH_NAMES = {
  'en-GB': [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
  cy: [
    'Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin',
    'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr',
  ],
} as const;

/** Short forms people write; index 0 is January. Welsh ones are CLDR's abbreviations. */
const ABBREVIATIONS: readonly (readonly string[])[] = [
  ['jan', 'ion'],
  ['feb', 'chwef'],
  ['mar', 'maw'],
  ['apr', 'ebr'],
  [],
  ['jun', 'meh'],
  ['jul', 'gorff'],
  ['aug'],
  ['sep', 'sept'],
  ['oct', 'hyd'],
  ['nov', 'tach'],
  ['dec', 'rhag'],
];

/** Lower-case name or abbreviation -> month number (1-12). */
export const MONTHS_BY_NAME: ReadonlyMap<string, number> = new Map(
  ABBREVIATIONS.flatMap((short, index) => [
    ...short.map((name) => [name, index + 1] as const),
    [MONTH_NAMES['en-GB'][index]!.toLowerCase(), index + 1] as const,
    [MONTH_NAMES.cy[index]!.toLowerCase(), index + 1] as const,
  ]),
);

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
const ABBREVIATIONS = {
  'en-GB': [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']],
  cy: [['ion'], ['chwef'], ['maw'], ['ebr'], [], ['meh'], ['gorff'], [], [], ['hyd'], ['tach'], ['rhag']],
} as const;

/**
 * The soft mutation of a lower-case Welsh month name: "5 o Fawrth" is how March is
 * written after "o", so people type "Fawrth". Only the first letters month names start with.
 */
function softMutation(name: string): string {
  return name.replace(/^(rh|m|g|t)/, (start) => ({ rh: 'r', m: 'f', g: '', t: 'd' })[start] ?? start);
}

/** Lower-case name, abbreviation or mutated Welsh form -> month number (1-12). */
export const MONTHS_BY_NAME: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES['en-GB'].flatMap((english, index) => {
    const welsh = [MONTH_NAMES.cy[index]!.toLowerCase(), ...ABBREVIATIONS.cy[index]!];
    const names = [english.toLowerCase(), ...ABBREVIATIONS['en-GB'][index]!, ...welsh, ...welsh.map(softMutation)];
    return names.map((name) => [name, index + 1] as const);
  }),
);

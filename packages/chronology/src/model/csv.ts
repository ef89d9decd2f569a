import type { ItemEntry } from './types.js';

/** The columns of the CSV, in order; the header row uses these names so a file can be read back by machine. */
export const CSV_COLUMNS = [
  'id',
  'date',
  'approximate',
  'title',
  'description',
  'category',
  'source',
  'significance',
  'impactOnChild',
  'actionTaken',
  'childIds',
  'recordedBy',
  'recordedAt',
  'links',
  'suppliedBy',
] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: a value that a spreadsheet would run as a formula gets a leading apostrophe
 * (shown as text, never executed); a value with a comma, quote or line break is quoted
 * and its quotes doubled (RFC 4180).
 */
export function csvCell(value: unknown): string {
  let text = value === undefined || value === null ? '' : typeof value === 'string' ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellValue(entry: ItemEntry, column: (typeof CSV_COLUMNS)[number]): unknown {
  switch (column) {
    case 'approximate':
      return entry.approximate ? 'true' : '';
    case 'childIds':
    case 'suppliedBy':
      return (entry[column] ?? []).join('; ');
    case 'links':
      return (entry.links ?? []).map((link) => `${link.label} <${link.href}>`).join('; ');
    default:
      return entry[column];
  }
}

/**
 * The entries as CSV (RFC 4180: CRLF between records, a header row), safe to open in a
 * spreadsheet. Pass `bom: true` for a file Excel should read as UTF-8 (Welsh accents).
 */
export function toCsv(entries: readonly ItemEntry[], { bom = false }: { bom?: boolean } = {}): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const entry of entries) rows.push(CSV_COLUMNS.map((column) => csvCell(cellValue(entry, column))).join(','));
  return (bom ? '\uFEFF' : '') + rows.join('\r\n') + '\r\n';
}

import { toText } from './text.js';

const ALLOWED_PROTOCOLS = ['http:', 'https:'];
/** Only used to resolve relative URLs; never requested. */
const RESOLVE_BASE = 'https://kith.invalid/';

/**
 * The URL, trimmed, when it is safe to put in an href: http, https or relative (such as
 * "#date-of-birth" or "/cases/1"); otherwise null. The browser's own URL parser decides
 * the scheme, so tricks such as " java\tscript:" or "JaVaScRiPt:" are caught.
 */
export function checkedHref(value: unknown): string | null {
  const href = toText(value).trim();
  if (!href) return null;
  try {
    return ALLOWED_PROTOCOLS.includes(new URL(href, RESOLVE_BASE).protocol) ? href : null;
  } catch {
    return null;
  }
}

/**
 * For rendering: the checked href, or '' when it is empty or unsafe. When `field` is given,
 * a refused URL logs a console warning naming the field, so a developer can find the data.
 */
export function safeHref(value: unknown, field?: string): string {
  const href = checkedHref(value);
  if (href !== null) return href;
  const given = toText(value).trim();
  if (given && field) {
    const shown = given.length > 80 ? `${given.slice(0, 80)}…` : given;
    console.warn(`${field}: "${shown}" is not an http, https or relative URL, so it is not rendered as a link.`);
  }
  return '';
}

import { msg, str } from '@lit/localize';
import { getLocale } from '@kith/core';
import type { DatePrecision, PartialDate } from './types.js';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/;
const RECORDED_AT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

export const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, minute: 3 };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Whether the text looks like one of the four accepted forms, real or not. */
export function isPartialDateFormat(text: string): boolean {
  return PARTIAL_DATE.test(text);
}

/**
 * Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. Returns null for any other
 * form and for dates that do not exist (2024-02-31, 2023-13, 25:00). Read by hand rather
 * than with a regular expression, and with the digits read inline rather than by a helper:
 * it runs once per entry, for tens of thousands of entries, while the code is still cold
 * (not yet optimised), when every call costs. `charCode - 48` taken unsigned is above 9 for
 * anything but a digit.
 */
export function parsePartialDate(text: unknown): PartialDate | null {
  if (typeof text !== 'string') return null;
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10 && length !== 16) return null;
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  if (y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || y4 >>> 0 > 9) return null;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  if (year < 1) return null;
  if (length === 4) return { precision: 'year', year };
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  if (text.charCodeAt(4) !== 45 || m1 >>> 0 > 9 || m2 >>> 0 > 9) return null;
  const month = m1 * 10 + m2;
  if (month < 1 || month > 12) return null;
  if (length === 7) return { precision: 'month', year, month };
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  if (text.charCodeAt(7) !== 45 || d1 >>> 0 > 9 || d2 >>> 0 > 9) return null;
  const day = d1 * 10 + d2;
  if (day < 1 || (day > 28 && day > daysInMonth(year, month))) return null;
  if (length === 10) return { precision: 'day', year, month, day };
  const h1 = text.charCodeAt(11) - 48;
  const h2 = text.charCodeAt(12) - 48;
  const n1 = text.charCodeAt(14) - 48;
  const n2 = text.charCodeAt(15) - 48;
  if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || h1 >>> 0 > 9 || h2 >>> 0 > 9 || n1 >>> 0 > 9 || n2 >>> 0 > 9) {
    return null;
  }
  const hour = h1 * 10 + h2;
  const minute = n1 * 10 + n2;
  if (hour > 23 || minute > 59) return null;
  return { precision: 'minute', year, month, day, hour, minute };
}

/** Whether the text is an ISO date, or date and time, that exists (for recordedAt). */
export function isDateTime(text: string): boolean {
  const match = RECORDED_AT.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return match[4] === undefined || (Number(match[4]) <= 23 && Number(match[5]) <= 59 && Number(match[6] ?? 0) <= 59);
}

/** The first minute of the date's period as a comparable number (YYYYMMDD then minute of day). */
export function periodStart(date: PartialDate): number {
  const minute = date.hour === undefined ? 0 : date.hour * 60 + (date.minute ?? 0);
  return date.year * 1e8 + (date.month ?? 1) * 1e6 + (date.day ?? 1) * 1e4 + minute;
}

/** The last minute of the date's period, comparable with periodStart. */
export function periodEnd(date: PartialDate): number {
  const minute = date.hour === undefined ? 1439 : date.hour * 60 + (date.minute ?? 0);
  const month = date.month ?? 12;
  return date.year * 1e8 + month * 1e6 + (date.day ?? daysInMonth(date.year, month)) * 1e4 + minute;
}

/** Orders dates by the start of their period; at the same start the coarser precision comes first. */
export function sortKeyOf(date: PartialDate): number {
  // periodStart(date) * 4 + PRECISION_RANK[date.precision], written out per precision so
  // that only the fields each kind of date has are read: it runs once per entry.
  const { precision, year } = date;
  switch (precision) {
    case 'year':
      return (year * 1e8 + 1e6 + 1e4) * 4;
    case 'month':
      return (year * 1e8 + (date.month ?? 1) * 1e6 + 1e4) * 4 + 1;
    case 'day':
      return (year * 1e8 + (date.month ?? 1) * 1e6 + (date.day ?? 1) * 1e4) * 4 + 2;
    case 'minute':
      return periodStart(date) * 4 + 3;
    default:
      return Number.NaN;
  }
}

/** Writes a partial date back as ISO text at its own precision. */
export function formatIsoDate(date: PartialDate): string {
  const pad = (n: number | undefined) => String(n ?? 0).padStart(2, '0');
  let text = String(date.year).padStart(4, '0');
  if (date.precision === 'year') return text;
  text += `-${pad(date.month)}`;
  if (date.precision === 'month') return text;
  text += `-${pad(date.day)}`;
  if (date.precision === 'day') return text;
  return `${text}T${pad(date.hour)}:${pad(date.minute)}`;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

/** Intl's formatter for the locale, or null when this browser has no data for it (Chrome has none for Welsh). */
function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat | null {
  const key = `${locale}|${precision}`;
  let found = formatters.get(key);
  if (found === undefined) {
    const supported = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    // UTC on both sides: a recorded calendar date must not move with the reader's time zone.
    found = supported ? new Intl.DateTimeFormat(locale, { ...OPTIONS[precision], timeZone: 'UTC' }) : null;
    formatters.set(key, found);
  }
  return found;
}

/**
 * Creates the formatters for a locale ahead of need. The first Intl formatter of a page
 * loads locale data, which takes several milliseconds; doing it in idle time keeps that
 * out of the first render of a chronology.
 */
export function prepareDateFormats(locale: string = getLocale()): void {
  for (const precision of ['year', 'month', 'day', 'minute'] as const) formatter(locale, precision);
}

/** Month names from Kith's own translations, for browsers without Intl data for the locale. */
export function monthName(month: number): string {
  const names = [
    msg('January', { id: 'kith.chronology.month.1' }),
    msg('February', { id: 'kith.chronology.month.2' }),
    msg('March', { id: 'kith.chronology.month.3' }),
    msg('April', { id: 'kith.chronology.month.4' }),
    msg('May', { id: 'kith.chronology.month.5' }),
    msg('June', { id: 'kith.chronology.month.6' }),
    msg('July', { id: 'kith.chronology.month.7' }),
    msg('August', { id: 'kith.chronology.month.8' }),
    msg('September', { id: 'kith.chronology.month.9' }),
    msg('October', { id: 'kith.chronology.month.10' }),
    msg('November', { id: 'kith.chronology.month.11' }),
    msg('December', { id: 'kith.chronology.month.12' }),
  ];
  return names[month - 1] ?? '';
}

/** "5 March 2024" without Intl: GOV.UK's day-month-year order, the month in the current locale. */
function formatWithoutIntl(date: PartialDate): string {
  const year = String(date.year);
  if (date.precision === 'year') return year;
  const month = `${monthName(date.month!)} ${year}`;
  if (date.precision === 'month') return month;
  const day = `${date.day} ${month}`;
  if (date.precision === 'day') return day;
  const time = `${String(date.hour).padStart(2, '0')}:${String(date.minute).padStart(2, '0')}`;
  return msg(str`${day} at ${time}`, { id: 'kith.chronology.date.at-time' });
}

/**
 * The date as people read it in the locale, at exactly its recorded precision:
 * "2024", "March 2024", "5 March 2024", "5 March 2024 at 14:30" (Welsh: "5 Mawrth 2024").
 * Pass the current locale: where the browser has no Intl data for it, Kith's own
 * translations (which follow the current locale) are used.
 */
export function formatPartialDate(date: PartialDate, locale: string = getLocale()): string {
  const intl = formatter(locale, date.precision);
  if (!intl) return formatWithoutIntl(date);
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1, date.hour ?? 0, date.minute ?? 0));
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back.
  utc.setUTCFullYear(date.year);
  return intl.format(utc);
}

/** The formatted date with "about" when it is an estimate. */
export function formatEntryDate(date: PartialDate, approximate: boolean, locale: string = getLocale()): string {
  const text = formatPartialDate(date, locale);
  return approximate ? msg(str`about ${text}`, { id: 'kith.chronology.date.approximate' }) : text;
}

/** A recordedAt value for people: the date, with the time when there is one, in the locale. */
export function formatRecordedAt(text: string, locale: string = getLocale()): string {
  const match = RECORDED_AT.exec(text);
  if (!match) return text;
  const day = { precision: 'day' as const, year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (match[4] === undefined) return formatPartialDate(day, locale);
  if (match[7]) {
    // An instant with an offset is shown as the reader's own wall-clock time.
    const instant = new Date(text.replace(' ', 'T'));
    if (!Number.isNaN(instant.getTime())) {
      return formatPartialDate(
        {
          precision: 'minute',
          year: instant.getFullYear(),
          month: instant.getMonth() + 1,
          day: instant.getDate(),
          hour: instant.getHours(),
          minute: instant.getMinutes(),
        },
        locale,
      );
    }
  }
  return formatPartialDate({ ...day, precision: 'minute', hour: Number(match[4]), minute: Number(match[5]) }, locale);
}

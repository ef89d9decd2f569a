import { MONTH_NAMES, MONTHS_BY_NAME } from './month-names.js';

/**
 * The date model behind kith-date-input: pure functions, no DOM, no time zone
 * arithmetic. Dates are ISO 8601 strings at one of three precisions:
 * `YYYY-MM-DD` (day), `YYYY-MM` (month) or `YYYY` (year), years 0001 to 9999.
 */

export type DatePrecision = 'day' | 'month' | 'year';
export type DatePart = 'day' | 'month' | 'year';

/** What a person typed in each box, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * Why typed parts are not a date:
 * - `empty`: every box is empty;
 * - `missing`: some boxes are empty (`parts` names them);
 * - `year-digits`: the year is a number but not 4 digits long ("90");
 * - `not-real`: a box holds something that cannot be part of a date, or the
 *   whole is not a real date such as 30 February (`parts` names the wrong boxes).
 */
export type DateProblem = 'empty' | 'missing' | 'year-digits' | 'not-real';

export type DateParseResult =
  | { ok: true; iso: string }
  | { ok: false; problem: DateProblem; parts: DatePart[] };

/** Why a real date is outside what a field allows. */
export type DateRangeProblem = 'not-past' | 'not-future' | 'before-min' | 'after-max';

export interface DateRange {
  /** Earliest allowed date, ISO at any precision; an unreadable value is ignored. */
  min?: string;
  /** Latest allowed date, ISO at any precision; an unreadable value is ignored. */
  max?: string;
  /** The date must be before today (today is not in the past); a month or year must have begun before today. */
  pastOnly?: boolean;
  /** The date must be after today; a month or year must end after today. */
  futureOnly?: boolean;
  /** Today as `YYYY-MM-DD`; see todayIso(). */
  today: string;
}

const PARTS_BY_PRECISION: Record<DatePrecision, DatePart[]> = {
  day: ['day', 'month', 'year'],
  month: ['month', 'year'],
  year: ['year'],
};
const ISO_LENGTH: Record<DatePrecision, number> = { year: 4, month: 7, day: 10 };
const ISO_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The boxes a field of this precision shows, in the order GOV.UK shows them. */
export function partsFor(precision: DatePrecision): DatePart[] {
  return PARTS_BY_PRECISION[precision];
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for a day that exists in the Gregorian calendar, years 1 to 9999. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Reads a month typed as a number ("1", "01") or a name or abbreviation in English or Welsh. */
export function parseMonth(text: string): number | null {
  const cleaned = normalise(text).toLowerCase().replace(/\.$/, '');
  if (/^\d+$/.test(cleaned)) {
    const month = Number(cleaned);
    return month >= 1 && month <= 12 ? month : null;
  }
  return MONTHS_BY_NAME.get(cleaned) ?? null;
}

/** Writes an ISO date at the precision the given parts imply (year, year+month, or all three). */
export function formatIsoDate(year: number, month?: number, day?: number): string {
  let iso = String(year).padStart(4, '0');
  if (month !== undefined) iso += `-${String(month).padStart(2, '0')}`;
  if (month !== undefined && day !== undefined) iso += `-${String(day).padStart(2, '0')}`;
  return iso;
}

/**
 * Checks what a person typed in the boxes of a field of this precision and returns
 * the ISO date, or the problem and which boxes it is in. Never throws.
 */
export function parseDateParts(typed: Partial<DateParts>, precision: DatePrecision = 'day'): DateParseResult {
  const active = partsFor(precision);
  const text = { day: normalise(typed.day), month: normalise(typed.month), year: normalise(typed.year) };
  const missing = active.filter((part) => text[part] === '');
  if (missing.length === active.length) return { ok: false, problem: 'empty', parts: active };
  if (missing.length) return { ok: false, problem: 'missing', parts: missing };

  const value: Record<DatePart, number | null> = {
    day: readNumber(text.day, 31),
    month: parseMonth(text.month),
    year: /^\d{4}$/.test(text.year) && text.year !== '0000' ? Number(text.year) : null,
  };
  const wrong = active.filter((part) => value[part] === null);
  if (wrong.length === 1 && wrong[0] === 'year' && /^\d+$/.test(text.year) && text.year.length !== 4) {
    return { ok: false, problem: 'year-digits', parts: ['year'] };
  }
  if (wrong.length) return { ok: false, problem: 'not-real', parts: wrong };
  const { day, month, year } = value as Record<DatePart, number>;
  if (precision === 'day' && !isRealDate(year, month, day)) return { ok: false, problem: 'not-real', parts: ['day'] };
  return { ok: true, iso: formatIsoDate(year, precision === 'year' ? undefined : month, precision === 'day' ? day : undefined) };
}

/** The precision of a well-formed ISO date string, or null when it is not one. */
export function precisionOf(iso: string): DatePrecision | null {
  const match = ISO_PATTERN.exec(iso);
  if (!match) return null;
  const [, year, month, day] = match;
  if (!isRealDate(Number(year), Number(month ?? 1), Number(day ?? 1))) return null;
  return day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}

/** True when text is a real ISO date of exactly this precision. */
export function isIsoDate(text: unknown, precision: DatePrecision = 'day'): text is string {
  return typeof text === 'string' && precisionOf(text) === precision;
}

/**
 * Reads whatever it can of an ISO-looking value into boxes, leaving the rest empty:
 * "2020-02-30" fills all three (and parseDateParts then says it is not real),
 * "2020-05-17T10:00Z" fills 2020, 05 and 17, "not-a-date" fills nothing. Never throws.
 */
export function partsFromIso(text: unknown): DateParts {
  const match = /^\s*(\d+)(?:-(\d+)(?:-(\d+))?)?/.exec(typeof text === 'string' ? text : '');
  return { year: match?.[1] ?? '', month: match?.[2] ?? '', day: match?.[3] ?? '' };
}

/**
 * Compares two ISO dates at the coarser of their precisions: "2020-05" and "2020-05-17"
 * are the same. Returns -1, 0 or 1. Both must be well formed.
 */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Cuts an ISO date down to a precision: ("2020-05-17", "month") is "2020-05". */
export function truncateIsoDate(iso: string, precision: DatePrecision): string {
  return iso.slice(0, ISO_LENGTH[precision]);
}

/**
 * Checks a real ISO date against a field's limits. Returns the first problem and the
 * limit it broke (cut to the date's precision, ready to show), or null.
 */
export function checkDateRange(iso: string, range: DateRange): { problem: DateRangeProblem; limit: string } | null {
  const precision = precisionOf(iso);
  if (!precision) return null;
  const today = truncateIsoDate(range.today, precision);
  // A month or a year is past when its first day is, and future when its last day is:
  // a child born this year was born in the past.
  const [first, last] = daysOf(iso);
  if (range.pastOnly && compareIsoDates(first, range.today) >= 0) return { problem: 'not-past', limit: today };
  if (range.futureOnly && compareIsoDates(last, range.today) <= 0) return { problem: 'not-future', limit: today };
  const min = range.min && precisionOf(range.min) ? truncateIsoDate(range.min, precision) : '';
  if (min && compareIsoDates(iso, min) < 0) return { problem: 'before-min', limit: min };
  const max = range.max && precisionOf(range.max) ? truncateIsoDate(range.max, precision) : '';
  if (max && compareIsoDates(iso, max) > 0) return { problem: 'after-max', limit: max };
  return null;
}

/** The first and last days a real ISO date covers: one day, a month or a year. */
function daysOf(iso: string): [string, string] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (day) return [iso, iso];
  if (month) return [formatIsoDate(year, month, 1), formatIsoDate(year, month, daysInMonth(year, month))];
  return [formatIsoDate(year, 1, 1), formatIsoDate(year, 12, 31)];
}

/** Today on the person's device, as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return formatIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** "1 January 2020", "January 2020" or "2020"; Welsh month names for 'cy'. Unreadable input is returned as it is. */
export function formatDateForPeople(iso: string, locale: string): string {
  if (!precisionOf(iso)) return iso;
  const names = locale === 'cy' || locale.startsWith('cy-') ? MONTH_NAMES.cy : MONTH_NAMES['en-GB'];
  const [year, month, day] = iso.split('-');
  return [day && String(Number(day)), month && names[Number(month) - 1], year].filter(Boolean).join(' ');
}

function normalise(text: unknown): string {
  // NFKC turns full-width digits (from some input methods) into ASCII ones.
  return typeof text === 'string' ? text.normalize('NFKC').trim() : '';
}

function readNumber(text: string, max: number): number | null {
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= max ? value : null;
}

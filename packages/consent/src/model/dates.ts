import { isIsoDate } from '@kith/core';

// A date and time with seconds optional, fractions allowed, and a time zone required:
// a time without a zone means different instants on different machines.
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch for an ISO 8601 date and time with a zone; NaN for anything else. */
export function parseInstant(value: unknown): number {
  if (typeof value !== 'string') return NaN;
  const match = ISO_DATE_TIME.exec(value);
  if (!match || !isIsoDate(match[1])) return NaN;
  if (Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[4] ?? 0) > 59) return NaN;
  return Date.parse(value);
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date (YYYY-MM-DD) in the UK at an instant. Expiry and review dates are
 * UK calendar dates, so "today" must not depend on the time zone of the machine.
 */
export function ukDate(instant: number): string {
  const parts = Object.fromEntries(londonParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The date `days` after an ISO date (negative goes back). */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole years from a date of birth to a date, both YYYY-MM-DD. */
export function ageOn(dateOfBirth: string, isoDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

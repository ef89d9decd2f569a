import { msg, str } from '@lit/localize';
import { formatDateForPeople, getLocale } from '@kith/core';
import { parseInstant, ukDate } from '../model/dates.js';

/** "1 March 2027" (Welsh month names in cy). */
export function formatDate(iso: string): string {
  return formatDateForPeople(iso, getLocale());
}

const londonTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: 'numeric', minute: '2-digit', hour12: true });

/** "10 February 2026 at 2:20pm", in UK time as GOV.UK writes it; the text as given if it is not a date and time. */
export function formatDateTime(isoInstant: string): string {
  const instant = parseInstant(isoInstant);
  if (Number.isNaN(instant)) return isoInstant;
  const parts = Object.fromEntries(londonTime.formatToParts(instant).map((part) => [part.type, part.value]));
  const clock = `${parts.hour}:${parts.minute}`;
  const time =
    parts.dayPeriod?.toLowerCase() === 'am'
      ? msg(str`${clock}am`, { id: 'kith.consent.time.am' })
      : msg(str`${clock}pm`, { id: 'kith.consent.time.pm' });
  const date = formatDate(ukDate(instant));
  return msg(str`${date} at ${time}`, { id: 'kith.consent.date-time' });
}


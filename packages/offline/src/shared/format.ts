import { msg, str } from '@lit/localize';
import { getLocale } from '@kith/core';

/** True when ms falls on the same calendar day as now, in local time. */
export function isToday(ms: number, now = Date.now()): boolean {
  return new Date(now).toDateString() === new Date(ms).toDateString();
}

function monthName(month: number): string {
  // Month names come from the translations, not Intl: some browsers ship no Welsh date data.
  const names = [
    msg('January', { id: 'kith.offline.month-1' }),
    msg('February', { id: 'kith.offline.month-2' }),
    msg('March', { id: 'kith.offline.month-3' }),
    msg('April', { id: 'kith.offline.month-4' }),
    msg('May', { id: 'kith.offline.month-5' }),
    msg('June', { id: 'kith.offline.month-6' }),
    msg('July', { id: 'kith.offline.month-7' }),
    msg('August', { id: 'kith.offline.month-8' }),
    msg('September', { id: 'kith.offline.month-9' }),
    msg('October', { id: 'kith.offline.month-10' }),
    msg('November', { id: 'kith.offline.month-11' }),
    msg('December', { id: 'kith.offline.month-12' }),
  ];
  return names[month] ?? '';
}

/** "14:03" today; "3 March at 14:03" on another day, in the current locale and the device's time zone. */
export function formatWhen(ms: number, now = Date.now()): string {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return '';
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  if (isToday(ms, now)) return time;
  const day = date.getDate();
  const month = monthName(date.getMonth());
  return msg(str`${day} ${month} at ${time}`, { id: 'kith.offline.date-time' });
}


const byteFormats = new Map<string, Intl.NumberFormat>();

/** "2.1 MB" in the current locale. */
export function formatBytes(bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  // Making a formatter is slow; the status re-renders with every change while sending.
  const key = `${getLocale()} ${units[unit]}`;
  let format = byteFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(getLocale(), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 });
    byteFormats.set(key, format);
  }
  return format.format(value);
}

/** Reads a time a host gave as a number, a Date or an ISO string; null when it is none of those. */
export function toTime(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : /^\d+$/.test(String(value)) ? Number(value) : Date.parse(String(value));
  return Number.isFinite(time) ? time : null;
}

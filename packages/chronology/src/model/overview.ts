import type { ChronologyItem } from './types.js';

export type OverviewGranularity = 'month' | 'year';

/** The number of events in one month or year, by significance; `other` is significance missing or wrong. */
export interface PeriodCount {
  /** ISO text of the period: "2024" or "2024-03"; also what a filter to this period uses. */
  period: string;
  year: number;
  month?: number;
  high: number;
  medium: number;
  low: number;
  other: number;
  total: number;
}

export interface Overview {
  granularity: OverviewGranularity;
  /** Every period from the first event to the last, empty ones included so gaps show. */
  periods: PeriodCount[];
  /** Events recorded with the year only, which a monthly chart cannot place in a month. */
  yearOnly: number;
  /** Events without a valid date. */
  undated: number;
  /** The largest total of any period. */
  max: number;
}

/** Above this many months the chart counts by year, so bars stay wide enough to see and click. */
export const MAX_MONTHS = 72;

/** Counts dated items per month or year, from the first period with an event to the last. */
export function overviewOf(items: readonly ChronologyItem[], granularity: OverviewGranularity | 'auto' = 'auto'): Overview {
  let first = Infinity;
  let last = -Infinity;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  let undated = 0;
  for (const item of items) {
    const date = item.date;
    if (!date) {
      undated++;
      continue;
    }
    const month = date.month;
    if (month === undefined) {
      if (date.year * 12 < first) first = date.year * 12;
      if (date.year * 12 + 11 > last) last = date.year * 12 + 11;
      continue;
    }
    const at = date.year * 12 + month - 1;
    if (at < first) first = at;
    if (at > last) last = at;
    if (at < firstMonth) firstMonth = at;
    if (at > lastMonth) lastMonth = at;
  }
  let chosen: OverviewGranularity =
    granularity === 'auto' ? (last - first + 1 > MAX_MONTHS ? 'year' : 'month') : granularity;
  // With no event dated to a month there is nothing to count by month.
  if (firstMonth === Infinity) chosen = 'year';
  if (first === Infinity) return { granularity: chosen, periods: [], yearOnly: 0, undated, max: 0 };

  const byYear = chosen === 'year';
  // A monthly chart spans the months that have events; year-only events are counted apart, not spread.
  const start = byYear ? Math.floor(first / 12) : firstMonth;
  const end = byYear ? Math.floor(last / 12) : lastMonth;
  const length = end - start + 1;
  // Counted in typed arrays (one pass, no per-entry objects), turned into periods at the end.
  const counts = { high: new Int32Array(length), medium: new Int32Array(length), low: new Int32Array(length), other: new Int32Array(length) };
  let yearOnly = 0;
  for (const item of items) {
    const date = item.date;
    if (!date) continue;
    if (!byYear && date.month === undefined) {
      yearOnly++;
      continue;
    }
    const at = (byYear ? date.year : date.year * 12 + date.month! - 1) - start;
    const significance = item.entry.significance;
    const list = significance === 'high' || significance === 'medium' || significance === 'low' ? counts[significance] : counts.other;
    list[at]!++;
  }
  const periods: PeriodCount[] = [];
  for (let at = 0; at < length; at++) {
    const index = start + at;
    const year = byYear ? index : Math.floor(index / 12);
    const high = counts.high[at]!;
    const medium = counts.medium[at]!;
    const low = counts.low[at]!;
    const other = counts.other[at]!;
    const count: PeriodCount = { period: String(year).padStart(4, '0'), year, high, medium, low, other, total: high + medium + low + other };
    if (!byYear) {
      count.month = (index % 12) + 1;
      count.period += `-${String(count.month).padStart(2, '0')}`;
    }
    periods.push(count);
  }
  let max = 0;
  for (const period of periods) if (period.total > max) max = period.total;
  return { granularity: chosen, periods, yearOnly, undated, max };
}

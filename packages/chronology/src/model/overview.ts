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

/** A year's counts: four (high, medium, low, other) for each month, then four for events recorded with the year only. */
const YEAR_ONLY = 12 * 4;

/** What one pass over the items finds: counts per year, and where the dated items start and end. */
interface Tally {
  /** A row per year: four counts (high, medium, low, other) per month, then four for year-only items. */
  years: Map<number, Int32Array>;
  /** First and last month (year * 12 + month - 1) that any dated item covers, year-only items included. */
  first: number;
  last: number;
  /** First and last month of the items dated to a month or finer. */
  firstMonth: number;
  lastMonth: number;
  undated: number;
  yearOnly: number;
}

/**
 * The one pass over every item, kept apart in a small function of plain loops. It runs once,
 * while the code is cold; the engine compiles the loop in the background as it runs, and a
 * small loop is quick to compile (with the building of periods in the same function,
 * compiling it took as long as the whole first render of a 10,000-entry chronology).
 */
function tally(items: readonly ChronologyItem[]): Tally {
  // Items usually come in date order, so the row changes once a year, not once an item.
  const years = new Map<number, Int32Array>();
  let row: Int32Array = new Int32Array(0);
  let rowYear = Number.NaN;
  let first = Infinity;
  let last = -Infinity;
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  let undated = 0;
  let yearOnly = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const date = item.date;
    if (!date) {
      undated++;
      continue;
    }
    const year = date.year;
    const month = date.month;
    if (year !== rowYear) {
      rowYear = year;
      row = rowOf(years, year);
    }
    const significance = item.entry.significance;
    const kind = significance === 'high' ? 0 : significance === 'medium' ? 1 : significance === 'low' ? 2 : 3;
    if (month === undefined) {
      row[YEAR_ONLY + kind]!++;
      yearOnly++;
      if (year * 12 < first) first = year * 12;
      if (year * 12 + 11 > last) last = year * 12 + 11;
      continue;
    }
    row[(month - 1) * 4 + kind]!++;
    const at = year * 12 + month - 1;
    if (at < firstMonth) firstMonth = at;
    if (at > lastMonth) lastMonth = at;
  }
  return { years, first: Math.min(first, firstMonth), last: Math.max(last, lastMonth), firstMonth, lastMonth, undated, yearOnly };
}

/** The row of a year, made the first time: apart from the loop, as it runs once a year, not once an item. */
function rowOf(years: Map<number, Int32Array>, year: number): Int32Array {
  let row = years.get(year);
  if (!row) {
    row = new Int32Array(YEAR_ONLY + 4);
    years.set(year, row);
  }
  return row;
}

/** Counts dated items per month or year, from the first period with an event to the last. */
export function overviewOf(items: readonly ChronologyItem[], granularity: OverviewGranularity | 'auto' = 'auto'): Overview {
  const { years, first, last, firstMonth, lastMonth, undated, yearOnly } = tally(items);
  let chosen: OverviewGranularity =
    granularity === 'auto' ? (last - first + 1 > MAX_MONTHS ? 'year' : 'month') : granularity;
  // With no event dated to a month there is nothing to count by month.
  if (firstMonth === Infinity) chosen = 'year';
  if (first === Infinity) return { granularity: chosen, periods: [], yearOnly: 0, undated, max: 0 };

  const byYear = chosen === 'year';
  // A monthly chart spans the months that have events; year-only events are counted apart, not spread.
  const start = byYear ? Math.floor(first / 12) : firstMonth;
  const end = byYear ? Math.floor(last / 12) : lastMonth;
  const periods: PeriodCount[] = [];
  let max = 0;
  for (let index = start; index <= end; index++) {
    const year = byYear ? index : Math.floor(index / 12);
    const counts = [0, 0, 0, 0];
    const yearRow = years.get(year);
    if (yearRow) {
      // A year's bar counts every slot of its row; a month's, its own four.
      const from = byYear ? 0 : (index % 12) * 4;
      const to = byYear ? YEAR_ONLY + 4 : from + 4;
      for (let slot = from; slot < to; slot++) counts[slot % 4]! += yearRow[slot]!;
    }
    const high = counts[0]!;
    const medium = counts[1]!;
    const low = counts[2]!;
    const other = counts[3]!;
    const count: PeriodCount = { period: String(year).padStart(4, '0'), year, high, medium, low, other, total: high + medium + low + other };
    if (!byYear) {
      count.month = (index % 12) + 1;
      count.period += `-${String(count.month).padStart(2, '0')}`;
    }
    if (count.total > max) max = count.total;
    periods.push(count);
  }
  return { granularity: chosen, periods, yearOnly: byYear ? 0 : yearOnly, undated, max };
}

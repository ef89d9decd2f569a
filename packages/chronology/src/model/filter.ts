import { parsePartialDate, periodEnd, periodStart } from './dates.js';
import { fold, matchesTerms, searchTerms } from './search.js';
import { SIGNIFICANCES, type ChronologyItem, type Significance } from './types.js';

export type ChronologyOrder = 'oldest-first' | 'newest-first';
export const ORDERS: readonly ChronologyOrder[] = ['oldest-first', 'newest-first'];

export type ChronologyGrouping = 'month' | 'year';

/**
 * What a reader has chosen to see. Empty lists mean "any". `from` and `to` are ISO dates
 * at any precision (2024, 2024-03, 2024-03-05); an entry is in the range when its whole
 * recorded period is, so "2024" is not in March 2024 but "2024-03-05" is.
 */
export interface ChronologyFilter {
  text: string;
  categories: string[];
  sources: string[];
  significance: Significance[];
  childIds: string[];
  from: string;
  to: string;
}

export function emptyFilter(): ChronologyFilter {
  return { text: '', categories: [], sources: [], significance: [], childIds: [], from: '', to: '' };
}

function textList(value: unknown): string[] {
  return Array.isArray(value) ? [...new Set(value.filter((item): item is string => typeof item === 'string'))] : [];
}

/**
 * Makes a filter from anything a host passes: unknown keys are ignored, lists keep only
 * text, and dates that are not valid ISO dates are left out.
 */
export function normaliseFilter(value: unknown): ChronologyFilter {
  const raw = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const date = (text: unknown) => (typeof text === 'string' && parsePartialDate(text) ? text : '');
  return {
    text: typeof raw.text === 'string' ? raw.text : '',
    categories: textList(raw.categories),
    sources: textList(raw.sources),
    significance: textList(raw.significance).filter((s): s is Significance => SIGNIFICANCES.includes(s as Significance)),
    childIds: textList(raw.childIds),
    from: date(raw.from),
    to: date(raw.to),
  };
}

export function isFilterEmpty(filter: ChronologyFilter): boolean {
  return (
    !filter.text.trim() &&
    !filter.categories.length &&
    !filter.sources.length &&
    !filter.significance.length &&
    !filter.childIds.length &&
    !filter.from &&
    !filter.to
  );
}

/** Folded text of every text field of an item, for search; fields are kept apart so a term cannot span two. */
export function searchTextOf(item: ChronologyItem, categoryLabel: (id: string) => string = (id) => id): string {
  const e = item.entry;
  let text = `${e.title}\n${e.source}\n${categoryLabel(e.category)}`;
  for (const part of [e.description, e.impactOnChild, e.actionTaken, e.recordedBy]) if (part) text += `\n${part}`;
  for (const link of e.links ?? []) text += `\n${link.label}`;
  return fold(text);
}

/** A filter turned into quick checks. */
export interface CompiledFilter {
  readonly terms: readonly string[];
  readonly categories: ReadonlySet<string> | null;
  readonly sources: ReadonlySet<string> | null;
  readonly significance: ReadonlySet<string> | null;
  readonly childIds: ReadonlySet<string> | null;
  readonly fromKey: number;
  readonly toKey: number;
  readonly hasDateRange: boolean;
}

const setOrNull = (list: readonly string[]) => (list.length ? new Set(list) : null);

export function compileFilter(filter: ChronologyFilter): CompiledFilter {
  const from = parsePartialDate(filter.from);
  const to = parsePartialDate(filter.to);
  return {
    terms: searchTerms(filter.text),
    categories: setOrNull(filter.categories),
    sources: setOrNull(filter.sources),
    significance: setOrNull(filter.significance),
    childIds: setOrNull(filter.childIds),
    fromKey: from ? periodStart(from) : -Infinity,
    toKey: to ? periodEnd(to) : Infinity,
    hasDateRange: !!(from || to),
  };
}

/** Everything but the date range: the chart counts with this, so choosing a period does not empty it. */
export function matchesExceptDates(item: ChronologyItem, filter: CompiledFilter, searchText: (item: ChronologyItem) => string): boolean {
  const e = item.entry;
  if (filter.categories && !filter.categories.has(e.category)) return false;
  if (filter.sources && !filter.sources.has(e.source)) return false;
  if (filter.significance && !filter.significance.has(e.significance)) return false;
  // An entry naming no child is about the whole sibling group, so every child's filter shows it.
  if (filter.childIds && e.childIds?.length && !e.childIds.some((id) => filter.childIds!.has(id))) return false;
  return !filter.terms.length || matchesTerms(searchText(item), filter.terms);
}

export function matchesDates(item: ChronologyItem, filter: CompiledFilter): boolean {
  if (!filter.hasDateRange) return true;
  if (!item.date) return false;
  return periodStart(item.date) >= filter.fromKey && periodEnd(item.date) <= filter.toKey;
}

/**
 * Orders items: by date (oldest or newest first), entries with the same date keep the order
 * they were given in, and entries without a valid date come last, also in the order given.
 */
export function sortItems(items: readonly ChronologyItem[], order: ChronologyOrder): ChronologyItem[] {
  const direction = order === 'newest-first' ? -1 : 1;
  // Case systems usually export in date order: checking first makes that case linear, with no copy.
  let inOrder = true;
  let previous = -Infinity;
  for (let i = 0; i < items.length && inOrder; i++) {
    const key = items[i]!.sortKey * direction;
    // NaN (no valid date) fails the comparison, so a list with undated entries is always sorted properly.
    inOrder = key >= previous;
    previous = key;
  }
  return inOrder ? (items as ChronologyItem[]) : sortByKey(items, direction);
}

/**
 * Sorts in one pass and the engine's numeric sort, rather than a comparison function called
 * n log n times: each dated item becomes one whole number, its key's distance from the
 * first dated key times the count plus its position, which orders by key and then by
 * position. Undated items follow in the order given.
 */
function sortByKey(items: readonly ChronologyItem[], direction: number): ChronologyItem[] {
  const count = items.length;
  const packed = new Float64Array(count);
  const undated: ChronologyItem[] = [];
  let dated = 0;
  let origin = Number.NaN;
  let spread = 0;
  for (let position = 0; position < count; position++) {
    const key = items[position]!.sortKey * direction;
    if (Number.isNaN(key)) {
      undated.push(items[position]!);
      continue;
    }
    if (!dated) origin = key;
    const distance = key - origin;
    spread = Math.max(spread, Math.abs(distance));
    packed[dated++] = distance * count + position;
  }
  // Dates that span too much to pack exactly with this many items (centuries of them in a
  // very long list) take the slower way.
  if ((spread + 1) * count > Number.MAX_SAFE_INTEGER) {
    const sorted = items.filter((item) => !Number.isNaN(item.sortKey)).sort((a, b) => (a.sortKey - b.sortKey) * direction);
    return sorted.concat(undated);
  }
  const keys = packed.subarray(0, dated).sort();
  const sorted: ChronologyItem[] = new Array(count);
  for (let i = 0; i < dated; i++) {
    const position = keys[i]! % count;
    sorted[i] = items[position < 0 ? position + count : position]!;
  }
  for (let i = 0; i < undated.length; i++) sorted[dated + i] = undated[i]!;
  return sorted;
}

/** The items that pass a filter, in the order given. Nothing is added, repeated or reordered. */
export function filterItems(
  items: readonly ChronologyItem[],
  filter: ChronologyFilter,
  categoryLabel?: (id: string) => string,
): ChronologyItem[] {
  const compiled = compileFilter(filter);
  const searchText = (item: ChronologyItem) => searchTextOf(item, categoryLabel);
  return items.filter((item) => matchesDates(item, compiled) && matchesExceptDates(item, compiled, searchText));
}

/** A year, month, or "date not valid" heading, and how many of the shown entries it covers. */
export interface GroupHeading {
  kind: 'year' | 'month' | 'undated';
  year: number;
  /** Absent for a month heading of entries recorded with the year only. */
  month?: number;
  count: number;
}

/**
 * The headings to show before shown entries, by position. Entries recorded with the year
 * only get their own "month not recorded" group in the year, so no month is invented.
 */
export function groupHeadings(shown: readonly ChronologyItem[], grouping: ChronologyGrouping): Map<number, GroupHeading[]> {
  // Plain loops and no closure: this runs over every shown entry on each load and filter,
  // and the engine compiles it while it runs (a closure and its map calls made that slow).
  const starts: number[] = [];
  const started: GroupHeading[] = [];
  const byMonth = grouping === 'month';
  let year: GroupHeading | null = null;
  let month: GroupHeading | null = null;
  let undated: GroupHeading | null = null;
  for (let position = 0; position < shown.length; position++) {
    const date = shown[position]!.date;
    if (!date) {
      if (!undated) {
        undated = { kind: 'undated', year: 0, count: 0 };
        starts.push(position);
        started.push(undated);
      }
      undated.count++;
      continue;
    }
    if (!year || year.year !== date.year) {
      year = { kind: 'year', year: date.year, count: 0 };
      starts.push(position);
      started.push(year);
      month = null;
    }
    year.count++;
    if (byMonth) {
      if (!month || month.month !== date.month) {
        month = { kind: 'month', year: date.year, count: 0 };
        if (date.month !== undefined) month.month = date.month;
        starts.push(position);
        started.push(month);
      }
      month.count++;
    }
  }
  return headingsByPosition(starts, started);
}

/** The headings started at each position, in order (a year heading, then its first month's). */
function headingsByPosition(starts: readonly number[], started: readonly GroupHeading[]): Map<number, GroupHeading[]> {
  const headings = new Map<number, GroupHeading[]>();
  for (let i = 0; i < starts.length; i++) {
    const list = headings.get(starts[i]!);
    if (list) list.push(started[i]!);
    else headings.set(starts[i]!, [started[i]!]);
  }
  return headings;
}

/** Writes a filter (and order) into URL search parameters, so a host can keep it in the address. */
export function filterToSearchParams(filter: ChronologyFilter, order?: ChronologyOrder): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.text.trim()) params.set('q', filter.text);
  for (const category of filter.categories) params.append('category', category);
  for (const source of filter.sources) params.append('source', source);
  for (const significance of filter.significance) params.append('significance', significance);
  for (const child of filter.childIds) params.append('child', child);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (order) params.set('order', order);
  return params;
}

/** Reads what filterToSearchParams wrote; anything not valid is left out. */
export function filterFromSearchParams(params: URLSearchParams): { filter: ChronologyFilter; order?: ChronologyOrder } {
  const filter = normaliseFilter({
    text: params.get('q') ?? '',
    categories: params.getAll('category'),
    sources: params.getAll('source'),
    significance: params.getAll('significance'),
    childIds: params.getAll('child'),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  });
  const order = params.get('order');
  return ORDERS.includes(order as ChronologyOrder) ? { filter, order: order as ChronologyOrder } : { filter };
}

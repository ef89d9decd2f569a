import { isDateTime, isPartialDateFormat, parsePartialDate, sortKeyOf } from './dates.js';
import { DEFAULT_CATEGORY_IDS, shortValue } from './labels.js';
import {
  SIGNIFICANCES,
  type ChronologyCategory,
  type ChronologyChild,
  type ChronologyEntry,
  type ChronologyItem,
  type ChronologyLink,
  type EntryField,
  type EntryProblem,
  type ItemEntry,
  type ProblemCode,
  type Significance,
} from './types.js';

type Problem = Omit<EntryProblem, 'message'>;

/**
 * Returns the address when it is safe to put in an href (http, https or relative),
 * otherwise null. The URL parser is the judge, so "java\tscript:" and " JAVASCRIPT:"
 * are caught the way a browser would read them.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, 'https://kith.invalid/');
    return url.protocol === 'https:' || url.protocol === 'http:' ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * Checks the children a page gives an element as `childNames`: null or undefined is none;
 * anything else must be an array of `{ id, name }` with a non-empty text id, or a TypeError
 * names the field. A missing name shows the id.
 */
export function checkChildNames(value: unknown, element: string): ChronologyChild[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError(`${element}: childNames must be an array of { id, name } objects`);
  return value.map((child: unknown, index) => {
    const { id, name } = (child ?? {}) as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || !id.trim()) throw new TypeError(`${element}: childNames[${index}].id must be a non-empty string`);
    return { id, name: typeof name === 'string' && name.trim() ? name : id };
  });
}

/**
 * Checks the categories a page gives an element: null or undefined means the standard ones;
 * anything else must be an array of `{ id, label }` with a non-empty text id, or a TypeError
 * names the field. A missing label shows the id.
 */
export function checkCategories(value: unknown, element: string): ChronologyCategory[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`${element}: categories must be an array of { id, label } objects`);
  return value.map((category: unknown, index) => {
    const { id, label } = (category ?? {}) as { id?: unknown; label?: unknown };
    if (typeof id !== 'string' || !id.trim()) throw new TypeError(`${element}: categories[${index}].id must be a non-empty string`);
    return { id, label: typeof label === 'string' && label.trim() ? label : id };
  });
}

export interface ValidateOptions {
  /** Ids of the allowed categories; defaults to DEFAULT_CATEGORY_IDS. */
  categoryIds?: Iterable<string>;
}

export interface Validated {
  items: ChronologyItem[];
  /** Every problem, in entry order; index -1 is the list itself. */
  problems: Problem[];
}

class EntryReader {
  readonly problems: Problem[] = [];
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly index: number,
    private readonly id: string,
  ) {}

  report(field: EntryField, code: ProblemCode, value?: unknown): void {
    const problem: Problem = { index: this.index, id: this.id, field, code };
    if (value !== undefined) problem.value = shortValue(value);
    this.problems.push(problem);
  }

  /** Text that must be present and not blank. Numbers are shown as text but reported. */
  required(field: keyof ChronologyEntry): string {
    const reported = this.problems.length;
    const text = this.optional(field) ?? '';
    // A value of the wrong kind has been reported already; "missing" would say it twice.
    if (!text.trim() && this.problems.length === reported) this.report(field, 'missing');
    return text;
  }

  optional(field: keyof ChronologyEntry): string | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'string') return value;
    this.report(field, 'not-text', value);
    return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : undefined;
  }

  textList(field: 'childIds' | 'suppliedBy'): string[] | undefined {
    const value = this.raw[field];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.report(field, 'not-a-list', value);
      return undefined;
    }
    const texts = value.filter((item): item is string => typeof item === 'string');
    if (texts.length !== value.length) this.report(field, 'not-text', value);
    return texts;
  }

  links(): ChronologyLink[] | undefined {
    const value = this.raw.links;
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value)) {
      this.report('links', 'not-a-list', value);
      return undefined;
    }
    const links: ChronologyLink[] = [];
    for (const link of value) {
      const href = link && typeof link === 'object' ? (link as Record<string, unknown>).href : undefined;
      const label = link && typeof link === 'object' ? (link as Record<string, unknown>).label : undefined;
      if (typeof href !== 'string' || safeHref(href) === null) {
        this.report('links', 'unsafe-link', href ?? link);
      }
      // Kept (as text) even when unsafe: the reader still sees what was recorded.
      links.push({ label: typeof label === 'string' && label.trim() ? label : String(href ?? ''), href: typeof href === 'string' ? href : '' });
    }
    return links;
  }
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);

/** A list of texts. An index loop, not for…of: no iterator object for every entry's list. */
function isTextList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/**
 * The item of an entry that is exactly as the type says, used as it is, without a copy; null
 * when anything is off, and the careful path then says what. This is the usual case, the one
 * that has to be fast for tens of thousands of entries, and it runs while the code is still
 * cold (not yet optimised), when every call costs: so the checks and the sort key are written
 * out here rather than in small helpers.
 */
function wellFormedItem(record: Record<string, unknown>, index: number, categoryIds: ReadonlySet<string>): ChronologyItem | null {
  const { id, title, source, significance, approximate, description, impactOnChild, actionTaken, recordedBy, recordedAt, childIds, suppliedBy } =
    record;
  if (typeof id !== 'string' || typeof title !== 'string' || typeof source !== 'string') return null;
  // Present and not blank: a visible ASCII first character settles it without trim().
  const idStart = id.charCodeAt(0);
  const titleStart = title.charCodeAt(0);
  const sourceStart = source.charCodeAt(0);
  if (
    !(
      (significance === 'high' || significance === 'medium' || significance === 'low') &&
      ((idStart > 32 && idStart < 127) || id.trim() !== '') &&
      ((titleStart > 32 && titleStart < 127) || title.trim() !== '') &&
      ((sourceStart > 32 && sourceStart < 127) || source.trim() !== '') &&
      categoryIds.has(record.category as string) &&
      (approximate === undefined || approximate === true || approximate === false) &&
      (description === undefined || typeof description === 'string') &&
      (impactOnChild === undefined || typeof impactOnChild === 'string') &&
      (actionTaken === undefined || typeof actionTaken === 'string') &&
      (recordedBy === undefined || typeof recordedBy === 'string') &&
      (recordedAt === undefined || (typeof recordedAt === 'string' && isDateTime(recordedAt))) &&
      (childIds === undefined || isTextList(childIds)) &&
      (suppliedBy === undefined || isTextList(suppliedBy)) &&
      record.links === undefined
    )
  ) {
    return null;
  }
  const date = parsePartialDate(record.date);
  if (!date) return null;
  // sortKeyOf(date), written out: periodStart(date) * 4 + PRECISION_RANK[date.precision].
  const { year, month = 1, day = 1, hour, minute = 0 } = date;
  const start = year * 1e8 + month * 1e6 + day * 1e4 + (hour === undefined ? 0 : hour * 60 + minute);
  const rank = hour !== undefined ? 3 : date.day !== undefined ? 2 : date.month !== undefined ? 1 : 0;
  return { index, entry: record as unknown as ItemEntry, date, sortKey: start * 4 + rank, problems: NO_PROBLEMS };
}

/** Validates one entry. Never throws: whatever is wrong becomes a problem and the entry is still shown. */
export function validateEntry(raw: unknown, index: number, categoryIds: ReadonlySet<string>): ChronologyItem {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    const entry: ItemEntry = { id: '', date: '', title: '', category: '', source: '', significance: '' };
    return {
      index,
      entry,
      date: null,
      sortKey: Number.NaN,
      problems: [{ index, id: '', field: 'entry', code: 'not-an-object', value: shortValue(raw) }],
    };
  }
  const record = raw as Record<string, unknown>;
  const item = wellFormedItem(record, index, categoryIds);
  if (item) return item;
  const id = typeof record.id === 'string' ? record.id : typeof record.id === 'number' ? String(record.id) : '';
  const reader = new EntryReader(record, index, id);

  reader.required('id');
  const dateText = reader.required('date');
  const date = parsePartialDate(dateText);
  if (!date && dateText.trim()) {
    reader.report('date', isPartialDateFormat(dateText) ? 'impossible-date' : 'date-format', dateText);
  }
  const approximate = record.approximate;
  if (approximate !== undefined && approximate !== null && typeof approximate !== 'boolean') {
    reader.report('approximate', 'not-true-or-false', approximate);
  }
  const entry: ItemEntry = {
    id,
    date: dateText,
    title: reader.required('title'),
    category: reader.required('category'),
    source: reader.required('source'),
    significance: reader.required('significance'),
  };
  if (entry.category && !categoryIds.has(entry.category)) reader.report('category', 'unknown-category', entry.category);
  if (entry.significance && !SIGNIFICANCES.includes(entry.significance as Significance)) {
    reader.report('significance', 'unknown-significance', entry.significance);
  }
  if (approximate === true) entry.approximate = true;
  for (const field of ['description', 'impactOnChild', 'actionTaken', 'recordedBy'] as const) {
    const text = reader.optional(field);
    if (text !== undefined) entry[field] = text;
  }
  const recordedAt = reader.optional('recordedAt');
  if (recordedAt !== undefined) {
    entry.recordedAt = recordedAt;
    if (!isDateTime(recordedAt)) reader.report('recordedAt', 'not-a-date-time', recordedAt);
  }
  const childIds = reader.textList('childIds');
  if (childIds) entry.childIds = childIds;
  const suppliedBy = reader.textList('suppliedBy');
  if (suppliedBy) entry.suppliedBy = suppliedBy;
  const links = reader.links();
  if (links) entry.links = links;

  return {
    index,
    entry,
    date,
    sortKey: date ? sortKeyOf(date) : Number.NaN,
    problems: reader.problems,
  };
}

/**
 * Validates a list of entries a slice at a time, so a very long list can be checked
 * across several tasks without blocking the page. `validateEntries` runs it in one go.
 */
export class EntryValidator {
  readonly items: ChronologyItem[];
  readonly problems: Problem[] = [];
  private next = 0;
  private readonly categoryIds: ReadonlySet<string>;
  private readonly ids = new Set<string>();

  constructor(
    private readonly raw: readonly unknown[],
    options: ValidateOptions = {},
  ) {
    this.items = new Array(raw.length);
    this.categoryIds = new Set(options.categoryIds ?? DEFAULT_CATEGORY_IDS);
  }

  get done(): boolean {
    return this.next >= this.raw.length;
  }

  /** Validates up to `count` more entries. */
  step(count = Infinity): this {
    const end = Math.min(this.raw.length, this.next + count);
    for (let index = this.next; index < end; index++) {
      const raw = this.raw[index];
      // The usual case straight away; validateEntry says what is wrong with any other.
      let item: ChronologyItem =
        (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? wellFormedItem(raw as Record<string, unknown>, index, this.categoryIds) : null) ??
        validateEntry(raw, index, this.categoryIds);
      const id = item.entry.id;
      const seen = this.ids.size;
      // One hash lookup per entry, not two: the set only grows when the id is new.
      if (id && this.ids.add(id).size === seen) {
        const duplicate: Problem = { index, id, field: 'id', code: 'duplicate-id', value: shortValue(id) };
        item = { ...item, problems: [...item.problems, duplicate] };
      }
      this.items[index] = item;
      if (item.problems.length) this.problems.push(...item.problems);
    }
    this.next = end;
    return this;
  }
}

/** The problem of a value that is not a list of entries at all; null when it is one. */
export function listProblem(raw: unknown): Problem | null {
  return raw === undefined || raw === null || Array.isArray(raw)
    ? null
    : { index: -1, id: '', field: 'entry', code: 'not-a-list', value: shortValue(raw) };
}

/**
 * Validates everything a host put in `entries`. Every entry comes back, valid or not,
 * with its problems: nothing is silently dropped.
 */
export function validateEntries(raw: unknown, options: ValidateOptions = {}): Validated {
  const problem = listProblem(raw);
  if (problem) return { items: [], problems: [problem] };
  const { items, problems } = new EntryValidator(Array.isArray(raw) ? raw : [], options).step();
  return { items, problems };
}

/** How important an event is for the child, as the recorder judged it. */
export type Significance = 'high' | 'medium' | 'low';
export const SIGNIFICANCES: readonly Significance[] = ['high', 'medium', 'low'];

/** A link from an entry to a document or record elsewhere. Only http, https and relative addresses become links. */
export interface ChronologyLink {
  label: string;
  href: string;
}

/**
 * One significant event in a child's life.
 *
 * `date` is ISO 8601 at the precision it was recorded: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`
 * or `YYYY-MM-DDTHH:mm`. Kith shows it at that precision and never invents the rest.
 */
export interface ChronologyEntry {
  id: string;
  date: string;
  /** The date is an estimate; shown as "about". */
  approximate?: boolean;
  title: string;
  description?: string;
  /** The id of one of the configured categories (see DEFAULT_CATEGORY_IDS). */
  category: string;
  /** The agency or person the information came from. */
  source: string;
  significance: Significance;
  impactOnChild?: string;
  actionTaken?: string;
  /** The children of a sibling group this event is about; none means the whole group. */
  childIds?: string[];
  recordedBy?: string;
  /** ISO 8601 date or date and time the entry was recorded. */
  recordedAt?: string;
  links?: ChronologyLink[];
  /** Set by mergeChronologies: every agency whose chronology held this entry. */
  suppliedBy?: string[];
}

/** A category an entry can have; `label` is what people read, in their language. */
export interface ChronologyCategory {
  id: string;
  label: string;
}

/** A child of the sibling group, so that filters and entries can show names instead of ids. */
export interface ChronologyChild {
  id: string;
  name: string;
}

export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A calendar date (and time) known to some precision; parts below the precision are absent. */
export interface PartialDate {
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** Every field a problem can be reported against; 'entry' is the entry as a whole. */
export type EntryField = keyof ChronologyEntry | 'entry';

export type ProblemCode =
  | 'not-an-object'
  | 'missing'
  | 'not-text'
  | 'not-true-or-false'
  | 'not-a-list'
  | 'date-format'
  | 'impossible-date'
  | 'not-a-date-time'
  | 'unknown-category'
  | 'unknown-significance'
  | 'unsafe-link'
  | 'duplicate-id';

/** What is wrong with one field of one entry. `message` is in the current locale. */
export interface EntryProblem {
  /** Position of the entry in the array the host supplied. */
  index: number;
  /** The entry's id, or '' when it has none. */
  id: string;
  field: EntryField;
  code: ProblemCode;
  /** The offending value as text (shortened), when there is one to show. */
  value?: string;
  message: string;
}

/** An entry as validated: every text field is a string, and significance keeps the text it was given. */
export type ItemEntry = Omit<ChronologyEntry, 'significance'> & { significance: string };

/**
 * An entry as Kith holds it after validation: the host's entry with text fields made
 * safe to show, its parsed date (null when the date is not valid) and its problems.
 */
export interface ChronologyItem {
  readonly index: number;
  readonly entry: ItemEntry;
  readonly date: PartialDate | null;
  /** Orders items by the start of their period, coarser precision first; NaN when the date is not valid. */
  readonly sortKey: number;
  readonly problems: readonly Omit<EntryProblem, 'message'>[];
}

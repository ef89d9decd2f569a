import { html, isServer, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { live } from 'lit/directives/live.js';
import '@kith/forms/date-input.js';
import type { KithDateInput } from '@kith/forms/date-input.js';
import { KithElement, announce, ensureAnnouncer, focusStyles, getLocale, oneOf, visuallyHiddenStyles } from '@kith/core';
import {
  ORDERS,
  SIGNIFICANCES,
  compileFilter,
  defaultCategories,
  emptyFilter,
  fieldLabel,
  groupHeadings,
  isFilterEmpty,
  matchesDates,
  matchesExceptDates,
  normaliseFilter,
  overviewOf,
  periodEnd,
  periodStart,
  parsePartialDate,
  prepareDateFormats,
  problemMessage,
  searchTextOf,
  significanceLabel,
  sortItems,
  toCsv,
  EntryValidator,
  listProblem,
  withMessage,
  type ChronologyCategory,
  type ChronologyChild,
  type ChronologyFilter,
  type ChronologyGrouping,
  type ChronologyItem,
  type ChronologyOrder,
  type CompiledFilter,
  type EntryProblem,
  type GroupHeading,
  type ItemEntry,
  type Overview,
  type PeriodCount,
  checkCategories,
  checkChildNames,
} from '../model/index.js';
import { defaultStrings, type ChronologyStrings } from './strings.js';
import { renderPrintEntry, renderRow, heading, type EntryViewContext } from './entry-view.js';
import { renderOverview } from './overview-chart.js';
import { RowKeys, VirtualWindow } from './virtual-window.js';
import { chronologyStyles } from './chronology.styles.js';

/** Up to this many shown entries, every one is rendered; above it, entries near the viewport are. */
export const RENDER_ALL_UP_TO = 200;
/** Lists up to this long are validated in one go; longer ones in slices, a task each. */
const VALIDATE_AT_ONCE_UP_TO = 20_000;
const SLICE = 10_000;
/** Problems listed in the summary at the top; the rest are counted and shown on their entries. */
const PROBLEMS_LISTED = 10;
/** Wait for typing to pause before announcing the count, so a screen reader is not talked over. */
const ANNOUNCE_AFTER_MS = 600;

const ESTIMATED_ENTRY_PX = 150;
const ESTIMATED_HEADING_PX = 60;

/** Lets the browser paint and handle input between slices of long work. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });
}

/** Fired when the reader changes a filter or the order; carries plain data a host can keep in the URL. */
export class ChronologyFilterEvent extends Event {
  static readonly eventName = 'kith-chronology-filter';
  constructor(
    readonly filter: ChronologyFilter,
    readonly order: ChronologyOrder,
  ) {
    super(ChronologyFilterEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The chronology of a child's life: every significant event, grouped by year and month,
 * with an overview chart, filters, free-text search, print and CSV export. Fast with
 * tens of thousands of entries, and every entry stays reachable by keyboard and screen
 * reader (see docs/decisions/002-chronology-rendering.md).
 *
 * @summary Filterable, accessible chronology of significant events in a child's life.
 * @tagname kith-chronology
 *
 * @csspart overview - The overview section with the chart and its table.
 * @csspart chart - The SVG bar chart.
 * @csspart filters - The filter panel.
 * @csspart status - The "Showing 42 of 1,200 events" line.
 * @csspart feed - The list of entries.
 * @csspart entry - The card of one entry.
 * @csspart entry-problems - What is wrong with an entry that did not validate.
 * @csspart problem-summary - The summary of entries with problems.
 *
 * @cssprop --kith-color-significance-high - Colour of high significance.
 * @cssprop --kith-color-significance-medium - Colour of medium significance.
 * @cssprop --kith-color-significance-low - Colour of low significance.
 *
 * @fires kith-chronology-filter - When the reader changes a filter or the order. `event.filter`, `event.order`.
 */
export class KithChronology extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, chronologyStyles];

  /**
   * The entries to show (ChronologyEntry[]). Anything invalid is still shown, marked with
   * what is wrong, and listed in `problems`.
   */
  @property({ attribute: false })
  get entries(): readonly unknown[] {
    return this.rawEntries;
  }
  set entries(value: unknown) {
    const old = this.rawEntries;
    this.rawEntries = value as readonly unknown[];
    this.requestUpdate('entries', old);
  }

  /**
   * The categories entries can have, with labels in the reader's language. Defaults to the eleven standard ones.
   * Setting anything but an array of `{ id, label }` (or null) throws a TypeError naming the field.
   */
  @property({ attribute: false })
  get categories(): ChronologyCategory[] | undefined {
    return this.checkedCategories;
  }
  set categories(value: unknown) {
    const old = this.checkedCategories;
    this.checkedCategories = checkCategories(value, 'kith-chronology');
    this.requestUpdate('categories', old);
  }
  private checkedCategories?: ChronologyCategory[];

  /**
   * Names of the children of the sibling group, for the child filter and for entries.
   * Setting anything but such an array (or null) throws a TypeError naming the field.
   */
  @property({ attribute: false })
  get childNames(): ChronologyChild[] {
    return this.checkedChildNames;
  }
  set childNames(value: unknown) {
    const old = this.checkedChildNames;
    this.checkedChildNames = checkChildNames(value, 'kith-chronology');
    this.requestUpdate('childNames', old);
  }
  private checkedChildNames: ChronologyChild[] = [];

  /** What the reader has chosen to see. Setting it does not fire kith-chronology-filter. */
  @property({ attribute: false })
  get filter(): ChronologyFilter {
    return this.currentFilter;
  }
  set filter(value: unknown) {
    const old = this.currentFilter;
    this.currentFilter = normaliseFilter(value);
    this.requestUpdate('filter', old);
  }

  /** oldest-first or newest-first. */
  @property({ reflect: true }) order: ChronologyOrder = 'oldest-first';

  /** Headings for each year and month ("month"), or each year only ("year"). */
  @property({ attribute: 'group-by' }) groupBy: ChronologyGrouping = 'month';

  /** Level of the chronology's own headings (2 to 4); years are at this level, months and entries below. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Render every shown entry at once instead of those near the viewport. */
  @property({ type: Boolean, reflect: true, attribute: 'render-all' }) renderAll = false;

  /** Replaces any of the component's text, for local wording. */
  @property({ attribute: false }) strings: Partial<ChronologyStrings> = {};

  @state() private expanded = new Set<number>();
  @state() private fullText = new Set<number>();
  @state() private tableOpen = false;
  /** Closed at first: the search box is always there, the checkboxes and dates when asked for. */
  @state() private filtersOpen = false;
  /** The filters have been shown, so their controls exist (hidden while the filters are). */
  private filtersShown = false;
  @state() private tabbable = 0;

  @query('.feed') private feed?: HTMLElement;
  @query('.print-only') private printContainer?: HTMLElement;

  private rawEntries: readonly unknown[] = [];
  private currentFilter = emptyFilter();
  private items: ChronologyItem[] = [];
  private listProblems: Omit<EntryProblem, 'message'>[] = [];
  private sorted: ChronologyItem[] = [];
  private shown: ChronologyItem[] = [];
  private headings = new Map<number, GroupHeading[]>();
  private overview: Overview = overviewOf([]);
  private compiled: CompiledFilter = compileFilter(emptyFilter());
  private searchTexts: (string | undefined)[] = [];
  private sources: [string, number][] = [];
  private childIds: string[] = [];
  private categoryCounts = new Map<string, number>();
  private facetsCounted = false;
  private renderedLocale = '';
  private announceTimer = 0;
  /** Set while a very long list is being validated in slices. */
  private loading: Promise<void> | null = null;
  private loadingCount = 0;
  private loadGeneration = 0;
  private itemsChanged = false;
  /** The search index was built while loading. */
  private indexed = false;
  private sortedFrom: ChronologyItem[] = [];
  private sortedOrder: ChronologyOrder = 'oldest-first';
  private indexCallback = 0;
  private readonly rowKeys = new RowKeys();

  private readonly virtualWindow = new VirtualWindow(this, {
    container: () => this.feed,
    keyOf: (position) => this.shown[position]!.index * 4 + (this.headings.get(position)?.length ?? 0),
    estimate: ESTIMATED_ENTRY_PX,
    extra: () => [...this.headings].map(([position, list]): [number, number] => [position, list.length * ESTIMATED_HEADING_PX]),
    active: () => this.virtualised,
  });

  /** Every problem found in `entries`: which entry, which field, and why, in the current locale. */
  get problems(): EntryProblem[] {
    return this.listProblems.map(withMessage);
  }

  /** The entries the reader sees now (all that pass the filter, in the current order), as given. */
  get visibleEntries(): ItemEntry[] {
    return this.shown.map((item) => item.entry);
  }

  /** The entries in the current filter and order as CSV, safe to open in a spreadsheet. */
  toCsv(options?: { bom?: boolean }): string {
    return toCsv(this.visibleEntries, options);
  }

  /** Moves focus to an entry by id, clearing the filter if it hides the entry. Resolves false if there is none. */
  async focusEntry(id: string): Promise<boolean> {
    const item = this.items.find((candidate) => candidate.entry.id === id);
    return item ? this.focusItem(item) : false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // It announces: the live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    // Entries usually arrive from the network a moment later; get date formatting ready meanwhile.
    (window.requestIdleCallback ?? window.setTimeout)(() => prepareDateFormats());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    clearTimeout(this.announceTimer);
    (window.cancelIdleCallback ?? window.clearTimeout)(this.indexCallback);
  }

  /** The strings and category labels of this update: read once, as they follow the locale. */
  private text: ChronologyStrings = defaultStrings();
  private categoryList: ChronologyCategory[] = [];
  private categoryLabels = new Map<string, string>();
  private numberFormat = new Intl.NumberFormat();

  private get virtualised(): boolean {
    return !this.renderAll && this.shown.length > RENDER_ALL_UP_TO;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = getLocale();
    const localeChanged = locale !== this.renderedLocale;
    this.renderedLocale = locale;
    this.text = { ...defaultStrings(), ...this.strings };
    if (localeChanged || changed.has('categories')) {
      this.categoryList = this.categories ?? defaultCategories();
      this.categoryLabels = new Map(this.categoryList.map((category) => [category.id, category.label]));
      this.numberFormat = new Intl.NumberFormat(locale);
    }
    let reshow = false;
    if (changed.has('entries') || changed.has('categories')) {
      this.validate(changed.has('entries'));
    }
    const itemsChanged = this.itemsChanged;
    this.itemsChanged = false;
    if ((itemsChanged && !this.indexed) || localeChanged) {
      // Search text includes category labels, which follow the locale.
      this.searchTexts = new Array(this.items.length);
      this.indexWhenIdle();
    }
    this.indexed = false;
    if (itemsChanged || changed.has('order')) {
      this.sort(this.items);
      reshow = true;
    }
    if (changed.has('filter')) {
      this.compiled = compileFilter(this.currentFilter);
      reshow = true;
      // Ticked filters chosen elsewhere (a host restoring them from the URL) are shown, not hidden in a closed panel.
      const { categories, sources, significance, childIds } = this.currentFilter;
      if (categories.length || sources.length || significance.length || childIds.length) this.filtersOpen = true;
    }
    this.filtersShown ||= this.filtersOpen;
    // Counted the first time the filters are shown: nothing to pay for on a load that does not need them.
    if (this.filtersOpen && !this.facetsCounted) {
      this.countFacets();
      this.facetsCounted = true;
    }
    if (reshow || (localeChanged && this.compiled.terms.length)) this.applyFilter();
    else if (changed.has('groupBy') || changed.has('renderAll')) this.regroup();
  }

  /** The folded search text of an item, built the first time a search needs it. */
  private readonly searchText = (item: ChronologyItem): string =>
    (this.searchTexts[item.index] ??= searchTextOf(item, (id) => this.categoryLabel(id)));

  /**
   * Validates the entries: at once for an ordinary chronology, and for a very long one a
   * slice per task — validating, then ordering, then building the search index — so the
   * page never stops responding for long. `updateComplete` resolves once every entry is in.
   */
  private validate(newEntries: boolean): void {
    const raw = this.rawEntries;
    const options = { categoryIds: this.categoryLabels.keys() };
    const generation = ++this.loadGeneration;
    const done = (validator: EntryValidator, problem: Omit<EntryProblem, 'message'> | null) => {
      this.items = validator.items;
      this.listProblems = problem ? [problem] : validator.problems;
      this.facetsCounted = false;
      this.itemsChanged = true;
      if (newEntries) {
        this.expanded = new Set();
        this.fullText = new Set();
      }
    };
    const problem = listProblem(raw);
    const list = Array.isArray(raw) ? raw : [];
    const validator = new EntryValidator(list, options);
    if (list.length <= VALIDATE_AT_ONCE_UP_TO) {
      this.loading = null;
      done(validator.step(), problem);
      return;
    }
    this.loadingCount = list.length;
    const current = () => generation === this.loadGeneration;
    this.loading = (async () => {
      while (!validator.done) {
        validator.step(SLICE);
        await yieldToPage();
        if (!current()) return;
      }
      this.sort(validator.items);
      await yieldToPage();
      const searchTexts: string[] = new Array(validator.items.length);
      for (let start = 0; start < validator.items.length; start += SLICE) {
        const end = Math.min(validator.items.length, start + SLICE);
        for (let i = start; i < end; i++) searchTexts[i] = searchTextOf(validator.items[i]!, (id) => this.categoryLabel(id));
        await yieldToPage();
        if (!current()) return;
      }
      done(validator, null);
      this.searchTexts = searchTexts;
      this.indexed = true;
      this.loading = null;
      this.requestUpdate();
    })();
  }

  /** Orders the items, unless they already are in this order. */
  private sort(items: ChronologyItem[]): void {
    const order = oneOf(this.order, ORDERS, 'oldest-first');
    if (this.sortedFrom === items && this.sortedOrder === order) return;
    this.sorted = sortItems(items, order);
    this.sortedFrom = items;
    this.sortedOrder = order;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loading) {
      await this.loading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Builds the search text of every entry in idle time after a load, a slice at a time,
   * so the first search is as quick as the rest and no task runs long.
   */
  private indexWhenIdle(): void {
    // Server rendering (@lit-labs/ssr) has no idle time and no search: the browser indexes after hydrating.
    if (isServer) return;
    const idle = window.requestIdleCallback ?? ((callback: IdleRequestCallback) => window.setTimeout(() => callback({ timeRemaining: () => 8, didTimeout: false })));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    cancel(this.indexCallback);
    let next = 0;
    const step = (deadline: IdleDeadline) => {
      const items = this.items;
      while (next < items.length && deadline.timeRemaining() > 1) {
        const end = Math.min(items.length, next + 500);
        for (; next < end; next++) this.searchText(items[next]!);
      }
      if (next < items.length) this.indexCallback = idle(step);
    };
    this.indexCallback = idle(step);
  }

  private applyFilter(): void {
    const compiled = this.compiled;
    let chartItems = this.sorted;
    let shown = this.sorted;
    if (!isFilterEmpty(this.currentFilter)) {
      chartItems = this.sorted.filter((item) => matchesExceptDates(item, compiled, this.searchText));
      // The chart ignores the date range, so without one it shows the same entries as the list.
      shown = compiled.hasDateRange ? chartItems.filter((item) => matchesDates(item, compiled)) : chartItems;
    }
    this.shown = shown;
    this.overview = overviewOf(chartItems);
    this.tabbable = 0;
    this.regroup();
  }

  private regroup(): void {
    this.headings = groupHeadings(this.shown, this.groupBy === 'year' ? 'year' : 'month');
    this.virtualWindow.reset(this.shown.length);
  }

  private countFacets(): void {
    const sources = new Map<string, number>();
    const categories = new Map<string, number>();
    const children = new Set<string>();
    for (const { entry } of this.items) {
      if (entry.source) sources.set(entry.source, (sources.get(entry.source) ?? 0) + 1);
      if (entry.category) categories.set(entry.category, (categories.get(entry.category) ?? 0) + 1);
      for (const id of entry.childIds ?? []) children.add(id);
    }
    this.sources = [...sources].sort(([a], [b]) => a.localeCompare(b));
    this.categoryCounts = categories;
    const named = this.childNames.map((child) => child.id);
    this.childIds = [...named.filter((id) => children.has(id)), ...[...children].filter((id) => !named.includes(id)).sort()];
  }

  private categoryLabel(id: string): string {
    return this.categoryLabels.get(id) ?? id;
  }

  private childName(id: string): string {
    return this.childNames.find((child) => child.id === id)?.name ?? id;
  }

  private readonly formatNumber = (value: number): string => this.numberFormat.format(value);

  /** A change the reader made: apply it, tell the host, and announce the new count when they pause. */
  private changeFilter(next: Partial<ChronologyFilter>): void {
    this.filter = { ...this.currentFilter, ...next };
    this.dispatchEvent(new ChronologyFilterEvent(this.currentFilter, this.order));
    this.scheduleAnnouncement();
  }

  private changeOrder(order: ChronologyOrder): void {
    this.order = oneOf(order, ORDERS, 'oldest-first');
    this.dispatchEvent(new ChronologyFilterEvent(this.currentFilter, this.order));
  }

  private scheduleAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = window.setTimeout(() => announce(this.statusText()), ANNOUNCE_AFTER_MS);
  }

  private statusText(): string {
    const text = this.text;
    return text.showing(this.formatNumber(this.shown.length), this.formatNumber(this.items.length), this.items.length);
  }

  private toggle(list: readonly string[], value: string, on: boolean): string[] {
    return on ? [...list, value] : list.filter((item) => item !== value);
  }

  private toggleDetails(item: ChronologyItem): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(item.index)) expanded.add(item.index);
    this.expanded = expanded;
  }

  private showFullText(item: ChronologyItem): void {
    this.fullText = new Set(this.fullText).add(item.index);
  }

  private async focusItem(item: ChronologyItem): Promise<boolean> {
    let position = this.shown.indexOf(item);
    if (position === -1) {
      this.changeFilter(emptyFilter());
      await this.updateComplete;
      position = this.shown.indexOf(item);
    }
    await this.moveTo(position);
    return position !== -1;
  }

  /** Moves focus to the entry at a position, rendering it first if it is not on the page. */
  private async moveTo(position: number): Promise<void> {
    if (!this.shown.length) return;
    const target = Math.max(0, Math.min(this.shown.length - 1, position));
    this.tabbable = target;
    if (this.virtualised) this.virtualWindow.reveal(target);
    await this.updateComplete;
    this.feed?.querySelector<HTMLElement>(`:scope > [data-pos="${target}"]`)?.focus();
    this.virtualWindow.release();
  }

  private onFeedKeydown(event: KeyboardEvent): void {
    const article = event.target as HTMLElement;
    if (article.parentElement !== this.feed || !article.dataset.pos) return;
    const position = Number(article.dataset.pos);
    const moves: Record<string, number> = {
      ArrowDown: position + 1,
      PageDown: position + 1,
      ArrowUp: position - 1,
      PageUp: position - 1,
      Home: 0,
      End: this.shown.length - 1,
    };
    if (event.key in moves && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void this.moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.toggleDetails(this.shown[position]!);
    }
  }

  private onFeedFocusIn(event: FocusEvent): void {
    const article = (event.target as HTMLElement).closest<HTMLElement>('[data-pos]');
    if (article) this.tabbable = Number(article.dataset.pos);
  }

  private choosePeriod(period: PeriodCount): void {
    this.changeFilter({ from: period.period, to: period.period });
  }

  private isSelected(period: PeriodCount): boolean {
    if (!this.compiled.hasDateRange) return false;
    const date = parsePartialDate(period.period)!;
    return periodStart(date) >= this.compiled.fromKey && periodEnd(date) <= this.compiled.toKey;
  }

  private downloadCsv(): void {
    const url = URL.createObjectURL(new Blob([this.toCsv({ bom: true })], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'chronology.csv';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** Print gets every entry in the current filter, details included, whatever is on screen. */
  private readonly onBeforePrint = (): void => {
    if (!this.printContainer) return;
    const context = this.entryContext();
    render(
      html`<p>${this.statusText()}</p>
        ${this.shown.map((item, position) => renderPrintEntry(item, this.headings.get(position), context))}`,
      this.printContainer,
    );
  };

  private readonly onAfterPrint = (): void => {
    if (this.printContainer) render(nothing, this.printContainer);
  };

  /**
   * The month heading above the first rendered row when the window starts inside a month:
   * read out but not shown, so a screen reader arriving there hears where it is and the
   * heading levels still step down one at a time.
   */
  private openMonthAt(position: number): GroupHeading[] | undefined {
    if (position === 0 || this.groupBy === 'year' || !this.shown[position]?.date || this.headings.has(position)) return undefined;
    for (let earlier = position - 1; earlier >= 0; earlier--) {
      const month = this.headings.get(earlier)?.find((group) => group.kind === 'month');
      if (month) return [month];
    }
    return undefined;
  }

  private entryContext(): EntryViewContext {
    return {
      strings: this.text,
      headingLevel: this.level,
      grouping: this.groupBy === 'year' ? 'year' : 'month',
      terms: this.compiled.terms,
      count: this.shown.length,
      locale: this.renderedLocale,
      categoryLabel: (id) => this.categoryLabel(id),
      childName: (id) => this.childName(id),
      formatNumber: this.formatNumber,
      expanded: this.expanded,
      fullText: this.fullText,
      tabbable: this.tabbable,
    };
  }

  private get level(): number {
    const level = Math.round(Number(this.headingLevel));
    return level >= 2 && level <= 4 ? level : 2;
  }

  private renderProblemSummary(text: ChronologyStrings): unknown {
    const problems = this.listProblems;
    if (!problems.length) return nothing;
    const entriesWithProblems = new Set(problems.map((problem) => problem.index)).size;
    return html`
      <div class="problem-summary" part="problem-summary" role="region" aria-labelledby="problem-heading">
        ${heading(this.level, text.problemSummaryHeading, 'problem-heading', 'section-heading')}
        <p>${text.problemCount(this.formatNumber(entriesWithProblems))}. ${text.problemSummaryBody}</p>
        <ul>
          ${problems.slice(0, PROBLEMS_LISTED).map((problem) => {
            const item = this.items[problem.index];
            const label = `${text.entryNumber(this.formatNumber(problem.index + 1))}${problem.id ? ` (${problem.id})` : ''}`;
            return html`<li>
              ${item
                ? html`<button type="button" class="link-button" @click=${() => this.focusItem(item)}>${label}</button>`
                : label}
              — ${fieldLabel(problem.field)}: ${problemMessage(problem)}
            </li>`;
          })}
        </ul>
        ${problems.length > PROBLEMS_LISTED
          ? html`<p>${text.moreProblems(this.formatNumber(problems.length - PROBLEMS_LISTED))}</p>`
          : nothing}
      </div>
    `;
  }

  private renderCheckboxes(
    legend: string,
    name: string,
    options: [value: string, label: string, count?: number][],
    chosen: readonly string[],
    key: keyof Pick<ChronologyFilter, 'categories' | 'sources' | 'significance' | 'childIds'>,
  ): unknown {
    if (!options.length) return nothing;
    return html`
      <fieldset class="filter-group">
        <legend>${legend}</legend>
        ${options.map(([value, label, count], i) => {
          const id = `${name}-${i}`;
          return html`<div class="checkbox">
            <input
              type="checkbox"
              id=${id}
              name=${name}
              .value=${value}
              .checked=${live(chosen.includes(value))}
              @change=${(event: Event) =>
                this.changeFilter({ [key]: this.toggle(chosen, value, (event.target as HTMLInputElement).checked) })}
            />
            <label for=${id}>${label}${count === undefined ? nothing : html` <span class="count">(${this.formatNumber(count)})</span>`}</label>
          </div>`;
        })}
      </fieldset>
    `;
  }

  private renderFilters(text: ChronologyStrings): TemplateResult {
    const filter = this.currentFilter;
    return html`
      <section class="filters" part="filters" aria-labelledby="filters-heading">
        <div class="section-header">
          ${heading(this.level, text.filtersHeading, 'filters-heading', 'section-heading')}
          <button
            type="button"
            class="link-button"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="filter-body"
            @click=${() => (this.filtersOpen = !this.filtersOpen)}
          >
            ${this.filtersOpen ? text.hideFilters : text.showFilters}
          </button>
        </div>
        <div class="field search">
          <label for="search">${text.searchLabel}</label>
          <div class="hint" id="search-hint">${text.searchHint}</div>
          <input
            id="search"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="search-hint"
            .value=${live(filter.text)}
            @input=${(event: Event) => this.changeFilter({ text: (event.target as HTMLInputElement).value })}
          />
        </div>
        <div class="filter-body" id="filter-body" ?hidden=${!this.filtersOpen}>
          ${
            // Built when first shown, not on load; then kept (hidden) when the filters are hidden,
            // so a date half typed in a box is still there when they are shown again.
            this.filtersShown ? this.renderFilterBody(text) : nothing
          }
        </div>
        <button type="button" class="button secondary" ?disabled=${isFilterEmpty(filter)} @click=${() => this.changeFilter(emptyFilter())}>
          ${text.clearFilters}
        </button>
      </section>
    `;
  }

  private renderFilterBody(text: ChronologyStrings): TemplateResult {
    const filter = this.currentFilter;
    const categories = this.categoryList
      .filter((category) => this.categoryCounts.has(category.id) || filter.categories.includes(category.id))
      .map((category): [string, string, number] => [category.id, category.label, this.categoryCounts.get(category.id) ?? 0]);
    const asDate = (value: string, end: boolean) => {
      const date = parsePartialDate(value);
      if (!date) return '';
      const iso = String(end ? periodEnd(date) : periodStart(date)).slice(0, 8);
      return `${iso.slice(0, 4)}-${iso.slice(4, 6)}-${iso.slice(6, 8)}`;
    };
    return html`
          <div class="filter-grid">
            ${this.renderCheckboxes(text.categoryLegend, 'category', categories, filter.categories, 'categories')}
            ${this.renderCheckboxes(text.sourceLegend, 'source', this.sources.map(([source, count]) => [source, source, count]), filter.sources, 'sources')}
            ${this.renderCheckboxes(
              text.significanceLegend,
              'significance',
              SIGNIFICANCES.map((s) => [s, significanceLabel(s)]),
              filter.significance,
              'significance',
            )}
            ${this.renderCheckboxes(text.childLegend, 'child', this.childIds.map((id) => [id, this.childName(id)]), filter.childIds, 'childIds')}
            <div class="filter-group dates">
              <kith-date-input
                id="from"
                label=${text.fromLabel}
                .value=${asDate(filter.from, false)}
                @change=${(event: Event) => this.changeFilter({ from: (event.target as KithDateInput).value })}
              ></kith-date-input>
              <kith-date-input
                id="to"
                label=${text.toLabel}
                .value=${asDate(filter.to, true)}
                @change=${(event: Event) => this.changeFilter({ to: (event.target as KithDateInput).value })}
              ></kith-date-input>
            </div>
          </div>
    `;
  }

  private renderToolbar(text: ChronologyStrings): TemplateResult {
    return html`
      <div class="toolbar">
        <p class="status" id="status" part="status">${this.statusText()}</p>
        <div class="actions">
          <div class="field order">
            <label for="order">${text.orderLabel}</label>
            <!-- The attribute makes server-rendered HTML right; the value keeps the select right once the reader has used it. -->
            <select
              id="order"
              .value=${this.order === 'newest-first' ? 'newest-first' : 'oldest-first'}
              @change=${(event: Event) => this.changeOrder((event.target as HTMLSelectElement).value as ChronologyOrder)}
            >
              <option value="oldest-first" ?selected=${this.order !== 'newest-first'}>${text.oldestFirst}</option>
              <option value="newest-first" ?selected=${this.order === 'newest-first'}>${text.newestFirst}</option>
            </select>
          </div>
          <button type="button" class="button secondary" ?disabled=${!this.shown.length} @click=${() => window.print()}>${text.print}</button>
          <button type="button" class="button secondary" ?disabled=${!this.shown.length} @click=${() => this.downloadCsv()}>${text.downloadCsv}</button>
        </div>
      </div>
      ${this.shown.length > RENDER_ALL_UP_TO
        ? html`<div class="render-mode">
            <p class="hint" id="render-mode-hint">${text.showAllHint}</p>
            <button type="button" class="button secondary" aria-describedby="render-mode-hint" @click=${() => (this.renderAll = !this.renderAll)}>
              ${this.renderAll ? text.showAsYouScroll : text.showAll}
            </button>
          </div>`
        : nothing}
    `;
  }

  private renderFeed(text: ChronologyStrings): unknown {
    if (!this.items.length) return html`<p class="empty">${text.empty}</p>`;
    if (!this.shown.length) {
      return html`<div class="empty">
        <p>${text.noMatches}</p>
        <button type="button" class="button secondary" @click=${() => this.changeFilter(emptyFilter())}>${text.clearFilters}</button>
      </div>`;
    }
    const virtual = this.virtualised;
    const start = virtual ? this.virtualWindow.start : 0;
    const end = virtual ? this.virtualWindow.end : this.shown.length;
    const context = this.entryContext();
    // Tab must always land on a rendered entry.
    if (context.tabbable < start || context.tabbable >= end) context.tabbable = start;
    const rows = this.shown.slice(start, end);
    const keys = this.rowKeys.keysFor(this.shown, rows.map((item) => item.index));
    const handlers = { toggle: (item: ChronologyItem) => this.toggleDetails(item), showAll: (item: ChronologyItem) => this.showFullText(item) };
    return html`
      <p class="visually-hidden" id="keyboard-help">${text.keyboardHelp}</p>
      <div
        class=${virtual ? 'feed virtual' : 'feed'}
        part="feed"
        role="feed"
        aria-label=${text.feedLabel}
        aria-describedby="status keyboard-help"
        @keydown=${this.onFeedKeydown}
        @focusin=${this.onFeedFocusIn}
      >
        ${repeat(
          rows,
          (_item, i) => keys[i],
          (item, i) => renderRow(item, start + i, this.headings.get(start + i), context, handlers, i === 0 ? this.openMonthAt(start) : undefined),
        )}
      </div>
    `;
  }

  protected override render(): TemplateResult {
    const text = this.text;
    if (this.loading) {
      return html`<p class="status" part="status">${text.loading(this.formatNumber(this.loadingCount))}</p>`;
    }
    return html`
      <div class="screen-only">
        ${this.renderProblemSummary(text)}
        ${renderOverview(this.overview, {
          strings: text,
          headingLevel: this.level,
          locale: this.renderedLocale,
          formatNumber: this.formatNumber,
          isSelected: (period) => this.isSelected(period),
          tableOpen: this.tableOpen,
          onToggleTable: (open) => (this.tableOpen = open),
          onChoose: (period) => this.choosePeriod(period),
        })}
        ${this.items.length ? this.renderFilters(text) : nothing} ${this.items.length ? this.renderToolbar(text) : nothing}
        ${this.renderFeed(text)}
      </div>
      <div class="print-only"></div>
    `;
  }
}


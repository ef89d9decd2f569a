import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualWindowOptions {
  /** The element that holds the rows; rows are its children with a `data-pos` attribute. */
  container: () => HTMLElement | null | undefined;
  /** A stable key for the row at a position, so a measured height follows the entry when the filter changes. */
  keyOf: (position: number) => number;
  /** The height to assume for a row not yet measured, in CSS px. */
  estimate: number;
  /** Extra height of the rows that are taller than the estimate (those with headings), by position. */
  extra: () => Iterable<[position: number, height: number]>;
  /** False while the host renders every row; nothing is measured then. */
  active: () => boolean;
}

/** The fewest rows rendered, even when the list is still below the viewport. */
const MIN_ROWS = 6;
/** Never more than this many rows at once, whatever the estimates say. */
const MAX_ROWS = 160;
/** Re-renders allowed in a row without the user scrolling: measurements settle well within this. */
const MAX_SETTLE = 6;

/**
 * Renders only the rows of a long list that are near the viewport, using the page's own
 * scrolling (no inner scroll box). Rows are measured after each render; the space of the
 * rows not rendered is kept by a spacer above and below, so the scroll bar and the
 * position on the page stay true. Chrome's scroll anchoring keeps the row being read in
 * place when measured heights replace estimates.
 */
export class VirtualWindow implements ReactiveController {
  /** First rendered position. */
  start = 0;
  /** One past the last rendered position. */
  end = 0;

  private count = 0;
  private heights = new Float64Array(0);
  /** Top of each row and, last, the end of the list; worked out from the heights as far as asked for. */
  private offsets = new Float64Array(1);
  /** offsets[0..known] are up to date. */
  private known = 0;
  /** The sum of the heights, kept as they change, so the length of the list needs no pass over every row. */
  private total = 0;
  private readonly measured = new Map<number, number>();
  private pinned = -1;
  private settling = 0;
  private frame = 0;
  private width = 0;
  private resizeObserver?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: VirtualWindowOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture sees scrolling of any ancestor, not only the window.
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onScroll, { passive: true });
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onScroll);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** A new list of `count` rows. Heights already measured for the same keys are reused. */
  reset(count: number): void {
    this.count = count;
    this.heights = new Float64Array(count).fill(this.options.estimate);
    this.total = count * this.options.estimate;
    for (const [position, height] of this.options.extra()) {
      this.heights[position] = this.options.estimate + height;
      this.total += height;
    }
    if (this.measured.size) {
      for (let position = 0; position < count; position++) {
        const height = this.measured.get(this.options.keyOf(position));
        if (height !== undefined) this.setHeight(position, height);
      }
    }
    this.offsets = new Float64Array(count + 1);
    this.known = 0;
    this.pinned = -1;
    this.settling = 0;
    this.start = 0;
    // Before the list is on the page its position is unknown: start small, measure, then widen if the viewport needs more.
    this.end = Math.min(count, this.options.container() ? this.rowsForViewport(0) : MIN_ROWS);
    this.computeRange();
  }

  /** Space kept above the rendered rows. */
  get before(): number {
    return this.offsetAt(this.start);
  }

  /** Space kept below the rendered rows. */
  get after(): number {
    return this.offsetAt(this.count) - this.offsetAt(this.end);
  }

  /** Makes sure a position is rendered (to move focus to it); the host re-renders. */
  reveal(position: number): void {
    if (position >= this.start && position < this.end) return;
    this.pinned = position;
    this.start = Math.max(0, position - MIN_ROWS);
    this.end = Math.min(this.count, position + MIN_ROWS + 1);
    this.settling = 0;
    this.host.requestUpdate();
  }

  /** Forget a pinned position once focus has arrived and scrolling took over. */
  release(): void {
    this.pinned = -1;
  }

  /** Measure what was rendered; render a different window if the viewport now needs one. */
  hostUpdated(): void {
    const container = this.options.container();
    if (!container) return;
    if (!this.count || !this.options.active()) {
      keepSpace(container, 0, 0);
      return;
    }
    // The spacer must match the rows just rendered before anything reads layout, or scroll
    // anchoring reacts to a page that is briefly the wrong length.
    keepSpace(container, this.before, this.after);
    for (const row of container.querySelectorAll<HTMLElement>(':scope > [data-pos]')) {
      const position = Number(row.dataset.pos);
      const height = row.offsetHeight;
      if (height > 0 && height !== this.heights[position]) {
        this.setHeight(position, height);
        this.measured.set(this.options.keyOf(position), height);
      }
    }
    keepSpace(container, this.before, this.after);
    if (this.settling++ < MAX_SETTLE && this.computeRange()) this.host.requestUpdate();
  }

  private readonly onScroll = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.settling = 0;
      if (this.computeRange()) this.host.requestUpdate();
    });
  };

  private onResize(): void {
    const width = this.host.getBoundingClientRect().width;
    if (width === this.width) return;
    // Rows wrap differently at a new width: every measurement is stale.
    this.width = width;
    this.measured.clear();
    this.onScroll();
  }

  private setHeight(position: number, height: number): void {
    this.total += height - this.heights[position]!;
    this.heights[position] = height;
    this.known = Math.min(this.known, position);
  }

  /** Works out the offsets up to `position` from the heights. */
  private fill(position: number): void {
    for (; this.known < position; this.known++) this.offsets[this.known + 1] = this.offsets[this.known]! + this.heights[this.known]!;
  }

  private offsetAt(position: number): number {
    if (position >= this.count) return this.total;
    this.fill(position);
    return this.offsets[position]!;
  }

  /** The first position whose row ends below `offset`. */
  private positionAt(offset: number): number {
    this.fill(this.count);
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.offsets[middle + 1]! <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private rowsForViewport(from: number): number {
    let total = 0;
    let position = from;
    while (position < this.count && total < window.innerHeight * 2) total += this.heights[position++]!;
    return Math.max(position - from, MIN_ROWS);
  }

  /** Chooses the rows to render for the current viewport; true when that differs from what is rendered. */
  private computeRange(): boolean {
    const container = this.options.container();
    if (!container || !this.count || !this.options.active()) return false;
    const viewport = window.innerHeight;
    const top = -container.getBoundingClientRect().top;
    const margin = viewport * 0.75;
    const covered = this.offsetAt(this.start) <= Math.max(0, top - margin / 2) && this.offsetAt(this.end) >= Math.min(this.offsetAt(this.count), top + viewport + margin / 2);
    if (covered && this.end - this.start <= MAX_ROWS) return false;

    let start = this.positionAt(Math.max(0, top - margin));
    let end = Math.max(this.positionAt(Math.max(0, top + viewport + margin)) + 1, start + MIN_ROWS);
    end = Math.min(this.count, end, start + MAX_ROWS);
    start = Math.max(0, Math.min(start, end - MIN_ROWS));
    if (this.pinned >= 0 && (this.pinned < start || this.pinned >= end)) {
      // Keep the row focus is moving to, until focusing it scrolls it into view.
      start = Math.max(0, this.pinned - MIN_ROWS);
      end = Math.min(this.count, this.pinned + MIN_ROWS + 1);
    }
    if (start === this.start && end === this.end) return false;
    this.start = start;
    this.end = end;
    return true;
  }
}

/**
 * Keeps the space of the rows not rendered as padding, set through the CSSOM: a style
 * attribute (what lit's styleMap writes on first render) is blocked by a strict CSP.
 */
function keepSpace(container: HTMLElement, before: number, after: number): void {
  container.style.paddingTop = before ? `${before}px` : '';
  container.style.paddingBottom = after ? `${after}px` : '';
}

/**
 * Keys for the rendered rows. Within one list an entry keeps its key while it stays
 * rendered, so the element that has focus always shows the same entry and is never
 * moved (moving an element takes focus away from it). When the list itself changes (a
 * new filter or order), the rows are reused in place, position by position, so Lit
 * updates their text instead of building new elements.
 */
export class RowKeys {
  private list: unknown = null;
  private byEntry = new Map<number, number>();
  private previous: number[] = [];
  private next = 0;

  keysFor(list: unknown, entries: readonly number[]): number[] {
    const reuse = list !== this.list;
    this.list = list;
    const keys = entries.map((entry, i) => (reuse ? this.previous[i] : this.byEntry.get(entry)) ?? this.next++);
    this.byEntry = new Map(entries.map((entry, i) => [entry, keys[i]!]));
    this.previous = keys;
    return keys;
  }
}

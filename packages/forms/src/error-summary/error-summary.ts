import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { KithElement, defaultErrorPrefix, getLocale, toText } from '@kith/core';
import { errorSummaryStyles } from './error-summary.styles.js';

/** One error in the summary: its message and a fragment link to the control (`#` and the control's id). */
export interface ErrorSummaryItem {
  href: string;
  text: string;
}

/** Only same-page fragments become links; anything else (javascript:, other pages) is shown as text. */
const FRAGMENT = /^#\S+$/;

let generatedIds = 0;

/** Every summary showing errors now: the page title keeps its prefix while any of them does. */
const showingErrors = new Set<KithErrorSummary>();
/** The prefix the summaries put before the page title; null while the page wrote its own. */
let titlePrefix: string | null = '';

function toItems(value: unknown): ErrorSummaryItem[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError('kith-error-summary: errors must be an array of { href, text }');
  return value.map((item: unknown, index) => {
    if (!item || typeof item !== 'object') {
      throw new TypeError(`kith-error-summary: errors[${index}] must be { href, text }`);
    }
    const { href, text } = item as Record<string, unknown>;
    return { href: toText(href), text: toText(text) };
  });
}

/** Gives an element an id when it has none, so a fragment link can reach it. */
function ensureId(element: Element): string {
  if (!element.id) {
    const doc = element.ownerDocument;
    let id: string;
    do id = `kith-error-target-${++generatedIds}`;
    while (doc.getElementById(id));
    element.id = id;
  }
  return element.id;
}

type Validatable = Element & { willValidate?: boolean; validity?: ValidityState; validationMessage?: string };

/**
 * What to scroll into view so the user sees the question, not only the box: a Kith
 * control's own legend or label (in its shadow root); for a native radio or checkbox
 * its fieldset's legend; for another native control its label (GOV.UK's rules, in short).
 */
function labelOrLegend(target: HTMLElement): Element | null {
  const inner = target.shadowRoot?.querySelector('legend, label');
  if (inner) return inner;
  const isChoice = target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox');
  const legend = target.closest('fieldset')?.querySelector('legend') ?? target.closest('kith-fieldset')?.shadowRoot?.querySelector('legend');
  if (legend && isChoice) return legend;
  const root = target.getRootNode() as Document | ShadowRoot;
  return root.querySelector(`label[for="${CSS.escape(target.id)}"]`) ?? target.closest('label') ?? legend ?? null;
}

/**
 * The list of what is wrong on a page, at the top of the main content, each error
 * linking to its control. When it appears it takes focus, so screen readers read it;
 * while it shows errors the page title starts with "Error: ".
 *
 * Feed it either an `errors` array or a form:
 *
 * ```js
 * form.addEventListener('submit', (event) => {
 *   if (summary.showFor(form).length) event.preventDefault();
 * });
 * ```
 *
 * @summary The errors on a page, linked to their controls; takes focus when it appears.
 * @tagname kith-error-summary
 *
 * @csspart summary - The box around the summary; it takes focus when errors appear.
 * @csspart title - The heading ("There is a problem").
 * @csspart list - The list of errors.
 * @csspart link - The link of one error.
 *
 * @cssprop --kith-color-error - Colour of the border and the links.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 */
export class KithErrorSummary extends KithElement {
  static override styles = [KithElement.styles, errorSummaryStyles];

  static override properties = {
    titleText: { attribute: 'title-text' },
    pageTitlePrefix: { attribute: 'page-title-prefix' },
    errors: { attribute: false },
  };

  /** Replaces the heading "There is a problem". (Not `title`: that would show as a browser tooltip over every link.) */
  titleText = '';
  /** Replaces the "Error: " put before the page title while errors show (mind the space at the end). */
  pageTitlePrefix = '';

  private get summary(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLElement>('.summary');
  }

  private items: ErrorSummaryItem[] = [];
  /** Each link's control, found when shown, so that renumbered ids (add another) do not send a link to someone else's field. */
  private readonly targets = new Map<string, HTMLElement | null>();
  private shownKey = '';
  private focusPending = false;
  /** The locale of messages read from a form's controls by showFor; '' for errors the page gave. */
  private readIn = '';

  /**
   * The errors to show, each `{ href: '#control-id', text: 'Enter full name' }`, in page order.
   * Setting a different non-empty list shows the summary and focuses it; an empty list hides it.
   * Throws a TypeError for anything that is not such a list.
   */
  get errors(): ErrorSummaryItem[] {
    return this.items.map((item) => ({ ...item }));
  }
  set errors(next: unknown) {
    this.items = toItems(next);
    this.readIn = '';
    const key = this.items.length ? JSON.stringify(this.items) : '';
    if (key && key !== this.shownKey) {
      this.focusPending = true;
      this.targets.clear();
    }
    this.shownKey = key;
  }

  /**
   * Every invalid control in a form, Kith or native, in page order, with its validation
   * message and a link to it. Controls without an id are given one. Native radios that
   * share a name count once.
   */
  collect(form: HTMLFormElement): ErrorSummaryItem[] {
    if (!(form instanceof HTMLFormElement)) throw new TypeError('kith-error-summary: collect(form) needs a <form> element');
    const items: ErrorSummaryItem[] = [];
    const radioGroups = new Set<string>();
    for (const element of form.elements as Iterable<Validatable>) {
      if (!element.willValidate || element.validity?.valid !== false) continue;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        if (radioGroups.has(element.name)) continue;
        radioGroups.add(element.name);
      }
      items.push({ href: `#${ensureId(element)}`, text: element.validationMessage ?? '' });
    }
    return items;
  }

  /**
   * Checks a form, lets each invalid control show its own error, and shows and focuses
   * the summary (or hides it when the form is valid). Returns the errors shown.
   */
  showFor(form: HTMLFormElement): ErrorSummaryItem[] {
    const items = this.collect(form);
    // Fires `invalid` at each invalid control: Kith controls then show their messages.
    form.checkValidity();
    this.errors = items;
    this.readIn = getLocale();
    this.focusPending = items.length > 0;
    return this.errors;
  }

  /** Focuses the summary, so a screen reader reads it. */
  override focus(options?: FocusOptions): void {
    const summary = this.summary;
    if (!summary) return super.focus(options);
    // Focusable only while it has focus, as in GOV.UK, so a later click on its text does not outline it.
    summary.tabIndex = -1;
    summary.onblur = () => summary.removeAttribute('tabindex');
    summary.focus(options);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('kith-item-remove', this.dropStale);
    this.ownerDocument.addEventListener('change', this.dropStale);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('kith-item-remove', this.dropStale);
    this.ownerDocument.removeEventListener('change', this.dropStale);
    this.syncPageTitle();
  }

  /**
   * An add-another item was removed, or an answer changed and may have closed a follow-up
   * question: the errors of controls gone or disabled no longer stand, and their links would
   * lead nowhere. After a change, waits for the group that changed to disable its follow-ups.
   */
  private readonly dropStale = async (event: Event): Promise<void> => {
    if (!this.items.length) return;
    // A removed item's ids go to the items renumbered after it: check before they do.
    if (event.type === 'change') await (event.target as Partial<KithElement>).updateComplete;
    this.items = this.items.filter((item) => {
      const target = this.targets.get(item.href);
      return !target || (target.isConnected && !target.matches(':disabled'));
    });
    this.requestUpdate();
  };

  protected override updated(): void {
    for (const { href } of this.items) this.target(href);
    if (this.readIn && this.readIn !== getLocale()) {
      // After a locale switch, each message is read again once its control has re-rendered, so no
      // English is left beside Welsh. An error fixed since keeps its words until the next submit.
      this.readIn = getLocale();
      const control = (href: string) => this.targets.get(href) as (Validatable & { updateComplete?: unknown }) | undefined;
      void Promise.all(this.items.map(({ href }) => control(href)?.updateComplete)).then(() => {
        // Errors a page gave since keep its words; the list shown now is matched by link, not position.
        if (!this.readIn) return;
        this.items = this.items.map((item) => ({ ...item, text: control(item.href)?.validationMessage || item.text }));
        this.requestUpdate();
      });
    }
    this.syncPageTitle();
    if (this.focusPending && this.summary) {
      this.focusPending = false;
      this.focus();
    }
  }

  /**
   * Puts the prefix before the page title while any summary shows errors, and takes off
   * only what it put there. A title the page prefixed itself is left to the page.
   */
  private syncPageTitle(): void {
    if (this.isConnected && this.items.length) showingErrors.add(this);
    else showingErrors.delete(this);
    const [showing] = showingErrors;
    const wanted = showing ? showing.pageTitlePrefix || `${defaultErrorPrefix()} ` : '';
    if (titlePrefix === null) {
      if (!showing) titlePrefix = '';
      return;
    }
    if (wanted === titlePrefix) return;
    const doc = this.ownerDocument;
    if (titlePrefix && doc.title.startsWith(titlePrefix)) doc.title = doc.title.slice(titlePrefix.length);
    if (!wanted) titlePrefix = '';
    else if (doc.title.startsWith(wanted)) titlePrefix = null;
    else {
      doc.title = wanted + doc.title;
      titlePrefix = wanted;
    }
  }

  private findTarget(href: string): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    const find = (id: string) => root.getElementById(id) ?? this.ownerDocument.getElementById(id);
    let id = href.slice(1);
    try {
      id = find(id) ? id : decodeURIComponent(id);
    } catch {
      // A malformed escape: keep the id as written.
    }
    return find(id);
  }

  /** The control a link leads to: the one it led to when shown, or, if the page has replaced that (a framework re-render), the one with its id. */
  private target(href: string): HTMLElement | null | undefined {
    let target = this.targets.get(href);
    if (!target?.isConnected) this.targets.set(href, (target = this.findTarget(href)));
    return target;
  }

  /** Moves focus into the control (its host delegates focus to the right inner part) with its question in view. */
  private readonly onClick = (event: MouseEvent): void => {
    const target = this.target((event.currentTarget as HTMLAnchorElement).getAttribute('href')!);
    if (!target) return;
    event.preventDefault();
    const label = labelOrLegend(target);
    if (label) {
      label.scrollIntoView();
      target.focus({ preventScroll: true });
    } else {
      target.focus();
    }
  };

  protected override render() {
    if (!this.items.length) return nothing;
    return html`
      <div class="summary" part="summary">
        <h2 class="title" part="title">${this.titleText || msg('There is a problem', { id: 'kith.error-summary.title' })}</h2>
        <ul class="list" part="list">
          ${this.items.map(
            (item) =>
              html`<li>
                ${FRAGMENT.test(item.href) ? html`<a part="link" href=${item.href} @click=${this.onClick}>${item.text}</a>` : html`<span class="text">${item.text}</span>`}
              </li>`,
          )}
        </ul>
      </div>
    `;
  }
}

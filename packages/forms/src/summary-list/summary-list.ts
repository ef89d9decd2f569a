import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { KithElement, classes, focusStyles, labelInSentence, oneOf, toText, visuallyHiddenStyles } from '@kith/core';
import { safeHref } from '@kith/core';
import { summaryListStyles } from './summary-list.styles.js';

/** One row of a summary list: a question (key), the answer (value) and an optional link to change it. */
export interface SummaryListRow {
  /** The question or field name, for example "Date of birth". Required. */
  key: string;
  /** The answer as text. Line breaks are shown, so an address can span lines. */
  value: string;
  /** Where "Change" goes: the field itself ("#date-of-birth") or its page ("/child/details#dob"). http, https or relative only. */
  href?: string;
  /** Replaces "Change" (Welsh "Newid") for this row, for example "Add" when there is no answer yet. */
  actionText?: string;
  /** Read after the action text by screen readers; by default the key with a lower-case first letter ("date of birth"). A card's title follows in brackets. */
  visuallyHiddenText?: string;
}

const LEVELS = ['2', '3', '4', '5', '6'] as const;

/**
 * Checks rows given by a page. Text fields are turned into strings; an href that is not
 * http, https or relative is dropped with a console warning; anything structurally wrong
 * throws a TypeError naming the field.
 */
export function checkRows(value: unknown): SummaryListRow[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError('kith-summary-list: rows must be an array of { key, value } objects');
  return value.map((row: unknown, index) => {
    if (typeof row !== 'object' || row === null) throw new TypeError(`kith-summary-list: rows[${index}] must be an object`);
    const { key, value: answer, href, actionText, visuallyHiddenText } = row as Record<string, unknown>;
    if (!toText(key).trim()) throw new TypeError(`kith-summary-list: rows[${index}].key must be a non-empty string`);
    const checked: SummaryListRow = { key: toText(key), value: toText(answer) };
    const link = safeHref(href, `kith-summary-list rows[${index}].href`);
    if (link) checked.href = link;
    if (toText(actionText)) checked.actionText = toText(actionText);
    if (toText(visuallyHiddenText)) checked.visuallyHiddenText = toText(visuallyHiddenText);
    return checked;
  });
}

/** Reads the `rows` attribute as JSON, so server-rendered pages can set rows without a script. */
const rowsConverter = {
  fromAttribute(value: string | null): unknown {
    // An empty attribute, as a server template writes for an empty list, means none.
    if (value === null || !value.trim()) return [];
    try {
      return JSON.parse(value);
    } catch {
      throw new TypeError('kith-summary-list: the rows attribute must be a JSON array of { key, value } objects');
    }
  },
};

/**
 * A list of questions and answers, such as a "Check your answers" page before a record
 * is submitted. Each answer can have a "Change" link back to the exact field.
 *
 * Rows come from data, not from child elements: set the `rows` property to an array of
 * `{ key, value, href?, actionText?, visuallyHiddenText? }`, or the `rows` attribute to the
 * same array as JSON. The list is then a real `<dl>` in one shadow root, so screen readers
 * hear each question with its answer.
 *
 * @summary Check-answers list of questions, answers and change links.
 * @tagname kith-summary-list
 *
 * @csspart list - The `<dl>`.
 * @csspart row - Each row.
 * @csspart key - Each question (`<dt>`).
 * @csspart value - Each answer (`<dd>`).
 * @csspart actions - Each action cell (`<dd>`).
 * @csspart card - The card, when `card-title` is set.
 * @csspart card-title - The card's title.
 *
 * @cssprop --kith-color-border - Colour of the row dividers and card border.
 * @cssprop --kith-color-link - Colour of the change links.
 */
export class KithSummaryList extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, summaryListStyles];

  static override properties = {
    noBorder: { type: Boolean, reflect: true, attribute: 'no-border' },
    cardTitle: { attribute: 'card-title' },
    cardTitleLevel: { attribute: 'card-title-level' },
    rows: { attribute: 'rows', converter: rowsConverter },
  };

  /** Removes the dividers between rows, for a short list inside other content. */
  noBorder = false;
  /** Shows the list as a card with this title, for one of several lists on a page (one per person). */
  cardTitle = '';
  /** The heading level of the card title, 2 to 6; 2 by default. */
  cardTitleLevel: (typeof LEVELS)[number] = '2';

  private checkedRows: SummaryListRow[] = [];

  /**
   * The rows: an array of `{ key, value, href?, actionText?, visuallyHiddenText? }`.
   * Setting something that is not such an array throws a TypeError naming the field.
   */
  get rows(): SummaryListRow[] {
    return this.checkedRows;
  }
  set rows(value: unknown) {
    this.checkedRows = checkRows(value);
  }

  /**
   * A Change link to a field on this page focuses the field (inside a Kith control's shadow
   * root, which scrolls it and its question into view): following the fragment would leave focus on the page.
   * A target that takes no focus (a section heading) is left to the browser to scroll to.
   */
  private readonly onChange = (event: MouseEvent): void => {
    const href = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!;
    const target = href.startsWith('#') ? this.ownerDocument.getElementById(href.slice(1)) : null;
    target?.focus();
    if (target?.matches(':focus-within')) event.preventDefault();
  };

  private renderAction(row: SummaryListRow, title: string) {
    // In a card, the title tells apart the links of several cards ("Change name (Parent 2)"), as GOV.UK does.
    const hidden = (row.visuallyHiddenText ?? labelInSentence(row.key)) + (title && ` (${title})`);
    const text = row.actionText ?? msg('Change', { id: 'kith.summary-list.change', desc: 'Link to change one answer on a check-answers list' });
    return html`<dd class="actions" part="actions">
      <a class="link" href=${row.href!} @click=${this.onChange}>${text}<span class="visually-hidden"> ${hidden}</span></a>
    </dd>`;
  }

  private renderList(title: string) {
    const rows = this.checkedRows;
    const anyActions = rows.some((row) => row.href);
    return html`<dl class=${classes({ list: true, 'no-border': this.noBorder, 'no-actions': !anyActions })} part="list">
      ${rows.map(
        (row) => html`<div class=${classes({ row: true, 'no-actions': anyActions && !row.href })} part="row">
          <dt class="key" part="key">${row.key}</dt>
          <dd class="value" part="value">${row.value}</dd>
          ${row.href ? this.renderAction(row, title) : nothing}
        </div>`,
      )}
    </dl>`;
  }

  protected override render() {
    const title = toText(this.cardTitle);
    if (!title) return this.renderList(title);
    const level = oneOf(toText(this.cardTitleLevel), LEVELS, '2');
    return html`<div class="card" part="card">
      <div class="card-title-wrapper">
        <div class="card-title" part="card-title" role="heading" aria-level=${level}>${title}</div>
      </div>
      <div class="card-content">${this.renderList(title)}</div>
    </div>`;
  }
}

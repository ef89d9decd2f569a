import { html, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { KithElement, announce, ensureAnnouncer, focusStyles, oneOf, toText } from '@kith/core';
import { formatWhen, isToday, toTime } from '../shared/format.js';
import { buttonStyles } from '../shared/buttons.styles.js';
import { draftRestoreStyles } from './draft-restore.styles.js';

/** Fired when the user chooses to restore the draft. Carries the draft key and when it was saved. */
export class KithDraftRestoreEvent extends Event {
  constructor(
    readonly key: string,
    readonly savedAt: number | null,
  ) {
    super('kith-draft-restore', { bubbles: true, composed: true });
  }
}

/** Fired when the user has confirmed discarding the draft. Carries the draft key and when it was saved. */
export class KithDraftDiscardEvent extends Event {
  constructor(
    readonly key: string,
    readonly savedAt: number | null,
  ) {
    super('kith-draft-discard', { bubbles: true, composed: true });
  }
}

/**
 * The banner a form shows when this device holds answers the user has not submitted:
 * "You have unsaved answers from 14:03", with Restore and Discard. Discard asks first,
 * because it deletes what the user typed. The host restores or deletes the draft when
 * the events arrive, then removes the banner and moves focus to the form.
 *
 * With `elsewhere`, the answers are ones the same record, open in another tab or window, saved
 * while this form was open: the banner says so ("Answers saved in another tab") and what Restore
 * and Discard do to what is on this page.
 *
 * @summary "You have unsaved answers" banner with Restore and Discard.
 * @tagname kith-draft-restore
 *
 * @csspart banner - The banner.
 * @csspart title - The banner's heading.
 * @csspart message - The sentence saying when the answers were saved.
 * @csspart restore - The Restore button.
 * @csspart discard - The Discard button.
 *
 * @cssprop --kith-color-brand - Colour of the banner's border.
 *
 * @fires kith-draft-restore - KithDraftRestoreEvent: the user chose to restore the answers.
 * @fires kith-draft-discard - KithDraftDiscardEvent: the user confirmed discarding the answers.
 */
export class KithDraftRestore extends KithElement {
  static override styles = [KithElement.styles, focusStyles, buttonStyles, draftRestoreStyles];

  static override properties = {
    draftKey: { attribute: 'draft-key' },
    savedAt: { attribute: 'saved-at' },
    heading: {},
    headingLevel: { attribute: 'heading-level' },
    message: {},
    elsewhere: { type: Boolean },
    restoreLabel: { attribute: 'restore-label' },
    discardLabel: { attribute: 'discard-label' },
    confirming: { attribute: false },
  };

  /** The DraftStore key of the draft; passed back in the events. */
  draftKey = '';
  /** When the draft was saved: milliseconds, a Date or an ISO 8601 string. */
  savedAt: number | string | Date | null = null;
  /** Replaces the heading ("Unsaved answers"). */
  heading = '';
  /** The level of the heading, 2 to 6. */
  headingLevel: '2' | '3' | '4' | '5' | '6' = '2';
  /** Replaces the sentence "You have unsaved answers from 14:03". */
  message = '';
  /** The answers were saved in another tab or window while this form was open, not found on opening: the banner says so. */
  elsewhere = false;
  /** Replaces the Restore button's label. */
  restoreLabel = '';
  /** Replaces the Discard button's label. */
  discardLabel = '';

  private confirming = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // It announces: the live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
  }

  /**
   * The banner appears once the device has been searched for a draft, after the form has opened:
   * a screen reader user may be past it, typing answers that are not saved while it waits. It is
   * said again when the answers on offer turn out to be another tab's, as its words change then.
   * (`elsewhere` is set as the element is made, so it counts as changed at the first update too.)
   */
  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('elsewhere')) announce(this.sentence());
  }

  private get time(): number | null {
    return toTime(this.savedAt);
  }

  private sentence(): string {
    // A page's own wording; a value that is not text is shown and read as text, never thrown on.
    const custom = toText(this.message);
    if (custom) return custom;
    const time = this.time;
    if (this.elsewhere) {
      const changed =
        time === null
          ? msg('This record was changed in another tab or window.', { id: 'kith.draft-restore.elsewhere-message-undated' })
          : isToday(time)
            ? msg(str`This record was changed in another tab or window at ${formatWhen(time)}.`, { id: 'kith.draft-restore.elsewhere-message' })
            : msg(str`This record was changed in another tab or window on ${formatWhen(time)}.`, { id: 'kith.draft-restore.elsewhere-message-earlier' });
      return `${changed} ${msg('Restore puts those answers on this page; Discard deletes them and keeps what is here.', { id: 'kith.draft-restore.elsewhere-actions' })}`;
    }
    return time === null
      ? msg('You have unsaved answers on this device', { id: 'kith.draft-restore.message-undated' })
      : msg(str`You have unsaved answers from ${formatWhen(time)}`, { id: 'kith.draft-restore.message' });
  }

  /** Dispatches a domain event (the events are documented with @fires above). */
  private fire(event: Event): void {
    this.dispatchEvent(event);
  }

  private restore(): void {
    this.fire(new KithDraftRestoreEvent(this.draftKey, this.time));
  }

  private async askToDiscard(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="banner"]')?.focus();
  }

  private async cancel(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="discard"]')?.focus();
  }

  private discard(): void {
    this.confirming = false;
    this.fire(new KithDraftDiscardEvent(this.draftKey, this.time));
  }

  protected override render() {
    const level = Number(oneOf(String(this.headingLevel), ['2', '3', '4', '5', '6'], '2'));
    const heading =
      this.heading ||
      (this.elsewhere
        ? msg('Answers saved in another tab', { id: 'kith.draft-restore.elsewhere-heading' })
        : msg('Unsaved answers', { id: 'kith.draft-restore.heading' }));
    return html`
      <section class="banner" part="banner" aria-labelledby="title" aria-describedby="message" tabindex="-1">
        <div id="title" class="title" part="title" role="heading" aria-level=${level}>${heading}</div>
        ${this.confirming
          ? html`
              <p id="message" class="message" part="message">
                ${msg('Discard these answers? They will be deleted from this device. This cannot be undone.', {
                  id: 'kith.draft-restore.discard-question',
                })}
              </p>
              <div class="actions">
                <button type="button" class="button warning" part="confirm-discard" @click=${this.discard}>
                  ${msg('Yes, discard them', { id: 'kith.draft-restore.discard-confirm' })}
                </button>
                <button type="button" class="button secondary" part="cancel" @click=${this.cancel}>
                  ${msg('No, keep them', { id: 'kith.draft-restore.discard-cancel' })}
                </button>
              </div>
            `
          : html`
              <p id="message" class="message" part="message">${this.sentence()}</p>
              <div class="actions">
                <button type="button" class="button" part="restore" @click=${this.restore}>
                  ${this.restoreLabel || msg('Restore', { id: 'kith.draft-restore.restore' })}
                </button>
                <button type="button" class="button secondary" part="discard" @click=${this.askToDiscard}>
                  ${this.discardLabel || msg('Discard', { id: 'kith.draft-restore.discard' })}
                </button>
              </div>
            `}
      </section>
    `;
  }
}

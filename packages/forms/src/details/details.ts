import { html } from 'lit';
import { KithElement, focusStyles, toText } from '@kith/core';
import { detailsStyles } from './details.styles.js';

/** Fired when the user opens or closes the details; `open` says which. */
export class KithDetailsToggleEvent extends Event {
  constructor(readonly open: boolean) {
    super('kith-details-toggle', { bubbles: true, composed: true });
  }
}

/**
 * Extra help that the user can open when they need it. It is a native `<details>` and
 * `<summary>` in the shadow root, so it opens with a click, Enter or Space and browsers'
 * find-in-page opens it to show a match.
 *
 * @summary Expandable help text behind a short summary link.
 * @tagname kith-details
 *
 * @slot - The help text shown when open.
 * @slot summary - Replaces the `summary` attribute, for a summary with markup.
 *
 * @csspart summary - The clickable summary.
 * @csspart text - The help text area.
 *
 * @cssprop --kith-color-link - Colour of the summary.
 *
 * @fires kith-details-toggle - KithDetailsToggleEvent, when the user opens or closes it (bubbles, composed).
 */
export class KithDetails extends KithElement {
  static override styles = [KithElement.styles, focusStyles, detailsStyles];

  static override properties = {
    summary: {},
    open: { type: Boolean, reflect: true },
  };

  /** The summary the user clicks, for example "Help with the child's NHS number". */
  summary = '';
  /** Whether the help text is showing. Reflects, so `[open]` styles and saved pages work. */
  open = false;

  private get details(): HTMLDetailsElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLDetailsElement>('details');
  }

  /**
   * Focuses the summary. (Not delegatesFocus: that would also move focus to the summary, and
   * scroll back up to it, whenever the user clicks in the help text.)
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector('summary')?.focus(options);
  }

  private onToggle(): void {
    const open = this.details?.open ?? false;
    if (open === this.open) return;
    this.open = open;
    this.dispatchEvent(new KithDetailsToggleEvent(open));
  }

  protected override render() {
    return html`<details ?open=${this.open} @toggle=${this.onToggle}>
      <summary class="summary" part="summary"><span class="summary-text"><slot name="summary">${toText(this.summary)}</slot></span></summary>
      <div class="text" part="text"><slot></slot></div>
    </details>`;
  }
}

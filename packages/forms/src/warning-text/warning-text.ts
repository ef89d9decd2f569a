import { html } from 'lit';
import { msg } from '@lit/localize';
import { KithElement, toText, visuallyHiddenStyles } from '@kith/core';
import { warningTextStyles } from './warning-text.styles.js';

/**
 * A warning that something has serious consequences, in bold beside a "!" icon. Screen
 * readers hear "Warning" (Welsh: "Rhybudd") before the text instead of the icon.
 *
 * @summary Bold warning with an exclamation icon and a spoken "Warning" prefix.
 * @tagname kith-warning-text
 *
 * @slot - The warning itself, for example "You can be fined up to £5,000 if you do not register."
 *
 * @csspart icon - The "!" icon, hidden from assistive technology.
 * @csspart text - The bold warning text, including the visually hidden prefix.
 *
 * @cssprop --kith-color-text - Colour of the icon and text.
 */
export class KithWarningText extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, warningTextStyles];

  static override properties = {
    warningPrefix: { attribute: 'warning-prefix' },
  };

  /** Replaces the visually hidden "Warning" read before the text. */
  warningPrefix = '';

  protected override render() {
    const prefix = toText(this.warningPrefix) || msg('Warning', { id: 'kith.warning-text.prefix', desc: 'Read by screen readers before a warning, in place of the ! icon' });
    return html`<div class="warning">
      <span class="icon" part="icon" aria-hidden="true">!</span>
      <strong class="text" part="text"><span class="visually-hidden">${prefix}</span> <slot></slot></strong>
    </div>`;
  }
}

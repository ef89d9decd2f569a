import { html } from 'lit';
import { KithElement } from '@kith/core';
import { insetTextStyles } from './inset-text.styles.js';

/**
 * Text set apart from what surrounds it by a border on its left, for a quotation, an
 * example, or something the reader should not miss.
 *
 * @summary Content set apart with a left border.
 * @tagname kith-inset-text
 *
 * @slot - The content: text, or paragraphs and lists.
 *
 * @csspart inset - The bordered box.
 *
 * @cssprop --kith-color-border - Colour of the left border.
 */
export class KithInsetText extends KithElement {
  static override styles = [KithElement.styles, insetTextStyles];

  protected override render() {
    return html`<div class="inset" part="inset"><slot></slot></div>`;
  }
}

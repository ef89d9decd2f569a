import { html, css } from 'lit';
import { KithElement } from '@kith/core';

/**
 * One answer of a `kith-radios` or `kith-checkboxes`. It is a data element: the group
 * reads its attributes and text and draws the real radio or checkbox in its own shadow
 * root. The option's text is its label (or set `label`); children with
 * `slot="conditional"` are follow-up content, shown right after the option only while
 * it is selected. The follow-up content stays in the light DOM, so its controls belong
 * to the page's form.
 *
 * @summary An answer of a radios or checkboxes group, with optional follow-up content.
 * @tagname kith-option
 *
 * @slot conditional - Follow-up content (for example another Kith control) revealed while this option is selected.
 */
export class KithOption extends KithElement {
  static override styles = [
    KithElement.styles,
    css`
      :host {
        display: block;
      }
      /* Follow-up content sits inside the group's reveal, which has its own spacing. */
      ::slotted(:last-child) {
        margin-block-end: 0;
      }
    `,
  ];

  static override properties = {
    value: { reflect: true },
    label: { reflect: true },
    hint: { reflect: true },
    divider: { type: Boolean, reflect: true, useDefault: true },
    exclusive: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
  };

  // Strings have no default so that Lit does not add empty attributes to the page's markup.
  /** The value submitted when this option is selected. Defaults to the option's text. */
  value?: string;
  /** The visible label, when it should differ from the option's text. */
  label?: string;
  /** Help text shown under this option and read as its description. */
  hint?: string;
  /** Makes this item a divider between options; its text (default "or") is shown instead of a control. */
  divider = false;
  /** In `kith-checkboxes`: selecting this option ("None of these") clears all others, and the others clear it. */
  exclusive = false;
  /**
   * The option cannot be selected or cleared by clicking it. If it is selected (by the group's
   * `value`), picking another radio, or an `exclusive` checkbox, still clears it.
   */
  disabled = false;

  protected override render() {
    return html`<slot name="conditional"></slot>`;
  }
}

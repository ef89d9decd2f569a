import { LitElement, css, type CSSResultGroup } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { ensureAnnouncer } from './announcer.js';
import { adoptDefaultTokens } from './default-tokens.js';
import type { FormControlController } from './form-control.js';

/**
 * The one base class of every Kith element. It re-renders the element when the
 * locale changes, gives the document the default tokens, makes sure the shared
 * announcer exists before anything is announced, and forwards the form-associated lifecycle to a FormControlController
 * when the element has one.
 */
export class KithElement extends LitElement {
  // Not `*::before, *::after`: a universal pseudo-element rule makes the browser resolve two
  // pseudo-element styles for every element of every shadow root. The few ::before and
  // ::after that draw boxes set their own box-sizing.
  static override styles: CSSResultGroup = css`
    :host {
      box-sizing: border-box;
      font-family: var(--kith-font-family-body);
      color: var(--kith-color-text);
    }
    :host([hidden]) {
      display: none !important;
    }
    * {
      box-sizing: inherit;
    }
  `;

  /** Set by form controls; the element then takes part in forms like a native control. */
  protected formControl?: FormControlController;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptDefaultTokens(this.ownerDocument);
    ensureAnnouncer(this.ownerDocument);
  }

  formResetCallback(): void {
    this.formControl?.reset();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.formControl?.restore(state);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formControl?.setDisabledByForm(disabled);
  }
}

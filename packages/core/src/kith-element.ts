import { LitElement, css, type CSSResultGroup } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { adoptDefaultTokens } from './default-tokens.js';
import type { FormControlController } from './form-control.js';

/**
 * Every connected Kith element, re-rendered by one window listener when a locale has loaded.
 * (lit's updateWhenLocaleChanges adds a window listener per element; the browser checks each
 * new listener against all the others, so a form of a few hundred elements connected in
 * quadratic time.)
 */
const connected = new Set<KithElement>();
let listening = false;

function rerenderOnLocaleChange(event: CustomEvent<LocaleStatusEventDetail>): void {
  if (event.detail.status === 'ready') for (const element of connected) element.requestUpdate();
}

/**
 * The one base class of every Kith element. It re-renders the element when the
 * locale changes, gives the document the default tokens, and forwards the
 * form-associated lifecycle to a FormControlController when the element has one.
 * (Elements that announce create the shared announcer when they connect, so an
 * element that never speaks does not ship it.)
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

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const control = name === 'value' ? this.formControl : undefined;
    // As on a native input, the attribute no longer sets a value the user or code has changed:
    // a framework setting it again on re-render (React's defaultValue) must not wipe what was typed.
    if (control?.dirty) return;
    super.attributeChangedCallback(name, old, value);
    // Copying the attribute set the value through requestUpdate below; that is not a change.
    if (control) control.dirty = false;
  }

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    if (args[0] === 'value' && this.formControl) this.formControl.dirty = true;
    super.requestUpdate(...args);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    if (!listening) {
      window.addEventListener(LOCALE_STATUS_EVENT, rerenderOnLocaleChange);
      listening = true;
    }
    adoptDefaultTokens(this.ownerDocument);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
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

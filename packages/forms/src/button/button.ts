import { html, nothing } from 'lit';
import { KithElement, classes, focusStyles, oneOf, toText } from '@kith/core';
import { buttonHostStyles, buttonStyles } from './button.styles.js';
import { safeHref } from '@kith/core';

const VARIANTS = ['primary', 'secondary', 'warning', 'start', 'link'] as const;
const TYPES = ['submit', 'button', 'reset'] as const;
/** GOV.UK ignores a second activation within a second: long enough for a double click or a nervous second press. */
const DOUBLE_CLICK_MS = 1000;

/**
 * A button that submits or resets the form it is in, or a link styled as a button.
 *
 * The focusable `<button>` lives in the shadow root, where it cannot be a native submitter
 * of the page's form. So the element is form-associated and, when pressed, submits its
 * form through a short-lived hidden `<button type="submit">` in the form: validation runs,
 * `submit` fires with that button as `event.submitter`, and `name=value` is in the FormData,
 * exactly as with a native submit button.
 *
 * @summary Button for the main and secondary actions on a page; submits or resets its form, or links.
 * @tagname kith-button
 *
 * @slot - The button text, for example "Save and continue".
 *
 * @csspart button - The native `<button>`, or the `<a>` when `href` is set.
 * @csspart start-icon - The arrow of a start button.
 *
 * @cssprop --kith-color-button - Background of a primary button.
 * @cssprop --kith-color-button-secondary - Background of a secondary button.
 * @cssprop --kith-color-button-warning - Background of a warning button.
 * @cssprop --kith-size-touch-target - Minimum height (44px).
 */
export class KithButton extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...KithElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [KithElement.styles, focusStyles, buttonHostStyles, buttonStyles];

  static override properties = {
    variant: { reflect: true },
    type: { reflect: true },
    href: {},
    name: { reflect: true, useDefault: true },
    value: {},
    disabled: { type: Boolean, reflect: true, useDefault: true },
    formNoValidate: { type: Boolean, attribute: 'formnovalidate' },
    preventDoubleClick: { type: Boolean, attribute: 'prevent-double-click' },
    disabledByForm: { attribute: false },
  };

  /** How the button looks: primary, secondary, warning, start or link. Anything else is primary. */
  variant: (typeof VARIANTS)[number] = 'primary';
  /** What pressing it does to its form: submit (the default), reset, or nothing (button). */
  type: (typeof TYPES)[number] = 'submit';
  /** Makes it a link styled as a button. Only http, https and relative URLs become links. */
  href = '';
  /** Submitted with `value` when this button submits the form, to tell actions apart ("save" or "continue"). */
  name = '';
  /** The value submitted under `name` when this button submits the form. */
  value = '';
  /** The button cannot be pressed. Prefer leaving it enabled and explaining errors. */
  disabled = false;
  /** Submits without validating the form, for example "Save as draft". */
  formNoValidate = false;
  /** Ignores a second press within a second, so a form is not submitted twice. */
  preventDoubleClick = false;

  private disabledByForm = false;

  private readonly internals = this.attachInternals();
  private checkedHref = '';
  private debounceTimer: number | undefined;

  /** The form this button submits or resets. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Presses the button, as a user would: `element.click()` submits like a native button's. */
  override click(): void {
    this.renderRoot.querySelector<HTMLElement>('[part="button"]')?.click();
  }

  override formDisabledCallback(disabled: boolean): void {
    this.disabledByForm = disabled;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endGuard();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('href')) this.checkedHref = safeHref(this.href, 'kith-button href');
  }

  /** An href was given but refused: the button then does nothing rather than submit by surprise. */
  private get hrefRefused(): boolean {
    return toText(this.href).trim() !== '' && !this.checkedHref;
  }

  private onClick(event: MouseEvent): void {
    if (this.preventDoubleClick) {
      if (this.debounceTimer !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        return;
      }
      this.debounceTimer = window.setTimeout(() => (this.debounceTimer = undefined), DOUBLE_CLICK_MS);
    }
    const form = this.internals.form;
    if (this.checkedHref || this.hrefRefused || !form) return;
    const type = oneOf(this.type, TYPES, 'submit');
    if (type === 'reset') form.reset();
    // A press stopped by validation submitted nothing: the next one must not be ignored.
    else if (type === 'submit' && !this.submit(form)) this.endGuard();
  }

  private endGuard(): void {
    window.clearTimeout(this.debounceTimer);
    this.debounceTimer = undefined;
  }

  /** Returns whether the form's submit event fired. */
  private submit(form: HTMLFormElement): boolean {
    const proxy = document.createElement('button');
    proxy.type = 'submit';
    proxy.hidden = true;
    proxy.formNoValidate = this.formNoValidate;
    if (this.name) {
      proxy.name = this.name;
      proxy.value = toText(this.value);
    }
    let submitted = false;
    const onSubmit = () => (submitted = true);
    form.addEventListener('submit', onSubmit, { capture: true, once: true });
    form.append(proxy);
    try {
      form.requestSubmit(proxy);
    } finally {
      proxy.remove();
      form.removeEventListener('submit', onSubmit, { capture: true });
    }
    return submitted;
  }

  protected override render() {
    const variant = oneOf(this.variant, VARIANTS, 'primary');
    const buttonClasses = classes({ button: true, [variant]: true });
    const content = html`<slot></slot>${variant === 'start'
        ? html`<svg class="start-icon" part="start-icon" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>`
        : nothing}`;
    const disabled = this.disabled || this.disabledByForm;
    if (this.checkedHref && !disabled) {
      return html`<a class=${buttonClasses} part="button" href=${this.checkedHref} draggable="false" @click=${this.onClick}>${content}</a>`;
    }
    return html`<button class=${buttonClasses} part="button" type="button" ?disabled=${disabled} @click=${this.onClick}>${content}</button>`;
  }
}

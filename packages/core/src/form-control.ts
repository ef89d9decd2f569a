import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce, ensureAnnouncer } from './announcer.js';
import type { ValidationFailure } from './validators.js';
import { defaultErrorPrefix } from './field.js';
import { toText } from './text.js';
import { getLocale } from './current-locale.js';

/** What a form-associated Kith element exposes for the controller to read and write. */
export interface FormControlHost extends ReactiveControllerHost, HTMLElement {
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  /** An error the host page supplies (for example from the server); shown until the user edits. */
  errorMessage?: unknown;
  /** Replaces the visually hidden "Error:" read before an error. */
  errorPrefix?: string;
}

export interface FormControlOptions {
  /** The focusable element inside the shadow root that validity messages point at. */
  anchor: () => HTMLElement | null | undefined;
  /** The first validation failure of the current value, or null. */
  validate: () => ValidationFailure | null;
  /** An error the host page supplies (for example from the server); shown until the user edits. Defaults to the host's `errorMessage`. */
  hostError?: () => string;
  /** The value submitted with the form; defaults to the host's value (null when empty and not required is fine). */
  formValue?: () => string | FormData | null;
  /** The value a form reset returns to; defaults to the host's `value` attribute, as for native inputs. */
  defaultValue?: () => string;
  /** What the browser keeps for `restoreState` beyond the value (a date's unfinished boxes); the value when it gives null. */
  formState?: () => FormData | null;
  /** Restores the value the browser saved (back/forward navigation, autofill). */
  restoreState?: (state: string | File | FormData | null) => void;
}

/**
 * Gives a Kith element the behaviour of a native form control through ElementInternals:
 * its value in FormData, constraint validation with an anchor, reset, restore, the
 * disabled state of an enclosing fieldset, and `:state(user-invalid)` once the user has
 * tried to submit (not when they leave a field, as GOV.UK advises).
 */
export class FormControlController implements ReactiveController {
  readonly internals: ElementInternals;
  /**
   * A native input's dirty value flag: true once the user or code has changed the value.
   * The `value` attribute then no longer sets the value; it is only the default a reset returns to.
   */
  dirty = false;
  private submitted = false;
  private disabledByForm = false;
  private dismissedHostError = '';
  private lastAnnounced = '';
  private pendingAnnouncement = false;
  private locale = '';

  constructor(
    private readonly host: FormControlHost,
    private readonly options: FormControlOptions,
  ) {
    this.internals = host.attachInternals();
    host.addController(this);
  }

  hostConnected(): void {
    // Errors are announced: the live region must be in the page before the first one.
    ensureAnnouncer(this.host.ownerDocument);
    this.host.addEventListener('invalid', this.onInvalid);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('invalid', this.onInvalid);
  }

  hostUpdated(): void {
    this.sync();
    if (this.locale !== getLocale()) {
      this.locale = getLocale();
      // A locale switch re-words the error the user was told about; it is not a new error.
      if (this.lastAnnounced) this.lastAnnounced = this.visibleError;
    }
    if (this.pendingAnnouncement) {
      this.pendingAnnouncement = false;
      const message = this.visibleError;
      if (message && message !== this.lastAnnounced) {
        announce(`${this.errorPrefix} ${message}`.trim());
      }
      this.lastAnnounced = message;
    }
  }

  /** True when the control is disabled by its own attribute or by a disabled fieldset. */
  get disabled(): boolean {
    return this.host.disabled || this.disabledByForm;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Text read before an error: the host's `errorPrefix`, else "Error:" in the current locale. */
  get errorPrefix(): string {
    return this.host.errorPrefix || defaultErrorPrefix();
  }

  /** The error a user should see now: the host's, or ours once the user has tried to submit. */
  get visibleError(): string {
    const hostError = this.hostError();
    if (hostError && hostError !== this.dismissedHostError) return hostError;
    if (!this.submitted || this.disabled) return '';
    return this.options.validate()?.message ?? '';
  }

  /** Call from the inner control's input handler, after updating the host's value. */
  handleInput(): void {
    this.dirty = true;
    const hostError = this.hostError();
    if (hostError) this.dismissedHostError = hostError;
    this.host.requestUpdate();
  }

  /** Call from the inner control's change handler: re-dispatches a composed change event. */
  handleChange(): void {
    this.pendingAnnouncement = true;
    this.host.requestUpdate();
    this.host.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  checkValidity(): boolean {
    this.sync();
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    this.sync();
    return this.internals.reportValidity();
  }

  /** Sets the host to its default value and forgets that the user interacted. */
  reset(): void {
    this.host.value = this.options.defaultValue?.() ?? this.host.getAttribute('value') ?? '';
    this.dirty = false;
    this.submitted = false;
    this.lastAnnounced = '';
    this.host.requestUpdate();
  }

  restore(state: string | File | FormData | null): void {
    if (this.options.restoreState) this.options.restoreState(state);
    else if (typeof state === 'string') this.host.value = state;
  }

  setDisabledByForm(disabled: boolean): void {
    this.disabledByForm = disabled;
    this.host.requestUpdate();
  }

  /** Pushes value and validity to the form; runs after every render so the anchor exists. */
  sync(): void {
    const value = this.options.formValue ? this.options.formValue() : this.host.value;
    this.internals.setFormValue(value, this.options.formState?.() ?? (typeof value === 'string' ? value : undefined));
    const hostError = this.hostError();
    // Once the host clears its error, the same message set again later is a new error to show.
    if (!hostError) this.dismissedHostError = '';
    const failure: ValidationFailure | null =
      hostError && hostError !== this.dismissedHostError
        ? { flag: 'customError', message: hostError }
        : this.options.validate();
    if (failure) {
      const anchor = this.options.anchor() ?? undefined;
      this.internals.setValidity({ [failure.flag]: true }, failure.message, anchor);
    } else {
      this.internals.setValidity({});
    }
    const userInvalid = !!this.visibleError && !this.disabled;
    if (userInvalid) this.internals.states.add('user-invalid');
    else this.internals.states.delete('user-invalid');
  }

  private hostError(): string {
    return this.options.hostError ? this.options.hostError() : toText(this.host.errorMessage);
  }

  private readonly onInvalid = (): void => {
    if (this.submitted) return;
    this.submitted = true;
    this.host.requestUpdate();
  };
}

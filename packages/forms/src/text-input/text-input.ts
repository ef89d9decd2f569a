import { html, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  KithElement,
  FormControlController,
  FIELD_IDS,
  classes,
  defaultErrorPrefix,
  describedBy,
  fieldStyles,
  firstFailure,
  focusStyles,
  labelInSentence,
  oneOf,
  renderError,
  renderHint,
  renderLabel,
  requiredValidator,
  toText,
} from '@kith/core';
import { textInputStyles } from './text-input.styles.js';

const TYPES = ['text', 'email', 'tel', 'url', 'search', 'password'] as const;
const WIDTHS = ['full', 'three-quarters', 'two-thirds', 'one-half', 'one-third', 'one-quarter', '30', '20', '10', '5', '4', '3', '2'] as const;

/** Reads the `spellcheck` attribute the way HTML does: "false" turns it off, anything else on. */
const spellcheckConverter = {
  fromAttribute: (value: string | null) => (value === null ? undefined : value !== 'false'),
  toAttribute: (value: boolean | undefined) => (value === undefined ? null : String(value)),
};

/**
 * A single-line text field with a label, hint and error message, for short answers
 * such as a name, an NHS number or a postcode.
 *
 * @summary Single-line text field with label, hint and error message.
 * @tagname kith-text-input
 *
 * @csspart label - The visible label.
 * @csspart hint - The hint below the label.
 * @csspart error-message - The error message.
 * @csspart input - The text box itself.
 * @csspart prefix - The text shown before the box (for example £).
 * @csspart suffix - The text shown after the box (for example kg).
 *
 * @cssprop --kith-color-error - Colour of the error border and message.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 *
 * @fires input - When the user changes the value, on every keystroke (bubbles, composed).
 * @fires change - When the user commits a change, on blur (bubbles, composed).
 */
export class KithTextInput extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...KithElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [KithElement.styles, fieldStyles, focusStyles, textInputStyles];

  /** The visible label; also the accessible name of the text box. */
  @property() label = '';
  /** Help text shown below the label and read after it. */
  @property() hint = '';
  /** An error to show now, for example from the server. It stands until the user edits the value. */
  @property({ attribute: 'error-message' }) errorMessage = '';
  /** Replaces the visually hidden "Error:" read before the message. */
  @property({ attribute: 'error-prefix' }) errorPrefix = '';
  /** Replaces the message shown when a required field is empty ("Enter full name"). */
  @property({ attribute: 'required-message' }) requiredMessage = '';
  /** Shows the label as the page's h1, for a question page with one field. */
  @property({ type: Boolean, attribute: 'page-heading' }) pageHeading = false;

  /** The name the value is submitted under. */
  @property({ reflect: true }) name = '';
  /** The field must not be empty when the form is submitted. */
  @property({ type: Boolean, reflect: true }) required = false;
  /** The field cannot be used and is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** The value can be read and copied but not changed; it is still submitted. */
  @property({ type: Boolean, reflect: true, attribute: 'readonly' }) readOnly = false;

  /** The kind of text: text, email, tel, url, search or password. */
  @property() type: (typeof TYPES)[number] = 'text';
  /** How wide the box is: a fraction of its container, or about how many characters it fits. */
  @property() width: (typeof WIDTHS)[number] = 'full';
  /** What the browser may fill in, for example "name", "email" or "postal-code". */
  @property() autocomplete = '';
  /** The on-screen keyboard to offer, for example "numeric". */
  @property({ attribute: 'inputmode' }) override inputMode = '';
  /** Set to "false" for names, emails and codes so spelling is not marked wrong. */
  @property({ converter: spellcheckConverter }) override spellcheck = true;
  /** Text shown before the box and hidden from screen readers; put its meaning in the label too. */
  @property({ attribute: 'prefix' }) prefixText = '';
  /** Text shown after the box and hidden from screen readers; put its meaning in the label too. */
  @property({ attribute: 'suffix' }) suffixText = '';

  private currentValue = '';

  @query('#control') private input?: HTMLInputElement;

  protected override formControl = new FormControlController(this, {
    anchor: () => this.input,
    validate: () => (this.disabled || this.readOnly ? null : firstFailure(this.value, this.validators())),
    hostError: () => toText(this.errorMessage),
    errorPrefix: () => this.errorPrefix || defaultErrorPrefix(),
  });

  /** The current text. Anything that is not a string is turned into one; null becomes empty. */
  @property()
  get value(): string {
    return this.currentValue;
  }
  set value(next: unknown) {
    this.currentValue = toText(next);
  }

  /** The value the field returns to when its form is reset (the `value` attribute). */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }
  set defaultValue(value: string) {
    this.setAttribute('value', toText(value));
  }

  get form(): HTMLFormElement | null {
    return this.formControl.form;
  }
  get validity(): ValidityState {
    return this.formControl.validity;
  }
  get validationMessage(): string {
    return this.formControl.validationMessage;
  }
  get willValidate(): boolean {
    return this.formControl.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.formControl.checkValidity();
  }
  reportValidity(): boolean {
    return this.formControl.reportValidity();
  }

  private validators() {
    const label = toText(this.label);
    return this.required
      ? [
          requiredValidator(
            () => this.requiredMessage || msg(str`Enter ${labelInSentence(label)}`, { id: 'kith.text-input.required' }),
          ),
        ]
      : [];
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.formControl.handleInput();
  }

  private onChange(): void {
    this.formControl.handleChange();
  }

  protected override render() {
    const error = this.formControl.visibleError;
    const hint = toText(this.hint);
    const width = oneOf(this.width, WIDTHS, 'full');
    return html`
      <div class=${classes({ 'form-group': true, 'has-error': !!error })}>
        ${renderLabel(toText(this.label), { pageHeading: this.pageHeading })} ${renderHint(hint)}
        ${renderError(error, this.errorPrefix || defaultErrorPrefix())}
        <div class="wrapper">
          ${this.prefixText ? html`<div class="affix prefix" part="prefix" aria-hidden="true">${this.prefixText}</div>` : nothing}
          <input
            id=${FIELD_IDS.control}
            part="input"
            class=${classes({ input: true, [`width-${width}`]: true, error: !!error })}
            type=${oneOf(this.type, TYPES, 'text')}
            .value=${live(this.value)}
            ?disabled=${this.formControl.disabled}
            ?readonly=${this.readOnly}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(hint, error)}
            autocomplete=${ifDefined(this.autocomplete || undefined)}
            inputmode=${ifDefined(this.inputMode || undefined)}
            spellcheck=${ifDefined(this.hasAttribute('spellcheck') ? String(this.spellcheck) : undefined)}
            @input=${this.onInput}
            @change=${this.onChange}
          />
          ${this.suffixText ? html`<div class="affix suffix" part="suffix" aria-hidden="true">${this.suffixText}</div>` : nothing}
        </div>
      </div>
    `;
  }
}

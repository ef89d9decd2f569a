import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  KithElement,
  FormControlController,
  FIELD_IDS,
  classes,
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
  submitImplicitly,
  toText,
} from '@kith/core';
import { textInputStyles } from './text-input.styles.js';

const TYPES = ['text', 'email', 'tel', 'url', 'search', 'password'] as const;
const WIDTHS = ['full', 'three-quarters', 'two-thirds', 'one-half', 'one-third', 'one-quarter', '30', '20', '10', '5', '4', '3', '2'] as const;

/** Reads the `spellcheck` attribute the way HTML does: "false" turns it off, anything else (or removing it) on. */
const spellcheckConverter = (value: string | null) => value !== 'false';

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

  static override properties = {
    label: {},
    hint: {},
    errorMessage: { attribute: 'error-message' },
    errorPrefix: { attribute: 'error-prefix' },
    requiredMessage: { attribute: 'required-message' },
    pageHeading: { type: Boolean, attribute: 'page-heading' },
    name: { reflect: true, useDefault: true },
    required: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    readOnly: { type: Boolean, reflect: true, useDefault: true, attribute: 'readonly' },
    type: {},
    width: {},
    autocomplete: {},
    inputMode: { attribute: 'inputmode' },
    spellcheck: { converter: spellcheckConverter },
    prefixText: { attribute: 'prefix' },
    suffixText: { attribute: 'suffix' },
    // Declared only so that a value set before the element was defined is taken over on upgrade.
    defaultValue: { attribute: false, noAccessor: true },
    value: {},
  };

  /** The visible label; also the accessible name of the text box. */
  label = '';
  /** Help text shown below the label and read after it. */
  hint = '';
  /** An error to show now, for example from the server. It stands until the user edits the value. */
  errorMessage = '';
  /** Replaces the visually hidden "Error:" read before the message. */
  errorPrefix = '';
  /** Replaces the message shown when a required field is empty ("Enter full name"). */
  requiredMessage = '';
  /** Shows the label as the page's h1, for a question page with one field. */
  pageHeading = false;

  /** The name the value is submitted under. */
  name = '';
  /** The field must not be empty when the form is submitted. */
  required = false;
  /** The field cannot be used and is not submitted. */
  disabled = false;
  /** The value can be read and copied but not changed; it is still submitted. */
  readOnly = false;

  /** The kind of text: text, email, tel, url, search or password. */
  type: (typeof TYPES)[number] = 'text';
  /** How wide the box is: a fraction of its container, or about how many characters it fits. */
  width: (typeof WIDTHS)[number] = 'full';
  /** What the browser may fill in, for example "name", "email" or "postal-code". */
  autocomplete = '';
  /** The on-screen keyboard to offer, for example "numeric". */
  override inputMode = '';
  /**
   * Set to "false" for names, emails and codes so spelling is not marked wrong. Frameworks set
   * the property rather than the attribute, so false is passed on either way.
   */
  override spellcheck = true;
  /** Text shown before the box and hidden from screen readers; put its meaning in the label too. */
  prefixText = '';
  /** Text shown after the box and hidden from screen readers; put its meaning in the label too. */
  suffixText = '';

  private currentValue = '';

  private get input(): HTMLInputElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLInputElement>('#control');
  }

  protected override formControl = new FormControlController(this, {
    anchor: () => this.input,
    validate: () => (this.disabled || this.readOnly ? null : firstFailure(this.value, this.validators())),
  });

  /**
   * The current text. Anything that is not a string is turned into one; null becomes empty.
   * Each line break, or run of them, becomes a space, as when text with lines is pasted: the box
   * cannot hold them, and a native input would drop them and run the words together.
   * For type email or url, spaces around a value set by code are removed, as in a native input.
   */
  get value(): string {
    return this.currentValue;
  }
  set value(next: unknown) {
    this.currentValue = toText(next).replace(/[\r\n]+/g, ' ');
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

  /**
   * Focuses the text box as a native input's focus() does, the cursor where it was: focus
   * delegated from the host would select all the text, and the next keystroke would replace it.
   */
  override focus(options?: FocusOptions): void {
    const input = this.input;
    if (input) input.focus(options);
    else super.focus(options);
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
    this.currentValue = (event.target as HTMLInputElement).value;
    this.formControl.handleInput();
  }

  /**
   * Setting the value or type strips the ASCII whitespace around an email or web address, as on a
   * native input (a no-break space stays: trim() would take it); typing does not (Chromium keeps them).
   */
  protected override willUpdate(changed: PropertyValues): void {
    if (['email', 'url'].includes(this.type) && (changed.has('value') || changed.has('type'))) this.currentValue = this.currentValue.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  }

  private onChange(): void {
    this.formControl.handleChange();
  }

  /**
   * Puts the value in the box after each render unless the box already shows it, as lit's
   * live() would: a value set after the user typed still shows, and typing is left alone.
   */
  protected override updated(): void {
    const input = this.input;
    if (input && input.value !== this.value) input.value = this.value;
  }

  protected override render() {
    const error = this.formControl.visibleError;
    const hint = toText(this.hint);
    const width = oneOf(this.width, WIDTHS, 'full');
    return html`
      <div class=${classes({ 'form-group': true, 'has-error': !!error })}>
        ${renderLabel(toText(this.label), { pageHeading: this.pageHeading })} ${renderHint(hint)}
        ${renderError(error, this.formControl.errorPrefix)}
        <div class="wrapper">
          ${this.prefixText ? html`<div class="affix prefix" part="prefix" aria-hidden="true">${this.prefixText}</div>` : nothing}
          <input
            id=${FIELD_IDS.control}
            part="input"
            class=${classes({ input: true, [`width-${width}`]: true, error: !!error })}
            type=${oneOf(this.type, TYPES, 'text')}
            ?disabled=${this.formControl.disabled}
            ?readonly=${this.readOnly}
            aria-required=${this.required ? 'true' : 'false'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy(hint, error)}
            autocomplete=${ifDefined(this.autocomplete || undefined)}
            inputmode=${ifDefined(this.inputMode || undefined)}
            spellcheck=${ifDefined(!this.spellcheck || this.hasAttribute('spellcheck') ? String(this.spellcheck) : undefined)}
            @input=${this.onInput}
            @change=${this.onChange}
            @keypress=${submitImplicitly}
          />
          ${this.suffixText ? html`<div class="affix suffix" part="suffix" aria-hidden="true">${this.suffixText}</div>` : nothing}
        </div>
      </div>
    `;
  }
}

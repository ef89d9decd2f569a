import { msg, str } from '@lit/localize';
import {
  KithElement,
  FormControlController,
  fieldStyles,
  focusStyles,
  labelInSentence,
  toText,
  type ValidationFailure,
} from '@kith/core';
import { ChoiceGroupController } from '../choice/choice-group.js';
import { renderChoiceGroup } from '../choice/render.js';
import { legendStyles, type LegendSize } from '../choice/legend.js';
import { choiceStyles } from '../choice/choice.styles.js';
import { radiosStyles } from './radios.styles.js';

/**
 * A question with a few answers of which the user picks exactly one. The answers are
 * `kith-option` children, so they can come from a server template or any framework:
 *
 * ```html
 * <kith-radios name="contact" legend="Can we contact the family?">
 *   <kith-option value="yes" hint="We will use the details on the referral">Yes</kith-option>
 *   <kith-option value="no">No</kith-option>
 * </kith-radios>
 * ```
 *
 * The radios are native inputs inside a fieldset whose legend names the group, so arrow
 * keys move and select as they do in any radio group. An option's follow-up content
 * (`slot="conditional"`) is shown right after it while it is selected.
 *
 * @summary One answer from a short list, with hints and follow-up questions.
 * @tagname kith-radios
 *
 * @slot - `kith-option` elements: the answers, in order, and `divider` items ("or").
 *
 * @csspart fieldset - The fieldset around the group.
 * @csspart legend - The legend: the question, and the group's accessible name.
 * @csspart hint - The hint under the legend.
 * @csspart error-message - The error message.
 * @csspart items - The list of options.
 * @csspart item - One option: its radio, label and hint.
 * @csspart option-label - The label of one option.
 * @csspart option-hint - The hint of one option.
 * @csspart divider - The text between options ("or").
 * @csspart conditional - The box that reveals an option's follow-up content.
 * @csspart no-options - The message shown when there are no options.
 *
 * @cssprop --kith-size-choice - Size of each radio (40px).
 * @cssprop --kith-color-error - Colour of the error border and message.
 * @cssprop --kith-color-focus - Colour of the focus ring.
 *
 * @fires input - When the user selects an option (bubbles, composed).
 * @fires change - When the user selects an option (bubbles, composed).
 */
export class KithRadios extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...KithElement.shadowRootOptions,
    delegatesFocus: true,
    slotAssignment: 'manual',
  };
  static override styles = [KithElement.styles, fieldStyles, focusStyles, legendStyles, choiceStyles, radiosStyles];

  static override properties = {
    legend: {},
    hint: {},
    errorMessage: { attribute: 'error-message' },
    errorPrefix: { attribute: 'error-prefix' },
    requiredMessage: { attribute: 'required-message' },
    pageHeading: { type: Boolean, attribute: 'page-heading' },
    legendSize: { attribute: 'legend-size' },
    inline: { type: Boolean, reflect: true, useDefault: true },
    name: { reflect: true, useDefault: true },
    required: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    // Declared only so that a value set before the element was defined is taken over on upgrade.
    defaultValue: { attribute: false, noAccessor: true },
    value: {},
  };

  /** The question; the legend of the fieldset and the accessible name of the group. */
  legend = '';
  /** Help text shown under the legend and read as the group's description. */
  hint = '';
  /** An error to show now, for example from the server. It stands until the user picks an answer. */
  errorMessage = '';
  /** Replaces the visually hidden "Error:" read before the message. */
  errorPrefix = '';
  /** Replaces the message shown when a required question has no answer ("Select contact method"). */
  requiredMessage = '';
  /** Shows the legend as the page's h1, for a question page with one question. */
  pageHeading = false;
  /** Size of the legend: s, m, l or xl (l by default when it is the page heading). */
  legendSize: LegendSize | '' = '';
  /** Puts the options side by side on wider screens; use only for two short options such as Yes and No. */
  inline = false;

  /** The name the value is submitted under. */
  name = '';
  /** An option must be selected when the form is submitted. */
  required = false;
  /** The group cannot be used and is not submitted. */
  disabled = false;

  private currentValue = '';
  private readonly group = new ChoiceGroupController(this, 'kith-radios');

  protected override formControl = new FormControlController(this, {
    anchor: () => this.focusTarget(),
    validate: () => this.validate(),
    // Like a native radio group, nothing is submitted until an option is selected.
    formValue: () => this.value || null,
  });

  /**
   * The value of the selected option, or '' when none is. A value that matches no option
   * is kept, and selects its option if one with that value is added later.
   */
  get value(): string {
    return this.group.choices.some((option) => option.value === this.currentValue) ? this.currentValue : '';
  }
  set value(next: unknown) {
    this.currentValue = toText(next);
  }

  /** The value the group returns to when its form is reset (the `value` attribute). */
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

  /** Focuses the selected radio, or the first one that can be used, as Tab into a radio group does. */
  override focus(options?: FocusOptions): void {
    const target = this.focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  private focusTarget(): HTMLInputElement | undefined {
    const inputs = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input.input')].filter((input) => !input.disabled);
    return inputs.find((input) => input.checked) ?? inputs[0];
  }

  private validate(): ValidationFailure | null {
    // A group with no options cannot be answered, so it does not block the form.
    if (this.disabled || !this.required || this.value !== '' || !this.group.choices.length) return null;
    const legend = toText(this.legend).trim();
    const message =
      this.requiredMessage ||
      (legend
        ? msg(str`Select ${labelInSentence(legend)}`, { id: 'kith.radios.required' })
        : msg('Select an option', { id: 'kith.radios.required-unnamed' }));
    return { flag: 'valueMissing', message };
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.checked) this.value = input.value;
    this.formControl.handleInput();
  };

  private readonly onChange = (): void => {
    this.formControl.handleChange();
  };

  protected override updated(): void {
    const value = this.value;
    this.group.sync((option) => option.value === value);
  }

  protected override render() {
    const value = this.value;
    return renderChoiceGroup({
      type: 'radio',
      legend: toText(this.legend),
      hint: toText(this.hint),
      error: this.formControl.visibleError,
      errorPrefix: this.formControl.errorPrefix,
      pageHeading: this.pageHeading,
      legendSize: this.legendSize,
      inline: this.inline,
      disabled: this.formControl.disabled,
      options: this.group.options,
      isChecked: (option) => option.value === value,
      onInput: this.onInput,
      onChange: this.onChange,
    });
  }
}

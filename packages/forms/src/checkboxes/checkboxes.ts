import { msg, str } from '@lit/localize';
import {
  KithElement,
  FormControlController,
  announce,
  fieldStyles,
  focusStyles,
  labelInSentence,
  toText,
  type ValidationFailure,
} from '@kith/core';
import { ChoiceGroupController } from '../choice/choice-group.js';
import { parseValueList } from '../choice/options.js';
import { renderChoiceGroup } from '../choice/render.js';
import { legendStyles, type LegendSize } from '../choice/legend.js';
import { choiceStyles } from '../choice/choice.styles.js';
import { checkboxesStyles } from './checkboxes.styles.js';

/**
 * A question where the user may pick any number of answers. The answers are
 * `kith-option` children, as in `kith-radios`:
 *
 * ```html
 * <kith-checkboxes name="support" legend="What support does the family have?" hint="Select all that apply">
 *   <kith-option value="relatives">Relatives nearby</kith-option>
 *   <kith-option value="school">School</kith-option>
 *   <kith-option value="none" exclusive>None of these</kith-option>
 * </kith-checkboxes>
 * ```
 *
 * Each checked value is submitted as its own FormData entry under `name`, like native
 * checkboxes that share a name. An `exclusive` option ("None of these") is set apart
 * by "or"; checking it clears the others and checking another clears it, and what was
 * cleared is announced.
 *
 * @summary Any number of answers from a list, with hints, follow-up questions and "None of these".
 * @tagname kith-checkboxes
 *
 * @slot - `kith-option` elements: the answers, in order, and `divider` items ("or").
 *
 * @csspart fieldset - The fieldset around the group.
 * @csspart legend - The legend: the question, and the group's accessible name.
 * @csspart hint - The hint under the legend.
 * @csspart error-message - The error message.
 * @csspart items - The list of options.
 * @csspart item - One option: its checkbox, label and hint.
 * @csspart option-label - The label of one option.
 * @csspart option-hint - The hint of one option.
 * @csspart divider - The text before an exclusive option ("or").
 * @csspart conditional - The box that reveals an option's follow-up content.
 * @csspart no-options - The message shown when there are no options.
 *
 * @cssprop --kith-size-choice - Size of each checkbox (40px).
 * @cssprop --kith-color-error - Colour of the error border and message.
 * @cssprop --kith-color-focus - Colour of the focus ring.
 *
 * @fires input - When the user checks or clears an option (bubbles, composed).
 * @fires change - When the user checks or clears an option (bubbles, composed).
 */
export class KithCheckboxes extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = {
    ...KithElement.shadowRootOptions,
    delegatesFocus: true,
    slotAssignment: 'manual',
  };
  static override styles = [KithElement.styles, fieldStyles, focusStyles, legendStyles, choiceStyles, checkboxesStyles];

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
    values: { attribute: false, noAccessor: true },
    value: {},
  };

  /** The question; the legend of the fieldset and the accessible name of the group. */
  legend = '';
  /** Help text shown under the legend and read as the group's description ("Select all that apply"). */
  hint = '';
  /** An error to show now, for example from the server. It stands until the user changes an answer. */
  errorMessage = '';
  /** Replaces the visually hidden "Error:" read before the message. */
  errorPrefix = '';
  /** Replaces the message shown when a required question has no answer. */
  requiredMessage = '';
  /** Shows the legend as the page's h1, for a question page with one question. */
  pageHeading = false;
  /** Size of the legend: s, m, l or xl (l by default when it is the page heading). */
  legendSize: LegendSize | '' = '';
  /** Puts the options side by side on wider screens; only for a few short options. */
  inline = false;

  /** The name every checked value is submitted under. */
  name = '';
  /** At least one option must be checked when the form is submitted. */
  required = false;
  /** The group cannot be used and is not submitted. */
  disabled = false;

  /** Checked values, including any that match no option yet (they count once such an option is added). */
  private checked = new Set<string>();
  private readonly group = new ChoiceGroupController(this, 'kith-checkboxes');

  protected override formControl = new FormControlController(this, {
    anchor: () => this.focusTarget(),
    validate: () => this.validate(),
    formValue: () => this.formData(),
    restoreState: (state) => {
      this.values = state instanceof FormData ? state.getAll(this.name).map(toText) : parseValueList(toText(state));
    },
  });

  /** The checked values, in the order of the options. Setting it checks exactly those options. */
  get values(): string[] {
    return this.group.choices.filter((option) => this.checked.has(option.value)).map((option) => option.value);
  }
  set values(next: unknown) {
    if (next === null || next === undefined) next = [];
    if (!Array.isArray(next)) throw new TypeError('kith-checkboxes: values must be an array of strings');
    const old = this.value;
    this.checked = new Set(next.map(toText));
    this.requestUpdate('value', old);
  }

  /**
   * The checked values as one comma-separated string ("email,phone"); the `value`
   * attribute is read the same way and is the default a form reset returns to.
   * Use `values` when a value itself contains a comma.
   */
  get value(): string {
    return this.values.join(',');
  }
  set value(next: unknown) {
    this.checked = new Set(parseValueList(toText(next)));
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

  /** Focuses the first checkbox that can be used. */
  override focus(options?: FocusOptions): void {
    const target = this.focusTarget();
    if (target) target.focus(options);
    else super.focus(options);
  }

  private focusTarget(): HTMLInputElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>('input.input')].find((input) => !input.disabled);
  }

  /** One entry per checked value under the same name, as native checkboxes submit. */
  private formData(): FormData | null {
    const values = this.values;
    if (!this.name || !values.length) return null;
    const data = new FormData();
    for (const value of values) data.append(this.name, value);
    return data;
  }

  private validate(): ValidationFailure | null {
    // A group with no options cannot be answered, so it does not block the form.
    if (this.disabled || !this.required || this.values.length || !this.group.choices.length) return null;
    const legend = toText(this.legend).trim();
    const message =
      this.requiredMessage ||
      (legend
        ? msg(str`Select at least one option for ${labelInSentence(legend)}`, { id: 'kith.checkboxes.required' })
        : msg('Select at least one option', { id: 'kith.checkboxes.required-unnamed' }));
    return { flag: 'valueMissing', message };
  }

  private readonly onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const option = this.group.choices.find((choice) => choice.value === input.value);
    if (!option) return;
    const next = new Set(this.checked);
    if (!input.checked) {
      next.delete(option.value);
    } else {
      // "None of these" and the other answers cannot both be checked.
      const cleared = this.group.choices.filter(
        (choice) => choice !== option && next.has(choice.value) && (option.exclusive || choice.exclusive),
      );
      for (const choice of cleared) next.delete(choice.value);
      next.add(option.value);
      if (cleared.length) {
        const labels = cleared.map((choice) => choice.label).join(', ');
        announce(msg(str`No longer selected: ${labels}`, { id: 'kith.checkboxes.cleared' }));
      }
    }
    this.values = [...next];
    this.formControl.handleInput();
  };

  private readonly onChange = (): void => {
    this.formControl.handleChange();
  };

  protected override updated(): void {
    const values = new Set(this.values);
    this.group.sync((option) => values.has(option.value));
  }

  protected override render() {
    const values = new Set(this.values);
    return renderChoiceGroup({
      type: 'checkbox',
      legend: toText(this.legend),
      hint: toText(this.hint),
      error: this.formControl.visibleError,
      errorPrefix: this.formControl.errorPrefix,
      pageHeading: this.pageHeading,
      legendSize: this.legendSize,
      inline: this.inline,
      disabled: this.formControl.disabled,
      options: this.group.options,
      isChecked: (option) => values.has(option.value),
      onInput: this.onInput,
      onChange: this.onChange,
    });
  }
}

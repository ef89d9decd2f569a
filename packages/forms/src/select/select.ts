import { html, type TemplateResult } from 'lit';
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
  renderError,
  renderHint,
  renderLabel,
  requiredValidator,
  toText,
} from '@kith/core';
import { selectStyles } from './select.styles.js';

/** One option as read from the light DOM. */
interface OptionData {
  value: string;
  label: string;
  disabled: boolean;
  hidden: boolean;
  selected: boolean;
}

interface GroupData {
  label: string;
  disabled: boolean;
  options: OptionData[];
}

function readOption(option: HTMLOptionElement, groupDisabled = false): OptionData {
  return { value: option.value, label: option.label, disabled: option.disabled || groupDisabled, hidden: option.hidden, selected: option.defaultSelected };
}

/**
 * A drop-down list of options, a native select with a label, hint and error message.
 * Give the options as `<option>` (and `<optgroup>`) children, as for a native select;
 * they are read, and re-read whenever they change, into a real select in the shadow root.
 * Consider radios first: most people find them easier (see the guidance).
 *
 * @summary Native select with label, hint and error message; options from light-DOM `<option>` children.
 * @tagname kith-select
 *
 * @slot - `<option>` and `<optgroup>` elements, as for a native select. They are not shown themselves.
 *
 * @csspart label - The visible label.
 * @csspart hint - The hint below the label.
 * @csspart error-message - The error message.
 * @csspart select - The select itself.
 *
 * @cssprop --kith-color-error - Colour of the error border and message.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 *
 * @fires input - When the user chooses an option (bubbles, composed).
 * @fires change - When the user chooses an option (bubbles, composed).
 */
export class KithSelect extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...KithElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [KithElement.styles, fieldStyles, focusStyles, selectStyles];

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
    autocomplete: {},
    value: {},
  };

  /** The visible label; also the accessible name of the select. */
  label = '';
  /** Help text shown below the label and read after it. */
  hint = '';
  /** An error to show now, for example from the server. It stands until the user chooses again. */
  errorMessage = '';
  /** Replaces the visually hidden "Error:" read before the message. */
  errorPrefix = '';
  /** Replaces the message shown when a required select has no answer ("Select sort order"). */
  requiredMessage = '';
  /** Shows the label as the page's h1, for a question page with one field. */
  pageHeading = false;

  /** The name the value is submitted under. */
  name = '';
  /** An option with a value must be chosen before the form is submitted. */
  required = false;
  /** The select cannot be used and is not submitted. */
  disabled = false;
  /** What the browser may fill in, for example "country-name". */
  autocomplete = '';

  /** The value set by code or chosen by the user; null until then, so the options decide. */
  private requested: string | null = null;
  private readonly observer = new MutationObserver(() => this.requestUpdate());

  private get select(): HTMLSelectElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLSelectElement>('#control');
  }

  protected override formControl = new FormControlController(this, {
    anchor: () => this.select,
    validate: () => (this.disabled ? null : firstFailure(this.value, this.validators())),
    // Like a native select: back to the `value` attribute, else the option marked selected, else the first.
    defaultValue: () => this.getAttribute('value') ?? this.defaultOption()?.value ?? '',
  });

  /**
   * The value of the chosen option. Setting a value that no option has chooses nothing
   * (as a native select does); the value is remembered, so an option with it that is
   * added later is chosen.
   */
  get value(): string {
    if (this.requested === null) return this.defaultOption()?.value ?? '';
    return this.flatOptions().some((option) => option.value === this.requested) ? this.requested : '';
  }
  set value(next: unknown) {
    this.requested = toText(next);
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

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value', 'label', 'disabled', 'hidden', 'selected'],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  /** The options and groups given as children; anything else is ignored. */
  private items(): (OptionData | GroupData)[] {
    const items: (OptionData | GroupData)[] = [];
    for (const child of this.children) {
      if (child instanceof HTMLOptionElement) items.push(readOption(child));
      else if (child instanceof HTMLOptGroupElement) {
        const options = [...child.children].filter((node) => node instanceof HTMLOptionElement);
        items.push({ label: child.label, disabled: child.disabled, options: options.map((option) => readOption(option, child.disabled)) });
      }
    }
    return items;
  }

  private flatOptions(): OptionData[] {
    return this.items().flatMap((item) => ('options' in item ? item.options : [item]));
  }

  /** The option a native select starts on: the last marked selected, else the first that is not disabled. */
  private defaultOption(): OptionData | undefined {
    const options = this.flatOptions();
    return options.findLast((option) => option.selected) ?? options.find((option) => !option.disabled);
  }

  private validators() {
    const label = toText(this.label);
    return this.required
      ? [requiredValidator(() => this.requiredMessage || msg(str`Select ${labelInSentence(label)}`, { id: 'kith.select.required' }))]
      : [];
  }

  private onInput(event: Event): void {
    this.requested = (event.target as HTMLSelectElement).value;
    this.formControl.handleInput();
  }

  private onChange(event: Event): void {
    this.requested = (event.target as HTMLSelectElement).value;
    this.formControl.handleChange();
  }

  /** The chosen option is set on the real select after its options exist; no match shows none chosen. */
  protected override updated(): void {
    const select = this.select;
    if (select && select.value !== this.value) select.value = this.value;
  }

  private renderOption(option: OptionData): TemplateResult {
    return html`<option value=${option.value} ?disabled=${option.disabled} ?hidden=${option.hidden}>${option.label}</option>`;
  }

  protected override render() {
    const error = this.formControl.visibleError;
    const hint = toText(this.hint);
    return html`
      <div class=${classes({ 'form-group': true, 'has-error': !!error })}>
        ${renderLabel(toText(this.label), { pageHeading: this.pageHeading })} ${renderHint(hint)}
        ${renderError(error, this.formControl.errorPrefix)}
        <select
          id=${FIELD_IDS.control}
          part="select"
          class=${classes({ select: true, error: !!error })}
          ?disabled=${this.formControl.disabled}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy(hint, error)}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
        >
          ${this.items().map((item) =>
            'options' in item
              ? html`<optgroup label=${item.label} ?disabled=${item.disabled}>${item.options.map((option) => this.renderOption(option))}</optgroup>`
              : this.renderOption(item),
          )}
        </select>
      </div>
    `;
  }
}

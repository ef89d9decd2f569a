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
  element: HTMLOptionElement;
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
  return { element: option, value: option.value, label: option.label, disabled: option.disabled || groupDisabled, hidden: option.hidden, selected: option.defaultSelected };
}

/** The option a native select starts on: the last marked selected, else the first that is not disabled. */
function defaultOption(options: OptionData[]): OptionData | undefined {
  return options.findLast((option) => option.selected) ?? options.find((option) => !option.disabled);
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

  /**
   * The option the user or code chose, as it was read then (only a value if code set one that no
   * option had); undefined until then, so the options decide.
   */
  private chosen?: Pick<OptionData, 'value'> & Partial<OptionData>;
  private readonly observer = new MutationObserver(() => this.requestUpdate());

  private get select(): HTMLSelectElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLSelectElement>('#control');
  }

  protected override formControl = new FormControlController(this, {
    anchor: () => this.select,
    validate: () => (this.disabled ? null : firstFailure(this.value, this.validators())),
    // Like a native select: no answer when nothing is chosen or the chosen option is disabled.
    formValue: () => {
      const chosen = this.chosenOption();
      return chosen && !chosen.disabled ? chosen.value : null;
    },
    // The option's place is kept too: of two options with one value, Back brings back the one chosen, as in a native select.
    formState: () => {
      const options = this.flatOptions();
      const chosen = this.chosenOption(options);
      const state = new FormData();
      state.set('value', chosen?.value ?? '');
      state.set('index', String(chosen ? options.indexOf(chosen) : -1));
      return state;
    },
    restoreState: (state) => {
      if (typeof state === 'string') this.value = state;
      else if (state instanceof FormData) {
        const value = toText(state.get('value'));
        const option = this.flatOptions()[Number(state.get('index'))];
        this.chosen = option?.value === value ? option : { value };
        this.requestUpdate();
      }
    },
  });

  /**
   * The value of the chosen option, its new value if the page changes it. Setting a value that
   * no option has chooses nothing (as a native select does); the value is remembered, so an
   * option with it that is added later is chosen.
   */
  get value(): string {
    return this.chosenOption()?.value ?? '';
  }
  set value(next: unknown) {
    const value = toText(next);
    const chosen = this.chosenOption();
    // The value it already has keeps the option chosen: a framework setting it again must not move it to another with that value.
    this.chosen = chosen?.value === value ? chosen : { value };
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

  /**
   * The option shown as chosen. Until the user or code chooses, the one a native select starts on.
   * Then the option with the chosen value (the one chosen, if two have it), so options the page
   * renders again are followed. If none has it but the chosen option is still there under the
   * same label, the page changed its value: it stays chosen. Otherwise nothing is chosen, rather
   * than an answer the user did not give.
   */
  private chosenOption(options = this.flatOptions()): OptionData | undefined {
    const chosen = this.chosen;
    if (!chosen) return defaultOption(options);
    const same = options.find((option) => option.element === chosen.element);
    if (same?.value === chosen.value) return same;
    return options.find((option) => option.value === chosen.value) ?? (same?.label === chosen.label ? same : undefined);
  }

  private validators() {
    const label = toText(this.label);
    return this.required
      ? [requiredValidator(() => this.requiredMessage || msg(str`Select ${labelInSentence(label)}`, { id: 'kith.select.required' }))]
      : [];
  }

  /** The real select's options are the light-DOM options in the same order. */
  private choose(event: Event): void {
    this.chosen = this.flatOptions()[(event.target as HTMLSelectElement).selectedIndex] ?? { value: '' };
  }

  private onInput(event: Event): void {
    this.choose(event);
    this.formControl.handleInput();
  }

  private onChange(event: Event): void {
    this.choose(event);
    this.formControl.handleChange();
  }

  /** Like a native select, a reset goes back to the `value` attribute, else to the option marked selected, else the first. */
  override formResetCallback(): void {
    super.formResetCallback();
    if (!this.hasAttribute('value')) this.chosen = undefined;
  }

  /**
   * The chosen option is set on the real select after its options exist; no match shows none chosen.
   * It is remembered as it is now, so that a later change to its value is followed.
   */
  protected override updated(): void {
    const options = this.flatOptions();
    const chosen = this.chosenOption(options);
    if (chosen && this.chosen) this.chosen = chosen;
    const index = chosen ? options.indexOf(chosen) : -1;
    const select = this.select;
    if (select && select.selectedIndex !== index) select.selectedIndex = index;
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

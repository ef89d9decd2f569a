import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  KithElement,
  FormControlController,
  FIELD_IDS,
  announce,
  classes,
  countCharacters,
  fieldStyles,
  firstFailure,
  focusStyles,
  getLocale,
  labelInSentence,
  renderError,
  renderHint,
  renderLabel,
  requiredValidator,
  toText,
  type Validator,
} from '@kith/core';
import { textareaStyles } from './textarea.styles.js';

/** How long typing must pause before the count is announced (GOV.UK waits about as long). */
const ANNOUNCE_AFTER_MS = 1000;
const DEFAULT_ROWS = 5;
const COUNT_IDS = { info: 'count-info', message: 'count' } as const;

/**
 * Replacement wording for one message: a string, or singular and plural forms.
 * `{count}` is replaced by the number and `{label}` by the field's label.
 */
export type TextareaMessage = string | { one?: string; other: string };

/** Every count and limit message a page can reword with the `messages` property. */
export interface TextareaMessages {
  /** "You have {count} characters remaining". */
  charactersRemaining?: TextareaMessage;
  /** "You have {count} characters too many". */
  charactersTooMany?: TextareaMessage;
  /** "You have {count} words remaining". */
  wordsRemaining?: TextareaMessage;
  /** "You have {count} words too many". */
  wordsTooMany?: TextareaMessage;
  /** Read with the box: "You can enter up to {count} characters". */
  charactersAllowed?: TextareaMessage;
  /** Read with the box: "You can enter up to {count} words". */
  wordsAllowed?: TextareaMessage;
  /** The error when over the limit: "{label} must be {count} characters or fewer". */
  tooManyCharacters?: TextareaMessage;
  /** The error when over the limit: "{label} must be {count} words or fewer". */
  tooManyWords?: TextareaMessage;
}

type MessageKey = keyof TextareaMessages;

/** The en-GB source and its translations; `n` is the formatted number, `one` says it is 1. */
const DEFAULT_MESSAGES: Record<MessageKey, (n: string, one: boolean, label: string) => string> = {
  charactersRemaining: (n, one) =>
    one
      ? msg(str`You have ${n} character remaining`, { id: 'kith.textarea.character-remaining' })
      : msg(str`You have ${n} characters remaining`, { id: 'kith.textarea.characters-remaining' }),
  charactersTooMany: (n, one) =>
    one
      ? msg(str`You have ${n} character too many`, { id: 'kith.textarea.character-too-many' })
      : msg(str`You have ${n} characters too many`, { id: 'kith.textarea.characters-too-many' }),
  wordsRemaining: (n, one) =>
    one
      ? msg(str`You have ${n} word remaining`, { id: 'kith.textarea.word-remaining' })
      : msg(str`You have ${n} words remaining`, { id: 'kith.textarea.words-remaining' }),
  wordsTooMany: (n, one) =>
    one
      ? msg(str`You have ${n} word too many`, { id: 'kith.textarea.word-too-many' })
      : msg(str`You have ${n} words too many`, { id: 'kith.textarea.words-too-many' }),
  charactersAllowed: (n, one) =>
    one
      ? msg(str`You can enter up to ${n} character`, { id: 'kith.textarea.character-allowed' })
      : msg(str`You can enter up to ${n} characters`, { id: 'kith.textarea.characters-allowed' }),
  wordsAllowed: (n, one) =>
    one
      ? msg(str`You can enter up to ${n} word`, { id: 'kith.textarea.word-allowed' })
      : msg(str`You can enter up to ${n} words`, { id: 'kith.textarea.words-allowed' }),
  tooManyCharacters: (n, one, label) =>
    one
      ? msg(str`${label} must be ${n} character or fewer`, { id: 'kith.textarea.too-long-one' })
      : msg(str`${label} must be ${n} characters or fewer`, { id: 'kith.textarea.too-long' }),
  tooManyWords: (n, one, label) =>
    one
      ? msg(str`${label} must be ${n} word or fewer`, { id: 'kith.textarea.too-many-words-one' })
      : msg(str`${label} must be ${n} words or fewer`, { id: 'kith.textarea.too-many-words' }),
};

/** A whole number above zero, or null for anything else (-1, 0, 2.5, NaN, "abc"). */
function positiveWhole(value: unknown): number | null {
  const number = typeof value === 'number' ? value : Number(toText(value) || NaN);
  return Number.isInteger(number) && number > 0 ? number : null;
}

function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

/** Reads the `spellcheck` attribute the way HTML does: "false" turns it off, anything else (or removing it) on. */
const spellcheckConverter = (value: string | null) => value !== 'false';

/**
 * A multi-line text box for longer answers, such as what happened on a visit, with an
 * optional count of the characters or words left. Going over the limit never cuts what
 * was typed: the count says how many too many, and the form will not submit until it is shorter.
 *
 * @summary Multi-line text box with label, hint, error message and optional character or word count.
 * @tagname kith-textarea
 *
 * @csspart label - The visible label.
 * @csspart hint - The hint below the label.
 * @csspart error-message - The error message.
 * @csspart textarea - The text box itself.
 * @csspart count - The count under the box ("You have 20 characters remaining").
 *
 * @cssprop --kith-color-error - Colour of the error border, the error message and a count over the limit.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 *
 * @fires input - When the user changes the value, on every keystroke (bubbles, composed).
 * @fires change - When the user commits a change, on blur (bubbles, composed).
 */
export class KithTextarea extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...KithElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [KithElement.styles, fieldStyles, focusStyles, textareaStyles];

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
    rows: { type: Number },
    maxLength: { type: Number, attribute: 'maxlength' },
    maxWords: { type: Number, attribute: 'maxwords' },
    threshold: { type: Number },
    messages: { type: Object },
    autocomplete: {},
    spellcheck: { converter: spellcheckConverter },
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
  /** Replaces the message shown when a required field is empty ("Enter description"). */
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

  /** How many lines of text the box shows; it can be made taller. */
  rows = DEFAULT_ROWS;
  /**
   * The most characters allowed. Shows a count; more can be typed (never cut off), but the
   * form will not submit until the text is short enough. Not a whole number above 0: no limit.
   */
  maxLength: number | null = null;
  /** The most words allowed, counted like `maxlength`. Takes precedence over `maxlength`. */
  maxWords: number | null = null;
  /** Shows the count only once the text reaches this percentage of the limit (for example 75). */
  threshold: number | null = null;
  /** Rewords count and limit messages; as an attribute, JSON. See TextareaMessages. */
  messages: TextareaMessages | null = null;

  /** What the browser may fill in; usually leave it off for free text. */
  autocomplete = '';
  /** Set to "false" to stop spelling being marked; on by default. */
  override spellcheck = true;

  private currentValue = '';
  private counted = { text: '', unit: '', count: 0 };
  private announceTimer: number | undefined;

  private get textarea(): HTMLTextAreaElement | null | undefined {
    return this.shadowRoot?.querySelector<HTMLTextAreaElement>('#control');
  }

  protected override formControl = new FormControlController(this, {
    anchor: () => this.textarea,
    validate: () => (this.disabled || this.readOnly ? null : firstFailure(this.value, this.validators())),
  });

  /** The current text, exactly as typed. Anything that is not a string is turned into one; null becomes empty. */
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

  /** How many characters (as a server counts them: an emoji can be 2 or more) or words the text has, by the current limit. */
  get count(): number {
    const unit = this.limit?.unit ?? 'characters';
    if (this.counted.text !== this.currentValue || this.counted.unit !== unit) {
      const count = unit === 'words' ? countWords(this.currentValue) : countCharacters(this.currentValue);
      this.counted = { text: this.currentValue, unit, count };
    }
    return this.counted.count;
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
  }

  private get limit(): { max: number; unit: 'characters' | 'words' } | null {
    const words = positiveWhole(this.maxWords);
    if (words) return { max: words, unit: 'words' };
    const characters = positiveWhole(this.maxLength);
    return characters ? { max: characters, unit: 'characters' } : null;
  }

  /** True when the count should show: always, or once the text reaches the threshold, and always over the limit. */
  private get countShown(): boolean {
    const limit = this.limit;
    const threshold = Number(this.threshold);
    if (!limit || !(threshold > 0)) return !!limit;
    return this.count > limit.max || this.count >= (limit.max * threshold) / 100;
  }

  private message(key: MessageKey, count: number): string {
    const number = new Intl.NumberFormat(getLocale()).format(count);
    const label = toText(this.label).trim();
    const override = this.messages?.[key];
    const template = typeof override === 'string' ? override : count === 1 && override?.one ? override.one : override?.other;
    if (typeof template === 'string' && template) return template.replaceAll('{count}', number).replaceAll('{label}', label);
    return DEFAULT_MESSAGES[key](number, count === 1, label);
  }

  private countMessage(): string {
    const limit = this.limit!;
    const remaining = limit.max - this.count;
    const words = limit.unit === 'words';
    if (remaining >= 0) return this.message(words ? 'wordsRemaining' : 'charactersRemaining', remaining);
    return this.message(words ? 'wordsTooMany' : 'charactersTooMany', -remaining);
  }

  private validators(): Validator<string>[] {
    const label = toText(this.label);
    const validators: Validator<string>[] = [];
    if (this.required) {
      validators.push(
        requiredValidator(
          () => this.requiredMessage || msg(str`Enter ${labelInSentence(label)}`, { id: 'kith.textarea.required' }),
        ),
      );
    }
    const limit = this.limit;
    if (limit) {
      // Counted as a server counts (see `count`), and the value itself is never shortened.
      validators.push(() =>
        this.count > limit.max
          ? { flag: 'tooLong', message: this.message(limit.unit === 'words' ? 'tooManyWords' : 'tooManyCharacters', limit.max) }
          : null,
      );
    }
    return validators;
  }

  /** Speaks the count once typing pauses: on every keystroke it would drown out what is typed. */
  private scheduleCountAnnouncement(): void {
    clearTimeout(this.announceTimer);
    if (!this.limit) return;
    this.announceTimer = window.setTimeout(() => {
      if (this.isConnected && this.limit && this.countShown) announce(this.countMessage(), { politeness: 'polite' });
    }, ANNOUNCE_AFTER_MS);
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.formControl.handleInput();
    this.scheduleCountAnnouncement();
  }

  private onChange(): void {
    this.formControl.handleChange();
  }

  /** A count spoken after the user has left would be read over the next field; going over shows an error on leaving instead. */
  private onBlur(): void {
    clearTimeout(this.announceTimer);
  }

  private renderCount() {
    const limit = this.limit;
    if (!limit) return nothing;
    const over = this.count > limit.max;
    return html`
      <div id=${COUNT_IDS.info} class="visually-hidden">
        ${this.message(limit.unit === 'words' ? 'wordsAllowed' : 'charactersAllowed', limit.max)}
      </div>
      <div id=${COUNT_IDS.message} part="count" class=${classes({ count: true, over, 'below-threshold': !this.countShown })}>
        ${this.countMessage()}
      </div>
    `;
  }

  /**
   * Puts the value in the box after each render unless the box already shows it, as lit's
   * live() would: a value set after the user typed still shows, and typing is left alone.
   */
  protected override updated(): void {
    const textarea = this.textarea;
    if (textarea && textarea.value !== this.value) textarea.value = this.value;
  }

  protected override render() {
    const error = this.formControl.visibleError;
    const hint = toText(this.hint);
    const limit = this.limit;
    const over = !!limit && this.count > limit.max;
    const describedBy = [hint ? FIELD_IDS.hint : '', limit ? COUNT_IDS.info : '', error ? FIELD_IDS.error : ''].filter(Boolean).join(' ');
    return html`
      <div class=${classes({ 'form-group': true, 'has-error': !!error })}>
        ${renderLabel(toText(this.label), { pageHeading: this.pageHeading })} ${renderHint(hint)}
        ${renderError(error, this.formControl.errorPrefix)}
        <textarea
          id=${FIELD_IDS.control}
          part="textarea"
          class=${classes({ textarea: true, error: !!error || over })}
          rows=${positiveWhole(this.rows) ?? DEFAULT_ROWS}
          ?disabled=${this.formControl.disabled}
          ?readonly=${this.readOnly}
          aria-required=${this.required ? 'true' : 'false'}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          autocomplete=${ifDefined(this.autocomplete || undefined)}
          spellcheck=${ifDefined(!this.spellcheck || this.hasAttribute('spellcheck') ? String(this.spellcheck) : undefined)}
          @input=${this.onInput}
          @change=${this.onChange}
          @blur=${this.onBlur}
        ></textarea>
        ${this.renderCount()}
      </div>
    `;
  }
}

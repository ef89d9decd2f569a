import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import {
  KithElement,
  FormControlController,
  checkDateRange,
  classes,
  describedBy,
  fieldStyles,
  focusStyles,
  formatDateForPeople,
  getLocale,
  isIsoDate,
  labelInSentence,
  oneOf,
  parseDateParts,
  partsFor,
  partsFromIso,
  renderError,
  renderHint,
  submitImplicitly,
  todayIso,
  toText,
  type DatePart,
  type DateParts,
  type DatePrecision,
  type ValidationFailure,
} from '@kith/core';
import { dateInputStyles } from './date-input.styles.js';

const PRECISIONS = ['day', 'month', 'year'] as const;

/**
 * Every message a page can reword with the `messages` property. `{label}` is replaced by
 * the label (the legend) and `{date}` by the limit, written for people ("1 January 2020").
 */
export interface DateInputMessages {
  /** "Enter date of birth". */
  required?: string;
  /** "Date of birth must include a day". */
  missingDay?: string;
  /** "Date of birth must include a month". */
  missingMonth?: string;
  /** "Date of birth must include a year". */
  missingYear?: string;
  /** "Date of birth must include a day and month". */
  missingDayMonth?: string;
  /** "Date of birth must include a day and year". */
  missingDayYear?: string;
  /** "Date of birth must include a month and year". */
  missingMonthYear?: string;
  /** "Year must include 4 numbers". */
  yearDigits?: string;
  /** "Date of birth must be a real date". */
  notReal?: string;
  /** "Date of birth must be in the past". */
  past?: string;
  /** "Date of birth must be in the future". */
  future?: string;
  /** "Date of birth must be the same as or after {date}". */
  min?: string;
  /** "Date of birth must be the same as or before {date}". */
  max?: string;
}

type MessageKey = keyof DateInputMessages;

/** The en-GB source and its translations. `label` is the legend as written; `date` is already formatted. */
const DEFAULT_MESSAGES: Record<MessageKey, (label: string, date: string) => string> = {
  required: (label) => msg(str`Enter ${labelInSentence(label)}`, { id: 'kith.date-input.required' }),
  missingDay: (label) => msg(str`${label} must include a day`, { id: 'kith.date-input.missing-day' }),
  missingMonth: (label) => msg(str`${label} must include a month`, { id: 'kith.date-input.missing-month' }),
  missingYear: (label) => msg(str`${label} must include a year`, { id: 'kith.date-input.missing-year' }),
  missingDayMonth: (label) => msg(str`${label} must include a day and month`, { id: 'kith.date-input.missing-day-month' }),
  missingDayYear: (label) => msg(str`${label} must include a day and year`, { id: 'kith.date-input.missing-day-year' }),
  missingMonthYear: (label) => msg(str`${label} must include a month and year`, { id: 'kith.date-input.missing-month-year' }),
  yearDigits: () => msg('Year must include 4 numbers', { id: 'kith.date-input.year-digits' }),
  notReal: (label) => msg(str`${label} must be a real date`, { id: 'kith.date-input.not-real' }),
  past: (label) => msg(str`${label} must be in the past`, { id: 'kith.date-input.past' }),
  future: (label) => msg(str`${label} must be in the future`, { id: 'kith.date-input.future' }),
  min: (label, date) => msg(str`${label} must be the same as or after ${date}`, { id: 'kith.date-input.min' }),
  max: (label, date) => msg(str`${label} must be the same as or before ${date}`, { id: 'kith.date-input.max' }),
};

const RANGE_MESSAGES = { 'not-past': 'past', 'not-future': 'future', 'before-min': 'min', 'after-max': 'max' } as const;

/** A failed check and the boxes it is about, so only those are marked wrong. */
interface DateFailure extends ValidationFailure {
  parts: DatePart[];
}

/**
 * A date typed as day, month and year in three boxes, grouped by a fieldset whose legend
 * names the date. Its value is an ISO date: `YYYY-MM-DD`, or `YYYY-MM` and `YYYY` for
 * `precision="month"` and `precision="year"`. Months can be typed as numbers or as names
 * in English or Welsh ("Jan", "Ionawr").
 *
 * @summary Day, month and year boxes for a memorable or known date, with GOV.UK error messages.
 * @tagname kith-date-input
 *
 * @csspart legend - The legend naming the date.
 * @csspart hint - The hint below the legend.
 * @csspart error-message - The error message.
 * @csspart item-label - The label of each box (Day, Month, Year).
 * @csspart input - Each box; also `day`, `month` and `year` for one of them.
 *
 * @cssprop --kith-color-error - Colour of the error border and message.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 *
 * @fires input - When the user types in any box (bubbles, composed).
 * @fires change - When the user has changed the date and leaves the group of boxes (bubbles, composed).
 */
export class KithDateInput extends KithElement {
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { ...KithElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [KithElement.styles, fieldStyles, focusStyles, dateInputStyles];

  static override properties = {
    label: {},
    hint: {},
    errorMessage: { attribute: 'error-message' },
    errorPrefix: { attribute: 'error-prefix' },
    requiredMessage: { attribute: 'required-message' },
    messages: { type: Object },
    pageHeading: { type: Boolean, attribute: 'page-heading' },
    dayLabel: { attribute: 'day-label' },
    monthLabel: { attribute: 'month-label' },
    yearLabel: { attribute: 'year-label' },
    name: { reflect: true, useDefault: true },
    required: { type: Boolean, reflect: true, useDefault: true },
    disabled: { type: Boolean, reflect: true, useDefault: true },
    precision: {},
    min: {},
    max: {},
    pastOnly: { type: Boolean, attribute: 'past-only' },
    futureOnly: { type: Boolean, attribute: 'future-only' },
    autocomplete: {},
    parts: { attribute: false },
    // Declared only so that a value set before the element was defined is taken over on upgrade.
    defaultValue: { attribute: false, noAccessor: true },
    typed: { attribute: false, noAccessor: true },
    value: {},
  };

  /** The legend: names the date ("Date of birth") for everyone, and starts its error messages. */
  label = '';
  /** Help text below the legend, such as "For example, 27 3 2007". */
  hint = '';
  /** An error to show now, for example from the server. It stands until the user edits the date. */
  errorMessage = '';
  /** Replaces the visually hidden "Error:" read before the message. */
  errorPrefix = '';
  /** Replaces the message shown when a required date is empty ("Enter date of birth"). */
  requiredMessage = '';
  /** Rewords any error message; as an attribute, JSON. See DateInputMessages. */
  messages: DateInputMessages | null = null;
  /** Shows the legend as the page's h1, for a question page with one date. */
  pageHeading = false;
  /** Replaces the label of the day box ("Day"). */
  dayLabel = '';
  /** Replaces the label of the month box ("Month"). */
  monthLabel = '';
  /** Replaces the label of the year box ("Year"). */
  yearLabel = '';

  /** The name the ISO value is submitted under. */
  name = '';
  /** A date must be entered before the form is submitted. */
  required = false;
  /** The boxes cannot be used and the date is not submitted. */
  disabled = false;

  /** Which boxes to show: `day` (day, month, year), `month` (month, year) or `year`. */
  precision: DatePrecision = 'day';
  /** The earliest date allowed, as an ISO date. An unreadable value is ignored. */
  min = '';
  /** The latest date allowed, as an ISO date. An unreadable value is ignored. */
  max = '';
  /** The date must be before today (on the person's device); a month or a year must have begun. */
  pastOnly = false;
  /** The date must be after today (on the person's device); a month or a year must not have ended. */
  futureOnly = false;
  /** Set to "bday" for a date of birth, so browsers can fill it in. */
  autocomplete = '';

  /** What is in each box, as typed. */
  private parts: DateParts = { day: '', month: '', year: '' };
  /** The value last set by code; kept as it is while it is not a readable date, so nothing is lost. */
  private given = '';
  private edited = false;
  private changedSinceFocus = false;

  protected override formControl = new FormControlController(this, {
    anchor: () => this.box(this.failure()?.parts[0] ?? this.activeParts[0]!),
    validate: () => this.failure(),
    hostError: () => toText(this.errorMessage) || (this.unreadableValue === null ? '' : (this.failure()?.message ?? '')),
    // An unfinished date's boxes, so back and forward navigation gives them back.
    formState: () => {
      const typed = this.typed;
      if (!typed) return null;
      const state = new FormData();
      for (const part of typed) state.append('typed', part);
      return state;
    },
    restoreState: (state) => {
      if (state instanceof FormData) this.typed = state.getAll('typed');
      else if (typeof state === 'string') this.value = state;
    },
  });

  /**
   * The date as ISO (`2007-03-27`), or empty while the boxes do not hold a whole, real date.
   * Set it to an ISO date to fill the boxes. A value that is not a readable date of this
   * precision never throws: it fills what it can, shows a message, and is kept as it was
   * given (and stays the value) until the user edits the date.
   */
  get value(): string {
    const unreadable = this.unreadableValue;
    if (unreadable !== null) return unreadable;
    const result = parseDateParts(this.parts, this.currentPrecision);
    return result.ok ? result.iso : '';
  }
  set value(next: unknown) {
    // Frameworks set props again on every render; the value the field already has must not
    // wipe a date the user is halfway through typing.
    if (toText(next) === this.value) return;
    this.given = toText(next);
    this.edited = false;
    this.parts = partsFromIso(this.given);
  }

  /**
   * What is in the boxes, in order (`['31', '2', '2024']`), while they do not make a whole,
   * real date; null when the value holds the date or the boxes are empty. Setting it fills
   * the boxes as typed. kith-case-form keeps it in drafts, so an unfinished date is not lost.
   */
  get typed(): string[] | null {
    if (this.value) return null;
    const parts = this.activeParts.map((part) => this.parts[part]);
    return parts.some((text) => text !== '') ? parts : null;
  }
  set typed(parts: unknown) {
    if (!Array.isArray(parts)) return;
    const next = { ...this.parts };
    this.activeParts.forEach((part, i) => (next[part] = toText(parts[i])));
    this.given = '';
    this.edited = true;
    this.parts = next;
  }

  override formResetCallback(): void {
    // An unfinished date has the value '' already, so setting the default '' would leave its boxes as typed.
    this.given = '';
    this.edited = false;
    this.parts = { day: '', month: '', year: '' };
    super.formResetCallback();
  }

  /** The value the date returns to when its form is reset (the `value` attribute). */
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

  /** Focuses the first box that is wrong, as an error summary link should; otherwise the first box. */
  override focus(options?: FocusOptions): void {
    const wrong = this.formControl.visibleError ? this.failure()?.parts[0] : undefined;
    const box = wrong && this.box(wrong);
    if (box) box.focus(options);
    else super.focus(options);
  }

  private get currentPrecision(): DatePrecision {
    return oneOf(this.precision, PRECISIONS, 'day');
  }

  private get activeParts(): DatePart[] {
    return partsFor(this.currentPrecision);
  }

  private get unreadableValue(): string | null {
    return !this.edited && this.given.trim() !== '' && !isIsoDate(this.given, this.currentPrecision) ? this.given : null;
  }

  private box(part: DatePart): HTMLInputElement | null {
    return this.renderRoot?.querySelector<HTMLInputElement>(`#${part}`) ?? null;
  }

  private message(key: MessageKey, date = ''): string {
    const label = toText(this.label).trim();
    if (key === 'required' && this.requiredMessage) return this.requiredMessage;
    const override = this.messages?.[key];
    if (typeof override === 'string' && override) return override.replaceAll('{label}', label).replaceAll('{date}', date);
    return DEFAULT_MESSAGES[key](label, date);
  }

  /** What is wrong with the date now, and in which boxes, or null. */
  private failure(): DateFailure | null {
    if (this.disabled) return null;
    const active = this.activeParts;
    const result = parseDateParts(this.parts, this.currentPrecision);
    if (this.unreadableValue !== null) {
      const parts = result.ok || result.problem === 'empty' ? active : result.parts;
      return { flag: 'badInput', message: this.message('notReal'), parts };
    }
    if (!result.ok) {
      switch (result.problem) {
        case 'empty':
          return this.required ? { flag: 'valueMissing', message: this.message('required'), parts: active } : null;
        case 'missing': {
          const key = `missing${result.parts.map((part) => part[0]!.toUpperCase() + part.slice(1)).join('')}` as MessageKey;
          return { flag: 'badInput', message: this.message(key), parts: result.parts };
        }
        case 'year-digits':
          return { flag: 'badInput', message: this.message('yearDigits'), parts: result.parts };
        default:
          return { flag: 'badInput', message: this.message('notReal'), parts: result.parts };
      }
    }
    const range = checkDateRange(result.iso, {
      min: toText(this.min),
      max: toText(this.max),
      pastOnly: this.pastOnly,
      futureOnly: this.futureOnly,
      today: todayIso(),
    });
    if (!range) return null;
    const late = range.problem === 'not-past' || range.problem === 'after-max';
    return {
      flag: late ? 'rangeOverflow' : 'rangeUnderflow',
      message: this.message(RANGE_MESSAGES[range.problem], formatDateForPeople(range.limit, getLocale())),
      parts: active,
    };
  }

  private partLabel(part: DatePart): string {
    switch (part) {
      case 'day':
        return this.dayLabel || msg('Day', { id: 'kith.date-input.day' });
      case 'month':
        return this.monthLabel || msg('Month', { id: 'kith.date-input.month' });
      default:
        return this.yearLabel || msg('Year', { id: 'kith.date-input.year' });
    }
  }

  private onInput(part: DatePart, event: Event): void {
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.edited = true;
    this.formControl.handleInput();
  }

  /** A box's own change is not the date's: the date changes when the user leaves the group. */
  private onChange(): void {
    this.changedSinceFocus = true;
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.renderRoot.contains(next)) return;
    if (!this.changedSinceFocus) return;
    this.changedSinceFocus = false;
    this.formControl.handleChange();
  }

  /**
   * Puts each part in its box after each render unless the box already shows it, as lit's
   * live() would: parts set after the user typed still show, and typing is left alone.
   */
  protected override updated(): void {
    for (const part of this.activeParts) {
      const input = this.shadowRoot?.getElementById(part) as HTMLInputElement | null | undefined;
      if (input && input.value !== this.parts[part]) input.value = this.parts[part];
    }
  }

  protected override render() {
    const error = this.formControl.visibleError;
    const failure = error ? this.failure() : null;
    // A server error, or one the page set, says nothing about which box: mark them all.
    const wrong = new Set(failure && failure.message === error ? failure.parts : error ? this.activeParts : []);
    const hint = toText(this.hint);
    const label = toText(this.label);
    const bday = this.autocomplete === 'bday';
    return html`
      <div class=${classes({ 'form-group': true, 'has-error': !!error })}>
        <fieldset class="fieldset" aria-describedby=${describedBy(hint, error)} @focusout=${this.onFocusOut} @keypress=${submitImplicitly}>
          <legend class="legend" part="legend">
            ${this.pageHeading ? html`<h1 class="legend-heading">${label}</h1>` : label}
          </legend>
          ${renderHint(hint)} ${renderError(error, this.formControl.errorPrefix)}
          <div class="date-input">
            ${this.activeParts.map(
              (part) => html`
                <div class="item">
                  <label class="item-label" part="item-label" for=${part}>${this.partLabel(part)}</label>
                  <input
                    id=${part}
                    part="input ${part}"
                    class=${classes({ input: true, [`width-${part === 'year' ? 4 : 2}`]: true, error: wrong.has(part) })}
                    type="text"
                    inputmode="numeric"
                    spellcheck="false"
                    ?disabled=${this.formControl.disabled}
                    aria-required=${this.required ? 'true' : 'false'}
                    aria-invalid=${wrong.has(part) ? 'true' : 'false'}
                    autocomplete=${ifDefined(bday ? `bday-${part}` : undefined)}
                    @input=${(event: Event) => this.onInput(part, event)}
                    @change=${this.onChange}
                  />
                </div>
              `,
            )}
          </div>
        </fieldset>
      </div>
    `;
  }
}

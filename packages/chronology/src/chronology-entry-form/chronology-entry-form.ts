import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { KithElement, KithSendEvent, announce, announceIfStillSending, ensureAnnouncer } from '@kith/core';
import '@kith/forms/button.js';
import '@kith/forms/checkboxes.js';
import '@kith/forms/choice.js';
import '@kith/forms/date-input.js';
import '@kith/forms/error-summary.js';
import '@kith/forms/radios.js';
import '@kith/forms/select.js';
import '@kith/forms/text-input.js';
import '@kith/forms/textarea.js';
import '@kith/forms/warning-text.js';
import type { KithErrorSummary } from '@kith/forms/error-summary.js';
import { DraftController } from '@kith/offline/draft-controller.js';
import type { DraftStore } from '@kith/offline/draft-store.js';
import {
  SIGNIFICANCES,
  defaultCategories,
  fieldLabel,
  parsePartialDate,
  problemMessage,
  significanceLabel,
  validateEntry,
  type ChronologyCategory,
  type ChronologyChild,
  type ChronologyEntry,
  type DatePrecision,
  type EntryField,
  type Significance,
  checkCategories,
  checkChildNames,
} from '../model/index.js';
import { defaultEntryFormStrings, type EntryFormStrings } from './strings.js';
import { chronologyEntryFormStyles } from './chronology-entry-form.styles.js';

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute'];
/** The questions that make up the date: Restore keeps or replaces them together. */
const DATE_QUESTIONS = ['precision', 'date', 'time'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Fired with a valid entry when the user saves the form. Plain data: send it, store it, or merge
 * it, and pass the request to `waitUntil()` (or call preventDefault()) so the draft is kept until it is stored.
 */
export class ChronologyEntrySaveEvent extends KithSendEvent {
  static readonly eventName = 'kith-chronology-entry-save';
  constructor(readonly entry: ChronologyEntry) {
    super(ChronologyEntrySaveEvent.eventName);
  }
}

type Control = HTMLElement & { value: string; values?: string[]; typed?: string[] | null; errorMessage?: string; updateComplete?: Promise<boolean> };

/** The controls whose answer is one piece of text. */
const ANSWERS = ['date', 'time', 'title', 'category', 'source', 'significance', 'description', 'impactOnChild', 'actionTaken'] as const;

/** What the form holds: kept as a draft, and put back in the controls from an entry or a draft. */
type EntryDraft = {
  /** The id of the entry being edited; null for a new entry. */
  entryId: string | null;
  precision: DatePrecision;
  answers: Record<(typeof ANSWERS)[number], string>;
  approximate: boolean;
  childIds: string[];
  /** The date boxes as typed while they do not make a whole date, so an unfinished date is not lost. */
  typedDate: string[] | null;
};

/** Whether the draft answers a question: an unticked box or an empty answer is none. */
function draftAnswers(draft: EntryDraft, name: string): boolean {
  if (name === 'approximate') return draft.approximate;
  if (name === 'childIds') return draft.childIds.length > 0;
  if (name === 'date' && draft.typedDate?.some(Boolean)) return true;
  return Boolean(draft.answers[name as (typeof ANSWERS)[number]]);
}

/** Reads a draft: anything in it that is not what this form saves is left unanswered, never guessed. */
function readDraft(value: unknown): EntryDraft {
  const draft = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const answers = (typeof draft.answers === 'object' && draft.answers !== null ? draft.answers : {}) as Record<string, unknown>;
  const texts = (list: unknown) => (Array.isArray(list) && list.every((item) => typeof item === 'string') ? list : null);
  return {
    entryId: typeof draft.entryId === 'string' ? draft.entryId : null,
    precision: PRECISIONS.includes(draft.precision as DatePrecision) ? (draft.precision as DatePrecision) : 'day',
    answers: Object.fromEntries(ANSWERS.map((name) => [name, typeof answers[name] === 'string' ? answers[name] : ''])) as EntryDraft['answers'],
    approximate: draft.approximate === true,
    childIds: texts(draft.childIds) ?? [],
    typedDate: texts(draft.typedDate),
  };
}

/** The date to show in the date boxes at a precision, from an ISO date at any precision. */
function dateAtPrecision(iso: string, precision: DatePrecision): string {
  const date = parsePartialDate(iso.slice(0, 16));
  if (!date) return iso;
  const parts = [String(date.year).padStart(4, '0'), date.month && String(date.month).padStart(2, '0'), date.day && String(date.day).padStart(2, '0')];
  // A finer precision than recorded keeps what is known; the date input then asks for the rest.
  const count = { year: 1, month: 2, day: 3, minute: 3 }[precision];
  return parts.slice(0, count).filter(Boolean).join('-');
}

const TEXT_FIELDS = ['id', 'date', 'title', 'category', 'source', 'significance', 'description', 'impactOnChild', 'actionTaken'] as const;
/** The fields of an entry that the form puts in its boxes (and the id they belong to). */
const ANSWERED_FIELDS = [...TEXT_FIELDS, 'approximate', 'childIds'];

/** The entry to edit, or a TypeError naming what the form could not put in its boxes. */
function checkEntryToEdit(value: unknown): ChronologyEntry | undefined {
  if (value === null || value === undefined) return undefined;
  const where = 'kith-chronology-entry-form: entry';
  if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`${where} must be a ChronologyEntry object`);
  const entry = value as Record<string, unknown>;
  for (const field of TEXT_FIELDS) {
    if (entry[field] !== undefined && typeof entry[field] !== 'string') throw new TypeError(`${where}.${field} must be text`);
  }
  const { childIds } = entry;
  if (childIds !== undefined && !(Array.isArray(childIds) && childIds.every((id) => typeof id === 'string'))) {
    throw new TypeError(`${where}.childIds must be an array of child ids`);
  }
  return value as ChronologyEntry;
}

let formCount = 0;

/**
 * Adds or edits one chronology entry: the date at the precision it is known (year, month,
 * day, or day and time) and whether it is approximate, title, category, source,
 * significance, the children it is about, what happened, its impact on the child and the
 * action taken. Checks the answers as a GOV.UK form does (an error summary, then each
 * field's own message) and fires `kith-chronology-entry-save` with a valid ChronologyEntry.
 * With a `draftStore` and `draft-key`, the answers are saved on the device as they are typed
 * and offered back if the page is closed before the entry is saved. While the host saves the
 * entry, "Saving the entry…" shows by the save button (and is announced), and pressing save
 * again does not send it again.
 *
 * @summary Form to add or edit a chronology entry; emits a validated ChronologyEntry.
 * @tagname kith-chronology-entry-form
 *
 * @csspart draft-restore - The banner offering back answers not yet saved.
 * @csspart form - The form element.
 * @csspart actions - The row with the save button.
 * @csspart status - "Saving the entry…", by the save button while the host saves the entry.
 *
 * @fires kith-chronology-entry-save - ChronologyEntrySaveEvent, when the user saves valid answers; `event.entry` is the ChronologyEntry, and `waitUntil(sending)` keeps the draft until it is stored (bubbles, composed, cancelable).
 */
export class KithChronologyEntryForm extends KithElement {
  static override styles = [KithElement.styles, chronologyEntryFormStyles];

  /**
   * The entry to edit. Leave unset to add a new one; its id is then made when it is saved.
   * Its answers are put in the boxes when an entry with other answers (or another id) is set, so a
   * host that sets the same entry again on every render, or with only fields the form does not
   * ask about changed, never overwrites what was typed. Setting
   * anything but an object whose answers are text throws a TypeError naming the field.
   */
  @property({ attribute: false })
  get entry(): ChronologyEntry | undefined {
    return this.checkedEntry;
  }
  set entry(value: unknown) {
    const old = this.checkedEntry;
    this.checkedEntry = checkEntryToEdit(value);
    this.requestUpdate('entry', old);
  }
  private checkedEntry?: ChronologyEntry;

  /**
   * The categories to choose from, with labels in the reader's language. Defaults to the standard eleven.
   * Setting anything but an array of `{ id, label }` (or null) throws a TypeError naming the field.
   */
  @property({ attribute: false })
  get categories(): ChronologyCategory[] | undefined {
    return this.checkedCategories;
  }
  set categories(value: unknown) {
    const old = this.checkedCategories;
    this.checkedCategories = checkCategories(value, 'kith-chronology-entry-form');
    this.requestUpdate('categories', old);
  }
  private checkedCategories?: ChronologyCategory[];

  /**
   * The children of the sibling group; when given, the form asks which of them the entry is about.
   * Setting anything but such an array (or null) throws a TypeError naming the field.
   */
  @property({ attribute: false })
  get childNames(): ChronologyChild[] {
    return this.checkedChildNames;
  }
  set childNames(value: unknown) {
    const old = this.checkedChildNames;
    this.checkedChildNames = checkChildNames(value, 'kith-chronology-entry-form');
    this.requestUpdate('childNames', old);
  }
  private checkedChildNames: ChronologyChild[] = [];

  /** Who is recording the entry; saved as `recordedBy` on a new entry. */
  @property({ attribute: 'recorded-by' }) recordedBy = '';

  /** Replaces any of the form's text, for local wording. */
  @property({ attribute: false }) strings: Partial<EntryFormStrings> = {};

  /** Where drafts are kept (a DraftStore from @kith/offline, such as KithOffline's encrypted `drafts`). No draft is kept without one. */
  @property({ attribute: false }) draftStore: DraftStore | null = null;

  /**
   * The draft's name in the store, unique to this child and entry, for example
   * "chronology:case-4471:new" or "chronology:case-4471:hughes-007". No draft is kept without one.
   */
  @property({ attribute: 'draft-key' }) draftKey = '';

  private readonly drafts = new DraftController(this, {
    store: () => this.draftStore,
    key: () => this.draftKey,
    value: () => this.draftValue(),
    // A draft of another entry, or of a new one, is not put into this entry.
    accepts: (draft) => readDraft(draft.value).entryId === this.entryId,
    // The banner's code is loaded only when there is a draft to offer.
    beforeOffer: () => import('@kith/offline/draft-restore.js'),
    saveFailedMessage: () => this.text.draftSaveFailed,
  });

  @state() private precision: DatePrecision = 'day';
  /** True while the host saves the entry: pressing save again does not send it again. */
  @state() private sending = false;

  @query('form') private formElement?: HTMLFormElement;
  @query('kith-error-summary') private summary?: KithErrorSummary;

  /** Ids in this form's shadow root: unique per instance so two forms on a page never share them. */
  private readonly idPrefix = `entry-form-${++formCount}`;

  private control(name: string): Control | null {
    return this.renderRoot.querySelector<Control>(`[name="${name}"]`);
  }

  /** The entry whose answers were last put in the boxes, as JSON. */
  private filledEntry = '';
  private entryToFill = false;
  /** The id of that entry (null for a new one): what a draft of the boxes is a draft of. */
  private filledEntryId: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // The live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What was typed is saved under its key before another entry (and its key) takes its place.
    this.drafts.followKey();
    if (!changed.has('entry')) return;
    // Only the answers count, in a fixed order: the same entry with other fields (a sync) or its fields in another order is not another one.
    const entry = JSON.stringify(this.entry ?? null, ANSWERED_FIELDS);
    if (entry !== this.filledEntry) {
      this.filledEntry = entry;
      this.filledEntryId = this.entryId;
      this.entryToFill = this.entry !== undefined;
      const date = parsePartialDate(this.entry?.date);
      this.precision = date?.precision ?? 'day';
    }
  }

  protected override firstUpdated(): void {
    if (!this.entry) this.fill(undefined);
  }

  protected override updated(): void {
    // Answers are put in the controls once per entry, never bound on every render, so nothing the user typed is overwritten.
    if (this.entryToFill) {
      this.entryToFill = false;
      this.fill(this.entry);
    }
  }

  private get entryId(): string | null {
    return this.entry?.id || null;
  }

  private fill(entry: ChronologyEntry | undefined): void {
    this.answeredHere.clear();
    const date = entry?.date ?? '';
    this.put({
      precision: this.precision,
      answers: {
        date: dateAtPrecision(date, this.precision),
        time: this.precision === 'minute' ? date.slice(11, 16) : '',
        title: entry?.title ?? '',
        category: entry?.category ?? '',
        source: entry?.source ?? '',
        significance: entry?.significance ?? '',
        description: entry?.description ?? '',
        impactOnChild: entry?.impactOnChild ?? '',
        actionTaken: entry?.actionTaken ?? '',
      },
      approximate: Boolean(entry?.approximate),
      childIds: entry?.childIds ?? [],
      typedDate: null,
    });
  }

  /** Puts answers in the controls, except those named in `kept`; the precision must already be rendered. */
  private put(draft: Omit<EntryDraft, 'entryId'>, kept = new Set<string>()): void {
    const control = (name: string) => (kept.has(name) ? null : this.control(name));
    this.typedDate = this.typedTime = '';
    const precision = control('precision');
    if (precision) precision.value = draft.precision;
    for (const name of ANSWERS) {
      const answer = control(name);
      if (answer) answer.value = draft.answers[name];
    }
    const approximate = control('approximate');
    if (approximate) approximate.values = draft.approximate ? ['approximate'] : [];
    const children = control('childIds');
    if (children) children.values = draft.childIds;
    const date = control('date');
    if (date && draft.typedDate) date.typed = draft.typedDate;
  }

  private draftValue(): EntryDraft {
    const answer = (name: string) => this.control(name)?.value ?? '';
    return {
      entryId: this.filledEntryId,
      precision: this.precision,
      answers: Object.fromEntries(ANSWERS.map((name) => [name, answer(name)])) as EntryDraft['answers'],
      approximate: Boolean(this.control('approximate')?.values?.includes('approximate')),
      childIds: this.control('childIds')?.values ?? [],
      typedDate: this.control('date')?.typed ?? null,
    };
  }

  /** Waits for any draft save still to come and for the check for a draft to offer: for hosts and tests that must know the draft is on disk. */
  draftSaved(): Promise<void> {
    return this.drafts.saved();
  }

  private async restoreDraft(): Promise<void> {
    const draft = readDraft(this.drafts.restore());
    // Every answer the draft holds comes back, over what the user gave that question while it was on
    // offer (a stray keystroke must not cost a long answer); their answers to the questions it left
    // blank are theirs to keep. The date, its precision and the time go together; a precision alone is not an answer.
    const answered = [...this.answeredHere].filter((name) => this.hasAnswer(name));
    this.answeredHere.clear();
    const kept = new Set(answered.filter((name) => !DATE_QUESTIONS.includes(name) && !draftAnswers(draft, name)));
    const dateTyped = answered.some((name) => name === 'date' || name === 'time');
    if (dateTyped && !draftAnswers(draft, 'date') && !draftAnswers(draft, 'time')) for (const name of DATE_QUESTIONS) kept.add(name);
    else this.precision = draft.precision;
    await this.updateComplete;
    this.put(draft, kept);
    // Nothing typed while the draft was on offer was saved: it is saved now, with the answers restored around it.
    if (kept.size) void this.drafts.save();
    this.focusFirstQuestion();
  }

  private hasAnswer(name: string): boolean {
    const control = this.control(name);
    return Boolean(control?.value || control?.typed);
  }

  private discardDraft(): void {
    this.answeredHere.clear();
    this.drafts.discard();
    this.focusFirstQuestion();
  }

  /** The banner is gone with the button that had focus: focus goes to the form, not the page. */
  private focusFirstQuestion(): void {
    void this.updateComplete.then(() => this.control('precision')?.focus());
  }

  private onPrecisionChange(event: Event): void {
    const next = (event.target as Control).value as DatePrecision;
    if (!PRECISIONS.includes(next) || next === this.precision) return;
    // Keep what was typed: a coarser precision hides the parts no longer asked for, and a finer one gives them back.
    const date = this.control('date');
    if (date?.value) {
      if (!this.typedDate.startsWith(date.value)) this.typedDate = date.value;
      date.value = dateAtPrecision(this.typedDate, next);
    }
    // The time box goes with a precision that has no time: what was typed in it comes back with it.
    const time = this.control('time');
    if (time) this.typedTime = time.value;
    this.precision = next;
    void this.updateComplete.then(() => {
      const box = this.control('time');
      if (box) box.value = this.typedTime;
    });
  }

  /** The date as typed at the finest precision chosen so far. */
  private typedDate = '';
  /** The time as typed, kept while a precision without a time is chosen. */
  private typedTime = '';

  private get text(): EntryFormStrings {
    return { ...defaultEntryFormStrings(), ...this.strings };
  }

  private get categoryList(): ChronologyCategory[] {
    return Array.isArray(this.categories) ? this.categories : defaultCategories();
  }

  /** The edited entry's category when the list does not have it: shown, so it is not lost unseen, and reported when saved. */
  private get unlistedCategory(): string {
    const category = this.entry?.category;
    return category && !this.categoryList.some((listed) => listed.id === category) ? category : '';
  }

  /** The entry the answers describe. */
  private answers(): ChronologyEntry {
    const value = (name: string) => this.control(name)?.value.trim() ?? '';
    // What people wrote is kept exactly as typed, spaces included; only codes and dates are trimmed.
    const typed = (name: string) => this.control(name)?.value ?? '';
    const date = this.precision === 'minute' ? `${value('date')}T${value('time')}` : value('date');
    const entry: ChronologyEntry = {
      ...this.entry,
      id: this.entry?.id || (crypto.randomUUID?.() ?? `entry-${Date.now()}-${Math.random().toString(36).slice(2)}`),
      date,
      title: typed('title'),
      category: value('category'),
      source: typed('source'),
      significance: value('significance') as Significance,
    };
    delete entry.approximate;
    if (this.control('approximate')?.values?.includes('approximate')) entry.approximate = true;
    for (const field of ['description', 'impactOnChild', 'actionTaken'] as const) {
      const text = typed(field);
      if (text.trim()) entry[field] = text;
      else delete entry[field];
    }
    const children = this.control('childIds')?.values ?? [];
    if (children.length) entry.childIds = children;
    else delete entry.childIds;
    if (!entry.recordedBy && this.recordedBy) entry.recordedBy = this.recordedBy;
    if (!this.entry) entry.recordedAt = new Date().toISOString();
    return entry;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.sending) {
      announce(this.text.sending);
      return;
    }
    const form = this.formElement;
    const summary = this.summary;
    if (!form || !summary) return;
    // Each save checks afresh: errors the last one set are cleared, so an answer since corrected is never held back.
    const fields = [...this.renderRoot.querySelectorAll<Control>('[name]')];
    for (const field of fields) field.errorMessage = '';
    const time = this.control('time');
    if (time) {
      time.errorMessage = time.value.trim() && !TIME.test(time.value.trim()) ? this.text.timeFormat : '';
    }
    // Let the controls settle (the errors set just now) before collecting what is wrong.
    void this.updateComplete.then(async () => {
      await Promise.all(fields.map((field) => field.updateComplete));
      if (summary.showFor(form).length) return;
      const entry = this.answers();
      const categoryIds = new Set(this.categoryList.map((category) => category.id));
      const problems = validateEntry(entry, 0, categoryIds).problems;
      if (problems.length) {
        for (const problem of problems) {
          const field = this.control(problem.field === 'entry' ? 'date' : problem.field);
          if (field) field.errorMessage = problemMessage(problem);
        }
        summary.errors = problems.map((problem) => ({
          href: `#${this.fieldId(problem.field)}`,
          text: `${fieldLabel(problem.field)}: ${problemMessage(problem)}`,
        }));
        return;
      }
      const saving = new ChronologyEntrySaveEvent(entry);
      this.dispatchEvent(saving);
      this.drafts.submitted(saving.sent());
      this.sending = true;
      announceIfStillSending(saving.sent(), () => this.text.sending);
      // Sending failed (the host did not cancel): the user is told, on their answers, which stay to save again.
      void saving.sent().then((stored) => {
        this.sending = false;
        if (!stored && !saving.defaultPrevented) summary.errors = [{ href: '', text: this.text.sendFailed }];
      });
    });
  }

  /**
   * The questions the user answered in this form since it was filled or a draft was restored or
   * discarded: on Restore of a draft on offer (one found on opening, or saved since in another tab
   * with the same entry open) those the draft left blank keep what the user gave them.
   */
  private answeredHere = new Set<string>();

  private onEdit(event: Event): void {
    const name = (event.target as Element).getAttribute('name');
    if (name) this.answeredHere.add(name);
    this.drafts.schedule();
  }

  private fieldId(field: EntryField): string {
    return `${this.idPrefix}-${field === 'entry' ? 'date' : field}`;
  }

  private renderDate(text: EntryFormStrings): TemplateResult {
    const choices: [DatePrecision, string][] = [
      ['day', text.precisionDay],
      ['month', text.precisionMonth],
      ['year', text.precisionYear],
      ['minute', text.precisionMinute],
    ];
    return html`
      <kith-radios id=${`${this.idPrefix}-precision`} name="precision" legend=${text.precisionLegend} hint=${text.precisionHint} @change=${this.onPrecisionChange}>
        ${choices.map(([value, label]) => html`<kith-option value=${value}>${label}</kith-option>`)}
      </kith-radios>
      <kith-date-input
        id=${this.fieldId('date')}
        name="date"
        label=${text.dateLabel}
        required-message=${text.dateRequired}
        precision=${this.precision === 'minute' ? 'day' : this.precision}
        required
      ></kith-date-input>
      ${this.precision === 'minute'
        ? html`<kith-text-input id=${`${this.idPrefix}-time`} name="time" label=${text.timeLabel} hint=${text.timeHint} required-message=${text.timeRequired} width="5" inputmode="numeric" required></kith-text-input>`
        : nothing}
      <kith-checkboxes id=${this.fieldId('approximate')} name="approximate" legend=${text.approximateLegend}>
        <kith-option value="approximate">${text.approximateOption}</kith-option>
      </kith-checkboxes>
    `;
  }

  protected override render(): TemplateResult {
    const text = this.text;
    const offer = this.drafts.offer;
    // The children question is always there, hidden until the host gives the children, so it
    // holds the children an entry or a draft names even when they are given later.
    return html`
      ${offer
        ? html`<kith-draft-restore
            part="draft-restore"
            draft-key=${this.draftKey}
            .savedAt=${offer.savedAt}
            .elsewhere=${this.drafts.offeredFromElsewhere}
            @kith-draft-restore=${this.restoreDraft}
            @kith-draft-discard=${this.discardDraft}
          ></kith-draft-restore>`
        : nothing}
      <kith-error-summary></kith-error-summary>
      ${this.drafts.saveFailed ? html`<kith-warning-text>${text.draftSaveFailed}</kith-warning-text>` : nothing}
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onEdit} @change=${this.onEdit}>
        ${this.renderDate(text)}
        <kith-text-input id=${this.fieldId('title')} name="title" label=${text.titleLabel} hint=${text.titleHint} required-message=${text.titleRequired} required></kith-text-input>
        <kith-select id=${this.fieldId('category')} name="category" label=${text.categoryLabel} required-message=${text.categoryRequired} required>
          <option value="">${text.categoryChoose}</option>
          ${this.categoryList.map((category) => html`<option value=${category.id}>${category.label}</option>`)}
          ${this.unlistedCategory ? html`<option value=${this.unlistedCategory}>${this.unlistedCategory}</option>` : nothing}
        </kith-select>
        <kith-text-input id=${this.fieldId('source')} name="source" label=${text.sourceLabel} hint=${text.sourceHint} required-message=${text.sourceRequired} required></kith-text-input>
        <kith-radios id=${this.fieldId('significance')} name="significance" legend=${text.significanceLegend} required-message=${text.significanceRequired} required>
          ${SIGNIFICANCES.map((significance) => html`<kith-option value=${significance}>${significanceLabel(significance)}</kith-option>`)}
        </kith-radios>
        <kith-checkboxes id=${this.fieldId('childIds')} name="childIds" legend=${text.childrenLegend} hint=${text.childrenHint} ?hidden=${!this.childNames.length}>
          ${this.childNames.map((child) => html`<kith-option value=${child.id}>${child.name}</kith-option>`)}
        </kith-checkboxes>
        <kith-textarea id=${this.fieldId('description')} name="description" label=${fieldLabel('description')} hint=${text.descriptionHint} rows="5"></kith-textarea>
        <kith-textarea id=${this.fieldId('impactOnChild')} name="impactOnChild" label=${fieldLabel('impactOnChild')} hint=${text.impactHint} rows="3"></kith-textarea>
        <kith-textarea id=${this.fieldId('actionTaken')} name="actionTaken" label=${fieldLabel('actionTaken')} rows="3"></kith-textarea>
        <div class="actions" part="actions">
          <kith-button type="submit">${this.entry ? text.saveChanges : text.saveNew}</kith-button>
          ${this.sending ? html`<p class="status" part="status">${text.sending}</p>` : nothing}
        </div>
      </form>
    `;
  }
}


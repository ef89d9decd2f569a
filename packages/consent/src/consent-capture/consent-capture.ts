import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { KithElement, announce, announceIfStillSending, ensureAnnouncer, focusStyles, labelInSentence, oneOf, toText, visuallyHiddenStyles } from '@kith/core';
import '@kith/forms/button.js';
import '@kith/forms/checkboxes.js';
import '@kith/forms/choice.js';
import '@kith/forms/date-input.js';
import '@kith/forms/error-summary.js';
import '@kith/forms/inset-text.js';
import '@kith/forms/radios.js';
import '@kith/forms/summary-list.js';
import '@kith/forms/text-input.js';
import '@kith/forms/textarea.js';
import '@kith/forms/warning-text.js';
import '@kith/offline/draft-restore.js';
import type { KithErrorSummary } from '@kith/forms';
import { DraftController } from '@kith/offline/draft-controller.js';
import type { DraftStore } from '@kith/offline';
import { ukDate } from '../model/dates.js';
import { consentRecordIssues, issueText } from '../model/validate.js';
import type { ConsentOption, ConsentRecorder } from '../model/types.js';
import { checkWithdrawRequest, type ConsentWithdrawRequest } from '../shared/events.js';
import { KithConsentRecordEvent } from './record-event.js';
import { formatDate } from '../shared/format.js';
import {
  defaultCategories,
  defaultLawfulBases,
  defaultPurposes,
  defaultRecipients,
  methodLabel,
  roleLabel,
  yesNo,
} from '../shared/labels.js';
import { wording, type ConsentStrings } from '../shared/wording.js';
import {
  OTHER,
  STEPS,
  ageBandOf,
  answersForWithdrawal,
  applicableSteps,
  buildRecord,
  capacityProblem,
  emptyAnswers,
  firstIncomplete,
  toAnswers,
  type Answers,
  type StepId,
} from './answers.js';
import { consentCaptureStyles } from './consent-capture.styles.js';

const LEVELS = ['1', '2', '3', '4'] as const;
const MODES = ['steps', 'page'] as const;

interface Choice {
  value: string;
  label: string;
  hint?: string;
  conditional?: TemplateResult;
}

type Control = HTMLElement & { name?: string; value?: string; values?: string[] };

/** The saved draft: the answers and where the practitioner was. */
interface DraftValue {
  answers: Answers;
  step: StepId;
  /** What date boxes on screen held that is not a whole date yet, by field name, so it is not lost. */
  typed?: Record<string, string[]>;
}

/** Reads `typed` from a draft: only lists of text are used. */
function typedFrom(value: unknown): Record<string, string[]> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((part) => typeof part === 'string')),
  );
}

/**
 * A guided flow for recording a decision about sharing a child's information: whose
 * information, what for, with whom, which information, the decision, who made it (and,
 * for a child deciding for themselves, whether they could), how, the right to withdraw,
 * the child's views and review dates, then check answers and confirm. When consent was
 * refused, withdrawn or not sought, it asks whether information will be shared anyway
 * and then requires the lawful basis, the reason and who decided: consent is not always
 * the lawful basis for sharing, and the flow never says it is.
 *
 * One question group per step (focus moves to each step's heading), or every question on
 * one page (`mode="page"`). Errors show on each control and in an error summary. With a
 * `draftStore` and `draft-key`, answers are saved on the device as they are typed and
 * offered back if the page is closed. After Confirm, "Recording the decision…" shows (and is
 * announced) until the host has stored the record; only then does "Consent decision recorded"
 * appear. Pressing Confirm meanwhile does not send the record again.
 *
 * @summary Guided flow that records a consent or information-sharing decision.
 * @tagname kith-consent-capture
 *
 * @csspart caption - The line above the step heading ("Record a consent decision").
 * @csspart heading - Each step's heading (on one page, the form's heading).
 * @csspart section-heading - On one page, the heading of each group of questions.
 * @csspart back - The Back link.
 * @csspart status - "Recording the decision…", under the Confirm button while the host stores the record.
 *
 * @cssprop --kith-color-link - Colour of the Back link.
 * @cssprop --kith-color-focus - Colour of the focus outline.
 *
 * @fires kith-consent-record - KithConsentRecordEvent: the practitioner confirmed; `event.record` is a valid ConsentRecord, and `waitUntil(sending)` keeps the draft until it is stored (bubbles, composed, cancelable).
 */
export class KithConsentCapture extends KithElement {
  static override styles = [KithElement.styles, visuallyHiddenStyles, focusStyles, consentCaptureStyles];

  /** One question group per step ("steps", the default) or every question on one page ("page"). */
  @property() mode: (typeof MODES)[number] = 'steps';
  /** The child, to fill in the first step: `{ name, dateOfBirth? }`. */
  @property({ attribute: false }) subject: { name?: string; dateOfBirth?: string } | null = null;
  /** Who is recording: `{ name, role? }`, the signed-in practitioner. Required to confirm. */
  @property({ attribute: false }) recordedBy: ConsentRecorder | null = null;
  private withdrawal: ConsentWithdrawRequest | null = null;

  /**
   * Start as a withdrawal of this consent: the `request` of kith-consent-history's
   * kith-consent-withdraw event. Throws a TypeError naming the field for a record that is not valid.
   */
  @property({ attribute: false })
  get withdrawing(): ConsentWithdrawRequest | null {
    return this.withdrawal;
  }
  set withdrawing(value: unknown) {
    const request = checkWithdrawRequest(value);
    // A host re-rendering sets the same request again: keep the one in use, and so the answers typed since.
    if (JSON.stringify(request) !== JSON.stringify(this.withdrawal)) this.withdrawal = request;
  }
  /** The purposes to choose from; Kith's defaults when empty. "Other" is always offered. */
  @property({ attribute: false }) purposeOptions: ConsentOption[] = [];
  /** The organisations to choose from; Kith's defaults when empty. "Other" is always offered. */
  @property({ attribute: false }) recipientOptions: ConsentOption[] = [];
  /** The kinds of information to choose from; Kith's defaults when empty. */
  @property({ attribute: false }) categoryOptions: ConsentOption[] = [];
  /** The lawful bases other than consent; Kith's defaults (UK GDPR and the Data Protection Act 2018) when empty. */
  @property({ attribute: false }) lawfulBasisOptions: ConsentOption[] = [];
  /** Where drafts are kept (a DraftStore from @kith/offline). No draft is kept without one. */
  @property({ attribute: false }) draftStore: DraftStore | null = null;
  /** The draft's name in the store, unique to this child and form, for example "consent:case-4471". */
  @property({ attribute: 'draft-key' }) draftKey = '';
  /** The level of each step's heading, 1 to 4. */
  @property({ attribute: 'heading-level' }) headingLevel: (typeof LEVELS)[number] = '2';
  /** Replaces any text; keys are the last part of the message id, for example { "capture.confirm": "Save" }. */
  @property({ attribute: false }) strings: ConsentStrings = {};

  @state() private answers: Answers = emptyAnswers();
  @state() private step: StepId = 'subject';
  @state() private done = false;
  /** True while the host stores the record: Confirm does not send it again. */
  @state() private sending = false;
  /** Errors that no single control can know about, keyed by answer name. */
  @state() private crossErrors: Partial<Record<keyof Answers, string>> = {};

  @query('kith-error-summary') private summary?: KithErrorSummary;
  @query('form') private form?: HTMLFormElement;

  private returnToCheck = false;
  private focusHeading = false;
  private readonly drafts = new DraftController(this, {
    store: () => this.draftStore,
    key: () => this.draftKey,
    value: () => this.draftValue() as never,
    // While withdrawing, only a draft of this same withdrawal is offered.
    accepts: (draft) => !this.withdrawing || (draft.value as Partial<DraftValue> | null)?.answers?.supersedes === this.withdrawing.record.id,
    saveFailedMessage: () => this.saveFailedText(),
  });

  /** The answers so far, as plain JSON (the draft value). */
  get value(): Answers {
    return structuredClone(this.answers);
  }

  /** Today in the UK: the earliest review or end date, and the date ages are worked out on. */
  private get today(): string {
    return ukDate(Date.now());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // What was typed is saved under its key before a withdrawal (and its key) replaces the answers.
    this.drafts.followKey();
    if (changed.has('withdrawing') && this.withdrawing) {
      this.answers = this.withdrawalAnswers(this.withdrawing);
      this.goTo(this.onePage ? 'subject' : 'giver');
    } else if (changed.has('subject') && this.subject && !this.answers.subjectName && !this.answers.subjectDob) {
      this.answers = { ...this.answers, subjectName: toText(this.subject.name), subjectDob: toText(this.subject.dateOfBirth) };
    }
  }

  protected override updated(): void {
    if (this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    }
  }

  // ------------------------------------------------------------------ wording and options

  private t(key: string, fallback: string, params?: Record<string, string>): string {
    return wording(this.strings, key, fallback, params);
  }

  private sendingText(): string {
    return this.t('capture.sending', msg('Recording the decision…', { id: 'kith.consent.capture.sending' }));
  }

  private saveFailedText(): string {
    return this.t('capture.save-failed', msg('Your answers could not be saved on this device. Keep this page open until you have confirmed.', { id: 'kith.consent.capture.save-failed' }));
  }

  private get level(): number {
    return Number(oneOf(toText(this.headingLevel), LEVELS, '2'));
  }

  private get onePage(): boolean {
    return oneOf(this.mode, MODES, 'steps') === 'page';
  }

  /** The host's list (or Kith's), plus anything in the answers the list no longer has, so nothing chosen disappears. */
  private choicesFor(configured: unknown, defaults: () => ConsentOption[], extra: ConsentOption[] = []): ConsentOption[] {
    const list = Array.isArray(configured) && configured.length ? configured.filter(isOption) : defaults();
    const choices = [...list];
    const known = new Set(list.map((option) => option.id));
    for (const option of extra) {
      if (known.has(option.id) || option.id.startsWith(`${OTHER}:`)) continue;
      known.add(option.id);
      choices.push(option);
    }
    return choices;
  }

  private get purposeChoices(): ConsentOption[] {
    return this.choicesFor(this.purposeOptions, defaultPurposes, [...(this.withdrawing?.purposes ?? []), ...chosenIds(this.answers.purposes)]);
  }

  private get recipientChoices(): ConsentOption[] {
    return this.choicesFor(this.recipientOptions, defaultRecipients, [...(this.withdrawing?.recipients ?? []), ...chosenIds(this.answers.recipients)]);
  }

  private get categoryChoices(): ConsentOption[] {
    const record = this.withdrawing?.record;
    const kept = record?.scope.type === 'categories' ? record.scope.categories.map((label) => ({ id: label, label })) : [];
    return this.choicesFor(this.categoryOptions, defaultCategories, [...kept, ...chosenIds(this.answers.categories)]);
  }

  private get lawfulBasisChoices(): ConsentOption[] {
    return this.choicesFor(this.lawfulBasisOptions, defaultLawfulBases, chosenIds([this.answers.lawfulBasis]));
  }

  private withdrawalAnswers(request: ConsentWithdrawRequest): Answers {
    const answers = answersForWithdrawal(request);
    // Categories are kept as words in records; tick the matching choice where there is one.
    const byLabel = new Map(this.categoryChoices.map((option) => [option.label, option.id]));
    return { ...answers, categories: answers.categories.map((label) => byLabel.get(label) ?? label) };
  }

  // ------------------------------------------------------------------ drafts

  private draftValue(): DraftValue {
    const typed: Record<string, string[]> = {};
    for (const date of this.renderRoot.querySelectorAll('kith-date-input')) {
      if (date.typed) typed[date.name] = date.typed;
    }
    return { answers: this.value, step: this.step, typed };
  }

  /**
   * Fills the flow with answers kept elsewhere (the `value` of an earlier session, or the
   * host's own draft) and goes to a step, or to the first question still unanswered.
   * Anything unreadable in `answers` is left unanswered, never guessed.
   */
  resume(answers: unknown, step?: StepId): void {
    this.done = false;
    this.answers = toAnswers(answers);
    this.goTo(step && STEPS.includes(step) ? step : firstIncomplete(this.answers, this.today));
  }

  /** Waits for any pending draft save: for hosts and tests that must know the draft is on disk. */
  draftSaved(): Promise<void> {
    return this.drafts.saved();
  }

  private restoreDraft(): void {
    const draft = this.drafts.restore() as Partial<DraftValue> | undefined;
    if (!draft) return;
    // The draft's answers come back, over what was given to those questions while it was on offer (a
    // stray keystroke must not cost an answer); answers to the questions it left blank are kept, and saved with it.
    const blank = (answer: unknown) => answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0);
    const given = Object.entries(this.value).filter(([name, answer]) => !blank(answer) && blank(draft.answers?.[name as keyof Answers]));
    this.resume({ ...draft.answers, ...Object.fromEntries(given) }, draft.step);
    if (given.length) void this.drafts.save();
    const typed = typedFrom(draft.typed);
    void this.updateComplete.then(() => {
      for (const date of this.renderRoot.querySelectorAll('kith-date-input')) {
        if (typed[date.name]) date.typed = typed[date.name];
      }
    });
  }

  private discardDraft(): void {
    this.drafts.discard();
    this.focusHeading = true;
  }

  // ------------------------------------------------------------------ navigation

  private goTo(step: StepId): void {
    this.step = step;
    this.crossErrors = {};
    this.focusHeading = true;
    if (this.summary) this.summary.errors = [];
  }

  /**
   * While the host records the decision, the answers on screen are the ones being recorded: Confirm,
   * Back and Change do nothing but say it is still recording, so no one edits an answer thinking it is in the record.
   */
  private stillSending(): boolean {
    if (this.sending) announce(this.sendingText());
    return this.sending;
  }

  private back(): void {
    if (this.stillSending()) return;
    const steps = applicableSteps(this.answers);
    const index = steps.indexOf(this.step);
    this.returnToCheck = false;
    if (index > 0) this.goTo(steps[index - 1]!);
  }

  private onAnswer(event: Event): void {
    const control = event.target as Control;
    const name = control.name as keyof Answers | undefined;
    if (!name || !(name in this.answers)) return;
    const next = Array.isArray(this.answers[name]) ? [...(control.values ?? [])] : toText(control.value);
    if (JSON.stringify(next) !== JSON.stringify(this.answers[name])) {
      this.answers = { ...this.answers, [name]: next };
      if (this.crossErrors[name]) this.crossErrors = { ...this.crossErrors, [name]: '' };
    }
    // Saved even when the answer is unchanged: date boxes can hold more than their value (see DraftValue.typed).
    if (!this.done) this.drafts.schedule();
  }

  /** Sets the errors no single control can find: a child deciding who is not able to. */
  private setCrossErrors(): void {
    const crossErrors: Partial<Record<keyof Answers, string>> = {};
    const onScreen = this.onePage ? applicableSteps(this.answers) : [this.step];
    if (onScreen.includes('capacity') && capacityProblem(this.answers, this.today) === 'not-able') {
      crossErrors.capacity = this.t(
        'capture.capacity.not-able-error',
        msg('A child who is not able to make this decision cannot give, refuse or withdraw consent for themselves. Go back and record who is deciding for them', {
          id: 'kith.consent.capture.capacity.not-able-error',
        }),
      );
    }
    this.crossErrors = crossErrors;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.step === 'check') return this.confirm();
    this.setCrossErrors();
    await this.updateComplete;
    await Promise.all([...this.renderRoot.querySelectorAll<KithElement>('form *')].map((element) => element.updateComplete));
    const errors = this.summary!.showFor(this.form!);
    if (errors.length) return;
    const steps = applicableSteps(this.answers);
    const next =
      this.onePage || this.returnToCheck ? firstIncomplete(this.answers, this.today) : steps[steps.indexOf(this.step) + 1] ?? 'check';
    if (next === 'check') this.returnToCheck = false;
    this.goTo(next);
    void this.drafts.save();
  }

  private confirm(): void {
    if (this.stillSending()) return;
    const unfinished = firstIncomplete(this.answers, this.today);
    if (unfinished !== 'check') return this.goTo(unfinished);
    const now = new Date();
    const record = buildRecord(this.answers, {
      id: crypto.randomUUID(),
      recordedAt: now.toISOString(),
      today: ukDate(now.getTime()),
      recordedBy: this.recordedBy as ConsentRecorder,
      purposeOptions: this.purposeChoices,
      recipientOptions: this.recipientChoices,
      categoryOptions: this.categoryChoices,
      lawfulBasisOptions: this.lawfulBasisChoices,
    });
    const issues = consentRecordIssues(record);
    if (issues.length) {
      // Never send a record that is not valid; say what is wrong so it can be put right.
      this.summary!.errors = issues.map((issue) => ({ href: '', text: issueText(issue) }));
      return;
    }
    const recorded = new KithConsentRecordEvent(record);
    this.dispatchEvent(recorded);
    this.drafts.submitted(recorded.sent());
    this.sending = true;
    announceIfStillSending(recorded.sent(), () => this.sendingText());
    // The decision is shown as recorded only once the host has stored it. Sending failed (the host
    // did not cancel): the practitioner is told so on their answers, which stay, to send again.
    void recorded.sent().then(async (stored) => {
      this.sending = false;
      if (stored) {
        this.done = true;
        this.focusHeading = true;
        return;
      }
      if (recorded.defaultPrevented) return;
      await this.updateComplete;
      this.summary!.errors = [{ href: '', text: this.t('capture.send-failed', msg('The decision could not be sent. Try again.', { id: 'kith.consent.capture.send-failed' })) }];
    });
  }

  private onChangeLink(event: Event): void {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const step = link?.getAttribute('href')?.replace('#change-', '') as StepId | undefined;
    if (!step || !STEPS.includes(step)) return;
    event.preventDefault();
    if (this.stillSending()) return;
    this.returnToCheck = true;
    this.goTo(step);
  }

  // ------------------------------------------------------------------ controls

  private radios(name: keyof Answers, legend: string, choices: Choice[], requiredMessage: string, hint = ''): TemplateResult {
    return html`<kith-radios
      name=${name}
      legend=${legend}
      legend-size="s"
      hint=${hint}
      required
      required-message=${requiredMessage}
      error-message=${this.crossErrors[name] ?? ''}
      .value=${live(this.answers[name] as string)}
    >
      ${choices.map(
        (choice) => html`<kith-option value=${choice.value} label=${choice.label} hint=${choice.hint ?? nothing}>${choice.conditional ?? nothing}</kith-option>`,
      )}
    </kith-radios>`;
  }

  private checkboxes(name: keyof Answers, legend: string, choices: Choice[], requiredMessage: string, hint: string): TemplateResult {
    return html`<kith-checkboxes
      name=${name}
      legend=${legend}
      legend-size="s"
      hint=${hint}
      required
      required-message=${requiredMessage}
      .values=${this.answers[name] as string[]}
    >
      ${choices.map(
        (choice) => html`<kith-option value=${choice.value} label=${choice.label}>${choice.conditional ?? nothing}</kith-option>`,
      )}
    </kith-checkboxes>`;
  }

  private textInput(name: keyof Answers, label: string, requiredMessage: string, { slot = '', hint = '', autocomplete = '' } = {}): TemplateResult {
    return html`<kith-text-input
      slot=${slot || nothing}
      name=${name}
      label=${label}
      hint=${hint}
      autocomplete=${autocomplete || nothing}
      spellcheck="false"
      required
      required-message=${requiredMessage}
      .value=${live(this.answers[name] as string)}
    ></kith-text-input>`;
  }

  private textarea(name: keyof Answers, label: string, { slot = '', hint = '', requiredMessage = '' } = {}): TemplateResult {
    return html`<kith-textarea
      slot=${slot || nothing}
      name=${name}
      label=${label}
      hint=${hint}
      rows="4"
      ?required=${!!requiredMessage}
      required-message=${requiredMessage}
      .value=${live(this.answers[name] as string)}
    ></kith-textarea>`;
  }

  /** The "Other" choice with a box for the words, shown while it is ticked. */
  private otherChoice(name: keyof Answers, label: string, boxLabel: string, requiredMessage: string): Choice {
    return { value: OTHER, label, conditional: this.textInput(name, boxLabel, requiredMessage, { slot: 'conditional' }) };
  }

  private optionChoices(options: ConsentOption[]): Choice[] {
    return options.map((option) => ({ value: option.id, label: option.label }));
  }

  private get otherLabel(): string {
    return this.t('capture.other', msg('Other', { id: 'kith.consent.capture.other' }));
  }

  // ------------------------------------------------------------------ steps

  private stepTitle(step: StepId): string {
    switch (step) {
      case 'subject':
        return this.t('capture.subject.title', msg('The child', { id: 'kith.consent.capture.subject.title' }));
      case 'purposes':
        return this.t('capture.purposes.title', msg('What the information is for', { id: 'kith.consent.capture.purposes.title' }));
      case 'recipients':
        return this.t('capture.recipients.title', msg('Who it will be shared with', { id: 'kith.consent.capture.recipients.title' }));
      case 'scope':
        return this.t('capture.scope.title', msg('Which information', { id: 'kith.consent.capture.scope.title' }));
      case 'decision':
        return this.t('capture.decision.title', msg('The decision', { id: 'kith.consent.capture.decision.title' }));
      case 'giver':
        return this.answers.decision === 'refused'
          ? this.t('capture.giver.title-refused', msg('Who refused consent', { id: 'kith.consent.capture.giver.title-refused' }))
          : this.answers.decision === 'withdrawn'
            ? this.t('capture.giver.title-withdrawn', msg('Who withdrew consent', { id: 'kith.consent.capture.giver.title-withdrawn' }))
            : this.t('capture.giver.title', msg('Who gave consent', { id: 'kith.consent.capture.giver.title' }));
      case 'capacity':
        return this.t('capture.capacity.title', msg('Can the child decide for themselves?', { id: 'kith.consent.capture.capacity.title' }));
      case 'method':
        return this.t('capture.method.title', msg('How the decision was made', { id: 'kith.consent.capture.method.title' }));
      case 'right-to-withdraw':
        return this.t('capture.informed.title', msg('The right to withdraw consent', { id: 'kith.consent.capture.informed.title' }));
      case 'share-anyway':
        return this.t('capture.share-anyway.title', msg('Sharing without consent', { id: 'kith.consent.capture.share-anyway.title' }));
      case 'without-consent':
        return this.t('capture.without-consent.title', msg('The decision to share without consent', { id: 'kith.consent.capture.without-consent.title' }));
      case 'child-views':
        return this.t('capture.child-views.title', msg("The child's views", { id: 'kith.consent.capture.child-views.title' }));
      case 'dates':
        return this.t('capture.dates.title', msg('Review and end dates', { id: 'kith.consent.capture.dates.title' }));
      case 'check':
        return this.t('capture.check.title', msg('Check your answers', { id: 'kith.consent.capture.check.title' }));
    }
  }

  private renderStepControls(step: StepId): TemplateResult | typeof nothing {
    const a = this.answers;
    switch (step) {
      case 'subject':
        return html`${this.textInput('subjectName', this.t('capture.subject.name', msg("Child's full name", { id: 'kith.consent.capture.subject.name' })), this.t('capture.subject.name-required', msg("Enter the child's full name", { id: 'kith.consent.capture.subject.name-required' })))}
          <kith-date-input
            name="subjectDob"
            label=${this.t('capture.subject.dob', msg('Date of birth (if known)', { id: 'kith.consent.capture.subject.dob' }))}
            hint=${this.t('capture.subject.dob-hint', msg('We use it to ask the right questions if the child decides for themselves. For example, 27 3 2011', { id: 'kith.consent.capture.subject.dob-hint' }))}
            max=${this.today}
            .value=${live(a.subjectDob)}
          ></kith-date-input>`;
      case 'purposes':
        return this.checkboxes(
          'purposes',
          this.t('capture.purposes.legend', msg('What will the information be used for?', { id: 'kith.consent.capture.purposes.legend' })),
          [
            ...this.optionChoices(this.purposeChoices),
            this.otherChoice('purposeOther', this.otherLabel, this.t('capture.purposes.other', msg('Describe the purpose', { id: 'kith.consent.capture.purposes.other' })), this.t('capture.purposes.other-required', msg('Describe the purpose', { id: 'kith.consent.capture.purposes.other-required' }))),
          ],
          this.t('capture.purposes.required', msg('Select what the information will be used for', { id: 'kith.consent.capture.purposes.required' })),
          this.t('capture.select-all', msg('Select all that apply.', { id: 'kith.consent.capture.select-all' })),
        );
      case 'recipients':
        return this.checkboxes(
          'recipients',
          this.t('capture.recipients.legend', msg('Who will the information be shared with?', { id: 'kith.consent.capture.recipients.legend' })),
          [
            ...this.optionChoices(this.recipientChoices),
            this.otherChoice('recipientOther', this.otherLabel, this.t('capture.recipients.other', msg('Name of the organisation or service', { id: 'kith.consent.capture.recipients.other' })), this.t('capture.recipients.other-required', msg('Enter the name of the organisation or service', { id: 'kith.consent.capture.recipients.other-required' }))),
          ],
          this.t('capture.recipients.required', msg('Select who the information will be shared with', { id: 'kith.consent.capture.recipients.required' })),
          this.t('capture.select-all', msg('Select all that apply.', { id: 'kith.consent.capture.select-all' })),
        );
      case 'scope':
        return this.radios(
          'scope',
          this.t('capture.scope.legend', msg('Which information can be shared?', { id: 'kith.consent.capture.scope.legend' })),
          [
            { value: 'all', label: this.t('capture.scope.all', msg('All the information we hold', { id: 'kith.consent.capture.scope.all' })) },
            {
              value: 'categories',
              label: this.t('capture.scope.categories', msg('Only some kinds of information', { id: 'kith.consent.capture.scope.categories' })),
              conditional: html`<div slot="conditional">
                ${this.checkboxes(
                  'categories',
                  this.t('capture.categories.legend', msg('Which kinds of information?', { id: 'kith.consent.capture.categories.legend' })),
                  [
                    ...this.optionChoices(this.categoryChoices),
                    this.otherChoice('categoryOther', this.otherLabel, this.t('capture.categories.other', msg('Describe the kind of information', { id: 'kith.consent.capture.categories.other' })), this.t('capture.categories.other-required', msg('Describe the kind of information', { id: 'kith.consent.capture.categories.other-required' }))),
                  ],
                  this.t('capture.categories.required', msg('Select the kinds of information that can be shared', { id: 'kith.consent.capture.categories.required' })),
                  this.t('capture.select-all', msg('Select all that apply.', { id: 'kith.consent.capture.select-all' })),
                )}
              </div>`,
            },
          ],
          this.t('capture.scope.required', msg('Select which information can be shared', { id: 'kith.consent.capture.scope.required' })),
        );
      case 'decision':
        return html`<kith-inset-text>
            ${this.t('capture.decision.inset', msg('Consent is not always needed to share information. If sharing is needed to protect a child, or another lawful basis applies, you can still record that here.', { id: 'kith.consent.capture.decision.inset' }))}
          </kith-inset-text>
          ${this.radios(
            'decision',
            this.t('capture.decision.legend', msg('Was consent asked for, and what was the answer?', { id: 'kith.consent.capture.decision.legend' })),
            [
              { value: 'given', label: this.t('capture.decision.given', msg('Consent was given', { id: 'kith.consent.capture.decision.given' })) },
              { value: 'refused', label: this.t('capture.decision.refused', msg('Consent was refused', { id: 'kith.consent.capture.decision.refused' })) },
              {
                value: 'withdrawn',
                label: this.t('capture.decision.withdrawn', msg('Consent given before has been withdrawn', { id: 'kith.consent.capture.decision.withdrawn' })),
              },
              {
                value: 'not-sought',
                label: this.t('capture.decision.not-sought', msg('Consent was not asked for', { id: 'kith.consent.capture.decision.not-sought' })),
                hint: this.t('capture.decision.not-sought-hint', msg('For example, because asking would put a child at risk, or because another lawful basis applies.', { id: 'kith.consent.capture.decision.not-sought-hint' })),
              },
            ],
            this.t('capture.decision.required', msg('Select whether consent was given, refused, withdrawn or not asked for', { id: 'kith.consent.capture.decision.required' })),
          )}`;
      case 'giver':
        return html`${this.textInput('giverName', this.t('capture.giver.name', msg('Their full name', { id: 'kith.consent.capture.giver.name' })), this.t('capture.giver.name-required', msg('Enter their full name', { id: 'kith.consent.capture.giver.name-required' })))}
          ${this.radios(
            'giverRole',
            this.t('capture.giver.role', msg('What is their relationship to the child?', { id: 'kith.consent.capture.giver.role' })),
            [
              ...(['child', 'parent', 'carer', 'special-guardian', 'local-authority'] as const).map((role) => ({
                value: role,
                label: this.t(`role.${role}`, roleLabel(role)),
              })),
              {
                value: 'other',
                label: this.t('role.other', roleLabel('other')),
                conditional: this.textInput(
                  'giverRoleOther',
                  this.t('capture.giver.role-other', msg('Their relationship to the child', { id: 'kith.consent.capture.giver.role-other' })),
                  this.t('capture.giver.role-other-required', msg('Enter their relationship to the child', { id: 'kith.consent.capture.giver.role-other-required' })),
                  { slot: 'conditional' },
                ),
              },
            ],
            this.t('capture.giver.role-required', msg('Select their relationship to the child', { id: 'kith.consent.capture.giver.role-required' })),
          )}
          ${a.giverRole !== 'child'
            ? this.radios(
                'parentalResponsibility',
                this.t('capture.giver.pr', msg('Do they have parental responsibility for the child?', { id: 'kith.consent.capture.giver.pr' })),
                [
                  { value: 'yes', label: this.t('capture.giver.pr-yes', msg('Yes', { id: 'kith.consent.capture.giver.pr-yes' })) },
                  { value: 'no', label: this.t('capture.giver.pr-no', msg('No', { id: 'kith.consent.capture.giver.pr-no' })) },
                ],
                this.t('capture.giver.pr-required', msg('Select whether they have parental responsibility', { id: 'kith.consent.capture.giver.pr-required' })),
              )
            : nothing}`;
      case 'capacity':
        return this.renderCapacity();
      case 'method':
        return this.radios(
          'method',
          this.t('capture.method.legend', msg('How was the decision given?', { id: 'kith.consent.capture.method.legend' })),
          (['in-person', 'phone', 'video', 'written', 'interpreter'] as const).map((method) => ({ value: method, label: this.t(`method.${method}`, methodLabel(method)) })),
          this.t('capture.method.required', msg('Select how the decision was given', { id: 'kith.consent.capture.method.required' })),
        );
      case 'right-to-withdraw':
        return this.radios(
          'informed',
          this.t('capture.informed.legend', msg('Have you told them they can withdraw consent at any time?', { id: 'kith.consent.capture.informed.legend' })),
          [
            { value: 'yes', label: this.t('capture.informed.yes', msg('Yes', { id: 'kith.consent.capture.informed.yes' })) },
            { value: 'no', label: this.t('capture.informed.no', msg('No', { id: 'kith.consent.capture.informed.no' })), hint: this.t('capture.informed.no-hint', msg('Tell them as soon as you can, and record it.', { id: 'kith.consent.capture.informed.no-hint' })) },
          ],
          this.t('capture.informed.required', msg('Select whether you have told them they can withdraw consent', { id: 'kith.consent.capture.informed.required' })),
        );
      case 'share-anyway':
        return this.radios(
          'shareAnyway',
          this.t('capture.share-anyway.legend', msg('Will information be shared without consent?', { id: 'kith.consent.capture.share-anyway.legend' })),
          [
            { value: 'yes', label: this.t('capture.share-anyway.yes', msg('Yes, on another lawful basis', { id: 'kith.consent.capture.share-anyway.yes' })) },
            { value: 'no', label: this.t('capture.share-anyway.no', msg('No', { id: 'kith.consent.capture.share-anyway.no' })) },
          ],
          this.t('capture.share-anyway.required', msg('Select whether information will be shared without consent', { id: 'kith.consent.capture.share-anyway.required' })),
          this.t('capture.share-anyway.hint', msg('You can share without consent when there is a lawful basis, for example to protect a child from harm. Fears about sharing must not stand in the way of keeping a child safe.', { id: 'kith.consent.capture.share-anyway.hint' })),
        );
      case 'without-consent':
        return html`${this.radios(
            'lawfulBasis',
            this.t('capture.without-consent.basis', msg('What is the lawful basis for sharing?', { id: 'kith.consent.capture.without-consent.basis' })),
            [
              ...this.optionChoices(this.lawfulBasisChoices),
              this.otherChoice('lawfulBasisOther', this.otherLabel, this.t('capture.without-consent.basis-other', msg('The lawful basis', { id: 'kith.consent.capture.without-consent.basis-other' })), this.t('capture.without-consent.basis-other-required', msg('Enter the lawful basis', { id: 'kith.consent.capture.without-consent.basis-other-required' }))),
            ],
            this.t('capture.without-consent.basis-required', msg('Select the lawful basis for sharing', { id: 'kith.consent.capture.without-consent.basis-required' })),
          )}
          ${this.textarea('reason', this.t('capture.without-consent.reason', msg('Why is information being shared without consent?', { id: 'kith.consent.capture.without-consent.reason' })), {
            requiredMessage: this.t('capture.without-consent.reason-required', msg('Enter why information is being shared without consent', { id: 'kith.consent.capture.without-consent.reason-required' })),
          })}
          ${this.textInput('decidedByName', this.t('capture.without-consent.decided-by', msg('Name of the person who made the decision', { id: 'kith.consent.capture.without-consent.decided-by' })), this.t('capture.without-consent.decided-by-required', msg('Enter the name of the person who made the decision', { id: 'kith.consent.capture.without-consent.decided-by-required' })))}
          ${this.textInput('decidedByRole', this.t('capture.without-consent.decided-by-role', msg('Their role', { id: 'kith.consent.capture.without-consent.decided-by-role' })), this.t('capture.without-consent.decided-by-role-required', msg('Enter the role of the person who made the decision', { id: 'kith.consent.capture.without-consent.decided-by-role-required' })), {
            hint: this.t('capture.without-consent.decided-by-role-hint', msg('For example, team manager', { id: 'kith.consent.capture.without-consent.decided-by-role-hint' })),
          })}
          ${this.radios(
            'personInformed',
            this.t('capture.without-consent.informed', msg('Has the person been told that information will be shared?', { id: 'kith.consent.capture.without-consent.informed' })),
            [
              { value: 'yes', label: this.t('capture.without-consent.informed-yes', msg('Yes', { id: 'kith.consent.capture.without-consent.informed-yes' })) },
              {
                value: 'no',
                label: this.t('capture.without-consent.informed-no', msg('No', { id: 'kith.consent.capture.without-consent.informed-no' })),
                conditional: this.textarea('notInformedReason', this.t('capture.without-consent.not-informed', msg('Why have they not been told?', { id: 'kith.consent.capture.without-consent.not-informed' })), {
                  slot: 'conditional',
                  hint: this.t('capture.without-consent.not-informed-hint', msg('For example, telling them could put the child at risk of harm.', { id: 'kith.consent.capture.without-consent.not-informed-hint' })),
                  requiredMessage: this.t('capture.without-consent.not-informed-required', msg('Enter why they have not been told', { id: 'kith.consent.capture.without-consent.not-informed-required' })),
                }),
              },
            ],
            this.t('capture.without-consent.informed-required', msg('Select whether the person has been told', { id: 'kith.consent.capture.without-consent.informed-required' })),
          )}`;
      case 'child-views':
        return this.textarea('childViews', this.t('capture.child-views.label', msg("What are the child's views about sharing this information?", { id: 'kith.consent.capture.child-views.label' })), {
          hint: this.t('capture.child-views.hint', msg('Use their own words where you can. If you could not ask them, say why.', { id: 'kith.consent.capture.child-views.hint' })),
        });
      case 'dates':
        return html`<kith-date-input
            name="reviewDate"
            label=${this.t('capture.dates.review', msg('Review date (optional)', { id: 'kith.consent.capture.dates.review' }))}
            hint=${this.t('capture.dates.review-hint', msg('When should this decision be looked at again? For example, 1 3 2027', { id: 'kith.consent.capture.dates.review-hint' }))}
            min=${this.today}
            .value=${live(a.reviewDate)}
          ></kith-date-input>
          ${a.decision === 'given'
            ? html`<kith-date-input
                name="expiresOn"
                label=${this.t('capture.dates.expires', msg('Last day of consent (optional)', { id: 'kith.consent.capture.dates.expires' }))}
                hint=${this.t('capture.dates.expires-hint', msg('Leave blank if the consent has no end date.', { id: 'kith.consent.capture.dates.expires-hint' }))}
                min=${this.today}
                .value=${live(a.expiresOn)}
              ></kith-date-input>`
            : nothing}`;
      case 'check':
        return this.renderCheck();
    }
  }

  private renderCapacity(): TemplateResult {
    const a = this.answers;
    const band = ageBandOf(a, this.today);
    const assessedChoices = ['gillick-competent', 'not-competent', 'assessed-able', 'assessed-not-able'];
    const askAge = !/^\d{4}-\d{2}-\d{2}$/.test(a.subjectDob);
    const under16 = band === 'under-16';
    return html`${askAge
        ? this.radios(
            'ageBand',
            this.t('capture.capacity.age', msg('How old is the child?', { id: 'kith.consent.capture.capacity.age' })),
            [
              { value: 'under-16', label: this.t('capture.capacity.under-16', msg('Under 16', { id: 'kith.consent.capture.capacity.under-16' })) },
              { value: '16-or-over', label: this.t('capture.capacity.16-plus', msg('16 or over', { id: 'kith.consent.capture.capacity.16-plus' })) },
            ],
            this.t('capture.capacity.age-required', msg('Select how old the child is', { id: 'kith.consent.capture.capacity.age-required' })),
          )
        : nothing}
      ${band
        ? html`<kith-inset-text>
              ${under16
                ? this.t('capture.capacity.gillick-guidance', msg('A child under 16 can decide for themselves only if they understand what will be shared, who with, why, and what could happen. This is called Gillick competence. You must assess it.', { id: 'kith.consent.capture.capacity.gillick-guidance' }))
                : this.t('capture.capacity.presumed-guidance', msg('Young people aged 16 or over are presumed able to make this decision, unless there is a reason to doubt it.', { id: 'kith.consent.capture.capacity.presumed-guidance' }))}
            </kith-inset-text>
            ${this.radios(
              'capacity',
              this.t('capture.capacity.legend', msg('Is the child able to make this decision for themselves?', { id: 'kith.consent.capture.capacity.legend' })),
              under16
                ? [
                    { value: 'gillick-competent', label: this.t('capture.capacity.gillick-competent', msg('Yes: I assessed them and they understand enough to decide', { id: 'kith.consent.capture.capacity.gillick-competent' })) },
                    { value: 'not-competent', label: this.t('capture.capacity.not-competent', msg('No: I assessed them and they do not understand enough', { id: 'kith.consent.capture.capacity.not-competent' })) },
                    { value: 'not-assessed', label: this.t('capture.capacity.not-assessed', msg('I have not assessed this', { id: 'kith.consent.capture.capacity.not-assessed' })) },
                  ]
                : [
                    { value: 'presumed', label: this.t('capture.capacity.presumed', msg('Yes: there is no reason to doubt it', { id: 'kith.consent.capture.capacity.presumed' })) },
                    { value: 'assessed-able', label: this.t('capture.capacity.assessed-able', msg('Yes: I had doubts, assessed them, and they are able to decide', { id: 'kith.consent.capture.capacity.assessed-able' })) },
                    { value: 'assessed-not-able', label: this.t('capture.capacity.assessed-not-able', msg('No: I assessed them and they are not able to decide', { id: 'kith.consent.capture.capacity.assessed-not-able' })) },
                  ],
              this.t('capture.capacity.required', msg('Select whether the child is able to make this decision', { id: 'kith.consent.capture.capacity.required' })),
            )}
            ${this.textarea('capacityReasons', this.t('capture.capacity.reasons', msg('Why did you reach this judgement?', { id: 'kith.consent.capture.capacity.reasons' })), {
              hint: this.t('capture.capacity.reasons-hint', msg('Say what the child understood, and how they showed it.', { id: 'kith.consent.capture.capacity.reasons-hint' })),
              requiredMessage: assessedChoices.includes(a.capacity)
                ? this.t('capture.capacity.reasons-required', msg('Enter why you reached this judgement', { id: 'kith.consent.capture.capacity.reasons-required' }))
                : '',
            })}`
        : nothing}`;
  }

  // ------------------------------------------------------------------ check answers

  private label(options: ConsentOption[], ids: string[], other: string): string {
    return ids.map((id) => (id === OTHER ? other.trim() : (options.find((option) => option.id === id)?.label ?? id))).join('\n');
  }

  private checkRows(): Array<{ key: string; value: string; href: string; visuallyHiddenText: string }> {
    const a = this.answers;
    const steps = applicableSteps(a);
    const rows: Array<{ key: string; value: string; step: StepId }> = [];
    const add = (step: StepId, key: string, value: string) => {
      if (steps.includes(step)) rows.push({ step, key, value });
    };
    const notGiven = this.t('capture.check.not-recorded', msg('Not recorded', { id: 'kith.consent.capture.check.not-recorded' }));
    const choice = (value: string, labels: Record<string, string>) => labels[value] ?? value;
    add('subject', this.t('capture.subject.name', msg("Child's full name", { id: 'kith.consent.capture.subject.name' })), a.subjectName);
    add('subject', this.t('capture.check.dob', msg('Date of birth', { id: 'kith.consent.capture.check.dob' })), a.subjectDob ? formatDate(a.subjectDob) : notGiven);
    add('purposes', this.t('capture.check.purposes', msg('Purposes', { id: 'kith.consent.capture.check.purposes' })), this.label(this.purposeChoices, a.purposes, a.purposeOther));
    add('recipients', this.t('capture.check.recipients', msg('Shared with', { id: 'kith.consent.capture.check.recipients' })), this.label(this.recipientChoices, a.recipients, a.recipientOther));
    add(
      'scope',
      this.t('capture.check.scope', msg('Information covered', { id: 'kith.consent.capture.check.scope' })),
      a.scope === 'all' ? this.t('capture.scope.all', msg('All the information we hold', { id: 'kith.consent.capture.scope.all' })) : this.label(this.categoryChoices, a.categories, a.categoryOther),
    );
    add(
      'decision',
      this.t('capture.check.decision', msg('Decision', { id: 'kith.consent.capture.check.decision' })),
      choice(a.decision, {
        given: this.t('capture.decision.given', msg('Consent was given', { id: 'kith.consent.capture.decision.given' })),
        refused: this.t('capture.decision.refused', msg('Consent was refused', { id: 'kith.consent.capture.decision.refused' })),
        withdrawn: this.t('capture.decision.withdrawn', msg('Consent given before has been withdrawn', { id: 'kith.consent.capture.decision.withdrawn' })),
        'not-sought': this.t('capture.decision.not-sought', msg('Consent was not asked for', { id: 'kith.consent.capture.decision.not-sought' })),
      }),
    );
    if (steps.includes('giver')) {
      const role = a.giverRole === 'other' ? a.giverRoleOther : a.giverRole ? this.t(`role.${a.giverRole}`, roleLabel(a.giverRole)) : '';
      const pr = a.giverRole === 'child' ? '' : `\n${this.t('capture.check.pr', msg('Parental responsibility', { id: 'kith.consent.capture.check.pr' }))}: ${a.parentalResponsibility ? yesNo(a.parentalResponsibility === 'yes') : ''}`;
      add('giver', this.stepTitle('giver'), `${a.giverName}\n${role}${pr}`);
    }
    add(
      'capacity',
      this.t('capture.check.capacity', msg('Able to decide for themselves', { id: 'kith.consent.capture.check.capacity' })),
      [this.capacityAnswerText(), a.capacityReasons.trim()].filter(Boolean).join('\n'),
    );
    add('method', this.t('capture.check.method', msg('How the decision was given', { id: 'kith.consent.capture.check.method' })), a.method ? this.t(`method.${a.method}`, methodLabel(a.method)) : '');
    add('right-to-withdraw', this.t('capture.check.informed', msg('Told they can withdraw consent', { id: 'kith.consent.capture.check.informed' })), a.informed ? yesNo(a.informed === 'yes') : '');
    add('share-anyway', this.t('capture.check.share-anyway', msg('Shared without consent', { id: 'kith.consent.capture.check.share-anyway' })), a.shareAnyway ? yesNo(a.shareAnyway === 'yes') : '');
    if (steps.includes('without-consent')) {
      add('without-consent', this.t('capture.check.basis', msg('Lawful basis', { id: 'kith.consent.capture.check.basis' })), this.label(this.lawfulBasisChoices, a.lawfulBasis ? [a.lawfulBasis] : [], a.lawfulBasisOther));
      add('without-consent', this.t('capture.check.reason', msg('Reason', { id: 'kith.consent.capture.check.reason' })), a.reason);
      add('without-consent', this.t('capture.check.decided-by', msg('Decided by', { id: 'kith.consent.capture.check.decided-by' })), `${a.decidedByName}, ${a.decidedByRole}`);
      add(
        'without-consent',
        this.t('capture.check.person-informed', msg('Person told', { id: 'kith.consent.capture.check.person-informed' })),
        a.personInformed === 'no' ? `${yesNo(false)}: ${a.notInformedReason}` : a.personInformed ? yesNo(true) : '',
      );
    }
    add('child-views', this.t('capture.check.child-views', msg("Child's views", { id: 'kith.consent.capture.check.child-views' })), a.childViews.trim() || notGiven);
    add('dates', this.t('capture.check.review', msg('Review date', { id: 'kith.consent.capture.check.review' })), a.reviewDate ? formatDate(a.reviewDate) : notGiven);
    if (a.decision === 'given') {
      add('dates', this.t('capture.check.expires', msg('Last day of consent', { id: 'kith.consent.capture.check.expires' })), a.expiresOn ? formatDate(a.expiresOn) : notGiven);
    }
    return rows.map(({ step, key, value }) => ({ key, value, href: `#change-${step}`, visuallyHiddenText: labelInSentence(key) }));
  }

  private capacityAnswerText(): string {
    const labels: Record<string, string> = {
      'gillick-competent': msg('Yes: I assessed them and they understand enough to decide', { id: 'kith.consent.capture.capacity.gillick-competent' }),
      'not-competent': msg('No: I assessed them and they do not understand enough', { id: 'kith.consent.capture.capacity.not-competent' }),
      'not-assessed': msg('I have not assessed this', { id: 'kith.consent.capture.capacity.not-assessed' }),
      presumed: msg('Yes: there is no reason to doubt it', { id: 'kith.consent.capture.capacity.presumed' }),
      'assessed-able': msg('Yes: I had doubts, assessed them, and they are able to decide', { id: 'kith.consent.capture.capacity.assessed-able' }),
      'assessed-not-able': msg('No: I assessed them and they are not able to decide', { id: 'kith.consent.capture.capacity.assessed-not-able' }),
    };
    const key = this.answers.capacity;
    return key ? this.t(`capture.capacity.${key}`, labels[key]!) : '';
  }

  private renderCheck(): TemplateResult {
    return html`<kith-summary-list .rows=${this.checkRows()} @click=${this.onChangeLink}></kith-summary-list>
      ${this.recordedBy && toText(this.recordedBy.name)
        ? html`<p>${this.t('capture.check.recorded-by', msg(str`You are recording this as ${toText(this.recordedBy.name)}.`, { id: 'kith.consent.capture.check.recorded-by' }), { name: toText(this.recordedBy.name) })}</p>`
        : nothing}`;
  }

  // ------------------------------------------------------------------ render

  private heading(text: string, depth = 0): TemplateResult {
    return html`<div class="heading heading-${depth}" role="heading" aria-level=${Math.min(this.level + depth, 6)} part=${depth === 0 ? 'heading' : 'section-heading'} tabindex=${depth === 0 ? '-1' : nothing}>${text}</div>`;
  }

  private renderDone(): TemplateResult {
    return html`${this.heading(this.t('capture.done.title', msg('Consent decision recorded', { id: 'kith.consent.capture.done.title' })))}
      <p>${this.t('capture.done.body', msg('It is now part of the consent history for this child.', { id: 'kith.consent.capture.done.body' }))}</p>`;
  }

  protected override render() {
    if (this.done) return this.renderDone();
    const page = this.onePage && this.step !== 'check';
    const steps = applicableSteps(this.answers);
    const caption = this.answers.supersedes && this.answers.decision === 'withdrawn'
      ? this.t('capture.caption-withdraw', msg('Withdraw consent', { id: 'kith.consent.capture.caption-withdraw' }))
      : this.t('capture.caption', msg('Record a consent decision', { id: 'kith.consent.capture.caption' }));
    const first = steps.indexOf(this.step) <= 0;
    const buttonText =
      this.step === 'check'
        ? this.t('capture.confirm', msg('Confirm and record', { id: 'kith.consent.capture.confirm' }))
        : page
          ? this.t('capture.check-answers', msg('Check your answers', { id: 'kith.consent.capture.check-answers' }))
          : this.t('capture.continue', msg('Continue', { id: 'kith.consent.capture.continue' }));
    return html`
      ${this.drafts.offer
        ? html`<kith-draft-restore
            draft-key=${this.draftKey}
            .savedAt=${this.drafts.offer.savedAt}
            .elsewhere=${this.drafts.offeredFromElsewhere}
            @kith-draft-restore=${this.restoreDraft}
            @kith-draft-discard=${this.discardDraft}
          ></kith-draft-restore>`
        : nothing}
      ${!page && !first
        ? html`<button type="button" class="back" part="back" @click=${this.back}>${this.t('capture.back', msg('Back', { id: 'kith.consent.capture.back' }))}</button>`
        : nothing}
      <form novalidate @submit=${this.onSubmit} @input=${this.onAnswer} @change=${this.onAnswer}>
        <kith-error-summary title-text=${this.t('capture.error-summary-title', '')}></kith-error-summary>
        ${this.drafts.saveFailed
          ? html`<kith-warning-text>${this.saveFailedText()}</kith-warning-text>`
          : nothing}
        ${page ? nothing : html`<p class="caption" part="caption">${caption}</p>`}
        ${page
          ? html`${this.heading(caption)}
              ${steps
                .filter((step) => step !== 'check')
                .map((step) => html`<section class="section">${this.heading(this.stepTitle(step), 1)} ${this.renderStepControls(step)}</section>`)}`
          : html`${this.heading(this.stepTitle(this.step))} ${this.renderStepControls(this.step)}`}
        <kith-button type="submit">${buttonText}</kith-button>
        ${this.sending ? html`<p part="status">${this.sendingText()}</p>` : nothing}
      </form>
    `;
  }
}

/** Choices made from a list the host has since changed, shown by their ids so they stay ticked and recorded. */
function chosenIds(ids: string[]): ConsentOption[] {
  return ids.filter((id) => id && id !== OTHER).map((id) => ({ id, label: id }));
}

function isOption(value: unknown): value is ConsentOption {
  return typeof (value as ConsentOption)?.id === 'string' && typeof (value as ConsentOption)?.label === 'string';
}

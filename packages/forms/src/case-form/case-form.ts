import { html, nothing, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { KithElement, KithSendEvent, announce, announceIfStillSending, ensureAnnouncer, toText } from '@kith/core';
import type { DraftStore, Draft, DraftChangedError } from '@kith/offline/draft-store.js';
import '../error-summary/define.js';
import type { KithErrorSummary } from '../error-summary/error-summary.js';
import { answeredBy, draftOf, formValues, restoreDraft, toDraft, withEdits, type CaseFormValues } from './form-values.js';
import { caseFormStyles } from './case-form.styles.js';

/**
 * Fired when the user submits a valid form. `data` holds every answer; the host sends it, and
 * passes its request to `waitUntil()` (or calls preventDefault()) so the draft is kept until it is stored.
 */
export class KithFormSubmitEvent extends KithSendEvent {
  constructor(readonly data: CaseFormValues) {
    super('kith-form-submit');
  }
}

/** Fired after the answers have been saved as a draft on this device. */
export class KithDraftSaveEvent extends Event {
  constructor(
    readonly key: string,
    readonly savedAt: number,
  ) {
    super('kith-draft-save', { bubbles: true, composed: true });
  }
}

/** By name, not class: the store's code is loaded on first use, and may be another copy of it. */
const isDraftChanged = (error: unknown): error is DraftChangedError => (error as Error | null)?.name === 'DraftChangedError';

/** A save lands at most this long after the keystroke that made it needed. */
const SAVE_WITHIN_MS = 1000;

/** Loads something once; a load that failed (a dropped connection) is tried again on the next call. */
function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * The draft code is loaded on first use, so a page without drafts downloads neither the
 * IndexedDB store nor the restore banner. The plain store on this device is used when
 * the page passes none.
 */
const plainStore = loadOnce(() => import('@kith/offline/draft-store.js').then(({ DraftStore }) => new DraftStore({ name: 'kith-case-form' })));
const restoreBanner = loadOnce(() => import('@kith/offline/draft-restore.js'));

/**
 * The draft saves still landing from forms taken out of the page, by store name. A form reads its store
 * only after them, so a form that a framework re-mounts finds what the one it replaced saved as it went,
 * and does not take that for another tab's answers.
 */
const savesLeftBehind = new Map<string, Map<KithCaseForm, Promise<unknown>>>();

/** "14:03" in the device's time zone: a draft saved now is always today. */
function clockTime(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Reads a time given as milliseconds, a Date or an ISO 8601 string; null otherwise. */
function toTime(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : /^\d+$/.test(String(value)) ? Number(value) : Date.parse(String(value));
  return Number.isFinite(time) ? time : null;
}

/**
 * Wraps a `<form>` of Kith and native controls. On submit it checks every control, and
 * either shows an error summary at the top (focused, each error linking to its control)
 * or fires `kith-form-submit` with the answers, stopping the browser's own submit so the
 * host decides what to do. Nothing the user typed is ever cleared.
 *
 * With `draft-key`, the answers are saved on the device as the user types (at most a
 * second behind), "Draft saved at 14:03" is shown quietly, and an unsaved draft found
 * when the form opens is offered back with Restore and Discard. The draft is deleted once
 * the form is submitted, unless it is still on offer (it may hold answers the user has not seen).
 *
 * While the host sends the answers, the status line says "Sending your answers…" (and so does the
 * page's live region), and a further submit is not sent again: the user is told it is still sending.
 *
 * @summary A case form with an error summary on submit and drafts saved as the user types.
 * @tagname kith-case-form
 *
 * @slot - The `<form>` and its controls.
 *
 * @csspart error-summary - The error summary shown after a submit with errors.
 * @csspart draft-restore - The banner offering back an unsaved draft.
 * @csspart status - The quiet "Draft saved at 14:03" line, which also says "Sending your answers…" while the host sends them.
 *
 * @cssprop --kith-color-text-secondary - Colour of the "Draft saved" line.
 *
 * @fires kith-form-submit - KithFormSubmitEvent, when a valid form is submitted; `data` holds the answers, and `waitUntil(sending)` keeps the draft until they are sent (bubbles, composed, cancelable).
 * @fires kith-draft-save - KithDraftSaveEvent, after the answers are saved as a draft (bubbles, composed).
 * @fires kith-draft-restore - KithDraftRestoreEvent, from the banner, when the user restores the draft; the answers are then back in the form (bubbles, composed).
 * @fires kith-draft-discard - KithDraftDiscardEvent, from the banner, when the user confirms discarding the draft (bubbles, composed).
 */
export class KithCaseForm extends KithElement {
  static override styles = [KithElement.styles, caseFormStyles];

  static override properties = {
    draftKey: { attribute: 'draft-key' },
    draftStore: { attribute: false },
    updatedAt: { attribute: 'updated-at' },
    errorTitle: { attribute: 'error-title' },
    savedMessage: { attribute: 'saved-message' },
    saveFailedMessage: { attribute: 'save-failed-message' },
    sendFailedMessage: { attribute: 'send-failed-message' },
    sendingMessage: { attribute: 'sending-message' },
    sending: { attribute: false },
    offer: { attribute: false },
    savedAt: { attribute: false },
    saveFailed: { attribute: false },
  };

  /** Saves drafts under this key (one per record, for example "referral:case-4471"). No drafts without it. */
  get draftKey(): string {
    return this.key;
  }
  set draftKey(next: string) {
    // The same form reused for another record: what was typed for this one is saved under its key, never the next.
    if (next !== this.key) {
      if (this.dirty) this.saveNowUnder(this.key);
      this.edited = new WeakSet();
      this.editsKept = this.edits;
    }
    this.key = next;
  }
  private key = '';
  /**
   * Where drafts are kept. Pass an encrypted store (for example `KithOffline`'s `drafts`);
   * without one, a plain store named "kith-case-form" on this device is used.
   */
  get draftStore(): DraftStore | null {
    return this.drafts;
  }
  set draftStore(next: DraftStore | null) {
    // What was typed before the store changed (another user's, after a sign-in) is saved where it was typed for.
    if (next !== this.drafts && this.dirty) this.saveNowUnder(this.key);
    this.drafts = next;
  }
  private drafts: DraftStore | null = null;
  /**
   * When the record was last saved elsewhere (milliseconds or ISO 8601): older drafts are not
   * offered, and the next save replaces them. Drafts are timed by the device's clock.
   */
  updatedAt: number | string | null = null;
  /** Replaces the error summary's heading ("There is a problem"). */
  errorTitle = '';
  /** Replaces "Draft saved at 14:03"; `{time}` is where the time goes. */
  savedMessage = '';
  /** Replaces the message shown when the draft could not be saved. */
  saveFailedMessage = '';
  /** Replaces the error summary's message when what the host passed to `waitUntil()` rejects ("Your answers could not be sent. Try again."). */
  sendFailedMessage = '';
  /** Replaces "Sending your answers…", said while what the host passed to `waitUntil()` is pending. */
  sendingMessage = '';

  private offer: Draft | null = null;
  /** The last draft another tab saved after this form last saw the draft: offered back, with words that say so. */
  private savedElsewhere: Draft | null = null;
  /** The draft the form shows now, because it saved or restored it: never offered back to it. */
  private shown: Pick<Draft, 'key' | 'savedAt'> | null = null;
  private savedAt: number | null = null;
  /** What the status line last told screen readers: the time of the save, or that saving failed. */
  private statusSaid = '';
  private saveFailed = false;
  /** True while the host sends the answers: a further submit is not sent again. */
  private sending = false;

  private get summary(): KithErrorSummary | null | undefined {
    return this.shadowRoot?.querySelector<KithErrorSummary>('kith-error-summary');
  }

  private saveTimer?: number;
  private dirty = false;
  /** True while restore() puts answers back, so the events the controls fire are not taken as edits. */
  private restoring = false;
  /** The controls the user changed for this draft key: Restore leaves them as the user has them. */
  private edited = new WeakSet<Element>();
  private readonly isEdited = (control: Element): boolean => this.edited.has(control);
  /** Changes made since the form opened, to tell whether any came after a submit. */
  private edits = 0;
  /** The edits whose answers are on the device: a closing page copies the answers only when there are more. */
  private editsKept = 0;
  private saving: Promise<void> = Promise.resolve();
  /** The draft's deletion after a submit, waiting for the host to send the answers. */
  private submitted: Promise<void> = Promise.resolve();
  private offerChecked: Promise<void> = Promise.resolve();
  /** False until the store has been read for an older draft; until then a save could write over one. */
  private draftChecked = false;
  /**
   * The savedAt of the draft stored under the key as this form last read or saved it (null: none).
   * A save does not write over one saved since: the same record open in another tab saved it.
   */
  private seen: number | null = null;
  /** The draft this form last saved: its savedAt, then its value as JSON. */
  private lastSaved = '';
  /** The store the draft for the key was read from, once loaded: a closing page copies into it at once. */
  private loadedStore: DraftStore | null = null;

  /** The form this element wraps: its first `<form>` child. */
  get form(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  /** The current answers, as `kith-form-submit` would carry them. */
  get data(): CaseFormValues {
    const form = this.form;
    return form ? formValues(form) : {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('submit', this.onSubmit);
    this.addEventListener('input', this.onEdit);
    this.addEventListener('change', this.onEdit);
    this.addEventListener('kith-item-remove', this.onEdit);
    window.addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onLeave);
    // The live region must be in the page before the first message.
    ensureAnnouncer(this.ownerDocument);
    this.takeOverValidation();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('submit', this.onSubmit);
    this.removeEventListener('input', this.onEdit);
    this.removeEventListener('change', this.onEdit);
    this.removeEventListener('kith-item-remove', this.onEdit);
    window.removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onLeave);
    // Leaving the page must not lose the last second of typing.
    if (this.saveTimer !== undefined) void this.draftSaved();
    this.leaveSavesBehind();
  }

  /**
   * A tab closed, or a tablet switched to another app, does not disconnect the form, and a
   * hidden page may never run the save timer: the last second of typing is saved at once.
   */
  private readonly onLeave = (event: Event): void => {
    if (event.type === 'pagehide') this.rescue();
    const leaving = event.type === 'pagehide' || document.visibilityState === 'hidden';
    if (leaving && this.saveTimer !== undefined) void this.draftSaved();
  };

  /**
   * A closing page is usually ended before a save lands: answers the user changed and that are not yet
   * saved are copied at once (a plain store only, see DraftStore.rescue), with a draft on offer as its
   * next save would hold it.
   */
  private rescue(): void {
    const form = this.form;
    if (!this.loadedStore || !form || !this.draftKey || !this.draftChecked || this.edits === this.editsKept) return;
    const value = this.offer ? withEdits(toDraft(this.offer.value), form, this.isEdited) : draftOf(form);
    if (!value || `${this.seen}${JSON.stringify(value)}` === this.lastSaved) return;
    const kept = this.loadedStore.rescue(this.draftKey, value);
    // The save started as the page closes goes over the copy, as the page may yet stay (the back/forward cache).
    if (kept) this.seen = kept.savedAt;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('draftKey') || changed.has('draftStore') || changed.has('updatedAt')) this.checkForDraft();
    // Said through the page's one live region when it says something new: not at every save while
    // the user types (the same minute), nor again in another language after a locale switch.
    const status = this.saveFailed ? 'failed' : this.savedAt === null ? '' : clockTime(this.savedAt);
    if (status && status !== this.statusSaid) announce(this.statusText(), { politeness: this.saveFailed ? 'assertive' : 'polite' });
    this.statusSaid = status;
  }

  /**
   * Saves any pending changes now and resolves once every save (or deletion) has finished; the
   * deletion after a submit waits for what the host passed to `waitUntil()`.
   */
  async draftSaved(): Promise<void> {
    if (this.saveTimer !== undefined) {
      window.clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      void this.saveDraft();
    }
    await this.submitted;
    await this.saving;
    await this.offerChecked;
  }

  /**
   * Puts a draft back into the form: a draft's value as this element saved it (answers,
   * and what was typed into unfinished fields), or answers alone in the shape of `data`.
   */
  restore(values: unknown): void {
    this.putBack(values);
  }

  private putBack(values: unknown, kept?: (control: Element) => boolean): void {
    const form = this.form;
    if (!form) return;
    const draft = toDraft(values);
    // The controls fire input and change as their answers go back, for the page; they are not edits to save.
    this.restoring = true;
    restoreDraft(form, draft, kept);
    this.restoring = false;
  }

  /** The browser's bubbles would show one error at a time; the summary shows them all. */
  private takeOverValidation(): void {
    const form = this.form;
    if (form) form.noValidate = true;
  }

  private get store(): Promise<DraftStore> | null {
    if (!this.draftKey) return null;
    return this.draftStore ? Promise.resolve(this.draftStore) : plainStore();
  }

  private checkForDraft(): void {
    this.offer = null;
    this.draftChecked = false;
    const store = this.store;
    const key = this.draftKey;
    if (!store) return;
    const since = toTime(this.updatedAt);
    this.offerChecked = (async () => {
      let draft: Draft | null;
      let loaded: DraftStore;
      try {
        // A draft found is offered by the banner, so the check is done only once both have loaded.
        [loaded] = await Promise.all([store, restoreBanner()]);
        const leftBehind = [...(savesLeftBehind.get(loaded.name) ?? [])].filter(([form]) => form !== this);
        await Promise.all(leftBehind.map(([, saving]) => saving));
        draft = await loaded.load(key);
      } catch (error) {
        // Saves wait for a later check (see saveDraft), so a draft that could not be read is not written over.
        console.warn('kith-case-form: the draft could not be read', error);
        return;
      }
      if (key !== this.draftKey) return;
      this.draftChecked = true;
      this.loadedStore = loaded;
      this.seen = draft?.savedAt ?? null;
      this.lastSaved = '';
      if (!draft || (since !== null && draft.savedAt <= since)) return;
      // Checked again (a new updated-at) while the user types: their own draft is not "unsaved answers".
      if (draft.key === this.shown?.key && draft.savedAt === this.shown.savedAt) return;
      try {
        toDraft(draft.value);
        this.offer = draft;
      } catch (error) {
        // Not answers this form can put back: not offered, and the next save replaces it.
        console.warn('kith-case-form: the draft could not be read', error);
      }
    })();
  }

  private readonly onEdit = (event: Event): void => {
    if (this.restoring || !this.draftKey || !this.form?.contains(event.target as Node)) return;
    this.dirty = true;
    this.edits++;
    this.edited.add(event.target as Element);
    if (this.saveTimer !== undefined) return;
    // A fixed delay from the first change, not reset by each keystroke, so saving keeps up with fast typing.
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveDraft();
    }, SAVE_WITHIN_MS);
  };

  /** Saves the form as it is now under `key`, unless that could write over a draft the user has not seen. */
  private saveNowUnder(key: string): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dirty = false;
    const store = this.store;
    const form = this.form;
    if (!store || !form || !this.draftChecked || this.offer) return;
    const draft = draftOf(form);
    this.saving = this.saving.then(() =>
      store
        .then(async (loaded) => void (await loaded.save(key, draft)))
        .catch((error) => console.warn('kith-case-form: the draft could not be saved', error)),
    );
  }

  /** A form taken out of the page: forms opening on it read the store only once its saves have landed. */
  private leaveSavesBehind(): void {
    const saving = this.saving;
    void this.store?.then(({ name }) => {
      const forms = savesLeftBehind.get(name) ?? new Map<KithCaseForm, Promise<unknown>>();
      savesLeftBehind.set(name, forms.set(this, saving));
      void saving.then(() => forms.get(this) === saving && forms.delete(this));
    }, () => undefined);
  }

  /** Saves one draft at a time, in order, so an older save never lands after a newer one. */
  private saveDraft(): Promise<void> {
    this.saving = this.saving.then(async () => {
      await this.offerChecked;
      if (this.draftKey && !this.draftChecked) {
        // The store or the banner could not be loaded when the form opened: look for an older draft again first.
        this.checkForDraft();
        await this.offerChecked;
      }
      const store = this.store;
      const form = this.form;
      const offered = this.offer;
      if (!store || !form || !this.dirty) return;
      if (!this.draftChecked) {
        this.saveFailed = true;
        return;
      }
      // While an older draft is on offer, what was typed to the questions it left blank is added to it,
      // so that closing the page loses neither. It stays on offer, and the form stays unsaved (after
      // Restore or Discard it is saved as it then is).
      const value = offered ? withEdits(toDraft(offered.value), form, this.isEdited) : draftOf(form);
      if (!value) return;
      const edits = this.edits;
      this.dirty = !!offered;
      // Focus leaving a field fires change with nothing new: saved again, another tab holding this draft would be told the record changed.
      const json = JSON.stringify(value);
      if (`${this.seen}${json}` === this.lastSaved) {
        // The answers are back to the draft saved last: they are on the device.
        this.saveFailed = false;
        this.editsKept = edits;
        return;
      }
      const key = this.draftKey;
      try {
        const draft = await (await store).save(key, value, { over: this.seen });
        this.seen = draft.savedAt;
        this.lastSaved = `${draft.savedAt}${json}`;
        this.editsKept = edits;
        if (offered) return;
        this.savedAt = draft.savedAt;
        this.shown = draft;
        this.saveFailed = false;
        this.dispatchEvent(new KithDraftSaveEvent(key, draft.savedAt));
      } catch (error) {
        this.dirty = true;
        if (isDraftChanged(error)) return this.offerSavedElsewhere(error.draft);
        // The answers stay on screen; the message tells the user not to close the page.
        console.warn('kith-case-form: the draft could not be saved', error);
        this.saveFailed = true;
      }
    });
    return this.saving;
  }

  /**
   * The same record, open in another tab, saved its answers since this form last saw the draft: it is
   * offered back here, with words that say where it comes from, and what was typed here is saved in full once the
   * user has restored or discarded it.
   */
  private offerSavedElsewhere(draft: Draft): void {
    this.seen = draft.savedAt;
    this.offer = this.savedElsewhere = draft;
    // What was typed here to questions that draft left blank is added to it now, so closing this page loses neither.
    void this.saveDraft();
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    const form = this.form;
    if (event.target !== form || !form || !this.summary) return;
    // The host decides what happens to the answers; the page never navigates away with them.
    event.preventDefault();
    if (this.sending) {
      announce(this.sendingText());
      return;
    }
    if (this.summary.showFor(form).length) return;
    const submitted = new KithFormSubmitEvent(formValues(form, event.submitter));
    this.dispatchEvent(submitted);
    this.submitted = this.removeDraftOnceSent(submitted);
  };

  /**
   * Says it is sending until the host has sent the answers, then deletes the draft; it stays if sending
   * failed or the host cancelled. A failure the host passed to waitUntil() is said in the error summary, above the answers.
   */
  private async removeDraftOnceSent(submitted: KithFormSubmitEvent): Promise<void> {
    const editsSent = this.edits;
    const sending = submitted.sent();
    this.sending = true;
    announceIfStillSending(sending, () => this.sendingText());
    const sent = await sending;
    this.sending = false;
    // Answers typed while sending were not sent: the draft that holds them stays.
    if (sent && this.edits === editsSent) this.removeDraft();
    if (!sent && !submitted.defaultPrevented && this.summary) {
      this.summary.errors = [{ href: '', text: toText(this.sendFailedMessage) || msg('Your answers could not be sent. Try again.', { id: 'kith.case-form.send-failed' }) }];
    }
  }

  private removeDraft(): void {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dirty = false;
    this.savedAt = null;
    const store = this.store;
    // A draft still on offer may hold answers the user never saw: it is kept, and still offered.
    if (!store || this.offer) return;
    this.removeSeen(store);
  }

  /**
   * Deletes the draft this form last saw, after the saves before it. One another tab has saved since is
   * kept, and so is one those saves found and put on offer.
   */
  private removeSeen(store: Promise<DraftStore>): void {
    const key = this.draftKey;
    this.saving = this.saving.then(async () => {
      if (this.seen === null || key !== this.draftKey || this.offer) return;
      try {
        if (await (await store).remove(key, { savedAt: this.seen })) this.seen = null;
      } catch (error) {
        console.warn('kith-case-form: the draft could not be deleted', error);
      }
    });
  }

  private async onRestore(): Promise<void> {
    const draft = this.offer;
    this.offer = null;
    this.shown = draft;
    if (draft) {
      // The draft's answers come back over what the user gave those questions while it was on offer
      // (a stray keystroke must not cost a long answer); their answers to questions it left blank,
      // and what they change between the two passes, are theirs to keep.
      if (this.form) for (const control of answeredBy(toDraft(draft.value), this.form)) this.edited.delete(control);
      this.putBack(draft.value, this.isEdited);
      // A framework renders the fields a restored answer shows after that answer's events (React and
      // Vue batch their renders): once it has, the answers go back again, into those fields too.
      await new Promise((rendered) => setTimeout(rendered));
      this.putBack(draft.value, this.isEdited);
    }
    // What was typed while the user was deciding is saved now, with the answers restored around it.
    if (this.dirty) void this.saveDraft();
    await this.focusForm();
  }

  private async onDiscard(): Promise<void> {
    const store = this.store;
    this.offer = null;
    if (store) this.removeSeen(store);
    // Anything typed while the user was deciding is saved now.
    if (this.dirty) void this.saveDraft();
    await this.focusForm();
  }

  /** After the banner goes, focus moves to the first field, so it is never lost. */
  private async focusForm(): Promise<void> {
    await this.updateComplete;
    for (const element of (this.form?.elements ?? []) as Iterable<HTMLElement & { disabled?: boolean }>) {
      if (element instanceof HTMLFieldSetElement || element.disabled || element.hidden) continue;
      element.focus();
      if (element.matches(':focus, :focus-within')) return;
    }
  }

  private sendingText(): string {
    return toText(this.sendingMessage) || msg('Sending your answers…', { id: 'kith.case-form.sending' });
  }

  private statusText(): string {
    if (this.saveFailed) {
      return (
        toText(this.saveFailedMessage) ||
        msg('Your answers could not be saved on this device. Keep this page open.', { id: 'kith.case-form.save-failed' })
      );
    }
    if (this.savedAt === null) return '';
    const time = clockTime(this.savedAt);
    const custom = toText(this.savedMessage);
    return custom ? custom.replaceAll('{time}', time) : msg(str`Draft saved at ${time}`, { id: 'kith.case-form.saved' });
  }

  protected override render() {
    return html`
      <kith-error-summary part="error-summary" title-text=${toText(this.errorTitle)}></kith-error-summary>
      ${this.offer
        ? html`<kith-draft-restore
            part="draft-restore"
            .draftKey=${this.offer.key}
            .savedAt=${this.offer.savedAt}
            .elsewhere=${this.offer === this.savedElsewhere}
            @kith-draft-restore=${this.onRestore}
            @kith-draft-discard=${this.onDiscard}
          ></kith-draft-restore>`
        : nothing}
      <slot @slotchange=${this.takeOverValidation}></slot>
      <p class="status" part="status">${[this.sending ? this.sendingText() : '', this.statusText()].filter(Boolean).join(' ')}</p>
    `;
  }
}

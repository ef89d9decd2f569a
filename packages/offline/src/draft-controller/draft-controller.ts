import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { announce } from '@kith/core';
import type { Draft, DraftChangedError, DraftStore, Json } from '../draft-store/draft-store.js';

/** By name, not class: the store's code is the host's to load, and may be another copy of it. */
const isDraftChanged = (error: unknown): error is DraftChangedError => (error as Error | null)?.name === 'DraftChangedError';

/** Typing pauses this long before the answers are saved as a draft. */
const SAVE_AFTER_MS = 400;

/**
 * The saves and deletions started on this page, by store. A host reads its store only after them,
 * so a form that a framework re-mounts finds what the form it replaced saved or deleted as it went,
 * and does not take it for another tab's answers.
 */
const pageSaves = new WeakMap<DraftStore, Promise<unknown>>();

/**
 * The drafts whose answers are being sent on this page, by store and key, until the send settles
 * (and the draft is deleted). A form opening for that key meanwhile (the host's next entry) does
 * not offer what is being sent as unsaved answers; it offers it if sending fails.
 */
const pageSends = new WeakMap<DraftStore, Map<string, Promise<unknown>>>();

export interface DraftControllerOptions {
  /** Where drafts are kept now; no draft is kept without a store. */
  store(): DraftStore | null;
  /** The draft's name in the store now; no draft is kept without one. */
  key(): string;
  /** The host's answers as they are now, as plain JSON. */
  value(): Json;
  /** Whether a draft found is one to offer, for example a draft of the same record. Every draft is, without it. */
  accepts?(draft: Draft): boolean;
  /** Loaded before a draft is offered: the banner's code, when the host loads it only when needed. */
  beforeOffer?(): Promise<unknown>;
  /**
   * The host's warning that the answers are not being saved: announced at once, and once, when
   * saving starts to fail, as it appears away from where the user is typing.
   */
  saveFailedMessage?(): string;
}

/**
 * Keeps a form's answers as a draft in a DraftStore: saved after a typing pause and at once
 * when the page is hidden or closed, one save at a time and in order; what was typed is saved
 * under the key it was typed for when the key changes; a draft found for the key is `offer`ed
 * back, and never written over until the user restores or discards it; a draft the store would
 * not let it read is read again before each save, and never written over unread. A store that fails
 * never throws into the host: `saveFailed` says so instead.
 */
export class DraftController implements ReactiveController {
  /** True when the last save failed: the answers are only on screen, and the host should say so. */
  saveFailed = false;
  /** Settles when every save (and deletion) started so far has finished. */
  saving: Promise<void> = Promise.resolve();

  private store: DraftStore | null = null;
  private key = '';
  private found: Draft | null = null;
  /** The last draft another tab saved after this form last saw the draft: offered back, with words that say so. */
  private savedElsewhere: Draft | null = null;
  private checking: Promise<void> = Promise.resolve();
  /**
   * Keys whose draft has been read, each with the savedAt of the draft stored under it as this form
   * last read or saved it (null: none). A draft no one has read is never written over, nor one that
   * another tab with the same record open has saved since.
   */
  private readonly seen = new Map<string, number | null>();
  /** The draft this form last saved: its key, savedAt and value, as JSON. */
  private lastSaved = '';
  /** Typing was not saved because a draft was on offer: it is saved if the user discards that draft. */
  private typedWhileOffered = false;
  private timer: number | undefined;
  /** Counts the host's changes, to tell whether any came while a submit was being sent. */
  private changes = 0;
  /** The changes whose answers are on the device: a closing page copies the answers only when there are more. */
  private changesKept = 0;
  /** The draft's deletion after a submit, waiting for the host to store the answers. */
  private deleting: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftControllerOptions,
  ) {
    host.addController(this);
  }

  /** The draft to offer back with kith-draft-restore, or null. */
  get offer(): Draft | null {
    return this.found && (this.options.accepts?.(this.found) ?? true) ? this.found : null;
  }

  /**
   * True when the draft on offer was saved by the same record open in another tab or window while
   * this form was open, not found on opening: pass it to kith-draft-restore's `elsewhere`.
   */
  get offeredFromElsewhere(): boolean {
    return !!this.offer && this.offer === this.savedElsewhere;
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onLeave);
    document.addEventListener('visibilitychange', this.onLeave);
    // Moved on the page, the host still shows its answers: the draft they were saved to is not offered back to it.
    this.followKey();
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onLeave);
    document.removeEventListener('visibilitychange', this.onLeave);
    this.saveWaiting();
  }

  hostUpdate(): void {
    this.followKey();
  }

  /**
   * When the host's store or key has changed, saves what is waiting under the key it was typed
   * for, never the next record's, then offers that record's draft. Runs before every update; a
   * host whose willUpdate puts another record's answers in place calls it first.
   */
  followKey(): void {
    if (this.options.store() === this.store && this.options.key() === this.key) return;
    this.saveWaiting();
    this.check();
  }

  /** Saves after the typing pause: call on every input and change. */
  schedule(): void {
    this.changes++;
    if (!this.store || !this.key) return;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_AFTER_MS);
  }

  /** Saves now; one save at a time, in order, so an older save never lands after a newer one. */
  save(): Promise<void> {
    const { store, key } = this;
    if (!store || !key) return this.saving;
    const value = this.options.value();
    const changes = this.changes;
    const onOffer = this.offer;
    // Saves wait for the store to be read: a draft found there is on offer, and is not written over.
    this.saving = Promise.all([this.saving, this.checking]).then(async () => {
      const current = store === this.store && key === this.key;
      // The browser refused storage as the form opened: the draft is looked for again first.
      if (current && !this.seen.has(key)) await (this.checking = this.look(store, key));
      // Until the user restores or discards a draft on offer, it is all they have of it.
      if ([onOffer, this.offer].some((draft) => draft?.key === key)) {
        this.typedWhileOffered ||= current;
        return;
      }
      // A save for a record no longer on screen writes over what another tab saved: it is all there is of those answers.
      const over = current ? this.seen.get(key) : undefined;
      // Focus leaving a field fires change with nothing new: saved again, another tab holding this draft would be told the record changed.
      const unchanged = JSON.stringify([key, over, value]) === this.lastSaved;
      if (unchanged && current) this.changesKept = changes;
      const failed =
        !this.seen.has(key) ||
        (!unchanged &&
          (await store.save(key, value, { over }).then(
            (draft) => {
              this.seen.set(key, draft.savedAt);
              this.lastSaved = JSON.stringify([key, draft.savedAt, value]);
              if (current) this.changesKept = changes;
              return false;
            },
            (error: unknown) => {
              if (!isDraftChanged(error)) return true;
              this.offerSavedElsewhere(store, error.draft);
              return false;
            },
          )));
      if (failed !== this.saveFailed) {
        this.saveFailed = failed;
        const message = failed && this.options.saveFailedMessage?.();
        if (message) announce(message, { politeness: 'assertive' });
        this.host.requestUpdate();
      }
    });
    this.awaitedByOthers(store);
    return this.saving;
  }

  /**
   * Saves what is waiting for the typing pause, then resolves once the host has updated, its store
   * has been read and every save has finished; the deletion after a submit waits for `sent`.
   */
  async saved(): Promise<void> {
    this.saveWaiting();
    await this.host.updateComplete;
    await this.checking;
    await this.deleting;
    await this.saving;
  }

  /** Takes the draft on offer, to put back in the form; it stays saved until the answers are. */
  restore(): Json | undefined {
    const value = this.offer?.value;
    this.found = null;
    this.typedWhileOffered = false;
    this.host.requestUpdate();
    return value;
  }

  /** Deletes the draft (the user discarded it); answers typed since are still saved as they change. */
  discard(): void {
    this.found = null;
    this.host.requestUpdate();
    const { store, key } = this;
    if (store && key) this.remove(store, key);
    // What was typed while the draft was on offer takes its place.
    if (this.typedWhileOffered) void this.save();
    this.typedWhileOffered = false;
  }

  /**
   * The answers were submitted: the draft is deleted once `sent` resolves true (the host has
   * stored them). It is kept, to be offered next time, if `sent` resolves false or never settles,
   * if answers were typed under the same key meanwhile, or if it is a draft still on offer: the
   * user has not yet seen it, and what was sent is not it.
   */
  submitted(sent: Promise<boolean> = Promise.resolve(true)): void {
    // The last moments of typing are saved first, so a draft kept holds everything that was sent.
    this.saveWaiting();
    const { store, key, changes } = this;
    this.deleting = sent.then((stored) => {
      const current = store === this.store && key === this.key;
      if (!stored || !store || !key || (current && (changes !== this.changes || this.offer))) return;
      if (current) {
        this.found = null;
        this.typedWhileOffered = false;
        this.host.requestUpdate();
      }
      // Deleted under the key it was saved under, though the host may since have moved on to another record.
      this.remove(store, key);
    });
    if (!store || !key) return;
    const sends = pageSends.get(store) ?? new Map<string, Promise<unknown>>();
    pageSends.set(store, sends);
    const settled = this.deleting.then(() => this.saving);
    sends.set(key, settled);
    void settled.then(() => sends.get(key) === settled && sends.delete(key));
  }

  /**
   * Deletes the draft after the saves before it; a deletion that fails leaves it to be offered again next
   * time. Only the draft this form last saw goes: one another tab has saved since is kept, to be offered.
   */
  private remove(store: DraftStore, key: string): void {
    this.saving = this.saving
      .then(async () => {
        const seen = this.seen.get(key);
        // A draft the saves before this put on offer (another tab's) is the user's to see first.
        if (seen === null || (store === this.store && this.found?.key === key)) return;
        if (await store.remove(key, seen === undefined ? {} : { savedAt: seen })) this.seen.set(key, null);
      })
      .catch(() => undefined);
    this.awaitedByOthers(store);
  }

  /**
   * The same record, open in another tab, saved its answers since this form last saw the draft: it is
   * offered back here, with words that say where it comes from, and what is typed here is saved once the user
   * has restored or discarded it.
   */
  private offerSavedElsewhere(store: DraftStore, draft: Draft): void {
    this.seen.set(draft.key, draft.savedAt);
    if (store !== this.store || draft.key !== this.key) return;
    this.found = this.savedElsewhere = draft;
    this.typedWhileOffered = true;
    this.host.requestUpdate();
  }

  /** Forms opening on the page read the store only once what this one has started is done. */
  private awaitedByOthers(store: DraftStore): void {
    pageSaves.set(store, Promise.all([pageSaves.get(store), this.saving]));
  }

  private saveWaiting(): void {
    if (this.timer === undefined) return;
    window.clearTimeout(this.timer);
    this.timer = undefined;
    void this.save();
  }

  /** Reads the draft for the host's store and key now, to offer it. */
  private check(): void {
    const store = this.options.store();
    if (store !== this.store) this.seen.clear();
    this.store = store;
    const key = (this.key = this.options.key());
    this.found = null;
    this.typedWhileOffered = false;
    this.changesKept = this.changes;
    // A microtask later: a form opened in the listener of the event that sends its key's draft sees that send.
    if (store && key) this.checking = Promise.resolve().then(() => Promise.all([pageSaves.get(store), pageSends.get(store)?.get(key)])).then(() => this.look(store, key));
  }

  private look(store: DraftStore, key: string): Promise<void> {
    return Promise.all([store.load(key), this.options.beforeOffer?.()]).then(
      ([draft]) => {
        if (store !== this.store) return;
        this.seen.set(key, draft?.savedAt ?? null);
        this.lastSaved = '';
        if (key !== this.key) return;
        this.found = draft;
        this.host.requestUpdate();
      },
      // A draft that cannot be read is not offered, and not saved over (see save()); the form still works.
      () => undefined,
    );
  }

  private readonly onLeave = (event: Event): void => {
    if (event.type === 'pagehide') this.rescue();
    // A hidden page may never run the save timer: the last second of typing is saved at once.
    if (event.type === 'pagehide' || document.visibilityState === 'hidden') this.saveWaiting();
  };

  /**
   * A closing page is usually ended before a save lands: answers the user changed and that are not yet
   * saved are copied at once (a plain store only, see DraftStore.rescue), unless a draft on offer is
   * the user's to see first.
   */
  private rescue(): void {
    const { store, key } = this;
    if (!store || !key || this.changes === this.changesKept || !this.seen.has(key) || this.offer?.key === key) return;
    const value = this.options.value();
    if (JSON.stringify([key, this.seen.get(key), value]) === this.lastSaved) return;
    const kept = store.rescue(key, value);
    // The save started as the page closes goes over the copy, as the page may yet stay (the back/forward cache).
    if (kept) this.seen.set(key, kept.savedAt);
  }
}

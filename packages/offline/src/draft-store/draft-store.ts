import { OfflineDatabase, STRICT, assertName, type OfflineDb, type StoredDraft } from '../shared/database.js';
import { OfflineStorageError } from '../shared/errors.js';
import { openChannel } from '../shared/channel.js';
import { reportCopyFailure, type RecordMirror } from '../shared/mirror.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { aesGcmCodec, nullIfOtherKey, plainCodec, type Codec } from '../crypto/crypto.js';

/** JSON-serialisable data: what a draft value or outbox payload may hold. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** What a user typed and has not yet submitted, as kept on this device. */
export interface Draft<T extends Json = Json> {
  /** The host's name for the draft, for example "visit-note:case-4471". */
  key: string;
  value: T;
  /** When it was saved, in milliseconds since the epoch. */
  savedAt: number;
  /** The version of the host's form schema the value was written for. */
  version: number;
}

export interface DraftStoreOptions {
  /** Names the database on this device; use one name per application. */
  name: string;
  /** A non-extractable AES-GCM key: with it, drafts are encrypted at rest. Without it they are plain. */
  key?: CryptoKey;
  /** The schema version written with each draft, unless save() is given one. Default 1. */
  version?: number;
  clock?: Clock;
}

/**
 * Thrown by `save()` given `over` when the draft stored under the key is not the one the caller
 * last read or saved: another tab, or another form, has saved it since. Nothing was written over;
 * `draft` is what is stored now, for the caller to offer back before saving again.
 */
export class DraftChangedError extends Error {
  override readonly name = 'DraftChangedError';
  constructor(readonly draft: Draft) {
    super(`The draft "${draft.key}" was saved elsewhere since it was last read`);
  }
}

const MAX_KEY_LENGTH = 500;

function assertKey(key: unknown, where: string): asserts key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new TypeError(`${where}: key must be a non-empty string of at most ${MAX_KEY_LENGTH} characters`);
  }
}

function assertVersion(version: unknown, where: string): asserts version is number {
  if (!Number.isSafeInteger(version) || (version as number) < 0) {
    throw new TypeError(`${where}: version must be a whole number, 0 or more`);
  }
}

/** Throws a TypeError naming the field when a value is not plain JSON data. */
export function assertJson(value: unknown, field: string, seen = new Set<object>()): asserts value is Json {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${field} must be a finite number, not ${value}`);
    return;
  }
  if (typeof value !== 'object') throw new TypeError(`${field} must be JSON data, not ${typeof value}`);
  if (seen.has(value)) throw new TypeError(`${field} refers to itself`);
  seen.add(value);
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertJson(item, `${field}[${index}]`, seen));
  } else {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(`${field} must be a plain object, not ${value.constructor?.name ?? 'an object'}`);
    }
    for (const [name, item] of Object.entries(value)) assertJson(item, `${field}.${name}`, seen);
  }
  seen.delete(value);
}

/** Checks a draft read from storage or given by a host, naming the first bad field. */
export function validateDraft(value: unknown): Draft {
  if (typeof value !== 'object' || value === null) throw new TypeError('draft must be an object');
  const draft = value as Draft;
  assertKey(draft.key, 'draft');
  assertJson(draft.value, 'draft.value');
  if (!Number.isFinite(draft.savedAt)) throw new TypeError('draft.savedAt must be a time in milliseconds');
  assertVersion(draft.version, 'draft');
  return { key: draft.key, value: draft.value, savedAt: draft.savedAt, version: draft.version };
}

type Listener = () => void;

/**
 * Drafts of what a user typed, kept in IndexedDB so they survive a closed tab, a crashed
 * browser or a dead battery. save() resolves only after the browser has flushed the
 * write to disk (strict durability) and the library has read it back.
 */
export class DraftStore {
  readonly name: string;
  private readonly db: OfflineDatabase;
  private readonly codec: Codec;
  private readonly version: number;
  private readonly clock: Clock;
  private readonly listeners = new Set<Listener>();
  private readonly channel;

  constructor(options: DraftStoreOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('DraftStore: options must be an object');
    assertName(options.name, 'DraftStore');
    this.name = options.name;
    this.db = new OfflineDatabase(options.name);
    this.codec = options.key ? aesGcmCodec(options.key) : plainCodec;
    this.version = options.version ?? 1;
    assertVersion(this.version, 'DraftStore');
    this.clock = options.clock ?? systemClock;
    this.channel = openChannel(this.name, (message) => {
      if (message.kind !== 'outbox') this.notify();
    });
  }

  /** True when drafts are encrypted at rest. */
  get encrypted(): boolean {
    return this.codec.encrypts;
  }

  /** Calls listener whenever drafts change in this tab or another. Returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Saves a draft and resolves with it once it is on disk and has been read back.
   * Throws a TypeError for a bad key or value, or an OfflineStorageError if the device
   * could not keep it (the caller must keep the answers on screen and say so).
   *
   * `over` is the `savedAt` of the draft this one replaces, as the caller last read or saved it,
   * or null for none. Given, a draft saved under the key since (by the same record open in another
   * tab) is not written over: the save rejects with a DraftChangedError holding it.
   */
  async save<T extends Json>(key: string, value: T, { version = this.version, over }: { version?: number; over?: number | null } = {}): Promise<Draft<T>> {
    assertKey(key, 'DraftStore.save');
    assertJson(value, 'DraftStore.save: value');
    assertVersion(version, 'DraftStore.save');
    if (over !== undefined && over !== null && !Number.isFinite(over)) throw new TypeError("DraftStore.save: over must be a draft's savedAt, or null");
    return this.oneTabAtATime(async () => {
      const stored = over === undefined ? null : await this.load(key);
      if (stored && stored.savedAt !== over) throw new DraftChangedError(stored);
      // Each draft a tab replaces gets a later time than the one before, even within a millisecond or
      // with the device's clock put back, so that no tab takes it for a draft it saw earlier.
      const savedAt = Math.max(this.clock.now(), (stored?.savedAt ?? -Infinity) + 1);
      return this.write({ key, value, savedAt, version });
    });
  }

  /**
   * Keeps a copy of a draft at once, synchronously, for a page that is closing: the browser usually
   * ends a closed page before a save to IndexedDB lands. For a plain store only (the copy is plain
   * data in localStorage, as the store's drafts already are); an encrypted store cannot seal a draft
   * synchronously and keeps nothing. Returns the draft kept, or null. `load()` and `list()` give it
   * back when it is newer than the draft saved, and the next save or deletion of the key clears it:
   * a form that may stay open saves next `over` the returned draft's `savedAt`.
   */
  rescue<T extends Json>(key: string, value: T): Draft<T> | null {
    assertKey(key, 'DraftStore.rescue');
    assertJson(value, 'DraftStore.rescue: value');
    if (this.codec.encrypts) return null;
    const draft: Draft<T> = { key, value, savedAt: this.clock.now(), version: this.version };
    try {
      localStorage.setItem(this.rescueKey(key), JSON.stringify(draft));
      return draft;
    } catch {
      // No localStorage, or it is full: the save started as the page closed is all there is.
      return null;
    }
  }

  /** Writes the draft in place of every copy of its key, and reads it back. */
  private async write<T extends Json>(draft: Draft<T>): Promise<Draft<T>> {
    const { record, stale } = await this.db.run('Saving the draft', async (db) => {
      const stale = await this.idsFor(db, draft.key);
      const record: StoredDraft = { id: this.codec.encrypts ? crypto.randomUUID() : draft.key, body: await this.codec.seal(draft) };
      const tx = db.transaction('drafts', 'readwrite', STRICT);
      await Promise.all([
        tx.store.put(record),
        ...stale.filter((id) => id !== record.id).map((id) => tx.store.delete(id)),
        tx.done,
      ]);
      const stored = await db.get('drafts', record.id);
      if (!stored || !this.codec.same(stored.body, record.body)) {
        // Another tab may have saved the same key a moment later; that is not a failure.
        const newer = stored && validateDraft(await this.codec.open(stored.body)).savedAt >= draft.savedAt;
        if (!newer) throw new OfflineStorageError('not-verified', 'The saved draft could not be read back');
      }
      return { record, stale };
    });
    await this.mirror(async (mirror) => {
      // The new copy must be in place before the old one goes: an encrypted draft's copies
      // have different ids, and a browser killed in between would otherwise leave neither.
      await mirror.write(record);
      await mirror.remove(stale.filter((id) => id !== record.id));
    });
    this.forgetRescue(draft.key);
    this.changed();
    return draft;
  }

  /**
   * The draft saved under key, or null. A draft sealed under another key (the key was rotated,
   * or another user's on a shared device) is left in place and not returned; a record that
   * fails to validate is an error, not null.
   */
  async load<T extends Json = Json>(key: string): Promise<Draft<T> | null> {
    assertKey(key, 'DraftStore.load');
    const matches = (await this.read(true)).filter((draft) => draft.key === key);
    return (matches[0] as Draft<T> | undefined) ?? null;
  }

  /**
   * Deletes the draft saved under key (every copy of it). With `savedAt`, only if it is still the
   * draft saved then: one saved since (in another tab) is kept. Resolves with whether it was deleted.
   */
  async remove(key: string, { savedAt }: { savedAt?: number } = {}): Promise<boolean> {
    assertKey(key, 'DraftStore.remove');
    if (savedAt !== undefined && !Number.isFinite(savedAt)) throw new TypeError("DraftStore.remove: savedAt must be the draft's savedAt");
    return this.oneTabAtATime(async () => {
      if (savedAt !== undefined && (await this.load(key))?.savedAt !== savedAt) return false;
      const ids = await this.db.run('Deleting the draft', async (db) => {
        const ids = await this.idsFor(db, key);
        const tx = db.transaction('drafts', 'readwrite', STRICT);
        await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
        return ids;
      });
      await this.mirror((mirror) => mirror.remove(ids));
      this.forgetRescue(key);
      this.changed();
      return true;
    });
  }

  /** Every draft on this device, newest first. A draft sealed under another key is an error here, so it is always counted. */
  async list(): Promise<Draft[]> {
    return this.read(false);
  }

  private async read(skipOtherKeys: boolean): Promise<Draft[]> {
    const records = await this.db.run('Reading drafts', (db) => db.getAll('drafts'));
    const opened = await Promise.all(records.map((record) => this.codec.open(record.body).catch(skipOtherKeys ? nullIfOtherKey : undefined)));
    const drafts = [...opened.filter((draft) => draft !== null).map(validateDraft), ...this.rescued()];
    // With encryption two tabs can briefly hold two copies of one key: the newest wins.
    const newest = new Map<string, Draft>();
    for (const draft of drafts.sort((a, b) => b.savedAt - a.savedAt)) if (!newest.has(draft.key)) newest.set(draft.key, draft);
    return [...newest.values()];
  }

  /** Deletes every draft of this store on this device. */
  async clearAll(): Promise<void> {
    // The copies go first, so that cleared drafts can never be put back.
    await this.mirror((mirror) => mirror.clear());
    for (const name of this.rescueNames()) localStorage.removeItem(name);
    await this.db.run('Deleting drafts', async (db) => {
      const tx = db.transaction('drafts', 'readwrite', STRICT);
      await Promise.all([tx.store.clear(), tx.done]);
    });
    this.changed();
  }

  /**
   * Runs one save or deletion at a time across this device's tabs (Web Locks), so a draft read
   * to be compared is still the one stored when the write lands. Without Web Locks, runs it at once.
   */
  private oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return locks ? (locks.request(`kith-offline:${this.name}:drafts`, work) as Promise<T>) : work();
  }

  private rescueKey(key: string): string {
    return `kith-offline:${this.name}:rescued:${key}`;
  }

  /** The localStorage names of the copies rescue() kept for this store. */
  private rescueNames(): string[] {
    const prefix = this.rescueKey('');
    try {
      return Object.keys(localStorage).filter((name) => name.startsWith(prefix));
    } catch {
      // No localStorage here: nothing was rescued.
      return [];
    }
  }

  /** The drafts rescue() kept on this device for this store; a copy that is not a draft is left out. */
  private rescued(): Draft[] {
    if (this.codec.encrypts) return [];
    const drafts: Draft[] = [];
    for (const name of this.rescueNames()) {
      try {
        drafts.push(validateDraft(JSON.parse(localStorage.getItem(name) ?? '')));
      } catch {
        // Not a draft (edited by hand, or cut short): a rescue copy never breaks reading the store.
      }
    }
    return drafts;
  }

  private forgetRescue(key: string): void {
    try {
      localStorage.removeItem(this.rescueKey(key));
    } catch {
      // No localStorage here: nothing to forget.
    }
  }

  /** Closes the database connection and stops listening to other tabs. */
  close(): void {
    this.channel.close();
    this.db.forget();
  }

  /** The stored ids that hold key. Plain drafts are stored under their key; encrypted ones under random ids. */
  private async idsFor(db: OfflineDb, key: string): Promise<string[]> {
    if (!this.codec.encrypts) return [key];
    const records = await db.getAll('drafts');
    const ids: string[] = [];
    for (const record of records) {
      const draft = (await this.codec.open(record.body).catch(nullIfOtherKey)) as Draft | null;
      if (draft?.key === key) ids.push(record.id);
    }
    return ids;
  }

  /** Updates the copy kept beside IndexedDB. IndexedDB is the record; a failed copy only weakens recovery. */
  private async mirror(update: (mirror: RecordMirror) => Promise<unknown>): Promise<void> {
    await update(this.db.mirrors.drafts).catch(reportCopyFailure);
  }

  private changed(): void {
    this.channel.post({ kind: 'drafts' });
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

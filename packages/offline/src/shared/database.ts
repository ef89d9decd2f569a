import { openDB, deleteDB, type DBSchema, type IDBPDatabase } from 'idb';
import { OfflineStorageError, classifyFailure, storageError } from './errors.js';
import { RecordMirror } from './mirror.js';

/** A draft as stored: its id and a body that is plain data or AES-GCM ciphertext. */
export interface StoredDraft {
  id: string;
  body: unknown;
}

/** An outbox item as stored: what delivery needs in the clear, everything else in body. */
export interface StoredItem {
  id: string;
  seq: number;
  createdAt: number;
  status: 'pending' | 'failed' | 'conflict';
  attempts: number;
  nextAttemptAt: number;
  body: unknown;
}

interface OfflineSchema extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  outbox: { key: string; value: StoredItem; indexes: { seq: number } };
  meta: { key: string; value: unknown };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

const VERSION = 1;
/** The meta key that marks copies still to be put back into a database that had to be created. */
const RESTORING = 'restoring';
/**
 * Checks of the copies under way in this page, by database: a DraftStore and an Outbox of one
 * name usually open together, and the check costs tens of milliseconds with a long outbox.
 */
const checksInProgress = new Map<string, Promise<void>>();
/** How many times an operation is tried, reopening the database in between. */
const ATTEMPTS = 3;

export function databaseName(name: string): string {
  return `kith-offline:${name}`;
}

/** Checks a store name the host chose: it names the database and the cross-tab channels. */
export function assertName(name: unknown, where: string): asserts name is string {
  if (typeof name !== 'string' || !/^[\w.-]{1,100}$/.test(name)) {
    throw new TypeError(`${where}: name must be 1 to 100 letters, digits, dots, dashes or underscores`);
  }
}

type FailureListener = (failure: OfflineStorageError | null) => void;
const failureListeners = new Map<string, Set<FailureListener>>();

/**
 * Calls listener with the error when an operation on the named database finally fails,
 * and with null when one succeeds again. SyncState uses it to show "device full".
 */
export function onStorageFailure(name: string, listener: FailureListener): () => void {
  const set = failureListeners.get(name) ?? new Set();
  failureListeners.set(name, set);
  set.add(listener);
  return () => set.delete(listener);
}

function reportFailure(name: string, failure: OfflineStorageError | null): void {
  for (const listener of failureListeners.get(name) ?? []) listener(failure);
}

/**
 * One connection to the offline database of a name, opened when first needed and
 * reopened after the browser closes it (another tab deleting the database, or the
 * "connection to Indexed Database server lost" case after a crash of the storage process).
 */
export class OfflineDatabase {
  private connection?: Promise<OfflineDb>;
  private failing = false;
  /** Copies of drafts and outbox items outside IndexedDB, to put back what the browser deletes. */
  readonly mirrors: Record<'drafts' | 'outbox', RecordMirror>;
  /** What happened the last time this database had to be created: records put back from the copies. */
  recovery: { dataLoss: boolean; restored: number } | null = null;

  constructor(readonly name: string) {
    assertName(name, 'OfflineDatabase');
    this.mirrors = { drafts: new RecordMirror(databaseName(name), 'drafts'), outbox: new RecordMirror(databaseName(name), 'outbox') };
  }

  open(): Promise<OfflineDb> {
    this.connection ??= this.connect().catch((error) => {
      this.connection = undefined;
      throw error;
    });
    return this.connection;
  }

  private async connect(): Promise<OfflineDb> {
    // Some private modes and locked-down browsers have no IndexedDB at all: say so, not "undefined".
    if (!globalThis.indexedDB) throw new DOMException('No IndexedDB', 'NotSupportedError');
    let dataLoss = false;
    const db = await openDB<OfflineSchema>(databaseName(this.name), VERSION, {
      upgrade(db, _oldVersion, _newVersion, transaction, event) {
        // Chromium sets dataLoss when it deleted a damaged database before this open.
        dataLoss = (event as IDBVersionChangeEvent & { dataLoss?: string }).dataLoss === 'total';
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('seq', 'seq');
        db.createObjectStore('meta');
        // Marks the copies as still to be put back, until restore() has done so: a crash
        // or a failure part way through leaves the mark, and the next open finishes the job.
        void transaction.objectStore('meta').put(true, RESTORING);
      },
      // Another tab wants to delete or upgrade the database: let it, and reopen later.
      blocking: () => this.forget(),
      terminated: () => {
        this.connection = undefined;
      },
    });
    try {
      if (await db.get('meta', RESTORING)) await this.restore(db, dataLoss);
      else await this.checkCopiesOnce(db);
    } catch (error) {
      db.close();
      throw error;
    }
    return db;
  }

  /**
   * Puts back the copies of drafts and outbox items into a database that had to be created.
   * Another connection (this tab or another) may be doing the same: the mark is checked again
   * inside the write, and records already there are left as they are.
   */
  private async restore(db: OfflineDb, dataLoss: boolean): Promise<void> {
    const [drafts, items] = await Promise.all([this.mirrors.drafts.readAll(), this.mirrors.outbox.readAll()]);
    const isRecord = (value: unknown): value is { id: string } => typeof (value as { id?: unknown })?.id === 'string';
    const goodItems = items.filter((item): item is StoredItem => isRecord(item) && Number.isFinite((item as StoredItem).seq));
    const goodDrafts = drafts.filter(isRecord) as StoredDraft[];
    const tx = db.transaction(['drafts', 'outbox', 'meta'], 'readwrite', STRICT);
    let restored = 0;
    if (await tx.objectStore('meta').get(RESTORING)) {
      const [draftIds, itemIds] = await Promise.all([tx.objectStore('drafts').getAllKeys(), tx.objectStore('outbox').getAllKeys()]);
      const presentDrafts = new Set(draftIds);
      const presentItems = new Set(itemIds);
      const absentDrafts = goodDrafts.filter((draft) => !presentDrafts.has(draft.id));
      const absentItems = goodItems.filter((item) => !presentItems.has(item.id));
      restored = absentDrafts.length + absentItems.length;
      await Promise.all([
        ...absentDrafts.map((draft) => tx.objectStore('drafts').put(draft)),
        ...absentItems.map((item) => tx.objectStore('outbox').put(item)),
        tx.objectStore('meta').delete(RESTORING),
      ]);
    }
    await tx.done;
    this.recovery = { dataLoss, restored };
    if (restored > 0) {
      console.warn(`@kith/offline: ${databaseName(this.name)} was missing; ${restored} record(s) put back from the copies kept beside it`);
    }
  }

  /** Runs checkCopies, or waits for the check another store of this page is already making. */
  private async checkCopiesOnce(db: OfflineDb): Promise<void> {
    let check = checksInProgress.get(this.name);
    if (!check) {
      check = this.checkCopies(db).finally(() => checksInProgress.delete(this.name));
      checksInProgress.set(this.name, check);
    }
    await check;
  }

  /**
   * Brings the copies in line with the records (see RecordMirror.reconcile): a copy can fail to
   * be written or be lost when the browser is killed moments later, and a copy can outlive its
   * record (another tab clearing the store as this one opened it). Checked on every open, so
   * such a gap lasts only until the page is next opened. A failure here is only reported:
   * the records themselves are safe in IndexedDB.
   */
  private async checkCopies(db: OfflineDb): Promise<void> {
    try {
      const { drafts, outbox } = this.mirrors;
      const [listedDrafts, listedItems] = await Promise.all([drafts.list(), outbox.list()]);
      if (!listedDrafts || !listedItems) return;
      const [draftRecords, itemRecords] = await Promise.all([db.getAll('drafts'), db.getAll('outbox')]);
      await Promise.all([
        drafts.reconcile(listedDrafts, draftRecords, { compare: true }),
        outbox.reconcile(listedItems, itemRecords, { compare: false }),
      ]);
    } catch (error) {
      console.warn(`@kith/offline: the copies of ${databaseName(this.name)} could not be checked`, error);
    }
  }

  /**
   * Runs an operation, reopening the database and trying again when the connection was
   * lost or the write did not verify; after the last try it throws an OfflineStorageError
   * that says why. TypeErrors (bad input) are thrown at once.
   */
  async run<T>(what: string, operation: (db: OfflineDb) => Promise<T>, attempts = ATTEMPTS): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await operation(await this.open());
        if (this.failing) {
          this.failing = false;
          reportFailure(this.name, null);
        }
        return result;
      } catch (error) {
        if (error instanceof TypeError) throw error;
        const reason = error instanceof OfflineStorageError ? error.reason : classifyFailure(error);
        if (attempt >= attempts || reason === 'unavailable') {
          const failure = storageError(error, what);
          this.failing = true;
          reportFailure(this.name, failure);
          throw failure;
        }
        this.forget();
      }
    }
  }

  /** Closes the connection; the next operation opens a new one. */
  forget(): void {
    const connection = this.connection;
    this.connection = undefined;
    connection?.then((db) => db.close()).catch(() => undefined);
  }

  /** Deletes the whole database (drafts, outbox, keys, last sync time) on this device. */
  async destroy(): Promise<void> {
    this.forget();
    // Copies first: a database deleted while its copies remain would come back on the next open.
    await RecordMirror.destroy(databaseName(this.name));
    await deleteDB(databaseName(this.name));
  }
}

/** Writes with strict durability: the browser flushes to disk before the write completes. */
export const STRICT = { durability: 'strict' } as const;

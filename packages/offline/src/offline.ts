import { DraftStore } from './draft-store/draft-store.js';
import { Outbox, type OutboxOptions } from './outbox/outbox.js';
import { SyncState, type SyncStateOptions } from './sync-state/sync-state.js';
import { OfflineDatabase, STRICT, assertName } from './shared/database.js';
import { openChannel } from './shared/channel.js';
import { generateKey, isSealed } from './crypto/crypto.js';
import type { Clock } from './shared/clock.js';

const DEVICE_KEY = 'deviceKey';

/**
 * Loads this device's key for a store name, creating it the first time: a random,
 * non-extractable AES-GCM key kept in the store's own database, so clearing the store
 * also destroys the key. It hides data from anything that reads the profile's files
 * (and makes deleted leftovers unreadable), but someone with a copy of the whole browser
 * profile could use it. For more, import key material from your server after sign-in
 * with importKey() and keep it in memory only.
 */
export async function deviceKey(name: string): Promise<CryptoKey> {
  assertName(name, 'deviceKey');
  const db = new OfflineDatabase(name);
  try {
    return await db.run('Reading the device key', async (connection) => {
      const existing = await connection.get('meta', DEVICE_KEY);
      if (existing instanceof CryptoKey) return existing;
      const key = await generateKey();
      const tx = connection.transaction(['meta', 'drafts', 'outbox'], 'readwrite', STRICT);
      // Two tabs may race to create it: the first one written wins and both use that one.
      const raced = await tx.objectStore('meta').get(DEVICE_KEY);
      if (raced instanceof CryptoKey) return raced;
      // Records sealed under a key that is gone (the browser deleted a damaged database and
      // the copies came back without it) can never be read again: drop them so the store works.
      const lost: { store: 'drafts' | 'outbox'; id: string }[] = [];
      for (const store of ['drafts', 'outbox'] as const) {
        for (const record of await tx.objectStore(store).getAll()) {
          if (isSealed(record.body)) {
            lost.push({ store, id: record.id });
            await tx.objectStore(store).delete(record.id);
          }
        }
      }
      await Promise.all([tx.objectStore('meta').put(key, DEVICE_KEY), tx.done]);
      if (lost.length) {
        console.warn(`@kith/offline: ${lost.length} encrypted record(s) of ${name} could not be kept: their key was lost`);
        const idsIn = (store: 'drafts' | 'outbox') => lost.filter((record) => record.store === store).map((record) => record.id);
        await Promise.all([db.mirrors.drafts.remove(idsIn('drafts')), db.mirrors.outbox.remove(idsIn('outbox'))]);
      }
      return key;
    });
  } finally {
    db.forget();
  }
}

export interface OfflineOptions {
  /** Names the database on this device; one per application. */
  name: string;
  /** Sends one outbox item to the server; see Outbox. Give send, sendBatch or both. */
  send?: OutboxOptions['send'];
  /** Sends several outbox items in one request, one result per item; see Outbox. Used for every item when given. */
  sendBatch?: OutboxOptions['sendBatch'];
  /** A non-extractable AES-GCM key; without it drafts and the outbox are stored as plain data. */
  key?: CryptoKey;
  /** The schema version written with drafts. */
  draftVersion?: number;
  heartbeatUrl?: string;
  clock?: Clock;
  outbox?: Omit<OutboxOptions, 'name' | 'send' | 'sendBatch' | 'key' | 'clock'>;
  sync?: Omit<SyncStateOptions, 'name' | 'outbox' | 'heartbeatUrl' | 'clock'>;
}

/** What is still only on this device: changes not yet sent, and drafts not yet submitted. */
export interface Unsent {
  changes: number;
  drafts: number;
}

/**
 * Drafts, outbox and sync state of one application, wired together: the outbox pauses
 * while offline, the sync state counts the outbox, and clearAll() wipes everything.
 */
export class KithOffline {
  readonly drafts: DraftStore;
  readonly outbox: Outbox;
  readonly sync: SyncState;
  readonly name: string;

  constructor(options: OfflineOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('KithOffline: options must be an object');
    assertName(options.name, 'KithOffline');
    const { name, key, clock } = options;
    this.name = name;
    this.drafts = new DraftStore({ name, key, clock, version: options.draftVersion });
    this.outbox = new Outbox({ ...options.outbox, name, key, clock, send: options.send, sendBatch: options.sendBatch });
    this.sync = new SyncState({ ...options.sync, name, outbox: this.outbox, heartbeatUrl: options.heartbeatUrl, clock });
  }

  /** Starts watching the connection and sending (one tab sends; the others follow). */
  async start(): Promise<void> {
    await this.sync.start();
    this.outbox.start();
  }

  /** Counts what would be lost by clearing this device now, changes sealed under another key included. */
  async unsent(): Promise<Unsent> {
    const db = new OfflineDatabase(this.name);
    try {
      const [changes, drafts] = await Promise.all([db.run('Counting the outbox', (connection) => connection.count('outbox')), this.drafts.list()]);
      return { changes, drafts: drafts.length };
    } finally {
      db.forget();
    }
  }

  /** True when anything on this device has not reached the server. Ask before signing out. */
  async hasUnsent(): Promise<boolean> {
    const { changes, drafts } = await this.unsent();
    return changes + drafts > 0;
  }

  /**
   * Deletes everything this store keeps on the device: drafts, the outbox, the device
   * key and the last sync time, in every tab. Call it only after hasUnsent() and, if
   * anything is unsent, the user's confirmation.
   */
  async clearAll(): Promise<void> {
    this.outbox.stop();
    this.drafts.close();
    this.outbox.close();
    this.sync.stop();
    await new OfflineDatabase(this.name).destroy();
    const channel = openChannel(this.name, () => undefined);
    channel.post({ kind: 'cleared' });
    channel.close();
  }

  /** Stops sending and watching, and closes connections. */
  close(): void {
    this.sync.stop();
    this.drafts.close();
    this.outbox.close();
  }
}

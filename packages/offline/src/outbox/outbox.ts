import { OfflineDatabase, STRICT, assertName, type StoredItem } from '../shared/database.js';
import { OfflineStorageError } from '../shared/errors.js';
import { openChannel } from '../shared/channel.js';
import { reportCopyFailure, type RecordMirror } from '../shared/mirror.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { aesGcmCodec, nullIfOtherKey, plainCodec, type Codec } from '../crypto/crypto.js';
import { assertJson, type Json } from '../draft-store/draft-store.js';

export type OutboxStatus = 'pending' | 'failed' | 'conflict';

/** A change waiting to reach the server. Its id is the idempotency key the server dedupes on. */
export interface OutboxItem<T extends Json = Json> {
  /** The idempotency key: send it with every attempt, so the server applies the change once. */
  id: string;
  /** What kind of change this is, for example "visit-note". */
  type: string;
  payload: T;
  /** A short description a user recognises ("Visit note for Sam, 3 March"); shown in the queue. */
  summary: string;
  /** Items of the same group are sent in order: a later one waits until the earlier one is sent. */
  group: string | null;
  createdAt: number;
  /** The order items were queued in, across tabs. */
  seq: number;
  /** pending: will be sent; failed: still retried, but the user should know; conflict: waits for the user. */
  status: OutboxStatus;
  attempts: number;
  /** When the next automatic attempt is due, in milliseconds since the epoch. */
  nextAttemptAt: number;
  lastError: string | null;
  /** The server's version, when the server reported a conflict. */
  conflict: { server: Json } | null;
  /** Set when the user chose to keep their own version of a conflicting change: send() should overwrite. */
  resolution: 'local' | null;
}

/** What the host's send() or sendBatch() reports for one item. A thrown error counts as 'retry' and is shown as the last error. */
export type SendResult = 'sent' | 'retry' | { conflict: Json };

/** Give send, sendBatch or both; when sendBatch is given every item goes through it. */
export interface OutboxOptions {
  /** Names the database on this device; use the same name as the DraftStore. */
  name: string;
  /** Sends one item to the server with item.id as its idempotency key. */
  send?: (item: OutboxItem) => Promise<SendResult>;
  /**
   * Sends up to batchSize items in one request, each with its item.id as its idempotency key,
   * and resolves with one result per item, in the same order. A thrown error, or an array of
   * the wrong length, counts as 'retry' for every item of the batch. Items of one group are
   * never in the same batch: the next one is sent once the earlier one is sent.
   */
  sendBatch?: (items: OutboxItem[]) => Promise<SendResult[]>;
  /** The most items given to one sendBatch() call. Default 50. */
  batchSize?: number;
  /** A non-extractable AES-GCM key: with it, payloads (and types, summaries, errors) are encrypted at rest. */
  key?: CryptoKey;
  clock?: Clock;
  /** Random numbers in [0, 1) for jitter. */
  random?: () => number;
  /** The first retry waits about baseMs; each one after waits twice as long, up to maxMs. Defaults 2 s and 5 min. */
  backoff?: { baseMs?: number; maxMs?: number };
  /** After this many attempts an item counts as failed for the user (it is still retried). Default 5. */
  failAfter?: number;
  /**
   * How many requests (send() or sendBatch() calls) are open at once. Default 4. Outcomes are
   * written to disk in batches while the next items are sent; at most as many more items as
   * these requests carry wait for their outcome to be written.
   */
  concurrency?: number;
  /** Web Locks, so one tab sends at a time. Default navigator.locks. */
  locks?: LockManager;
}

/** The counts a status display shows. */
export interface OutboxCounts {
  pending: number;
  failed: number;
  conflicts: number;
  /** Items being sent now by whichever tab is sending. */
  sending: number;
  /** When an item last reached the server, or null. */
  lastSentAt: number | null;
}

/** The part of an item that is sealed (encrypted when there is a key). */
type Body = Pick<OutboxItem, 'type' | 'payload' | 'summary' | 'group' | 'lastError' | 'conflict' | 'resolution'>;

/** What the host said about one item in one attempt, and the error to show when it was not sent. */
interface Reply {
  result: SendResult;
  error: string | null;
}

/** What one attempt came to: the item as it should be kept, or null when the server has it. */
interface Outcome {
  item: OutboxItem;
  next: OutboxItem | null;
}

const STATUSES: readonly OutboxStatus[] = ['pending', 'failed', 'conflict'];
const LAST_SENT = 'lastSentAt';

/** Checks an item read from storage or passed in, naming the first bad field. */
export function validateOutboxItem(value: unknown): OutboxItem {
  if (typeof value !== 'object' || value === null) throw new TypeError('outbox item must be an object');
  const item = value as OutboxItem;
  if (typeof item.id !== 'string' || !item.id) throw new TypeError('outbox item.id must be a non-empty string');
  if (typeof item.type !== 'string' || !item.type) throw new TypeError('outbox item.type must be a non-empty string');
  assertJson(item.payload, 'outbox item.payload');
  if (typeof item.summary !== 'string') throw new TypeError('outbox item.summary must be a string');
  if (item.group !== null && typeof item.group !== 'string') throw new TypeError('outbox item.group must be a string or null');
  for (const field of ['createdAt', 'seq', 'attempts', 'nextAttemptAt'] as const) {
    if (!Number.isFinite(item[field])) throw new TypeError(`outbox item.${field} must be a number`);
  }
  if (!STATUSES.includes(item.status)) throw new TypeError(`outbox item.status must be one of ${STATUSES.join(', ')}`);
  if (item.lastError !== null && typeof item.lastError !== 'string') throw new TypeError('outbox item.lastError must be a string or null');
  if (item.conflict !== null && (typeof item.conflict !== 'object' || !('server' in item.conflict))) {
    throw new TypeError('outbox item.conflict must be { server } or null');
  }
  if (item.resolution !== null && item.resolution !== 'local') throw new TypeError("outbox item.resolution must be 'local' or null");
  return item;
}

function isSendResult(value: unknown): value is SendResult {
  return value === 'sent' || value === 'retry' || (typeof value === 'object' && value !== null && 'conflict' in value);
}

function positive(value: unknown, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0)) throw new TypeError(`Outbox: ${field} must be a positive number`);
  return value;
}

/**
 * Items that may be tried, whenever they are due: the first unsent item of each group and
 * every ungrouped item, leaving out conflicts (they wait for the user) and items in flight.
 */
export function eligibleItems(items: readonly OutboxItem[], inFlight: ReadonlySet<string>): OutboxItem[] {
  const startedGroups = new Set<string>();
  const eligible: OutboxItem[] = [];
  for (const item of [...items].sort((a, b) => a.seq - b.seq)) {
    const blocked = item.group !== null && startedGroups.has(item.group);
    if (item.group !== null) startedGroups.add(item.group);
    if (!blocked && item.status !== 'conflict' && !inFlight.has(item.id)) eligible.push(item);
  }
  return eligible;
}

/** Eligible items whose next attempt is due now. */
export function dueItems(items: readonly OutboxItem[], now: number, inFlight: ReadonlySet<string>): OutboxItem[] {
  return eligibleItems(items, inFlight).filter((item) => item.nextAttemptAt <= now);
}

/**
 * Changes waiting to reach the server, kept in IndexedDB until the server has them. They go
 * through the host's send(item), one per request, or sendBatch(items), up to batchSize per
 * request with one result per item; either way each item keeps its idempotency key, its own
 * retries and its own outcome. One tab at a time sends (Web Locks); the others follow
 * through a BroadcastChannel.
 * An item is never expired or dropped by the library: it leaves the outbox when the
 * server has it, or when the user discards it.
 */
export class Outbox {
  readonly name: string;
  private readonly db: OfflineDatabase;
  private readonly codec: Codec;
  private readonly send?: OutboxOptions['send'];
  private readonly sendBatch?: OutboxOptions['sendBatch'];
  /** Items per request: batchSize with sendBatch, one with send. */
  private readonly perRequest: number;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly baseMs: number;
  private readonly maxMs: number;
  private readonly failAfter: number;
  private readonly concurrency: number;
  private readonly locks?: LockManager;
  private readonly listeners = new Set<() => void>();
  private readonly channel;

  private online = true;
  private running?: AbortController;
  private leading = false;
  private cache?: Map<string, OutboxItem>;
  /** The last sync time as read or written by this tab; undefined when it must be read again. */
  private lastSentAt?: number | null;
  /** Bumped whenever the cache is dropped or this tab changes the outbox, so a read that raced a change is read again. */
  private generation = 0;
  /** Items being sent, or sent and waiting for their outcome to be on disk. */
  private readonly inFlight = new Set<string>();
  /** Requests open now (at most concurrency), each carrying up to perRequest items. */
  private sending = 0;
  /** Outcomes waiting to be written, and whether a batch is being written now. */
  private outcomes: Outcome[] = [];
  private writing = false;
  private readonly waiters = new Set<() => void>();
  /** What the sending tab last said it is sending (this tab's own count when it sends). */
  private remoteSending = 0;

  constructor(options: OutboxOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('Outbox: options must be an object');
    assertName(options.name, 'Outbox');
    if (options.send !== undefined && typeof options.send !== 'function') throw new TypeError('Outbox: send must be a function');
    if (options.sendBatch !== undefined && typeof options.sendBatch !== 'function') throw new TypeError('Outbox: sendBatch must be a function');
    if (!options.send && !options.sendBatch) throw new TypeError('Outbox: send or sendBatch must be a function');
    const batchSize = positive(options.batchSize, 'batchSize', 50);
    if (!Number.isInteger(batchSize)) throw new TypeError('Outbox: batchSize must be a whole number');
    this.name = options.name;
    this.db = new OfflineDatabase(options.name);
    this.codec = options.key ? aesGcmCodec(options.key) : plainCodec;
    this.send = options.send;
    this.sendBatch = options.sendBatch;
    this.perRequest = options.sendBatch ? batchSize : 1;
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.baseMs = positive(options.backoff?.baseMs, 'backoff.baseMs', 2000);
    this.maxMs = positive(options.backoff?.maxMs, 'backoff.maxMs', 5 * 60_000);
    this.failAfter = positive(options.failAfter, 'failAfter', 5);
    this.concurrency = positive(options.concurrency, 'concurrency', 4);
    this.locks = options.locks ?? (typeof navigator !== 'undefined' ? navigator.locks : undefined);
    this.channel = openChannel(this.name, (message) => {
      if (message.kind === 'drafts') return;
      if (message.kind === 'outbox' && message.sending !== undefined) this.remoteSending = message.sending;
      this.invalidate();
      this.wake();
      this.notify();
    });
  }

  /** True when items are encrypted at rest. */
  get encrypted(): boolean {
    return this.codec.encrypts;
  }

  /** True while this tab is the one that sends. */
  get isSender(): boolean {
    return this.leading;
  }

  /** Calls listener whenever the outbox changes in this tab or another. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Adds a change to the outbox and resolves with it once it is on disk and read back.
   * It gets an idempotency key (its id) that stays the same for every attempt.
   */
  async enqueue<T extends Json>(change: { type: string; payload: T; summary?: string; group?: string | null }): Promise<OutboxItem<T>> {
    if (typeof change !== 'object' || change === null) throw new TypeError('Outbox.enqueue: change must be an object');
    if (typeof change.type !== 'string' || !change.type) throw new TypeError('Outbox.enqueue: type must be a non-empty string');
    assertJson(change.payload, 'Outbox.enqueue: payload');
    if (change.summary !== undefined && typeof change.summary !== 'string') throw new TypeError('Outbox.enqueue: summary must be a string');
    if (change.group !== undefined && change.group !== null && typeof change.group !== 'string') {
      throw new TypeError('Outbox.enqueue: group must be a string');
    }
    const now = this.clock.now();
    const item: OutboxItem<T> = {
      id: crypto.randomUUID(),
      type: change.type,
      payload: change.payload,
      summary: change.summary ?? '',
      group: change.group ?? null,
      createdAt: now,
      seq: 0,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      lastError: null,
      conflict: null,
      resolution: null,
    };
    const record = await this.db.run('Saving the change to send', async (db) => {
      const record = await this.toRecord(item);
      const tx = db.transaction('outbox', 'readwrite', STRICT);
      // The sequence number is taken inside the write transaction, so it is ordered across tabs.
      const last = await tx.store.index('seq').openCursor(null, 'prev');
      record.seq = item.seq = (last?.value.seq ?? 0) + 1;
      await Promise.all([tx.store.put(record), tx.done]);
      const stored = await db.get('outbox', item.id);
      if (!stored || !this.codec.same(stored.body, record.body) || stored.seq !== record.seq) {
        throw new OfflineStorageError('not-verified', 'The change to send could not be read back');
      }
      return record;
    });
    // Not after the copy is written: by then the sending loop may have read, sent and deleted it.
    this.updateCache((cache) => cache.set(item.id, item));
    await this.mirror((mirror) => mirror.write(record));
    this.changed();
    return item;
  }

  /**
   * Every item, in the order queued. An item sealed under another key (the key was rotated, or
   * another user's on a shared device) is left in place, and neither listed nor sent.
   */
  async all(): Promise<OutboxItem[]> {
    // A read that a change overtook (a discarded item still in it) is read again, never used.
    while (!this.cache) {
      const generation = this.generation;
      const records = await this.db.run('Reading the outbox', (db) => db.getAllFromIndex('outbox', 'seq'));
      const items = await Promise.all(records.map((record) => this.fromRecord(record).catch(nullIfOtherKey)));
      if (generation === this.generation) this.cache = new Map(items.filter((item) => item !== null).map((item) => [item.id, item]));
    }
    return [...this.cache.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Items that will be sent (including those waiting to retry). */
  async pending(): Promise<OutboxItem[]> {
    return (await this.all()).filter((item) => item.status === 'pending');
  }

  /** Items that have failed failAfter times: still kept and retried, and shown to the user. */
  async failed(): Promise<OutboxItem[]> {
    return (await this.all()).filter((item) => item.status === 'failed');
  }

  /** Items the server reported a conflict for: they wait for the user to choose a version. */
  async conflicts(): Promise<OutboxItem[]> {
    return (await this.all()).filter((item) => item.status === 'conflict');
  }

  async counts(): Promise<OutboxCounts> {
    const items = await this.all();
    const count = (status: OutboxStatus) => items.filter((item) => item.status === status).length;
    let lastSentAt = this.lastSentAt;
    if (lastSentAt === undefined) {
      const generation = this.generation;
      const stored = await this.db.run('Reading the last sync time', (db) => db.get('meta', LAST_SENT));
      lastSentAt = typeof stored === 'number' ? stored : null;
      // Keep it only if nothing was sent or invalidated while reading.
      if (generation === this.generation && this.lastSentAt === undefined) this.lastSentAt = lastSentAt;
    }
    return {
      pending: count('pending'),
      failed: count('failed'),
      conflicts: count('conflict'),
      sending: this.leading ? this.inFlight.size : this.remoteSending,
      lastSentAt,
    };
  }

  /** True when anything has not reached the server yet, items sealed under another key included: check before signing out. */
  async hasUnsent(): Promise<boolean> {
    return (await this.db.run('Reading the outbox', (db) => db.count('outbox'))) > 0;
  }

  /** Sends an item again now (a user's "Retry"). */
  async retry(id: string): Promise<void> {
    await this.update(id, (item) => ({ ...item, status: item.status === 'conflict' ? 'conflict' : 'pending', nextAttemptAt: this.clock.now() }));
  }

  /**
   * Resolves a conflict with the user's choice: 'local' sends their version again with
   * resolution 'local' (send() should overwrite the server's); 'server' keeps the server's
   * version and removes the item. Only ever call this from a user's choice.
   */
  async resolve(id: string, choice: 'local' | 'server'): Promise<void> {
    if (choice !== 'local' && choice !== 'server') throw new TypeError("Outbox.resolve: choice must be 'local' or 'server'");
    if (choice === 'server') return this.discard(id);
    await this.update(id, (item) => ({ ...item, status: 'pending', resolution: 'local', nextAttemptAt: this.clock.now() }));
  }

  /** Deletes an item that has not been sent. Only ever call this from a user's confirmed choice. */
  async discard(id: string): Promise<void> {
    if (typeof id !== 'string') throw new TypeError('Outbox.discard: id must be a string');
    await this.db.run('Discarding the change', async (db) => {
      const tx = db.transaction('outbox', 'readwrite', STRICT);
      await Promise.all([tx.store.delete(id), tx.done]);
    });
    // Before the copy is removed: until then the sending loop could still send it.
    this.updateCache((cache) => cache.delete(id));
    await this.mirror((mirror) => mirror.remove([id]));
    this.changed();
  }

  /** Deletes every item of this outbox on this device, sent or not. See hasUnsent(). */
  async clearAll(): Promise<void> {
    // The copies go first, so that cleared items can never be put back.
    await this.mirror((mirror) => mirror.clear());
    await this.db.run('Deleting the outbox', async (db) => {
      const tx = db.transaction(['outbox', 'meta'], 'readwrite', STRICT);
      await Promise.all([tx.objectStore('outbox').clear(), tx.objectStore('meta').delete(LAST_SENT), tx.done]);
    });
    this.invalidate();
    this.changed();
  }

  /** Tells the outbox whether the device is online; while offline nothing is attempted. */
  setOnline(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    this.wake();
  }

  /**
   * Starts delivering in this tab: it waits for the sending lock and sends while it holds it.
   * Every tab may call start(); exactly one sends at a time, and another takes over when it closes.
   */
  start(): void {
    if (this.running) return;
    const running = (this.running = new AbortController());
    const deliver = () => this.deliverWhileLeader(running.signal);
    if (!this.locks) {
      void deliver();
      return;
    }
    this.locks.request(`kith-offline:${this.name}:sender`, { signal: running.signal }, deliver).catch((error: unknown) => {
      if ((error as Error)?.name !== 'AbortError') throw error;
    });
  }

  /** Stops delivering (sends in flight finish) and releases the lock for another tab. */
  stop(): void {
    this.running?.abort();
    this.running = undefined;
    this.wake();
  }

  /** Checks now instead of waiting for the next retry time (for example when the network comes back). */
  flush(): void {
    for (const item of this.cache?.values() ?? []) if (item.status !== 'conflict') item.nextAttemptAt = Math.min(item.nextAttemptAt, this.clock.now());
    this.wake();
  }

  /** Stops and closes the database connection and channel. */
  close(): void {
    this.stop();
    this.channel.close();
    this.db.forget();
  }

  /** The wait before attempt n+1: doubling from baseMs up to maxMs, with jitter between half and all of it. */
  backoff(attempts: number): number {
    const ceiling = Math.min(this.maxMs, this.baseMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
  }

  private async deliverWhileLeader(signal: AbortSignal): Promise<void> {
    this.leading = true;
    this.changed();
    try {
      while (!signal.aborted) {
        if (!this.online) {
          await this.sleep(Infinity, signal);
          continue;
        }
        const items = await this.all().catch(() => undefined);
        if (!items) {
          // Storage is failing; try again later rather than spin.
          await this.sleep(this.baseMs, signal);
          continue;
        }
        const now = this.clock.now();
        const eligible = eligibleItems(items, this.inFlight);
        // Bounded twice: requests open, and items sent whose outcome is not yet on disk.
        const room = Math.min((this.concurrency - this.sending) * this.perRequest, 2 * this.concurrency * this.perRequest - this.inFlight.size);
        const due = eligible.filter((item) => item.nextAttemptAt <= now).slice(0, Math.max(0, room));
        for (let i = 0; i < due.length; i += this.perRequest) this.startDelivery(due.slice(i, i + this.perRequest));
        // Sending has started: say so. While it goes on, each written batch carries the count.
        if (due.length > 0 && due.length === this.inFlight.size) this.changed();
        if (this.inFlight.size > 0) {
          await this.sleep(Infinity, signal);
        } else {
          const next = Math.min(...eligible.map((item) => item.nextAttemptAt));
          await this.sleep(next - now, signal);
        }
      }
    } finally {
      // Let sends in flight finish, and their outcomes reach the disk, before another tab takes the lock.
      while (this.inFlight.size > 0) await this.sleep(Infinity);
      this.leading = false;
    }
  }

  /** Sends the items in one request and queues each one's outcome to be written. */
  private startDelivery(items: OutboxItem[]): void {
    for (const item of items) this.inFlight.add(item.id);
    this.sending++;
    void this.attempt(items).then((replies) => {
      this.sending--;
      items.forEach((item, i) => this.outcomes.push({ item, next: this.outcome(item, replies[i]!) }));
      if (!this.writing) void this.writeOutcomes();
      this.wake();
    });
  }

  /** Sends the items once, through sendBatch() or send(); resolves with one reply per item. Never throws. */
  private async attempt(items: OutboxItem[]): Promise<Reply[]> {
    const name = this.sendBatch ? 'sendBatch()' : 'send()';
    const copies = items.map((item) => structuredClone(item));
    let results: unknown;
    try {
      results = this.sendBatch ? await this.sendBatch(copies) : [await this.send!(copies[0]!)];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return items.map(() => ({ result: 'retry', error: message }));
    }
    if (!Array.isArray(results) || results.length !== items.length) {
      const got = Array.isArray(results) ? `${results.length} results` : JSON.stringify(results);
      const error = `${name} returned ${got} for ${items.length} items; all of them will be sent again`;
      return items.map(() => ({ result: 'retry', error }));
    }
    return results.map((result: unknown) =>
      isSendResult(result) ? { result, error: null } : { result: 'retry', error: `${name} returned ${JSON.stringify(result)}, not 'sent', 'retry' or { conflict }` },
    );
  }

  /** The item as it should be kept after a reply, or null when the server has it. Each retry gets its own jitter. */
  private outcome(item: OutboxItem, { result, error }: Reply): OutboxItem | null {
    if (result === 'sent') return null;
    const attempts = item.attempts + 1;
    if (typeof result === 'object') return { ...item, attempts, status: 'conflict', conflict: { server: result.conflict }, lastError: error, resolution: null };
    const status = attempts >= this.failAfter ? 'failed' : 'pending';
    return { ...item, attempts, status, nextAttemptAt: this.clock.now() + this.backoff(attempts), lastError: error };
  }

  /**
   * Writes outcomes down, all that are waiting in one strict transaction, while the next
   * items are sent. An item leaves the outbox (and the counts) only once its outcome is on disk.
   */
  private async writeOutcomes(): Promise<void> {
    this.writing = true;
    while (this.outcomes.length > 0) {
      const batch = this.outcomes;
      this.outcomes = [];
      try {
        await this.writeBatch(batch);
      } catch {
        // The outcomes could not be written down: the items stay as they were and are tried again later.
        for (const { item } of batch) {
          const cached = this.cache?.get(item.id);
          if (cached) cached.nextAttemptAt = this.clock.now() + this.backoff(item.attempts + 1);
        }
      }
      for (const { item } of batch) this.inFlight.delete(item.id);
      this.changed();
    }
    this.writing = false;
  }

  private async writeBatch(batch: readonly Outcome[]): Promise<void> {
    const now = this.clock.now();
    const sent = batch.filter((outcome) => outcome.next === null).map((outcome) => outcome.item.id);
    const kept = batch.flatMap((outcome) => (outcome.next ? [outcome.next] : []));
    // Sealed before the transaction: waiting on anything but IndexedDB would end it.
    const records = await Promise.all(kept.map((item) => this.toRecord(item)));
    const gone = await this.db.run('Recording what the server said', async (db) => {
      const tx = db.transaction(['outbox', 'meta'], 'readwrite', STRICT);
      const store = tx.objectStore('outbox');
      // Only write an item back if no tab discarded it while it was being sent.
      const keep = async (record: StoredItem) => {
        if ((await store.getKey(record.id)) === undefined) return record.id;
        await store.put(record);
        return null;
      };
      const [missing] = await Promise.all([
        Promise.all(records.map(keep)),
        ...sent.map((id) => store.delete(id)),
        sent.length > 0 ? tx.objectStore('meta').put(now, LAST_SENT) : undefined,
        tx.done,
      ]);
      return new Set(missing);
    });
    this.updateCache((cache) => {
      for (const id of sent) cache.delete(id);
      for (const item of kept) {
        if (gone.has(item.id)) cache.delete(item.id);
        else cache.set(item.id, item);
      }
    });
    if (sent.length > 0) this.lastSentAt = now;
    // Not awaited: a copy left behind can only bring back an item the server already has,
    // and its idempotency key makes sending it again harmless.
    if (sent.length > 0) void this.mirror((mirror) => mirror.remove(sent));
  }

  /** Rewrites an item if it still exists (the user may have discarded it meanwhile). */
  private async update(id: string, change: (item: OutboxItem) => OutboxItem): Promise<void> {
    await this.db.run('Updating the change to send', async (db) => {
      const stored = await db.get('outbox', id);
      if (!stored) return;
      const next = change(await this.fromRecord(stored));
      const record = await this.toRecord(next);
      const tx = db.transaction('outbox', 'readwrite', STRICT);
      // Only write if no other tab deleted it between our read and this write.
      const exists = (await tx.store.getKey(id)) !== undefined;
      if (exists) await tx.store.put(record);
      await tx.done;
      this.updateCache((cache) => (exists ? cache.set(id, next) : cache.delete(id)));
    });
    this.changed();
  }

  private async toRecord(item: OutboxItem): Promise<StoredItem> {
    const { type, payload, summary, group, lastError, conflict, resolution } = item;
    const body: Body = { type, payload, summary, group, lastError, conflict, resolution };
    return {
      id: item.id,
      seq: item.seq,
      createdAt: item.createdAt,
      status: item.status,
      attempts: item.attempts,
      nextAttemptAt: item.nextAttemptAt,
      body: await this.codec.seal(body),
    };
  }

  private async fromRecord(record: StoredItem): Promise<OutboxItem> {
    const body = (await this.codec.open(record.body)) as Body;
    const { id, seq, createdAt, status, attempts, nextAttemptAt } = record;
    return validateOutboxItem({ ...body, id, seq, createdAt, status, attempts, nextAttemptAt });
  }

  /** Waits ms (Infinity: until woken), or until wake() or the signal. */
  private sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const stop = new AbortController();
      const done = () => {
        stop.abort();
        this.waiters.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      this.waiters.add(done);
      signal?.addEventListener('abort', done, { once: true });
      if (signal?.aborted) done();
      else if (Number.isFinite(ms)) void this.clock.sleep(Math.max(0, ms), stop.signal).then(done);
    });
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /** Updates the copy kept beside IndexedDB. IndexedDB is the record; a failed copy only weakens recovery. */
  private async mirror(update: (mirror: RecordMirror) => Promise<unknown>): Promise<void> {
    await update(this.db.mirrors.outbox).catch(reportCopyFailure);
  }

  /** Applies a change this tab wrote to the cached items. A read under way may predate the write, so it is not kept. */
  private updateCache(change: (cache: Map<string, OutboxItem>) => void): void {
    if (this.cache) change(this.cache);
    this.generation++;
  }

  private invalidate(): void {
    this.cache = undefined;
    this.lastSentAt = undefined;
    this.generation++;
  }

  private changed(): void {
    // The sending tab tells the others how many items it is sending with every change.
    this.channel.post(this.leading ? { kind: 'outbox', sending: this.inFlight.size } : { kind: 'outbox' });
    this.wake();
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) {
      try {
        listener();
      } catch (error) {
        // A listener that throws must not stop delivery: report it as the page's error.
        reportError(error);
      }
    }
  }
}

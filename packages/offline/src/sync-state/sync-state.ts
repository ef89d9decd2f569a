import type { Outbox } from '../outbox/outbox.js';
import { onStorageFailure, assertName } from '../shared/database.js';
import type { StorageFailure } from '../shared/errors.js';
import { systemClock, type Clock } from '../shared/clock.js';

/** Everything a status display needs to tell the user the truth about what is saved where. */
export interface SyncSnapshot {
  /** The browser says online and, when a heartbeat URL is set, the server answered it. */
  online: boolean;
  pending: number;
  failed: number;
  conflicts: number;
  /** Items being sent now, by whichever tab sends. */
  sending: number;
  /** When a change last reached the server, or null. */
  lastSyncedAt: number | null;
  /** true: the browser will not clear offline data on its own; false: it may under storage pressure; null: unknown. */
  persisted: boolean | null;
  /** Bytes this site stores on the device, and the most it may store; null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** Why the last write to the device failed, until one succeeds again. */
  storageError: StorageFailure | null;
}

export interface SyncStateOptions {
  /** The store name shared with DraftStore and Outbox, so write failures show up here. */
  name: string;
  outbox?: Outbox;
  /**
   * A URL on your server that answers quickly with 204 or 200 without a redirect. navigator.onLine
   * alone says "online" on a captive Wi-Fi portal; a heartbeat proves the server can be reached.
   */
  heartbeatUrl?: string;
  /** How often to check the heartbeat while the page is open. Default 30 s. */
  heartbeatIntervalMs?: number;
  /** How long a heartbeat may take before the server counts as unreachable. Default 5 s. */
  heartbeatTimeoutMs?: number;
  /** Ask the browser to keep offline data even under storage pressure (navigator.storage.persist()). Default true. */
  requestPersistence?: boolean;
  clock?: Clock;
  fetch?: typeof fetch;
  /** Where to read online state and storage from; defaults to the page's. */
  environment?: { navigator: Pick<Navigator, 'onLine'> & { storage?: Pick<StorageManager, 'persist' | 'persisted' | 'estimate'> }; target: EventTarget };
}

/** Accepts only http, https and relative URLs for the heartbeat. */
export function checkedHeartbeatUrl(url: unknown, base = globalThis.location?.href): string {
  if (typeof url !== 'string' || !url) throw new TypeError('SyncState: heartbeatUrl must be a non-empty string');
  const parsed = new URL(url, base);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`SyncState: heartbeatUrl must be http, https or relative, not ${parsed.protocol}`);
  }
  return parsed.href;
}

/**
 * The sync state of one offline store: online or not (browser plus optional heartbeat),
 * counts from the outbox, the last sync time, and what the browser says about storage.
 * Fires `change` whenever the snapshot changes.
 */
export class SyncState extends EventTarget {
  readonly name: string;
  readonly outbox?: Outbox;
  private current: SyncSnapshot;
  private readonly heartbeatUrl?: string;
  private readonly interval: number;
  private readonly timeout: number;
  private readonly clock: Clock;
  private readonly fetcher: typeof fetch;
  private readonly env: NonNullable<SyncStateOptions['environment']>;
  private readonly requestPersistence: boolean;
  private heartbeatOk = true;
  private running?: AbortController;
  private refreshing?: Promise<void>;
  private refreshAgain = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(options: SyncStateOptions) {
    super();
    if (typeof options !== 'object' || options === null) throw new TypeError('SyncState: options must be an object');
    assertName(options.name, 'SyncState');
    this.name = options.name;
    this.outbox = options.outbox;
    this.heartbeatUrl = options.heartbeatUrl === undefined ? undefined : checkedHeartbeatUrl(options.heartbeatUrl);
    this.interval = options.heartbeatIntervalMs ?? 30_000;
    this.timeout = options.heartbeatTimeoutMs ?? 5_000;
    this.clock = options.clock ?? systemClock;
    this.fetcher = options.fetch ?? ((...args) => fetch(...args));
    this.env = options.environment ?? { navigator, target: window };
    this.requestPersistence = options.requestPersistence ?? true;
    this.current = {
      online: this.env.navigator.onLine,
      pending: 0,
      failed: 0,
      conflicts: 0,
      sending: 0,
      lastSyncedAt: null,
      persisted: null,
      usage: null,
      quota: null,
      storageError: null,
    };
  }

  get snapshot(): SyncSnapshot {
    return { ...this.current };
  }

  /** Starts watching: online events, the heartbeat, the outbox and storage. Resolves after the first reading. */
  async start(): Promise<void> {
    if (this.running) return;
    const running = (this.running = new AbortController());
    const onOnline = () => void this.checkNow();
    const onOffline = () => this.setOnline(false);
    this.env.target.addEventListener('online', onOnline);
    this.env.target.addEventListener('offline', onOffline);
    this.cleanups.push(
      () => this.env.target.removeEventListener('online', onOnline),
      () => this.env.target.removeEventListener('offline', onOffline),
      onStorageFailure(this.name, (failure) => this.update({ storageError: failure?.reason ?? null })),
    );
    if (this.outbox) this.cleanups.push(this.outbox.subscribe(() => void this.refresh()));
    await Promise.all([this.checkNow(), this.readStorage(), this.refresh()]);
    if (this.heartbeatUrl) void this.heartbeatLoop(running.signal);
  }

  stop(): void {
    this.running?.abort();
    this.running = undefined;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /** Checks the connection now (the browser's flag, then the heartbeat if there is one). */
  async checkNow(): Promise<boolean> {
    if (!this.env.navigator.onLine) {
      this.setOnline(false);
      return false;
    }
    if (this.heartbeatUrl) this.heartbeatOk = await this.beat();
    this.setOnline(this.heartbeatOk);
    return this.current.online;
  }

  /** Reads counts and the last sync time from the outbox again; calls that overlap are merged. */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.refreshAgain = true;
      return this.refreshing;
    }
    this.refreshing = (async () => {
      do {
        this.refreshAgain = false;
        if (!this.outbox) break;
        try {
          const { pending, failed, conflicts, sending, lastSentAt } = await this.outbox.counts();
          this.update({ pending, failed, conflicts, sending, lastSyncedAt: lastSentAt });
        } catch {
          // A read failure is reported through onStorageFailure; keep the last good counts.
        }
      } while (this.refreshAgain);
    })().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  /** Asks for persistent storage (once) and reads how much is used; safe to call again. */
  async readStorage(): Promise<void> {
    const storage = this.env.navigator.storage;
    if (!storage) return;
    try {
      let persisted = await storage.persisted();
      if (!persisted && this.requestPersistence) persisted = await storage.persist();
      const { usage, quota } = await storage.estimate();
      this.update({ persisted, usage: usage ?? null, quota: quota ?? null });
    } catch {
      this.update({ persisted: null });
    }
  }

  private async beat(): Promise<boolean> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeout);
    try {
      const response = await this.fetcher(this.heartbeatUrl!, { method: 'GET', cache: 'no-store', credentials: 'same-origin', signal: abort.signal });
      // A captive portal answers with a redirect to its login page, or with its own page.
      return response.ok && !response.redirected;
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async heartbeatLoop(signal: AbortSignal): Promise<void> {
    while (!signal.aborted) {
      await this.clock.sleep(this.interval, signal);
      if (!signal.aborted) await this.checkNow();
    }
  }

  private setOnline(online: boolean): void {
    this.outbox?.setOnline(online);
    const cameBack = online && !this.current.online;
    this.update({ online });
    if (cameBack) this.outbox?.flush();
  }

  private update(change: Partial<SyncSnapshot>): void {
    const next = { ...this.current, ...change };
    if ((Object.keys(next) as (keyof SyncSnapshot)[]).every((key) => next[key] === this.current[key])) return;
    this.current = next;
    this.dispatchEvent(new Event('change'));
  }
}

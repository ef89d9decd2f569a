// The page the Node-side offline tests (scripts/offline-*.mjs) drive in real Chromium.
// It is bundled by scripts/offline-harness.mjs and exposes the library on window.kithHarness;
// it is never shipped. Nothing secret or canary-like is in this file: tests pass such data in at run time.
import { DraftStore } from '../src/draft-store/draft-store.js';
import { Outbox, type OutboxItem, type SendResult } from '../src/outbox/outbox.js';
import { KithOffline, deviceKey } from '../src/offline.js';
import { importKey } from '../src/crypto/crypto.js';

/** A fixed key, as a server would hand one over after sign-in (the durability test needs it to outlive the browser's database). */
const serverKey = () => importKey(new Uint8Array(32).map((_, i) => (i * 37 + 11) % 256));
import '../src/offline-status/define.js';

declare global {
  interface Window {
    kithHarness: typeof harness;
    /** Bindings the Node script exposes with page.exposeFunction. */
    reportSaved?: (kind: 'draft' | 'item', store: string, key: string, check: string) => Promise<void>;
    reportCounts?: (counts: unknown) => Promise<void>;
  }
}

/** A short checksum of a value, so the script can tell a draft came back exactly as written. */
function checksum(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(16)}`;
}

/** Deterministic filler text of a given length, so drafts vary in size (small records and large ones). */
function filler(seed: number, length: number): string {
  const words = ['visit', 'home', 'school', 'seen', 'child', 'carer', 'plan', 'review', 'safe', 'notes'];
  let text = '';
  for (let i = 0; text.length < length; i++) text += `${words[(seed + i * 7) % words.length]} `;
  return text.slice(0, length);
}

/** The draft written as write i of a cycle: its size varies from a few bytes to 30 kB. */
function draftValue(cycle: number, i: number) {
  return { cycle, i, notes: filler(cycle * 1000 + i, 50 + ((cycle * 7919 + i * 104729) % 30_000)) };
}

/** POSTs JSON to the loopback test server and resolves with the answer's text; gives up after timeoutMs, and throws on any status but 2xx. */
async function post(endpoint: string, timeoutMs: number, headers: Record<string, string>, body: unknown): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: abort.signal,
    });
    if (!response.ok) throw new Error(`Server said ${response.status}`);
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}

/** Sends an item to the loopback test server with its idempotency key; any failure means "retry". */
function httpSend(endpoint: string, timeoutMs: number, tab: string) {
  return async (item: OutboxItem): Promise<SendResult> => {
    await post(endpoint, timeoutMs, { 'idempotency-key': item.id, 'x-tab': tab }, item.payload);
    return 'sent';
  };
}

/** Sends items in one request, each with its idempotency key; the server answers one result per item. */
function httpSendBatch(endpoint: string, timeoutMs: number, tab: string) {
  return async (items: OutboxItem[]): Promise<SendResult[]> => {
    const answer = await post(endpoint, timeoutMs, { 'x-tab': tab }, items.map((item) => ({ key: item.id, payload: item.payload })));
    return JSON.parse(answer) as SendResult[];
  };
}

const harness = {
  checksum,

  /**
   * Writes drafts and outbox items as fast as it can, forever, reporting each one to the
   * script only after the library said it was saved. The script kills the browser meanwhile.
   */
  async writeForever(cycle: number): Promise<void> {
    const plain = new DraftStore({ name: 'durability' });
    const encrypted = new DraftStore({ name: 'durability-encrypted', key: await serverKey() });
    const outbox = new Outbox({ name: 'durability', send: async () => 'retry' });
    for (let i = 0; ; i++) {
      // Plain drafts get a new key each time; encrypted ones overwrite five keys again and again.
      const store = i % 2 ? encrypted : plain;
      const key = store === plain ? `c${cycle}-d${i}` : `c${cycle}-e${i % 5}`;
      const value = draftValue(cycle, i);
      await store.save(key, value);
      await window.reportSaved!('draft', store.name, key, `${i}`);
      const item = await outbox.enqueue({ type: 'visit-note', payload: { cycle, i }, summary: key });
      await window.reportSaved!('item', 'durability', item.id, `${i}`);
    }
  },

  /**
   * Opens the databases after a crash and checks what the script was told was saved: each
   * reported draft is there with exactly the value written (or, for a key written again
   * later, a later value that is itself whole), and each reported outbox item is whole.
   */
  async verify(expected: { kind: 'draft' | 'item'; store: string; key: string; check: string; cycle: number }[]) {
    const plain = new DraftStore({ name: 'durability' });
    const encrypted = new DraftStore({ name: 'durability-encrypted', key: await serverKey() });
    const outbox = new Outbox({ name: 'durability', send: async () => 'retry' });
    // list() and all() validate every record: a half-written record would throw here.
    const drafts = new Map<string, { cycle: number; i: number; notes: string }>();
    for (const store of [plain, encrypted]) {
      for (const draft of await store.list()) drafts.set(`${store.name}/${draft.key}`, draft.value as { cycle: number; i: number; notes: string });
    }
    const items = await outbox.all();
    const itemsById = new Map(items.map((item) => [item.id, item.payload as { cycle: number; i: number }]));
    const problems: string[] = [];
    let draftsVerified = 0;
    let itemsVerified = 0;
    for (const entry of expected) {
      const i = Number(entry.check);
      if (entry.kind === 'draft') {
        const found = drafts.get(`${entry.store}/${entry.key}`);
        const whole = found && checksum(found) === checksum(draftValue(found.cycle, found.i));
        if (whole && found.cycle === entry.cycle && found.i >= i) draftsVerified++;
        else problems.push(`draft ${entry.store}/${entry.key}: expected write ${i}, found ${found ? `write ${found.i}${whole ? '' : ' (damaged)'}` : 'nothing'}`);
      } else {
        const found = itemsById.get(entry.key);
        if (found && found.cycle === entry.cycle && found.i === i) itemsVerified++;
        else problems.push(`outbox item ${entry.key}: expected write ${i}, found ${found ? JSON.stringify(found) : 'nothing'}`);
      }
    }
    // Whether the browser had deleted a damaged database and the library put records back.
    type WithRecovery = { db: { recovery: { dataLoss: boolean; restored: number } | null } };
    const recoveries = [plain, encrypted, outbox].map((store) => (store as unknown as WithRecovery).db.recovery).filter((r) => r !== null);
    plain.close();
    encrypted.close();
    outbox.close();
    return {
      problems: problems.slice(0, 10),
      problemCount: problems.length,
      draftsVerified,
      itemsVerified,
      draftsOnDisk: drafts.size,
      itemsOnDisk: items.length,
      restoredRecords: recoveries.reduce((sum, r) => sum + r!.restored, 0),
      browserReportedDataLoss: recoveries.some((r) => r!.dataLoss),
    };
  },

  /**
   * One save of a draft as a form in this tab makes it, over the draft it last saw (`over`):
   * `{ savedAt }` when written, `{ changed }` (the other tab's savedAt) when a newer draft was kept.
   */
  async saveDraftOver(name: string, key: string, value: string, over: number | null): Promise<{ savedAt?: number; changed?: number }> {
    const store = new DraftStore({ name });
    try {
      return { savedAt: (await store.save(key, value, { over })).savedAt };
    } catch (error) {
      if ((error as Error).name !== 'DraftChangedError') throw error;
      return { changed: (error as { draft: { savedAt: number } }).draft.savedAt };
    } finally {
      store.close();
    }
  },

  /** The draft stored under key, as this tab reads it: `{ value, savedAt }` or null. */
  async loadDraft(name: string, key: string): Promise<{ value: unknown; savedAt: number } | null> {
    const store = new DraftStore({ name });
    try {
      const draft = await store.load(key);
      return draft && { value: draft.value, savedAt: draft.savedAt };
    } finally {
      store.close();
    }
  },

  /**
   * Times `saves` saves of one form's 2 kB draft in a store that holds `others` drafts of other
   * records, alternating a plain save with one over the draft it last saw (the check two tabs need).
   * Returns the milliseconds of each, by kind.
   */
  async timeDraftSaves(options: { name: string; encrypt: boolean; others: number; saves: number }) {
    const store = new DraftStore({ name: options.name, key: options.encrypt ? await serverKey() : undefined });
    await store.clearAll();
    for (let i = 0; i < options.others; i++) await store.save(`other:${i}`, { notes: filler(i, 2000) });
    const times = { plain: [] as number[], over: [] as number[] };
    let seen = (await store.save('visit:4471', { notes: filler(0, 2000) })).savedAt;
    for (let i = 0; i < options.saves; i++) {
      const value = { notes: filler(i, 2000) };
      let started = performance.now();
      seen = (await store.save('visit:4471', value)).savedAt;
      times.plain.push(performance.now() - started);
      started = performance.now();
      seen = (await store.save('visit:4471', value, { over: seen })).savedAt;
      times.over.push(performance.now() - started);
    }
    await store.clearAll();
    store.close();
    return times;
  },

  offline: undefined as KithOffline | undefined,

  /**
   * Sets up the full library as an application would, sending to the loopback endpoint: one
   * item per request, or batches of batchSize through sendBatch() when batchSize is given.
   * Closes the application this page started before, if any.
   */
  async startApp(options: { name: string; endpoint: string; timeoutMs: number; tab: string; baseMs: number; maxMs: number; concurrency: number; batchSize?: number }) {
    harness.offline?.close();
    document.querySelector('kith-offline-status')?.remove();
    const { endpoint, timeoutMs, tab, batchSize } = options;
    const offline = new KithOffline({
      name: options.name,
      ...(batchSize ? { sendBatch: httpSendBatch(endpoint, timeoutMs, tab) } : { send: httpSend(endpoint, timeoutMs, tab) }),
      outbox: { backoff: { baseMs: options.baseMs, maxMs: options.maxMs }, concurrency: options.concurrency, batchSize },
      sync: { requestPersistence: false },
    });
    harness.offline = offline;
    await offline.start();
    const status = document.createElement('kith-offline-status');
    status.sync = offline.sync;
    document.body.append(status);
    offline.sync.addEventListener('change', () => void window.reportCounts?.(offline.sync.snapshot));
    return offline.outbox.isSender;
  },

  /** Enqueues count items numbered from first, a few at a time. */
  async enqueue(first: number, count: number, batch = 25) {
    const outbox = harness.offline!.outbox;
    for (let n = first; n < first + count; n += batch) {
      await Promise.all(
        Array.from({ length: Math.min(batch, first + count - n) }, (_, j) => outbox.enqueue({ type: 'visit-note', payload: { n: n + j } })),
      );
    }
  },

  /** Resolves when this tab's outbox is empty. */
  async drained() {
    const outbox = harness.offline!.outbox;
    await new Promise<void>((resolve) => {
      const check = async () => {
        if ((await outbox.all()).length === 0) {
          unsubscribe();
          resolve();
        }
      };
      const unsubscribe = outbox.subscribe(() => void check());
      void check();
    });
  },

  /** What this tab shows: the status line's text and the numbers behind it. */
  async shown() {
    const offline = harness.offline!;
    await offline.sync.refresh();
    const status = document.querySelector('kith-offline-status')!;
    await status.updateComplete;
    const { pending, failed, conflicts, online } = offline.sync.snapshot;
    return { pending, failed, conflicts, online, isSender: offline.outbox.isSender, text: status.message() };
  },

  /** A plain way to do the same work, for the bench: POST each payload once, four at a time, nothing stored. */
  async plainPosts(endpoint: string, count: number, concurrency: number) {
    let next = 0;
    const worker = async () => {
      while (next < count) {
        const n = next++;
        await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': `plain-${n}` }, body: JSON.stringify({ n }) });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  },

  /** Writes a canary to drafts and the outbox, with or without a key, in small and large records. */
  async writeCanary(canary: string, encrypt: boolean) {
    const name = encrypt ? 'canary-encrypted' : 'canary-plain';
    const key = encrypt ? await deviceKey(name) : undefined;
    const drafts = new DraftStore({ name, key });
    const outbox = new Outbox({ name, key, send: async () => 'retry' });
    await drafts.save('visit-small', { notes: `Child said ${canary} at home` });
    await drafts.save('visit-large', { notes: `${filler(1, 200_000)} ${canary} ${filler(2, 5_000)}` });
    await drafts.save('visit-small', { notes: `Updated: ${canary}` });
    await outbox.enqueue({ type: 'visit-note', payload: { text: canary }, summary: `Note ${canary}` });
    await outbox.enqueue({ type: 'visit-note', payload: { text: `${filler(3, 100_000)}${canary}` } });
    const readBack = (await drafts.load('visit-small'))?.value;
    drafts.close();
    outbox.close();
    return JSON.stringify(readBack).includes(canary);
  },
};

window.kithHarness = harness;

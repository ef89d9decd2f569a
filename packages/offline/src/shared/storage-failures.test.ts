import { expect } from '@open-wc/testing';
import { DraftStore } from '../draft-store/draft-store.js';
import { Outbox, type OutboxItem } from '../outbox/outbox.js';
import { generateKey } from '../crypto/crypto.js';
import { KithOffline } from '../offline.js';
import { databaseName, onStorageFailure } from './database.js';
import { OfflineStorageError } from './errors.js';
import { rejection, uniqueName, until } from './test-helpers.js';
import { failPutsWithQuota } from '@kith/core/testing.js';

describe('@kith/offline when storage misbehaves', () => {
  it('without IndexedDB at all (some private modes and locked-down browsers), says storage is unavailable rather than throwing a TypeError', async () => {
    const name = uniqueName();
    const heard: (string | null)[] = [];
    const unsubscribe = onStorageFailure(name, (failure) => heard.push(failure?.reason ?? null));
    const indexedDbProperty = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const saving = await rejection(new DraftStore({ name }).save('visit', 'Seen at home'));
      const queueing = await rejection(new Outbox({ name, send: async () => 'sent' }).enqueue({ type: 'visit-note', payload: 'Seen' }));
      for (const error of [saving, queueing]) {
        expect(error).to.be.instanceOf(OfflineStorageError);
        expect((error as OfflineStorageError).reason).to.equal('unavailable');
      }
      expect(heard).to.deep.equal(['unavailable', 'unavailable']);
    } finally {
      Object.defineProperty(window, 'indexedDB', indexedDbProperty);
      unsubscribe();
    }
  });

  it('without IndexedDB at all, starts, its sync state says storage is unavailable, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    const indexedDbProperty = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    const offline = new KithOffline({ name: uniqueName(), send: async () => 'sent' });
    try {
      await offline.start();
      expect(offline.sync.snapshot.storageError).to.equal('unavailable');
      expect(await rejection(offline.drafts.save('visit', 'Seen'))).to.be.instanceOf(OfflineStorageError);
    } finally {
      offline.close();
      Object.defineProperty(window, 'indexedDB', indexedDbProperty);
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
    expect(unhandled).to.deep.equal([]);
  });

  it('when the browser refuses to open the database (site data blocked), fails with an OfflineStorageError, and saves once it opens again', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to the Indexed Database API is denied in this context.', 'SecurityError');
    };
    const store = new DraftStore({ name: uniqueName() });
    try {
      const error = await rejection(store.save('visit', 'Seen at home'));
      expect(error).to.be.instanceOf(OfflineStorageError);
      expect((error as OfflineStorageError).reason).to.equal('unavailable');
    } finally {
      IDBFactory.prototype.open = open;
    }
    await store.save('visit', 'Seen at home');
    expect((await store.load('visit'))?.value).to.equal('Seen at home');
    await store.clearAll();
    store.close();
  });

  it('when a write hits the quota, fails with reason quota, keeps the earlier draft, and the next save after space is freed lands', async () => {
    const store = new DraftStore({ name: uniqueName() });
    await store.save('visit', 'First visit');
    const restorePut = failPutsWithQuota();
    try {
      const error = await rejection(store.save('visit', 'Second visit'));
      expect(error).to.be.instanceOf(OfflineStorageError);
      expect((error as OfflineStorageError).reason).to.equal('quota');
      expect((await store.load('visit'))?.value, 'nothing half-written').to.equal('First visit');
      const outbox = new Outbox({ name: store.name, send: async () => 'sent' });
      const queued = await rejection(outbox.enqueue({ type: 'visit-note', payload: 'Seen' }));
      expect((queued as OfflineStorageError).reason).to.equal('quota');
      outbox.close();
    } finally {
      restorePut();
    }
    await store.save('visit', 'Second visit');
    expect((await store.load('visit'))?.value).to.equal('Second visit');
    await store.clearAll();
    store.close();
  });

  for (const change of ['deletes', 'upgrades'] as const) {
    it(`closes its connection when another tab ${change} the database, so that tab is not blocked, and the next save reopens it`, async () => {
      const name = uniqueName();
      const store = new DraftStore({ name });
      await store.save('visit', 'Seen at home');
      let blocked = false;
      const request = change === 'deletes' ? indexedDB.deleteDatabase(databaseName(name)) : indexedDB.open(databaseName(name), 2);
      request.onblocked = () => {
        blocked = true;
      };
      await new Promise((resolve, reject) => {
        request.onsuccess = resolve;
        request.onerror = reject;
      });
      expect(blocked, 'the other tab was not kept waiting').to.equal(false);
      if (change === 'upgrades') {
        // The other tab runs newer code: this one cannot use the database, and says so.
        (request as IDBOpenDBRequest).result.close();
        const error = await rejection(store.save('visit', 'Seen again'));
        expect((error as OfflineStorageError).reason).to.equal('unavailable');
        await new Promise((resolve) => (indexedDB.deleteDatabase(databaseName(name)).onsuccess = resolve));
      }
      await store.save('visit', 'Seen again');
      expect((await store.load('visit'))?.value).to.equal('Seen again');
      await store.clearAll();
      store.close();
    });
  }

  it('keeps a change queued while offline through a reload, and sends it once back online', async () => {
    const name = uniqueName();
    const sent: string[] = [];
    const before = new Outbox({ name, send: async () => 'sent' });
    before.setOnline(false);
    before.start();
    const item = await before.enqueue({ type: 'visit-note', payload: { notes: 'Seen at home' }, summary: 'Visit note' });
    before.close();
    const after = new Outbox({ name, send: async (queued) => (sent.push(queued.id), 'sent') });
    after.start();
    await until(async () => (await after.all()).length === 0, 'the change to be sent');
    expect(sent).to.deep.equal([item.id]);
    after.close();
  });

  it('sends each change once, and drops none, when two tabs drain the same outbox', async () => {
    const name = uniqueName();
    const sends = new Map<string, number>();
    const send = async (item: OutboxItem) => {
      sends.set(item.id, (sends.get(item.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve));
      return 'sent' as const;
    };
    const tabs = [new Outbox({ name, send }), new Outbox({ name, send })];
    tabs.forEach((tab) => tab.start());
    const queued: string[] = [];
    for (let i = 0; i < 20; i++) queued.push((await tabs[i % 2]!.enqueue({ type: 'visit-note', payload: i })).id);
    await until(async () => (await tabs[0]!.all()).length === 0 && (await tabs[1]!.all()).length === 0, 'both tabs to drain');
    expect([...sends.keys()].sort()).to.deep.equal([...queued].sort());
    expect([...sends.values()].every((count) => count === 1), 'each sent once').to.equal(true);
    tabs.forEach((tab) => tab.close());
  });

  /** Holds every decryption until release(), as a slow device reading many items does; started resolves at the first. */
  function holdDecryption(): { started: Promise<void>; release: () => void; restore: () => void } {
    let release!: () => void;
    let start!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (start = resolve));
    const decrypt = crypto.subtle.decrypt;
    crypto.subtle.decrypt = async (...args: Parameters<SubtleCrypto['decrypt']>) => {
      start();
      await released;
      return decrypt.apply(crypto.subtle, args);
    };
    return { started, release, restore: () => (crypto.subtle.decrypt = decrypt) };
  }

  it('lists, and so counts and sends, a change queued while the outbox was being read (with a key, reading decrypts slowly)', async () => {
    const outbox = new Outbox({ name: uniqueName(), key: await generateKey(), send: async () => 'sent' });
    const first = await outbox.enqueue({ type: 'visit-note', payload: 'First' });
    const decryption = holdDecryption();
    try {
      const reading = outbox.all();
      const second = await outbox.enqueue({ type: 'visit-note', payload: 'Second' });
      decryption.release();
      await reading;
      expect((await outbox.all()).map((item) => item.id)).to.deep.equal([first.id, second.id]);
    } finally {
      decryption.restore();
      outbox.close();
    }
  });

  it('never sends a change the user discarded while the sending tab was reading the outbox', async () => {
    const sent: unknown[] = [];
    const outbox = new Outbox({ name: uniqueName(), key: await generateKey(), send: async (item) => (sent.push(item.payload), 'sent') });
    const discarded = await outbox.enqueue({ type: 'visit-note', payload: 'Typed in error' });
    await outbox.enqueue({ type: 'visit-note', payload: 'Visit note' });
    const decryption = holdDecryption();
    try {
      outbox.start();
      await decryption.started;
      await outbox.discard(discarded.id);
      decryption.release();
      await until(async () => (await outbox.all()).length === 0, 'the change kept to be sent');
      expect(sent).to.deep.equal(['Visit note']);
    } finally {
      decryption.restore();
      outbox.close();
    }
  });

  it('leaves a draft sealed under an earlier key in place, and still saves and reads drafts under the new key', async () => {
    const name = uniqueName();
    await new DraftStore({ name, key: await generateKey() }).save('visit:4471', 'Typed before the key changed');
    const rotated = new DraftStore({ name, key: await generateKey() });
    await rotated.save('visit:4472', 'Typed after');
    expect((await rotated.load('visit:4472'))?.value).to.equal('Typed after');
    expect(await rotated.load('visit:4471'), 'unreadable with this key, so not offered').to.equal(null);
    const records = await new Promise<unknown[]>((resolve) => {
      indexedDB.open(databaseName(name)).onsuccess = (event) => {
        const db = (event.target as IDBOpenDBRequest).result;
        const read = db.transaction('drafts').objectStore('drafts').getAll();
        read.onsuccess = () => (db.close(), resolve(read.result));
      };
    });
    expect(records, 'the earlier draft is still there').to.have.length(2);
    rotated.close();
  });
  it('with a rotated key, still sends what is queued under the new key, and keeps and counts what is sealed under the earlier key', async () => {
    const name = uniqueName();
    const earlierKey = await generateKey();
    const earlier = new Outbox({ name, key: earlierKey, send: async () => 'sent' });
    await earlier.enqueue({ type: 'visit-note', payload: 'Queued before the key changed' });
    earlier.close();
    const sent: unknown[] = [];
    const offline = new KithOffline({ name, key: await generateKey(), send: async (item) => (sent.push(item.payload), 'sent') });
    await offline.outbox.enqueue({ type: 'visit-note', payload: 'Queued after' });
    offline.outbox.start();
    await until(async () => (await offline.outbox.counts()).pending === 0, 'the new change to be sent');
    expect(sent).to.deep.equal(['Queued after']);
    expect(await offline.outbox.hasUnsent(), 'the earlier change is still on the device').to.equal(true);
    expect(await offline.unsent()).to.deep.equal({ changes: 1, drafts: 0 });
    offline.close();
    const withEarlierKey = new Outbox({ name, key: earlierKey, send: async () => 'sent' });
    expect((await withEarlierKey.all()).map((item) => item.payload)).to.deep.equal(['Queued before the key changed']);
    withEarlierKey.close();
  });
});

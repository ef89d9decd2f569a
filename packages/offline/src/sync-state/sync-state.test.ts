import { expect } from '@open-wc/testing';
import { SyncState, checkedHeartbeatUrl } from './sync-state.js';
import { Outbox } from '../outbox/outbox.js';
import { OfflineDatabase } from '../shared/database.js';
import { virtualClock } from '../shared/clock.js';
import { uniqueName, until } from '../shared/test-helpers.js';

/** A browser environment the test controls: the online flag, its events and storage answers. */
function environment({ onLine = true, persist = true } = {}) {
  const target = new EventTarget();
  const navigator = {
    onLine,
    storage: {
      persisted: async () => false,
      persist: async () => persist,
      estimate: async () => ({ usage: 2_000_000, quota: 500_000_000 }),
    },
  };
  return {
    env: { navigator, target },
    goOffline() {
      navigator.onLine = false;
      target.dispatchEvent(new Event('offline'));
    },
    goOnline() {
      navigator.onLine = true;
      target.dispatchEvent(new Event('online'));
    },
  };
}

const respond = (init: { status?: number; redirected?: boolean }) => async () => {
  const response = new Response(null, { status: init.status ?? 204 });
  if (init.redirected) Object.defineProperty(response, 'redirected', { value: true });
  return response;
};

describe('SyncState', () => {
  it('believes the heartbeat over navigator.onLine: a captive portal redirect means offline', async () => {
    const { env } = environment({ onLine: true });
    const sync = new SyncState({ name: uniqueName(), heartbeatUrl: '/heartbeat', environment: env, fetch: respond({ status: 200, redirected: true }), clock: virtualClock() });
    await sync.start();
    expect(sync.snapshot.online).to.equal(false);
    sync.stop();
  });

  it('is online when the heartbeat answers, and offline when it fails or the browser says offline', async () => {
    const { env, goOffline, goOnline } = environment();
    let up = true;
    const sync = new SyncState({
      name: uniqueName(),
      heartbeatUrl: 'https://example.test/ping',
      environment: env,
      fetch: async () => {
        if (!up) throw new TypeError('Failed to fetch');
        return new Response(null, { status: 204 });
      },
    });
    const changes: boolean[] = [];
    sync.addEventListener('change', () => changes.push(sync.snapshot.online));
    await sync.start();
    expect(sync.snapshot.online).to.equal(true);
    goOffline();
    expect(sync.snapshot.online).to.equal(false);
    up = false;
    goOnline();
    expect(await sync.checkNow()).to.equal(false);
    up = true;
    expect(await sync.checkNow()).to.equal(true);
    expect(changes.filter((online, i) => online !== changes[i - 1])).to.include.members([true, false]);
    sync.stop();
  });

  it('reports whether storage is persistent and how much is used', async () => {
    const { env } = environment({ persist: false });
    const sync = new SyncState({ name: uniqueName(), environment: env });
    await sync.start();
    expect(sync.snapshot).to.include({ persisted: false, usage: 2_000_000, quota: 500_000_000 });
    sync.stop();
  });

  it('counts the outbox, pauses it while offline and sends when back online', async () => {
    const { env, goOffline, goOnline } = environment();
    const name = uniqueName();
    let sends = 0;
    const outbox = new Outbox({ name, send: async () => (sends++, 'sent') });
    const sync = new SyncState({ name, outbox, environment: env });
    await sync.start();
    goOffline();
    outbox.start();
    await outbox.enqueue({ type: 'note', payload: 1 });
    await outbox.enqueue({ type: 'note', payload: 2 });
    await until(() => sync.snapshot.pending === 2, 'two pending');
    expect(sends).to.equal(0);
    goOnline();
    await until(() => sync.snapshot.pending === 0 && sync.snapshot.lastSyncedAt !== null, 'sent and synced');
    expect(sends).to.equal(2);
    outbox.close();
    sync.stop();
  });

  it('shows a storage failure until a write succeeds again', async () => {
    const name = uniqueName();
    const sync = new SyncState({ name, environment: environment().env });
    await sync.start();
    const db = new OfflineDatabase(name);
    await db
      .run('Saving', async () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      })
      .catch(() => undefined);
    expect(sync.snapshot.storageError).to.equal('quota');
    await db.run('Saving', async () => 'ok');
    expect(sync.snapshot.storageError).to.equal(null);
    sync.stop();
  });

  it('accepts only http, https and relative heartbeat URLs', () => {
    expect(checkedHeartbeatUrl('/ping', 'https://app.test/')).to.equal('https://app.test/ping');
    expect(() => checkedHeartbeatUrl('javascript:alert(1)')).to.throw(TypeError, /http, https or relative/);
    expect(() => checkedHeartbeatUrl('')).to.throw(TypeError, /heartbeatUrl/);
  });
});

import { expect } from '@open-wc/testing';
import { KithOffline, deviceKey } from './offline.js';
import { DraftStore } from './draft-store/draft-store.js';
import { aesGcmCodec } from './crypto/crypto.js';

async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  try {
    return (await aesGcmCodec(b).open(await aesGcmCodec(a).seal('probe'))) === 'probe';
  } catch {
    return false;
  }
}
import { uniqueName, until } from './shared/test-helpers.js';

describe('KithOffline', () => {
  it('reports what is unsent before sign-out, and clearAll() wipes drafts, outbox and the device key in every tab', async () => {
    const name = uniqueName();
    const key = await deviceKey(name);
    expect(await sameKey(await deviceKey(name), key), 'the same key on the next visit').to.equal(true);
    const offline = new KithOffline({ name, key, send: async () => 'retry' });
    const otherTab = new KithOffline({ name, key, send: async () => 'retry' });
    expect(await offline.hasUnsent()).to.equal(false);
    await offline.drafts.save('visit', { notes: 'Seen' });
    await offline.outbox.enqueue({ type: 'note', payload: 'x' });
    expect(await otherTab.unsent()).to.deep.equal({ changes: 1, drafts: 1 });
    expect(await otherTab.hasUnsent()).to.equal(true);
    // The other tab holds an open connection; clearing must not wait for it forever.
    await offline.clearAll();
    const fresh = new DraftStore({ name });
    expect(await fresh.list()).to.deep.equal([]);
    await until(async () => !(await otherTab.hasUnsent()), 'the other tab to see the wipe');
    const newKey = await deviceKey(name);
    expect(await sameKey(newKey, key), 'a new key after clearing').to.equal(false);
    otherTab.close();
  });

  it('sends through the outbox once started and keeps the sync state up to date', async () => {
    const name = uniqueName();
    const offline = new KithOffline({ name, send: async () => 'sent' });
    await offline.start();
    await offline.outbox.enqueue({ type: 'note', payload: 'x' });
    await until(() => offline.sync.snapshot.lastSyncedAt !== null && offline.sync.snapshot.pending === 0, 'the change to be sent');
    offline.close();
  });
});

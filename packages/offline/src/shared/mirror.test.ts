import { expect } from '@open-wc/testing';
import { deleteDB } from 'idb';
import { DraftStore } from '../draft-store/draft-store.js';
import { Outbox } from '../outbox/outbox.js';
import { KithOffline, deviceKey } from '../offline.js';
import { generateKey } from '../crypto/crypto.js';
import { databaseName } from './database.js';
import { RecordMirror, serialise, deserialise } from './mirror.js';
import { uniqueName } from './test-helpers.js';

/** What Chromium does when it finds a damaged database: deletes it, behind the library's back. */
async function browserDeletes(name: string): Promise<void> {
  await deleteDB(databaseName(name));
}

describe('copies kept beside IndexedDB', () => {
  it('puts back drafts and outbox items when the browser deleted the database', async () => {
    const name = uniqueName();
    const key = await generateKey();
    const drafts = new DraftStore({ name, key });
    const outbox = new Outbox({ name, key, send: async () => 'retry' });
    await drafts.save('visit', { notes: 'Seen at home' });
    await drafts.save('visit', { notes: 'Seen at home, then school' });
    const item = await outbox.enqueue({ type: 'visit-note', payload: { notes: 'Seen' } });
    drafts.close();
    outbox.close();
    await browserDeletes(name);
    const again = new DraftStore({ name, key });
    expect((await again.load('visit'))?.value).to.deep.equal({ notes: 'Seen at home, then school' });
    expect(await again.list()).to.have.length(1);
    const outboxAgain = new Outbox({ name, key, send: async () => 'retry' });
    expect((await outboxAgain.all()).map((i) => i.id)).to.deep.equal([item.id]);
  });

  it('never brings back what was removed, sent or cleared', async () => {
    const name = uniqueName();
    const offline = new KithOffline({ name, send: async () => 'sent' });
    await offline.drafts.save('gone', 1);
    await offline.drafts.remove('gone');
    await offline.drafts.save('kept', 2);
    await offline.outbox.enqueue({ type: 'note', payload: 1 });
    offline.outbox.start();
    while (await offline.outbox.hasUnsent()) await new Promise((resolve) => setTimeout(resolve, 5));
    offline.close();
    await browserDeletes(name);
    const after = new KithOffline({ name, send: async () => 'sent' });
    expect((await after.drafts.list()).map((draft) => draft.key)).to.deep.equal(['kept']);
    expect(await after.outbox.hasUnsent()).to.equal(false);
    await after.clearAll();
    await browserDeletes(name);
    const cleared = new KithOffline({ name, send: async () => 'sent' });
    expect(await cleared.hasUnsent()).to.equal(false);
    cleared.close();
  });

  it('drops encrypted records whose device key went with the database, so the store still works', async () => {
    const name = uniqueName();
    const drafts = new DraftStore({ name, key: await deviceKey(name) });
    await drafts.save('visit', 'secret');
    drafts.close();
    await browserDeletes(name);
    const fresh = new DraftStore({ name, key: await deviceKey(name) });
    expect(await fresh.list()).to.deep.equal([]);
    await fresh.save('visit', 'new');
    expect((await fresh.load('visit'))?.value).to.equal('new');
  });

  it('removes copies after their folder was deleted and made again', async () => {
    const database = databaseName(uniqueName());
    const mirror = new RecordMirror(database, 'outbox');
    await mirror.write({ id: 'a' });
    await mirror.remove(['a']);
    await RecordMirror.destroy(database);
    await mirror.write({ id: 'b' });
    await mirror.write({ id: 'c' });
    await mirror.remove(['b', 'never-written']);
    expect(await mirror.readAll()).to.deep.equal([{ id: 'c' }]);
  });

  it('serialises IVs and ciphertext byte for byte', () => {
    const record = { id: 'x', body: { iv: new Uint8Array([0, 1, 255]), data: new Uint8Array([9, 8, 7]).buffer }, seq: 3 };
    const back = deserialise(serialise(record)) as typeof record;
    expect([...back.body.iv]).to.deep.equal([0, 1, 255]);
    expect([...new Uint8Array(back.body.data)]).to.deep.equal([9, 8, 7]);
    expect(back.body.data).to.be.instanceOf(ArrayBuffer);
    expect(back.seq).to.equal(3);
  });
});

import { expect } from '@open-wc/testing';
import { deleteDB, openDB } from 'idb';
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

  it('gives a record whose copy was lost a new copy when the database next opens', async () => {
    const name = uniqueName();
    const drafts = new DraftStore({ name });
    const outbox = new Outbox({ name, send: async () => 'retry' });
    await drafts.save('visit', { notes: 'Seen at home' });
    const item = await outbox.enqueue({ type: 'visit-note', payload: 1 });
    drafts.close();
    outbox.close();
    await RecordMirror.destroy(databaseName(name));
    // Opening checks the copies and writes the missing ones.
    const reopened = new DraftStore({ name });
    await reopened.list();
    reopened.close();
    await browserDeletes(name);
    const after = new KithOffline({ name, send: async () => 'retry' });
    expect((await after.drafts.load('visit'))?.value).to.deep.equal({ notes: 'Seen at home' });
    expect((await after.outbox.all()).map((i) => i.id)).to.deep.equal([item.id]);
    after.close();
  });

  it('replaces a copy older than its draft when the database next opens', async () => {
    const name = uniqueName();
    const drafts = new DraftStore({ name });
    await drafts.save('visit', 'first words');
    const [olderCopy] = await new RecordMirror(databaseName(name), 'drafts').readAll();
    await drafts.save('visit', 'first words, then more');
    drafts.close();
    await new RecordMirror(databaseName(name), 'drafts').write(olderCopy as { id: string });
    await new DraftStore({ name }).list();
    await browserDeletes(name);
    expect((await new DraftStore({ name }).load('visit'))?.value).to.equal('first words, then more');
  });

  it('removes a copy whose record is gone when the database next opens', async () => {
    const name = uniqueName();
    const drafts = new DraftStore({ name });
    await drafts.save('cleared', 'Seen at home');
    await drafts.save('kept', 'Seen at school');
    drafts.close();
    // Another tab cleared the record while this one was writing its copy back.
    const db = await openDB(databaseName(name));
    await db.delete('drafts', 'cleared');
    db.close();
    await new DraftStore({ name }).list();
    await browserDeletes(name);
    expect((await new DraftStore({ name }).list()).map((draft) => draft.key)).to.deep.equal(['kept']);
  });

  it('finishes putting back copies that a crash interrupted', async () => {
    const name = uniqueName();
    const drafts = new DraftStore({ name });
    await drafts.save('visit', 'Seen at home');
    drafts.close();
    await browserDeletes(name);
    // The database was made again and marked, then the tab died before the copies went back.
    const db = await openDB(databaseName(name), 1, {
      upgrade(db, _old, _new, transaction) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('seq', 'seq');
        db.createObjectStore('meta');
        void transaction.objectStore('meta').put(true, 'restoring');
      },
    });
    db.close();
    expect((await new DraftStore({ name }).load('visit'))?.value).to.equal('Seen at home');
  });

  it('puts copies back once when two stores open the recreated database together', async () => {
    const name = uniqueName();
    const offline = new KithOffline({ name, send: async () => 'retry' });
    await offline.drafts.save('visit', 'Seen at home');
    const item = await offline.outbox.enqueue({ type: 'visit-note', payload: 1 });
    offline.close();
    await browserDeletes(name);
    const drafts = new DraftStore({ name });
    const outbox = new Outbox({ name, send: async () => 'retry' });
    const [listed, items] = await Promise.all([drafts.list(), outbox.all()]);
    expect(listed.map((draft) => draft.value)).to.deep.equal(['Seen at home']);
    expect(items.map((i) => i.id)).to.deep.equal([item.id]);
    drafts.close();
    outbox.close();
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

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { openDB } from 'idb';
import { DraftChangedError, DraftStore, validateDraft, type Draft, type Json } from './draft-store.js';
import { generateKey } from '../crypto/crypto.js';
import { OfflineDatabase, databaseName, onStorageFailure } from '../shared/database.js';
import { OfflineStorageError } from '../shared/errors.js';
import { systemClock, virtualClock } from '../shared/clock.js';
import { rejection, uniqueName, until } from '../shared/test-helpers.js';

/** Every byte of every record in the raw database, as text, for searching. */
async function rawText(name: string): Promise<string> {
  const db = await openDB(databaseName(name));
  const parts: string[] = [];
  for (const store of db.objectStoreNames) {
    for (const record of await db.getAll(store)) {
      parts.push(
        JSON.stringify(record, (_key, value) =>
          value instanceof ArrayBuffer ? new TextDecoder('latin1').decode(value) : value instanceof Uint8Array ? [...value] : value,
        ),
      );
    }
    parts.push(...(await db.getAllKeys(store)).map(String));
  }
  db.close();
  return parts.join('\n');
}

describe('DraftStore', () => {
  it('saves, loads, lists, removes and clears drafts, with savedAt and a schema version', async () => {
    const clock = virtualClock();
    const store = new DraftStore({ name: uniqueName(), clock, version: 3 });
    const saved = await store.save('visit:4471', { notes: 'Seen at home', concerns: ['none'] });
    expect(saved).to.deep.equal({ key: 'visit:4471', value: { notes: 'Seen at home', concerns: ['none'] }, savedAt: clock.now(), version: 3 });
    expect(await store.load('visit:4471')).to.deep.equal(saved);
    clock.advance(60_000);
    await store.save('visit:4472', 'Short note', { version: 4 });
    const list = await store.list();
    expect(list.map((draft) => [draft.key, draft.version])).to.deep.equal([
      ['visit:4472', 4],
      ['visit:4471', 3],
    ]);
    await store.remove('visit:4471');
    expect(await store.load('visit:4471')).to.equal(null);
    await store.clearAll();
    expect(await store.list()).to.deep.equal([]);
  });

  it('keeps drafts across a new store object (a reload) and replaces a draft saved again under the same key', async () => {
    const name = uniqueName();
    const first = new DraftStore({ name });
    await first.save('form', { step: 1 });
    await first.save('form', { step: 2 });
    first.close();
    const second = new DraftStore({ name });
    expect((await second.load('form'))?.value).to.deep.equal({ step: 2 });
    expect(await second.list()).to.have.length(1);
  });

  it('throws a TypeError naming the field for bad keys and values, and stores nothing', async () => {
    const store = new DraftStore({ name: uniqueName() });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const cases: [unknown, unknown, RegExp][] = [
      ['', 'x', /key/],
      [42, 'x', /key/],
      ['k', undefined, /value must be JSON data/],
      ['k', { when: new Date() }, /value\.when must be a plain object, not Date/],
      ['k', { list: [1, Number.NaN] }, /value\.list\[1\] must be a finite number/],
      ['k', { run: () => 1 }, /value\.run must be JSON data, not function/],
      ['k', circular, /refers to itself/],
    ];
    for (const [key, value, message] of cases) {
      const error = await rejection(store.save(key as string, value as never));
      expect(error, String(message)).to.be.instanceOf(TypeError);
      expect((error as Error).message).to.match(message);
    }
    expect(await store.list()).to.deep.equal([]);
    expect(() => new DraftStore({ name: 'has spaces' })).to.throw(TypeError, /name/);
    expect(() => validateDraft({ key: 'k', value: 1, savedAt: 'soon', version: 1 })).to.throw(TypeError, /savedAt/);
  });

  it('round-trips any JSON value, plain and encrypted', async () => {
    const plain = new DraftStore({ name: uniqueName() });
    const encrypted = new DraftStore({ name: uniqueName(), key: await generateKey() });
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 40 }), fc.jsonValue(), async (key, value) => {
        const expected = JSON.parse(JSON.stringify(value));
        await plain.save(key, value as Json);
        await encrypted.save(key, value as Json);
        expect(JSON.parse(JSON.stringify((await plain.load(key))!.value))).to.deep.equal(expected);
        expect((await encrypted.load(key))!.value).to.deep.equal(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('gives back every string code unit for code unit, lone surrogates and null bytes included, plain and encrypted', async () => {
    const plain = new DraftStore({ name: uniqueName() });
    const encrypted = new DraftStore({ name: uniqueName(), key: await generateKey() });
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (text) => {
        for (const store of [plain, encrypted]) {
          await store.save('notes', { text });
          const back = (await store.load<{ text: string }>('notes'))!.value.text;
          expect(back.length).to.equal(text.length);
          expect(back === text, `${store.encrypted ? 'encrypted' : 'plain'}: ${JSON.stringify(text)}`).to.equal(true);
        }
      }),
      { numRuns: 40 },
    );
    plain.close();
    encrypted.close();
  });

  it('with a key, stores nothing readable: not the value, not the draft key', async () => {
    const name = uniqueName();
    const store = new DraftStore({ name, key: await generateKey() });
    await store.save('child-4471-visit', { notes: 'CANARY-draft-text' });
    await store.save('child-4471-visit', { notes: 'CANARY-draft-text again' });
    const raw = await rawText(name);
    expect(raw).not.to.include('CANARY');
    expect(raw).not.to.include('child-4471');
    expect(store.encrypted).to.equal(true);
    expect(await store.list(), 'one draft per key').to.have.length(1);
    expect((await store.load('child-4471-visit'))?.value).to.deep.equal({ notes: 'CANARY-draft-text again' });
  });

  it('without a key, stores drafts as plain data (as the guidance says)', async () => {
    const name = uniqueName();
    const store = new DraftStore({ name });
    await store.save('visit', { notes: 'PLAIN-visible' });
    expect(await rawText(name)).to.include('PLAIN-visible');
    expect(store.encrypted).to.equal(false);
  });

  it('lists loudly, not leaving it out, a draft that cannot be decrypted with the key given', async () => {
    const name = uniqueName();
    await new DraftStore({ name, key: await generateKey() }).save('visit', 'secret');
    const other = new DraftStore({ name, key: await generateKey() });
    const error = await rejection(other.list());
    expect(error).to.be.instanceOf(OfflineStorageError);
    expect((error as Error).message).to.match(/could not be decrypted/);
  });

  it('reopens the database when the browser closed the connection, and the save still lands', async () => {
    const name = uniqueName();
    const store = new DraftStore({ name });
    await store.save('a', 1);
    // Close the store's own connection under it, as the browser does when the connection is lost.
    const db = await (store as unknown as { db: OfflineDatabase }).db.open();
    db.close();
    await store.save('b', 2);
    expect((await store.load('b'))?.value).to.equal(2);
  });

  it('tells other tabs when drafts change', async () => {
    const name = uniqueName();
    const tabA = new DraftStore({ name });
    const tabB = new DraftStore({ name });
    let heard = 0;
    tabB.subscribe(() => heard++);
    await tabA.save('x', 'y');
    await until(() => heard > 0, 'a message from the other tab');
    expect((await tabB.load('x'))?.value).to.equal('y');
  });
});

describe('DraftStore: one record open in two tabs', () => {
  for (const encrypted of [false, true]) {
    it(`never writes over a draft another tab saved since this one read it, and hands that draft back${encrypted ? ', encrypted' : ''}`, async () => {
      const name = uniqueName();
      const key = encrypted ? await generateKey() : undefined;
      // Two tabs on one device read one clock; this one stands still, so every save lands in the same millisecond.
      const clock = virtualClock();
      const tabA = new DraftStore({ name, key, clock });
      const tabB = new DraftStore({ name, key, clock });
      const first = await tabA.save('visit', 'typed in A', { over: null });
      const second = await tabB.save('visit', 'typed in B', { over: first.savedAt });
      expect(second.savedAt, 'a draft replacing another has a later time of its own').to.be.above(first.savedAt);

      const error = await rejection(tabA.save('visit', 'more typed in A', { over: first.savedAt }));
      expect(error).to.be.instanceOf(DraftChangedError);
      expect((error as DraftChangedError).draft).to.deep.equal(second);
      expect(await rejection(tabA.save('visit', 'A, thinking there is none', { over: null }))).to.be.instanceOf(DraftChangedError);
      expect((await tabB.load('visit'))?.value, 'what B saved is still there').to.equal('typed in B');

      // Having seen B's draft, A may replace it; without `over` a save replaces whatever is there, as before.
      await tabA.save('visit', 'A, after seeing B', { over: second.savedAt });
      expect((await tabB.load('visit'))?.value).to.equal('A, after seeing B');
      await tabB.save('visit', 'B, unchecked');
      expect((await tabA.load('visit'))?.value).to.equal('B, unchecked');
    });
  }

  it('saves a draft where the one this tab last saw has been deleted (the other tab sent the record)', async () => {
    const name = uniqueName();
    const tabA = new DraftStore({ name });
    const tabB = new DraftStore({ name });
    const saved = await tabA.save('visit', 'typed in A');
    await tabB.remove('visit');
    await tabA.save('visit', 'typed in A again', { over: saved.savedAt });
    expect((await tabB.load('visit'))?.value).to.equal('typed in A again');
  });

  it('lets only one of two tabs saving over the same draft at once write, and rejects the other', async () => {
    const name = uniqueName();
    const tabB = new DraftStore({ name });
    let saveInB: Promise<Draft> | undefined;
    // Tab B starts its save in the gap between tab A reading the stored draft and writing its own.
    const clock = { ...systemClock, now: () => ((saveInB ??= tabB.save('visit', 'B', { over: first.savedAt })), Date.now()) };
    const tabA = new DraftStore({ name, clock });
    const first = await tabB.save('visit', 'typed before');
    const savedInA = await tabA.save('visit', 'A', { over: first.savedAt });
    const error = await rejection(saveInB!);
    expect(error).to.be.instanceOf(DraftChangedError);
    expect((error as DraftChangedError).draft).to.deep.equal(savedInA);
    expect((await tabB.load('visit'))?.value).to.equal('A');
  });

  it('deletes a draft given its savedAt only while it is still the one saved then', async () => {
    const name = uniqueName();
    const tabA = new DraftStore({ name });
    const tabB = new DraftStore({ name });
    const seenByA = await tabA.save('visit', 'typed in A');
    await tabB.save('visit', 'typed in B');
    expect(await tabA.remove('visit', { savedAt: seenByA.savedAt }), 'not deleted').to.equal(false);
    expect((await tabA.load('visit'))?.value).to.equal('typed in B');
    const seenByB = (await tabB.load('visit'))!;
    expect(await tabB.remove('visit', { savedAt: seenByB.savedAt })).to.equal(true);
    expect(await tabA.load('visit')).to.equal(null);
  });

  it('throws a TypeError naming over or savedAt when it is not a time, and changes nothing', async () => {
    const store = new DraftStore({ name: uniqueName() });
    await store.save('visit', 'kept');
    const saving = await rejection(store.save('visit', 'x', { over: '12:00' as unknown as number }));
    expect(saving).to.be.instanceOf(TypeError);
    expect((saving as Error).message).to.match(/over/);
    const removing = await rejection(store.remove('visit', { savedAt: NaN }));
    expect(removing).to.be.instanceOf(TypeError);
    expect((removing as Error).message).to.match(/savedAt/);
    expect((await store.load('visit'))?.value).to.equal('kept');
  });
});

describe('DraftStore: a copy kept at once for a closing page', () => {
  it('rescue() keeps a plain draft synchronously; load() and list() give it back while it is the newest, and the next save clears it', async () => {
    const name = uniqueName();
    const clock = virtualClock();
    const store = new DraftStore({ name, clock });
    const saved = await store.save('visit', 'Seen at school.');
    clock.advance(1000);
    const kept = store.rescue('visit', 'Seen at school. Seen at home');
    expect(kept?.savedAt).to.be.above(saved.savedAt);
    // Another page (the next one opened) reads it, though nothing reached IndexedDB.
    const nextPage = new DraftStore({ name, clock });
    expect(await nextPage.load('visit')).to.deep.equal(kept);
    expect((await nextPage.list()).map((draft) => draft.value)).to.deep.equal(['Seen at school. Seen at home']);
    // A save over it (the page stayed) replaces it, and the copy is gone.
    clock.advance(1000);
    await nextPage.save('visit', 'Seen at school. Seen at home later.', { over: kept!.savedAt });
    expect(Object.keys(localStorage).filter((item) => item.includes(name))).to.deep.equal([]);
    expect((await store.load('visit'))?.value).to.equal('Seen at school. Seen at home later.');
  });

  it('gives back the saved draft, not an older copy; remove() and clearAll() clear copies too', async () => {
    const name = uniqueName();
    const clock = virtualClock();
    const store = new DraftStore({ name, clock });
    store.rescue('old', 'kept as the page closed');
    clock.advance(1000);
    // Saved by another tab afterwards (no copy is cleared there without a save of this key).
    await new DraftStore({ name, clock }).save('other', 'x');
    await store.save('visit', 'newer', { version: 1 });
    localStorage.setItem(`kith-offline:${name}:rescued:visit`, JSON.stringify({ key: 'visit', value: 'older', savedAt: clock.now() - 5000, version: 1 }));
    expect((await store.load('visit'))?.value).to.equal('newer');
    store.rescue('visit', 'typed as it closed');
    await store.remove('visit');
    expect(await store.load('visit')).to.equal(null);
    await store.clearAll();
    expect(await store.list()).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((item) => item.includes(name))).to.deep.equal([]);
  });

  it('keeps nothing for an encrypted store, which cannot seal a draft synchronously', async () => {
    const name = uniqueName();
    const store = new DraftStore({ name, key: await generateKey() });
    expect(store.rescue('visit', 'secret notes')).to.equal(null);
    expect(Object.keys(localStorage).filter((item) => item.includes(name))).to.deep.equal([]);
  });

  it('leaves out a copy that is not a draft, and throws a TypeError naming the field for bad input', async () => {
    const name = uniqueName();
    const store = new DraftStore({ name });
    localStorage.setItem(`kith-offline:${name}:rescued:visit`, '{"key":"visit"');
    expect(await store.list()).to.deep.equal([]);
    expect(() => store.rescue('', 'x')).to.throw(TypeError, /key/);
    expect(() => store.rescue('visit', new Date() as unknown as Json)).to.throw(TypeError, /value/);
    await store.clearAll();
    expect(Object.keys(localStorage).filter((item) => item.includes(name)), 'clearAll() leaves no copy, readable or not').to.deep.equal([]);
  });
});

describe('OfflineDatabase recovery', () => {
  it('retries a write that hit the quota, then surfaces a clear quota error and tells listeners', async () => {
    const name = uniqueName();
    const db = new OfflineDatabase(name);
    const heard: (string | null)[] = [];
    const unsubscribe = onStorageFailure(name, (failure) => heard.push(failure?.reason ?? null));
    let calls = 0;
    const error = await rejection(
      db.run('Saving the draft', async () => {
        calls++;
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      }),
    );
    expect(calls, 'reopened and retried').to.equal(3);
    expect(error).to.be.instanceOf(OfflineStorageError);
    expect((error as OfflineStorageError).reason).to.equal('quota');
    expect((error as Error).message).to.match(/^Saving the draft failed\. This device has no space left for offline data/);
    expect(await db.run('Reading', async () => 'fine')).to.equal('fine');
    expect(heard).to.deep.equal(['quota', null]);
    unsubscribe();
  });

  it('recovers from a lost connection on the next try', async () => {
    const db = new OfflineDatabase(uniqueName());
    let calls = 0;
    const result = await db.run('Reading', async () => {
      if (++calls === 1) throw new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
      return 'ok';
    });
    expect([result, calls]).to.deep.equal(['ok', 2]);
  });

  it('throws TypeErrors from bad input at once, without retrying', async () => {
    const db = new OfflineDatabase(uniqueName());
    let calls = 0;
    const error = await rejection(
      db.run('Saving', async () => {
        calls++;
        throw new TypeError('value must be JSON');
      }),
    );
    expect(error).to.be.instanceOf(TypeError);
    expect(calls).to.equal(1);
  });
});

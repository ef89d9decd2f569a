import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { closePageBeforeSavesLand, draftBannerWords, recordAnnouncements } from '@kith/core/testing.js';
import { DraftStore, type KithDraftRestore } from '@kith/offline';
import { fullDraftStore } from '@kith/offline/testing.js';
import './define.js';
import type { ChronologyEntrySaveEvent, KithChronologyEntryForm } from './define.js';
import { sampleChildren } from '../chronology/sample-chronology.js';
import type { ChronologyEntry } from '../model/index.js';
import { answer, closeStores, control, newStore, settle } from './test-helpers.js';

async function entryForm(store: DraftStore | null, key: string, entry?: ChronologyEntry): Promise<KithChronologyEntryForm> {
  const el = await fixture<KithChronologyEntryForm>(
    html`<kith-chronology-entry-form recorded-by="Sam Jones" .childNames=${sampleChildren} .entry=${entry} .draftStore=${store} draft-key=${key}></kith-chronology-entry-form>`,
  );
  await settle(el);
  return el;
}

/** Takes the form out of the page and puts a new one in its place for the same store and key, as a framework re-mounting it does. */
async function remount(el: KithChronologyEntryForm, store: DraftStore, key: string): Promise<KithChronologyEntryForm> {
  const parent = el.parentElement!;
  el.remove();
  const again = document.createElement('kith-chronology-entry-form');
  again.draftStore = store;
  again.draftKey = key;
  parent.append(again);
  await settle(again);
  return again;
}

const bannerOf = (el: KithChronologyEntryForm) => el.shadowRoot!.querySelector<KithDraftRestore>('kith-draft-restore');

async function press(banner: KithDraftRestore, part: string): Promise<void> {
  await banner.updateComplete;
  banner.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();
  await banner.updateComplete;
}

/** The answer a draft in the store holds for one control, or undefined. */
async function savedAnswer(store: DraftStore, key: string, name: string): Promise<unknown> {
  return ((await store.load(key))?.value as { answers?: Record<string, unknown> } | undefined)?.answers?.[name];
}


/** Presses Restore on the banner the form shows, and waits for the answers to be back. */
async function restoreOffered(el: KithChronologyEntryForm): Promise<void> {
  expect(bannerOf(el), 'the draft is offered').to.not.equal(null);
  await press(bannerOf(el)!, 'restore');
  await settle(el);
}

/** Presses the form's save button and resolves with the entry it fires, or null when it shows errors. */
async function save(el: KithChronologyEntryForm): Promise<ChronologyEntry | null> {
  let saved: ChronologyEntry | null = null;
  el.addEventListener('kith-chronology-entry-save', (event) => (saved = (event as ChronologyEntrySaveEvent).entry), { once: true });
  el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  await settle(el);
  return saved;
}

const nextChange = (store: DraftStore) => new Promise<void>((resolve) => {
  const stop = store.subscribe(() => {
    stop();
    resolve();
  });
});

const everything = {
  date: '2024-03-05',
  time: '14:30',
  approximate: ['approximate'],
  title: 'Police called to the family home',
  category: 'police',
  source: 'South Wales Police',
  significance: 'high',
  childIds: ['amira', 'leo'],
  description: 'Neighbours heard shouting.\nOfficers attended at 14:30 — Amira was upset.',
  impactOnChild: 'Amira said she “could not sleep”.',
  actionTaken: 'Strategy discussion booked.',
};

const editing: ChronologyEntry = {
  id: 'hughes-007',
  date: '2022-05',
  title: 'Strategy meeting',
  category: 'police',
  source: 'South Wales Police',
  significance: 'high',
  recordedAt: '2022-05-04T08:15:00Z',
};

describe('kith-chronology-entry-form: drafts', () => {
  afterEach(closeStores);

  it('saves every answer after a typing pause, and Restore puts every answer and the precision back', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-1:new');
    await answer(el, { precision: 'minute' });
    const saved = nextChange(store);
    await answer(el, everything);
    await saved;
    expect(await store.load('chronology:case-1:new'), 'saved by the pause alone').to.not.equal(null);
    await el.draftSaved();
    el.remove();

    const again = await entryForm(store, 'chronology:case-1:new');
    await restoreOffered(again);
    expect(bannerOf(again), 'the offer is gone once taken').to.equal(null);
    expect(again.shadowRoot!.activeElement, 'focus is on the first question').to.equal(control(again, 'precision'));
    expect(control(again, 'precision').value).to.equal('minute');
    for (const [name, value] of Object.entries(everything)) {
      if (Array.isArray(value)) expect(control(again, name).values, name).to.deep.equal(value);
      else expect(control(again, name).value, name).to.equal(value);
    }
    const entry = await save(again);
    expect(entry).to.deep.include({ date: '2024-03-05T14:30', approximate: true, title: everything.title, description: everything.description });
  });

  it('saves typing on the keyboard, and a date known only to the year, and gives both back', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-2:new');
    await answer(el, { precision: 'year', date: '2019' });
    control(el, 'title').focus();
    await sendKeys({ type: 'Moved to Cardiff' });
    await el.draftSaved();
    el.remove();

    const again = await entryForm(store, 'chronology:case-2:new');
    await restoreOffered(again);
    expect(control(again, 'precision').value).to.equal('year');
    expect(control(again, 'date').getAttribute('precision')).to.equal('year');
    expect(control(again, 'date').value).to.equal('2019');
    expect(control(again, 'title').value).to.equal('Moved to Cardiff');
  });

  it('keeps a date that is not finished as it was typed, and gives it back', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-3:new');
    await answer(el, { precision: 'month' });
    control(el, 'date').typed = ['13', '2024'];
    await answer(el, { title: 'Visit' });
    await el.draftSaved();
    el.remove();

    const again = await entryForm(store, 'chronology:case-3:new');
    await restoreOffered(again);
    expect(control(again, 'date').typed).to.deep.equal(['13', '2024']);
  });

  it('saves at once when the page is hidden or closed', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-4:new');
    const pendingSaves = () => (el as unknown as { drafts: { saving: Promise<void> } }).drafts.saving;
    await answer(el, { title: 'Closed the tab' });
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    // Only a save already started counts: a page being closed does not wait for the pause.
    await pendingSaves();
    expect(await savedAnswer(store, 'chronology:case-4:new', 'title')).to.equal('Closed the tab');

    await answer(el, { title: 'Switched to another app' });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as unknown as { visibilityState?: string }).visibilityState;
    }
    await pendingSaves();
    expect(await savedAnswer(store, 'chronology:case-4:new', 'title')).to.equal('Switched to another app');
  });

  it('keeps what was typed in a copy made at once when the page closes before its save lands, and saves over it if the page stays', async () => {
    const store = newStore();
    const key = 'chronology:case-5:new';
    const el = await entryForm(store, key);
    await answer(el, { title: 'Closed the tab at once' });
    await closePageBeforeSavesLand(el);
    const nextPage = new DraftStore({ name: store.name });
    expect(await savedAnswer(nextPage, key, 'title'), 'the next page finds it').to.equal('Closed the tab at once');
    nextPage.close();
    // The page stayed after all (the back/forward cache): its next save goes over its own copy.
    await answer(el, { title: 'Closed the tab at once, then came back' });
    await settle(el);
    expect(bannerOf(el), 'its own answers are not offered back').to.equal(null);
    expect(await savedAnswer(store, key, 'title')).to.equal('Closed the tab at once, then came back');
  });

  it('announces the offer through the page live region, as the case form does', async () => {
    const store = newStore();
    await store.save('chronology:case-5:new', { answers: { title: 'Home visit' } });
    const recorder = recordAnnouncements();
    const el = await entryForm(store, 'chronology:case-5:new');
    await waitUntil(() => recorder.messages.length > 0, 'the offer is announced');
    recorder.stop();
    expect(recorder.messages[0]).to.match(/^You have unsaved answers from /);
    expect(bannerOf(el)!.shadowRoot!.textContent).to.contain(recorder.messages[0]);
  });

  it('Discard deletes the draft, and the form stays empty', async () => {
    const store = newStore();
    await store.save('chronology:case-6:new', { answers: { title: 'Home visit' } });
    const el = await entryForm(store, 'chronology:case-6:new');
    const banner = bannerOf(el)!;
    await press(banner, 'discard');
    await press(banner, 'confirm-discard');
    await settle(el);
    expect(bannerOf(el)).to.equal(null);
    expect(await store.load('chronology:case-6:new')).to.equal(null);
    expect(control(el, 'title').value).to.equal('');
    expect(el.shadowRoot!.activeElement, 'focus is on the first question, not lost with the banner').to.equal(control(el, 'precision'));
  });

  it('never writes over the draft on offer while the user types before choosing Restore or Discard', async () => {
    const store = newStore();
    await store.save('chronology:case-12:new', { answers: { description: 'A long account of the visit.' } });
    const el = await entryForm(store, 'chronology:case-12:new');
    await answer(el, { title: 'Typed past the banner' });
    await el.draftSaved();
    expect(await savedAnswer(store, 'chronology:case-12:new', 'description')).to.equal('A long account of the visit.');
    await restoreOffered(el);
    expect(control(el, 'description').value).to.equal('A long account of the visit.');
  });

  it('Restore puts back every answer the draft holds, over what the user gave those questions while it was on offer, and keeps and saves their answers to the others', async () => {
    const store = newStore();
    const key = 'chronology:case-15:new';
    await store.save(key, { entryId: null, precision: 'day', answers: { date: '2024-03-05', title: 'Home visit', description: 'A long account of the visit.' } });
    const el = await entryForm(store, key);
    await answer(el, { precision: 'year', date: '2023', title: 'H', source: 'Sam Jones' });
    await restoreOffered(el);
    expect(control(el, 'precision').value, 'the draft’s date, with its precision').to.equal('day');
    expect(control(el, 'date').value).to.equal('2024-03-05');
    expect(control(el, 'title').value, 'a stray keystroke does not cost the draft’s answer').to.equal('Home visit');
    expect(control(el, 'description').value).to.equal('A long account of the visit.');
    expect(control(el, 'source').value, 'typed past the banner to a question the draft left blank').to.equal('Sam Jones');
    await el.draftSaved();
    expect(await savedAnswer(store, key, 'source'), 'saved without another keystroke').to.equal('Sam Jones');
    expect(await savedAnswer(store, key, 'title')).to.equal('Home visit');
  });

  it('Restore keeps the date the user gave while the draft was on offer when the draft has none', async () => {
    const store = newStore();
    const key = 'chronology:case-29:new';
    await store.save(key, { entryId: null, precision: 'day', answers: { title: 'Home visit' } });
    const el = await entryForm(store, key);
    await answer(el, { precision: 'year', date: '2023' });
    await restoreOffered(el);
    expect(control(el, 'precision').value).to.equal('year');
    expect(control(el, 'date').value).to.equal('2023');
    expect(control(el, 'title').value).to.equal('Home visit');
  });

  it('Restore fills the questions the user emptied while the draft was on offer, and the date when only the precision was changed', async () => {
    const store = newStore();
    const key = 'chronology:case-19:new';
    await store.save(key, { entryId: null, precision: 'day', answers: { date: '2024-03-05', description: 'A long account of the visit.' } });
    const el = await entryForm(store, key);
    await answer(el, { description: 'x' });
    await answer(el, { description: '', precision: 'year' });
    await restoreOffered(el);
    expect(control(el, 'description').value).to.equal('A long account of the visit.');
    expect(control(el, 'precision').value).to.equal('day');
    expect(control(el, 'date').value).to.equal('2024-03-05');
    await el.draftSaved();
    expect(await savedAnswer(store, key, 'description')).to.equal('A long account of the visit.');
  });

  it('deletes the draft when the entry is saved, and keeps it when the answers have errors', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-7:new');
    await answer(el, { title: 'Home visit' });
    expect(await save(el), 'errors: nothing saved').to.equal(null);
    expect(await store.load('chronology:case-7:new'), 'the draft is kept').to.not.equal(null);
    await answer(el, { date: '2024-03-05', category: 'visit', source: 'Sam Jones', significance: 'low' });
    const fired = oneEvent(el, 'kith-chronology-entry-save');
    el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
    await fired;
    await settle(el);
    expect(await store.load('chronology:case-7:new'), 'the draft is deleted').to.equal(null);
  });

  describe('one entry open in two tabs', () => {
    afterEach(() => setLocale('en-GB'));

    /** Tab A typed and saved; tab B then opened the same new entry, restored A's draft and typed more. */
    async function openedTwice(key: string): Promise<[KithChronologyEntryForm, KithChronologyEntryForm, DraftStore]> {
      const name = `entry-form-tabs-${crypto.randomUUID()}`;
      const tabA = await entryForm(newStore(name), key);
      await answer(tabA, { title: 'Home visit' });
      await settle(tabA);
      const storeB = newStore(name);
      const tabB = await entryForm(storeB, key);
      const [heading, message] = await draftBannerWords(tabB);
      expect([heading, message.startsWith('You have unsaved answers from ')], 'a draft found on opening').to.deep.equal(['Unsaved answers', true]);
      await restoreOffered(tabB);
      await answer(tabB, { description: 'A long account of the visit.' });
      await settle(tabB);
      expect(await savedAnswer(storeB, key, 'description')).to.equal('A long account of the visit.');
      return [tabA, tabB, storeB];
    }

    it('offers what the other tab saved since instead of writing over it; Restore takes its answers and keeps this tab’s to questions it left blank', async () => {
      const key = 'chronology:case-31:new';
      const [tabA, , storeB] = await openedTwice(key);
      await answer(tabA, { source: 'Sam Jones' });
      await settle(tabA);
      expect(await savedAnswer(storeB, key, 'description'), 'what tab B saved is still there').to.equal('A long account of the visit.');
      expect(control(tabA, 'source').value, 'nothing is taken off this tab’s screen').to.equal('Sam Jones');
      const [heading, message] = await draftBannerWords(tabA);
      // The banner's own tests check these words in English and Welsh; here, that the form asks for them.
      expect(heading, 'the other tab’s answers are offered, saying where they come from').to.equal('Answers saved in another tab');
      expect(message).to.match(/^This record was changed in another tab or window /);
      await settle(tabA);
      await restoreOffered(tabA);
      expect(control(tabA, 'description').value).to.equal('A long account of the visit.');
      expect(control(tabA, 'title').value).to.equal('Home visit');
      expect(control(tabA, 'source').value).to.equal('Sam Jones');
      await settle(tabA);
      expect(await savedAnswer(storeB, key, 'source')).to.equal('Sam Jones');
      expect(await savedAnswer(storeB, key, 'description')).to.equal('A long account of the visit.');
    });

    it('does not save again when nothing was typed since its last save, so the other tab is not told the record changed', async () => {
      const key = 'chronology:case-33:new';
      const name = `entry-form-tabs-${crypto.randomUUID()}`;
      const tabA = await entryForm(newStore(name), key);
      control(tabA, 'title').focus();
      await sendKeys({ type: 'Home visit' });
      await settle(tabA);
      const tabB = await entryForm(newStore(name), key);
      await restoreOffered(tabB);
      // Focus leaves tab A's field as the user moves to tab B: it fires change, with nothing new in it.
      control(tabB, 'description').focus();
      await settle(tabA);
      await sendKeys({ type: 'A long account of the visit.' });
      await settle(tabB);
      expect(bannerOf(tabB), 'tab B is not told another tab changed the record').to.equal(null);
      expect(await savedAnswer(newStore(name), key, 'description')).to.equal('A long account of the visit.');
    });

    it('keeps what the other tab saved since when this tab saves the entry', async () => {
      const key = 'chronology:case-32:new';
      const [tabA, , storeB] = await openedTwice(key);
      await answer(tabA, { date: '2024-03-05', category: 'visit', source: 'Sam Jones', significance: 'low' });
      expect(await save(tabA)).to.not.equal(null);
      await settle(tabA);
      expect(await savedAnswer(storeB, key, 'description'), 'what only tab B has is kept, to be offered').to.equal('A long account of the visit.');
    });
  });

  it('offers a draft of an entry being edited only to a form editing that same entry', async () => {
    const store = newStore();
    const key = 'chronology:case-8:edit';
    const el = await entryForm(store, key, editing);
    await answer(el, { title: 'Strategy meeting, held by phone' });
    await el.draftSaved();
    el.remove();

    const other = await entryForm(store, key, { ...editing, id: 'hughes-008' });
    expect(bannerOf(other), 'not offered to another entry').to.equal(null);
    other.remove();
    const adding = await entryForm(store, key);
    expect(bannerOf(adding), 'not offered to a new entry').to.equal(null);
    adding.remove();

    const same = await entryForm(store, key, editing);
    await restoreOffered(same);
    expect(control(same, 'title').value).to.equal('Strategy meeting, held by phone');
    expect(await save(same)).to.deep.include({ id: 'hughes-007', title: 'Strategy meeting, held by phone' });
  });

  it('saves what was typed under the key it was typed for when the draft-key changes', async () => {
    const store = newStore();
    await store.save('chronology:leo:new', { answers: { title: 'About Leo' } });
    const el = await entryForm(store, 'chronology:amira:new');
    await answer(el, { title: 'About Amira' });
    el.draftKey = 'chronology:josh:new';
    await el.updateComplete;
    await settle(el);
    expect(await savedAnswer(store, 'chronology:amira:new', 'title')).to.equal('About Amira');
    expect(await store.load('chronology:josh:new'), "nothing of Amira's under Josh's key").to.equal(null);
    await answer(el, { title: 'About Josh' });
    el.draftKey = 'chronology:leo:new';
    await el.updateComplete;
    await settle(el);
    expect(await savedAnswer(store, 'chronology:josh:new', 'title'), "Josh's draft, saved though Leo's is on offer").to.equal('About Josh');
    expect(await savedAnswer(store, 'chronology:leo:new', 'title'), "Leo's draft, not written over").to.equal('About Leo');
  });

  it('saves what was typed into one entry under its own key when the host opens another entry and key at once', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-13:hughes-007', editing);
    await answer(el, { precision: 'year', title: 'Typed into entry 7' });
    el.entry = { ...editing, id: 'hughes-008', date: '2023-01-02', title: 'Entry 8' };
    el.draftKey = 'chronology:case-13:hughes-008';
    await el.updateComplete;
    await settle(el);
    el.remove();

    const again = await entryForm(store, 'chronology:case-13:hughes-007', editing);
    await restoreOffered(again);
    expect(control(again, 'title').value).to.equal('Typed into entry 7');
    expect(control(again, 'precision').value).to.equal('year');
  });

  it('does not offer the user their own answers, nor stop saving them, when the form is moved on the page', async () => {
    const store = newStore();
    const el = await entryForm(store, 'chronology:case-14:new');
    await answer(el, { title: 'Before the move' });
    const elsewhere = document.createElement('div');
    el.parentElement!.after(elsewhere);
    el.remove();
    await el.draftSaved();
    elsewhere.append(el);
    await settle(el);
    expect(bannerOf(el), 'their own answers are not "unsaved answers"').to.equal(null);
    await answer(el, { title: 'After the move' });
    await el.draftSaved();
    expect(await savedAnswer(store, 'chronology:case-14:new', 'title')).to.equal('After the move');
    elsewhere.remove();
  });

  it('offers what was typed to a new form for the same key when a framework re-mounts it before the typing pause ends', async () => {
    const store = newStore();
    const key = 'chronology:case-16:new';
    const el = await entryForm(store, key);
    await answer(el, { title: 'Typed before the re-mount' });
    const again = await remount(el, store, key);
    await restoreOffered(again);
    expect(control(again, 'title').value).to.equal('Typed before the re-mount');
  });

  it('does not offer a discarded draft to a new form for the same key mounted as the deletion is under way', async () => {
    const store = newStore();
    const key = 'chronology:case-18:new';
    await store.save(key, { entryId: null, answers: { title: 'Discarded' } });
    const el = await entryForm(store, key);
    const banner = bannerOf(el)!;
    await press(banner, 'discard');
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    const again = await remount(el, store, key);
    expect(bannerOf(again)).to.equal(null);
  });

  it('offers the draft when the host sets the store and key after the form has opened', async () => {
    const store = newStore();
    await store.save('chronology:case-9:new', { answers: { title: 'Home visit' } });
    const el = await entryForm(null, '');
    el.draftStore = store;
    el.draftKey = 'chronology:case-9:new';
    await settle(el);
    expect(bannerOf(el), 'the draft is offered').to.not.equal(null);
  });

  it('restores what it can read of a draft it cannot fully read, and asks the rest', async () => {
    const store = newStore();
    await store.save('chronology:case-10:new', { precision: 'decade', answers: { title: 42, source: 'Health visitor', category: ['x'] }, childIds: 'leo', typedDate: 7 });
    const el = await entryForm(store, 'chronology:case-10:new');
    await restoreOffered(el);
    expect(control(el, 'precision').value).to.equal('day');
    expect(control(el, 'source').value).to.equal('Health visitor');
    expect(control(el, 'title').value).to.equal('');
    expect(control(el, 'childIds').values).to.deep.equal([]);
  });

  it('tells screen reader users at once, and once, when what they type cannot be kept as a draft', async () => {
    const recorder = recordAnnouncements('assertive');
    const el = await entryForm(fullDraftStore(), 'chronology:case-17:new');
    await answer(el, { title: 'Home visit' });
    await settle(el);
    await waitUntil(() => recorder.messages.length > 0, 'the warning is announced');
    await answer(el, { title: 'Home visit, Amira present' });
    await settle(el);
    recorder.stop();
    expect(recorder.messages).to.deep.equal([el.shadowRoot!.querySelector('kith-warning-text')!.textContent!.trim()]);
  });

  it('still saves entries when the store fails to read, save or delete', async () => {
    const failing = {
      load: () => Promise.reject(new Error('disk gone')),
      save: () => Promise.reject(new Error('disk gone')),
      remove: () => Promise.reject(new Error('disk gone')),
    } as unknown as DraftStore;
    const el = await entryForm(failing, 'chronology:case-11:new');
    expect(bannerOf(el)).to.equal(null);
    await answer(el, { date: '2024-03-05', title: 'Home visit', category: 'visit', source: 'Sam Jones', significance: 'low' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('kith-warning-text')?.textContent, 'the user is told to keep the page open').to.contain('could not be kept as a draft');
    expect(await save(el)).to.deep.include({ title: 'Home visit' });
  });
});

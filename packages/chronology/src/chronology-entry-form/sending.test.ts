import { expect, fixture, html, aTimeout, waitUntil } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { expectAxeClean, hostRequest, recordAnnouncements } from '@kith/core/testing.js';
import type { DraftStore } from '@kith/offline';
import './define.js';
import type { ChronologyEntrySaveEvent, KithChronologyEntryForm } from './define.js';
import { answer, closeStores, control, newStore, settle } from './test-helpers.js';

const KEY = 'chronology:case-1:new';

async function entryForm(store: DraftStore): Promise<KithChronologyEntryForm> {
  const el = await fixture<KithChronologyEntryForm>(html`<kith-chronology-entry-form .draftStore=${store} draft-key=${KEY}></kith-chronology-entry-form>`);
  await settle(el);
  return el;
}

const valid = { date: '2024-03-05', title: 'Police called to the family home', category: 'police', source: 'South Wales Police', significance: 'high' };

/** Fills the form, waits for its draft, and presses save with a host that handles the event as `host` does. */
async function saveWith(store: DraftStore, host: (event: ChronologyEntrySaveEvent) => void): Promise<KithChronologyEntryForm> {
  const el = await entryForm(store);
  await answer(el, valid);
  await el.draftSaved();
  expect(await store.load(KEY), 'the draft is saved before the entry is').to.not.equal(null);
  const fired = new Promise<void>((resolve) =>
    el.addEventListener(
      'kith-chronology-entry-save',
      (event) => {
        host(event);
        resolve();
      },
      { once: true },
    ),
  );
  el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  await fired;
  return el;
}

describe('kith-chronology-entry-form: the draft is kept until the host has stored the entry', () => {
  afterEach(closeStores);

  it('deletes the draft once what the host passed to waitUntil() resolves', async () => {
    const store = newStore();
    const { sending, resolve } = hostRequest();
    const el = await saveWith(store, (event) => event.waitUntil(sending));
    resolve();
    await settle(el);
    expect(await store.load(KEY), 'deleted once sent').to.equal(null);
  });

  it('keeps the draft, and offers it next time, when sending fails', async () => {
    const store = newStore();
    const { sending, reject } = hostRequest();
    const el = await saveWith(store, (event) => event.waitUntil(sending));
    reject(new Error('503 from the case system'));
    await settle(el);
    el.remove();
    const again = await entryForm(store);
    expect(again.shadowRoot!.querySelector('kith-draft-restore'), 'the draft is offered').to.not.equal(null);
  });

  it('keeps the draft when the page closes while the entry is still being sent', async () => {
    const store = newStore();
    const el = await saveWith(store, (event) => event.waitUntil(new Promise(() => {})));
    el.remove();
    // The next page opens its own store on the same database.
    const nextPage = newStore(store.name);
    const again = await entryForm(nextPage);
    expect(again.shadowRoot!.querySelector('kith-draft-restore'), 'the draft is offered').to.not.equal(null);
  });

  it('says, in English and Welsh, that the entry could not be saved when sending fails, and keeps every answer', async () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      await setLocale(locale);
      const store = newStore();
      const { sending, reject } = hostRequest();
      const el = await saveWith(store, (event) => event.waitUntil(sending));
      reject(new Error('503 from the case system'));
      await settle(el);
      const said = el.shadowRoot!.querySelector('kith-error-summary')?.shadowRoot?.textContent ?? '';
      expect(said, locale).to.include(
        locale === 'cy'
          ? 'Nid oedd modd cadw’r cofnod. Rhowch gynnig arall arni.'
          : 'The entry could not be saved. Try again.',
      );
      expect(control(el, 'title').value, locale).to.equal(valid.title);
      el.remove();
    }
    await setLocale('en-GB');
  });

  it('says nothing when the host cancels the event', async () => {
    const store = newStore();
    const el = await saveWith(store, (event) => event.preventDefault());
    await settle(el);
    expect(el.shadowRoot!.querySelector('kith-error-summary')?.shadowRoot?.textContent ?? '').to.not.include('could not be saved');
  });

  it('keeps the draft when the host cancels the event', async () => {
    const store = newStore();
    const el = await saveWith(store, (event) => event.preventDefault());
    await settle(el);
    expect(await store.load(KEY)).to.not.equal(null);
  });

  it('keeps what was typed while the entry was being sent', async () => {
    const store = newStore();
    const { sending, resolve } = hostRequest();
    const el = await saveWith(store, (event) => event.waitUntil(sending));
    await answer(el, { description: 'Added while the entry was being sent.' });
    resolve();
    await settle(el);
    const draft = (await store.load(KEY))?.value as { answers?: { description?: string } } | undefined;
    expect(draft?.answers?.description).to.equal('Added while the entry was being sent.');
  });

  it('keeps a draft still on offer when the user saves another entry without choosing Restore or Discard', async () => {
    const store = newStore();
    await store.save(KEY, { answers: { title: 'Unfinished entry from yesterday', description: 'Two pages of notes.' } });
    const el = await entryForm(store);
    expect(el.shadowRoot!.querySelector('kith-draft-restore'), 'the earlier draft is offered').to.not.equal(null);
    await answer(el, valid);
    const fired = new Promise<void>((resolve) => el.addEventListener('kith-chronology-entry-save', () => resolve(), { once: true }));
    el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
    await fired;
    await settle(el);
    const draft = (await store.load(KEY))?.value as { answers?: { title?: string } } | undefined;
    expect(draft?.answers?.title, 'the draft the user has not yet seen').to.equal('Unfinished entry from yesterday');
  });

  it('does not offer the entry being sent to a new form the host opens for the same key, and offers it if sending fails', async () => {
    for (const outcome of ['stored', 'failed'] as const) {
      const store = newStore();
      const { sending, resolve, reject } = hostRequest();
      let fresh: KithChronologyEntryForm | undefined;
      await saveWith(store, (event) => {
        event.waitUntil(sending);
        // The host opens a fresh form for the next entry at once, as a page adding entries one after another does.
        fresh = document.createElement('kith-chronology-entry-form');
        fresh.draftStore = store;
        fresh.setAttribute('draft-key', KEY);
        document.body.append(fresh);
      });
      // A form that read the store at once has had its answer (reads on one store keep their order) and shown its banner.
      await store.load(KEY);
      await fresh!.updateComplete;
      expect(fresh!.shadowRoot!.querySelector('kith-draft-restore'), `${outcome}: not offered while it is being sent`).to.equal(null);
      if (outcome === 'stored') resolve();
      else reject(new Error('503 from the case system'));
      await settle(fresh!);
      const offered = fresh!.shadowRoot!.querySelector('kith-draft-restore');
      if (outcome === 'stored') expect(offered, 'stored: never offered').to.equal(null);
      else expect(offered, 'failed: offered, so it is not lost').to.not.equal(null);
      fresh!.remove();
    }
  });

  it('deletes the draft at once when the host does not call waitUntil()', async () => {
    const store = newStore();
    const el = await saveWith(store, () => {});
    await settle(el);
    expect(await store.load(KEY)).to.equal(null);
  });
});

describe('kith-chronology-entry-form: while the host saves the entry', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    await closeStores();
  });

  const pressSave = (el: KithChronologyEntryForm) => el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  const statusOf = (el: KithChronologyEntryForm) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';

  /** Waits until the form and its controls have rendered: settle() would wait for the draft, which waits for the send. */
  async function rendered(el: KithChronologyEntryForm): Promise<void> {
    for (let i = 0; i < 3; i++) {
      const all = [el, ...el.shadowRoot!.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
      await Promise.all(all.map((element) => element.updateComplete));
    }
  }

  /** Counts the save events after the first; each one's sending is `sending`. */
  function countSaves(el: KithChronologyEntryForm, sending: Promise<void>): { events: number } {
    const count = { events: 0 };
    el.addEventListener('kith-chronology-entry-save', (event) => {
      count.events++;
      (event as ChronologyEntrySaveEvent).waitUntil(sending);
    });
    return count;
  }

  it('saves the entry once however often Save is pressed while it is being saved, with the button still enabled', async () => {
    const { sending, resolve } = hostRequest();
    const el = await saveWith(newStore(), (event) => event.waitUntil(sending));
    const more = countSaves(el, sending);
    pressSave(el);
    pressSave(el);
    await rendered(el);
    expect(more.events, 'one entry in the chronology, not three').to.equal(0);
    const button = el.shadowRoot!.querySelector('kith-button')!.shadowRoot!.querySelector('button')!;
    expect(button.disabled, 'the button stays enabled and focusable').to.equal(false);
    resolve();
    await settle(el);
    pressSave(el);
    await settle(el);
    expect(more.events, 'once saved, Save sends again').to.equal(1);
  });

  it('saves again after a failed send', async () => {
    const { sending, reject } = hostRequest();
    const el = await saveWith(newStore(), (event) => event.waitUntil(sending));
    reject(new Error('503 from the case system'));
    await settle(el);
    const more = countSaves(el, Promise.resolve());
    pressSave(el);
    await settle(el);
    expect(more.events).to.equal(1);
  });

  for (const [locale, said] of [
    ['en-GB', 'Saving the entry…'],
    ['cy', 'Wrthi’n cadw’r cofnod…'],
  ] as const) {
    it(`says "${said}" by the Save button and through the shared live region until saving ends, and again at each press (${locale})`, async () => {
      await setLocale(locale);
      const { sending, resolve } = hostRequest();
      const polite = recordAnnouncements('polite');
      const el = await saveWith(newStore(), (event) => event.waitUntil(sending));
      await rendered(el);
      expect(statusOf(el)).to.equal(said);
      expect(el.shadowRoot!.querySelector('[role="status"], [aria-live], [role="alert"]'), 'no live region of its own').to.equal(null);
      await waitUntil(() => polite.messages.includes(said), 'announced');
      pressSave(el);
      await waitUntil(() => polite.messages.filter((message) => message === said).length === 2, 'said again when Save is pressed again');
      polite.stop();
      resolve();
      await settle(el);
      expect(statusOf(el), 'saved').to.equal('');
    });
  }

  it('says no more that it is saving once sending fails', async () => {
    const { sending, reject } = hostRequest();
    const el = await saveWith(newStore(), (event) => event.waitUntil(sending));
    await rendered(el);
    expect(statusOf(el)).to.equal('Saving the entry…');
    reject(new Error('503 from the case system'));
    await settle(el);
    expect(statusOf(el)).to.equal('');
  });

  it('uses the page’s words from strings.sending', async () => {
    const polite = recordAnnouncements('polite');
    const el = await entryForm(newStore());
    el.strings = { sending: 'Adding to the chronology…' };
    await answer(el, valid);
    el.addEventListener('kith-chronology-entry-save', (event) => (event as ChronologyEntrySaveEvent).waitUntil(hostRequest().sending), { once: true });
    pressSave(el);
    await rendered(el);
    expect(statusOf(el)).to.equal('Adding to the chronology…');
    await waitUntil(() => polite.messages.includes('Adding to the chronology…'), 'announced');
    polite.stop();
  });

  it('says nothing about saving when the host sends nothing', async () => {
    const polite = recordAnnouncements('polite');
    const el = await saveWith(newStore(), () => {});
    await settle(el);
    expect(statusOf(el)).to.equal('');
    // The announcer writes a message 50 ms after it is given; no event says when.
    await aTimeout(100);
    polite.stop();
    expect(polite.messages).to.deep.equal([]);
  });

  it('is axe-clean while saving, in English and Welsh', async () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      await setLocale(locale);
      const el = await saveWith(newStore(), (event) => event.waitUntil(hostRequest().sending));
      await rendered(el);
      expect(statusOf(el), locale).to.not.equal('');
      await expectAxeClean(el);
      el.remove();
    }
  });
});

// A tab closed straight after typing: the browser starts the save as the page closes, but usually
// ends the page before it lands. A plain store keeps a copy of the answers at once.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePageBeforeSavesLand } from '@kith/core/testing.js';
import { DraftStore } from '@kith/offline';
import { bannerOf, closeStores, newStore, settle } from './test-helpers.js';
import '../text-input/define.js';
import './define.js';
import type { KithCaseForm } from './case-form.js';
import type { CaseFormDraft } from './form-values.js';

async function openForm(key: string, store: DraftStore): Promise<KithCaseForm> {
  const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
    ><form><kith-text-input name="notes" label="Visit notes"></kith-text-input></form
  ></kith-case-form>`);
  await el.draftSaved();
  return el;
}

async function type(el: KithCaseForm, text: string): Promise<void> {
  el.querySelector('kith-text-input')!.focus();
  await sendKeys({ type: text });
}

const notesIn = async (store: DraftStore, key: string) => ((await store.load(key))?.value as CaseFormDraft | undefined)?.answers.notes;

describe('kith-case-form: a page closed before its save lands', () => {
  afterEach(closeStores);

  it('keeps what was typed in the last second in a copy made at once, which the next page offers', async () => {
    const store = newStore();
    const key = `visit:${crypto.randomUUID()}`;
    const el = await openForm(key, store);
    await type(el, 'Seen at home');
    await closePageBeforeSavesLand(el);
    const nextPage = new DraftStore({ name: store.name });
    try {
      expect(await notesIn(nextPage, key)).to.equal('Seen at home');
    } finally {
      nextPage.close();
    }
  });

  it('saves over its own copy when the page stays after all (the back/forward cache), and does not take it for another tab’s', async () => {
    const store = newStore();
    const key = `visit:${crypto.randomUUID()}`;
    const el = await openForm(key, store);
    await type(el, 'Seen at home');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.draftSaved();
    await type(el, ' with her mother');
    await el.draftSaved();
    await settle(el);
    expect(bannerOf(el), 'its own answers are not offered back').to.equal(null);
    expect(await notesIn(store, key)).to.equal('Seen at home with her mother');
    expect(Object.keys(localStorage).filter((item) => item.includes(store.name)), 'the copy is cleared by the save').to.deep.equal([]);
  });
});

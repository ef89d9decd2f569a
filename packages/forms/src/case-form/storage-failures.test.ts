import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { failPutsWithQuota } from '@kith/core/testing.js';
import { DraftStore, generateKey } from '@kith/offline';
import { bannerOf, closeStores, newStore } from './test-helpers.js';
import '../text-input/define.js';
import './define.js';
import type { KithCaseForm } from './case-form.js';

const statusOf = (el: KithCaseForm) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const NOT_SAVED = 'Your answers could not be saved on this device. Keep this page open.';
const NOT_SAVED_CY = 'Nid oedd modd cadw eich atebion ar y ddyfais hon. Cadwch y dudalen hon ar agor.';

async function openForm(store: DraftStore | null): Promise<KithCaseForm> {
  return fixture<KithCaseForm>(html`<kith-case-form draft-key=${`visit:${crypto.randomUUID()}`} .draftStore=${store}
    ><form><kith-text-input name="notes" label="Visit notes"></kith-text-input></form
  ></kith-case-form>`);
}

/** Types into the form's field and waits for the save that follows and its status line. */
async function typeAndSave(el: KithCaseForm, text: string): Promise<void> {
  el.querySelector('kith-text-input')!.focus();
  await sendKeys({ type: text });
  await el.draftSaved();
  await elementUpdated(el);
}

describe('kith-case-form when the device cannot keep drafts', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
  beforeEach(() => {
    unhandled.length = 0;
    window.addEventListener('unhandledrejection', onUnhandled);
  });
  afterEach(async () => {
    window.removeEventListener('unhandledrejection', onUnhandled);
    await setLocale('en-GB');
    await closeStores();
    expect(unhandled, 'no unhandled rejection').to.deep.equal([]);
  });

  it('says plainly, in English and Welsh, that the answers are not saved when the browser refuses IndexedDB, keeps them on screen, and saves once it can', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to the Indexed Database API is denied in this context.', 'SecurityError');
    };
    const store = newStore();
    let el: KithCaseForm;
    try {
      el = await openForm(store);
      await typeAndSave(el, 'Seen at home');
      expect(statusOf(el)).to.equal(NOT_SAVED);
      await setLocale('cy');
      await elementUpdated(el);
      expect(statusOf(el)).to.equal(NOT_SAVED_CY);
      expect(el.querySelector('kith-text-input')!.value, 'still on screen').to.equal('Seen at home');
      await setLocale('en-GB');
    } finally {
      IDBFactory.prototype.open = open;
    }
    await typeAndSave(el, '.');
    expect(statusOf(el)).to.match(/^Draft saved at \d\d:\d\d$/);
    expect((await store.load(el.draftKey))?.value).to.deep.include({ answers: { notes: 'Seen at home.' } });
  });

  it('says the answers are not saved in a browser with no IndexedDB at all, with the store it keeps itself', async () => {
    const indexedDbProperty = Object.getOwnPropertyDescriptor(window, 'indexedDB')!;
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    try {
      const el = await openForm(null);
      await typeAndSave(el, 'Seen at home');
      expect(statusOf(el)).to.equal(NOT_SAVED);
      expect(el.querySelector('kith-text-input')!.value).to.equal('Seen at home');
    } finally {
      Object.defineProperty(window, 'indexedDB', indexedDbProperty);
    }
  });

  it('says the draft is not saved when the disk is full, and saves it on the next change once there is room', async () => {
    const store = newStore();
    const el = await openForm(store);
    await typeAndSave(el, 'Seen');
    const restorePut = failPutsWithQuota();
    try {
      await typeAndSave(el, ' at home');
      expect(statusOf(el)).to.equal(NOT_SAVED);
      expect((await store.load(el.draftKey))?.value, 'the earlier draft, untouched').to.deep.include({ answers: { notes: 'Seen' } });
    } finally {
      restorePut();
    }
    await typeAndSave(el, '.');
    expect(statusOf(el)).to.match(/^Draft saved at \d\d:\d\d$/);
    expect((await store.load(el.draftKey))?.value).to.deep.include({ answers: { notes: 'Seen at home.' } });
  });

  it('no longer says the draft is not saved once the answers are back to the draft it saved', async () => {
    const store = newStore();
    const el = await openForm(store);
    await typeAndSave(el, 'Seen');
    const restorePut = failPutsWithQuota();
    try {
      await typeAndSave(el, ' at');
      expect(statusOf(el)).to.equal(NOT_SAVED);
    } finally {
      restorePut();
    }
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.draftSaved();
    await elementUpdated(el);
    expect(statusOf(el)).to.match(/^Draft saved at \d\d:\d\d$/);
    expect((await store.load(el.draftKey))?.value).to.deep.include({ answers: { notes: 'Seen' } });
  });

  it('keeps saving with an encrypted store when a draft on the device was sealed under an earlier key, and leaves that draft alone', async () => {
    const name = `case-form-test-${crypto.randomUUID()}`;
    const earlierKey = await generateKey();
    const earlier = new DraftStore({ name, key: earlierKey });
    await earlier.save('visit:earlier', { answers: { notes: 'Typed before the key changed' } });
    earlier.close();
    const store = new DraftStore({ name, key: await generateKey() });
    const el = await openForm(store);
    await typeAndSave(el, 'Seen at home');
    expect(statusOf(el)).to.match(/^Draft saved at \d\d:\d\d$/);
    expect(bannerOf(el)).to.equal(null);
    expect((await store.load(el.draftKey))?.value).to.deep.include({ answers: { notes: 'Seen at home' } });
    store.close();
    const withEarlierKey = new DraftStore({ name, key: earlierKey });
    expect((await withEarlierKey.load('visit:earlier'))?.value, 'the earlier draft, still there').to.deep.equal({ answers: { notes: 'Typed before the key changed' } });
    withEarlierKey.close();
  });
});

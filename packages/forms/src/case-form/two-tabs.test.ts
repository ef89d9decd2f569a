// One record open in two tabs (a link opened twice, an old tab left open): each tab saves drafts
// under the same key, and neither may write over what the other saved without the user seeing it.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import type { DraftStore } from '@kith/offline';
import { draftBannerWords } from '@kith/core/testing.js';
import { bannerOf, closeStores, pressRestore, settle, twoTabs } from './test-helpers.js';
import '../text-input/define.js';
import '../textarea/define.js';
import '../button/define.js';
import './define.js';
import type { KithCaseForm } from './case-form.js';
import type { CaseFormDraft } from './form-values.js';

type Control = HTMLElement & { value: string };
const control = (el: Element, name: string) => el.querySelector<Control>(`[name="${name}"]`)!;

function visitForm(draftKey: string, store: DraftStore) {
  return fixture<KithCaseForm>(html`
    <kith-case-form draft-key=${draftKey} .draftStore=${store}>
      <form>
        <kith-textarea name="summary" label="What happened on the visit"></kith-textarea>
        <kith-text-input name="seen-by" label="Who saw the child"></kith-text-input>
        <kith-button>Send</kith-button>
      </form>
    </kith-case-form>
  `);
}

/** Types at the end of a control, as the user does, and waits for the draft to be saved. */
async function typeAndSave(el: KithCaseForm, name: string, text: string): Promise<void> {
  control(el, name).focus();
  await sendKeys({ press: 'End' });
  await sendKeys({ type: text });
  await el.draftSaved();
  await settle(el);
}

/** The answers the draft stored under key holds. */
async function storedAnswers(store: DraftStore, key: string): Promise<Record<string, unknown> | undefined> {
  return ((await store.load(key))?.value as CaseFormDraft | undefined)?.answers;
}

/** Tab A has typed and saved; tab B then opened the record and restored A's draft. */
async function restoredInB(): Promise<{ key: string; stores: [DraftStore, DraftStore]; tabA: KithCaseForm; tabB: KithCaseForm }> {
  const key = `visit:${crypto.randomUUID()}`;
  const stores = twoTabs();
  const tabA = await visitForm(key, stores[0]);
  await tabA.draftSaved();
  await typeAndSave(tabA, 'summary', 'Seen at school.');
  const tabB = await visitForm(key, stores[1]);
  await tabB.draftSaved();
  await settle(tabB);
  const [heading, message] = await draftBannerWords(tabB);
  expect([heading, message.startsWith('You have unsaved answers from ')], 'a draft found on opening').to.deep.equal(['Unsaved answers', true]);
  await pressRestore(tabB);
  await settle(tabB);
  return { key, stores, tabA, tabB };
}

/** As restoredInB, and tab B then typed more. */
async function openedTwice(): Promise<{ key: string; stores: [DraftStore, DraftStore]; tabA: KithCaseForm; tabB: KithCaseForm }> {
  const opened = await restoredInB();
  await typeAndSave(opened.tabB, 'summary', ' Seen at home later.');
  expect((await storedAnswers(opened.stores[0], opened.key))?.summary).to.equal('Seen at school. Seen at home later.');
  return opened;
}

describe('kith-case-form: one record open in two tabs', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    await closeStores();
  });

  it('does not write over what the other tab saved since, offers it back, and adds to it what was typed here to questions it left blank', async () => {
    const { key, stores, tabA } = await openedTwice();
    // The old tab is used again.
    await typeAndSave(tabA, 'seen-by', 'Sam Jones');
    await typeAndSave(tabA, 'summary', ' (A)');

    const [heading, message] = await draftBannerWords(tabA);
    // The banner's own tests check these words in English and Welsh; here, that the form asks for them.
    expect(heading, 'the other tab’s answers are offered, saying where they come from').to.equal('Answers saved in another tab');
    expect(message).to.match(/^This record was changed in another tab or window /);
    expect(await storedAnswers(stores[1], key)).to.deep.equal({ summary: 'Seen at school. Seen at home later.', 'seen-by': 'Sam Jones' });
    expect(control(tabA, 'summary').value, 'nothing typed here is taken off the screen').to.equal('Seen at school. (A)');

    await pressRestore(tabA);
    await tabA.draftSaved();
    await settle(tabA);
    expect(control(tabA, 'summary').value).to.equal('Seen at school. Seen at home later.');
    expect(control(tabA, 'seen-by').value).to.equal('Sam Jones');
    expect(await storedAnswers(stores[0], key)).to.deep.equal({ summary: 'Seen at school. Seen at home later.', 'seen-by': 'Sam Jones' });
  });

  it('after Discard of what the other tab saved, saves this tab’s answers in its place', async () => {
    const { key, stores, tabA } = await openedTwice();
    await typeAndSave(tabA, 'summary', ' (A)');
    const banner = bannerOf(tabA)!;
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await settle(banner);
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    await tabA.draftSaved();
    await settle(tabA);
    expect(bannerOf(tabA)).to.equal(null);
    expect(await storedAnswers(stores[0], key)).to.deep.equal({ summary: 'Seen at school. (A)', 'seen-by': '' });
  });

  it('keeps what the other tab saved since when this tab sends the record', async () => {
    const { key, stores, tabA } = await openedTwice();
    tabA.addEventListener('kith-form-submit', (event) => (event as Event & { waitUntil(p: Promise<unknown>): void }).waitUntil(Promise.resolve()));
    tabA.querySelector('kith-button')!.click();
    await tabA.draftSaved();
    expect((await storedAnswers(stores[1], key))?.summary, 'what only tab B has is kept, to be offered').to.equal('Seen at school. Seen at home later.');
  });

  it('does not save again when nothing was typed since its last save, so the other tab is not told the record changed', async () => {
    const { key, stores, tabA, tabB } = await restoredInB();
    // Focus leaves tab A's field as the user moves to tab B: it fires change, with nothing new in it.
    control(tabB, 'seen-by').focus();
    await tabA.draftSaved();
    await typeAndSave(tabB, 'seen-by', 'Sam Jones');
    await typeAndSave(tabB, 'summary', ' Seen at home later.');
    expect(bannerOf(tabB), 'tab B is not told another tab changed the record').to.equal(null);
    expect(await storedAnswers(stores[1], key)).to.deep.equal({ summary: 'Seen at school. Seen at home later.', 'seen-by': 'Sam Jones' });
  });

  it('deletes the draft it sent when no other tab has saved since', async () => {
    const key = `visit:${crypto.randomUUID()}`;
    const [store] = twoTabs();
    const el = await visitForm(key, store);
    await el.draftSaved();
    await typeAndSave(el, 'summary', 'Seen at school.');
    el.querySelector('kith-button')!.click();
    await el.draftSaved();
    expect(await store.load(key)).to.equal(null);
  });
});

// Scenarios where a social worker could lose what they typed in a case form with drafts:
// several add-another items, follow-up questions opened and closed, a failed submit, a locale
// switch mid-word, an item removed from the middle, and a draft restored into a new page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { DraftStore } from '@kith/offline';
import { bannerOf, closeStores, newStore, pressRestore, reopenAndRestore, settle } from './test-helpers.js';
import '../text-input/define.js';
import '../textarea/define.js';
import '../date-input/define.js';
import '../choice/define.js';
import '../radios/define.js';
import '../checkboxes/define.js';
import '../add-another/define.js';
import '../button/define.js';
import './define.js';
import type { KithCaseForm, KithDraftSaveEvent, KithFormSubmitEvent } from './case-form.js';
import type { KithAddAnother } from '../add-another/add-another.js';
import type { CaseFormDraft } from './form-values.js';


type Control = HTMLElement & { value: string; values?: string[] };
const control = (el: Element, name: string) => el.querySelector<Control>(`[name="${CSS.escape(name)}"]`)!;

/** Clicks an option's own radio or checkbox, as the user does. */
function pick(group: Element, value: string): void {
  group.shadowRoot!.querySelector<HTMLInputElement>(`input.input[value="${CSS.escape(value)}"]`)!.click();
}

/** Types into a text-like control, as the user does. */
async function type(target: Control, text: string): Promise<void> {
  target.focus();
  await sendKeys({ type: text });
}

/** A household assessment: household members with a relationship that can reveal a follow-up. */
function household(draftKey: string, store: DraftStore) {
  return fixture<KithCaseForm>(html`
    <kith-case-form draft-key=${draftKey} .draftStore=${store}>
      <form>
        <kith-textarea name="summary" label="Summary" maxlength="20"></kith-textarea>
        <kith-checkboxes name="worries" legend="Worries">
          <kith-option value="school">School</kith-option>
          <kith-option value="health"
            >Health
            <kith-text-input slot="conditional" name="health-detail" label="Health detail"></kith-text-input>
          </kith-option>
          <kith-option value="housing">Housing</kith-option>
        </kith-checkboxes>
        <kith-radios name="contact" legend="Contact the family?">
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no"
            >No
            <kith-textarea slot="conditional" name="contact-reason" label="Why not?"></kith-textarea>
            <kith-date-input slot="conditional" name="contact-review" label="Review on"></kith-date-input>
          </kith-option>
        </kith-radios>
        <kith-add-another item-label="Household member">
          <template>
            <kith-text-input name="members[%index%][name]" label="Name"></kith-text-input>
            <kith-date-input name="members[%index%][dob]" label="Date of birth"></kith-date-input>
            <kith-radios name="members[%index%][relationship]" legend="Relationship">
              <kith-option value="parent">Parent</kith-option>
              <kith-option value="other"
                >Other
                <kith-text-input slot="conditional" name="members[%index%][relationship-other]" label="Describe"></kith-text-input>
              </kith-option>
            </kith-radios>
          </template>
        </kith-add-another>
        <kith-button>Send</kith-button>
      </form>
    </kith-case-form>
  `);
}



describe('kith-case-form: nothing typed is lost', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    await closeStores();
  });

  it('restores three household members into three items, each answer in its own item, open follow-ups and unfinished dates included', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    const list = el.querySelector<KithAddAnother>('kith-add-another')!;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await settle(el);
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await settle(el);
    await type(control(el, 'summary'), 'Over the limit by far, kept');
    pick(control(el, 'worries'), 'school');
    pick(control(el, 'worries'), 'health');
    await settle(el);
    await type(control(el, 'health-detail'), 'Asthma');
    pick(control(el, 'contact'), 'no');
    await settle(el);
    await type(control(el, 'contact-reason'), 'Risk of flight');
    for (const [i, name] of ['Gwen', 'Tom', 'Alys'].entries()) {
      await type(control(el, `members[${i}][name]`), name);
      const dob = control(el, `members[${i}][dob]`);
      dob.focus();
      await sendKeys({ type: String(i + 1) });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: i === 1 ? 'Ionawr' : '3' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: i === 2 ? '20' : '2015' });
      pick(control(el, `members[${i}][relationship]`), i === 1 ? 'other' : 'parent');
      await settle(el);
    }
    await type(control(el, 'members[1][relationship-other]'), 'Uncle');
    await settle(el);
    const before = el.data;
    expect((control(el, 'members[2][dob]') as unknown as { typed: string[] | null }).typed).to.deep.equal(['3', '3', '20']);
    await el.draftSaved();
    el.remove();

    const again = await reopenAndRestore(household, key, store);
    expect(again.data).to.deep.equal(before);
    expect(again.querySelectorAll('kith-add-another > div').length).to.equal(3);
    expect((control(again, 'members[2][dob]') as unknown as { typed: string[] | null }).typed).to.deep.equal(['3', '3', '20']);
    expect(control(again, 'members[1][relationship-other]').value).to.equal('Uncle');
    expect(control(again, 'members[1][relationship-other]').matches(':disabled')).to.equal(false);
    const reveal = control(again, 'members[1][relationship]').shadowRoot!.querySelectorAll<HTMLElement>('[part="conditional"]');
    expect(reveal[0]!.hidden).to.equal(false);
    expect(control(again, 'contact-reason').value).to.equal('Risk of flight');
    expect(control(again, 'health-detail').value).to.equal('Asthma');
    expect(control(again, 'members[1][dob]').value).to.equal('2015-01-02');
  });

  it('keeps in the draft what was typed in a follow-up whose option was then changed, outside the answers, and gives it back', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    pick(control(el, 'contact'), 'no');
    pick(control(el, 'worries'), 'health');
    await settle(el);
    await type(control(el, 'contact-reason'), 'Risk of flight');
    control(el, 'contact-review').focus();
    await sendKeys({ type: '4' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2027' });
    await type(control(el, 'health-detail'), 'Asthma');
    pick(control(el, 'contact'), 'yes');
    pick(control(el, 'worries'), 'health');
    await settle(el);
    expect(control(el, 'contact-reason').value, 'kept on the page').to.equal('Risk of flight');
    await el.draftSaved();
    const saved = (await store.load<CaseFormDraft>(key))!.value;
    expect(saved.answers, 'the answers are what a submit would send').to.deep.equal(el.data);
    el.remove();
    const again = await reopenAndRestore(household, key, store);
    expect(control(again, 'contact').value).to.equal('yes');
    expect(again.data).to.deep.equal(saved.answers);
    pick(control(again, 'contact'), 'no');
    pick(control(again, 'worries'), 'health');
    await settle(again);
    expect(again.data).to.deep.include({ 'contact-reason': 'Risk of flight', 'contact-review': '2027-05-04', 'health-detail': 'Asthma' });
  });

  it('keeps each item’s own answers when the middle item is removed, under renumbered names, in the page and in the draft', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    const list = el.querySelector<KithAddAnother>('kith-add-another')!;
    for (let i = 0; i < 2; i++) {
      list.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
      await settle(el);
    }
    for (const [i, name] of ['Gwen', 'Tom', 'Alys'].entries()) {
      await type(control(el, `members[${i}][name]`), name);
      pick(control(el, `members[${i}][relationship]`), i === 2 ? 'other' : 'parent');
      await settle(el);
    }
    await type(control(el, 'members[2][relationship-other]'), 'Aunt');
    const dob = control(el, 'members[2][dob]');
    dob.focus();
    await sendKeys({ type: '31' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2' });
    await el.draftSaved();
    list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')[1]!.click();
    await settle(el);
    await el.draftSaved();
    const expected = {
      'members[0][name]': 'Gwen',
      'members[0][dob]': '',
      'members[0][relationship]': 'parent',
      'members[1][name]': 'Alys',
      'members[1][dob]': '',
      'members[1][relationship]': 'other',
      'members[1][relationship-other]': 'Aunt',
    };
    expect(el.data).to.deep.include(expected);
    expect(Object.keys(el.data).filter((name) => name.startsWith('members[2]'))).to.deep.equal([]);
    const saved = (await store.load<CaseFormDraft>(key))!.value;
    expect(saved.answers).to.deep.include(expected);
    expect(saved.typed['members[1][dob]']).to.deep.equal([['31', '2', '']]);
    el.remove();
    const again = await reopenAndRestore(household, key, store);
    expect(again.querySelectorAll('kith-add-another > div').length).to.equal(2);
    expect(again.data).to.deep.include(expected);
    expect((control(again, 'members[1][dob]') as unknown as { typed: string[] | null }).typed).to.deep.equal(['31', '2', '']);
  });

  it('restores a household whose page gave three members and the user removed the middle one: two members, not the last one twice', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const given = () =>
      fixture<KithCaseForm>(html`
        <kith-case-form draft-key=${key} .draftStore=${store}>
          <form>
            <kith-add-another item-label="Household member">
              <template><kith-text-input name="members[%index%][name]" label="Name"></kith-text-input></template>
              <div><kith-text-input name="members[%index%][name]" label="Name" value="Gwen"></kith-text-input></div>
              <div><kith-text-input name="members[%index%][name]" label="Name" value="Tom"></kith-text-input></div>
              <div><kith-text-input name="members[%index%][name]" label="Name" value="Alys"></kith-text-input></div>
            </kith-add-another>
          </form>
        </kith-case-form>
      `);
    const el = await given();
    await el.draftSaved();
    await settle(el);
    const list = el.querySelector<KithAddAnother>('kith-add-another')!;
    list.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')[1]!.click();
    await settle(el);
    await el.draftSaved();
    expect(el.data).to.deep.equal({ 'members[0][name]': 'Gwen', 'members[1][name]': 'Alys' });
    el.remove();

    const again = await given();
    await again.draftSaved();
    await settle(again);
    await bannerOf(again)!.updateComplete;
    bannerOf(again)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await settle(again);
    expect(again.data).to.deep.equal({ 'members[0][name]': 'Gwen', 'members[1][name]': 'Alys' });
    expect(again.querySelector('kith-add-another')!.shadowRoot!.querySelectorAll('legend')).to.have.length(2);

    // Answers from elsewhere that do not mention the household leave it as it is.
    again.restore({});
    await settle(again);
    expect(again.querySelectorAll('kith-add-another > div')).to.have.length(2);
  });

  it('after Restore, saves what was typed while deciding in fields the draft does not have', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { 'members[0][name]': 'Gwen' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    await type(control(el, 'summary'), 'Typed before choosing');
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>(key))!.value.answers, 'the offered draft is not saved over, but with what was typed').to.deep.equal({
      'members[0][name]': 'Gwen',
      summary: 'Typed before choosing',
    });
    await pressRestore(el);
    await settle(el);
    expect(el.data).to.deep.include({ summary: 'Typed before choosing', 'members[0][name]': 'Gwen' });
    el.remove();
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>(key))!.value.answers).to.deep.include({ summary: 'Typed before choosing', 'members[0][name]': 'Gwen' });
  });

  it('after Discard, saves what was typed while deciding and after, and nothing of the discarded draft', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { summary: 'old', contact: 'no', 'contact-reason': 'old reason' });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    await type(control(el, 'summary'), 'while deciding');
    const banner = bannerOf(el)!;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    await el.draftSaved();
    await settle(el);
    let saved = (await store.load<CaseFormDraft>(key))!.value;
    expect(saved.answers.summary).to.equal('while deciding');
    await type(control(el, 'summary'), ' and after');
    await el.draftSaved();
    saved = (await store.load<CaseFormDraft>(key))!.value;
    expect(saved.answers.summary).to.equal('while deciding and after');
    expect(saved.answers['contact-reason']).to.equal(undefined);
  });

  it('keeps every answer through a failed submit, and sends them all with indexed names once fixed', async () => {
    const store = newStore();
    const el = await household(`k:${crypto.randomUUID()}`, store);
    await el.draftSaved();
    const list = el.querySelector<KithAddAnother>('kith-add-another')!;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await settle(el);
    await type(control(el, 'summary'), 'This summary is far too long');
    pick(control(el, 'worries'), 'school');
    pick(control(el, 'worries'), 'housing');
    await type(control(el, 'members[0][name]'), 'Gwen');
    await type(control(el, 'members[1][name]'), 'Tom');
    await settle(el);
    const before = el.data;
    let submitted: KithFormSubmitEvent | undefined;
    el.addEventListener('kith-form-submit', (event) => {
      submitted = event as KithFormSubmitEvent;
      event.preventDefault();
    });
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(submitted).to.equal(undefined);
    expect(el.data).to.deep.equal(before);
    control(el, 'summary').focus();
    await sendKeys({ press: 'End' });
    for (let i = 0; i < 12; i++) await sendKeys({ press: 'Backspace' });
    await settle(el);
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(submitted).to.exist;
    expect(submitted!.data).to.deep.equal({
      summary: 'This summary is ',
      worries: ['school', 'housing'],
      'members[0][name]': 'Gwen',
      'members[0][dob]': '',
      'members[1][name]': 'Tom',
      'members[1][dob]': '',
    });
  });

  it('keeps a follow-up’s text through failed submits with its option changed and chosen again, and sends it only while chosen', async () => {
    const store = newStore();
    const el = await household(`k:${crypto.randomUUID()}`, store);
    await el.draftSaved();
    const sent: KithFormSubmitEvent[] = [];
    el.addEventListener('kith-form-submit', (event) => {
      sent.push(event as KithFormSubmitEvent);
      event.preventDefault();
    });
    const send = async () => {
      el.querySelector('kith-button')!.click();
      await settle(el);
    };
    pick(control(el, 'contact'), 'no');
    await settle(el);
    await type(control(el, 'contact-reason'), 'Risk of flight');
    await type(control(el, 'summary'), 'Far more than twenty characters');
    await send();
    expect(sent, 'the summary is too long').to.have.length(0);
    pick(control(el, 'contact'), 'yes');
    await settle(el);
    await send();
    pick(control(el, 'contact'), 'no');
    await settle(el);
    expect(control(el, 'contact-reason').value).to.equal('Risk of flight');
    expect(control(el, 'contact-reason').shadowRoot!.querySelector('textarea')!.value).to.equal('Risk of flight');
    control(el, 'summary').value = 'Short';
    await settle(el);
    await send();
    expect(sent[0]!.data).to.deep.include({ contact: 'no', 'contact-reason': 'Risk of flight' });
    pick(control(el, 'contact'), 'yes');
    await settle(el);
    await send();
    expect(sent[1]!.data.contact).to.equal('yes');
    expect(sent[1]!.data).to.not.have.property('contact-reason');
    expect(control(el, 'contact-reason').value, 'still on the page').to.equal('Risk of flight');
  });

  it('keeps what is being typed, a month name and a follow-up included, through locale switches', async () => {
    const store = newStore();
    const el = await household(`k:${crypto.randomUUID()}`, store);
    await type(control(el, 'summary'), 'Over the limit by far, kept');
    pick(control(el, 'worries'), 'health');
    await settle(el);
    await type(control(el, 'health-detail'), 'Asth');
    const dob = control(el, 'members[0][dob]');
    dob.focus();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ion' });
    await setLocale('cy');
    await settle(el);
    await sendKeys({ type: 'awr' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2015' });
    await setLocale('en-GB');
    await settle(el);
    control(el, 'health-detail').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: 'ma' });
    await setLocale('cy');
    await settle(el);
    expect(el.data).to.deep.include({
      summary: 'Over the limit by far, kept',
      worries: 'health',
      'health-detail': 'Asthma',
      'members[0][dob]': '2015-01-01',
    });
    expect(control(el, 'summary').shadowRoot!.querySelector('textarea')!.value).to.equal('Over the limit by far, kept');
  });

  it('saves what was typed in the last second when the form is taken out of the page', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    await type(control(el, 'summary'), 'last words');
    el.remove();
    await el.draftSaved();
    const saved = (await store.load<CaseFormDraft>(key))!.value;
    expect(saved.answers.summary).to.equal('last words');
  });

  it('saves what was typed for one record under its own key when the same form is reused for another record', async () => {
    const store = newStore();
    const el = await household('child:A', store);
    await el.draftSaved();
    await type(control(el, 'summary'), 'About child A');
    el.draftKey = 'child:B';
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>('child:A'))?.value.answers.summary).to.equal('About child A');
    expect(await store.load('child:B'), 'nothing of child A under child B').to.equal(null);

    const summary = control(el, 'summary');
    summary.value = '';
    await type(summary, 'About child B');
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>('child:B'))?.value.answers.summary).to.equal('About child B');
    expect((await store.load<CaseFormDraft>('child:A'))?.value.answers.summary).to.equal('About child A');
  });

  it('does not offer the user their own draft, nor stop saving, when updated-at changes while they type', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    const saved: number[] = [];
    el.addEventListener('kith-draft-save', (event) => saved.push((event as KithDraftSaveEvent).savedAt));
    await type(control(el, 'summary'), 'First');
    await el.draftSaved();
    expect(saved).to.have.length(1);
    // A colleague saved the record a moment before this draft; the page passes the record's new time.
    el.updatedAt = saved[0]! - 1;
    await el.draftSaved();
    await settle(el);
    expect(bannerOf(el), 'nothing offered').to.equal(null);
    await type(control(el, 'summary'), ' and more');
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>(key))!.value.answers.summary).to.equal('First and more');
  });

  for (const leaving of ['pagehide', 'visibilitychange'] as const) {
    it(`saves what was typed in the last second when the page is left (${leaving}), before the save timer would`, async () => {
      const store = newStore();
      const key = `k:${crypto.randomUUID()}`;
      const el = await household(key, store);
      await el.draftSaved();
      // A page that is closed or frozen never runs the form's one-second save timer.
      const setTimer = window.setTimeout;
      const dropSaveTimer = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) =>
        delay === 1000 ? 0 : setTimer(handler, delay, ...rest)) as typeof window.setTimeout;
      window.setTimeout = dropSaveTimer;
      try {
        await type(control(el, 'summary'), 'last words');
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        if (leaving === 'pagehide') window.dispatchEvent(new Event('pagehide'));
        else document.dispatchEvent(new Event('visibilitychange'));
        await waitUntil(async () => (await store.load<CaseFormDraft>(key))?.value.answers.summary === 'last words', 'the draft is saved', { timeout: 5000 });
      } finally {
        window.setTimeout = setTimer;
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
      await el.draftSaved();
    });
  }

  it('saves what was typed for one store in that store when the page gives the form another store', async () => {
    const first = newStore();
    const second = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const el = await household(key, first);
    await el.draftSaved();
    await type(control(el, 'summary'), 'For the first store');
    // For example another user's encrypted store after a sign-in: what was typed is not theirs.
    el.draftStore = second;
    await el.draftSaved();
    expect((await first.load<CaseFormDraft>(key))?.value.answers.summary).to.equal('For the first store');
    expect(await second.load(key), 'nothing typed for the first store in the second').to.equal(null);

    await type(control(el, 'summary'), ', then the second');
    await el.draftSaved();
    expect((await second.load<CaseFormDraft>(key))?.value.answers.summary).to.equal('For the first store, then the second');
    expect((await first.load<CaseFormDraft>(key))?.value.answers.summary).to.equal('For the first store');
  });

  it('restores every household member a draft holds, even more than the list’s max allows now', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const names = ['Gwen', 'Tom', 'Alys', 'Dai', 'Nia'];
    const answers = Object.fromEntries(names.map((name, i) => [`members[${i}][name]`, name]));
    await store.save(key, { answers, typed: {} });
    const el = await fixture<KithCaseForm>(html`
      <kith-case-form draft-key=${key} .draftStore=${store}>
        <form>
          <kith-add-another item-label="Household member" max="4">
            <template><kith-text-input name="members[%index%][name]" label="Name"></kith-text-input></template>
          </kith-add-another>
        </form>
      </kith-case-form>
    `);
    await el.draftSaved();
    await settle(el);
    await pressRestore(el);
    await settle(el);
    expect(el.data).to.deep.equal(answers);
    const list = el.querySelector<KithAddAnother>('kith-add-another')!;
    expect(list.shadowRoot!.querySelectorAll('legend')).to.have.length(5);
    expect(list.shadowRoot!.querySelector('[part="add-button"]'), 'no sixth').to.equal(null);
  });

  it('restores an answer into the open follow-up when a closed one elsewhere has the same name, and what the closed one held into it', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const form = () =>
      fixture<KithCaseForm>(html`
        <kith-case-form draft-key=${key} .draftStore=${store}>
          <form>
            <kith-radios name="contact" legend="Contact the family?">
              <kith-option value="yes">Yes</kith-option>
              <kith-option value="no">No <kith-textarea slot="conditional" name="reason" label="Why not?"></kith-textarea></kith-option>
              <kith-option value="later">Not yet <kith-textarea slot="conditional" name="reason" label="Why not yet?"></kith-textarea></kith-option>
            </kith-radios>
          </form>
        </kith-case-form>
      `);
    const el = await form();
    await el.draftSaved();
    pick(control(el, 'contact'), 'no');
    await settle(el);
    const [closed, open] = el.querySelectorAll<Control>('[name="reason"]');
    await type(closed!, 'Risk of flight');
    pick(control(el, 'contact'), 'later');
    await settle(el);
    await type(open!, 'Waiting for the school');
    await settle(el);
    expect(el.data).to.deep.equal({ contact: 'later', reason: 'Waiting for the school' });
    await el.draftSaved();
    el.remove();

    const again = await form();
    await again.draftSaved();
    await settle(again);
    await bannerOf(again)!.updateComplete;
    bannerOf(again)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await settle(again);
    expect(again.data).to.deep.equal({ contact: 'later', reason: 'Waiting for the school' });
    pick(control(again, 'contact'), 'no');
    await settle(again);
    expect(again.data).to.deep.equal({ contact: 'no', reason: 'Risk of flight' });
  });

  it('keeps a draft that is on offer when the form is submitted before the user chose Restore or Discard', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { summary: 'Never seen' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    expect(bannerOf(el), 'the draft is offered').to.exist;
    const sent: KithFormSubmitEvent[] = [];
    el.addEventListener('kith-form-submit', (event) => sent.push(event as KithFormSubmitEvent));
    await type(control(el, 'summary'), 'Typed now');
    el.querySelector('kith-button')!.click();
    await el.draftSaved();
    await settle(el);
    expect(sent.map((event) => event.data.summary)).to.deep.equal(['Typed now']);
    expect((await store.load<CaseFormDraft>(key))?.value.answers.summary, 'the draft the user never saw is kept').to.equal('Never seen');
    expect(bannerOf(el), 'and still offered').to.exist;
  });

  it('keeps a keystroke that lands between Restore’s two passes, before focus moves', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { summary: 'From the draft' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    await pressRestore(el);
    // The first pass has run; the second waits for the framework to render. A keystroke lands now.
    const box = control(el, 'summary').shadowRoot!.querySelector('textarea')!;
    box.value = 'From the draft, and more';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: 'e' }));
    await settle(el);
    expect(control(el, 'summary').value).to.equal('From the draft, and more');
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>(key))!.value.answers.summary).to.equal('From the draft, and more');
  });

  it('Restore puts back every answer the draft holds, over what the user gave those questions while it was on offer, and keeps their answers to questions it left blank', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    const offered = { summary: 'From the draft', worries: ['school', 'health'], 'health-detail': 'Asthma' };
    await store.save(key, { answers: offered, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    // An accidental keystroke in a long answer must not cost the user that answer.
    await type(control(el, 'summary'), 'x');
    pick(control(el, 'worries'), 'housing');
    pick(control(el, 'contact'), 'yes');
    await settle(el);
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>(key))!.value.answers, 'the offered draft’s answers are kept until the user chooses').to.deep.include(offered);
    await pressRestore(el);
    await settle(el);
    expect(el.data).to.deep.include({ summary: 'From the draft', worries: ['school', 'health'], 'health-detail': 'Asthma', contact: 'yes' });
  });

  it('after Restore, saves at once what was typed while deciding, even if the user then types nothing more', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { 'members[0][name]': 'Gwen' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    await type(control(el, 'summary'), 'Typed while deciding');
    // The save due a second after typing comes while the draft is still on offer, so it saves nothing.
    await el.draftSaved();
    await pressRestore(el);
    await settle(el);
    await el.draftSaved();
    expect((await store.load<CaseFormDraft>(key))!.value.answers).to.deep.include({ summary: 'Typed while deciding', 'members[0][name]': 'Gwen' });
  });

  it('Restore keeps a household member the user added and named while the draft was on offer', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { 'members[0][name]': 'Gwen' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    const list = el.querySelector<KithAddAnother>('kith-add-another')!;
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await settle(el);
    list.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
    await settle(el);
    await type(control(el, 'members[1][name]'), 'Tom');
    await pressRestore(el);
    await settle(el);
    expect(el.data).to.deep.include({ 'members[0][name]': 'Gwen', 'members[1][name]': 'Tom' });
  });

  it('Restore leaves a native radio the user chose while the draft was on offer, to a question it left blank, and its other radios, as the user set them', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { reason: 'Risk of flight' }, typed: {} });
    const el = await fixture<KithCaseForm>(html`
      <kith-case-form draft-key=${key} .draftStore=${store}>
        <form>
          <label><input type="radio" name="contact" value="yes" /> Yes</label>
          <label><input type="radio" name="contact" value="no" /> No</label>
          <input name="reason" aria-label="Reason" />
        </form>
      </kith-case-form>
    `);
    await el.draftSaved();
    await settle(el);
    el.querySelector<HTMLInputElement>('input[value="yes"]')!.click();
    await pressRestore(el);
    await settle(el);
    expect(el.data).to.deep.equal({ contact: 'yes', reason: 'Risk of flight' });
  });

  it('Restore of another record’s draft, in a form reused for it, fills the fields the user changed for the first record', async () => {
    const store = newStore();
    await store.save('child:B', { answers: { summary: 'About child B' }, typed: {} });
    const el = await household('child:A', store);
    await el.draftSaved();
    await type(control(el, 'summary'), 'About child A');
    el.draftKey = 'child:B';
    await el.draftSaved();
    await settle(el);
    await pressRestore(el);
    await settle(el);
    expect(control(el, 'summary').value).to.equal('About child B');
  });

  it('keeps both the offered draft and what was typed while deciding to questions it left blank when the page is closed before the user chooses', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { summary: '', 'members[0][name]': 'Gwen' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    await type(control(el, 'summary'), 'Typed while deciding');
    await el.draftSaved();
    await type(control(el, 'summary'), ', and more');
    pick(control(el, 'contact'), 'yes');
    await type(control(el, 'members[0][name]'), ' (typed over the draft’s answer)');
    el.remove();
    await el.draftSaved();
    const again = await reopenAndRestore(household, key, store);
    expect(again.data).to.deep.include({ summary: 'Typed while deciding, and more', contact: 'yes', 'members[0][name]': 'Gwen' });
  });

  it('after Discard, keeps what was typed while deciding even once it was saved with the offered draft', async () => {
    const store = newStore();
    const key = `k:${crypto.randomUUID()}`;
    await store.save(key, { answers: { 'members[0][name]': 'Gwen' }, typed: {} });
    const el = await household(key, store);
    await el.draftSaved();
    await settle(el);
    await type(control(el, 'summary'), 'Typed while deciding');
    await el.draftSaved();
    const banner = bannerOf(el)!;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    await el.draftSaved();
    const saved = (await store.load<CaseFormDraft>(key))!.value.answers;
    expect(saved.summary).to.equal('Typed while deciding');
    expect(saved['members[0][name]']).to.equal('');
  });
});

import { expect, fixture, html, elementUpdated, oneEvent, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, recordAnnouncements } from '@kith/core/testing.js';
import { DraftStore } from '@kith/offline';
import { closeStores, newStore } from './test-helpers.js';
import '../text-input/define.js';
import '../textarea/define.js';
import '../date-input/define.js';
import '../choice/define.js';
import '../radios/define.js';
import '../checkboxes/define.js';
import '../add-another/define.js';
import '../button/define.js';
import './define.js';
import type { KithCaseForm, KithFormSubmitEvent, KithDraftSaveEvent } from './case-form.js';
import type { KithErrorSummary } from '../error-summary/error-summary.js';
import type { KithDraftRestore } from '@kith/offline';
import { draftOf, formValues, restoreDraft, restoreValues, toDraft, toFormValues, type CaseFormDraft } from './form-values.js';

/** Lets Kith controls inside the form render and report their validity. */
const settle = async (el: Element) => {
  const all = [el, ...el.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((element) => element.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 0));
};

const summaryOf = (el: KithCaseForm) => el.shadowRoot!.querySelector<KithErrorSummary>('kith-error-summary')!;
const summaryLinks = (el: KithCaseForm) => [...summaryOf(el).shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const bannerOf = (el: KithCaseForm) => el.shadowRoot!.querySelector<KithDraftRestore>('kith-draft-restore');
const statusOf = (el: KithCaseForm) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** A children's services referral, as in the "Referral form" story. */
function referral(draftKey = '', store: DraftStore | null = null) {
  return fixture<KithCaseForm>(html`
    <kith-case-form draft-key=${draftKey} .draftStore=${store}>
      <form>
        <kith-text-input name="child-name" label="Child's full name" required></kith-text-input>
        <kith-date-input name="child-dob" label="Child's date of birth" past-only required></kith-date-input>
        <kith-textarea name="concerns" label="Describe your concerns" maxlength="500" required></kith-textarea>
        <kith-checkboxes name="concern-types" legend="What are the concerns about?" required>
          <kith-option value="neglect">Neglect</kith-option>
          <kith-option value="emotional">Emotional harm</kith-option>
          <kith-option value="domestic-abuse">Domestic abuse</kith-option>
        </kith-checkboxes>
        <kith-add-another item-label="Household member">
          <template>
            <kith-text-input name="members[%index%][name]" label="Name"></kith-text-input>
          </template>
        </kith-add-another>
        <kith-radios name="consent" legend="Can we contact the family?" required>
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no"
            >No
            <kith-textarea slot="conditional" name="consent-reason" label="Why not?" required></kith-textarea>
          </kith-option>
        </kith-radios>
        <kith-button>Submit referral</kith-button>
      </form>
    </kith-case-form>
  `);
}

const uniqueKey = () => `referral:${crypto.randomUUID()}`;

function submit(el: KithCaseForm): void {
  el.querySelector('kith-button')!.click();
}

describe('kith-case-form', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    await closeStores();
  });

  describe('accessibility', () => {
    it('is axe-clean empty, with the error summary, and with a draft offered', async () => {
      const store = newStore();
      const key = uniqueKey();
      await store.save(key, { 'child-name': 'Ffion' });
      const el = await referral(key, store);
      await el.draftSaved();
      await settle(el);
      await expectAxeClean(el);
      submit(el);
      await settle(el);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh', async () => {
      await setLocale('cy');
      const el = await referral();
      submit(el);
      await settle(el);
      expect(summaryOf(el).shadowRoot!.querySelector('h2')!.textContent).to.equal('Mae yna broblem');
      await expectAxeClean(el);
    });

    it('after a switch to Welsh with the error summary showing, reads the summary and each field’s error in Welsh', async () => {
      const el = await referral();
      submit(el);
      await settle(el);
      await setLocale('cy');
      await settle(el);
      await axNode('heading', 'Mae yna broblem');
      await axNode('link', "Rhowch ateb ar gyfer ‘child's full name’");
      await axNode('link', 'Dewiswch ateb ar gyfer ‘can we contact the family?’');
      expect((await axNode('textbox', "Child's full name")).description).to.equal("Gwall: Rhowch ateb ar gyfer ‘child's full name’");
    });
  });

  describe('submitting', () => {
    it('Enter in a text field or a date box submits through the same checks as the button', async () => {
      const el = await referral();
      let submitted = 0;
      el.addEventListener('kith-form-submit', () => submitted++);
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'Ffion Hughes' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(submitted).to.equal(0);
      expect(summaryLinks(el).map((link) => link.textContent!.trim())).to.deep.equal([
        "Enter child's date of birth",
        'Enter describe your concerns',
        'Select at least one option for what are the concerns about?',
        'Select can we contact the family?',
      ]);
      expect(summaryOf(el).shadowRoot!.activeElement === summaryOf(el).shadowRoot!.querySelector('[part="summary"]'), 'the summary has focus').to.equal(true);

      el.querySelector('kith-date-input')!.value = '2016-05-04';
      el.querySelector('kith-textarea')!.value = 'Left alone overnight';
      el.querySelector('kith-checkboxes')!.values = ['neglect'];
      el.querySelector('kith-radios')!.value = 'yes';
      await settle(el);
      const event = oneEvent(el, 'kith-form-submit') as Promise<KithFormSubmitEvent>;
      el.querySelector('kith-date-input')!.focus();
      await sendKeys({ press: 'Enter' });
      const { data } = await event;
      expect(data['child-name']).to.equal('Ffion Hughes');
      expect(data['child-dob']).to.equal('2016-05-04');
      expect(submitted).to.equal(1);
    });

    it('shows every error in a focused summary; its links move focus into the right control', async () => {
      const el = await referral();
      let submitted = false;
      el.addEventListener('kith-form-submit', () => (submitted = true));
      submit(el);
      await settle(el);
      expect(submitted).to.equal(false);
      expect(el.form!.noValidate, 'the browser shows no bubbles').to.equal(true);
      expect(summaryLinks(el).map((link) => link.textContent!.trim())).to.deep.equal([
        "Enter child's full name",
        "Enter child's date of birth",
        'Enter describe your concerns',
        'Select at least one option for what are the concerns about?',
        'Select can we contact the family?',
      ]);
      await axNode('heading', 'There is a problem');
      expect(summaryOf(el).shadowRoot!.activeElement === summaryOf(el).shadowRoot!.querySelector('[part="summary"]'), 'the summary has focus').to.equal(true);

      summaryLinks(el)[1].click();
      expect(document.activeElement === el.querySelector('kith-date-input')).to.equal(true);
      expect(deepActive()!.localName).to.equal('input');
      summaryLinks(el)[3].click();
      expect(document.activeElement === el.querySelector('kith-checkboxes')).to.equal(true);
      expect((deepActive() as HTMLInputElement).type).to.equal('checkbox');
    });

    it('emits kith-form-submit with every answer, lists for repeated names, and keeps the page', async () => {
      const el = await referral();
      el.querySelector('kith-text-input')!.value = 'Ffion Hughes';
      el.querySelector('kith-date-input')!.value = '2016-05-04';
      el.querySelector('kith-textarea')!.value = 'Left alone overnight';
      el.querySelector('kith-checkboxes')!.values = ['neglect', 'domestic-abuse'];
      el.querySelector('kith-add-another')!.addItem();
      await settle(el);
      const members = el.querySelectorAll<HTMLElement & { value: string }>('kith-text-input[name^="members"]');
      members[0].value = 'Gwen Hughes';
      members[1].value = 'Tom Hughes';
      el.querySelector('kith-radios')!.value = 'yes';
      await settle(el);
      const event = oneEvent(el, 'kith-form-submit') as Promise<KithFormSubmitEvent>;
      submit(el);
      const { data } = await event;
      expect(data).to.deep.equal({
        'child-name': 'Ffion Hughes',
        'child-dob': '2016-05-04',
        concerns: 'Left alone overnight',
        'concern-types': ['neglect', 'domestic-abuse'],
        'members[0][name]': 'Gwen Hughes',
        'members[1][name]': 'Tom Hughes',
        consent: 'yes',
      });
      expect(JSON.parse(JSON.stringify(data))).to.deep.equal(data);
      expect(summaryOf(el).errors).to.deep.equal([]);
      expect(el.isConnected).to.equal(true);
    });

    it('never loses what was typed when a submit fails', async () => {
      const el = await referral();
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'Ffion Hughes' });
      el.querySelector('kith-checkboxes')!.values = ['emotional'];
      await settle(el);
      const before = el.data;
      submit(el);
      await settle(el);
      submit(el);
      await settle(el);
      expect(summaryLinks(el).length).to.be.greaterThan(0);
      expect(el.data).to.deep.equal(before);
      expect(el.querySelector('kith-text-input')!.shadowRoot!.querySelector('input')!.value).to.equal('Ffion Hughes');
    });

    it('is completed by keyboard alone, fixing an error on the way', async () => {
      const el = await referral();
      const tab = () => sendKeys({ press: 'Tab' });
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'Ffion Hughes' });
      await tab();
      await sendKeys({ type: '4' });
      await tab();
      await sendKeys({ type: '5' });
      await tab();
      await sendKeys({ type: '2016' });
      await tab();
      await sendKeys({ type: 'Left alone overnight' });
      await tab(); // Neglect
      await sendKeys({ press: 'Space' });
      await tab(); // Emotional harm
      await tab(); // Domestic abuse
      await sendKeys({ press: 'Space' });
      await tab(); // Household member 1: name
      await sendKeys({ type: 'Gwen Hughes' });
      await tab(); // Add another household member
      await tab(); // The radios
      await sendKeys({ press: 'ArrowDown' }); // Moves to and selects "No", revealing "Why not?"
      await settle(el);
      expect(el.querySelector('kith-radios')!.value).to.equal('no');
      await tab(); // "Why not?", left empty
      await tab(); // Submit
      expect(document.activeElement === el.querySelector('kith-button'), 'focus is on the submit button').to.equal(true);
      let submitted: KithFormSubmitEvent | undefined;
      el.addEventListener('kith-form-submit', (event) => (submitted = event), { once: true });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(submitted, '"Why not?" is still empty').to.equal(undefined);
      expect(summaryLinks(el).map((link) => link.textContent!.trim())).to.deep.equal(['Enter why not?']);
      // From the focused summary: Tab to its link, Enter to follow it, then type the fix.
      await tab();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement === el.querySelector('kith-textarea[name="consent-reason"]'), 'focus is on "Why not?"').to.equal(true);
      await sendKeys({ type: 'They may move the child' });
      const event = oneEvent(el, 'kith-form-submit') as Promise<KithFormSubmitEvent>;
      await tab();
      expect(document.activeElement === el.querySelector('kith-button'), 'focus is on the submit button').to.equal(true);
      await sendKeys({ press: 'Enter' });
      const { data } = await event;
      expect(data).to.deep.equal({
        'child-name': 'Ffion Hughes',
        'child-dob': '2016-05-04',
        concerns: 'Left alone overnight',
        'concern-types': ['neglect', 'domestic-abuse'],
        'members[0][name]': 'Gwen Hughes',
        consent: 'no',
        'consent-reason': 'They may move the child',
      });
    });
  });

  describe('drafts', () => {
    it('saves every change as a draft and says so quietly', async () => {
      const store = newStore();
      const key = uniqueKey();
      const el = await referral(key, store);
      await el.draftSaved();
      el.querySelector('kith-text-input')!.focus();
      const saved = oneEvent(el, 'kith-draft-save') as Promise<KithDraftSaveEvent>;
      await sendKeys({ type: 'Ffion' });
      const event = await saved;
      expect(event.key).to.equal(key);
      const draft = await store.load(key);
      expect((draft!.value as CaseFormDraft).answers).to.deep.include({ 'child-name': 'Ffion' });
      await elementUpdated(el);
      const time = new Date(event.savedAt);
      const hhmm = `${String(time.getHours()).padStart(2, '0')}:${String(time.getMinutes()).padStart(2, '0')}`;
      expect(statusOf(el)).to.equal(`Draft saved at ${hhmm}`);
      expect(document.activeElement === el.querySelector('kith-text-input'), 'focus stays where the user types').to.equal(true);
    });

    it('says "Draft saved" and "could not be saved" through the shared live region when they say something new, the failure assertively', async () => {
      const store = newStore();
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${uniqueKey()} .draftStore=${store}
        ><form><kith-text-input name="n" label="Name"></kith-text-input></form
      ></kith-case-form>`);
      await el.draftSaved();
      expect(el.shadowRoot!.querySelector('[role="status"], [aria-live], [role="alert"]'), 'no live region of its own').to.equal(null);
      const polite = recordAnnouncements('polite');
      const assertive = recordAnnouncements('assertive');
      const input = el.querySelector('kith-text-input')!;
      input.focus();
      // Saves are a second apart when a user types; here each waits until the announcer (which lets
      // a newer message replace one not yet spoken) has spoken.
      const saveAndSpeak = async () => {
        await el.draftSaved();
        await elementUpdated(el);
        await aTimeout(80);
      };
      await sendKeys({ type: 'A' });
      await saveAndSpeak();
      await sendKeys({ type: 'B' });
      await saveAndSpeak();
      const save = store.save.bind(store);
      store.save = () => Promise.reject(new Error('disk full'));
      await sendKeys({ type: 'C' });
      await saveAndSpeak();
      store.save = save;
      await sendKeys({ type: 'D' });
      await saveAndSpeak();
      await setLocale('cy');
      await elementUpdated(el);
      await setLocale('en-GB');
      await elementUpdated(el);
      // The announcer holds each message briefly; no event says when it has been written.
      await aTimeout(100);
      polite.stop();
      assertive.stop();
      const saved = statusOf(el);
      expect(saved).to.match(/^Draft saved at \d\d:\d\d$/);
      // Said when it first appears and again after the failure, not at every save nor after a locale
      // switch (a third time only if the minute turned).
      expect(polite.messages.length).to.be.within(2, 3);
      expect(polite.messages.every((message) => /^Draft saved at \d\d:\d\d$/.test(message))).to.equal(true);
      expect(polite.messages.at(-1)).to.equal(saved);
      expect(assertive.messages).to.deep.equal(['Your answers could not be saved on this device. Keep this page open.']);
    });

    it('keeps drafts in a store on this device when the page passes none', async () => {
      const key = uniqueKey();
      const el = await referral(key);
      await el.draftSaved();
      el.querySelector('kith-text-input')!.focus();
      const saved = oneEvent(el, 'kith-draft-save') as Promise<KithDraftSaveEvent>;
      await sendKeys({ type: 'Ffion' });
      expect((await saved).key).to.equal(key);
      const onDevice = new DraftStore({ name: 'kith-case-form' });
      const draft = await onDevice.load(key);
      expect((draft!.value as CaseFormDraft).answers).to.deep.include({ 'child-name': 'Ffion' });
      await onDevice.remove(key);
    });

    it('offers a draft back and restores every kind of control, add-another items included', async () => {
      const store = newStore();
      const key = uniqueKey();
      await store.save(key, {
        'child-name': 'Ffion Hughes',
        'child-dob': '2016-05-04',
        'concern-types': ['neglect', 'emotional'],
        'members[0][name]': 'Gwen',
        'members[1][name]': 'Tom',
        'members[2][name]': 'Alys',
        consent: 'no',
        'consent-reason': 'They may move the child',
      });
      const el = await referral(key, store);
      await el.draftSaved();
      await settle(el);
      const banner = bannerOf(el)!;
      expect(banner, 'the draft is offered').to.exist;
      await banner.updateComplete;
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
      await settle(el);
      expect(bannerOf(el)).to.equal(null);
      expect(el.data).to.deep.equal({
        'child-name': 'Ffion Hughes',
        'child-dob': '2016-05-04',
        concerns: '',
        'concern-types': ['neglect', 'emotional'],
        'members[0][name]': 'Gwen',
        'members[1][name]': 'Tom',
        'members[2][name]': 'Alys',
        consent: 'no',
        'consent-reason': 'They may move the child',
      });
      expect(document.activeElement === el.querySelector('kith-text-input'), 'focus goes to the first field').to.equal(true);
    });

    it('keeps a date typed halfway or wrong in the draft, and gives it back as typed', async () => {
      const store = newStore();
      const key = uniqueKey();
      const el = await referral(key, store);
      await el.draftSaved();
      const date = el.querySelector('kith-date-input')!;
      date.shadowRoot!.querySelector<HTMLInputElement>('input')!.focus();
      await sendKeys({ type: '31' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '2' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '20' });
      await el.draftSaved();
      expect(date.value, 'not a whole date yet').to.equal('');
      const saved = (await store.load(key))!.value as CaseFormDraft;
      expect(saved.answers['child-dob']).to.equal('');
      expect(saved.typed['child-dob']).to.deep.equal([['31', '2', '20']]);

      const reopened = await referral(key, store);
      await reopened.draftSaved();
      await settle(reopened);
      bannerOf(reopened)!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
      await settle(reopened);
      const boxes = [...reopened.querySelector('kith-date-input')!.shadowRoot!.querySelectorAll('input')].map((box) => box.value);
      expect(boxes).to.deep.equal(['31', '2', '20']);
    });

    it('restores drafts saved as answers alone, and rejects typed parts that are not text', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-date-input name="d" label="Date"></kith-date-input></form>`);
      const date = form.querySelector('kith-date-input')!;
      restoreDraft(form, toDraft({ d: '2020-01-02' }));
      await date.updateComplete;
      expect(formValues(form)).to.deep.equal({ d: '2020-01-02' });
      restoreDraft(form, toDraft({ answers: { d: '' }, typed: { d: [['1', 'Ion', '']] } }));
      await date.updateComplete;
      expect(date.typed).to.deep.equal(['1', 'Ion', '']);
      expect(draftOf(form)).to.deep.equal({ answers: { d: '' }, typed: { d: [['1', 'Ion', '']] } });
      expect(() => toDraft({ answers: {}, typed: { d: [[1]] } })).to.throw(TypeError, '"d"');
    });

    it('discards a draft when the user confirms', async () => {
      const store = newStore();
      const key = uniqueKey();
      await store.save(key, { 'child-name': 'Ffion' });
      const el = await referral(key, store);
      await el.draftSaved();
      await settle(el);
      const banner = bannerOf(el)!;
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
      await banner.updateComplete;
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
      await el.draftSaved();
      await settle(el);
      expect(bannerOf(el)).to.equal(null);
      expect(await store.load(key)).to.equal(null);
      expect(el.querySelector('kith-text-input')!.value).to.equal('');
    });

    it('does not overwrite an offered draft with what is typed before the user chooses, but saves that with it', async () => {
      const store = newStore();
      const key = uniqueKey();
      await store.save(key, { 'child-name': 'Ffion' });
      const el = await referral(key, store);
      el.querySelector('kith-textarea')!.focus();
      await sendKeys({ type: 'X' });
      await el.draftSaved();
      expect((await store.load<CaseFormDraft>(key))!.value.answers, 'the offered answer is kept').to.deep.equal({ 'child-name': 'Ffion', concerns: 'X' });
      expect(bannerOf(el), 'and still offered').to.exist;
    });

    it('does not offer a draft older than the record', async () => {
      const store = newStore();
      const key = uniqueKey();
      const draft = await store.save(key, { 'child-name': 'Ffion' });
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store} updated-at=${draft.savedAt + 1}
        ><form><kith-text-input name="child-name" label="Name"></kith-text-input></form
      ></kith-case-form>`);
      await el.draftSaved();
      await settle(el);
      expect(bannerOf(el)).to.equal(null);
    });

    it('removes the draft after a successful submit, and keeps it when the host cancels', async () => {
      const store = newStore();
      const key = uniqueKey();
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
        ><form><kith-text-input name="child-name" label="Name" required></kith-text-input><kith-button>Send</kith-button></form
      ></kith-case-form>`);
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'Ffion' });
      await el.draftSaved();
      expect(await store.load(key)).to.not.equal(null);

      el.addEventListener('kith-form-submit', (event) => event.preventDefault(), { once: true });
      submit(el);
      await el.draftSaved();
      expect(await store.load(key), 'the host could not send it').to.not.equal(null);

      submit(el);
      await el.draftSaved();
      expect(await store.load(key)).to.equal(null);
      await elementUpdated(el);
      expect(statusOf(el)).to.equal('');
    });

    it('keeps the draft while the host sends the answers and when sending fails, and removes it once they are sent', async () => {
      const store = newStore();
      const key = uniqueKey();
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
        ><form><kith-text-input name="child-name" label="Name" required></kith-text-input><kith-button>Send</kith-button></form
      ></kith-case-form>`);
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'Ffion' });
      await el.draftSaved();
      /** Submits; the host's send settles when the test says. */
      const submitAndSend = () => {
        const send = { succeed: () => {}, fail: () => {} };
        const sending = new Promise<void>((resolve, reject) => Object.assign(send, { succeed: resolve, fail: () => reject(new Error('offline')) }));
        el.addEventListener('kith-form-submit', (event) => (event as KithFormSubmitEvent).waitUntil(sending), { once: true });
        submit(el);
        return send;
      };

      const failing = submitAndSend();
      expect(await store.load(key), 'still sending').to.not.equal(null);
      failing.fail();
      await el.draftSaved();
      expect(await store.load(key), 'the answers could not be sent').to.not.equal(null);

      submitAndSend().succeed();
      await el.draftSaved();
      expect(await store.load(key), 'sent').to.equal(null);

      const late = oneEvent(el, 'kith-form-submit') as Promise<KithFormSubmitEvent>;
      submit(el);
      const event = await late;
      expect(() => event.waitUntil(Promise.resolve()), 'after an await is too late to keep the draft').to.throw(DOMException);
    });

    it('says in the error summary, in English and Welsh, that the answers could not be sent when sending fails, and nothing when the host cancels', async () => {
      const el = await fixture<KithCaseForm>(html`<kith-case-form
        ><form><kith-text-input name="child-name" label="Name" value="Ffion"></kith-text-input><kith-button>Send</kith-button></form
      ></kith-case-form>`);
      const summaryText = () => el.shadowRoot!.querySelector<KithErrorSummary>('kith-error-summary')!.shadowRoot!.textContent ?? '';
      for (const [locale, said] of [
        ['en-GB', 'Your answers could not be sent. Try again.'],
        ['cy', 'Nid oedd modd anfon eich atebion. Rhowch gynnig arall arni.'],
      ] as const) {
        await setLocale(locale);
        el.addEventListener('kith-form-submit', (event) => (event as KithFormSubmitEvent).waitUntil(Promise.reject(new Error('503'))), { once: true });
        submit(el);
        await el.draftSaved();
        await elementUpdated(el.shadowRoot!.querySelector('kith-error-summary')!);
        expect(summaryText(), locale).to.include(said);
        expect(el.querySelector<HTMLElement & { value: string }>('kith-text-input')!.value, `${locale}: the answer stays`).to.equal('Ffion');
      }
      await setLocale('en-GB');
      el.addEventListener('kith-form-submit', (event) => event.preventDefault(), { once: true });
      submit(el);
      await el.draftSaved();
      await elementUpdated(el.shadowRoot!.querySelector('kith-error-summary')!);
      expect(summaryText(), 'the host cancelled: it says why itself').to.not.include('could not be sent');
    });

    it('keeps what the user types while the answers are being sent: the draft deleted after sending is only the one that was sent', async () => {
      const store = newStore();
      const key = uniqueKey();
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
        ><form><kith-text-input name="child-name" label="Name"></kith-text-input><kith-button>Send</kith-button></form
      ></kith-case-form>`);
      const input = el.querySelector('kith-text-input')!;
      input.focus();
      await sendKeys({ type: 'Ffion' });
      await el.draftSaved();
      let sent = () => {};
      const sending = new Promise<void>((resolve) => (sent = resolve));
      el.addEventListener('kith-form-submit', (event) => (event as KithFormSubmitEvent).waitUntil(sending), { once: true });
      submit(el);
      input.focus();
      await sendKeys({ type: ' Jones' });
      sent();
      await el.draftSaved();
      expect((await store.load(key))?.value, 'typed after the submit, never sent').to.deep.include({ answers: { 'child-name': 'Ffion Jones' } });
    });

    it('looks for an older draft again before saving when the first look failed, so it is never written over', async () => {
      const store = newStore();
      const key = uniqueKey();
      await store.save(key, { 'child-name': 'Ffion' });
      const load = store.load.bind(store);
      let failures = 1;
      store.load = (k) => (failures-- > 0 ? Promise.reject(new Error('storage busy')) : load(k));
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
        ><form><kith-text-input name="child-name" label="Name"></kith-text-input></form
      ></kith-case-form>`);
      await el.draftSaved();
      expect(bannerOf(el), 'not offered while it could not be read').to.equal(null);
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'X' });
      await el.draftSaved();
      await settle(el);
      expect(bannerOf(el), 'found on the second look and offered').to.exist;
      expect((await load(key))!.value, 'the older draft, untouched').to.deep.equal({ 'child-name': 'Ffion' });
    });

    it('does not save over a draft it cannot read, and says the answers are not saved', async () => {
      const store = newStore();
      const key = uniqueKey();
      await store.save(key, { 'child-name': 'Ffion' });
      const load = store.load.bind(store);
      store.load = () => Promise.reject(new Error('storage busy'));
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
        ><form><kith-text-input name="child-name" label="Name"></kith-text-input></form
      ></kith-case-form>`);
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'X' });
      await el.draftSaved();
      await elementUpdated(el);
      expect(statusOf(el)).to.equal('Your answers could not be saved on this device. Keep this page open.');
      expect((await load(key))!.value).to.deep.equal({ 'child-name': 'Ffion' });
      expect(el.querySelector('kith-text-input')!.value).to.equal('X');
    });

    it('says when a draft could not be saved, in words a page can replace', async () => {
      const store = newStore();
      store.save = () => Promise.reject(new Error('disk full'));
      const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${uniqueKey()} .draftStore=${store} save-failed-message="Not saved: keep this tab open"
        ><form><kith-text-input name="n" label="Name"></kith-text-input></form
      ></kith-case-form>`);
      el.querySelector('kith-text-input')!.focus();
      await sendKeys({ type: 'A' });
      await el.draftSaved();
      await elementUpdated(el);
      expect(statusOf(el)).to.equal('Not saved: keep this tab open');
      expect(el.querySelector('kith-text-input')!.value).to.equal('A');
    });
  });

  describe('values', () => {
    it('reads native controls, repeated names and odd names, and puts them back', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <input name="__proto__" value="kept" />
        <input name="tag" value="a" /><input name="tag" value="b" />
        <input type="checkbox" name="c" value="1" checked /><input type="checkbox" name="c" value="2" />
        <input type="radio" name="r" value="x" /><input type="radio" name="r" value="y" checked />
        <select name="s" multiple><option value="p" selected>P</option><option value="q">Q</option></select>
      </form>`);
      const values = formValues(form);
      expect(Object.getPrototypeOf(values)).to.equal(Object.prototype);
      expect(values).to.deep.equal({ ['__proto__']: 'kept', tag: ['a', 'b'], c: '1', r: 'y', s: 'p' } as never);
      restoreValues(form, toFormValues({ tag: ['b', 'c'], c: ['2'], s: ['q'] }));
      expect(formValues(form)).to.deep.include({ tag: ['b', 'c'], c: '2', s: 'q' });
      expect(formValues(form).r, 'a choice missing from the values is cleared').to.equal(undefined);
    });

    it('rejects a draft value that is not answers, naming the field', () => {
      expect(() => toFormValues([])).to.throw(TypeError);
      expect(() => toFormValues({ name: 3 })).to.throw(TypeError, '"name"');
      expect(() => toFormValues({ list: ['a', {}] })).to.throw(TypeError, '"list"');
    });
  });
});

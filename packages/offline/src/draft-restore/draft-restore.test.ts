import { expect, fixture, html, elementUpdated, oneEvent, aTimeout, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, focusedAxNode, recordAnnouncements } from '@kith/core/testing.js';
import './define.js';
import type { KithDraftRestore, KithDraftRestoreEvent, KithDraftDiscardEvent } from './define.js';

const today1403 = new Date(new Date().setHours(14, 3, 0, 0)).getTime();
const messageOf = (el: KithDraftRestore) => el.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();
const headingOf = (el: KithDraftRestore) => el.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();

describe('kith-draft-restore', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean, also while confirming and in Welsh', async () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      await setLocale(locale);
      const el = await fixture<KithDraftRestore>(html`<kith-draft-restore draft-key="visit" .savedAt=${today1403}></kith-draft-restore>`);
      await expectAxeClean(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
      await elementUpdated(el);
      await expectAxeClean(el);
    }
  });

  it('says when the answers were saved and offers Restore and Discard', async () => {
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore draft-key="visit" .savedAt=${today1403}></kith-draft-restore>`);
    expect(messageOf(el)).to.equal('You have unsaved answers from 14:03');
    await axNode('region', 'Unsaved answers');
    await axNode('button', 'Restore');
    await axNode('button', 'Discard');
    el.savedAt = new Date(today1403).toISOString();
    await elementUpdated(el);
    expect(messageOf(el)).to.equal('You have unsaved answers from 14:03');
  });

  it('is described by its sentence, so focus on the banner reads the question when asking to discard', async () => {
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore draft-key="visit" .savedAt=${today1403}></kith-draft-restore>`);
    expect((await axNode('region', 'Unsaved answers')).description).to.equal('You have unsaved answers from 14:03');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await elementUpdated(el);
    const focused = await focusedAxNode();
    expect([focused?.role, focused?.name, focused?.description]).to.deep.equal([
      'region',
      'Unsaved answers',
      'Discard these answers? They will be deleted from this device. This cannot be undone.',
    ]);
  });

  it('announces politely, once and in the current locale, that it has appeared: it comes after the form has opened, away from focus', async () => {
    await setLocale('cy');
    const first = await fixture<HTMLElement>(html`<div><input aria-label="Enw" /></div>`);
    first.querySelector('input')!.focus();
    const recorder = recordAnnouncements();
    const el = document.createElement('kith-draft-restore') as KithDraftRestore;
    el.savedAt = today1403;
    first.prepend(el);
    await elementUpdated(el);
    await setLocale('en-GB');
    await elementUpdated(el);
    await aTimeout(100);
    recorder.stop();
    expect(recorder.messages).to.deep.equal(['Mae gennych atebion heb eu cadw o 14:03']);
    expect(document.activeElement, 'focus stays in the field').to.equal(first.querySelector('input'));
  });

  it('fires kith-draft-restore with the key and time', async () => {
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore draft-key="visit:4471" .savedAt=${today1403}></kith-draft-restore>`);
    const event = oneEvent(el, 'kith-draft-restore') as Promise<KithDraftRestoreEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.focus();
    await sendKeys({ press: 'Enter' });
    const { key, savedAt, bubbles, composed } = await event;
    expect({ key, savedAt, bubbles, composed }).to.deep.equal({ key: 'visit:4471', savedAt: today1403, bubbles: true, composed: true });
  });

  it('asks before discarding, keeps the answers if the user says no, and fires kith-draft-discard if yes', async () => {
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore draft-key="visit" .savedAt=${today1403}></kith-draft-restore>`);
    let discarded = 0;
    el.addEventListener('kith-draft-discard', () => discarded++);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await elementUpdated(el);
    expect(el.shadowRoot!.activeElement, 'focus on the question').to.equal(el.shadowRoot!.querySelector('[part="banner"]'));
    expect(messageOf(el)).to.equal('Discard these answers? They will be deleted from this device. This cannot be undone.');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel"]')!.click();
    await elementUpdated(el);
    await el.updateComplete;
    expect(discarded).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[part="discard"]'));
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await elementUpdated(el);
    const event = oneEvent(el, 'kith-draft-discard') as Promise<KithDraftDiscardEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    expect((await event).key).to.equal('visit');
  });

  it('copes with a missing or bad time, and lets a page change every string', async () => {
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore saved-at="not a date"></kith-draft-restore>`);
    expect(messageOf(el)).to.equal('You have unsaved answers on this device');
    const custom = await fixture<KithDraftRestore>(
      html`<kith-draft-restore heading="Visit notes" message="Notes from your last visit are on this laptop" restore-label="Use them" discard-label="Start again"></kith-draft-restore>`,
    );
    expect(messageOf(custom)).to.equal('Notes from your last visit are on this laptop');
    await axNode('button', 'Use them');
    await axNode('button', 'Start again');
    await axNode('region', 'Visit notes');
  });

  it('says, in English and Welsh, when the answers were saved in another tab or window and what Restore and Discard do', async () => {
    const words = {
      'en-GB': {
        heading: 'Answers saved in another tab',
        today: 'This record was changed in another tab or window at 14:03. Restore puts those answers on this page; Discard deletes them and keeps what is here.',
        earlier: 'This record was changed in another tab or window on 3 March at 14:03. Restore puts those answers on this page; Discard deletes them and keeps what is here.',
        undated: 'This record was changed in another tab or window. Restore puts those answers on this page; Discard deletes them and keeps what is here.',
      },
      cy: {
        heading: 'Atebion wedi’u cadw mewn tab arall',
        today: 'Cafodd y cofnod hwn ei newid mewn tab neu ffenestr arall am 14:03. Mae Adfer yn rhoi’r atebion hynny ar y dudalen hon; mae Gwaredu yn eu dileu ac yn cadw’r hyn sydd yma.',
        earlier: 'Cafodd y cofnod hwn ei newid mewn tab neu ffenestr arall ar 3 Mawrth am 14:03. Mae Adfer yn rhoi’r atebion hynny ar y dudalen hon; mae Gwaredu yn eu dileu ac yn cadw’r hyn sydd yma.',
        undated: 'Cafodd y cofnod hwn ei newid mewn tab neu ffenestr arall. Mae Adfer yn rhoi’r atebion hynny ar y dudalen hon; mae Gwaredu yn eu dileu ac yn cadw’r hyn sydd yma.',
      },
    };
    for (const locale of ['en-GB', 'cy'] as const) {
      await setLocale(locale);
      const expected = words[locale];
      const el = await fixture<KithDraftRestore>(html`<kith-draft-restore draft-key="visit" elsewhere .savedAt=${today1403}></kith-draft-restore>`);
      expect([headingOf(el), messageOf(el)], locale).to.deep.equal([expected.heading, expected.today]);
      const region = await axNode('region', expected.heading);
      expect(region.description, locale).to.equal(expected.today);
      await expectAxeClean(el);
      el.savedAt = '2026-03-03T14:03:00';
      await elementUpdated(el);
      expect(messageOf(el), locale).to.equal(expected.earlier);
      el.savedAt = null;
      await elementUpdated(el);
      expect(messageOf(el), locale).to.equal(expected.undated);
      el.remove();
    }
  });

  it('lets a page’s own heading and message win over the words for another tab’s answers', async () => {
    const el = await fixture<KithDraftRestore>(
      html`<kith-draft-restore elsewhere heading="Visit notes" message="Notes from your other window" .savedAt=${today1403}></kith-draft-restore>`,
    );
    expect([headingOf(el), messageOf(el)]).to.deep.equal(['Visit notes', 'Notes from your other window']);
  });

  it('announces the words for another tab’s answers, also when answers already on offer turn out to be another tab’s', async () => {
    const recorder = recordAnnouncements();
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore elsewhere .savedAt=${today1403}></kith-draft-restore>`);
    const elsewhere = messageOf(el);
    await waitUntil(() => recorder.messages.length === 1, 'the banner is announced');
    const found = await fixture<KithDraftRestore>(html`<kith-draft-restore .savedAt=${today1403}></kith-draft-restore>`);
    await waitUntil(() => recorder.messages.length === 2, 'the second banner is announced');
    found.elsewhere = true;
    await elementUpdated(found);
    await waitUntil(() => recorder.messages.length === 3, 'the new words are announced');
    recorder.stop();
    expect(recorder.messages).to.deep.equal([elsewhere, 'You have unsaved answers from 14:03', elsewhere]);
  });

  it('speaks Welsh', async () => {
    await setLocale('cy');
    const el = await fixture<KithDraftRestore>(html`<kith-draft-restore .savedAt=${today1403}></kith-draft-restore>`);
    expect(messageOf(el)).to.equal('Mae gennych atebion heb eu cadw o 14:03');
  });
});

import { expect, fixture, html, elementUpdated, waitUntil, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, hostRequest, recordAnnouncements } from '@kith/core/testing.js';
import '../text-input/define.js';
import '../button/define.js';
import './define.js';
import type { KithCaseForm, KithFormSubmitEvent } from './case-form.js';

function caseForm(sendingMessage = ''): Promise<KithCaseForm> {
  return fixture<KithCaseForm>(html`<kith-case-form sending-message=${sendingMessage}
    ><form><kith-text-input name="child-name" label="Name" value="Ffion"></kith-text-input><kith-button>Send</kith-button></form
  ></kith-case-form>`);
}

const submit = (el: KithCaseForm) => el.querySelector('kith-button')!.click();
const statusOf = (el: KithCaseForm) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

/** Counts the form's kith-form-submit events; each one's sending is `sending`. */
function hostSending(el: KithCaseForm, sending: Promise<void>): { events: number } {
  const count = { events: 0 };
  el.addEventListener('kith-form-submit', (event) => {
    count.events++;
    (event as KithFormSubmitEvent).waitUntil(sending);
  });
  return count;
}

describe('kith-case-form: while the host sends the answers', () => {
  afterEach(() => setLocale('en-GB'));

  it('sends the answers once however often Send is pressed while they are being sent, with the button still enabled', async () => {
    const el = await caseForm();
    const { sending, resolve } = hostRequest();
    const host = hostSending(el, sending);
    submit(el);
    submit(el);
    el.querySelector('kith-text-input')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(host.events, 'one referral, not three').to.equal(1);
    const button = el.querySelector('kith-button')!.shadowRoot!.querySelector('button')!;
    expect(button.disabled, 'the button stays enabled and focusable').to.equal(false);
    resolve();
    await el.draftSaved();
    submit(el);
    expect(host.events, 'once sent, a new submit sends again').to.equal(2);
  });

  it('sends again after a failed send', async () => {
    const el = await caseForm();
    const { sending, reject } = hostRequest();
    const host = hostSending(el, sending);
    submit(el);
    reject(new Error('503'));
    await el.draftSaved();
    submit(el);
    expect(host.events).to.equal(2);
  });

  for (const [locale, said] of [
    ['en-GB', 'Sending your answers…'],
    ['cy', 'Wrthi’n anfon eich atebion…'],
  ] as const) {
    it(`says "${said}" in its status line and through the shared live region until sending ends, and again at each press (${locale})`, async () => {
      await setLocale(locale);
      const el = await caseForm();
      const { sending, resolve } = hostRequest();
      hostSending(el, sending);
      const polite = recordAnnouncements('polite');
      submit(el);
      await elementUpdated(el);
      expect(statusOf(el)).to.equal(said);
      expect(el.shadowRoot!.querySelector('[role="status"], [aria-live], [role="alert"]'), 'no live region of its own').to.equal(null);
      await waitUntil(() => polite.messages.includes(said), 'announced');
      submit(el);
      await waitUntil(() => polite.messages.filter((message) => message === said).length === 2, 'said again when Send is pressed again');
      polite.stop();
      resolve();
      await el.draftSaved();
      await elementUpdated(el);
      expect(statusOf(el), 'sent').to.equal('');
    });
  }

  it('says no more that it is sending once sending fails', async () => {
    const el = await caseForm();
    const { sending, reject } = hostRequest();
    hostSending(el, sending);
    submit(el);
    await elementUpdated(el);
    expect(statusOf(el)).to.equal('Sending your answers…');
    reject(new Error('503'));
    await el.draftSaved();
    await elementUpdated(el);
    expect(statusOf(el)).to.equal('');
  });

  it('uses the page’s words from sending-message', async () => {
    const el = await caseForm('Sending the referral…');
    const polite = recordAnnouncements('polite');
    hostSending(el, hostRequest().sending);
    submit(el);
    await elementUpdated(el);
    expect(statusOf(el)).to.equal('Sending the referral…');
    await waitUntil(() => polite.messages.includes('Sending the referral…'), 'announced');
    polite.stop();
  });

  it('says nothing about sending when the host sends nothing', async () => {
    const el = await caseForm();
    let events = 0;
    el.addEventListener('kith-form-submit', () => events++);
    const polite = recordAnnouncements('polite');
    submit(el);
    await el.draftSaved();
    await elementUpdated(el);
    expect(statusOf(el)).to.equal('');
    submit(el);
    expect(events, 'nothing pending: each submit is sent').to.equal(2);
    // The announcer writes a message 50 ms after it is given; no event says when.
    await aTimeout(100);
    polite.stop();
    expect(polite.messages).to.deep.equal([]);
  });

  it('is axe-clean while sending, in English and Welsh', async () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      await setLocale(locale);
      const el = await caseForm();
      hostSending(el, hostRequest().sending);
      submit(el);
      await elementUpdated(el);
      expect(statusOf(el), locale).to.not.equal('');
      await expectAxeClean(el);
    }
  });
});

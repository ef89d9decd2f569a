// Runs in its own page: it checks what importing the case form alone puts in the page.
import { expect, fixture, html } from '@open-wc/testing';
import { DraftStore } from '@kith/offline/draft-store.js';
import '../text-input/define.js';
import './define.js';
import type { KithCaseForm } from './case-form.js';

describe('kith-case-form draft code', () => {
  it('is loaded only by a form that keeps drafts, before an older draft is offered', async () => {
    const plain = await fixture<KithCaseForm>(html`<kith-case-form><form><kith-text-input name="n" label="Name"></kith-text-input></form></kith-case-form>`);
    await plain.draftSaved();
    expect(customElements.get('kith-draft-restore'), 'a form without drafts').to.equal(undefined);

    const store = new DraftStore({ name: `draft-loading-${crypto.randomUUID()}` });
    const key = 'referral:1';
    await store.save(key, { n: 'Ffion' });
    const el = await fixture<KithCaseForm>(html`<kith-case-form draft-key=${key} .draftStore=${store}
      ><form><kith-text-input name="n" label="Name"></kith-text-input></form
    ></kith-case-form>`);
    await el.draftSaved();
    await el.updateComplete;
    const banner = el.shadowRoot!.querySelector('kith-draft-restore');
    expect(customElements.get('kith-draft-restore'), 'loaded with the store').to.not.equal(undefined);
    expect(banner?.shadowRoot?.textContent, 'the offer is drawn').to.match(/You have unsaved answers from/);
    await store.remove(key);
  });
});

import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import '../text-input/define.js';
import type { KithFieldset } from './fieldset.js';

describe('kith-fieldset', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean in every state', async () => {
    const el = await fixture(html`
      <div>
        <kith-fieldset legend="Address of the child" hint="Where the child sleeps most nights">
          <kith-text-input name="line1" label="Address line 1"></kith-text-input>
          <kith-text-input name="town" label="Town or city" error-message="Enter a town or city"></kith-text-input>
        </kith-fieldset>
        ${['s', 'm', 'l', 'xl'].map(
          (size) => html`<kith-fieldset legend=${`Size ${size}`} legend-size=${size}><input aria-label="Any" /></kith-fieldset>`,
        )}
        <kith-fieldset legend="What is the child’s address?" page-heading><input aria-label="Postcode" /></kith-fieldset>
      </div>
    `);
    await expectAxeClean(el);
  });

  it('is axe-clean with Welsh content in cy', async () => {
    await setLocale('cy');
    const el = await fixture(html`
      <kith-fieldset legend="Cyfeiriad y plentyn" hint="Lle mae’r plentyn yn cysgu y rhan fwyaf o nosweithiau">
        <kith-text-input name="line1" label="Llinell gyntaf y cyfeiriad" required></kith-text-input>
      </kith-fieldset>
    `);
    el.querySelector('kith-text-input')!.reportValidity();
    await elementUpdated(el.querySelector('kith-text-input')!);
    await expectAxeClean(el);
  });

  it('names the group by its legend, describes it by the hint, and keeps the controls inside it', async () => {
    await fixture(html`
      <form>
        <kith-fieldset legend="Address of the child" hint="Where the child sleeps most nights">
          <kith-text-input name="line1" label="Address line 1"></kith-text-input>
        </kith-fieldset>
      </form>
    `);
    const group = await axNode('group', 'Address of the child');
    expect(group.description).to.equal('Where the child sleeps most nights');
    await axNode('textbox', 'Address line 1');
    // The controls stay in the light DOM, so they are the form's.
    const form = document.querySelector('form')!;
    expect([...form.elements].map((element) => element.localName)).to.deep.equal(['kith-text-input']);
  });

  it('puts the legend in an h1 as the page heading, large by default, and takes a size', async () => {
    const el = await fixture<KithFieldset>(html`<kith-fieldset legend="What is the child’s address?" page-heading></kith-fieldset>`);
    await axNode('heading', 'What is the child’s address?');
    await axNode('group', 'What is the child’s address?');
    const legend = el.shadowRoot!.querySelector('legend')!;
    expect(legend.classList.contains('legend-l')).to.equal(true);
    el.legendSize = 'xl';
    await elementUpdated(el);
    expect(legend.classList.contains('legend-xl')).to.equal(true);
    el.legendSize = 'huge' as never;
    await elementUpdated(el);
    expect(legend.classList.contains('legend-l'), 'an unknown size falls back').to.equal(true);
  });

  it('keeps the Tab order of the controls it groups', async () => {
    const el = await fixture(html`
      <kith-fieldset legend="Name">
        <kith-text-input name="first" label="First name"></kith-text-input>
        <kith-text-input name="last" label="Last name"></kith-text-input>
      </kith-fieldset>
    `);
    const [first, last] = [...el.querySelectorAll('kith-text-input')];
    first!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(last);
  });

  it('renders legend and hint as text, never as HTML, and copes with empty or odd values', async () => {
    const el = await fixture<KithFieldset>(html`<kith-fieldset .legend=${'<img src=x onerror=alert(1)>'} .hint=${'<b>x</b>'}></kith-fieldset>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    (el as unknown as { legend: unknown }).legend = null;
    (el as unknown as { hint: unknown }).hint = 42;
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal('42');
  });
});

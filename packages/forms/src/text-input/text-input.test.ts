import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, formControlConformance, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import type { KithTextInput } from './text-input.js';

async function typeInto(element: HTMLElement, text: string): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
}

const announcerText = () =>
  document.querySelector('[data-kith-announcer] [data-politeness="polite"]')?.textContent ?? '';

describe('kith-text-input', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`
        <div>
          <kith-text-input label="Full name"></kith-text-input>
          <kith-text-input label="NHS number" hint="For example, 485 777 3456" width="10" inputmode="numeric"></kith-text-input>
          <kith-text-input label="Postcode" error-message="Enter a real postcode" value="XX"></kith-text-input>
          <kith-text-input label="Case reference" disabled value="CR-1"></kith-text-input>
          <kith-text-input label="Recorded by" readonly value="Sam Jones"></kith-text-input>
          <kith-text-input label="Weight, in kilograms" suffix="kg" width="5"></kith-text-input>
          <kith-text-input label="What is the child's name?" page-heading></kith-text-input>
        </div>
      `);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh', async () => {
      await setLocale('cy');
      const el = await fixture(html`<kith-text-input label="Enw llawn" required></kith-text-input>`);
      (el as KithTextInput).reportValidity();
      await elementUpdated(el);
      await expectAxeClean(el);
    });

    it('names the text box by its label and describes it by hint and error, in the accessibility tree', async () => {
      await fixture(html`<kith-text-input label="Postcode" hint="For example, CF10 1AA" error-message="Enter a real postcode"></kith-text-input>`);
      const node = await axNode('textbox', 'Postcode');
      expect(node.description).to.equal('For example, CF10 1AA Error: Enter a real postcode');
      expect(node.invalid).to.equal('true');
    });

    it('reads the label as the page heading when asked', async () => {
      await fixture(html`<kith-text-input label="What is the child's name?" page-heading></kith-text-input>`);
      await axNode('heading', "What is the child's name?");
      await axNode('textbox', "What is the child's name?");
    });

    it('hides prefix and suffix from assistive technology', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Cost, in pounds" prefix="£" suffix="per week"></kith-text-input>`);
      for (const part of ['prefix', 'suffix']) {
        expect(el.shadowRoot!.querySelector(`[part="${part}"]`)!.getAttribute('aria-hidden')).to.equal('true');
      }
      const node = await axNode('textbox', 'Cost, in pounds');
      expect(node.description).to.equal('');
    });
  });

  describe('errors', () => {
    it('shows the required message naming the field after a submit attempt, and announces errors found while typing', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-text-input name="n" label="Full name" required></kith-text-input></form>`);
      const el = form.querySelector('kith-text-input')!;
      form.requestSubmit();
      await elementUpdated(el);
      const message = el.shadowRoot!.querySelector('[part="error-message"]')!;
      expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter full name');
      expect(el.validationMessage).to.equal('Enter full name');

      await typeInto(el, 'Al');
      await sendKeys({ press: 'Tab' });
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="error-message"]')).to.equal(null);
      // Clearing the field and leaving it announces the error politely.
      el.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await elementUpdated(el);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(announcerText()).to.equal('Error: Enter full name');
    });

    it('keeps acronyms in the required message and uses the Welsh message in cy', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="NHS number" required></kith-text-input>`);
      expect(el.validationMessage).to.equal('Enter NHS number');
      await setLocale('cy');
      el.reportValidity();
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Rhowch ateb ar gyfer ‘NHS number’');
      expect(el.shadowRoot!.querySelector('[part="error-message"] .visually-hidden')!.textContent).to.equal('Gwall:');
    });

    it('lets a page replace the required message and the error prefix', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Name" required required-message="Enter the child's full name" error-prefix="Problem:"></kith-text-input>`);
      el.reportValidity();
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="error-message"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        "Problem: Enter the child's full name",
      );
    });

    it('keeps a server error until the user edits the value, and blocks submit meanwhile', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-text-input name="p" label="Postcode" value="XX" error-message="Enter a real postcode"></kith-text-input></form>`);
      const el = form.querySelector('kith-text-input')!;
      expect(el.checkValidity()).to.equal(false);
      expect(el.shadowRoot!.querySelector('[part="error-message"]')).to.exist;
      await typeInto(el, 'Y');
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="error-message"]')).to.equal(null);
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('keyboard and values', () => {
    it('keeps what the user typed through re-renders and a locale switch', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Notes"></kith-text-input>`);
      await typeInto(el, 'Seen at home');
      el.hint = 'Changed while typing';
      await setLocale('cy');
      await elementUpdated(el);
      expect(el.value).to.equal('Seen at home');
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Seen at home');
    });

    it('fires input on each keystroke with the value already updated', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Name"></kith-text-input>`);
      el.focus();
      const event = oneEvent(el, 'input');
      await sendKeys({ type: 'A' });
      await event;
      expect(el.value).to.equal('A');
    });

    it('does not throw on bad values: numbers, null, unknown widths and types, 1 MB of text, emoji and right-to-left text', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Anything"></kith-text-input>`);
      const input = () => el.shadowRoot!.querySelector('input')!;
      (el as unknown as { value: unknown }).value = 42;
      await elementUpdated(el);
      expect(input().value).to.equal('42');
      (el as unknown as { value: unknown }).value = null;
      await elementUpdated(el);
      expect(el.value).to.equal('');
      el.setAttribute('width', 'enormous');
      el.setAttribute('type', 'javascript');
      await elementUpdated(el);
      expect(input().type).to.equal('text');
      const big = 'x'.repeat(1024 * 1024);
      el.value = big;
      await elementUpdated(el);
      expect(input().value.length).to.equal(big.length);
      const mixed = '👩🏽‍⚕️ مرحبا \u202Eevil\u202C';
      el.value = mixed;
      await elementUpdated(el);
      expect(input().value).to.equal(mixed);
    });

    it('renders label and hint as text, never as HTML', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input .label=${'<img src=x onerror=alert(1)>'} .hint=${'<b>bold</b>'}></kith-text-input>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it('passes spellcheck, autocomplete and inputmode to the text box', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Email" type="email" spellcheck="false" autocomplete="email" inputmode="email"></kith-text-input>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.getAttribute('spellcheck')).to.equal('false');
      expect(input.getAttribute('autocomplete')).to.equal('email');
      expect(input.getAttribute('inputmode')).to.equal('email');
      expect(input.type).to.equal('email');
    });
  });

  formControlConformance({
    tagName: 'kith-text-input',
    attributes: { label: 'Full name' },
    typeValue: (element: KithFormControlElement) => typeInto(element, 'Alex Smith'),
    expectedEntries: ['Alex Smith'],
    defaultValue: 'Default name',
  });
});

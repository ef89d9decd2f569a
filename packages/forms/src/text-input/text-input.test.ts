import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { announce, setLocale } from '@kith/core';
import { expectAxeClean, axNode, formControlConformance, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import '../button/define.js';
import '../date-input/define.js';
import type { KithTextInput } from './text-input.js';

async function typeInto(element: HTMLElement, text: string): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
}

/**
 * A form that records each submission (the submitter, and the FormData as the submit event
 * saw it) and each Enter that reached it, so a test that expects nothing knows the key arrived.
 */
async function recordingForm(content: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${content}</form>`);
  const submissions: { submitter: HTMLElement | null; data: [string, FormDataEntryValue][] }[] = [];
  const keys = { enter: 0 };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submissions.push({ submitter: event.submitter, data: [...new FormData(form, event.submitter)] });
  });
  form.addEventListener('keyup', (event) => event.key === 'Enter' && keys.enter++);
  await Promise.all([...form.querySelectorAll('*')].map((element) => (element as Partial<KithTextInput>).updateComplete));
  return { form, submissions, keys };
}

/** Types into the first text input of the form, then presses Enter, as a keyboard user would. */
async function typeAndEnter(form: HTMLFormElement, text = 'Ffion', press = 'Enter'): Promise<void> {
  await typeInto(form.querySelector('kith-text-input')!, text);
  await sendKeys({ press });
}

const announcerText = () =>
  document.querySelector('[data-kith-announcer] [data-politeness="polite"]')?.textContent ?? '';

describe('kith-text-input', () => {
  // A framework's ref (React's ref.current.focus()) or the case form after Restore focuses the host.
  it('keeps the text when focused by code: the next keystroke adds to it instead of replacing it', async () => {
    const el = await fixture<KithTextInput>(html`<kith-text-input label="Child's full name" value="Ada Lovelace"></kith-text-input>`);
    el.focus();
    await sendKeys({ type: ' King' });
    expect(el.value).to.equal('Ada Lovelace King');
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('Ada Lovelace King');
  });

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

    it('does not show or announce an error when the user leaves a box they emptied, only once they try to submit (GOV.UK: do not validate when the user moves away from a field)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-text-input name="n" label="Full name" required></kith-text-input><input aria-label="Next" /></form>`);
      const el = form.querySelector('kith-text-input')!;
      announce('');
      await typeInto(el, 'Al');
      await sendKeys({ press: 'Tab' });
      el.focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Tab' });
      await elementUpdated(el);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(el.shadowRoot!.querySelector('[part="error-message"]'), 'no error on leaving the box').to.equal(null);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
      expect(announcerText(), 'nothing announced on leaving the box').to.equal('');
      form.requestSubmit();
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="error-message"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter full name');
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

    it('turns line breaks in a value set by code or the server into spaces, so the box, the value and FormData agree', async () => {
      // The box itself cannot hold a line break: it would show "Flat 12 High StCardiff" while
      // FormData kept the line breaks, and the first keystroke would silently glue the words.
      const form = await fixture<HTMLFormElement>(html`<form><kith-text-input name="address" label="Address" value=${'Flat 1\n\n2 High St'}></kith-text-input></form>`);
      const el = form.querySelector('kith-text-input')!;
      const input = el.shadowRoot!.querySelector('input')!;
      expect([el.value, input.value, new FormData(form).get('address')]).to.deep.equal(['Flat 1 2 High St', 'Flat 1 2 High St', 'Flat 1 2 High St']);
      el.value = 'Flat 1\r\n2 High St\rCardiff';
      await elementUpdated(el);
      expect([el.value, input.value, new FormData(form).get('address')]).to.deep.equal(['Flat 1 2 High St Cardiff', 'Flat 1 2 High St Cardiff', 'Flat 1 2 High St Cardiff']);
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: '!' });
      expect(el.value).to.equal('Flat 1 2 High St Cardiff!');
      form.reset();
      await elementUpdated(el);
      expect([el.value, input.value]).to.deep.equal(['Flat 1 2 High St', 'Flat 1 2 High St']);
    });

    it('strips spaces around an email address or web address set by code, as a native input does, so the box, the value and FormData agree', async () => {
      const cases = [
        { name: 'email', type: 'email', given: ' sam@example.org ', expected: 'sam@example.org' },
        { name: 'url', type: 'url', given: '\t https://example.org  ', expected: 'https://example.org' },
        { name: 'text', type: 'text', given: '  Sam  ', expected: '  Sam  ' },
      ] as const;
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      for (const { name, type, given, expected } of cases) {
        const native = document.createElement('input');
        native.type = type;
        native.value = given;
        expect(native.value, `a native ${type} input`).to.equal(expected);
        // The value first, then the type, as attributes in that order or a framework may set them.
        const el = document.createElement('kith-text-input');
        el.name = name;
        el.value = given;
        el.type = type;
        form.append(el);
        await el.updateComplete;
        expect([el.value, el.shadowRoot!.querySelector('input')!.value, new FormData(form).get(name)]).to.deep.equal([expected, expected, expected]);
      }
    });

    it('strips only ASCII whitespace around an email address or web address, as a native input does, keeping other spaces', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      // No-break space, ideographic space, em space and a tab, form feed and space around them.
      const given = '\t\f \u00a0\u3000sam@example.org\u2003\u00a0 \t';
      for (const type of ['email', 'url'] as const) {
        const native = document.createElement('input');
        native.type = type;
        native.value = given;
        const el = document.createElement('kith-text-input');
        el.name = type;
        el.type = type;
        el.value = given;
        form.append(el);
        await el.updateComplete;
        expect(native.value, `a native ${type} input`).to.equal('\u00a0\u3000sam@example.org\u2003\u00a0');
        expect([el.value, el.shadowRoot!.querySelector('input')!.value, new FormData(form).get(type)], type).to.deep.equal([native.value, native.value, native.value]);
      }
    });

    // Chromium trims only what code sets; trimming as the user types would glue "my page" into "mypage".
    it('leaves the spaces the user types in a web address, as a native input does', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-text-input name="url" type="url" label="Website"></kith-text-input><input type="url" name="native" /></form>`);
      const el = form.querySelector('kith-text-input')!;
      await typeInto(el, ' https://example.org/my page ');
      await typeInto(form.querySelector('input')!, ' https://example.org/my page ');
      await el.updateComplete;
      const data = new FormData(form);
      expect([el.value, el.shadowRoot!.querySelector('input')!.value, data.get('url')]).to.deep.equal([data.get('native'), data.get('native'), data.get('native')]);
      expect(data.get('native')).to.equal(' https://example.org/my page ');
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
    it('passes spellcheck set as a property, as React and Vue set it, so a name is not sent to a spelling service', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Full name" .spellcheck=${false}></kith-text-input>`);
      const input = el.shadowRoot!.querySelector('input')!;
      expect(input.getAttribute('spellcheck')).to.equal('false');
      el.spellcheck = true;
      await elementUpdated(el);
      expect(input.spellcheck).to.equal(true);
      const plain = await fixture<KithTextInput>(html`<kith-text-input label="Full name"></kith-text-input>`);
      expect(plain.shadowRoot!.querySelector('input')!.hasAttribute('spellcheck'), 'the browser default when not set').to.equal(false);
    });
  });

  describe('Enter submits the form, as in a native text field', () => {
    it('presses the first kith-button that submits: its name and value are sent, and buttons that do not submit are passed over', async () => {
      const { form, submissions } = await recordingForm(html`
        <kith-text-input name="child-name" label="Child's full name"></kith-text-input>
        <kith-button type="button" name="action" value="add">Add another</kith-button>
        <kith-button href="/help">Get help</kith-button>
        <button type="button">Clear</button>
        <kith-button name="action" value="save">Save and continue</kith-button>
        <button name="action" value="other">Other</button>
      `);
      await typeAndEnter(form);
      expect(submissions.length).to.equal(1);
      expect(submissions[0].data).to.deep.equal([
        ['child-name', 'Ffion'],
        ['action', 'save'],
      ]);
    });

    it('presses a native submit button: it is the submitter', async () => {
      const { form, submissions } = await recordingForm(html`
        <kith-text-input name="child-name" label="Child's full name"></kith-text-input>
        <button name="action" value="continue">Continue</button>
        <kith-button name="action" value="save">Save</kith-button>
      `);
      await typeAndEnter(form);
      expect(submissions.length).to.equal(1);
      expect(submissions[0].submitter === form.querySelector('button')).to.equal(true);
      expect(submissions[0].data).to.deep.equal([
        ['child-name', 'Ffion'],
        ['action', 'continue'],
      ]);
    });

    it('goes through kith-button\'s double-click guard: a second Enter straight after the first is ignored with prevent-double-click', async () => {
      for (const [guard, expected] of [
        [false, 2],
        [true, 1],
      ] as const) {
        const { form, submissions } = await recordingForm(html`
          <kith-text-input name="child-name" label="Child's full name"></kith-text-input>
          <kith-button ?prevent-double-click=${guard}>Save</kith-button>
        `);
        const input = form.querySelector('kith-text-input')!.shadowRoot!.querySelector('input')!;
        // Two presses in the same task: no clock involved.
        for (let i = 0; i < 2; i++) input.dispatchEvent(new KeyboardEvent('keypress', { key: 'Enter', bubbles: true, composed: true }));
        expect(submissions.length).to.equal(expected);
      }
    });

    it('Shift with Enter submits too; Ctrl with Enter does not, as in Chromium\'s own text fields', async () => {
      const { form, submissions, keys } = await recordingForm(html`
        <kith-text-input name="child-name" label="Child's full name"></kith-text-input>
        <kith-button>Save</kith-button>
      `);
      await typeInto(form.querySelector('kith-text-input')!, 'Ffion');
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Control' });
      expect(keys.enter).to.equal(1);
      expect(submissions.length).to.equal(0);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      expect(submissions.length).to.equal(1);
    });

    it('does nothing when the default button is disabled, even with an enabled one after it', async () => {
      for (const buttons of [
        html`<kith-button disabled>Save</kith-button><button>Continue</button>`,
        html`<button disabled>Save</button><kith-button>Continue</kith-button>`,
        html`<fieldset disabled><kith-button>Save</kith-button></fieldset><button>Continue</button>`,
      ]) {
        const { form, submissions, keys } = await recordingForm(html`<kith-text-input name="child-name" label="Child's full name"></kith-text-input>${buttons}`);
        await typeAndEnter(form);
        expect(keys.enter).to.equal(1);
        expect(submissions.length).to.equal(0);
      }
    });

    it('without a submit button, submits a form whose only text field this is, and not a form with two', async () => {
      const single = await recordingForm(html`
        <kith-text-input name="q" label="Case reference"></kith-text-input>
        <input type="checkbox" name="closed" aria-label="Closed cases" />
        <kith-button type="button">Clear</kith-button>
      `);
      await typeAndEnter(single.form, 'CR-1');
      expect(single.submissions.length).to.equal(1);
      expect(single.submissions[0].submitter).to.equal(null);
      expect(single.submissions[0].data).to.deep.equal([['q', 'CR-1']]);

      for (const other of [
        html`<kith-text-input name="other" label="Other"></kith-text-input>`,
        html`<input type="email" name="email" aria-label="Email" />`,
        html`<kith-date-input name="dob" label="Date of birth"></kith-date-input>`,
      ]) {
        const two = await recordingForm(html`<kith-text-input name="q" label="Case reference"></kith-text-input>${other}`);
        await typeAndEnter(two.form, 'CR-1');
        expect(two.keys.enter).to.equal(1);
        expect(two.submissions.length).to.equal(0);
      }
    });

    it('runs validation: an invalid form is not submitted and the field shows its error', async () => {
      const { form, submissions } = await recordingForm(html`
        <kith-text-input name="child-name" label="Child's full name" required></kith-text-input>
        <kith-button>Save</kith-button>
      `);
      const el = form.querySelector('kith-text-input')!;
      el.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(submissions.length).to.equal(0);
      expect(el.shadowRoot!.querySelector('[part="error-message"]')!.textContent).to.contain("Enter child's full name");
    });

    it('does not submit while an input method is composing text', async () => {
      const { form, submissions } = await recordingForm(html`
        <kith-text-input name="child-name" label="Child's full name"></kith-text-input>
        <kith-button>Save</kith-button>
      `);
      const input = form.querySelector('kith-text-input')!.shadowRoot!.querySelector('input')!;
      const enter = (isComposing: boolean) => {
        for (const type of ['keydown', 'keypress']) {
          input.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', isComposing, bubbles: true, composed: true, cancelable: true }));
        }
      };
      enter(true);
      expect(submissions.length).to.equal(0);
      // The same keys when not composing do submit, so the check above was not vacuous.
      enter(false);
      expect(submissions.length).to.equal(1);
    });

    it('does not submit when the page cancels the Enter keydown, as for a native field', async () => {
      const { form, submissions, keys } = await recordingForm(html`
        <kith-text-input name="child-name" label="Child's full name"></kith-text-input>
        <kith-button>Save</kith-button>
      `);
      form.addEventListener('keydown', (event) => event.key === 'Enter' && event.preventDefault());
      await typeAndEnter(form);
      expect(keys.enter).to.equal(1);
      expect(submissions.length).to.equal(0);
    });

    it('does nothing, and throws nothing, outside a form', async () => {
      const el = await fixture<KithTextInput>(html`<kith-text-input label="Search"></kith-text-input>`);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      let enters = 0;
      el.addEventListener('keyup', (event) => event.key === 'Enter' && enters++);
      await typeInto(el, 'x');
      await sendKeys({ press: 'Enter' });
      window.removeEventListener('error', onError);
      expect(enters).to.equal(1);
      expect(errors).to.deep.equal([]);
      expect(el.value).to.equal('x');
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

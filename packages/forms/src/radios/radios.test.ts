import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, formControlConformance, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import '../text-input/define.js';
import '../button/define.js';
import type { KithRadios } from './radios.js';
import type { KithTextInput } from '../text-input/text-input.js';

const radios = (el: KithRadios) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const errorText = (el: Element) =>
  el.shadowRoot!.querySelector('[part="error-message"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? null;
const focusedRadio = (el: KithRadios) => el.shadowRoot!.activeElement as HTMLInputElement | null;

function option(value: string, label: string): HTMLElement {
  const element = document.createElement('kith-option');
  element.setAttribute('value', value);
  element.textContent = label;
  return element;
}

/** A form with a radios whose "Phone" option reveals a required phone number box. */
async function contactForm() {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <kith-radios name="contact" legend="How should we contact the family?">
        <kith-option value="email">Email</kith-option>
        <kith-option value="phone"
          >Phone
          <kith-text-input slot="conditional" name="phone" label="Phone number" required></kith-text-input>
        </kith-option>
        <kith-option value="none">Do not contact</kith-option>
      </kith-radios>
    </form>
  `);
  const el = form.querySelector('kith-radios')!;
  await elementUpdated(el);
  return { form, el, phone: form.querySelector<KithTextInput>('kith-text-input')! };
}

describe('kith-radios', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`
        <div>
          <kith-radios name="a" legend="Can we contact the family?">
            <kith-option value="yes">Yes</kith-option>
            <kith-option value="no">No</kith-option>
          </kith-radios>
          <kith-radios name="b" legend="Who does the child live with?" hint="Select one option" value="parent">
            <kith-option value="parent" hint="Including step-parents">A parent</kith-option>
            <kith-option value="relative">Another relative</kith-option>
            <kith-option divider>or</kith-option>
            <kith-option value="unknown">Not known</kith-option>
          </kith-radios>
          <kith-radios name="c" legend="Is the child safe tonight?" error-message="Select yes if the child is safe tonight" inline>
            <kith-option value="yes">Yes</kith-option>
            <kith-option value="no">No</kith-option>
          </kith-radios>
          <kith-radios name="d" legend="Case status" disabled value="open">
            <kith-option value="open">Open</kith-option>
            <kith-option value="closed">Closed</kith-option>
          </kith-radios>
          <kith-radios name="e" legend="How should we contact the family?" value="phone" legend-size="m">
            <kith-option value="email">Email</kith-option>
            <kith-option value="phone"
              >Phone <kith-text-input slot="conditional" name="phone" label="Phone number"></kith-text-input
            ></kith-option>
          </kith-radios>
          <kith-radios name="f" legend="No answers yet"></kith-radios>
        </div>
      `);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh, with the Welsh required message', async () => {
      await setLocale('cy');
      const el = await fixture<KithRadios>(html`
        <kith-radios name="cyswllt" legend="Allwn ni gysylltu â’r teulu?" hint="Gofynnwch i’r teulu yn gyntaf" required>
          <kith-option value="yes" hint="Byddwn yn ffonio">Gallwch</kith-option>
          <kith-option value="no">Na allwch</kith-option>
          <kith-option divider></kith-option>
          <kith-option value="unknown">Ddim yn gwybod</kith-option>
        </kith-radios>
      `);
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Gwall: Dewiswch ateb ar gyfer ‘allwn ni gysylltu â’r teulu?’');
      expect((await axNode('group', 'Allwn ni gysylltu â’r teulu?')).description).to.equal(
        'Gofynnwch i’r teulu yn gyntaf Gwall: Dewiswch ateb ar gyfer ‘allwn ni gysylltu â’r teulu?’',
      );
      expect((await axNode('radio', 'Gallwch')).description).to.equal('Byddwn yn ffonio');
      expect(el.shadowRoot!.querySelector('[part="divider"]')!.textContent!.trim()).to.equal('neu');
      await expectAxeClean(el);
    });

    it('names the group by its legend and describes it by hint and error; each radio by its own hint', async () => {
      await fixture(html`
        <kith-radios name="contact" legend="Can we contact the family?" hint="Ask the family first" error-message="Select yes if we can contact the family">
          <kith-option value="yes" hint="We will use the details on the referral">Yes</kith-option>
          <kith-option value="no">No</kith-option>
        </kith-radios>
      `);
      const group = await axNode('group', 'Can we contact the family?');
      expect(group.description).to.equal('Ask the family first Error: Select yes if we can contact the family');
      const yes = await axNode('radio', 'Yes');
      expect(yes.description).to.equal('We will use the details on the referral');
      expect(yes.checked).to.equal('false');
      expect((await axNode('radio', 'No')).description).to.equal('');
    });

    it('reads the legend as the page heading when asked, and keeps it the group name', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="q" legend="Where does the child live?" page-heading>
          <kith-option value="home">At home</kith-option>
          <kith-option value="care">In care</kith-option>
        </kith-radios>
      `);
      await axNode('heading', 'Where does the child live?');
      await axNode('group', 'Where does the child live?');
      expect(el.shadowRoot!.querySelector('legend')!.classList.contains('legend-l')).to.equal(true);
    });

    it('ties a radio to its follow-up content with aria-controls, in the same shadow root', async () => {
      const { el } = await contactForm();
      const phone = radios(el)[1]!;
      const reveal = el.shadowRoot!.getElementById(phone.getAttribute('aria-controls')!)!;
      expect(reveal.getAttribute('part')).to.equal('conditional');
      expect(reveal.hidden).to.equal(true);
      expect(radios(el)[0]!.hasAttribute('aria-controls')).to.equal(false);
      // The follow-up follows its option directly, so it is next in reading and Tab order.
      expect(phone.closest('.item')!.nextElementSibling).to.equal(reveal);
    });
  });

  describe('keyboard', () => {
    it('Enter on a radio presses the form\'s submit button, as a native radio does; Enter in a follow-up box submits once', async () => {
      const { form, el, phone } = await contactForm();
      form.append(Object.assign(document.createElement('kith-button'), { name: 'action', value: 'save', textContent: 'Save' }));
      const submissions: [string, FormDataEntryValue][][] = [];
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submissions.push([...new FormData(form, event.submitter)]);
      });
      await elementUpdated(form.querySelector('kith-button')!);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(el.value).to.equal('phone');
      phone.focus();
      await sendKeys({ type: '01632 960001' });
      await sendKeys({ press: 'Enter' });
      radios(el)[1].focus();
      await sendKeys({ press: 'Enter' });
      const sent = [
        ['contact', 'phone'],
        ['phone', '01632 960001'],
        ['action', 'save'],
      ];
      expect(submissions).to.deep.equal([sent, sent]);
    });

    it('moves and selects with the arrow keys, as a native radio group does', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="r" legend="Priority">
          <kith-option value="low">Low</kith-option>
          <kith-option value="medium">Medium</kith-option>
          <kith-option value="high">High</kith-option>
        </kith-radios>
      `);
      el.focus();
      expect(focusedRadio(el)!.value).to.equal('low');
      expect(el.value).to.equal('');
      const change = oneEvent(el, 'change');
      await sendKeys({ press: 'ArrowDown' });
      await change;
      expect(el.value).to.equal('medium');
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal('high');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value, 'wraps round').to.equal('low');
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal('high');
      await elementUpdated(el);
      expect((await axNode('radio', 'High')).checked).to.equal('true');
    });

    it('selects the focused radio with Space, and Tab goes to the selected one', async () => {
      const el = await fixture<KithRadios>(html`
        <div>
          <button>before</button>
          <kith-radios name="r" legend="Priority">
            <kith-option value="low">Low</kith-option>
            <kith-option value="high">High</kith-option>
          </kith-radios>
          <button>after</button>
        </div>
      `).then((div) => div.querySelector('kith-radios')!);
      el.focus();
      await sendKeys({ press: 'Space' });
      expect(el.value).to.equal('low');
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('high');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.textContent).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement).to.equal(el);
      expect(focusedRadio(el)!.value, 'Tab lands on the selected radio').to.equal('high');
    });

    it('goes from a selected option into its follow-up content with Tab, then on past the group', async () => {
      const { el, phone } = await contactForm();
      const after = document.createElement('button');
      after.textContent = 'after';
      el.closest('form')!.append(after);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(el.value).to.equal('phone');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(phone);
      await sendKeys({ type: '07700 900123' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(after);
      expect(phone.value).to.equal('07700 900123');
    });

    it('takes focus from the host on the selected radio, or else the first that can be used', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="r" legend="Priority" value="high">
          <kith-option value="low" disabled>Low</kith-option>
          <kith-option value="medium">Medium</kith-option>
          <kith-option value="high">High</kith-option>
        </kith-radios>
      `);
      el.focus();
      expect(focusedRadio(el)!.value).to.equal('high');
      el.value = '';
      await elementUpdated(el);
      el.focus();
      expect(focusedRadio(el)!.value).to.equal('medium');
    });
  });

  describe('follow-up content (conditional reveal)', () => {
    it('shows follow-up content only while its option is selected, kept in the light DOM', async () => {
      const { el, phone } = await contactForm();
      const reveal = el.shadowRoot!.querySelector<HTMLElement>('[part="conditional"]')!;
      expect(phone.parentElement!.localName).to.equal('kith-option');
      expect(reveal.hidden).to.equal(true);
      expect(phone.getBoundingClientRect().height).to.equal(0);
      radios(el)[1]!.click();
      await elementUpdated(el);
      expect(reveal.hidden).to.equal(false);
      expect(phone.getBoundingClientRect().height).to.be.greaterThan(0);
      await axNode('textbox', 'Phone number');
    });

    it('does not let a hidden, required, empty follow-up block the form', async () => {
      const { form, el } = await contactForm();
      let submitted: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = new FormData(form);
      });
      radios(el)[0]!.click();
      await elementUpdated(el);
      form.requestSubmit();
      expect(submitted, 'the form submitted').to.exist;
      expect(submitted!.get('contact')).to.equal('email');
      // Shown, the same required box does block.
      submitted = undefined;
      radios(el)[1]!.click();
      await elementUpdated(el);
      form.requestSubmit();
      expect(submitted).to.equal(undefined);
    });

    it('keeps what the user typed in a follow-up when it is hidden and shown again, and submits it only while shown', async () => {
      const { form, el, phone } = await contactForm();
      radios(el)[1]!.click();
      await elementUpdated(el);
      phone.focus();
      await sendKeys({ type: '01632 960001' });
      radios(el)[0]!.click();
      await elementUpdated(el);
      expect(phone.value).to.equal('01632 960001');
      expect(new FormData(form).has('phone'), 'not submitted for an answer not chosen').to.equal(false);
      radios(el)[1]!.click();
      await elementUpdated(el);
      await elementUpdated(phone);
      expect(phone.value).to.equal('01632 960001');
      expect(phone.shadowRoot!.querySelector('input')!.value).to.equal('01632 960001');
      expect(phone.disabled).to.equal(false);
      expect(new FormData(form).get('phone')).to.equal('01632 960001');
    });

    it('leaves a follow-up control the page disabled itself disabled when it is shown', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-radios name="r" legend="Placement">
            <kith-option value="a">A</kith-option>
            <kith-option value="b"
              >B
              <div slot="conditional">
                <input name="kept" aria-label="Kept" disabled value="x" />
                <input name="open" aria-label="Open" value="y" />
              </div>
            </kith-option>
          </kith-radios>
        </form>
      `);
      const el = form.querySelector('kith-radios')!;
      await elementUpdated(el);
      const [kept, open] = [...form.querySelectorAll('input')];
      expect(open!.disabled).to.equal(true);
      el.value = 'b';
      await elementUpdated(el);
      expect(open!.disabled).to.equal(false);
      expect(kept!.disabled).to.equal(true);
    });

    it('hides follow-up content the page adds later, and frees the controls of an option that is taken out', async () => {
      const { el } = await contactForm();
      const email = el.querySelector('kith-option[value="email"]')!;
      const late = document.createElement('input');
      late.setAttribute('slot', 'conditional');
      late.setAttribute('aria-label', 'Email address');
      email.append(late);
      await elementUpdated(el);
      await elementUpdated(el);
      expect(late.disabled).to.equal(true);
      el.value = 'email';
      await elementUpdated(el);
      expect(late.disabled).to.equal(false);
      el.value = 'none';
      await elementUpdated(el);
      expect(late.disabled).to.equal(true);
      el.closest('form')!.append(email);
      await elementUpdated(el);
      expect(late.disabled, 'moved out of the group').to.equal(false);
    });
  });

  describe('values and errors', () => {
    it('submits the selected value under its name and reads the value attribute as the default', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-radios name="priority" legend="Priority" value="high">
            <kith-option value="low">Low</kith-option>
            <kith-option value="high">High</kith-option>
          </kith-radios>
        </form>
      `);
      const el = form.querySelector('kith-radios')!;
      await elementUpdated(el);
      expect(el.value).to.equal('high');
      expect(radios(el)[1]!.checked).to.equal(true);
      expect(new FormData(form).getAll('priority')).to.deep.equal(['high']);
    });

    it('keeps a value that matches no option until such an option is added, and submits nothing meanwhile', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-radios name="p" legend="Priority" required></kith-radios></form>`);
      const el = form.querySelector('kith-radios')!;
      el.append(option('low', 'Low'));
      el.value = 'high';
      expect(el.value).to.equal('');
      await elementUpdated(el);
      expect(new FormData(form).has('p')).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      el.append(option('high', 'High'));
      expect(el.value).to.equal('high');
      await elementUpdated(el);
      expect(radios(el)[1]!.checked).to.equal(true);
      expect(new FormData(form).get('p')).to.equal('high');
    });

    it('names the question in the required message, falls back without a legend, and takes the page’s own wording', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="m" legend="Contact method" required>
          <kith-option value="email">Email</kith-option>
        </kith-radios>
      `);
      expect(el.validationMessage).to.equal('Select contact method');
      el.legend = '';
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Select an option');
      el.requiredMessage = 'Select how we should contact the family';
      el.errorPrefix = 'Problem:';
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Problem: Select how we should contact the family');
    });

    it('keeps a server error until the user picks an answer, and announces a new error', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="s" legend="Is the child safe tonight?" error-message="Select yes if the child is safe tonight">
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no">No</kith-option>
        </kith-radios>
      `);
      expect(el.checkValidity()).to.equal(false);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      radios(el)[0]!.click();
      await elementUpdated(el);
      expect(errorText(el)).to.equal(null);
      expect(el.checkValidity()).to.equal(true);
    });

    it('keeps the selection through a locale switch and a change of options', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="k" legend="Priority">
          <kith-option value="low">Low</kith-option>
          <kith-option value="high">High</kith-option>
        </kith-radios>
      `);
      radios(el)[1]!.click();
      await setLocale('cy');
      el.prepend(option('urgent', 'Urgent'));
      await elementUpdated(el);
      await elementUpdated(el);
      expect(el.value).to.equal('high');
      expect(radios(el).map((radio) => radio.checked)).to.deep.equal([false, false, true]);
    });
  });

  describe('bad input', () => {
    it('shows a clear message and does not block the form when there are no options', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-radios name="x" legend="Priority" required></kith-radios></form>`);
      const el = form.querySelector('kith-radios')!;
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="no-options"]')!.textContent!.trim()).to.equal('There are no options to choose from');
      expect(el.checkValidity()).to.equal(true);
      await setLocale('cy');
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="no-options"]')!.textContent!.trim()).to.equal('Does dim opsiynau i ddewis ohonynt');
      el.focus();
    });

    it('shows only the first of options that share a value, and warns the developer once', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<KithRadios>(html`
          <kith-radios name="d" legend="Priority">
            <kith-option value="low">Low</kith-option>
            <kith-option value="low">Low again</kith-option>
            <kith-option value="high">High</kith-option>
          </kith-radios>
        `);
        el.requestUpdate();
        await elementUpdated(el);
        expect(radios(el).map((radio) => radio.value)).to.deep.equal(['low', 'high']);
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0]![0])).to.contain('"low"');
      } finally {
        console.warn = warn;
      }
    });

    it('renders labels, hints and the legend as text, never as HTML; markup inside an option is read as its text', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="h" .legend=${'<img src=x onerror=alert(1)>'} .hint=${'<b>hint</b>'}>
          <kith-option value="a" hint=${'<i>hint</i>'}>&lt;script&gt;alert(1)&lt;/script&gt;</kith-option>
          <kith-option value="b"><strong>Bold</strong> text</kith-option>
        </kith-radios>
      `);
      const root = el.shadowRoot!;
      expect(root.querySelector('img, b, i, script, strong')).to.equal(null);
      expect(root.querySelector('legend')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      const labels = [...root.querySelectorAll('[part="option-label"]')].map((label) => label.textContent);
      expect(labels).to.deep.equal(['<script>alert(1)</script>', 'Bold text']);
      expect(root.querySelector('[part="option-hint"]')!.textContent).to.equal('<i>hint</i>');
    });

    it('copes with a 1 MB label, an unknown legend size and a value that is not a string', async () => {
      const big = 'x'.repeat(1024 * 1024);
      const el = await fixture<KithRadios>(html`
        <kith-radios name="b" legend="Big" legend-size="enormous">
          <kith-option value="1">${big}</kith-option>
          <kith-option value="2">Two</kith-option>
        </kith-radios>
      `);
      expect(el.shadowRoot!.querySelector('[part="option-label"]')!.textContent!.length).to.equal(big.length);
      expect([...el.shadowRoot!.querySelector('legend')!.classList]).to.deep.equal(['legend']);
      (el as unknown as { value: unknown }).value = 2;
      await elementUpdated(el);
      expect(el.value).to.equal('2');
      (el as unknown as { value: unknown }).value = null;
      await elementUpdated(el);
      expect(el.value).to.equal('');
    });

    it('takes an option’s text as its value when it has no value attribute', async () => {
      const el = await fixture<KithRadios>(html`<kith-radios name="t" legend="Answer"><kith-option> Yes </kith-option></kith-radios>`);
      radios(el)[0]!.click();
      expect(el.value).to.equal('Yes');
    });
  });

  formControlConformance({
    tagName: 'kith-radios',
    attributes: { legend: 'Priority' },
    children: () => [option('low', 'Low'), option('high', 'High')],
    typeValue: async (element: KithFormControlElement) => {
      element.focus();
      await sendKeys({ press: 'ArrowDown' });
    },
    expectedEntries: ['high'],
    defaultValue: 'low',
  });
});

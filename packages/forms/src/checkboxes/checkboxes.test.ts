import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, formControlConformance, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import '../text-input/define.js';
import '../button/define.js';
import type { KithCheckboxes } from './checkboxes.js';
import type { KithTextInput } from '../text-input/text-input.js';

const boxes = (el: KithCheckboxes) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const errorText = (el: Element) =>
  el.shadowRoot!.querySelector('[part="error-message"]')?.textContent!.replace(/\s+/g, ' ').trim() ?? null;
const announced = () => document.querySelector('[data-kith-announcer] [data-politeness="polite"]')?.textContent ?? '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

function option(value: string, label: string, attributes: Record<string, string> = {}): HTMLElement {
  const element = document.createElement('kith-option');
  element.setAttribute('value', value);
  for (const [name, attribute] of Object.entries(attributes)) element.setAttribute(name, attribute);
  element.textContent = label;
  return element;
}

async function supportForm(value = '') {
  const form = await fixture<HTMLFormElement>(html`
    <form>
      <kith-checkboxes name="support" legend="What support does the family have?" hint="Select all that apply" value=${value}>
        <kith-option value="relatives">Relatives nearby</kith-option>
        <kith-option value="school"
          >School
          <kith-text-input slot="conditional" name="school-name" label="Name of the school" required></kith-text-input>
        </kith-option>
        <kith-option value="health" hint="For example, a health visitor">Health services</kith-option>
        <kith-option value="none" exclusive>None of these</kith-option>
      </kith-checkboxes>
    </form>
  `);
  const el = form.querySelector('kith-checkboxes')!;
  await elementUpdated(el);
  return { form, el, school: form.querySelector<KithTextInput>('kith-text-input')! };
}

describe('kith-checkboxes', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`
        <div>
          <kith-checkboxes name="a" legend="Which languages does the child speak?" hint="Select all that apply">
            <kith-option value="en">English</kith-option>
            <kith-option value="cy" hint="Including at school">Welsh</kith-option>
            <kith-option value="other">Another language</kith-option>
          </kith-checkboxes>
          <kith-checkboxes name="b" legend="What support does the family have?" value="school">
            <kith-option value="relatives">Relatives nearby</kith-option>
            <kith-option value="school"
              >School <kith-text-input slot="conditional" name="school" label="Name of the school"></kith-text-input
            ></kith-option>
            <kith-option value="none" exclusive>None of these</kith-option>
          </kith-checkboxes>
          <kith-checkboxes name="c" legend="Risks identified" error-message="Select the risks you identified, or None" inline>
            <kith-option value="a">Neglect</kith-option>
            <kith-option value="b">Exploitation</kith-option>
          </kith-checkboxes>
          <kith-checkboxes name="d" legend="Agreed by" disabled value="sw">
            <kith-option value="sw">Social worker</kith-option>
            <kith-option value="mgr">Manager</kith-option>
          </kith-checkboxes>
          <kith-checkboxes name="e" legend="Which concerns apply?" page-heading legend-size="xl">
            <kith-option value="x">One</kith-option>
          </kith-checkboxes>
          <kith-checkboxes name="f" legend="Nothing to choose"></kith-checkboxes>
        </div>
      `);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh, with the Welsh required message and divider', async () => {
      await setLocale('cy');
      const el = await fixture<KithCheckboxes>(html`
        <kith-checkboxes name="cymorth" legend="Pa gymorth sydd gan y teulu?" hint="Dewiswch bob un sy’n berthnasol" required>
          <kith-option value="relatives">Perthnasau gerllaw</kith-option>
          <kith-option value="school" hint="Gan gynnwys y feithrinfa">Yr ysgol</kith-option>
          <kith-option value="none" exclusive>Dim un o’r rhain</kith-option>
        </kith-checkboxes>
      `);
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Gwall: Dewiswch o leiaf un opsiwn ar gyfer ‘pa gymorth sydd gan y teulu?’');
      expect((await axNode('group', 'Pa gymorth sydd gan y teulu?')).description).to.equal(
        'Dewiswch bob un sy’n berthnasol Gwall: Dewiswch o leiaf un opsiwn ar gyfer ‘pa gymorth sydd gan y teulu?’',
      );
      expect((await axNode('checkbox', 'Yr ysgol')).description).to.equal('Gan gynnwys y feithrinfa');
      expect(el.shadowRoot!.querySelector('[part="divider"]')!.textContent!.trim()).to.equal('neu');
      await expectAxeClean(el);
    });

    it('names the group by its legend, describes it by hint and error, and each checkbox by its own hint', async () => {
      await fixture(html`
        <kith-checkboxes name="s" legend="What support does the family have?" hint="Select all that apply" error-message="Select the support the family has">
          <kith-option value="relatives">Relatives nearby</kith-option>
          <kith-option value="health" hint="For example, a health visitor">Health services</kith-option>
        </kith-checkboxes>
      `);
      const group = await axNode('group', 'What support does the family have?');
      expect(group.description).to.equal('Select all that apply Error: Select the support the family has');
      expect((await axNode('checkbox', 'Health services')).description).to.equal('For example, a health visitor');
      expect((await axNode('checkbox', 'Relatives nearby')).description).to.equal('');
    });

    it('tells assistive technology whether follow-up content is shown (aria-controls and aria-expanded)', async () => {
      const { el } = await supportForm();
      const school = boxes(el)[1]!;
      expect(el.shadowRoot!.getElementById(school.getAttribute('aria-controls')!)!.getAttribute('part')).to.equal('conditional');
      expect((await axNode('checkbox', 'School')).expanded).to.equal(false);
      school.click();
      await elementUpdated(el);
      expect((await axNode('checkbox', 'School')).expanded).to.equal(true);
      expect((await axNode('checkbox', 'Relatives nearby')).expanded).to.equal(undefined);
    });
  });

  describe('keyboard', () => {
    it('Enter on a checkbox presses the form\'s submit button, and does nothing in a form without one, as natively', async () => {
      for (const button of [html`<kith-button>Save</kith-button>`, html``]) {
        let submitted = 0;
        let enters = 0;
        const form = await fixture<HTMLFormElement>(html`<form
          @submit=${(event: Event) => (event.preventDefault(), submitted++)}
          @keyup=${(event: KeyboardEvent) => event.key === 'Enter' && enters++}
        >
          <kith-checkboxes name="concerns" legend="What are the concerns about?">
            <kith-option value="neglect">Neglect</kith-option>
          </kith-checkboxes>
          ${button}
        </form>`);
        const el = form.querySelector<KithCheckboxes>('kith-checkboxes')!;
        await elementUpdated(el);
        el.focus();
        await sendKeys({ press: 'Enter' });
        expect(enters).to.equal(1);
        expect(submitted).to.equal(form.querySelector('kith-button') ? 1 : 0);
      }
    });

    it('checks with Space and moves with Tab, through open follow-up content', async () => {
      const { el, school } = await supportForm();
      el.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.values).to.deep.equal(['relatives', 'school']);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement, 'into the revealed box').to.equal(school);
      await sendKeys({ type: 'Ysgol Gymraeg' });
      await sendKeys({ press: 'Tab' });
      expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('health');
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Space' });
      expect(el.values).to.deep.equal(['relatives', 'school']);
      expect(school.value).to.equal('Ysgol Gymraeg');
    });
  });

  describe('exclusive option ("None of these")', () => {
    it('sets the exclusive option apart with "or" when the page did not', async () => {
      const { el } = await supportForm();
      const items = [...el.shadowRoot!.querySelector('[part="items"]')!.children].map((child) => child.getAttribute('part'));
      expect(items).to.deep.equal(['item', 'item', 'conditional', 'item', 'divider', 'item']);
      expect(el.shadowRoot!.querySelector('[part="divider"]')!.textContent!.trim()).to.equal('or');
    });

    it('does not add a second divider when the page wrote one', async () => {
      const el = await fixture<KithCheckboxes>(html`
        <kith-checkboxes name="x" legend="Risks">
          <kith-option value="a">A</kith-option>
          <kith-option divider>or else</kith-option>
          <kith-option value="none" exclusive>None</kith-option>
        </kith-checkboxes>
      `);
      const dividers = el.shadowRoot!.querySelectorAll('[part="divider"]');
      expect(dividers.length).to.equal(1);
      expect(dividers[0]!.textContent!.trim()).to.equal('or else');
    });

    it('clears the other answers when checked, and says so politely', async () => {
      const { el } = await supportForm('relatives,health');
      boxes(el)[3]!.click();
      await elementUpdated(el);
      expect(el.values).to.deep.equal(['none']);
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([false, false, false, true]);
      await settle();
      expect(announced()).to.equal('No longer selected: Relatives nearby, Health services');
    });

    it('is cleared when another answer is checked, and says so politely', async () => {
      const { el } = await supportForm('none');
      el.focus();
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(el.values).to.deep.equal(['relatives']);
      await settle();
      expect(announced()).to.equal('No longer selected: None of these');
    });

    it('announces in Welsh in cy', async () => {
      await setLocale('cy');
      const { el } = await supportForm('relatives');
      boxes(el)[3]!.click();
      await settle();
      expect(announced()).to.equal('Heb eu dewis mwyach: Relatives nearby');
    });

    it('says nothing when nothing had to be cleared', async () => {
      const { el } = await supportForm();
      await settle();
      const before = announced();
      boxes(el)[0]!.click();
      await settle();
      expect(announced()).to.equal(before);
    });
  });

  describe('values, form data and follow-up content', () => {
    it('submits one FormData entry per checked value under its name, in the order of the options', async () => {
      const { form, el } = await supportForm('health,relatives');
      expect(el.values).to.deep.equal(['relatives', 'health']);
      expect(el.value).to.equal('relatives,health');
      expect(new FormData(form).getAll('support')).to.deep.equal(['relatives', 'health']);
      el.values = [];
      await elementUpdated(el);
      expect(new FormData(form).has('support')).to.equal(false);
    });

    it('takes values with commas through the values property', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-checkboxes name="v" legend="Where">
            <kith-option value="Cardiff, Wales">Cardiff</kith-option>
            <kith-option value="Bath">Bath</kith-option>
          </kith-checkboxes>
        </form>
      `);
      const el = form.querySelector('kith-checkboxes')!;
      el.values = ['Cardiff, Wales', 'Bath'];
      await elementUpdated(el);
      expect(new FormData(form).getAll('v')).to.deep.equal(['Cardiff, Wales', 'Bath']);
      el.formStateRestoreCallback(new FormData(form));
      expect(el.values).to.deep.equal(['Cardiff, Wales', 'Bath']);
    });

    it('fires input and change with the values already updated', async () => {
      const { el } = await supportForm();
      const input = oneEvent(el, 'input');
      const change = oneEvent(el, 'change');
      boxes(el)[2]!.click();
      await input;
      expect(el.values).to.deep.equal(['health']);
      await change;
    });

    it('keeps a hidden follow-up from blocking the form and keeps what was typed in it', async () => {
      const { form, el, school } = await supportForm();
      let submitted: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = new FormData(form);
      });
      boxes(el)[0]!.click();
      await elementUpdated(el);
      form.requestSubmit();
      expect(submitted!.getAll('support')).to.deep.equal(['relatives']);

      boxes(el)[1]!.click();
      await elementUpdated(el);
      school.focus();
      await sendKeys({ type: 'Ysgol y Wern' });
      boxes(el)[3]!.click(); // None of these: clears School and hides its follow-up
      await elementUpdated(el);
      expect(school.disabled).to.equal(true);
      expect(school.value).to.equal('Ysgol y Wern');
      submitted = undefined;
      form.requestSubmit();
      expect([...submitted!.keys()]).to.deep.equal(['support']);

      boxes(el)[1]!.click();
      await elementUpdated(el);
      expect(school.disabled).to.equal(false);
      expect(new FormData(form).get('school-name')).to.equal('Ysgol y Wern');
    });

    it('names the question in the required message and takes the page’s own wording', async () => {
      const el = await fixture<KithCheckboxes>(html`
        <kith-checkboxes name="r" legend="Risks identified" required><kith-option value="a">A</kith-option></kith-checkboxes>
      `);
      expect(el.validationMessage).to.equal('Select at least one option for risks identified');
      el.legend = '';
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Select at least one option');
      el.requiredMessage = 'Select the risks you identified';
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Select the risks you identified');
    });
    it('takes values set before its code loaded, as a page that defines elements late does', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const early = document.createElement('kith-checkboxes-defined-late') as KithCheckboxes;
      early.setAttribute('name', 'support');
      early.setAttribute('legend', 'What support does the family have?');
      early.append(option('relatives', 'Relatives nearby'), option('school', 'School'), option('friends', 'Friends'));
      early.values = ['school', 'friends'];
      form.append(early);
      customElements.define('kith-checkboxes-defined-late', class extends (customElements.get('kith-checkboxes')!) {});
      await early.updateComplete;
      expect(boxes(early).map((box) => box.checked)).to.deep.equal([false, true, true]);
      expect(new FormData(form).getAll('support')).to.deep.equal(['school', 'friends']);
      boxes(early)[1]!.click();
      await early.updateComplete;
      expect(early.values, 'what the user then chooses').to.deep.equal(['friends']);
      expect(new FormData(form).getAll('support')).to.deep.equal(['friends']);
    });
  });

  describe('bad input', () => {
    it('shows a clear message and does not block the form when there are no options', async () => {
      const el = await fixture<KithCheckboxes>(html`<kith-checkboxes name="x" legend="Risks" required></kith-checkboxes>`);
      expect(el.shadowRoot!.querySelector('[part="no-options"]')!.textContent!.trim()).to.equal('There are no options to choose from');
      expect(el.checkValidity()).to.equal(true);
    });

    it('shows only the first of options that share a value, and warns the developer', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const el = await fixture<KithCheckboxes>(html`
          <kith-checkboxes name="d" legend="Risks" value="a">
            <kith-option value="a">A</kith-option>
            <kith-option value="a">A again</kith-option>
          </kith-checkboxes>
        `);
        expect(boxes(el).length).to.equal(1);
        expect(el.values).to.deep.equal(['a']);
        expect(warnings.length).to.equal(1);
      } finally {
        console.warn = warn;
      }
    });

    it('renders labels and hints as text, and copes with a 1 MB label', async () => {
      const big = 'y'.repeat(1024 * 1024);
      const el = await fixture<KithCheckboxes>(html`
        <kith-checkboxes name="h" .legend=${'<b>Legend</b>'}>
          <kith-option value="a" hint=${'<img src=x onerror=alert(1)>'}>&lt;em&gt;A&lt;/em&gt;</kith-option>
          <kith-option value="b" .label=${big}></kith-option>
        </kith-checkboxes>
      `);
      await elementUpdated(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('b, img, em')).to.equal(null);
      const labels = [...root.querySelectorAll('[part="option-label"]')].map((label) => label.textContent);
      expect(labels[0]).to.equal('<em>A</em>');
      expect(labels[1]!.length).to.equal(big.length);
      expect(root.querySelector('[part="option-hint"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it('throws a TypeError naming values when they are not a list, and treats null as none', async () => {
      const el = await fixture<KithCheckboxes>(html`<kith-checkboxes name="t" legend="T"><kith-option value="a">A</kith-option></kith-checkboxes>`);
      expect(() => ((el as unknown as { values: unknown }).values = 'a')).to.throw(TypeError, /values/);
      (el as unknown as { values: unknown }).values = null;
      expect(el.values).to.deep.equal([]);
      (el as unknown as { values: unknown }).values = [1, 'a'];
      expect(el.values).to.deep.equal(['a']);
    });
  });

  formControlConformance({
    tagName: 'kith-checkboxes',
    attributes: { legend: 'Support' },
    children: () => [option('relatives', 'Relatives'), option('school', 'School'), option('none', 'None of these', { exclusive: '' })],
    typeValue: async (element: KithFormControlElement) => {
      element.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
    },
    expectedEntries: ['relatives', 'school'],
    defaultValue: 'school',
  });
});

import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import '../text-input/define.js';
import '../radios/define.js';
import '../checkboxes/define.js';
import '../date-input/define.js';
import '../add-another/define.js';
import type { KithErrorSummary } from './error-summary.js';

const links = (el: KithErrorSummary) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const innerFocus = (host: Element) => host.shadowRoot!.activeElement;

describe('kith-error-summary', () => {
  let title = '';
  beforeEach(() => {
    title = document.title;
    document.title = 'Record a visit – Case management';
  });
  afterEach(async () => {
    document.title = title;
    await setLocale('en-GB');
  });

  describe('accessibility', () => {
    it('is axe-clean with errors, and renders nothing without', async () => {
      const el = await fixture<KithErrorSummary>(html`
        <kith-error-summary
          .errors=${[
            { href: '#full-name', text: 'Enter full name' },
            { href: '#date-of-birth', text: 'Date of birth must be in the past' },
          ]}
        ></kith-error-summary>
      `);
      await expectAxeClean(el);
      el.errors = [];
      await elementUpdated(el);
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(el.getBoundingClientRect().height).to.equal(0);
    });

    it('is axe-clean in Welsh, with the Welsh title and page title prefix', async () => {
      await setLocale('cy');
      const el = await fixture<KithErrorSummary>(html`
        <kith-error-summary .errors=${[{ href: '#enw', text: 'Rhowch ateb ar gyfer ‘enw llawn’' }]}></kith-error-summary>
      `);
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Mae yna broblem');
      expect(document.title).to.equal('Gwall: Record a visit – Case management');
      await expectAxeClean(el);
    });

    it('is read as a heading and a list of links', async () => {
      await fixture(html`<kith-error-summary .errors=${[{ href: '#a', text: 'Enter full name' }]}></kith-error-summary>`);
      await axNode('heading', 'There is a problem');
      await axNode('link', 'Enter full name');
      await axNode('list', '');
    });
  });

  describe('appearing', () => {
    it('takes focus when errors appear, so screen readers read it, without role="alert"', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary></kith-error-summary>`);
      expect(document.activeElement).to.not.equal(el);
      el.errors = [{ href: '#x', text: 'Enter full name' }];
      await elementUpdated(el);
      expect(document.activeElement).to.equal(el);
      const summary = innerFocus(el) as HTMLElement;
      expect(summary.getAttribute('part')).to.equal('summary');
      expect(summary.getAttribute('tabindex')).to.equal('-1');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    });

    it('is focusable only until focus leaves it, so a later click on its heading does not outline it', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#x', text: 'Enter full name' }]}></kith-error-summary>`);
      const summary = innerFocus(el) as HTMLElement;
      await sendKeys({ press: 'Tab' });
      expect(innerFocus(el)).to.equal(links(el)[0]);
      expect(summary.hasAttribute('tabindex')).to.equal(false);
      const heading = el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(heading.left + 5), Math.round(heading.top + 5)] });
      expect(innerFocus(el)).to.equal(null);
      el.focus();
      expect(innerFocus(el)).to.equal(summary);
    });

    it('does not take focus again when the same errors are set again, but does for new ones', async () => {
      const errors = [{ href: '#x', text: 'Enter full name' }];
      const el = await fixture<KithErrorSummary>(html`<div><kith-error-summary .errors=${errors}></kith-error-summary><button>Other</button></div>`).then(
        (div) => div.querySelector('kith-error-summary')!,
      );
      const other = el.nextElementSibling as HTMLButtonElement;
      other.focus();
      el.errors = [...errors];
      await elementUpdated(el);
      expect(document.activeElement).to.equal(other);
      el.errors = [...errors, { href: '#y', text: 'Enter a date' }];
      await elementUpdated(el);
      expect(document.activeElement).to.equal(el);
    });

    it('puts "Error: " before the page title while errors stand, once, and takes it off after', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#x', text: 'Enter full name' }]}></kith-error-summary>`);
      expect(document.title).to.equal('Error: Record a visit – Case management');
      el.errors = [{ href: '#y', text: 'Enter a date' }];
      await elementUpdated(el);
      expect(document.title).to.equal('Error: Record a visit – Case management');
      el.errors = [];
      await elementUpdated(el);
      expect(document.title).to.equal('Record a visit – Case management');
      el.errors = [{ href: '#y', text: 'Enter a date' }];
      await elementUpdated(el);
      el.remove();
      expect(document.title, 'removed with the element').to.equal('Record a visit – Case management');
    });

    it('follows a locale switch and a page’s own prefix', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#x', text: 'Enter full name' }]}></kith-error-summary>`);
      await setLocale('cy');
      await elementUpdated(el);
      expect(document.title).to.equal('Gwall: Record a visit – Case management');
      el.pageTitlePrefix = 'Problem – ';
      el.titleText = 'Check your answers';
      await elementUpdated(el);
      expect(document.title).to.equal('Problem – Record a visit – Case management');
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Check your answers');
    });

    it('says again in the new locale what the controls of a form say, without taking focus; errors a page gave are left as given', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <kith-error-summary></kith-error-summary>
          <form>
            <kith-text-input name="name" label="Full name" required></kith-text-input>
            <kith-radios name="contact" legend="Contact the family?" required>
              <kith-option value="yes">Yes</kith-option>
            </kith-radios>
            <kith-date-input name="dob" label="Date of birth" required></kith-date-input>
          </form>
        </div>
      `);
      const summary = root.querySelector<KithErrorSummary>('kith-error-summary')!;
      const form = root.querySelector('form')!;
      summary.showFor(form);
      await elementUpdated(summary);
      // Fixed before the switch: its link keeps what it said until the next submit.
      const date = root.querySelector('kith-date-input')!;
      date.value = '2016-05-04';
      await elementUpdated(date);
      root.querySelector('kith-text-input')!.focus();
      await setLocale('cy');
      await elementUpdated(summary);
      await elementUpdated(summary);
      expect(links(summary).map((link) => link.textContent)).to.deep.equal([
        'Rhowch ateb ar gyfer ‘full name’',
        'Dewiswch ateb ar gyfer ‘contact the family?’',
        'Enter date of birth',
      ]);
      expect(document.activeElement, 'focus stays where the user is').to.equal(root.querySelector('kith-text-input'));

      summary.errors = [{ href: '#x', text: 'Rhowch enw llawn' }];
      await setLocale('en-GB');
      await elementUpdated(summary);
      expect(links(summary).map((link) => link.textContent)).to.deep.equal(['Rhowch enw llawn']);
    });

    it('leaves a title that already starts with the prefix alone', async () => {
      document.title = 'Error: Record a visit';
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#x', text: 'Enter full name' }]}></kith-error-summary>`);
      expect(document.title).to.equal('Error: Record a visit');
      el.errors = [];
      await elementUpdated(el);
      expect(document.title, 'the page set it, so the page keeps it').to.equal('Error: Record a visit');
    });
  });

  describe('page title with more than one summary, or the page’s own prefix', () => {
    it('keeps "Error: " while any summary on the page still shows errors', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <kith-error-summary .errors=${[{ href: '#a', text: 'Enter full name' }]}></kith-error-summary>
          <kith-error-summary .errors=${[{ href: '#b', text: 'Enter a date' }]}></kith-error-summary>
        </div>
      `);
      const [first, second] = root.querySelectorAll('kith-error-summary');
      expect(document.title).to.equal('Error: Record a visit – Case management');
      first!.errors = [];
      await elementUpdated(first!);
      expect(document.title, 'the second still shows an error').to.equal('Error: Record a visit – Case management');
      second!.errors = [];
      await elementUpdated(second!);
      expect(document.title).to.equal('Record a visit – Case management');
    });

    it('never puts a second prefix before a title the page prefixed itself, even after a locale switch', async () => {
      document.title = 'Error: Record a visit';
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#x', text: 'Enter full name' }]}></kith-error-summary>`);
      await setLocale('cy');
      await elementUpdated(el);
      expect(document.title).to.equal('Error: Record a visit');
      el.errors = [];
      await elementUpdated(el);
      expect(document.title).to.equal('Error: Record a visit');
    });
  });

  describe('links', () => {
    async function page() {
      const root = await fixture<HTMLElement>(html`
        <div>
          <kith-error-summary></kith-error-summary>
          <div style="height: 3000px"></div>
          <form novalidate>
            <kith-text-input id="full-name" name="full-name" label="Full name" required></kith-text-input>
            <div style="height: 1500px"></div>
            <kith-radios id="contact" name="contact" legend="Can we contact the family?" value="no" required>
              <kith-option value="yes">Yes</kith-option>
              <kith-option value="no">No</kith-option>
            </kith-radios>
            <kith-checkboxes name="support" legend="What support does the family have?" required>
              <kith-option value="school">School</kith-option>
            </kith-checkboxes>
            <div style="height: 1500px"></div>
            <label for="native">Case reference</label>
            <input id="native" name="ref" required />
            <fieldset>
              <legend>Is the child safe?</legend>
              <input type="radio" id="safe-yes" name="safe" value="yes" required /><label for="safe-yes">Yes</label>
              <input type="radio" id="safe-no" name="safe" value="no" /><label for="safe-no">No</label>
            </fieldset>
            <input name="optional" aria-label="Optional" />
            <input name="off" aria-label="Off" required disabled />
          </form>
          <div style="height: 3000px"></div>
        </div>
      `);
      return { summary: root.querySelector('kith-error-summary')!, form: root.querySelector('form')! };
    }

    it('collects every invalid Kith and native control of a form, in page order, once per radio group', async () => {
      const { summary, form } = await page();
      const items = summary.collect(form);
      const checkboxes = form.querySelector('kith-checkboxes')!;
      expect(checkboxes.id, 'given an id so it can be linked').to.match(/^kith-error-target-\d+$/);
      expect(items).to.deep.equal([
        { href: '#full-name', text: 'Enter full name' },
        { href: `#${checkboxes.id}`, text: 'Select at least one option for what support does the family have?' },
        { href: '#native', text: (form.querySelector('#native') as HTMLInputElement).validationMessage },
        { href: '#safe-yes', text: (form.querySelector('#safe-yes') as HTMLInputElement).validationMessage },
      ]);
    });

    it('showFor(form) shows the errors, lets each control show its own, and focuses the summary', async () => {
      const { summary, form } = await page();
      const shown = summary.showFor(form);
      await elementUpdated(summary);
      expect(shown.length).to.equal(4);
      expect(links(summary).map((link) => link.getAttribute('href'))).to.deep.equal(shown.map((item) => item.href));
      expect(document.activeElement).to.equal(summary);
      const name = form.querySelector('kith-text-input')!;
      await elementUpdated(name);
      expect(name.matches(':state(user-invalid)')).to.equal(true);
      // Once fixed, the summary goes and the title is restored.
      for (const control of form.querySelectorAll('[required]')) control.removeAttribute('required');
      await elementUpdated(name);
      expect(summary.showFor(form)).to.deep.equal([]);
      await elementUpdated(summary);
      expect(summary.shadowRoot!.querySelector('a')).to.equal(null);
      expect(document.title).to.equal('Record a visit – Case management');
    });

    it('after a switch to Welsh, reads each error from its control in Welsh, as the control shows it, without taking focus again', async () => {
      const { summary, form } = await page();
      summary.showFor(form);
      await elementUpdated(summary);
      form.querySelector<HTMLInputElement>('#native')!.focus();
      await setLocale('cy');
      await elementUpdated(summary);
      await axNode('link', 'Rhowch ateb ar gyfer ‘full name’');
      await axNode('link', 'Dewiswch o leiaf un opsiwn ar gyfer ‘what support does the family have?’');
      expect(links(summary).map((link) => link.textContent!.trim()).slice(2), 'the browser words its own messages').to.deep.equal([
        (form.querySelector('#native') as HTMLInputElement).validationMessage,
        (form.querySelector('#safe-yes') as HTMLInputElement).validationMessage,
      ]);
      expect(document.activeElement, 'focus stays where the user is').to.equal(form.querySelector('#native'));
    });

    it('keeps the words of errors the page gave, after a locale switch', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#x', text: 'Enter the child’s full name' }]}></kith-error-summary>`);
      await setLocale('cy');
      await elementUpdated(el);
      await axNode('link', 'Enter the child’s full name');
    });

    it('moves focus into the Kith control’s shadow root with its label at the top of the view', async () => {
      const { summary, form } = await page();
      summary.showFor(form);
      await elementUpdated(summary);
      links(summary)[0]!.click();
      const name = form.querySelector('kith-text-input')!;
      expect(document.activeElement).to.equal(name);
      expect(innerFocus(name)!.localName).to.equal('input');
      const label = name.shadowRoot!.querySelector('label')!.getBoundingClientRect();
      expect(Math.round(label.top)).to.equal(0);
      await axNode('textbox', 'Full name').then((node) => expect(node.focused).to.equal(true));
    });

    it('brings a radios group’s legend into view and focuses through the host, which picks the selected radio', async () => {
      const { summary, form } = await page();
      const radios = form.querySelector('kith-radios')!;
      radios.errorMessage = 'Select yes if we can contact the family';
      await elementUpdated(radios);
      summary.errors = summary.collect(form);
      await elementUpdated(summary);
      links(summary).find((link) => link.getAttribute('href') === '#contact')!.click();
      expect(document.activeElement).to.equal(radios);
      expect((innerFocus(radios) as HTMLInputElement).value).to.equal('no');
      expect(Math.round(radios.shadowRoot!.querySelector('legend')!.getBoundingClientRect().top)).to.equal(0);
    });

    it('brings a native control’s label, or a native radio’s legend, into view', async () => {
      const { summary, form } = await page();
      summary.showFor(form);
      await elementUpdated(summary);
      links(summary)[2]!.click();
      expect(document.activeElement!.id).to.equal('native');
      expect(Math.round(form.querySelector('label[for="native"]')!.getBoundingClientRect().top)).to.equal(0);
      links(summary)[3]!.click();
      expect(document.activeElement!.id).to.equal('safe-yes');
      expect(Math.round(form.querySelector('legend')!.getBoundingClientRect().top)).to.equal(0);
    });

    it('moves focus to the first wrong box of a date input, with its legend at the top of the view', async () => {
      const root = await fixture<HTMLElement>(html`
        <div>
          <kith-error-summary></kith-error-summary>
          <div style="height: 3000px"></div>
          <form novalidate><kith-date-input id="dob" name="dob" label="Date of birth"></kith-date-input></form>
          <div style="height: 3000px"></div>
        </div>
      `);
      const summary = root.querySelector('kith-error-summary')!;
      const date = root.querySelector('kith-date-input')!;
      date.typed = ['27', '', '07'];
      await elementUpdated(date);
      expect(summary.showFor(root.querySelector('form')!)).to.deep.equal([{ href: '#dob', text: 'Date of birth must include a month' }]);
      await elementUpdated(summary);
      links(summary)[0]!.click();
      expect(document.activeElement).to.equal(date);
      expect(innerFocus(date)!.id).to.equal('month');
      expect(Math.round(date.shadowRoot!.querySelector('legend')!.getBoundingClientRect().top)).to.equal(0);
      await axNode('textbox', 'Month').then((node) => expect([node.focused, node.invalid]).to.deep.equal([true, 'true']));
    });

    it('is reached with Tab from the focused summary and followed with Enter', async () => {
      const { summary, form } = await page();
      summary.showFor(form);
      await elementUpdated(summary);
      await sendKeys({ press: 'Tab' });
      expect(innerFocus(summary)).to.equal(links(summary)[0]);
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement).to.equal(form.querySelector('kith-text-input'));
    });
    it('after an add-another item is removed, links still lead to the field that was wrong, and drop errors of the removed item', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <kith-error-summary></kith-error-summary>
        <form novalidate>
          <kith-add-another item-label="Household member">
            <template><label for="m-%index%">Full name</label><input id="m-%index%" name="m[%index%]" required /></template>
            <div><label for="m-%index%">Full name</label><input id="m-%index%" name="m[%index%]" /></div>
            <div><label for="m-%index%">Full name</label><input id="m-%index%" name="m[%index%]" required /></div>
            <div><label for="m-%index%">Full name</label><input id="m-%index%" name="m[%index%]" value="Cai" /></div>
            <div><label for="m-%index%">Full name</label><input id="m-%index%" name="m[%index%]" required /></div>
          </kith-add-another>
        </form>
      </div>`);
      const summary = root.querySelector('kith-error-summary')!;
      const addAnother = root.querySelector('kith-add-another')!;
      await addAnother.updateComplete;
      const [, second, , fourth] = [...root.querySelectorAll('input')];
      expect(summary.showFor(root.querySelector('form')!).map((error) => error.href)).to.deep.equal(['#m-1', '#m-3']);
      await elementUpdated(summary);
      const remove = (index: number) => addAnother.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')[index]!.click();
      remove(0);
      await elementUpdated(summary);
      links(summary)[0]!.click();
      expect(document.activeElement, 'the second member’s field, now m-0, not whoever is m-1 now').to.equal(second);
      remove(2);
      await elementUpdated(summary);
      expect(links(summary).length, 'the removed member’s error is gone').to.equal(1);
      links(summary)[0]!.click();
      expect(document.activeElement).to.equal(second);
      expect(fourth!.isConnected).to.equal(false);
    });

    it('leads to a control the page replaced with one of the same id', async () => {
      const { summary, form } = await page();
      summary.showFor(form);
      await elementUpdated(summary);
      const old = form.querySelector('#native')!;
      const replacement = Object.assign(document.createElement('input'), { id: 'native', name: 'ref' });
      old.replaceWith(replacement);
      links(summary)[2]!.click();
      expect(document.activeElement).to.equal(replacement);
    });
  });

  describe('bad input', () => {
    it('links only same-page fragments; other hrefs are shown as text', async () => {
      const el = await fixture<KithErrorSummary>(html`
        <kith-error-summary
          .errors=${[
            { href: 'javascript:alert(1)', text: 'Script' },
            { href: 'https://example.com/#x', text: 'Other site' },
            { href: '#', text: 'Empty fragment' },
            { href: '# x', text: 'Space' },
            { text: 'No href' },
            { href: '#ok', text: 'Fine' },
          ]}
        ></kith-error-summary>
      `);
      expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(['#ok']);
      const items = [...el.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent!.trim());
      expect(items).to.deep.equal(['Script', 'Other site', 'Empty fragment', 'Space', 'No href', 'Fine']);
      await expectAxeClean(el);
    });

    it('renders error text as text, never as HTML, and copes with 1 MB of it', async () => {
      const big = 'z'.repeat(1024 * 1024);
      const el = await fixture<KithErrorSummary>(html`
        <kith-error-summary .titleText=${'<b>Title</b>'} .errors=${[{ href: '#a', text: '<img src=x onerror=alert(1)>' }, { href: '#b', text: big }]}></kith-error-summary>
      `);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(links(el)[0]!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(links(el)[1]!.textContent!.length).to.equal(big.length);
    });

    it('throws a TypeError naming the field for errors that are not a list of objects; null means none', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary></kith-error-summary>`);
      const loose = el as unknown as { errors: unknown };
      expect(() => (loose.errors = 'Enter full name')).to.throw(TypeError, /errors must be an array/);
      expect(() => (loose.errors = [{ href: '#a', text: 'A' }, 'B'])).to.throw(TypeError, /errors\[1\]/);
      loose.errors = null;
      expect(el.errors).to.deep.equal([]);
      loose.errors = [{ href: '#a', text: 42 }];
      expect(el.errors).to.deep.equal([{ href: '#a', text: '42' }]);
      expect(() => el.collect(document.body as unknown as HTMLFormElement)).to.throw(TypeError, /form/);
    });

    it('lets the browser follow a link whose target is not on the page', async () => {
      const el = await fixture<KithErrorSummary>(html`<kith-error-summary .errors=${[{ href: '#missing', text: 'Gone' }]}></kith-error-summary>`);
      let prevented: boolean | undefined;
      el.addEventListener('click', (event) => {
        prevented = event.defaultPrevented;
        event.preventDefault();
      });
      links(el)[0]!.click();
      expect(prevented).to.equal(false);
    });
  });
});

import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, axTree, formControlConformance, navigateFrame, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import type { KithSelect } from './select.js';

function option(value: string, label: string, attributes: Record<string, string> = {}): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  for (const [name, attribute] of Object.entries(attributes)) element.setAttribute(name, attribute);
  return element;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errorText = (el: KithSelect) => text(el.shadowRoot!.querySelector('[part~="error-message"]'));
const inner = (el: KithSelect) => el.shadowRoot!.querySelector('select')!;
const renderedOptions = (el: KithSelect) => [...inner(el).options].map((o) => [o.value, o.text, o.disabled]);

const sortBy = html`
  <kith-select name="sort" label="Sort by">
    <option value="published">Recently published</option>
    <option value="updated" selected>Recently updated</option>
    <option value="views">Most views</option>
  </kith-select>
`;

describe('kith-select', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`
        <div>
          ${sortBy}
          <kith-select label="Local authority" hint="Where the child lives">
            <option value="">Choose a local authority</option>
            <option value="cardiff">Cardiff</option>
          </kith-select>
          <kith-select label="Placement type" error-message="Select the placement type">
            <option value="">Choose a placement type</option>
            <optgroup label="Foster care"><option value="kinship">Kinship foster care</option></optgroup>
          </kith-select>
          <kith-select label="Team" disabled><option>Duty and assessment</option></kith-select>
          <kith-select label="Which team is the child allocated to?" page-heading><option>Duty</option></kith-select>
        </div>
      `);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh with the required error showing', async () => {
      await setLocale('cy');
      const el = await fixture<KithSelect>(html`
        <kith-select label="Math o leoliad" required>
          <option value="">Dewiswch fath o leoliad</option>
          <option value="maeth">Gofal maeth</option>
        </kith-select>
      `);
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Gwall: Dewiswch opsiwn ar gyfer ‘math o leoliad’');
      expect((await axNode('combobox', 'Math o leoliad')).description).to.equal('Gwall: Dewiswch opsiwn ar gyfer ‘math o leoliad’');
      await expectAxeClean(el);
    });

    it('names the select by its label and describes it by hint and error, in the accessibility tree', async () => {
      await fixture(html`
        <kith-select label="Local authority" hint="Where the child lives" error-message="Select a local authority">
          <option value="">Choose a local authority</option>
          <option value="cardiff">Cardiff</option>
        </kith-select>
      `);
      const node = await axNode('combobox', 'Local authority');
      expect(node.description).to.equal('Where the child lives Error: Select a local authority');
      expect(node.invalid).to.equal('true');
      expect(node.value).to.equal('Choose a local authority');
    });

    it('does not show the light-DOM options themselves, only the real select', async () => {
      const el = await fixture<KithSelect>(sortBy);
      for (const light of el.querySelectorAll('option')) expect(light.getClientRects().length).to.equal(0);
      const names = (await axTree()).filter((node) => node.name === 'Most views').length;
      expect(names).to.be.at.most(1);
    });
  });

  describe('options', () => {
    it('renders the light-DOM options as real options, starting on the one marked selected', async () => {
      const el = await fixture<KithSelect>(sortBy);
      expect(renderedOptions(el)).to.deep.equal([
        ['published', 'Recently published', false],
        ['updated', 'Recently updated', false],
        ['views', 'Most views', false],
      ]);
      expect(el.value).to.equal('updated');
      expect(inner(el).value).to.equal('updated');
    });

    it('starts on the first option that is not disabled when none is marked selected', async () => {
      const el = await fixture<KithSelect>(html`<kith-select label="Team"><option disabled>Closed team</option><option>Duty</option></kith-select>`);
      expect(el.value).to.equal('Duty');
    });

    it('follows changes to the options: added, renamed, disabled and removed', async () => {
      const el = await fixture<KithSelect>(sortBy);
      el.append(option('rating', 'Highest rated'));
      await elementUpdated(el);
      await el.updateComplete;
      expect(renderedOptions(el).at(-1)).to.deep.equal(['rating', 'Highest rated', false]);
      el.querySelector('option[value="views"]')!.textContent = 'Most viewed';
      el.querySelector('option[value="published"]')!.setAttribute('disabled', '');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(renderedOptions(el)[2]).to.deep.equal(['views', 'Most viewed', false]);
      expect(renderedOptions(el)[0]).to.deep.equal(['published', 'Recently published', true]);
      el.querySelector('option[value="published"]')!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(renderedOptions(el).map(([value]) => value)).to.deep.equal(['updated', 'views', 'rating']);
      expect(el.value).to.equal('updated');
    });

    it('shows nothing chosen, and submits no answer, when the chosen option is removed; chooses it again if it returns', async () => {
      // A native select would move to the first option: an answer the user never gave.
      const form = await fixture<HTMLFormElement>(html`<form>${sortBy}</form>`);
      const el = form.querySelector('kith-select')!;
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value).to.equal('views');
      el.querySelector('option[value="views"]')!.remove();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect([el.value, inner(el).selectedIndex, new FormData(form).get('sort')]).to.deep.equal(['', -1, null]);
      el.append(option('views', 'Most views'));
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect([el.value, inner(el).value, new FormData(form).get('sort')]).to.deep.equal(['views', 'views', 'views']);
    });

    it('keeps hidden options out of the list, as a native select does, and follows the hidden attribute', async () => {
      const el = await fixture<KithSelect>(html`
        <kith-select label="Team">
          <option value="duty">Duty</option>
          <option value="closed" hidden>Closed team</option>
        </kith-select>
      `);
      expect([...inner(el).options].map((o) => o.hidden)).to.deep.equal([false, true]);
      el.querySelector<HTMLOptionElement>('option[value="duty"]')!.hidden = true;
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect([...inner(el).options].map((o) => o.hidden)).to.deep.equal([true, true]);
    });

    it('renders option groups', async () => {
      const el = await fixture<KithSelect>(html`
        <kith-select label="Placement type">
          <option value="">Choose a placement type</option>
          <optgroup label="Foster care"><option value="kinship">Kinship foster care</option><option value="mainstream">Mainstream foster care</option></optgroup>
          <optgroup label="Residential" disabled><option value="home">Children's home</option></optgroup>
        </kith-select>
      `);
      const groups = [...inner(el).querySelectorAll('optgroup')];
      expect(groups.map((group) => [group.label, group.disabled, group.children.length])).to.deep.equal([
        ['Foster care', false, 2],
        ['Residential', true, 1],
      ]);
    });

    it('takes a value before its options exist, and chooses it once they arrive', async () => {
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const el = document.createElement('kith-select');
      el.name = 'la';
      el.label = 'Local authority';
      el.value = 'swansea';
      form.append(el);
      await el.updateComplete;
      expect(el.value).to.equal('');
      el.append(option('cardiff', 'Cardiff'), option('swansea', 'Swansea'));
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.value).to.equal('swansea');
      expect(inner(el).value).to.equal('swansea');
      expect(new FormData(form).get('la')).to.equal('swansea');
    });

    it('chooses nothing for a value that no option has, like a native select', async () => {
      const el = await fixture<KithSelect>(sortBy);
      el.value = 'not-a-date';
      await el.updateComplete;
      expect(el.value).to.equal('');
      expect(inner(el).selectedIndex).to.equal(-1);
      el.value = 'views';
      await el.updateComplete;
      expect(inner(el).value).to.equal('views');
    });
  });

  describe('like a native select', () => {
    /** Lets the select read its changed options and render them. */
    async function optionsRead(el: KithSelect): Promise<void> {
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
    }
    const shown = (select: HTMLSelectElement) => select.selectedOptions[0]?.text;

    it('keeps the chosen option, and submits its new value, when the page changes that value', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          ${sortBy}
          <select name="native"><option value="published">Recently published</option><option value="updated" selected>Recently updated</option><option value="views">Most views</option></select>
        </form>
      `);
      const el = form.querySelector('kith-select')!;
      const native = form.querySelector('select')!;
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      native.value = 'views';
      let events = 0;
      el.addEventListener('change', () => events++);
      el.addEventListener('input', () => events++);
      for (const select of [el, native]) select.querySelector<HTMLOptionElement>('option[value="views"]')!.value = 'most-viewed';
      await optionsRead(el);
      const data = new FormData(form);
      expect([native.value, shown(native), data.get('native')]).to.deep.equal(['most-viewed', 'Most views', 'most-viewed']);
      expect([el.value, shown(inner(el)), data.get('sort')]).to.deep.equal(['most-viewed', 'Most views', 'most-viewed']);
      expect(events).to.equal(0);
      // Renamed afterwards, it is still the chosen option.
      el.querySelector('option[value="most-viewed"]')!.textContent = 'Most viewed';
      await optionsRead(el);
      expect([el.value, shown(inner(el))]).to.deep.equal(['most-viewed', 'Most viewed']);
    });

    it('submits nothing for a chosen option that is disabled, but keeps it as the value', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-select name="team" label="Team"><option value="duty">Duty</option><option value="closed" disabled selected>Closed team</option></kith-select>
          <select name="native"><option value="duty">Duty</option><option value="closed" disabled selected>Closed team</option></select>
          ${sortBy}
        </form>
      `);
      const el = form.querySelector<KithSelect>('kith-select[name="team"]')!;
      const native = form.querySelector('select')!;
      expect([native.value, new FormData(form).has('native')]).to.deep.equal(['closed', false]);
      expect([el.value, shown(inner(el)), new FormData(form).has('team')]).to.deep.equal(['closed', 'Closed team', false]);
      // An option disabled after it was chosen is not sent either.
      const sort = form.querySelector<KithSelect>('kith-select[name="sort"]')!;
      sort.querySelector<HTMLOptionElement>('option[value="updated"]')!.disabled = true;
      await optionsRead(sort);
      expect([sort.value, new FormData(form).has('sort')]).to.deep.equal(['updated', false]);
    });

    it('submits no answer when nothing is chosen, and an empty answer when a prompt option is chosen', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-select name="none" label="No options yet"></kith-select>
          <select name="native-none"></select>
          <kith-select name="unknown" label="Unknown value" value="closed"><option value="duty">Duty</option></kith-select>
          <select name="native-unknown"><option value="duty">Duty</option></select>
          <kith-select name="prompt" label="Prompt"><option value="">Choose a team</option><option value="duty">Duty</option></kith-select>
          <select name="native-prompt"><option value="">Choose a team</option><option value="duty">Duty</option></select>
        </form>
      `);
      form.querySelector<HTMLSelectElement>('select[name="native-unknown"]')!.value = 'closed';
      const data = new FormData(form);
      for (const name of ['none', 'unknown', 'prompt']) expect(data.getAll(name), name).to.deep.equal(data.getAll(`native-${name}`));
      expect(data.getAll('prompt')).to.deep.equal(['']);
    });

    it('does not take another answer when the page re-uses the chosen option element for another option', async () => {
      // A framework that renders options by position (no keys) removes "Recently updated" by
      // giving its element the next option's value and label. A native select would now show
      // "Most views", an answer the user never gave.
      const form = await fixture<HTMLFormElement>(html`<form>${sortBy}</form>`);
      const el = form.querySelector('kith-select')!;
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value).to.equal('updated');
      const [, updated, views] = el.querySelectorAll('option');
      updated!.value = 'views';
      updated!.textContent = 'Most views';
      views!.remove();
      await optionsRead(el);
      expect([el.value, inner(el).selectedIndex, new FormData(form).get('sort')]).to.deep.equal(['', -1, null]);
    });

    describe('two options with the same value', () => {
      const workers = html`
        <kith-select name="worker" label="Allocated worker">
          <option value="">Choose a worker</option>
          <option value="duty-team">Sam Jones (duty team)</option>
          <option value="duty-team" selected>Alex Khan (duty team)</option>
          <option value="leaving-care">Priya Shah</option>
        </kith-select>
      `;

      it('shows the option marked selected, and keeps showing it when the options change, as a native select does', async () => {
        const el = await fixture<KithSelect>(workers);
        expect(shown(inner(el))).to.equal('Alex Khan (duty team)');
        el.prepend(option('unallocated', 'Not allocated yet'));
        await optionsRead(el);
        expect([el.value, shown(inner(el))]).to.deep.equal(['duty-team', 'Alex Khan (duty team)']);
        // A framework setting the same value again on re-render does not move it to the other option.
        el.value = 'duty-team';
        el.hint = 'Re-rendered';
        await el.updateComplete;
        expect(shown(inner(el))).to.equal('Alex Khan (duty team)');
      });

      it('returns to the option marked selected when the form is reset, as a native select does', async () => {
        const form = await fixture<HTMLFormElement>(html`<form>${workers}</form>`);
        const el = form.querySelector('kith-select')!;
        el.focus();
        await sendKeys({ press: 'ArrowDown' });
        expect(el.value).to.equal('leaving-care');
        form.reset();
        await el.updateComplete;
        expect([el.value, shown(inner(el))]).to.deep.equal(['duty-team', 'Alex Khan (duty team)']);
      });

      it('brings back the option chosen, not the first with its value, when the user comes back with Back, as a native select does', async () => {
        const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Form"></iframe>`);
        const page = new URL('./back-forward.fixture.html', import.meta.url).href;
        const go = (navigate: () => void) => navigateFrame(frame, navigate, 'kith-select');
        const first = await go(() => (frame.src = page));
        const el = first.querySelector<KithSelect>('kith-select')!;
        await el.updateComplete;
        inner(el).selectedIndex = 2;
        inner(el).dispatchEvent(new Event('change', { bubbles: true }));
        first.querySelector<HTMLSelectElement>('[name="plain"]')!.selectedIndex = 2;
        await el.updateComplete;
        await go(() => (frame.contentWindow!.location.href = `${page}?next`));
        const back = await go(() => frame.contentWindow!.history.back());
        const again = back.querySelector<KithSelect>('kith-select')!;
        expect(again, 'a new page, not one kept in memory').to.not.equal(el);
        expect(shown(back.querySelector<HTMLSelectElement>('[name="plain"]')!), 'the browser restored the native select').to.equal('Alex Khan (duty team)');
        await again.updateComplete;
        expect([again.value, shown(inner(again))]).to.deep.equal(['duty-team', 'Alex Khan (duty team)']);
      });
    });
  });

  describe('errors', () => {
    it('asks the user to select, naming the field, after a submit attempt', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-select name="type" label="Placement type" required>
            <option value="">Choose a placement type</option>
            <option value="kinship">Kinship foster care</option>
          </kith-select>
        </form>
      `);
      const el = form.querySelector('kith-select')!;
      form.requestSubmit();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Error: Select placement type');
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.shadowRoot!.activeElement, 'the browser moves focus to the select').to.equal(inner(el));
    });

    it('lets a page replace the required message and the error prefix', async () => {
      const el = await fixture<KithSelect>(html`<kith-select label="Team" required required-message="Select the team the child is allocated to" error-prefix="Problem:"><option value="">Choose</option></kith-select>`);
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Problem: Select the team the child is allocated to');
    });

    it('keeps a server error until the user chooses again', async () => {
      const el = await fixture<KithSelect>(html`<kith-select label="Team" error-message="That team is closed"><option>Duty</option><option>Looked after</option></kith-select>`);
      expect(el.checkValidity()).to.equal(false);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      await elementUpdated(el);
      expect(errorText(el)).to.equal('');
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('keyboard and values', () => {
    it('is operated with the arrow keys and by typing, firing input and change', async () => {
      // A next stop on the page: Tab from the page's last stop leaves the page, which headless Chromium does not always do.
      const page = await fixture<HTMLElement>(html`<div>${sortBy}<button>Next</button></div>`);
      const el = page.querySelector<KithSelect>('kith-select')!;
      el.focus();
      const change = oneEvent(el, 'change');
      await sendKeys({ press: 'ArrowDown' });
      await change;
      expect(el.value).to.equal('views');
      await sendKeys({ type: 'R' });
      expect(el.value).to.equal('published');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.querySelector('button'));
    });

    it('keeps the chosen option through re-renders, changed options and a locale switch', async () => {
      const el = await fixture<KithSelect>(sortBy);
      el.focus();
      await sendKeys({ press: 'ArrowDown' });
      el.hint = 'Changed while choosing';
      el.prepend(option('relevance', 'Relevance'));
      await setLocale('cy');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.value).to.equal('views');
      expect(inner(el).value).to.equal('views');
    });

    it('does not throw on bad content: no options, other children, 1 MB labels, emoji and right-to-left text', async () => {
      const empty = await fixture<KithSelect>(html`<kith-select label="Nothing yet" name="n" required></kith-select>`);
      expect(empty.value).to.equal('');
      expect(empty.checkValidity()).to.equal(false);
      const big = 'x'.repeat(1024 * 1024);
      const el = await fixture<KithSelect>(html`
        <kith-select label="Anything">
          <div>not an option</div>
          <option value="a">${big}</option>
          <option value="👩🏽‍⚕️">👩🏽‍⚕️ Nurse</option>
          <option value="ar">مرحبا \u202Eevil\u202C</option>
        </kith-select>
      `);
      expect(renderedOptions(el).map(([value]) => value)).to.deep.equal(['a', '👩🏽‍⚕️', 'ar']);
      expect((renderedOptions(el)[0]![1] as string).length).to.equal(big.length);
      el.value = '👩🏽‍⚕️';
      await el.updateComplete;
      expect(inner(el).value).to.equal('👩🏽‍⚕️');
      (el as unknown as { value: unknown }).value = null;
      await el.updateComplete;
      expect(el.value).to.equal('');
    });

    it('renders labels and options as text, never as HTML', async () => {
      const el = await fixture<KithSelect>(html`<kith-select label=${'<img src=x onerror=alert(1)>'}><option>&lt;b&gt;bold&lt;/b&gt;</option></kith-select>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(inner(el).options[0]!.text).to.equal('<b>bold</b>');
    });
  });

  formControlConformance({
    tagName: 'kith-select',
    attributes: { label: 'Fruit' },
    children: () => [option('', 'Choose a fruit'), option('apple', 'Apple'), option('banana', 'Banana')],
    typeValue: async (element: KithFormControlElement) => {
      element.focus();
      await sendKeys({ press: 'ArrowDown' });
    },
    expectedEntries: ['apple'],
    defaultValue: 'banana',
  });
});

import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import fc from 'fast-check';
import '../text-input/define.js';
import './define.js';
import type { KithAddAnother, KithItemRemoveEvent } from './add-another.js';
import { applyIndex, recordItem } from './indexing.js';

const announcerText = () => document.querySelector('[data-kith-announcer] [data-politeness="polite"]')?.textContent ?? '';
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

/** The next message the polite live region is given. */
const nextAnnouncement = () =>
  new Promise<string>((resolve) => {
    const region = document.querySelector('[data-kith-announcer] [data-politeness="polite"]')!;
    const observer = new MutationObserver(() => {
      if (!region.textContent) return;
      observer.disconnect();
      resolve(region.textContent);
    });
    observer.observe(region, { childList: true, characterData: true, subtree: true });
  });

/** A household form: a native input with a label, a Kith text input and a radio group per member. */
async function household(attributes: { min?: number; max?: number } = {}) {
  const form = await fixture<HTMLFormElement>(html`<form>
    <kith-add-another item-label="Household member" min=${attributes.min ?? 1} max=${attributes.max ?? 10}>
      <template>
        <label for="member-%index%-name">Full name</label>
        <input id="member-%index%-name" name="members[%index%][name]" aria-describedby="member-hint" />
        <p id="member-hint">As on their ID</p>
        <kith-text-input label="Relationship to the child" name="members[%index%][relationship]"></kith-text-input>
      </template>
    </kith-add-another>
  </form>`);
  const el = form.querySelector('kith-add-another')!;
  await el.updateComplete;
  return { form, el };
}

const shadow = (el: KithAddAnother) => el.shadowRoot!;
const addButton = (el: KithAddAnother) => shadow(el).querySelector<HTMLButtonElement>('[part="add-button"]');
const removeButtons = (el: KithAddAnother) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="remove-button"]')];
const legends = (el: KithAddAnother) => [...shadow(el).querySelectorAll('legend')].map((legend) => legend.textContent!.trim());
const nameInputs = (form: HTMLFormElement) => [...form.querySelectorAll<HTMLInputElement>('input[name$="[name]"]')];

async function addItems(el: KithAddAnother, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    addButton(el)!.click();
    await elementUpdated(el);
  }
  await settle();
}

describe('kith-add-another', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean with one item, several items, and at the maximum', async () => {
      const { form, el } = await household({ max: 3 });
      await expectAxeClean(form);
      await addItems(el, 2);
      await expectAxeClean(form);
      expect(addButton(el)).to.equal(null);
      expect(shadow(el).querySelector('[part="limit"]')!.textContent!.trim()).to.equal('You have reached the maximum of 3');
    });

    it('is axe-clean in Welsh, with Welsh buttons', async () => {
      await setLocale('cy');
      const { form, el } = await household();
      el.itemLabel = 'Aelod o’r cartref';
      await addItems(el, 1);
      await expectAxeClean(form);
      expect(addButton(el)!.textContent!.trim()).to.equal('Ychwanegu aelod o’r cartref arall');
      await axNode('button', 'Tynnu aelod o’r cartref 2');
      await axNode('group', 'Aelod o’r cartref 1');
    });

    it('groups each item in a fieldset named by its numbered legend, with named add and remove buttons', async () => {
      const { el } = await household();
      await addItems(el, 1);
      await axNode('group', 'Household member 1');
      await axNode('group', 'Household member 2');
      await axNode('button', 'Add another household member');
      await axNode('button', 'Remove household member 1');
      await axNode('button', 'Remove household member 2');
      expect((await axNode('textbox', 'Full name')).description).to.equal('As on their ID');
    });
  });

  describe('form data and indexing', () => {
    it('clones the template into light DOM so FormData has indexed names, and ids are unique', async () => {
      const { form, el } = await household();
      await addItems(el, 2);
      const inputs = nameInputs(form);
      inputs.forEach((input, i) => (input.value = `Person ${i}`));
      const data = new FormData(form);
      expect(data.getAll('members[0][name]')).to.deep.equal(['Person 0']);
      expect(data.getAll('members[2][name]')).to.deep.equal(['Person 2']);
      const ids = [...form.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size).to.equal(ids.length);
      expect(inputs.map((input) => input.id)).to.deep.equal(['member-0-name', 'member-1-name', 'member-2-name']);
      expect(form.querySelectorAll('label')[2]!.htmlFor).to.equal('member-2-name');
      expect(form.querySelector('#member-hint-2')).to.exist;
      expect(inputs[2]!.getAttribute('aria-describedby')).to.equal('member-hint-2');
      expect(el.querySelector('template')!.content.querySelector('input')!.name).to.equal('members[%index%][name]');
    });

    it('renumbers names, ids and legends on remove without losing anything typed', async () => {
      const { form, el } = await household();
      await addItems(el, 3);
      nameInputs(form).forEach((input, i) => (input.value = ['Ann', 'Ben', 'Cai', 'Dee'][i]!));
      const relationships = [...form.querySelectorAll('kith-text-input')];
      relationships[3]!.value = 'Aunt';
      await relationships[3]!.updateComplete;
      removeButtons(el)[1]!.click();
      await elementUpdated(el);
      await relationships[3]!.updateComplete;
      expect(legends(el)).to.deep.equal(['Household member 1', 'Household member 2', 'Household member 3']);
      const data = new FormData(form);
      expect([0, 1, 2].map((i) => data.get(`members[${i}][name]`))).to.deep.equal(['Ann', 'Cai', 'Dee']);
      expect(data.get('members[2][relationship]')).to.equal('Aunt');
      expect(data.has('members[3][name]')).to.equal(false);
      expect(nameInputs(form).map((input) => input.id)).to.deep.equal(['member-0-name', 'member-1-name', 'member-2-name']);
    });

    it('keeps values and names right through any sequence of adds and removes (property test)', async () => {
      const { form, el } = await household({ min: 0, max: 6 });
      let expected: string[] = nameInputs(form).map(() => '');
      let counter = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(fc.constant(-1), fc.nat(5)), { maxLength: 12 }), async (steps) => {
          for (const step of steps) {
            if (step === -1) {
              if (el.addItem()) {
                await elementUpdated(el);
                const inputs = nameInputs(form);
                const value = `v${counter++}`;
                inputs[inputs.length - 1]!.value = value;
                expected.push(value);
              }
            } else if (step < expected.length) {
              el.removeItem(step);
              expected = expected.filter((_, i) => i !== step);
              await elementUpdated(el);
            }
          }
          const data = new FormData(form);
          expect(expected.map((_, i) => data.get(`members[${i}][name]`))).to.deep.equal(expected);
          expect([...data.keys()].filter((key) => key.endsWith('[name]')).length).to.equal(expected.length);
          expect(legends(el).length).to.equal(expected.length);
        }),
        { numRuns: 15 },
      );
    });

    it('takes items already in the page (re-rendered by a server) and indexes them', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <kith-add-another item-label="Child">
          <template><label for="c-%index%">Name</label><input id="c-%index%" name="children[%index%]" /></template>
          <div><label for="c-%index%">Name</label><input id="c-%index%" name="children[%index%]" value="Ana" /></div>
          <div><label for="c-%index%">Name</label><input id="c-%index%" name="children[%index%]" value="Bo" /></div>
        </kith-add-another>
      </form>`);
      const el = form.querySelector('kith-add-another')!;
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['Child 1', 'Child 2']);
      expect([...new FormData(form).entries()]).to.deep.equal([
        ['children[0]', 'Ana'],
        ['children[1]', 'Bo'],
      ]);
    });

    it('honours min and max', async () => {
      const { el } = await household({ min: 2, max: 3 });
      expect(legends(el).length).to.equal(2);
      expect(removeButtons(el).length, 'no remove at the minimum').to.equal(0);
      await addItems(el, 1);
      expect(removeButtons(el).length).to.equal(3);
      expect(addButton(el)).to.equal(null);
      expect(el.addItem()).to.equal(undefined);
      el.removeItem(0);
      el.removeItem(0);
      await elementUpdated(el);
      expect(legends(el).length).to.equal(2);
    });
  });

  describe('keyboard and focus', () => {
    it('moves focus to the first field of a new item', async () => {
      const { form, el } = await household();
      addButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      await settle();
      expect(document.activeElement).to.equal(nameInputs(form)[1]);
    });

    it('focuses a Kith control when it is the first field', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <kith-add-another item-label="Contact"><template><kith-text-input label="Name" name="c[%index%]"></kith-text-input></template></kith-add-another>
      </form>`);
      const el = form.querySelector('kith-add-another')!;
      await el.updateComplete;
      addButton(el)!.focus();
      await sendKeys({ press: 'Space' });
      await settle();
      const second = form.querySelectorAll('kith-text-input')[1]!;
      expect(document.activeElement).to.equal(second);
      expect(second.shadowRoot!.activeElement!.tagName).to.equal('INPUT');
    });

    it('on remove, focuses the previous legend, or the add button for the first item, and announces politely', async () => {
      const { el } = await household();
      await addItems(el, 2);
      const removed = oneEvent(el, 'kith-item-remove');
      removeButtons(el)[2]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(((await removed) as unknown as KithItemRemoveEvent).index).to.equal(2);
      await elementUpdated(el);
      await settle();
      expect(shadow(el).activeElement!.textContent!.trim()).to.equal('Household member 2');
      expect(announcerText()).to.equal('Household member 3 removed');
      expect((await axNode('group', 'Household member 2')).name).to.equal('Household member 2');

      removeButtons(el)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      await settle();
      expect(shadow(el).activeElement).to.equal(addButton(el));
      expect(announcerText()).to.equal('Household member 1 removed');
    });

    it('tells screen reader users when the add that reached max took the add button away, in English and Welsh', async () => {
      const { form, el } = await household({ max: 2 });
      addButton(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      await settle();
      expect(document.activeElement, 'focus still goes to the new item').to.equal(nameInputs(form)[1]);
      expect(announcerText()).to.equal('You have reached the maximum of 2');

      await setLocale('cy');
      const welsh = await household({ max: 2 });
      addButton(welsh.el)!.click();
      await settle();
      expect(announcerText()).to.equal('Rydych wedi cyrraedd yr uchafswm, sef 2');
    });

    it('announces removal in Welsh', async () => {
      await setLocale('cy');
      const { el } = await household();
      el.itemLabel = 'Aelod o’r cartref';
      await addItems(el, 1);
      removeButtons(el)[1]!.click();
      await settle();
      expect(announcerText()).to.equal('Wedi tynnu ‘Aelod o’r cartref 2’');
    });

    it('writes item numbers and the maximum with thousands separators, shown and announced, in English and Welsh', async () => {
      const cases = [
        { locale: 'en-GB', limit: 'You have reached the maximum of 1,000', removed: 'Household member 1,000 removed' },
        { locale: 'cy', limit: 'Rydych wedi cyrraedd yr uchafswm, sef 1,000', removed: 'Wedi tynnu ‘Household member 1,000’' },
      ] as const;
      for (const { locale, limit, removed } of cases) {
        await setLocale(locale);
        const given = Array.from({ length: 999 }, () => html`<div><input name="members[%index%]" aria-label="Name" /></div>`);
        const el = await fixture<KithAddAnother>(html`<kith-add-another item-label="Household member" max="1000">
          <template><input name="members[%index%]" aria-label="Name" /></template>
          ${given}
        </kith-add-another>`);
        const limitAnnounced = nextAnnouncement();
        addButton(el)!.click();
        expect(await limitAnnounced, locale).to.equal(limit);
        expect(legends(el).at(-1), locale).to.equal('Household member 1,000');
        expect(removeButtons(el).at(-1)!.querySelector('.visually-hidden')!.textContent, locale).to.equal(' household member 1,000');
        expect(shadow(el).querySelector('[part="limit"]')!.textContent!.trim(), locale).to.equal(limit);
        const removeAnnounced = nextAnnouncement();
        removeButtons(el).at(-1)!.click();
        expect(await removeAnnounced, locale).to.equal(removed);
      }
    });
  });

  describe('wording and bad input', () => {
    it('takes local wording for every string', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <kith-add-another item-label="Sibling" add-text="Add a brother or sister" remove-text="Delete" limit-text="That is everyone" max="2" min="0">
          <template><label for="s-%index%">Name</label><input id="s-%index%" name="s[%index%]" /></template>
        </kith-add-another>
      </form>`);
      const el = form.querySelector('kith-add-another')!;
      await el.updateComplete;
      await axNode('button', 'Add a brother or sister');
      await axNode('button', 'Delete sibling 1');
      await addItems(el, 1);
      expect(shadow(el).querySelector('[part="limit"]')!.textContent!.trim()).to.equal('That is everyone');
    });

    it('copes with nonsense min and max, HTML in labels and a huge label', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <kith-add-another .itemLabel=${'<img src=x onerror=alert(1)>'} min="lots" max="-4">
          <template><label for="x-%index%">X</label><input id="x-%index%" name="x[%index%]" /></template>
        </kith-add-another>
      </form>`);
      const el = form.querySelector('kith-add-another')!;
      await el.updateComplete;
      expect(legends(el)).to.deep.equal(['<img src=x onerror=alert(1)> 1']);
      expect(shadow(el).querySelector('img')).to.equal(null);
      await addItems(el, 1);
      expect(legends(el).length).to.equal(2);
      el.min = 1e9;
      await elementUpdated(el);
      expect(removeButtons(el).length, 'a huge min is capped, not honoured by cloning').to.equal(0);
    });

    it('keeps 1 MB typed into an item through a renumber', async () => {
      const { form, el } = await household();
      await addItems(el, 1);
      const big = 'x'.repeat(1024 * 1024);
      nameInputs(form)[1]!.value = big;
      removeButtons(el)[0]!.click();
      await elementUpdated(el);
      expect(new FormData(form).get('members[0][name]')).to.equal(big);
    });

    it('waits for a template that arrives after it connects, and shows nothing without one', async () => {
      const el = document.createElement('kith-add-another');
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      form.append(el);
      await el.updateComplete;
      expect(addButton(el)).to.equal(null);
      const template = document.createElement('template');
      const input = document.createElement('input');
      input.name = 'late[%index%]';
      input.setAttribute('aria-label', 'Late');
      template.content.append(input);
      el.append(template);
      await settle();
      await el.updateComplete;
      expect(new FormData(form).has('late[0]')).to.equal(true);
      expect(addButton(el)).to.exist;
    });
  });

  describe('indexing', () => {
    it('rewrites names, ids and id references from the recorded template, any number of times', () => {
      const root = document.createElement('div');
      const label = document.createElement('label');
      label.htmlFor = 'plain';
      const input = document.createElement('input');
      input.id = 'plain';
      input.name = 'm[%index%][n]';
      input.setAttribute('aria-describedby', 'outside hint-%index%');
      root.append(label, input);
      const record = recordItem(root);
      for (const index of [4, 1, 0, 7]) {
        applyIndex(record, index);
        expect(input.id).to.equal(`plain-${index}`);
        expect(label.htmlFor).to.equal(`plain-${index}`);
        expect(input.name).to.equal(`m[${index}][n]`);
        expect(input.getAttribute('aria-describedby')).to.equal(`outside hint-${index}`);
      }
    });
  });
});

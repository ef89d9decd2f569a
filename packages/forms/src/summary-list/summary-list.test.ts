import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, axTree } from '@kith/core/testing.js';
import './define.js';
import '../text-input/define.js';
import '../date-input/define.js';
import type { KithSummaryList, SummaryListRow } from './summary-list.js';

const ROWS: SummaryListRow[] = [
  { key: 'Name', value: 'Alex Smith', href: '#name' },
  { key: 'Date of birth', value: '5 January 2015', href: '/child/details#date-of-birth' },
  { key: 'Address', value: '1 High Street\nCardiff\nCF10 1AA', href: 'https://cases.example.org/child/address' },
  { key: 'NHS number', value: '485 777 3456' },
];

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

const links = (el: KithSummaryList) => [...el.shadowRoot!.querySelectorAll('a')];

describe('kith-summary-list', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`<main>
        <kith-summary-list .rows=${ROWS}></kith-summary-list>
        <kith-summary-list no-border .rows=${ROWS.map(({ key, value }) => ({ key, value }))}></kith-summary-list>
        <kith-summary-list card-title="Parent 1" .rows=${ROWS}></kith-summary-list>
        <kith-summary-list></kith-summary-list>
      </main>`);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh, with "Newid" links', async () => {
      await setLocale('cy');
      const el = await fixture<KithSummaryList>(html`<kith-summary-list .rows=${[{ key: 'Dyddiad geni', value: '5 Ionawr 2015', href: '#dob' }]}></kith-summary-list>`);
      await expectAxeClean(el);
      await axNode('link', 'Newid dyddiad geni');
    });

    it('is a description list of terms and definitions', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list .rows=${ROWS}></kith-summary-list>`);
      const dl = el.shadowRoot!.querySelector('dl')!;
      expect(dl.querySelectorAll(':scope > div > dt').length).to.equal(4);
      const roles = (await axTree()).map((node) => node.role);
      expect(roles).to.include('DescriptionList');
      expect(roles.filter((role) => role === 'term').length).to.equal(4);
    });

    it('names each change link with its hidden context, and leads back to the exact field', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list .rows=${ROWS}></kith-summary-list>`);
      await axNode('link', 'Change name');
      await axNode('link', 'Change date of birth');
      await axNode('link', 'Change address');
      await axNode('link', 'Change NHS number').then(
        () => expect.fail('a row without href has no link'),
        () => undefined,
      );
      expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '/child/details#date-of-birth', 'https://cases.example.org/child/address']);
      const link = links(el)[1]!;
      expect(link.textContent).to.equal('Change date of birth');
      expect(link.querySelector('.visually-hidden')!.textContent).to.equal(' date of birth');
    });

    it('takes local action wording and hidden text per row', async () => {
      await fixture(html`<kith-summary-list .rows=${[{ key: 'Allergies', value: '', href: '#allergies', actionText: 'Add', visuallyHiddenText: 'allergies for Alex' }]}></kith-summary-list>`);
      await axNode('link', 'Add allergies for Alex');
    });

    it('names each Change link in a card with the card title, so the links of two cards differ', async () => {
      const rows = [{ key: 'Name', value: 'Sam', href: '#name' }];
      await fixture(html`<div>
        <kith-summary-list card-title="Parent 1" .rows=${rows}></kith-summary-list>
        <kith-summary-list card-title="Parent 2" .rows=${[{ ...rows[0], visuallyHiddenText: 'their name' }]}></kith-summary-list>
      </div>`);
      await axNode('link', 'Change name (Parent 1)');
      await axNode('link', 'Change their name (Parent 2)');
    });

    it('shows a card with a titled heading', async () => {
      await fixture(html`<kith-summary-list card-title="Parent 1" card-title-level="3" .rows=${ROWS}></kith-summary-list>`);
      const heading = await axNode('heading', 'Parent 1');
      expect((heading as unknown as { level: number }).level).to.equal(3);
    });
  });

  describe('keyboard', () => {
    it('reaches every change link with Tab, in order', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list .rows=${ROWS}></kith-summary-list>`);
      const reached: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(el.shadowRoot!.activeElement?.getAttribute('href') ?? '');
      }
      expect(reached).to.deep.equal(['#name', '/child/details#date-of-birth', 'https://cases.example.org/child/address']);
    });

    it('moves focus into the Kith control a same-page Change link points at, with its question in view', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <kith-summary-list .rows=${[{ key: 'Date of birth', value: '5 January 2015', href: '#dob' }]}></kith-summary-list>
        <div style="height: 3000px"></div>
        <kith-date-input id="dob" name="dob" label="Date of birth"></kith-date-input>
        <div style="height: 3000px"></div>
      </div>`);
      const date = root.querySelector('kith-date-input')!;
      await date.updateComplete;
      links(root.querySelector('kith-summary-list')!)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(document.activeElement, 'focus is not dropped to the page').to.equal(date);
      expect(date.shadowRoot!.activeElement!.id).to.equal('day');
      const legend = date.shadowRoot!.querySelector('legend')!.getBoundingClientRect();
      expect(legend.top >= 0 && legend.bottom <= window.innerHeight, 'the question is in view').to.equal(true);
      await axNode('textbox', 'Day').then((node) => expect(node.focused).to.equal(true));
    });
    it('still follows a same-page Change link to something that cannot take focus, such as a section heading', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <kith-summary-list .rows=${[{ key: 'Household', value: '3 people', href: '#household' }]}></kith-summary-list>
        <div style="height: 3000px"></div>
        <h2 id="household">Household</h2>
        <div style="height: 3000px"></div>
      </div>`);
      links(root.querySelector('kith-summary-list')!)[0]!.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(location.hash).to.equal('#household');
      const heading = root.querySelector('h2')!.getBoundingClientRect();
      // The browser scrolls the heading to the top, give or take a fraction of a pixel.
      expect(heading.top >= -1 && heading.bottom <= window.innerHeight, 'the heading is in view').to.equal(true);
      history.replaceState(null, '', location.pathname + location.search);
    });
  });

  describe('data and bad input', () => {
    it('reads rows from a JSON attribute, for server-rendered pages', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list rows='[{"key":"Name","value":"Sam","href":"#name"}]'></kith-summary-list>`);
      expect(el.rows).to.deep.equal([{ key: 'Name', value: 'Sam', href: '#name' }]);
      await axNode('link', 'Change name');
    });

    it('reads an empty rows attribute as no rows, without an error', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list rows='[{"key":"Name","value":"Sam"}]'></kith-summary-list>`);
      el.setAttribute('rows', '');
      await elementUpdated(el);
      expect(el.rows).to.deep.equal([]);
      expect(el.shadowRoot!.querySelectorAll('dt').length).to.equal(0);
      el.setAttribute('rows', '  ');
      expect(el.rows).to.deep.equal([]);
    });

    it('drops a javascript: or data: href with a warning, keeping the row', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<KithSummaryList>(html`<kith-summary-list
          .rows=${[
            { key: 'Name', value: 'Alex', href: 'javascript:alert(1)' },
            { key: 'Email', value: 'a@example.org', href: 'data:text/html,hi' },
          ]}
        ></kith-summary-list>`);
        expect(links(el)).to.deep.equal([]);
        expect(el.shadowRoot!.querySelectorAll('dt').length).to.equal(2);
        expect(warnings.messages.join('\n')).to.contain('rows[0].href').and.to.contain('rows[1].href');
      } finally {
        warnings.restore();
      }
    });

    it('throws a TypeError naming the field for rows that are not rows, keeping the last good rows', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list .rows=${ROWS}></kith-summary-list>`);
      expect(() => (el.rows = 'nope' as unknown as SummaryListRow[])).to.throw(TypeError, 'rows must be an array');
      expect(() => (el.rows = [null] as unknown as SummaryListRow[])).to.throw(TypeError, 'rows[0]');
      expect(() => (el.rows = [{ key: 'A', value: 'x' }, { value: 'no key' }] as unknown as SummaryListRow[])).to.throw(TypeError, 'rows[1].key');
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelectorAll('dt').length).to.equal(4);
      el.rows = null as unknown as SummaryListRow[];
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelectorAll('dt').length).to.equal(0);
    });

    it('shows HTML in keys and values as text, numbers as text, and 1 MB values', async () => {
      const big = 'x'.repeat(1024 * 1024);
      const el = await fixture<KithSummaryList>(html`<kith-summary-list
        .rows=${[
          { key: '<img src=x onerror=alert(1)>', value: '<b>bold</b>', href: '#a' },
          { key: 'Count', value: 3 },
          { key: 'Notes', value: big },
        ]}
      ></kith-summary-list>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      const values = [...el.shadowRoot!.querySelectorAll('dd.value')].map((dd) => dd.textContent);
      expect(values[0]).to.equal('<b>bold</b>');
      expect(values[1]).to.equal('3');
      expect(values[2]!.length).to.equal(big.length);
      expect(el.shadowRoot!.querySelector('dt')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });

    it('fits a 320px wide screen without scrolling sideways, stacking each row', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<KithSummaryList>(html`<kith-summary-list
          .rows=${[...ROWS, { key: 'Email', value: 'a.very.long.email.address.without.spaces@example.org', href: '#email' }]}
        ></kith-summary-list>`);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        const [key, value] = [el.shadowRoot!.querySelector('dt')!, el.shadowRoot!.querySelector('dd')!];
        expect(value.getBoundingClientRect().top).to.be.greaterThan(key.getBoundingClientRect().top);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('keeps line breaks in an answer', async () => {
      const el = await fixture<KithSummaryList>(html`<kith-summary-list .rows=${ROWS}></kith-summary-list>`);
      const address = el.shadowRoot!.querySelectorAll<HTMLElement>('dd.value')[2]!;
      expect(getComputedStyle(address).whiteSpace).to.equal('pre-line');
      expect(address.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(address).lineHeight) * 2);
    });
  });
});

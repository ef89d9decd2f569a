import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, axTree } from '@kith/core/testing.js';
import './define.js';
import type { KithChronology, ChronologyFilterEvent } from './define.js';
import { generatedEntries, invalidEntries, sampleChildren, sampleEntries } from './sample-chronology.js';
import type { ChronologyEntry } from '../model/index.js';
import type { KithDateInput } from '@kith/forms/date-input.js';

const announcerText = () => document.querySelector('[data-kith-announcer] [data-politeness="polite"]')?.textContent ?? '';
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function chronology(entries: unknown, extra: Partial<KithChronology> = {}): Promise<KithChronology> {
  const el = await fixture<KithChronology>(html`<kith-chronology></kith-chronology>`);
  Object.assign(el, { childNames: sampleChildren, ...extra });
  el.entries = entries;
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return el;
}

const $ = (el: KithChronology, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: KithChronology, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const articles = (el: KithChronology) => $$(el, '.feed > article');
const titles = (el: KithChronology) => articles(el).map((a) => a.querySelector('.title')!.textContent!.trim());
const statusText = (el: KithChronology) => $(el, '.status')!.textContent!.trim();

/** Opens the chart's table (the details element toggles in a task of its own). */
async function openTable(el: KithChronology): Promise<void> {
  const details = $(el, '.chart-details') as HTMLDetailsElement;
  const toggled = oneEvent(details, 'toggle');
  details.querySelector('summary')!.click();
  await toggled;
  await el.updateComplete;
}

function entry(partial: Partial<ChronologyEntry>): ChronologyEntry {
  return { id: partial.title ?? 'x', date: '2024-01-01', title: 'Event', category: 'visit', source: 'Social care', significance: 'low', ...partial };
}

describe('kith-chronology', function () {
  afterEach(async () => {
    await setLocale('en-GB');
    await emulateMedia({ media: 'screen' });
  });

  describe('accessibility', () => {
    it('is axe-clean with a realistic chronology, details open and a search highlighted', async () => {
      const el = await chronology(sampleEntries);
      await expectAxeClean(el);
      el.filter = { text: 'amira school' };
      await el.updateComplete;
      ($(el, '.toggle') as HTMLButtonElement).click();
      await openTable(el);
      expect($$(el, 'mark').length).to.be.greaterThan(0);
      expect($(el, '.chart-table')).to.exist;
      await expectAxeClean(el);
    });

    it('is axe-clean when empty, when nothing matches, and with invalid data', async () => {
      await expectAxeClean(await chronology([]));
      const none = await chronology(sampleEntries, { filter: { text: 'zzzz-nothing' } } as Partial<KithChronology>);
      expect($(none, '.empty')!.textContent).to.contain('No events match the filters.');
      await expectAxeClean(none);
      await expectAxeClean(await chronology([...sampleEntries.slice(0, 5), ...invalidEntries()]));
    });

    it('is axe-clean with thousands of entries rendered as you scroll', async () => {
      const el = await chronology(generatedEntries(2000));
      expect(articles(el).length).to.be.below(200);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh', async () => {
      await setLocale('cy');
      const el = await chronology([...sampleEntries, ...invalidEntries().slice(0, 3)]);
      ($(el, '.toggle') as HTMLButtonElement).click();
      await elementUpdated(el);
      await expectAxeClean(el);
    });

    it('exposes a named feed of articles, each named by its title and described by date, category, source and significance', async () => {
      await chronology(sampleEntries);
      await axNode('feed', 'Events');
      const article = await axNode('article', 'Police called to the family home after neighbours reported shouting');
      expect(article.description).to.contain('3 May 2022');
      expect(article.description).to.contain('Category: Police');
      expect(article.description).to.contain('Source: South Wales Police');
      expect(article.description).to.contain('High significance');
      const toggle = await axNode('button', 'Show details: Police called to the family home after neighbours reported shouting');
      expect(toggle.expanded).to.equal(false);
      await axNode('heading', '2022 17 events');
      await axNode('heading', 'May 2022 5 events');
    });

    it('gives every article its position in the whole list, even when only some are rendered', async () => {
      const el = await chronology(generatedEntries(5000));
      const first = articles(el)[0]!;
      expect(first.getAttribute('aria-posinset')).to.equal('1');
      expect(first.getAttribute('aria-setsize')).to.equal('5000');
      expect($(el, '.feed')!.getAttribute('aria-describedby')).to.equal('status keyboard-help');
      expect(statusText(el)).to.equal('Showing 5,000 of 5,000 events');
    });
  });

  describe('display', () => {
    it('shows each date at the precision it was recorded, with "about" for estimates', async () => {
      const el = await chronology([
        entry({ title: 'Year', date: '2022', approximate: true }),
        entry({ title: 'Month', date: '2022-05' }),
        entry({ title: 'Day', date: '2022-05-03' }),
        entry({ title: 'Time', date: '2022-05-03T22:40' }),
      ]);
      const dates = articles(el).map((a) => a.querySelector('.date')!.textContent!.trim());
      expect(dates).to.deep.equal(['about 2022', 'May 2022', '3 May 2022', '3 May 2022 at 22:40']);
      const datetimes = articles(el).map((a) => a.querySelector('time')!.getAttribute('datetime'));
      expect(datetimes).to.deep.equal(['2022', '2022-05', '2022-05-03', '2022-05-03T22:40']);
    });

    it('groups by year and month with counts, and gives year-only entries their own group', async () => {
      const el = await chronology([
        entry({ title: 'A', date: '2022' }),
        entry({ title: 'B', date: '2022-05-03' }),
        entry({ title: 'C', date: '2022-05-20' }),
        entry({ title: 'D', date: '2023-01-01' }),
      ]);
      const groups = $$(el, '.group').map((h) => `${h.tagName} ${h.textContent!.replace(/\s+/g, ' ').trim()}`);
      expect(groups).to.deep.equal(['H2 2022 3 events', 'H3 2022, month not recorded 1 event', 'H3 May 2022 2 events', 'H2 2023 1 event', 'H3 January 2023 1 event']);
      expect($(el, '.title')!.tagName).to.equal('H4');
      el.groupBy = 'year';
      el.headingLevel = 3;
      await el.updateComplete;
      expect($$(el, '.group').map((h) => h.tagName)).to.deep.equal(['H3', 'H3']);
      expect($(el, '.title')!.tagName).to.equal('H4');
    });

    it('orders oldest first or newest first, and tells the host', async () => {
      const el = await chronology(sampleEntries);
      expect(titles(el)[0]).to.equal('Mother registered with GP after moving to the area');
      const select = $(el, '#order') as HTMLSelectElement;
      select.value = 'newest-first';
      const event = oneEvent(el, 'kith-chronology-filter');
      select.dispatchEvent(new Event('change'));
      expect(((await event) as unknown as ChronologyFilterEvent).order).to.equal('newest-first');
      await el.updateComplete;
      expect(el.order).to.equal('newest-first');
      expect(titles(el)[0]).to.equal('Special guardianship support plan agreed');

      // The host sets it back: the select follows, and its selected attribute (what server-rendered HTML shows) too.
      el.order = 'oldest-first';
      await el.updateComplete;
      expect(select.value).to.equal('oldest-first');
      expect([...select.options].filter((option) => option.hasAttribute('selected')).map((option) => option.value)).to.deep.equal(['oldest-first']);
    });
  });

  describe('filtering', () => {
    it('searches every field as the user types, highlights matches safely, and announces the count', async () => {
      const el = await chronology(sampleEntries);
      const events: ChronologyFilterEvent[] = [];
      el.addEventListener('kith-chronology-filter', (e) => events.push(e));
      ($(el, '#search') as HTMLInputElement).focus();
      await sendKeys({ type: 'camhs' });
      await el.updateComplete;
      expect(statusText(el)).to.equal('Showing 2 of 39 events');
      expect(events.at(-1)!.filter.text).to.equal('camhs');
      expect(el.filter.text).to.equal('camhs');
      expect($$(el, 'mark').map((m) => m.textContent)).to.include('CAMHS');
      await wait(700);
      expect(announcerText()).to.equal('Showing 2 of 39 events');
    });

    it('filters by category, source, significance and child with checkboxes, shown on request', async () => {
      const el = await chronology(sampleEntries);
      const toggle = $(el, '[aria-controls="filter-body"]') as HTMLButtonElement;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, 'input[name="category"]')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const check = (name: string, value: string) => {
        const box = $$(el, `input[name="${name}"]`).find((i) => (i as HTMLInputElement).value === value) as HTMLInputElement;
        box.click();
        return el.updateComplete;
      };
      await check('category', 'court');
      expect(statusText(el)).to.equal('Showing 5 of 39 events');
      await check('significance', 'high');
      expect(el.filter).to.include.keys('categories', 'significance');
      expect(el.filter.significance).to.deep.equal(['high']);
      expect(statusText(el)).to.equal('Showing 3 of 39 events');
      ($$(el, '.filters .button').at(-1) as HTMLButtonElement).click();
      await el.updateComplete;
      await check('child', 'leo');
      // Entries about the whole group, or about Leo.
      expect(titles(el)).to.include('Leo started at the school nursery');
      expect(titles(el)).to.not.include('Amira referred to CAMHS for anxiety');
      await check('source', 'Family court');
      expect(titles(el).length).to.equal(4);
    });

    it('filters by dates typed in the From and To boxes, and shows a chosen period in them', async () => {
      const el = await chronology(sampleEntries);
      ($(el, '[aria-controls="filter-body"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const box = (field: string, part: string) => ($(el, field) as KithDateInput).shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
      const typeDate = async (day: string, month: string, year: string) => {
        for (const text of [day, month, year]) {
          await sendKeys({ type: text });
          await sendKeys({ press: 'Tab' });
        }
        await el.updateComplete;
      };
      box('#from', 'day').focus();
      await typeDate('1', '5', '2022');
      expect(el.filter.from).to.equal('2022-05-01');
      // Tab from the From year goes on to the To day.
      await typeDate('31', '5', '2022');
      expect(el.filter.to).to.equal('2022-05-31');
      expect(statusText(el)).to.equal('Showing 5 of 39 events');
      await expectAxeClean(el);
      // A date half typed stays in its boxes while other filters change.
      box('#from', 'year').focus();
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '20' });
      const category = $$(el, 'input[name="category"]')[0] as HTMLInputElement;
      category.click();
      await el.updateComplete;
      category.click();
      await el.updateComplete;
      expect(['day', 'month', 'year'].map((part) => box('#from', part).value)).to.deep.equal(['1', '5', '20']);
      // And while the filters are hidden and shown again.
      const toggle = $(el, '[aria-controls="filter-body"]') as HTMLButtonElement;
      toggle.click();
      await el.updateComplete;
      expect($(el, '#filter-body')!.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(['day', 'month', 'year'].map((part) => box('#from', part).value)).to.deep.equal(['1', '5', '20']);
      expect(($$(el, 'input[name="category"]')[0] as HTMLInputElement).checked).to.equal(false);
      el.filter = { from: '2023-01', to: '2023-03' };
      await el.updateComplete;
      expect(['day', 'month', 'year'].map((part) => box('#from', part).value)).to.deep.equal(['01', '01', '2023']);
      expect(['day', 'month', 'year'].map((part) => box('#to', part).value)).to.deep.equal(['31', '03', '2023']);
      await setLocale('cy');
      await el.updateComplete;
      await expectAxeClean(el);
    });

    it('filters to a period when a bar of the chart or a row of its table is chosen', async () => {
      const el = await chronology(sampleEntries);
      const chart = $(el, '.chart')!;
      const box = chart.getBoundingClientRect();
      // May 2022 is the fourth month from February 2022.
      const periods = 30;
      chart.dispatchEvent(new MouseEvent('click', { clientX: box.left + (box.width / periods) * 3.5, clientY: box.top + box.height - 2, bubbles: true }));
      await el.updateComplete;
      expect(el.filter).to.include({ from: '2022-05', to: '2022-05' });
      expect(statusText(el)).to.equal('Showing 5 of 39 events');
      await openTable(el);
      const showJuly = $$(el, '.chart-table button').find((b) => b.textContent!.includes('July 2022'))!;
      showJuly.click();
      await el.updateComplete;
      expect(el.filter).to.include({ from: '2022-07', to: '2022-07' });
      expect($(el, '.chart-table tr.selected th')!.textContent).to.equal('July 2022');
    });

    it('does not fire kith-chronology-filter when the host sets the filter, and clears it with the button', async () => {
      const el = await chronology(sampleEntries);
      let fired = 0;
      el.addEventListener('kith-chronology-filter', () => fired++);
      el.filter = { categories: ['police'], nonsense: true };
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(statusText(el)).to.equal('Showing 2 of 39 events');
      ($$(el, '.filters .button').at(-1) as HTMLButtonElement).click();
      await el.updateComplete;
      expect(fired).to.equal(1);
      expect(statusText(el)).to.equal('Showing 39 of 39 events');
    });
  });

  describe('keyboard', () => {
    it('moves between entries with arrows, Home and End, and opens details with Enter', async () => {
      const el = await chronology(sampleEntries);
      const focusedTitle = () => (el.shadowRoot!.activeElement as HTMLElement).querySelector('.title')!.textContent!.trim();
      articles(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(focusedTitle()).to.equal('Amira and Josh started at the school');
      const focused = (await axTree()).find((node) => node.role === 'article' && node.focused);
      expect(focused?.name).to.equal('Amira and Josh started at the school');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(focusedTitle()).to.equal('Special guardianship support plan agreed');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const last = articles(el).at(-1)!;
      expect(last.querySelector('.toggle')!.getAttribute('aria-expanded')).to.equal('true');
      expect(last.querySelector('.details-list')!.textContent).to.contain('Recorded by');
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(articles(el)[0]);
    });

    it('has one tab stop in the feed, then the entry’s own button', async () => {
      const el = await chronology(sampleEntries);
      expect(articles(el).filter((a) => a.tabIndex === 0).length).to.equal(1);
      articles(el)[3]!.focus();
      await el.updateComplete;
      expect(articles(el).filter((a) => a.tabIndex === 0)).to.deep.equal([articles(el)[3]]);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.classList.contains('toggle')).to.equal(true);
    });

    it('reaches every entry of a long list in order, rendering them as focus moves', async () => {
      const el = await chronology(generatedEntries(3000));
      articles(el)[0]!.focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.getAttribute('aria-posinset')).to.equal('3000');
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal('2999');
      expect(articles(el).length).to.be.below(200);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal('1');
    });

    it('walks down a long list one entry at a time without losing focus', async () => {
      const el = await chronology(generatedEntries(1000));
      articles(el)[0]!.focus();
      for (let i = 0; i < 30; i++) await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect((el.shadowRoot!.activeElement as HTMLElement).getAttribute('aria-posinset')).to.equal('31');
    });

    it('reads out the month a window starts inside, so heading levels step down one at a time', async () => {
      const sameMonth = Array.from({ length: 1000 }, (_, i) => entry({ id: `may-${i}`, title: `Visit ${i + 1}`, date: '2024-05-10' }));
      const el = await chronology(sameMonth);
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 40_000);
      await frame();
      await el.updateComplete;
      await frame();
      const first = articles(el)[0]!;
      expect(first.getAttribute('aria-posinset')).to.not.equal('1');
      expect(first.querySelector('.visually-hidden h3')?.textContent).to.match(/^\s*May 2024\s+1,000 events\s*$/);
      const levels = $$(el, 'h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));
      levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 2)).to.be.at.most(1));
      window.scrollTo(0, 0);
    });

    it('renders more entries as the page scrolls', async () => {
      const el = await chronology(generatedEntries(2000));
      const lastBefore = Number(articles(el).at(-1)!.getAttribute('aria-posinset'));
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + 40_000);
      await frame();
      await el.updateComplete;
      await frame();
      const positions = articles(el).map((a) => Number(a.getAttribute('aria-posinset')));
      expect(positions[0]).to.be.greaterThan(lastBefore);
      expect(positions).to.deep.equal(positions.map((_, i) => positions[0]! + i));
      window.scrollTo(0, 0);
    });

    it('focuses an entry by id, clearing a filter that hides it', async () => {
      const el = await chronology(generatedEntries(2000));
      el.filter = { categories: ['court'] };
      await el.updateComplete;
      expect(await el.focusEntry('gen-1500')).to.equal(true);
      expect(el.filter.categories).to.deep.equal([]);
      expect((el.shadowRoot!.activeElement as HTMLElement).querySelector('.title')!.textContent).to.contain('(1501)');
      expect(await el.focusEntry('no-such-id')).to.equal(false);
    });

    it('can render every entry at once for reading and find-in-page', async () => {
      const el = await chronology(generatedEntries(600));
      expect(articles(el).length).to.be.below(600);
      ($(el, '.render-mode .button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.renderAll).to.equal(true);
      expect(articles(el).length).to.equal(600);
    });
  });

  describe('print and export', () => {
    it('prints every entry in the current filter, details included, not only those on screen', async () => {
      const el = await chronology(generatedEntries(1500));
      el.filter = { significance: ['high'] };
      await el.updateComplete;
      const shown = el.visibleEntries.length;
      expect(articles(el).length).to.be.below(shown);
      window.dispatchEvent(new Event('beforeprint'));
      await emulateMedia({ media: 'print' });
      const printed = $$(el, '.print-only .print-entry');
      expect(printed.length).to.equal(shown);
      expect(getComputedStyle($(el, '.print-only')!).display).to.equal('block');
      expect(getComputedStyle($(el, '.screen-only')!).display).to.equal('none');
      expect(printed[0]!.textContent).to.contain('Description');
      window.dispatchEvent(new Event('afterprint'));
      expect($$(el, '.print-only .print-entry').length).to.equal(0);
    });

    it('exports the current filter as CSV', async () => {
      const el = await chronology(sampleEntries);
      el.filter = { sources: ['CAMHS'] };
      await el.updateComplete;
      const lines = el.toCsv().trimEnd().split('\r\n');
      expect(lines.length).to.equal(3);
      expect(lines[1]).to.contain('Amira referred to CAMHS for anxiety');
    });
  });

  describe('bad data', () => {
    it('reports every problem (which entry, which field, why) and still shows every entry', async () => {
      const bad = invalidEntries();
      const el = await chronology(bad);
      expect(articles(el).length).to.equal(bad.length);
      const problems = el.problems.map((p) => `${p.index}:${p.field}:${p.code}`);
      expect(problems).to.include.members([
        '0:title:missing',
        '1:date:date-format',
        '2:date:impossible-date',
        '4:significance:unknown-significance',
        '4:links:unsafe-link',
        '6:id:duplicate-id',
        '6:category:unknown-category',
        '7:entry:not-an-object',
        '8:entry:not-an-object',
      ]);
      expect(el.problems.find((p) => p.code === 'date-format')!.message).to.contain('‘31/02/2024’');
      expect($(el, '.problem-summary')!.textContent).to.contain('Entries with problems: 7');
      expect($(el, '.group-undated')!.textContent).to.contain('Events without a valid date');
      expect($$(el, '.entry-problems').length).to.equal(7);
    });

    it('shows HTML in data as text and never makes an unsafe link', async () => {
      const el = await chronology(invalidEntries());
      expect(el.shadowRoot!.querySelector('img, script, b')).to.equal(null);
      expect(titles(el)).to.include('<img src=x onerror=alert(1)> <b>not bold</b>');
      const row = articles(el).find((a) => a.textContent!.includes('Link that must not be followed'))!;
      (row.querySelector('.toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(row.querySelector('a')).to.equal(null);
      expect(row.querySelector('.links')!.textContent).to.contain('not a safe web address');
    });

    it('shows a 1 MB description cut short, with a button to show it all', async () => {
      const el = await chronology(invalidEntries());
      const row = articles(el).find((a) => a.textContent!.includes('Very long description'))!;
      (row.querySelector('.toggle') as HTMLButtonElement).click();
      await el.updateComplete;
      const description = () => row.querySelector('dd')!.textContent!.length;
      expect(description()).to.be.below(11_000);
      const more = row.querySelector('dd .link-button') as HTMLButtonElement;
      expect(more.textContent).to.contain('Show the full text (1,048,590 characters)');
      more.click();
      await el.updateComplete;
      expect(description()).to.be.greaterThan(1_000_000);
    });

    it('renders 10,000 entries on the same date', async () => {
      const same = Array.from({ length: 10_000 }, (_, i) => entry({ id: `s${i}`, title: `Same day ${i}`, date: '2024-03-05' }));
      const el = await chronology(same);
      expect(statusText(el)).to.equal('Showing 10,000 of 10,000 events');
      expect(titles(el)[0]).to.equal('Same day 0');
      expect($$(el, '.group').length).to.equal(2);
    });

    it('survives entries that are not a list, and a bad filter, order and heading level', async () => {
      const el = await chronology({ not: 'a list' });
      expect(el.problems[0]!.code).to.equal('not-a-list');
      el.entries = sampleEntries;
      el.filter = 'rubbish';
      (el as unknown as { order: string }).order = 'sideways';
      (el as unknown as { headingLevel: unknown }).headingLevel = 'big';
      await el.updateComplete;
      expect(statusText(el)).to.equal('Showing 39 of 39 events');
      expect($(el, '.group')!.tagName).to.equal('H2');
    });

    it('names the field when categories are not what it can show, as the entry form does, and still shows every entry', async () => {
      const el = await chronology(sampleEntries);
      expect(() => (el.categories = [{ id: 'visit', label: 'Visit' }, null] as never)).to.throw(TypeError, 'kith-chronology: categories[1].id');
      expect(() => (el.categories = 'visit' as never)).to.throw(TypeError, 'kith-chronology: categories must be an array');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Showing 39 of 39 events');
      expect(articles(el).length, 'entries are still shown').to.be.greaterThan(0);
    });
  });

  describe('localisation and layout', () => {
    it('switches to Welsh, keeping the filter', async () => {
      const el = await chronology(sampleEntries);
      el.filter = { categories: ['court'] };
      await setLocale('cy');
      await el.updateComplete;
      expect(statusText(el)).to.equal('Cofnodion sy’n cael eu dangos: 5 o 39');
      expect($(el, '.group-month')!.textContent).to.contain('Mawrth 2023');
      await axNode('feed', 'Cofnodion');
    });

    it('words event counts right for 0, 1, 2, 3, 6, 20 and 100, in English and Welsh', async () => {
      /** The status and the month's count with `count` events in May 2022, then the status with none matching. */
      const counts = async (count: number) => {
        const el = await chronology(Array.from({ length: count }, (_, i) => entry({ title: `Event ${i}`, date: '2022-05-03' })));
        const shown = [statusText(el), $(el, '.group-month .group-count')!.textContent!.trim()];
        el.filter = { text: 'no event says this' };
        await el.updateComplete;
        return [...shown, statusText(el)];
      };
      const english = (n: number, events: string) => [`Showing ${n} of ${n} ${events}`, `${n} ${events}`, `Showing 0 of ${n} ${events}`];
      expect(await counts(1)).to.deep.equal(english(1, 'event'));
      for (const count of [2, 3, 6, 20, 100]) expect(await counts(count)).to.deep.equal(english(count, 'events'));

      await setLocale('cy');
      // "cofnod" mutates after some numbers ("dau gofnod", "tri chofnod"), so counts other than 1
      // use "o gofnodion" or put the number after a colon, which are right after any number.
      expect(await counts(1)).to.deep.equal(['Yn dangos 1 o’r 1 cofnod', '1 cofnod', 'Yn dangos 0 o’r 1 cofnod']);
      for (const count of [2, 3, 6, 20, 100]) {
        expect(await counts(count)).to.deep.equal([
          `Cofnodion sy’n cael eu dangos: ${count} o ${count}`,
          `${count} o gofnodion`,
          `Cofnodion sy’n cael eu dangos: 0 o ${count}`,
        ]);
      }
    });

    it('words the loading count of a long chronology right in English and Welsh', async () => {
      const entries = generatedEntries(20_002);
      /** The first status shown while the entries load. */
      const loadingText = async () => {
        const el = await fixture<KithChronology>(html`<kith-chronology></kith-chronology>`);
        const seen: string[] = [];
        const observer = new MutationObserver(() => seen.push($(el, '.status')?.textContent?.trim() ?? ''));
        observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
        el.entries = entries;
        await el.updateComplete;
        observer.disconnect();
        return seen.find(Boolean);
      };
      expect(await loadingText()).to.equal('Loading 20,002 events…');
      await setLocale('cy');
      // Not "20,002 cofnod", which would need "dau gofnod": "o gofnodion" is right after any number.
      expect(await loadingText()).to.equal('Wrthi’n llwytho 20,002 o gofnodion…');
    });

    it('lets a service replace any text', async () => {
      const el = await chronology(sampleEntries, { strings: { feedLabel: 'Chronology entries', showing: (shown: string, total: string) => `${shown}/${total}` } });
      expect(statusText(el)).to.equal('39/39');
      await axNode('feed', 'Chronology entries');
    });

    it('fits a 320 px wide screen without scrolling sideways', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await chronology(sampleEntries);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await setViewport({ width: 800, height: 600 });
    });

    it('keeps the whole tree readable: the axe sweep sees no hidden focusable content', async () => {
      await chronology(sampleEntries);
      const tree = await axTree();
      expect(tree.filter((node) => node.role === 'article').length).to.equal(39);
    });
  });
});

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { ChronologyEntrySaveEvent, KithChronologyEntryForm } from './define.js';
import { sampleChildren } from '../chronology/sample-chronology.js';
import { validateEntries, type ChronologyEntry } from '../model/index.js';
import { NAUGHTY_STRINGS, expectSameCodeUnits, insertText, typedNatively } from '../../../../test-pages/round-trip.js';

type Control = HTMLElement & { value: string; values: string[]; errorMessage: string; updateComplete: Promise<boolean> };

async function entryForm(entry?: ChronologyEntry): Promise<KithChronologyEntryForm> {
  const el = await fixture<KithChronologyEntryForm>(html`<kith-chronology-entry-form recorded-by="Sam Jones"></kith-chronology-entry-form>`);
  el.childNames = sampleChildren;
  if (entry) el.entry = entry;
  await el.updateComplete;
  return el;
}

const control = (el: KithChronologyEntryForm, name: string) => el.shadowRoot!.querySelector<Control>(`[name="${name}"]`)!;
const summaryLinks = (el: KithChronologyEntryForm) =>
  [...el.shadowRoot!.querySelector('kith-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());

async function choosePrecision(el: KithChronologyEntryForm, precision: string): Promise<void> {
  const radios = control(el, 'precision');
  radios.value = precision;
  radios.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

async function fill(el: KithChronologyEntryForm, values: Record<string, string | string[]>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const target = control(el, name);
    if (Array.isArray(value)) target.values = value;
    else target.value = value;
    await target.updateComplete;
  }
}

async function save(el: KithChronologyEntryForm): Promise<ChronologyEntry | null> {
  let saved: ChronologyEntry | null = null;
  el.addEventListener('kith-chronology-entry-save', (event) => (saved = (event as ChronologyEntrySaveEvent).entry), { once: true });
  el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return saved;
}

const required = { date: '2024-03-05', title: 'Home visit', category: 'visit', source: 'Sam Jones, social worker', significance: 'medium' };

describe('kith-chronology-entry-form', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean empty, with errors, and in Welsh', async () => {
    const el = await entryForm();
    await expectAxeClean(el);
    await save(el);
    await expectAxeClean(el);
    await setLocale('cy');
    await el.updateComplete;
    await expectAxeClean(el);
  });

  it('names every question in the accessibility tree', async () => {
    await entryForm();
    await axNode('group', 'How much of the date is known?');
    await axNode('textbox', 'Title');
    await axNode('combobox', 'Category');
    await axNode('textbox', 'Source');
    await axNode('group', 'How significant is this event for the child?');
    await axNode('group', 'Which children is this about?');
    await axNode('textbox', 'Impact on the child');
    await axNode('button', 'Add to chronology');
  });

  it('lists what is missing in an error summary and saves nothing', async () => {
    const el = await entryForm();
    expect(await save(el)).to.equal(null);
    expect(summaryLinks(el)).to.deep.equal([
      'Enter the date of the event',
      'Enter a title',
      'Choose a category',
      'Enter where the information came from',
      'Choose how significant the event is',
    ]);
  });

  const precisions: [string, Record<string, string>, string][] = [
    ['year', { date: '2022' }, '2022'],
    ['month', { date: '2022-05' }, '2022-05'],
    ['day', { date: '2022-05-03' }, '2022-05-03'],
    ['minute', { date: '2022-05-03', time: '22:40' }, '2022-05-03T22:40'],
  ];
  for (const [precision, values, expected] of precisions) {
    it(`saves a valid entry with a date known to the ${precision}`, async () => {
      const el = await entryForm();
      await choosePrecision(el, precision);
      await fill(el, { ...required, ...values, approximate: ['approximate'], childIds: ['leo'], description: 'Saw Leo at home.' });
      const entry = await save(el);
      expect(entry).to.include({ date: expected, title: 'Home visit', category: 'visit', significance: 'medium', approximate: true, recordedBy: 'Sam Jones' });
      expect(entry!.childIds).to.deep.equal(['leo']);
      expect(entry!.id).to.be.a('string').and.not.equal('');
      expect(validateEntries([entry]).problems).to.deep.equal([]);
    });
  }

  it('asks for a 24-hour time when the time is known', async () => {
    const el = await entryForm();
    await choosePrecision(el, 'minute');
    await fill(el, { ...required, time: '25:00' });
    expect(await save(el)).to.equal(null);
    expect(summaryLinks(el)).to.deep.equal(['Enter a time in the 24-hour clock, for example 14:30']);
  });

  it('shows no child question for null children, and names the field when children are not a list', async () => {
    const el = await entryForm();
    el.childNames = null as never;
    await el.updateComplete;
    expect(el.childNames).to.deep.equal([]);
    expect(() => (el.childNames = 'Amira' as never)).to.throw(TypeError, 'kith-chronology-entry-form: childNames');
    expect(el.childNames, 'the last good value stands').to.deep.equal([]);
  });

  it('gives back the day and month when a coarser precision chosen by mistake is changed back', async () => {
    const el = await entryForm();
    await fill(el, { date: '2023-11-14' });
    await choosePrecision(el, 'year');
    expect(control(el, 'date').value).to.equal('2023');
    await choosePrecision(el, 'day');
    expect(control(el, 'date').value).to.equal('2023-11-14');
  });

  it('gives back the time when a precision without a time chosen by mistake is changed back', async () => {
    const el = await entryForm();
    await choosePrecision(el, 'minute');
    await fill(el, { date: '2023-11-14', time: '14:30' });
    await choosePrecision(el, 'day');
    await choosePrecision(el, 'minute');
    await control(el, 'time').updateComplete;
    expect(control(el, 'time').value).to.equal('14:30');
  });

  it('keeps the typed date when the precision becomes coarser', async () => {
    const el = await entryForm();
    await fill(el, { date: '2023-11-14' });
    await choosePrecision(el, 'month');
    expect(control(el, 'date').value).to.equal('2023-11');
    expect(control(el, 'date').getAttribute('precision')).to.equal('month');
  });

  it('edits an entry: shows its answers, keeps its id and what the form does not ask about', async () => {
    const original: ChronologyEntry = {
      id: 'hughes-007',
      date: '2022-05',
      approximate: true,
      title: '<img src=x onerror=alert(1)>',
      category: 'police',
      source: 'South Wales Police',
      significance: 'high',
      recordedAt: '2022-05-04T08:15:00Z',
      links: [{ label: 'PPN', href: '/documents/ppn' }],
    };
    const el = await entryForm(original);
    expect(control(el, 'precision').value).to.equal('month');
    expect(control(el, 'date').value).to.equal('2022-05');
    expect(control(el, 'title').value).to.equal('<img src=x onerror=alert(1)>');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('kith-button')!.textContent).to.contain('Save changes');
    await fill(el, { title: 'Police called to the home' });
    const entry = await save(el);
    expect(entry).to.deep.include({ id: 'hughes-007', recordedAt: '2022-05-04T08:15:00Z', title: 'Police called to the home', approximate: true });
    expect(entry!.links).to.deep.equal(original.links);
  });

  it('keeps what the user typed through a re-render and a switch to Welsh', async () => {
    const el = await entryForm();
    control(el, 'title').focus();
    await sendKeys({ type: 'Strategy meeting' });
    el.childNames = [...sampleChildren];
    await setLocale('cy');
    await el.updateComplete;
    expect(control(el, 'title').value).to.equal('Strategy meeting');
    await axNode('textbox', 'Teitl');
  });

  it('fires a bubbling, composed kith-chronology-entry-save event with plain data', async () => {
    const el = await entryForm();
    await fill(el, required);
    const event = oneEvent(document.body, 'kith-chronology-entry-save');
    el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
    const fired = (await event) as unknown as ChronologyEntrySaveEvent;
    expect(fired.bubbles && fired.composed).to.equal(true);
    expect(JSON.parse(JSON.stringify(fired.entry))).to.deep.equal(fired.entry);
  });
});

// Round-trip integrity: each naughty string typed into each free-text field (CDP
// Input.insertText) is saved exactly as the browser's own text box holds it, comes back when
// the entry is edited, and is saved again unchanged when another field changes. What
// "exactly" means is explained in test-pages/round-trip.ts.
const FIELDS = [
  { name: 'title', kind: 'input', required: true },
  { name: 'source', kind: 'input', required: true },
  { name: 'description', kind: 'textarea', required: false },
  { name: 'impactOnChild', kind: 'textarea', required: false },
  { name: 'actionTaken', kind: 'textarea', required: false },
] as const;

const textBox = (el: KithChronologyEntryForm, name: string) => control(el, name).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;

describe('kith-chronology-entry-form: typed text is saved and edited without change', () => {
  for (const { name, kind, required: mandatory } of FIELDS) {
    for (const [what, text] of NAUGHTY_STRINGS) {
      it(`${name}: ${what}`, async () => {
        const expected = await typedNatively(kind, text);
        const el = await entryForm();
        for (const [field, value] of Object.entries(required)) if (field !== name) control(el, field).value = value;
        textBox(el, name).focus();
        await insertText(text);
        await control(el, name).updateComplete;
        const saved = await save(el);

        // Text that is only white space is no answer: a required field is reported, an optional one left out.
        if (!expected.trim()) {
          if (mandatory) expect(saved, 'blank required field not saved').to.equal(null);
          else expect(saved && name in saved, 'blank optional field left out').to.equal(false);
          return;
        }
        expect(saved, 'saved').to.not.equal(null);
        expectSameCodeUnits(saved![name], expected, 'saved entry');

        // Edited later: the text is back in the form, and saving a change elsewhere keeps it.
        el.remove();
        const edit = await entryForm(saved!);
        expectSameCodeUnits(textBox(edit, name).value, expected, 'text box when editing');
        const other = name === 'title' ? 'source' : 'title';
        control(edit, other).value = `${required[other]} (corrected)`;
        const resaved = await save(edit);
        expectSameCodeUnits(resaved?.[name], expected, 'saved again after another field was changed');
      });
    }
  }
});

describe('kith-chronology-entry-form: nothing typed is lost, nothing is mis-recorded', () => {
  afterEach(() => setLocale('en-GB'));

  const existing: ChronologyEntry = {
    id: 'hughes-012',
    date: '2023-06-14T23:30',
    title: 'Police called to the home',
    category: 'police',
    source: 'South Wales Police',
    significance: 'high',
    childIds: ['amira'],
    recordedAt: '2023-06-14T22:45:00Z',
  };

  it('keeps every answer when the host sets the same entry, children and categories again (a framework re-render)', async () => {
    const el = await entryForm(existing);
    await fill(el, { title: 'Police called to the home at night', significance: 'medium', childIds: ['amira', 'leo'], description: 'Neighbour rang 999.' });
    el.entry = { ...existing };
    el.childNames = sampleChildren.map((child) => ({ ...child }));
    el.categories = undefined;
    await el.updateComplete;
    const entry = await save(el);
    expect(entry).to.deep.include({ id: 'hughes-012', date: '2023-06-14T23:30', title: 'Police called to the home at night', significance: 'medium', description: 'Neighbour rang 999.' });
    expect(entry!.childIds).to.deep.equal(['amira', 'leo']);
  });

  it('keeps every answer when the host sets the same entry with its fields in another order (as read back from a store)', async () => {
    const el = await entryForm(existing);
    await fill(el, { title: 'Police called to the home at night', description: 'Neighbour rang 999.' });
    el.entry = Object.fromEntries(Object.entries(existing).reverse()) as unknown as ChronologyEntry;
    await el.updateComplete;
    expect(control(el, 'title').value).to.equal('Police called to the home at night');
    expect(control(el, 'description').value).to.equal('Neighbour rang 999.');
  });

  it('keeps every answer when the host sets the entry again with only what the form does not ask about changed (a sync)', async () => {
    const el = await entryForm(existing);
    await fill(el, { title: 'Police called to the home at night' });
    el.entry = { ...existing, recordedBy: 'Sam Jones', suppliedBy: ['Cardiff'] };
    await el.updateComplete;
    expect(control(el, 'title').value).to.equal('Police called to the home at night');
    expect(await save(el)).to.deep.include({ title: 'Police called to the home at night', recordedBy: 'Sam Jones' });
  });

  it('ticks and keeps the children of an edited entry when the host sets the children after the entry (loaded later)', async () => {
    const el = await fixture<KithChronologyEntryForm>(html`<kith-chronology-entry-form .entry=${existing}></kith-chronology-entry-form>`);
    el.childNames = sampleChildren;
    await el.updateComplete;
    await control(el, 'childIds').updateComplete;
    expect(control(el, 'childIds').values).to.deep.equal(['amira']);
    expect((await save(el))!.childIds, 'still about Amira').to.deep.equal(['amira']);
  });

  it('keeps the chosen category, significance and children through a switch to Welsh', async () => {
    const el = await entryForm();
    await fill(el, { ...required, childIds: ['leo'] });
    await setLocale('cy');
    await el.updateComplete;
    const entry = await save(el);
    expect(entry).to.deep.include({ date: '2024-03-05', category: 'visit', significance: 'medium' });
    expect(entry!.childIds).to.deep.equal(['leo']);
  });

  it('saves a date and time typed near midnight in summer exactly as typed, whatever the clock', async () => {
    const el = await entryForm(existing);
    const entry = await save(el);
    expect(entry!.date).to.equal('2023-06-14T23:30');
    expect(control(el, 'time').value).to.equal('23:30');
  });

  it('names the field when categories or the entry are not what the form can show', async () => {
    const el = await entryForm();
    expect(() => (el.categories = [{ id: 'visit', label: 'Visit' }, null] as never)).to.throw(TypeError, 'kith-chronology-entry-form: categories');
    expect(() => (el.entry = { id: 'x', date: 20230614 } as never)).to.throw(TypeError, 'kith-chronology-entry-form: entry');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[name="title"]'), 'the form still shows').to.exist;
  });
});

describe('kith-chronology-entry-form: keyboard, screen reader and records the form did not make', () => {
  afterEach(() => setLocale('en-GB'));

  const deepActive = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };

  it('can be saved, and its errors reached and fixed, with the keyboard alone', async () => {
    const el = await entryForm();
    el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    const summary = el.shadowRoot!.querySelector('kith-error-summary')!;
    expect(summary.shadowRoot!.activeElement, 'the summary takes focus').to.exist;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect((deepActive()!.getRootNode() as ShadowRoot).host.getAttribute('name'), 'the second link goes to the title').to.equal('title');
    await sendKeys({ type: 'Strategy meeting' });
    expect(control(el, 'title').value).to.equal('Strategy meeting');
  });

  it('names every question in Welsh as it shows it', async () => {
    const el = await entryForm();
    await setLocale('cy');
    await el.updateComplete;
    for (const name of ['title', 'source', 'description', 'impactOnChild', 'actionTaken']) {
      const box = control(el, name) as Control & { label: string };
      await axNode('textbox', box.label);
    }
    for (const name of ['precision', 'significance', 'childIds', 'approximate']) {
      await axNode('group', (control(el, name) as Control & { legend: string }).legend);
    }
    await axNode('combobox', (control(el, 'category') as Control & { label: string }).label);
    expect((control(el, 'title') as Control & { label: string }).label).to.equal('Teitl');
  });

  it('keeps the category of an entry made with a category no longer in the list, and asks for a known one there', async () => {
    const el = await entryForm({ id: 'old-1', date: '2019', title: 'Referral', category: 'lado-referral', source: 'School', significance: 'high', recordedAt: '2019-02-01T10:00:00Z' });
    expect(control(el, 'category').value, 'the old category still shows').to.equal('lado-referral');
    expect(await save(el)).to.equal(null);
    expect(control(el, 'category').errorMessage, 'the category question says what is wrong').to.not.equal('');
    expect(summaryLinks(el)).to.have.length(1);
    await fill(el, { category: 'referral' });
    expect(await save(el), 'saved once a known category is chosen').to.deep.include({ id: 'old-1', category: 'referral' });
  });
});

describe('kith-chronology-entry-form: dates typed as people type them', () => {
  afterEach(() => setLocale('en-GB'));

  it('saves a month typed by its Welsh name, and a time just before midnight, exactly', async () => {
    await setLocale('cy');
    const el = await entryForm();
    await choosePrecision(el, 'month');
    control(el, 'date').shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Mehefin' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '2023' });
    await fill(el, { title: 'Ymweliad', category: 'visit', source: 'Sam Jones', significance: 'low' });
    expect(await save(el)).to.deep.include({ date: '2023-06' });

    await choosePrecision(el, 'minute');
    control(el, 'date').shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '25' });
    control(el, 'time').shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: '23:59' });
    expect(await save(el)).to.deep.include({ date: '2023-06-25T23:59' });
  });
});

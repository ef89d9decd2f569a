// Controls used together, nested as a children's services form nests them: a case form whose
// household members (kith-add-another) are each a kith-fieldset holding a text input, a month
// date, a native select and a kith-radios whose "Yes" reveals a kith-textarea, a kith-checkboxes
// with an exclusive "None of these", a native textarea and a native checkbox. Everything is typed
// at every level, then items are removed, the locale switched, reveals toggled, the form submitted
// with errors and every error link followed, and drafts reloaded, restored, discarded and reset.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import type { DraftStore } from '@kith/offline';
import { bannerOf, closeStores, newStore, reopenAndRestore, settle } from './test-helpers.js';
import '../text-input/define.js';
import '../textarea/define.js';
import '../date-input/define.js';
import '../choice/define.js';
import '../radios/define.js';
import '../checkboxes/define.js';
import '../fieldset/define.js';
import '../add-another/define.js';
import '../button/define.js';
import './define.js';
import type { KithCaseForm, KithFormSubmitEvent } from './case-form.js';
import type { KithAddAnother } from '../add-another/add-another.js';
import type { KithErrorSummary } from '../error-summary/error-summary.js';
import type { CaseFormValues } from './form-values.js';


type Control = HTMLElement & { value: string; values?: string[]; typed?: string[] | null };
const control = <T extends Element = Control>(el: Element, name: string) => el.querySelector(`[name="${CSS.escape(name)}"]`) as T;
const listOf = (el: Element) => el.querySelector<KithAddAnother>('kith-add-another')!;
const itemCount = (el: Element) => listOf(el).querySelectorAll(':scope > div').length;
const summaryOf = (el: KithCaseForm) => el.shadowRoot!.querySelector<KithErrorSummary>('kith-error-summary')!;
const summaryLinks = (el: KithCaseForm) => [...summaryOf(el).shadowRoot!.querySelectorAll<HTMLAnchorElement>('a')];
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};
/** The Kith or native control that holds focus now (the host of the focused box). */
const focusedControl = (): Element | null => {
  const active = deepActive();
  const root = active?.getRootNode();
  return root instanceof ShadowRoot ? root.host : active;
};

/** Clicks an option's own radio or checkbox, as the user does. */
function pick(group: Element, value: string): void {
  group.shadowRoot!.querySelector<HTMLInputElement>(`input.input[value="${CSS.escape(value)}"]`)!.click();
}

/** Types into a control, as the user does. */
async function type(target: Element, text: string): Promise<void> {
  (target as HTMLElement).focus();
  await sendKeys({ type: text });
}

/** Selects all of a Kith text box and deletes it, as the user does. */
async function clear(target: Element): Promise<void> {
  const box = target.shadowRoot!.querySelector<HTMLInputElement>('input, textarea')!;
  box.focus();
  box.select();
  await sendKeys({ press: 'Backspace' });
}

/** Types a month date box by box. */
async function typeMonth(target: Element, month: string, year: string): Promise<void> {
  const boxes = target.shadowRoot!.querySelectorAll<HTMLInputElement>('input');
  boxes[0]!.focus();
  await sendKeys({ type: month });
  boxes[1]!.focus();
  await sendKeys({ type: year });
}

/** Chooses an option of a native select, as the keyboard does. */
function choose(select: HTMLSelectElement, value: string): void {
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

function household(draftKey = '', store: DraftStore | null = null) {
  return fixture<KithCaseForm>(html`
    <kith-case-form draft-key=${draftKey} .draftStore=${store}>
      <form>
        <kith-text-input name="child" label="Child's full name" required></kith-text-input>
        <label for="worker">Social worker</label>
        <input id="worker" name="worker" required />
        <kith-add-another item-label="Household member">
          <template>
            <kith-fieldset legend="About this person">
              <kith-text-input name="members[%index%][name]" label="Name" required></kith-text-input>
              <kith-date-input name="members[%index%][moved-in]" label="Moved in" precision="month" required></kith-date-input>
              <label for="relationship-%index%">Relationship</label>
              <select id="relationship-%index%" name="members[%index%][relationship]" required>
                <option value="">Choose</option>
                <option value="parent">Parent</option>
                <option value="sibling">Sibling</option>
              </select>
              <kith-radios name="members[%index%][known]" legend="Known to services?" required>
                <kith-option value="no">No</kith-option>
                <kith-option value="yes"
                  >Yes
                  <div slot="conditional">
                    <kith-textarea name="members[%index%][history]" label="What is known" required></kith-textarea>
                    <kith-checkboxes name="members[%index%][agencies]" legend="Agencies involved" required>
                      <kith-option value="police"
                        >Police
                        <kith-text-input slot="conditional" name="members[%index%][police-ref]" label="Police reference" required></kith-text-input>
                      </kith-option>
                      <kith-option value="health">Health</kith-option>
                      <kith-option value="none" exclusive>None of these</kith-option>
                    </kith-checkboxes>
                    <label for="contact-%index%">How to make contact</label>
                    <select id="contact-%index%" name="members[%index%][contact]">
                      <option value="">Not known</option>
                      <option value="phone">Phone</option>
                      <option value="visit">Visit</option>
                    </select>
                    <label for="note-%index%">Note</label>
                    <textarea id="note-%index%" name="members[%index%][note]"></textarea>
                    <label><input type="checkbox" name="members[%index%][urgent]" value="yes" /> Urgent</label>
                  </div>
                </kith-option>
              </kith-radios>
            </kith-fieldset>
          </template>
        </kith-add-another>
        <button type="reset">Clear the form</button>
        <kith-button>Send</kith-button>
      </form>
    </kith-case-form>
  `);
}

async function addItem(el: KithCaseForm): Promise<void> {
  listOf(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="add-button"]')!.click();
  await settle(el);
}

async function removeItem(el: KithCaseForm, index: number): Promise<void> {
  listOf(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="remove-button"]')[index]!.click();
  await settle(el);
}

interface Member {
  name: string;
  month: string;
  year: string;
  relationship: string;
  known: 'yes' | 'no';
  history?: string;
  agencies?: string[];
  contact?: string;
  note?: string;
  urgent?: boolean;
}

const MEMBERS: Member[] = [
  { name: 'Gwen Hughes', month: '3', year: '2019', relationship: 'parent', known: 'yes', history: 'Known to CAMHS', agencies: ['police', 'health'], contact: 'visit', note: 'Ask first', urgent: true },
  { name: 'Tom Hughes', month: 'Ionawr', year: '2021', relationship: 'sibling', known: 'no' },
  { name: 'Alys Hughes', month: 'Feb', year: '2022', relationship: 'sibling', known: 'yes', history: 'Seen by school nurse', agencies: ['none'], note: 'Via school' },
];

/** Types one member into item `i`, at every level of the nesting. */
async function fillMember(el: KithCaseForm, i: number, member: Member): Promise<void> {
  const at = (field: string) => `members[${i}][${field}]`;
  await type(control(el, at('name')), member.name);
  await typeMonth(control(el, at('moved-in')), member.month, member.year);
  choose(control<HTMLSelectElement>(el, at('relationship')), member.relationship);
  pick(control(el, at('known')), member.known);
  await settle(el);
  if (member.known === 'no') return;
  await type(control(el, at('history')), member.history!);
  for (const agency of member.agencies!) pick(control(el, at('agencies')), agency);
  await settle(el);
  if (member.agencies!.includes('police')) await type(control(el, at('police-ref')), 'CR-4471');
  if (member.contact) choose(control<HTMLSelectElement>(el, at('contact')), member.contact);
  await type(control(el, at('note')), member.note!);
  if (member.urgent) control<HTMLInputElement>(el, at('urgent')).click();
  await settle(el);
}

const MONTHS: Record<string, string> = { '3': '03', Ionawr: '01', Feb: '02' };

/** What a submit should send for the members, in order. */
function expectedMembers(members: Member[]): CaseFormValues {
  const values: CaseFormValues = {};
  members.forEach((member, i) => {
    const at = (field: string) => `members[${i}][${field}]`;
    values[at('name')] = member.name;
    values[at('moved-in')] = `${member.year}-${MONTHS[member.month]}`;
    values[at('relationship')] = member.relationship;
    values[at('known')] = member.known;
    if (member.known === 'no') return;
    values[at('history')] = member.history!;
    values[at('agencies')] = member.agencies!.length === 1 ? member.agencies![0]! : member.agencies!;
    if (member.agencies!.includes('police')) values[at('police-ref')] = 'CR-4471';
    values[at('contact')] = member.contact ?? '';
    values[at('note')] = member.note!;
    if (member.urgent) values[at('urgent')] = 'yes';
  });
  return values;
}

/** FormData as plain values, as the case form reads it, to compare field by field. */
function formDataOf(form: HTMLFormElement): CaseFormValues {
  const values: CaseFormValues = {};
  for (const [name, value] of new FormData(form)) {
    const seen = values[name];
    values[name] = seen === undefined ? (value as string) : [...(Array.isArray(seen) ? seen : [seen]), value as string];
  }
  return values;
}

async function fillEverything(el: KithCaseForm): Promise<void> {
  await addItem(el);
  await addItem(el);
  await type(control(el, 'child'), 'Ffion Hughes');
  await type(control(el, 'worker'), 'Sam Evans');
  for (const [i, member] of MEMBERS.entries()) await fillMember(el, i, member);
}

function captureSubmits(el: KithCaseForm): KithFormSubmitEvent[] {
  const submits: KithFormSubmitEvent[] = [];
  el.addEventListener('kith-form-submit', (event) => {
    submits.push(event as KithFormSubmitEvent);
    event.preventDefault();
  });
  return submits;
}


/** The reveal of the group's one option with follow-up content. */
const revealOf = (group: Element) => group.shadowRoot!.querySelector<HTMLElement>('[part="conditional"]')!;

describe('kith-case-form: controls nested as a household form nests them', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    // What was typed last is saved before the stores close.
    await Promise.all([...document.querySelectorAll<KithCaseForm>('kith-case-form')].map((form) => form.draftSaved()));
    await closeStores();
  });

  it('submits what was typed at every level, field by field, in kith-form-submit data and FormData', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await fillEverything(el);
    const expected = { child: 'Ffion Hughes', worker: 'Sam Evans', ...expectedMembers(MEMBERS) };
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(summaryLinks(el), 'no errors').to.have.length(0);
    expect(submits).to.have.length(1);
    expect(submits[0]!.data).to.deep.equal(expected);
    expect(formDataOf(el.form!)).to.deep.equal(expected);
  });

  it('keeps every level through removing the middle member, locale switches and a reveal toggled off and on', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await fillEverything(el);
    await removeItem(el, 1);
    await setLocale('cy');
    await settle(el);
    // Typing goes on in Welsh, mid-field.
    await type(control(el, 'members[1][history]'), '.');
    await setLocale('en-GB');
    await settle(el);
    // The first member's reveal closed and opened again.
    pick(control(el, 'members[0][known]'), 'no');
    await settle(el);
    expect(revealOf(control(el, 'members[0][known]')).hidden).to.equal(true);
    expect(el.data['members[0][history]'], 'a closed reveal submits nothing').to.equal(undefined);
    pick(control(el, 'members[0][known]'), 'yes');
    await settle(el);
    expect(revealOf(control(el, 'members[0][known]')).hidden).to.equal(false);
    const alys = { ...MEMBERS[2]!, history: 'Seen by school nurse.' };
    const expected = { child: 'Ffion Hughes', worker: 'Sam Evans', ...expectedMembers([MEMBERS[0]!, alys]) };
    expect(control(el, 'members[0][agencies]').values).to.deep.equal(['police', 'health']);
    expect(control<HTMLInputElement>(el, 'members[0][urgent]').checked).to.equal(true);
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(submits).to.have.length(1);
    expect(submits[0]!.data).to.deep.equal(expected);
    expect(formDataOf(el.form!)).to.deep.equal(expected);
  });

  it('keeps a reveal inside a reveal closed, and out of the answers, until its own option is chosen', async () => {
    const el = await household();
    pick(control(el, 'members[0][known]'), 'yes');
    await settle(el);
    const policeRef = control(el, 'members[0][police-ref]');
    expect(revealOf(control(el, 'members[0][agencies]')).hidden).to.equal(true);
    expect(policeRef.matches(':disabled'), 'the inner follow-up of an unchecked option').to.equal(true);
    expect(el.data).to.not.have.property('members[0][police-ref]');
    pick(control(el, 'members[0][agencies]'), 'police');
    await settle(el);
    expect(policeRef.matches(':disabled')).to.equal(false);
    await type(policeRef, 'CR-4471');
    // Closing the outer reveal keeps the inner text and sends none of it; opening it gives it all back.
    pick(control(el, 'members[0][known]'), 'no');
    await settle(el);
    expect(el.data).to.not.have.property('members[0][police-ref]');
    pick(control(el, 'members[0][known]'), 'yes');
    await settle(el);
    expect(el.data).to.deep.include({ 'members[0][agencies]': 'police', 'members[0][police-ref]': 'CR-4471' });
    // "None of these" clears Police, and with it the inner reveal.
    pick(control(el, 'members[0][agencies]'), 'none');
    await settle(el);
    expect(policeRef.matches(':disabled')).to.equal(true);
    expect(el.data).to.not.have.property('members[0][police-ref]');
  });

  it('after the reset button, opening the outer reveal leaves the inner one closed, out of the answers and the checks', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await type(control(el, 'child'), 'Ffion Hughes');
    await type(control(el, 'worker'), 'Sam Evans');
    await fillMember(el, 0, MEMBERS[0]!);
    // The outer reveal closed, then the form reset: every choice is cleared.
    pick(control(el, 'members[0][known]'), 'no');
    await settle(el);
    el.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await settle(el);
    await type(control(el, 'child'), 'Ffion Hughes');
    await type(control(el, 'worker'), 'Sam Evans');
    await fillMember(el, 0, { ...MEMBERS[0]!, agencies: ['health'], note: '', urgent: false });
    const policeRef = control(el, 'members[0][police-ref]');
    expect(revealOf(control(el, 'members[0][agencies]')).hidden).to.equal(true);
    expect(policeRef.matches(':disabled'), 'the police reference of an unchecked option').to.equal(true);
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(summaryLinks(el).map((link) => link.textContent!.trim())).to.deep.equal([]);
    expect(submits).to.have.length(1);
    expect(submits[0]!.data).to.not.have.property('members[0][police-ref]');
  });

  it('restores a closed outer reveal whose inner reveal was open, and opening it gives back both levels', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    await fillMember(el, 0, MEMBERS[0]!);
    pick(control(el, 'members[0][known]'), 'no');
    await settle(el);
    const before = el.data;
    await el.draftSaved();
    el.remove();
    const again = await reopenAndRestore(household, key, store);
    expect(again.data).to.deep.equal(before);
    expect(control(again, 'members[0][police-ref]').matches(':disabled')).to.equal(true);
    pick(control(again, 'members[0][known]'), 'yes');
    await settle(again);
    expect(revealOf(control(again, 'members[0][agencies]')).hidden).to.equal(false);
    expect(again.data).to.deep.include({ 'members[0][agencies]': ['police', 'health'], 'members[0][police-ref]': 'CR-4471' });
    // And the other way: Police cleared inside, so its reference stays out once the outer reveal is opened.
    pick(control(again, 'members[0][agencies]'), 'police');
    pick(control(again, 'members[0][known]'), 'no');
    await settle(again);
    await again.draftSaved();
    again.remove();
    const third = await reopenAndRestore(household, key, store);
    pick(control(third, 'members[0][known]'), 'yes');
    await settle(third);
    expect(control(third, 'members[0][police-ref]').matches(':disabled')).to.equal(true);
    expect(third.data).to.deep.include({ 'members[0][agencies]': 'health' });
    expect(third.data).to.not.have.property('members[0][police-ref]');
  });

  it('after a failed submit in English, switching to Welsh shows the summary and every item’s errors in Welsh', async () => {
    const el = await household();
    await addItem(el);
    el.querySelector('kith-button')!.click();
    await settle(el);
    const english = summaryLinks(el).map((link) => link.textContent!.trim());
    await setLocale('cy');
    await settle(el);
    await settle(summaryOf(el));
    const welsh = summaryLinks(el).map((link) => link.textContent!.trim());
    expect(welsh).to.have.length(english.length);
    expect(summaryOf(el).shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Mae yna broblem');
    // Each Kith control's link says what the control itself now says (the native input's message is the browser's).
    summaryLinks(el).forEach((link, i) => {
      const target = el.querySelector<Control & { validationMessage: string }>(link.getAttribute('href')!)!;
      if (!target.localName.startsWith('kith-')) return;
      expect(link.textContent!.trim(), `link ${i + 1}`).to.equal(target.validationMessage);
      expect(link.textContent!.trim(), `link ${i + 1}`).to.not.equal(english[i]);
    });
  });

  it('keeps a household list inside a reveal through closing it, a draft and opening it again', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const form = (draftKey: string, draftStore: DraftStore | null) =>
      fixture<KithCaseForm>(html`
        <kith-case-form draft-key=${draftKey} .draftStore=${draftStore}>
          <form>
            <kith-radios name="others" legend="Does anyone else live with the child?">
              <kith-option value="no">No</kith-option>
              <kith-option value="yes"
                >Yes
                <kith-add-another slot="conditional" item-label="Household member">
                  <template>
                    <kith-text-input name="others[%index%][name]" label="Name" required></kith-text-input>
                    <kith-date-input name="others[%index%][since]" label="Lived there since" precision="month"></kith-date-input>
                  </template>
                </kith-add-another>
              </kith-option>
            </kith-radios>
            <kith-button>Send</kith-button>
          </form>
        </kith-case-form>
      `);
    const el = await form(key, store);
    await el.draftSaved();
    pick(control(el, 'others'), 'yes');
    await settle(el);
    await addItem(el);
    await type(control(el, 'others[0][name]'), 'Gwen');
    await type(control(el, 'others[1][name]'), 'Tom');
    await typeMonth(control(el, 'others[1][since]'), '14', '2020');
    pick(control(el, 'others'), 'no');
    await settle(el);
    expect(el.data).to.deep.equal({ others: 'no' });
    await el.draftSaved();
    el.remove();
    const again = await reopenAndRestore(form, key, store);
    expect(again.data).to.deep.equal({ others: 'no' });
    expect(itemCount(again)).to.equal(2);
    expect(control(again, 'others[1][name]').matches(':disabled'), 'a closed reveal’s list stays out of the answers').to.equal(true);
    pick(control(again, 'others'), 'yes');
    await settle(again);
    expect(again.data).to.deep.equal({ others: 'yes', 'others[0][name]': 'Gwen', 'others[0][since]': '', 'others[1][name]': 'Tom', 'others[1][since]': '' });
    expect(control(again, 'others[1][since]').typed).to.deep.equal(['14', '2020']);
  });

  it('restores every household member of a list whose fields repeat one name (no %index%), as submitted', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const form = (draftKey: string, draftStore: DraftStore | null) =>
      fixture<KithCaseForm>(html`
        <kith-case-form draft-key=${draftKey} .draftStore=${draftStore}>
          <form>
            <kith-add-another item-label="Household member">
              <template>
                <kith-text-input name="member-name" label="Name"></kith-text-input>
                <label for="member-note">Note</label>
                <textarea id="member-note" name="member-note"></textarea>
              </template>
            </kith-add-another>
          </form>
        </kith-case-form>
      `);
    const el = await form(key, store);
    await el.draftSaved();
    await addItem(el);
    await addItem(el);
    const names = el.querySelectorAll('kith-text-input');
    const notes = el.querySelectorAll('textarea');
    for (const [i, name] of ['Gwen', 'Tom', 'Alys'].entries()) {
      await type(names[i]!, name);
      await type(notes[i]!, `Note ${i + 1}`);
    }
    expect(el.data).to.deep.equal({ 'member-name': ['Gwen', 'Tom', 'Alys'], 'member-note': ['Note 1', 'Note 2', 'Note 3'] });
    await el.draftSaved();
    el.remove();
    const again = await reopenAndRestore(form, key, store);
    expect(itemCount(again)).to.equal(3);
    expect(again.data).to.deep.equal({ 'member-name': ['Gwen', 'Tom', 'Alys'], 'member-note': ['Note 1', 'Note 2', 'Note 3'] });
    // The middle member removed: two items come back, each with its own answers.
    await removeItem(again, 1);
    await again.draftSaved();
    again.remove();
    const third = await reopenAndRestore(form, key, store);
    expect(itemCount(third)).to.equal(2);
    expect(third.data).to.deep.equal({ 'member-name': ['Gwen', 'Alys'], 'member-note': ['Note 1', 'Note 3'] });
  });

  it('keeps the exclusive "None of these" rule inside a reveal inside an item, and nothing else is cleared', async () => {
    const el = await household();
    await fillEverything(el);
    const agencies = control(el, 'members[0][agencies]');
    pick(agencies, 'none');
    await settle(el);
    expect(agencies.values).to.deep.equal(['none']);
    pick(agencies, 'health');
    await settle(el);
    expect(agencies.values).to.deep.equal(['health']);
    // The other member's "None of these" is not touched by this one.
    expect(control(el, 'members[2][agencies]').values).to.deep.equal(['none']);
    expect(control(el, 'members[0][history]').value).to.equal('Known to CAMHS');
  });

  it('lists every error of every item in the summary; each link puts focus in that item’s control; fixed, it submits all', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await addItem(el);
    await addItem(el);
    // Item 0 complete but for its reveal; item 1 untouched; item 2 partly done.
    await type(control(el, 'members[0][name]'), 'Gwen Hughes');
    await typeMonth(control(el, 'members[0][moved-in]'), '3', '2019');
    choose(control<HTMLSelectElement>(el, 'members[0][relationship]'), 'parent');
    pick(control(el, 'members[0][known]'), 'yes');
    await settle(el);
    await type(control(el, 'members[2][name]'), 'Alys Hughes');
    await typeMonth(control(el, 'members[2][moved-in]'), '13', '2022');
    await settle(el);
    const before = el.data;

    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(submits).to.have.length(0);
    expect(el.data, 'nothing lost by the failed submit').to.deep.equal(before);
    const expectedTargets = [
      'child',
      'worker',
      'members[0][history]',
      'members[0][agencies]',
      'members[1][name]',
      'members[1][moved-in]',
      'members[1][relationship]',
      'members[1][known]',
      'members[2][moved-in]',
      'members[2][relationship]',
      'members[2][known]',
    ];
    const links = summaryLinks(el);
    expect(links.map((link) => link.textContent!.trim()).length).to.equal(expectedTargets.length);
    for (const [i, name] of expectedTargets.entries()) {
      summaryLinks(el)[i]!.click();
      await settle(el);
      expect(focusedControl(), `link ${i + 1} (${name})`).to.equal(control(el, name));
    }
    // The wrong month box is focused for the date whose month is wrong.
    summaryLinks(el)[8]!.click();
    expect(deepActive()).to.equal(control(el, 'members[2][moved-in]').shadowRoot!.querySelectorAll('input')[0]);

    // Fix everything and send.
    await type(control(el, 'child'), 'Ffion Hughes');
    await type(control(el, 'worker'), 'Sam Evans');
    await type(control(el, 'members[0][history]'), 'Known to CAMHS');
    pick(control(el, 'members[0][agencies]'), 'health');
    await fillMember(el, 1, MEMBERS[1]!);
    const month = control(el, 'members[2][moved-in]').shadowRoot!.querySelectorAll<HTMLInputElement>('input')[0]!;
    month.focus();
    month.select();
    await sendKeys({ type: 'Feb' });
    choose(control<HTMLSelectElement>(el, 'members[2][relationship]'), 'sibling');
    pick(control(el, 'members[2][known]'), 'no');
    await settle(el);
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(summaryLinks(el)).to.have.length(0);
    expect(submits).to.have.length(1);
    const expected = {
      child: 'Ffion Hughes',
      worker: 'Sam Evans',
      ...expectedMembers([
        { ...MEMBERS[0]!, agencies: ['health'], contact: '', note: '', urgent: false },
        MEMBERS[1]!,
        { ...MEMBERS[2]!, known: 'no' },
      ]),
    };
    expect(submits[0]!.data).to.deep.equal(expected);
    expect(formDataOf(el.form!)).to.deep.equal(expected);
  });

  it('after a failed submit, a removed middle item takes its errors away and the links left still reach the right item', async () => {
    const el = await household();
    await addItem(el);
    await addItem(el);
    await type(control(el, 'child'), 'Ffion Hughes');
    await type(control(el, 'worker'), 'Sam Evans');
    await fillMember(el, 0, MEMBERS[0]!);
    await fillMember(el, 2, MEMBERS[2]!);
    // Item 2's name cleared: its one error.
    const alysName = control(el, 'members[2][name]');
    await clear(alysName);
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(summaryLinks(el).length).to.be.greaterThan(1);
    await removeItem(el, 1);
    const links = summaryLinks(el);
    expect(links, 'only the last item’s error is left').to.have.length(1);
    links[0]!.click();
    await settle(el);
    expect(focusedControl()).to.equal(control(el, 'members[1][name]'));
    expect(focusedControl()).to.equal(alysName);
  });

  it('after a failed submit, closing an item’s reveal takes its errors out of the summary, so no link leads nowhere', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await type(control(el, 'child'), 'Ffion Hughes');
    await fillMember(el, 0, { ...MEMBERS[0]!, agencies: [], history: '', note: '', urgent: false });
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(summaryLinks(el).map((link) => link.getAttribute('href'))).to.deep.equal([
      `#${control(el, 'worker').id}`,
      `#${control(el, 'members[0][history]').id}`,
      `#${control(el, 'members[0][agencies]').id}`,
    ]);
    pick(control(el, 'members[0][known]'), 'no');
    await settle(el);
    const links = summaryLinks(el);
    expect(links.map((link) => link.getAttribute('href')), 'only the error that still stands').to.deep.equal(['#worker']);
    links[0]!.click();
    expect(focusedControl()).to.equal(control(el, 'worker'));
    // Opened again, the follow-up's own error shows on the next submit, as any other.
    pick(control(el, 'members[0][known]'), 'yes');
    await type(control(el, 'worker'), 'Sam Evans');
    el.querySelector('kith-button')!.click();
    await settle(el);
    expect(summaryLinks(el)).to.have.length(2);
    expect(submits).to.have.length(0);
  });

  it('submits with Enter pressed inside a nested reveal, through the same checks', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await fillEverything(el);
    // Enter in a Kith text input inside an item (a kith-textarea in the reveal takes Enter as a new line).
    control(el, 'members[2][name]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(submits, 'Enter from a text input in an item').to.have.length(1);
    // A checkbox inside the reveal, and a native checkbox next to it.
    control(el, 'members[0][agencies]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(submits, 'Enter on a Kith checkbox in a reveal').to.have.length(2);
    // Enter in a kith-textarea and a native textarea in the reveal is a new line, kept.
    await type(control(el, 'members[2][history]'), '');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'and GP' });
    await type(control(el, 'members[2][note]'), '');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(submits).to.have.length(2);
    expect(el.data).to.deep.include({ 'members[2][history]': 'Seen by school nurse\nand GP', 'members[2][note]': 'Via school\n' });
    // A month box of a date inside an item, with the form invalid: the summary, not a submit.
    await clear(control(el, 'child'));
    control(el, 'members[1][moved-in]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(submits).to.have.length(2);
    expect(summaryLinks(el)).to.have.length(1);
    expect(submits[1]!.data).to.deep.include(expectedMembers(MEMBERS));
  });

  it('submits with Enter pressed in a native text input, as in the Kith one beside it', async () => {
    const el = await household();
    const submits = captureSubmits(el);
    await fillEverything(el);
    control(el, 'worker').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(submits).to.have.length(1);
    expect(submits[0]!.data).to.deep.include({ worker: 'Sam Evans', ...expectedMembers(MEMBERS) });
  });

  it('gives back from a draft every level, the reveal states and the number of items', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    await fillEverything(el);
    await removeItem(el, 1);
    // An unfinished month date, and a reveal closed with what was typed in it.
    await addItem(el);
    await type(control(el, 'members[2][name]'), 'Osian Hughes');
    await typeMonth(control(el, 'members[2][moved-in]'), '13', '');
    choose(control<HTMLSelectElement>(el, 'members[2][relationship]'), 'sibling');
    pick(control(el, 'members[2][known]'), 'yes');
    await settle(el);
    await type(control(el, 'members[2][history]'), 'Hidden but kept');
    pick(control(el, 'members[2][agencies]'), 'health');
    choose(control<HTMLSelectElement>(el, 'members[2][contact]'), 'phone');
    await type(control(el, 'members[2][note]'), 'Kept note');
    control<HTMLInputElement>(el, 'members[2][urgent]').click();
    pick(control(el, 'members[2][known]'), 'no');
    await settle(el);
    const before = el.data;
    const beforeFormData = formDataOf(el.form!);
    await el.draftSaved();
    el.remove();

    const again = await reopenAndRestore(household, key, store);
    expect(itemCount(again)).to.equal(3);
    expect(again.data).to.deep.equal(before);
    expect(formDataOf(again.form!)).to.deep.equal(beforeFormData);
    expect(revealOf(control(again, 'members[0][known]')).hidden, 'open reveal').to.equal(false);
    expect(revealOf(control(again, 'members[1][known]')).hidden, 'open reveal').to.equal(false);
    expect(revealOf(control(again, 'members[2][known]')).hidden, 'closed reveal').to.equal(true);
    expect(control(again, 'members[2][moved-in]').typed).to.deep.equal(['13', '']);
    expect(control(again, 'members[0][agencies]').values).to.deep.equal(['police', 'health']);
    expect(control(again, 'members[1][agencies]').values).to.deep.equal(['none']);
    expect(control<HTMLInputElement>(again, 'members[0][urgent]').checked).to.equal(true);
    expect(control<HTMLSelectElement>(again, 'members[1][relationship]').value).to.equal('sibling');

    // What was typed in the closed reveal is there when it is opened again.
    pick(control(again, 'members[2][known]'), 'yes');
    await settle(again);
    expect(again.data).to.deep.include({
      'members[2][history]': 'Hidden but kept',
      'members[2][agencies]': 'health',
      'members[2][contact]': 'phone',
      'members[2][note]': 'Kept note',
      'members[2][urgent]': 'yes',
    });
  });

  it('restores the draft in Welsh, and keeps it through a switch back to English', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    await fillEverything(el);
    const before = el.data;
    await el.draftSaved();
    el.remove();
    await setLocale('cy');
    const again = await reopenAndRestore(household, key, store);
    expect(again.data).to.deep.equal(before);
    await setLocale('en-GB');
    await settle(again);
    expect(again.data).to.deep.equal(before);
    expect(itemCount(again)).to.equal(3);
  });

  it('after Discard, the form is as the page gave it and the next save holds only what is typed then', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    await fillEverything(el);
    await el.draftSaved();
    el.remove();
    const again = await household(key, store);
    await again.draftSaved();
    await settle(again);
    const banner = bannerOf(again)!;
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm-discard"]')!.click();
    await settle(again);
    await again.draftSaved();
    expect(itemCount(again)).to.equal(1);
    expect(again.data).to.deep.equal({ child: '', worker: '', 'members[0][name]': '', 'members[0][moved-in]': '', 'members[0][relationship]': '' });
    expect(await store.load(key)).to.equal(null);
    await type(control(again, 'members[0][name]'), 'New');
    await again.draftSaved();
    expect((await store.load<{ answers: CaseFormValues }>(key))!.value.answers).to.deep.equal({ ...again.data });
  });

  it('the reset button clears every level, and what is typed after it is saved without the cleared answers', async () => {
    const store = newStore();
    const key = `household:${crypto.randomUUID()}`;
    const el = await household(key, store);
    await el.draftSaved();
    await fillEverything(el);
    await el.draftSaved();
    el.querySelector<HTMLButtonElement>('button[type="reset"]')!.click();
    await settle(el);
    const empty: CaseFormValues = { child: '', worker: '' };
    for (let i = 0; i < 3; i++) {
      Object.assign(empty, { [`members[${i}][name]`]: '', [`members[${i}][moved-in]`]: '', [`members[${i}][relationship]`]: '' });
    }
    expect(el.data).to.deep.equal(empty);
    expect(control(el, 'members[0][agencies]').values).to.deep.equal([]);
    expect(control(el, 'members[0][history]').value).to.equal('');
    expect(control(el, 'members[0][police-ref]').value).to.equal('');
    expect(control<HTMLTextAreaElement>(el, 'members[0][note]').value).to.equal('');
    expect(control<HTMLSelectElement>(el, 'members[0][contact]').value).to.equal('');
    expect(control<HTMLInputElement>(el, 'members[0][urgent]').checked).to.equal(false);
    expect(control(el, 'members[0][moved-in]').typed).to.equal(null);
    await type(control(el, 'child'), 'Osian');
    await el.draftSaved();
    el.remove();
    const again = await reopenAndRestore(household, key, store);
    expect(again.data).to.deep.equal({ ...empty, child: 'Osian' });
    pick(control(again, 'members[0][known]'), 'yes');
    await settle(again);
    expect(control(again, 'members[0][history]').value, 'nothing cleared comes back in a reveal').to.equal('');
    expect(control(again, 'members[0][agencies]').values).to.deep.equal([]);
  });
});

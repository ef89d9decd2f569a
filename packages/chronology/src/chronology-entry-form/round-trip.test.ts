// Round-trip integrity of the chronology entry form: each naughty string typed into each
// free-text field (CDP Input.insertText) is saved in the entry exactly as the browser's own
// text box holds it, comes back into the form when the entry is edited, and is saved again
// unchanged when the user changes something else. What "exactly" means is explained in
// test-pages/round-trip.ts.
import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import type { ChronologyEntrySaveEvent, KithChronologyEntryForm } from './define.js';
import type { ChronologyEntry } from '../model/index.js';
import { NAUGHTY_STRINGS, expectSameCodeUnits, insertText, typedNatively } from '../../../../test-pages/round-trip.js';

type Control = HTMLElement & { value: string; updateComplete: Promise<boolean> };

const FIELDS = [
  { name: 'title', kind: 'input', required: true },
  { name: 'source', kind: 'input', required: true },
  { name: 'description', kind: 'textarea', required: false },
  { name: 'impactOnChild', kind: 'textarea', required: false },
  { name: 'actionTaken', kind: 'textarea', required: false },
] as const;

const answers: Record<string, string> = { date: '2024-03-05', title: 'Home visit', category: 'visit', source: 'Sam Jones, social worker', significance: 'medium' };

const control = (el: KithChronologyEntryForm, name: string) => el.shadowRoot!.querySelector<Control>(`[name="${name}"]`)!;
const textBox = (el: KithChronologyEntryForm, name: string) => control(el, name).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;

async function entryForm(entry?: ChronologyEntry): Promise<KithChronologyEntryForm> {
  const el = await fixture<KithChronologyEntryForm>(html`<kith-chronology-entry-form .entry=${entry}></kith-chronology-entry-form>`);
  await el.updateComplete;
  await Promise.all(FIELDS.map(({ name }) => control(el, name).updateComplete));
  return el;
}

async function save(el: KithChronologyEntryForm): Promise<ChronologyEntry | null> {
  let saved: ChronologyEntry | null = null;
  el.addEventListener('kith-chronology-entry-save', (event) => (saved = (event as ChronologyEntrySaveEvent).entry), { once: true });
  el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
  return saved;
}

describe('kith-chronology-entry-form: typed text is saved and edited without change', () => {
  for (const { name, kind, required } of FIELDS) {
    for (const [what, text] of NAUGHTY_STRINGS) {
      it(`${name}: ${what}`, async () => {
        const expected = await typedNatively(kind, text);
        const el = await entryForm();
        for (const [field, value] of Object.entries(answers)) if (field !== name) control(el, field).value = value;
        textBox(el, name).focus();
        await insertText(text);
        await control(el, name).updateComplete;
        const saved = await save(el);

        // Text that is only white space is no answer: a required field is reported, an optional one left out.
        if (!expected.trim()) {
          if (required) expect(saved, 'blank required field not saved').to.equal(null);
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
        control(edit, other).value = `${answers[other]} (corrected)`;
        const resaved = await save(edit);
        expectSameCodeUnits(resaved?.[name], expected, 'saved again after another field was changed');
      });
    }
  }
});

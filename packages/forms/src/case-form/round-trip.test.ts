// Round-trip integrity: what a social worker types comes back code unit for code unit.
// Each naughty string is typed into each free-text control of a kith-case-form (CDP
// Input.insertText, the browser's own editing path, as an IME or a paste), then checked in
// the control, the kith-form-submit data and the native FormData, in the draft stored by
// DraftStore (plain and AES-GCM encrypted), and after the draft is restored into a freshly
// opened form and rendered again.
//
// What "identical" means, given what HTML does to typed text, is explained in
// test-pages/round-trip.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { DraftStore } from '@kith/offline';
import type { KithDraftRestore } from '@kith/offline';
import '../text-input/define.js';
import '../textarea/define.js';
import '../choice/define.js';
import '../radios/define.js';
import '../add-another/define.js';
import './define.js';
import type { KithCaseForm, KithFormSubmitEvent } from './case-form.js';
import type { CaseFormDraft } from './form-values.js';
import { NAUGHTY_STRINGS, expectSameCodeUnits, insertText, typedNatively } from '../../../../test-pages/round-trip.js';

const settle = async (el: Element) => {
  const all = [el, ...el.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((element) => element.updateComplete));
};

function caseForm(store: DraftStore, draftKey: string) {
  return fixture<KithCaseForm>(html`
    <kith-case-form draft-key=${draftKey} .draftStore=${store}>
      <form>
        <kith-text-input name="line" label="Child's full name"></kith-text-input>
        <kith-textarea name="notes" label="What happened on the visit"></kith-textarea>
        <kith-radios name="contact" legend="Can we contact the family?">
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no">
            No
            <kith-textarea slot="conditional" name="contact-reason" label="Why not?"></kith-textarea>
          </kith-option>
        </kith-radios>
        <kith-add-another item-label="Household member">
          <template>
            <kith-text-input name="members[%index%][name]" label="Name"></kith-text-input>
          </template>
        </kith-add-another>
        <button>Save</button>
      </form>
    </kith-case-form>
  `);
}

type TextControl = HTMLElement & { value: string };

/** Every place free text is typed in a case form; `prepare` is what the user does first to reach it. */
const CONTROLS: { place: string; name: string; kind: 'input' | 'textarea'; prepare?: (el: KithCaseForm) => Promise<void> }[] = [
  { place: 'kith-text-input', name: 'line', kind: 'input' },
  { place: 'kith-textarea', name: 'notes', kind: 'textarea' },
  {
    place: 'kith-textarea revealed by a kith-radios choice',
    name: 'contact-reason',
    kind: 'textarea',
    async prepare(el) {
      el.querySelector<HTMLElement & { value: string }>('kith-radios')!.value = 'no';
      await settle(el);
    },
  },
  {
    place: 'kith-text-input in a second kith-add-another item',
    name: 'members[1][name]',
    kind: 'input',
    async prepare(el) {
      el.querySelector('kith-add-another')!.shadowRoot!.querySelector<HTMLElement>('[part="add-button"]')!.click();
      await settle(el);
    },
  },
];

const control = (el: KithCaseForm, name: string) => el.querySelector<TextControl>(`[name="${CSS.escape(name)}"]`)!;

/** The text box inside a control, as the user sees it. */
const inner = (el: KithCaseForm, name: string) => control(el, name).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;

for (const encrypted of [false, true]) {
  describe(`typed text comes back identical (drafts ${encrypted ? 'encrypted' : 'plain'})`, () => {
    let store: DraftStore;
    before(async () => {
      const key = encrypted ? await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']) : undefined;
      store = new DraftStore({ name: `round-trip-${crypto.randomUUID()}`, key });
    });
    after(async () => {
      await store.clearAll();
      store.close();
    });

    for (const { place, name, kind, prepare } of CONTROLS) {
      for (const [what, text] of NAUGHTY_STRINGS) {
        it(`${place}: ${what}`, async () => {
          const expected = await typedNatively(kind, text);
          const draftKey = `visit:${crypto.randomUUID()}`;
          const el = await caseForm(store, draftKey);
          await prepare?.(el);

          // Typed by the browser's editing code into the focused text box.
          inner(el, name).focus();
          await insertText(text);
          await settle(el);
          expectSameCodeUnits(inner(el, name).value, expected, 'text box after typing');
          expectSameCodeUnits(control(el, name).value, expected, 'control value');

          // Stored as a draft.
          await el.draftSaved();
          const draft = await store.load<CaseFormDraft>(draftKey);
          expectSameCodeUnits(draft?.value.answers[name], expected, 'stored draft');

          // Submitted: the native FormData and the kith-form-submit data. The host keeps the draft.
          expectSameCodeUnits(new FormData(el.form!).get(name), expected, 'native FormData');
          let submitted: KithFormSubmitEvent | undefined;
          el.addEventListener('kith-form-submit', (event) => {
            submitted = event as KithFormSubmitEvent;
            event.preventDefault();
          });
          el.querySelector('button')!.click();
          expect(submitted, 'kith-form-submit fired').to.exist;
          expectSameCodeUnits(submitted!.data[name], expected, 'kith-form-submit data');

          // Opened again: the draft is offered, restored and rendered in the text box.
          el.remove();
          const again = await caseForm(store, draftKey);
          await again.draftSaved();
          await again.updateComplete;
          const banner = again.shadowRoot!.querySelector<KithDraftRestore>('kith-draft-restore');
          expect(banner, 'draft offered').to.exist;
          await banner!.updateComplete;
          banner!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
          await settle(again);
          expectSameCodeUnits(control(again, name)?.value, expected, 'restored control value');
          expectSameCodeUnits(inner(again, name).value, expected, 'restored text box');
          expectSameCodeUnits(new FormData(again.form!).get(name), expected, 'FormData after restore');
          await store.remove(draftKey);
        });
      }
    }
  });
}

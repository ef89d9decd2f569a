// Round-trip integrity: what a social worker types comes back code unit for code unit.
// Each naughty string is typed into each free-text control of a kith-case-form (CDP
// Input.insertText, the browser's own editing path, as an IME or a paste), then checked in
// the control, the kith-form-submit data and the native FormData, in the draft stored by
// DraftStore (plain and AES-GCM encrypted), and after the draft is restored into a freshly
// opened form and rendered again.
//
// What the browser itself does to typed text, and so what "identical" means here: the same
// text is typed into a native <input> or <textarea> first, and the Kith control must then
// hold exactly what the native one holds, everywhere. HTML fixes part of that:
// - <input type=text> cannot hold CR or LF (HTML "value sanitization algorithm"). What
//   replaces a typed or pasted line break is the browser's editing behaviour (Chromium puts
//   one space for each), so the test asserts only that none is left.
// - <textarea> normalises CR LF and lone CR to LF in its value (the "API value"), and
//   FormData carries that value as it is; only the wire encoding of a form post turns LF into
//   CR LF. So a textarea's text, its FormData entry and its draft all hold LF line breaks.
// - Lone surrogates cannot be typed (they are not text) and FormData turns them into U+FFFD
//   (its values are USVStrings), so the list uses only well-formed strings.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { DraftStore } from '@kith/offline';
import type { KithDraftRestore } from '@kith/offline';
import '../text-input/define.js';
import '../textarea/define.js';
import '../choice/define.js';
import '../radios/define.js';
import '../add-another/define.js';
import './define.js';
import type { KithCaseForm, KithFormSubmitEvent } from './case-form.js';

const KB100 = 100 * 1024;

const NAUGHTY: [name: string, text: string][] = [
  ['plain ASCII', 'Visited at 10:15; Amira (7) was at home.'],
  ['Welsh with diacritics', 'Siân, Dŵr, Ŵyn, ŷ, ẁ — “dyfyniad” ‘a’'],
  ['combining marks (decomposed é, Zalgo)', 'Cafe\u0301 Z\u0351\u0337\u0316a\u0489\u0301l\u0300g\u0358o'],
  ['composed and decomposed forms side by side', '\u00e9 e\u0301 \u212b A\u030a'],
  ['right-to-left override and isolates', 'abc\u202edcba\u202c \u2067שלום\u2069 \u200f!'],
  ['Arabic and Hebrew text', 'مرحبا بالعالم — שלום עולם'],
  ['zero-width joiner, non-joiner, space and BOM', 'a\u200db\u200cc\u200bd\ufeffe\u2060f'],
  ['emoji ZWJ sequences and skin tones', '👨‍👩‍👧‍👦 👩🏽‍⚕️ 🧑🏿‍🦯 🏳️‍🌈 ❤️‍🔥'],
  ['flags (regional indicator pairs) and a tag sequence', '🇬🇧🇺🇦🇵🇸 🏴󠁧󠁢󠁷󠁬󠁳󠁿'],
  ['surrogate-pair edges: U+FFFF, U+10000, U+10FFFF, astral maths', '\uffff\u{10000}\u{10ffff}𝕏𝔸𐐷'],
  ['keycaps and variation selectors', '1️⃣ #️⃣ ☺︎ ☺️'],
  ['CJK and full-width', '日本語テキスト　ｆｕｌｌ－ｗｉｄｔｈ'],
  ['null byte and control characters', 'before\u0000after\u0001\u0007\u001b[31m\u007f'],
  ['tab and form feed', 'a\tb\u000bc\u000cd'],
  ['CR LF line breaks', 'first line\r\nsecond line\r\n\r\nafter a blank line'],
  ['LF line breaks', 'first line\nsecond line\n\nafter a blank line'],
  ['lone CR', 'first\rsecond'],
  ['Unicode line and paragraph separators, NEL', 'a\u2028b\u2029c\u0085d'],
  ['leading and trailing spaces, non-breaking and ideographic', '   \u00a0padded\u3000 \u00a0  '],
  ['only spaces', '     '],
  ['markup and template syntax stay text', `<script>alert(1)</script> \${1+1} {{x}} &amp; "'\``],
  ['JSON and escapes', '{"a":"\\u0000","b":[1,2]} \\n \\\\ \\"'],
  ['100 KB of ASCII', 'a'.repeat(KB100 - 1) + 'z'],
  ['100 KB of astral emoji (surrogate pairs across the whole string)', '😀'.repeat(KB100 / 2)],
];

/** Types text into a native control the same way, and returns what the browser keeps of it. */
async function typedNatively(kind: 'input' | 'textarea', text: string): Promise<string> {
  const native = await fixture<HTMLInputElement | HTMLTextAreaElement>(kind === 'input' ? html`<input />` : html`<textarea></textarea>`);
  native.focus();
  await executeServerCommand('kith-insert-text', { text });
  const value = native.value;
  native.remove();
  if (kind === 'input') {
    expect(/[\r\n]/.test(value), 'a single-line box holds no line break').to.equal(false);
    // Everything else typed is there (line breaks may have become spaces).
    expectSameCodeUnits(value.replace(/ /g, ''), text.replace(/[\r\n ]/g, ''), 'native input, spaces aside');
  } else {
    expectSameCodeUnits(value, text.replace(/\r\n?/g, '\n'), 'native textarea (HTML normalises line breaks to LF)');
  }
  return value;
}

/** Fails naming the first code unit that differs, so a mismatch in 100 KB is readable. */
function expectSameCodeUnits(actual: unknown, expected: string, where: string): void {
  if (actual === expected) return;
  if (typeof actual !== 'string') expect.fail(`${where}: expected a string, got ${JSON.stringify(actual)?.slice(0, 80)}`);
  let at = 0;
  while (at < Math.min(actual.length, expected.length) && actual.charCodeAt(at) === expected.charCodeAt(at)) at++;
  const units = (text: string) => [...text.slice(at, at + 6)].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join(' ');
  expect.fail(`${where}: lengths ${actual.length} and ${expected.length}; first difference at code unit ${at}: [${units(actual)}] instead of [${units(expected)}]`);
}

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
      for (const [what, text] of NAUGHTY) {
        it(`${place}: ${what}`, async () => {
          const expected = await typedNatively(kind, text);
          const draftKey = `visit:${crypto.randomUUID()}`;
          const el = await caseForm(store, draftKey);
          await prepare?.(el);

          // Typed by the browser's editing code into the focused text box.
          inner(el, name).focus();
          await executeServerCommand('kith-insert-text', { text });
          await settle(el);
          expectSameCodeUnits(inner(el, name).value, expected, 'text box after typing');
          expectSameCodeUnits(control(el, name).value, expected, 'control value');

          // Stored as a draft.
          await el.draftSaved();
          const draft = await store.load<Record<string, string>>(draftKey);
          expectSameCodeUnits(draft?.value[name], expected, 'stored draft');

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

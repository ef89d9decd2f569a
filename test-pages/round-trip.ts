// Shared by the round-trip tests: naughty strings, typing them as the browser's editing code
// does, and a comparison that names the first code unit that differs.
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

/** Types text into the focused element with CDP Input.insertText (scripts/insert-text-plugin.mjs). */
export async function insertText(text: string): Promise<void> {
  await executeServerCommand('kith-insert-text', { text });
}

const KB100 = 100 * 1024;

export const NAUGHTY_STRINGS: [name: string, text: string][] = [
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
export async function typedNatively(kind: 'input' | 'textarea', text: string): Promise<string> {
  const native = await fixture<HTMLInputElement | HTMLTextAreaElement>(kind === 'input' ? html`<input />` : html`<textarea></textarea>`);
  native.focus();
  await insertText(text);
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
export function expectSameCodeUnits(actual: unknown, expected: string, where: string): void {
  if (actual === expected) return;
  if (typeof actual !== 'string') expect.fail(`${where}: expected a string, got ${JSON.stringify(actual)?.slice(0, 80)}`);
  let at = 0;
  while (at < Math.min(actual.length, expected.length) && actual.charCodeAt(at) === expected.charCodeAt(at)) at++;
  const units = (text: string) => [...text.slice(at, at + 6)].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join(' ');
  expect.fail(`${where}: lengths ${actual.length} and ${expected.length}; first difference at code unit ${at}: [${units(actual)}] instead of [${units(expected)}]`);
}


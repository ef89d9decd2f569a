// Fails when any message lacks a Welsh translation, or its translation's placeholders differ from the source's. Runs `lit-localize extract` first so
// a new msg() call appears in xliff/cy.xlf (without a target) and is caught here, then
// builds the runtime locale modules from the translations.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const run = (args) => execFileSync('npx', ['lit-localize', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
run(['extract']);

const xliff = readFileSync('xliff/cy.xlf', 'utf8');
const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
const missing = units.filter(([, , body]) => !/<target>[\s\S]*\S[\s\S]*<\/target>/.test(body)).map(([, id]) => id);
if (missing.length) {
  console.error(`Welsh (cy) translation missing for ${missing.length} message(s) in xliff/cy.xlf:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
// A translation must use each placeholder of its source exactly once and add none: a
// dropped or invented one shows readers a wrong value or a raw "${2}".
const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort().join(',');
const mismatched = units
  .map(([, id, body]) => ({ id, source: body.match(/<source>([\s\S]*?)<\/source>/)?.[1] ?? '', target: body.match(/<target>([\s\S]*?)<\/target>/)?.[1] ?? '' }))
  .filter(({ source, target }) => placeholders(source) !== placeholders(target) || target.replace(/<x [^>]*\/>/g, '').includes('${'))
  .map(({ id }) => id);
if (mismatched.length) {
  console.error(`Welsh (cy) translation with placeholders unlike its source in xliff/cy.xlf:\n  ${mismatched.join('\n  ')}`);
  process.exit(1);
}
run(['build']);
console.log(`Translations: ${units.length} messages, all with a Welsh (cy) translation.`);

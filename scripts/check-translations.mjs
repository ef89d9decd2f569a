// Fails when any message lacks a Welsh translation. Runs `lit-localize extract` first so
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
run(['build']);
console.log(`Translations: ${units.length} messages, all with a Welsh (cy) translation.`);

// Adds Welsh translations from JSON files ({ "message.id": "Welsh text" }) to xliff/cy.xlf.
// Placeholders are written as ${0}, ${1} … in the order they appear in the English source.
// Usage: node scripts/merge-translations.mjs file.json [more.json]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: node scripts/merge-translations.mjs translations.json [...]');
  process.exit(2);
}
execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let xliff = readFileSync('xliff/cy.xlf', 'utf8');
let added = 0;
for (const file of files) {
  for (const [id, welsh] of Object.entries(JSON.parse(readFileSync(file, 'utf8')))) {
    const unit = new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>([\\s\\S]*?)</source>)(\\s*<target>[\\s\\S]*?</target>)?`);
    const match = xliff.match(unit);
    if (!match) {
      console.error(`${file}: no message with id ${id} in the source (run lit-localize extract?)`);
      process.exitCode = 1;
      continue;
    }
    const placeholders = [...match[2].matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((m) => m[0]);
    const target = escapeXml(welsh).replace(/\$\{(\d+)\}/g, (_, n) => placeholders[Number(n)] ?? `\${${n}}`);
    xliff = xliff.replace(unit, `$1\n  <target>${target}</target>`);
    added++;
  }
}
writeFileSync('xliff/cy.xlf', xliff);
execFileSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
console.log(`Merged ${added} Welsh translation(s) into xliff/cy.xlf and rebuilt the locale modules.`);

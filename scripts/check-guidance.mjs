// Fails when guidance has no Welsh counterpart in the pattern site:
// - a component guidance page packages/<package>/src/<name>/<name>.md needs <name>.cy.md (the Welsh
//   text) and <name>.cy.mdx (the Storybook page that shows it), with as many "## " sections;
// - a pattern page docs/patterns/<name>.mdx needs docs/patterns/<name>.cy.mdx.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const problems = [];
const sections = (file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('## ')).length;

let components = 0;
for (const pkg of readdirSync('packages')) {
  const src = join('packages', pkg, 'src');
  if (!existsSync(src)) continue;
  for (const name of readdirSync(src)) {
    const english = join(src, name, `${name}.md`);
    if (!existsSync(english)) continue;
    components++;
    const welsh = join(src, name, `${name}.cy.md`);
    const page = join(src, name, `${name}.cy.mdx`);
    if (!existsSync(welsh)) problems.push(`${english} has no Welsh version (${welsh})`);
    else if (sections(welsh) < sections(english)) problems.push(`${welsh} has fewer "## " sections than ${english}`);
    if (!existsSync(page)) problems.push(`${english} has no Welsh Storybook page (${page})`);
  }
}

const patterns = readdirSync(join('docs', 'patterns')).filter((file) => file.endsWith('.mdx') && !file.endsWith('.cy.mdx'));
for (const file of patterns) {
  const welsh = join('docs', 'patterns', file.replace(/\.mdx$/, '.cy.mdx'));
  if (!existsSync(welsh)) problems.push(`docs/patterns/${file} has no Welsh page (${welsh})`);
}

if (problems.length) {
  console.error(`Welsh guidance missing:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Guidance: ${components} component pages and ${patterns.length} pattern pages, each with a Welsh page.`);

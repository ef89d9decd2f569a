import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { expectAxeClean, axTree } from '@kith/core/testing.js';
import './define.js';
import type { KithWarningText } from './warning-text.js';

const textOf = (el: KithWarningText) => el.shadowRoot!.querySelector('.visually-hidden')!.textContent;

/** The text a screen reader reads from the tree: the static text nodes in order. */
async function spokenText(): Promise<string> {
  return (await axTree())
    .filter((node) => node.role === 'StaticText')
    .map((node) => node.name)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('kith-warning-text', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean', async () => {
    const el = await fixture(html`<kith-warning-text>You must tell the child's social worker within 24 hours.</kith-warning-text>`);
    await expectAxeClean(el);
  });

  it('is axe-clean in Welsh and says "Rhybudd"', async () => {
    await setLocale('cy');
    const el = await fixture<KithWarningText>(html`<kith-warning-text>Rhaid i chi ddweud wrth y gweithiwr cymdeithasol.</kith-warning-text>`);
    await expectAxeClean(el);
    expect(textOf(el)).to.equal('Rhybudd');
  });

  it('reads "Warning" then the text, and never the icon', async () => {
    const el = await fixture<KithWarningText>(html`<kith-warning-text>Do not share this address.</kith-warning-text>`);
    expect(el.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(await spokenText()).to.equal('Warning Do not share this address.');
  });

  it('lets a page replace the prefix, and keeps it through a locale switch', async () => {
    const el = await fixture<KithWarningText>(html`<kith-warning-text warning-prefix="Safeguarding">Check the flag first.</kith-warning-text>`);
    expect(textOf(el)).to.equal('Safeguarding');
    await setLocale('cy');
    await elementUpdated(el);
    expect(textOf(el)).to.equal('Safeguarding');
    el.warningPrefix = '';
    await elementUpdated(el);
    expect(textOf(el)).to.equal('Rhybudd');
  });

  it('shows text in bold', async () => {
    const el = await fixture<KithWarningText>(html`<kith-warning-text>Bold</kith-warning-text>`);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="text"]')!).fontWeight).to.equal('700');
  });

  it('shows HTML-looking text and 1 MB of text as text', async () => {
    const big = 'z'.repeat(1024 * 1024);
    const el = await fixture<KithWarningText>(html`<kith-warning-text .warningPrefix=${'<i>x</i>'}>${big}</kith-warning-text>`);
    expect(el.textContent!.length).to.equal(big.length);
    expect(el.shadowRoot!.querySelector('i')).to.equal(null);
    expect(textOf(el)).to.equal('<i>x</i>');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithInsetText } from './inset-text.js';

describe('kith-inset-text', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean, with plain text and with paragraphs', async () => {
    const el = await fixture(html`<div>
      <kith-inset-text>It can take up to 8 weeks to get a response.</kith-inset-text>
      <kith-inset-text><p>First paragraph.</p><p>Second, with <a href="#more">a link</a>.</p></kith-inset-text>
    </div>`);
    await expectAxeClean(el);
  });

  it('is axe-clean in Welsh', async () => {
    await setLocale('cy');
    const el = await fixture(html`<kith-inset-text>Gall gymryd hyd at 8 wythnos i gael ymateb.</kith-inset-text>`);
    await expectAxeClean(el);
  });

  it('shows its content beside a left border, and keeps slotted links in the tab order', async () => {
    const el = await fixture<KithInsetText>(html`<kith-inset-text><p>See <a href="#policy">the policy</a>.</p></kith-inset-text>`);
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="inset"]')!;
    const style = getComputedStyle(box);
    expect(parseFloat(style.borderLeftWidth)).to.be.at.least(5);
    expect(style.borderLeftStyle).to.equal('solid');
    const link = await axNode('link', 'the policy');
    expect(link.focusable).to.equal(true);
  });

  it('shows HTML-looking text and 1 MB of text as text', async () => {
    const big = 'y'.repeat(1024 * 1024);
    const el = await fixture<KithInsetText>(html`<kith-inset-text>${big}</kith-inset-text>`);
    expect(el.textContent!.length).to.equal(big.length);
    const markup = await fixture<KithInsetText>(html`<kith-inset-text>${'<script>alert(1)</script>'}</kith-inset-text>`);
    expect(markup.querySelector('script')).to.equal(null);
    expect(markup.textContent).to.equal('<script>alert(1)</script>');
  });
});

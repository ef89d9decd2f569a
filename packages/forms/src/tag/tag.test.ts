import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { expectAxeClean, axTree } from '@kith/core/testing.js';
import './define.js';
import { TAG_COLOURS, type KithTag } from './tag.js';

const part = (el: KithTag) => el.shadowRoot!.querySelector<HTMLElement>('[part="tag"]')!;

describe('kith-tag', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean in every colour, contrast included', async () => {
    const el = await fixture(html`<div>${TAG_COLOURS.map((colour) => html`<p><kith-tag colour=${colour}>Tag ${colour}</kith-tag></p>`)}</div>`);
    await expectAxeClean(el);
  });

  it('is axe-clean in Welsh', async () => {
    await setLocale('cy');
    const el = await fixture(html`<p><kith-tag colour="green">Ar agor</kith-tag></p>`);
    await expectAxeClean(el);
  });

  it('is text in the accessibility tree, not a control, and cannot take focus', async () => {
    const el = await fixture<KithTag>(html`<kith-tag colour="red">Overdue</kith-tag>`);
    const nodes = (await axTree()).filter((node) => node.name === 'Overdue');
    expect(nodes.length).to.be.greaterThan(0);
    for (const node of nodes) {
      expect(['button', 'link', 'checkbox']).not.to.include(node.role);
      expect(node.focusable ?? false).to.equal(false);
    }
    el.focus();
    expect(document.activeElement).not.to.equal(el);
  });

  it('uses a different colour for each variant, with text darker than its background', async () => {
    const seen = new Set<string>();
    for (const colour of TAG_COLOURS) {
      const el = await fixture<KithTag>(html`<kith-tag colour=${colour}>Tag</kith-tag>`);
      const style = getComputedStyle(part(el));
      seen.add(`${style.backgroundColor}/${style.color}`);
    }
    expect(seen.size).to.equal(TAG_COLOURS.length);
  });

  it('falls back to the default colour for an unknown variant', async () => {
    const el = await fixture<KithTag>(html`<kith-tag colour="chartreuse">Open</kith-tag>`);
    expect(part(el).className).to.equal('tag tag-default');
    el.colour = 42 as unknown as KithTag['colour'];
    await elementUpdated(el);
    expect(part(el).className).to.equal('tag tag-default');
  });

  it('shows HTML-looking text and 1 MB of text as text', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const el = await fixture<KithTag>(html`<kith-tag>${big}</kith-tag>`);
    expect(el.textContent!.length).to.equal(big.length);
    expect(part(el).getBoundingClientRect().width).to.be.greaterThan(0);
    const markup = await fixture<KithTag>(html`<kith-tag>${'<b>bold</b>'}</kith-tag>`);
    expect(markup.querySelector('b')).to.equal(null);
    expect(markup.textContent).to.equal('<b>bold</b>');
  });
});

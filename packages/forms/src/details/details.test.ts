import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithDetails, KithDetailsToggleEvent } from './details.js';

const summaryOf = (el: KithDetails) => el.shadowRoot!.querySelector<HTMLElement>('summary')!;
const detailsOf = (el: KithDetails) => el.shadowRoot!.querySelector('details')!;

describe('kith-details', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean closed and open', async () => {
    const el = await fixture(html`<div>
      <kith-details summary="Help with the NHS number">It is on letters from the GP.</kith-details>
      <kith-details summary="Why we ask" open><p>To contact the family.</p></kith-details>
    </div>`);
    await expectAxeClean(el);
  });

  it('is axe-clean in Welsh', async () => {
    await setLocale('cy');
    const el = await fixture(html`<kith-details summary="Help gyda'r rhif GIG" open>Mae ar lythyrau gan y meddyg teulu.</kith-details>`);
    await expectAxeClean(el);
  });

  it('is a native disclosure: the summary is named and reports expanded', async () => {
    const el = await fixture<KithDetails>(html`<kith-details summary="Help with the NHS number">It is on letters.</kith-details>`);
    const closed = await axNode('DisclosureTriangle', 'Help with the NHS number');
    expect(closed.expanded).to.equal(false);
    el.open = true;
    await elementUpdated(el);
    expect((await axNode('DisclosureTriangle', 'Help with the NHS number')).expanded).to.equal(true);
  });

  it('opens and closes with Enter and Space, reflects open and fires kith-details-toggle', async () => {
    const el = await fixture<KithDetails>(html`<kith-details summary="More">Hidden text</kith-details>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summaryOf(el));
    let event = oneEvent(el, 'kith-details-toggle');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as unknown as KithDetailsToggleEvent).open).to.equal(true);
    expect(el.open).to.equal(true);
    await elementUpdated(el);
    expect(el.hasAttribute('open')).to.equal(true);
    event = oneEvent(el, 'kith-details-toggle');
    await sendKeys({ press: 'Space' });
    expect(((await event) as unknown as KithDetailsToggleEvent).open).to.equal(false);
    await elementUpdated(el);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('a click in the open help text leaves focus and the page where they were, like a native details', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <kith-details summary="Help with thresholds" open><p style="margin-block-start: 150vh">The last paragraph of long help.</p></kith-details>
      <div style="height: 150vh"></div>
    </div>`);
    const el = wrapper.querySelector<KithDetails>('kith-details')!;
    const paragraph = el.querySelector('p')!;
    paragraph.scrollIntoView();
    const scrolled = window.scrollY;
    const box = paragraph.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 5), Math.round(box.top + 5)] });
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('opens when the open attribute is set, without firing the user event', async () => {
    const el = await fixture<KithDetails>(html`<kith-details summary="More">Text</kith-details>`);
    let fired = 0;
    el.addEventListener('kith-details-toggle', () => fired++);
    el.setAttribute('open', '');
    await elementUpdated(el);
    expect(detailsOf(el).open).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).to.equal(0);
    expect(el.open).to.equal(true);
  });

  it('takes a summary from a slot', async () => {
    await fixture(html`<kith-details><span slot="summary">Slotted summary</span>Text</kith-details>`);
    await axNode('DisclosureTriangle', 'Slotted summary');
  });

  it('shows HTML-looking text and 1 MB of text as text', async () => {
    const big = 'w'.repeat(1024 * 1024);
    const el = await fixture<KithDetails>(html`<kith-details open .summary=${'<img src=x onerror=alert(1)>'}>${big}</kith-details>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(summaryOf(el).textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(el.textContent!.length).to.equal(big.length);
    el.summary = null as unknown as string;
    await elementUpdated(el);
    expect(summaryOf(el).textContent!.trim()).to.equal('');
  });
});

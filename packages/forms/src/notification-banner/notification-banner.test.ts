import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithNotificationBanner } from './notification-banner.js';

const bannerOf = (el: KithNotificationBanner) => el.shadowRoot!.querySelector<HTMLElement>('[part="banner"]')!;
const titleOf = (el: KithNotificationBanner) => el.shadowRoot!.querySelector<HTMLElement>('[part="title"]')!.textContent;

describe('kith-notification-banner', () => {
  afterEach(() => setLocale('en-GB'));

  it('is axe-clean as important and as success', async () => {
    const el = await fixture(html`<main>
      <kith-notification-banner><p>You have 7 days left to finish the assessment.</p></kith-notification-banner>
      <kith-notification-banner type="success"><h3>Visit recorded</h3><p>The manager has been told.</p></kith-notification-banner>
    </main>`);
    await expectAxeClean(el);
  });

  it('is axe-clean in Welsh, titled "Pwysig" and "Llwyddiant"', async () => {
    await setLocale('cy');
    const el = await fixture(html`<main>
      <kith-notification-banner><p>Mae gennych 7 diwrnod ar ôl.</p></kith-notification-banner>
      <kith-notification-banner type="success"><p>Cofnodwyd yr ymweliad.</p></kith-notification-banner>
    </main>`);
    await expectAxeClean(el);
    await axNode('region', 'Pwysig');
    await axNode('alert', 'Llwyddiant');
  });

  it('is a region named "Important" with a level 2 heading', async () => {
    await fixture(html`<kith-notification-banner><p>Court date moved.</p></kith-notification-banner>`);
    await axNode('region', 'Important');
    const heading = await axNode('heading', 'Important');
    expect((heading as unknown as { level: number }).level).to.equal(2);
  });

  it('is an alert named "Success" when type is success', async () => {
    const el = await fixture<KithNotificationBanner>(html`<kith-notification-banner type="success"><p>Saved.</p></kith-notification-banner>`);
    expect(bannerOf(el).getAttribute('role')).to.equal('alert');
    await axNode('alert', 'Success');
  });

  it('takes a title and heading level from the page', async () => {
    const el = await fixture<KithNotificationBanner>(html`<kith-notification-banner title-text="Court date" title-level="3"><p>Moved.</p></kith-notification-banner>`);
    await axNode('region', 'Court date');
    expect((await axNode('heading', 'Court date') as unknown as { level: number }).level).to.equal(3);
    await setLocale('cy');
    await elementUpdated(el);
    expect(titleOf(el)).to.equal('Court date');
  });

  it('a success banner takes focus when it is first shown, and drops tabindex on blur', async () => {
    const wrapper = await fixture(html`<div><button>elsewhere</button></div>`);
    const el = document.createElement('kith-notification-banner');
    el.type = 'success';
    el.textContent = 'Visit recorded';
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(bannerOf(el));
    expect((await axNode('alert', 'Success')).focused).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(bannerOf(el).hasAttribute('tabindex')).to.equal(false);
  });

  it('a success banner set up by a script after it is added still takes focus', async () => {
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('kith-notification-banner');
    wrapper.append(el);
    el.type = 'success';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(bannerOf(el));
  });

  it('a success banner with disable-auto-focus does not take focus and is not in the tab order', async () => {
    const el = await fixture<KithNotificationBanner>(html`<kith-notification-banner type="success" disable-auto-focus>Saved</kith-notification-banner>`);
    expect(el.disableAutoFocus).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(bannerOf(el).hasAttribute('tabindex')).to.equal(false);
  });

  it('an important banner takes focus only with focus-on-show', async () => {
    const quiet = await fixture<KithNotificationBanner>(html`<kith-notification-banner>Court system down</kith-notification-banner>`);
    expect(quiet.shadowRoot!.activeElement).to.equal(null);
    expect(bannerOf(quiet).hasAttribute('tabindex')).to.equal(false);
    const el = await fixture<KithNotificationBanner>(html`<kith-notification-banner focus-on-show title-text="Court system">Down until 2pm</kith-notification-banner>`);
    expect(el.shadowRoot!.activeElement).to.equal(bannerOf(el));
    expect((await axNode('region', 'Court system')).focused).to.equal(true);
  });

  it('of two success banners shown together, the first keeps focus', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <kith-notification-banner type="success">Visit recorded</kith-notification-banner>
      <kith-notification-banner type="success">Manager told</kith-notification-banner>
    </div>`);
    const [first, second] = wrapper.querySelectorAll('kith-notification-banner');
    await second.updateComplete;
    expect(first.shadowRoot!.activeElement).to.equal(bannerOf(first));
    expect(second.shadowRoot!.activeElement).to.equal(null);
    expect(bannerOf(second).hasAttribute('tabindex')).to.equal(false);
  });

  it('does not take focus again when moved on the page', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><kith-notification-banner type="success" focus-on-show>Saved</kith-notification-banner><button>next</button></div>`);
    const el = wrapper.querySelector('kith-notification-banner')!;
    wrapper.querySelector('button')!.focus();
    wrapper.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });

  it('a hidden success banner, which cannot take focus, is left without a tabindex', async () => {
    const el = await fixture<KithNotificationBanner>(html`<kith-notification-banner type="success" hidden>Saved</kith-notification-banner>`);
    expect(el.shadowRoot!.activeElement).to.equal(null);
    expect(bannerOf(el).hasAttribute('tabindex')).to.equal(false);
  });

  it('falls back to important for an unknown type, and shows HTML-looking and huge titles as text', async () => {
    const el = await fixture<KithNotificationBanner>(html`<kith-notification-banner type="catastrophe" .titleText=${'<b>x</b>'} title-level="9">Text</kith-notification-banner>`);
    expect(bannerOf(el).getAttribute('role')).to.equal('region');
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
    expect(titleOf(el)).to.equal('<b>x</b>');
    expect(el.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('2');
    const big = 'v'.repeat(1024 * 1024);
    el.titleText = big;
    await elementUpdated(el);
    expect(titleOf(el)!.length).to.equal(big.length);
  });
});

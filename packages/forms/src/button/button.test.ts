import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode } from '@kith/core/testing.js';
import './define.js';
import type { KithButton } from './button.js';
import { safeHref } from '@kith/core';

/** A form that counts submissions and keeps the last FormData, never navigating. */
async function formWith(content: ReturnType<typeof html>) {
  const form = await fixture<HTMLFormElement>(html`<form>${content}</form>`);
  const submitted: { data: FormData; submitter: HTMLElement | null }[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push({ data: new FormData(form, event.submitter), submitter: event.submitter });
  });
  const button = form.querySelector('kith-button')!;
  await button.updateComplete;
  return { form, button, submitted };
}

const inner = (el: KithButton) => el.shadowRoot!.querySelector<HTMLElement>('[part="button"]')!;

/** Replaces console.warn for the length of a test and returns what it was called with. */
function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('kith-button', () => {
  afterEach(() => setLocale('en-GB'));

  // A button never announces, so it does not ship or create the shared live region.
  it('does not add the shared live region to the page', async () => {
    document.querySelector('[data-kith-announcer]')?.remove();
    await formWith(html`<kith-button>Save and continue</kith-button>`);
    expect(document.querySelectorAll('[data-kith-announcer]').length).to.equal(0);
  });

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const warnings = captureWarnings();
      const el = await fixture(html`
        <form>
          <kith-button>Save and continue</kith-button>
          <kith-button variant="secondary">Save as draft</kith-button>
          <kith-button variant="warning">Delete this record</kith-button>
          <kith-button variant="start" href="/assessments/new">Start now</kith-button>
          <kith-button variant="link" type="button">Cancel</kith-button>
          <kith-button disabled>Send to manager</kith-button>
          <kith-button href="https://example.org/help">Get help</kith-button>
          <kith-button href="javascript:alert(1)">Bad link</kith-button>
        </form>
      `);
      warnings.restore();
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh', async () => {
      await setLocale('cy');
      const el = await fixture(html`<form><kith-button>Cadw a pharhau</kith-button><kith-button variant="start" href="/dechrau">Dechrau nawr</kith-button></form>`);
      await expectAxeClean(el);
    });

    it('is a button named by its text, and a start link whose arrow is not read', async () => {
      await fixture(html`<div><kith-button>Save and continue</kith-button><kith-button variant="start" href="/start">Start now</kith-button></div>`);
      await axNode('button', 'Save and continue');
      const link = await axNode('link', 'Start now');
      expect(link.focusable).to.equal(true);
    });

    it('is reported disabled when disabled', async () => {
      await fixture(html`<kith-button disabled>Send to manager</kith-button>`);
      expect((await axNode('button', 'Send to manager')).disabled).to.equal(true);
    });

    it('is full width on a 320px screen, and wraps long text rather than overflow', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await fixture<KithButton>(html`<kith-button>Save this record and continue to the next section of the assessment</kith-button>`);
        const box = inner(el).getBoundingClientRect();
        expect(box.width).to.be.at.most(320);
        expect(box.width).to.be.at.least(el.parentElement!.getBoundingClientRect().width - 1);
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('is at least 44px high and shows a yellow focus state from the keyboard', async () => {
      const form = await fixture(html`<form><input aria-label="before" /><kith-button>Continue</kith-button></form>`);
      const el = form.querySelector('kith-button')!;
      await el.updateComplete;
      expect(inner(el).getBoundingClientRect().height).to.be.at.least(44);
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
      expect(getComputedStyle(inner(el)).backgroundColor).to.equal('rgb(255, 221, 0)');
    });
  });

  describe('forms', () => {
    it('is form-associated and submits its form with its name and value', async () => {
      expect((customElements.get('kith-button') as unknown as { formAssociated: boolean }).formAssociated).to.equal(true);
      const { form, button, submitted } = await formWith(html`<input name="child" value="Alex" /><kith-button name="action" value="save">Save</kith-button>`);
      expect(button.form).to.equal(form);
      inner(button).click();
      expect(submitted.length).to.equal(1);
      expect(submitted[0]!.data.get('child')).to.equal('Alex');
      expect(submitted[0]!.data.get('action')).to.equal('save');
      expect(submitted[0]!.submitter).to.be.instanceOf(HTMLButtonElement);
      expect(form.querySelectorAll('button').length, 'the stand-in submitter is removed').to.equal(0);
    });

    it('validates before submitting, unless formnovalidate', async () => {
      const { form, submitted } = await formWith(html`<input name="n" required aria-label="Name" /><kith-button>Continue</kith-button><kith-button formnovalidate>Save as draft</kith-button>`);
      const [continueButton, draftButton] = [...form.querySelectorAll('kith-button')];
      inner(continueButton!).click();
      expect(submitted.length).to.equal(0);
      inner(draftButton!).click();
      expect(submitted.length).to.equal(1);
    });

    it('resets its form when type is reset, and does nothing when type is button', async () => {
      const { form, submitted } = await formWith(html`<input name="n" value="first" aria-label="Name" /><kith-button type="reset">Clear</kith-button><kith-button type="button">Nothing</kith-button>`);
      const input = form.querySelector('input')!;
      input.value = 'changed';
      const [reset, plain] = [...form.querySelectorAll('kith-button')];
      inner(plain!).click();
      expect(input.value).to.equal('changed');
      expect(submitted.length).to.equal(0);
      inner(reset!).click();
      expect(input.value).to.equal('first');
      expect(submitted.length).to.equal(0);
    });

    it('submits a form it names with the form attribute, from outside it', async () => {
      const wrapper = await fixture(html`<div><form id="far"><input name="x" value="1" aria-label="x" /></form><kith-button form="far">Send</kith-button></div>`);
      const form = wrapper.querySelector('form')!;
      let count = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        count++;
      });
      wrapper.querySelector('kith-button')!.click();
      expect(count).to.equal(1);
    });

    it('submits when element.click() is called, like a native button', async () => {
      const { button, submitted } = await formWith(html`<kith-button>Save</kith-button>`);
      button.click();
      expect(submitted.length).to.equal(1);
    });

    it('does not submit when disabled, or inside a disabled fieldset', async () => {
      const { form, button, submitted } = await formWith(html`<fieldset><kith-button>Save</kith-button></fieldset>`);
      button.disabled = true;
      await elementUpdated(button);
      button.click();
      expect(submitted.length).to.equal(0);
      button.disabled = false;
      form.querySelector('fieldset')!.disabled = true;
      await elementUpdated(button);
      expect(inner(button).matches(':disabled')).to.equal(true);
      button.click();
      expect(submitted.length).to.equal(0);
    });

    it('submits twice on two quick presses by default, once with prevent-double-click, and again after a second', async () => {
      const plain = await formWith(html`<kith-button>Save</kith-button>`);
      inner(plain.button).click();
      inner(plain.button).click();
      expect(plain.submitted.length).to.equal(2);

      const guarded = await formWith(html`<kith-button prevent-double-click>Save</kith-button>`);
      let hostClicks = 0;
      guarded.button.addEventListener('click', () => hostClicks++);
      inner(guarded.button).click();
      inner(guarded.button).click();
      expect(guarded.submitted.length).to.equal(1);
      expect(hostClicks, 'the ignored press does not reach page listeners').to.equal(1);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      inner(guarded.button).click();
      expect(guarded.submitted.length).to.equal(2);
    });
    it('with prevent-double-click, a press that failed validation does not swallow the next press', async () => {
      const { form, button, submitted } = await formWith(html`<input name="n" required aria-label="Name" /><kith-button prevent-double-click>Continue</kith-button>`);
      inner(button).click();
      expect(submitted.length, 'the empty required field stops the first press').to.equal(0);
      form.querySelector('input')!.value = 'Alex';
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(submitted.length).to.equal(1);
      expect(inner(button).matches(':disabled')).to.equal(false);
      expect(button.shadowRoot!.activeElement, 'focus stays on the button').to.equal(inner(button));
    });
  });

  describe('keyboard', () => {
    it('submits with Enter and with Space', async () => {
      const { form, submitted } = await formWith(html`<input aria-label="before" /><kith-button>Continue</kith-button>`);
      form.querySelector('input')!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(submitted.length).to.equal(1);
      await sendKeys({ press: 'Space' });
      expect(submitted.length).to.equal(2);
    });

    it('follows a link button with Enter and can be left with Tab', async () => {
      // A next stop on the page: Tab from the page's last stop leaves the page, which headless Chromium does not always do.
      const page = await fixture<HTMLElement>(html`<div><kith-button href="#next">Next</kith-button><button>After</button></div>`);
      const el = page.querySelector<KithButton>('kith-button')!;
      let followed = false;
      inner(el).addEventListener('click', (event) => {
        event.preventDefault();
        followed = true;
      });
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(inner(el));
      await sendKeys({ press: 'Enter' });
      expect(followed).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.querySelector('button'));
    });
  });

  describe('links and bad input', () => {
    it('renders http, https and relative hrefs as links', async () => {
      for (const href of ['https://example.org/', 'http://example.org/a', '/cases/1', 'next', '#main', '?page=2']) {
        const el = await fixture<KithButton>(html`<kith-button href=${href}>Go</kith-button>`);
        expect(inner(el).tagName).to.equal('A');
        expect(inner(el).getAttribute('href')).to.equal(href);
      }
    });

    it('refuses javascript:, data: and other schemes: no link, a console warning, and no surprise submission', async () => {
      const warnings = captureWarnings();
      try {
        const { button, submitted } = await formWith(html`<kith-button href="javascript:alert(1)">Bad</kith-button>`);
        expect(button.shadowRoot!.querySelector('a')).to.equal(null);
        expect(inner(button).tagName).to.equal('BUTTON');
        expect(warnings.messages.join('\n')).to.contain('kith-button href');
        button.click();
        expect(submitted.length).to.equal(0);
        for (const bad of [' java\tscript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd']) {
          button.href = bad;
          await elementUpdated(button);
          expect(button.shadowRoot!.querySelector('a'), bad).to.equal(null);
        }
      } finally {
        warnings.restore();
      }
    });

    it('checks URLs with the browser parser (property test)', async () => {
      const fc = (await import('fast-check')).default;
      const warnings = captureWarnings();
      try {
        fc.assert(
          fc.property(fc.string(), fc.constantFrom('javascript:', 'JavaScript:', ' javascript:', 'java\nscript:', 'data:', 'vbscript:'), (rest, scheme) => {
            expect(safeHref(scheme + rest, 'test')).to.equal('');
          }),
        );
        fc.assert(
          fc.property(fc.webPath(), (path) => {
            const href = `/${path.replace(/^\/+/, '')}`;
            expect(safeHref(href, 'test')).to.equal(href.trim());
          }),
        );
      } finally {
        warnings.restore();
      }
    });

    it('falls back to primary for an unknown variant and to submit for an unknown type', async () => {
      const { button, submitted } = await formWith(html`<kith-button variant="sparkly" type="explode">Save</kith-button>`);
      expect(inner(button).classList.contains('primary')).to.equal(true);
      button.click();
      expect(submitted.length).to.equal(1);
    });

    it('shows 1 MB of text and HTML-looking text as text', async () => {
      const big = 'x'.repeat(1024 * 1024);
      const el = await fixture<KithButton>(html`<kith-button>${big}</kith-button>`);
      expect(el.textContent!.length).to.equal(big.length);
      expect(inner(el).getBoundingClientRect().width).to.be.greaterThan(0);
      const markup = await fixture<KithButton>(html`<kith-button>${'<img src=x onerror=alert(1)>'}</kith-button>`);
      expect(markup.querySelector('img')).to.equal(null);
      expect(markup.textContent).to.contain('<img');
    });
  });
});

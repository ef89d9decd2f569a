import { expect, fixture, html, elementUpdated, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale, todayIso } from '@kith/core';
import { expectAxeClean, axNode, formControlConformance, navigateFrame, recordAnnouncements, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import '../button/define.js';
import type { KithDateInput } from './date-input.js';

/** Types into the boxes in order, with Tab between them, as a keyboard user would. */
async function typeDate(element: HTMLElement, ...boxes: string[]): Promise<void> {
  element.focus();
  for (const [index, text] of boxes.entries()) {
    if (index > 0) await sendKeys({ press: 'Tab' });
    if (text) await sendKeys({ type: text });
  }
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const errorText = (el: KithDateInput) => text(el.shadowRoot!.querySelector('[part~="error-message"]'));
const box = (el: KithDateInput, part: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`#${part}`)!;
const invalidBoxes = (el: KithDateInput) =>
  [...el.shadowRoot!.querySelectorAll('input')].filter((input) => input.getAttribute('aria-invalid') === 'true').map((input) => input.id);

/** Enters a date and submits it, returning the element with its error showing. */
async function submitted(template: ReturnType<typeof html>, ...boxes: string[]): Promise<KithDateInput> {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>${template}</form>`);
  const el = form.querySelector('kith-date-input')!;
  if (boxes.length) await typeDate(el, ...boxes);
  form.requestSubmit();
  await elementUpdated(el);
  return el;
}

const dob = html`<kith-date-input name="dob" label="Date of birth"></kith-date-input>`;

describe('kith-date-input', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`
        <div>
          <kith-date-input label="Date of birth" autocomplete="bday"></kith-date-input>
          <kith-date-input label="Date of the visit" hint="For example, 27 3 2026" value="2026-03-27"></kith-date-input>
          <kith-date-input label="Date of the referral" value="2026-02-30"></kith-date-input>
          <kith-date-input label="Date placed" error-message="Enter the date the child was placed"></kith-date-input>
          <kith-date-input label="Date closed" disabled value="2025-01-01"></kith-date-input>
          <kith-date-input label="Month moved in" precision="month" value="2024-09"></kith-date-input>
          <kith-date-input label="Year of arrival" precision="year" value="2019"></kith-date-input>
          <kith-date-input label="When was the child born?" page-heading></kith-date-input>
        </div>
      `);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh with an error showing', async () => {
      await setLocale('cy');
      const el = await submitted(html`<kith-date-input label="Dyddiad geni" required></kith-date-input>`);
      expect(errorText(el)).to.equal('Gwall: Rhowch ddyddiad ar gyfer ‘dyddiad geni’');
      await axNode('textbox', 'Diwrnod');
      await axNode('textbox', 'Mis');
      await axNode('textbox', 'Blwyddyn');
      expect((await axNode('group', 'Dyddiad geni')).description).to.equal('Gwall: Rhowch ddyddiad ar gyfer ‘dyddiad geni’');
      await expectAxeClean(el);
    });

    it('names the group by its legend, describes it by hint and error, and names each box', async () => {
      await submitted(html`<kith-date-input label="Date of birth" hint="For example, 27 3 2007"></kith-date-input>`, '27', '', '2007');
      const group = await axNode('group', 'Date of birth');
      expect(group.description).to.equal('For example, 27 3 2007 Error: Date of birth must include a month');
      expect((await axNode('textbox', 'Day')).invalid).to.equal('false');
      expect((await axNode('textbox', 'Month')).invalid).to.equal('true');
      expect((await axNode('textbox', 'Year')).invalid).to.equal('false');
    });

    it('reads the legend as the page heading when asked', async () => {
      await fixture(html`<kith-date-input label="When was the child born?" page-heading></kith-date-input>`);
      await axNode('heading', 'When was the child born?');
      await axNode('group', 'When was the child born?');
    });

    it('lets a page rename the boxes', async () => {
      await fixture(html`<kith-date-input label="Date of birth" day-label="Day of birth" month-label="Month of birth" year-label="Year of birth"></kith-date-input>`);
      await axNode('textbox', 'Day of birth');
      await axNode('textbox', 'Month of birth');
      await axNode('textbox', 'Year of birth');
    });
  });

  describe('errors (GOV.UK messages, only the wrong boxes marked)', () => {
    const cases: [string, string[], string, string[]][] = [
      ['missing month', ['27', '', '2007'], 'Date of birth must include a month', ['month']],
      ['missing day and year', ['', '3', ''], 'Date of birth must include a day and year', ['day', 'year']],
      ['missing day and month', ['', '', '2007'], 'Date of birth must include a day and month', ['day', 'month']],
      ['30 February', ['30', '2', '2023'], 'Date of birth must be a real date', ['day']],
      ['month 13', ['1', '13', '2023'], 'Date of birth must be a real date', ['month']],
      ['2-digit year', ['1', '1', '07'], 'Year must include 4 numbers', ['year']],
      ['words in the day', ['first', '1', '2007'], 'Date of birth must be a real date', ['day']],
    ];
    for (const [name, boxes, message, parts] of cases) {
      it(name, async () => {
        const el = await submitted(dob, ...boxes);
        expect(errorText(el)).to.equal(`Error: ${message}`);
        expect(el.validationMessage).to.equal(message);
        expect(invalidBoxes(el)).to.deep.equal(parts);
        for (const input of el.shadowRoot!.querySelectorAll('input')) {
          expect(input.classList.contains('error'), input.id).to.equal(parts.includes(input.id));
        }
      });
    }

    it('asks for the date by name when required and empty, marking every box', async () => {
      const el = await submitted(html`<kith-date-input label="Date of birth" required></kith-date-input>`);
      expect(errorText(el)).to.equal('Error: Enter date of birth');
      expect(el.validity.valueMissing).to.equal(true);
      expect(invalidBoxes(el)).to.deep.equal(['day', 'month', 'year']);
    });

    it('is valid when empty and not required, and submits an empty value', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>${dob}</form>`);
      const el = form.querySelector('kith-date-input')!;
      expect(el.checkValidity()).to.equal(true);
      expect(new FormData(form).get('dob')).to.equal('');
    });

    it('keeps past-only and future-only, with today in neither', async () => {
      const today = todayIso();
      const [y, m, d] = today.split('-');
      const past = await submitted(html`<kith-date-input label="Date of birth" past-only></kith-date-input>`, d!, m!, y!);
      expect(errorText(past)).to.equal('Error: Date of birth must be in the past');
      expect(past.validity.rangeOverflow).to.equal(true);
      const future = await submitted(html`<kith-date-input label="Date of the review" future-only></kith-date-input>`, d!, m!, y!);
      expect(errorText(future)).to.equal('Error: Date of the review must be in the future');
      expect(invalidBoxes(future)).to.deep.equal(['day', 'month', 'year']);
      const fine = await submitted(html`<kith-date-input label="Date of birth" past-only></kith-date-input>`, '1', '1', '2000');
      expect(errorText(fine)).to.equal('');
    });

    it('takes this month and this year as past-only dates once they have begun (a child born this year)', async function () {
      const [y, m, d] = todayIso().split('-');
      // On the 1st no day of this month is in the past yet, so there is nothing to check.
      if (d === '01') this.skip();
      const year = await submitted(html`<kith-date-input label="Year of birth" precision="year" past-only></kith-date-input>`, y!);
      expect(errorText(year)).to.equal('');
      expect(year.value).to.equal(y);
      const month = await submitted(html`<kith-date-input label="Month moved in" precision="month" past-only></kith-date-input>`, m!, y!);
      expect(errorText(month)).to.equal('');
      expect(month.value).to.equal(`${y}-${m}`);
      const next = await submitted(html`<kith-date-input label="Year of birth" precision="year" past-only></kith-date-input>`, String(Number(y) + 1));
      expect(errorText(next)).to.equal('Error: Year of birth must be in the past');
    });

    it('says min and max with the date written for people, in English and Welsh', async () => {
      const early = await submitted(html`<kith-date-input label="Date of the visit" min="2020-01-01" max="2020-12-31"></kith-date-input>`, '31', '12', '2019');
      expect(errorText(early)).to.equal('Error: Date of the visit must be the same as or after 1 January 2020');
      expect(early.validity.rangeUnderflow).to.equal(true);
      const late = await submitted(html`<kith-date-input label="Date of the visit" min="2020-01-01" max="2020-12-31"></kith-date-input>`, '1', '1', '2021');
      expect(errorText(late)).to.equal('Error: Date of the visit must be the same as or before 31 December 2020');
      await setLocale('cy');
      await elementUpdated(late);
      late.checkValidity();
      expect(late.validationMessage).to.equal('Ni all y dyddiad ar gyfer ‘Date of the visit’ fod ar ôl 31 Rhagfyr 2020');
    });

    it('uses Welsh messages in cy', async () => {
      await setLocale('cy');
      const el = await submitted(html`<kith-date-input label="Dyddiad geni"></kith-date-input>`, '27', '', '07');
      expect(errorText(el)).to.equal('Gwall: Rhaid i’r dyddiad ar gyfer ‘Dyddiad geni’ gynnwys mis');
      box(el, 'month').focus();
      await sendKeys({ type: 'Maw' });
      await elementUpdated(el);
      el.reportValidity();
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Rhaid i’r flwyddyn gynnwys 4 rhif');
    });

    it('lets a page reword messages', async () => {
      const el = await submitted(
        html`<kith-date-input label="Date of birth" messages=${JSON.stringify({ missingMonth: 'Enter the month {label} happened', notReal: '{label}: check the date' })}></kith-date-input>`,
        '1',
        '',
        '2000',
      );
      expect(el.validationMessage).to.equal('Enter the month Date of birth happened');
    });

    it('keeps a server error until the user edits, marking every box', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label="Date placed" value="2020-01-01" error-message="The date placed must be after the date of the referral"></kith-date-input>`);
      expect(errorText(el)).to.equal('Error: The date placed must be after the date of the referral');
      expect(invalidBoxes(el)).to.deep.equal(['day', 'month', 'year']);
      expect(el.checkValidity()).to.equal(false);
      await typeDate(el, '2');
      await elementUpdated(el);
      expect(errorText(el)).to.equal('');
    });

    it('after a submit attempt, announces each new error once when the user leaves the date, in the current locale, and not again after a locale switch re-words it', async () => {
      const root = await fixture<HTMLElement>(html`<div>${dob}<input aria-label="Next" /></div>`);
      const el = root.querySelector('kith-date-input')!;
      const { messages: announced, stop } = recordAnnouncements();
      /** Types into one box, replacing what it held, then tabs out of the date. */
      const retype = async (part: string, text: string) => {
        box(el, part).focus();
        box(el, part).select();
        await sendKeys({ type: text });
        root.querySelector<HTMLInputElement>('input:not([id])')!.focus();
        await elementUpdated(el);
        await aTimeout(80); // the announcer waits 50 ms before it speaks
      };
      await retype('day', '27');
      expect(announced, 'nothing said on leaving before a submit attempt (GOV.UK)').to.deep.equal([]);
      el.reportValidity();
      await retype('year', '2007');
      await retype('day', '28');
      await setLocale('cy');
      await elementUpdated(el);
      await retype('day', '29');
      expect(errorText(el), 'the same error still shows').to.equal('Gwall: Rhaid i’r dyddiad ar gyfer ‘Date of birth’ gynnwys mis');
      await retype('month', '13');
      stop();
      expect(announced).to.deep.equal([
        'Error: Date of birth must include a month',
        'Gwall: Rhaid i’r dyddiad ar gyfer ‘Date of birth’ fod yn ddyddiad go iawn',
      ]);
    });

    it('moves focus to the first wrong box when focused, as an error summary link does', async () => {
      const el = await submitted(dob, '27', '', '');
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(box(el, 'month'));
    });
  });

  describe('what people type', () => {
    const accepted: [string, string[], string][] = [
      ['plain numbers', ['1', '2', '2020'], '2020-02-01'],
      ['leading zeros', ['01', '02', '2020'], '2020-02-01'],
      ['spaces around', [' 1 ', ' 2 ', ' 2020 '], '2020-02-01'],
      ['English month abbreviation', ['5', 'Jan', '2020'], '2020-01-05'],
      ['English month name', ['5', 'January', '2020'], '2020-01-05'],
      ['Welsh month name', ['5', 'Ionawr', '2020'], '2020-01-05'],
      ['Welsh month abbreviation', ['5', 'Chwef', '2020'], '2020-02-05'],
      ['Welsh month name softly mutated', ['5', 'Fawrth', '2020'], '2020-03-05'],
      ['29 February in a leap year', ['29', '2', '2024'], '2024-02-29'],
    ];
    for (const [name, boxes, iso] of accepted) {
      it(`accepts ${name}`, async () => {
        const form = await fixture<HTMLFormElement>(html`<form>${dob}</form>`);
        const el = form.querySelector('kith-date-input')!;
        await typeDate(el, ...boxes);
        expect(el.value).to.equal(iso);
        expect(new FormData(form).get('dob')).to.equal(iso);
      });
    }

    it('has month and year boxes for precision="month", and a year box for precision="year"', async () => {
      const month = await fixture<KithDateInput>(html`<kith-date-input label="Month moved in" precision="month"></kith-date-input>`);
      expect([...month.shadowRoot!.querySelectorAll('input')].map((input) => input.id)).to.deep.equal(['month', 'year']);
      await typeDate(month, 'Sept', '2024');
      expect(month.value).to.equal('2024-09');
      const year = await fixture<KithDateInput>(html`<kith-date-input label="Year of arrival" precision="year"></kith-date-input>`);
      expect([...year.shadowRoot!.querySelectorAll('input')].map((input) => input.id)).to.deep.equal(['year']);
      await typeDate(year, '2019');
      expect(year.value).to.equal('2019');
    });

    it('fills the boxes from an ISO value, whatever the order of attributes', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input value="2024-09" label="Month moved in" precision="month"></kith-date-input>`);
      expect(box(el, 'month').value).to.equal('09');
      expect(box(el, 'year').value).to.equal('2024');
      expect(el.value).to.equal('2024-09');
      expect(el.checkValidity()).to.equal(true);
    });

    it('never throws on a value that is not a date: fills what it can, shows a message and keeps the value', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input name="d" label="Date of birth" value="not-a-date"></kith-date-input>`);
      expect(errorText(el)).to.equal('Error: Date of birth must be a real date');
      expect(invalidBoxes(el)).to.deep.equal(['day', 'month', 'year']);
      expect(el.value).to.equal('not-a-date');
      expect(el.checkValidity()).to.equal(false);

      el.value = '2023-02-30';
      await elementUpdated(el);
      expect([box(el, 'day').value, box(el, 'month').value, box(el, 'year').value]).to.deep.equal(['30', '02', '2023']);
      expect(invalidBoxes(el)).to.deep.equal(['day']);
      expect(el.value).to.equal('2023-02-30');

      el.value = '2020-13-01';
      await elementUpdated(el);
      expect(invalidBoxes(el)).to.deep.equal(['month']);

      // Once the user corrects it, the value is theirs.
      box(el, 'month').focus();
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ press: 'Backspace' });
      await sendKeys({ type: '12' });
      await elementUpdated(el);
      expect(el.value).to.equal('2020-12-01');
      expect(errorText(el)).to.equal('');
    });

    it('shows the message again when an unreadable value is set again after the user fixed the last one', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label="Date of birth" value="not-a-date"></kith-date-input>`);
      await typeDate(el, '1', '1', '2000');
      await elementUpdated(el);
      expect(errorText(el)).to.equal('');
      el.value = 'still-not-a-date';
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Error: Date of birth must be a real date');
      expect(el.value).to.equal('still-not-a-date');
    });

    it('does not throw on numbers, null, emoji, right-to-left text, 1 MB in a box or a bad precision', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label="Date" precision="fortnight" min="yesterday" max="2020-02-30"></kith-date-input>`);
      expect(el.shadowRoot!.querySelectorAll('input').length).to.equal(3);
      (el as unknown as { value: unknown }).value = 2020;
      await elementUpdated(el);
      expect(box(el, 'year').value).to.equal('2020');
      (el as unknown as { value: unknown }).value = null;
      await elementUpdated(el);
      expect(el.value).to.equal('');
      await typeDate(el, '🎂', 'مارس', '٢٠٢٠');
      el.reportValidity();
      await elementUpdated(el);
      expect(el.validationMessage).to.equal('Date must be a real date');
      expect(invalidBoxes(el)).to.deep.equal(['day', 'month', 'year']);
      const big = '1'.repeat(1024 * 1024);
      box(el, 'day').value = big;
      box(el, 'day').dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await elementUpdated(el);
      expect(box(el, 'day').value.length).to.equal(big.length);
      expect(el.value).to.equal('');
      el.value = '2020-01-01';
      await elementUpdated(el);
      expect(el.checkValidity(), 'unreadable min and max are ignored').to.equal(true);
    });

    it('renders label, hint and messages as text, never as HTML', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label=${'<img src=x onerror=alert(1)>'} hint=${'<b>bold</b>'} value="x"></kith-date-input>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(text(el.shadowRoot!.querySelector('legend'))).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('keyboard, events and state', () => {
    it('Enter in any box presses the form\'s submit button, as in a native text field', async () => {
      const submissions: [string, FormDataEntryValue][][] = [];
      const form = await fixture<HTMLFormElement>(html`<form
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          submissions.push([...new FormData(event.target as HTMLFormElement, event.submitter)]);
        }}
      >
        ${dob}<kith-button name="action" value="continue">Continue</kith-button>
      </form>`);
      const el = form.querySelector('kith-date-input')!;
      await typeDate(el, '27', '3', '2015');
      await sendKeys({ press: 'Enter' });
      box(el, 'day').focus();
      await sendKeys({ press: 'Enter' });
      const sent = [
        ['dob', '2015-03-27'],
        ['action', 'continue'],
      ];
      expect(submissions).to.deep.equal([sent, sent]);
    });

    it('Enter does not submit a form without a submit button: its three boxes are three text fields, as on GOV.UK', async () => {
      let submitted = 0;
      let enters = 0;
      const form = await fixture<HTMLFormElement>(html`<form
        @submit=${(event: Event) => (event.preventDefault(), submitted++)}
        @keyup=${(event: KeyboardEvent) => event.key === 'Enter' && enters++}
      >
        ${dob}
      </form>`);
      await typeDate(form.querySelector('kith-date-input')!, '27', '3', '2015');
      await sendKeys({ press: 'Enter' });
      expect(enters).to.equal(1);
      expect(submitted).to.equal(0);
    });

    it('keeps a half-typed date when a framework sets the same value again on re-render', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label="Date of birth"></kith-date-input>`);
      await typeDate(el, '27', '3');
      el.value = '';
      await elementUpdated(el);
      expect(box(el, 'day').value).to.equal('27');
      expect(box(el, 'month').value).to.equal('3');
      el.value = '2015-03-27';
      await elementUpdated(el);
      expect(box(el, 'year').value).to.equal('2015');
    });

    it('empties boxes holding an unfinished date when its form is reset, so what shows is what it holds', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <kith-date-input name="dob" label="Date of birth"></kith-date-input>
        <kith-date-input name="review" label="Review date" value="2027-05-04"></kith-date-input>
      </form>`);
      const [dobInput, review] = [...form.querySelectorAll('kith-date-input')] as KithDateInput[];
      await typeDate(dobInput!, '31', '2');
      box(review!, 'day').select();
      await typeDate(review!, '40');
      expect(dobInput!.typed).to.deep.equal(['31', '2', '']);
      expect(review!.typed).to.deep.equal(['40', '05', '2027']);
      form.reset();
      await elementUpdated(dobInput!);
      await elementUpdated(review!);
      expect(['day', 'month', 'year'].map((part) => box(dobInput!, part).value)).to.deep.equal(['', '', '']);
      expect(dobInput!.typed).to.equal(null);
      expect(['day', 'month', 'year'].map((part) => box(review!, part).value)).to.deep.equal(['04', '05', '2027']);
      expect(review!.value).to.equal('2027-05-04');
    });

    it('moves through day, month and year with Tab, and out of the group', async () => {
      // A next stop on the page: Tab from the page's last stop leaves the page, which headless Chromium does not always do.
      const page = await fixture<HTMLElement>(html`<div><kith-date-input label="Date of birth"></kith-date-input><button>Next</button></div>`);
      const el = page.querySelector<KithDateInput>('kith-date-input')!;
      el.focus();
      const order = [el.shadowRoot!.activeElement?.id];
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.id);
      await sendKeys({ press: 'Tab' });
      order.push(el.shadowRoot!.activeElement?.id);
      await sendKeys({ press: 'Tab' });
      expect(order).to.deep.equal(['day', 'month', 'year']);
      expect(document.activeElement).to.equal(page.querySelector('button'));
    });

    it('takes boxes set through typed before its code loaded, as kith-case-form restoring a draft early does', async () => {
      const early = document.createElement('kith-date-input-defined-late') as KithDateInput;
      early.setAttribute('label', 'Date of birth');
      early.typed = ['31', '2', ''];
      await fixture(html`<div>${early}</div>`);
      customElements.define('kith-date-input-defined-late', class extends (customElements.get('kith-date-input')!) {});
      await early.updateComplete;
      expect([...early.shadowRoot!.querySelectorAll('input')].map((box) => box.value)).to.deep.equal(['31', '2', '']);
      expect(early.typed).to.deep.equal(['31', '2', '']);
    });

    it('gives back unfinished boxes from the state it saved for the browser, as back and forward navigation restores it', async () => {
      // The browser keeps the state a control last passed to setFormValue and hands it to formStateRestoreCallback.
      type State = string | File | FormData | null;
      const setFormValue = ElementInternals.prototype.setFormValue;
      let state: State = null;
      ElementInternals.prototype.setFormValue = function (this: ElementInternals, value: State, given?: State) {
        // Without a state the browser keeps the value as the state.
        state = given === undefined ? value : given;
        setFormValue.call(this, value, given);
      };
      try {
        const el = await fixture<KithDateInput>(html`<kith-date-input name="dob" label="Date of birth"></kith-date-input>`);
        await typeDate(el, '31', '2');
        await elementUpdated(el);
      } finally {
        ElementInternals.prototype.setFormValue = setFormValue;
      }
      const fresh = await fixture<KithDateInput>(html`<kith-date-input name="dob" label="Date of birth"></kith-date-input>`);
      // The browser also passes the mode, 'restore'.
      fresh.formStateRestoreCallback(state);
      await elementUpdated(fresh);
      expect(fresh.typed).to.deep.equal(['31', '2', '']);
      expect(['day', 'month', 'year'].map((part) => box(fresh, part).value)).to.deep.equal(['31', '2', '']);
    });

    it('gives back unfinished boxes when the user leaves the page and comes back with Back', async () => {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="Form"></iframe>`);
      const page = new URL('./back-forward.fixture.html', import.meta.url).href;
      const go = (navigate: () => void) => navigateFrame(frame, navigate, 'kith-date-input');
      const first = await go(() => (frame.src = page));
      const el = first.querySelector<KithDateInput>('kith-date-input')!;
      el.typed = ['31', '2', ''];
      first.querySelector<HTMLInputElement>('[name="plain"]')!.value = 'typed';
      await el.updateComplete;
      await go(() => (frame.contentWindow!.location.href = `${page}?next`));
      const back = await go(() => frame.contentWindow!.history.back());
      const again = back.querySelector<KithDateInput>('kith-date-input')!;
      expect(again, 'a new page, not one kept in memory').to.not.equal(el);
      expect(back.querySelector<HTMLInputElement>('[name="plain"]')!.value, 'the browser restored the form').to.equal('typed');
      await again.updateComplete;
      expect(again.typed).to.deep.equal(['31', '2', '']);
    });

    it('fires input while typing, and change only when leaving the group, not between its boxes', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label="Date of birth"></kith-date-input>`);
      const seen: string[] = [];
      el.addEventListener('input', () => seen.push('input'));
      el.addEventListener('change', () => seen.push('change'));
      await typeDate(el, '1', '2');
      await sendKeys({ press: 'Tab' });
      expect(seen).to.not.include('change');
      expect(errorText(el), 'no error while still in the group').to.equal('');
      await sendKeys({ type: '2020' });
      await sendKeys({ press: 'Tab' });
      expect(seen.filter((event) => event === 'change')).to.deep.equal(['change']);
      expect(seen.filter((event) => event === 'input').length).to.equal(6);
      expect(el.value).to.equal('2020-02-01');
    });

    it('shows no error when the user leaves the group with a part missing, only once they try to submit (GOV.UK)', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-date-input name="dob" label="Date of birth"></kith-date-input><input aria-label="Next" /></form>`);
      const el = form.querySelector('kith-date-input')!;
      await typeDate(el, '1', '2');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part~="error-message"]'), 'not on leaving the boxes').to.equal(null);
      form.requestSubmit();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Error: Date of birth must include a year');
    });

    it('keeps what the user typed, even an unfinished date, through re-renders and a locale switch', async () => {
      const el = await fixture<KithDateInput>(html`<kith-date-input label="Date of birth"></kith-date-input>`);
      await typeDate(el, '3', 'Mar');
      el.hint = 'Changed while typing';
      el.min = '1900-01-01';
      await setLocale('cy');
      await elementUpdated(el);
      expect([box(el, 'day').value, box(el, 'month').value, box(el, 'year').value]).to.deep.equal(['3', 'Mar', '']);
      el.precision = 'month';
      await elementUpdated(el);
      el.precision = 'day';
      await elementUpdated(el);
      expect(box(el, 'day').value).to.equal('3');
    });
  });

  formControlConformance({
    tagName: 'kith-date-input',
    attributes: { label: 'Date of birth' },
    typeValue: (element: KithFormControlElement) => typeDate(element, '31', '1', '2020'),
    expectedEntries: ['2020-01-31'],
    defaultValue: '2019-12-25',
  });
});

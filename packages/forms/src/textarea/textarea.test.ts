import { expect, fixture, html, elementUpdated, oneEvent, aTimeout } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, formControlConformance, recordAnnouncements, type KithFormControlElement } from '@kith/core/testing.js';
import './define.js';
import '../button/define.js';
import type { KithTextarea } from './textarea.js';

async function typeInto(element: HTMLElement, text: string): Promise<void> {
  element.focus();
  await sendKeys({ type: text });
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const countText = (el: KithTextarea) => text(el.shadowRoot!.querySelector('[part~="count"]'));
const errorText = (el: KithTextarea) => text(el.shadowRoot!.querySelector('[part~="error-message"]'));

describe('kith-textarea', () => {
  // A framework's ref (React's ref.current.focus()) or the case form after Restore focuses the host.
  it('keeps the text when focused by code: the next keystroke adds to it instead of replacing it', async () => {
    const el = await fixture<KithTextarea>(html`<kith-textarea label="Child's full name" value="Ada Lovelace"></kith-textarea>`);
    el.focus();
    await sendKeys({ type: ' King' });
    expect(el.value).to.equal('Ada Lovelace King');
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('Ada Lovelace King');
  });

  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`
        <div>
          <kith-textarea label="What happened on the visit?"></kith-textarea>
          <kith-textarea label="Summary" hint="Do not include personal details" maxlength="200"></kith-textarea>
          <kith-textarea label="Reason" maxwords="5" value="one two three four five six"></kith-textarea>
          <kith-textarea label="Notes" maxlength="10" threshold="75" value="abc"></kith-textarea>
          <kith-textarea label="Outcome" error-message="Enter the outcome of the visit"></kith-textarea>
          <kith-textarea label="Recorded notes" disabled value="Seen at school"></kith-textarea>
          <kith-textarea label="Previous notes" readonly value="Seen at home"></kith-textarea>
          <kith-textarea label="Tell us about the child" page-heading></kith-textarea>
        </div>
      `);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh, with the error and count shown', async () => {
      await setLocale('cy');
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Disgrifiad" required maxlength="20"></kith-textarea>`);
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Gwall: Rhowch ateb ar gyfer ‘disgrifiad’');
      expect(countText(el)).to.equal('Mae gennych 20 nod yn weddill');
      await expectAxeClean(el);
    });

    it('names the box by its label and describes it by hint, limit and error, in the accessibility tree', async () => {
      await fixture(html`<kith-textarea label="Description" hint="Say what you saw" maxlength="500" error-message="Enter a description"></kith-textarea>`);
      const node = await axNode('textbox', 'Description');
      expect(node.description).to.equal('Say what you saw You can enter up to 500 characters Error: Enter a description');
      expect(node.invalid).to.equal('true');
    });

    it('leaves the changing count out of the description, so it is not read on every focus', async () => {
      await fixture(html`<kith-textarea label="Summary" maxwords="50"></kith-textarea>`);
      const node = await axNode('textbox', 'Summary');
      expect(node.description).to.equal('You can enter up to 50 words');
      expect(node.invalid).to.equal('false');
    });

    it('reads the label as the page heading when asked', async () => {
      await fixture(html`<kith-textarea label="Tell us about the child" page-heading></kith-textarea>`);
      await axNode('heading', 'Tell us about the child');
      await axNode('textbox', 'Tell us about the child');
    });
  });

  describe('count', () => {
    it('says how many characters remain, in the singular for one', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Summary" maxlength="20"></kith-textarea>`);
      expect(countText(el)).to.equal('You have 20 characters remaining');
      await typeInto(el, 'x'.repeat(19));
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 1 character remaining');
      await sendKeys({ type: 'x' });
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 0 characters remaining');
    });

    it('says how many too many without cutting off what was typed', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Summary" maxlength="5"></kith-textarea>`);
      await typeInto(el, 'abcdef');
      await elementUpdated(el);
      expect(el.value).to.equal('abcdef');
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('abcdef');
      expect(el.shadowRoot!.querySelector('textarea')!.hasAttribute('maxlength')).to.equal(false);
      expect(countText(el)).to.equal('You have 1 character too many');
      expect(el.shadowRoot!.querySelector('[part~="count"]')!.classList.contains('over')).to.equal(true);
      await sendKeys({ type: 'gh' });
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 3 characters too many');
    });

    it('counts words with maxwords, which wins over maxlength', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Reason" maxwords="3" maxlength="1"></kith-textarea>`);
      expect(countText(el)).to.equal('You have 3 words remaining');
      await typeInto(el, 'Seen  at\nhome');
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 0 words remaining');
      await sendKeys({ type: ' today' });
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 1 word too many');
      el.value = 'one';
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 2 words remaining');
      el.value = 'a b c d e f';
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 3 words too many');
    });

    it('counts characters as a server and GOV.UK do (string length), so what it lets through fits a server limit', async () => {
      const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
        <kith-textarea name="summary" label="Summary" maxlength="10"></kith-textarea>
      </form>`);
      const el = form.querySelector('kith-textarea')!;
      el.focus();
      // Pasted: a family emoji is 11 UTF-16 code units, a decomposed é 2, a precomposed ŵ 1.
      await executeServerCommand('kith-insert-text', { text: 'Hi 👨‍👩‍👧‍👦' });
      await elementUpdated(el);
      expect(el.value).to.equal('Hi 👨‍👩‍👧‍👦');
      expect(countText(el)).to.equal('You have 4 characters too many');
      expect(el.checkValidity(), 'a server counting 14 would refuse it').to.equal(false);
      el.value = 'e\u0301ŵ';
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 7 characters remaining');
    });

    it('shows the count only once the threshold is reached', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Summary" maxlength="10" threshold="80"></kith-textarea>`);
      const count = el.shadowRoot!.querySelector('[part~="count"]')!;
      expect(getComputedStyle(count).visibility).to.equal('hidden');
      await typeInto(el, 'abcdefg');
      await elementUpdated(el);
      expect(getComputedStyle(count).visibility).to.equal('hidden');
      await sendKeys({ type: 'h' });
      await elementUpdated(el);
      expect(getComputedStyle(count).visibility).to.equal('visible');
      expect(countText(el)).to.equal('You have 2 characters remaining');
    });

    it('always shows the count over the limit, whatever the threshold', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Summary" maxlength="10" threshold="120"></kith-textarea>`);
      const count = el.shadowRoot!.querySelector('[part~="count"]')!;
      el.value = 'x'.repeat(11);
      await elementUpdated(el);
      expect(getComputedStyle(count).visibility, 'the red border needs its reason').to.equal('visible');
      expect(countText(el)).to.equal('You have 1 character too many');
    });

    it('announces the count politely once typing pauses, not on every keystroke', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Summary" maxlength="20"></kith-textarea>`);
      // An earlier test's field can still have an error announcement on its way (seen once in
      // CI: "Error: Reason must be 3 words or fewer"); cancel it so only this field is heard.
      const recorder = recordAnnouncements();
      await typeInto(el, 'Seen at');
      await sendKeys({ type: ' home' });
      expect(recorder.messages, 'nothing announced while typing').to.deep.equal([]);
      await aTimeout(1300);
      recorder.stop();
      expect(recorder.messages).to.deep.equal(['You have 8 characters remaining']);
    });

    it('does not announce the count once the user has left the box, as GOV.UK does not', async () => {
      const root = await fixture<HTMLElement>(html`<div><kith-textarea label="Summary" maxlength="20"></kith-textarea><button>Next</button></div>`);
      const recorder = recordAnnouncements();
      await typeInto(root.querySelector('kith-textarea')!, 'Seen at home');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(root.querySelector('button'));
      await aTimeout(1300);
      recorder.stop();
      expect(recorder.messages, 'the count of a box the user has left would be read over the next field').to.deep.equal([]);
    });

    it('does not announce a count below the threshold, nor for a field without a limit', async () => {
      const el = await fixture<KithTextarea>(html`
        <div>
          <kith-textarea label="Summary" maxlength="100" threshold="50"></kith-textarea>
          <kith-textarea label="Notes"></kith-textarea>
        </div>
      `);
      const recorder = recordAnnouncements();
      await typeInto(el.children[0] as HTMLElement, 'short');
      await typeInto(el.children[1] as HTMLElement, 'no limit');
      await aTimeout(1300);
      recorder.stop();
      expect(recorder.messages).to.deep.equal([]);
    });

    it('says the count in Welsh, and uses the current locale when a locale switch happens', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Rheswm" maxwords="10" value="un dau"></kith-textarea>`);
      expect(countText(el)).to.equal('You have 8 words remaining');
      await setLocale('cy');
      await elementUpdated(el);
      expect(countText(el)).to.equal('Mae gennych 8 o eiriau yn weddill');
      el.value = 'un dau tri pedwar pump chwech saith wyth naw deg un';
      await elementUpdated(el);
      expect(countText(el)).to.equal('Mae gennych 1 gair yn ormod');
      const node = await axNode('textbox', 'Rheswm');
      expect(node.description).to.equal('Gallwch ddefnyddio hyd at 10 o eiriau');
    });

    it('words every word count message right for 0, 1, 2, 3, 6, 20 and 100, in English and Welsh', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Reason"></kith-textarea>`);
      const words = (count: number) => Array.from({ length: count }, () => 'gair').join(' ');
      const noneLeft = async () => {
        el.maxWords = 1;
        el.value = 'gair';
        await elementUpdated(el);
        return countText(el);
      };
      /** Remaining, too many, the limit read with the box, and the error, all at `count`. */
      const messages = async (count: number) => {
        el.maxWords = count;
        el.value = '';
        await elementUpdated(el);
        const remaining = countText(el);
        const allowed = (await axNode('textbox', 'Reason')).description;
        el.value = words(count * 2);
        await elementUpdated(el);
        el.checkValidity();
        return [remaining, countText(el), allowed, el.validationMessage];
      };
      const english = (n: number, words: string) => [
        `You have ${n} ${words} remaining`,
        `You have ${n} ${words} too many`,
        `You can enter up to ${n} ${words}`,
        `Reason must be ${n} ${words} or fewer`,
      ];
      expect(await noneLeft()).to.equal('You have 0 words remaining');
      expect(await messages(1)).to.deep.equal(english(1, 'word'));
      for (const count of [2, 3, 6, 20, 100]) expect(await messages(count)).to.deep.equal(english(count, 'words'));

      await setLocale('cy');
      const welsh = (n: number, words: string) => [
        `Mae gennych ${n} ${words} yn weddill`,
        `Mae gennych ${n} ${words} yn ormod`,
        `Gallwch ddefnyddio hyd at ${n} ${words}`,
        `Rhaid i’r ateb ar gyfer ‘Reason’ fod yn ${n} ${words} neu lai`,
      ];
      // A Welsh noun after a numeral is mutated after some numbers ("dau air", not "dau gair"),
      // so every count but 1 says "o eiriau", which is right after any number.
      expect(await noneLeft()).to.equal('Mae gennych 0 o eiriau yn weddill');
      expect(await messages(1)).to.deep.equal(welsh(1, 'gair'));
      for (const count of [2, 3, 6, 20, 100]) expect(await messages(count)).to.deep.equal(welsh(count, 'o eiriau'));
    });

    it('words every character count right for 0, 1, 2, 3, 6, 20, 100 and 1,000, in English and Welsh', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Summary"></kith-textarea>`);
      const remaining = async (count: number) => {
        el.maxLength = Math.max(count, 1);
        el.value = count ? '' : 'a';
        await elementUpdated(el);
        return countText(el);
      };
      expect(await remaining(0)).to.equal('You have 0 characters remaining');
      expect(await remaining(1)).to.equal('You have 1 character remaining');
      for (const count of [2, 3, 6, 20, 100]) expect(await remaining(count)).to.equal(`You have ${count} characters remaining`);
      expect(await remaining(1000)).to.equal('You have 1,000 characters remaining');
      await setLocale('cy');
      // "nod" never mutates after a numeral, so one form is right for every count.
      for (const count of [0, 1, 2, 3, 6, 20, 100]) expect(await remaining(count)).to.equal(`Mae gennych ${count} nod yn weddill`);
      expect(await remaining(1000)).to.equal('Mae gennych 1,000 nod yn weddill');
    });

    it('lets a page reword every count message, with singular and plural forms', async () => {
      const el = await fixture<KithTextarea>(html`
        <kith-textarea
          label="Summary"
          maxlength="2"
          messages=${JSON.stringify({
            charactersRemaining: { one: '{count} letter left', other: '{count} letters left' },
            charactersTooMany: 'Over by {count}',
            charactersAllowed: 'Up to {count} letters',
            tooManyCharacters: '{label} is too long: keep it to {count} letters',
          })}
        ></kith-textarea>
      `);
      expect(countText(el)).to.equal('2 letters left');
      el.value = 'a';
      await elementUpdated(el);
      expect(countText(el)).to.equal('1 letter left');
      el.value = 'abcd';
      await elementUpdated(el);
      expect(countText(el)).to.equal('Over by 2');
      expect(el.validationMessage).to.equal('Summary is too long: keep it to 2 letters');
      expect((await axNode('textbox', 'Summary')).description).to.equal('Up to 2 letters');
    });
  });

  describe('errors', () => {
    it('blocks submit when over the limit, with an error naming the field; the text is kept', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-textarea name="d" label="Description" maxlength="500"></kith-textarea></form>`);
      const el = form.querySelector('kith-textarea')!;
      const long = 'a'.repeat(501);
      el.value = long;
      await elementUpdated(el);
      expect(errorText(el), 'no error before submit').to.equal('');
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      form.requestSubmit();
      await elementUpdated(el);
      expect(submits).to.equal(0);
      expect(el.validity.tooLong).to.equal(true);
      expect(errorText(el)).to.equal('Error: Description must be 500 characters or fewer');
      expect((await axNode('textbox', 'Description')).invalid).to.equal('true');
      expect(el.value).to.equal(long);
      el.focus();
      await sendKeys({ press: 'Backspace' });
      await elementUpdated(el);
      form.requestSubmit();
      expect(submits).to.equal(1);
      expect(new FormData(form).get('d')).to.equal('a'.repeat(500));
    });

    it('says the word limit in the error, in English and Welsh', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Reason" maxwords="2" value="one two three"></kith-textarea>`);
      expect(el.validationMessage).to.equal('Reason must be 2 words or fewer');
      await setLocale('cy');
      await elementUpdated(el);
      el.checkValidity();
      expect(el.validationMessage).to.equal('Rhaid i’r ateb ar gyfer ‘Reason’ fod yn 2 o eiriau neu lai');
    });

    it('shows the required message naming the field after a submit attempt', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><kith-textarea name="n" label="Description" required></kith-textarea></form>`);
      const el = form.querySelector('kith-textarea')!;
      form.requestSubmit();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Error: Enter description');
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('lets a page replace the required message and the error prefix', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Notes" required required-message="Enter what happened on the visit" error-prefix="Problem:"></kith-textarea>`);
      el.reportValidity();
      await elementUpdated(el);
      expect(errorText(el)).to.equal('Problem: Enter what happened on the visit');
    });

    it('keeps a server error until the user edits the value', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Notes" value="x" error-message="Notes must not include the child's address"></kith-textarea>`);
      expect(el.checkValidity()).to.equal(false);
      await typeInto(el, 'y');
      await elementUpdated(el);
      expect(errorText(el)).to.equal('');
      expect(el.checkValidity()).to.equal(true);
    });
  });

  describe('keyboard and values', () => {
    it('takes a new line with Enter in a form, rather than submitting it', async () => {
      let submitted = 0;
      const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => (event.preventDefault(), submitted++)}>
        <kith-textarea name="notes" label="Notes"></kith-textarea>
        <kith-button>Save</kith-button>
      </form>`);
      const el = form.querySelector<KithTextarea>('kith-textarea')!;
      await typeInto(el, 'Line one');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Line two' });
      expect(el.value).to.equal('Line one\nLine two');
      expect(submitted).to.equal(0);
    });

    it('takes new lines with Enter and is left with Tab', async () => {
      // A next stop on the page: Tab from the page's last stop leaves the page, which headless Chromium does not always do.
      const page = await fixture<HTMLElement>(html`<div><kith-textarea label="Notes"></kith-textarea><button>Next</button></div>`);
      const el = page.querySelector<KithTextarea>('kith-textarea')!;
      await typeInto(el, 'Line one');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: 'Line two' });
      expect(el.value).to.equal('Line one\nLine two');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(page.querySelector('button'));
    });

    it('keeps what the user typed through re-renders and a locale switch', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Notes" maxlength="100"></kith-textarea>`);
      await typeInto(el, 'Seen at home with mum');
      el.hint = 'Changed while typing';
      el.rows = 8;
      el.maxLength = 10;
      await setLocale('cy');
      await elementUpdated(el);
      expect(el.value).to.equal('Seen at home with mum');
      expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal('Seen at home with mum');
      expect(countText(el)).to.equal('Mae gennych 11 nod yn ormod');
    });

    it('fires input on each keystroke with the value already updated', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Notes"></kith-textarea>`);
      el.focus();
      const event = oneEvent(el, 'input');
      await sendKeys({ type: 'A' });
      await event;
      expect(el.value).to.equal('A');
    });

    it('ignores limits and settings that are not whole numbers above zero', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Notes" maxlength="-1" maxwords="abc" rows="-3" threshold="lots" messages="not json"></kith-textarea>`);
      const box = el.shadowRoot!.querySelector('textarea')!;
      expect(el.shadowRoot!.querySelector('[part~="count"]')).to.equal(null);
      expect(box.rows).to.equal(5);
      el.value = 'x'.repeat(2000);
      await elementUpdated(el);
      expect(el.checkValidity()).to.equal(true);
      for (const bad of ['0', '2.5', 'Infinity', '']) {
        el.setAttribute('maxlength', bad);
        await elementUpdated(el);
        expect(el.shadowRoot!.querySelector('[part~="count"]'), `maxlength="${bad}"`).to.equal(null);
      }
      (el as unknown as { messages: unknown }).messages = { charactersRemaining: 42 };
      el.setAttribute('maxlength', '3');
      el.value = '';
      await elementUpdated(el);
      expect(countText(el)).to.equal('You have 3 characters remaining');
    });

    it('does not throw on bad values: numbers, null, 1 MB of text, emoji and right-to-left text', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="Anything" maxlength="500"></kith-textarea>`);
      const box = () => el.shadowRoot!.querySelector('textarea')!;
      (el as unknown as { value: unknown }).value = 42;
      await elementUpdated(el);
      expect(box().value).to.equal('42');
      (el as unknown as { value: unknown }).value = null;
      await elementUpdated(el);
      expect(el.value).to.equal('');
      const big = 'x'.repeat(1024 * 1024);
      el.value = big;
      await elementUpdated(el);
      expect(box().value.length).to.equal(big.length);
      expect(countText(el)).to.equal('You have 1,048,076 characters too many');
      const mixed = '👩🏽‍⚕️ مرحبا \u202Eevil\u202C\nשלום';
      el.value = mixed;
      await elementUpdated(el);
      expect(box().value).to.equal(mixed);
      expect(el.count).to.equal(mixed.length);
    });

    it('renders label, hint and messages as text, never as HTML', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label=${'<img src=x onerror=alert(1)>'} hint=${'<b>bold</b>'} maxlength="5" messages=${'{"charactersRemaining":"<i>{count}</i>"}'}></kith-textarea>`);
      expect(el.shadowRoot!.querySelector('img, b, i')).to.equal(null);
      expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(countText(el)).to.equal('<i>5</i>');
    });

    it('passes spellcheck set as a property (as frameworks set it) and as an attribute, and the browser default when not set', async () => {
      const el = await fixture<KithTextarea>(html`<kith-textarea label="What happened" .spellcheck=${false}></kith-textarea>`);
      const box = el.shadowRoot!.querySelector('textarea')!;
      expect(box.getAttribute('spellcheck')).to.equal('false');
      el.spellcheck = true;
      await elementUpdated(el);
      expect(box.spellcheck).to.equal(true);
      const attribute = await fixture<KithTextarea>(html`<kith-textarea label="Name" spellcheck="false"></kith-textarea>`);
      expect(attribute.shadowRoot!.querySelector('textarea')!.getAttribute('spellcheck')).to.equal('false');
      const plain = await fixture<KithTextarea>(html`<kith-textarea label="What happened"></kith-textarea>`);
      expect(plain.shadowRoot!.querySelector('textarea')!.hasAttribute('spellcheck')).to.equal(false);
    });
  });

  formControlConformance({
    tagName: 'kith-textarea',
    attributes: { label: 'Notes', maxlength: '200' },
    typeValue: (element: KithFormControlElement) => typeInto(element, 'Seen at home'),
    expectedEntries: ['Seen at home'],
    defaultValue: 'Default notes',
  });
});

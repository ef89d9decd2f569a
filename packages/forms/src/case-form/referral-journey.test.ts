import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { setLocale, type KithLocale } from '@kith/core';
import { DraftStore } from '@kith/offline';
import type { TemplateResult } from 'lit';
import type { StoryContext } from '@storybook/web-components-vite';
import { DraftRestoreOffered, ReferralForm } from './case-form.stories.js';
import type { KithCaseForm } from './case-form.js';

/**
 * The "Referral form" story, completed as a keyboard-only user would: Tab, Shift+Tab, typing,
 * Space, Enter and arrow keys, never a click or a value set from script. After every key nothing
 * scrolls sideways and the focused element is on screen.
 */

const STORY_DRAFT_KEY = 'story:referral';

/** The element that has focus, inside any shadow roots. */
const deepActive = (): Element | null => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** The light-DOM element that holds focus: a Kith control's host. */
const focusedHost = () => document.activeElement;
/** The value of the focused checkbox or radio. */
const focusedValue = () => (deepActive() as HTMLInputElement | null)?.value;

function expectFocusOnScreen(key: string): void {
  const root = document.documentElement;
  expect(root.scrollWidth, `after ${key}: the page scrolls sideways`).to.be.at.most(root.clientWidth);
  const active = deepActive();
  expect(active && active !== document.body, `after ${key}: something has focus`).to.equal(true);
  const box = active!.getBoundingClientRect();
  const where = `after ${key}: ${active!.outerHTML.slice(0, 80)} at ${Math.round(box.left)},${Math.round(box.top)} to ${Math.round(box.right)},${Math.round(box.bottom)}`;
  // Wholly across, and from its top edge (where the caret or the label text starts) downwards:
  // a tall textarea may run past the bottom, as the browser scrolls only what is needed.
  expect(box.left >= 0 && box.right <= innerWidth && box.top > -1 && box.top < innerHeight, `${where} is not on screen`).to.equal(true);
}

/** The control's question (its legend, or its label) is on screen, so the user knows what they are answering. */
function expectQuestionOnScreen(control: Element, what: string): void {
  const question = control.shadowRoot!.querySelector('legend, label')!;
  const box = question.getBoundingClientRect();
  // Scrolled to the top edge, it can sit a fraction of a pixel above it.
  const onScreen = box.top > -1 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
  expect(onScreen, `the question of ${what} (${question.textContent!.trim()}) is on screen: ${JSON.stringify(box)} in ${innerWidth}x${innerHeight}`).to.equal(true);
}

async function press(key: string): Promise<void> {
  if (key === 'Shift+Tab') {
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
  } else {
    await sendKeys({ press: key });
  }
  await settle();
  expectFocusOnScreen(key);
}

/** Types one key at a time, checking the page after each. */
async function type(text: string): Promise<void> {
  for (const character of text) {
    await sendKeys({ type: character });
    expectFocusOnScreen(`typing ${JSON.stringify(character)}`);
  }
  await settle();
}

/** Lets every Kith element render what the last key changed. */
async function settle(): Promise<void> {
  const all = [...document.body.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((element) => element.updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Presses Tab (or Shift+Tab) until `reached()` holds, failing after `most` presses. */
async function tabUntil(reached: () => boolean, what: string, key = 'Tab', most = 12): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (reached()) return;
    await press(key);
  }
  expect(reached(), `${key} ${most} times never reached ${what}; focus is on ${deepActive()?.outerHTML.slice(0, 80)}`).to.equal(true);
}

const errorLinks = (form: KithCaseForm) => {
  const summary = form.shadowRoot!.querySelector('kith-error-summary');
  return [...(summary?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
};
const focusedLink = () => (deepActive() instanceof HTMLAnchorElement ? (deepActive() as HTMLAnchorElement) : null);
const byName = (name: string) => document.querySelector(`[name="${name}"]`)!;
const checkAnswers = () => document.querySelector('.check-answers')!;
const answerRows = () =>
  [...checkAnswers().querySelector('kith-summary-list')!.shadowRoot!.querySelectorAll('.row')].map((row) => [
    row.querySelector('dt')!.textContent!.trim(),
    row.querySelector('dd')!.textContent!.trim(),
  ]);

/**
 * Follows the error summary link to `control`: Tab from the focused summary (or Shift+Tab back
 * up to it from a field below), Enter, and focus is in the control.
 */
async function followErrorLink(form: KithCaseForm, control: Element, what: string, key: 'Tab' | 'Shift+Tab'): Promise<void> {
  const link = () => errorLinks(form).find((candidate) => candidate.getAttribute('href') === `#${control.id}`);
  expect(link(), `the summary links to ${what}`).to.exist;
  await tabUntil(() => focusedLink() !== null && focusedLink() === link(), `the summary link to ${what}`, key, 30);
  await press('Enter');
  expect(control.contains(focusedHost()) || control === focusedHost(), `the link to ${what} put focus in it`).to.equal(true);
  expectQuestionOnScreen(control, what);
}

/** What the page says in each language, where Kith says it (the story's own words are English). */
interface Words {
  problem: string;
  missingYear: string;
  change: string;
}

async function completeTheReferral(locale: KithLocale, words: Words): Promise<void> {
  await setLocale(locale);
  await new DraftStore({ name: 'kith-case-form-stories' }).remove(STORY_DRAFT_KEY);
  await fixture((ReferralForm.render as () => TemplateResult)());
  const form = document.querySelector<KithCaseForm>('kith-case-form')!;
  await form.draftSaved();
  await settle();

  // Child's details, with the year of birth left out.
  await press('Tab');
  expect(focusedHost(), 'the first Tab reaches the name').to.equal(byName('child-name'));
  await type('Ffion Hughes');
  await press('Tab');
  await type('27');
  await press('Tab');
  await type('3');
  await press('Tab'); // the year, left empty

  await press('Tab');
  expect(focusedHost()).to.equal(byName('concerns'));
  await type('Ffion told her teacher she was left alone overnight on Friday.');

  // No concern type chosen yet: Tab through every checkbox.
  await press('Tab');
  expect(focusedValue()).to.equal('neglect');
  await tabUntil(() => focusedValue() === 'other', 'the last checkbox');

  // Household members: fill the first, add a second, fill it.
  await press('Tab');
  expect(focusedHost()).to.equal(byName('members[0][name]'));
  await type('Gwen Hughes');
  await press('Tab');
  await type('Mother');
  await tabUntil(() => deepActive()?.textContent?.trim() === 'Add another person', 'the add button');
  await press('Enter');
  expect(focusedHost(), 'adding puts focus in the new item').to.equal(byName('members[1][name]'));
  await type('Tom Hughes');
  await press('Tab');
  await type('Brother');

  // Consent: the radios, then "No" by arrow key, revealing "Why not?", left empty.
  const consent = byName('consent') as HTMLElement & { value: string };
  await tabUntil(() => consent.contains(focusedHost()), 'the consent radios');
  await press('ArrowDown');
  expect(consent.value).to.equal('no');
  await press('Tab');
  expect(focusedHost()).to.equal(byName('consent-reason'));
  await press('Tab');
  expect(focusedHost(), 'then the submit button').to.equal(document.querySelector('kith-case-form kith-button'));
  await press('Enter');

  // Three errors; each link leads to its control, where the user puts it right.
  const summary = form.shadowRoot!.querySelector('kith-error-summary')!;
  expect(summary.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal(words.problem);
  expect(summary.contains(focusedHost()) || summary.shadowRoot!.contains(deepActive()), 'the summary has focus').to.equal(true);
  expect(errorLinks(form).map((link) => [link.getAttribute('href'), link.textContent!.trim()])).to.deep.equal([
    ['#child-dob', words.missingYear],
    ['#concern-types', 'Select what the concerns are about'],
    [`#${byName('consent-reason').id}`, 'Say why we cannot contact the family'],
  ]);

  await followErrorLink(form, byName('child-dob'), 'the date of birth', 'Tab');
  expect(deepActive()!.getAttribute('autocomplete') ?? deepActive()!.id, 'the year box, the part that is missing').to.match(/year/);
  await type('2016');

  await followErrorLink(form, byName('concern-types'), 'the concern types', 'Shift+Tab');
  await press('Space'); // Neglect
  await tabUntil(() => focusedValue() === 'domestic-abuse', 'Domestic abuse');
  await press('Space');

  await followErrorLink(form, byName('consent-reason'), '"Why not?"', 'Shift+Tab');
  await type('Gwen has said she would move Ffion out of the area.');
  await press('Tab');
  await press('Enter');

  // Check your answers.
  expect(deepActive()!.textContent).to.equal('Check your answers');
  expect(answerRows()).to.deep.include.members([
    ["Child's full name", 'Ffion Hughes'],
    ['Date of birth', '27 March 2016'],
    ['Household members', 'Gwen Hughes\nTom Hughes'],
    ['Can we contact the family?', 'No: Gwen has said she would move Ffion out of the area.'],
  ]);

  await form.draftSaved();
  expect(await new DraftStore({ name: 'kith-case-form-stories' }).load(STORY_DRAFT_KEY), 'the draft is kept while the answers are checked').not.to.equal(null);

  // Change the consent answer: the link returns to the radios, an arrow key changes it, and a new submit shows it.
  const changeConsent = () => {
    const links = [...checkAnswers().querySelector('kith-summary-list')!.shadowRoot!.querySelectorAll('a')];
    return links.find((link) => link.getAttribute('href') === '#consent')!;
  };
  expect(changeConsent().textContent!.replace(/\s+/g, ' ').trim()).to.equal(words.change);
  await tabUntil(() => focusedLink() === changeConsent(), 'the Change link for consent');
  await press('Enter');
  expect(consent.contains(focusedHost()), 'Change put focus on the consent radios').to.equal(true);
  expectQuestionOnScreen(consent, 'the consent radios');
  expect(focusedValue(), 'on the answer given').to.equal('no');
  await press('ArrowUp');
  expect(consent.value).to.equal('yes');
  await press('Tab');
  expect(focusedHost(), '"Why not?" closed: Tab goes to the submit button').to.equal(document.querySelector('kith-case-form kith-button'));
  await press('Enter');
  expect(deepActive()!.textContent).to.equal('Check your answers');
  expect(answerRows()).to.deep.include(['Can we contact the family?', 'Yes']);

  // Change the household: the link returns to the first member's name; Tom is removed there.
  await tabUntil(() => focusedLink()?.getAttribute('href') === '#member-name-0', 'the Change link for household members');
  await press('Enter');
  expect(focusedHost(), 'Change put focus on the first member\'s name').to.equal(byName('members[0][name]'));
  expectQuestionOnScreen(byName('members[0][name]'), 'the first member\'s name');
  const removeTom = () => deepActive()?.tagName === 'BUTTON' && /\b2\b/.test(deepActive()!.textContent!);
  await tabUntil(removeTom, 'the remove button of household member 2');
  await press('Enter');
  expect(document.querySelector('[name="members[1][name]"]'), 'Tom is removed').to.equal(null);
  await tabUntil(() => focusedHost() === document.querySelector('kith-case-form kith-button'), 'the submit button');
  await press('Enter');
  expect(deepActive()!.textContent).to.equal('Check your answers');
  expect(answerRows()).to.deep.include(['Household members', 'Gwen Hughes']);

  // Send it.
  await tabUntil(() => focusedHost() === checkAnswers().querySelector('kith-button'), 'Send referral');
  const confirmation = oneEvent(checkAnswers(), 'focusin'); // once the draft is deleted
  await press('Enter');
  await confirmation;
  expect(deepActive()!.textContent).to.equal('Referral sent');
  expect(await new DraftStore({ name: 'kith-case-form-stories' }).load(STORY_DRAFT_KEY), 'the draft is deleted once sent').to.equal(null);
}

const ENGLISH: Words = { problem: 'There is a problem', missingYear: 'Date of birth must include a year', change: 'Change can we contact the family?' };
const WELSH: Words = {
  problem: 'Mae yna broblem',
  missingYear: 'Rhaid i’r dyddiad ar gyfer ‘Date of birth’ gynnwys blwyddyn',
  change: 'Newid can we contact the family?',
};

describe('Referral form story, by keyboard alone', () => {
  afterEach(async () => {
    await setLocale('en-GB');
    await setViewport({ width: 800, height: 600 });
  });

  it('is completed, its errors followed and fixed, answers changed from check answers, and sent', async () => {
    await completeTheReferral('en-GB', ENGLISH);
  });

  it('is the same journey in Welsh', async () => {
    await completeTheReferral('cy', WELSH);
  });

  it('is the same journey at 320 CSS px wide, with nothing scrolling sideways and focus always on screen', async () => {
    await setViewport({ width: 320, height: 640 });
    await completeTheReferral('en-GB', ENGLISH);
  });

  it('is the same journey in Welsh at 320 CSS px wide', async () => {
    await setViewport({ width: 320, height: 640 });
    await completeTheReferral('cy', WELSH);
  });

  it('restores the draft on offer by keyboard, in Welsh at 320 CSS px, and is sent with what it held', async () => {
    await setViewport({ width: 320, height: 640 });
    await setLocale('cy');
    const [saveTheDraft] = [DraftRestoreOffered.loaders!].flat();
    const loaded = await saveTheDraft!({} as StoryContext);
    await fixture((DraftRestoreOffered.render as (args: object, context: object) => TemplateResult)({}, { loaded }));
    const form = document.querySelector<KithCaseForm>('kith-case-form')!;
    await form.draftSaved();
    await settle();

    await tabUntil(() => deepActive()?.getAttribute('part') === 'restore', 'Restore (Adfer)');
    expect(deepActive()!.textContent!.trim()).to.equal('Adfer');
    await press('Enter');
    expect(focusedHost(), 'Restore puts focus on the first field').to.equal(byName('child-name'));
    expect(byName('child-name')).to.have.property('value', 'Ffion Hughes');
    expect(byName('members[1][name]')).to.have.property('value', 'Tom Hughes');

    await tabUntil(() => focusedHost() === byName('concerns'), 'the concerns');
    await type('Ffion said there is often no food at home.');
    await tabUntil(() => byName('consent').contains(focusedHost()), 'the consent radios', 'Tab', 20);
    await press('Space');
    await tabUntil(() => focusedHost() === document.querySelector('kith-case-form kith-button'), 'the submit button');
    await press('Enter');
    expect(deepActive()!.textContent).to.equal('Check your answers');
    expect(answerRows()).to.deep.include.members([
      ["Child's full name", 'Ffion Hughes'],
      ['Date of birth', '27 March 2016'],
      ['Concerns are about', 'Neglect'],
      ['Household members', 'Gwen Hughes\nTom Hughes'],
      ['Can we contact the family?', 'Yes'],
    ]);
  });
});

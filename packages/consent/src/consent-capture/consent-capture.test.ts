import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, axTree, draftBannerWords, hostRequest, recordAnnouncements } from '@kith/core/testing.js';
import { DraftStore, virtualClock } from '@kith/offline';
import { fullDraftStore } from '@kith/offline/testing.js';
import './define.js';
import type { KithConsentCapture } from './consent-capture.js';
import type { ConsentWithdrawRequest } from '../shared/events.js';
import type { KithConsentRecordEvent } from './record-event.js';
import { consentRecordIssues } from '../model/validate.js';
import { ageOn, ukDate } from '../model/dates.js';
import { competentFifteenYearOld } from '../model/examples.js';
import { emptyAnswers, applicableSteps, type Answers, type StepId } from './answers.js';

const SAM = { name: 'Sam Okafor', role: 'Social worker' };

/** A date of birth that makes the child `years` old today (and not about to have a birthday). */
function bornYearsAgo(years: number): string {
  const today = ukDate(Date.now());
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCMonth(date.getUTCMonth() - 3);
  return date.toISOString().slice(0, 10);
}

// ------------------------------------------------------------------ keyboard helpers

/** The element that has focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The Kith control (host) that a focused inner element belongs to, and its label or legend. */
function hostOf(element: Element): { host: Element | null; name: string } {
  const host = (element.getRootNode() as ShadowRoot).host ?? null;
  const props = host as unknown as { label?: string; legend?: string };
  return { host, name: props?.legend || props?.label || '' };
}

const optionLabel = (element: Element) => ((element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '').trim();

/** Presses Tab until the focus is on something that matches; fails naming what it saw. */
async function tabTo(description: string, match: (element: Element) => boolean, max = 80): Promise<Element> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && match(active)) return active;
    seen.push(`${active?.tagName.toLowerCase()}:${active ? optionLabel(active) || hostOf(active).name : ''}`);
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${description}. Focus went through: ${seen.join(' | ')}`);
}

async function typeIn(label: string, text: string): Promise<void> {
  await tabTo(`the box "${label}"`, (el) => (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && (el as HTMLInputElement).type !== 'radio' && (el as HTMLInputElement).type !== 'checkbox' && hostOf(el).name === label);
  await sendKeys({ type: text });
}

async function typeDate(label: string, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-');
  await tabTo(`the day box of "${label}"`, (el) => el.tagName === 'INPUT' && hostOf(el).name === label);
  await sendKeys({ type: String(Number(day)) });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: String(Number(month)) });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: year! });
}

async function tick(label: string): Promise<void> {
  await tabTo(`the checkbox "${label}"`, (el) => (el as HTMLInputElement).type === 'checkbox' && optionLabel(el) === label);
  await sendKeys({ press: 'Space' });
}

/** Tabs into a radio group, then uses the arrow keys to select an answer, as keyboard users do. */
async function choose(legend: string, label: string): Promise<void> {
  await tabTo(`the radios "${legend}"`, (el) => (el as HTMLInputElement).type === 'radio' && hostOf(el).name === legend);
  await sendKeys({ press: 'Space' });
  for (let i = 0; i < 12 && optionLabel(deepActive()!) !== label; i++) await sendKeys({ press: 'ArrowDown' });
  expect(optionLabel(deepActive()!)).to.equal(label);
}

async function press(text: string): Promise<void> {
  const label = (el: Element) => (el.textContent!.trim() || (el.getRootNode() as ShadowRoot).host?.textContent?.trim()) ?? '';
  await tabTo(`the button "${text}"`, (el) => el.tagName === 'BUTTON' && label(el) === text);
  await sendKeys({ press: 'Enter' });
}

/** Continues and waits for the next step, checking that focus moved to its heading. */
async function next(el: KithConsentCapture, heading: string): Promise<void> {
  await press('Continue');
  await settle(el);
  expect(stepHeading(el), 'the step heading').to.equal(heading);
  expect(el.shadowRoot!.activeElement?.getAttribute('part'), `focus on the "${heading}" heading`).to.equal('heading');
}

async function settle(el: KithConsentCapture): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await Promise.all([...el.shadowRoot!.querySelectorAll('*')].map((child) => (child as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

const stepHeading = (el: KithConsentCapture) => el.shadowRoot!.querySelector('[part="heading"]')?.textContent?.trim();

async function capture(template = html`<kith-consent-capture .recordedBy=${SAM}></kith-consent-capture>`): Promise<KithConsentCapture> {
  const el = await fixture<KithConsentCapture>(template);
  await settle(el);
  el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!.focus();
  return el;
}

/** Puts the flow on a step with these answers, to check how each step looks. */
async function showStep(el: KithConsentCapture, step: StepId, answers: Partial<Answers>): Promise<void> {
  el.resume({ ...emptyAnswers(), ...answers }, step);
  await settle(el);
}

const FULL: Partial<Answers> = {
  subjectName: 'Maya Thompson',
  subjectDob: bornYearsAgo(15),
  purposes: ['education', 'other'],
  purposeOther: 'Mentoring',
  recipients: ['school'],
  scope: 'categories',
  categories: ['health'],
  decision: 'refused',
  giverName: 'Maya Thompson',
  giverRole: 'child',
  capacity: 'gillick-competent',
  capacityReasons: 'Explained it back in her own words.',
  method: 'in-person',
  shareAnyway: 'yes',
  lawfulBasis: 'safeguarding',
  reason: 'Risk of harm',
  decidedByName: 'Priya Shah',
  decidedByRole: 'Team manager',
  personInformed: 'no',
  notInformedReason: 'Would put her at risk',
  childViews: 'Does not want school to know.',
};

describe('kith-consent-capture', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    const states: Array<[string, StepId, Partial<Answers>]> = [
      ...applicableSteps({ ...emptyAnswers(), ...FULL }).map((step): [string, StepId, Partial<Answers>] => [step, step, FULL]),
      ['capacity, age not known', 'capacity', { ...FULL, subjectDob: '', capacity: '' }],
      ['capacity at 17', 'capacity', { ...FULL, subjectDob: bornYearsAgo(17), capacity: '' }],
      ['dates for consent given', 'dates', { ...FULL, decision: 'given' }],
      ['right to withdraw', 'right-to-withdraw', { ...FULL, decision: 'given' }],
    ];
    for (const locale of ['en-GB', 'cy'] as const) {
      for (const [name, step, answers] of states) {
        it(`is axe-clean in ${locale}: ${name}`, async () => {
          await setLocale(locale);
          const el = await capture();
          await showStep(el, step, answers);
          await expectAxeClean(el);
        });
      }

      it(`is axe-clean in ${locale} with errors showing`, async () => {
        await setLocale(locale);
        const el = await capture();
        el.shadowRoot!.querySelector('kith-button')!.click();
        await settle(el);
        expect(el.shadowRoot!.querySelector('kith-error-summary')!.errors).to.have.length(1);
        await expectAxeClean(el);
      });

      it(`is axe-clean in ${locale} while the decision is being recorded`, async () => {
        await setLocale(locale);
        const el = await capture();
        await showStep(el, 'check', FULL);
        el.addEventListener('kith-consent-record', (event) => event.waitUntil(new Promise(() => {})), { once: true });
        el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="status"]'), 'saying it is recording').to.exist;
        await expectAxeClean(el);
      });
    }

    it('is axe-clean on one page, and when done', async () => {
      const el = await capture(html`<kith-consent-capture mode="page" .recordedBy=${SAM}></kith-consent-capture>`);
      await showStep(el, 'subject', FULL);
      await expectAxeClean(el);
      (el as unknown as { done: boolean }).done = true;
      await settle(el);
      await expectAxeClean(el);
    });

    it('names questions and answers in the accessibility tree', async () => {
      const el = await capture();
      await showStep(el, 'decision', {});
      await axNode('heading', 'The decision');
      await axNode('group', 'Was consent asked for, and what was the answer?');
      const notSought = await axNode('radio', 'Consent was not asked for');
      expect(notSought.description).to.equal('For example, because asking would put a child at risk, or because another lawful basis applies.');
      await showStep(el, 'subject', {});
      await axNode('textbox', "Child's full name");
      await axNode('group', 'Date of birth (if known)');
    });
  });

  describe('keyboard journeys', () => {
    it('records a 15-year-old consenting for herself after a competence assessment', async () => {
      const dob = bornYearsAgo(15);
      const el = await capture();
      expect(stepHeading(el)).to.equal('The child');
      await typeIn("Child's full name", 'Maya Thompson');
      await typeDate('Date of birth (if known)', dob);
      await next(el, 'What the information is for');
      await tick('Education support');
      await tick('Health care');
      await next(el, 'Who it will be shared with');
      await tick('School');
      await next(el, 'Which information');
      await choose('Which information can be shared?', 'All the information we hold');
      await next(el, 'The decision');
      await choose('Was consent asked for, and what was the answer?', 'Consent was given');
      await next(el, 'Who gave consent');
      await typeIn('Their full name', 'Maya Thompson');
      await choose('What is their relationship to the child?', 'The child or young person');
      await next(el, 'Can the child decide for themselves?');
      expect(el.shadowRoot!.textContent).to.include('Gillick competence');
      await choose('Is the child able to make this decision for themselves?', 'Yes: I assessed them and they understand enough to decide');
      await typeIn('Why did you reach this judgement?', 'She explained what would be shared and why, and weighed it up.');
      await next(el, 'How the decision was made');
      await choose('How was the decision given?', 'In person');
      await next(el, 'The right to withdraw consent');
      await choose('Have you told them they can withdraw consent at any time?', 'Yes');
      await next(el, "The child's views");
      await typeIn("What are the child's views about sharing this information?", 'Only my head of year.');
      await next(el, 'Review and end dates');
      await next(el, 'Check your answers');
      const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
      await press('Confirm and record');
      const { record, bubbles, composed } = await recorded;
      expect(bubbles && composed).to.equal(true);
      expect(consentRecordIssues(record)).to.deep.equal([]);
      expect(JSON.parse(JSON.stringify(record))).to.deep.equal(record);
      expect(record).to.deep.include({
        decision: 'given',
        subject: { name: 'Maya Thompson', dateOfBirth: dob },
        givenBy: { name: 'Maya Thompson', role: 'child', hasParentalResponsibility: false },
        capacity: { ageBand: 'under-16', assessed: true, competent: true, reasons: 'She explained what would be shared and why, and weighed it up.' },
        method: 'in-person',
        informedOfRightToWithdraw: true,
        childViews: 'Only my head of year.',
        recordedBy: SAM,
        scope: { type: 'all' },
      });
      expect(ageOn(dob, ukDate(Date.now()))).to.equal(15);
      expect(record.purposes.map((p) => p.id)).to.deep.equal(['education', 'health']);
      await settle(el);
      expect(stepHeading(el)).to.equal('Consent decision recorded');
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('heading');
    });

    it('records a parent refusing, and a manager deciding to share without consent', async () => {
      const el = await capture();
      await typeIn("Child's full name", 'Leo Price');
      await next(el, 'What the information is for');
      await tick('Other');
      await typeIn('Describe the purpose', 'Child protection enquiries');
      await next(el, 'Who it will be shared with');
      await tick('Police');
      await next(el, 'Which information');
      await choose('Which information can be shared?', 'Only some kinds of information');
      await tick('Health');
      await tick('Family circumstances');
      await next(el, 'The decision');
      await choose('Was consent asked for, and what was the answer?', 'Consent was refused');
      await next(el, 'Who refused consent');
      await typeIn('Their full name', 'Daniel Price');
      await choose('What is their relationship to the child?', 'Parent');
      await choose('Do they have parental responsibility for the child?', 'Yes');
      await next(el, 'How the decision was made');
      await choose('How was the decision given?', 'By phone');
      await next(el, 'Sharing without consent');
      await choose('Will information be shared without consent?', 'Yes, on another lawful basis');
      await next(el, 'The decision to share without consent');
      await choose('What is the lawful basis for sharing?', 'Safeguarding children and individuals at risk');
      await typeIn('Why is information being shared without consent?', 'Unexplained injuries.');
      await typeIn('Name of the person who made the decision', 'Priya Shah');
      await typeIn('Their role', 'Team manager');
      await choose('Has the person been told that information will be shared?', 'No');
      await typeIn('Why have they not been told?', 'It could put Leo at risk.');
      await next(el, "The child's views");
      await next(el, 'Review and end dates');
      expect(el.shadowRoot!.querySelector('kith-date-input[name="expiresOn"]'), 'no end date for a refusal').to.equal(null);
      await next(el, 'Check your answers');
      const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
      await press('Confirm and record');
      const { record } = await recorded;
      expect(consentRecordIssues(record)).to.deep.equal([]);
      expect(record.decision).to.equal('refused');
      expect(record.purposes).to.deep.equal([{ id: 'other:child protection enquiries', label: 'Child protection enquiries' }]);
      expect(record.scope).to.deep.equal({ type: 'categories', categories: ['Health', 'Family circumstances'] });
      expect(record.givenBy).to.deep.equal({ name: 'Daniel Price', role: 'parent', hasParentalResponsibility: true });
      expect(record.informedOfRightToWithdraw).to.equal(false);
      expect(record.withoutConsent).to.deep.equal({
        lawfulBasis: { id: 'safeguarding', label: 'Safeguarding children and individuals at risk' },
        reason: 'Unexplained injuries.',
        decidedBy: { name: 'Priya Shah', role: 'Team manager' },
        personInformed: false,
        notInformedReason: 'It could put Leo at risk.',
      });
    });

    it('records a withdrawal, starting pre-filled from the consent it withdraws', async () => {
      const request = { record: competentFifteenYearOld, purposes: [competentFifteenYearOld.purposes[0]!], recipients: [competentFifteenYearOld.recipients[1]!] };
      const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .withdrawing=${request}></kith-consent-capture>`);
      expect(stepHeading(el)).to.equal('Who withdrew consent');
      expect(el.shadowRoot!.querySelector('[part="caption"]')!.textContent).to.equal('Withdraw consent');
      await next(el, 'Can the child decide for themselves?');
      await choose('Is the child able to make this decision for themselves?', 'Yes: I had doubts, assessed them, and they are able to decide');
      await typeIn('Why did you reach this judgement?', 'Clear and consistent.');
      await next(el, 'How the decision was made');
      await choose('How was the decision given?', 'In writing');
      await next(el, 'Sharing without consent');
      await choose('Will information be shared without consent?', 'No');
      await next(el, "The child's views");
      await next(el, 'Review and end dates');
      await next(el, 'Check your answers');
      const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
      await press('Confirm and record');
      const { record } = await recorded;
      expect(consentRecordIssues(record)).to.deep.equal([]);
      expect(record).to.deep.include({ decision: 'withdrawn', supersedes: 'c-101', method: 'written' });
      expect(record.purposes).to.deep.equal([competentFifteenYearOld.purposes[0]]);
      expect(record.recipients).to.deep.equal([competentFifteenYearOld.recipients[1]]);
      expect(record.scope).to.deep.equal(competentFifteenYearOld.scope);
      expect(record.withoutConsent).to.equal(undefined);
    });

    it('goes back with the Back link, and from check answers to a step and straight back again', async () => {
      const el = await capture();
      await showStep(el, 'check', { ...FULL, decision: 'not-sought', shareAnyway: 'no' });
      await tabTo('the change link for purposes', (node) => node.tagName === 'A' && node.textContent!.includes('purposes'));
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(stepHeading(el)).to.equal('What the information is for');
      await next(el, 'Check your answers');
      await press('Back');
      await settle(el);
      expect(stepHeading(el)).to.equal('Review and end dates');
    });
  });

  describe('errors', () => {
    it('shows an error summary that takes focus and links to each unanswered question', async () => {
      const el = await capture();
      await showStep(el, 'giver', { decision: 'given' });
      await press('Continue');
      await settle(el);
      const summary = el.shadowRoot!.querySelector('kith-error-summary')!;
      const links = [...summary.shadowRoot!.querySelectorAll('a')].map((link) => link.textContent!.trim());
      expect(links).to.deep.equal(['Enter their full name', 'Select their relationship to the child', 'Select whether they have parental responsibility']);
      expect(summary.shadowRoot!.activeElement?.getAttribute('part')).to.equal('summary');
      expect(stepHeading(el)).to.equal('Who gave consent');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(hostOf(deepActive()!).name).to.equal('Their full name');
    });

    it('does not let a child under 16 who was not assessed decide for themselves', async () => {
      const el = await capture();
      await showStep(el, 'capacity', { ...FULL, capacity: 'not-assessed', capacityReasons: '' });
      await press('Continue');
      await settle(el);
      const summary = el.shadowRoot!.querySelector('kith-error-summary')!;
      expect(summary.shadowRoot!.textContent).to.include('cannot give, refuse or withdraw consent for themselves');
      expect(stepHeading(el)).to.equal('Can the child decide for themselves?');
      await choose('Is the child able to make this decision for themselves?', 'Yes: I assessed them and they understand enough to decide');
      await typeIn('Why did you reach this judgement?', 'Understood it.');
      await next(el, 'How the decision was made');
    });

    it('asks the age when there is no date of birth, and presumes capacity at 16', async () => {
      const el = await capture();
      await showStep(el, 'capacity', { ...FULL, subjectDob: '', capacity: '', capacityReasons: '' });
      await choose('How old is the child?', '16 or over');
      await settle(el);
      expect(el.shadowRoot!.textContent).to.include('presumed able to make this decision');
      await choose('Is the child able to make this decision for themselves?', 'Yes: there is no reason to doubt it');
      await next(el, 'How the decision was made');
    });

    it('refuses a withdrawal of a record that is not valid, naming the field, and keeps working', async () => {
      const el = await capture();
      const withdraw = (value: unknown) => (el.withdrawing = value as ConsentWithdrawRequest);
      expect(() => withdraw({ record: { ...competentFifteenYearOld, decision: 'maybe' } })).to.throw(TypeError, 'withdrawing.record: decision');
      await settle(el);
      expect(stepHeading(el)).to.equal('The child');
      withdraw({ record: competentFifteenYearOld, purposes: 'all', recipients: [{ id: 'not-in-record', label: 'x' }] });
      expect(el.withdrawing!.recipients).to.deep.equal(competentFifteenYearOld.recipients);
    });

    it('never sends a record it cannot make valid: a missing recorder is named', async () => {
      const el = await capture(html`<kith-consent-capture></kith-consent-capture>`);
      await showStep(el, 'check', { ...FULL, decision: 'not-sought', shareAnyway: 'no' });
      let sent = false;
      el.addEventListener('kith-consent-record', () => (sent = true));
      await press('Confirm and record');
      await settle(el);
      expect(sent).to.equal(false);
      expect(el.shadowRoot!.querySelector('kith-error-summary')!.shadowRoot!.textContent).to.include('recordedBy is missing');
    });
  });

  describe('one page, drafts and wording', () => {
    it('asks every question on one page and adds the sharing questions as the answers call for them', async () => {
      const el = await capture(html`<kith-consent-capture mode="page" .recordedBy=${SAM} .subject=${{ name: 'Leo Price' }}></kith-consent-capture>`);
      const sections = () => [...el.shadowRoot!.querySelectorAll('[part="section-heading"]')].map((node) => node.textContent!.trim());
      expect(sections()).to.deep.equal(['The child', 'What the information is for', 'Who it will be shared with', 'Which information', 'The decision', "The child's views", 'Review and end dates']);
      await tick('Police');
      await choose('Was consent asked for, and what was the answer?', 'Consent was not asked for');
      await settle(el);
      expect(sections()).to.include('Sharing without consent');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('kith-text-input[name="subjectName"]')!.value).to.equal('Leo Price');
      await press('Check your answers');
      await settle(el);
      const summaryLinks = [...el.shadowRoot!.querySelector('kith-error-summary')!.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent!.trim());
      expect(summaryLinks).to.deep.equal([
        'Select what the information will be used for',
        'Select which information can be shared',
        'Select whether information will be shared without consent',
      ]);
      await tick('Early help for the family');
      await choose('Which information can be shared?', 'All the information we hold');
      await choose('Will information be shared without consent?', 'No');
      await press('Check your answers');
      await settle(el);
      expect(stepHeading(el)).to.equal('Check your answers');
      const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
      await press('Confirm and record');
      const { record } = await recorded;
      expect(consentRecordIssues(record)).to.deep.equal([]);
      expect(record).to.deep.include({ decision: 'not-sought', givenBy: null, method: null, informedOfRightToWithdraw: false });
      expect(record.withoutConsent).to.equal(undefined);
    });

    it('saves answers as a draft while they are typed, and offers them back', async () => {
      const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
      const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key="consent:case-1"></kith-consent-capture>`);
      await typeIn("Child's full name", 'Ffion Hughes');
      await el.draftSaved();
      const draft = await store.load('consent:case-1');
      expect((draft!.value as unknown as { answers: Answers }).answers.subjectName).to.equal('Ffion Hughes');
      el.remove();

      const again = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key="consent:case-1"></kith-consent-capture>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(again);
      const banner = again.shadowRoot!.querySelector('kith-draft-restore');
      expect(banner, 'the draft is offered').to.exist;
      banner!.dispatchEvent(new Event('kith-draft-restore', { bubbles: true, composed: true }));
      await settle(again);
      expect(again.value.subjectName).to.equal('Ffion Hughes');
      store.close();
    });

    it('keeps an impossible date in the draft as it was typed, and gives it back', async () => {
      const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
      const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key="consent:case-2"></kith-consent-capture>`);
      await typeDate('Date of birth (if known)', '2011-02-31');
      await el.draftSaved();
      const draft = (await store.load('consent:case-2'))!.value as unknown as { answers: Answers; typed: Record<string, string[]> };
      expect(draft.answers.subjectDob).to.equal('');
      expect(draft.typed.subjectDob).to.deep.equal(['31', '2', '2011']);
      el.remove();

      const again = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key="consent:case-2"></kith-consent-capture>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(again);
      again.shadowRoot!.querySelector('kith-draft-restore')!.dispatchEvent(new Event('kith-draft-restore', { bubbles: true, composed: true }));
      await settle(again);
      const date = again.shadowRoot!.querySelector('kith-date-input')!;
      await date.updateComplete;
      expect([...date.shadowRoot!.querySelectorAll('input')].map((box) => box.value)).to.deep.equal(['31', '2', '2011']);
      store.close();
    });

    it('lets a page change any text', async () => {
      const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .strings=${{ 'capture.subject.title': 'About the young person', 'capture.continue': 'Next' }}></kith-consent-capture>`);
      expect(stepHeading(el)).to.equal('About the young person');
      expect(el.shadowRoot!.querySelector('kith-button')!.textContent!.trim()).to.equal('Next');
    });

    it('keeps what was typed through a switch to Welsh', async () => {
      const el = await capture();
      await typeIn("Child's full name", 'Ffion');
      await setLocale('cy');
      await settle(el);
      expect(stepHeading(el)).to.not.equal('The child');
      expect(el.value.subjectName).to.equal('Ffion');
      expect(el.shadowRoot!.querySelector('kith-text-input')!.value).to.equal('Ffion');
    });
  });
});

describe('kith-consent-capture: nothing typed is lost, nothing is saved under another child', () => {
  afterEach(() => setLocale('en-GB'));

  const withStore = (store: DraftStore, key: string) =>
    capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key=${key}></kith-consent-capture>`);

  it('keeps a withdrawal being typed when the host sets the same request again (a framework re-render)', async () => {
    const request = { record: competentFifteenYearOld, purposes: [competentFifteenYearOld.purposes[0]!], recipients: [competentFifteenYearOld.recipients[1]!] };
    const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .withdrawing=${request}></kith-consent-capture>`);
    await next(el, 'Can the child decide for themselves?');
    await typeIn('Why did you reach this judgement?', 'Clear and consistent.');
    el.withdrawing = request;
    el.purposeOptions = [];
    el.subject = { name: 'Maya Thompson' };
    await settle(el);
    expect(stepHeading(el)).to.equal('Can the child decide for themselves?');
    expect(el.value.capacityReasons).to.equal('Clear and consistent.');
  });

  it('saves what was typed under the draft key it was typed for when the host changes the key', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    const el = await withStore(store, 'consent:amira');
    await typeIn("Child's full name", 'Amira Hughes');
    el.draftKey = 'consent:josh';
    await el.updateComplete;
    await el.draftSaved();
    const amira = (await store.load('consent:amira'))?.value as unknown as { answers: Answers } | undefined;
    expect(amira?.answers.subjectName, "Amira's draft").to.equal('Amira Hughes');
    expect(await store.load('consent:josh'), "nothing of Amira's under Josh's key").to.equal(null);
    store.close();
  });

  it('never writes over the draft on offer while the practitioner types before choosing Restore or Discard', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    await store.save('consent:case-5', { answers: { ...emptyAnswers(), subjectName: 'Ffion Hughes', childViews: 'She wants her teacher told.' }, step: 'subject' } as never);
    const el = await withStore(store, 'consent:case-5');
    await waitUntil(() => el.shadowRoot!.querySelector('kith-draft-restore'), 'the draft is offered');
    await typeIn("Child's full name", 'Typed past the banner');
    await el.draftSaved();
    const draft = (await store.load('consent:case-5'))?.value as unknown as { answers: Answers } | undefined;
    expect(draft?.answers.childViews).to.equal('She wants her teacher told.');
    store.close();
  });

  it('offers the draft when the host sets the store after the flow has opened, as React wrappers do', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    await store.save('consent:case-6', { answers: { ...emptyAnswers(), subjectName: 'Ffion Hughes' }, step: 'subject' } as never);
    const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} draft-key="consent:case-6"></kith-consent-capture>`);
    el.draftStore = store;
    await waitUntil(() => el.shadowRoot!.querySelector('kith-draft-restore'), 'the draft is offered');
    store.close();
  });

  it('saves what was typed under its own key when the host starts a withdrawal with another key at once', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    const el = await withStore(store, 'consent:amira');
    await typeIn("Child's full name", 'Amira Hughes');
    el.withdrawing = { record: competentFifteenYearOld, purposes: [competentFifteenYearOld.purposes[0]!], recipients: [competentFifteenYearOld.recipients[1]!] };
    el.draftKey = 'consent:withdraw-c-101';
    await el.updateComplete;
    await el.draftSaved();
    const amira = (await store.load('consent:amira'))?.value as unknown as { answers: Answers } | undefined;
    expect(amira?.answers).to.deep.include({ subjectName: 'Amira Hughes', supersedes: '' });
    store.close();
  });

  it('saves the draft at once when the page is hidden', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    const el = await withStore(store, 'consent:case-3');
    await typeIn("Child's full name", 'Ffion Hughes');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    // Whatever the page hid did not wait for is still queued: only a save already started counts.
    await (el as unknown as { drafts: { saving: Promise<void> } }).drafts.saving;
    const draft = (await store.load('consent:case-3'))?.value as unknown as { answers: Answers } | undefined;
    expect(draft?.answers.subjectName).to.equal('Ffion Hughes');
    store.close();
  });

  it('saves the waiting draft when the page becomes hidden, not when it becomes visible again', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    const el = await withStore(store, 'consent:case-5');
    await typeIn("Child's full name", 'Ffion Hughes');
    const saving = () => (el as unknown as { drafts: { saving: Promise<void> } }).drafts.saving;
    const before = saving();
    expect(document.visibilityState).to.equal('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saving(), 'no save started while the page is visible').to.equal(before);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    await saving();
    const draft = (await store.load('consent:case-5'))?.value as unknown as { answers: Answers } | undefined;
    expect(draft?.answers.subjectName).to.equal('Ffion Hughes');
    store.close();
  });

  /** A draft of a child's name typed in an earlier visit, in a new store object (a page opened again). */
  async function earlierDraft(key: string): Promise<DraftStore> {
    const name = `consent-capture-test-${crypto.randomUUID()}`;
    const first = new DraftStore({ name });
    const el = await withStore(first, key);
    await typeIn("Child's full name", 'Ffion Hughes');
    await el.draftSaved();
    el.remove();
    // Taken out of the page, the form may save once more (the box it leaves fires change): that lands before the next page opens.
    await el.draftSaved();
    first.close();
    return new DraftStore({ name });
  }
  const savedName = async (store: DraftStore, key: string) => ((await store.load(key))?.value as unknown as { answers: Answers }).answers.subjectName;
  const warningOf = (el: KithConsentCapture) => el.shadowRoot!.querySelector('kith-warning-text')?.textContent?.trim() ?? null;

  it('does not save over a draft it could not read when it opened (the browser refused storage), and offers it once it can', async () => {
    const store = await earlierDraft('consent:case-6');
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to the Indexed Database API is denied in this context.', 'SecurityError');
    };
    let el: KithConsentCapture;
    try {
      el = await withStore(store, 'consent:case-6');
      expect(el.shadowRoot!.querySelector('kith-draft-restore'), 'not offered: it could not be read').to.equal(null);
    } finally {
      IDBFactory.prototype.open = open;
    }
    await typeIn("Child's full name", 'Amira');
    await el.draftSaved();
    await settle(el);
    expect(await savedName(store, 'consent:case-6'), 'the earlier draft, untouched').to.equal('Ffion Hughes');
    expect(el.shadowRoot!.querySelector('kith-draft-restore'), 'found on the second look and offered').to.exist;
    store.close();
  });

  it('says in English and Welsh that the answers are not saved while the browser refuses storage, and keeps them on screen', async () => {
    const store = await earlierDraft('consent:case-7');
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to the Indexed Database API is denied in this context.', 'SecurityError');
    };
    try {
      const el = await withStore(store, 'consent:case-7');
      await typeIn("Child's full name", 'Amira');
      await el.draftSaved();
      await settle(el);
      expect(warningOf(el)).to.equal('Your answers could not be saved on this device. Keep this page open until you have confirmed.');
      await setLocale('cy');
      await settle(el);
      expect(warningOf(el)).to.equal('Nid oedd modd cadw eich atebion ar y ddyfais hon. Cadwch y dudalen hon ar agor nes eich bod wedi cadarnhau.');
      expect(el.value.subjectName).to.equal('Amira');
    } finally {
      IDBFactory.prototype.open = open;
    }
    expect(await savedName(store, 'consent:case-7'), 'the earlier draft, untouched').to.equal('Ffion Hughes');
    store.close();
  });

  it('tells screen reader users at once, and once, when their answers cannot be saved on the device', async () => {
    const full = fullDraftStore();
    const recorder = recordAnnouncements('assertive');
    const el = await withStore(full, 'consent:case-9');
    await typeIn("Child's full name", 'Amira');
    await el.draftSaved();
    await settle(el);
    await waitUntil(() => recorder.messages.length > 0, 'the warning is announced');
    await typeIn("Child's full name", ' Hughes');
    await el.draftSaved();
    await settle(el);
    recorder.stop();
    expect(recorder.messages).to.deep.equal([warningOf(el)]);
  });

  it('does not save over a draft on offer while the user has not chosen, and saves what they typed once they discard it', async () => {
    const store = await earlierDraft('consent:case-8');
    const el = await withStore(store, 'consent:case-8');
    await waitUntil(() => el.shadowRoot!.querySelector('kith-draft-restore'), 'the earlier draft is offered');
    const banner = el.shadowRoot!.querySelector('kith-draft-restore');
    await typeIn("Child's full name", 'Amira');
    await el.draftSaved();
    expect(await savedName(store, 'consent:case-8'), 'the draft on offer, untouched').to.equal('Ffion Hughes');
    banner!.dispatchEvent(new Event('kith-draft-discard', { bubbles: true, composed: true }));
    await settle(el);
    await el.draftSaved();
    expect(await savedName(store, 'consent:case-8'), 'what was typed while deciding').to.equal('Amira');
    store.close();
  });

  it('Restore puts back the draft’s answers, over what was typed to them while it was on offer, and keeps answers to questions it left blank', async () => {
    const store = await earlierDraft('consent:case-10');
    const el = await withStore(store, 'consent:case-10');
    await waitUntil(() => el.shadowRoot!.querySelector('kith-draft-restore'), 'the earlier draft is offered');
    const banner = el.shadowRoot!.querySelector('kith-draft-restore');
    await typeIn("Child's full name", 'A');
    await typeDate('Date of birth (if known)', '2011-02-14');
    banner!.dispatchEvent(new Event('kith-draft-restore', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.value.subjectName, 'the draft’s answer: a stray keystroke must not cost it').to.equal('Ffion Hughes');
    expect(el.value.subjectDob, 'typed while deciding, to a question the draft left blank').to.equal('2011-02-14');
    await el.draftSaved();
    const saved = ((await store.load('consent:case-10'))?.value as unknown as { answers: Answers }).answers;
    expect([saved.subjectName, saved.subjectDob], 'saved together without another keystroke').to.deep.equal(['Ffion Hughes', '2011-02-14']);
    store.close();
  });

  it('offers what the same record open in another tab saved since, saying so, instead of writing over it', async () => {
    const key = 'consent:case-11';
    const name = `consent-capture-tabs-${crypto.randomUUID()}`;
    const clock = virtualClock();
    const [storeA, storeB] = [new DraftStore({ name, clock }), new DraftStore({ name, clock })];
    const tabA = await withStore(storeA, key);
    await typeIn("Child's full name", 'Ffion Hughes');
    await tabA.draftSaved();

    const tabB = await withStore(storeB, key);
    await tabB.draftSaved();
    await settle(tabB);
    expect((await draftBannerWords(tabB))[0], 'a draft found on opening').to.equal('Unsaved answers');
    tabB.shadowRoot!.querySelector('kith-draft-restore')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="restore"]')!.click();
    await settle(tabB);
    await typeDate('Date of birth (if known)', '2011-02-14');
    await tabB.draftSaved();

    tabA.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!.focus();
    await typeIn("Child's full name", 'Ffion Jones');
    await tabA.draftSaved();
    await settle(tabA);
    const [heading, message] = await draftBannerWords(tabA);
    expect(heading, 'the other tab’s answers are offered, saying where they come from').to.equal('Answers saved in another tab');
    expect(message).to.match(/^This record was changed in another tab or window on [^.]+\. Restore puts those answers on this page; Discard deletes them and keeps what is here\.$/);
    expect(tabA.value.subjectName, 'nothing typed here is taken off the screen').to.equal('Ffion Jones');
    const stored = ((await storeA.load(key))?.value as unknown as { answers: Answers }).answers;
    expect([stored.subjectName, stored.subjectDob], 'what tab B saved is still there').to.deep.equal(['Ffion Hughes', '2011-02-14']);
    await storeA.clearAll();
    storeA.close();
    storeB.close();
  });

  it('gives every answer back from a draft, exactly', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    const el = await withStore(store, 'consent:case-4');
    const answers: Answers = { ...emptyAnswers(), ...FULL, childViews: 'Mae hi eisiau 👩🏽‍⚕️ — مرحبا \u202eRTL\u202c', reviewDate: '2031-01-31' };
    el.resume(answers, 'child-views');
    await settle(el);
    await next(el, 'Review and end dates');
    await el.draftSaved();
    el.remove();
    const again = await withStore(store, 'consent:case-4');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(again);
    again.shadowRoot!.querySelector('kith-draft-restore')!.dispatchEvent(new Event('kith-draft-restore', { bubbles: true, composed: true }));
    await settle(again);
    expect(again.value).to.deep.equal(answers);
    expect(stepHeading(again)).to.equal('Review and end dates');
    store.close();
  });
});

describe('kith-consent-capture: what is recorded is what was chosen', () => {
  it('records a recipient that was ticked before the host changed its list, and shows it ticked', async () => {
    const el = await capture();
    await showStep(el, 'recipients', { ...FULL, recipients: ['school', 'police'] });
    el.recipientOptions = [{ id: 'school', label: 'School' }, { id: 'gp', label: 'GP surgery' }];
    await settle(el);
    expect(el.shadowRoot!.querySelector<HTMLElement & { values: string[] }>('kith-checkboxes[name="recipients"]')!.values).to.deep.equal(['school', 'police']);
    await showStep(el, 'check', { ...el.value });
    const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
    await press('Confirm and record');
    const { record } = await recorded;
    expect(record.recipients.map((option) => option.id)).to.deep.equal(['school', 'police']);
  });

  it('offers back a withdrawal that was being typed when the page closed', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    const request = { record: competentFifteenYearOld, purposes: [competentFifteenYearOld.purposes[0]!], recipients: [competentFifteenYearOld.recipients[1]!] };
    const template = () => html`<kith-consent-capture .recordedBy=${SAM} .withdrawing=${request} .draftStore=${store} draft-key="consent:withdraw-c-101"></kith-consent-capture>`;
    const el = await capture(template());
    await next(el, 'Can the child decide for themselves?');
    await typeIn('Why did you reach this judgement?', 'Clear and consistent.');
    await el.draftSaved();
    el.remove();
    const again = await capture(template());
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(again);
    const banner = again.shadowRoot!.querySelector('kith-draft-restore');
    expect(banner, 'the draft is offered').to.exist;
    banner!.dispatchEvent(new Event('kith-draft-restore', { bubbles: true, composed: true }));
    await settle(again);
    expect(again.value).to.deep.include({ capacityReasons: 'Clear and consistent.', supersedes: 'c-101', decision: 'withdrawn' });
    store.close();
  });
});

describe('kith-consent-capture: drafts from older versions and a change of language mid-step', () => {
  afterEach(() => setLocale('en-GB'));

  it('restores what it can read of a draft an older version wrote, and asks the rest', async () => {
    const store = new DraftStore({ name: `consent-capture-test-${Math.random()}` });
    await store.save('consent:old', { answers: { subjectName: 'Ffion Hughes', purposes: 'education', decision: 42 }, step: 'gone-step', typed: { subjectDob: [1, 2] } } as never);
    const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key="consent:old"></kith-consent-capture>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settle(el);
    el.shadowRoot!.querySelector('kith-draft-restore')!.dispatchEvent(new Event('kith-draft-restore', { bubbles: true, composed: true }));
    await settle(el);
    expect(el.value).to.deep.include({ subjectName: 'Ffion Hughes', decision: '' });
    expect(el.value.purposes).to.deep.equal([]);
    expect(stepHeading(el)).to.equal('What the information is for');
    store.close();
  });

  it('keeps ticks and the words under "Other" through a switch to Welsh, and records them', async () => {
    const el = await capture();
    await showStep(el, 'recipients', { ...FULL, recipients: [] });
    await tick('Police');
    await tick('Other');
    await settle(el);
    await typeIn('Name of the organisation or service', 'Canolfan Deulu — 👨‍👩‍👧');
    await setLocale('cy');
    await settle(el);
    expect(el.value).to.deep.include({ recipientOther: 'Canolfan Deulu — 👨‍👩‍👧' });
    expect(el.value.recipients).to.deep.equal(['police', 'other']);
    await showStep(el, 'check', el.value);
    const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
    el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
    const { record } = await recorded;
    expect(record.recipients.map((option) => option.label)).to.deep.equal(['Heddlu', 'Canolfan Deulu — 👨‍👩‍👧']);
  });
});

describe('kith-consent-capture: the accessibility tree in Welsh', () => {
  afterEach(() => setLocale('en-GB'));

  it('names each question as it shows it, and each "Change" link apart from the others', async () => {
    await setLocale('cy');
    const el = await capture();
    await showStep(el, 'giver', FULL);
    for (const group of el.shadowRoot!.querySelectorAll<HTMLElement & { legend: string }>('kith-radios')) await axNode('group', group.legend);
    await axNode('textbox', el.shadowRoot!.querySelector<HTMLElement & { label: string }>('kith-text-input')!.label);
    await showStep(el, 'check', FULL);
    const links = (await axTree()).filter((node) => node.role === 'link').map((node) => node.name);
    const rows = el.shadowRoot!.querySelector<HTMLElement & { rows: { key: string }[] }>('kith-summary-list')!.rows;
    expect(links).to.have.length(rows.length);
    expect(new Set(links).size, 'every link named apart').to.equal(links.length);
    for (const name of links) expect(name).to.match(/^Newid /);
  });
});

describe('kith-consent-capture: the draft is kept until the host has stored the record', () => {
  const KEY = 'consent:case-sending';

  /** A flow on Check your answers whose draft is saved, and a store to look in. */
  async function readyToConfirm(store: DraftStore): Promise<KithConsentCapture> {
    const el = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key=${KEY}></kith-consent-capture>`);
    await showStep(el, 'dates', FULL);
    await next(el, 'Check your answers');
    await el.draftSaved();
    expect(await store.load(KEY), 'the draft is saved before the record is').to.not.equal(null);
    return el;
  }

  /** Presses Confirm with a host that handles the event as `host` does. */
  async function confirmWith(el: KithConsentCapture, host: (event: KithConsentRecordEvent) => void): Promise<void> {
    const recorded = oneEvent(el, 'kith-consent-record') as Promise<KithConsentRecordEvent>;
    el.addEventListener('kith-consent-record', host, { once: true });
    await press('Confirm and record');
    await recorded;
  }

  const newStore = () => new DraftStore({ name: `consent-capture-test-${Math.random()}` });

  it('deletes the draft once what the host passed to waitUntil() resolves', async () => {
    const store = newStore();
    const el = await readyToConfirm(store);
    const { sending, resolve } = hostRequest();
    await confirmWith(el, (event) => event.waitUntil(sending));
    resolve();
    await el.draftSaved();
    expect(await store.load(KEY), 'deleted once sent').to.equal(null);
    store.close();
  });

  it('keeps the draft, and offers it next time, when sending fails', async () => {
    const store = newStore();
    const el = await readyToConfirm(store);
    const { sending, reject } = hostRequest();
    await confirmWith(el, (event) => event.waitUntil(sending));
    reject(new Error('503 from the case system'));
    await el.draftSaved();
    el.remove();
    const again = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${store} draft-key=${KEY}></kith-consent-capture>`);
    await again.draftSaved();
    await settle(again);
    expect(again.shadowRoot!.querySelector('kith-draft-restore'), 'the draft is offered').to.exist;
    store.close();
  });

  it('keeps the draft when the page closes while the record is still being sent', async () => {
    const store = newStore();
    const el = await readyToConfirm(store);
    await confirmWith(el, (event) => event.waitUntil(new Promise(() => {})));
    el.remove();
    // The next page opens its own store on the same database.
    const nextPage = new DraftStore({ name: store.name });
    const again = await capture(html`<kith-consent-capture .recordedBy=${SAM} .draftStore=${nextPage} draft-key=${KEY}></kith-consent-capture>`);
    await again.draftSaved();
    await settle(again);
    expect(again.shadowRoot!.querySelector('kith-draft-restore'), 'the draft is offered').to.exist;
    nextPage.close();
    store.close();
  });

  it('does not leave "Consent decision recorded" on screen when sending fails: it goes back to the answers, says so, and keeps them', async () => {
    for (const locale of ['en-GB', 'cy'] as const) {
      const store = newStore();
      const el = await readyToConfirm(store);
      await setLocale(locale);
      await settle(el);
      const { sending, reject } = hostRequest();
      el.addEventListener('kith-consent-record', (event) => event.waitUntil(sending), { once: true });
      el.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
      await settle(el);
      expect(el.shadowRoot!.textContent, `${locale}: not shown as recorded while it is sent`).to.not.include(locale === 'cy' ? 'wedi’i gofnodi' : 'Consent decision recorded');
      reject(new Error('503 from the case system'));
      await el.draftSaved();
      await settle(el);
      const said = el.shadowRoot!.querySelector('kith-error-summary')?.shadowRoot?.textContent ?? '';
      expect(said, locale).to.include(
        locale === 'cy'
          ? 'Nid oedd modd anfon y penderfyniad. Rhowch gynnig arall arni.'
          : 'The decision could not be sent. Try again.',
      );
      expect(el.shadowRoot!.textContent, `${locale}: no longer shown as recorded`).to.not.include(locale === 'cy' ? 'wedi’i gofnodi' : 'Consent decision recorded');
      expect(el.value.subjectName, `${locale}: every answer kept`).to.equal(FULL.subjectName);
      expect(await store.load(KEY), `${locale}: the draft is kept`).to.not.equal(null);
      await setLocale('en-GB');
      store.close();
    }
  });

  it('keeps the draft when the host cancels the event', async () => {
    const store = newStore();
    const el = await readyToConfirm(store);
    await confirmWith(el, (event) => event.preventDefault());
    await el.draftSaved();
    expect(await store.load(KEY)).to.not.equal(null);
    store.close();
  });

  it('deletes the draft at once when the host does not call waitUntil()', async () => {
    const store = newStore();
    const el = await readyToConfirm(store);
    await confirmWith(el, () => {});
    await el.draftSaved();
    expect(await store.load(KEY)).to.equal(null);
    store.close();
  });

  describe('while the host records the decision', () => {
    afterEach(() => setLocale('en-GB'));

    const confirmButton = (el: KithConsentCapture) => el.shadowRoot!.querySelector<HTMLElement>('kith-button')!;
    const statusOf = (el: KithConsentCapture) => el.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';

    /** Counts the flow's kith-consent-record events; each one's sending is `sending`. */
    function hostSending(el: KithConsentCapture, sending: Promise<void>): { events: number } {
      const count = { events: 0 };
      el.addEventListener('kith-consent-record', (event) => {
        count.events++;
        event.waitUntil(sending);
      });
      return count;
    }

    it('records the decision once however often Confirm is pressed, keeps the button enabled, and says "Consent decision recorded" only once it is stored', async () => {
      const store = newStore();
      const el = await readyToConfirm(store);
      const { sending, resolve } = hostRequest();
      const host = hostSending(el, sending);
      confirmButton(el).click();
      await settle(el);
      expect(stepHeading(el), 'not recorded yet').to.equal('Check your answers');
      confirmButton(el).click();
      await press('Confirm and record');
      await settle(el);
      expect(host.events, 'one decision in the child’s record, not three').to.equal(1);
      expect(confirmButton(el).shadowRoot!.querySelector('button')!.disabled, 'the button stays enabled and focusable').to.equal(false);
      resolve();
      await el.draftSaved();
      await settle(el);
      expect(stepHeading(el)).to.equal('Consent decision recorded');
      expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus on the heading').to.equal('heading');
      store.close();
    });

    it('keeps on screen the answers it is recording: Change and Back say it is still recording, and work again once sending fails', async () => {
      const store = newStore();
      const el = await readyToConfirm(store);
      const { sending, reject } = hostRequest();
      hostSending(el, sending);
      const heard = recordAnnouncements();
      const said = (times: number) => waitUntil(() => heard.messages.filter((message) => message === 'Recording the decision…').length === times, `said ${times} times`);
      confirmButton(el).click();
      await said(1);
      const changeLink = () => el.shadowRoot!.querySelector('kith-summary-list')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="#change-"]')!;
      changeLink().click();
      await said(2);
      el.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!.click();
      await said(3);
      heard.stop();
      await settle(el);
      expect(stepHeading(el), 'what is on screen is what is being recorded').to.equal('Check your answers');
      reject(new Error('503 from the case system'));
      await el.draftSaved();
      await settle(el);
      changeLink().click();
      await settle(el);
      expect(stepHeading(el)).to.not.equal('Check your answers');
      store.close();
    });

    it('records again after a failed send', async () => {
      const store = newStore();
      const el = await readyToConfirm(store);
      const { sending, reject } = hostRequest();
      const host = hostSending(el, sending);
      confirmButton(el).click();
      reject(new Error('503 from the case system'));
      await el.draftSaved();
      await settle(el);
      confirmButton(el).click();
      expect(host.events).to.equal(2);
      store.close();
    });

    for (const [locale, said] of [
      ['en-GB', 'Recording the decision…'],
      ['cy', 'Wrthi’n cofnodi’r penderfyniad…'],
    ] as const) {
      it(`says "${said}" by the Confirm button and through the shared live region until it is stored, and again at each press (${locale})`, async () => {
        const store = newStore();
        const el = await readyToConfirm(store);
        await setLocale(locale);
        await settle(el);
        const { sending, resolve } = hostRequest();
        hostSending(el, sending);
        const polite = recordAnnouncements('polite');
        confirmButton(el).click();
        await settle(el);
        expect(statusOf(el)).to.equal(said);
        expect(el.shadowRoot!.querySelector('[role="status"], [aria-live], [role="alert"]'), 'no live region of its own').to.equal(null);
        await waitUntil(() => polite.messages.includes(said), 'announced');
        confirmButton(el).click();
        await waitUntil(() => polite.messages.filter((message) => message === said).length === 2, 'said again when Confirm is pressed again');
        polite.stop();
        resolve();
        await el.draftSaved();
        await settle(el);
        expect(statusOf(el), 'recorded').to.equal('');
        expect(stepHeading(el)).to.equal(locale === 'cy' ? 'Penderfyniad caniatâd wedi’i gofnodi' : 'Consent decision recorded');
        store.close();
      });
    }

    it('uses the page’s words from strings["capture.sending"]', async () => {
      const store = newStore();
      const el = await readyToConfirm(store);
      el.strings = { 'capture.sending': 'Saving the consent decision…' };
      hostSending(el, hostRequest().sending);
      confirmButton(el).click();
      await settle(el);
      expect(statusOf(el)).to.equal('Saving the consent decision…');
      store.close();
    });

    it('stays on Check your answers, saying nothing, when the host cancels the event', async () => {
      const store = newStore();
      const el = await readyToConfirm(store);
      await confirmWith(el, (event) => event.preventDefault());
      await el.draftSaved();
      await settle(el);
      expect(stepHeading(el), 'the host says why itself').to.equal('Check your answers');
      expect(statusOf(el)).to.equal('');
      expect(el.shadowRoot!.querySelector('kith-error-summary')!.errors).to.deep.equal([]);
      store.close();
    });

    it('says nothing about recording when the host sends nothing, and shows the decision recorded', async () => {
      const store = newStore();
      const el = await readyToConfirm(store);
      const polite = recordAnnouncements('polite');
      await confirmWith(el, () => {});
      await settle(el);
      expect(stepHeading(el)).to.equal('Consent decision recorded');
      // The announcer writes a message 50 ms after it is given; no event says when.
      await aTimeout(100);
      polite.stop();
      expect(polite.messages).to.deep.equal([]);
      store.close();
    });
  });
});

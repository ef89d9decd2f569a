import { expect, fixture, html, elementUpdated, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, axTree } from '@kith/core/testing.js';
import './define.js';
import type { KithConsentHistory } from './consent-history.js';
import type { KithConsentWithdrawEvent } from '../shared/events.js';
import { consentRecordIssues } from '../model/validate.js';
import {
  competentFifteenYearOld,
  exampleRecord,
  expired,
  longHistory,
  refusalThenShareWithoutConsent,
  withdrawal,
} from '../model/examples.js';

const AT = '2026-03-20T12:00:00Z';

async function history(records: unknown, at = AT): Promise<KithConsentHistory> {
  const el = await fixture<KithConsentHistory>(html`<kith-consent-history .records=${records} at=${at}></kith-consent-history>`);
  await settle(el);
  return el;
}

/** Waits for the history and the Kith elements inside it to render. */
async function settle(el: KithConsentHistory): Promise<void> {
  await el.updateComplete;
  await Promise.all([...el.shadowRoot!.querySelectorAll('*')].map((child) => (child as { updateComplete?: Promise<unknown> }).updateComplete));
}

const sentences = (el: KithConsentHistory) =>
  [...el.shadowRoot!.querySelectorAll('[part="position"] .sentence')].map((node) => node.textContent!.trim());
const recordTitles = (el: KithConsentHistory) =>
  [...el.shadowRoot!.querySelectorAll('kith-summary-list')].map((list) => list.getAttribute('card-title'));
const problems = (el: KithConsentHistory) =>
  [...el.shadowRoot!.querySelectorAll('[part="problems"] li')].map((node) => node.textContent!.trim());
const rowsOf = (el: KithConsentHistory, index: number) =>
  Object.fromEntries(
    (el.shadowRoot!.querySelectorAll('kith-summary-list')[index] as unknown as { rows: Array<{ key: string; value: string }> }).rows.map(
      (row) => [row.key, row.value],
    ),
  );

describe('kith-consent-history', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    const states: Array<[string, unknown]> = [
      ['none recorded', []],
      ['a 15-year-old consenting for herself', [competentFifteenYearOld]],
      ['a refusal, then sharing without consent', refusalThenShareWithoutConsent],
      ['a withdrawal', withdrawal],
      ['expired consent', expired],
      ['20 records', longHistory(20)],
      ['problems', [...withdrawal, { id: 'bad', decision: 'maybe' }, exampleRecord({ id: 'x', recordedAt: '2026-01-01T10:00:00Z', supersedes: 'y' })]],
    ];
    for (const [name, records] of states) {
      it(`is axe-clean: ${name}`, async () => {
        await expectAxeClean(await history(records));
      });
    }

    it('is axe-clean in Welsh', async () => {
      await setLocale('cy');
      await expectAxeClean(await history([...refusalThenShareWithoutConsent, ...withdrawal, { id: 'bad' }]));
    });

    it('has a heading outline the page can place, and names each action by what it withdraws', async () => {
      await fixture(html`<kith-consent-history .records=${withdrawal} at=${AT} heading-level="3"></kith-consent-history>`);
      const headings = (await axTree()).filter((node) => node.role === 'heading');
      expect(headings.map((node) => `${(node as unknown as { level: number }).level} ${node.name}`)).to.include.members([
        '3 Consent to share information',
        '4 Current position',
        '4 History',
        '5 Consent withdrawn: 12 March 2026 at 3:30pm',
        '5 Consent given: 2 November 2025 at 11:00am',
      ]);
      await axNode('button', 'Withdraw consent (School, education support)');
      await axNode('button', 'Withdraw consent (School, health care)');
      await axNode('region', 'Consent to share information');
    });
  });

  describe('current position', () => {
    it('states each position in a sentence, with the end date', async () => {
      const el = await history([competentFifteenYearOld]);
      expect(sentences(el)).to.deep.equal([
        'Consent given to share with GP surgery for education support until 1 March 2027',
        'Consent given to share with GP surgery for health care until 1 March 2027',
        'Consent given to share with School for education support until 1 March 2027',
        'Consent given to share with School for health care until 1 March 2027',
      ]);
    });

    it('shows a withdrawal alongside the consent that still stands', async () => {
      const el = await history(withdrawal);
      expect(sentences(el)).to.deep.equal([
        'Consent withdrawn for sharing with GP surgery for education support',
        'Consent withdrawn for sharing with GP surgery for health care',
        'Consent given to share with School for education support',
        'Consent given to share with School for health care',
      ]);
    });

    it('shows a decision to share without consent with its lawful basis and who decided, without calling it missing consent', async () => {
      const el = await history(refusalThenShareWithoutConsent);
      const position = el.shadowRoot!.querySelector('[part="position"]')!;
      expect(position.querySelector('.sentence')!.textContent!.trim()).to.equal('Consent refused for sharing with Police for safeguarding');
      expect(position.textContent!.replace(/\s+/g, ' ')).to.include(
        'Shared without consent. Lawful basis: Safeguarding children and individuals at risk. Decided by Priya Shah, Team manager.',
      );
      expect(position.textContent).to.include('Review due 5 February 2026');
      expect(position.querySelector('kith-button'), 'no withdraw action for a refusal').to.equal(null);
    });

    it('says when consent has ended and a review is due', async () => {
      const el = await history(expired);
      expect(sentences(el)).to.deep.equal(['Consent to share with School for education support ended on 31 January 2026']);
      expect(el.shadowRoot!.querySelector('[part="position"] kith-tag')!.textContent).to.equal('Review due 1 August 2025');
    });

    it('shows the position at an earlier date', async () => {
      const el = await history(withdrawal, '2026-01-01T12:00:00Z');
      expect(sentences(el).every((sentence) => sentence.startsWith('Consent given'))).to.equal(true);
      expect(el.shadowRoot!.textContent).to.include('As it stood on 1 January 2026.');
      expect(recordTitles(el)).to.have.length(1);
    });
  });

  describe('withdrawing consent', () => {
    it('fires kith-consent-withdraw from the keyboard with the record, purpose and recipient', async () => {
      const el = await history(withdrawal);
      const button = el.shadowRoot!.querySelector<HTMLElement>('[part="position"] kith-button')!;
      button.focus();
      const event = oneEvent(el, 'kith-consent-withdraw') as Promise<KithConsentWithdrawEvent>;
      await sendKeys({ press: 'Enter' });
      const { request, bubbles, composed } = await event;
      expect(bubbles && composed).to.equal(true);
      expect(consentRecordIssues(request.record)).to.deep.equal([]);
      expect(request.record.id).to.equal('c-301');
      expect(request.purposes.map((p) => p.id)).to.deep.equal(['education']);
      expect(request.recipients.map((r) => r.id)).to.deep.equal(['school']);
      expect(JSON.parse(JSON.stringify(request))).to.deep.equal(request);
    });

    it('has no withdraw action when read-only', async () => {
      const el = await fixture<KithConsentHistory>(html`<kith-consent-history .records=${withdrawal} at=${AT} read-only></kith-consent-history>`);
      expect(el.shadowRoot!.querySelector('kith-button')).to.equal(null);
    });
  });

  describe('history', () => {
    it('lists every record newest first, showing who recorded what and when', async () => {
      const el = await history(refusalThenShareWithoutConsent);
      expect(recordTitles(el)).to.deep.equal([
        'Decision to share without consent: 5 January 2026 at 4:05pm',
        'Consent refused: 5 January 2026 at 9:40am',
      ]);
      const rows = rowsOf(el, 0);
      expect(rows).to.include({
        'Recorded by': 'Sam Okafor, Social worker',
        'Whose information': 'Leo Price, born 30 November 2022',
        Consent: 'Consent refused',
        'Refused by': 'Daniel Price',
        'Relationship to the child': 'Parent',
        'Has parental responsibility': 'Yes',
        'Lawful basis for sharing': 'Safeguarding children and individuals at risk',
        'Decided by': 'Priya Shah, Team manager',
        'Told that information will be shared': 'No: Telling Mr Price before the strategy discussion could put Leo at greater risk.',
        Replaces: 'Consent refused: 5 January 2026 at 9:40am',
        'Record reference': 'c-202',
      });
    });

    it('shows the capacity assessment of a child deciding for herself', async () => {
      const el = await history([competentFifteenYearOld]);
      const rows = rowsOf(el, 0);
      expect(rows['Given by']).to.equal('Maya Thompson');
      expect(rows['Relationship to the child']).to.equal('The child or young person');
      expect(rows['Able to decide for themselves']).to.equal('Under 16. Assessed and judged able to make this decision (Gillick competent).');
      expect(rows['Reasons for that judgement']).to.match(/^Maya explained/);
      expect(rows['Information covered']).to.equal('Attendance and wellbeing at school\nHealth appointments');
      expect(rows["The child's views"]).to.match(/^I want my head of year/);
    });

    it('shows 25 records, then 25 more on request, moving focus to the first new one', async () => {
      const el = await history(longHistory(60), '2099-01-01T00:00:00Z');
      expect(recordTitles(el)).to.have.length(25);
      expect(el.shadowRoot!.textContent).to.include('Showing 25 of 60 records, newest first.');
      const more = [...el.shadowRoot!.querySelectorAll('kith-button')].at(-1)!;
      expect(more.textContent!.trim()).to.equal('Show 25 more records');
      (more as HTMLElement).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(recordTitles(el)).to.have.length(50);
      const focused = el.shadowRoot!.activeElement!;
      expect([...el.shadowRoot!.querySelectorAll('[part="record"]')].indexOf(focused)).to.equal(25);
      await sendKeys({ press: 'Tab' });
    });

    it('words its counts right for 1, 2, 3, 6, 20 and 100, in English and Welsh', async () => {
      const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const showing = (el: KithConsentHistory) => text(el.shadowRoot!.querySelector('.records')!.previousElementSibling);
      /** The "showing" line and the "show more" button with `count` of `2 × count` records shown, then the "more problems" line. */
      const counts = async (count: number) => {
        const el = await fixture<KithConsentHistory>(
          html`<kith-consent-history .records=${longHistory(count * 2)} page-size=${count} at="2099-01-01T00:00:00Z"></kith-consent-history>`,
        );
        await settle(el);
        const wording = [showing(el), text([...el.shadowRoot!.querySelectorAll('kith-button')].at(-1))];
        el.records = Array.from({ length: 10 + count }, (_, index) => ({ id: `junk-${index}` }));
        await settle(el);
        return [...wording, problems(el).at(-1)];
      };
      const onlyOne = async () => showing(await history(longHistory(1), '2099-01-01T00:00:00Z'));

      expect(await onlyOne()).to.equal('Showing 1 of 1 record.');
      expect(await counts(1)).to.deep.equal(['Showing 1 of 2 records, newest first.', 'Show 1 more record', 'And 1 more problem.']);
      for (const count of [2, 3, 6, 20, 100]) {
        expect(await counts(count)).to.deep.equal([
          `Showing ${count} of ${count * 2} records, newest first.`,
          `Show ${count} more records`,
          `And ${count} more problems.`,
        ]);
      }

      await setLocale('cy');
      // "cofnod" mutates after some numbers ("dau gofnod", "tri chofnod"), so counts other than 1 use
      // "o gofnodion" or put the number after a colon, which are right after any number.
      expect(await onlyOne()).to.equal('Yn dangos 1 o’r 1 cofnod.');
      expect(await counts(1)).to.deep.equal([
        'Cofnodion sy’n cael eu dangos: 1 o 2, y diweddaraf yn gyntaf.',
        'Dangos 1 cofnod arall',
        'Problemau eraill heb eu rhestru yma: 1.',
      ]);
      for (const count of [2, 3, 6, 20, 100]) {
        expect(await counts(count)).to.deep.equal([
          `Cofnodion sy’n cael eu dangos: ${count} o ${count * 2}, y diweddaraf yn gyntaf.`,
          `Dangos ${count} o gofnodion eraill`,
          `Problemau eraill heb eu rhestru yma: ${count}.`,
        ]);
      }
    });
  });

  describe('bad input', () => {
    it('names the field of a record with an unknown decision or no recordedAt, and marks what it touches as unclear', async () => {
      const el = await history([
        exampleRecord({ id: 'a', recordedAt: '2026-03-01T10:00:00Z' }),
        { ...exampleRecord({ id: 'b', recordedAt: '2026-03-02T10:00:00Z' }), decision: 'revoked' },
        { ...exampleRecord({ id: 'c', recordedAt: '2026-03-02T10:00:00Z' }), recordedAt: undefined },
      ]);
      expect(problems(el)).to.deep.equal([
        'Record b cannot be read: decision must be one of: given, refused, withdrawn, not-sought',
        'Record c cannot be read: recordedAt is missing',
      ]);
      expect(sentences(el)).to.deep.equal(['The position for sharing with School for education support cannot be worked out']);
      expect(el.shadowRoot!.querySelector('[part="position"] .detail')!.textContent).to.equal('A record about it cannot be read.');
      expect(recordTitles(el)).to.have.length(1);
    });

    it('explains a supersession loop', async () => {
      const el = await history([
        exampleRecord({ id: 'a', recordedAt: '2026-03-01T10:00:00Z', supersedes: 'b' }),
        exampleRecord({ id: 'b', recordedAt: '2026-03-02T10:00:00Z', supersedes: 'a', decision: 'withdrawn' }),
      ]);
      expect(problems(el)).to.deep.equal(['Records a, b each say they replace another in a loop, so their order cannot be worked out']);
      expect(el.shadowRoot!.querySelector('[part="position"] .detail')!.textContent).to.equal('Records say they replace each other in a loop.');
    });

    it('copes with 10,000 records: the right position, 25 shown, and a count', async () => {
      const records = longHistory(10_000);
      const el = await history(records, '9999-01-01T00:00:00Z');
      expect(recordTitles(el)).to.have.length(25);
      expect(el.shadowRoot!.textContent).to.include('Showing 25 of 10,000 records, newest first.');
      expect(sentences(el).length).to.be.greaterThan(0);
    });

    it('says so when records are not a list, lists at most 10 problems, and never renders markup from data', async () => {
      const el = await history('not a list');
      expect(problems(el)[0]).to.equal('The consent records cannot be read because they are not a list.');
      el.records = Array.from({ length: 30 }, (_, index) => ({ id: `junk-${index}` }));
      await settle(el);
      expect(problems(el)).to.have.length(11);
      expect(problems(el).at(-1)).to.equal('And 20 more problems.');
      el.records = [exampleRecord({ id: '<img src=x onerror=alert(1)>', recordedAt: '2026-03-01T10:00:00Z', childViews: '<b>hi</b>' })];
      await settle(el);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    });

    it('lets a page change any text, and speaks Welsh', async () => {
      const el = await fixture<KithConsentHistory>(html`<kith-consent-history
        .records=${withdrawal}
        at=${AT}
        .strings=${{ 'history.title': 'Sharing information', 'position.given': '{recipient} may be told about {purpose}' }}
      ></kith-consent-history>`);
      expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Sharing information');
      expect(sentences(el)).to.include('School may be told about education support');
      await setLocale('cy');
      await elementUpdated(el);
      expect(el.shadowRoot!.textContent).to.not.include('Current position');
    });
  });
});

import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '@kith/core';
import { expectAxeClean, axNode, axTree } from '@kith/core/testing.js';
import './define.js';
import type { KithConsentStatus } from './consent-status.js';
import {
  competentFifteenYearOld,
  exampleRecord,
  expired,
  refusalThenShareWithoutConsent,
  withdrawal,
  longHistory,
  GP,
  SCHOOL,
} from '../model/examples.js';

const text = (el: KithConsentStatus) => el.shadowRoot!.querySelector('[part="text"]')!.textContent!.trim();
const stateTag = (el: KithConsentStatus) => el.shadowRoot!.querySelector('kith-tag[data-state]')!;

async function status(records: unknown, at = '2026-03-20T12:00:00Z', href = '/cases/42/consent'): Promise<KithConsentStatus> {
  return fixture<KithConsentStatus>(html`<kith-consent-status .records=${records} at=${at} href=${href}></kith-consent-status>`);
}

describe('kith-consent-status', () => {
  afterEach(() => setLocale('en-GB'));

  describe('accessibility', () => {
    it('is axe-clean in every state', async () => {
      const el = await fixture(html`<div>
        <kith-consent-status .records=${[]} href="/c"></kith-consent-status>
        <kith-consent-status .records=${[competentFifteenYearOld]} at="2026-03-01T12:00:00Z" href="/c"></kith-consent-status>
        <kith-consent-status .records=${withdrawal} at="2026-03-20T12:00:00Z" href="/c"></kith-consent-status>
        <kith-consent-status .records=${refusalThenShareWithoutConsent} at="2026-03-20T12:00:00Z"></kith-consent-status>
        <kith-consent-status .records=${expired} at="2026-03-20T12:00:00Z" href="/c"></kith-consent-status>
        <kith-consent-status .records=${[{ id: 'x', decision: 'maybe' }]} href="/c"></kith-consent-status>
      </div>`);
      await expectAxeClean(el);
    });

    it('is axe-clean in Welsh', async () => {
      await setLocale('cy');
      const el = await status(withdrawal);
      await expectAxeClean(el);
    });

    it('reads as one sentence, names the link, and hides the visual shorthand from screen readers', async () => {
      await status(withdrawal);
      await axNode('StaticText', 'Consent partly given: given for 2 of 4 purposes and recipients.');
      await axNode('link', 'Consent history');
      const names = (await axTree()).map((node) => node.name);
      expect(names).to.not.include('Partly given');
    });
  });

  describe('states', () => {
    const cases: Array<[string, unknown, string, string]> = [
      ['none recorded', [], 'None recorded', 'No consent decisions recorded.'],
      ['given', [competentFifteenYearOld], 'Given', 'Consent given.'],
      ['partly given', withdrawal, 'Partly given', 'Consent partly given: given for 2 of 4 purposes and recipients.'],
      [
        'refused, with sharing on another lawful basis (not "missing consent")',
        refusalThenShareWithoutConsent,
        'Refused',
        'Consent refused. Review due. Some information is shared on a lawful basis other than consent.',
      ],
      ['withdrawn', [exampleRecord({ id: 'w', recordedAt: '2026-03-01T10:00:00Z', decision: 'withdrawn' })], 'Withdrawn', 'Consent withdrawn.'],
      ['expired', expired, 'Expired', 'Consent has expired. Review due.'],
      ['unclear for a bad record', [{ id: 'x', decision: 'maybe' }], 'Check records', 'The consent position cannot be worked out because some records have problems.'],
      ['unclear for a value that is not a list', 'records', 'Check records', 'The consent position cannot be worked out because some records have problems.'],
    ];
    for (const [name, records, tag, sentence] of cases) {
      it(name, async () => {
        const el = await status(records);
        expect(stateTag(el).textContent!.trim()).to.equal(tag);
        expect(text(el)).to.equal(sentence);
        expect(el.summaryText).to.equal(sentence);
      });
    }

    it('warns that consent ends soon', async () => {
      const el = await status([competentFifteenYearOld], '2027-02-20T12:00:00Z');
      expect(text(el)).to.equal('Consent given. Review due. Some consent ends soon.');
    });

    it('follows the records and the date when they change', async () => {
      const el = await status([exampleRecord({ id: 'a', recordedAt: '2026-03-01T10:00:00Z', recipients: [SCHOOL, GP] })]);
      expect(text(el)).to.equal('Consent given.');
      el.records = [...el.records as unknown[], exampleRecord({ id: 'b', recordedAt: '2026-03-10T10:00:00Z', decision: 'withdrawn', recipients: [GP], supersedes: 'a' })];
      await elementUpdated(el);
      expect(text(el)).to.equal('Consent partly given: given for 1 of 2 purposes and recipients.');
      el.at = '2026-03-05T10:00:00Z';
      await elementUpdated(el);
      expect(text(el)).to.equal('Consent given.');
    });
    it('words "partly given" right for 1, 2, 3, 6, 20 and 100 of twice as many, in English and Welsh', async () => {
      /** Consent given to `2 × given` recipients, then withdrawn for half of them. */
      const partly = async (given: number) => {
        const recipients = Array.from({ length: given * 2 }, (_, index) => ({ id: `r${index}`, label: `Recipient ${index}` }));
        return text(
          await status([
            exampleRecord({ id: 'a', recordedAt: '2026-03-01T10:00:00Z', recipients }),
            exampleRecord({ id: 'b', recordedAt: '2026-03-10T10:00:00Z', decision: 'withdrawn', recipients: recipients.slice(given), supersedes: 'a' }),
          ]),
        );
      };
      for (const given of [1, 2, 3, 6, 20, 100]) {
        expect(await partly(given)).to.equal(`Consent partly given: given for ${given} of ${given * 2} purposes and recipients.`);
      }
      await setLocale('cy');
      // "diben" mutates after "dau" ("dau ddiben"), so the numbers follow a colon, which is right for any number.
      for (const given of [1, 2, 3, 6, 20, 100]) {
        expect(await partly(given)).to.equal(
          `Caniatâd wedi’i roi yn rhannol. Dibenion a derbynwyr y rhoddwyd caniatâd ar eu cyfer: ${given} o ${given * 2}.`,
        );
      }
    });
  });

  describe('links, wording and bad input', () => {
    it('reaches the history link with Tab', async () => {
      const el = await status(withdrawal);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('/cases/42/consent');
      before.remove();
    });

    it('does not render a javascript: link', async () => {
      const el = await status(withdrawal, '2026-03-20T12:00:00Z', 'javascript:alert(1)');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });

    it('lets a page change any text', async () => {
      const el = await fixture<KithConsentStatus>(html`<kith-consent-status
        .records=${withdrawal}
        at="2026-03-20T12:00:00Z"
        href="/c"
        .strings=${{ 'status.partly-given': 'Some', 'status.sentence.partly-given': 'Agreed for {given} out of {total}', 'status.link': 'See all' }}
      ></kith-consent-status>`);
      expect(stateTag(el).textContent!.trim()).to.equal('Some');
      expect(text(el)).to.equal('Agreed for 2 out of 4.');
      expect(el.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('See all');
    });

    it('speaks Welsh', async () => {
      const el = await status(withdrawal);
      await setLocale('cy');
      await elementUpdated(el);
      expect(text(el)).to.not.include('Consent');
      expect(el.shadowRoot!.querySelector('a')!.textContent!.trim()).to.not.equal('Consent history');
    });

    it('shows something for a bad date, null records and 10,000 records', async () => {
      const el = await status(longHistory(20), 'not a date');
      expect(text(el)).to.not.equal('');
      el.records = null;
      await elementUpdated(el);
      expect(text(el)).to.equal('No consent decisions recorded.');
      el.records = longHistory(10_000);
      await elementUpdated(el);
      expect(stateTag(el).textContent!.trim()).to.not.equal('');
    });
  });
});

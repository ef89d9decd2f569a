import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { consentRecordIssues } from '../model/validate.js';
import { competentFifteenYearOld, refusalThenShareWithoutConsent } from '../model/examples.js';
import { defaultCategories, defaultLawfulBases, defaultPurposes, defaultRecipients } from '../shared/labels.js';
import {
  answersForWithdrawal,
  applicableSteps,
  buildRecord,
  emptyAnswers,
  firstIncomplete,
  otherId,
  toAnswers,
  type Answers,
} from './answers.js';

const TODAY = '2026-11-25';
const context = {
  id: 'new-1',
  recordedAt: '2026-11-25T10:00:00Z',
  today: TODAY,
  recordedBy: { name: 'Sam Okafor' },
  purposeOptions: defaultPurposes(),
  recipientOptions: defaultRecipients(),
  categoryOptions: defaultCategories(),
  lawfulBasisOptions: defaultLawfulBases(),
};

describe('consent capture answers', () => {
  it('asks about the giver, capacity and method only when someone decided', () => {
    const base = { ...emptyAnswers(), decision: 'not-sought' as const };
    expect(applicableSteps(base)).to.deep.equal(['subject', 'purposes', 'recipients', 'scope', 'decision', 'share-anyway', 'child-views', 'dates', 'check']);
    expect(applicableSteps({ ...base, decision: 'given', giverRole: 'child' })).to.include.members(['giver', 'capacity', 'method', 'right-to-withdraw']);
    expect(applicableSteps({ ...base, decision: 'refused', shareAnyway: 'yes' })).to.include('without-consent');
  });

  it('reads garbage as unanswered questions, never as answers', () => {
    expect(toAnswers(null)).to.deep.equal(emptyAnswers());
    expect(toAnswers({ subjectName: 42, purposes: 'education', decision: 'given', recipients: ['school', 7] })).to.deep.include({
      subjectName: '',
      purposes: [],
      decision: 'given',
      recipients: ['school'],
    });
  });

  it('gives the same id to the same words typed under "Other"', () => {
    expect(otherId('  Youth  Offending ')).to.equal(otherId('youth offending'));
  });

  it('pre-fills a withdrawal from the record it withdraws, keeping "other" words', () => {
    const record = { ...competentFifteenYearOld, purposes: [...competentFifteenYearOld.purposes, { id: otherId('Mentoring'), label: 'Mentoring' }] };
    const answers = answersForWithdrawal({ record, purposes: [], recipients: [] });
    expect(answers).to.deep.include({ decision: 'withdrawn', supersedes: 'c-101', giverRole: 'child', purposeOther: 'mentoring' });
    expect(answers.purposes).to.deep.equal(['education', 'health', 'other']);
  });

  it('builds a valid record from every complete set of answers it can be given', () => {
    const answersArb = fc.record({
      decision: fc.constantFrom('given', 'refused', 'withdrawn', 'not-sought'),
      giverRole: fc.constantFrom('parent', 'carer', 'special-guardian', 'local-authority', 'other', 'child'),
      capacity: fc.constantFrom('gillick-competent', 'assessed-able', 'presumed'),
      dob: fc.constantFrom('', '2012-01-01', '2009-01-01'),
      shareAnyway: fc.constantFrom('yes', 'no'),
      personInformed: fc.constantFrom('yes', 'no'),
      other: fc.boolean(),
    });
    fc.assert(
      fc.property(answersArb, (pick) => {
        const ageBand = pick.dob ? '' : pick.capacity === 'gillick-competent' ? 'under-16' : '16-or-over';
        const under16 = pick.dob === '2012-01-01' || ageBand === 'under-16';
        const answers: Answers = {
          ...emptyAnswers(),
          subjectName: 'Child',
          subjectDob: pick.dob,
          ageBand,
          purposes: pick.other ? ['other'] : ['education'],
          purposeOther: 'Mentoring',
          recipients: ['school'],
          scope: 'categories',
          categories: ['health', 'other'],
          categoryOther: 'Court papers',
          decision: pick.decision as Answers['decision'],
          giverName: 'Someone',
          giverRole: pick.giverRole as Answers['giverRole'],
          giverRoleOther: 'Aunt',
          parentalResponsibility: 'yes',
          capacity: (under16 ? 'gillick-competent' : pick.capacity === 'gillick-competent' ? 'presumed' : pick.capacity) as Answers['capacity'],
          capacityReasons: 'Understood it.',
          method: 'phone',
          informed: 'yes',
          shareAnyway: pick.shareAnyway as Answers['shareAnyway'],
          lawfulBasis: 'other',
          lawfulBasisOther: 'Court order',
          reason: 'Risk',
          decidedByName: 'Priya',
          decidedByRole: 'Manager',
          personInformed: pick.personInformed as Answers['personInformed'],
          notInformedReason: 'Risk',
          reviewDate: '2027-01-01',
          expiresOn: '2027-06-01',
        };
        expect(firstIncomplete(answers, TODAY)).to.equal('check');
        expect(consentRecordIssues(buildRecord(answers, context))).to.deep.equal([]);
      }),
    );
  });

  it('rebuilds the example of sharing without consent', () => {
    const example = refusalThenShareWithoutConsent[1]!;
    const answers: Answers = {
      ...emptyAnswers(),
      subjectName: example.subject.name,
      purposes: ['other'],
      purposeOther: 'Safeguarding',
      recipients: ['police'],
      scope: 'all',
      decision: 'refused',
      giverName: 'Daniel Price',
      giverRole: 'parent',
      parentalResponsibility: 'yes',
      method: 'phone',
      shareAnyway: 'yes',
      lawfulBasis: 'safeguarding',
      reason: example.withoutConsent!.reason,
      decidedByName: 'Priya Shah',
      decidedByRole: 'Team manager',
      personInformed: 'no',
      notInformedReason: example.withoutConsent!.notInformedReason!,
    };
    const record = buildRecord(answers, context);
    expect(record.withoutConsent).to.deep.equal(example.withoutConsent);
    expect(record.informedOfRightToWithdraw).to.equal(false);
  });

  it('keeps every text typed as it was typed, apart from the spaces around it (property, 1,000 runs)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter((value) => value.trim() !== '');
    const padded = fc.tuple(fc.constantFrom('', ' ', '\t', '\n'), text, fc.constantFrom('', ' ', '\n')).map((parts) => parts.join(''));
    const texts = fc.record({
      subjectName: padded,
      giverName: padded,
      giverRoleOther: padded,
      capacityReasons: padded,
      childViews: padded,
      purposeOther: padded,
      reason: padded,
      decidedByName: padded,
      decidedByRole: padded,
      notInformedReason: padded,
    });
    fc.assert(
      fc.property(texts, fc.boolean(), (typed, child) => {
        const answers: Answers = {
          ...emptyAnswers(),
          ...typed,
          purposes: ['other'],
          recipients: ['school'],
          scope: 'all',
          method: 'phone',
          informed: 'yes',
          ...(child
            ? { decision: 'given', giverRole: 'child', subjectDob: '2012-01-01', capacity: 'gillick-competent' }
            : { decision: 'refused', giverRole: 'other', parentalResponsibility: 'no', shareAnyway: 'yes', lawfulBasis: 'safeguarding', personInformed: 'no' }),
        };
        const record = buildRecord(answers, context);
        expect(record.subject.name).to.equal(typed.subjectName.trim());
        expect(record.givenBy!.name).to.equal(typed.giverName.trim());
        expect(record.childViews).to.equal(typed.childViews.trim());
        expect(record.purposes[0]!.label).to.equal(typed.purposeOther.trim());
        if (child) {
          expect(record.capacity!.reasons).to.equal(typed.capacityReasons.trim());
        } else {
          expect(record.givenBy!.roleOther).to.equal(typed.giverRoleOther.trim());
          expect(record.withoutConsent).to.deep.include({ reason: typed.reason.trim(), notInformedReason: typed.notInformedReason.trim() });
          expect(record.withoutConsent!.decidedBy).to.deep.equal({ name: typed.decidedByName.trim(), role: typed.decidedByRole.trim() });
        }
      }),
      { numRuns: 1000 },
    );
  });
});

import { expect } from '@open-wc/testing';
import { setLocale } from '@kith/core';
import { consentRecordIssues, validateConsentRecord, issueText } from './validate.js';
import { competentFifteenYearOld, exampleRecord, refusalThenShareWithoutConsent, withdrawal, expired, longHistory } from './examples.js';
import type { ConsentRecord } from './types.js';

const base = exampleRecord({ id: 'r1', recordedAt: '2026-03-01T10:00:00Z' });
const notSought = exampleRecord({ id: 'r2', recordedAt: '2026-03-01T10:00:00Z', decision: 'not-sought', givenBy: null, method: null, informedOfRightToWithdraw: false });
const child = competentFifteenYearOld;

/** Builds a variant of a record; `undefined` in the patch removes the field. */
function variant(record: ConsentRecord, patch: Record<string, unknown>): unknown {
  const copy: Record<string, unknown> = structuredClone(record) as unknown as Record<string, unknown>;
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('.');
    let target = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    if (value === undefined) delete target[keys.at(-1)!];
    else target[keys.at(-1)!] = value;
  }
  return copy;
}

describe('validateConsentRecord', () => {
  afterEach(() => setLocale('en-GB'));

  it('accepts every example record', () => {
    const all = [base, notSought, child, ...refusalThenShareWithoutConsent, ...withdrawal, ...expired, ...longHistory()];
    for (const record of all) expect(consentRecordIssues(record), record.id).to.deep.equal([]);
    expect(validateConsentRecord(child)).to.equal(child);
  });

  const cases: Array<[string, unknown, string, string]> = [
    ['not an object', 'given', 'record', 'missing'],
    ['null', null, 'record', 'missing'],
    ['an array', [], 'record', 'missing'],
    ['an unknown decision', variant(base, { decision: 'maybe' }), 'decision', 'not-one-of'],
    ['no decision', variant(base, { decision: undefined }), 'decision', 'missing'],
    ['no recordedAt', variant(base, { recordedAt: undefined }), 'recordedAt', 'missing'],
    ['a recordedAt without a time zone', variant(base, { recordedAt: '2026-03-01T10:00:00' }), 'recordedAt', 'not-date-time'],
    ['a recordedAt on an impossible day', variant(base, { recordedAt: '2026-02-30T10:00:00Z' }), 'recordedAt', 'not-date-time'],
    ['a recordedAt that is a number', variant(base, { recordedAt: 1767225600000 }), 'recordedAt', 'not-date-time'],
    ['no id', variant(base, { id: undefined }), 'id', 'missing'],
    ['a blank id', variant(base, { id: '   ' }), 'id', 'missing'],
    ['a numeric id', variant(base, { id: 7 }), 'id', 'not-text'],
    ['no subject', variant(base, { subject: undefined }), 'subject', 'missing'],
    ['no subject name', variant(base, { 'subject.name': '' }), 'subject.name', 'missing'],
    ['a date of birth that is not a date', variant(base, { 'subject.dateOfBirth': '14/09/2010' }), 'subject.dateOfBirth', 'not-date'],
    ['a date of birth after the record', variant(base, { 'subject.dateOfBirth': '2026-03-02' }), 'subject.dateOfBirth', 'after-record'],
    ['no givenBy when consent was given', variant(base, { givenBy: null }), 'givenBy', 'missing'],
    ['an unknown relationship', variant(base, { 'givenBy.role': 'aunt' }), 'givenBy.role', 'not-one-of'],
    ['"other" relationship without words', variant(base, { 'givenBy.role': 'other' }), 'givenBy.roleOther', 'missing'],
    ['parental responsibility as text', variant(base, { 'givenBy.hasParentalResponsibility': 'yes' }), 'givenBy.hasParentalResponsibility', 'not-boolean'],
    ['a giver when consent was not sought', variant(notSought, { givenBy: base.givenBy }), 'givenBy', 'not-sought-has-giver'],
    ['a method when consent was not sought', variant(notSought, { method: 'phone' }), 'method', 'not-sought-has-giver'],
    ['an unknown method', variant(base, { method: 'telepathy' }), 'method', 'not-one-of'],
    ['no purposes', variant(base, { purposes: [] }), 'purposes', 'empty-list'],
    ['a purpose without an id', variant(base, { purposes: [{ label: 'Education' }] }), 'purposes[0].id', 'missing'],
    ['recipients that are not a list', variant(base, { recipients: 'School' }), 'recipients', 'missing'],
    ['an unknown scope', variant(base, { scope: { type: 'some' } }), 'scope.type', 'not-one-of'],
    ['categories scope without categories', variant(base, { scope: { type: 'categories', categories: [] } }), 'scope.categories', 'empty-list'],
    ['a blank category', variant(base, { scope: { type: 'categories', categories: ['Health', ' '] } }), 'scope.categories[1]', 'missing'],
    ['no right-to-withdraw answer', variant(base, { informedOfRightToWithdraw: undefined }), 'informedOfRightToWithdraw', 'missing'],
    ['child views that are not text', variant(base, { childViews: 42 }), 'childViews', 'not-text'],
    ['a review date that is not a date', variant(base, { reviewDate: 'next month' }), 'reviewDate', 'not-date'],
    ['an end date before the record', variant(base, { expiresOn: '2026-02-28' }), 'expiresOn', 'before-record'],
    ['an end date on a refusal', variant(base, { decision: 'refused', expiresOn: '2027-01-01' }), 'expiresOn', 'expiry-not-given'],
    ['no recorder', variant(base, { recordedBy: undefined }), 'recordedBy', 'missing'],
    ['a record replacing itself', variant(base, { supersedes: 'r1' }), 'supersedes', 'supersedes-itself'],
    ['sharing without consent when consent was given', variant(base, { withoutConsent: refusalThenShareWithoutConsent[1]!.withoutConsent }), 'withoutConsent', 'without-consent-given'],
    ['sharing without consent with no lawful basis', variant(refusalThenShareWithoutConsent[1]!, { 'withoutConsent.lawfulBasis': undefined }), 'withoutConsent.lawfulBasis', 'missing'],
    ['sharing without consent with no reason', variant(refusalThenShareWithoutConsent[1]!, { 'withoutConsent.reason': ' ' }), 'withoutConsent.reason', 'missing'],
    ['sharing without consent with no decision-maker', variant(refusalThenShareWithoutConsent[1]!, { 'withoutConsent.decidedBy.name': '' }), 'withoutConsent.decidedBy.name', 'missing'],
    ['not telling the person without saying why', variant(refusalThenShareWithoutConsent[1]!, { 'withoutConsent.notInformedReason': undefined }), 'withoutConsent.notInformedReason', 'missing'],
    ['a child deciding with no capacity recorded', variant(child, { capacity: undefined }), 'capacity', 'capacity-needed'],
    ['a child under 16 presumed competent without assessment', variant(child, { 'capacity.assessed': false }), 'capacity.assessed', 'gillick-not-assessed'],
    ['a child judged not competent deciding for themselves', variant(child, { 'capacity.competent': false }), 'capacity.competent', 'not-competent'],
    ['an assessment with no reasons', variant(child, { 'capacity.reasons': '' }), 'capacity.reasons', 'missing'],
    ['an age band that does not match the date of birth', variant(child, { 'capacity.ageBand': '16-or-over' }), 'capacity.ageBand', 'age-band-mismatch'],
  ];

  for (const [name, value, field, code] of cases) {
    it(`names the field for ${name}`, () => {
      const issues = consentRecordIssues(value);
      expect(issues.map((issue) => `${issue.field}:${issue.code}`)).to.include(`${field}:${code}`);
      expect(() => validateConsentRecord(value)).to.throw(TypeError, field);
    });
  }

  it('accepts a young person of 16 or over presumed to have capacity without an assessment', () => {
    const record = variant(child, {
      'subject.dateOfBirth': '2009-06-01',
      capacity: { ageBand: '16-or-over', assessed: false, competent: true, reasons: '' },
    });
    expect(consentRecordIssues(record)).to.deep.equal([]);
  });

  it('accepts a parent deciding after the child was judged unable to decide', () => {
    const record = variant(base, { capacity: { ageBand: 'under-16', assessed: true, competent: false, reasons: 'Too unwell to weigh it up today.' } });
    expect(consentRecordIssues(record)).to.deep.equal([]);
  });

  it('works the age band out on the UK date of the record, birthday included', () => {
    // 16th birthday on 14 September 2026; 23:30 on the 13th in UTC is 00:30 on the 14th in the UK.
    const onBirthday = variant(child, { recordedAt: '2026-09-13T23:30:00Z', expiresOn: undefined, reviewDate: undefined, 'capacity.ageBand': '16-or-over' });
    expect(consentRecordIssues(onBirthday)).to.deep.equal([]);
  });

  it('lists every problem, not just the first', () => {
    const issues = consentRecordIssues({ id: 'x', decision: 'perhaps' });
    const fields = issues.map((issue) => issue.field);
    for (const field of ['recordedAt', 'subject', 'decision', 'purposes', 'recipients', 'scope', 'informedOfRightToWithdraw', 'recordedBy']) {
      expect(fields).to.include(field);
    }
  });

  it('explains issues in plain English and Welsh, naming the field', async () => {
    const [issue] = consentRecordIssues(variant(base, { decision: 'maybe' }));
    expect(issueText(issue!)).to.equal('decision must be one of: given, refused, withdrawn, not-sought');
    await setLocale('cy');
    expect(issueText(issue!)).to.equal('decision: rhaid i hwn fod yn un o’r canlynol: given, refused, withdrawn, not-sought');
    expect(issueText(issue!)).to.not.include('must be');
  });
});

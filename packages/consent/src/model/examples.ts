import type { ConsentOption, ConsentRecord } from './types.js';

// Example records for stories, tests and documentation. Names are invented.

export const EDUCATION: ConsentOption = { id: 'education', label: 'Education support' };
export const HEALTH: ConsentOption = { id: 'health', label: 'Health care' };
export const SAFEGUARDING: ConsentOption = { id: 'safeguarding', label: 'Safeguarding' };
export const SCHOOL: ConsentOption = { id: 'school', label: 'School' };
export const GP: ConsentOption = { id: 'gp', label: 'GP surgery' };
export const POLICE: ConsentOption = { id: 'police', label: 'Police' };

const SUBJECT = { name: 'Maya Thompson', dateOfBirth: '2010-09-14' };

/** A valid record with sensible defaults: a parent giving consent to share with school. */
export function exampleRecord(overrides: Partial<ConsentRecord> & Pick<ConsentRecord, 'id' | 'recordedAt'>): ConsentRecord {
  return {
    subject: SUBJECT,
    decision: 'given',
    givenBy: { name: 'Claire Thompson', role: 'parent', hasParentalResponsibility: true },
    purposes: [EDUCATION],
    recipients: [SCHOOL],
    scope: { type: 'all' },
    method: 'in-person',
    informedOfRightToWithdraw: true,
    recordedBy: { name: 'Sam Okafor', role: 'Social worker' },
    ...overrides,
  };
}

/** A 15-year-old consenting for herself after a Gillick competence assessment. */
export const competentFifteenYearOld: ConsentRecord = exampleRecord({
  id: 'c-101',
  recordedAt: '2026-02-10T14:20:00Z',
  givenBy: { name: 'Maya Thompson', role: 'child', hasParentalResponsibility: false },
  capacity: {
    ageBand: 'under-16',
    assessed: true,
    competent: true,
    reasons:
      'Maya explained in her own words what would be shared, with whom and why, and what could happen if she said no. She weighed this up and asked good questions.',
  },
  purposes: [EDUCATION, HEALTH],
  recipients: [SCHOOL, GP],
  scope: { type: 'categories', categories: ['Attendance and wellbeing at school', 'Health appointments'] },
  childViews: 'I want my head of year to know so they understand why I miss lessons, but not my whole class.',
  reviewDate: '2026-08-10',
  expiresOn: '2027-03-01',
});

/** A parent refuses; a manager then decides to share with the police without consent. */
export const refusalThenShareWithoutConsent: ConsentRecord[] = [
  exampleRecord({
    id: 'c-201',
    recordedAt: '2026-01-05T09:40:00Z',
    decision: 'refused',
    givenBy: { name: 'Daniel Price', role: 'parent', hasParentalResponsibility: true },
    purposes: [SAFEGUARDING],
    recipients: [POLICE],
    method: 'phone',
    informedOfRightToWithdraw: false,
    childViews: 'Not asked: Leo is 3.',
  }),
  exampleRecord({
    id: 'c-202',
    recordedAt: '2026-01-05T16:05:00Z',
    decision: 'refused',
    givenBy: { name: 'Daniel Price', role: 'parent', hasParentalResponsibility: true },
    purposes: [SAFEGUARDING],
    recipients: [POLICE],
    method: 'phone',
    informedOfRightToWithdraw: false,
    withoutConsent: {
      lawfulBasis: { id: 'safeguarding', label: 'Safeguarding children and individuals at risk' },
      reason: 'Injuries seen at nursery and the account given does not explain them. Waiting for consent would put Leo at risk.',
      decidedBy: { name: 'Priya Shah', role: 'Team manager' },
      personInformed: false,
      notInformedReason: 'Telling Mr Price before the strategy discussion could put Leo at greater risk.',
    },
    reviewDate: '2026-02-05',
    supersedes: 'c-201',
  }),
].map((record) => ({ ...record, subject: { name: 'Leo Price', dateOfBirth: '2022-11-30' } }));

/** Consent given, then withdrawn for one recipient. */
export const withdrawal: ConsentRecord[] = [
  exampleRecord({ id: 'c-301', recordedAt: '2025-11-02T11:00:00Z', recipients: [SCHOOL, GP], purposes: [EDUCATION, HEALTH] }),
  exampleRecord({
    id: 'c-302',
    recordedAt: '2026-03-12T15:30:00Z',
    decision: 'withdrawn',
    recipients: [GP],
    purposes: [EDUCATION, HEALTH],
    method: 'written',
    supersedes: 'c-301',
  }),
];

/** Consent that ended on 31 January 2026. */
export const expired: ConsentRecord[] = [
  exampleRecord({ id: 'c-401', recordedAt: '2025-02-01T10:00:00Z', expiresOn: '2026-01-31', reviewDate: '2025-08-01' }),
];

/** Twenty records over two years: consent given, reviewed, changed, withdrawn and given again. */
export function longHistory(count = 20): ConsentRecord[] {
  const recipients = [SCHOOL, GP, POLICE];
  const purposes = [EDUCATION, HEALTH];
  const decisions = ['given', 'given', 'refused', 'withdrawn'] as const;
  return Array.from({ length: count }, (_, index) => {
    const decision = decisions[index % decisions.length]!;
    const day = new Date(Date.UTC(2024, 0, 8) + index * 36 * 86_400_000);
    return exampleRecord({
      id: `h-${String(index + 1).padStart(3, '0')}`,
      recordedAt: day.toISOString().replace('.000', ''),
      decision,
      recipients: [recipients[index % recipients.length]!],
      purposes: [purposes[index % purposes.length]!],
      method: (['in-person', 'phone', 'written', 'video'] as const)[index % 4]!,
      informedOfRightToWithdraw: decision === 'given',
      ...(index > 0 && decision === 'withdrawn' ? { supersedes: `h-${String(index).padStart(3, '0')}` } : {}),
    });
  });
}

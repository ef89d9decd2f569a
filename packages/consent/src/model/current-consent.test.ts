import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { currentConsent, problemText, type ConsentResolution } from './current-consent.js';
import { exampleRecord, EDUCATION, HEALTH, SCHOOL, GP, POLICE, refusalThenShareWithoutConsent, withdrawal, expired, competentFifteenYearOld } from './examples.js';
import type { ConsentDecision, ConsentOption, ConsentRecord } from './types.js';

const T = (day: number, time = '10:00') => `2026-03-${String(day).padStart(2, '0')}T${time}:00Z`;
const rec = (id: string, day: number, overrides: Partial<ConsentRecord> = {}) => exampleRecord({ id, recordedAt: T(day), ...overrides });
const withdrawn = (id: string, day: number, overrides: Partial<ConsentRecord> = {}) =>
  rec(id, day, { decision: 'withdrawn', informedOfRightToWithdraw: false, ...overrides });
const refused = (id: string, day: number, overrides: Partial<ConsentRecord> = {}) =>
  rec(id, day, { decision: 'refused', informedOfRightToWithdraw: false, ...overrides });

/** "recipient/purpose=state" for every position, sorted, so a whole resolution reads as one line. */
function states(resolution: ConsentResolution): string[] {
  return resolution.positions.map((p) => `${p.recipient.id}/${p.purpose.id}=${p.state}`).sort();
}
const codes = (resolution: ConsentResolution) => resolution.problems.map((problem) => problem.code);

interface Case {
  name: string;
  records: unknown[];
  at?: string;
  expect: string[];
  summary?: string;
  problems?: string[];
}

const cases: Case[] = [
  { name: 'no records: none recorded', records: [], expect: [], summary: 'none' },
  { name: 'one consent given', records: [rec('a', 1)], expect: ['school/education=given'], summary: 'given' },
  { name: 'a later refusal replaces consent', records: [rec('a', 1), refused('b', 2)], expect: ['school/education=refused'], summary: 'refused' },
  { name: 'a withdrawal that supersedes', records: [rec('a', 1), withdrawn('b', 2, { supersedes: 'a' })], expect: ['school/education=withdrawn'], summary: 'withdrawn' },
  { name: 'records given out of order', records: [withdrawn('b', 2, { supersedes: 'a' }), rec('a', 1)], expect: ['school/education=withdrawn'] },
  {
    name: 'a withdrawal whose clock is behind the record it withdraws still wins, with a warning',
    records: [rec('a', 5), withdrawn('b', 4, { supersedes: 'a' })],
    expect: ['school/education=withdrawn'],
    problems: ['supersedes-later'],
  },
  {
    name: 'a chain of replacements orders records whatever the clocks say',
    records: [
      rec('a', 5),
      refused('b', 3, { supersedes: 'a', recipients: [GP] }),
      withdrawn('c', 2, { supersedes: 'b' }),
    ],
    expect: ['gp/education=refused', 'school/education=withdrawn'],
    problems: ['supersedes-later', 'supersedes-later'],
  },
  { name: 'at a date before the withdrawal', records: [rec('a', 1), withdrawn('b', 10)], at: T(5), expect: ['school/education=given'] },
  { name: 'at a date before any record', records: [rec('a', 10)], at: T(5), expect: [], summary: 'none' },
  { name: 'at the instant a record is made, it counts', records: [rec('a', 1), refused('b', 5)], at: T(5), expect: ['school/education=refused'] },
  { name: 'consent on its last day', records: [rec('a', 1, { expiresOn: '2026-03-20' })], at: '2026-03-20T22:00:00Z', expect: ['school/education=given'] },
  {
    name: 'consent the day after it ends',
    records: [rec('a', 1, { expiresOn: '2026-03-20' })],
    at: '2026-03-21T00:30:00Z',
    expect: ['school/education=expired'],
    summary: 'expired',
  },
  {
    name: 'UK dates: 23:30 UTC on 31 May is 1 June in the UK (summer time), after a 31 May end',
    records: [rec('a', 1, { expiresOn: '2026-05-31' })],
    at: '2026-05-31T23:30:00Z',
    expect: ['school/education=expired'],
  },
  {
    name: 'a later record with no end date does not revive consent that ended: it replaces it',
    records: [rec('a', 1, { expiresOn: '2026-03-10' }), rec('b', 12)],
    at: T(20),
    expect: ['school/education=given'],
  },
  {
    name: 'a newer consent that has ended is expired, even if an older one had no end date',
    records: [rec('a', 1), rec('b', 2, { expiresOn: '2026-03-10' })],
    at: T(20),
    expect: ['school/education=expired'],
  },
  {
    name: 'partial withdrawal leaves the rest of the consent standing',
    records: [rec('a', 1, { recipients: [SCHOOL, GP] }), withdrawn('b', 2, { recipients: [GP], supersedes: 'a' })],
    expect: ['gp/education=withdrawn', 'school/education=given'],
    summary: 'partly-given',
  },
  {
    name: 'records made at the same time that disagree are unclear, never guessed',
    records: [rec('a', 1), refused('b', 1)],
    expect: ['school/education=unclear'],
    summary: 'unclear',
    problems: ['conflict'],
  },
  { name: 'records made at the same time that agree', records: [rec('a', 1), rec('b', 1)], expect: ['school/education=given'], problems: [] },
  {
    name: 'records made at the same time where one replaces the other',
    records: [refused('b', 1, { supersedes: 'a' }), rec('a', 1)],
    expect: ['school/education=refused'],
    problems: [],
  },
  {
    name: 'a supersession loop makes its positions unclear and leaves others alone',
    records: [rec('a', 1, { supersedes: 'b' }), refused('b', 2, { supersedes: 'a' }), rec('c', 3, { recipients: [GP] })],
    expect: ['gp/education=given', 'school/education=unclear'],
    summary: 'unclear',
    problems: ['supersedes-cycle'],
  },
  {
    name: 'a record that replaces itself is unreadable',
    records: [rec('a', 1, { supersedes: 'a' })],
    expect: ['school/education=unclear'],
    problems: ['invalid-record'],
  },
  {
    name: 'a record with an unknown decision makes its positions unclear',
    records: [rec('a', 1, { recipients: [SCHOOL, GP] }), { ...withdrawn('b', 2, { recipients: [GP] }), decision: 'revoked' }],
    expect: ['gp/education=unclear', 'school/education=given'],
    problems: ['invalid-record'],
  },
  {
    name: 'a record with no recordedAt makes its positions unclear',
    records: [rec('a', 1), { ...withdrawn('b', 2), recordedAt: undefined }],
    expect: ['school/education=unclear'],
    problems: ['invalid-record'],
  },
  {
    name: 'a record so broken that its purposes cannot be read makes every position unclear',
    records: [rec('a', 1, { recipients: [SCHOOL, GP] }), { id: 'b', decision: 'withdrawn' }],
    expect: ['gp/education=unclear', 'school/education=unclear'],
    summary: 'unclear',
  },
  { name: 'nothing but garbage is unclear, not "none recorded"', records: [42, null, 'x'], expect: [], summary: 'unclear' },
  {
    name: 'a broken record made after the date asked about does not matter',
    records: [rec('a', 1), { ...withdrawn('b', 20), decision: 'revoked' }],
    at: T(10),
    expect: ['school/education=given'],
    problems: ['invalid-record'],
  },
  {
    name: 'the same record twice counts once',
    records: [rec('a', 1), rec('a', 1)],
    expect: ['school/education=given'],
    problems: ['repeated-record'],
  },
  {
    name: 'two different records with one id cannot be relied on',
    records: [rec('a', 1), refused('a', 2)],
    expect: ['school/education=unclear'],
    problems: ['duplicate-id'],
  },
  {
    name: 'replacing a record that is not in the history is a warning only',
    records: [withdrawn('b', 2, { supersedes: 'zz' })],
    expect: ['school/education=withdrawn'],
    problems: ['supersedes-unknown'],
  },
  {
    name: 'times in different zones compare as instants',
    records: [rec('a', 1, { recordedAt: '2026-03-01T10:00:00+01:00' }), refused('b', 1, { recordedAt: '2026-03-01T09:30:00Z' })],
    expect: ['school/education=refused'],
  },
  {
    name: 'sharing without consent after a refusal is a refusal, with sharing on another basis',
    records: refusalThenShareWithoutConsent,
    expect: ['police/safeguarding=refused'],
    summary: 'refused',
  },
  {
    name: 'a mixture of refused and not sought',
    records: [refused('a', 1), rec('b', 2, { decision: 'not-sought', givenBy: null, method: null, informedOfRightToWithdraw: false, recipients: [POLICE] })],
    expect: ['police/education=not-sought', 'school/education=refused'],
    summary: 'not-given',
  },
  {
    name: 'several purposes and recipients in one record',
    records: [rec('a', 1, { purposes: [EDUCATION, HEALTH], recipients: [SCHOOL, GP] })],
    expect: ['gp/education=given', 'gp/health=given', 'school/education=given', 'school/health=given'],
  },
];

describe('currentConsent', () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const resolution = currentConsent(testCase.records, testCase.at ?? T(28));
      expect(states(resolution)).to.deep.equal([...testCase.expect].sort());
      if (testCase.summary) expect(resolution.summary.state).to.equal(testCase.summary);
      if (testCase.problems) expect(codes(resolution)).to.deep.equal(testCase.problems);
    });
  }

  it('points each position at the record that decides it and says when consent ends', () => {
    const resolution = currentConsent([competentFifteenYearOld], '2026-02-20T12:00:00Z');
    expect(resolution.positions).to.have.length(4);
    for (const position of resolution.positions) {
      expect(position.record).to.equal(competentFifteenYearOld);
      expect(position.state).to.equal('given');
      expect(position.reviewDue).to.equal(false);
    }
    // Sorted by recipient, then purpose.
    expect(resolution.positions.map((p) => `${p.recipient.label}/${p.purpose.label}`)).to.deep.equal([
      'GP surgery/Education support',
      'GP surgery/Health care',
      'School/Education support',
      'School/Health care',
    ]);
  });

  it('warns that a review is due from the review date, and that consent ends soon within 30 days', () => {
    const [record] = expired;
    expect(currentConsent(expired, '2025-07-31T12:00:00Z').summary).to.include({ reviewDue: false, expiresSoon: false, nextReview: '2025-08-01' });
    expect(currentConsent(expired, '2025-08-01T12:00:00Z').summary).to.include({ reviewDue: true, expiresSoon: false });
    expect(currentConsent(expired, '2026-01-01T12:00:00Z').summary).to.include({ reviewDue: true, expiresSoon: true, state: 'given' });
    expect(currentConsent(expired, '2026-02-01T12:00:00Z').summary).to.include({ expiresSoon: false, state: 'expired' });
    expect(currentConsent(expired, '2026-01-20T12:00:00Z', { expiryWarningDays: 7 }).summary.expiresSoon).to.equal(false);
    expect(record!.expiresOn).to.equal('2026-01-31');
  });

  it('marks sharing on another lawful basis, which is not missing consent', () => {
    const resolution = currentConsent(refusalThenShareWithoutConsent, '2026-01-06T09:00:00Z');
    expect(resolution.positions[0]!.sharedWithoutConsent).to.equal(true);
    expect(resolution.summary.sharedWithoutConsent).to.equal(true);
    expect(resolution.history.map((record) => record.id)).to.deep.equal(['c-201', 'c-202']);
  });

  it('uses the newest wording of a purpose or recipient', () => {
    const renamed = { id: 'school', label: 'Ysgol Gymraeg Bro Taf' };
    const resolution = currentConsent([rec('a', 1), rec('b', 2, { recipients: [renamed] })], T(5));
    expect(resolution.positions[0]!.recipient.label).to.equal('Ysgol Gymraeg Bro Taf');
  });

  it('lists the history oldest first in the order records took effect, without unreadable or repeated records', () => {
    const resolution = currentConsent([...withdrawal].reverse().concat(withdrawal[0]!, { id: 'junk' } as never));
    expect(resolution.history.map((record) => record.id)).to.deep.equal(['c-301', 'c-302']);
  });

  it('without a date, counts every record, even one stamped a little in the future', () => {
    const soon = new Date(Date.now() + 5 * 60_000).toISOString();
    const resolution = currentConsent([rec('a', 1), withdrawn('b', 2, { recordedAt: soon, supersedes: 'a' })]);
    expect(states(resolution)).to.deep.equal(['school/education=withdrawn']);
  });

  it('throws a TypeError for a records value that is not a list, or a date that is not a date', () => {
    expect(() => currentConsent('records' as never)).to.throw(TypeError, 'records');
    expect(() => currentConsent(null as never)).to.throw(TypeError, 'records');
    expect(() => currentConsent([], 'yesterday')).to.throw(TypeError, 'at');
    expect(() => currentConsent([], new Date('nope'))).to.throw(TypeError, 'at');
  });

  it('resolves 10,000 records made at the same moment: agreeing, then one disagreeing', () => {
    const records = Array.from({ length: 10_000 }, (_, index) => rec(`same-${index}`, 1));
    expect(states(currentConsent(records, T(2)))).to.deep.equal(['school/education=given']);
    const resolution = currentConsent([...records, refused('odd-one', 1)], T(2));
    expect(states(resolution)).to.deep.equal(['school/education=unclear']);
    expect(resolution.problems.map((problem) => problem.code)).to.deep.equal(['conflict']);
    expect(problemText(resolution.problems[0]!)).to.match(/^Records odd-one, same-0, same-1, same-10, same-100, … were made at the same time and disagree$/);
  });

  it('resolves 10,000 records, including a chain of 10,000 withdrawals and re-consents', () => {
    const records = Array.from({ length: 10_000 }, (_, index) =>
      exampleRecord({
        id: `r${index}`,
        recordedAt: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000).toISOString(),
        decision: index % 2 ? 'withdrawn' : 'given',
        ...(index ? { supersedes: `r${index - 1}` } : {}),
      }),
    );
    const resolution = currentConsent(records.reverse());
    expect(states(resolution)).to.deep.equal(['school/education=withdrawn']);
    expect(resolution.positions[0]!.record!.id).to.equal('r9999');
    expect(resolution.history).to.have.length(10_000);
    expect(resolution.problems).to.deep.equal([]);
  });
});

// ---------------------------------------------------------------- properties

const PURPOSES = [EDUCATION, HEALTH];
const RECIPIENTS = [SCHOOL, GP, POLICE];
const DECISIONS: ConsentDecision[] = ['given', 'refused', 'withdrawn', 'not-sought'];

const subset = (options: ConsentOption[]) => fc.subarray(options, { minLength: 1 });

/** Valid records over a few ids, days and pairs, so ties, chains and repeats are common. */
const recordArb = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    day: fc.integer({ min: 1, max: 6 }),
    decision: fc.constantFrom(...DECISIONS),
    purposes: subset(PURPOSES),
    recipients: subset(RECIPIENTS),
    expiresIn: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
    supersedes: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'zz'), { nil: undefined }),
  })
  .map(({ id, day, decision, purposes, recipients, expiresIn, supersedes }) => {
    const notSought = decision === 'not-sought';
    return exampleRecord({
      id,
      recordedAt: T(day),
      decision,
      purposes,
      recipients,
      ...(notSought ? { givenBy: null, method: null } : {}),
      ...(decision === 'given' && expiresIn !== undefined ? { expiresOn: `2026-03-${String(day + expiresIn).padStart(2, '0')}` } : {}),
      ...(supersedes && supersedes !== id ? { supersedes } : {}),
    });
  });
const historyArb = fc.array(recordArb, { maxLength: 12 });
const atArb = fc.integer({ min: 0, max: 14 }).map((day) => T(day || 1, day ? '12:00' : '00:00'));

const sortedProblems = (resolution: ConsentResolution) => resolution.problems.map((problem) => JSON.stringify(problem)).sort();

describe('currentConsent properties', () => {
  it('does not depend on the order records are given in', () => {
    fc.assert(
      fc.property(historyArb, atArb, fc.func(fc.integer()), (records, at, shuffleKey) => {
        const shuffled = [...records].sort((a, b) => shuffleKey(a.id + a.recordedAt) - shuffleKey(b.id + b.recordedAt));
        const one = currentConsent(records, at);
        const other = currentConsent(shuffled, at);
        expect(states(other)).to.deep.equal(states(one));
        expect(other.summary).to.deep.equal(one.summary);
        // Which copy of a repeated record counts as the repeat depends on order; the errors do not.
        const errors = (resolution: ConsentResolution) => resolution.problems.filter((p) => p.severity === 'error').map((p) => p.code).sort();
        expect(errors(other)).to.deep.equal(errors(one));
      }),
    );
  });

  it('only says "given" when a readable record made by then gives consent for that pair and has not ended', () => {
    fc.assert(
      fc.property(historyArb, atArb, (records, at) => {
        const resolution = currentConsent(records, at);
        for (const position of resolution.positions.filter((p) => p.state === 'given')) {
          const record = position.record!;
          expect(record.decision).to.equal('given');
          expect(Date.parse(record.recordedAt)).to.be.at.most(Date.parse(at));
          expect(record.purposes.some((p) => p.id === position.purpose.id)).to.equal(true);
          expect(record.recipients.some((r) => r.id === position.recipient.id)).to.equal(true);
          if (record.expiresOn) expect(record.expiresOn >= resolution.today).to.equal(true);
        }
      }),
    );
  });

  it('is not changed by records made after the date asked about', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (before, after) => {
        const at = T(6, '23:00');
        const later = after.map((record) => ({ ...record, recordedAt: record.recordedAt.replace('2026-03-0', '2026-03-1') }));
        // Later records must not clash with earlier ids, or they would be a different history.
        const fresh = later.map((record) => ({ ...record, id: `later-${record.id}`, ...(record.supersedes ? { supersedes: `later-${record.supersedes}` } : {}) }));
        expect(states(currentConsent([...before, ...fresh], at))).to.deep.equal(states(currentConsent(before, at)));
      }),
    );
  });

  it('agrees with a plain "latest record wins" model when nothing supersedes and no two records share a time', () => {
    fc.assert(
      fc.property(historyArb, atArb, (records, at) => {
        const plain = records
          .map((record, index) => ({ ...record, id: `r${index}`, recordedAt: `2026-03-01T${String(index).padStart(2, '0')}:00:00Z` }))
          .map(({ supersedes: _ignored, ...rest }) => rest as ConsentRecord)
          .map((record) => (record.expiresOn ? { ...record, expiresOn: '2026-03-05' } : record));
        const atTime = Date.parse(at);
        const today = at.slice(0, 10);
        const expected = new Map<string, string>();
        for (const record of plain) {
          if (Date.parse(record.recordedAt) > atTime) continue;
          const state = record.decision === 'given' && record.expiresOn && today > record.expiresOn ? 'expired' : record.decision;
          for (const p of record.purposes) for (const r of record.recipients) expected.set(`${r.id}/${p.id}`, state);
        }
        const model = [...expected].map(([key, state]) => `${key}=${state}`).sort();
        expect(states(currentConsent(plain, at))).to.deep.equal(model);
      }),
    );
  });

  it('lets a withdrawal made after everything else decide every pair it names', () => {
    fc.assert(
      fc.property(historyArb, subset(PURPOSES), subset(RECIPIENTS), (records, purposes, recipients) => {
        const last = rec('w', 20, { decision: 'withdrawn', purposes, recipients, ...(records[0] ? { supersedes: records[0].id } : {}) });
        const resolution = currentConsent([...records, last], T(25));
        for (const position of resolution.positions) {
          const named = purposes.some((p) => p.id === position.purpose.id) && recipients.some((r) => r.id === position.recipient.id);
          if (named && position.unclearReason !== 'unreadable' && position.unclearReason !== 'cycle') {
            expect(position.state).to.equal('withdrawn');
          }
        }
      }),
    );
  });

  it('never says "given" for a pair a broken record touches', () => {
    fc.assert(
      fc.property(historyArb, subset(RECIPIENTS), fc.constantFrom('revoked', undefined, 7), (records, recipients, decision) => {
        const broken = { ...rec('broken', 3, { recipients }), decision };
        const resolution = currentConsent([...records, broken], T(25));
        for (const position of resolution.positions.filter((p) => p.purpose.id === 'education')) {
          if (recipients.some((r) => r.id === position.recipient.id)) expect(position.state).to.equal('unclear');
        }
        expect(resolution.problems.some((p) => p.code === 'invalid-record' && p.recordId === 'broken')).to.equal(true);
      }),
    );
  });

  it('never throws on any input list, and never reports more given than total', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), recordArb)), (values) => {
        const resolution = currentConsent(values, T(10));
        expect(resolution.summary.given).to.be.at.most(resolution.summary.total);
        expect(resolution.summary.total).to.equal(resolution.positions.length);
      }),
    );
  });

  it('ignores exact repeats of a record', () => {
    fc.assert(
      fc.property(historyArb, atArb, (records, at) => {
        const base = currentConsent(records, at);
        const repeated = currentConsent([...records, ...records], at);
        expect(states(repeated)).to.deep.equal(states(base));
        // Repeats are reported once each, so their count grows; the history itself can already hold a repeat.
        const otherThanRepeats = (resolution: ConsentResolution) => sortedProblems(resolution).filter((p) => !p.includes('repeated-record'));
        expect(otherThanRepeats(repeated)).to.deep.equal(otherThanRepeats(base));
      }),
    );
  });
});

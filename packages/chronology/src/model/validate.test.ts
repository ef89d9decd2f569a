import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkChildNames, safeHref, validateEntries } from './validate.js';
import { problemMessage, withMessage } from './labels.js';

const good = {
  id: 'e1',
  date: '2024-03-05',
  title: 'Home visit',
  category: 'visit',
  source: 'Children’s services',
  significance: 'medium',
};

function problemsOf(entry: unknown) {
  return validateEntries([entry]).problems.map(({ field, code }) => `${field}:${code}`);
}

describe('chronology validation', () => {
  it('accepts a complete entry with no problems', () => {
    const { items, problems } = validateEntries([
      {
        ...good,
        approximate: true,
        description: 'Saw both children.',
        impactOnChild: 'Felt safe',
        actionTaken: 'None',
        childIds: ['c1'],
        recordedBy: 'Sam Jones',
        recordedAt: '2024-03-05T16:00:00Z',
        links: [{ label: 'Visit record', href: '/records/1' }],
      },
    ]);
    expect(problems).to.deep.equal([]);
    expect(items[0]!.date).to.deep.equal({ precision: 'day', year: 2024, month: 3, day: 5 });
    expect(items[0]!.entry.approximate).to.equal(true);
  });

  const table: [string, unknown, string[]][] = [
    ['missing title', { ...good, title: undefined }, ['title:missing']],
    ['blank title', { ...good, title: '   ' }, ['title:missing']],
    ['a number as title', { ...good, title: 42 }, ['title:not-text']],
    ['date 31/02/2024', { ...good, date: '31/02/2024' }, ['date:date-format']],
    ['date 2024-02-31', { ...good, date: '2024-02-31' }, ['date:impossible-date']],
    ['no date', { ...good, date: '' }, ['date:missing']],
    ['unknown category', { ...good, category: 'gossip' }, ['category:unknown-category']],
    ['unknown significance', { ...good, significance: 'urgent' }, ['significance:unknown-significance']],
    ['missing source', { ...good, source: null }, ['source:missing']],
    ['approximate as text', { ...good, approximate: 'yes' }, ['approximate:not-true-or-false']],
    ['childIds not a list', { ...good, childIds: 'c1' }, ['childIds:not-a-list']],
    ['recordedAt not a date', { ...good, recordedAt: 'last Tuesday' }, ['recordedAt:not-a-date-time']],
    ['javascript link', { ...good, links: [{ label: 'x', href: 'javascript:alert(1)' }] }, ['links:unsafe-link']],
    ['not an object', 'hello', ['entry:not-an-object']],
    ['null', null, ['entry:not-an-object']],
  ];
  for (const [name, entry, expected] of table) {
    it(`reports ${name}`, () => {
      expect(problemsOf(entry)).to.deep.equal(expected);
    });
  }

  it('says which entry and which field, and keeps every entry, valid or not', () => {
    const { items, problems } = validateEntries([good, { ...good, id: 'e2', title: '' }, 7]);
    expect(items.length).to.equal(3);
    expect(problems.map(({ index, id, field }) => [index, id, field])).to.deep.equal([
      [1, 'e2', 'title'],
      [2, '', 'entry'],
    ]);
    expect(withMessage(problems[0]!).message).to.equal('Missing');
  });

  it('reports a repeated id on the later entry', () => {
    const { problems } = validateEntries([good, { ...good }]);
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ index: 1, field: 'id', code: 'duplicate-id' });
    expect(problemMessage(problems[0]!)).to.equal('Another entry also has the id ‘e1’');
  });

  it('explains a bad date with the value, shortened when it is huge', () => {
    const [problem] = validateEntries([{ ...good, date: '31/02/2024' }]).problems;
    expect(problemMessage(problem!)).to.equal('‘31/02/2024’ is not a date in the form YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm');
    const [huge] = validateEntries([{ ...good, date: 'x'.repeat(1_000_000) }]).problems;
    expect(huge!.value!.length).to.be.below(100);
  });

  it('reports a value that is not a list of entries as one problem', () => {
    expect(validateEntries({ not: 'a list' }).problems[0]).to.include({ index: -1, code: 'not-a-list' });
    expect(validateEntries(undefined)).to.deep.equal({ items: [], problems: [] });
  });

  it('accepts configured categories instead of the defaults', () => {
    const { problems } = validateEntries([{ ...good, category: 'youth-justice' }], { categoryIds: ['youth-justice'] });
    expect(problems).to.deep.equal([]);
  });

  it('never throws and always returns one item per input (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.record({ id: fc.string(), date: fc.string(), title: fc.anything() }))), (input) => {
        const { items } = validateEntries(input);
        expect(items.length).to.equal(input.length);
        items.forEach((item, index) => expect(item.index).to.equal(index));
      }),
    );
  });

  describe('checkChildNames', () => {
    it('reads none from null, fills a missing name with the id, and names the field when it throws', () => {
      expect(checkChildNames(null, 'kith-chronology')).to.deep.equal([]);
      expect(checkChildNames(undefined, 'kith-chronology')).to.deep.equal([]);
      expect(checkChildNames([{ id: 'amira', name: 'Amira' }, { id: 'zak' }], 'kith-chronology')).to.deep.equal([
        { id: 'amira', name: 'Amira' },
        { id: 'zak', name: 'zak' },
      ]);
      expect(() => checkChildNames('Amira', 'kith-chronology')).to.throw(TypeError, 'kith-chronology: childNames must be an array');
      expect(() => checkChildNames([{ id: 'amira' }, null], 'kith-chronology')).to.throw(TypeError, 'childNames[1].id');
      expect(() => checkChildNames([{ id: ' ', name: 'Amira' }], 'kith-chronology')).to.throw(TypeError, 'childNames[0].id');
    });
  });

  describe('safeHref', () => {
    const cases: [string, string | null][] = [
      ['https://example.org/a', 'https://example.org/a'],
      ['http://example.org', 'http://example.org'],
      ['/records/1', '/records/1'],
      ['records/1?x=1#y', 'records/1?x=1#y'],
      ['  https://example.org  ', 'https://example.org'],
      ['javascript:alert(1)', null],
      [' JAVASCRIPT:alert(1)', null],
      ['java\tscript:alert(1)', null],
      ['data:text/html,<script>alert(1)</script>', null],
      ['vbscript:msgbox', null],
      ['mailto:a@b.c', null],
      ['', null],
    ];
    for (const [href, expected] of cases) {
      it(`${JSON.stringify(href)} → ${JSON.stringify(expected)}`, () => expect(safeHref(href)).to.equal(expected));
    }
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateEntries } from './validate.js';
import {
  emptyFilter,
  filterFromSearchParams,
  filterItems,
  filterToSearchParams,
  groupHeadings,
  normaliseFilter,
  sortItems,
  type ChronologyFilter,
} from './filter.js';
import { fold, highlightSegments, searchTerms } from './search.js';
import { overviewOf } from './overview.js';
import type { ChronologyEntry, ChronologyItem } from './types.js';

let next = 0;
function entry(partial: Partial<ChronologyEntry>): ChronologyEntry {
  return {
    id: `e${next++}`,
    date: '2024-01-01',
    title: 'Event',
    category: 'visit',
    source: 'Social care',
    significance: 'low',
    ...partial,
  };
}
const items = (entries: unknown[]) => validateEntries(entries).items;
const ids = (list: readonly ChronologyItem[]) => list.map((item) => item.entry.id);
const filter = (partial: Partial<ChronologyFilter>) => ({ ...emptyFilter(), ...partial });

describe('chronology filter, sort and group', () => {
  const sample = items([
    entry({ id: 'a', date: '2023-05-02', category: 'police', source: 'South Wales Police', significance: 'high', title: 'Domestic incident reported', childIds: ['amira'] }),
    entry({ id: 'b', date: '2023-05', category: 'health', source: 'Health visitor', title: 'Missed appointment', description: 'Siân did not attend' }),
    entry({ id: 'c', date: '2023', category: 'education', source: 'School', title: 'Attendance below 80%', approximate: true }),
    entry({ id: 'd', date: '2024-01-10T09:30', category: 'meeting', source: 'Social care', significance: 'medium', title: 'Strategy meeting', childIds: ['josh'] }),
    entry({ id: 'e', date: '31/02/2024', title: 'Bad date' }),
  ]);

  describe('filtering', () => {
    const cases: [string, Partial<ChronologyFilter>, string[]][] = [
      ['nothing chosen', {}, ['a', 'b', 'c', 'd', 'e']],
      ['a category', { categories: ['police', 'health'] }, ['a', 'b']],
      ['a source', { sources: ['School'] }, ['c']],
      ['significance', { significance: ['high', 'medium'] }, ['a', 'd']],
      ['a child (entries for the whole group included)', { childIds: ['amira'] }, ['a', 'b', 'c', 'e']],
      ['text, any case', { text: 'MEETING' }, ['d']],
      ['text, ignoring accents', { text: 'sian' }, ['b']],
      ['every word must match', { text: 'missed sian' }, ['b']],
      ['words from different entries do not match', { text: 'missed strategy' }, []],
      ['text in the category label', { text: 'education' }, ['c']],
      ['a month range: only entries wholly inside', { from: '2023-05', to: '2023-05' }, ['a', 'b']],
      ['a year range includes year-only entries', { from: '2023', to: '2023' }, ['a', 'b', 'c']],
      ['from a day onwards', { from: '2024-01-10' }, ['d']],
      ['up to a time', { to: '2024-01-10T09:29' }, ['a', 'b', 'c']],
      ['combined', { categories: ['police', 'meeting'], significance: ['medium'] }, ['d']],
    ];
    for (const [name, chosen, expected] of cases) {
      it(`by ${name}`, () => {
        expect(ids(filterItems(sample, filter(chosen), (id) => (id === 'education' ? 'Education' : id)))).to.deep.equal(expected);
      });
    }

    it('never invents, repeats, reorders or loses an entry (property)', () => {
      const arbitraryEntry = fc.record({
        id: fc.string({ maxLength: 3 }),
        date: fc.oneof(fc.constantFrom('2022', '2023-04', '2023-04-09', '2024-02-29T10:00', 'bad', ''), fc.string()),
        title: fc.string(),
        description: fc.option(fc.string(), { nil: undefined }),
        category: fc.constantFrom('visit', 'police', 'court', 'nonsense'),
        source: fc.constantFrom('A', 'B', 'C'),
        significance: fc.constantFrom('high', 'medium', 'low', 'odd'),
        childIds: fc.option(fc.subarray(['x', 'y', 'z']), { nil: undefined }),
      });
      const arbitraryFilter = fc.record({
        text: fc.oneof(fc.constant(''), fc.string({ maxLength: 3 })),
        categories: fc.subarray(['visit', 'police', 'court']),
        sources: fc.subarray(['A', 'B', 'C']),
        significance: fc.subarray(['high', 'medium', 'low'] as const),
        childIds: fc.subarray(['x', 'y']),
        from: fc.constantFrom('', '2023', '2023-04-09'),
        to: fc.constantFrom('', '2023-04', '2024'),
      });
      fc.assert(
        fc.property(fc.array(arbitraryEntry, { maxLength: 30 }), arbitraryFilter, (entries, chosen) => {
          const all = items(entries);
          const shown = filterItems(all, chosen);
          // Every shown item is one of the inputs, in input order, once.
          let cursor = -1;
          for (const item of shown) {
            const at = all.indexOf(item);
            expect(at).to.be.greaterThan(cursor);
            cursor = at;
          }
          // Nothing that matches is left out: each item is shown exactly when it matches on its own.
          for (const item of all) {
            expect(shown.includes(item)).to.equal(filterItems([item], chosen).length === 1);
          }
          // Clearing the filter shows everything.
          expect(filterItems(all, emptyFilter())).to.deep.equal(all);
        }),
      );
    });

    it('highlights exactly the text that matches (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), fc.string({ minLength: 1, maxLength: 3 }), (titles, query) => {
          const all = items(titles.map((title) => entry({ title })));
          const shown = filterItems(all, filter({ text: query }));
          const terms = searchTerms(query);
          for (const item of all) {
            const title = item.entry.title;
            const segments = highlightSegments(title, terms);
            expect(segments.map((s) => s.text).join('')).to.equal(title);
            const marked = segments.some((s) => s.match);
            expect(marked).to.equal(terms.some((term) => fold(title).includes(term)));
            // Every marked piece is a search word, and an entry whose title matches every word is shown.
            for (const segment of segments.filter((s) => s.match)) expect(terms.some((term) => fold(segment.text).includes(term))).to.equal(true);
            if (terms.length && terms.every((term) => fold(title).includes(term))) expect(shown).to.include(item);
          }
        }),
      );
    });
  });

  describe('normaliseFilter', () => {
    it('keeps only what is valid', () => {
      expect(
        normaliseFilter({ text: 5, categories: ['a', 1, 'a'], significance: ['high', 'urgent'], from: '31/02/2024', to: '2024-03', extra: true }),
      ).to.deep.equal({ ...emptyFilter(), categories: ['a'], significance: ['high'], to: '2024-03' });
      expect(normaliseFilter(null)).to.deep.equal(emptyFilter());
    });

    it('round-trips through URL search parameters', () => {
      const chosen = filter({ text: 'school visit', categories: ['visit'], sources: ['A & B'], significance: ['high'], childIds: ['c1'], from: '2023', to: '2024-02' });
      const params = filterToSearchParams(chosen, 'newest-first');
      expect(filterFromSearchParams(new URLSearchParams(params.toString()))).to.deep.equal({ filter: chosen, order: 'newest-first' });
      expect(filterFromSearchParams(new URLSearchParams('order=sideways&from=nope'))).to.deep.equal({ filter: emptyFilter() });
    });
  });

  describe('sorting', () => {
    it('orders oldest first with coarser dates first in their period, and undated entries last', () => {
      const sorted = sortItems(items([
        entry({ id: '2024-03-05', date: '2024-03-05' }),
        entry({ id: 'bad', date: 'nope' }),
        entry({ id: '2024-03', date: '2024-03' }),
        entry({ id: '2023', date: '2023' }),
        entry({ id: '2024-03-05T08:00', date: '2024-03-05T08:00' }),
        entry({ id: '2024', date: '2024' }),
      ]), 'oldest-first');
      expect(ids(sorted)).to.deep.equal(['2023', '2024', '2024-03', '2024-03-05', '2024-03-05T08:00', 'bad']);
    });

    it('orders newest first, still with undated entries last', () => {
      const sorted = sortItems(items([entry({ id: 'old', date: '2020' }), entry({ id: 'bad', date: '' }), entry({ id: 'new', date: '2024-01' })]), 'newest-first');
      expect(ids(sorted)).to.deep.equal(['new', 'old', 'bad']);
    });

    it('keeps 10,000 identical dates in the order given, both ways', () => {
      const many = items(Array.from({ length: 10_000 }, (_, i) => entry({ id: String(i), date: '2024-03-05' })));
      const expected = many.map((item) => item.entry.id);
      expect(ids(sortItems(many, 'oldest-first'))).to.deep.equal(expected);
      expect(ids(sortItems(many, 'newest-first'))).to.deep.equal(expected);
    });

    it('sorts dates that span millennia in a long list the same way', () => {
      const dates = Array.from({ length: 3000 }, (_, i) => ['0001', '9999-12-31T23:59', '5000-06', 'x'][i % 4]!);
      const sorted = sortItems(items(dates.map((date) => entry({ id: `d${next++}`, date }))), 'newest-first');
      const positions = (date: string) => sorted.filter((item) => item.entry.date === date).map((item) => item.index);
      expect(sorted.map((item) => item.entry.date).filter((date, i, all) => date !== all[i - 1])).to.deep.equal(['9999-12-31T23:59', '5000-06', '0001', 'x']);
      for (const date of ['0001', 'x']) expect(positions(date)).to.deep.equal([...positions(date)].sort((a, b) => a - b));
    });

    it('is a permutation of its input (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom('2020', '2021-02', '2021-02-03', '2021-02-03T04:05', 'x')), fc.constantFrom('oldest-first', 'newest-first'), (dates, order) => {
          const all = items(dates.map((date) => entry({ date })));
          const sorted = sortItems(all, order as 'oldest-first');
          expect([...sorted].sort((a, b) => a.index - b.index)).to.deep.equal(all);
        }),
      );
    });

    it('is a permutation in date order, undated entries last in the order given (property, 1,000 runs)', () => {
      const pad = (n: number, width = 2) => String(n).padStart(width, '0');
      const date = fc.oneof(
        fc.integer({ min: 1900, max: 2100 }).map((y) => pad(y, 4)),
        fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad(m)}`),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
        fc.constantFrom('2024-02-30', '31/02/2024', ''),
        fc.string({ maxLength: 12 }),
      );
      fc.assert(
        fc.property(fc.array(date, { maxLength: 60 }), fc.boolean(), fc.constantFrom('oldest-first', 'newest-first'), (dates, presorted, order) => {
          // Case systems often export in date order: half the lists arrive sorted, to exercise that path.
          const all = items((presorted ? [...dates].sort() : dates).map((d) => entry({ date: d })));
          const sorted = sortItems(all, order as 'oldest-first');
          expect([...sorted].sort((a, b) => a.index - b.index)).to.deep.equal(all);
          const dated = sorted.filter((item) => item.date);
          expect(sorted.slice(0, dated.length)).to.deep.equal(dated);
          const direction = order === 'newest-first' ? -1 : 1;
          for (let i = 1; i < dated.length; i++) {
            const [a, b] = [dated[i - 1]!, dated[i]!];
            const step = (b.sortKey - a.sortKey) * direction;
            expect(step > 0 || (step === 0 && b.index > a.index), `${a.entry.date} then ${b.entry.date}`).to.equal(true);
          }
          expect(ids(sorted.slice(dated.length))).to.deep.equal(ids(all.filter((item) => !item.date)));
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('any input', () => {
    it('filters and sorts whatever a host passes as entries and filter without throwing (property, 1,000 runs)', () => {
      fc.assert(
        fc.property(fc.anything(), fc.anything(), fc.constantFrom('oldest-first', 'newest-first'), (entries, chosen, order) => {
          const all = validateEntries(entries).items;
          const shown = filterItems(sortItems(all, order as 'oldest-first'), normaliseFilter(chosen));
          expect(shown.length).to.be.at.most(all.length);
          for (const item of shown) expect(all).to.include(item);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('grouping', () => {
    it('puts year and month headings before the first entry of each, with counts', () => {
      const sorted = sortItems(sample, 'oldest-first');
      const headings = groupHeadings(sorted, 'month');
      const summary = [...headings.entries()].map(([position, list]) => [position, list.map((h) => `${h.kind}:${h.year}-${h.month ?? '?'}:${h.count}`)]);
      expect(ids(sorted)).to.deep.equal(['c', 'b', 'a', 'd', 'e']);
      expect(summary).to.deep.equal([
        [0, ['year:2023-?:3', 'month:2023-?:1']],
        [1, ['month:2023-5:2']],
        [3, ['year:2024-?:1', 'month:2024-1:1']],
        [4, ['undated:0-?:1']],
      ]);
    });

    it('groups by year only when asked', () => {
      const headings = groupHeadings(sortItems(sample, 'newest-first'), 'year');
      expect([...headings.values()].flat().map((h) => h.kind)).to.deep.equal(['year', 'year', 'undated']);
    });

    it('gives one heading pair for 10,000 entries on one day', () => {
      const many = items(Array.from({ length: 10_000 }, () => entry({ date: '2024-03-05' })));
      const headings = groupHeadings(many, 'month');
      expect(headings.size).to.equal(1);
      expect(headings.get(0)!.map((h) => h.count)).to.deep.equal([10_000, 10_000]);
    });
  });

  describe('overview counts', () => {
    it('counts per month with empty months as gaps, and year-only and undated apart', () => {
      const overview = overviewOf(sample);
      expect(overview.granularity).to.equal('month');
      expect(overview.periods.map((p) => p.period)).to.have.length(9);
      expect(overview.periods[0]).to.include({ period: '2023-05', high: 1, low: 1, total: 2 });
      expect(overview.periods[4]).to.include({ period: '2023-09', total: 0 });
      expect(overview.periods[8]).to.include({ period: '2024-01', medium: 1, total: 1 });
      expect([overview.yearOnly, overview.undated, overview.max]).to.deep.equal([1, 1, 2]);
    });

    it('counts per year over a long span', () => {
      const overview = overviewOf(items([entry({ date: '2010-01-01' }), entry({ date: '2020-06' })]));
      expect(overview.granularity).to.equal('year');
      expect(overview.periods.map((p) => p.total)).to.deep.equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    });

    it('counts each period by significance as a plain count would (property)', () => {
      const dated = fc.constantFrom('2020', '2020-02', '2020-02-03', '2021-12-31T23:59', '2024-07', '1999', 'x');
      const significance = fc.constantFrom('high', 'medium', 'low', 'unknown');
      fc.assert(
        fc.property(fc.array(fc.tuple(dated, significance)), fc.constantFrom('auto', 'month', 'year'), (pairs, granularity) => {
          const all = items(pairs.map(([date, s]) => entry({ date, significance: s as 'high' })));
          const overview = overviewOf(all, granularity as 'auto');
          for (const period of overview.periods) {
            const inPeriod = all.filter((item) => item.date?.year === period.year && (period.month === undefined || item.date.month === period.month));
            const count = (s: string) => inPeriod.filter((item) => item.entry.significance === s).length;
            expect([period.high, period.medium, period.low, period.other]).to.deep.equal([count('high'), count('medium'), count('low'), count('unknown')]);
          }
        }),
      );
    });

    it('counts every dated item once (property)', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom('2020', '2020-02', '2021-12-31', '2026-01-01T10:00', '1999', 'x')), fc.constantFrom('auto', 'month', 'year'), (dates, granularity) => {
          const all = items(dates.map((date) => entry({ date })));
          const overview = overviewOf(all, granularity as 'auto');
          const counted = overview.periods.reduce((sum, p) => sum + p.total, 0);
          expect(counted + overview.yearOnly + overview.undated).to.equal(all.length);
        }),
      );
    });
  });
});

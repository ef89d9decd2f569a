import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  checkDateRange,
  compareIsoDates,
  formatDateForPeople,
  isIsoDate,
  isRealDate,
  parseDateParts,
  parseMonth,
  partsFor,
  partsFromIso,
  precisionOf,
  todayIso,
  type DateParseResult,
  type DatePrecision,
} from './date.js';
import { MONTH_NAMES } from './month-names.js';

/** The browser's own calendar: the ISO date of y-m-d, or null when Date rolls it over into another day. */
function oracle(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year, month - 1, day);
  const same = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? date.toISOString().slice(0, 10) : null;
}

const pad4 = (year: number) => String(year).padStart(4, '0');
const year = fc.integer({ min: 1, max: 9999 });
const month = fc.integer({ min: 1, max: 12 });
const dayish = fc.integer({ min: 1, max: 31 });
const realDate = fc
  .tuple(year, month, dayish)
  .filter(([y, m, d]) => oracle(y, m, d) !== null)
  .map(([y, m, d]) => oracle(y, m, d)!);
const precision = fc.constantFrom<DatePrecision>('day', 'month', 'year');

describe('date model', () => {
  describe('parseDateParts (table)', () => {
    const cases: [string, { day?: string; month?: string; year?: string }, DatePrecision, DateParseResult][] = [
      ['a plain date', { day: '1', month: '1', year: '2020' }, 'day', { ok: true, iso: '2020-01-01' }],
      ['leading zeros', { day: '01', month: '01', year: '2020' }, 'day', { ok: true, iso: '2020-01-01' }],
      ['spaces around', { day: ' 1 ', month: ' 12 ', year: ' 2020 ' }, 'day', { ok: true, iso: '2020-12-01' }],
      ['full-width digits', { day: '１', month: '２', year: '２０２０' }, 'day', { ok: true, iso: '2020-02-01' }],
      ['English month name', { day: '5', month: 'January', year: '2020' }, 'day', { ok: true, iso: '2020-01-05' }],
      ['English abbreviation', { day: '5', month: 'Sept.', year: '2020' }, 'day', { ok: true, iso: '2020-09-05' }],
      ['Welsh month name', { day: '5', month: 'Ionawr', year: '2020' }, 'day', { ok: true, iso: '2020-01-05' }],
      ['Welsh abbreviation', { day: '5', month: 'Chwef', year: '2020' }, 'day', { ok: true, iso: '2020-02-05' }],
      ['29 February in a leap year', { day: '29', month: '2', year: '2024' }, 'day', { ok: true, iso: '2024-02-29' }],
      ['29 February in 2000', { day: '29', month: '2', year: '2000' }, 'day', { ok: true, iso: '2000-02-29' }],
      ['29 February in 1900', { day: '29', month: '2', year: '1900' }, 'day', { ok: false, problem: 'not-real', parts: ['day'] }],
      ['30 February', { day: '30', month: '2', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['day'] }],
      ['31 April', { day: '31', month: '4', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['day'] }],
      ['day 0', { day: '0', month: '4', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['day'] }],
      ['day 32', { day: '32', month: '4', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['day'] }],
      ['month 13', { day: '1', month: '13', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['month'] }],
      ['unknown month word', { day: '1', month: 'Smarch', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['month'] }],
      ['negative day', { day: '-1', month: '1', year: '2024' }, 'day', { ok: false, problem: 'not-real', parts: ['day'] }],
      ['2-digit year', { day: '1', month: '1', year: '90' }, 'day', { ok: false, problem: 'year-digits', parts: ['year'] }],
      ['5-digit year', { day: '1', month: '1', year: '20201' }, 'day', { ok: false, problem: 'year-digits', parts: ['year'] }],
      ['year 0000', { day: '1', month: '1', year: '0000' }, 'day', { ok: false, problem: 'not-real', parts: ['year'] }],
      ['year in words', { day: '1', month: '1', year: 'twenty' }, 'day', { ok: false, problem: 'not-real', parts: ['year'] }],
      ['bad day and 2-digit year', { day: 'x', month: '1', year: '90' }, 'day', { ok: false, problem: 'not-real', parts: ['day', 'year'] }],
      ['nothing', {}, 'day', { ok: false, problem: 'empty', parts: ['day', 'month', 'year'] }],
      ['only spaces', { day: ' ', month: '  ', year: '' }, 'day', { ok: false, problem: 'empty', parts: ['day', 'month', 'year'] }],
      ['missing month', { day: '1', year: '2020' }, 'day', { ok: false, problem: 'missing', parts: ['month'] }],
      ['missing day and year', { month: '3' }, 'day', { ok: false, problem: 'missing', parts: ['day', 'year'] }],
      ['missing comes before not real', { day: '40', month: '' , year: '2020' }, 'day', { ok: false, problem: 'missing', parts: ['month'] }],
      ['month precision', { day: '99', month: 'Mar', year: '2021' }, 'month', { ok: true, iso: '2021-03' }],
      ['month precision missing year', { month: '3' }, 'month', { ok: false, problem: 'missing', parts: ['year'] }],
      ['year precision', { day: 'x', month: 'y', year: '1999' }, 'year', { ok: true, iso: '1999' }],
      ['year precision empty', { day: '1', month: '1' }, 'year', { ok: false, problem: 'empty', parts: ['year'] }],
      ['emoji', { day: '1️⃣', month: '🎂', year: '2020' }, 'day', { ok: false, problem: 'not-real', parts: ['day', 'month'] }],
      ['right-to-left text', { day: '١', month: 'مارس', year: '2020' }, 'day', { ok: false, problem: 'not-real', parts: ['day', 'month'] }],
    ];
    for (const [name, parts, p, expected] of cases) {
      it(name, () => expect(parseDateParts(parts, p)).to.deep.equal(expected));
    }
  });

  describe('ISO strings (table)', () => {
    const precisions: [string, DatePrecision | null][] = [
      ['2020-01-31', 'day'],
      ['2020-02-29', 'day'],
      ['2021-02-29', null],
      ['2020-13-01', null],
      ['2020-12', 'month'],
      ['2020', 'year'],
      ['0000', null],
      ['20-01-01', null],
      ['2020-1-1', null],
      ['2020-01-01T00:00:00Z', null],
      [' 2020-01-01', null],
      ['not-a-date', null],
      ['', null],
    ];
    for (const [iso, expected] of precisions) {
      it(`precisionOf(${JSON.stringify(iso)}) is ${expected}`, () => expect(precisionOf(iso)).to.equal(expected));
    }

    it('fills boxes with whatever it can read', () => {
      expect(partsFromIso('2020-02-30')).to.deep.equal({ year: '2020', month: '02', day: '30' });
      expect(partsFromIso('2020-05-17T10:00:00Z')).to.deep.equal({ year: '2020', month: '05', day: '17' });
      expect(partsFromIso('2020-05')).to.deep.equal({ year: '2020', month: '05', day: '' });
      expect(partsFromIso('not-a-date')).to.deep.equal({ year: '', month: '', day: '' });
      expect(partsFromIso(null)).to.deep.equal({ year: '', month: '', day: '' });
      expect(partsFromIso({ toString: () => '2020' })).to.deep.equal({ year: '', month: '', day: '' });
    });

    it('formats dates for people in English and Welsh', () => {
      expect(formatDateForPeople('2020-01-01', 'en-GB')).to.equal('1 January 2020');
      expect(formatDateForPeople('2020-02-09', 'cy')).to.equal('9 Chwefror 2020');
      expect(formatDateForPeople('2020-06', 'en-GB')).to.equal('June 2020');
      expect(formatDateForPeople('2020-06', 'cy')).to.equal('Mehefin 2020');
      expect(formatDateForPeople('1999', 'cy')).to.equal('1999');
      expect(formatDateForPeople('garbage', 'en-GB')).to.equal('garbage');
    });

    it('gives today on the device as an ISO date', () => {
      expect(todayIso(new Date(2024, 1, 29, 23, 59))).to.equal('2024-02-29');
      expect(todayIso(new Date(2024, 0, 1, 0, 0))).to.equal('2024-01-01');
    });
  });

  describe('checkDateRange (table)', () => {
    const today = '2024-06-15';
    it('past-only rejects today and the future, accepts yesterday', () => {
      expect(checkDateRange('2024-06-14', { pastOnly: true, today })).to.equal(null);
      expect(checkDateRange('2024-06-15', { pastOnly: true, today })).to.deep.equal({ problem: 'not-past', limit: '2024-06-15' });
      expect(checkDateRange('2030-01-01', { pastOnly: true, today })!.problem).to.equal('not-past');
    });
    it('future-only rejects today and the past', () => {
      expect(checkDateRange('2024-06-16', { futureOnly: true, today })).to.equal(null);
      expect(checkDateRange('2024-06-15', { futureOnly: true, today })!.problem).to.equal('not-future');
    });
    it('takes a month or a year as past or future when any of its days is', () => {
      // A child born this month or this year, or a review due later this month, must be recordable.
      expect(checkDateRange('2024-06', { pastOnly: true, today })).to.equal(null);
      expect(checkDateRange('2024', { pastOnly: true, today })).to.equal(null);
      expect(checkDateRange('2024-07', { pastOnly: true, today })).to.deep.equal({ problem: 'not-past', limit: '2024-06' });
      expect(checkDateRange('2025', { pastOnly: true, today })!.problem).to.equal('not-past');
      expect(checkDateRange('2024-06', { pastOnly: true, today: '2024-06-01' })!.problem, 'no day of it is past yet').to.equal('not-past');
      expect(checkDateRange('2024-06', { futureOnly: true, today })).to.equal(null);
      expect(checkDateRange('2024', { futureOnly: true, today })).to.equal(null);
      expect(checkDateRange('2024-05', { futureOnly: true, today })!.problem).to.equal('not-future');
      expect(checkDateRange('2024-06', { futureOnly: true, today: '2024-06-30' })!.problem, 'no day of it is left').to.equal('not-future');
      expect(checkDateRange('2024', { futureOnly: true, today: '2024-12-31' })!.problem).to.equal('not-future');
      expect(checkDateRange('2024-02', { futureOnly: true, today: '2024-02-28' }), '29 February 2024 is still to come').to.equal(null);
    });

    it('compares at the precision of the date', () => {
      expect(checkDateRange('2024-05', { pastOnly: true, today })).to.equal(null);
      expect(checkDateRange('2020-01', { min: '2020-01-15', today })).to.equal(null);
      expect(checkDateRange('2019-12', { min: '2020-01-15', today })).to.deep.equal({ problem: 'before-min', limit: '2020-01' });
      expect(checkDateRange('2020-01-14', { min: '2020', today })).to.equal(null);
    });
    it('min and max are inclusive', () => {
      const range = { min: '2020-01-01', max: '2020-12-31', today };
      expect(checkDateRange('2020-01-01', range)).to.equal(null);
      expect(checkDateRange('2020-12-31', range)).to.equal(null);
      expect(checkDateRange('2019-12-31', range)).to.deep.equal({ problem: 'before-min', limit: '2020-01-01' });
      expect(checkDateRange('2021-01-01', range)).to.deep.equal({ problem: 'after-max', limit: '2020-12-31' });
    });
    it('ignores unreadable limits and dates', () => {
      expect(checkDateRange('2020-01-01', { min: 'yesterday', max: '2020-02-30', today })).to.equal(null);
      expect(checkDateRange('not-a-date', { pastOnly: true, today })).to.equal(null);
    });
  });

  describe('properties against the browser calendar', () => {
    it('isRealDate agrees with Date.UTC', () => {
      fc.assert(fc.property(year, month, dayish, (y, m, d) => isRealDate(y, m, d) === (oracle(y, m, d) !== null)), { numRuns: 2000 });
    });

    it('parseDateParts accepts exactly the real dates, as Date.UTC writes them', () => {
      fc.assert(
        fc.property(year, month, dayish, (y, m, d) => {
          const result = parseDateParts({ day: String(d), month: String(m), year: pad4(y) });
          const expected = oracle(y, m, d);
          return expected === null
            ? !result.ok && result.problem === 'not-real' && result.parts.join() === 'day'
            : result.ok && result.iso === expected;
        }),
        { numRuns: 2000 },
      );
    });

    it('ignores leading zeros, surrounding spaces and the case of month names', () => {
      const zeros = fc.integer({ min: 0, max: 3 }).map((n) => '0'.repeat(n));
      const spaces = fc.constantFrom('', ' ', '  ', '\t');
      fc.assert(
        fc.property(realDate, zeros, spaces, fc.boolean(), fc.constantFrom('en-GB', 'cy'), (iso, z, s, byName, lang) => {
          const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
          const name = MONTH_NAMES[lang as 'en-GB' | 'cy'][m - 1]!;
          const typedMonth = byName ? [...name].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('') : `${z}${m}`;
          const result = parseDateParts({ day: `${s}${z}${d}${s}`, month: `${s}${typedMonth}${s}`, year: `${s}${pad4(y)}${s}` });
          return result.ok && result.iso === iso;
        }),
      );
    });

    it('round-trips every real date through boxes and back', () => {
      fc.assert(
        fc.property(realDate, precision, (iso, p) => {
          const cut = iso.slice(0, { day: 10, month: 7, year: 4 }[p]);
          const result = parseDateParts(partsFromIso(cut), p);
          return precisionOf(cut) === p && isIsoDate(cut, p) && result.ok && result.iso === cut;
        }),
      );
    });

    it('orders dates as Date.UTC does', () => {
      fc.assert(
        fc.property(realDate, realDate, (a, b) => {
          const difference = Date.parse(a) - Date.parse(b);
          return compareIsoDates(a, b) === Math.sign(difference);
        }),
      );
    });

    it('says a date is before min exactly when Date.UTC does', () => {
      fc.assert(
        fc.property(realDate, realDate, (iso, min) => {
          const problem = checkDateRange(iso, { min, today: '2024-01-01' })?.problem ?? null;
          return (problem === 'before-min') === Date.parse(iso) < Date.parse(min);
        }),
      );
    });

    it('formats dates as Intl does for en-GB', () => {
      const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      fc.assert(
        fc.property(realDate.filter((iso) => iso >= '1000'), (iso) => formatDateForPeople(iso, 'en-GB') === format.format(new Date(iso))),
      );
    });

    it('never throws and always says which boxes are wrong, whatever is typed', () => {
      const typed = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.integer().map(String), fc.constantFrom('', ' ', 'Jan', '٣'));
      fc.assert(
        fc.property(fc.record({ day: typed, month: typed, year: typed }), precision, (parts, p) => {
          const result = parseDateParts(parts, p);
          if (result.ok) return isIsoDate(result.iso, p);
          return result.parts.length > 0 && result.parts.every((part) => partsFor(p).includes(part));
        }),
        { numRuns: 2000 },
      );
    });

    it('never throws on anything given as an ISO value', () => {
      fc.assert(
        fc.property(fc.anything(), precision, (value, p) => {
          const parts = partsFromIso(value);
          parseDateParts(parts, p);
          return isIsoDate(value, p) === (typeof value === 'string' && precisionOf(value) === p);
        }),
      );
    });

    it('reads every month name and abbreviation in any case', () => {
      for (const lang of ['en-GB', 'cy'] as const) {
        MONTH_NAMES[lang].forEach((name, index) => {
          expect(parseMonth(name)).to.equal(index + 1);
          expect(parseMonth(name.toUpperCase())).to.equal(index + 1);
        });
      }
      expect(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'].map(parseMonth)).to.deep.equal([1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12]);
      expect(['Ion', 'Chwef', 'Maw', 'Ebr', 'Meh', 'Gorff', 'Hyd', 'Tach', 'Rhag'].map(parseMonth)).to.deep.equal([1, 2, 3, 4, 6, 7, 10, 11, 12]);
      expect(parseMonth('J')).to.equal(null);
    });

    it('reads Welsh month names softly mutated, as after "o" in "5 o Fawrth"', () => {
      const mutated = ['Fawrth', 'Faw', 'Fai', 'Fehefin', 'Feh', 'Orffennaf', 'Orff', 'Fedi', 'Dachwedd', 'Dach', 'Ragfyr', 'Rag'];
      expect(mutated.map(parseMonth)).to.deep.equal([3, 3, 5, 6, 6, 7, 7, 9, 11, 11, 12, 12]);
      expect(parseDateParts({ day: '5', month: 'fawrth', year: '2020' })).to.deep.equal({ ok: true, iso: '2020-03-05' });
      expect(parseMonth('0')).to.equal(null);
    });
  });
});

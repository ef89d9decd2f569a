import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { setLocale } from '@kith/core';
import {
  formatEntryDate,
  formatIsoDate,
  formatPartialDate,
  formatRecordedAt,
  isDateTime,
  parsePartialDate,
  periodEnd,
  periodStart,
  PRECISION_RANK,
  sortKeyOf,
} from './dates.js';

describe('chronology dates', () => {
  afterEach(() => setLocale('en-GB'));

  describe('parsePartialDate', () => {
    const valid: [string, object][] = [
      ['2024', { precision: 'year', year: 2024 }],
      ['2024-03', { precision: 'month', year: 2024, month: 3 }],
      ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
      ['2024-03-05T14:30', { precision: 'minute', year: 2024, month: 3, day: 5, hour: 14, minute: 30 }],
      ['2024-03-05T00:00', { precision: 'minute', year: 2024, month: 3, day: 5, hour: 0, minute: 0 }],
    ];
    for (const [text, expected] of valid) {
      it(`reads ${text} at its own precision`, () => {
        expect(parsePartialDate(text)).to.deep.equal(expected);
      });
    }

    const invalid = [
      '31/02/2024',
      '2024-02-31',
      '2023-02-29',
      '2024-13',
      '2024-00',
      '2024-03-00',
      '2024-03-05T24:00',
      '2024-03-05T12:60',
      '2024-03-05T12:30:00',
      '2024-3-5',
      ' 2024',
      '0000',
      '',
      'yesterday',
      '<b>2024</b>',
    ];
    for (const text of invalid) {
      it(`rejects ${JSON.stringify(text)}`, () => {
        expect(parsePartialDate(text)).to.equal(null);
      });
    }

    it('rejects values that are not text', () => {
      for (const value of [null, undefined, 2024, {}, [], new Date()]) expect(parsePartialDate(value)).to.equal(null);
    });

    it('writes back exactly what it read, for every valid date (property)', () => {
      const dateText = fc
        .record({
          year: fc.integer({ min: 1, max: 9999 }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          precision: fc.constantFrom('year', 'month', 'day', 'minute'),
        })
        .map(({ precision, ...parts }) => {
          const pad = (n: number) => String(n).padStart(2, '0');
          const year = String(parts.year).padStart(4, '0');
          if (precision === 'year') return year;
          if (precision === 'month') return `${year}-${pad(parts.month)}`;
          if (precision === 'day') return `${year}-${pad(parts.month)}-${pad(parts.day)}`;
          return `${year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
        });
      fc.assert(
        fc.property(dateText, (text) => {
          const date = parsePartialDate(text);
          expect(date).to.not.equal(null);
          expect(formatIsoDate(date!)).to.equal(text);
          expect(periodStart(date!)).to.be.at.most(periodEnd(date!));
          expect(sortKeyOf(date!)).to.equal(periodStart(date!) * 4 + PRECISION_RANK[date!.precision]);
        }),
      );
    });
  });

  describe('ordering keys', () => {
    it('puts a coarser date before finer ones that start at the same moment', () => {
      const keys = ['2024', '2024-01', '2024-01-01', '2024-01-01T00:00'].map((text) => sortKeyOf(parsePartialDate(text)!));
      expect([...keys].sort((a, b) => a - b)).to.deep.equal(keys);
    });

    it('covers a whole period from its first to its last minute', () => {
      const year = parsePartialDate('2024')!;
      const feb = parsePartialDate('2023-02')!;
      expect(periodStart(year)).to.equal(periodStart(parsePartialDate('2024-01-01T00:00')!));
      expect(periodEnd(year)).to.equal(periodEnd(parsePartialDate('2024-12-31T23:59')!));
      expect(periodEnd(feb)).to.equal(periodEnd(parsePartialDate('2023-02-28T23:59')!));
    });
  });

  describe('formatting at the recorded precision', () => {
    const cases: [string, string, string][] = [
      ['2024', '2024', '2024'],
      ['2024-03', 'March 2024', 'Mawrth 2024'],
      ['2024-03-05', '5 March 2024', '5 Mawrth 2024'],
    ];
    for (const [iso, english, welsh] of cases) {
      it(`shows ${iso} as "${english}" and in Welsh as "${welsh}"`, async () => {
        const date = parsePartialDate(iso)!;
        expect(formatPartialDate(date, 'en-GB')).to.equal(english);
        await setLocale('cy');
        expect(formatPartialDate(date)).to.equal(welsh);
      });
    }

    it('shows a time only when one was recorded, in 24-hour form', () => {
      const text = formatPartialDate(parsePartialDate('2024-03-05T14:30')!, 'en-GB');
      expect(text).to.contain('5 March 2024');
      expect(text).to.contain('14:30');
    });

    it('does not move a date with the time zone', () => {
      expect(formatPartialDate(parsePartialDate('2024-01-01T00:00')!, 'en-GB')).to.contain('1 January 2024');
      expect(formatPartialDate(parsePartialDate('0099')!, 'en-GB')).to.equal('99');
    });

    it('says "about" for an approximate date, in the current locale', async () => {
      const date = parsePartialDate('2024-11')!;
      expect(formatEntryDate(date, true, 'en-GB')).to.equal('about November 2024');
      expect(formatEntryDate(date, false, 'en-GB')).to.equal('November 2024');
      await setLocale('cy');
      expect(formatEntryDate(date, true, 'cy')).to.equal('Tachwedd 2024 (yn fras)');
    });
  });

  describe('recordedAt', () => {
    it('accepts ISO dates and date-times, with or without an offset', () => {
      for (const text of ['2024-03-05', '2024-03-05T14:30', '2024-03-05T14:30:12Z', '2024-03-05T14:30:12.123+01:00']) {
        expect(isDateTime(text), text).to.equal(true);
      }
      for (const text of ['2024-02-30', '05/03/2024', '2024-03-05T25:00', 'now']) expect(isDateTime(text), text).to.equal(false);
    });

    it('formats a local date-time without shifting it', () => {
      expect(formatRecordedAt('2024-03-05', 'en-GB')).to.equal('5 March 2024');
      expect(formatRecordedAt('2024-03-05T09:15', 'en-GB')).to.contain('09:15');
      expect(formatRecordedAt('rubbish', 'en-GB')).to.equal('rubbish');
    });
  });
});

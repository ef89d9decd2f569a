import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { csvCell, toCsv, CSV_COLUMNS } from './csv.js';
import { mergeChronologies, type AgencyChronology } from './merge.js';
import type { ChronologyEntry } from './types.js';

/** A small RFC 4180 reader, to check that what toCsv writes reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(cell), (cell = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += char;
  }
  return rows;
}

const entry = (partial: Partial<ChronologyEntry> = {}): ChronologyEntry => ({
  id: 'e1',
  date: '2024-03-05',
  title: 'Home visit',
  category: 'visit',
  source: 'Social care',
  significance: 'low',
  ...partial,
});

describe('chronology CSV', () => {
  const cells: [string, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+44 29 2000 0000', "'+44 29 2000 0000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', '"\'\rreturn"'],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a=b', 'a=b'],
    ['', ''],
  ];
  for (const [value, expected] of cells) {
    it(`writes ${JSON.stringify(value)} as ${JSON.stringify(expected)}`, () => expect(csvCell(value)).to.equal(expected));
  }

  it('writes a header and one CRLF-terminated record per entry, every field included', () => {
    const csv = toCsv([
      entry({ approximate: true, childIds: ['c1', 'c2'], links: [{ label: 'Record', href: '/r/1' }], description: 'Line one\r\nline two' }),
    ]);
    const rows = parseCsv(csv);
    expect(rows[0]).to.deep.equal([...CSV_COLUMNS]);
    const record = Object.fromEntries(CSV_COLUMNS.map((column, i) => [column, rows[1]![i]]));
    expect(record).to.include({ id: 'e1', approximate: 'true', childIds: 'c1; c2', links: 'Record </r/1>', description: 'Line one\r\nline two' });
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(toCsv([], { bom: true }).startsWith('\uFEFF')).to.equal(true);
  });

  it('reads back every cell, and no cell can start a formula (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ title: fc.string(), description: fc.string(), source: fc.string() }), { maxLength: 5 }), (parts) => {
        const rows = parseCsv(toCsv(parts.map((p) => entry(p))));
        expect(rows.length).to.equal(parts.length + 1);
        parts.forEach((p, i) => {
          const row = rows[i + 1]!;
          for (const field of ['title', 'description', 'source'] as const) {
            const cell = row[CSV_COLUMNS.indexOf(field)]!;
            expect(/^[=+\-@\t\r]/.test(cell)).to.equal(false);
            expect(cell).to.equal(/^[=+\-@\t\r]/.test(p[field]) ? `'${p[field]}` : p[field]);
          }
        });
      }),
    );
  });
});

describe('chronology merge', () => {
  const police: AgencyChronology = {
    agency: 'South Wales Police',
    entries: [entry({ id: 'p1', source: 'PC Evans', category: 'police' }), entry({ id: 'shared', source: '' })],
  };
  const health: AgencyChronology = {
    agency: 'Health board',
    entries: [entry({ id: 'h1', source: 'Health visitor' }), entry({ id: 'shared', source: '' })],
  };

  it('de-duplicates by id, keeps every source, and records who supplied each entry', () => {
    const { entries, conflicts } = mergeChronologies([police, health]);
    expect(entries.map((e) => [e.id, e.source, e.suppliedBy])).to.deep.equal([
      ['p1', 'PC Evans', ['South Wales Police']],
      ['shared', 'South Wales Police', ['South Wales Police', 'Health board']],
      ['h1', 'Health visitor', ['Health board']],
    ]);
    // Same id, different source once filled in from the agency: reported, first version kept.
    expect(conflicts).to.deep.equal([{ id: 'shared', agencies: ['South Wales Police', 'Health board'], fields: ['source'] }]);
  });

  it('reports which fields differ when agencies recorded the same id differently', () => {
    const a = { agency: 'A', entries: [entry({ id: 'x', title: 'Visit', source: 'S' })] };
    const b = { agency: 'B', entries: [entry({ id: 'x', title: 'Home visit', significance: 'high', source: 'S' })] };
    const { entries, conflicts } = mergeChronologies([a, b]);
    expect(entries).to.have.length(1);
    expect(entries[0]!.title).to.equal('Visit');
    expect(conflicts).to.deep.equal([{ id: 'x', agencies: ['A', 'B'], fields: ['significance', 'title'] }]);
  });

  it('does not modify its input', () => {
    const input = structuredClone([police, health]);
    mergeChronologies(input);
    expect(input).to.deep.equal([police, health]);
  });

  const arbitraryChronologies = fc.array(
    fc.record({
      agency: fc.constantFrom('A', 'B', 'C'),
      entries: fc.array(
        fc.record({
          id: fc.constantFrom('1', '2', '3', '4', ''),
          date: fc.constantFrom('2024', '2024-01-02'),
          title: fc.constantFrom('t', 'u'),
          category: fc.constant('visit'),
          source: fc.constantFrom('', 'X'),
          significance: fc.constantFrom('high', 'low') as fc.Arbitrary<'high' | 'low'>,
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 4 },
  );

  it('is idempotent: merging the result again, or the inputs twice, changes nothing (property)', () => {
    fc.assert(
      fc.property(arbitraryChronologies, (chronologies) => {
        const once = mergeChronologies(chronologies).entries;
        expect(mergeChronologies([{ agency: 'Z', entries: once }]).entries).to.deep.equal(once);
        expect(mergeChronologies([...chronologies, ...chronologies]).entries).to.deep.equal(once);
        expect(new Set(once.filter((e) => e.id).map((e) => e.id)).size).to.equal(once.filter((e) => e.id).length);
      }),
    );
  });

  it('loses no id and no agency (property)', () => {
    fc.assert(
      fc.property(arbitraryChronologies, (chronologies) => {
        const merged = mergeChronologies(chronologies).entries;
        for (const { agency, entries } of chronologies) {
          for (const e of entries.filter((e) => e.id)) {
            const found = merged.find((m) => m.id === e.id);
            expect(found, e.id).to.exist;
            expect(found!.suppliedBy).to.include(agency);
          }
        }
      }),
    );
  });

  it('takes any entries, keeps every id and every value that is not an entry, and is idempotent (property, 1,000 runs)', () => {
    const text = fc.oneof(fc.constantFrom('', '1', '2', 'x'), fc.string({ maxLength: 4 }));
    const anyEntry = fc.oneof(
      fc.record(
        {
          id: fc.oneof(text, fc.integer(), fc.constant(null)),
          date: text,
          title: text,
          category: text,
          source: text,
          significance: text,
          suppliedBy: fc.oneof(fc.array(text, { maxLength: 3 }), fc.anything()),
          description: fc.anything(),
        },
        { requiredKeys: ['id'] },
      ),
      fc.anything(),
    );
    const chronologies = fc.array(fc.record({ agency: fc.constantFrom('A', 'B', 'C'), entries: fc.array(anyEntry, { maxLength: 8 }) }), { maxLength: 4 });
    fc.assert(
      fc.property(chronologies, (given) => {
        const input = given as unknown as AgencyChronology[];
        const before = JSON.stringify(input);
        const merged = mergeChronologies(input).entries;
        expect(JSON.stringify(input), 'input unchanged').to.equal(before);
        const isEntry = (value: unknown) => !!value && typeof value === 'object' && !Array.isArray(value);
        for (const { entries } of input) {
          for (const raw of entries) {
            if (!isEntry(raw)) {
              expect(merged.some((kept) => JSON.stringify(kept) === JSON.stringify(raw)), 'value kept').to.equal(true);
            } else if (typeof raw.id === 'string' && raw.id) {
              expect(merged.filter((kept) => isEntry(kept) && kept.id === raw.id)).to.have.length(1);
            }
          }
        }
        expect(mergeChronologies([{ agency: 'Z', entries: merged }]).entries).to.deep.equal(merged);
      }),
      { numRuns: 1000 },
    );
  });
});

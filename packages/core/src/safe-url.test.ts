import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkedHref, safeHref } from './safe-url.js';

describe('checkedHref and safeHref', () => {
  const cases: [string, string | null][] = [
    ['https://example.org/case/1', 'https://example.org/case/1'],
    ['http://example.org', 'http://example.org'],
    ['/cases/1?tab=plan', '/cases/1?tab=plan'],
    ['#date-of-birth', '#date-of-birth'],
    ['  ../notes  ', '../notes'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    [' \tjava\nscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['mailto:someone@example.org', null],
    ['', null],
  ];
  for (const [given, expected] of cases) {
    it(`${JSON.stringify(given)} → ${JSON.stringify(expected)}`, () => {
      expect(checkedHref(given)).to.equal(expected);
      expect(safeHref(given)).to.equal(expected ?? '');
    });
  }

  it('never lets a dangerous scheme through, whatever follows it', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('javascript:', 'JavaScript:', ' javascript:', 'java\tscript:', 'data:', 'vbscript:'), (rest, scheme) => {
        expect(checkedHref(scheme + rest)).to.equal(null);
      }),
    );
  });

  it('warns naming the field only when a URL is refused', () => {
    const original = console.warn;
    const messages: string[] = [];
    console.warn = (message: string) => messages.push(message);
    try {
      safeHref('/fine', 'rows[0].href');
      safeHref('javascript:alert(1)', 'rows[1].href');
      safeHref(null, 'rows[2].href');
    } finally {
      console.warn = original;
    }
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain('rows[1].href');
  });
});

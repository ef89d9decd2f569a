import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { countCharacters, firstFailure, labelInSentence, maxLengthValidator, requiredValidator, type Validator } from './validators.js';

/** Runs per property: every validator sees every kind of text a person or a host could give it. */
const RUNS = 1000;
let properties = 0;
function check<Ts extends unknown[]>(property: fc.IProperty<Ts>): void {
  fc.assert(property, { numRuns: RUNS });
  properties++;
}

/** Any text: arbitrary code units (lone surrogates included), whole graphemes, and white space. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2028', '\u3000', '\ufeff', 'a') }),
);

describe('core validators (properties)', () => {
  after(() => console.log(`core validators: ${properties} properties × ${RUNS} runs = ${properties * RUNS} runs`));

  it('requiredValidator fails exactly the blank values, with its message, and never throws', () => {
    check(
      fc.property(anyText, fc.string(), (value, message) => {
        const failure = requiredValidator(() => message)(value);
        if (value.trim() === '') expect(failure).to.deep.equal({ flag: 'valueMissing', message });
        else expect(failure).to.equal(null);
      }),
    );
  });

  it('maxLengthValidator fails exactly when there are more characters than allowed, saying how many', () => {
    check(
      fc.property(anyText, fc.nat({ max: 40 }), (value, max) => {
        let over = 0;
        const failure = maxLengthValidator(max, (n) => {
          over = n;
          return `${n} too many`;
        })(value);
        const count = countCharacters(value);
        if (count > max) {
          expect(failure).to.deep.equal({ flag: 'tooLong', message: `${count - max} too many` });
          expect(over).to.equal(count - max);
        } else {
          expect(failure).to.equal(null);
        }
      }),
    );
  });

  it('countCharacters counts as servers do: never fewer than the code points, none only for empty text', () => {
    check(
      fc.property(anyText, (value) => {
        const count = countCharacters(value);
        expect(count).to.be.at.least([...value].length);
        expect(count === 0).to.equal(value === '');
        expect(countCharacters(value + value)).to.equal(2 * count);
      }),
    );
  });

  it('countCharacters counts UTF-16 code units, as GOV.UK, native maxlength and most servers do', () => {
    expect(['👨‍👩‍👧‍👦', '🇬🇧', 'e\u0301', 'ŵ', 'a', '1️⃣', '😀'].map(countCharacters)).to.deep.equal([11, 4, 2, 1, 1, 3, 2]);
  });

  it('firstFailure returns the first failure in order, or null when every check passes', () => {
    const failure = fc.option(fc.record({ flag: fc.constantFrom('valueMissing', 'tooLong', 'customError'), message: fc.string() }), { nil: null });
    check(
      fc.property(fc.array(failure, { maxLength: 8 }), anyText, (results, value) => {
        const seen: string[] = [];
        const validators: Validator<string>[] = results.map((result) => (given) => {
          seen.push(given);
          return result as ReturnType<Validator<string>>;
        });
        const first = results.findIndex((result) => result !== null);
        expect(firstFailure(value, validators)).to.equal(first === -1 ? null : results[first]);
        // Checks after the first failure are not run, and each one saw the value as given.
        expect(seen.length).to.equal(first === -1 ? results.length : first + 1);
        for (const given of seen) expect(given).to.equal(value);
      }),
    );
  });

  it('labelInSentence only trims and changes the case of the first letter, and is idempotent', () => {
    check(
      fc.property(anyText, (label) => {
        const trimmed = label.trim();
        const result = labelInSentence(label);
        expect(result.toLocaleLowerCase()).to.equal(trimmed.toLocaleLowerCase());
        expect(labelInSentence(result)).to.equal(result);
        // An acronym ("NHS number") keeps its capitals.
        if (/^\p{Lu}{2}/u.test(trimmed)) expect(result).to.equal(trimmed);
      }),
    );
  });
});

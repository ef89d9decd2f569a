import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import fc from 'fast-check';
import { readOptions, parseValueList } from './options.js';
import '../radios/define.js';
import '../text-input/define.js';
import type { KithRadios } from '../radios/radios.js';
import type { KithOption } from './option.js';

describe('choice helpers', () => {
  describe('readOptions', () => {
    it('reads value, label, hint and flags, leaving follow-up content and framework comments out of the label', async () => {
      const host = await fixture(html`
        <div>
          <kith-option value="a" hint="Hint A">  Label
            <b>A</b>  <span slot="conditional">Follow-up text</span></kith-option>
          <kith-option divider></kith-option>
          <kith-option exclusive label="Own label" disabled>Ignored</kith-option>
          <p>not an option</p>
        </div>
      `);
      const { options, elements, duplicates } = readOptions(host);
      expect(elements.length).to.equal(3);
      expect(duplicates).to.deep.equal([]);
      expect(options.map(({ element: _element, ...rest }) => rest)).to.deep.equal([
        { value: 'a', label: 'Label A', hint: 'Hint A', divider: false, exclusive: false, disabled: false, hasFollowUp: true },
        { value: '', label: '', hint: '', divider: true, exclusive: false, disabled: false, hasFollowUp: false },
        { value: 'Own label', label: 'Own label', hint: '', divider: false, exclusive: true, disabled: true, hasFollowUp: false },
      ]);
    });

    it('keeps the first of options that share a value and reports the value', async () => {
      const host = await fixture(html`<div>
        <kith-option value="x">One</kith-option><kith-option value="x">Two</kith-option><kith-option>x</kith-option>
      </div>`);
      const { options, elements, duplicates } = readOptions(host);
      expect(options.map((option) => option.label)).to.deep.equal(['One']);
      expect(elements.length).to.equal(3);
      expect(duplicates).to.deep.equal(['x']);
    });

    it('never fails and never yields two options with the same value, whatever the text', () => {
      fc.assert(
        fc.property(fc.array(fc.record({ value: fc.option(fc.string()), text: fc.string() }), { maxLength: 12 }), (specs) => {
          const host = document.createElement('div');
          for (const spec of specs) {
            const option = document.createElement('kith-option');
            if (spec.value !== null) option.setAttribute('value', spec.value);
            option.textContent = spec.text;
            host.append(option);
          }
          const values = readOptions(host).options.map((option) => option.value);
          expect(new Set(values).size).to.equal(values.length);
        }),
      );
    });
  });

  describe('parseValueList', () => {
    it('splits on commas, trims and drops empty entries', () => {
      expect(parseValueList(' email , phone,,')).to.deep.equal(['email', 'phone']);
      expect(parseValueList('')).to.deep.equal([]);
    });

    it('round-trips any list of values without commas or edge spaces', () => {
      const value = fc.string({ minLength: 1 }).filter((text) => !text.includes(',') && text.trim() === text && text !== '');
      fc.assert(
        fc.property(fc.array(value), (values) => {
          expect(parseValueList(values.join(','))).to.deep.equal(values);
        }),
      );
    });
  });

  describe('follow-up content', () => {
    it('reflects kith-option properties to attributes, so the group sees changes made through properties', async () => {
      const el = await fixture<KithRadios>(html`
        <kith-radios name="p" legend="Priority"><kith-option value="low">Low</kith-option></kith-radios>
      `);
      const option = el.querySelector<KithOption>('kith-option')!;
      option.hint = 'Within 10 working days';
      await elementUpdated(option);
      await elementUpdated(el);
      await elementUpdated(el);
      expect(el.shadowRoot!.querySelector('[part="option-hint"]')!.textContent).to.equal('Within 10 working days');
    });

    it('lets nested groups each enable only what they disabled', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <kith-radios name="outer" legend="Is there a plan?">
            <kith-option value="no">No</kith-option>
            <kith-option value="yes"
              >Yes
              <kith-radios slot="conditional" name="inner" legend="Who made it?">
                <kith-option value="team">The team</kith-option>
                <kith-option value="other"
                  >Someone else <kith-text-input slot="conditional" name="who" label="Who made the plan?"></kith-text-input
                ></kith-option>
              </kith-radios>
            </kith-option>
          </kith-radios>
        </form>
      `);
      const [outer, inner] = [...form.querySelectorAll('kith-radios')] as KithRadios[];
      const who = form.querySelector('kith-text-input')!;
      const settle = async () => {
        for (let i = 0; i < 3; i++) await Promise.all([elementUpdated(outer!), elementUpdated(inner!)]);
      };
      await settle();
      expect([inner!.disabled, who.disabled]).to.deep.equal([true, true]);
      outer!.value = 'yes';
      await settle();
      expect([inner!.disabled, who.disabled], 'inner shown, its own follow-up still hidden').to.deep.equal([false, true]);
      inner!.value = 'other';
      await settle();
      expect(who.disabled).to.equal(false);
      outer!.value = 'no';
      await settle();
      expect([inner!.disabled, who.disabled]).to.deep.equal([true, true]);
      outer!.value = 'yes';
      await settle();
      expect([inner!.disabled, who.disabled]).to.deep.equal([false, false]);
      expect(new FormData(form).getAll('inner')).to.deep.equal(['other']);
    });
  });
});

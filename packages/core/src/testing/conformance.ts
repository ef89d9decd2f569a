import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** What a Kith form control exposes; the conformance suite checks each of these. */
export interface KithFormControlElement extends HTMLElement {
  name: string;
  value: string;
  required: boolean;
  disabled: boolean;
  checkValidity(): boolean;
  reportValidity(): boolean;
  formStateRestoreCallback?(state: string | File | FormData | null, reason: string): void;
  updateComplete: Promise<boolean>;
}

export interface ConformanceOptions {
  /** The element's tag, already defined. */
  tagName: string;
  /** Attributes every instance needs (a label, options). */
  attributes?: Record<string, string>;
  /** Light-DOM children every instance needs (options of a select or radios). */
  children?: () => Node[];
  /** Performs the user's input with the keyboard, ending with focus left in the control. */
  typeValue: (element: KithFormControlElement) => Promise<void>;
  /** The FormData entries expected under `name` after typeValue. */
  expectedEntries: string[];
  /** A value the element accepts as its default (the `value` attribute), for the reset test. */
  defaultValue: string;
}

/** Subclasses defined under new tags by the test of properties set before definition. */
let lateDefinitions = 0;

function build(options: ConformanceOptions, extra: Record<string, string> = {}): KithFormControlElement {
  const element = document.createElement(options.tagName) as KithFormControlElement;
  for (const [name, value] of Object.entries({ ...options.attributes, ...extra })) element.setAttribute(name, value);
  for (const child of options.children?.() ?? []) element.append(child);
  return element;
}

async function inForm(element: HTMLElement, wrapInFieldset = false): Promise<HTMLFormElement> {
  const form = await fixture<HTMLFormElement>(html`<form></form>`);
  if (wrapInFieldset) {
    const fieldset = document.createElement('fieldset');
    fieldset.append(element);
    form.append(fieldset);
  } else {
    form.append(element);
  }
  await (element as KithFormControlElement).updateComplete;
  return form;
}

/** Moves focus out of the control, so the browser commits the change as a user's blur would. */
async function blur(): Promise<void> {
  const outside = document.createElement('button');
  outside.textContent = 'outside';
  document.body.append(outside);
  outside.focus();
  outside.remove();
}

/**
 * The behaviour every Kith form control shares with native controls. Call inside a
 * describe(); each control's test file runs it with its own way of typing a value.
 */
export function formControlConformance(options: ConformanceOptions): void {
  describe(`${options.tagName} form-control conformance`, () => {
    it('is form-associated', () => {
      const ctor = customElements.get(options.tagName) as unknown as { formAssociated?: boolean };
      expect(ctor?.formAssociated).to.equal(true);
    });

    it('submits what the user typed in FormData under its name', async () => {
      const element = build(options, { name: 'field' });
      const form = await inForm(element);
      await options.typeValue(element);
      await element.updateComplete;
      let submitted: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = new FormData(form);
      });
      form.requestSubmit();
      expect(submitted, 'the form submitted').to.exist;
      expect(submitted!.getAll('field')).to.deep.equal(options.expectedEntries);
    });

    // Writing an attribute on a form-associated element inside a form is costly, and a form of
    // a hundred controls paid it once each when reflecting the `name` it had just been given.
    it('writes no attribute on its host when it first renders, and still reflects later changes', async () => {
      const element = build(options, { name: 'field', required: '' });
      const written: (string | null)[] = [];
      const observer = new MutationObserver((records) => written.push(...records.map((record) => record.attributeName)));
      observer.observe(element, { attributes: true });
      await inForm(element);
      await new Promise((resolve) => setTimeout(resolve));
      observer.disconnect();
      expect(written).to.deep.equal([]);
      element.name = 'other';
      element.disabled = true;
      await element.updateComplete;
      expect(element.getAttribute('name')).to.equal('other');
      expect(element.hasAttribute('disabled')).to.equal(true);
      element.removeAttribute('name');
      expect(element.name).to.equal('');
    });

    // A page that loads element code late (code splitting) may set properties first. Each would
    // stay a plain property of the element, hiding the element's own, unless taken over on upgrade.
    it('takes its name, value and default value when they were set before its code loaded', async () => {
      const Defined = customElements.get(options.tagName)!;
      const lateTag = `${options.tagName}-late-${++lateDefinitions}`;
      const form = await fixture<HTMLFormElement>(html`<form></form>`);
      const withValue = build({ ...options, tagName: lateTag });
      withValue.name = 'value';
      withValue.value = options.defaultValue;
      form.append(withValue);
      // Like a native select, some controls have no defaultValue.
      const hasDefault = 'defaultValue' in Defined.prototype;
      const withDefault = build({ ...options, tagName: lateTag }) as KithFormControlElement & { defaultValue: string };
      if (hasDefault) {
        withDefault.name = 'default';
        withDefault.defaultValue = options.defaultValue;
        form.append(withDefault);
      }
      customElements.define(lateTag, class extends Defined {});
      await Promise.all([withValue.updateComplete, withDefault.updateComplete]);
      expect(withValue.value).to.equal(options.defaultValue);
      expect(new FormData(form).getAll('value')).to.not.deep.equal([]);
      if (hasDefault) {
        expect(withDefault.getAttribute('value'), 'the default is the value attribute').to.equal(options.defaultValue);
        expect(withDefault.value).to.equal(options.defaultValue);
        expect(new FormData(form).getAll('default')).to.deep.equal(new FormData(form).getAll('value'));
      }
    });

    it('puts the shared live region in the page when it connects, before any error is announced', async () => {
      document.querySelector('[data-kith-announcer]')?.remove();
      await inForm(build(options, { name: 'field' }));
      expect(document.querySelectorAll('[data-kith-announcer] [aria-live]')).to.have.length(2);
    });

    it('blocks submission while required and empty, then shows an error', async () => {
      const element = build(options, { name: 'field', required: '' });
      const form = await inForm(element);
      let submits = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submits++;
      });
      expect(element.checkValidity()).to.equal(false);
      form.requestSubmit();
      await elementUpdated(element);
      expect(submits).to.equal(0);
      expect(element.matches(':state(user-invalid)'), ':state(user-invalid) after submit').to.equal(true);
      expect(element.shadowRoot!.querySelector('[part~="error-message"]'), 'error message shown').to.exist;
      await options.typeValue(element);
      await element.updateComplete;
      form.requestSubmit();
      expect(submits).to.equal(1);
    });

    it('is not user-invalid before the user interacts or submits', async () => {
      const element = build(options, { name: 'field', required: '' });
      await inForm(element);
      expect(element.matches(':state(user-invalid)')).to.equal(false);
      expect(element.shadowRoot!.querySelector('[part~="error-message"]')).to.equal(null);
    });

    it('returns to its default value when the form is reset', async () => {
      const element = build(options, { name: 'field', value: options.defaultValue });
      const form = await inForm(element);
      await options.typeValue(element);
      await element.updateComplete;
      form.reset();
      await element.updateComplete;
      expect(element.value).to.equal(options.defaultValue);
      expect(element.matches(':state(user-invalid)')).to.equal(false);
    });

    // A framework re-render sets the attribute again (React's defaultValue does, on every render).
    it('keeps a value the user typed or code set when the value attribute is set again, as a native input does', async () => {
      const element = build(options, { name: 'field' });
      const form = await inForm(element);
      // Until the value is changed, the attribute sets it, as on a native input.
      element.setAttribute('value', options.defaultValue);
      await element.updateComplete;
      expect(element.value, 'the attribute sets an unchanged value').to.equal(options.defaultValue);
      element.removeAttribute('value');
      await element.updateComplete;
      await options.typeValue(element);
      await element.updateComplete;
      element.setAttribute('value', options.defaultValue);
      await element.updateComplete;
      expect(new FormData(form).getAll('field'), 'typed').to.deep.equal(options.expectedEntries);

      const restored = build(options, { name: 'restored' });
      form.append(restored);
      await restored.updateComplete;
      restored.value = element.value;
      restored.setAttribute('value', options.defaultValue);
      await restored.updateComplete;
      expect(new FormData(form).getAll('restored'), 'set by code').to.deep.equal(options.expectedEntries);

      // The attribute is the default a reset returns to; after a reset it sets the value again.
      form.reset();
      await element.updateComplete;
      expect(element.value).to.equal(options.defaultValue);
      element.removeAttribute('value');
      await element.updateComplete;
      expect(element.value, 'the attribute sets the value again after a reset').to.not.equal(options.defaultValue);
    });

    it('is disabled and left out of FormData inside a disabled fieldset', async () => {
      const element = build(options, { name: 'field', value: options.defaultValue });
      const form = await inForm(element, true);
      form.querySelector('fieldset')!.disabled = true;
      await elementUpdated(element);
      expect(new FormData(form).has('field')).to.equal(false);
      const focusable = element.shadowRoot!.querySelectorAll<HTMLElement>('input, select, textarea, button');
      expect(focusable.length).to.be.greaterThan(0);
      for (const control of focusable) expect(control.matches(':disabled'), 'inner control disabled').to.equal(true);
    });

    it('is left out of FormData and validation when disabled', async () => {
      const element = build(options, { name: 'field', required: '', disabled: '' });
      const form = await inForm(element);
      expect(new FormData(form).has('field')).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
    });

    it('restores the state the browser saved', async () => {
      const element = build(options, { name: 'field' });
      const form = await inForm(element);
      await options.typeValue(element);
      await element.updateComplete;
      const saved = element.value;
      const fresh = build(options, { name: 'field' });
      form.append(fresh);
      await fresh.updateComplete;
      fresh.formStateRestoreCallback!(saved, 'restore');
      await fresh.updateComplete;
      expect(fresh.value).to.equal(saved);
      expect(new FormData(form).getAll('field')).to.deep.equal([...options.expectedEntries, ...options.expectedEntries]);
    });

    it('fires native input and change events that bubble out of the shadow root', async () => {
      const element = build(options, { name: 'field' });
      const form = await inForm(element);
      const seen: string[] = [];
      form.addEventListener('input', (event) => {
        if (event.target === element) seen.push('input');
      });
      form.addEventListener('change', (event) => {
        if (event.target === element) seen.push('change');
      });
      await options.typeValue(element);
      await blur();
      expect(seen).to.include('input');
      expect(seen).to.include('change');
    });

    it('takes focus through the host and can be left with Tab', async () => {
      const element = build(options, { name: 'field' });
      await inForm(element);
      element.focus();
      expect(document.activeElement).to.equal(element);
      expect(element.shadowRoot!.activeElement, 'an inner control has focus').to.exist;
      await sendKeys({ press: 'Tab' });
    });
  });
}

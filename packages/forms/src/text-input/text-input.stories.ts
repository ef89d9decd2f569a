import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import guidance from './text-input.md?raw';

interface Args {
  label: string;
  hint?: string;
  errorMessage?: string;
  value?: string;
  width?: string;
  prefixText?: string;
  suffixText?: string;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  pageHeading?: boolean;
  autocomplete?: string;
  inputMode?: string;
  spellcheck?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Text input',
  component: 'kith-text-input',
  parameters: { docs: { description: { component: guidance } } },
  args: { label: 'Full name' },
  render: (args) => html`
    <kith-text-input
      name="field"
      label=${args.label}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      value=${ifDefined(args.value)}
      width=${ifDefined(args.width)}
      prefix=${ifDefined(args.prefixText)}
      suffix=${ifDefined(args.suffixText)}
      autocomplete=${ifDefined(args.autocomplete)}
      inputmode=${ifDefined(args.inputMode)}
      spellcheck=${ifDefined(args.spellcheck)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readOnly}
      ?page-heading=${args.pageHeading}
    ></kith-text-input>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { args: { autocomplete: 'name', spellcheck: 'false' } };

export const WithHint: Story = {
  args: { label: 'NHS number', hint: 'It is 10 digits long, for example 485 777 3456', width: '10', inputMode: 'numeric', spellcheck: 'false' },
};

export const WithError: Story = {
  args: { label: 'Postcode', value: 'CF1O 1AA', errorMessage: 'Enter a real postcode', width: '10', autocomplete: 'postal-code' },
};

export const RequiredAfterSubmit: Story = {
  args: { label: 'Full name', required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-text-input')!.reportValidity();
  },
};

export const Disabled: Story = { args: { label: 'Case reference', value: 'CR-2026-0142', disabled: true } };

export const ReadOnly: Story = { args: { label: 'Recorded by', value: 'Sam Jones', readOnly: true } };

/** An answer already given (a draft restored, or a page shown again), still editable. */
export const WithValue: Story = { args: { label: "Child's full name", value: 'Ffion Hughes', autocomplete: 'off', spellcheck: 'false' } };

export const PrefixAndSuffix: Story = {
  args: { label: 'Weekly cost, in pounds', prefixText: '£', suffixText: 'per week', width: '5', inputMode: 'decimal' },
};

export const Widths: Story = {
  render: () => html`
    ${['full', 'three-quarters', 'two-thirds', 'one-half', 'one-third', 'one-quarter', '20', '10', '5', '4', '3', '2'].map(
      (width) => html`<kith-text-input label=${`Width ${width}`} width=${width}></kith-text-input>`,
    )}
  `,
};

export const AsPageHeading: Story = { args: { label: "What is the child's full name?", pageHeading: true } };

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { label: 'Enw llawn', hint: 'Fel y mae ar eu tystysgrif geni', required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-text-input')!.reportValidity();
  },
};

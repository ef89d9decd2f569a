import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import guidance from './date-input.md?raw';

interface Args {
  label: string;
  hint?: string;
  errorMessage?: string;
  value?: string;
  precision?: 'day' | 'month' | 'year';
  min?: string;
  max?: string;
  pastOnly?: boolean;
  futureOnly?: boolean;
  autocomplete?: string;
  required?: boolean;
  disabled?: boolean;
  pageHeading?: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Date input',
  component: 'kith-date-input',
  parameters: { docs: { description: { component: guidance } } },
  args: { label: 'Date of birth', hint: 'For example, 27 3 2007' },
  render: (args) => html`
    <kith-date-input
      name="field"
      label=${args.label}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      value=${ifDefined(args.value)}
      precision=${ifDefined(args.precision)}
      min=${ifDefined(args.min)}
      max=${ifDefined(args.max)}
      autocomplete=${ifDefined(args.autocomplete)}
      ?past-only=${args.pastOnly}
      ?future-only=${args.futureOnly}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?page-heading=${args.pageHeading}
    ></kith-date-input>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = { args: { hint: undefined, autocomplete: 'bday', pastOnly: true } };

export const WithHint: Story = { args: { autocomplete: 'bday', pastOnly: true } };

/** A date already given (a draft restored, or a page shown again), still editable. */
export const WithValue: Story = { args: { label: 'Date of the visit', hint: 'For example, 27 3 2026', value: '2026-03-02', pastOnly: true } };

export const WithError: Story = {
  args: { label: 'Date of the visit', hint: 'For example, 27 3 2026', errorMessage: 'Date of the visit must be the same as or after the date of the referral', value: '2026-01-12' },
};

/** A missing month: only the month box is marked. */
export const MissingPart: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('kith-date-input')!;
    const [day, , year] = element.shadowRoot!.querySelectorAll('input');
    day!.value = '27';
    year!.value = '2007';
    for (const box of [day!, year!]) box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    element.reportValidity();
  },
};

export const NotARealDate: Story = {
  args: { label: 'Date of the referral', hint: undefined, value: '2025-02-30' },
};

export const RequiredAfterSubmit: Story = {
  args: { required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-date-input')!.reportValidity();
  },
};

export const Disabled: Story = { args: { label: 'Date the case was closed', hint: undefined, value: '2025-11-03', disabled: true } };

export const MonthAndYear: Story = {
  args: { label: 'When did the child move in?', hint: 'For example, 9 2024', precision: 'month', pastOnly: true },
};

export const YearOnly: Story = {
  args: { label: 'Year the child arrived in the UK', hint: 'For example, 2019', precision: 'year', min: '1990', pastOnly: true },
};

export const WithLimits: Story = {
  args: { label: 'Date of the review', hint: 'The review must be in 2026', min: '2026-01-01', max: '2026-12-31', value: '2027-01-04' },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-date-input')!.reportValidity();
  },
};

export const AsPageHeading: Story = { args: { label: 'What is the child’s date of birth?', pageHeading: true, autocomplete: 'bday' } };

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { label: 'Dyddiad geni', hint: 'Er enghraifft, 27 3 2007', required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-date-input')!.reportValidity();
  },
};

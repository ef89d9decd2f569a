import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import guidance from './textarea.md?raw';

interface Args {
  label: string;
  hint?: string;
  errorMessage?: string;
  value?: string;
  rows?: number;
  maxLength?: number;
  maxWords?: number;
  threshold?: number;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  pageHeading?: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Textarea',
  component: 'kith-textarea',
  parameters: { docs: { description: { component: guidance } } },
  args: { label: 'What happened on the visit?' },
  render: (args) => html`
    <kith-textarea
      name="field"
      label=${args.label}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      value=${ifDefined(args.value)}
      rows=${ifDefined(args.rows)}
      maxlength=${ifDefined(args.maxLength)}
      maxwords=${ifDefined(args.maxWords)}
      threshold=${ifDefined(args.threshold)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?readonly=${args.readOnly}
      ?page-heading=${args.pageHeading}
    ></kith-textarea>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithHint: Story = {
  args: { label: 'Reason for the visit', hint: 'Say who asked for the visit and why' },
};

export const WithError: Story = {
  args: { label: 'Outcome', errorMessage: 'Enter the outcome of the visit' },
};

export const RequiredAfterSubmit: Story = {
  args: { label: 'Description', required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-textarea')!.reportValidity();
  },
};

export const Disabled: Story = { args: { label: 'Recorded notes', value: 'Seen at school with the class teacher.', disabled: true } };

export const ReadOnly: Story = { args: { label: 'Previous notes', value: 'Seen at home with mum and baby brother.', readOnly: true } };

/** An answer already given (a draft restored, or a page shown again), still editable. */
export const WithValue: Story = {
  args: {
    label: 'What happened on the visit?',
    value: 'Ffion answered the door. Her mother was asleep upstairs and there was little food in the kitchen. Ffion said she had made her own tea.',
  },
};

export const CharacterCount: Story = {
  args: { label: 'Summary', hint: 'Do not include the child’s address', maxLength: 200 },
};

export const OverTheLimit: Story = {
  args: {
    label: 'Description',
    maxLength: 50,
    value: 'Visited the family home after school. Everyone was in and the visit went well.',
  },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-textarea')!.reportValidity();
  },
};

export const WordCount: Story = { args: { label: 'Reason for the referral', maxWords: 150 } };

export const WithThreshold: Story = {
  args: {
    label: 'Summary',
    hint: 'The count shows once you have used 75% of the characters',
    maxLength: 100,
    threshold: 75,
    value: 'Seen at home with mum. Room tidy and warm. Child happy to talk about school and friends there.',
  },
};

export const AsPageHeading: Story = { args: { label: 'What happened on the visit?', pageHeading: true, maxLength: 2000 } };

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { label: 'Disgrifiad', hint: 'Peidiwch â chynnwys cyfeiriad y plentyn', required: true, maxLength: 200 },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-textarea')!.reportValidity();
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import guidance from './select.md?raw';

interface Args {
  label: string;
  hint?: string;
  errorMessage?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  pageHeading?: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Select',
  component: 'kith-select',
  parameters: { docs: { description: { component: guidance } } },
  args: { label: 'Sort by' },
  render: (args) => html`
    <kith-select
      name="field"
      label=${args.label}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      value=${ifDefined(args.value)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?page-heading=${args.pageHeading}
    >
      <option value="published">Recently published</option>
      <option value="updated" selected>Recently updated</option>
      <option value="views">Most views</option>
      <option value="comments">Most comments</option>
    </kith-select>
  `,
};
export default meta;

type Story = StoryObj<Args>;

const placements = html`
  <option value="">Choose a placement type</option>
  <option value="kinship">Kinship foster care</option>
  <option value="foster">Foster care</option>
  <option value="residential">Children’s home</option>
  <option value="supported">Supported accommodation</option>
`;

export const Default: Story = {};

export const WithHint: Story = { args: { hint: 'The order cases are listed in' } };

/** The first option, with an empty value, asks the user to choose: nothing is chosen yet. */
export const WithPlaceholder: Story = {
  render: () => html`<kith-select name="placement" label="Placement type" hint="Where the child is living now">${placements}</kith-select>`,
};

export const WithError: Story = {
  render: () => html`
    <kith-select name="placement" label="Placement type" error-message="Select the placement type">${placements}</kith-select>
  `,
};

export const RequiredAfterSubmit: Story = {
  render: () => html`<kith-select name="placement" label="Placement type" required>${placements}</kith-select>`,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-select')!.reportValidity();
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const WithOptionGroups: Story = {
  render: () => html`
    <kith-select name="team" label="Team">
      <option value="">Choose a team</option>
      <optgroup label="Children’s services">
        <option value="duty">Duty and assessment</option>
        <option value="lac">Children looked after</option>
      </optgroup>
      <optgroup label="Early help">
        <option value="family">Family support</option>
      </optgroup>
    </kith-select>
  `,
};

export const AsPageHeading: Story = {
  render: () => html`<kith-select name="placement" label="What type of placement is it?" page-heading>${placements}</kith-select>`,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-select name="placement" label="Math o leoliad" hint="Dewiswch yr un sy’n disgrifio’r lleoliad orau" required>
      <option value="">Dewiswch fath o leoliad</option>
      <option value="kinship">Gofal maeth gan berthnasau</option>
      <option value="foster">Gofal maeth</option>
      <option value="residential">Cartref plant</option>
    </kith-select>
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-select')!.reportValidity();
  },
};

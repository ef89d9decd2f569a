import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import '../text-input/define.js';
import guidance from './checkboxes.md?raw';

interface Args {
  legend: string;
  hint?: string;
  errorMessage?: string;
  value?: string;
  required?: boolean;
  disabled?: boolean;
  inline?: boolean;
  pageHeading?: boolean;
  legendSize?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Checkboxes',
  component: 'kith-checkboxes',
  parameters: { docs: { description: { component: guidance } } },
  args: { legend: 'Which languages does the child speak?', hint: 'Select all that apply' },
  render: (args) => html`
    <kith-checkboxes
      name="languages"
      legend=${args.legend}
      hint=${ifDefined(args.hint)}
      error-message=${ifDefined(args.errorMessage)}
      value=${ifDefined(args.value)}
      legend-size=${ifDefined(args.legendSize)}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?inline=${args.inline}
      ?page-heading=${args.pageHeading}
    >
      <kith-option value="en">English</kith-option>
      <kith-option value="cy">Welsh</kith-option>
      <kith-option value="pl">Polish</kith-option>
      <kith-option value="other">Another language</kith-option>
    </kith-checkboxes>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Checked: Story = { args: { value: 'en,cy' } };

export const Inline: Story = { args: { legend: 'Agreed by', hint: undefined, inline: true } };

export const WithHints: Story = {
  render: () => html`
    <kith-checkboxes name="support" legend="What support does the family have?" hint="Select all that apply">
      <kith-option value="relatives" hint="Within about half an hour’s travel">Relatives nearby</kith-option>
      <kith-option value="school" hint="Including nursery and college">School</kith-option>
      <kith-option value="health" hint="For example, a health visitor or GP">Health services</kith-option>
    </kith-checkboxes>
  `,
};

export const NoneOfThese: Story = {
  render: () => html`
    <kith-checkboxes name="risks" legend="Which risks have you identified?" hint="Select all that apply" value="neglect,online">
      <kith-option value="neglect">Neglect</kith-option>
      <kith-option value="exploitation">Exploitation</kith-option>
      <kith-option value="online">Online harm</kith-option>
      <kith-option value="none" exclusive>None of these</kith-option>
    </kith-checkboxes>
  `,
};

export const ConditionalReveal: Story = {
  render: () => html`
    <form>
      <kith-checkboxes name="support" legend="What support does the family have?" hint="Select all that apply" value="school">
        <kith-option value="relatives">Relatives nearby</kith-option>
        <kith-option value="school"
          >School
          <kith-text-input slot="conditional" name="school-name" label="Name of the school"></kith-text-input>
        </kith-option>
        <kith-option value="other"
          >Other support
          <kith-text-input slot="conditional" name="other-support" label="What other support do they have?"></kith-text-input>
        </kith-option>
        <kith-option value="none" exclusive>None of these</kith-option>
      </kith-checkboxes>
    </form>
  `,
};

export const AsPageHeading: Story = { args: { legend: 'Which concerns apply to this referral?', hint: 'Select all that apply', pageHeading: true } };

export const WithError: Story = { args: { errorMessage: 'Select the languages the child speaks, or Another language' } };

export const RequiredAfterSubmit: Story = {
  args: { legend: 'Languages spoken', required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-checkboxes')!.reportValidity();
  },
};

export const Disabled: Story = { args: { disabled: true, value: 'en' } };

/** An option that cannot be chosen here: it stays in the list, greyed, and is skipped by Tab. */
export const DisabledOption: Story = {
  render: () => html`
    <kith-checkboxes name="referred-to" legend="Which services have you referred the family to?" hint="Early help is not offered in this area">
      <kith-option value="early-help" disabled>Early help</kith-option>
      <kith-option value="health-visitor">Health visitor</kith-option>
      <kith-option value="camhs">Child and adolescent mental health services</kith-option>
    </kith-checkboxes>
  `,
};

export const NoOptions: Story = {
  render: () => html`<kith-checkboxes name="empty" legend="Which agencies were told?"></kith-checkboxes>`,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-checkboxes name="cymorth" legend="Pa gymorth sydd gan y teulu?" hint="Dewiswch bob un sy’n berthnasol" required>
      <kith-option value="relatives">Perthnasau gerllaw</kith-option>
      <kith-option value="school" hint="Gan gynnwys y feithrinfa"
        >Yr ysgol <kith-text-input slot="conditional" name="ysgol" label="Enw’r ysgol"></kith-text-input
      ></kith-option>
      <kith-option value="none" exclusive>Dim un o’r rhain</kith-option>
    </kith-checkboxes>
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-checkboxes')!.reportValidity();
  },
};

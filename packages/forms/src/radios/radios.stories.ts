import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import '../text-input/define.js';
import guidance from './radios.md?raw';

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
  title: 'Forms/Radios',
  component: 'kith-radios',
  parameters: { docs: { description: { component: guidance } } },
  args: { legend: 'Can we contact the family?' },
  render: (args) => html`
    <kith-radios
      name="contact"
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
      <kith-option value="yes">Yes</kith-option>
      <kith-option value="no">No</kith-option>
    </kith-radios>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Inline: Story = { args: { inline: true } };

export const Selected: Story = { args: { value: 'no' } };

export const WithHints: Story = {
  args: { legend: 'Who does the child live with?', hint: 'Think about where the child sleeps most nights' },
  render: (args) => html`
    <kith-radios name="lives-with" legend=${args.legend} hint=${ifDefined(args.hint)}>
      <kith-option value="parents" hint="Including step-parents and a parent’s partner">Parents</kith-option>
      <kith-option value="relatives" hint="For example, grandparents, an aunt or an older sibling">Relatives or friends</kith-option>
      <kith-option value="foster">Foster carers</kith-option>
      <kith-option value="residential">A children’s home</kith-option>
      <kith-option divider>or</kith-option>
      <kith-option value="unknown">Not known</kith-option>
    </kith-radios>
  `,
};

export const ConditionalReveal: Story = {
  args: { legend: 'How should we contact the family?', hint: 'Select one option', value: 'phone' },
  render: (args) => html`
    <form>
      <kith-radios name="contact-method" legend=${args.legend} hint=${ifDefined(args.hint)} value=${ifDefined(args.value)}>
        <kith-option value="email"
          >Email
          <kith-text-input slot="conditional" name="contact-email" label="Email address" type="email" autocomplete="email" spellcheck="false"></kith-text-input>
        </kith-option>
        <kith-option value="phone"
          >Phone
          <kith-text-input slot="conditional" name="contact-phone" label="Phone number" type="tel" autocomplete="tel" width="20"></kith-text-input>
        </kith-option>
        <kith-option value="letter">Letter</kith-option>
      </kith-radios>
    </form>
  `,
};

export const AsPageHeading: Story = {
  args: { legend: 'Where does the child live now?', pageHeading: true },
  render: (args) => html`
    <kith-radios name="where" legend=${args.legend} ?page-heading=${args.pageHeading}>
      <kith-option value="home">At home</kith-option>
      <kith-option value="care">In care</kith-option>
      <kith-option value="other">Somewhere else</kith-option>
    </kith-radios>
  `,
};

export const LegendSizes: Story = {
  render: () => html`
    ${['s', 'm', 'l', 'xl'].map(
      (size) => html`
        <kith-radios name=${`size-${size}`} legend=${`Legend size ${size}`} legend-size=${size} inline>
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no">No</kith-option>
        </kith-radios>
      `,
    )}
  `,
};

export const WithError: Story = {
  args: { legend: 'Is the child safe tonight?', errorMessage: 'Select yes if the child is safe tonight' },
};

export const RequiredAfterSubmit: Story = {
  args: { legend: 'Contact method', required: true },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-radios')!.reportValidity();
  },
};

export const Disabled: Story = { args: { legend: 'Case status', disabled: true, value: 'yes' } };

export const DisabledOption: Story = {
  render: () => html`
    <kith-radios name="review" legend="Review type" hint="Initial reviews are booked by the team manager">
      <kith-option value="initial" disabled>Initial review</kith-option>
      <kith-option value="follow-up">Follow-up review</kith-option>
    </kith-radios>
  `,
};

export const NoOptions: Story = {
  render: () => html`<kith-radios name="empty" legend="Which team will take the case?"></kith-radios>`,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-radios name="cyswllt" legend="Sut ddylen ni gysylltu â’r teulu?" hint="Dewiswch un opsiwn" required>
      <kith-option value="email"
        >E-bost <kith-text-input slot="conditional" name="ebost" label="Cyfeiriad e-bost" type="email"></kith-text-input
      ></kith-option>
      <kith-option value="phone" hint="Byddwn yn ffonio yn ystod oriau gwaith">Ffôn</kith-option>
      <kith-option divider></kith-option>
      <kith-option value="none">Peidiwch â chysylltu</kith-option>
    </kith-radios>
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-radios')!.reportValidity();
  },
};

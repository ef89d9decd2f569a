import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import '../text-input/define.js';
import guidance from './fieldset.md?raw';

interface Args {
  legend: string;
  hint?: string;
  pageHeading?: boolean;
  legendSize?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Fieldset',
  component: 'kith-fieldset',
  parameters: { docs: { description: { component: guidance } } },
  args: { legend: 'Where does the child live?' },
  render: (args) => html`
    <kith-fieldset legend=${args.legend} hint=${ifDefined(args.hint)} legend-size=${ifDefined(args.legendSize)} ?page-heading=${args.pageHeading}>
      <kith-text-input name="address-line-1" label="Address line 1" autocomplete="address-line1"></kith-text-input>
      <kith-text-input name="address-line-2" label="Address line 2 (optional)" autocomplete="address-line2"></kith-text-input>
      <kith-text-input name="town" label="Town or city" autocomplete="address-level2" width="two-thirds"></kith-text-input>
      <kith-text-input name="postcode" label="Postcode" autocomplete="postal-code" width="10"></kith-text-input>
    </kith-fieldset>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithHint: Story = { args: { hint: 'Where the child sleeps most nights' } };

export const AsPageHeading: Story = { args: { legend: 'What is the child’s address?', pageHeading: true } };

export const LegendSizes: Story = {
  render: () => html`
    ${['s', 'm', 'l', 'xl'].map(
      (size) => html`
        <kith-fieldset legend=${`Legend size ${size}`} legend-size=${size}>
          <kith-text-input name=${`name-${size}`} label="Full name"></kith-text-input>
        </kith-fieldset>
      `,
    )}
  `,
};

export const WithErrorInside: Story = {
  render: () => html`
    <kith-fieldset legend="Where does the child live?" legend-size="m">
      <kith-text-input name="address-line-1" label="Address line 1" value="12 High Street"></kith-text-input>
      <kith-text-input name="town" label="Town or city" error-message="Enter a town or city"></kith-text-input>
      <kith-text-input name="postcode" label="Postcode" width="10" value="CF1O 1AA" error-message="Enter a real postcode"></kith-text-input>
    </kith-fieldset>
  `,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-fieldset legend="Ble mae’r plentyn yn byw?" hint="Lle mae’r plentyn yn cysgu y rhan fwyaf o nosweithiau" legend-size="m">
      <kith-text-input name="llinell-1" label="Llinell gyntaf y cyfeiriad" required></kith-text-input>
      <kith-text-input name="tref" label="Tref neu ddinas"></kith-text-input>
      <kith-text-input name="cod-post" label="Cod post" width="10" value="CF1O 1AA" error-message="Rhowch god post go iawn"></kith-text-input>
    </kith-fieldset>
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-text-input')!.reportValidity();
  },
};

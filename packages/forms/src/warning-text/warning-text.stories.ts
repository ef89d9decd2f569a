import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import guidance from './warning-text.md?raw';

interface Args {
  text: string;
  warningPrefix?: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Warning text',
  component: 'kith-warning-text',
  parameters: { docs: { description: { component: guidance } } },
  args: { text: 'Do not share this address: a court order restricts who can know where the child lives.' },
  render: (args) => html`<kith-warning-text warning-prefix=${ifDefined(args.warningPrefix)}>${args.text}</kith-warning-text>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const OwnPrefix: Story = { args: { text: 'Check the safeguarding flags before you visit.', warningPrefix: 'Safeguarding' } };

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { text: "Peidiwch â rhannu'r cyfeiriad hwn: mae gorchymyn llys yn cyfyngu ar bwy gaiff wybod ble mae'r plentyn yn byw." },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import guidance from './details.md?raw';

interface Args {
  summary: string;
  text: string;
  open?: boolean;
}

const meta: Meta<Args> = {
  title: 'Forms/Details',
  component: 'kith-details',
  parameters: { docs: { description: { component: guidance } } },
  args: {
    summary: "Help with the child's NHS number",
    text: 'The NHS number is 10 digits long. You can find it on letters from the GP or the hospital, or ask the health visitor.',
  },
  render: (args) => html`<kith-details summary=${args.summary} ?open=${args.open}>${args.text}</kith-details>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Closed: Story = {};

export const Open: Story = { args: { open: true } };

export const SlottedSummary: Story = {
  render: () => html`
    <kith-details>
      <span slot="summary">Why we ask about <abbr title="adverse childhood experiences">ACEs</abbr></span>
      <p>It helps the team plan support that takes account of what the child has lived through.</p>
    </kith-details>
  `,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: {
    summary: 'Help gyda rhif GIG y plentyn',
    text: "Mae'r rhif GIG yn 10 digid o hyd. Mae ar lythyrau gan y meddyg teulu neu'r ysbyty.",
    open: true,
  },
};

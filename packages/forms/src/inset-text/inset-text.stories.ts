import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import guidance from './inset-text.md?raw';

interface Args {
  text: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Inset text',
  component: 'kith-inset-text',
  parameters: { docs: { description: { component: guidance } } },
  args: { text: 'The child and their family must be told about the outcome of the assessment within 10 working days.' },
  render: (args) => html`<kith-inset-text>${args.text}</kith-inset-text>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const WithParagraphsAndALink: Story = {
  render: () => html`
    <kith-inset-text>
      <p>What the child said, in their words:</p>
      <p>"I like living with my nan. I want to see my dad at weekends." Read <a href="#views">the full record of their views</a>.</p>
    </kith-inset-text>
  `,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { text: "Rhaid dweud wrth y plentyn a'i deulu am ganlyniad yr asesiad o fewn 10 diwrnod gwaith." },
};

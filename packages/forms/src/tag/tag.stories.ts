import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import { TAG_COLOURS } from './tag.js';
import guidance from './tag.md?raw';

interface Args {
  text: string;
  colour: string;
}

const meta: Meta<Args> = {
  title: 'Forms/Tag',
  component: 'kith-tag',
  parameters: { docs: { description: { component: guidance } } },
  args: { text: 'Open case', colour: 'default' },
  argTypes: { colour: { control: 'select', options: [...TAG_COLOURS] } },
  render: (args) => html`<kith-tag colour=${args.colour}>${args.text}</kith-tag>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const AllColours: Story = {
  render: () => html`
    <ul>
      ${TAG_COLOURS.map((colour) => html`<li><kith-tag colour=${colour}>${colour}</kith-tag></li>`)}
    </ul>
  `,
};

export const InATable: Story = {
  render: () => html`
    <table>
      <caption>Cases due for review</caption>
      <thead><tr><th scope="col">Child</th><th scope="col">Status</th></tr></thead>
      <tbody>
        <tr><td>Alex Smith</td><td><kith-tag colour="red">Overdue</kith-tag></td></tr>
        <tr><td>Sam Jones</td><td><kith-tag colour="yellow">Due this week</kith-tag></td></tr>
        <tr><td>Jo Evans</td><td><kith-tag colour="green">Reviewed</kith-tag></td></tr>
      </tbody>
    </table>
  `,
};

export const UnknownColour: Story = { args: { text: 'Falls back to default', colour: 'chartreuse' } };

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`<kith-tag colour="red">Hwyr</kith-tag> <kith-tag colour="green">Wedi'i adolygu</kith-tag> <kith-tag>Achos agored</kith-tag>`,
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import '../text-input/define.js';
import guidance from './add-another.md?raw';

interface Args {
  itemLabel?: string;
  addText?: string;
  min?: number;
  max?: number;
}

const meta: Meta<Args> = {
  title: 'Forms/Add another',
  component: 'kith-add-another',
  parameters: { docs: { description: { component: guidance } } },
  args: { itemLabel: 'Household member', min: 1, max: 6 },
  render: (args) => html`
    <form @submit=${(event: SubmitEvent) => event.preventDefault()}>
      <h1>Who lives in the household?</h1>
      <kith-add-another item-label=${ifDefined(args.itemLabel)} add-text=${ifDefined(args.addText)} min=${ifDefined(args.min)} max=${ifDefined(args.max)}>
        <template>
          <kith-text-input name="members[%index%][name]" label="Full name" autocomplete="off" spellcheck="false"></kith-text-input>
          <kith-text-input name="members[%index%][relationship]" label="Relationship to the child" width="20"></kith-text-input>
        </template>
      </kith-add-another>
    </form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Household: Story = {};

export const SeveralItems: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('kith-add-another')!;
    list.addItem();
    list.addItem();
  },
};

export const AtMaximum: Story = {
  args: { max: 2 },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-add-another')!.addItem();
  },
};

export const NoMinimum: Story = { args: { min: 0, itemLabel: 'Previous address', addText: 'Add a previous address' } };

export const GivenByTheServer: Story = {
  render: () => html`
    <kith-add-another item-label="Sibling">
      <template>
        <kith-text-input label="Name" name="siblings[%index%]"></kith-text-input>
      </template>
      <div><kith-text-input label="Name" name="siblings[%index%]" value="Ana"></kith-text-input></div>
      <div><kith-text-input label="Name" name="siblings[%index%]" value="Bo"></kith-text-input></div>
    </kith-add-another>
  `,
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-add-another item-label="Aelod o’r cartref" add-text="Ychwanegu aelod arall o’r cartref">
      <template>
        <kith-text-input name="members[%index%][name]" label="Enw llawn"></kith-text-input>
        <kith-text-input name="members[%index%][relationship]" label="Perthynas â’r plentyn" width="20"></kith-text-input>
      </template>
    </kith-add-another>
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-add-another')!.addItem();
  },
};

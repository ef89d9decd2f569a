import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { KithChronologyEntryForm } from './chronology-entry-form.js';
import type { ChronologyEntry } from '../model/index.js';
import { sampleChildren, sampleEntries } from '../chronology/sample-chronology.js';
import guidance from './chronology-entry-form.md?raw';

interface Args {
  entry?: ChronologyEntry;
  withChildren: boolean;
}

const meta: Meta<Args> = {
  title: 'Chronology/Entry form',
  component: 'kith-chronology-entry-form',
  parameters: { docs: { description: { component: guidance } } },
  args: { withChildren: true },
  argTypes: { entry: { control: 'object' } },
  render: (args) => html`
    <kith-chronology-entry-form
      recorded-by="Sam Jones, social worker"
      .entry=${args.entry}
      .childNames=${args.withChildren ? sampleChildren : []}
      @kith-chronology-entry-save=${(event: Event) => console.info('kith-chronology-entry-save', (event as Event & { entry: unknown }).entry)}
    ></kith-chronology-entry-form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Adding an event to a sibling group's chronology. */
export const AddEntry: Story = {};

/** Editing an entry recorded with the month only, marked approximate. */
export const EditEntry: Story = { args: { entry: sampleEntries.find((entry) => entry.id === 'hughes-013') } };

/** For a single child: no question about which children. */
export const SingleChild: Story = { args: { withChildren: false } };

/** Saved with nothing filled in: the error summary and each field's message. */
export const Errors: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<KithChronologyEntryForm>('kith-chronology-entry-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<KithChronologyEntryForm>('kith-chronology-entry-form')!;
    await form.updateComplete;
    form.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { KithChronology } from './chronology.js';
import type { ChronologyFilter, ChronologyOrder } from '../model/index.js';
import { generatedEntries, invalidEntries, sampleChildren, sampleEntries } from './sample-chronology.js';
import guidance from './chronology.md?raw';

interface Args {
  entries: unknown[];
  filter?: Partial<ChronologyFilter>;
  order?: ChronologyOrder;
  groupBy?: 'month' | 'year';
  headingLevel?: number;
  renderAll?: boolean;
}

const meta: Meta<Args> = {
  title: 'Chronology/Chronology',
  component: 'kith-chronology',
  parameters: { docs: { description: { component: guidance } } },
  args: { entries: sampleEntries, order: 'oldest-first', groupBy: 'month', headingLevel: 2, renderAll: false },
  argTypes: {
    order: { control: 'inline-radio', options: ['oldest-first', 'newest-first'] },
    groupBy: { control: 'inline-radio', options: ['month', 'year'] },
    headingLevel: { control: { type: 'number', min: 2, max: 4 } },
    entries: { control: false },
    filter: { control: 'object' },
  },
  render: (args) => html`
    <kith-chronology
      .entries=${args.entries}
      .childNames=${sampleChildren}
      .filter=${args.filter ?? {}}
      order=${args.order ?? 'oldest-first'}
      group-by=${args.groupBy ?? 'month'}
      heading-level=${args.headingLevel ?? 2}
      ?render-all=${args.renderAll}
      @kith-chronology-filter=${(event: Event) => console.info('kith-chronology-filter', (event as Event & { filter: unknown }).filter)}
    ></kith-chronology>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Three years of a sibling group's chronology: nine agencies, dates recorded to the year, month, day and minute. */
export const SiblingGroup: Story = {};

/** The same chronology filtered to police and court events of high significance, searching for "arrest". */
export const Filtered: Story = {
  args: { filter: { categories: ['police', 'court'], significance: ['high'], text: 'arrest' } },
};

/** Newest first, grouped by year only. */
export const NewestFirstByYear: Story = { args: { order: 'newest-first', groupBy: 'year' } };

/** A chronology with nothing in it yet. */
export const Empty: Story = { args: { entries: [] } };

/** 10,000 events over twelve years: only the entries near the viewport are rendered; every one is reachable. */
export const TenThousandEvents: Story = { args: { entries: generatedEntries(10_000) } };

/**
 * Bad data: a missing title, "31/02/2024", a day that does not exist, HTML in the text, a
 * javascript: link, a 1 MB description, a repeated id, an unknown category and values that
 * are not entries. Every entry is shown, with what is wrong, and listed at the top.
 */
export const InvalidData: Story = { args: { entries: [...sampleEntries.slice(0, 6), ...invalidEntries()] } };

/** The chart's table open, with a period chosen from it. */
export const ChartTable: Story = {
  args: { filter: { from: '2023-09', to: '2023-09' } },
  play: async ({ canvasElement }) => {
    const chronology = canvasElement.querySelector<KithChronology>('kith-chronology')!;
    await chronology.updateComplete;
    const details = chronology.shadowRoot!.querySelector<HTMLDetailsElement>('.chart-details')!;
    details.open = true;
  },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { entries: [...sampleEntries, ...invalidEntries().slice(0, 3)] },
};

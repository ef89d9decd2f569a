import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './define.js';
import type { SummaryListRow } from './summary-list.js';
import guidance from './summary-list.md?raw';

interface Args {
  rows: SummaryListRow[];
  noBorder?: boolean;
  cardTitle?: string;
}

const CHILD: SummaryListRow[] = [
  { key: 'Full name', value: 'Alex Smith', href: '#full-name' },
  { key: 'Date of birth', value: '5 January 2015', href: '#date-of-birth' },
  { key: 'Address', value: '1 High Street\nCardiff\nCF10 1AA', href: '/child/address' },
  { key: 'NHS number', value: '485 777 3456' },
];

const meta: Meta<Args> = {
  title: 'Forms/Summary list',
  component: 'kith-summary-list',
  parameters: { docs: { description: { component: guidance } } },
  args: { rows: CHILD },
  render: (args) => html`<kith-summary-list .rows=${args.rows} ?no-border=${args.noBorder} card-title=${ifDefined(args.cardTitle)}></kith-summary-list>`,
};
export default meta;

type Story = StoryObj<Args>;

export const CheckAnswers: Story = {};

export const WithoutActions: Story = { args: { rows: CHILD.map(({ key, value }) => ({ key, value })) } };

export const NoBorder: Story = { args: { noBorder: true, rows: CHILD.slice(0, 2).map(({ key, value }) => ({ key, value })) } };

export const Card: Story = {
  args: {
    cardTitle: 'Parent 1',
    rows: [
      { key: 'Name', value: 'Sam Smith', href: '#parent-1-name', visuallyHiddenText: "parent 1's name" },
      { key: 'Parental responsibility', value: 'Yes', href: '#parent-1-pr', visuallyHiddenText: 'whether parent 1 has parental responsibility' },
    ],
  },
};

export const MissingAnswer: Story = {
  args: { rows: [{ key: 'Allergies', value: '', href: '#allergies', actionText: 'Add' }] },
};

export const FromJsonAttribute: Story = {
  render: () => html`<kith-summary-list rows='[{"key":"Case reference","value":"CR-2026-0142"},{"key":"Allocated worker","value":"Jo Evans","href":"#worker"}]'></kith-summary-list>`,
};

export const RefusedHref: Story = {
  name: 'Refused href (javascript:)',
  args: { rows: [{ key: 'Name', value: 'Alex Smith', href: 'javascript:alert(1)' }] },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: {
    rows: [
      { key: 'Enw llawn', value: 'Alex Smith', href: '#enw' },
      { key: 'Dyddiad geni', value: '5 Ionawr 2015', href: '#dyddiad-geni' },
      { key: 'Cyfeiriad', value: '1 Stryd Fawr\nCaerdydd\nCF10 1AA', href: '#cyfeiriad' },
    ],
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { OutboxItem } from '../outbox/outbox.js';
import guidance from './sync-queue.md?raw';

interface Args {
  items: OutboxItem[];
  heading?: string;
}

const at1403 = new Date(new Date().setHours(14, 3, 0, 0)).getTime();
const base = { group: null, createdAt: at1403, nextAttemptAt: at1403, conflict: null, resolution: null, lastError: null, attempts: 0 } as const;
const pending: OutboxItem = { ...base, id: 'p1', seq: 1, type: 'visit-note', summary: 'Visit note for Sam, 3 March', payload: { text: 'Seen at home.' }, status: 'pending' };
const failed: OutboxItem = {
  ...base,
  id: 'f1',
  seq: 2,
  type: 'visit-note',
  summary: 'Visit note for Alex, 3 March',
  payload: { text: 'Seen at school.' },
  status: 'failed',
  attempts: 5,
  lastError: 'Server said 503',
};
const conflict: OutboxItem = {
  ...base,
  id: 'c1',
  seq: 3,
  type: 'care-plan',
  summary: 'Care plan for Jo',
  payload: { goal: 'Jo attends school every day', review: '2026-04-01' },
  status: 'conflict',
  attempts: 1,
  conflict: { server: { goal: 'Jo attends school four days a week', review: '2026-03-15' } },
};

const meta: Meta<Args> = {
  title: 'Offline/Sync queue',
  component: 'kith-sync-queue',
  parameters: { docs: { description: { component: guidance } } },
  args: { items: [pending, failed] },
  render: (args) => html`<kith-sync-queue .items=${args.items} heading=${args.heading ?? ''}></kith-sync-queue>`,
};
export default meta;

type Story = StoryObj<Args>;

export const PendingAndFailed: Story = {};

export const Conflict: Story = { args: { items: [conflict] } };

export const ConfirmingDiscard: Story = {
  args: { items: [failed] },
  play: async ({ canvasElement }) => {
    const queue = canvasElement.querySelector('kith-sync-queue')!;
    await queue.updateComplete;
    queue.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="discard"]')!.click();
  },
};

export const ConfirmingServerVersion: Story = {
  args: { items: [conflict] },
  play: async ({ canvasElement }) => {
    const queue = canvasElement.querySelector('kith-sync-queue')!;
    await queue.updateComplete;
    queue.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="server"]')!.click();
  },
};

export const Empty: Story = { args: { items: [] } };

export const Welsh: Story = { globals: { locale: 'cy' }, args: { items: [pending, failed, conflict] } };

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import type { SyncSnapshot } from '../sync-state/sync-state.js';
import type { OutboxItem } from '../outbox/outbox.js';
import guidance from './offline-status.md?raw';

interface Args {
  state: Partial<SyncSnapshot>;
  expanded?: boolean;
  offlineMessage?: string;
}

const at1403 = new Date(new Date().setHours(14, 3, 0, 0)).getTime();
const storage = { persisted: true, usage: 2_100_000, quota: 500_000_000 };
const failedItems: OutboxItem[] = [
  {
    id: 'f1',
    seq: 1,
    type: 'visit-note',
    summary: 'Visit note for Sam, 3 March',
    payload: { text: 'Seen at home with mum.' },
    group: null,
    createdAt: at1403,
    status: 'failed',
    attempts: 5,
    nextAttemptAt: at1403,
    lastError: 'Server said 503',
    conflict: null,
    resolution: null,
  },
];

const meta: Meta<Args> = {
  title: 'Offline/Offline status',
  component: 'kith-offline-status',
  parameters: { docs: { description: { component: guidance } } },
  args: { state: { ...storage, lastSyncedAt: at1403 } },
  render: (args) => html`
    <kith-offline-status .state=${args.state} ?expanded=${args.expanded} offline-message=${args.offlineMessage ?? ''}></kith-offline-status>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Online: Story = {};

export const Offline: Story = { args: { state: { ...storage, online: false, pending: 3, lastSyncedAt: at1403 } } };

export const Waiting: Story = { args: { state: { ...storage, pending: 3, lastSyncedAt: at1403 } } };

export const Sending: Story = { args: { state: { ...storage, pending: 3, sending: 2, lastSyncedAt: at1403 } } };

export const Failed: Story = {
  args: { state: { ...storage, failed: 2, lastSyncedAt: at1403 }, expanded: true },
  render: (args) => html`
    <kith-offline-status .state=${args.state} expanded>
      <kith-sync-queue heading-level="3" .items=${[failedItems[0]!, { ...failedItems[0]!, id: 'f2', seq: 2, summary: 'Care plan for Alex' }]}></kith-sync-queue>
    </kith-offline-status>
  `,
};

export const Conflict: Story = {
  args: { state: { ...storage, conflicts: 1, lastSyncedAt: at1403 } },
  render: (args) => html`
    <kith-offline-status .state=${args.state} expanded>
      <kith-sync-queue
        heading-level="3"
        .items=${[
          {
            ...failedItems[0]!,
            status: 'conflict',
            attempts: 1,
            lastError: null,
            conflict: { server: { text: 'Seen at school with teacher.' } },
          },
        ]}
      ></kith-sync-queue>
    </kith-offline-status>
  `,
};

export const StorageDenied: Story = {
  args: { state: { persisted: false, usage: 2_100_000, quota: 120_000_000, lastSyncedAt: at1403 }, expanded: true },
};

export const QuotaFull: Story = {
  args: { state: { persisted: true, usage: 120_000_000, quota: 120_000_000, storageError: 'quota', pending: 1 }, expanded: true },
};

export const DetailsOpen: Story = { args: { state: { ...storage, online: false, pending: 3, lastSyncedAt: at1403 }, expanded: true } };

export const LocalWording: Story = {
  args: { state: { online: false }, offlineMessage: 'No signal: your notes are kept on this laptop' },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  args: { state: { ...storage, online: false, pending: 3, lastSyncedAt: at1403 }, expanded: true },
};

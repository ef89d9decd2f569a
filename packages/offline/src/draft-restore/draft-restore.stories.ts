import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import guidance from './draft-restore.md?raw';

interface Args {
  savedAt?: number | string;
  elsewhere?: boolean;
  heading?: string;
  message?: string;
  restoreLabel?: string;
  discardLabel?: string;
}

const at1403 = new Date(new Date().setHours(14, 3, 0, 0)).getTime();

const meta: Meta<Args> = {
  title: 'Offline/Draft restore',
  component: 'kith-draft-restore',
  parameters: { docs: { description: { component: guidance } } },
  args: { savedAt: at1403 },
  render: (args) => html`
    <kith-draft-restore
      draft-key="visit-note:case-4471"
      .savedAt=${args.savedAt ?? null}
      ?elsewhere=${args.elsewhere ?? false}
      heading=${args.heading ?? ''}
      message=${args.message ?? ''}
      restore-label=${args.restoreLabel ?? ''}
      discard-label=${args.discardLabel ?? ''}
    ></kith-draft-restore>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Today: Story = {};

export const EarlierDay: Story = { args: { savedAt: '2026-03-03T14:03:00' } };

export const ConfirmingDiscard: Story = {
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('kith-draft-restore')!;
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="discard"]')!.click();
  },
};

export const LocalWording: Story = {
  args: { heading: 'Visit notes', message: 'Notes from your last visit are on this laptop', restoreLabel: 'Use them', discardLabel: 'Start again' },
};

export const Welsh: Story = { globals: { locale: 'cy' } };

/** The same record, open in another tab or window, saved these answers while this form was open. */
export const SavedInAnotherTab: Story = { args: { elsewhere: true } };

export const SavedInAnotherTabWelsh: Story = { args: { elsewhere: true }, globals: { locale: 'cy' } };

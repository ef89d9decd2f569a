import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import './define.js';
import guidance from './consent-status.md?raw';
import {
  competentFifteenYearOld,
  exampleRecord,
  expired,
  longHistory,
  refusalThenShareWithoutConsent,
  withdrawal,
} from '../model/examples.js';

interface Args {
  records: unknown;
  at: string;
  href: string;
}

const meta: Meta<Args> = {
  title: 'Consent/Consent status',
  component: 'kith-consent-status',
  parameters: { docs: { description: { component: guidance } } },
  args: { records: [competentFifteenYearOld], at: '2026-03-20T12:00:00Z', href: '#consent-history' },
  render: (args) => html`<kith-consent-status .records=${args.records} at=${args.at} href=${args.href}></kith-consent-status>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A 15-year-old gave consent for herself after a Gillick competence assessment. */
export const Given: Story = {};

export const PartlyGiven: Story = { args: { records: withdrawal } };

/** A parent refused; a manager then decided to share with the police on another lawful basis. */
export const RefusedAndSharedOnAnotherBasis: Story = { args: { records: refusalThenShareWithoutConsent } };

export const Withdrawn: Story = {
  args: { records: [exampleRecord({ id: 'w', recordedAt: '2026-03-01T10:00:00Z', decision: 'withdrawn' })] },
};

export const NotSought: Story = {
  args: {
    records: [
      exampleRecord({ id: 'n', recordedAt: '2026-03-01T10:00:00Z', decision: 'not-sought', givenBy: null, method: null, informedOfRightToWithdraw: false }),
    ],
  },
};

export const Expired: Story = { args: { records: expired } };

export const ReviewDueAndEndsSoon: Story = { args: { at: '2027-02-20T12:00:00Z' } };

export const NoneRecorded: Story = { args: { records: [] } };

/** A record with an unknown decision: the status never guesses. */
export const RecordsWithProblems: Story = { args: { records: [...withdrawal, { id: 'x-9', decision: 'revoked' }] } };

export const TwentyRecords: Story = { args: { records: longHistory(20), at: '' } };

// Styles set through the CSSOM: a strict style-src CSP allows them, unlike a style attribute.
const caseHeaderLayout = ref((element) => {
  if (element instanceof HTMLElement) {
    Object.assign(element.style, { display: 'flex', flexWrap: 'wrap', gap: '1rem', alignItems: 'center', padding: '1rem', borderBottom: '1px solid' });
  }
});

export const InACaseHeader: Story = {
  render: (args) => html`<div ${caseHeaderLayout}>
    <strong>Maya Thompson</strong><span>Case 4471</span>
    <kith-consent-status .records=${args.records} at=${args.at} href=${args.href}></kith-consent-status>
  </div>`,
  args: { records: withdrawal },
};

export const Welsh: Story = { globals: { locale: 'cy' }, args: { records: withdrawal } };

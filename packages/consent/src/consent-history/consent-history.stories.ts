import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import guidance from './consent-history.md?raw';
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
  headingLevel: string;
  readOnly: boolean;
}

const meta: Meta<Args> = {
  title: 'Consent/Consent history',
  component: 'kith-consent-history',
  parameters: { docs: { description: { component: guidance } } },
  args: { records: [competentFifteenYearOld], at: '2026-03-20T12:00:00Z', headingLevel: '2', readOnly: false },
  render: (args) => html`<kith-consent-history
    .records=${args.records}
    at=${args.at}
    heading-level=${args.headingLevel}
    ?read-only=${args.readOnly}
    @kith-consent-withdraw=${(event: Event) => console.info('kith-consent-withdraw', event)}
  ></kith-consent-history>`,
};
export default meta;

type Story = StoryObj<Args>;

/** A 15-year-old consenting for herself after a Gillick competence assessment. */
export const FifteenYearOldConsenting: Story = {};

/** A parent refused; later the same day a team manager decided to share with the police without consent. */
export const RefusalThenShareWithoutConsent: Story = { args: { records: refusalThenShareWithoutConsent } };

/** Consent given to school and GP; later withdrawn for the GP only. */
export const Withdrawal: Story = { args: { records: withdrawal } };

export const ExpiredConsent: Story = { args: { records: expired } };

export const TwentyRecords: Story = { args: { records: longHistory(20), at: '2026-03-20T12:00:00Z' } };

export const ReadOnly: Story = { args: { records: withdrawal, readOnly: true } };

export const NoneRecorded: Story = { args: { records: [] } };

/** Records with an unknown decision, a missing time, a loop and a reference to a record not loaded. */
export const RecordsWithProblems: Story = {
  args: {
    records: [
      exampleRecord({ id: 'a-1', recordedAt: '2026-01-10T10:00:00Z' }),
      { ...exampleRecord({ id: 'a-2', recordedAt: '2026-02-10T10:00:00Z' }), decision: 'revoked' },
      { ...exampleRecord({ id: 'a-3', recordedAt: '2026-02-11T10:00:00Z' }), recordedAt: undefined },
      exampleRecord({ id: 'b-1', recordedAt: '2026-01-12T10:00:00Z', recipients: [{ id: 'gp', label: 'GP surgery' }], supersedes: 'b-2' }),
      exampleRecord({ id: 'b-2', recordedAt: '2026-01-13T10:00:00Z', recipients: [{ id: 'gp', label: 'GP surgery' }], supersedes: 'b-1', decision: 'refused' }),
      exampleRecord({ id: 'c-1', recordedAt: '2026-01-14T10:00:00Z', recipients: [{ id: 'police', label: 'Police' }], supersedes: 'not-loaded' }),
    ],
  },
};

/** 10,000 records: the position is worked out from all of them; 25 are shown at a time. */
export const TenThousandRecords: Story = { args: { records: longHistory(10_000), at: '' } };

export const Welsh: Story = { globals: { locale: 'cy' }, args: { records: refusalThenShareWithoutConsent } };

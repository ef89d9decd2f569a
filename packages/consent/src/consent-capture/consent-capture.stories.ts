import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DraftStore } from '@kith/offline/draft-store.js';
import { fullDraftStore } from '@kith/offline/testing.js';
import './define.js';
import guidance from './consent-capture.md?raw';
import type { KithConsentCapture } from './consent-capture.js';
import type { Answers, StepId } from './answers.js';
import { competentFifteenYearOld, withdrawal } from '../model/examples.js';

interface Args {
  mode: 'steps' | 'page';
  answers?: Partial<Answers>;
  step?: StepId;
  draftKey?: string;
}

const SAM = { name: 'Sam Okafor', role: 'Social worker' };

/** A date of birth that makes the child this many years old today, so the stories never go stale. */
function bornYearsAgo(years: number): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  date.setMonth(date.getMonth() - 3);
  return date.toISOString().slice(0, 10);
}

const FIFTEEN: Partial<Answers> = {
  subjectName: 'Maya Thompson',
  subjectDob: bornYearsAgo(15),
  purposes: ['education', 'health'],
  recipients: ['school', 'gp'],
  scope: 'all',
  decision: 'given',
  giverName: 'Maya Thompson',
  giverRole: 'child',
  capacity: 'gillick-competent',
  capacityReasons: 'Maya explained in her own words what would be shared, with whom and why, and what could happen if she said no.',
  method: 'in-person',
  informed: 'yes',
  childViews: 'I want my head of year to know, but not my whole class.',
};

const REFUSAL: Partial<Answers> = {
  subjectName: 'Leo Price',
  subjectDob: bornYearsAgo(3),
  purposes: ['other'],
  purposeOther: 'Child protection enquiries',
  recipients: ['police'],
  scope: 'all',
  decision: 'refused',
  giverName: 'Daniel Price',
  giverRole: 'parent',
  parentalResponsibility: 'yes',
  method: 'phone',
  shareAnyway: 'yes',
  lawfulBasis: 'safeguarding',
  reason: 'Injuries seen at nursery that the account given does not explain. Waiting for consent would put Leo at risk.',
  decidedByName: 'Priya Shah',
  decidedByRole: 'Team manager',
  personInformed: 'no',
  notInformedReason: 'Telling Mr Price before the strategy discussion could put Leo at greater risk.',
};

const meta: Meta<Args> = {
  title: 'Consent/Consent capture',
  component: 'kith-consent-capture',
  parameters: { docs: { description: { component: guidance } } },
  args: { mode: 'steps' },
  render: (args, { loaded }) => html`<kith-consent-capture
    mode=${args.mode}
    .recordedBy=${SAM}
    .draftStore=${(loaded.store as DraftStore | undefined) ?? null}
    draft-key=${args.draftKey ?? ''}
    @kith-consent-record=${(event: Event) => console.info('kith-consent-record', event)}
  ></kith-consent-capture>`,
  play: async ({ canvasElement, args }) => {
    const capture = canvasElement.querySelector<KithConsentCapture>('kith-consent-capture')!;
    if (args.answers) capture.resume(args.answers, args.step);
  },
};
export default meta;

type Story = StoryObj<Args>;

export const FirstStep: Story = {};

/** A 15-year-old deciding for herself: the Gillick competence questions for her age. */
export const FifteenYearOldCapacity: Story = { args: { answers: FIFTEEN, step: 'capacity' } };

export const FifteenYearOldCheckAnswers: Story = { args: { answers: FIFTEEN, step: 'check' } };

/** A young person of 16 or over is presumed able to decide. */
export const SeventeenYearOldCapacity: Story = {
  args: { answers: { ...FIFTEEN, subjectName: 'Jordan Ellis', giverName: 'Jordan Ellis', subjectDob: bornYearsAgo(17), capacity: '' }, step: 'capacity' },
};

/** With no date of birth, the flow asks the child's age first. */
export const CapacityWithoutDateOfBirth: Story = { args: { answers: { ...FIFTEEN, subjectDob: '', capacity: '' }, step: 'capacity' } };

export const ParentRefusing: Story = { args: { answers: REFUSAL, step: 'share-anyway' } };

/** A manager's decision to share without consent: lawful basis, reason and who decided. */
export const ManagerSharesWithoutConsent: Story = { args: { answers: REFUSAL, step: 'without-consent' } };

export const RefusalCheckAnswers: Story = { args: { answers: REFUSAL, step: 'check' } };

/** Opened from "Withdraw consent" in the history: pre-filled, and it will supersede that record. */
export const Withdrawal: Story = {
  render: () => html`<kith-consent-capture
    .recordedBy=${SAM}
    .withdrawing=${{ record: withdrawal[0], purposes: withdrawal[0]!.purposes, recipients: [withdrawal[0]!.recipients[1]] }}
  ></kith-consent-capture>`,
};

export const WithdrawalOfAFifteenYearOldsConsent: Story = {
  render: () => html`<kith-consent-capture
    .recordedBy=${SAM}
    .withdrawing=${{ record: competentFifteenYearOld, purposes: competentFifteenYearOld.purposes, recipients: competentFifteenYearOld.recipients }}
  ></kith-consent-capture>`,
};

export const Errors: Story = {
  args: { answers: { decision: 'given' }, step: 'giver' },
  play: async ({ canvasElement, args }) => {
    const capture = canvasElement.querySelector<KithConsentCapture>('kith-consent-capture')!;
    capture.resume(args.answers, args.step);
    await capture.updateComplete;
    capture.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  },
};

export const OnePage: Story = { args: { mode: 'page' } };

export const OnePageRefusal: Story = { args: { mode: 'page', answers: REFUSAL, step: 'subject' } };

export const Welsh: Story = { globals: { locale: 'cy' }, args: { answers: FIFTEEN, step: 'capacity' } };

export const WelshCheckAnswers: Story = { globals: { locale: 'cy' }, args: { answers: REFUSAL, step: 'check' } };

/** Answers kept on this device when the page closed before the decision was confirmed. */
async function storeWithDraft({ args }: { args: Args }): Promise<{ store: DraftStore }> {
  // A store of the stories' own, so stories never touch a real service's drafts.
  const store = new DraftStore({ name: 'kith-consent-capture-stories' });
  await store.save(args.draftKey!, { answers: { ...FIFTEEN }, step: 'capacity', typed: {} } as never);
  return { store };
}

/** The flow opens with answers not yet confirmed on this device, offers them back, and says so to screen readers. */
export const WithDraftToRestore: Story = {
  name: 'With a draft to restore',
  args: { draftKey: 'story:consent-draft' },
  loaders: [storeWithDraft],
};

/** The same, in Welsh (under its own key, as both stories share one docs page). */
export const WithDraftToRestoreWelsh: Story = {
  name: 'With a draft to restore (Welsh)',
  args: { draftKey: 'story:consent-draft-cy' },
  loaders: [storeWithDraft],
  globals: { locale: 'cy' },
};

/** The device cannot keep the answers: the warning asks the practitioner to keep the page open, and screen readers hear it at once. */
export const AnswersCouldNotBeSaved: Story = {
  name: 'Answers could not be saved',
  args: { draftKey: 'story:consent-full-device' },
  loaders: [
    // A device with no room left: every save is refused, as a full disk refuses it.
    async () => ({ store: fullDraftStore('kith-story-full-device') }),
  ],
  play: async ({ canvasElement }) => {
    const capture = canvasElement.querySelector<KithConsentCapture>('kith-consent-capture')!;
    await capture.updateComplete;
    const name = capture.shadowRoot!.querySelector<HTMLElement & { value: string }>('[name="subjectName"]')!;
    name.value = 'Ffion Hughes';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await capture.draftSaved();
  },
};

/** Confirms the answers, with a host still storing the record: its request never ends in this story. */
async function confirmWhileSending({ canvasElement, args }: { canvasElement: HTMLElement; args: Args }): Promise<void> {
  const capture = canvasElement.querySelector<KithConsentCapture>('kith-consent-capture')!;
  capture.resume(args.answers, args.step);
  capture.addEventListener('kith-consent-record', (event) => event.waitUntil(new Promise(() => {})));
  await capture.updateComplete;
  capture.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
}

/** Confirmed while the host stores the record: "Recording the decision…" under the button, not yet "Consent decision recorded"; pressing it again sends nothing. */
export const Sending: Story = { args: { answers: FIFTEEN, step: 'check' }, play: confirmWhileSending };

export const SendingWelsh: Story = { name: 'Sending (Welsh)', globals: { locale: 'cy' }, args: { answers: FIFTEEN, step: 'check' }, play: confirmWhileSending };

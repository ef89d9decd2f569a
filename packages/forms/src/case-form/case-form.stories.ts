import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, render } from 'lit';
import { DraftStore } from '@kith/offline';
import '../text-input/define.js';
import '../textarea/define.js';
import '../date-input/define.js';
import '../choice/define.js';
import '../radios/define.js';
import '../checkboxes/define.js';
import '../add-another/define.js';
import '../button/define.js';
import '../summary-list/define.js';
import './define.js';
import type { KithFormSubmitEvent } from './case-form.js';
import type { CaseFormValues } from './form-values.js';
import guidance from './case-form.md?raw';

const meta: Meta = {
  title: 'Forms/Case form',
  component: 'kith-case-form',
  parameters: { docs: { description: { component: guidance } } },
};
export default meta;

type Story = StoryObj;

const CONCERNS: Record<string, string> = {
  neglect: 'Neglect',
  physical: 'Physical harm',
  emotional: 'Emotional harm',
  sexual: 'Sexual harm',
  'domestic-abuse': 'Domestic abuse',
  other: 'Something else',
};

/** "2016-03-27" as "27 March 2016", as a user would check it. */
const longDate = (iso: string) =>
  iso && new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The story's own "check your answers": a summary list built from the event's data. */
function checkAnswers(data: CaseFormValues) {
  const members = Object.keys(data)
    .filter((name) => /^members\[\d+\]\[name\]$/.test(name))
    .map((name) => list(data[name])[0])
    .filter(Boolean);
  return [
    { key: "Child's full name", value: list(data['child-name'])[0] ?? '', href: '#child-name' },
    { key: 'Date of birth', value: longDate(list(data['child-dob'])[0] ?? ''), href: '#child-dob' },
    { key: 'Concerns', value: list(data.concerns)[0] ?? '', href: '#concerns' },
    { key: 'Concerns are about', value: list(data['concern-types']).map((type) => CONCERNS[type] ?? type).join('\n'), href: '#concern-types' },
    { key: 'Household members', value: members.join('\n') || 'None given', href: '#member-name-0' },
    {
      key: 'Can we contact the family?',
      value: data.consent === 'no' ? `No: ${list(data['consent-reason'])[0] ?? ''}` : 'Yes',
      href: '#consent',
    },
  ];
}

/**
 * Shows "Check your answers" under the form. Going there sends nothing, so the draft is kept
 * (preventDefault) until "Send referral", which deletes it and shows the confirmation.
 */
function showAnswers(event: KithFormSubmitEvent, draftKey: string, store: DraftStore | null): void {
  event.preventDefault();
  const host = (event.target as HTMLElement).parentElement!.querySelector<HTMLElement>('.check-answers')!;
  const send = async () => {
    if (draftKey && store) await store.remove(draftKey);
    render(html`<h2 tabindex="-1">Referral sent</h2><p>The children's services front door will contact you within one working day.</p>`, host);
    host.querySelector('h2')!.focus();
  };
  render(
    html`<h2 tabindex="-1">Check your answers</h2>
      <kith-summary-list .rows=${checkAnswers(event.data)}></kith-summary-list>
      <kith-button @click=${send}>Send referral</kith-button>`,
    host,
  );
  host.querySelector('h2')!.focus();
}

const referral = (draftKey = '', store: DraftStore | null = null) => html`
  <div>
    <kith-case-form draft-key=${draftKey} .draftStore=${store} @kith-form-submit=${(event: KithFormSubmitEvent) => showAnswers(event, draftKey, store)}>
      <form>
        <h2>Child's details</h2>
        <kith-text-input id="child-name" name="child-name" label="Full name" autocomplete="off" spellcheck="false" required required-message="Enter the child's full name"></kith-text-input>
        <kith-date-input id="child-dob" name="child-dob" label="Date of birth" hint="For example, 27 3 2016" past-only required></kith-date-input>

        <h2>Concerns</h2>
        <kith-textarea id="concerns" name="concerns" label="What are you worried about?" hint="Say what you have seen or been told, and when" maxlength="1200" required required-message="Describe your concerns"></kith-textarea>
        <kith-checkboxes id="concern-types" name="concern-types" legend="What are the concerns about?" hint="Select all that apply" required required-message="Select what the concerns are about">
          ${Object.entries(CONCERNS).map(([value, label]) => html`<kith-option value=${value}>${label}</kith-option>`)}
        </kith-checkboxes>

        <h2>Household members</h2>
        <kith-add-another item-label="Household member" add-text="Add another person" max="10">
          <template>
            <kith-text-input id="member-name-%index%" name="members[%index%][name]" label="Full name"></kith-text-input>
            <kith-text-input name="members[%index%][relationship]" label="Relationship to the child" width="20"></kith-text-input>
          </template>
        </kith-add-another>

        <h2>Contacting the family</h2>
        <kith-radios id="consent" name="consent" legend="Can we contact the family about this referral?" required required-message="Select yes if we can contact the family">
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no"
            >No
            <kith-textarea slot="conditional" name="consent-reason" label="Why not?" rows="3" required required-message="Say why we cannot contact the family"></kith-textarea>
          </kith-option>
        </kith-radios>

        <kith-button>Submit referral</kith-button>
      </form>
    </kith-case-form>
    <div class="check-answers"></div>
  </div>
`;

/** A draft store of the story's own, so stories never touch a real service's drafts. */
const storyStore = () => new DraftStore({ name: 'kith-case-form-stories' });

/**
 * A realistic children's services referral, saving drafts as you type; a valid submit shows the
 * answers to check, each with a Change link back to its field, and "Send referral".
 * referral-journey.test.ts completes it by keyboard alone, in English and Welsh, at 320 px.
 */
export const ReferralForm: Story = {
  name: 'Referral form',
  render: () => referral('story:referral', storyStore()),
};

/** An empty form after the user pressed Submit: every error is in the summary, which has focus. */
export const EmptyWithErrorSummary: Story = {
  render: () => referral(),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('kith-case-form')!;
    await form.updateComplete;
    form.querySelector('kith-button')!.click();
  },
};

/** The form opens with an unsaved draft on this device, and offers it back. */
export const DraftRestoreOffered: Story = {
  loaders: [
    async () => {
      const store = storyStore();
      await store.save('story:draft-offered', {
        'child-name': 'Ffion Hughes',
        'child-dob': '2016-03-27',
        'concern-types': ['neglect'],
        'members[0][name]': 'Gwen Hughes',
        'members[0][relationship]': 'Mother',
        'members[1][name]': 'Tom Hughes',
        'members[1][relationship]': 'Brother',
      });
      return { store };
    },
  ],
  render: (_args, { loaded }) => referral('story:draft-offered', loaded.store as DraftStore),
};

/** Types into the first field as a user would, and saves the draft at once instead of a second later. */
async function typeAndSave(canvasElement: HTMLElement): Promise<void> {
  const form = canvasElement.querySelector('kith-case-form')!;
  await form.updateComplete;
  const name = form.querySelector('kith-text-input')!;
  name.value = 'Ffion Hughes';
  name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await form.draftSaved();
}

/** After the user types, the draft is saved on this device and the status line says when, quietly. */
export const DraftSaved: Story = {
  loaders: [
    async () => {
      // Starts afresh each time: the draft saved last time would otherwise be offered back.
      const store = storyStore();
      await store.remove('story:draft-saved');
      return { store };
    },
  ],
  render: (_args, { loaded }) => referral('story:draft-saved', loaded.store as DraftStore),
  play: ({ canvasElement }) => typeAndSave(canvasElement),
};

/** The device could not keep the draft (for example, it is full): the status line says so, and the answers stay on screen. */
export const DraftNotSaved: Story = {
  render: () => {
    const store = storyStore();
    store.save = () => Promise.reject(new Error('The device is full'));
    return referral('story:draft-not-saved', store);
  },
  play: ({ canvasElement }) => typeAndSave(canvasElement),
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => referral(),
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('kith-case-form')!;
    await form.updateComplete;
    form.querySelector('kith-button')!.click();
  },
};

/** A form whose host is still sending the answers: its request never ends in this story. */
const whileSending = (label: string, button: string) => html`
  <kith-case-form @kith-form-submit=${(event: KithFormSubmitEvent) => event.waitUntil(new Promise(() => {}))}>
    <form>
      <kith-text-input name="child-name" label=${label} value="Ffion Hughes"></kith-text-input>
      <kith-button>${button}</kith-button>
    </form>
  </kith-case-form>
`;

async function submitOnce({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = canvasElement.querySelector('kith-case-form')!;
  await form.updateComplete;
  form.querySelector('kith-button')!.click();
}

/** Submitted while the host sends the answers: the status line says "Sending your answers…", and pressing the button again sends nothing. */
export const Sending: Story = {
  render: () => whileSending("Child's full name", 'Submit referral'),
  play: submitOnce,
};

export const SendingWelsh: Story = {
  name: 'Sending (Welsh)',
  globals: { locale: 'cy' },
  render: () => whileSending('Enw llawn y plentyn', 'Anfon yr atgyfeiriad'),
  play: submitOnce,
};

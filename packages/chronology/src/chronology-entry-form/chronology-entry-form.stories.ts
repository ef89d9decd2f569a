import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { DraftStore } from '@kith/offline/draft-store.js';
import { fullDraftStore } from '@kith/offline/testing.js';
import './define.js';
import type { ChronologyEntrySaveEvent, KithChronologyEntryForm } from './chronology-entry-form.js';
import type { ChronologyEntry } from '../model/index.js';
import { sampleChildren, sampleEntries } from '../chronology/sample-chronology.js';
import guidance from './chronology-entry-form.md?raw';

interface Args {
  entry?: ChronologyEntry;
  withChildren: boolean;
  draftKey: string;
}

const meta: Meta<Args> = {
  title: 'Chronology/Entry form',
  component: 'kith-chronology-entry-form',
  parameters: { docs: { description: { component: guidance } } },
  args: { withChildren: true, draftKey: '' },
  argTypes: { entry: { control: 'object' } },
  render: (args, { loaded }) => html`
    <kith-chronology-entry-form
      recorded-by="Sam Jones, social worker"
      .entry=${args.entry}
      .childNames=${args.withChildren ? sampleChildren : []}
      .draftStore=${(loaded.store as DraftStore | undefined) ?? null}
      draft-key=${args.draftKey}
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

/** What the social worker had typed, in the story's language. */
interface TypedDraft {
  title: string;
  source: string;
  description: string;
}

/** A draft of a new entry, kept on this device when the page closed before it was added. */
function storeWithDraft(typed: TypedDraft) {
  return async ({ args }: { args: Args }): Promise<{ store: DraftStore }> => {
    // A store of the stories' own, so stories never touch a real service's drafts.
    const store = new DraftStore({ name: 'kith-chronology-entry-form-stories' });
    await store.save(args.draftKey, {
      entryId: null,
      precision: 'minute',
      answers: {
        date: '2024-03-05',
        time: '21:40',
        category: 'police',
        significance: 'high',
        impactOnChild: '',
        actionTaken: '',
        ...typed,
      },
      approximate: false,
      childIds: ['amira', 'josh'],
      typedDate: null,
    });
    return { store };
  };
}

/** The form opens with an entry not yet added on this device, offers it back, and says so to screen readers. */
export const WithDraftToRestore: Story = {
  name: 'With a draft to restore',
  args: { draftKey: 'story:chronology-entry-draft' },
  loaders: [
    storeWithDraft({
      title: 'Police called to the family home',
      source: 'South Wales Police',
      description: 'Neighbours reported shouting. Officers attended; Amira and Josh were at home.',
    }),
  ],
};

/** The same, in Welsh, with a draft typed in Welsh (under its own key, as both stories share one docs page). */
export const WithDraftToRestoreWelsh: Story = {
  name: 'With a draft to restore (Welsh)',
  args: { draftKey: 'story:chronology-entry-draft-cy' },
  loaders: [
    storeWithDraft({
      title: 'Galwyd yr heddlu i gartref y teulu',
      source: 'Heddlu De Cymru',
      description: 'Rhoddodd cymdogion wybod am weiddi. Aeth swyddogion yno; roedd Amira a Josh gartref.',
    }),
  ],
  globals: { locale: 'cy' },
};

/** A device with no room left: every save is refused, as a full disk refuses it. */
async function storeThatCannotSave(): Promise<{ store: DraftStore }> {
  return { store: fullDraftStore('kith-story-full-device') };
}

/** The device cannot keep the entry as a draft: the warning asks the user to keep the page open, and screen readers hear it at once. */
export const DraftCouldNotBeSaved: Story = {
  name: 'Draft could not be saved',
  args: { draftKey: 'story:chronology-entry-full-device' },
  loaders: [storeThatCannotSave],
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<KithChronologyEntryForm>('kith-chronology-entry-form')!;
    await form.updateComplete;
    const title = form.shadowRoot!.querySelector<HTMLElement & { value: string }>('[name="title"]')!;
    title.value = 'Home visit';
    title.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await form.draftSaved();
  },
};

/** Fills in a valid entry and saves it, with a host still storing it: its request never ends in this story. */
function saveWhileSending(typed: { title: string; source: string }) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const form = canvasElement.querySelector<KithChronologyEntryForm>('kith-chronology-entry-form')!;
    await form.updateComplete;
    const answers = { date: '2024-03-05', category: 'police', significance: 'high', ...typed };
    for (const [name, value] of Object.entries(answers)) {
      form.shadowRoot!.querySelector<HTMLElement & { value: string }>(`[name="${name}"]`)!.value = value;
    }
    form.addEventListener('kith-chronology-entry-save', (event) => (event as ChronologyEntrySaveEvent).waitUntil(new Promise(() => {})));
    form.shadowRoot!.querySelector<HTMLElement>('kith-button')!.click();
  };
}

/** Saved while the host stores the entry: "Saving the entry…" shows by the button, and pressing it again sends nothing. */
export const Sending: Story = {
  play: saveWhileSending({ title: 'Police called to the family home', source: 'South Wales Police' }),
};

export const SendingWelsh: Story = {
  name: 'Sending (Welsh)',
  globals: { locale: 'cy' },
  play: saveWhileSending({ title: 'Galwyd yr heddlu i gartref y teulu', source: 'Heddlu De Cymru' }),
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './define.js';
import '../text-input/define.js';
import '../radios/define.js';
import '../checkboxes/define.js';
import '../button/define.js';
import type { ErrorSummaryItem } from './error-summary.js';
import guidance from './error-summary.md?raw';

interface Args {
  titleText?: string;
  errors: ErrorSummaryItem[];
}

const meta: Meta<Args> = {
  title: 'Forms/Error summary',
  component: 'kith-error-summary',
  parameters: { docs: { description: { component: guidance } } },
  args: {
    errors: [
      { href: '#full-name', text: 'Enter full name' },
      { href: '#contact', text: 'Select yes if we can contact the family' },
    ],
  },
  render: (args) => html`
    <kith-error-summary .titleText=${args.titleText ?? ''} .errors=${args.errors}></kith-error-summary>
    <kith-text-input id="full-name" name="full-name" label="Full name" error-message="Enter full name"></kith-text-input>
    <kith-radios id="contact" name="contact" legend="Can we contact the family?" error-message="Select yes if we can contact the family">
      <kith-option value="yes">Yes</kith-option>
      <kith-option value="no">No</kith-option>
    </kith-radios>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const OwnTitle: Story = { args: { titleText: 'Check the visit record' } };

/** Submit the empty form: the summary gathers every invalid control, Kith or native. */
export const FromAForm: Story = {
  render: () => {
    const submit = (event: SubmitEvent) => {
      const form = event.target as HTMLFormElement;
      const summary = form.parentElement!.querySelector('kith-error-summary')!;
      if (summary.showFor(form).length) event.preventDefault();
    };
    return html`
      <kith-error-summary></kith-error-summary>
      <form novalidate @submit=${submit} action="#">
        <kith-text-input id="child-name" name="child-name" label="Child’s full name" required></kith-text-input>
        <kith-radios id="safe" name="safe" legend="Is the child safe tonight?" required required-message="Select yes if the child is safe tonight">
          <kith-option value="yes">Yes</kith-option>
          <kith-option value="no">No</kith-option>
        </kith-radios>
        <kith-checkboxes id="told" name="told" legend="Who has been told?" hint="Select all that apply" required required-message="Select who has been told, or No one">
          <kith-option value="police">Police</kith-option>
          <kith-option value="school">School</kith-option>
          <kith-option value="none" exclusive>No one</kith-option>
        </kith-checkboxes>
        <kith-button type="submit">Save visit</kith-button>
      </form>
    `;
  },
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('form')!.requestSubmit();
  },
};

export const UnsafeLinksShownAsText: Story = {
  args: {
    errors: [
      { href: 'javascript:alert(1)', text: 'A link that is not a fragment is shown as text' },
      { href: '#full-name', text: 'Enter full name' },
    ],
  },
};

export const Welsh: Story = {
  globals: { locale: 'cy' },
  render: () => html`
    <kith-error-summary .errors=${[{ href: '#enw', text: 'Rhowch ateb ar gyfer ‘enw llawn’' }]}></kith-error-summary>
    <kith-text-input id="enw" name="enw" label="Enw llawn" required></kith-text-input>
  `,
  play: async ({ canvasElement }) => {
    canvasElement.querySelector('kith-text-input')!.reportValidity();
  },
};
